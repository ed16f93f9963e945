"""Write held-out test set O for POE Reviewer: MCI claim bundles plus ``expected.json``.

Every expectation here was written from the MCI claiming guide (June 2025, shared/seed) and the bundle format
(shared/spec/claims-interchange.md) alone: what a careful human reviewer would decide from those rules, never
what the tool does. Claims 5031001-5031066, all submitted in 2026, with partners and customers of their own.

The document machinery (PDF, Word, e-mail, scans, photos, ink, e-signatures, bundles) is set G's, imported from
``tools/make_holdout_g.py``; this module adds transport headers for e-mails, Outlook drafts, the partners' own
report templates and the scenarios.

Queue effects: seven partners reuse their own report template across customers and the public-sector disclosure
wording is shared by every public-sector claim (boilerplate, not reuse); five pairs share claim-specific evidence
(a signature cut from a scan, a customer e-mail on another customer's claim, a report with another customer's
figures, one claim filed twice, a disclosure signature pasted from an earlier claim); two customers are claimed by
two partners for the same workload (conflicts). Eight claims come back to the queue after action required or
rejection (resubmissions and disputes, in time or late).

Usage: ``python tools/make_holdout_o.py OUTDIR [--force]``. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import shutil
import sys
from collections.abc import Sequence
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any

import pymupdf
from aspose.email_foss.msg import MapiMessage
from aspose.email_foss.msg.property_types import PropertyTypeCode
from PIL import Image

try:
    from tools import make_holdout_g as g
except ImportError:  # run as a script: python tools/make_holdout_o.py
    import make_holdout_g as g  # type: ignore[no-redef]

Org, Person, Mail, Party, Ink, Bundle = g.Org, g.Person, g.Mail, g.Party, g.Ink, g.Bundle
T, D, person, meta, css, kv, grid, ul, fields = g.T, g.D, g.person, g.meta, g.css, g.kv, g.grid, g.ul, g.fields
NA, PASS_NA = g.NA, g.PASS_NA
FIRST_ID, LAST_ID = 5031001, 5031066
UTC = dt.UTC

# Claims whose decision follows from a rule no single-bundle check expresses (a conflict lost to another partner,
# a claim that came back after its deadline, a dispute the guide does not accept): claim id -> the rule.
RULE_ONLY: dict[str, str] = {}
_CACHE: dict[str, Any] = {}


def days(a: dt.date | dt.datetime, b: dt.date | dt.datetime) -> int:
    """Whole days from ``a`` to ``b`` (dates of datetimes in their own offset)."""
    da = a.date() if isinstance(a, dt.datetime) else a
    db = b.date() if isinstance(b, dt.datetime) else b
    return (db - da).days


def need_days(a: dt.date | dt.datetime, b: dt.date | dt.datetime, n: int) -> int:
    """Guard for the arithmetic an expectation quotes."""
    got = days(a, b)
    if got != n:
        raise RuntimeError(f"expected {n} days from {a} to {b}, got {got}")
    return got


# --------------------------------------------------------------------------------------------------------------
# e-mail as it arrives: transport headers, Outlook .msg with the full header block, drafts
# --------------------------------------------------------------------------------------------------------------

WEBMAIL = {"gmail.com", "yahoo.com", "outlook.com", "hotmail.com"}


def _ip(*parts: str) -> str:
    h = g.hexid("ip", *parts, n=8)
    return f"{40 + int(h[0:2], 16) % 150}.{int(h[2:4], 16)}.{int(h[4:6], 16)}.{1 + int(h[6:8], 16) % 250}"


def _mbx(domain: str, seed: str) -> str:
    region = {"US": "namprd", "CA": "namprd", "PR": "namprd", "BR": "cp2prd", "AU": "ausprd", "NZ": "ausprd"}
    h = g.hexid("mbx", domain, seed, n=6)
    return f"{region.get(seed, 'eurprd')}{int(h[:2], 16) % 20:02d}.prod.outlook.com", h


def transport_headers(m: Mail) -> list[tuple[str, str]]:
    """The headers an Exchange Online mailbox adds to a message it receives from the sender's server."""
    sender_dom = m.frm.email.split("@")[1]
    rcpt = m.to[0] if m.to else m.frm
    region, h = _mbx(rcpt.org.domain, rcpt.org.country)
    when = m.when.astimezone(UTC)
    ip = _ip(m.frm.email, m.subject)
    mbx = f"{rcpt.org.short.upper().replace(' ', '')[:4]}PR{int(h[2:4], 16) % 9}MB{1000 + int(h[:4], 16) % 8999}"
    edge = f"AM{3 + int(h[4:6], 16) % 5}PEPF0000{int(h[:3], 16) % 900 + 100:X}"
    if sender_dom in WEBMAIL:
        origin = f"mail-ej1-f{40 + int(h[:2], 16) % 30}.google.com ({ip})"
        dkim = f"dkim=pass (signature was verified) header.d={sender_dom}"
    else:
        origin = f"{m.frm.org.short.lower().split()[0]}-mx0{1 + int(h[1], 16) % 3}.{sender_dom} ({ip})"
        dkim = f"dkim=pass (signature was verified) header.d={sender_dom}"
    tls = "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"
    stamp = [format_datetime(when + dt.timedelta(seconds=s)) for s in (1, 2, 4)]
    return [
        (
            "Received",
            f"from {mbx}.{region} (2603:10a6:20b:{h[:3].lower()}::{h[3:5].lower()}) by "
            f"{mbx}.{region} with HTTPS; {stamp[2]}",
        ),
        (
            "Received",
            f"from {edge}.{region.split('.')[0]}.prod.protection.outlook.com (2603:10a6:208:ab::4) by "
            f"{mbx}.{region} with Microsoft SMTP Server {tls} id 15.20.8722.21; {stamp[1]}",
        ),
        (
            "Received",
            f"from {origin} by {edge}.mail.protection.outlook.com with Microsoft SMTP Server {tls} id "
            f"15.20.8722.21 via Frontend Transport; {stamp[0]}",
        ),
        (
            "Authentication-Results",
            f"spf=pass (sender IP is {ip}) smtp.mailfrom={sender_dom}; {dkim};dmarc=pass "
            f"action=none header.from={sender_dom};compauth=pass reason=100",
        ),
        (
            "Received-SPF",
            f"Pass ({rcpt.org.domain}: domain of {sender_dom} designates {ip} as permitted sender) "
            f"receiver={rcpt.org.domain}; client-ip={ip}; helo={origin.split()[0]}; pr=C",
        ),
        ("Return-Path", m.frm.email),
        ("X-MS-Exchange-Organization-Network-Message-Id", g.guid("netmsg", m.msgid)),
        ("X-MS-Exchange-Organization-AuthSource", f"{edge}.mail.protection.outlook.com"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Has-Attach", "yes" if m.attachments else ""),
        ("X-Originating-IP", f"[{ip}]"),
    ]


def received_message(m: Mail) -> Any:
    """``g.email_message`` with the receiving mailbox's transport headers in front."""
    e = g.email_message(m)
    own = list(e.items())
    for key in list(e.keys()):
        del e[key]
    for key, value in transport_headers(m):
        e[key] = value
    for key, value in own:
        e[key] = value
    return e


def eml_in(m: Mail) -> bytes:
    """An .eml saved from the recipient's mailbox (transport headers included)."""
    from email import policy as email_policy

    return received_message(m).as_bytes(policy=email_policy.SMTP)


def _header_block(e: Any) -> str:
    text = e.as_string()
    return text.split("\n\n", 1)[0].replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n\r\n"


def msg_in(m: Mail) -> bytes:
    """An Outlook .msg of a received message, with the full transport header block (PR_TRANSPORT_MESSAGE_HEADERS)."""
    e = received_message(m)
    mapi = MapiMessage.from_email_message(e)
    mapi.set_property(0x5D01, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x5D02, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x0C1E, PropertyTypeCode.PTYP_STRING, "SMTP")
    mapi.set_property(0x0039, PropertyTypeCode.PTYP_TIME, m.when.astimezone(UTC))
    mapi.set_property(0x0E06, PropertyTypeCode.PTYP_TIME, (m.when + dt.timedelta(seconds=4)).astimezone(UTC))
    mapi.set_property(0x0E07, PropertyTypeCode.PTYP_INTEGER32, 0x1)
    mapi.set_property(0x007D, PropertyTypeCode.PTYP_STRING, _header_block(e))
    return mapi.to_bytes()


def msg_draft(m: Mail) -> bytes:
    """An unsent Outlook draft: no transport headers, no submit or delivery time, MSGFLAG_UNSENT set."""
    from email import policy as email_policy
    from email.message import EmailMessage

    e = EmailMessage(policy=email_policy.SMTP)
    e["From"] = g._addr(m.frm)
    e["To"] = ", ".join(g._addr(p) for p in m.to)
    e["Subject"] = m.subject
    e["X-Unsent"] = "1"
    e.set_content(g.mail_text(m))
    e.add_alternative(f'<html><head><meta charset="utf-8"></head><body>{g.mail_html(m)}</body></html>', subtype="html")
    for k, part in enumerate(e.walk()):
        if part.is_multipart():
            part.set_boundary(f"_{k:03d}_{g.hexid('draft', m.subject, str(k), n=24)}_")
    mapi = MapiMessage.from_email_message(e)
    mapi.set_property(0x5D01, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x0C1F, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x0C1E, PropertyTypeCode.PTYP_STRING, "SMTP")
    mapi.set_property(0x0E07, PropertyTypeCode.PTYP_INTEGER32, 0x9)
    mapi.set_property(0x3008, PropertyTypeCode.PTYP_TIME, m.when.astimezone(UTC))
    # PR_CONVERSATION_INDEX: without a Date header the library stamps the current time; fix it to the draft's time
    ticks = int((m.when.astimezone(UTC) - dt.datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10**7)
    index = b"\x01" + ticks.to_bytes(8, "big")[:5] + bytes.fromhex(g.hexid("conv", m.subject, n=32))
    mapi.set_property(0x0071, PropertyTypeCode.PTYP_BINARY, index)
    return mapi.to_bytes()


def signature_lines(p: Person, extra: str = "") -> str:
    """A customer's own e-mail signature."""
    return f"{p.name}\n{p.title}\n{p.org.name}" + (f"\n{extra}" if extra else "")


# --------------------------------------------------------------------------------------------------------------
# small PDF helpers
# --------------------------------------------------------------------------------------------------------------


def typed_fields(pdf: bytes, entries: Sequence[tuple[str, int, str]], seed: str, dx: float = 150) -> bytes:
    """Type values into a form's empty cells (label, occurrence of the label, text)."""
    doc = pymupdf.open("pdf", pdf)
    for label, occurrence, text in entries:
        no, rect = g._locate(doc, Ink(label, "hand", occurrence=occurrence))
        doc[no].insert_text((rect.x0 + dx, rect.y1 - 1.5), text, fontname="helv", fontsize=9.5)
    data = g._fix_id(doc.tobytes(garbage=3, deflate=True), seed)
    doc.close()
    return data


def crop_from_scan(scan: bytes, page: int, box: tuple[float, float, float, float], dpi: int, turn: int = 0) -> bytes:
    """Cut a rectangle (PDF points of the unscanned page) out of a scanned page image, as a copier would."""
    with pymupdf.open("pdf", scan) as sc:
        xref = sc[page].get_images()[0][0]
        img = Image.open(io.BytesIO(sc.extract_image(xref)["image"]))
        img.load()
    if turn:
        img = img.rotate(-turn, expand=True)
    k = dpi / 72.0
    x0, y0, x1, y1 = box
    return g.png(img.crop((int(x0 * k), int(y0 * k), int(x1 * k), int(y1 * k))).convert("RGB"))


def ink_box(pdf: bytes, ink: Ink, width: float = 150) -> tuple[int, tuple[float, float, float, float]]:
    """Page and a generous box (PDF points) around where an ink lands on the unscanned page."""
    with pymupdf.open("pdf", pdf) as doc:
        no, x0, y0 = g.ink_origin(doc, ink)
    return no, (x0 - 4, y0 - 4, x0 + width, y0 + ink.h + 6)


def doc_pdf(
    org: Org,
    html: str | Sequence[str],
    title: str,
    author: str,
    when: dt.datetime,
    seed: str,
    *,
    right: str = "",
    footer: str = "",
    size: pymupdf.Rect = g.A4,
    extra_css: str = "",
    app: tuple[str, str] = g.WORD,
    images: dict[str, bytes] | None = None,
    font_size: float = 9.5,
) -> bytes:
    """A partner's branded document (letterhead logo, running header and footer)."""
    return g.html_pdf(
        html,
        meta(title, author, when, app),
        seed,
        size=size,
        style=css(org.color, size=font_size, extra=extra_css),
        images=images,
        decor=g.Decor(org, right=right, footer=footer or f"{escape(org.name)} · Confidential", accent=org.color),
    )


def psd_pdf(partner: Org, cust: Org, scope: str, amount: str, day: dt.date, seed: str, style: str = "us_long") -> bytes:
    """The standard public-sector disclosure: the same wording on every public-sector claim (boilerplate)."""
    return g.html_pdf(
        g.psd_html(partner, cust, scope, amount, day, style),
        meta(f"Public Sector Disclosure {cust.short}", partner.short, T(day.year, day.month, day.day, 9, 0)),
        seed,
        style=css(partner.color),
        decor=g.Decor(partner, footer=escape(partner.name), numbers="", accent=partner.color),
    )


def psd_inks(signer: str, title: str, date_text: str, seal: tuple[str, ...] = ()) -> list[Ink]:
    inks = [
        Ink("Name", "hand", signer, dx=150, dy=2, h=13, occurrence=0),
        Ink("Title", "hand", title, dx=150, dy=2, h=13, occurrence=0),
        Ink("Signature", "sig", signer, dx=150, dy=4, h=30, occurrence=0),
        Ink("Date", "hand", date_text, dx=150, dy=2, h=13, occurrence=1),
    ]
    if seal:
        inks.append(Ink("Signature", "seal", dx=300, dy=-6, h=54, occurrence=0, color=(60, 60, 160), lines=seal))
    return inks


def findings_report(
    partner: Org,
    title: str,
    facts: Sequence[tuple[str, str]],
    sections: Sequence[tuple[str, str]],
    when: dt.datetime,
    author: str,
    seed: str,
    *,
    right: str = "Findings &amp; Recommendations",
) -> bytes:
    """A partner's own findings / delivery report for a Partner Activities claim."""
    html = f"<h1>{escape(title)}</h1>{kv([(k, escape(v)) for k, v in facts])}"
    html += "".join(f"<h2>{escape(h)}</h2>{body}" for h, body in sections)
    return g.report_pdf(
        partner,
        html,
        meta(title, author, when),
        seed,
        right=right,
        style=css(partner.color, extra="h2 {border-bottom: 0.6pt solid #cccccc; padding-bottom: 2pt;}"),
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
        workloads=list(workloads),
        submitted=submitted,
        docs=list(docs),
        **kw,
    )


def pa_claim(
    cid: str,
    partner: Org,
    pc: Person,
    cust: Org,
    cc: Person,
    *,
    area: str,
    eng: dict[str, Any],
    consent: dt.date,
    submitted: dt.datetime,
    poe: dict[str, bytes],
    amount: float,
    inv_no: str,
    inv_day: dt.date,
    activities: str,
    outcome: str,
    participants: str,
    segment: str = "commercial",
    extra_docs: Sequence[tuple[str, bytes, str]] = (),
    status: str = "submitted",
    history: Sequence[tuple[str, dt.datetime, str]] | None = None,
    comments: Sequence[tuple[str, dt.datetime, str]] = (),
    **kit: Any,
) -> tuple[dict[str, bytes], dict[str, Any]]:
    """A Partner Activities claim: the POE files, any extra documents, and set G's invoice + survey kit."""
    kit_files, kit_docs = g.pa_kit(
        cid,
        partner,
        pc,
        cc,
        eng["name"],
        amount,
        inv_no,
        inv_day,
        T(inv_day.year, inv_day.month, inv_day.day, 10, 0) - dt.timedelta(days=2),
        T(inv_day.year, inv_day.month, inv_day.day, 10, 0) - dt.timedelta(days=1),
        activities=activities,
        outcome=outcome,
        participants=participants,
        **kit,
    )
    files = {**poe, **{p: b for p, b, _ in extra_docs}, **kit_files}
    docs = [*[(p, "poe") for p in poe], *[(p, r) for p, _, r in extra_docs], *kit_docs]
    hist = history or [
        ("customer consent approved", T(consent.year, consent.month, consent.day, 12), "-"),
        ("document submission", submitted - dt.timedelta(minutes=4), pc.email),
        ("submission", submitted, pc.email),
    ]
    claim = g.make_claim(
        cid,
        program="partner_activities",
        area=area,
        partner=partner,
        pc=pc,
        cust=cust,
        cc=cc,
        submitted=submitted,
        docs=docs,
        segment=segment,
        eng=eng,
        consent=consent,
        status=status,
        history=hist,
        comments=comments,
    )
    return files, claim


# --------------------------------------------------------------------------------------------------------------
# the partners of this set and their people
# --------------------------------------------------------------------------------------------------------------

RIDGELINE = Org(
    "Ridgeline Cloud Works LLC",
    "Ridgeline",
    "ridgelinecloud.com",
    "US",
    "Denver, CO 80202",
    "1700 Lincoln St, Suite 2400",
    "#37474f",
    "EIN 84-3318270",
    "+1 303 555 0188",
)
SAGUARO = Org(
    "Saguaro Secure LLC",
    "Saguaro Secure",
    "saguarosecure.com",
    "US",
    "Phoenix, AZ 85004",
    "2 N Central Ave, Suite 1800",
    "#bf360c",
    "EIN 86-2204417",
    "+1 602 555 0131",
)
MISTRAL = Org(
    "Mistral Numérique SAS",
    "Mistral Numérique",
    "mistral-numerique.fr",
    "FR",
    "69002 Lyon",
    "18 quai Jules Courmont",
    "#1a5276",
    "SIREN 853 201 447 · TVA FR62853201447",
    "+33 4 78 55 01 42",
)
KESTREL = Org(
    "Kestrel Systems Pty Ltd",
    "Kestrel Systems",
    "kestrelsystems.com.au",
    "AU",
    "Brisbane QLD 4000",
    "Level 21, 111 Eagle Street",
    "#00796b",
    "ABN 61 624 118 903",
    "+61 7 5550 1142",
)
TATRA = Org(
    "Tatra Cloud s.r.o.",
    "Tatra Cloud",
    "tatracloud.sk",
    "SK",
    "811 09 Bratislava",
    "Mlynské nivy 48",
    "#0d47a1",
    "IČO 52 884 117 · IČ DPH SK2121184471",
    "+421 2 5550 1142",
)
MORAVA = Org(
    "Morava Cloud s.r.o.",
    "Morava Cloud",
    "moravacloud.cz",
    "CZ",
    "602 00 Brno",
    "Holandská 878/2",
    "#6a1b9a",
    "IČO 07418822 · DIČ CZ07418822",
    "+420 545 550 142",
)
RHEINRUHR = Org(
    "Rhein-Ruhr Cloud GmbH",
    "Rhein-Ruhr Cloud",
    "rheinruhr-cloud.de",
    "DE",
    "45127 Essen",
    "Kruppstraße 82",
    "#455a64",
    "HRB 31842 Amtsgericht Essen · USt-IdNr. DE331842207",
    "+49 201 5550 142",
)
PAMPA = Org(
    "Pampa Nuvem Tecnologia Ltda.",
    "Pampa Nuvem",
    "pampanuvem.com.br",
    "BR",
    "Porto Alegre – RS, 90570-020",
    "Av. Carlos Gomes, 700 – 12º andar",
    "#2e7d32",
    "CNPJ 34.118.902/0001-47",
    "+55 51 5550 1420",
)
CEDAR = Org(
    "Cedar Peak Security Inc.",
    "Cedar Peak",
    "cedarpeaksecurity.ca",
    "CA",
    "Calgary, AB T2P 3C5",
    "855 2 St SW, Suite 3100",
    "#1b5e20",
    "BN 781144221",
    "+1 403 555 0162",
)
HOKKAIDO = Org(
    "Hokkaido Cloud Partners K.K.",
    "Hokkaido Cloud",
    "hokkaido-cloud.co.jp",
    "JP",
    "Sapporo, Hokkaido 060-0005",
    "Kita 5-jo Nishi 2-5, Chuo-ku",
    "#5d4037",
    "Corporate No. 4430001082211",
    "+81 11 555 0142",
)
CARIBE = Org(
    "Caribe Nube Technologies LLC",
    "Caribe Nube",
    "caribenube.com",
    "PR",
    "San Juan, PR 00918",
    "270 Ave. Muñoz Rivera, Suite 1104",
    "#00838f",
    "EIN 66-0928814",
    "+1 787 555 0149",
)
GANGES = Org(
    "Ganges Digital Services Pvt. Ltd.",
    "Ganges Digital",
    "gangesdigital.in",
    "IN",
    "Bengaluru 560103",
    "Prestige Tech Park, Outer Ring Road, 7th Floor",
    "#e65100",
    "CIN U72900KA2014PTC074421 · GSTIN 29AAFCG4421K1Z3",
    "+91 80 4555 0142",
)
HELIX = Org(
    "Helix Dynamics Consulting Ltd",
    "Helix Dynamics",
    "helixdynamics.co.uk",
    "GB",
    "Leeds LS1 4AP",
    "3 Wellington Place",
    "#283593",
    "Company No. 10442871 · VAT GB 254 4128 71",
    "+44 113 555 0142",
)
QUAYSIDE = Org(
    "Quayside Apps Ltd",
    "Quayside Apps",
    "quaysideapps.co.uk",
    "GB",
    "Bristol BS1 6WP",
    "Unit 5, Wapping Wharf",
    "#ad1457",
    "Company No. 12884017 · VAT GB 366 1884 17",
    "+44 117 555 0190",
)
GUADALQUIVIR = Org(
    "Guadalquivir Digital S.L.",
    "Guadalquivir Digital",
    "guadalquivirdigital.es",
    "ES",
    "41092 Sevilla",
    "Calle Leonardo da Vinci 18, Isla de la Cartuja",
    "#c62828",
    "CIF B90442871",
    "+34 954 550 142",
)
MEKONG = Org(
    "Mekong Cloud JSC",
    "Mekong Cloud",
    "mekongcloud.vn",
    "VN",
    "Ho Chi Minh City",
    "Floor 14, 9 Dinh Tien Hoang, Da Kao Ward, District 1",
    "#00695c",
    "MST 0316644218",
    "+84 28 5555 0142",
)
BALTIC = Org(
    "Baltic Byte SIA",
    "Baltic Byte",
    "balticbyte.lv",
    "LV",
    "Rīga, LV-1010",
    "Elizabetes iela 45/47",
    "#4e342e",
    "Reģ. Nr. 40203211884 · PVN LV40203211884",
    "+371 6755 0142",
)
EKO = Org(
    "Eko Cloud Solutions Ltd",
    "Eko Cloud",
    "ekocloud.ng",
    "NG",
    "Victoria Island, Lagos",
    "Plot 1412 Ahmadu Bello Way",
    "#558b2f",
    "RC 1442187",
    "+234 1 555 0142",
)
ADRIATIC = Org(
    "Adriatic Cloud d.o.o.",
    "Adriatic Cloud",
    "adriaticcloud.si",
    "SI",
    "1000 Ljubljana",
    "Dunajska cesta 156",
    "#01579b",
    "Matična št. 8441228000 · ID za DDV SI44122871",
    "+386 1 555 0142",
)
PEARL = Org(
    "Pearl Coast Digital W.L.L.",
    "Pearl Coast Digital",
    "pearlcoastdigital.qa",
    "QA",
    "Doha",
    "Tower 2, West Bay, Al Corniche Street, Floor 22",
    "#6d4c41",
    "C.R. No. 144218",
    "+974 4455 0142",
)

RL_PM = person(RIDGELINE, "Jenna Albright", "Delivery Manager", "jalbright", "+1 303 555 0188")
RL_SEC = person(RIDGELINE, "Marcus Oyelaran", "Security Practice Lead", "moyelaran", "+1 303 555 0191")
SG_LEAD = person(SAGUARO, "Travis Begay", "Principal Security Consultant", "tbegay")
SG_AM = person(SAGUARO, "Kelsey Durand", "Account Executive", "kdurand")
MN_PM = person(MISTRAL, "Camille Roux", "Cheffe de projet / Project Manager", "c.roux")
MN_SEC = person(MISTRAL, "Julien Fabre", "Consultant sécurité / Security Consultant", "j.fabre")
KS_PM = person(KESTREL, "Liam Fitzgerald", "Project Manager", "liam.fitzgerald")
KS_SEC = person(KESTREL, "Priya Raman", "Identity & Security Lead", "priya.raman")
TC_PM = person(TATRA, "Martin Kováč", "Projektový manažér / Project Manager", "martin.kovac")
MC_PM = person(MORAVA, "Tereza Dvořáková", "Project Manager", "tereza.dvorakova")
RR_PM = person(RHEINRUHR, "Jana Wolff", "Projektleiterin", "j.wolff")
RR_SEC = person(RHEINRUHR, "Dennis Brückner", "Senior Consultant Security", "d.brueckner")
PN_PM = person(PAMPA, "Rodrigo Schmitt", "Gerente de Projetos", "rodrigo.schmitt")
CP_SDM = person(CEDAR, "Naomi Whitehorse", "SOC Service Delivery Manager", "nwhitehorse")
CP_LEAD = person(CEDAR, "Owen MacLeod", "Director, Managed Detection & Response", "omacleod")
HC_PM = person(HOKKAIDO, "Daichi Kobayashi", "Project Manager", "d.kobayashi")
CN_PM = person(CARIBE, "Natalia Colón Vega", "Gerente de Proyectos / Project Manager", "ncolon")
GD_PM = person(GANGES, "Harish Nayak", "Delivery Manager", "harish.nayak")
GD_AM = person(GANGES, "Deepa Iyengar", "Partner Programs Manager", "deepa.iyengar")
HX_SA = person(HELIX, "Gareth Pryce", "Solution Architect, Dynamics 365", "gareth.pryce")
HX_PM = person(HELIX, "Sophie Lambert", "Engagement Manager", "sophie.lambert")
QA_PM = person(QUAYSIDE, "Hannah Sutcliffe", "Service Delivery Manager", "hannah.sutcliffe")
GQ_PM = person(GUADALQUIVIR, "Rocío Benítez", "Jefa de Proyecto", "rocio.benitez")
MK_PM = person(MEKONG, "Nguyen Thi Thu Ha", "Project Manager", "thuha.nguyen")
BB_PM = person(BALTIC, "Kristaps Ozols", "Projektu vadītājs / Project Manager", "kristaps.ozols")
EK_PM = person(EKO, "Chidinma Okafor", "Project Manager", "chidinma.okafor")
EK_SALES = person(EKO, "Tunde Adebayo", "Licensing Sales Executive", "tunde.adebayo")
AD_PM = person(ADRIATIC, "Luka Novak", "Vodja projektov / Project Manager", "luka.novak")
PC_PM = person(PEARL, "Rania Haddad", "Project Manager", "rania.haddad")


# --------------------------------------------------------------------------------------------------------------
# the partners' own templates (each used for several customers: boilerplate, not reuse)
# --------------------------------------------------------------------------------------------------------------

RIDGELINE_METHOD = (
    "Ridgeline activates every service through the same four stages – <b>Baseline</b>, <b>Configure</b>, "
    "<b>Roll out</b> and <b>Operate</b>. This report records the baseline we found, what we configured and rolled "
    "out, the numbers at activation, the run-book the customer now operates with us, and the customer's acceptance."
)
RIDGELINE_FOOTER = "Ridgeline Cloud Works LLC · 1700 Lincoln St, Denver CO · Confidential"


def ridgeline_report(
    cust: Org,
    ref: str,
    day: dt.date,
    summary: str,
    baseline: Sequence[str],
    configured: Sequence[tuple[str, str, str]],
    numbers: Sequence[tuple[str, str]],
    stages: Sequence[tuple[str, str, str]],
    operate: Sequence[str],
    seed: str,
    *,
    parties: Sequence[Party] = (),
    accepted_by_mail: str = "",
    author: str = "Jenna Albright",
) -> bytes:
    """Ridgeline Cloud Works' Service Activation Report (one template for all its customers)."""
    cover = f"""
<p class="muted" style="margin-top:34pt">SERVICE ACTIVATION REPORT</p>
<h1 style="font-size:22pt">{escape(cust.name)}</h1>
<p style="font-size:12pt">{escape(summary.split(".")[0])}</p>
{
        kv(
            [
                ("Report no.", ref),
                ("Status", "Final"),
                ("Date", g.fdate(day, "us")),
                ("Prepared by", escape(RIDGELINE.name)),
                ("Prepared for", escape(cust.name)),
            ]
        )
    }
<h2>About this report</h2><p>{RIDGELINE_METHOD}</p>
"""
    body = f"""
<h2>1. Summary</h2><p>{summary}</p>
<h2>2. Baseline</h2>{ul(baseline)}
<h2>3. Configured and rolled out</h2>
{grid(["Workload", "Configuration and roll-out", "Status"], configured, [20, 64, 16])}
<h2>4. Numbers at activation</h2>{grid(["Measure", "Value"], numbers, [64, 36])}
<h2>5. Stages</h2>{grid(["Stage", "Dates", "Work"], stages, [14, 26, 60])}
<h2>6. Operate</h2>{ul(operate)}
"""
    accept = "<h2>7. Customer acceptance</h2>"
    if accepted_by_mail:
        accept += f"<p>{accepted_by_mail}</p>"
    else:
        accept += g.signoff(
            "columns",
            parties,
            heading="",
            statement=f"{escape(cust.name)} accepts the services in this report as activated by "
            f"{escape(RIDGELINE.name)} and in operation.",
        )
    return g.report_pdf(
        RIDGELINE,
        [cover, body, accept],
        meta(f"{cust.short} – Service Activation Report", author, T(day.year, day.month, day.day, 16, 10, -7)),
        seed,
        right=f"Service Activation Report · {ref}",
        footer=RIDGELINE_FOOTER,
        size=g.LETTER,
    )


MISTRAL_INTRO = (
    "Le présent procès-verbal constate la réception des prestations réalisées par Mistral Numérique. / This report "
    "records the customer's acceptance of the services delivered by Mistral Numérique."
)
MISTRAL_LABELS = ("Nom / Name", "Fonction / Title", "Signature", "Date")


def mistral_pv(
    cust: Org,
    ref: str,
    period: str,
    rows: Sequence[tuple[str, str, str, str]],
    parties: Sequence[Party],
    when: dt.datetime,
    seed: str,
    *,
    french_only: bool = False,
    reserves: str = "Aucune / None",
) -> bytes:
    """Mistral Numérique's acceptance report (procès-verbal de recette), bilingual since v3; v2 was French only."""
    if french_only:
        intro = MISTRAL_INTRO.split(" / ")[0]
        head = ["Périmètre", "Prestations réalisées", "Volume"]
        body_rows = [(a, b, d) for a, b, _, d in rows]
        widths = [22, 58, 20]
        labels = ("Nom", "Fonction", "Signature", "Date")
        title = "Procès-verbal de recette"
        statement = (
            f"Le client déclare recevoir les prestations ci-dessus, réalisées par {escape(MISTRAL.name)}, sans "
            f"réserve. Réserves : {escape(reserves.split(' / ')[0])}."
        )
        version = "Modèle PV-REC v2.1"
    else:
        intro = MISTRAL_INTRO
        head = ["Périmètre / Scope", "Prestations réalisées", "Services delivered", "Volume"]
        body_rows = list(rows)
        widths = [16, 34, 34, 16]
        labels = MISTRAL_LABELS
        title = "Procès-verbal de recette / Acceptance report"
        statement = (
            f"Le client prononce la réception des prestations ci-dessus réalisées par {escape(MISTRAL.name)}. / The "
            f"customer accepts the services above as delivered by {escape(MISTRAL.name)}. Réserves / Reservations: "
            f"{escape(reserves)}."
        )
        version = "Modèle PV-REC v3.0 (FR/EN)"
    html = f"""
<h1>{title}</h1>
<p class="small">{intro}</p>
{
        kv(
            [
                ("Client" if french_only else "Client / Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Prestataire" if french_only else "Prestataire / Supplier", escape(MISTRAL.name)),
                ("Référence" if french_only else "Référence / Reference", ref),
                ("Période" if french_only else "Période / Period", period),
            ]
        )
    }
{grid(head, body_rows, widths)}
""" + g.signoff(
        "columns",
        parties,
        heading="Signatures",
        statement=statement,
        labels=labels,
        company_label="Société" if french_only else "Société / Company",
    )
    return g.html_pdf(
        html,
        meta(f"PV de recette {cust.short}", MN_PM.name, when),
        seed,
        style=css(MISTRAL.color, size=9),
        decor=g.Decor(
            MISTRAL,
            right=f"{title.split(' / ')[0]} · {ref}",
            footer=escape(MISTRAL.name + " · " + MISTRAL.reg + " · " + version),
            accent=MISTRAL.color,
        ),
    )


KESTREL_LABELS = ("Name", "Position", "Signature", "Date")


def kestrel_certificate(
    cust: Org,
    ref: str,
    golive: dt.date,
    items: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    note: str = "",
    when: dt.datetime | None = None,
) -> bytes:
    """Kestrel Systems' Go-Live Certificate (the same form for every customer)."""
    html = f"""
<h1 style="text-align:center">Go-Live Certificate</h1>
<p style="text-align:center" class="muted">Kestrel Systems – Microsoft Cloud Delivery</p>
{
        kv(
            [
                ("Certificate no.", ref),
                ("Customer", escape(cust.name)),
                ("Site(s)", escape(cust.address)),
                ("Delivery partner", escape(KESTREL.name)),
                ("Go-live date", g.fdate(golive, "gb")),
            ]
        )
    }
<h2>Scope taken live</h2>
{grid(["Workload", "What went live", "Users / devices"], items, [22, 56, 22])}
{f"<p>{note}</p>" if note else ""}
<p>The customer certifies that the scope above was implemented by {escape(KESTREL.name)}, tested with its key users
and taken into production use on the go-live date.</p>
""" + g.signoff("stacked", parties, heading="Sign-off", labels=KESTREL_LABELS)
    moment = when or T(golive.year, golive.month, golive.day, 11, 0, 10)
    return g.html_pdf(
        html,
        meta(f"Go-Live Certificate {cust.short}", KS_PM.name, moment),
        seed,
        style=css(KESTREL.color, size=9),
        decor=g.Decor(KESTREL, right=f"Go-Live Certificate · {ref}", footer=escape(KESTREL.reg), accent=KESTREL.color),
    )


def cedar_deck(
    cust: Org,
    quarter: str,
    facts: Sequence[tuple[str, str]],
    coverage: str,
    incidents: Sequence[tuple[str, str, str, str]],
    sentinel: Sequence[str],
    hunting: Sequence[str],
    posture: Sequence[str],
    next_steps: Sequence[str],
    when: dt.datetime,
    seed: str,
) -> bytes:
    """Cedar Peak's quarterly managed security service review deck (same slides for every customer)."""
    slides = [
        (
            f"{quarter} Managed Security Service Review",
            f"<p style='font-size:20pt'>{escape(cust.name)}</p>"
            f"<p>Prepared by Cedar Peak Security – Managed Detection &amp; Response</p>"
            f"{grid([], [(k, escape(v)) for k, v in facts], [40, 60], total=800)}",
        ),
        ("Service coverage", f"<p>{coverage}</p>"),
        (
            "Incidents handled this quarter",
            grid(["Severity", "Count", "Median time to respond", "Examples"], incidents, [14, 10, 22, 54], total=800),
        ),
        ("Microsoft Sentinel management", ul(sentinel)),
        ("Threat hunting and custom detections", ul(hunting)),
        ("Security posture and configuration", ul(posture)),
        ("Next quarter", ul(next_steps)),
    ]
    return g.slides_pdf(
        CEDAR,
        slides,
        meta(f"{cust.short} {quarter} Service Review", CP_SDM.name, when, g.PPT),
        seed,
        footer=f"Cedar Peak Security Inc. · {escape(cust.short)} · {quarter} · Confidential",
    )


GANGES_LABELS = ("Name", "Designation", "Signature", "Date")


def ganges_certificate(
    cust: Org,
    ref: str,
    day: dt.date,
    items: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    note: str = "",
) -> bytes:
    """Ganges Digital's Project Completion Certificate (the same form for every customer)."""
    html = f"""
<h1 style="text-align:center">Project Completion Certificate</h1>
{
        kv(
            [
                ("Certificate no.", ref),
                ("Customer", escape(cust.name)),
                ("Customer address", escape(cust.address)),
                ("Implementation partner", escape(GANGES.name)),
                ("Completion date", g.fdate(day, "in")),
            ]
        )
    }
<h2>Scope completed</h2>
{grid(["Workload", "Work completed", "Users / devices"], items, [22, 56, 22])}
{f"<p>{note}</p>" if note else ""}
<p>This is to certify that the above scope has been implemented by {escape(GANGES.name)} to the satisfaction of the
customer and is in production use.</p>
""" + g.signoff("stacked", parties, heading="Sign-off", labels=GANGES_LABELS)
    return g.html_pdf(
        html,
        meta(f"Completion Certificate {cust.short}", GD_PM.name, T(day.year, day.month, day.day, 11, 0, 5.5)),
        seed,
        style=css(GANGES.color, size=9),
        decor=g.Decor(GANGES, right=f"Completion Certificate · {ref}", footer=escape(GANGES.reg), accent=GANGES.color),
    )


def caribe_report(
    cust: Org,
    ref: str,
    day: dt.date,
    summary_es: str,
    summary_en: str,
    rows: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
) -> bytes:
    """Caribe Nube's bilingual closure report (Spanish first, English below every item)."""
    page1 = f"""
<h1>Informe de Cierre / Closure Report</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name)),
                ("Proveedor / Partner", escape(CARIBE.name)),
                ("Referencia / Reference", ref),
                ("Fecha / Date", g.fdate(day, "us")),
            ]
        )
    }
<h2>Resumen / Summary</h2><p>{summary_es}</p><p><i>{summary_en}</i></p>
<h2>Trabajo realizado / Work performed</h2>
{grid(["Carga / Workload", "Trabajo realizado / Work performed", "Volumen / Volume"], rows, [20, 60, 20])}
"""
    page2 = g.signoff(
        "rows",
        parties,
        heading="Aceptación / Acceptance",
        statement=f"{escape(cust.name)} acepta el trabajo descrito, realizado por {escape(CARIBE.name)}. / "
        f"{escape(cust.name)} accepts the work described above as performed by {escape(CARIBE.name)}.",
        labels=("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date"),
    )
    return g.report_pdf(
        CARIBE,
        [page1, page2],
        meta(f"Informe de Cierre {cust.short}", CN_PM.name, T(day.year, day.month, day.day, 15, 0, -4)),
        seed,
        right=f"Informe de Cierre · {ref}",
        footer="Caribe Nube Technologies LLC · 270 Ave. Muñoz Rivera, San Juan PR · Confidencial / Confidential",
        size=g.LETTER,
    )


# --------------------------------------------------------------------------------------------------------------
# Ridgeline Cloud Works: one Service Activation Report template, four customers; Saguaro Secure
# --------------------------------------------------------------------------------------------------------------

PIKES = Org(
    "Pikes Peak Aggregates Inc.",
    "Pikes Peak Aggregates",
    "pikespeakaggregates.com",
    "US",
    "Colorado Springs, CO 80903",
    "2 N Cascade Ave, Suite 900",
    "#795548",
)
PIKES_IT = person(PIKES, "Dale Whitcomb", "IT Manager", "dwhitcomb")
PIKES_CONFIGURED = [
    (
        "Intune",
        "Windows Autopilot for 120 replacement laptops; enrollment of 290 existing laptops and desktops; 160 "
        "rugged Samsung tablets in the scale houses of 9 quarries enrolled as dedicated devices (kiosk mode, "
        "ticketing app only); compliance policies (BitLocker, OS build, Defender status); 3 update rings",
        "Live",
    ),
    (
        "Defender for Endpoint",
        "Onboarding of 570 devices and 18 servers (2 asphalt plant control rooms included); ASR rules in block "
        "mode after 3-week audit; EDR in block mode; tamper protection; device groups per quarry and plant; "
        "alert e-mail to the IT on-call rota",
        "Live",
    ),
]
PIKES_NUMBERS = [
    ("Devices managed in Intune", "570 (410 PCs + 160 scale-house tablets)"),
    ("Devices + servers onboarded to Defender for Endpoint", "570 + 18"),
    ("Compliant devices at activation", "96.4%"),
    ("Legacy antivirus (Sophos) removed", "02/27/2026"),
]
PIKES_OPERATE = [
    "Pikes Peak IT owns Autopilot profiles, compliance policies and the scale-house kiosk profile.",
    "Ridgeline handles Defender for Endpoint alerts at tier 2 under managed schedule MS-PPA-01 (Pikes Peak "
    "Aggregates) and reviews vulnerability reports with IT every month.",
]


def pikes_report() -> tuple[bytes, list[Party]]:
    if "pikes" not in _CACHE:
        parties = [
            Party("Customer", PIKES.name, PIKES_IT.name, PIKES_IT.title),
            Party("Partner", RIDGELINE.name, RL_PM.name, RL_PM.title),
        ]
        report = ridgeline_report(
            PIKES,
            "RCW-SAR-2026-014",
            D(2026, 3, 6),
            "Ridgeline brought Pikes Peak Aggregates' 410 office and site PCs and the 160 scale-house tablets of its "
            "9 quarries under Microsoft Intune and onboarded them, with 18 servers, to Microsoft Defender for "
            "Endpoint, replacing Sophos and an unmanaged tablet fleet.",
            [
                "410 Windows PCs on Sophos Central, no device management; 160 Android tablets in the scale houses "
                "managed by hand (shared PIN).",
                "No inventory of the 2 asphalt plants' control-room PCs; patching by the plant vendor.",
            ],
            PIKES_CONFIGURED,
            PIKES_NUMBERS,
            [
                ("Baseline", "11/17/2025 – 11/26/2025", "Inventory per quarry, scale-house ticketing workflow"),
                ("Configure", "12/01/2025 – 01/09/2026", "Intune tenant, kiosk profile, MDE onboarding packages"),
                ("Roll out", "01/12/2026 – 02/27/2026", "Quarries in 3 waves, plants after hours, Sophos removal"),
                ("Operate", "from 03/02/2026", "ASR block mode, alert tuning, monthly vulnerability review"),
            ],
            PIKES_OPERATE,
            "5031001|report",
            parties=parties,
        )
        _CACHE["pikes"] = (report, parties)
    return _CACHE["pikes"]


def s503_001_pikes_peak_signed_activation_report() -> Bundle:
    cid = "5031001"
    report, parties = pikes_report()
    page = g.page_of(report, "7. Customer acceptance")
    signed = g.with_scanned_pages(
        report,
        [page],
        [
            *g.sign_inks("columns", parties[0], 0, "03/12/2026", page=page),
            *g.sign_inks("columns", parties[1], 1, "03/12/2026", color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2026, 3, 12, 15, 40, -6),
        meta("Pikes Peak Aggregates – Service Activation Report (signed)", RL_PM.name, T(2026, 3, 13, 8, 5, -6)),
        dpi=150,
        skew=0.5,
        scanner=0,
    )
    shot = g.portal_screenshot(
        "Defender | Assets | Devices",
        [("Onboarded devices", "588"), ("Active (7 days)", "571"), ("High exposure", "3"), ("Servers", "18")],
        [
            ("PPA-SCALE-Q04-T12", "Android", "Onboarded", "Low"),
            ("PPA-LT-0417", "Windows 11", "Onboarded", "Low"),
            ("PPA-PLANT2-CR01", "Windows 10 IoT", "Onboarded", "Medium"),
            ("PPA-SRV-DC02", "Windows Server 2022", "Onboarded", "Low"),
            ("PPA-SCALE-Q09-T03", "Android", "Onboarded", "Low"),
        ],
        ["Device name", "OS platform", "Onboarding status", "Exposure level"],
        f"{cid}|shot",
        tenant="pikespeakaggregates.com",
    )
    pdf_name = "POE/Pikes Peak Aggregates - Service Activation Report RCW-SAR-2026-014 (signed).pdf"
    files = {pdf_name: signed, "POE/Defender device inventory 2026-04-14.png": shot}
    claim = cpor(
        cid,
        RIDGELINE,
        RL_SEC,
        PIKES,
        PIKES_IT,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        T(2026, 4, 20, 9, 35, -6),
        [(pdf_name, "poe"), ("POE/Defender device inventory 2026-04-14.png", "supporting")],
    )
    return Bundle(
        f"{cid}_pikes_peak_signed_activation_report",
        claim,
        files,
        "approve",
        "Ridgeline's Service Activation Report is specific to this quarry operator (410 PCs + 160 scale-house tablets "
        "in Intune, 570 devices + 18 servers in Defender for Endpoint, stages with dates) and its acceptance page was "
        "printed, signed by the customer's IT Manager and scanned back in on '03/12/2026' – US month-first, March 12, "
        "2026, five weeks before submission (a December reading would lie after the submission date). Both claimed "
        "workloads are described. The report template is shared with 5031002-5031004 (boilerplate). 5031003 copies "
        "this report's figures for another customer: this claim holds the original (its own customer, its own "
        "Defender inventory screenshot).",
        "Scanned page '7. Customer acceptance': Dale Whitcomb's signature, '03/12/2026'; sections 3-4 with the Intune "
        "and MDE numbers.",
        g.cpor_ok(),
    )


COTTONWOOD = Org(
    "City of Cottonwood Springs",
    "Cottonwood Springs",
    "cottonwoodsprings-co.gov",
    "US",
    "Cottonwood Springs, CO 81212",
    "300 Main Street, City Hall",
    "#1b5e20",
)
CW_IT = person(COTTONWOOD, "Alicia Montoya", "IT Director", "amontoya")
CW_CM = person(COTTONWOOD, "Robert Kessler", "City Manager", "rkessler")


def cottonwood_psd() -> bytes:
    psd = psd_pdf(
        RIDGELINE,
        COTTONWOOD,
        "Microsoft Teams and SharePoint Online usage – CPOR",
        "the applicable Modern Work usage incentive",
        D(2026, 4, 2),
        "5031002|psd",
    )
    psd = typed_fields(
        psd, [("Name", 0, CW_CM.name), ("Title", 0, CW_CM.title), ("Date", 1, "4/3/2026")], "5031002|psdf"
    )
    return g.esign(
        psd,
        CW_CM,
        T(2026, 4, 3, 14, 12, -6),
        "5031002|psdenv",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=6,
        vendor="docusign",
        certificate=True,
        sender=RL_PM,
        ip="65.153.18.77",
    )


def s503_002_cottonwood_springs_city_with_disclosure() -> Bundle:
    cid = "5031002"
    report = ridgeline_report(
        COTTONWOOD,
        "RCW-SAR-2026-019",
        D(2026, 4, 17),
        "Ridgeline moved the City of Cottonwood Springs' 385 staff from a hosted file server and phone "
        "conferencing to Microsoft Teams and SharePoint Online, department by department.",
        [
            "2.3 TB on a single on-premises file server, mapped drives per department, no versioning.",
            "Council work sessions and inter-department meetings by dial-in bridge; no chat.",
        ],
        [
            (
                "Teams",
                "Teams for 385 staff in 46 teams (Police Records, Utilities Billing, Parks & Recreation, City Clerk, "
                "Public Works and 41 project/committee teams); meeting policies for council work sessions with "
                "lobby and recording rules; Teams on 60 shared tablets at the public works yard",
                "Live",
            ),
            (
                "SharePoint Online",
                "Migration of 2.3 TB to 22 department sites with the SharePoint Migration Tool; permissions mapped "
                "from 31 AD groups; 'CityNet' intranet communication site with news per department",
                "Live",
            ),
        ],
        [
            ("Staff active in Teams (28 days)", "371 of 385"),
            ("Teams created", "46"),
            ("Data migrated to SharePoint", "2.3 TB, 1.9 million files"),
            ("File server retired", "04/10/2026"),
        ],
        [
            ("Baseline", "01/05/2026 – 01/16/2026", "Share inventory, permissions clean-up with department heads"),
            ("Configure", "01/19/2026 – 02/13/2026", "Teams policies, site structure, CityNet intranet"),
            ("Roll out", "02/16/2026 – 04/10/2026", "6 migration waves, 12 end-user sessions"),
            ("Operate", "from 04/13/2026", "Ridgeline service desk for Teams and SharePoint (tier 2)"),
        ],
        ["City IT owns team creation requests and site permissions.", "Ridgeline runs a monthly adoption review."],
        f"{cid}|report",
        accepted_by_mail="Accepted by the City's IT Director by e-mail on 04/21/2026 (attached to the claim).",
    )
    m1 = Mail(
        RL_PM,
        [CW_IT],
        "Cottonwood Springs – Teams & SharePoint activation report",
        T(2026, 4, 17, 16, 30, -6),
        "Hi Alicia,\n\nAttached is the final Service Activation Report for Teams and SharePoint Online. Could you "
        "look it over and confirm the City's acceptance?\n\nThanks,\nJenna\n\n" + g.footer_block(RL_PM),
        attachments=[("Cottonwood Springs - Service Activation Report RCW-SAR-2026-019.pdf", report)],
    )
    m2 = Mail(
        CW_IT,
        [RL_PM],
        "RE: Cottonwood Springs – Teams & SharePoint activation report",
        T(2026, 4, 21, 8, 14, -6),
        "Jenna,\n\nI went through it with Karen from the Clerk's office. The numbers are right – 371 of our 385 "
        "people are active in Teams, all 22 department sites are up and the old file server has been off since "
        "the 10th. The council work-session setup worked fine last Tuesday.\n\nThe City of Cottonwood Springs "
        "accepts the Teams and SharePoint Online services as activated by Ridgeline.\n\n"
        + signature_lines(CW_IT, "City of Cottonwood Springs | 300 Main Street"),
        quoted=m1,
    )
    files = {
        "Cottonwood Springs - Service Activation Report RCW-SAR-2026-019.pdf": report,
        "RE_ Cottonwood Springs – Teams & SharePoint activation report.msg": msg_in(m2),
        "PSD - City of Cottonwood Springs (DocuSign).pdf": cottonwood_psd(),
    }
    claim = cpor(
        cid,
        RIDGELINE,
        RL_PM,
        COTTONWOOD,
        CW_IT,
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 5, 11, 10, 20, -6),
        [
            ("Cottonwood Springs - Service Activation Report RCW-SAR-2026-019.pdf", "poe"),
            ("RE_ Cottonwood Springs – Teams & SharePoint activation report.msg", "poe"),
            ("PSD - City of Cottonwood Springs (DocuSign).pdf", "public_sector_disclosure"),
        ],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_cottonwood_springs_city_with_disclosure",
        claim,
        files,
        "approve",
        "US city government on a Modern Work usage claim: public sector in the United States, so the partner must "
        "disclose its potential Microsoft compensation in writing and the customer must acknowledge it in writing. "
        "The standard disclosure is e-signed by the City Manager through DocuSign on 4/3/2026 with a certificate of "
        "completion. The IT Director accepts the activated Teams and SharePoint services by e-mail from "
        "cottonwoodsprings-co.gov on 04/21/2026, repeating the numbers (371 of 385 active, 22 sites). Report "
        "template and disclosure wording are shared with other claims (boilerplate).",
        "DocuSign PSD 'Customer: City of Cottonwood Springs' signed by Robert Kessler; .msg from "
        "amontoya@cottonwoodsprings-co.gov: 'The City of Cottonwood Springs accepts the Teams and SharePoint Online "
        "services'.",
        g.cpor_ok(email_ack=True, ps=True),
    )


def s503_003_cache_valley_report_with_pikes_figures() -> Bundle:
    cid = "5031003"
    cust = Org(
        "Cache Valley Creamery, Inc.",
        "Cache Valley Creamery",
        "cachevalleycreamery.com",
        "US",
        "Logan, UT 84321",
        "1450 N 200 W",
        "#0277bd",
    )
    cc = person(cust, "Brent Jeppson", "IT Manager", "bjeppson")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", RIDGELINE.name, RL_PM.name, RL_PM.title),
    ]
    report = ridgeline_report(
        cust,
        "RCW-SAR-2026-031",
        D(2026, 5, 22),
        "Ridgeline brought Cache Valley Creamery's office and plant PCs and its production tablets under Microsoft "
        "Intune and onboarded them to Microsoft Defender for Endpoint.",
        [
            "Office and plant PCs on a legacy antivirus product, no device management.",
            "Production tablets managed by hand.",
        ],
        PIKES_CONFIGURED,
        PIKES_NUMBERS,
        [
            ("Baseline", "03/02/2026 – 03/06/2026", "Inventory, production tablet workflow"),
            ("Configure", "03/09/2026 – 04/03/2026", "Intune tenant, kiosk profile, MDE onboarding packages"),
            ("Roll out", "04/06/2026 – 05/15/2026", "Office, plant, tablets; antivirus removal"),
            ("Operate", "from 05/18/2026", "ASR block mode, alert tuning"),
        ],
        PIKES_OPERATE,
        f"{cid}|report",
        parties=parties,
    )
    page = g.page_of(report, "7. Customer acceptance")
    signed = g.with_scanned_pages(
        report,
        [page],
        [
            *g.sign_inks("columns", parties[0], 0, "05/28/2026", page=page),
            *g.sign_inks("columns", parties[1], 1, "05/28/2026", color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2026, 5, 28, 11, 20, -6),
        meta("Cache Valley Creamery – Service Activation Report (signed)", RL_PM.name, T(2026, 5, 28, 16, 0, -6)),
        dpi=150,
        skew=-0.4,
        scanner=0,
    )
    m = Mail(
        cc,
        [RL_PM],
        "RE: Activation report for signature",
        T(2026, 5, 28, 12, 2, -6),
        "Hi Jenna,\n\nSigned copy attached. Our 140 laptops at the Logan plant and the 35 tablets on the filling "
        "lines are all showing up in Intune now, and the Defender alerts come through to our on-call phone.\n\n"
        "Thanks for the help,\n" + signature_lines(cc),
        attachments=[("RCW-SAR-2026-031 signed.pdf", signed)],
    )
    pdf_name = "Cache Valley Creamery - Service Activation Report RCW-SAR-2026-031 (signed).pdf"
    files = {pdf_name: signed, "RE_ Activation report for signature.eml": eml_in(m)}
    claim = cpor(
        cid,
        RIDGELINE,
        RL_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        T(2026, 6, 15, 13, 10, -6),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_cache_valley_report_with_pikes_figures",
        claim,
        files,
        "action_required",
        "The signed activation report for this Utah creamery carries, word for word, the configuration and numbers "
        "of claim 5031001's report for Pikes Peak Aggregates: 160 scale-house tablets 'of 9 quarries', '2 asphalt "
        "plant control rooms', 570 devices + 18 servers, Sophos removed 02/27/2026, and even 'managed schedule "
        "MS-PPA-01 (Pikes Peak Aggregates)'. The customer's own e-mail speaks of 140 laptops and 35 tablets. "
        "5031001 holds the original (its own customer, signed in March); here the activity detail is another "
        "customer's and says nothing true about this work, so the partner must provide POE describing what it did "
        "for Cache Valley Creamery. The signature itself is genuine. The template's method text is boilerplate.",
        "Report section 3: 'scale houses of 9 quarries … 2 asphalt plant control rooms'; section 6: 'MS-PPA-01 "
        "(Pikes Peak Aggregates)'; customer e-mail: '140 laptops … 35 tablets'.",
        {
            "reused_evidence": "fail",
            "activity_detail": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "ineligible_customer": "pass",
        },
    )


VERDE = Org(
    "Verde Valley Cement Co.",
    "Verde Valley Cement",
    "verdevalleycement.com",
    "US",
    "Clarkdale, AZ 86324",
    "4000 Cement Plant Rd",
    "#8d6e63",
)
VERDE_IT = person(VERDE, "Sandra Kowal", "IT Director", "skowal")
VERDE_SUP = person(VERDE, "Manny Ortega", "IT Supervisor", "mortega")


def s503_004_verde_valley_ridgeline_mde() -> Bundle:
    cid = "5031004"
    parties = [
        Party("Customer", VERDE.name, VERDE_IT.name, VERDE_IT.title),
        Party("Partner", RIDGELINE.name, RL_SEC.name, RL_SEC.title),
    ]
    report = ridgeline_report(
        VERDE,
        "RCW-SAR-2026-022",
        D(2026, 5, 8),
        "Ridgeline onboarded Verde Valley Cement's 780 office, quarry and kiln-control PCs and 26 servers to Microsoft "
        "Defender for Endpoint and has operated the service with the customer's IT team since January 2026.",
        [
            "780 Windows devices and 26 servers on an expiring Trend Micro licence; no EDR.",
            "140 kiln and mill control-room PCs on Windows 10 LTSC, managed by the automation vendor.",
        ],
        [
            (
                "Defender for Endpoint",
                "Onboarding of 780 devices and 26 servers in 4 waves; control-room PCs in a separate device group "
                "with EDR in passive mode and vendor-approved exclusions; ASR rules in block mode for office "
                "devices; web content filtering; attack surface reduction reports to IT each Monday; tier-2 alert "
                "handling by Ridgeline since 01/12/2026",
                "Live",
            ),
        ],
        [
            ("Devices onboarded", "780 (incl. 140 control-room PCs)"),
            ("Servers onboarded", "26"),
            ("Alerts handled by Ridgeline, Jan–Apr 2026", "214 (9 high severity)"),
            ("Trend Micro removed", "03/20/2026"),
        ],
        [
            ("Baseline", "12/01/2025 – 12/12/2025", "Device inventory, vendor exclusions for kiln control"),
            ("Configure", "12/15/2025 – 01/09/2026", "Onboarding packages, device groups, ASR audit"),
            ("Roll out", "01/12/2026 – 03/20/2026", "Office, quarry, plant; control rooms in plant shutdown"),
            ("Operate", "from 01/12/2026", "Tier-2 alert handling, weekly ASR report, monthly review"),
        ],
        [
            "Verde Valley IT owns device onboarding for new PCs.",
            "Ridgeline handles Defender alerts at tier 2 and joins the monthly security review.",
        ],
        f"{cid}|report",
        parties=parties,
        author=RL_SEC.name,
    )
    page = g.page_of(report, "7. Customer acceptance")
    signed = g.with_scanned_pages(
        report,
        [page],
        [
            *g.sign_inks("columns", parties[0], 0, "05/14/2026", page=page),
            *g.sign_inks("columns", parties[1], 1, "05/14/2026", color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2026, 5, 14, 14, 0, -7),
        meta("Verde Valley Cement – Service Activation Report (signed)", RL_SEC.name, T(2026, 5, 15, 9, 0, -7)),
        dpi=150,
        skew=0.3,
        scanner=2,
    )
    m1 = Mail(
        RL_SEC,
        [VERDE_IT],
        "Defender for Endpoint – partner of record",
        T(2026, 5, 18, 9, 2, -7),
        "Hi Sandra,\n\nThanks for signing the activation report. As discussed, we are registering Ridgeline as "
        "partner of record for Defender for Endpoint with Microsoft. Could you confirm the current arrangement in "
        "a short reply?\n\nBest,\nMarcus\n\n" + g.footer_block(RL_SEC),
    )
    m2 = Mail(
        VERDE_IT,
        [RL_SEC],
        "RE: Defender for Endpoint – partner of record",
        T(2026, 5, 18, 11, 47, -7),
        "Marcus,\n\nConfirmed. Ridgeline has run our Defender for Endpoint rollout since January – all 780 PCs, "
        "the control rooms and 26 servers – and handles our alerts today together with my team. Saguaro Secure did "
        "a one-day health check for us in February, before we picked a partner; they have not worked in our "
        "environment since.\n\n" + signature_lines(VERDE_IT, "Verde Valley Cement Co. | Clarkdale, AZ"),
        quoted=m1,
    )
    pdf_name = "Verde Valley Cement - Service Activation Report RCW-SAR-2026-022 (signed).pdf"
    files = {pdf_name: signed, "RE_ Defender for Endpoint – partner of record.msg": msg_in(m2)}
    claim = cpor(
        cid,
        RIDGELINE,
        RL_SEC,
        VERDE,
        VERDE_IT,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 5, 26, 10, 5, -7),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_verde_valley_ridgeline_wins_conflict",
        claim,
        files,
        "approve",
        "Conflicting claim with 5031005 (Saguaro Secure, same customer, same workload MICROSOFT DEFENDER ENDPOINT): "
        "only one partner can be partner of record for a workload, and the POE team decides which partner drove the "
        "most influence. Ridgeline's report, signed by the IT Director on 05/14/2026, shows 780 devices and 26 "
        "servers onboarded and tier-2 alert handling since January; the IT Director's e-mail from "
        "verdevalleycement.com confirms Ridgeline runs the service and that Saguaro only did a one-day health check "
        "in February. Ridgeline wins. Template shared with Ridgeline's other claims (boilerplate).",
        "Signed acceptance page 05/14/2026; e-mail from skowal@verdevalleycement.com: 'Ridgeline has run our "
        "Defender for Endpoint rollout since January … Saguaro Secure did a one-day health check'.",
        g.cpor_ok(email_ack=True),
    )


def s503_005_verde_valley_saguaro_health_check() -> Bundle:
    cid = "5031005"
    parties = [
        Party("Customer", VERDE.name, VERDE_SUP.name, VERDE_SUP.title),
        Party("Saguaro Secure", SAGUARO.name, SG_LEAD.name, SG_LEAD.title),
    ]
    html = f"""
<h1>Defender for Endpoint Health Check</h1>
<p class="muted">Workshop summary – {escape(VERDE.name)}</p>
{
        kv(
            [
                ("Date", "February 11, 2026 (on site, Clarkdale plant)"),
                ("Consultant", "Saguaro Secure – Principal Security Consultant"),
                ("Customer participants", "M. Ortega (IT Supervisor), 2 IT technicians"),
                ("Scope", "Evaluation tenant, 25 pilot devices in the main office"),
            ]
        )
    }
<h2>What we did</h2>
{
        ul(
            [
                "Onboarded 25 office laptops to a Defender for Endpoint evaluation with the local script.",
                "Ran the attack surface reduction rules in audit mode for the pilot group and reviewed the first "
                "results together (Office child-process and credential-stealing rules triggered 41 times).",
                "Reviewed Threat & Vulnerability Management findings: 3 devices with an outdated Java runtime, "
                "7 with a vulnerable VPN client.",
            ]
        )
    }
<h2>Recommendations</h2>
{
        ul(
            [
                "Plan onboarding of all office, quarry and plant devices in waves; treat kiln control-room PCs "
                "separately with the automation vendor.",
                "Move ASR rules to block mode after a 3-week audit.",
                "Decide on a partner for rollout and alert handling.",
            ]
        )
    }
""" + g.signoff(
        "lines", parties, heading="Attendance confirmed", statement="Signed to confirm the workshop took place."
    )
    pdf = doc_pdf(
        SAGUARO,
        html,
        "MDE Health Check – Verde Valley Cement",
        SG_LEAD.name,
        T(2026, 2, 11, 17, 0, -7),
        f"{cid}|hc",
        right="Workshop summary",
        size=g.LETTER,
    )
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("lines", parties[0], 0, "2/11/26"),
            *g.sign_inks("lines", parties[1], 1, "2/11/26", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 2, 12, 9, 30, -7),
        dpi=200,
        skew=0.8,
        scanner=3,
    )
    files = {"VVC_MDE_Health_Check_signed.pdf": scan}
    claim = cpor(
        cid,
        SAGUARO,
        SG_AM,
        VERDE,
        VERDE_SUP,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 5, 29, 15, 40, -7),
        [(p, "poe") for p in files],
    )
    RULE_ONLY[cid] = "conflict lost to 5031004"
    return Bundle(
        f"{cid}_verde_valley_saguaro_loses_conflict",
        claim,
        files,
        "reject",
        "Conflicting claim with 5031004 (Ridgeline, same customer, same workload). On its own this POE would pass: "
        "a signed, dated (2/11/26) summary of a one-day Defender for Endpoint health check on 25 pilot devices. But "
        "only one partner can be partner of record for the workload and the POE team keeps the partner that drove "
        "the most influence: Ridgeline onboarded all 780 devices and 26 servers and runs the alerts, and the "
        "customer's IT Director writes (on 5031004) that Saguaro has not worked in the environment since the health "
        "check, whose own recommendation was to 'decide on a partner for rollout'. Not approved. UNSURE: a reviewer "
        "could first give Saguaro the 14 days to bring an up-to-date POE; leaning reject because the customer "
        "already names the other partner.",
        "Workshop summary 'February 11, 2026 … 25 pilot devices', signed by Manny Ortega; recommendation 'Decide on "
        "a partner for rollout and alert handling'.",
        {
            "customer_acknowledgement": "pass",
            "partner_customer_names": "pass",
            "acknowledgement_date": "pass",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_006_sonoran_peak_parent_company() -> Bundle:
    cid = "5031006"
    cust = Org(
        "Sonoran Peak Holdings LLC",
        "Sonoran Peak",
        "sonoranpeak.com",
        "US",
        "Scottsdale, AZ 85251",
        "7272 E Indian School Rd, Suite 500",
        "#5d4037",
    )
    cfo = person(cust, "Linda Castellanos", "Chief Financial Officer", "lcastellanos")
    html = f"""
<table><tr><td style="border:none;width:300pt"><h1 style="color:#5d4037">Sonoran Peak Holdings LLC</h1>
<p class="small">Parent company of Saguaro Secure LLC · Desert Ridge Networks LLC · Mesa Fiber Co.</p></td>
<td style="border:none;text-align:right;width:160pt" class="small">7272 E Indian School Rd, Suite 500<br/>
Scottsdale, AZ 85251<br/>sonoranpeak.com</td></tr></table>
<p>April 24, 2026</p>
<p><b>Re: Shared IT services – confirmation of work</b></p>
<p>This letter confirms that our subsidiary Saguaro Secure LLC, under the Group Shared IT Services agreement,
deployed the following for the 240 employees of Sonoran Peak Holdings' corporate office between January 12 and
March 27, 2026:</p>
{
        ul(
            [
                "Microsoft Defender for Office 365 Plan 2: Safe Links and Safe Attachments policies, 2 attack "
                "simulations (phishing click rate down from 14% to 4%), automated investigation for 240 mailboxes.",
                "Microsoft Entra ID P2: risk-based Conditional Access for 240 users, Privileged Identity Management "
                "for 18 administrators, quarterly access reviews for finance applications.",
            ]
        )
    }
<p>The services are in production and supported by Saguaro Secure's team.</p>
<p style="margin-top:40pt">______________________________<br/>Linda Castellanos<br/>Chief Financial Officer,
Sonoran Peak Holdings LLC</p>
"""
    pdf = g.html_pdf(
        html,
        meta("Shared IT services confirmation", cfo.name, T(2026, 4, 24, 10, 0, -7)),
        f"{cid}|letter",
        style=css("#5d4037"),
    )
    signed = g.stamp_pdf(
        pdf,
        [Ink("Linda Castellanos", "sig", cfo.name, dx=0, dy=-38, h=30, occurrence=0, color=g.INK_BLUE)],
        f"{cid}|sig",
        meta("Shared IT services confirmation (signed)", cfo.name, T(2026, 4, 24, 10, 20, -7)),
    )
    scan = g.scan_pdf(signed, [], f"{cid}|scan", T(2026, 4, 24, 11, 0, -7), dpi=150, skew=0.4, scanner=4)
    files = {"Sonoran Peak - confirmation of work (signed).pdf": scan}
    claim = cpor(
        cid,
        SAGUARO,
        SG_AM,
        cust,
        cfo,
        "Security",
        ["MICROSOFT DEFENDER FOR OFFICE", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        T(2026, 5, 5, 11, 30, -7),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_sonoran_peak_is_partners_parent",
        claim,
        files,
        "reject",
        "The customer is the claiming partner's own parent company: the letterhead reads 'Parent company of Saguaro "
        "Secure LLC' and the letter calls Saguaro 'our subsidiary' working under the 'Group Shared IT Services "
        "agreement'. Partners and partner affiliates are not eligible for incentives for activity connected to a "
        "customer that is a partner affiliate; a better document cannot change that.",
        "Letterhead 'Sonoran Peak Holdings LLC – Parent company of Saguaro Secure LLC'; 'our subsidiary Saguaro "
        "Secure LLC, under the Group Shared IT Services agreement'.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Mistral Numérique (FR), Kestrel Systems (AU), Tatra Cloud (SK) / Morava Cloud (CZ), Rhein-Ruhr Cloud (DE)
# --------------------------------------------------------------------------------------------------------------


def mistral_inks(parties: Sequence[Party], date_text: str, stamp: tuple[str, ...], page: int = 0) -> list[Ink]:
    labels = MISTRAL_LABELS
    return [
        *g.sign_inks("columns", parties[0], 0, date_text, labels=labels, page=page),
        Ink(
            parties[0].name,
            "hand",
            "Lu et approuvé",
            dx=70,
            dy=0,
            h=11,
            page=page,
            yanchor=labels[2],
            y_dy=26,
            yocc=-1,
        ),
        Ink(parties[0].name, "stamp", dx=34, dy=0, h=40, page=page, lines=stamp, yanchor=labels[3], y_dy=-20, yocc=-1),
        *g.sign_inks("columns", parties[1], 1, date_text, labels=labels, color=g.INK_BLACK, page=page),
    ]


def s503_007_aravis_pv_bilingual_stamped() -> Bundle:
    cid = "5031007"
    cust = Org(
        "Fromagerie des Aravis SA",
        "Fromagerie des Aravis",
        "fromagerie-aravis.fr",
        "FR",
        "74230 Thônes",
        "112 route du Col des Aravis",
        "#6d4c41",
    )
    cc = person(cust, "Sébastien Perrillat", "Responsable informatique / IT Manager", "s.perrillat")
    parties = [
        Party("Client / Customer", cust.name, cc.name, "Responsable informatique"),
        Party("Prestataire / Supplier", MISTRAL.name, MN_PM.name, "Cheffe de projet"),
    ]
    pv = mistral_pv(
        cust,
        "MN-PVR-2026-011",
        "5 janvier – 27 février 2026 / 5 January – 27 February 2026",
        [
            (
                "Exchange Online",
                "Migration de 185 boîtes aux lettres depuis l'Exchange hébergé (OVH) ; 6 boîtes partagées "
                "(commandes, qualité, export) ; règles de transport pour les bons de livraison",
                "Migration of 185 mailboxes from hosted Exchange (OVH); 6 shared mailboxes (orders, quality, "
                "export); transport rules for delivery notes",
                "185 + 6",
            ),
            (
                "Microsoft Teams",
                "Déploiement pour 210 utilisateurs ; 14 équipes (caves d'affinage, ateliers, commerce) ; réunions "
                "mensuelles avec les 4 coopératives laitières ; Teams sur 22 tablettes en cave",
                "Rollout to 210 users; 14 teams (maturing cellars, dairies, sales); monthly meetings with the 4 milk "
                "cooperatives; Teams on 22 tablets in the cellars",
                "210 utilisateurs / users",
            ),
        ],
        parties,
        T(2026, 3, 2, 10, 0, 1),
        f"{cid}|pv",
    )
    scan = g.scan_pdf(
        pv,
        mistral_inks(parties, "12/03/2026", ("FROMAGERIE DES ARAVIS", "74230 THÔNES")),
        f"{cid}|scan",
        T(2026, 3, 12, 16, 5, 1),
        dpi=150,
        skew=-0.7,
        scanner=1,
    )
    files = {"PV_recette_MN-PVR-2026-011_Aravis_signe.pdf": scan}
    claim = cpor(
        cid,
        MISTRAL,
        MN_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 4, 9, 11, 15, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_aravis_bilingual_pv_stamped",
        claim,
        files,
        "approve",
        "Mistral's acceptance report (procès-verbal de recette) gives every line in French and English: 185 + 6 "
        "mailboxes migrated to Exchange Online and Teams for 210 users with 14 teams. It was printed, signed by the "
        "customer's IT manager with 'Lu et approuvé', stamped with the company stamp and scanned; the date "
        "'12/03/2026' is French day-first, 12 March 2026, four weeks before submission. Bilingual documents whose "
        "every statement is in English meet the English-language requirement. The PV layout is Mistral's template "
        "(also on 5031008): boilerplate.",
        "Scan: signature of Sébastien Perrillat, 'Lu et approuvé', stamp 'FROMAGERIE DES ARAVIS', date 12/03/2026.",
        g.cpor_ok(),
        container="zip",
    )


def s503_008_dauphine_pv_french_only() -> Bundle:
    cid = "5031008"
    cust = Org(
        "Transports Frigorifiques du Dauphiné SAS",
        "TFD",
        "tfd-transports.fr",
        "FR",
        "38070 Saint-Quentin-Fallavier",
        "ZAC de Chesnes, 9 rue du Morellon",
        "#0277bd",
    )
    cc = person(cust, "Nathalie Giraud", "Directrice des systèmes d'information", "n.giraud")
    parties = [
        Party("Client", cust.name, cc.name, "DSI"),
        Party("Prestataire", MISTRAL.name, MN_SEC.name, "Consultant sécurité"),
    ]
    pv = mistral_pv(
        cust,
        "MN-PVR-2026-024",
        "2 mars – 17 avril 2026",
        [
            (
                "Microsoft Defender for Endpoint",
                "Déploiement sur 340 postes et 12 serveurs des 6 agences ; règles ASR en mode blocage après 3 "
                "semaines d'audit ; EDR en mode blocage ; groupes d'appareils par agence ; tablettes des chauffeurs "
                "exclues du périmètre",
                "",
                "340 postes + 12 serveurs",
            ),
        ],
        parties,
        T(2026, 4, 20, 9, 0, 2),
        f"{cid}|pv",
        french_only=True,
    )
    labels = ("Nom", "Fonction", "Signature", "Date")
    scan = g.scan_pdf(
        pv,
        [
            *g.sign_inks("columns", parties[0], 0, "23/04/2026", labels=labels),
            *g.sign_inks("columns", parties[1], 1, "23/04/2026", labels=labels, color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 4, 23, 14, 0, 2),
        dpi=150,
        skew=0.5,
        scanner=1,
    )
    files = {"PV recette TFD - Defender for Endpoint.pdf": scan}
    claim = cpor(
        cid,
        MISTRAL,
        MN_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 5, 12, 10, 30, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_dauphine_pv_french_only",
        claim,
        files,
        "action_required",
        "The signed acceptance report (23/04/2026) is the older French-only version of Mistral's template ('Modèle "
        "PV-REC v2.1'): 'Déploiement sur 340 postes et 12 serveurs … règles ASR en mode blocage'. There is no "
        "English version or translation, and POE is reviewed in English: the partner must upload an English version. "
        "The content would otherwise support the workload. Layout shared with 5031007 (boilerplate).",
        "Only document: 'Procès-verbal de recette', every field and the acceptance statement in French.",
        {
            "document_language": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_009_darling_downs_acrobat_sign() -> Bundle:
    cid = "5031009"
    cust = Org(
        "Darling Downs Grain Co-operative Ltd",
        "Darling Downs Grain",
        "ddgrain.com.au",
        "AU",
        "Dalby QLD 4405",
        "48 Drayton Street",
        "#f9a825",
    )
    cc = person(cust, "Bronwyn McKenzie", "ICT Manager", "bronwyn.mckenzie")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Kestrel Systems", KESTREL.name, KS_SEC.name, KS_SEC.title),
    ]
    cert = kestrel_certificate(
        cust,
        "KS-GL-2026-007",
        D(2026, 3, 2),
        [
            (
                "Defender for Identity",
                "Sensors on 6 domain controllers and 2 AD CS servers; honeytoken accounts for the grain-receival "
                "sites; lateral movement paths reviewed with ICT; 14 alert types tuned for the harvest shift "
                "accounts",
                "6 DCs + 2 CA servers",
            ),
            (
                "Entra ID P2",
                "Risk-based Conditional Access for 520 users (incl. 130 seasonal harvest staff); Privileged Identity "
                "Management for 22 administrators; quarterly access reviews for the grain-trading system",
                "520 users",
            ),
        ],
        parties,
        f"{cid}|cert",
        note="Harvest readiness: seasonal accounts are created through the access package 'Harvest 2026' and expire "
        "on 30/06/2026.",
    )
    signed = g.esign(
        cert,
        cc,
        T(2026, 3, 5, 9, 41, 10),
        f"{cid}|env",
        sig_anchor="Signature:",
        date_anchor="Date:",
        date_text="05/03/2026",
        vendor="adobe",
        certificate=True,
        sender=KS_PM,
        sig_dx=70,
        sig_dy=-8,
        date_dx=40,
        date_dy=-1,
        ip="203.45.118.20",
        extra_signers=[(KS_SEC, T(2026, 3, 5, 11, 2, 10), "101.167.40.12")],
    )
    files = {"KS-GL-2026-007 Go-Live Certificate - Darling Downs Grain - signed.pdf": signed}
    claim = cpor(
        cid,
        KESTREL,
        KS_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER FOR IDENTITY", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        T(2026, 4, 2, 13, 20, 10),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_darling_downs_acrobat_sign_certificate",
        claim,
        files,
        "approve",
        "Kestrel's go-live certificate lists Defender for Identity on 6 domain controllers and 2 AD CS servers and "
        "Entra ID P2 for 520 users (risk-based Conditional Access, PIM for 22 admins, access reviews), and is "
        "e-signed through Adobe Acrobat Sign by the customer's ICT Manager on 5 March 2026 with a final audit report "
        "(transaction ID on every page): a verifiable electronic signature four weeks before submission. The "
        "certificate form is Kestrel's template (also on 5031010 and 5031042): boilerplate.",
        "Acrobat Sign final audit report: 'Document e-signed by Bronwyn McKenzie (bronwyn.mckenzie@ddgrain.com.au) "
        "Signature Date: 2026-03-05'; transaction ID on the certificate page; scope table.",
        g.cpor_ok(),
    )


def s503_010_whitsunday_viva_engage_never_mentioned() -> Bundle:
    cid = "5031010"
    cust = Org(
        "Whitsunday Marine Charters Pty Ltd",
        "Whitsunday Marine",
        "whitsundaymarine.com.au",
        "AU",
        "Airlie Beach QLD 4802",
        "Port of Airlie, 33 Port Drive",
        "#0288d1",
    )
    cc = person(cust, "Josh Tanner", "Operations & IT Manager", "josh.tanner")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Kestrel Systems", KESTREL.name, KS_PM.name, KS_PM.title),
    ]
    cert = kestrel_certificate(
        cust,
        "KS-GL-2026-019",
        D(2026, 5, 15),
        [
            (
                "Microsoft Teams",
                "Teams for 95 office and booking staff; shared iPads on 14 vessels signed in with crew accounts for "
                "140 skippers and deckhands; 'Fleet Ops' team with a channel per vessel; Teams meetings for the "
                "daily weather briefing",
                "235 users",
            ),
            (
                "SharePoint Online",
                "9 sites (fleet maintenance, safety management system, bookings, HR); migration of 410 GB from "
                "Dropbox; vessel maintenance logs as lists with offline sync on the iPads",
                "9 sites",
            ),
        ],
        parties,
        f"{cid}|cert",
    )
    inks = [
        *g.sign_inks("stacked", parties[0], 0, "19/05/2026", labels=KESTREL_LABELS),
        *g.sign_inks("stacked", parties[1], 1, "19/05/2026", labels=KESTREL_LABELS, color=g.INK_BLACK),
    ]
    page = g.render(cert, 110, inks, f"{cid}|ink")[0]
    photo = g.phone_photo(page, f"{cid}|photo", T(2026, 5, 19, 16, 48, 10), model=("Apple", "iPhone 14 Pro"))
    files = {"IMG_4471.JPG": photo}
    claim = cpor(
        cid,
        KESTREL,
        KS_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE", "VIVA ENGAGE"],
        T(2026, 6, 8, 10, 0, 10),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_whitsunday_viva_engage_never_mentioned",
        claim,
        files,
        "action_required",
        "A phone photo of Kestrel's go-live certificate, signed by hand by the customer's Operations & IT Manager on "
        "19/05/2026 (Australian day-first): a wet-ink signature, not a flat e-mail image. It supports Teams (235 "
        "users, iPads on 14 vessels) and SharePoint Online (9 sites, 410 GB migrated). The claim also includes VIVA "
        "ENGAGE, which no document mentions at all: every claimed workload must be connected to the POE, so the "
        "partner must remove it or evidence the work. Certificate form shared with Kestrel's other claims "
        "(boilerplate).",
        "IMG_4471.JPG: certificate KS-GL-2026-019 with Teams and SharePoint rows only; claim workloads add 'VIVA "
        "ENGAGE'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


POVAZSKE = Org(
    "Považské strojárne a.s.",
    "Považské strojárne",
    "povazske-strojarne.sk",
    "SK",
    "017 01 Považská Bystrica",
    "Robotnícka 2270",
    "#37474f",
)
POV_IT = person(POVAZSKE, "Peter Hudec", "Vedúci IT / Head of IT", "peter.hudec")
SK_LABELS = ("Meno / Name", "Funkcia / Title", "Podpis / Signature", "Dátum / Date")


def povazske_scan() -> tuple[bytes, bytes]:
    """Tatra Cloud's SK/EN acceptance protocol for Považské strojárne, signed, stamped and scanned sideways; and the
    customer's signature as it would be cut out of that scan."""
    if "povazske" not in _CACHE:
        parties = [
            Party("Objednávateľ / Customer", POVAZSKE.name, "Ing. " + POV_IT.name, "Vedúci IT / Head of IT"),
            Party("Dodávateľ / Supplier", TATRA.name, TC_PM.name, "Projektový manažér"),
        ]
        html = f"""
<h1>Preberací protokol / Acceptance Protocol</h1>
{
            kv(
                [
                    ("Objednávateľ / Customer", escape(POVAZSKE.name) + ", " + escape(POVAZSKE.address)),
                    ("Dodávateľ / Supplier", escape(TATRA.name) + ", " + escape(TATRA.address)),
                    ("Číslo / Ref.", "TC-PP-2026-009"),
                    ("Obdobie / Period", "09.02.2026 – 10.04.2026"),
                ]
            )
        }
{
            grid(
                ["Služba", "Service", "Rozsah / Volume"],
                [
                    (
                        "Nasadenie Microsoft Defender for Endpoint na koncové zariadenia a servery; pravidlá ASR v "
                        "režime blokovania; EDR v režime blokovania; skupiny zariadení podľa závodov",
                        "Deployment of Microsoft Defender for Endpoint to endpoints and servers; ASR rules in block "
                        "mode; EDR in block mode; device groups per plant",
                        "410 zariadení + 14 serverov / 410 devices + 14 servers",
                    ),
                    (
                        "Microsoft Defender for Office 365 P2: Safe Links, Safe Attachments, ochrana proti phishingu, "
                        "2 simulácie phishingových útokov",
                        "Microsoft Defender for Office 365 P2: Safe Links, Safe Attachments, anti-phishing policies, "
                        "2 phishing simulations (click rate 17% → 5%)",
                        "480 schránok / mailboxes",
                    ),
                ],
                [40, 40, 20],
            )
        }
<p>Objednávateľ potvrdzuje, že uvedené služby boli dodané spoločnosťou {escape(TATRA.name)} a preberá ich bez
výhrad. / The customer confirms that the services above were delivered by {escape(TATRA.name)} and accepts them
without reservation.</p>
""" + g.signoff("columns", parties, heading="Podpisy / Signatures", labels=SK_LABELS, company_label="Firma / Company")
        pdf = g.html_pdf(
            html,
            meta("Preberaci protokol TC-PP-2026-009", TC_PM.name, T(2026, 4, 14, 9, 0, 2)),
            "5031011|pp",
            style=css(TATRA.color, size=9),
            decor=g.Decor(
                TATRA, right="Preberací protokol · TC-PP-2026-009", footer=escape(TATRA.reg), accent=TATRA.color
            ),
        )
        sig = g.sign_inks("columns", parties[0], 0, "16.04.2026", labels=SK_LABELS)
        inks = [
            *sig,
            Ink(
                parties[0].name,
                "seal",
                dx=70,
                dy=0,
                h=62,
                color=(40, 60, 150),
                lines=("POVAŽSKÉ", "STROJÁRNE a.s."),
                yanchor=SK_LABELS[2],
                y_dy=-8,
                yocc=-1,
            ),
            *g.sign_inks("columns", parties[1], 1, "16.04.2026", labels=SK_LABELS, color=g.INK_BLACK),
        ]
        dpi = 150
        scan = g.scan_pdf(pdf, inks, "5031011|scan", T(2026, 4, 16, 13, 30, 2), dpi=dpi, skew=0.0, rotate=90, scanner=6)
        no, box = ink_box(pdf, sig[0], width=118)
        crop = crop_from_scan(scan, no, box, dpi, turn=90)
        _CACHE["povazske"] = (scan, crop)
    return _CACHE["povazske"]


def s503_011_povazske_protocol_scanned_sideways() -> Bundle:
    cid = "5031011"
    scan, _ = povazske_scan()
    files = {"Preberaci_protokol_TC-PP-2026-009_podpisany.pdf": scan}
    claim = cpor(
        cid,
        TATRA,
        TC_PM,
        POVAZSKE,
        POV_IT,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 5, 6, 9, 50, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_povazske_protocol_scanned_sideways",
        claim,
        files,
        "approve",
        "Slovak/English acceptance protocol with every line in both languages: Defender for Endpoint on 410 devices "
        "and 14 servers, Defender for Office 365 P2 for 480 mailboxes with two phishing simulations. Signed by the "
        "customer's Head of IT with the company's round stamp on '16.04.2026' (Slovak day-first, 16 April 2026) and "
        "scanned sideways (page rotated 90°); three weeks before submission. This customer's signature was later cut "
        "out of this very scan and pasted into claim 5031012 by another partner: this claim holds the original.",
        "Rotated scan: 'Podpis / Signature' of Ing. Peter Hudec, stamp 'POVAŽSKÉ STROJÁRNE a.s.', 'Dátum / Date "
        "16.04.2026'.",
        g.cpor_ok(),
    )


def s503_012_morava_pasted_povazske_signature() -> Bundle:
    cid = "5031012"
    _, crop = povazske_scan()
    html = f"""
<h1>Confirmation of Services</h1>
<p style="font-size:12pt">Microsoft Intune – device management for the shop-floor tablets</p>
{
        kv(
            [
                ("Customer", escape(POVAZSKE.name)),
                ("Service provider", escape(MORAVA.name)),
                ("Reference", "MC-2026-0061"),
                ("Service period", "04.05.2026 – ongoing"),
            ]
        )
    }
{
        grid(
            ["Service", "Scope"],
            [
                (
                    "Intune enrollment",
                    "Enrollment of 320 Android shop-floor tablets as dedicated devices; managed Google Play with the "
                    "MES client; Wi-Fi and certificate profiles for 3 plants",
                ),
                ("Intune operations", "Monthly compliance report; app updates for the MES client; lost-device wipe"),
            ],
            [30, 70],
        )
    }
<p>The customer confirms that Morava Cloud s.r.o. provides the services above.</p>
{
        fields(
            [
                ("Authorised signatory", "", 44),
                ("Name", f"Ing. {escape(POV_IT.name)}, Head of IT", 14),
                ("Date signed", "", 18),
            ]
        )
    }
"""
    pdf = doc_pdf(
        MORAVA,
        html,
        "Confirmation of Services MC-2026-0061",
        MC_PM.name,
        T(2026, 6, 2, 10, 0, 2),
        f"{cid}|conf",
        right="Confirmation of Services",
        footer=escape(MORAVA.name + " · " + MORAVA.reg),
    )
    pasted = g.stamp_pdf(
        pdf,
        [
            Ink("Authorised signatory", "image", dx=150, dy=2, h=34, picture=crop),
            Ink("Date signed", "hand", "02.06.2026", dx=150, dy=2, h=12, color=(0, 0, 0)),
        ],
        f"{cid}|paste",
        meta("Confirmation of Services MC-2026-0061 (signed)", MC_PM.name, T(2026, 6, 2, 10, 25, 2)),
    )
    files = {"MC-2026-0061_Confirmation_of_Services_Povazske_signed.pdf": pasted}
    claim = cpor(
        cid,
        MORAVA,
        MC_PM,
        POVAZSKE,
        POV_IT,
        "Security",
        ["INTUNE"],
        T(2026, 6, 10, 14, 5, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_morava_pasted_povazske_signature",
        claim,
        files,
        "action_required",
        "The only POE is a born-digital 'Confirmation of Services' whose 'signature' is a picture of Ing. Peter "
        "Hudec's signature cut out of the scanned Tatra Cloud acceptance protocol on claim 5031011 – same strokes, "
        "scan grain and grey scan background, even the edge of the round stamp – pasted into the signatory cell with "
        "a typed-looking date '02.06.2026'. Copying/pasting physical signatures is listed as not acceptable, and the "
        "evidence is lifted from another partner's claim; 5031011 holds the original. The Intune work described "
        "(320 shop-floor tablets) may be real, but nothing shows the customer acknowledged it. Different workload "
        "from 5031011, so not a conflict. UNSURE: given the copying, a reviewer could reject outright; leaning "
        "action_required so the partner can bring a genuine acknowledgement.",
        "Signature image on 'Authorised signatory' identical to the customer signature on 5031011's scan; the "
        "confirmation itself is a born-digital PDF.",
        {"reused_evidence": "fail", "customer_acknowledgement": "fail", "workload_match": "pass"},
    )


def s503_013_emscher_pades_signed_acceptance() -> Bundle:
    cid = "5031013"
    cust = Org(
        "Emscher Armaturen GmbH",
        "Emscher Armaturen",
        "emscher-armaturen.de",
        "DE",
        "45881 Gelsenkirchen",
        "Am Stadthafen 21",
        "#c62828",
    )
    cc = person(cust, "Frank Wilming", "Geschäftsführer / Managing Director", "f.wilming")
    html = f"""
<h1>Abnahmeprotokoll / Acceptance Record</h1>
{
        kv(
            [
                ("Kunde / Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Auftragnehmer / Contractor", escape(RHEINRUHR.name)),
                ("Projekt / Project", "RRC-2026-017 Informationsschutz / Information protection"),
                ("Zeitraum / Period", "12.01.2026 – 30.04.2026"),
            ]
        )
    }
{
        grid(
            ["Leistung", "Service", "Umfang / Volume"],
            [
                (
                    "Microsoft Purview Information Protection: 5 Vertraulichkeitsbezeichnungen, automatische "
                    "Kennzeichnung von Konstruktionszeichnungen (CAD-PDF), Verschlüsselung beim Teilen mit Lieferanten",
                    "Microsoft Purview Information Protection: 5 sensitivity labels, auto-labelling of design "
                    "drawings (CAD PDFs), encryption when sharing with suppliers",
                    "620 Benutzer / users; 40 Lieferanten / suppliers",
                ),
                (
                    "Insider Risk Management: Richtlinie 'Datendiebstahl durch ausscheidende Mitarbeitende', "
                    "HR-Konnektor, 3 Fälle gemeinsam mit HR bearbeitet",
                    "Insider Risk Management: policy 'data theft by departing employees', HR connector, 3 cases "
                    "triaged together with HR",
                    "620 Benutzer / users",
                ),
            ],
            [40, 40, 20],
        )
    }
<p>Der Kunde bestätigt die Abnahme der oben genannten Leistungen. / The customer confirms acceptance of the services
listed above.</p>
<p style="margin-top:14pt"><b>Für den Kunden / For the customer:</b></p>
<p style="height:70pt">&#160;</p>
<p>{escape(cc.name)}, Geschäftsführer / Managing Director</p>
"""
    pdf = doc_pdf(
        RHEINRUHR,
        html,
        "Abnahmeprotokoll RRC-2026-017",
        RR_SEC.name,
        T(2026, 5, 19, 16, 0, 2),
        f"{cid}|ap",
        right="Abnahmeprotokoll · RRC-2026-017",
        footer=escape(RHEINRUHR.name + " · " + RHEINRUHR.reg),
    )
    signed = g.digisign(
        pdf,
        cc,
        T(2026, 5, 20, 8, 44, 2),
        f"{cid}|sig",
        ca_name="Ruhr-Sign Qualified CA 2025",
        anchor="Für den Kunden / For the customer:",
        dy=18,
        reason="Abnahme / Acceptance",
    )
    files = {"Abnahmeprotokoll_RRC-2026-017_signiert.pdf": signed}
    claim = cpor(
        cid,
        RHEINRUHR,
        RR_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT INFORMATION PROTECTION", "INSIDER RISK MANAGER"],
        T(2026, 6, 3, 9, 25, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_emscher_pades_signed_acceptance",
        claim,
        files,
        "approve",
        "German/English acceptance record, every statement in both languages: Purview Information Protection for 620 "
        "users (5 labels, auto-labelling of CAD drawings, encryption for 40 suppliers) and Insider Risk Management "
        "(departing-employee policy, HR connector, 3 cases). Signed with a PAdES digital signature by the customer's "
        "managing director on 2026-05-20; the signature validates and covers the whole file – a verifiable "
        "electronic signature, two weeks before submission.",
        "Digital signature 'Frank Wilming', signing time 2026-05-20, document unchanged since signing.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Pampa Nuvem (BR): one Word delivery-report template; Cedar Peak (CA): one service-review deck; Hokkaido Cloud (JP)
# --------------------------------------------------------------------------------------------------------------

PAMPA_METHOD = (
    "Pampa Nuvem delivers Modern Work projects in three waves – pilot, departments, field – with a named champion "
    "per site. This report summarises the scope, the numbers at the end of the project, the timeline and the items "
    "handed over to the customer's IT team."
)


def pampa_report(
    cust: Org,
    ref: str,
    when: dt.datetime,
    scope: Sequence[tuple[str, str, str]],
    numbers: Sequence[tuple[str, str]],
    timeline: Sequence[tuple[str, str]],
    handover: Sequence[str],
) -> bytes:
    """Pampa Nuvem's Word delivery report (English for Microsoft; the same template for every customer)."""
    w = g.Word(accent="2E7D32")
    w.header(PAMPA, f"Delivery Report · {ref}")
    w.footer(f"{PAMPA.name} · {PAMPA.reg} · {PAMPA.address}")
    w.h("Delivery Report – Microsoft Teams & Microsoft 365 Apps", 0)
    w.table(
        [
            ["Customer", cust.name],
            ["Partner", PAMPA.name],
            ["Reference", ref],
            ["Report date", g.fdate(when, "gb")],
        ],
        header=False,
    )
    w.h("How we deliver", 1)
    w.p(PAMPA_METHOD)
    w.h("1. Scope", 1)
    w.table([["Workload", "Work performed", "Users / devices"], *[list(r) for r in scope]])
    w.h("2. Numbers at project end", 1)
    w.table([["Measure", "Value"], *[list(r) for r in numbers]])
    w.h("3. Timeline", 1)
    w.table([["Period", "Wave / activity"], *[list(r) for r in timeline]])
    w.h("4. Handover", 1)
    w.bullets(handover)
    return w.save(meta(f"Delivery Report {cust.short}", PN_PM.name, when))


SERRA = Org(
    "Vinícola Serra Gaúcha S.A.",
    "Serra Gaúcha",
    "vinicolaserragaucha.com.br",
    "BR",
    "Bento Gonçalves – RS, 95700-000",
    "Estrada do Vinho, km 4",
    "#880e4f",
)
SERRA_IT = person(SERRA, "Luciana Basso", "Coordenadora de TI / IT Coordinator", "luciana.basso")


def serra_acceptance_mail() -> Mail:
    ask = Mail(
        PN_PM,
        [SERRA_IT],
        "Aceite do projeto Teams e Microsoft 365 Apps",
        T(2026, 4, 27, 17, 5, -3),
        "Olá Luciana,\n\nSegue em anexo o relatório de entrega PN-DR-2026-012. Você poderia confirmar o aceite do "
        "projeto por e-mail? Se possível com um resumo em inglês, para o registro junto à Microsoft.\n\nAbraço,\n"
        "Rodrigo\n\n" + g.footer_block(PN_PM),
        lang="pt",
    )
    return Mail(
        SERRA_IT,
        [PN_PM],
        "RE: Aceite do projeto Teams e Microsoft 365 Apps",
        T(2026, 4, 28, 9, 22, -3),
        "Bom dia Rodrigo,\n\nA Vinícola Serra Gaúcha confirma que a Pampa Nuvem concluiu a implantação do Teams para "
        "os nossos 260 usuários (vinícola, engarrafamento, 3 lojas e 40 representantes) e a atualização do Microsoft "
        "365 Apps em 190 computadores. Aceitamos o projeto.\n\n— English below —\n\nVinícola Serra Gaúcha confirms "
        "that Pampa Nuvem completed the Teams rollout for our 260 users (winery, bottling, 3 stores and 40 sales "
        "reps) and the Microsoft 365 Apps upgrade on 190 computers. We accept the project.\n\nAtenciosamente,\n"
        "Luciana Basso\nTI | VSG – Vinícola Serra Gaúcha\nBento Gonçalves – RS",
        quoted=ask,
        lang="pt",
    )


def serra_eml() -> bytes:
    if "serra_eml" not in _CACHE:
        _CACHE["serra_eml"] = eml_in(serra_acceptance_mail())
    return bytes(_CACHE["serra_eml"])


def s503_014_serra_gaucha_word_report_and_bilingual_mail() -> Bundle:
    cid = "5031014"
    report = pampa_report(
        SERRA,
        "PN-DR-2026-012",
        T(2026, 4, 27, 16, 40, -3),
        [
            (
                "Microsoft Teams",
                "Teams for 260 users; 18 teams (winery, bottling line, 3 stores, sales by region); Teams on 40 sales "
                "reps' phones with Intune app protection; weekly harvest meeting in Teams",
                "260 users",
            ),
            (
                "Microsoft 365 Apps",
                "Upgrade from Office 2016 to Microsoft 365 Apps on 190 PCs; shared computer activation on the 12 "
                "store PCs; Excel add-in for the cellar management system re-tested",
                "190 PCs",
            ),
        ],
        [
            ("Users active in Teams (28 days)", "247 of 260"),
            ("PCs on Microsoft 365 Apps", "190"),
            ("Office 2016 installations left", "0"),
        ],
        [
            ("02/02/2026 – 20/02/2026", "Pilot: IT and administration (25 users)"),
            ("23/02/2026 – 27/03/2026", "Departments: winery, bottling, finance"),
            ("30/03/2026 – 24/04/2026", "Field: stores and sales reps"),
        ],
        ["VSG IT owns team creation and the Apps update channel.", "Pampa Nuvem support contract SC-112 (tier 2)."],
    )
    files = {
        "Relatorio_Entrega_PN-DR-2026-012_Serra_Gaucha.docx": report,
        "RE_ Aceite do projeto Teams e Microsoft 365 Apps.eml": serra_eml(),
    }
    claim = cpor(
        cid,
        PAMPA,
        PN_PM,
        SERRA,
        SERRA_IT,
        "Modern Work",
        ["TEAMS", "MICROSOFT 365 APPS"],
        T(2026, 5, 14, 10, 45, -3),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_serra_gaucha_word_report_and_bilingual_mail",
        claim,
        files,
        "approve",
        "Pampa's Word delivery report is specific (Teams for 260 users with 18 teams; Microsoft 365 Apps on 190 PCs; "
        "waves with dates), and the customer's IT coordinator accepts the project by e-mail from "
        "vinicolaserragaucha.com.br on 28 April 2026 – in Portuguese with an English version below, repeating the "
        "numbers. The customer signs as 'VSG – Vinícola Serra Gaúcha', its usual short name. Report template shared "
        "with 5031015 (boilerplate). The same e-mail file reappears on 5031015 for another customer: this claim holds "
        "the original (its own customer, its own domain and numbers).",
        "E-mail from luciana.basso@vinicolaserragaucha.com.br, 28 Apr 2026: 'Vinícola Serra Gaúcha confirms that "
        "Pampa Nuvem completed the Teams rollout for our 260 users … We accept the project.'",
        g.cpor_ok(email_ack=True),
        container="zip-folder",
    )


def s503_015_campos_de_cima_with_serra_mail() -> Bundle:
    cid = "5031015"
    cust = Org(
        "Laticínios Campos de Cima Ltda.",
        "Campos de Cima",
        "camposdecima.com.br",
        "BR",
        "Vacaria – RS, 95200-000",
        "Rodovia BR-116, km 32",
        "#1565c0",
    )
    cc = person(cust, "Eduardo Zanella", "Gerente Administrativo", "eduardo.zanella")
    report = pampa_report(
        cust,
        "PN-DR-2026-019",
        T(2026, 6, 5, 15, 0, -3),
        [
            (
                "Microsoft Teams",
                "Teams for 150 users; 9 teams (dairy plant, milk collection, logistics, administration); Teams on 35 "
                "milk-collection drivers' phones",
                "150 users",
            ),
            ("Microsoft 365 Apps", "Upgrade from Office 2013 to Microsoft 365 Apps on 110 PCs", "110 PCs"),
        ],
        [("Users active in Teams (28 days)", "139 of 150"), ("PCs on Microsoft 365 Apps", "110")],
        [
            ("06/04/2026 – 17/04/2026", "Pilot: administration"),
            ("20/04/2026 – 22/05/2026", "Plant and logistics"),
            ("25/05/2026 – 05/06/2026", "Drivers"),
        ],
        ["Campos de Cima administration owns Teams membership.", "Pampa Nuvem support contract SC-131 (tier 2)."],
    )
    files = {
        "Relatorio_Entrega_PN-DR-2026-019_Campos_de_Cima.docx": report,
        "Aceite do cliente - Teams e M365 Apps.eml": serra_eml(),
    }
    claim = cpor(
        cid,
        PAMPA,
        PN_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS", "MICROSOFT 365 APPS"],
        T(2026, 6, 22, 11, 30, -3),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_campos_de_cima_with_serra_gaucha_mail",
        claim,
        files,
        "action_required",
        "The delivery report is this dairy's own (150 Teams users, 110 PCs), but the only customer acknowledgement, "
        "'Aceite do cliente - Teams e M365 Apps.eml', is claim 5031014's e-mail: sent by Vinícola Serra Gaúcha's IT "
        "coordinator from vinicolaserragaucha.com.br, accepting Serra Gaúcha's project with its numbers (260 users, "
        "190 computers). It neither comes from the claim's customer domain camposdecima.com.br nor mentions this "
        "customer. 5031014 holds the original. Nothing from Campos de Cima acknowledges the work; the report itself "
        "is partner-only. Same Word template as 5031014 (boilerplate).",
        "'Aceite do cliente … .eml': From luciana.basso@vinicolaserragaucha.com.br, 'Vinícola Serra Gaúcha confirms "
        "… our 260 users' – byte-identical to 5031014's file.",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "fail",
            "reused_evidence": "fail",
            "activity_detail": "pass",
        },
    )


def s503_016_athabasca_mss_quarterly_review() -> Bundle:
    cid = "5031016"
    cust = Org(
        "Athabasca Pipeline Services Ltd.",
        "Athabasca Pipeline",
        "athabascapipeline.ca",
        "CA",
        "Edmonton, AB T5J 3N6",
        "10180 101 St NW, Suite 1400",
        "#263238",
    )
    ciso = Person(
        "Rachel Thiessen", "rthiessen@security.athabascapipeline.ca", "Chief Information Security Officer", cust
    )
    deck = cedar_deck(
        cust,
        "Q1 2026",
        [
            ("Service", "Cedar Peak MDR – Enterprise tier"),
            ("Period", "January 1 – March 31, 2026"),
            ("Endpoints / servers in MDE", "1,450 / 64"),
            ("Sentinel workspace", "law-aps-soc-prod (Canada Central)"),
        ],
        "24/7/365 SOC from Calgary and Halifax. Tier 1-3 analysts triage, investigate and respond to incidents in "
        "Microsoft Defender XDR (Defender for Endpoint, Identity, Office 365, Cloud Apps) and Microsoft Defender for "
        "Cloud; response SLA 30 minutes for high severity, around the clock; containment actions (isolate device, "
        "disable account) pre-approved by APS.",
        [
            ("High", "7", "22 min", "Credential phishing against field engineers; suspicious RDP to SCADA jump host"),
            ("Medium", "58", "1 h 40 min", "Impossible travel, malicious OAuth app consent, USB malware on plant PC"),
            ("Low", "311", "6 h", "Commodity malware blocked, vulnerable driver loaded"),
        ],
        [
            "22 data connectors, incl. SCADA firewall logs via CEF and the OT historian's syslog",
            "146 analytics rules (31 written by Cedar Peak); 38 rules tuned this quarter – false positives down 41%",
            "12 automation playbooks (isolate device, revoke sessions, open ServiceNow ticket)",
        ],
        [
            "14 hypothesis-driven hunts, e.g. living-off-the-land on SCADA jump hosts, token theft after MFA fatigue",
            "9 new custom detections in Defender XDR from hunt results",
        ],
        [
            "Monthly configuration assessment: Secure Score 58 → 71; Defender for Cloud recommendations for 3 "
            "subscriptions (27 resolved)",
            "ASR rule coverage on 1,450 endpoints; tamper protection enforced",
        ],
        ["Onboard the 2 new compressor stations", "Purple-team exercise on the SCADA network in May"],
        T(2026, 4, 14, 12, 0, -6),
        f"{cid}|deck",
    )
    m1 = Mail(
        CP_SDM,
        [ciso],
        "APS – Q1 2026 service review deck",
        T(2026, 4, 15, 8, 30, -6),
        "Hi Rachel,\n\nThanks for yesterday's review. The deck is attached; could you confirm the service summary "
        "for our records?\n\nNaomi\n\n" + g.footer_block(CP_SDM),
        attachments=[("APS Q1 2026 Service Review.pdf", deck)],
    )
    m2 = Mail(
        ciso,
        [CP_SDM],
        "RE: APS – Q1 2026 service review deck",
        T(2026, 4, 16, 7, 55, -6),
        "Naomi,\n\nConfirmed. Cedar Peak runs APS's 24/7 SOC on Defender XDR, Defender for Cloud and our Sentinel "
        "workspace: incident triage and response, Sentinel rule tuning and playbooks, the monthly hunts and the "
        "configuration reviews. The Q1 numbers in the deck match ours (7 high-severity incidents, Secure Score now "
        "71).\n\nRachel\n\n" + signature_lines(ciso, "APS | Edmonton"),
        quoted=m1,
    )
    files = {
        "APS Q1 2026 Managed Security Service Review.pdf": deck,
        "RE_ APS – Q1 2026 service review deck.eml": eml_in(m2),
    }
    claim = cpor(
        cid,
        CEDAR,
        CP_SDM,
        cust,
        ciso,
        "Security",
        ["MANAGED SECURITY SERVICES"],
        T(2026, 4, 29, 9, 10, -6),
        [(p, "poe") for p in files],
        kind="managed_security_services",
    )
    return Bundle(
        f"{cid}_athabasca_mss_quarterly_review",
        claim,
        files,
        "approve",
        "Managed security services, shown by Cedar Peak's quarterly service review deck: 24/7/365 SOC triaging and "
        "responding in Defender XDR and Defender for Cloud, Sentinel management (22 connectors, 146 rules, 38 tuned, "
        "12 playbooks), 14 hunts and 9 custom detections, monthly configuration assessments, Defender for Endpoint on "
        "1,450 endpoints – all five MSS qualifications with MDE in scope. The CISO confirms the service in writing "
        "on 16 April 2026 from security.athabascapipeline.ca – a sub-domain of the claim's domain athabascapipeline.ca "
        "– and signs as 'APS', the company's usual short name. Deck layout shared with 5031017 (boilerplate).",
        "Deck slides 'Service coverage' (24/7/365), 'Microsoft Sentinel management', 'Threat hunting'; e-mail from "
        "rthiessen@security.athabascapipeline.ca: 'Cedar Peak runs APS's 24/7 SOC on Defender XDR, Defender for "
        "Cloud and our Sentinel workspace'.",
        {**g.cpor_ok(email_ack=True), "acknowledgement_date": PASS_NA},
    )


def s503_017_okanagan_mss_business_hours_only() -> Bundle:
    cid = "5031017"
    cust = Org(
        "Okanagan Orchards Co-operative",
        "Okanagan Orchards",
        "okanaganorchards.ca",
        "CA",
        "Kelowna, BC V1Y 7R2",
        "1473 Water St",
        "#c62828",
    )
    cc = person(cust, "Devinder Gill", "IT Manager", "dgill")
    deck = cedar_deck(
        cust,
        "Q2 2026",
        [
            ("Service", "Cedar Peak MDR – Essentials tier"),
            ("Period", "April 1 – June 30, 2026"),
            ("Endpoints / servers in MDE", "380 / 12"),
            ("Sentinel workspace", "law-oo-prod (Canada Central)"),
        ],
        "Business-hours SOC (Monday–Friday 07:00–17:00 Pacific). Outside these hours, high-severity alerts from "
        "Microsoft Defender XDR are e-mailed automatically to the co-operative's on-call mailbox and reviewed by "
        "Cedar Peak the next business day. Response actions are performed by the customer's IT team.",
        [
            ("High", "2", "next business day", "Ransomware precursor blocked on packing-house PC (Saturday)"),
            ("Medium", "17", "5 h", "Suspicious inbox rule, password spray from VPN range"),
            ("Low", "96", "2 days", "Adware, potentially unwanted apps"),
        ],
        ["8 data connectors", "44 analytics rules (Microsoft templates)", "No automation playbooks in this tier"],
        ["Threat hunting is not part of the Essentials tier", "Custom detections: none this quarter"],
        ["Secure Score reviewed at the quarterly review (49 → 53)", "Defender for Endpoint on 380 endpoints"],
        ["Quote for the Enterprise tier (24/7) sent on June 20", "Harvest-season temporary devices onboarding"],
        T(2026, 7, 8, 12, 0, -7),
        f"{cid}|deck",
    )
    m1 = Mail(
        CP_SDM,
        [cc],
        "Okanagan Orchards – Q2 2026 service review",
        T(2026, 7, 9, 10, 5, -6),
        "Hi Devinder,\n\nAttached is the Q2 review deck from Tuesday. Please confirm the service summary when you "
        "have a moment.\n\nNaomi\n\n" + g.footer_block(CP_SDM),
        attachments=[("Okanagan Orchards Q2 2026 Service Review.pdf", deck)],
    )
    m2 = Mail(
        cc,
        [CP_SDM],
        "RE: Okanagan Orchards – Q2 2026 service review",
        T(2026, 7, 9, 13, 41, -7),
        "Hi Naomi,\n\nConfirmed – the deck reflects the Essentials service you run for us during business hours, "
        "and our team handles the weekend alerts. We'll come back on the 24/7 quote after harvest.\n\nDevinder\n\n"
        + signature_lines(cc),
        quoted=m1,
    )
    files = {
        "Okanagan Orchards Q2 2026 Service Review.pdf": deck,
        "RE_ Okanagan Orchards – Q2 2026 service review.msg": msg_in(m2),
    }
    claim = cpor(
        cid,
        CEDAR,
        CP_SDM,
        cust,
        cc,
        "Security",
        ["MANAGED SECURITY SERVICES"],
        T(2026, 7, 20, 9, 0, -6),
        [(p, "poe") for p in files],
        kind="managed_security_services",
    )
    return Bundle(
        f"{cid}_okanagan_mss_business_hours_only",
        claim,
        files,
        "action_required",
        "Managed security services claim, acknowledged in writing by the customer, but the service described does "
        "not meet the guide's MSS qualifications: the SOC works business hours only ('Monday–Friday 07:00–17:00'; "
        "after-hours alerts are e-mailed to the customer and reviewed the next business day, response actions done "
        "by the customer's IT) where a 24/7 SOC service is required, and the deck says threat hunting is 'not part of "
        "the Essentials tier' with no custom detections. The MANAGED SECURITY SERVICES workload is not supported by "
        "this POE. Deck layout shared with 5031016 (boilerplate).",
        "Deck slide 'Service coverage': 'Business-hours SOC (Monday–Friday 07:00–17:00 Pacific)'; 'Threat hunting is "
        "not part of the Essentials tier'; customer: 'the Essentials service you run for us during business hours'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_018_tokachi_japanese_english_certificate_hanko() -> Bundle:
    cid = "5031018"
    cust = Org(
        "Tokachi Beet Sugar Co., Ltd.",
        "Tokachi Beet Sugar",
        "tokachi-beet.co.jp",
        "JP",
        "Obihiro, Hokkaido 080-0010",
        "Odori Minami 9-chome 15",
        "#33691e",
    )
    cc = person(cust, "Kenji Watanabe", "General Manager, Information Systems (情報システム部長)", "k.watanabe")
    html = f"""
<h1 style="text-align:center">検 収 書 / Certificate of Acceptance</h1>
<p>{escape(HOKKAIDO.name)}（北海道クラウドパートナーズ株式会社）御中 / To: {escape(HOKKAIDO.name)}</p>
<p style="text-align:right">2026年3月27日 / 2026-03-27</p>
<p>件名：Teams Phone および Teams Rooms 導入 / Subject: Teams Phone and Teams Rooms deployment</p>
<p>下記の作業について検収いたしました。/ We have inspected and accepted the work below.</p>
{
        grid(
            ["項目 / Item", "内容 / Details", "数量 / Volume"],
            [
                (
                    "Teams Phone",
                    "Operator Connect による外線番号の移行、自動応答 4、通話キュー 6（てん菜受入所ごと）<br/>Numbers "
                    "ported via Operator Connect; 4 auto attendants; 6 call queues (one per beet-receiving station)",
                    "310 名 / users",
                ),
                (
                    "Teams Rooms",
                    "本社・工場の会議室に Teams Rooms を設置、Pro 管理ポータル登録<br/>Teams Rooms in head-office and "
                    "factory meeting rooms, enrolled in the Pro Management portal",
                    "12 室 / rooms",
                ),
                ("作業期間 / Period", "2026年1月13日～2026年3月19日 / 2026-01-13 to 2026-03-19", ""),
            ],
            [20, 62, 18],
        )
    }
<p style="margin-top:30pt;text-align:right">{escape(cust.name)}（十勝ビート製糖株式会社）</p>
<p style="text-align:right">情報システム部長 / General Manager, Information Systems　渡辺 健二　　印</p>
"""
    pdf = g.html_pdf(
        html,
        meta("検収書 Certificate of Acceptance", HC_PM.name, T(2026, 3, 26, 17, 0, 9)),
        f"{cid}|cert",
        style=css(size=10),
    )
    scan = g.scan_pdf(
        pdf,
        [
            Ink("印", "seal", dx=-22, dy=-24, h=62, lines=("十勝ビート", "製糖"), cjk=True),
            Ink("渡辺 健二", "sig", "Kenji Watanabe", dx=-6, dy=-30, h=26, color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 3, 27, 15, 0, 9),
        dpi=200,
        skew=0.3,
        gray=False,
        scanner=2,
    )
    files = {"検収書_TeamsPhone_TeamsRooms_十勝ビート製糖.pdf": scan}
    claim = cpor(
        cid,
        HOKKAIDO,
        HC_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        T(2026, 4, 16, 10, 0, 9),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_tokachi_bilingual_certificate_with_hanko",
        claim,
        files,
        "approve",
        "A Japanese acceptance certificate (検収書) with every line also in English: Teams Phone for 310 users "
        "(Operator Connect, 4 auto attendants, 6 call queues) and Teams Rooms in 12 rooms, work period January 13 – "
        "March 19, 2026. It carries the customer's company seal (hanko) and the General Manager's signature, dated "
        "2026年3月27日 / 2026-03-27 (year-first), three weeks before submission. A hanko seal is how Japanese "
        "companies sign; the English lines meet the language requirement.",
        "Scan: red seal '十勝ビート 製糖', signature over '渡辺 健二', date '2026年3月27日 / 2026-03-27'.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Caribe Nube (PR): public-sector customers, the shared disclosure wording, a pasted disclosure signature
# --------------------------------------------------------------------------------------------------------------

PUNTA_BRAVA = Org(
    "Municipio Autónomo de Punta Brava",
    "Punta Brava",
    "puntabrava.pr.gov",
    "PR",
    "Punta Brava, PR 00683",
    "Calle Comercio 10, Casa Alcaldía",
    "#006064",
)
PB_CIO = person(PUNTA_BRAVA, "Ángel Rosario Quiñones", "Director de Sistemas de Información / CIO", "arosario")
PB_ADMIN = person(PUNTA_BRAVA, "Marisol Vélez Torres", "Administradora Municipal / Municipal Administrator", "mvelez")


def punta_brava_psd_scan() -> tuple[bytes, bytes]:
    """Punta Brava's disclosure for the Security claim, signed in ink and sealed; and the administrator's signature
    as it would be cut out of that scan."""
    if "pb_psd" not in _CACHE:
        psd = psd_pdf(
            CARIBE,
            PUNTA_BRAVA,
            "Microsoft Defender for Endpoint and Defender for Office 365 usage – CPOR",
            "the applicable Security usage incentive",
            D(2026, 5, 19),
            "5031019|psd",
        )
        inks = psd_inks(
            PB_ADMIN.name, "Administradora Municipal", "05/21/2026", seal=("MUNICIPIO AUTÓNOMO", "DE PUNTA BRAVA")
        )
        dpi = 150
        scan = g.scan_pdf(psd, inks, "5031019|psdscan", T(2026, 5, 21, 11, 0, -4), dpi=dpi, skew=0.0, scanner=5)
        no, box = ink_box(psd, inks[2], width=140)
        crop = crop_from_scan(scan, no, box, dpi)
        _CACHE["pb_psd"] = (scan, crop)
    return _CACHE["pb_psd"]


def caribe_signed_report(
    cust: Org,
    ref: str,
    day: dt.date,
    summary_es: str,
    summary_en: str,
    rows: Sequence[tuple[str, str, str]],
    signer: Person,
    date_text: str,
    seed: str,
    when: dt.datetime,
) -> bytes:
    parties = [
        Party("Cliente / Customer", cust.name, signer.name, signer.title.split(" / ")[-1]),
        Party("Proveedor / Partner", CARIBE.name, CN_PM.name, "Project Manager"),
    ]
    report = caribe_report(cust, ref, day, summary_es, summary_en, rows, parties, seed)
    page = g.page_of(report, "Aceptación / Acceptance")
    return g.with_scanned_pages(
        report,
        [page],
        [
            *g.sign_inks("rows", parties[0], 0, date_text, page=page),
            *g.sign_inks("rows", parties[1], 1, date_text, color=g.INK_BLACK, page=page),
        ],
        seed + "|scan",
        when,
        meta(f"Informe de Cierre {cust.short} (firmado)", CN_PM.name, when + dt.timedelta(hours=3)),
        dpi=150,
        skew=0.6,
        scanner=5,
    )


def s503_019_punta_brava_security_with_signed_disclosure() -> Bundle:
    cid = "5031019"
    report = caribe_signed_report(
        PUNTA_BRAVA,
        "CN-IC-2026-008",
        D(2026, 5, 18),
        "Caribe Nube desplegó Microsoft Defender for Endpoint en 520 equipos y 30 servidores (Casa Alcaldía, Policía "
        "Municipal, Manejo de Emergencias) y Defender for Office 365 Plan 2 para 610 buzones.",
        "Caribe Nube deployed Microsoft Defender for Endpoint on 520 devices and 30 servers (City Hall, Municipal "
        "Police, Emergency Management) and Defender for Office 365 Plan 2 for 610 mailboxes.",
        [
            (
                "Defender for Endpoint",
                "Incorporación de 520 equipos y 30 servidores; reglas ASR en bloqueo; EDR en bloqueo; grupos por "
                "dependencia / Onboarding of 520 devices and 30 servers; ASR rules in block mode; EDR in block mode; "
                "device groups per department",
                "520 + 30",
            ),
            (
                "Defender for Office 365",
                "Safe Links, Safe Attachments, anti-phishing; 2 simulaciones de phishing / 2 phishing simulations "
                "(click rate 19% → 6%)",
                "610 buzones / mailboxes",
            ),
        ],
        PB_CIO,
        "05/21/2026",
        f"{cid}|rep",
        T(2026, 5, 21, 10, 30, -4),
    )
    psd_scan, _ = punta_brava_psd_scan()
    files = {
        "Informe_Cierre_CN-IC-2026-008_Punta_Brava_firmado.pdf": report,
        "PSD_Punta_Brava_Seguridad_firmado.pdf": psd_scan,
    }
    claim = cpor(
        cid,
        CARIBE,
        CN_PM,
        PUNTA_BRAVA,
        PB_CIO,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 6, 4, 14, 20, -4),
        [
            ("Informe_Cierre_CN-IC-2026-008_Punta_Brava_firmado.pdf", "poe"),
            ("PSD_Punta_Brava_Seguridad_firmado.pdf", "public_sector_disclosure"),
        ],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_punta_brava_security_with_signed_disclosure",
        claim,
        files,
        "approve",
        "Puerto Rico municipality (government, public sector) on a Security usage claim: partners may earn usage "
        "incentives there provided the fee disclosure is made in writing and acknowledged by the customer in writing. "
        "The standard disclosure is signed in ink by the Municipal Administrator on 05/21/2026 with the municipal "
        "seal, and the bilingual closure report (every line also in English; 520 devices + 30 servers in MDE, 610 "
        "mailboxes in MDO P2) is signed by the municipality's CIO the same day. Disclosure wording shared with every "
        "public-sector claim (boilerplate). The administrator's signature was later cut out of this very disclosure "
        "scan and pasted into 5031020's disclosure: this claim holds the original.",
        "PSD scan: acknowledgement signed by Marisol Vélez Torres, seal 'MUNICIPIO AUTÓNOMO DE PUNTA BRAVA', "
        "05/21/2026; report acceptance signed by Ángel Rosario Quiñones.",
        g.cpor_ok(ps=True),
    )


def s503_020_punta_brava_modern_work_pasted_disclosure_signature() -> Bundle:
    cid = "5031020"
    report = caribe_signed_report(
        PUNTA_BRAVA,
        "CN-IC-2026-015",
        D(2026, 7, 6),
        "Caribe Nube implantó Microsoft Teams para 610 empleados municipales y migró 1.4 TB de carpetas compartidas a "
        "SharePoint Online (18 sitios por dependencia).",
        "Caribe Nube rolled out Microsoft Teams to 610 municipal employees and migrated 1.4 TB of shared folders to "
        "SharePoint Online (18 department sites).",
        [
            (
                "Teams",
                "610 usuarios, 37 equipos, reuniones de la Legislatura Municipal / 610 users, 37 teams, Municipal "
                "Legislature meetings in Teams",
                "610",
            ),
            (
                "SharePoint Online",
                "Migración de 1.4 TB a 18 sitios; intranet 'Mi Municipio' / 1.4 TB migrated to 18 sites; 'Mi "
                "Municipio' intranet",
                "18 sitios / sites",
            ),
        ],
        PB_CIO,
        "07/09/2026",
        f"{cid}|rep",
        T(2026, 7, 9, 9, 45, -4),
    )
    _, crop = punta_brava_psd_scan()
    psd = psd_pdf(
        CARIBE,
        PUNTA_BRAVA,
        "Microsoft Teams and SharePoint Online usage – CPOR",
        "the applicable Modern Work usage incentive",
        D(2026, 7, 8),
        f"{cid}|psd",
    )
    psd = typed_fields(
        psd,
        [("Name", 0, PB_ADMIN.name), ("Title", 0, "Administradora Municipal"), ("Date", 1, "07/09/2026")],
        f"{cid}|psdf",
    )
    pasted = g.stamp_pdf(
        psd,
        [Ink("Signature", "image", dx=146, dy=2, h=36, occurrence=0, picture=crop)],
        f"{cid}|paste",
        meta("Public Sector Disclosure Punta Brava", CN_PM.name, T(2026, 7, 9, 12, 10, -4)),
    )
    files = {
        "Informe_Cierre_CN-IC-2026-015_Punta_Brava_firmado.pdf": report,
        "PSD_Punta_Brava_Teams_SharePoint.pdf": pasted,
    }
    claim = cpor(
        cid,
        CARIBE,
        CN_PM,
        PUNTA_BRAVA,
        PB_CIO,
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 7, 20, 10, 0, -4),
        [
            ("Informe_Cierre_CN-IC-2026-015_Punta_Brava_firmado.pdf", "poe"),
            ("PSD_Punta_Brava_Teams_SharePoint.pdf", "public_sector_disclosure"),
        ],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_punta_brava_pasted_disclosure_signature",
        claim,
        files,
        "action_required",
        "Same municipality, Modern Work this time. The closure report is genuinely signed by the CIO on 07/09/2026 "
        "(610 Teams users, 1.4 TB to 18 SharePoint sites). But the disclosure is a born-digital PDF with typed name "
        "and date whose 'signature' is an image of the Municipal Administrator's signature cut from the scanned "
        "disclosure of claim 5031019 (same strokes, scan grain and grey scan background). Copying/pasting "
        "physical signatures is not acceptable, so this disclosure is not acknowledged by the customer in writing; "
        "5031019 holds the original. The partner must obtain a genuine acknowledgement of this disclosure.",
        "'PSD_Punta_Brava_Teams_SharePoint.pdf': typed 'Marisol Vélez Torres', '07/09/2026', signature image "
        "identical to the one on 5031019's scanned disclosure.",
        {
            "public_sector": "fail",
            "reused_evidence": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
        },
    )


def s503_021_hospital_del_valle_no_disclosure() -> Bundle:
    cid = "5031021"
    cust = Org(
        "Hospital Comunitario del Valle, Inc.",
        "Hospital del Valle",
        "hospitaldelvalle.org",
        "PR",
        "San Germán, PR 00683",
        "Carr. 102 km 2.4",
        "#ad1457",
    )
    cio = person(cust, "Dr. Luis Acevedo Ramos", "Director de Informática / CIO", "lacevedo")
    report = caribe_signed_report(
        cust,
        "CN-IC-2026-021",
        D(2026, 8, 10),
        "Caribe Nube migró 780 buzones del Exchange local a Exchange Online y desplegó Teams para el personal clínico "
        "y administrativo, con Teams en 120 dispositivos compartidos de enfermería.",
        "Caribe Nube migrated 780 mailboxes from on-premises Exchange to Exchange Online and rolled out Teams to "
        "clinical and administrative staff, with Teams on 120 shared nursing devices.",
        [
            (
                "Exchange Online",
                "Migración híbrida de 780 buzones; 40 buzones compartidos (admisiones, farmacia, laboratorio) / "
                "Hybrid migration of 780 mailboxes; 40 shared mailboxes (admissions, pharmacy, laboratory)",
                "780 + 40",
            ),
            (
                "Teams",
                "Teams para 780 usuarios; 120 dispositivos compartidos en enfermería; guardias en Shifts / Teams for "
                "780 users; 120 shared nursing devices; on-call rotas in Shifts",
                "780",
            ),
        ],
        cio,
        "08/13/2026",
        f"{cid}|rep",
        T(2026, 8, 13, 14, 0, -4),
    )
    files = {"Informe_Cierre_CN-IC-2026-021_Hospital_del_Valle_firmado.pdf": report}
    claim = cpor(
        cid,
        CARIBE,
        CN_PM,
        cust,
        cio,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 8, 27, 11, 0, -4),
        [(p, "poe") for p in files],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_hospital_del_valle_no_disclosure",
        claim,
        files,
        "action_required",
        "A Puerto Rico hospital: healthcare is public sector under the guide, and the claim is a Modern Work usage "
        "claim, so the partner must disclose its potential Microsoft compensation in writing and the customer must "
        "acknowledge it in writing. No disclosure is uploaded. The bilingual closure report itself is detailed (780 "
        "mailboxes, Teams for 780 users and 120 shared devices) and signed by the hospital's CIO on 08/13/2026.",
        "customer.segment public_sector, country PR, Modern Work usage; no public_sector_disclosure document and no "
        "disclosure text in the closure report.",
        {
            "public_sector": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "document_language": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Ganges Digital (IN): one completion-certificate form; Helix Dynamics / Quayside Apps (GB); Guadalquivir (ES)
# --------------------------------------------------------------------------------------------------------------


def ganges_inks(parties: Sequence[Party], date_text: str, seal: tuple[str, ...] = ()) -> list[Ink]:
    inks = [*g.sign_inks("stacked", parties[0], 0, date_text, labels=GANGES_LABELS)]
    if seal:
        inks.append(Ink("Signature:", "seal", dx=250, dy=-14, h=62, occurrence=0, color=(52, 64, 150), lines=seal))
    inks += g.sign_inks("stacked", parties[1], 1, date_text, labels=GANGES_LABELS, color=g.INK_BLACK)
    return inks


def s503_022_udupi_cashew_engagement_ended() -> Bundle:
    cid = "5031022"
    cust = Org(
        "Udupi Cashew Exporters Pvt. Ltd.",
        "Udupi Cashew",
        "udupicashew.com",
        "IN",
        "Udupi 576101, Karnataka",
        "Plot 14, Industrial Area, Shivalli",
        "#8d6e63",
    )
    cc = person(cust, "Prakash Shenoy", "Director – Finance & IT", "prakash.shenoy")
    html = f"""
<table><tr><td style="border:none;width:300pt"><h1 style="color:#8d6e63">Udupi Cashew Exporters Pvt. Ltd.</h1>
<p class="small">Processors &amp; exporters of cashew kernels since 1987</p></td>
<td style="border:none;text-align:right;width:160pt" class="small">Plot 14, Industrial Area, Shivalli<br/>
Udupi 576101, Karnataka<br/>udupicashew.com</td></tr></table>
<p>Date: 16-02-2026</p>
<p><b>TO WHOM IT MAY CONCERN</b></p>
<p>This is to certify that Ganges Digital Services Pvt. Ltd., Bengaluru implemented Microsoft Intune for our
organisation between October 2024 and February 2025. The work covered:</p>
{
        ul(
            [
                "Windows Autopilot and compliance policies for 260 laptops used by our export, finance and "
                "procurement teams;",
                "enrolment of 90 Android tablets on the grading and packing lines in kiosk mode;",
                "handover of the Intune console to our IT staff in February 2025.",
            ]
        )
    }
<p>Ganges Digital's support contract with us ended on 31 March 2025. Since April 2025 device management has been
handled by our in-house IT team, and Ganges Digital has no ongoing role in our Microsoft environment.</p>
<p>This letter is issued at the request of Ganges Digital Services as a project reference.</p>
<p style="margin-top:34pt">For Udupi Cashew Exporters Pvt. Ltd.</p>
<p style="margin-top:40pt">Prakash Shenoy<br/>Director – Finance &amp; IT</p>
"""
    pdf = g.html_pdf(
        html, meta("Reference letter", cc.name, T(2026, 2, 16, 11, 0, 5.5)), f"{cid}|letter", style=css("#8d6e63")
    )
    scan = g.scan_pdf(
        pdf,
        [
            Ink("Prakash Shenoy", "sig", cc.name, dx=0, dy=-36, h=30, occurrence=0),
            Ink(
                "For Udupi Cashew",
                "seal",
                dx=240,
                dy=-10,
                h=70,
                color=(52, 64, 150),
                lines=("UDUPI CASHEW", "EXPORTERS PVT LTD"),
            ),
        ],
        f"{cid}|scan",
        T(2026, 2, 17, 10, 0, 5.5),
        dpi=150,
        skew=0.9,
        scanner=4,
    )
    files = {"Udupi_Cashew_Reference_Letter_Intune.pdf": scan}
    claim = cpor(
        cid,
        GANGES,
        GD_AM,
        cust,
        cc,
        "Security",
        ["INTUNE"],
        T(2026, 3, 4, 12, 10, 5.5),
        [(p, "poe") for p in files],
    )
    RULE_ONLY[cid] = "the customer states the partner has no ongoing role"
    return Bundle(
        f"{cid}_udupi_cashew_engagement_ended",
        claim,
        files,
        "reject",
        "A usage association recognises the partner that is actively managing or supporting the customer's "
        "workload. The only POE is a signed and sealed reference letter (16-02-2026) in which the customer certifies "
        "an Intune project that ended in February 2025 and states that Ganges Digital's support contract ended on 31 "
        "March 2025 and that 'Ganges Digital has no ongoing role in our Microsoft environment'. The work described "
        "is more than 12 months old and the customer itself denies any active engagement, so no further POE can "
        "support the claim. UNSURE: a reviewer could return it as action_required asking for proof of current work; "
        "leaning reject because the customer's own statement rules it out.",
        "Letter: 'Ganges Digital's support contract with us ended on 31 March 2025 … has no ongoing role in our "
        "Microsoft environment'; 'issued … as a project reference'.",
        {
            "partner_customer_names": "pass",
            "ineligible_customer": "pass",
            "workload_match": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_023_mangaluru_coffee_gmail_acknowledgement() -> Bundle:
    cid = "5031023"
    cust = Org(
        "Mangaluru Coffee Curing Works Pvt. Ltd.",
        "Mangaluru Coffee",
        "mangalurucoffee.in",
        "IN",
        "Mangaluru 575001, Karnataka",
        "Bunder Road, Old Port",
        "#4e342e",
    )
    gm_work = person(cust, "Ramesh Kamath", "General Manager", "ramesh.kamath")
    gm = Person("Ramesh Kamath", "ramesh.kamath.mcc@gmail.com", "General Manager", cust)
    parties = [
        Party("Customer – " + cust.name, cust.name, gm.name, gm.title),
        Party("Partner – " + GANGES.name, GANGES.name, GD_PM.name, GD_PM.title),
    ]
    cert = ganges_certificate(
        cust,
        "GDS/PCC/2026/031",
        D(2026, 6, 12),
        [
            (
                "Exchange Online",
                "Migration of 140 mailboxes from the hosting provider; 5 shared mailboxes (exports, curing works, "
                "accounts); mail flow for the port agents' notices",
                "140 + 5 mailboxes",
            ),
            (
                "Microsoft Teams",
                "Teams for 140 staff; teams per curing unit and export desk; Teams meetings with the 3 overseas "
                "buying agents",
                "140 users",
            ),
        ],
        parties,
        f"{cid}|cert",
    )
    ask = Mail(
        GD_PM,
        [gm_work],
        "Completion certificate – Exchange Online & Teams",
        T(2026, 6, 15, 10, 20, 5.5),
        "Dear Sir,\n\nPlease find attached the completion certificate for the Exchange Online and Teams project. "
        "Kindly sign and return, or confirm by reply mail.\n\nRegards,\nHarish Nayak\n\n" + g.footer_block(GD_PM),
        attachments=[("GDS-PCC-2026-031.pdf", cert)],
    )
    reply = Mail(
        gm,
        [GD_PM],
        "Re: Completion certificate – Exchange Online & Teams",
        T(2026, 6, 18, 21, 47, 5.5),
        "Dear Harish,\n\nTravelling this week, replying from my personal id. We confirm that Ganges has completed the "
        "Exchange Online migration and Teams for our 140 staff, all working fine from the curing units and the "
        "export desk.\n\nRegards,\nRamesh Kamath\nGeneral Manager, Mangaluru Coffee Curing Works\n\nSent from my "
        "iPhone",
        quoted=ask,
        style="gmail",
        mailer="iPhone Mail (21F90)",
    )
    files = {
        "GDS-PCC-2026-031_Completion_Certificate.pdf": cert,
        "Re_ Completion certificate – Exchange Online & Teams.msg": msg_in(reply),
    }
    claim = cpor(
        cid,
        GANGES,
        GD_PM,
        cust,
        gm_work,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 7, 1, 15, 0, 5.5),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_mangaluru_coffee_gmail_acknowledgement",
        claim,
        files,
        "action_required",
        "The completion certificate is specific (140 mailboxes, Teams for 140 staff) but its signature blocks are "
        "empty. The only acknowledgement is the General Manager's reply from a personal Gmail address "
        "(ramesh.kamath.mcc@gmail.com) – 'replying from my personal id'. The guide requires the customer domain to "
        "be correct whatever the format; a webmail address cannot be tied to mangalurucoffee.in. The partner must "
        "provide an acknowledgement from the customer's domain or a signed certificate.",
        "Certificate sign-off cells blank; .msg from ramesh.kamath.mcc@gmail.com (Received via google.com) to "
        "harish.nayak@gangesdigital.in.",
        {
            "customer_domain": "fail",
            "customer_acknowledgement": ["fail", "warn"],
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_024_ganges_claims_its_own_tenant() -> Bundle:
    cid = "5031024"
    cio = person(GANGES, "Vivek Rao", "Chief Information Officer", "vivek.rao")
    parties = [
        Party("Customer – Ganges Digital Services (Internal IT)", GANGES.name, cio.name, cio.title),
        Party("Delivery – Modern Work Practice", GANGES.name, GD_PM.name, GD_PM.title),
    ]
    cert = ganges_certificate(
        GANGES,
        "GDS/PCC/2026/004",
        D(2026, 1, 30),
        [
            (
                "Microsoft Teams",
                "Teams Phone-free Teams rollout for 1,150 employees in Bengaluru, Pune and Kochi; 64 practice teams",
                "1,150 users",
            ),
            (
                "Microsoft 365 Copilot",
                "Copilot licences for 300 consultants; data-access review of 48 SharePoint sites; 6 prompt-a-thons",
                "300 users",
            ),
        ],
        parties,
        f"{cid}|cert",
        note="Internal project: Ganges Digital's own Microsoft 365 tenant (gangesdigital.in).",
    )
    scan = g.scan_pdf(
        cert, ganges_inks(parties, "02-02-2026"), f"{cid}|scan", T(2026, 2, 2, 16, 0, 5.5), dpi=150, skew=0.4, scanner=3
    )
    files = {"GDS-PCC-2026-004_Internal_Completion_Certificate.pdf": scan}
    claim = cpor(
        cid,
        GANGES,
        GD_AM,
        GANGES,
        cio,
        "Modern Work",
        ["TEAMS", "MICROSOFT 365 COPILOT"],
        T(2026, 2, 18, 11, 0, 5.5),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_ganges_claims_its_own_tenant",
        claim,
        files,
        "reject",
        "The customer is the claiming partner itself: customer name, domain (gangesdigital.in) and the certificate's "
        "'Internal project: Ganges Digital's own Microsoft 365 tenant' all point to Ganges Digital Services, and both "
        "signatures are Ganges employees. Incentives are not paid for services where the partner itself is the end "
        "customer. The certificate form is Ganges' template (boilerplate).",
        "Certificate: 'Customer: Ganges Digital Services Pvt. Ltd.', 'Internal project: Ganges Digital's own "
        "Microsoft 365 tenant'; claim customer.domain gangesdigital.in = partner domain.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def s503_025_pennine_presales_before_transaction() -> Bundle:
    cid = "5031025"
    cust = Org(
        "Pennine Building Products Ltd",
        "Pennine BP",
        "penninebp.co.uk",
        "GB",
        "Huddersfield HD2 1YF",
        "Leeds Road Industrial Park",
        "#5d4037",
    )
    sd = person(cust, "Alan Firth", "Sales Director", "alan.firth")
    it = person(cust, "Karen Holroyd", "Head of IT", "karen.holroyd")
    w = g.Word(accent="283593")
    w.header(HELIX, "Discovery workshop notes")
    w.footer("Helix Dynamics Consulting Ltd · 3 Wellington Place, Leeds · Confidential")
    w.h("Dynamics 365 Sales – discovery workshop", 0)
    w.table(
        [
            ["Customer", cust.name],
            ["Date", "20 January 2026, Pennine BP head office, Huddersfield"],
            [
                "Attendees",
                "Alan Firth (Sales Director), Karen Holroyd (Head of IT), 3 area sales managers; "
                "Gareth Pryce, Sophie Lambert (Helix)",
            ],
        ],
        header=False,
    )
    w.h("Today", 1)
    w.bullets(
        [
            "45 sellers (area sales managers and internal sales) manage builders' merchant accounts in Excel and "
            "Outlook; no shared pipeline.",
            "Quotes built in Excel and re-keyed into Sage 200 as orders; 2-3 day turnaround on project quotes.",
            "No view of merchant rebates by account; forecast compiled by hand each month.",
        ]
    )
    w.h("Agreed next steps", 1)
    w.bullets(
        [
            "Helix to run a tailored Dynamics 365 Sales demo on 10 February with Pennine's own merchant data.",
            "3-week pilot with 8 area sales managers (23 February – 13 March) in a Helix trial environment.",
            "Decision on licences by end of March (quarter end).",
        ]
    )
    notes = w.save(meta("Discovery workshop notes – Pennine BP", HX_PM.name, T(2026, 1, 21, 9, 30, 0)))
    deck = g.slides_pdf(
        HELIX,
        [
            (
                "Dynamics 365 Sales for Pennine Building Products",
                "<p>Tailored demo – 10 February 2026</p><p>Gareth Pryce, Solution Architect · Helix Dynamics</p>",
            ),
            (
                "Your merchant pipeline",
                ul(
                    [
                        "Accounts and depots for 1,200 builders' merchants",
                        "Opportunities for housing-developer projects with stage gates",
                        "Rebate tiers visible on the account form",
                    ]
                ),
            ),
            (
                "Quote to order",
                ul(
                    [
                        "Quotes from the product catalogue (4,300 SKUs)",
                        "Approval for discounts over 12%",
                        "Order created in Sage 200 via integration",
                    ]
                ),
            ),
            (
                "Pilot plan",
                ul(
                    [
                        "8 area sales managers, 23 Feb – 13 Mar",
                        "Success: quote turnaround under 1 day",
                        "Weekly check-in with Alan Firth",
                    ]
                ),
            ),
        ],
        meta("Pennine BP – Dynamics 365 Sales demo", HX_SA.name, T(2026, 2, 9, 17, 0, 0), g.PPT),
        f"{cid}|deck",
        footer="Helix Dynamics Consulting Ltd · Pennine BP demo · 10 February 2026",
    )
    m1 = Mail(
        HX_PM,
        [sd],
        "Pilot wrap-up and next steps",
        T(2026, 3, 13, 16, 20, 0),
        "Hi Alan,\n\nThanks to you and the eight ASMs for the pilot. Could you let us know where Pennine has landed "
        "on the decision?\n\nBest regards,\nSophie\n\n" + g.footer_block(HX_PM),
    )
    m2 = Mail(
        sd,
        [HX_PM],
        "RE: Pilot wrap-up and next steps",
        T(2026, 3, 16, 8, 51, 0),
        "Sophie,\n\nFollowing your discovery workshop in January, the demo on 10 February with our own merchant data "
        "and the three-week pilot with eight of my area sales managers (quotes are going out in under a day now), "
        "we have decided to go ahead with Dynamics 365 Sales for the whole 45-strong sales team, with Helix as our "
        "implementation partner. Karen will order the licences through our CSP at quarter end.\n\nAlan\n\n"
        + signature_lines(sd, "Pennine BP | Huddersfield"),
        cc=[it],
        quoted=m1,
    )
    files = {
        "01 Discovery workshop notes 2026-01-20.docx": notes,
        "02 Pennine BP - D365 Sales demo 2026-02-10.pdf": deck,
        "03 RE_ Pilot wrap-up and next steps.msg": msg_in(m2),
    }
    claim = cpor(
        cid,
        HELIX,
        HX_PM,
        cust,
        sd,
        "Business Applications",
        ["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        T(2026, 4, 14, 10, 15, 1),
        [(p, "poe") for p in files],
        kind="pre_sales",
        transaction=D(2026, 3, 31),
    )
    return Bundle(
        f"{cid}_pennine_presales_before_transaction",
        claim,
        files,
        "approve",
        "Pre-sales claim: the guide asks for proof of engagement with the customer before the transaction "
        "(2026-03-31), such as an e-mail of the customer acknowledging demos or pilots in depth. The discovery notes "
        "(20 January), the tailored demo deck (10 February) and the Sales Director's e-mail of 16 March 2026 from "
        "penninebp.co.uk – recounting the workshop, the demo with their merchant data and the 3-week pilot with 8 "
        "sellers, and naming Helix as partner – all predate the transaction. The customer writes its name as "
        "'Pennine BP'.",
        "E-mail from alan.firth@penninebp.co.uk, 16 Mar 2026: 'Following your discovery workshop in January, the "
        "demo on 10 February … and the three-week pilot … go ahead with Dynamics 365 Sales'.",
        g.cpor_ok(email_ack=True),
    )


THAMES = Org(
    "Thames Gateway Recycling Ltd",
    "TGR",
    "tgrecycling.co.uk",
    "GB",
    "Tilbury RM18 7HX",
    "Dock Road, Tilbury Freeport",
    "#2e7d32",
)
TGR_OPS = person(THAMES, "Mark Pettifer", "Operations Director", "mark.pettifer")


def s503_026_thames_gateway_helix_loses_conflict() -> Bundle:
    cid = "5031026"
    parties = [
        Party("Customer", THAMES.name, TGR_OPS.name, TGR_OPS.title),
        Party("Partner", HELIX.name, HX_SA.name, HX_SA.title),
    ]
    html = f"""
<h1>Go-Live Sign-off</h1>
<p style="font-size:12pt">Dynamics 365 Customer Service – {escape(THAMES.name)}</p>
{
        kv(
            [
                ("Project", "HDX-2025-044"),
                ("Go-live", "16 June 2025"),
                ("Users", "60 customer service agents, 8 team leaders"),
            ]
        )
    }
{
        grid(
            ["Area", "Delivered"],
            [
                (
                    "Case management",
                    "Cases for 9,000 commercial collection customers; SLAs for missed collections "
                    "(24 h) and skip exchanges (48 h); 4 queues by region",
                ),
                ("Channels", "E-mail-to-case for 3 mailboxes; customer portal for bin exchanges"),
                ("Knowledge", "210 knowledge articles migrated from the old intranet"),
                ("Reporting", "Power BI dashboard for missed-collection trends by round"),
            ],
            [26, 74],
        )
    }
<p>The customer confirms that the solution above is live and accepts the implementation by Helix Dynamics.</p>
""" + g.signoff("rows", parties, heading="Sign-off")
    pdf = doc_pdf(
        HELIX,
        html,
        "Go-Live Sign-off HDX-2025-044",
        HX_SA.name,
        T(2025, 6, 16, 17, 0, 1),
        f"{cid}|gl",
        right="Go-Live Sign-off",
    )
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("rows", parties[0], 0, "18/06/2025"),
            *g.sign_inks("rows", parties[1], 1, "18/06/2025", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2025, 6, 18, 12, 0, 1),
        dpi=150,
        skew=-0.5,
        scanner=2,
    )
    files = {"HDX-2025-044 Go-Live Sign-off TGR (signed).pdf": scan}
    claim = cpor(
        cid,
        HELIX,
        HX_SA,
        THAMES,
        TGR_OPS,
        "Business Applications",
        ["DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        T(2026, 5, 12, 14, 30, 1),
        [(p, "poe") for p in files],
    )
    RULE_ONLY[cid] = "conflict lost to 5031027"
    return Bundle(
        f"{cid}_thames_gateway_helix_loses_conflict",
        claim,
        files,
        "reject",
        "Conflicting claim with 5031027 (Quayside Apps, same customer, same Dynamics 365 Customer Service "
        "subscription). Helix's go-live sign-off is genuine and detailed, signed on 18/06/2025 – just within 12 months "
        "of submission (2026-05-12) – but it records an implementation that ended at go-live. Quayside's claim shows "
        "a managed-service schedule signed in December 2025, a March 2026 service report and the customer's "
        "Operations Director writing that Quayside has been the Dynamics 365 partner since 1 January 2026 and that "
        "the support arrangement with Helix ended on 31 December 2025. Only one partner can be partner of record for "
        "the subscription; the one driving current influence is Quayside. Not approved.",
        "Go-Live Sign-off 'Go-live 16 June 2025', signed 18/06/2025; no later engagement in the bundle.",
        {
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "acknowledgement_date": "pass",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_027_thames_gateway_quayside_managed_service() -> Bundle:
    cid = "5031027"
    html = f"""
<h1>Schedule 2 – Managed Service: Dynamics 365 Customer Service</h1>
<p>Under the Framework Services Agreement between {escape(QUAYSIDE.name)} and {escape(THAMES.name)}.</p>
{
        kv(
            [
                ("Service start", "1 January 2026"),
                ("Term", "24 months"),
                ("Environment", "TGR Production (Dynamics 365 Customer Service), 60 agents, 8 team leaders"),
            ]
        )
    }
{
        grid(
            ["Service element", "Scope"],
            [
                ("Application support", "Incident and request handling for 68 users, 08:00–18:00 UK, P1 response 1 h"),
                ("Administration", "Queues, routing rules, SLAs, security roles, release-wave testing"),
                ("Enhancements", "Up to 20 days per quarter from the agreed backlog"),
                ("Service review", "Monthly report and review with the Operations Director"),
            ],
            [30, 70],
        )
    }
<p style="margin-top:16pt"><b>Signed for {escape(THAMES.name)}:</b></p>
<p style="height:40pt">&#160;</p>
<p>{escape(TGR_OPS.name)}, {escape(TGR_OPS.title)} &#160;&#160;&#160; Date:</p>
"""
    sched = doc_pdf(
        QUAYSIDE,
        html,
        "Schedule 2 Managed Service TGR",
        QA_PM.name,
        T(2025, 12, 12, 11, 0, 0),
        f"{cid}|sched",
        right="Managed Service Schedule",
    )
    sched = g.esign(
        sched,
        TGR_OPS,
        T(2025, 12, 15, 10, 4, 0),
        f"{cid}|env",
        sig_anchor=f"Signed for {THAMES.name}:",
        sig_dx=10,
        sig_dy=18,
        date_anchor="Date:",
        date_text="15 December 2025",
        date_dx=30,
        date_dy=-1,
        vendor="docusign",
        certificate=True,
        sender=QA_PM,
        ip="81.134.22.190",
    )
    report = findings_report(
        QUAYSIDE,
        "Monthly Service Report – March 2026",
        [
            ("Customer", THAMES.name),
            ("Service", "Managed Service – Dynamics 365 Customer Service"),
            ("Period", "1–31 March 2026"),
        ],
        [
            (
                "Support",
                grid(
                    ["Priority", "Tickets", "Within SLA"],
                    [("P1", "1", "100%"), ("P2", "9", "100%"), ("P3/P4", "47", "96%")],
                    [30, 35, 35],
                ),
            ),
            (
                "Changes delivered",
                ul(
                    [
                        "New routing rule: skip-exchange cases for the Thurrock rounds to the East queue",
                        "Knowledge base: 18 articles rewritten for the new food-waste service",
                        "Release wave 1 tested in sandbox; 2 forms adjusted",
                        "Missed-collection dashboard extended with round-level drill-down",
                    ]
                ),
            ),
            ("Usage", "<p>64 of 68 licensed users active; 11,240 cases created; average handling time 6 min 40 s.</p>"),
        ],
        T(2026, 4, 3, 15, 0, 1),
        QA_PM.name,
        f"{cid}|msr",
        right="Monthly Service Report",
    )
    m1 = Mail(
        QA_PM,
        [TGR_OPS],
        "March service report and partner of record",
        T(2026, 4, 7, 15, 30, 1),
        "Hi Mark,\n\nAttached is the March service report. We are also registering Quayside as partner of record for "
        "your Customer Service subscription with Microsoft – would you mind confirming our role in a reply?\n\n"
        "Thanks,\nHannah\n\n" + g.footer_block(QA_PM),
        attachments=[("TGR Monthly Service Report March 2026.pdf", report)],
    )
    m2 = Mail(
        TGR_OPS,
        [QA_PM],
        "RE: March service report and partner of record",
        T(2026, 4, 8, 9, 12, 1),
        "Hannah,\n\nHappy to. Quayside Apps has been our Dynamics 365 Customer Service partner since 1 January 2026 "
        "and runs support, administration and the enhancement backlog for our 60 agents and team leaders – the "
        "March report is a fair picture. Our support arrangement with Helix Dynamics ended on 31 December 2025, six "
        "months after the go-live they delivered last June.\n\nMark\n\n" + signature_lines(TGR_OPS, "TGR | Tilbury"),
        quoted=m1,
    )
    files = {
        "TGR Schedule 2 Managed Service (DocuSign).pdf": sched,
        "TGR Monthly Service Report March 2026.pdf": report,
        "RE_ March service report and partner of record.msg": msg_in(m2),
    }
    claim = cpor(
        cid,
        QUAYSIDE,
        QA_PM,
        THAMES,
        TGR_OPS,
        "Business Applications",
        ["DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        T(2026, 5, 4, 11, 0, 1),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_thames_gateway_quayside_wins_conflict",
        claim,
        files,
        "approve",
        "Conflicting claim with 5031026 (Helix Dynamics, same customer and subscription). Quayside's POE shows the "
        "current engagement: a managed-service schedule e-signed through DocuSign by the customer's Operations "
        "Director (15 December 2025, certificate of completion), a March 2026 service report with tickets, changes "
        "and usage (64 of 68 users active), and the Operations Director's e-mail of 8 April 2026 from "
        "tgrecycling.co.uk confirming Quayside as partner since 1 January 2026 and the end of Helix's support. "
        "Quayside drives the current influence and wins the conflict. The customer signs as 'TGR'.",
        "E-mail from mark.pettifer@tgrecycling.co.uk: 'Quayside Apps has been our Dynamics 365 Customer Service "
        "partner since 1 January 2026 … Our support arrangement with Helix Dynamics ended on 31 December 2025'.",
        g.cpor_ok(email_ack=True),
    )


def s503_028_ecija_revenue_recognition() -> Bundle:
    cid = "5031028"
    cust = Org(
        "Aceitunas de Écija S.A.",
        "Aceitunas de Écija",
        "aceitunasdeecija.es",
        "ES",
        "41400 Écija, Sevilla",
        "Polígono Industrial La Campiña, parcela 22",
        "#558b2f",
    )
    cfo = person(cust, "Antonio Gálvez Ruiz", "Director Financiero / CFO", "agalvez")
    m1 = Mail(
        GQ_PM,
        [cfo],
        "Business Central – propuesta tras el taller",
        T(2026, 1, 23, 13, 0, 1),
        "Hola Antonio,\n\nComo comentamos tras la demo y el taller de análisis de la semana pasada, te adjunto la "
        "propuesta de implantación de Business Central.\n\nUn saludo,\nRocío\n\n" + g.footer_block(GQ_PM),
        lang="es",
    )
    m2 = Mail(
        cfo,
        [GQ_PM],
        "RE: Business Central – propuesta tras el taller",
        T(2026, 1, 26, 10, 40, 1),
        "Hola Rocío,\n\nTras la demo y el taller de análisis, la dirección ha aprobado Business Central con "
        "Guadalquivir Digital como socio. Pediremos las licencias para 32 usuarios en febrero.\n\n[EN] After your "
        "demo and the fit-gap workshop, our management approved Business Central with Guadalquivir Digital as our "
        "partner. We will order the licences for 32 users in February.\n\nSaludos,\nAntonio Gálvez\nDirector "
        "Financiero | Aceitunas de Écija",
        quoted=m1,
        lang="es",
    )
    parties = [
        Party("Cliente / Customer", cust.name, cfo.name, "Director Financiero / CFO"),
        Party("Partner", GUADALQUIVIR.name, GQ_PM.name, "Jefa de Proyecto / Project Manager"),
    ]
    html = f"""
<h1>Acta de puesta en marcha / Go-live record</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name)),
                ("Partner", escape(GUADALQUIVIR.name)),
                ("Proyecto / Project", "GD-BC-2026-003"),
                ("Puesta en marcha / Go-live", "04/05/2026"),
            ]
        )
    }
{
        grid(
            ["Área / Area", "Alcance / Scope", "Usuarios / Users"],
            [
                (
                    "Finanzas / Finance",
                    "Contabilidad, tesorería, SII con la AEAT / Ledger, treasury, SII VAT reporting",
                    "8",
                ),
                (
                    "Compras / Purchasing",
                    "Compra de aceituna a 140 agricultores / Olive purchasing from 140 growers",
                    "6",
                ),
                (
                    "Producción y almacén / Production & warehouse",
                    "Lotes de aderezo y envasado, trazabilidad / Curing and packing lots, traceability",
                    "18",
                ),
            ],
            [26, 56, 18],
        )
    }
<p>El cliente confirma la puesta en marcha de Business Central implantado por {escape(GUADALQUIVIR.name)}. / The
customer confirms the go-live of Business Central implemented by {escape(GUADALQUIVIR.name)}.</p>
""" + g.signoff(
        "columns",
        parties,
        heading="Firmas / Signatures",
        labels=("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date"),
        company_label="Empresa / Company",
    )
    acta = doc_pdf(
        GUADALQUIVIR,
        html,
        "Acta puesta en marcha GD-BC-2026-003",
        GQ_PM.name,
        T(2026, 5, 27, 10, 0, 2),
        f"{cid}|acta",
        right="Acta de puesta en marcha",
    )
    labels = ("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date")
    scan = g.scan_pdf(
        acta,
        [
            *g.sign_inks("columns", parties[0], 0, "29/05/2026", labels=labels),
            *g.sign_inks("columns", parties[1], 1, "29/05/2026", labels=labels, color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 5, 29, 13, 0, 2),
        dpi=150,
        skew=0.3,
    )
    files = {
        "Correo_aprobacion_Business_Central_2026-01-26.eml": eml_in(m2),
        "Acta_puesta_en_marcha_GD-BC-2026-003_firmada.pdf": scan,
    }
    claim = cpor(
        cid,
        GUADALQUIVIR,
        GQ_PM,
        cust,
        cfo,
        "Business Applications",
        ["DYNAMICS 365 BUSINESS CENTRAL ESSENTIALS"],
        T(2026, 6, 16, 9, 30, 2),
        [(p, "poe") for p in files],
        kind="revenue",
        opt_out=True,
    )
    return Bundle(
        f"{cid}_ecija_revenue_recognition",
        claim,
        files,
        "approve",
        "Business Applications revenue recognition (incentive opt-out). The CFO's e-mail of 26 January 2026 from "
        "aceitunasdeecija.es, in Spanish with an English version, records that Guadalquivir's demo and fit-gap "
        "workshop led to the Business Central decision before the licences were ordered in February; the bilingual "
        "go-live record (32 users across finance, purchasing, production and warehouse, go-live 04/05/2026) is signed "
        "by the CFO on 29/05/2026.",
        "E-mail 2026-01-26: 'After your demo and the fit-gap workshop, our management approved Business Central with "
        "Guadalquivir Digital as our partner'; signed go-live record.",
        {**g.cpor_ok(email_ack=True), "acknowledgement_date": PASS_NA},
    )


def s503_029_microsoft_iberica_teams_rooms() -> Bundle:
    cid = "5031029"
    cust = Org(
        "Microsoft Ibérica S.R.L.",
        "Microsoft Ibérica",
        "microsoft.com",
        "ES",
        "28223 Pozuelo de Alarcón, Madrid",
        "Paseo del Club Deportivo 1, Edificio 1",
        "#0078d4",
    )
    cc = person(cust, "Elena Marín", "Workplace Services Manager", "elmarin")
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, cc.title),
        Party("Partner", GUADALQUIVIR.name, GQ_PM.name, "Project Manager"),
    ]
    html = f"""
<h1>Acta de aceptación / Acceptance record</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name)),
                ("Sede / Site", escape(cust.address)),
                ("Partner", escape(GUADALQUIVIR.name)),
                ("Proyecto / Project", "GD-TR-2026-011"),
            ]
        )
    }
{
        grid(
            ["Sala / Room", "Equipamiento / Equipment", "Estado / Status"],
            [
                (
                    "Planta 2 – 'Guadalquivir', 'Tajo', 'Ebro'",
                    "Teams Rooms on Windows, cámara inteligente / intelligent camera",
                    "Operativa / Live",
                ),
                ("Planta 3 – 8 salas pequeñas / 8 huddle rooms", "Teams Rooms on Android", "Operativa / Live"),
                (
                    "Auditorio / Auditorium",
                    "Teams Rooms, 2 pantallas / 2 displays, micrófonos de techo / ceiling mics",
                    "Operativa / Live",
                ),
            ],
            [38, 44, 18],
        )
    }
<p>12 salas configuradas e inscritas en Teams Rooms Pro Management. / 12 rooms configured and enrolled in Teams Rooms
Pro Management.</p>
""" + g.signoff("columns", parties, heading="Firmas / Signatures")
    pdf = doc_pdf(
        GUADALQUIVIR,
        html,
        "Acta aceptacion Teams Rooms",
        GQ_PM.name,
        T(2026, 3, 20, 10, 0, 1),
        f"{cid}|acta",
        right="Acta de aceptación",
    )
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("columns", parties[0], 0, "23/03/2026"),
            *g.sign_inks("columns", parties[1], 1, "23/03/2026", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 3, 23, 12, 0, 1),
        dpi=150,
        skew=0.4,
    )
    files = {"Acta_Teams_Rooms_Microsoft_Iberica_firmada.pdf": scan}
    claim = cpor(
        cid,
        GUADALQUIVIR,
        GQ_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS ROOMS"],
        T(2026, 4, 8, 10, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_microsoft_iberica_is_the_customer",
        claim,
        files,
        "reject",
        "The customer is Microsoft's own Spanish subsidiary (Microsoft Ibérica S.R.L., tenant domain microsoft.com, "
        "Teams Rooms in Microsoft's Pozuelo office). Incentives are not paid for services where Microsoft is the end "
        "customer; the signed, detailed acceptance record does not change that.",
        "Customer 'Microsoft Ibérica S.R.L.', domain microsoft.com; acta signed by its Workplace Services Manager.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def s503_030_saigon_river_photo_of_screen() -> Bundle:
    cid = "5031030"
    cust = Org(
        "Saigon River Garments JSC",
        "Saigon River Garments",
        "saigonrivergarments.vn",
        "VN",
        "Thu Duc City, Ho Chi Minh City",
        "Lot C4, Linh Trung Export Processing Zone",
        "#1565c0",
    )
    cc = person(cust, "Tran Van Minh", "Head of IT", "minh.tran")
    report = findings_report(
        MEKONG,
        "Delivery Report – Exchange Online & Microsoft Teams",
        [("Customer", cust.name), ("Period", "5 January – 27 February 2026"), ("Reference", "MKC-DR-2026-006")],
        [
            (
                "Delivered",
                grid(
                    ["Workload", "Work", "Volume"],
                    [
                        (
                            "Exchange Online",
                            "Migration from on-premises Exchange 2013; 12 shared mailboxes for buyers and QA",
                            "420 mailboxes",
                        ),
                        (
                            "Microsoft Teams",
                            "Teams for office staff and 28 line supervisors on shared tablets; "
                            "channels per production line",
                            "450 users",
                        ),
                    ],
                    [22, 58, 20],
                ),
            ),
            (
                "Customer acceptance",
                "<p>Acceptance was given by the customer's Head of IT by e-mail (see screenshot).</p>",
            ),
        ],
        T(2026, 3, 2, 17, 0, 7),
        MK_PM.name,
        f"{cid}|rep",
        right="Delivery Report",
    )
    m = Mail(
        cc,
        [MK_PM],
        "RE: Delivery report MKC-DR-2026-006",
        T(2026, 3, 4, 9, 15, 7),
        "Dear Ms. Ha,\n\nWe have checked the report. All 420 mailboxes are on Exchange Online and the line "
        "supervisors use Teams on the tablets. Saigon River Garments accepts the project as delivered by Mekong "
        "Cloud.\n\nBest regards,\nTran Van Minh\nHead of IT – SRG",
    )
    screen = g.outlook_screenshot(m, MK_PM, f"{cid}|shot")
    photo = g.phone_photo(
        screen, f"{cid}|photo", T(2026, 3, 4, 9, 40, 7), model=("samsung", "SM-S918B"), portrait=False
    )
    files = {"MKC-DR-2026-006_Delivery_Report.pdf": report, "customer_approval.jpg": photo}
    claim = cpor(
        cid,
        MEKONG,
        MK_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 3, 23, 14, 0, 7),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_saigon_river_phone_photo_of_email",
        claim,
        files,
        "action_required",
        "The delivery report is specific (420 mailboxes, Teams for 450 users) but unsigned and points to the "
        "customer's e-mail 'see screenshot'. The only acknowledgement is 'customer_approval.jpg', a phone photo of a "
        "laptop screen showing the e-mail in Outlook on the web. The guide rejects flat e-mail images (JPEG files or "
        "screenshots); the partner must upload the original e-mail (.msg or PDF).",
        "customer_approval.jpg: photo of an Outlook screen with 'Saigon River Garments accepts the project'; no .msg, "
        ".eml or PDF of it.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_031_daugava_out_of_office_and_thanks() -> Bundle:
    cid = "5031031"
    cust = Org(
        "Daugava Timber SIA",
        "Daugava Timber",
        "daugavatimber.lv",
        "LV",
        "Jēkabpils, LV-5201",
        "Rīgas iela 210",
        "#6d4c41",
    )
    cc = person(cust, "Jānis Kalniņš", "IT vadītājs / Head of IT", "janis.kalnins")
    office = person(cust, "Ilze Bērziņa", "Biroja administratore / Office Administrator", "ilze.berzina")
    summary = findings_report(
        BALTIC,
        "Projekta kopsavilkums / Project summary – Microsoft Defender for Endpoint",
        [("Klients / Customer", cust.name), ("Periods / Period", "12.01.2026 – 27.03.2026")],
        [
            (
                "Paveiktais / Delivered",
                grid(
                    ["LV", "EN"],
                    [
                        (
                            "MDE uzstādīts 230 datoros un 9 serveros (2 zāģētavas)",
                            "MDE onboarded on 230 PCs and 9 servers (2 sawmills)",
                        ),
                        ("ASR noteikumi bloķēšanas režīmā", "ASR rules in block mode"),
                        ("Iekārtu grupas pa rūpnīcām", "Device groups per mill"),
                    ],
                    [50, 50],
                ),
            ),
        ],
        T(2026, 3, 30, 15, 0, 3),
        BB_PM.name,
        f"{cid}|sum",
        right="Project summary",
    )
    m1 = Mail(
        BB_PM,
        [cc],
        "Defender for Endpoint – projekta noslēgums / project closure",
        T(2026, 3, 31, 9, 5, 3),
        "Labdien, Jāni,\n\nPielikumā projekta kopsavilkums. Lūdzu, apstipriniet, ka Daugava Timber pieņem darbu. / "
        "Attached is the project summary. Please confirm that Daugava Timber accepts the work.\n\nAr cieņu,\n"
        "Kristaps Ozols\n\n" + g.footer_block(BB_PM),
        attachments=[("Project_summary_MDE_Daugava.pdf", summary)],
    )
    ooo = Mail(
        cc,
        [BB_PM],
        "Automātiskā atbilde / Automatic reply: Defender for Endpoint – projekta noslēgums / project closure",
        T(2026, 3, 31, 9, 5, 3),
        "Esmu atvaļinājumā līdz 13. aprīlim. / I am on holiday until 13 April. Steidzamos jautājumos / urgent "
        "matters: ilze.berzina@daugavatimber.lv\n\nJānis Kalniņš",
        quoted=m1,
        auto_reply=True,
    )
    thanks = Mail(
        office,
        [BB_PM],
        "RE: Defender for Endpoint – projekta noslēgums / project closure",
        T(2026, 4, 1, 11, 18, 3),
        "Paldies! Saņemts, nodošu Jānim. / Thank you, received – I will pass it on to Jānis.\n\nIlze Bērziņa\n"
        "Daugava Timber SIA",
        quoted=m1,
    )
    files = {
        "Project_summary_MDE_Daugava.pdf": summary,
        "Automatic reply_ Defender for Endpoint – projekta noslegums.msg": msg_in(ooo),
        "RE_ Defender for Endpoint – projekta noslegums.msg": msg_in(thanks),
    }
    claim = cpor(
        cid,
        BALTIC,
        BB_PM,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 4, 27, 10, 0, 3),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_daugava_out_of_office_and_thank_you",
        claim,
        files,
        "action_required",
        "The partner's bilingual summary is specific (MDE on 230 PCs and 9 servers at two sawmills) but partner-only. "
        "The two customer messages are the Head of IT's out-of-office auto-reply and the office administrator's "
        "'Thank you, received – I will pass it on to Jānis'. Confirming receipt is not accepting or approving the "
        "work, and nobody at the customer says the work was done: there is no customer acknowledgement.",
        "'RE_ …msg' from ilze.berzina@daugavatimber.lv: 'Paldies! Saņemts … / Thank you, received'; 'Automatic "
        "reply' from janis.kalnins@daugavatimber.lv.",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Baltic Byte (LV): one claim filed twice; Eko Cloud (NG); Adriatic Cloud (SI)
# --------------------------------------------------------------------------------------------------------------

KURZEME = Org(
    "SIA Kurzemes Zivju Fabrika",
    "KZF",
    "kzf.lv",
    "LV",
    "Ventspils, LV-3601",
    "Dārzu iela 8",
    "#01579b",
)
KZF_BOARD = person(KURZEME, "Aivars Zariņš", "Valdes loceklis / Board Member", "aivars.zarins")


def kurzeme_files() -> dict[str, bytes]:
    """Baltic Byte's POE for Kurzemes Zivju Fabrika: a digitally signed LV/EN acceptance act and a status report."""
    if "kzf" not in _CACHE:
        html = f"""
<h1>Pieņemšanas-nodošanas akts / Acceptance Act</h1>
{
            kv(
                [
                    ("Pasūtītājs / Customer", escape(KURZEME.name) + ", " + escape(KURZEME.address)),
                    ("Izpildītājs / Contractor", escape(BALTIC.name) + ", " + escape(BALTIC.address)),
                    ("Līgums / Contract", "BB-2026-007"),
                    ("Periods / Period", "02.02.2026 – 30.04.2026"),
                ]
            )
        }
{
            grid(
                ["Pakalpojums", "Service", "Apjoms / Volume"],
                [
                    (
                        "Microsoft Teams ieviešana 310 darbiniekiem; komandas pa cehiem un flotei; Teams 24 "
                        "koplietošanas planšetēs ražošanā",
                        "Microsoft Teams for 310 employees; teams per processing hall and for the fleet; Teams on 24 "
                        "shared tablets on the production floor",
                        "310",
                    ),
                    (
                        "SharePoint Online: 1,1 TB failu servera migrācija uz 14 vietnēm; kvalitātes dokumentu "
                        "bibliotēka ar versijām (HACCP)",
                        "SharePoint Online: 1.1 TB file-server migration to 14 sites; versioned quality document "
                        "library (HACCP)",
                        "14",
                    ),
                ],
                [40, 40, 20],
            )
        }
<p>Pasūtītājs apliecina, ka pakalpojumi ir sniegti un pieņemti. / The customer confirms that the services were
delivered and accepts them.</p>
<p style="margin-top:14pt"><b>Pasūtītāja vārdā / For the customer:</b></p>
<p style="height:70pt">&#160;</p>
<p>{escape(KZF_BOARD.name)}, Valdes loceklis / Board Member</p>
"""
        pdf = doc_pdf(
            BALTIC,
            html,
            "Pienemsanas-nodosanas akts BB-2026-007",
            BB_PM.name,
            T(2026, 5, 4, 10, 0, 3),
            "5031032|akts",
            right="Pieņemšanas-nodošanas akts · BB-2026-007",
            footer=escape(BALTIC.name + " · " + BALTIC.reg),
        )
        signed = g.digisign(
            pdf,
            KZF_BOARD,
            T(2026, 5, 6, 14, 22, 3),
            "5031032|sig",
            ca_name="LV Trust Qualified CA 2025",
            anchor="Pasūtītāja vārdā / For the customer:",
            dy=18,
            reason="Apstiprinu / Approved",
        )
        w = g.Word(accent="4E342E")
        w.header(BALTIC, "Statusa ziņojums / Status report")
        w.footer(f"{BALTIC.name} · {BALTIC.reg}")
        w.h("Status report – Teams & SharePoint Online – KZF", 0)
        w.table(
            [
                ["Week", "Work"],
                ["W10", "Pilot with the quality team (22 users); HACCP library design"],
                ["W12–W14", "File-server migration waves 1–3 (0.8 TB)"],
                ["W15–W16", "Teams on 24 production tablets; fleet team for 6 vessels"],
                ["W17", "Wave 4 (0.3 TB); file server read-only"],
            ]
        )
        w.p("Open items: none. Hypercare closed on 30.04.2026.")
        status = w.save(meta("Status report KZF", BB_PM.name, T(2026, 5, 4, 9, 0, 3)))
        _CACHE["kzf"] = {
            "Pienemsanas-nodosanas_akts_BB-2026-007_signed.pdf": signed,
            "Statusa_zinojums_KZF_W17.docx": status,
        }
    return dict(_CACHE["kzf"])


def s503_032_kurzeme_digitally_signed_act() -> Bundle:
    cid = "5031032"
    files = kurzeme_files()
    claim = cpor(
        cid,
        BALTIC,
        BB_PM,
        KURZEME,
        KZF_BOARD,
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 5, 18, 10, 40, 3),
        [(p, "poe") for p in files],
        customer_name="Kurzemes Zivju Fabrika, SIA",
    )
    return Bundle(
        f"{cid}_kurzeme_digitally_signed_act",
        claim,
        files,
        "approve",
        "Latvian/English acceptance act, every statement in both languages (Teams for 310 employees with 24 shared "
        "production tablets; 1.1 TB migrated to 14 SharePoint sites with a versioned HACCP library), signed with a "
        "PAdES digital signature by a board member of the customer on 2026-05-06; the signature validates and covers "
        "the whole file. The status report adds the timeline. The customer appears as 'KZF' and 'SIA Kurzemes Zivju "
        "Fabrika' – the same company. The same files were filed again as claim 5031033: this claim, submitted first, "
        "holds the original.",
        "Digital signature 'Aivars Zariņš', signing time 2026-05-06, document unchanged since signing.",
        g.cpor_ok(),
        container="zip",
    )


def s503_033_kurzeme_filed_twice() -> Bundle:
    cid = "5031033"
    files = kurzeme_files()
    claim = cpor(
        cid,
        BALTIC,
        BB_PM,
        KURZEME,
        KZF_BOARD,
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 5, 24, 9, 5, 3),
        [(p, "poe") for p in files],
        customer_name="Kurzemes Zivju Fabrika, SIA",
        comments=[
            (
                "partner",
                T(2026, 5, 24, 9, 3, 3),
                "Submitting again – the portal timed out on our first attempt and "
                "we are not sure the claim went through.",
            ),
        ],
    )
    return Bundle(
        f"{cid}_kurzeme_same_claim_filed_twice",
        claim,
        files,
        "reject",
        "The same partner, customer tenant and workloads (TEAMS, SHAREPOINT ONLINE) as claim 5031032, with the very "
        "same two files, filed six days later; the partner's comment says it was re-filed because the portal timed "
        "out. The first submission did go through (5031032) and holds the original; one association per partner, "
        "customer and workload is all there can be, so this duplicate is not approved. UNSURE: a reviewer might ask "
        "the partner to cancel it instead; leaning reject as a duplicate.",
        "Files byte-identical to 5031032's; claim comment 'Submitting again – the portal timed out'.",
        {
            "reused_evidence": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "ineligible_customer": "pass",
        },
    )


def s503_034_lekki_quote_order_po_msa() -> Bundle:
    cid = "5031034"
    cust = Org(
        "Lekki Port Logistics Ltd",
        "Lekki Port Logistics",
        "lekkiportlogistics.ng",
        "NG",
        "Ibeju-Lekki, Lagos",
        "Lekki Free Trade Zone, Plot C12",
        "#0d47a1",
    )
    proc = person(cust, "Adaeze Nwosu", "Head of Procurement", "adaeze.nwosu")
    it = person(cust, "Emeka Obi", "IT Manager", "emeka.obi")
    claims_desk = person(EKO, "Incentives Desk", "Partner Programmes", "claims")
    quote_html = f"""
<h1>QUOTATION</h1>
{
        kv(
            [
                ("Quotation no.", "EKO-Q-2026-0188"),
                ("Date", "9 February 2026"),
                ("Valid until", "10 March 2026"),
                ("Customer", escape(cust.name)),
            ]
        )
    }
{
        grid(
            ["Item", "Qty", "Unit price (USD / year)", "Total (USD)"],
            [
                ("Microsoft 365 Business Standard (NCE, annual)", "250", "150.00", "37,500.00"),
                ("Exchange Online (Plan 1) (NCE, annual)", "40", "48.00", "1,920.00"),
                ("Onboarding of licences in tenant", "1", "1,200.00", "1,200.00"),
            ],
            [46, 10, 22, 22],
        )
    }
<p><b>Total: USD 40,620.00</b> (excl. VAT 7.5%)</p>
<p style="margin-top:20pt">Accepted for and on behalf of the customer:</p>
<p style="height:36pt">&#160;</p>
<p>Name: {escape(proc.name)} &#160;&#160; Title: {escape(proc.title)} &#160;&#160; Date:</p>
"""
    quote = doc_pdf(
        EKO,
        quote_html,
        "Quotation EKO-Q-2026-0188",
        EK_SALES.name,
        T(2026, 2, 9, 11, 0, 1),
        f"{cid}|q",
        right="Quotation",
    )
    quote_scan = g.scan_pdf(
        quote,
        [
            Ink("Accepted for and on behalf", "sig", proc.name, dx=10, dy=16, h=30),
            Ink("Date:", "hand", "12/02/2026", dx=30, dy=-2, h=12, occurrence=0),
            Ink(
                "Accepted for and on behalf",
                "stamp",
                dx=240,
                dy=6,
                h=46,
                lines=("ACCEPTED", "LEKKI PORT LOGISTICS LTD"),
            ),
        ],
        f"{cid}|qs",
        T(2026, 2, 12, 15, 0, 1),
        dpi=150,
        skew=0.6,
    )
    order_html = f"""
<h1>CSP Order Form</h1>
{
        kv(
            [
                ("Order ref.", "EKO-OF-2026-0211"),
                ("Customer tenant", "lekkiportlogistics.onmicrosoft.com"),
                ("Billing", "Annual commitment, monthly billing"),
                ("Start", "1 March 2026"),
            ]
        )
    }
{
        grid(
            ["Offer", "Quantity", "Term"],
            [("Microsoft 365 Business Standard", "250", "P1Y"), ("Exchange Online (Plan 1)", "40", "P1Y")],
            [56, 20, 24],
        )
    }
<p>The customer agrees to the Microsoft Customer Agreement and authorises Eko Cloud Solutions Ltd to place the order
above as its Cloud Solution Provider.</p>
"""
    order = doc_pdf(
        EKO,
        order_html,
        "CSP Order Form EKO-OF-2026-0211",
        EK_SALES.name,
        T(2026, 2, 16, 10, 0, 1),
        f"{cid}|of",
        right="CSP Order Form",
    )
    po_html = f"""
<h1 style="color:#0d47a1">LEKKI PORT LOGISTICS LTD</h1>
<p class="small">Lekki Free Trade Zone, Plot C12, Ibeju-Lekki, Lagos · lekkiportlogistics.ng</p>
<h2>PURCHASE ORDER LPL-PO-2026-00412</h2>
{kv([("Supplier", escape(EKO.name)), ("Date", "13/02/2026"), ("Reference", "Quotation EKO-Q-2026-0188")])}
{
        grid(
            ["Description", "Amount (USD)"],
            [
                ("Microsoft 365 licences as per quotation EKO-Q-2026-0188", "40,620.00"),
                ("VAT 7.5%", "3,046.50"),
                ("Total", "43,666.50"),
            ],
            [70, 30],
        )
    }
<p>Approved by: Head of Procurement</p>
"""
    po = g.html_pdf(
        po_html, meta("PO LPL-PO-2026-00412", proc.name, T(2026, 2, 13, 9, 0, 1)), f"{cid}|po", style=css("#0d47a1")
    )
    msa_html = f"""
<h1>Master Services Agreement</h1>
<p>This Master Services Agreement is made on 3 July 2023 between {escape(EKO.name)} ("Provider") and
{escape(cust.name)} ("Client").</p>
<h2>1. Services</h2><p>Provider may supply cloud licensing, implementation and support services to Client as
described in statements of work or order forms agreed from time to time.</p>
<h2>2. Term</h2><p>This Agreement continues until terminated by either party on 90 days' written notice.</p>
<h2>3. Fees</h2><p>Fees are set out in each order form or statement of work.</p>
<h2>4. Governing law</h2><p>This Agreement is governed by the laws of the Federal Republic of Nigeria.</p>
""" + g.signoff(
        "lines",
        [
            Party("Client", cust.name, "Olumide Balogun", "Managing Director"),
            Party("Provider", EKO.name, "Ifeoma Eze", "Chief Executive Officer"),
        ],
        heading="Signatures",
    )
    msa = doc_pdf(
        EKO,
        msa_html,
        "MSA Eko Cloud - Lekki Port Logistics",
        "Legal",
        T(2023, 7, 3, 10, 0, 1),
        f"{cid}|msa",
        right="Master Services Agreement",
    )
    msa_scan = g.scan_pdf(
        msa,
        [
            *g.sign_inks("lines", Party("Client", cust.name, "Olumide Balogun", "Managing Director"), 0, "03/07/2023"),
            *g.sign_inks(
                "lines",
                Party("Provider", EKO.name, "Ifeoma Eze", "Chief Executive Officer"),
                1,
                "03/07/2023",
                color=g.INK_BLACK,
            ),
        ],
        f"{cid}|msas",
        T(2023, 7, 3, 15, 0, 1),
        dpi=150,
        skew=-0.5,
    )
    m1 = Mail(
        proc,
        [EK_SALES],
        "Order – Microsoft 365 licences",
        T(2026, 2, 13, 10, 12, 1),
        "Dear Tunde,\n\nPlease proceed with the order of 250 Microsoft 365 Business Standard and 40 Exchange Online "
        "Plan 1 licences as per your quotation EKO-Q-2026-0188. Our PO LPL-PO-2026-00412 is attached.\n\nEmeka will "
        "be the contact for the tenant.\n\nRegards,\n" + signature_lines(proc),
        cc=[it],
        attachments=[("LPL-PO-2026-00412.pdf", po)],
    )
    fw = Mail(
        EK_SALES,
        [claims_desk],
        "FW: Order – Microsoft 365 licences",
        T(2026, 3, 2, 8, 30, 1),
        "For the Lekki Port claim – customer confirmation of the order below.\n\nTunde\n\n" + g.footer_block(EK_SALES),
        quoted=m1,
        forward=True,
    )
    files = {
        "Quotation_EKO-Q-2026-0188_signed.pdf": quote_scan,
        "CSP_Order_Form_EKO-OF-2026-0211.pdf": order,
        "LPL-PO-2026-00412.pdf": po,
        "MSA_Eko_Lekki_2023_signed.pdf": msa_scan,
        "FW_ Order – Microsoft 365 licences.msg": g.msg_file(fw),
    }
    claim = cpor(
        cid,
        EKO,
        EK_SALES,
        cust,
        it,
        "Modern Work",
        ["MICROSOFT 365 APPS", "EXCHANGE ONLINE"],
        T(2026, 3, 9, 12, 0, 1),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_lekki_quote_order_po_msa",
        claim,
        files,
        "action_required",
        "Everything uploaded is about buying licences or the legal frame: a pricing quotation signed and stamped "
        "'ACCEPTED' by the customer's Head of Procurement, a CSP order form, the customer's purchase order, a 2023 "
        "master services agreement with no recent engagement documentation, and the customer's licence-order e-mail "
        "forwarded by Eko's sales executive to its own claims desk. Quotes, purchase orders, licensing transactions "
        "and bare MSAs do not count as POE, customer e-mails about licence purchases and forwarded e-mails are "
        "insufficient, and no document describes any deployment or usage work.",
        "Signed quote EKO-Q-2026-0188; 'FW: Order – Microsoft 365 licences' from tunde.adebayo@ekocloud.ng to "
        "claims@ekocloud.ng quoting 'Please proceed with the order of 250 Microsoft 365 Business Standard…'; PO; MSA "
        "dated 3 July 2023.",
        {
            "unacceptable_documents": "fail",
            "activity_detail": "fail",
            "customer_acknowledgement": "fail",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


SL_LABELS = ("Ime / Name", "Funkcija / Title", "Podpis / Signature", "Datum / Date")


def adriatic_record(
    cust: Org,
    ref: str,
    period: str,
    rows: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    when: dt.datetime,
    seed: str,
) -> bytes:
    """Adriatic Cloud's SL/EN acceptance record (zapisnik o prevzemu), the same form for every customer."""
    html = f"""
<h1>Zapisnik o prevzemu / Acceptance Record</h1>
{
        kv(
            [
                ("Naročnik / Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Izvajalec / Contractor", escape(ADRIATIC.name)),
                ("Številka / Ref.", ref),
                ("Obdobje / Period", period),
            ]
        )
    }
{grid(["Storitev", "Service", "Obseg / Volume"], rows, [40, 40, 20])}
<p>Naročnik potrjuje, da so storitve opravljene, in jih prevzema. / The customer confirms that the services were
performed and accepts them.</p>
""" + g.signoff(
        "columns", parties, heading="Podpisi / Signatures", labels=SL_LABELS, company_label="Podjetje / Company"
    )
    return doc_pdf(
        ADRIATIC,
        html,
        f"Zapisnik o prevzemu {ref}",
        AD_PM.name,
        when,
        seed,
        right=f"Zapisnik o prevzemu · {ref}",
        footer=escape(ADRIATIC.name + " · " + ADRIATIC.reg),
    )


def s503_035_soca_signature_fourteen_months() -> Bundle:
    cid = "5031035"
    cust = Org(
        "Ribogojnica Soča d.o.o.",
        "Ribogojnica Soča",
        "ribogojnica-soca.si",
        "SI",
        "5220 Tolmin",
        "Mlinska pot 4",
        "#00897b",
    )
    cc = person(cust, "Matej Kranjc", "Vodja IT / Head of IT", "matej.kranjc")
    parties = [
        Party("Naročnik / Customer", cust.name, cc.name, "Vodja IT / Head of IT"),
        Party("Izvajalec / Contractor", ADRIATIC.name, AD_PM.name, "Vodja projektov"),
    ]
    rec = adriatic_record(
        cust,
        "AC-ZP-2025-004",
        "06.01.2025 – 21.02.2025",
        [
            (
                "Microsoft Intune: Autopilot za 85 prenosnikov, 40 tablic v ribogojnicah v kiosk načinu, pravila "
                "skladnosti",
                "Microsoft Intune: Autopilot for 85 laptops, 40 hatchery tablets in kiosk mode, compliance policies",
                "125 naprav / devices",
            ),
        ],
        parties,
        T(2025, 2, 21, 15, 0, 1),
        f"{cid}|rec",
    )
    scan = g.scan_pdf(
        rec,
        [
            *g.sign_inks("columns", parties[0], 0, "24.02.2025", labels=SL_LABELS),
            *g.sign_inks("columns", parties[1], 1, "24.02.2025", labels=SL_LABELS, color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2025, 2, 24, 10, 0, 1),
        dpi=100,
        skew=1.1,
        quality=45,
        scanner=5,
    )
    w = g.Word(accent="01579B")
    w.header(ADRIATIC, "Mesečno poročilo / Monthly report")
    w.footer(f"{ADRIATIC.name} · {ADRIATIC.reg}")
    w.h("Monthly report – Intune – Ribogojnica Soča – January 2026", 0)
    w.table(
        [
            ["Item", "Status"],
            ["Devices in Intune", "131 (6 new laptops enrolled)"],
            ["Compliance", "97%"],
            ["Tablet kiosk profile", "Updated for the new feeding app"],
        ]
    )
    w.p("Prepared by Adriatic Cloud. No customer action required.")
    monthly = w.save(meta("Monthly report Soča January 2026", AD_PM.name, T(2026, 2, 3, 9, 0, 1)))
    files = {"Zapisnik_AC-ZP-2025-004_podpisan.pdf": scan, "Mesecno_porocilo_Soca_2026-01.docx": monthly}
    claim = cpor(
        cid,
        ADRIATIC,
        AD_PM,
        cust,
        cc,
        "Security",
        ["INTUNE"],
        T(2026, 4, 14, 9, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_soca_signature_fourteen_months_old",
        claim,
        files,
        "action_required",
        "The SL/EN acceptance record (Intune for 85 laptops and 40 hatchery tablets) is genuinely signed – a low "
        "resolution, skewed scan – but dated '24.02.2025' (Slovenian day-first), almost 14 months before submission "
        "on 2026-04-14. Signatures older than 12 months need a recent POE or customer acknowledgement confirming "
        "active engagement; the only recent document is Adriatic's own January 2026 monthly report, which no one at "
        "the customer acknowledged. The partner must add a recent customer confirmation.",
        "Scan: 'Datum / Date 24.02.2025'; monthly report of 2026-02-03 prepared by Adriatic Cloud, no customer "
        "acknowledgement.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "workload_match": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_036_kras_old_sow_recent_mail() -> Bundle:
    cid = "5031036"
    cust = Org(
        "Kamnolom Kras d.o.o.",
        "Kras Kamen",
        "kamnolom-kras.si",
        "SI",
        "6210 Sežana",
        "Partizanska cesta 71",
        "#9e9d24",
    )
    cc = person(cust, "Tina Furlan", "Vodja informatike / Head of IT", "tina.furlan")
    parties = [
        Party("Naročnik / Customer", cust.name, cc.name, "Vodja informatike / Head of IT"),
        Party("Izvajalec / Contractor", ADRIATIC.name, AD_PM.name, "Vodja projektov"),
    ]
    sow_html = f"""
<h1>Statement of Work – Identity Threat Protection</h1>
{
        kv(
            [
                ("Customer", escape(cust.name)),
                ("Contractor", escape(ADRIATIC.name)),
                ("SOW no.", "AC-SOW-2024-019"),
                ("Start", "14 October 2024"),
                ("Term", "Deployment, then managed service renewing yearly"),
            ]
        )
    }
<h2>1. Scope</h2>
{
        ul(
            [
                "Deploy Microsoft Defender for Identity sensors on 4 domain controllers and the AD FS server.",
                "Review lateral movement paths and honeytoken accounts with the customer's IT.",
                "Managed service after deployment: alert triage for Defender for Identity, monthly posture review.",
            ]
        )
    }
<h2>2. Customer responsibilities</h2>{ul(["Named IT contact", "Change windows for the DC sensor installation"])}
""" + g.signoff(
        "columns", parties, heading="Podpisi / Signatures", labels=SL_LABELS, company_label="Podjetje / Company"
    )
    sow = doc_pdf(
        ADRIATIC,
        sow_html,
        "SOW AC-SOW-2024-019",
        AD_PM.name,
        T(2024, 10, 4, 10, 0, 2),
        f"{cid}|sow",
        right="Statement of Work",
    )
    sow_scan = g.scan_pdf(
        sow,
        [
            *g.sign_inks("columns", parties[0], 0, "08.10.2024", labels=SL_LABELS),
            *g.sign_inks("columns", parties[1], 1, "08.10.2024", labels=SL_LABELS, color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2024, 10, 8, 14, 0, 2),
        dpi=150,
        skew=0.5,
    )
    m1 = Mail(
        AD_PM,
        [cc],
        "Defender for Identity – potrditev / confirmation",
        T(2026, 5, 5, 16, 0, 2),
        "Pozdravljena Tina,\n\nfor our Microsoft partner registration we need a short confirmation that our "
        "Defender for Identity service for Kras Kamen is still running. Could you reply with a sentence or two?\n\n"
        "Hvala,\nLuka\n\n" + g.footer_block(AD_PM),
    )
    m2 = Mail(
        cc,
        [AD_PM],
        "RE: Defender for Identity – potrditev / confirmation",
        T(2026, 5, 6, 8, 27, 2),
        "Pozdravljen Luka,\n\nconfirmed: Adriatic Cloud continues to run our Defender for Identity service – sensors "
        "on our 4 domain controllers and the AD FS server, the monthly review of lateral movement paths (last one on "
        "28 April) and alert triage; the two incidents in March (password spray against the quarry-scale accounts "
        "and a suspicious DCSync attempt) were handled by your team with ours.\n\nLep pozdrav,\nTina Furlan\n"
        "Vodja informatike | Kras Kamen (Kamnolom Kras d.o.o.)",
        quoted=m1,
    )
    files = {"SOW_AC-SOW-2024-019_signed.pdf": sow_scan, "RE_ Defender for Identity – potrditev.msg": msg_in(m2)}
    claim = cpor(
        cid,
        ADRIATIC,
        AD_PM,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER FOR IDENTITY"],
        T(2026, 5, 20, 10, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_kras_old_sow_with_recent_confirmation",
        claim,
        files,
        "approve",
        "The signed SOW is from 08.10.2024, more than 12 months old, but the customer's Head of IT confirms by e-mail "
        "from kamnolom-kras.si on 6 May 2026 that the engagement is active and describes the current work in detail "
        "(sensors on 4 DCs and AD FS, monthly lateral-movement reviews, two incidents handled in March) – the recent "
        "confirmation the guide asks for. She writes under the trade name 'Kras Kamen' with the legal name beside "
        "it.",
        "E-mail from tina.furlan@kamnolom-kras.si, 6 May 2026: 'Adriatic Cloud continues to run our Defender for "
        "Identity service…'.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# claims that come back: resubmissions after action required, disputes after rejection
# --------------------------------------------------------------------------------------------------------------


def s503_037_cazorla_resubmitted_in_time_with_docusign() -> Bundle:
    cid = "5031037"
    cust = Org(
        "Bodegas Sierra de Cazorla S.L.",
        "Bodegas Cazorla",
        "bodegascazorla.es",
        "ES",
        "23470 Cazorla, Jaén",
        "Carretera de la Sierra, km 3",
        "#6a1b9a",
    )
    cc = person(cust, "Manuel Ortiz Cano", "Gerente / Managing Director", "mortiz")
    first, asked, resub = T(2026, 3, 2, 10, 0, 1), T(2026, 3, 5, 9, 0, 1), T(2026, 3, 14, 12, 30, 1)
    need_days(asked, resub, 9)
    report = findings_report(
        GUADALQUIVIR,
        "Informe de proyecto / Project report – Defender for Endpoint e Intune",
        [
            ("Cliente / Customer", cust.name),
            ("Periodo / Period", "12/01/2026 – 20/02/2026"),
            ("Referencia / Reference", "GD-SEC-2026-006"),
        ],
        [
            (
                "Trabajo realizado / Work performed",
                grid(
                    ["Carga / Workload", "Detalle / Detail", "Volumen / Volume"],
                    [
                        (
                            "Intune",
                            "Autopilot para 64 portátiles; 18 tablets de bodega y viñedo en modo quiosco; "
                            "cumplimiento / Autopilot for 64 laptops; 18 cellar and vineyard tablets in kiosk mode; "
                            "compliance",
                            "82",
                        ),
                        (
                            "Defender for Endpoint",
                            "Incorporación de 82 dispositivos y 3 servidores; reglas ASR / "
                            "Onboarding of 82 devices and 3 servers; ASR rules",
                            "82 + 3",
                        ),
                    ],
                    [20, 62, 18],
                ),
            ),
        ],
        T(2026, 2, 26, 17, 0, 1),
        GQ_PM.name,
        f"{cid}|rep",
        right="Informe de proyecto",
    )
    acc_html = f"""
<h1>Conformidad del cliente / Customer acceptance</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name)),
                ("Partner", escape(GUADALQUIVIR.name)),
                ("Proyecto / Project", "GD-SEC-2026-006"),
            ]
        )
    }
<p>{escape(cust.name)} confirma que {escape(GUADALQUIVIR.name)} ha desplegado Microsoft Intune (64 portátiles y 18
tablets) y Microsoft Defender for Endpoint (82 dispositivos y 3 servidores) y da su conformidad. / {escape(cust.name)}
confirms that {escape(GUADALQUIVIR.name)} deployed Microsoft Intune (64 laptops and 18 tablets) and Microsoft Defender
for Endpoint (82 devices and 3 servers) and accepts the work.</p>
{
        fields(
            [
                ("Nombre / Name", escape(cc.name), 18),
                ("Cargo / Title", "Gerente / Managing Director", 18),
                ("Firma / Signature", "", 46),
                ("Fecha / Date", "", 18),
            ]
        )
    }
"""
    acc = doc_pdf(
        GUADALQUIVIR,
        acc_html,
        "Conformidad cliente GD-SEC-2026-006",
        GQ_PM.name,
        T(2026, 3, 11, 9, 0, 1),
        f"{cid}|acc",
        right="Conformidad del cliente",
    )
    signed = g.esign(
        acc,
        cc,
        T(2026, 3, 12, 18, 3, 1),
        f"{cid}|env",
        sig_anchor="Firma / Signature",
        sig_dx=150,
        sig_dy=10,
        date_anchor="Fecha / Date",
        date_text="12/03/2026",
        date_dx=150,
        date_dy=2,
        vendor="docusign",
        certificate=True,
        sender=GQ_PM,
        ip="85.51.201.33",
    )
    files = {
        "Informe_proyecto_GD-SEC-2026-006.pdf": report,
        "Conformidad_cliente_GD-SEC-2026-006_DocuSign.pdf": signed,
    }
    claim = cpor(
        cid,
        GUADALQUIVIR,
        GQ_PM,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        resub,
        [(p, "poe") for p in files],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the project report is not acknowledged by the customer. Please upload "
                "a customer acknowledgement (signature or e-mail from the customer) within 14 calendar days and "
                "resubmit the claim.",
            ),
            ("partner", resub - dt.timedelta(minutes=3), "Customer acceptance signed through DocuSign uploaded."),
        ],
        history=[
            ("submission", first, GQ_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", resub - dt.timedelta(minutes=5), GQ_PM.email),
            ("submission", resub, GQ_PM.email),
        ],
    )
    return Bundle(
        f"{cid}_cazorla_resubmitted_in_time_with_docusign",
        claim,
        files,
        "approve",
        "Returning claim: set to Partner Action Required on 2026-03-05 because the report had no customer "
        "acknowledgement; the partner resubmitted 9 days later (within the 14 calendar days) with a bilingual "
        "customer acceptance e-signed through DocuSign by the customer's managing director on 12/03/2026 (certificate "
        "of completion attached). The request is resolved: the report details Intune (64 laptops, 18 kiosk tablets) "
        "and Defender for Endpoint (82 devices, 3 servers), and the customer accepts exactly that work.",
        "History: action required 2026-03-05 → submission 2026-03-14; DocuSign acceptance signed by Manuel Ortiz "
        "Cano, 12/03/2026.",
        g.cpor_ok(),
    )


def s503_038_otaru_resubmitted_after_fourteen_days() -> Bundle:
    cid = "5031038"
    cust = Org(
        "Otaru Glassworks K.K.",
        "Otaru Glassworks",
        "otaru-glass.co.jp",
        "JP",
        "Otaru, Hokkaido 047-0027",
        "Sakaimachi 5-27",
        "#00838f",
    )
    cc = person(cust, "Yumi Sasaki", "IT Manager", "y.sasaki")
    first, asked, resub = T(2026, 3, 30, 10, 0, 9), T(2026, 4, 6, 9, 0, 9), T(2026, 4, 25, 11, 0, 9)
    need_days(asked, resub, 19)
    html = f"""
<h1>Certificate of Acceptance</h1>
{kv([("Customer", escape(cust.name)), ("Partner", escape(HOKKAIDO.name)), ("Project", "HCP-2026-009")])}
{
        grid(
            ["Workload", "Work", "Volume"],
            [
                (
                    "Exchange Online",
                    "Migration from the hosted mail service; 8 shared mailboxes for the shops and online store",
                    "96 + 8 mailboxes",
                ),
                (
                    "Microsoft Teams",
                    "Teams for 96 staff in the 3 shops, the glass studio and the office; Teams "
                    "meetings with the Sapporo department-store buyers",
                    "96 users",
                ),
            ],
            [22, 58, 20],
        )
    }
<p>We accept the work above as delivered by {escape(HOKKAIDO.name)}.</p>
{fields([("Name", f"{escape(cc.name)}, {escape(cc.title)}", 18), ("Signature", "", 44), ("Date", "", 18)])}
"""
    pdf = doc_pdf(
        HOKKAIDO,
        html,
        "Certificate of Acceptance HCP-2026-009",
        HC_PM.name,
        T(2026, 4, 17, 10, 0, 9),
        f"{cid}|cert",
        right="Certificate of Acceptance",
    )
    scan = g.scan_pdf(
        pdf,
        [
            Ink("Signature", "sig", cc.name, dx=150, dy=4, h=30, occurrence=0, color=g.INK_BLACK),
            Ink("Signature", "seal", dx=300, dy=-8, h=56, occurrence=0, lines=("小樽", "硝子"), cjk=True),
            Ink("Date", "hand", "2026/04/20", dx=150, dy=2, h=13, occurrence=0, color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 4, 20, 14, 0, 9),
        dpi=200,
        skew=0.4,
        gray=False,
    )
    files = {"HCP-2026-009_Certificate_of_Acceptance_dated.pdf": scan}
    claim = cpor(
        cid,
        HOKKAIDO,
        HC_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        resub,
        [(p, "poe") for p in files],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the acceptance certificate carries no date. Please upload a dated "
                "customer acknowledgement and resubmit within 14 calendar days, otherwise the claim will be rejected.",
            ),
            (
                "partner",
                resub - dt.timedelta(minutes=2),
                "Dated certificate uploaded – sorry for the delay, Golden Week preparations at the customer.",
            ),
        ],
        history=[
            ("submission", first, HC_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", resub - dt.timedelta(minutes=4), HC_PM.email),
            ("submission", resub, HC_PM.email),
        ],
    )
    RULE_ONLY[cid] = "resubmitted 19 days after action required (limit 14)"
    return Bundle(
        f"{cid}_otaru_resubmitted_after_fourteen_days",
        claim,
        files,
        "reject",
        "Returning claim: set to Partner Action Required on 2026-04-06 for an undated acceptance certificate. The "
        "guide gives fourteen calendar days to resubmit, after which the claim is automatically rejected; the partner "
        "resubmitted on 2026-04-25, 19 days later. The new certificate is signed, sealed and dated 2026/04/20 and "
        "would have resolved the request, but the claim was already out of time: a new claim is needed.",
        "History: action required 2026-04-06 → submission 2026-04-25 (19 days); partner comment 'sorry for the delay'.",
        {
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_039_sauerland_dispute_in_time_with_acceptance() -> Bundle:
    cid = "5031039"
    cust = Org(
        "Sauerland Drahtwerk GmbH",
        "Sauerland Draht",
        "sauerland-draht.de",
        "DE",
        "58762 Altena",
        "Lennestraße 40",
        "#37474f",
    )
    cc = person(cust, "Stefan Kortmann", "IT-Leiter / Head of IT", "s.kortmann")
    first, asked, rejected = T(2026, 2, 10, 10, 0, 1), T(2026, 2, 13, 9, 0, 1), T(2026, 2, 28, 9, 0, 1)
    disputed, resub = T(2026, 3, 10, 15, 0, 1), T(2026, 3, 18, 11, 0, 1)
    need_days(rejected, resub, 18)
    parties = [
        Party("Kunde / Customer", cust.name, cc.name, "IT-Leiter"),
        Party("Auftragnehmer / Contractor", RHEINRUHR.name, RR_SEC.name, "Senior Consultant"),
    ]
    labels = ("Name", "Funktion / Title", "Unterschrift / Signature", "Datum / Date")
    html = f"""
<h1>Abnahmeprotokoll / Acceptance Record</h1>
{
        kv(
            [
                ("Kunde / Customer", escape(cust.name)),
                ("Auftragnehmer / Contractor", escape(RHEINRUHR.name)),
                ("Projekt / Project", "RRC-2025-088"),
                ("Zeitraum / Period", "17.11.2025 – 30.01.2026"),
            ]
        )
    }
{
        grid(
            ["Leistung", "Service", "Umfang / Volume"],
            [
                (
                    "Defender for Endpoint auf Büro- und Produktions-PCs, ASR-Regeln im Blockmodus, Gerätegruppen je "
                    "Werk",
                    "Defender for Endpoint on office and production PCs, ASR rules in block mode, device groups "
                    "per plant",
                    "290 Geräte + 11 Server / devices + servers",
                ),
                (
                    "Defender for Office 365 P2: Safe Links, Safe Attachments, 2 Phishing-Simulationen",
                    "Defender for Office 365 P2: Safe Links, Safe Attachments, 2 phishing simulations",
                    "310 Postfächer / mailboxes",
                ),
            ],
            [40, 40, 20],
        )
    }
<p>Der Kunde nimmt die Leistungen ab. / The customer accepts the services.</p>
""" + g.signoff(
        "columns", parties, heading="Unterschriften / Signatures", labels=labels, company_label="Firma / Company"
    )
    pdf = doc_pdf(
        RHEINRUHR,
        html,
        "Abnahmeprotokoll RRC-2025-088",
        RR_SEC.name,
        T(2026, 3, 11, 9, 0, 1),
        f"{cid}|ap",
        right="Abnahmeprotokoll · RRC-2025-088",
        footer=escape(RHEINRUHR.name + " · " + RHEINRUHR.reg),
    )
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("columns", parties[0], 0, "12.03.2026", labels=labels),
            *g.sign_inks("columns", parties[1], 1, "12.03.2026", labels=labels, color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 3, 12, 16, 0, 1),
        dpi=150,
        skew=-0.6,
        scanner=1,
    )
    m1 = Mail(
        RR_SEC,
        [cc],
        "Abnahme Defender-Projekt / acceptance",
        T(2026, 3, 11, 9, 30, 1),
        "Hallo Herr Kortmann,\n\nanbei das Abnahmeprotokoll zur Unterschrift. / Attached is the acceptance record "
        "for signature.\n\nViele Grüße\nDennis Brückner\n\n" + g.footer_block(RR_SEC),
        lang="de",
    )
    m2 = Mail(
        cc,
        [RR_SEC],
        "AW: Abnahme Defender-Projekt / acceptance",
        T(2026, 3, 12, 16, 20, 1),
        "Hallo Herr Brückner,\n\nunterschriebenes Protokoll anbei. Defender läuft auf allen 290 Geräten und 11 "
        "Servern, die Phishing-Simulationen waren hilfreich. / Signed record attached. Defender runs on all 290 "
        "devices and 11 servers; we accept the project.\n\nGruß\nStefan Kortmann\nIT-Leiter, Sauerland Drahtwerk",
        quoted=m1,
        lang="de",
        attachments=[("Abnahmeprotokoll_RRC-2025-088_unterschrieben.pdf", scan)],
    )
    report = findings_report(
        RHEINRUHR,
        "Projektbericht / Project report – Defender",
        [("Kunde / Customer", cust.name), ("Projekt / Project", "RRC-2025-088")],
        [("Umfang / Scope", ul(["MDE: 290 devices, 11 servers", "MDO P2: 310 mailboxes, 2 simulations"]))],
        T(2026, 2, 6, 12, 0, 1),
        RR_SEC.name,
        f"{cid}|rep",
        right="Projektbericht",
    )
    files = {
        "Projektbericht_RRC-2025-088.pdf": report,
        "Dispute/Abnahmeprotokoll_RRC-2025-088_unterschrieben.pdf": scan,
        "Dispute/AW_ Abnahme Defender-Projekt.msg": msg_in(m2),
    }
    claim = cpor(
        cid,
        RHEINRUHR,
        RR_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        resub,
        [(p, "poe") for p in files],
        status="disputed",
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the POE has no customer acknowledgement. Please provide it within 14 calendar days.",
            ),
            ("microsoft", rejected, "Rejected: no response within 14 days."),
            (
                "partner",
                resub - dt.timedelta(minutes=3),
                "Dispute: signed acceptance record and the customer's e-mail attached.",
            ),
        ],
        history=[
            ("submission", first, RR_SEC.email),
            ("action required", asked, "Microsoft"),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, RR_SEC.email),
            ("document submission", resub - dt.timedelta(minutes=5), RR_SEC.email),
            ("submission", resub, RR_SEC.email),
        ],
    )
    return Bundle(
        f"{cid}_sauerland_dispute_in_time_with_acceptance",
        claim,
        files,
        "approve",
        "Returning claim: rejected on 2026-02-28 because no customer acknowledgement came within 14 days; the "
        "partner disputed and submitted the dispute on 2026-03-18, 18 days after the rejection (within the 30 days "
        "allowed). The dispute resolves the reason: a DE/EN acceptance record signed by the customer's Head of IT on "
        "12.03.2026 and his e-mail from sauerland-draht.de accepting the project (MDE on 290 devices + 11 servers, MDO "
        "P2 for 310 mailboxes). The claim can be approved.",
        "History: rejected 2026-02-28 → disputed 03-10 → submission 03-18; Dispute/ scan signed by Stefan Kortmann "
        "12.03.2026 and his e-mail 'we accept the project'.",
        g.cpor_ok(email_ack=True),
    )


def s503_040_kano_dispute_with_unsent_draft() -> Bundle:
    cid = "5031040"
    cust = Org(
        "Kano Agro-Allied Industries Ltd",
        "Kano Agro-Allied",
        "kanoagroallied.ng",
        "NG",
        "Kano",
        "Sharada Industrial Estate, Phase III",
        "#827717",
    )
    cc = person(cust, "Bashir Lawal", "IT Manager", "bashir.lawal")
    first, rejected = T(2026, 4, 8, 10, 0, 1), T(2026, 4, 20, 9, 0, 1)
    disputed, resub = T(2026, 5, 2, 12, 0, 1), T(2026, 5, 6, 14, 0, 1)
    need_days(rejected, resub, 16)
    report = findings_report(
        EKO,
        "Project Report – Microsoft Teams",
        [("Customer", cust.name), ("Period", "February – March 2026"), ("Reference", "EKO-PR-2026-014")],
        [
            (
                "Delivered",
                ul(
                    [
                        "Teams for 210 users at the Kano mill and the Lagos sales office",
                        "12 teams (milling, packaging, logistics, sales by state)",
                        "Teams meetings replacing the weekly phone conference with 34 distributors",
                    ]
                ),
            ),
        ],
        T(2026, 3, 31, 16, 0, 1),
        EK_PM.name,
        f"{cid}|rep",
        right="Project Report",
    )
    draft = Mail(
        EK_PM,
        [cc],
        "Acceptance – Microsoft Teams deployment",
        T(2026, 5, 2, 11, 40, 1),
        "Dear Chidinma,\n\nKano Agro-Allied Industries Ltd hereby confirms that Eko Cloud Solutions Ltd has "
        "completed the deployment of Microsoft Teams for our 210 users and we accept the project.\n\nRegards,\n"
        "[Name]\nIT Manager, Kano Agro-Allied Industries Ltd",
    )
    files = {
        "EKO-PR-2026-014_Project_Report.pdf": report,
        "Dispute/Acceptance – Microsoft Teams deployment.msg": msg_draft(draft),
    }
    claim = cpor(
        cid,
        EKO,
        EK_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS"],
        resub,
        [(p, "poe") for p in files],
        status="disputed",
        comments=[
            (
                "microsoft",
                rejected,
                "Rejected: the POE consists of the partner's own report; documents without "
                "customer acknowledgement are not accepted.",
            ),
            ("partner", resub - dt.timedelta(minutes=2), "Dispute: customer acceptance e-mail attached."),
        ],
        history=[
            ("submission", first, EK_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, EK_PM.email),
            ("document submission", resub - dt.timedelta(minutes=4), EK_PM.email),
            ("submission", resub, EK_PM.email),
        ],
    )
    return Bundle(
        f"{cid}_kano_dispute_with_unsent_draft",
        claim,
        files,
        "reject",
        "Returning claim: rejected on 2026-04-20 for lack of customer acknowledgement; the dispute was submitted in "
        "time (16 days later) but adds only an unsent Outlook draft from the partner's mailbox – From "
        "chidinma.okafor@ekocloud.ng, no send date, flagged unsent, addressed to 'Dear Chidinma' and signed '[Name]', "
        "i.e. text the partner wrote for the customer to send. It is not an e-mail from the customer and nobody at "
        "kanoagroallied.ng acknowledged anything. The reason for rejection is not resolved, and a decision on a "
        "dispute is final: reject.",
        "Dispute/…msg: draft (X-Unsent, MSGFLAG_UNSENT), From chidinma.okafor@ekocloud.ng, body signed '[Name]'.",
        {"customer_acknowledgement": "fail", "activity_detail": "pass", "reused_evidence": "pass"},
    )


def s503_041_da_nang_dispute_after_thirty_days() -> Bundle:
    cid = "5031041"
    cust = Org(
        "Da Nang Seafood Export JSC",
        "Da Nang Seafood",
        "danangseafood.vn",
        "VN",
        "Son Tra District, Da Nang",
        "Tho Quang Fishing Port, Lot 7",
        "#0277bd",
    )
    cc = person(cust, "Le Quang Huy", "IT Director", "huy.le")
    first, rejected = T(2026, 4, 13, 10, 0, 7), T(2026, 5, 4, 9, 0, 7)
    disputed, resub = T(2026, 5, 20, 15, 0, 7), T(2026, 6, 10, 10, 0, 7)
    need_days(rejected, resub, 37)
    parties = [Party("Customer", cust.name, cc.name, cc.title), Party("Partner", MEKONG.name, MK_PM.name, MK_PM.title)]
    html = f"""
<h1>Acceptance Certificate</h1>
{
        kv(
            [
                ("Customer", escape(cust.name)),
                ("Partner", escape(MEKONG.name)),
                ("Reference", "MKC-AC-2026-011"),
                ("Period", "02/02/2026 – 27/03/2026"),
            ]
        )
    }
{
        grid(
            ["Workload", "Work", "Volume"],
            [
                (
                    "Azure Virtual Machines",
                    "Migration of the ERP, the cold-storage temperature monitoring and the export documentation "
                    "servers from the on-premises VMware cluster to Azure (Southeast Asia); Azure Backup and Azure "
                    "Monitor alerts to the IT on-call group; reserved instances for the 12 production VMs",
                    "46 VMs",
                )
            ],
            [24, 56, 20],
        )
    }
<p>The customer accepts the work above as delivered by {escape(MEKONG.name)}.</p>
""" + g.signoff("columns", parties, heading="Signatures")
    pdf = doc_pdf(
        MEKONG,
        html,
        "Acceptance Certificate MKC-AC-2026-011",
        MK_PM.name,
        T(2026, 5, 18, 9, 0, 7),
        f"{cid}|ac",
        right="Acceptance Certificate",
    )
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("columns", parties[0], 0, "19/05/2026"),
            *g.sign_inks("columns", parties[1], 1, "19/05/2026", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 5, 19, 10, 0, 7),
        dpi=150,
        skew=0.5,
    )
    files = {"Dispute/MKC-AC-2026-011_Acceptance_Certificate_signed.pdf": scan}
    claim = cpor(
        cid,
        MEKONG,
        MK_PM,
        cust,
        cc,
        "Azure",
        ["AZURE VIRTUAL MACHINES"],
        resub,
        [(p, "poe") for p in files],
        status="disputed",
        comments=[
            (
                "microsoft",
                rejected,
                "Rejected: the only acknowledgement is a screenshot of an e-mail; flat images of "
                "e-mails are not accepted.",
            ),
            ("partner", resub - dt.timedelta(minutes=2), "Dispute: signed acceptance certificate attached."),
        ],
        history=[
            ("submission", first, MK_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, MK_PM.email),
            ("document submission", resub - dt.timedelta(minutes=5), MK_PM.email),
            ("submission", resub, MK_PM.email),
        ],
    )
    RULE_ONLY[cid] = "dispute submitted 37 days after rejection (limit 30)"
    return Bundle(
        f"{cid}_da_nang_dispute_after_thirty_days",
        claim,
        files,
        "reject",
        "Returning claim: rejected on 2026-05-04 (flat e-mail screenshot). The partner opened the dispute on 05-20 but "
        "only submitted it on 2026-06-10, 37 days after the rejection. Claims can be disputed up to 30 days after "
        "rejection; after that a new claim must be submitted. The signed certificate now attached (19/05/2026, 46 "
        "VMs migrated to Azure) would have resolved the reason, but too late.",
        "History: rejected 2026-05-04, disputed 2026-05-20, submission 2026-06-10 (37 days after rejection).",
        {
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_042_mackay_second_dispute_after_final_rejection() -> Bundle:
    cid = "5031042"
    cust = Org(
        "Mackay Sugar Terminal Pty Ltd",
        "Mackay Sugar Terminal",
        "mackaysugarterminal.com.au",
        "AU",
        "Mackay Harbour QLD 4740",
        "Harbour Road, Berth 4",
        "#8d6e63",
    )
    cc = person(cust, "Rebecca Lowe", "IT Services Manager", "rebecca.lowe")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Kestrel Systems", KESTREL.name, KS_PM.name, KS_PM.title),
    ]
    cert = kestrel_certificate(
        cust,
        "KS-GL-2024-031",
        D(2024, 8, 19),
        [
            (
                "Microsoft Teams Rooms",
                "Teams Rooms in 9 meeting rooms and the shipping control room; Pro Management "
                "portal; room booking from Outlook",
                "10 rooms",
            )
        ],
        parties,
        f"{cid}|cert",
        when=T(2024, 8, 19, 11, 0, 10),
    )
    scan = g.scan_pdf(
        cert,
        [
            *g.sign_inks("stacked", parties[0], 0, "22/08/2024", labels=KESTREL_LABELS),
            *g.sign_inks("stacked", parties[1], 1, "22/08/2024", labels=KESTREL_LABELS, color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2024, 8, 22, 15, 0, 10),
        dpi=150,
        skew=0.4,
    )
    letter = findings_report(
        KESTREL,
        "Dispute – ongoing engagement",
        [("Customer", cust.name), ("Claim", cid)],
        [
            (
                "Statement",
                "<p>Kestrel Systems continues to support the Teams Rooms at Mackay Sugar Terminal under its "
                "support agreement. We ask Microsoft to reconsider the rejection.</p>",
            )
        ],
        T(2026, 2, 12, 16, 0, 10),
        KS_PM.name,
        f"{cid}|letter",
        right="Dispute",
    )
    m1 = Mail(
        KS_PM,
        [cc],
        "Teams Rooms – quick confirmation",
        T(2026, 2, 26, 14, 0, 10),
        "Hi Rebecca,\n\nCould you confirm in a reply that Kestrel still looks after your Teams Rooms?\n\nCheers,\n"
        "Liam\n\n" + g.footer_block(KS_PM),
    )
    m2 = Mail(
        cc,
        [KS_PM],
        "RE: Teams Rooms – quick confirmation",
        T(2026, 2, 27, 8, 45, 10),
        "Hi Liam,\n\nYes – Kestrel manages our 10 Teams Rooms through the Pro portal, did the firmware and room "
        "layout refresh in January and added the new control-room display last month.\n\nRebecca\n\n"
        + signature_lines(cc),
        quoted=m1,
    )
    t = {
        "sub1": T(2026, 1, 20, 10, 0, 10),
        "rej1": T(2026, 2, 2, 9, 0, 10),
        "dis1": T(2026, 2, 12, 16, 30, 10),
        "sub2": T(2026, 2, 13, 9, 0, 10),
        "final": T(2026, 2, 19, 9, 0, 10),
        "dis2": T(2026, 3, 2, 10, 0, 10),
        "sub3": T(2026, 3, 3, 9, 30, 10),
    }
    files = {
        "KS-GL-2024-031_Go-Live_Certificate_signed.pdf": scan,
        "Dispute/Kestrel_dispute_statement.pdf": letter,
        "Dispute 2/RE_ Teams Rooms – quick confirmation.msg": msg_in(m2),
    }
    claim = cpor(
        cid,
        KESTREL,
        KS_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS ROOMS"],
        t["sub3"],
        [(p, "poe") for p in files],
        status="disputed",
        comments=[
            (
                "microsoft",
                t["rej1"],
                "Rejected: the customer signature (22/08/2024) is older than 12 months and no "
                "recent customer acknowledgement confirms active engagement.",
            ),
            ("partner", t["sub2"] - dt.timedelta(minutes=2), "Dispute: statement of ongoing support attached."),
            (
                "microsoft",
                t["final"],
                "Dispute reviewed: the statement is the partner's own and does not contain a "
                "customer acknowledgement. The rejection is upheld; this decision is final.",
            ),
            (
                "partner",
                t["sub3"] - dt.timedelta(minutes=2),
                "Second dispute: customer e-mail of 27 Feb confirming our ongoing work attached.",
            ),
        ],
        history=[
            ("submission", t["sub1"], KS_PM.email),
            ("rejected", t["rej1"], "Microsoft"),
            ("disputed", t["dis1"], KS_PM.email),
            ("submission", t["sub2"], KS_PM.email),
            ("rejected final", t["final"], "Microsoft"),
            ("disputed", t["dis2"], KS_PM.email),
            ("document submission", t["sub3"] - dt.timedelta(minutes=4), KS_PM.email),
            ("submission", t["sub3"], KS_PM.email),
        ],
    )
    RULE_ONLY[cid] = "dispute of a Final Rejected claim"
    return Bundle(
        f"{cid}_mackay_second_dispute_after_final_rejection",
        claim,
        files,
        "reject",
        "Returning claim with two disputes. Rejected on 2026-02-02 (signature of 22/08/2024 older than 12 months); "
        "the first dispute added only Kestrel's own statement and was rejected on 2026-02-19 as final. The partner "
        "then disputed again and submitted a customer e-mail of 27 Feb 2026 confirming ongoing Teams Rooms work. The "
        "guide is explicit: if a submitted dispute is rejected, that is a final decision, and once a claim is 'Final "
        "Rejected' it cannot be disputed again – the partner must submit a new claim (where that e-mail would be "
        "useful). Not accepted.",
        "History: rejected 02-02 → disputed → submission 02-13 → 'rejected final' 02-19 → disputed 03-02 → "
        "submission 03-03; Microsoft comment 'this decision is final'.",
        {"ineligible_customer": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Partner Activities: AMMP (fixed payout by partner market), variable-payout workshops, windows, invoices, surveys
# --------------------------------------------------------------------------------------------------------------


def s503_043_toowoomba_ammp_market_a() -> Bundle:
    cid = "5031043"
    cust = Org(
        "Toowoomba Freight Lines Pty Ltd",
        "Toowoomba Freight",
        "toowoombafreight.com.au",
        "AU",
        "Toowoomba QLD 4350",
        "22 Carrington Street",
        "#bf360c",
    )
    cc = person(cust, "Greg Sheehan", "Chief Technology Officer", "greg.sheehan")
    consent, submitted = D(2026, 2, 9), T(2026, 5, 28, 15, 0, 10)
    n = need_days(consent, submitted, 108)
    lz = g.landing_zone_doc(KESTREL, cust, f"{cid}|lz", T(2026, 3, 6, 14, 0, 10), KS_PM.name)
    files, claim = g.ammp_claim(
        cid,
        "toowoomba",
        KESTREL,
        KS_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Freight booking portal (ASP.NET MVC, SQL Server)",
        arr="USD 64,000 per year",
        dates=["23/02/2026", "20/03/2026", "24/04/2026", "08/05/2026"],
        amount=15000.0,
        inv_no="KS-INV-2026-0317",
        date_style="gb_long",
        sign_when=T(2026, 5, 18, 10, 0, 10),
        date_text="18/05/2026",
        invoice_kw={"date_style": "gb_long", "bank": "Westpac Banking Corporation · USD account 034-002 ****882"},
        extra={"POE/Landing_Zone_Design_Toowoomba.pdf": lz},
    )
    return Bundle(
        f"{cid}_toowoomba_ammp_market_a",
        claim,
        files,
        "approve",
        "AMMP App/Data Modernization (Small) from an Australian partner: Australia is Market A, so USD 15,000 is the "
        "rate, and the invoice shows it with the claim ID and the partner's name. The programme's POE template lists "
        "the four required activities as completed with the customer's own facts and is signed by the customer's "
        f"CTO (18/05/2026); both surveys carry full name, company and job title; submitted {n} days after consent "
        "(xs/small: 120). The activity list is the programme's wording shared by every AMMP claim (boilerplate).",
        "Invoice KS-INV-2026-0317: 'MCI Engagement Claim ID 5031043', USD 15,000.00; partner.country AU; consent "
        "2026-02-09 → submitted 2026-05-28.",
        g.pa_ok(),
    )


def s503_044_al_khor_landing_zone_not_done() -> Bundle:
    cid = "5031044"
    cust = Org(
        "Al Khor Marine Services W.L.L.",
        "Al Khor Marine",
        "alkhormarine.qa",
        "QA",
        "Al Khor",
        "Al Khor Industrial Area, Street 12",
        "#006064",
    )
    cc = person(cust, "Yousef Al-Kuwari", "IT Manager", "y.alkuwari")
    consent, submitted = D(2026, 3, 1), T(2026, 6, 10, 11, 0, 3)
    n = need_days(consent, submitted, 101)
    parties = [Party("Customer", cust.name, cc.name, cc.title), Party("Partner", PEARL.name, PC_PM.name, PC_PM.title)]
    done = [
        ("15/03/2026", "9 applications reviewed; vessel maintenance planner selected; compatibility report v1.1"),
        (
            "Planned – phase 2",
            "Not started: the customer's existing Azure subscription is used as-is until the "
            "landing zone project in Q3 2026",
        ),
        (
            "21/05/2026",
            "Vessel maintenance planner re-platformed to Azure App Service and Azure SQL Database; CI/CD "
            "in Azure DevOps",
        ),
        ("28/05/2026", "Defender for Cloud for App Service and SQL; 2 private endpoints; Key Vault"),
    ]
    details = g.paras(
        f"{escape(PEARL.name)} modernized the vessel maintenance planner for {escape(cust.name)}; production since "
        "21/05/2026.",
        "Estimated Azure consumption after 12 months in production: USD 38,000 per year.",
    )
    poe = g.ammp_poe(
        PEARL,
        cust,
        cid,
        "Vessel maintenance planner (ASP.NET, SQL Server)",
        "USD 38,000 per year",
        done,
        details,
        parties,
        D(2026, 6, 1),
        f"{cid}|ammp",
        date_style="gb_long",
        author=PC_PM.name,
    )
    signed = g.scan_pdf(
        poe,
        [
            *g.sign_inks("columns", parties[0], 0, "01/06/2026"),
            *g.sign_inks("columns", parties[1], 1, "01/06/2026", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 6, 1, 12, 0, 3),
        dpi=150,
        skew=0.5,
    )
    files, claim = pa_claim(
        cid,
        PEARL,
        PC_PM,
        cust,
        cc,
        area="Azure",
        eng=g.engagement("AMMP-ADM-S", g.AMMP_NAME, "xs_small", "fixed"),
        consent=consent,
        submitted=submitted,
        poe={"POE/AMMP_POE_Al_Khor_Marine_signed.pdf": signed},
        amount=12000.0,
        inv_no="PCD-INV-2026-0094",
        inv_day=D(2026, 6, 4),
        activities="Application review and modernization of the vessel maintenance planner, Defender for Cloud",
        outcome="Vessel maintenance planner in production on Azure App Service",
        participants="6",
        invoice_kw={"date_style": "gb_long", "bank": "Qatar National Bank · USD account ****7710"},
    )
    return Bundle(
        f"{cid}_al_khor_ammp_landing_zone_not_done",
        claim,
        files,
        "action_required",
        "AMMP (Small) from a Qatari partner (Market B, USD 12,000 invoiced correctly, surveys complete, "
        f"{n} days after consent). But the engagement requires four activities to be completed for it to count as "
        "fully delivered, and the signed POE template marks 'Landing Zone Setup or Review' as 'Planned – phase 2 … "
        "Not started'. The engagement is not fully delivered as described; the partner must show the landing zone "
        "setup or review. UNSURE: a reviewer could reject outright as not delivered; leaning action_required since "
        "the window (120 days) is still open.",
        "Signed AMMP template, row 'Landing Zone Setup or Review': 'Planned – phase 2 … Not started'.",
        {
            "activity_detail": ["fail", "warn"],
            "invoice": "pass",
            "attestations": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_045_can_tho_ammp_market_c_invoiced_b() -> Bundle:
    cid = "5031045"
    cust = Org(
        "Can Tho Rice Export JSC",
        "Can Tho Rice",
        "canthorice.vn",
        "VN",
        "Can Tho City",
        "Tra Noc Industrial Park 2, Lot 31",
        "#9e9d24",
    )
    cc = person(cust, "Pham Minh Tuan", "IT Director", "tuan.pham")
    consent, submitted = D(2026, 1, 19), T(2026, 5, 8, 10, 0, 7)
    n = need_days(consent, submitted, 109)
    files, claim = g.ammp_claim(
        cid,
        "cantho",
        MEKONG,
        MK_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Export contract & shipment tracker (Java Spring, Oracle)",
        arr="USD 29,000 per year",
        dates=["02/02/2026", "27/02/2026", "10/04/2026", "24/04/2026"],
        amount=12000.0,
        inv_no="MKC-INV-2026-0058",
        date_style="gb_long",
        sign_when=T(2026, 4, 29, 10, 0, 7),
        date_text="29/04/2026",
        invoice_kw={"date_style": "gb_long", "bank": "Vietcombank · USD account ****3306"},
    )
    return Bundle(
        f"{cid}_can_tho_ammp_market_c_invoiced_at_b",
        claim,
        files,
        "action_required",
        "AMMP (Small) from a Vietnamese partner. Vietnam is in neither the Market A nor the Market B list, so it is "
        "Market C, where the rate is USD 7,500; the invoice asks for USD 12,000 (the Market B rate). The invoice "
        "amount must match the payout for the partner's market. Template, surveys and timing "
        f"({n} days after consent, xs/small: 120) are fine.",
        "Invoice MKC-INV-2026-0058: USD 12,000.00; partner.country VN (Market C → USD 7,500).",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "required_documents": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_046_big_horn_water_district_ammp_with_disclosure() -> Bundle:
    cid = "5031046"
    cust = Org(
        "Big Horn Basin Water Conservancy District",
        "Big Horn Basin Water",
        "bhbwcd.org",
        "US",
        "Worland, WY 82401",
        "1200 Culbertson Ave",
        "#1565c0",
    )
    cc = person(cust, "Tyler Haskell", "IT Coordinator", "thaskell")
    mgr = person(cust, "Diane Ostrander", "District Manager", "dostrander")
    consent, submitted = D(2026, 3, 16), T(2026, 7, 6, 9, 30, -6)
    n = need_days(consent, submitted, 112)
    psd = psd_pdf(
        RIDGELINE,
        cust,
        "AMMP App/Data Modernization (Small) – Partner Activities",
        "USD 15,000",
        D(2026, 3, 18),
        f"{cid}|psd",
    )
    psd_scan = g.scan_pdf(
        psd,
        psd_inks(mgr.name, mgr.title, "3/20/2026"),
        f"{cid}|psds",
        T(2026, 3, 20, 10, 0, -6),
        dpi=150,
        skew=0.7,
        scanner=0,
    )
    files, claim = g.ammp_claim(
        cid,
        "bighorn",
        RIDGELINE,
        RL_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Water rights & irrigation scheduling app (.NET Framework, SQL Server)",
        arr="USD 31,000 per year",
        dates=["03/30/2026", "04/17/2026", "06/05/2026", "06/19/2026"],
        amount=15000.0,
        inv_no="RCW-INV-2026-0412",
        date_style="us_long",
        sign_when=T(2026, 6, 24, 11, 0, -6),
        date_text="06/24/2026",
        segment="public_sector",
        invoice_kw={"date_style": "us_long", "bank": "Wire: Colorado Front Range Bank, ABA 102000021, Acct ****5520"},
    )
    files["PSD/Public_Sector_Disclosure_BHBWCD_signed.pdf"] = psd_scan
    claim["documents"].append(
        {"path": "PSD/Public_Sector_Disclosure_BHBWCD_signed.pdf", "role": "public_sector_disclosure"}
    )
    return Bundle(
        f"{cid}_big_horn_water_district_ammp_with_disclosure",
        claim,
        files,
        "approve",
        "US water conservancy district (local government, public sector) on a Partner Activities AMMP claim: a "
        "written Public Sector Disclosure acknowledged by the customer is required, and it is there – the standard "
        "wording, signed in ink by the District Manager on 3/20/2026. The AMMP template (four activities, signed "
        "06/24/2026), invoice with claim ID and USD 15,000 (partner in the US, Market A), both surveys signed, "
        f"{n} days after consent (xs/small: 120). Disclosure wording and AMMP activity list are boilerplate shared "
        "with other claims.",
        "PSD scan: 'Customer: Big Horn Basin Water Conservancy District', signed by Diane Ostrander, District "
        "Manager, 3/20/2026; invoice RCW-INV-2026-0412 USD 15,000.00.",
        g.pa_ok(ps=True),
    )


def s503_047_alpentrans_invoice_wrong_claim_id() -> Bundle:
    cid = "5031047"
    cust = Org(
        "Alpentrans Spedition GmbH",
        "Alpentrans",
        "alpentrans.at",
        "AT",
        "9500 Villach",
        "Europastraße 8",
        "#4a148c",
    )
    cc = person(cust, "Markus Unterberger", "Leiter IT", "m.unterberger")
    consent, submitted = D(2026, 2, 2), T(2026, 5, 21, 13, 0, 2)
    n = need_days(consent, submitted, 108)
    inv = g.invoice_pdf(
        ADRIATIC,
        "AC-RAC-2026-0133",
        D(2026, 5, 15),
        [
            (
                "MCI Engagement Claim ID 5031074 – AMMP App/Data Modernization (Small)\nCustomer: Alpentrans Spedition "
                "GmbH",
                12000.0,
            )
        ],
        f"{cid}|inv",
        vat=0.22,
        vat_label="DDV",
        title="RAČUN / INVOICE",
        date_style="de",
        bank="NLB d.d. · USD account SI56 0210 0026 ****",
    )
    files, claim = g.ammp_claim(
        cid,
        "alpentrans",
        ADRIATIC,
        AD_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Customs declaration & transit portal (PHP, MySQL)",
        arr="USD 42,000 per year",
        dates=["16.02.2026", "13.03.2026", "24.04.2026", "08.05.2026"],
        amount=12000.0,
        inv_no="AC-RAC-2026-0133",
        date_style="de",
        sign_when=T(2026, 5, 12, 10, 0, 2),
        date_text="12.05.2026",
        invoice_pdf_bytes=inv,
    )
    return Bundle(
        f"{cid}_alpentrans_invoice_with_wrong_claim_id",
        claim,
        files,
        "action_required",
        "AMMP (Small) from a Slovenian partner for an Austrian customer: the partner's market decides the rate, and "
        "Slovenia is Market B, so USD 12,000 pre-tax (22% DDV added below) is right. But the invoice's claim ID reads "
        "'5031074' – a transposition, not this claim (5031047) – and the invoice must carry this claim's ID. Template, "
        f"surveys and timing ({n} days after consent) are fine.",
        "Invoice AC-RAC-2026-0133: 'MCI Engagement Claim ID 5031074', USD 12,000.00 + DDV 22%.",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_048_algeciras_ammp_after_120_days() -> Bundle:
    cid = "5031048"
    cust = Org(
        "Logística Portuaria de Algeciras S.A.",
        "LPA Algeciras",
        "lpalgeciras.es",
        "ES",
        "11207 Algeciras, Cádiz",
        "Muelle Juan Carlos I, Edificio Isla Verde",
        "#00695c",
    )
    cc = person(cust, "Javier Moreno Lara", "Responsable de Sistemas", "jmoreno")
    consent, submitted = D(2026, 1, 12), T(2026, 5, 26, 10, 0, 2)
    n = need_days(consent, submitted, 134)
    files, claim = g.ammp_claim(
        cid,
        "algeciras",
        GUADALQUIVIR,
        GQ_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Container yard appointment system (Java, PostgreSQL)",
        arr="USD 55,000 per year",
        dates=["26/01/2026", "20/02/2026", "10/04/2026", "24/04/2026"],
        amount=12000.0,
        inv_no="GD-FV-2026-0161",
        date_style="gb_long",
        sign_when=T(2026, 5, 6, 10, 0, 2),
        date_text="06/05/2026",
        invoice_kw={"date_style": "gb_long", "title": "FACTURA / INVOICE", "bank": "CaixaBank · USD account ****2231"},
    )
    return Bundle(
        f"{cid}_algeciras_ammp_after_120_days",
        claim,
        files,
        "reject",
        "AMMP (Small) claims must be submitted within 120 days of customer consent (2026-01-12 → 2026-05-12); this "
        f"one came on 2026-05-26, {n} days after consent. A claim that was not submitted by its deadline expires and "
        "cannot be reactivated. The rest is in order (Spain is Market B, USD 12,000 invoiced; signed template; "
        "surveys).",
        "consent_date 2026-01-12, activity_type xs_small, submitted 2026-05-26.",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s503_049_kluane_threat_protection_engagement() -> Bundle:
    cid = "5031049"
    cust = Org(
        "Kluane Mining Corp.",
        "Kluane Mining",
        "kluanemining.ca",
        "CA",
        "Whitehorse, YT Y1A 2C4",
        "4110 4th Avenue, Suite 300",
        "#4e342e",
    )
    cc = person(cust, "Marie-Ève Tremblay", "Director of IT", "metremblay")
    consent, submitted = D(2026, 3, 2), T(2026, 5, 19, 11, 0, -6)
    n = need_days(consent, submitted, 78)
    eng = g.engagement("SEC-TPE-VAR", "Threat Protection Engagement", "standard", "variable", 4800.0)
    report = findings_report(
        CEDAR,
        "Threat Protection Engagement – Findings & Recommendations",
        [
            ("Customer", cust.name),
            ("Engagement", "Threat Protection Engagement"),
            ("MCI claim", cid),
            ("Sessions", "March 24, April 7 and April 21, 2026"),
        ],
        [
            (
                "Threat exploration (30 days, Defender XDR trial tenant)",
                ul(
                    [
                        "Password spray from 2 hosting-provider ranges against 61 accounts; 3 accounts with no MFA.",
                        "Mail forwarding rule to a free-mail address on the accounts-payable mailbox.",
                        "14 devices at the Carmacks camp with an unpatched remote-access tool.",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Conditional Access baseline for 420 users including camp contractors.",
                        "Onboard 390 devices to Defender for Endpoint; isolate the camp OT network.",
                        "Defender for Office 365 Safe Links and auto-forwarding block.",
                    ]
                ),
            ),
            ("Next steps", "<p>Deployment proposal presented on April 21; customer decision expected in June.</p>"),
        ],
        T(2026, 4, 28, 16, 0, -6),
        CP_LEAD.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        CEDAR,
        CP_LEAD,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"TPE_Findings_Kluane_Mining.pdf": report},
        amount=4800.0,
        inv_no="CPS-2026-0144",
        inv_day=D(2026, 5, 12),
        activities="Threat exploration, findings and recommendations workshops",
        outcome="Security roadmap: Conditional Access, MDE for 390 devices, MDO",
        participants="7",
        invoice_kw={"date_style": "us_long", "bank": "RBC Royal Bank · USD account ****0418"},
    )
    return Bundle(
        f"{cid}_kluane_threat_protection_engagement",
        claim,
        files,
        "approve",
        "Security Partner Activities engagement with a variable payout of USD 4,800: specific findings (password "
        "spray, forwarding rule, unpatched camp devices) and recommendations, invoice CPS-2026-0144 with the claim "
        "ID, partner name and USD 4,800.00, both surveys signed with name, company and title, submitted "
        f"{n} days after consent (standard: 90).",
        "Invoice CPS-2026-0144: 'MCI Engagement Claim ID 5031049', USD 4,800.00 = proposed payout.",
        g.pa_ok(),
    )


def s503_050_karnataka_water_board_with_disclosure() -> Bundle:
    cid = "5031050"
    cust = Org(
        "Karnataka Urban Water Utilities Board",
        "KUWUB",
        "kuwub.karnataka.gov.in",
        "IN",
        "Bengaluru 560009",
        "Jala Bhavan, 1st Main Road, Seshadripuram",
        "#0277bd",
    )
    cc = person(cust, "Dr. Anitha Gowda", "Chief Information Officer", "cio")
    consent, submitted = D(2026, 2, 16), T(2026, 5, 4, 11, 0, 5.5)
    n = need_days(consent, submitted, 77)
    eng = g.engagement("MW-COPILOT-ACC-VAR", "Microsoft 365 Copilot Accelerator", "standard", "variable", 3400.0)
    deck = g.slides_pdf(
        GANGES,
        [
            (
                "Microsoft 365 Copilot Accelerator – KUWUB",
                f"<p>MCI claim {cid} · Findings and adoption plan</p>"
                "<p>Workshops 9, 16 and 23 March 2026, Jala Bhavan</p>",
            ),
            (
                "Scenarios selected",
                ul(
                    [
                        "Drafting replies to citizen grievances (4,000 a month) in Kannada and English",
                        "Summaries of board meeting minutes",
                        "Tender document comparison for 3 engineering divisions",
                    ]
                ),
            ),
            (
                "Readiness findings",
                ul(
                    [
                        "38 SharePoint sites with 'Everyone' permissions – to be fixed before rollout",
                        "Sensitivity labels not yet applied to tender files",
                        "25 pilot users identified in engineering and grievance cells",
                    ]
                ),
            ),
            (
                "Adoption plan",
                ul(
                    [
                        "Pilot 25 users in April",
                        "Champions in each of 6 zones",
                        "Measure: grievance reply time (today 6.5 days)",
                    ]
                ),
            ),
        ],
        meta("KUWUB Copilot Accelerator findings", GD_PM.name, T(2026, 3, 27, 17, 0, 5.5), g.PPT),
        f"{cid}|deck",
        footer=f"Ganges Digital Services · KUWUB · MCI claim {cid}",
    )
    psd = psd_pdf(
        GANGES,
        cust,
        "Microsoft 365 Copilot Accelerator – Partner Activities",
        "USD 3,400",
        D(2026, 2, 20),
        f"{cid}|psd",
        style="gb_long",
    )
    psd_scan = g.scan_pdf(
        psd,
        psd_inks(cc.name, cc.title, "23-02-2026", seal=("KUWUB", "BENGALURU")),
        f"{cid}|psds",
        T(2026, 2, 23, 12, 0, 5.5),
        dpi=150,
        skew=-0.6,
        scanner=3,
    )
    files, claim = pa_claim(
        cid,
        GANGES,
        GD_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"KUWUB_Copilot_Accelerator_Findings.pdf": deck},
        amount=3400.0,
        inv_no="GDS-2627-0021",
        inv_day=D(2026, 4, 27),
        activities="Copilot scenario workshops, readiness review, adoption plan",
        outcome="Copilot pilot for 25 users with readiness fixes",
        participants="14",
        segment="public_sector",
        extra_docs=[("PSD_KUWUB_signed.pdf", psd_scan, "public_sector_disclosure")],
        invoice_kw={"date_style": "gb_long", "title": "TAX INVOICE", "bank": "HDFC Bank · EEFC USD account ****6620"},
    )
    return Bundle(
        f"{cid}_karnataka_water_board_with_disclosure",
        claim,
        files,
        "approve",
        "Partner Activities claim for an Indian state water utility board (government, public sector): India is one "
        "of the three countries where public-sector Partner Activities claims need the Public Sector Disclosure, and "
        "it is there – the standard wording, signed and sealed by the board's CIO on 23-02-2026. The findings deck is "
        "specific (grievance replies, 38 over-shared sites, 25 pilot users), the invoice shows the claim ID and USD "
        f"3,400 (= proposed payout), both surveys are signed, submitted {n} days after consent (standard: 90). The "
        "customer uses its acronym 'KUWUB' and a government sub-domain. Disclosure wording is boilerplate.",
        "PSD_KUWUB_signed.pdf: acknowledgement signed by Dr. Anitha Gowda, CIO, seal 'KUWUB BENGALURU', 23-02-2026.",
        g.pa_ok(ps=True),
        container="zip-folder",
    )


def s503_051_dharwad_hospital_no_disclosure() -> Bundle:
    cid = "5031051"
    cust = Org(
        "Dharwad District General Hospital",
        "DDGH Dharwad",
        "ddgh-dharwad.in",
        "IN",
        "Dharwad 580001, Karnataka",
        "Civil Hospital Road",
        "#ad1457",
    )
    cc = person(cust, "Dr. Suresh Kulkarni", "Medical Superintendent", "ms")
    consent, submitted = D(2026, 4, 6), T(2026, 6, 22, 10, 0, 5.5)
    n = need_days(consent, submitted, 77)
    eng = g.engagement("SEC-DSE-VAR", "Data Security Engagement", "standard", "variable", 3900.0)
    report = findings_report(
        GANGES,
        "Data Security Engagement – Findings Report",
        [("Customer", cust.name), ("MCI claim", cid), ("Sessions", "27 April, 11 and 25 May 2026")],
        [
            (
                "Data risk check",
                ul(
                    [
                        "2,140 files with patient identifiers on open SharePoint sites",
                        "Discharge summaries e-mailed to personal addresses (310 in 30 days)",
                        "No sensitivity labels in use",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Sensitivity labels 'Patient – Restricted' with encryption",
                        "DLP policy for patient identifiers (Aadhaar, ABHA, MRN)",
                        "Insider risk policy for departing staff",
                    ]
                ),
            ),
        ],
        T(2026, 6, 1, 17, 0, 5.5),
        GD_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        GANGES,
        GD_PM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"DSE_Findings_DDGH_Dharwad.pdf": report},
        amount=3900.0,
        inv_no="GDS-2627-0078",
        inv_day=D(2026, 6, 15),
        activities="Data risk check, findings, protection roadmap",
        outcome="Labelling and DLP roadmap for patient data",
        participants="9",
        segment="public_sector",
        invoice_kw={"date_style": "gb_long", "title": "TAX INVOICE", "bank": "HDFC Bank · EEFC USD account ****6620"},
    )
    return Bundle(
        f"{cid}_dharwad_hospital_no_disclosure",
        claim,
        files,
        "action_required",
        "A government district hospital in India (healthcare, public sector) on a Partner Activities claim: for "
        "public-sector customers in India, the United States and Puerto Rico the claim must include the Public Sector "
        "Disclosure acknowledged by the customer. None is uploaded. Findings report, invoice (USD 3,900 with the "
        f"claim ID), surveys and timing ({n} days, standard: 90) are otherwise fine.",
        "customer.segment public_sector, country IN; no public_sector_disclosure document.",
        {
            "required_documents": "fail",
            "public_sector": "fail",
            "invoice": "pass",
            "attestations": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_052_lusail_invoice_in_riyals() -> Bundle:
    cid = "5031052"
    cust = Org(
        "Lusail Facility Management W.L.L.",
        "Lusail FM",
        "lusailfm.qa",
        "QA",
        "Lusail",
        "Marina District, Tower 9, Floor 14",
        "#00838f",
    )
    cc = person(cust, "Hamad Al-Marri", "Operations Director", "h.almarri")
    consent, submitted = D(2026, 2, 22), T(2026, 5, 12, 10, 0, 3)
    n = need_days(consent, submitted, 79)
    eng = g.engagement("MW-FRONTLINE-WS-VAR", "Enable Frontline Workshop", "standard", "variable", 2800.0)
    report = findings_report(
        PEARL,
        "Enable Frontline Workshop – Findings",
        [("Customer", cust.name), ("MCI claim", cid), ("Workshop", "17 and 24 March 2026")],
        [
            (
                "Frontline today",
                "<p>1,150 technicians and cleaners across 38 client sites; shift swaps by WhatsApp; "
                "work orders printed daily.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams Shifts for 4 shift patterns",
                        "Work-order app in Power Apps",
                        "Walkie Talkie on 200 shared Android devices",
                    ]
                ),
            ),
        ],
        T(2026, 3, 31, 15, 0, 3),
        PC_PM.name,
        f"{cid}|rep",
    )
    inv = g.invoice_pdf(
        PEARL,
        "PCD-INV-2026-0071",
        D(2026, 5, 5),
        [(f"MCI Engagement Claim ID {cid} – Enable Frontline Workshop\nCustomer: {cust.name}", 10192.0)],
        f"{cid}|inv",
        currency="QAR",
        date_style="gb_long",
        bank="Qatar National Bank · QAR account ****1120",
    )
    files, claim = pa_claim(
        cid,
        PEARL,
        PC_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Frontline_Workshop_Findings_Lusail_FM.pdf": report},
        amount=2800.0,
        inv_no="PCD-INV-2026-0071",
        inv_day=D(2026, 5, 5),
        activities="Frontline workshop: Shifts, work orders, Walkie Talkie",
        outcome="Frontline plan for 1,150 workers",
        participants="11",
        invoice_pdf_bytes=inv,
    )
    return Bundle(
        f"{cid}_lusail_invoice_in_qatari_riyals",
        claim,
        files,
        "action_required",
        "Findings are specific, surveys complete, submitted "
        f"{n} days after consent (standard: 90). But the invoice is in Qatari riyals (QAR 10,192.00) instead of the "
        "proposed variable payout of USD 2,800 in US dollars: the invoice amount must be shown in USD.",
        "Invoice PCD-INV-2026-0071: 'QAR 10,192.00'; engagement proposed payout USD 2,800.",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


TATRA_HU = Org(
    "Tatra Cloud Services Kft.",
    "Tatra Cloud",
    "tatracloud.hu",
    "HU",
    "1138 Budapest",
    "Váci út 141",
    "#0d47a1",
    "Cg. 01-09-384412 · Adószám 27384412-2-41",
    "+36 1 555 0177",
)


def s503_053_zilina_invoice_from_sister_company() -> Bundle:
    cid = "5031053"
    cust = Org(
        "Žilinská stavebná spoločnosť a.s.",
        "ŽSS",
        "zss-zilina.sk",
        "SK",
        "010 01 Žilina",
        "Kamenná 11",
        "#e65100",
    )
    cc = person(cust, "Zuzana Bieliková", "Finančná riaditeľka / CFO", "zuzana.bielikova")
    consent, submitted = D(2026, 3, 9), T(2026, 5, 25, 10, 0, 2)
    n = need_days(consent, submitted, 77)
    eng = g.engagement(
        "BA-BC-ENV-VAR", "Dynamics 365 Business Central Envisioning Workshop", "standard", "variable", 2600.0
    )
    w = g.Word(accent="0D47A1")
    w.header(TATRA, "Envisioning workshop – výstupy / outcomes")
    w.footer(f"{TATRA.name} · {TATRA.reg}")
    w.h("Business Central Envisioning Workshop – ŽSS", 0)
    w.table([["Customer", cust.name], ["MCI claim", cid], ["Workshops", "1 and 15 April 2026, Žilina"]], header=False)
    w.h("Current state", 1)
    w.bullets(
        [
            "Job costing for 40 construction sites in Excel; 3-week month-end close",
            "Subcontractor invoices approved on paper at the sites",
            "Legacy ERP out of support in 2027",
        ]
    )
    w.h("Target scenarios demonstrated", 1)
    w.bullets(
        [
            "Jobs and job journals per site with budget vs. actual",
            "Purchase approvals from the site on a phone",
            "Fixed assets for 120 machines and vehicles",
        ]
    )
    w.h("Recommendation", 1)
    w.p("Business Central Premium for 35 users; phased go-live from January 2027; fit-gap for equipment rental.")
    report = w.save(meta("BC Envisioning ZSS", TC_PM.name, T(2026, 4, 20, 15, 0, 2)))
    inv = g.invoice_pdf(
        TATRA_HU,
        "TCS-2026-0412",
        D(2026, 5, 18),
        [
            (
                f"MCI Engagement Claim ID {cid} – Dynamics 365 Business Central Envisioning Workshop\nCustomer: "
                f"{cust.name}",
                2600.0,
            )
        ],
        f"{cid}|inv",
        date_style="de",
        title="SZÁMLA / INVOICE",
        bank="OTP Bank · USD account HU42 1177 3016 ****",
    )
    files, claim = pa_claim(
        cid,
        TATRA,
        TC_PM,
        cust,
        cc,
        area="Business Applications",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"BC_Envisioning_ZSS_outcomes.docx": report},
        amount=2600.0,
        inv_no="TCS-2026-0412",
        inv_day=D(2026, 5, 18),
        activities="Business Central envisioning: job costing, site approvals, fixed assets",
        outcome="Recommendation for Business Central Premium, 35 users",
        participants="8",
        invoice_pdf_bytes=inv,
    )
    return Bundle(
        f"{cid}_zilina_invoice_from_sister_company",
        claim,
        files,
        "action_required",
        "The claim is filed by Tatra Cloud s.r.o. (Slovakia), but the invoice is issued by 'Tatra Cloud Services "
        "Kft.', a Budapest company with its own registration and tax numbers. The partner company name is one of the "
        "three required invoice elements: the invoice must come from the claiming partner. Claim ID and USD 2,600 "
        f"(= proposed payout) are right; workshop outcomes, surveys and timing ({n} days) are fine. The customer "
        "writes its name as 'ŽSS'.",
        "Invoice TCS-2026-0412 header 'Tatra Cloud Services Kft. · Váci út 141, 1138 Budapest · Cg. 01-09-384412'; "
        "claim partner 'Tatra Cloud s.r.o.'.",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_054_asahikawa_assessment_day_58() -> Bundle:
    cid = "5031054"
    cust = Org(
        "Asahikawa Kagu K.K.",
        "Asahikawa Kagu",
        "asahikawa-kagu.co.jp",
        "JP",
        "Asahikawa, Hokkaido 078-8272",
        "Higashi-Asahikawa-cho 2-1",
        "#6d4c41",
    )
    cc = person(cust, "Haruka Ito", "Administration Manager", "h.ito")
    consent, submitted = D(2026, 4, 1), T(2026, 5, 29, 17, 30, 9)
    n = need_days(consent, submitted, 58)
    eng = g.engagement(
        "SEC-DRC-ASMT-VAR", "Data Security: Data Risk Check (Assessment)", "assessment", "variable", 2200.0
    )
    report = findings_report(
        HOKKAIDO,
        "Data Risk Check – Assessment Report",
        [("Customer", cust.name), ("MCI claim", cid), ("Scan period", "20 April – 11 May 2026")],
        [
            (
                "Findings",
                ul(
                    [
                        "1,380 design files shared with 'Anyone' links, 212 of them with external buyers",
                        "Customer price lists in 4 personal OneDrive accounts of departed staff",
                        "No retention for e-mail older than 7 years",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Sensitivity label 'Design – Confidential' for CAD exports",
                        "Expire 'Anyone' links after 30 days",
                        "Offboarding checklist for OneDrive",
                    ]
                ),
            ),
        ],
        T(2026, 5, 20, 16, 0, 9),
        HC_PM.name,
        f"{cid}|rep",
        right="Assessment Report",
    )
    files, claim = pa_claim(
        cid,
        HOKKAIDO,
        HC_PM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Data_Risk_Check_Asahikawa_Kagu.pdf": report},
        amount=2200.0,
        inv_no="HCP-INV-2026-0061",
        inv_day=D(2026, 5, 25),
        activities="Data risk scan, findings workshop",
        outcome="Labelling and sharing policy plan",
        participants="5",
        invoice_kw={"date_style": "iso", "title": "請求書 / INVOICE", "bank": "MUFG Bank · USD account ****4471"},
    )
    return Bundle(
        f"{cid}_asahikawa_assessment_day_58",
        claim,
        files,
        "approve",
        "Assessment-type engagement: it must be submitted within 60 days of customer consent (2026-04-01 → "
        f"2026-05-31); submitted on 2026-05-29, day {n}. Specific findings (1,380 over-shared design files, price "
        "lists in departed staff's OneDrive), invoice with claim ID and USD 2,200 (= proposed payout), both surveys "
        "signed.",
        "consent_date 2026-04-01, activity_type assessment, submitted 2026-05-29 (58 days); invoice HCP-INV-2026-0061 "
        "USD 2,200.00.",
        g.pa_ok(),
    )


def s503_055_haut_jura_assessment_day_64() -> Bundle:
    cid = "5031055"
    cust = Org(
        "Coopérative Laitière du Haut-Jura",
        "Coop Haut-Jura",
        "cooplaitiere-hautjura.fr",
        "FR",
        "39400 Morez",
        "3 rue de la Fruitière",
        "#2e7d32",
    )
    cc = person(cust, "Élodie Vuillet", "Responsable administrative", "e.vuillet")
    consent, submitted = D(2026, 2, 2), T(2026, 4, 7, 11, 0, 2)
    n = need_days(consent, submitted, 64)
    eng = g.engagement("SEC-TP-ASMT-VAR", "Threat Protection: Security Assessment", "assessment", "variable", 2400.0)
    report = findings_report(
        MISTRAL,
        "Security Assessment – Findings / Constats",
        [("Customer / Client", cust.name), ("MCI claim", cid), ("Assessment", "23 February – 13 March 2026")],
        [
            (
                "Findings / Constats",
                ul(
                    [
                        "Legacy authentication still used by 3 milk-collection tablets",
                        "22 admin accounts without MFA",
                        "Unsupported Windows 7 PC at the cheese cellar controller",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(["Block legacy authentication", "MFA and PIM for admins", "Isolate the cellar controller"]),
            ),
        ],
        T(2026, 3, 20, 15, 0, 1),
        MN_SEC.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        MISTRAL,
        MN_SEC,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Security_Assessment_Haut-Jura.pdf": report},
        amount=2400.0,
        inv_no="MN-F-2026-0088",
        inv_day=D(2026, 3, 30),
        activities="Security assessment and findings session",
        outcome="Identity hardening plan",
        participants="4",
        invoice_kw={
            "date_style": "gb_long",
            "title": "FACTURE / INVOICE",
            "bank": "BNP Paribas · USD account ****7781",
        },
    )
    return Bundle(
        f"{cid}_haut_jura_assessment_day_64",
        claim,
        files,
        "reject",
        "Assessment-type engagement: claims must be submitted within 60 days of customer consent (2026-02-02 → "
        f"2026-04-03); this one was submitted on 2026-04-07, day {n}. A claim not submitted by its deadline expires "
        "and cannot be reactivated, whatever the quality of the findings and invoice.",
        "consent_date 2026-02-02, activity_type assessment, submitted 2026-04-07 (64 days).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s503_056_yorkshire_dales_analytics_medium() -> Bundle:
    cid = "5031056"
    cust = Org(
        "Yorkshire Dales Creamery Ltd",
        "Dales Creamery",
        "dalescreamery.co.uk",
        "GB",
        "Hawes DL8 3NT",
        "Gayle Lane",
        "#f9a825",
    )
    cc = person(cust, "Rachel Metcalfe", "Head of Finance & IT", "rachel.metcalfe")
    consent, submitted = D(2025, 11, 17), T(2026, 5, 26, 14, 0, 1)
    n = need_days(consent, submitted, 190)
    eng = g.engagement(
        "AZ-INNOV-ANL-DEP-M-VAR", "Azure Innovate PL: Analytics Deployment (Medium)", "medium", "variable", 16500.0
    )
    shot = g.portal_screenshot(
        "Fabric | Workspace | Dales-Analytics-Prod",
        [("Reports", "14"), ("Users (30 days)", "72"), ("Refreshes OK", "99.2%"), ("Lakehouse", "1.4 TB")],
        [
            ("Milk intake by farm", "Report", "Daily 05:00", "41"),
            ("Cheese maturation stock", "Report", "Hourly", "28"),
            ("Retail & online sales", "Report", "Daily 06:00", "33"),
            ("lh_dales_bronze", "Lakehouse", "Pipelines", "-"),
        ],
        ["Name", "Type", "Refresh", "Viewers"],
        f"{cid}|shot",
        tenant="dalescreamery.co.uk",
    )
    report = findings_report(
        HELIX,
        "Analytics Deployment – Delivery Report",
        [
            ("Customer", cust.name),
            ("MCI claim", cid),
            ("Production since", "20 April 2026"),
            ("Platform", "Azure Data Factory, Azure Data Lake Storage Gen2, Azure Databricks, Power BI"),
        ],
        [
            (
                "Sources",
                ul(
                    [
                        "Milk intake from 140 farms (weighbridge SQL)",
                        "Sage 200 finance",
                        "Shopify web shop and 2 visitor-centre tills",
                        "Maturation-store sensors (IoT Hub)",
                    ]
                ),
            ),
            (
                "Delivered",
                ul(
                    [
                        "Bronze/silver/gold lakehouse (1.4 TB)",
                        "14 Power BI reports for 72 users",
                        "Daily milk-quality alerts to the field team",
                    ]
                ),
            ),
            (
                "Timeline",
                grid(
                    ["Phase", "Dates"],
                    [
                        ("Design", "Dec 2025"),
                        ("Build", "Jan – Mar 2026"),
                        ("Production", "20 Apr 2026"),
                        ("Hypercare", "to 15 May 2026"),
                    ],
                    [50, 50],
                ),
            ),
            ("Estimated Azure consumption", "<p>USD 5,200 per month.</p>"),
        ],
        T(2026, 5, 18, 16, 0, 1),
        HX_SA.name,
        f"{cid}|rep",
        right="Delivery Report",
    )
    files, claim = pa_claim(
        cid,
        HELIX,
        HX_SA,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Analytics_Deployment_Delivery_Report_Dales.pdf": report},
        extra_docs=[("Workspace_screenshot_2026-05-14.png", shot, "supporting")],
        amount=16500.0,
        inv_no="HDX-INV-2026-0207",
        inv_day=D(2026, 5, 20),
        activities="Analytics platform on Azure with 14 Power BI reports",
        outcome="Production analytics for 72 users",
        participants="12",
        invoice_kw={"date_style": "gb_long", "vat": 0.2, "bank": "Barclays · USD account ****3391"},
    )
    return Bundle(
        f"{cid}_yorkshire_dales_analytics_medium_day_190",
        claim,
        files,
        "approve",
        "Medium Azure analytics deployment (variable payout USD 16,500): delivery report with sources, lakehouse, 14 "
        "reports for 72 users, production date and consumption estimate; invoice with claim ID and USD 16,500.00 "
        "pre-tax (20% UK VAT added below – VAT is not required, not forbidden); both surveys signed. Submitted "
        f"{n} days after consent, within the 200 days allowed for medium projects, although consent dates from "
        "November 2025.",
        "consent 2025-11-17 → submitted 2026-05-26 (190 days, medium: 200); invoice HDX-INV-2026-0207 subtotal USD "
        "16,500.00.",
        g.pa_ok(),
    )


def s503_057_niederrhein_large_day_270() -> Bundle:
    cid = "5031057"
    cust = Org(
        "Niederrhein Logistik GmbH",
        "Niederrhein Logistik",
        "niederrhein-logistik.de",
        "DE",
        "47551 Bedburg-Hau",
        "Industriestraße 30",
        "#1a237e",
    )
    cc = person(cust, "Thomas Verheyen", "Leiter IT", "t.verheyen")
    consent, submitted = D(2025, 8, 4), T(2026, 5, 1, 10, 0, 2)
    n = need_days(consent, submitted, 270)
    eng = g.engagement(
        "AZ-MM-INFRA-L-VAR", "Azure Migrate & Modernize: Infrastructure Migration (Large)", "large", "variable", 36000.0
    )
    report = findings_report(
        RHEINRUHR,
        "Migrationsbericht / Migration Report",
        [("Kunde / Customer", cust.name), ("MCI claim", cid), ("Cutover", "14.03.2026")],
        [
            (
                "Migrated / Migriert",
                ul(
                    [
                        "212 VMs from 2 data centres to Azure (West Europe)",
                        "SAP ERP 6.0 on Azure VMs, warehouse management on AKS",
                        "Azure Site Recovery for 40 critical VMs",
                    ]
                ),
            ),
            ("Estimated Azure consumption", "<p>USD 48,000 per month.</p>"),
        ],
        T(2026, 4, 10, 15, 0, 2),
        RR_PM.name,
        f"{cid}|rep",
        right="Migrationsbericht",
    )
    files, claim = pa_claim(
        cid,
        RHEINRUHR,
        RR_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Migrationsbericht_Niederrhein_Logistik.pdf": report},
        amount=36000.0,
        inv_no="RRC-RE-2026-0311",
        inv_day=D(2026, 4, 24),
        activities="Migration of 212 VMs and SAP to Azure",
        outcome="Both data centres closed",
        participants="15",
        invoice_kw={"date_style": "de", "title": "RECHNUNG / INVOICE", "bank": "Sparkasse Essen · USD-Konto ****0042"},
    )
    return Bundle(
        f"{cid}_niederrhein_large_migration_day_270",
        claim,
        files,
        "reject",
        "Large project: claims must be submitted within 260 days of customer consent (2025-08-04 → 2026-04-21); this "
        f"one was submitted on 2026-05-01, day {n}. The claim expired before submission and cannot be reactivated. "
        "Report, invoice (USD 36,000 = proposed payout) and surveys are otherwise in order.",
        "consent_date 2025-08-04, activity_type large, submitted 2026-05-01 (270 days > 260).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s503_058_taquari_partner_survey_no_title() -> Bundle:
    cid = "5031058"
    cust = Org(
        "Frigorífico Vale do Taquari S.A.",
        "Frigorífico Taquari",
        "frigotaquari.com.br",
        "BR",
        "Lajeado – RS, 95900-000",
        "Rua Júlio de Castilhos, 1500",
        "#b71c1c",
    )
    cc = person(cust, "Fernanda Kuhn", "Diretora Comercial", "fernanda.kuhn")
    consent, submitted = D(2026, 3, 3), T(2026, 5, 20, 10, 30, -3)
    n = need_days(consent, submitted, 78)
    eng = g.engagement(
        "BA-CE-ENV-VAR", "Dynamics 365 Customer Engagement Envisioning Workshop", "standard", "variable", 2700.0
    )
    report = findings_report(
        PAMPA,
        "Customer Engagement Envisioning – Findings",
        [("Customer", cust.name), ("MCI claim", cid), ("Workshops", "24 March and 7 April 2026")],
        [
            (
                "Today",
                ul(
                    [
                        "38 key-account managers for supermarket chains work from spreadsheets",
                        "Export price lists e-mailed as PDFs; no record of customer complaints",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Dynamics 365 Sales for 38 KAMs with account plans",
                        "Customer Service for 12 complaint handlers with SLA on temperature claims",
                    ]
                ),
            ),
        ],
        T(2026, 4, 14, 17, 0, -3),
        PN_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        PAMPA,
        PN_PM,
        cust,
        cc,
        area="Business Applications",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"CE_Envisioning_Findings_Taquari.pdf": report},
        amount=2700.0,
        inv_no="PN-NF-2026-0233",
        inv_day=D(2026, 5, 13),
        activities="Envisioning workshops for key accounts and complaint handling",
        outcome="Sales and Customer Service recommendation",
        participants="9",
        partner_sig={"title": ""},
        invoice_kw={"date_style": "gb", "bank": "Banrisul · conta em USD ****5512"},
    )
    return Bundle(
        f"{cid}_taquari_partner_survey_without_title",
        claim,
        files,
        "action_required",
        "The partner attestation's electronic signature has the full name and company but an empty job title; the "
        "final survey question requires full name, company name and job title. For the partner's own survey the "
        "guide has the review team ask the partner to re-take it with a valid signature. Findings, invoice (USD "
        f"2,700 with the claim ID), customer survey and timing ({n} days) are fine.",
        "partner_attestation JSON: signature.job_title is empty.",
        {
            "attestations": "fail",
            "invoice": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_059_ponce_harbor_dispute_not_accepted() -> Bundle:
    cid = "5031059"
    cust = Org(
        "Ponce Harbor Distributors Inc.",
        "Ponce Harbor",
        "ponceharbor.com",
        "PR",
        "Ponce, PR 00716",
        "Ave. Santiago de los Caballeros 2150",
        "#1565c0",
    )
    cc = person(cust, "Luis Ortiz Santiago", "Director de Operaciones", "lortiz")
    consent = D(2026, 3, 10)
    first, rejected = T(2026, 4, 28, 10, 0, -4), T(2026, 5, 5, 9, 0, -4)
    disputed, resub = T(2026, 5, 12, 14, 0, -4), T(2026, 5, 13, 9, 0, -4)
    eng = g.engagement("MW-COPILOT-ACC-VAR", "Microsoft 365 Copilot Accelerator", "standard", "variable", 3600.0)
    report = findings_report(
        CARIBE,
        "Copilot Accelerator – Hallazgos / Findings",
        [("Cliente / Customer", cust.name), ("MCI claim", cid), ("Talleres / Workshops", "March 24 and April 7, 2026")],
        [
            (
                "Escenarios / Scenarios",
                ul(
                    [
                        "Order confirmations for 600 retail customers",
                        "Route summaries for 45 drivers",
                        "Supplier contract comparison",
                    ]
                ),
            )
        ],
        T(2026, 4, 20, 16, 0, -4),
        CN_PM.name,
        f"{cid}|rep",
    )
    letter = g.html_pdf(
        """<h1 style="color:#1565c0">Ponce Harbor Distributors Inc.</h1>
<p class="small">Ave. Santiago de los Caballeros 2150, Ponce PR 00716 · ponceharbor.com</p>
<p>May 11, 2026</p><p>To whom it may concern,</p>
<p>Ponce Harbor Distributors confirms that Caribe Nube Technologies delivered the Microsoft 365 Copilot Accelerator
workshops for us on March 24 and April 7, 2026. We prefer that Caribe Nube's claim be the one approved.</p>
<p style="margin-top:40pt">Luis Ortiz Santiago<br/>Director de Operaciones</p>""",
        meta("Carta Ponce Harbor", cc.name, T(2026, 5, 11, 10, 0, -4)),
        f"{cid}|letter",
        style=css("#1565c0"),
    )
    letter = g.scan_pdf(
        letter,
        [Ink("Luis Ortiz Santiago", "sig", cc.name, dx=0, dy=-36, h=30)],
        f"{cid}|ls",
        T(2026, 5, 11, 12, 0, -4),
        dpi=150,
        skew=0.5,
    )
    files, claim = pa_claim(
        cid,
        CARIBE,
        CN_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=resub,
        poe={"Copilot_Accelerator_Findings_Ponce_Harbor.pdf": report},
        extra_docs=[("Dispute/Carta_Ponce_Harbor_2026-05-11.pdf", letter, "supporting")],
        amount=3600.0,
        inv_no="CN-INV-2026-0118",
        inv_day=D(2026, 4, 24),
        activities="Copilot scenario workshops",
        outcome="Copilot pilot plan for operations",
        participants="8",
        status="disputed",
        history=[
            ("customer consent approved", T(2026, 3, 10, 12, 0, -4), "-"),
            ("submission", first, CN_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, CN_PM.email),
            ("document submission", resub - dt.timedelta(minutes=4), CN_PM.email),
            ("submission", resub, CN_PM.email),
        ],
        comments=[
            (
                "microsoft",
                rejected,
                "This claim was rejected automatically: the customer consented to another "
                "partner's claim for the same engagement (Microsoft 365 Copilot Accelerator) and customer ID.",
            ),
            (
                "partner",
                resub - dt.timedelta(minutes=2),
                "Dispute: the customer confirms in the attached letter that "
                "we delivered the workshops and prefers our claim.",
            ),
        ],
    )
    RULE_ONLY[cid] = "dispute of an automatic rejection after the customer consented to another partner's claim"
    return Bundle(
        f"{cid}_ponce_harbor_dispute_not_accepted",
        claim,
        files,
        "reject",
        "Returning claim: rejected automatically on 2026-05-05 because the customer consented to another partner's "
        "claim for the same engagement and customer ID. The partner disputed within days and attached a customer "
        "letter preferring its claim. The guide: when a customer consents to a claim, other open claims for the same "
        "engagement + customer ID from other partners are automatically rejected, and 'Disputes are not accepted for "
        "this scenario'. The letter cannot change that; the rejection stands.",
        "Microsoft comment 2026-05-05 'rejected automatically: the customer consented to another partner's claim for "
        "the same engagement'; status disputed.",
        {"invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s503_060_liepaja_resubmitted_corrected_invoice() -> Bundle:
    cid = "5031060"
    cust = Org(
        "Liepājas Dzintara Darbnīca SIA",
        "Liepāja Amber",
        "liepajasdzintars.lv",
        "LV",
        "Liepāja, LV-3401",
        "Kuršu iela 12",
        "#ff8f00",
    )
    cc = person(cust, "Inese Krūmiņa", "Valdes priekšsēdētāja / Chair of the Board", "inese.krumina")
    consent = D(2026, 2, 16)
    first, asked, resub = T(2026, 4, 27, 10, 0, 3), T(2026, 4, 30, 9, 0, 3), T(2026, 5, 8, 12, 0, 3)
    need_days(consent, first, 70)
    n = need_days(consent, resub, 81)
    eng = g.engagement("MW-FRONTLINE-WS-VAR", "Enable Frontline Workshop", "standard", "variable", 3100.0)
    report = findings_report(
        BALTIC,
        "Enable Frontline Workshop – Findings",
        [("Customer", cust.name), ("MCI claim", cid), ("Workshops", "10 and 17 March 2026")],
        [
            (
                "Frontline today",
                "<p>140 artisans and shop staff in the workshop, 6 city shops and 2 seaside kiosks; "
                "shift plans on paper; stock counts phoned in.</p>",
            ),
            (
                "Recommendations",
                ul(
                    ["Teams Shifts for shops and kiosks", "Stock count app in Power Apps", "Teams on 20 shared tablets"]
                ),
            ),
        ],
        T(2026, 3, 25, 16, 0, 2),
        BB_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        BALTIC,
        BB_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=resub,
        poe={"Frontline_Workshop_Findings_Liepaja_Amber.pdf": report},
        amount=3100.0,
        inv_no="BB-2026-044-K",
        inv_day=D(2026, 5, 6),
        activities="Frontline workshop: shifts, stock counts, shared tablets",
        outcome="Frontline plan for 140 staff",
        participants="7",
        invoice_kw={
            "title": "RĒĶINS / INVOICE (corrected)",
            "date_style": "gb_long",
            "extra": "<p>This invoice replaces BB-2026-044 (USD 3,000.00).</p>",
            "bank": "Swedbank · USD konts ****0711",
        },
        history=[
            ("customer consent approved", T(2026, 2, 16, 12, 0, 2), "-"),
            ("submission", first, BB_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", resub - dt.timedelta(minutes=5), BB_PM.email),
            ("submission", resub, BB_PM.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the invoice amount (USD 3,000.00) does not match the proposed payout "
                "of USD 3,100. Please upload a corrected invoice and resubmit.",
            ),
            ("partner", resub - dt.timedelta(minutes=2), "Corrected invoice BB-2026-044-K uploaded."),
        ],
    )
    return Bundle(
        f"{cid}_liepaja_resubmitted_with_corrected_invoice",
        claim,
        files,
        "approve",
        f"Returning claim: first submitted on day {days(consent, first)} (standard: 90), set to action required on "
        "2026-04-30 because the invoice said USD 3,000 instead of the proposed payout of USD 3,100, and resubmitted "
        f"on 2026-05-08 – day {n}, well before a standard claim in action required expires (120 days after "
        "consent). The corrected invoice BB-2026-044-K shows the claim ID, the partner and USD 3,100.00; findings and "
        "surveys are fine.",
        "History: submission 04-27 → action required 04-30 → submission 05-08; invoice BB-2026-044-K USD 3,100.00.",
        g.pa_ok(),
    )


def s503_061_tucson_nurseries_no_findings_report() -> Bundle:
    cid = "5031061"
    cust = Org(
        "Tucson Desert Nurseries LLC",
        "Desert Nurseries",
        "tucsondesertnurseries.com",
        "US",
        "Tucson, AZ 85705",
        "3201 N Flowing Wells Rd",
        "#558b2f",
    )
    cc = person(cust, "Andrea Salcido", "Office & IT Manager", "asalcido")
    consent, submitted = D(2026, 4, 13), T(2026, 6, 29, 16, 0, -7)
    n = need_days(consent, submitted, 77)
    eng = g.engagement("SEC-TPE-VAR", "Threat Protection Engagement", "standard", "variable", 4500.0)
    files, claim = pa_claim(
        cid,
        SAGUARO,
        SG_LEAD,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={},
        amount=4500.0,
        inv_no="SGS-2026-0219",
        inv_day=D(2026, 6, 22),
        activities="Threat exploration and recommendations",
        outcome="Security roadmap",
        participants="4",
        invoice_kw={"date_style": "us_long", "bank": "Wire: Desert Sun Bank, ABA 122105155, Acct ****7720"},
        comments=[
            (
                "partner",
                submitted - dt.timedelta(minutes=3),
                "Findings report to follow – customer review meeting moved to July.",
            )
        ],
    )
    return Bundle(
        f"{cid}_tucson_nurseries_no_findings_report",
        claim,
        files,
        "action_required",
        "Partner Activities claims need the engagement's POE document(s) besides the surveys and the invoice. This "
        "claim has the invoice (USD 4,500 with the claim ID) and both surveys, but no findings report or other POE "
        "document – the partner's own comment says it will 'follow'. A required component is missing; the partner "
        f"must upload it (submitted on day {n} of 90).",
        "documents: invoice, customer_attestation, partner_attestation only; partner comment 'Findings report to "
        "follow'.",
        {
            "required_documents": "fail",
            "invoice": "pass",
            "attestations": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_062_enugu_customer_survey_it_dept() -> Bundle:
    cid = "5031062"
    cust = Org(
        "Enugu Breweries Plc",
        "Enugu Breweries",
        "enugubreweries.com.ng",
        "NG",
        "Enugu",
        "9th Mile Corner, Ngwo",
        "#f57f17",
    )
    cc = person(cust, "Obinna Eze", "Head of IT", "obinna.eze")
    consent, submitted = D(2026, 2, 23), T(2026, 5, 11, 11, 0, 1)
    n = need_days(consent, submitted, 77)
    eng = g.engagement(
        "MW-FOW-ENV-VAR", "Modern Work: Future of Work Envisioning Workshop", "standard", "variable", 2500.0
    )
    report = findings_report(
        EKO,
        "Future of Work Envisioning – Findings",
        [("Customer", cust.name), ("MCI claim", cid), ("Workshops", "16 and 30 March 2026")],
        [
            (
                "Findings",
                ul(
                    [
                        "Sales reps for 2,400 outlets file orders by SMS",
                        "Brewery shift handovers on paper",
                        "Head-office file shares full; no external collaboration with distributors",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams for 620 staff with a channel per depot",
                        "SharePoint for distributor collaboration",
                        "Power Apps order capture for reps",
                    ]
                ),
            ),
        ],
        T(2026, 4, 8, 16, 0, 1),
        EK_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        EKO,
        EK_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Future_of_Work_Findings_Enugu_Breweries.pdf": report},
        amount=2500.0,
        inv_no="EKO-INV-2026-0097",
        inv_day=D(2026, 5, 4),
        activities="Envisioning workshops",
        outcome="Modern Work roadmap",
        participants="10",
        cust_sig={"name": "IT Dept", "title": "IT"},
        invoice_kw={"date_style": "gb_long", "bank": "Zenith Bank · USD domiciliary account ****4410"},
    )
    return Bundle(
        f"{cid}_enugu_customer_survey_signed_it_dept",
        claim,
        files,
        "reject",
        "The customer attestation's electronic signature reads 'IT Dept' as the full name and 'IT' as the job title: "
        "no person's full name, so the signature lacks a required element. The guide says that if the customer "
        "attestation signature is not valid with all required elements the claim may be rejected, and a completed "
        "customer survey cannot be re-sent on the same claim. Findings, invoice (USD 2,500 with claim ID) and timing "
        f"({n} days) are in order. UNSURE: a reviewer could instead return it as action_required, although the "
        "customer survey cannot be redone.",
        "customer_attestation JSON: signature.full_name 'IT Dept', job_title 'IT'.",
        {
            "attestations": "fail",
            "invoice": "pass",
            "submission_window": "pass",
            "required_documents": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_063_morava_data_centrum_sister_company() -> Bundle:
    cid = "5031063"
    cust = Org(
        "Morava Data Centrum a.s.",
        "Morava Data Centrum",
        "moravadc.cz",
        "CZ",
        "779 00 Olomouc",
        "Šlechtitelů 813/21",
        "#4a148c",
    )
    cc = person(cust, "Jiří Pospíšil", "Chief Technology Officer", "jiri.pospisil")
    consent, submitted = D(2026, 1, 26), T(2026, 4, 14, 10, 0, 2)
    n = need_days(consent, submitted, 78)
    eng = g.engagement(
        "AZ-INNOV-AIAPPS-POC-VAR", "Azure Innovate PL: AI Apps Pilot/POC", "standard", "variable", 6000.0
    )
    report = g.report_pdf(
        MORAVA,
        f"""<h1>AI Apps Pilot – Capacity Planning Assistant</h1>
{
            kv(
                [
                    ("Customer", f"{escape(cust.name)} – a Morava Group company"),
                    ("Partner", escape(MORAVA.name)),
                    ("MCI claim", cid),
                    ("Pilot", "9 February – 20 March 2026"),
                ]
            )
        }
<h2>What was built</h2>{
            ul(
                [
                    "Assistant over 6 years of rack, power and cooling telemetry for 2 data halls",
                    "Azure OpenAI Service with Azure AI Search over 1,900 change records",
                    "Teams app for 14 shift engineers",
                ]
            )
        }
<h2>Results</h2>{
            grid(
                ["Measure", "Result"],
                [("Answer accuracy (90 questions)", "84%"), ("Capacity report preparation", "2 days → 3 hours")],
                [60, 40],
            )
        }
<h2>Group context</h2><p>Morava Data Centrum hosts the Group's own workloads and those of Morava Cloud's customers;
the assistant will be offered to other Morava Group companies after the pilot.</p>""",
        meta("AI Apps Pilot Morava DC", MC_PM.name, T(2026, 3, 27, 16, 0, 2)),
        f"{cid}|rep",
        right="Pilot Report",
        footer="Morava Cloud s.r.o. – a Morava Group company · Holandská 878/2, Brno",
    )
    files, claim = pa_claim(
        cid,
        MORAVA,
        MC_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"AI_Apps_Pilot_Report_Morava_DC.pdf": report},
        amount=6000.0,
        inv_no="MC-FA-2026-0041",
        inv_day=D(2026, 4, 7),
        activities="AI apps pilot: capacity planning assistant",
        outcome="Pilot with 84% answer accuracy",
        participants="14",
        cust_sig={"company": "Morava Data Centrum a.s. (Morava Group)"},
        invoice_kw={"date_style": "cz", "title": "FAKTURA / INVOICE", "bank": "Komerční banka · USD účet ****2210"},
    )
    return Bundle(
        f"{cid}_morava_data_centrum_sister_company",
        claim,
        files,
        "reject",
        "The customer is a sister company of the claiming partner: the pilot report describes Morava Data Centrum as "
        "'a Morava Group company' that hosts 'the Group's own workloads and those of Morava Cloud's customers', and "
        "Morava Cloud's own footer reads 'a Morava Group company'; the customer survey signs as 'Morava Data Centrum "
        "a.s. (Morava Group)'. Partners and partner affiliates are not eligible for incentives for activity connected "
        f"to a customer that is a partner affiliate. Invoice, surveys and timing ({n} days) would otherwise pass.",
        "Report: 'Customer: Morava Data Centrum a.s. – a Morava Group company'; footer 'Morava Cloud s.r.o. – a "
        "Morava Group company'.",
        {"ineligible_customer": "fail", "invoice": "pass", "reused_evidence": "pass"},
    )


def s503_064_hue_ceramics_day_96() -> Bundle:
    cid = "5031064"
    cust = Org(
        "Hue Imperial Ceramics JSC",
        "Hue Ceramics",
        "hueceramics.vn",
        "VN",
        "Hue City",
        "Phu Bai Industrial Park, Lot B7",
        "#3e2723",
    )
    cc = person(cust, "Nguyen Van Long", "Production Director", "long.nguyen")
    consent, submitted = D(2026, 1, 5), T(2026, 4, 11, 9, 0, 7)
    n = need_days(consent, submitted, 96)
    eng = g.engagement("MW-FRONTLINE-WS-VAR", "Enable Frontline Workshop", "standard", "variable", 2300.0)
    report = findings_report(
        MEKONG,
        "Enable Frontline Workshop – Findings",
        [("Customer", cust.name), ("MCI claim", cid), ("Workshops", "3 and 10 February 2026")],
        [
            ("Frontline today", "<p>520 kiln, glazing and packing workers on 3 shifts; defect reports on paper.</p>"),
            (
                "Recommendations",
                ul(["Teams Shifts", "Defect reporting app in Power Apps", "Teams on 30 shared tablets"]),
            ),
        ],
        T(2026, 2, 20, 16, 0, 7),
        MK_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        MEKONG,
        MK_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Frontline_Workshop_Findings_Hue_Ceramics.pdf": report},
        amount=2300.0,
        inv_no="MKC-INV-2026-0031",
        inv_day=D(2026, 4, 3),
        activities="Frontline workshop",
        outcome="Frontline plan for 520 workers",
        participants="6",
        invoice_kw={"date_style": "gb_long", "bank": "Vietcombank · USD account ****3306"},
    )
    return Bundle(
        f"{cid}_hue_ceramics_standard_day_96",
        claim,
        files,
        "reject",
        "Standard-timeline engagement: claims must be submitted within 90 days of customer consent (2026-01-05 → "
        f"2026-04-05); this one was submitted on 2026-04-11, day {n}. An expired claim cannot be reactivated; the "
        "findings, invoice and surveys do not change that.",
        "consent_date 2026-01-05, activity_type standard, submitted 2026-04-11 (96 days > 90).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s503_065_bristol_channel_invoice_transposed() -> Bundle:
    cid = "5031065"
    cust = Org(
        "Bristol Channel Ferries Ltd",
        "BC Ferries",
        "bcferries.co.uk",
        "GB",
        "Portishead BS20 7DF",
        "Marina Approach",
        "#0277bd",
    )
    cc = person(cust, "Owen Rees", "Head of Fleet Engineering", "owen.rees")
    consent, submitted = D(2026, 3, 23), T(2026, 6, 4, 11, 0, 1)
    n = need_days(consent, submitted, 73)
    eng = g.engagement(
        "BA-FS-ENV-VAR", "Dynamics 365 Field Service Envisioning Workshop", "standard", "variable", 2460.0
    )
    deck = g.slides_pdf(
        QUAYSIDE,
        [
            (
                "Field Service Envisioning – Bristol Channel Ferries",
                f"<p>MCI claim {cid}</p><p>Workshops 14 and 28 April 2026, Portishead</p>",
            ),
            (
                "Today",
                ul(
                    [
                        "Planned maintenance for 4 vessels in a spreadsheet",
                        "22 engineers log work on paper job cards",
                        "Spare parts ordered by phone from 3 suppliers",
                    ]
                ),
            ),
            (
                "Future scenarios",
                ul(
                    [
                        "Work orders per vessel system from the planned maintenance schedule",
                        "Mobile job cards with photos and sign-off",
                        "Parts inventory on each vessel",
                    ]
                ),
            ),
            (
                "Recommendation",
                ul(["Field Service for 22 engineers and 3 planners", "Pilot on MV Severn Star in September"]),
            ),
        ],
        meta("BCF Field Service Envisioning", QA_PM.name, T(2026, 5, 5, 15, 0, 1), g.PPT),
        f"{cid}|deck",
        footer=f"Quayside Apps Ltd · Bristol Channel Ferries · MCI claim {cid}",
    )
    inv = g.invoice_pdf(
        QUAYSIDE,
        "QA-INV-2026-0155",
        D(2026, 5, 28),
        [
            (
                f"MCI Engagement Claim ID {cid} – Dynamics 365 Field Service Envisioning Workshop\n"
                f"Customer: {cust.name}",
                2640.0,
            )
        ],
        f"{cid}|inv",
        date_style="gb_long",
        bank="Lloyds Bank · USD account ****8813",
    )
    files, claim = pa_claim(
        cid,
        QUAYSIDE,
        QA_PM,
        cust,
        cc,
        area="Business Applications",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"BCF_Field_Service_Envisioning.pdf": deck},
        amount=2460.0,
        inv_no="QA-INV-2026-0155",
        inv_day=D(2026, 5, 28),
        activities="Field Service envisioning for fleet maintenance",
        outcome="Field Service pilot plan",
        participants="7",
        invoice_pdf_bytes=inv,
    )
    return Bundle(
        f"{cid}_bristol_channel_invoice_digits_transposed",
        claim,
        files,
        "action_required",
        "Variable-payout engagement with a proposed payout of USD 2,460, but the invoice asks for USD 2,640.00 (the "
        "digits transposed). The pre-tax invoice amount must match the payout. Claim ID and partner name are on the "
        f"invoice; the workshop deck, surveys and timing ({n} days) are fine. The customer is known as 'BC Ferries'.",
        "Invoice QA-INV-2026-0155: USD 2,640.00; engagement proposed_payout_usd 2460.",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s503_066_olomouc_dairy_analytics_pilot_bilingual() -> Bundle:
    cid = "5031066"
    cust = Org(
        "Olomoucké mlékárny a.s.",
        "Olomoucké mlékárny",
        "olomouckemlekarny.cz",
        "CZ",
        "779 00 Olomouc",
        "Pavelčákova 19",
        "#0097a7",
    )
    cc = person(cust, "Petra Navrátilová", "Vedoucí IT / Head of IT", "petra.navratilova")
    consent, submitted = D(2026, 3, 30), T(2026, 6, 15, 9, 30, 2)
    n = need_days(consent, submitted, 77)
    eng = g.engagement("AZ-INNOV-ANL-POC-VAR", "Azure Innovate PL: Analytics Pilot/POC", "standard", "variable", 5200.0)
    report = g.report_pdf(
        MORAVA,
        f"""<h1>Pilotní projekt / Pilot report – Analytics</h1>
{
            kv(
                [
                    ("Zákazník / Customer", escape(cust.name)),
                    ("MCI claim", cid),
                    ("Pilot", "13. 4. 2026 – 29. 5. 2026"),
                    ("Platforma / Platform", "Microsoft Fabric, Power BI"),
                ]
            )
        }
{
            grid(
                ["Česky", "English"],
                [
                    (
                        "Napojení 3 zdrojů: příjem mléka, výroba, prodej",
                        "3 sources connected: milk intake, production, sales",
                    ),
                    ("8 reportů pro 25 uživatelů", "8 reports for 25 users"),
                    ("Denní kontrola kvality mléka od 210 farem", "Daily milk-quality check for 210 farms"),
                    ("Odhad spotřeby Azure: 2 400 USD měsíčně", "Estimated Azure consumption: USD 2,400 per month"),
                ],
                [50, 50],
            )
        }
<h2>Doporučení / Recommendation</h2><p>Rozšíření na celou skupinu v Q4 2026. / Roll-out to the whole group in
Q4 2026.</p>""",
        meta("Pilot report Olomoucke mlekarny", MC_PM.name, T(2026, 6, 3, 15, 0, 2)),
        f"{cid}|rep",
        right="Pilot report",
    )
    files, claim = pa_claim(
        cid,
        MORAVA,
        MC_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Pilot_report_Olomoucke_mlekarny.pdf": report},
        amount=5200.0,
        inv_no="MC-FA-2026-0077",
        inv_day=D(2026, 6, 8),
        activities="Analytics pilot on Microsoft Fabric",
        outcome="8 reports for 25 users; roll-out planned",
        participants="9",
        invoice_kw={"date_style": "cz", "title": "FAKTURA / INVOICE", "bank": "Komerční banka · USD účet ****2210"},
    )
    return Bundle(
        f"{cid}_olomouc_dairy_analytics_pilot_bilingual",
        claim,
        files,
        "approve",
        "Azure analytics pilot with a variable payout of USD 5,200: the Czech/English pilot report gives every line "
        "in both languages (3 sources, 8 reports for 25 users, daily quality check for 210 farms, consumption "
        "estimate); Czech dates such as '13. 4. 2026' are day-first. Invoice with claim ID, partner name and USD "
        f"5,200.00; both surveys signed; submitted {n} days after consent (standard: 90). Unlike 5031063, this "
        "customer has no link to the partner's group.",
        "Invoice MC-FA-2026-0077: 'MCI Engagement Claim ID 5031066', USD 5,200.00 = proposed payout.",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# assembly and output (set G's validation, bundle writer and expected.json layout)
# --------------------------------------------------------------------------------------------------------------


def _values(v: Any) -> set[str]:
    return set(v if isinstance(v, list) else [v])


def _vet(b: Bundle) -> None:
    problems = []
    if not FIRST_ID <= int(b.claim_id) <= LAST_ID:
        problems.append("claim id out of range")
    if not b.name.startswith(b.claim_id + "_"):
        problems.append("bundle name must start with the claim id")
    submitted = dt.datetime.fromisoformat(b.claim["submitted_at"].replace("Z", "+00:00"))
    if submitted.year != 2026:
        problems.append("submitted outside 2026")
    if b.decision not in {"approve", "action_required", "reject"}:
        problems.append(f"bad decision {b.decision}")
    if "reused_evidence" not in b.checks:
        problems.append("reused_evidence expectation missing")
    for key, value in b.checks.items():
        if key not in g.CHECK_IDS or not _values(value) <= g.STATUSES:
            problems.append(f"bad check {key}={value}")
    loose = [
        k
        for k, v in b.checks.items()
        if isinstance(v, list) and not (_values(v) <= {"pass", NA} or _values(v) <= {"fail", "warn"})
    ]
    if loose and "UNSURE" not in b.why:
        problems.append(f"{loose} allow pass and fail/warn without an UNSURE note")
    if missing := {d["path"] for d in b.claim["documents"]} - set(b.files):
        problems.append(f"listed but missing {missing}")
    failing = [k for k, v in b.checks.items() if _values(v) <= {"fail", "warn"}]
    if b.decision == "approve" and (failing or b.claim_id in RULE_ONLY):
        problems.append(f"approved with failing checks {failing}")
    if b.decision != "approve" and not failing and b.claim_id not in RULE_ONLY:
        problems.append(f"{b.decision} without a failing check or a stated rule")
    if problems:
        raise RuntimeError(f"{b.claim_id}: " + "; ".join(problems))
    g.validate_claim(b.claim)


def build_all() -> list[Bundle]:
    RULE_ONLY.clear()
    _CACHE.clear()
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s503_") and callable(fn)]
    bundles = [fn() for fn in builders]
    ids = [b.claim_id for b in bundles]
    if len(set(ids)) != len(ids) or len({b.entry for b in bundles}) != len(bundles):
        raise RuntimeError("claim ids and bundle names must be unique")
    for b in bundles:
        _vet(b)
    return bundles


def build(outdir: Path) -> None:
    """Write every bundle and ``expected.json`` into ``outdir`` (created if absent)."""
    bundles = build_all()
    outdir.mkdir(parents=True, exist_ok=True)
    for b in bundles:
        g.write_bundle(outdir, b)
    text = json.dumps(g.expected(bundles), indent=2, ensure_ascii=False) + "\n"
    (outdir / "expected.json").write_text(text, encoding="utf-8")


def _clear(out: Path, force: bool) -> None:
    """Make ``out`` an empty directory, refusing to empty one that holds anything but a previous set O."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = sorted(out.iterdir())
    foreign = [e.name for e in entries if e.name != "expected.json" and not e.name.startswith("5031")]
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
    cli = argparse.ArgumentParser(description="Write held-out test set O: MCI claim bundles and expected.json.")
    cli.add_argument("out", type=Path, help="output directory (absent, empty, or an earlier set O)")
    cli.add_argument("--force", action="store_true", help="replace whatever OUTDIR holds")
    opts = cli.parse_args(argv)
    _clear(opts.out, opts.force)
    build(opts.out)
    expected = json.loads((opts.out / "expected.json").read_text(encoding="utf-8"))
    tally = {
        d: sum(1 for e in expected.values() if e["decision"] == d) for d in ("approve", "action_required", "reject")
    }
    lines = [f"{claim_id} {entry['decision']:<16} {entry['bundle']}" for claim_id, entry in expected.items()]
    lines.append(f"{len(expected)} bundles in {opts.out}: " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
