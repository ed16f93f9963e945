"""Write held-out test set M for POE Reviewer: MCI claim bundles plus ``expected.json``.

Like sets G and H, every expectation here was written from the MCI claiming guide (June 2025, shared/seed) and the
bundle format (shared/spec/claims-interchange.md) alone: what a careful human reviewer would decide from those
rules, never what the tool does. Claims 5011001-5011066, all submitted in 2026, from 24 partners of the set's own in
23 markets (among them Germany, Brazil, Spain, Italy, the Netherlands, Poland, Sweden, Korea, Mexico, Turkey, Chile,
Japan, Portugal and France), with customers of their own. The document machinery (PDF, Word, e-mail, scans, photos,
ink, e-signatures, bundles, expected.json) is set G's, imported from ``tools/make_holdout_g.py``; this module adds
the scenarios, the partners' own document formats (completion reports, bilingual acceptance protocols, go-live
certificates, Word status reports, SOC service reports, slide decks) and e-mails with real transport headers
(Received chain, Authentication-Results, DKIM) next to a draft that was never sent and one forged in the partner's
own tenant. 28 claims should be approved, 28 returned as action required and 10 rejected.

Queue effects: Harbourline, Kranich, Prairie Summit, Ganges, Wadden, Karoo, Yunque, Patagonia and Lusitana each use
their own document template for several customers, and six public-sector claims carry the same standard disclosure
wording (boilerplate the queue must not flag). Five pairs share claim-specific evidence: a signature cut from one
claim's scan and pasted on another (5011005/006), one invoice file on two claims (5011014/015), a SOC report copied
with its figures for another customer (5011032/034), a customer's e-mail uploaded for a different customer
(5011052/053) and a whole claim filed twice (5011026/027); the copy is flagged in each. Two partners claim the same
customer and workload (5011001/002): the incumbent's stale POE loses to the partner the customer now names.

Usage: ``python tools/make_holdout_m.py OUTDIR [--force]``. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import io
import json
import shutil
import sys
import uuid
from collections.abc import Sequence
from email import policy as email_policy
from email.message import EmailMessage
from email.parser import BytesParser
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
except ImportError:  # run as a script: python tools/make_holdout_m.py
    import make_holdout_g as g  # type: ignore[no-redef]

Org, Person, Mail, Party, Ink, Bundle = g.Org, g.Person, g.Mail, g.Party, g.Ink, g.Bundle
T, D, person, meta, css, kv, grid, ul, fields = g.T, g.D, g.person, g.meta, g.css, g.kv, g.grid, g.ul, g.fields
NA, PASS_NA = g.NA, g.PASS_NA
FIRST_ID, LAST_ID = 5011001, 5011099
_CACHE: dict[str, Any] = {}


def days(a: dt.date | dt.datetime, b: dt.date | dt.datetime) -> int:
    """Whole days from ``a`` to ``b`` (dates of datetimes in their own offset)."""
    da = a.date() if isinstance(a, dt.datetime) else a
    db = b.date() if isinstance(b, dt.datetime) else b
    return (db - da).days


def signature_lines(p: Person, extra: str = "") -> str:
    """A customer's own e-mail signature (short: customers rarely carry a disclaimer)."""
    return f"{p.name}\n{p.title}\n{p.org.name}" + (f"\n{extra}" if extra else "")


# --------------------------------------------------------------------------------------------------------------
# e-mail as it arrives: transport headers of a delivered message, and drafts that were never sent
# --------------------------------------------------------------------------------------------------------------


def _b64(*parts: str, n: int) -> str:
    raw = hashlib.sha256("|".join(parts).encode()).digest()
    while len(raw) * 4 < n * 3 + 8:
        raw += hashlib.sha256(raw).digest()
    return base64.b64encode(raw).decode()[:n]


def _fold(value: str, width: int = 76) -> str:
    """Fold a long header value at spaces, as mail servers write them."""
    out, line = [], ""
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\r\n\t".join(out)


_SITES = {
    "namprd": ["CH3", "BY5", "MN2", "SA1", "DM6", "PH7"],
    "eurprd": ["AM0", "DB9", "DU2", "PA4", "VI1", "AS8"],
    "gbrprd": ["LO2", "CWL", "LO4"],
    "apcprd": ["SG2", "TYZ", "KL1", "PS2"],
    "jpnprd": ["OS3", "TY1", "TYC"],
}


def _host(seed: str, region: str) -> str:
    """An Exchange Online server name in the region (e.g. DB9PR04MB8471)."""
    r = g.rng_for("host", seed)
    site = r.choice(_SITES[region[:-2]])
    return f"{site}PR{region[-2:]}MB{r.randrange(1000, 9999)}"


def _ip6(seed: str) -> str:
    r = g.rng_for("ip6", seed)
    return (
        f"2603:10{r.choice(['a6', 'b6', '96'])}:{r.randrange(16, 999):x}:{r.randrange(16, 999):x}::{r.randrange(2, 30)}"
    )


def transport_headers(m: Mail, *, system: str = "m365", spoof_via: Person | None = None) -> list[tuple[str, str]]:
    """The headers a message picks up on its way from the sender's mail system to the recipient's mailbox (a
    Microsoft 365 tenant), newest first. ``system`` is the sender's platform (m365, google); ``spoof_via`` is the
    person who really sent, from their own tenant, a message whose From: names someone else's address."""
    sender_dom = spoof_via.org.domain if spoof_via else m.frm.org.domain
    from_dom = m.frm.org.domain
    seed = m.msgid
    r = g.rng_for("transport", seed)
    rcpt = m.to[0].org.country
    region = {
        "GB": "gbrprd01",
        "JP": "jpnprd01",
        "US": "namprd12",
        "CA": "namprd05",
        "PR": "namprd05",
        "MX": "namprd12",
        "BR": "namprd05",
        "CL": "namprd12",
        "SG": "apcprd06",
        "AU": "apcprd01",
        "KR": "apcprd06",
        "IN": "apcprd01",
        "AE": "eurprd02",
    }.get(rcpt, r.choice(["eurprd04", "eurprd02", "eurprd08"]))
    mbx, mbx2, edge = _host(seed + "a", region), _host(seed + "b", region), _host(seed + "c", region)
    ip6, ip6c = _ip6(seed + "a"), _ip6(seed + "c")
    t = m.when
    ts = [format_datetime((t + dt.timedelta(seconds=s)).astimezone(g.UTC)) for s in (1, 2, 3, 4)]
    build = f"15.20.{r.randrange(7000, 8999)}.{r.randrange(10, 40)}"
    if spoof_via is not None:
        out_host, ip = f"{_host(seed + 'p', region)}.{region}.prod.outlook.com", _ip6(seed + "p")
        first = (
            f"from {out_host} ({ip}) by {edge}.{region}.prod.outlook.com ({ip6c}) with Microsoft SMTP Server "
            f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {ts[0]}"
        )
    elif system == "google":
        out_host = f"mail-{r.choice(['ej1', 'wr1', 'lf1', 'pj1'])}-f{r.randrange(40, 99)}.google.com"
        ip = f"209.85.{r.randrange(128, 222)}.{r.randrange(10, 250)}"
        first = (
            f"from {out_host} ({ip}) by {edge}.mail.protection.outlook.com (10.167.{r.randrange(1, 250)}."
            f"{r.randrange(1, 250)}) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id "
            f"{build} via Frontend Transport; {ts[0]}"
        )
    else:
        short = from_dom.split(".")[0][:14]
        out_host = (
            f"{r.choice(['EUR05', 'EUR03', 'NAM12', 'APC01', 'GBR01'])}-{short}-obe.outbound.protection.outlook.com"
        )
        ip = f"40.107.{r.randrange(1, 250)}.{r.randrange(2, 250)}"
        first = (
            f"from {out_host} ({ip}) by {edge}.mail.protection.outlook.com (10.167.{r.randrange(1, 250)}."
            f"{r.randrange(1, 250)}) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id "
            f"{build} via Frontend Transport; {ts[0]}"
        )
    selector = "google" if system == "google" and spoof_via is None else "selector1"
    if spoof_via is None:
        auth = (
            f"spf=pass (sender IP is {ip}) smtp.mailfrom={sender_dom}; dkim=pass (signature was verified) "
            f"header.d={sender_dom};dmarc=pass action=none header.from={from_dom};compauth=pass reason=100"
        )
        spf = (
            f"Pass (protection.outlook.com: domain of {sender_dom} designates {ip} as permitted sender) "
            f"receiver=protection.outlook.com; client-ip={ip}; helo={out_host}; pr=C"
        )
        return_path = m.frm.email
    else:
        auth = (
            f"spf=pass (sender IP is {ip}) smtp.mailfrom={sender_dom}; dkim=pass (signature was verified) "
            f"header.d={sender_dom};dmarc=fail action=quarantine header.from={from_dom};compauth=fail reason=000"
        )
        spf = f"Pass (protection.outlook.com: domain of {sender_dom} designates {ip} as permitted sender)"
        return_path = spoof_via.email
    sig = _b64("b", seed, n=340) + "="
    signed = (
        "h=mime-version:references:in-reply-to:from:date:message-id:subject:to:content-type"
        if selector == "google"
        else "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"
    )
    dkim = (
        f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={sender_dom}; s={selector}; {signed}; "
        f"bh={_b64('bh', seed, n=43)}=; b=" + " ".join(sig[i : i + 64] for i in range(0, len(sig), 64))
    )
    headers = [
        ("Return-Path", return_path),
        (
            "Received",
            f"from {mbx}.{region}.prod.outlook.com ({ip6}) by {mbx2}.{region}.prod.outlook.com with HTTPS; {ts[3]}",
        ),
        (
            "Received",
            f"from {edge}.{region}.prod.outlook.com ({ip6c}) by {mbx}.{region}.prod.outlook.com ({ip6}) with Microsoft "
            f"SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build}; {ts[2]}",
        ),
        ("Received", first),
        ("Authentication-Results", auth),
        ("Received-SPF", spf),
    ]
    if system == "google" and spoof_via is None:
        headers.append(("Received", f"by {out_host} with SMTP id {g.hexid('smtp', seed, n=16).lower()}; {ts[0]}"))
        headers.append(("X-Google-Smtp-Source", _b64("gsmtp", seed, n=64)))
    headers += [
        ("DKIM-Signature", dkim),
        ("X-MS-Exchange-Organization-AuthAs", "Internal" if spoof_via else "Anonymous"),
        ("X-MS-Exchange-Organization-AuthSource", f"{edge}.{region}.prod.outlook.com"),
        ("X-MS-Exchange-Organization-Network-Message-Id", g.guid("netmsg", seed)),
        (
            "X-MS-Exchange-CrossTenant-Id",
            g.tenant_id(spoof_via.org) if spoof_via else g.tenant_id(m.to[0].org),
        ),
    ]
    return headers


def delivered_bytes(m: Mail, **kw: Any) -> bytes:
    """The .eml of a message as it sits in the recipient's mailbox: transport headers on top of the message."""
    head = "".join(f"{k}: {_fold(v)}\r\n" for k, v in transport_headers(m, **kw))
    return head.encode() + g.eml(m)


def delivered_msg(m: Mail, **kw: Any) -> bytes:
    """The same delivered message saved from Outlook as .msg (transport headers in PR_TRANSPORT_MESSAGE_HEADERS)."""
    parsed = BytesParser(_class=EmailMessage, policy=email_policy.SMTP).parsebytes(delivered_bytes(m, **kw))
    mapi = MapiMessage.from_email_message(parsed)
    mapi.set_property(0x5D01, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x5D02, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x0C1E, PropertyTypeCode.PTYP_STRING, "SMTP")
    mapi.set_property(0x0039, PropertyTypeCode.PTYP_TIME, m.when.astimezone(g.UTC))
    mapi.set_property(0x0E06, PropertyTypeCode.PTYP_TIME, (m.when + dt.timedelta(seconds=4)).astimezone(g.UTC))
    return mapi.to_bytes()


def draft_msg(m: Mail) -> bytes:
    """An Outlook draft saved as .msg: never sent, so no Date, no transport headers, flagged unsent."""
    e = g.email_message(m)
    del e["Date"]
    del e["Message-ID"]
    mapi = MapiMessage.from_email_message(e)
    mapi.set_property(0x0E07, PropertyTypeCode.PTYP_INTEGER32, 8)  # MSGFLAG_UNSENT
    mapi.set_property(0x3008, PropertyTypeCode.PTYP_TIME, m.when.astimezone(g.UTC))  # last modified
    ticks = int((m.when - dt.datetime(1601, 1, 1, tzinfo=g.UTC)).total_seconds() * 10_000_000)
    index = b"\x01" + ticks.to_bytes(8, "big")[1:6] + uuid.UUID(g.guid("conversation", m.subject)).bytes
    mapi.set_property(0x0071, PropertyTypeCode.PTYP_BINARY, index)  # PR_CONVERSATION_INDEX, else taken from the clock
    return mapi.to_bytes()


# --------------------------------------------------------------------------------------------------------------
# small document helpers
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


def type_at(pdf: bytes, entries: Sequence[tuple[Ink, str]], seed: str, size: float = 9.5) -> bytes:
    """Type text where an ink would go (a date typed into a form's cell)."""
    doc = pymupdf.open("pdf", pdf)
    for ink, text in entries:
        no, x, y = g.ink_origin(doc, ink)
        doc[no].insert_text((x, y + size), text, fontname="helv", fontsize=size)
    data = g._fix_id(doc.tobytes(garbage=3, deflate=True), seed)
    doc.close()
    return data


def crop_from_scan(scan: bytes, page: int, box: tuple[float, float, float, float], dpi: int, turn: int = 0) -> bytes:
    """Cut a rectangle (PDF points of the unscanned page) out of a scanned page image, as a copier would; ``turn``
    undoes the rotation the page was scanned with."""
    with pymupdf.open("pdf", scan) as sc:
        xref = sc[page].get_images()[0][0]
        img = Image.open(io.BytesIO(sc.extract_image(xref)["image"]))
        img.load()
    if turn:
        img = img.rotate(-turn, expand=True)
    k = dpi / 72.0
    x0, y0, x1, y1 = box
    return g.png(img.crop((int(x0 * k), int(y0 * k), int(x1 * k), int(y1 * k))).convert("RGB"))


def psd_pdf(partner: Org, cust: Org, scope: str, amount: str, day: dt.date, seed: str, style: str = "us_long") -> bytes:
    """The standard public-sector disclosure (the same wording on every public-sector claim of the set)."""
    return g.html_pdf(
        g.psd_html(partner, cust, scope, amount, day, style),
        meta(f"Public Sector Disclosure {cust.short}", partner.short, T(day.year, day.month, day.day, 9, 0)),
        seed,
        style=css(partner.color),
        decor=g.Decor(partner, footer=escape(partner.name), numbers="", accent=partner.color),
    )


def psd_inks(signer: str, title: str, date_text: str) -> list[Ink]:
    return [
        Ink("Name", "hand", signer, dx=150, dy=2, h=13, occurrence=0),
        Ink("Title", "hand", title, dx=150, dy=2, h=13, occurrence=0),
        Ink("Signature", "sig", signer, dx=150, dy=4, h=30, occurrence=0),
        Ink("Date", "hand", date_text, dx=150, dy=2, h=13, occurrence=1),
    ]


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


def cpor(
    cid: str,
    partner: Org,
    pc: Person,
    cust: Org,
    cc: Person,
    area: str,
    workloads: Sequence[str],
    submitted: dt.datetime,
    files: dict[str, bytes],
    *,
    roles: dict[str, str] | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """A CPOR claim whose uploads are all POE unless ``roles`` says otherwise."""
    roles = roles or {}
    kw.setdefault("kind", "usage")
    return g.make_claim(
        cid,
        program="cpor",
        area=area,
        partner=partner,
        pc=pc,
        cust=cust,
        cc=cc,
        workloads=list(workloads),
        submitted=submitted,
        docs=[(p, roles.get(p, "poe")) for p in files],
        **kw,
    )


def ok(checks: dict[str, Any], **changes: Any) -> dict[str, Any]:
    out = dict(checks)
    out.update(changes)
    return out


# --------------------------------------------------------------------------------------------------------------
# the partners of this set
# --------------------------------------------------------------------------------------------------------------

HARBOURLINE = Org(
    "Harbourline Digital Ltd",
    "Harbourline",
    "harbourline.co.uk",
    "GB",
    "Leeds LS1 4DY",
    "3 Wellington Place",
    "#005f73",
    "Company No. 10482217 · VAT GB 254 8817 30",
    "+44 113 496 0732",
)
REDCLIFFE = Org(
    "Redcliffe IT Services Ltd",
    "Redcliffe IT",
    "redcliffe-it.co.uk",
    "GB",
    "Bristol BS1 6QH",
    "Harbourside House, Canons Road",
    "#8d1c3d",
    "Company No. 07740215",
    "+44 117 496 0418",
)
KRANICH = Org(
    "Kranich IT-Services GmbH",
    "Kranich IT",
    "kranich-it.de",
    "DE",
    "20457 Hamburg",
    "Am Sandtorkai 54",
    "#1d3557",
    "HRB 148221 · USt-IdNr. DE318844092",
    "+49 40 5553 1180",
)
PRAIRIE = Org(
    "Prairie Summit Technologies, Inc.",
    "Prairie Summit",
    "prairiesummit.com",
    "US",
    "Omaha, NE 68102",
    "1200 Landmark Center, Suite 900",
    "#6a4c93",
    "EIN 47-3318820",
    "+1 402 555 0187",
)
GANGES = Org(
    "Ganges Cloudworks Pvt. Ltd.",
    "Ganges Cloudworks",
    "gangescloudworks.in",
    "IN",
    "Bengaluru 560103",
    "Prestige Tech Park, Tower B, 8th Floor, Marathahalli",
    "#bf5b04",
    "CIN U72900KA2015PTC081442 · GSTIN 29AAGCG2841R1Z3",
    "+91 80 6700 4412",
)
MAPLEWICK = Org(
    "Maplewick Consulting Inc.",
    "Maplewick",
    "maplewick.ca",
    "CA",
    "Halifax, NS B3J 3K9",
    "1801 Hollis Street, Suite 1400",
    "#b23a48",
    "BN 74411 2286",
    "+1 902 555 0163",
)
SOLVENZA = Org(
    "Solvenza Tecnologia Ltda.",
    "Solvenza",
    "solvenza.com.br",
    "BR",
    "Curitiba - PR, 80250-104",
    "Av. Sete de Setembro, 4476, 12º andar",
    "#2a7d73",
    "CNPJ 21.448.903/0001-62",
    "+55 41 3555 0144",
)
TRAMONTANA = Org(
    "Tramontana Consultores S.L.",
    "Tramontana",
    "tramontana.es",
    "ES",
    "46002 València",
    "Carrer de Colón 18, 5ª planta",
    "#c4502f",
    "CIF B98471122",
    "+34 963 55 01 27",
)
PONTE = Org(
    "Ponte Vecchio Digitale S.r.l.",
    "Ponte Vecchio Digitale",
    "pontevecchiodigitale.it",
    "IT",
    "50123 Firenze",
    "Via dei Cerretani 10",
    "#9c6644",
    "P.IVA 06718840484",
    "+39 055 555 0192",
)
WADDEN = Org(
    "Wadden Cloud B.V.",
    "Wadden Cloud",
    "waddencloud.nl",
    "NL",
    "9712 CP Groningen",
    "Oude Boteringestraat 44",
    "#0077b6",
    "KvK 71448203",
    "+31 50 555 0136",
)
TATRA = Org(
    "Tatra Cloud Sp. z o.o.",
    "Tatra Cloud",
    "tatracloud.pl",
    "PL",
    "31-154 Kraków",
    "ul. Warszawska 24",
    "#3d5a80",
    "NIP 6762558812 · KRS 0000712284",
    "+48 12 555 01 38",
)
FJALLVIND = Org(
    "Fjällvind IT AB",
    "Fjällvind IT",
    "fjallvind.se",
    "SE",
    "903 26 Umeå",
    "Storgatan 46",
    "#35708f",
    "Org.nr 559188-4471",
    "+46 90 555 01 29",
)
SOUTHERN_CROSS = Org(
    "Southern Cross Cyber Pty Ltd",
    "Southern Cross Cyber",
    "southerncrosscyber.com.au",
    "AU",
    "Brisbane QLD 4000",
    "Level 21, 123 Eagle Street",
    "#14213d",
    "ABN 62 618 440 921",
    "+61 7 5550 1164",
)
KAROO = Org(
    "Karoo Cloud Services (Pty) Ltd",
    "Karoo Cloud",
    "karoocloud.co.za",
    "ZA",
    "Cape Town 8001",
    "The Foundry, 1 Ebenezer Road, Green Point",
    "#9a5b1e",
    "Reg. 2016/447182/07",
    "+27 21 555 0148",
)
OASIS = Org(
    "Oasis Gate Technologies LLC",
    "Oasis Gate",
    "oasisgate.ae",
    "AE",
    "Dubai Internet City, Dubai",
    "Building 14, Office 402",
    "#a4161a",
    "Trade Licence 784412",
    "+971 4 555 0173",
)
LIONCITY = Org(
    "Lion City Cloud Pte. Ltd.",
    "Lion City Cloud",
    "lioncitycloud.sg",
    "SG",
    "Singapore 068912",
    "80 Robinson Road, #17-02",
    "#c1121f",
    "UEN 201733442K",
    "+65 6555 0139",
)
BAEKDU = Org(
    "Baekdu Cloud Co., Ltd.",
    "Baekdu Cloud",
    "baekducloud.co.kr",
    "KR",
    "Seoul 06164",
    "Teheran-ro 521, Gangnam-gu, 18F",
    "#3a56d4",
    "사업자등록번호 214-88-41127",
    "+82 2 555 0176",
)
QUETZAL = Org(
    "Quetzal Nube S.A. de C.V.",
    "Quetzal Nube",
    "quetzalnube.mx",
    "MX",
    "Zapopan, Jal. 45116",
    "Av. Patria 1891, Piso 7",
    "#2d6a4f",
    "RFC QNU170412KX8",
    "+52 33 5550 1183",
)
GALATA = Org(
    "Galata Bulut Teknoloji A.Ş.",
    "Galata Bulut",
    "galatabulut.com.tr",
    "TR",
    "34394 Şişli / İstanbul",
    "Büyükdere Cad. No:185, Kat 9",
    "#9d0208",
    "Mersis 0388047712400015",
    "+90 212 555 01 66",
)
YUNQUE = Org(
    "Yunque Cloud Services LLC",
    "Yunque Cloud",
    "yunquecloud.com",
    "PR",
    "San Juan, PR 00918",
    "250 Ave. Ponce de León, Suite 1101",
    "#386641",
    "EIN 66-0948812",
    "+1 787 555 0152",
)
PATAGONIA = Org(
    "Patagonia Cloud SpA",
    "Patagonia Cloud",
    "patagoniacloud.cl",
    "CL",
    "Las Condes, Santiago",
    "Av. Apoquindo 4499, piso 11",
    "#1b4965",
    "RUT 76.884.219-3",
    "+56 2 2555 0131",
)
KOYO = Org(
    "Kōyō Cloud Solutions K.K.",
    "Kōyō Cloud",
    "koyocloud.co.jp",
    "JP",
    "Nagoya, Aichi 450-6321",
    "JR Central Towers 21F, 1-1-1 Meieki, Nakamura-ku",
    "#5f0f40",
    "法人番号 4180001128841",
    "+81 52 555 0144",
)
LUSITANA = Org(
    "Lusitana Sistemas, Lda.",
    "Lusitana Sistemas",
    "lusitanasistemas.pt",
    "PT",
    "4150-170 Porto",
    "Rua do Ouro 466",
    "#7f5539",
    "NIPC 514 882 301",
    "+351 22 555 0184",
)
MISTRAL = Org(
    "Mistral Numérique SAS",
    "Mistral Numérique",
    "mistral-numerique.fr",
    "FR",
    "69002 Lyon",
    "12 quai Perrache",
    "#023e8a",
    "SIREN 841 227 905",
    "+33 4 72 55 01 48",
)

HL_PM = person(HARBOURLINE, "Bethany Ashworth", "Delivery Manager", "bethany.ashworth")
HL_SEC = person(HARBOURLINE, "Imran Qureshi", "Principal Security Consultant", "imran.qureshi")
RC_AM = person(REDCLIFFE, "Gareth Pryce", "Account Director", "gareth.pryce")
KR_PM = person(KRANICH, "Jana Petersen", "Projektleiterin / Project Lead", "j.petersen")
KR_SEC = person(KRANICH, "Malte Hinrichs", "Senior Consultant Security", "m.hinrichs")
PS_PM = person(PRAIRIE, "Colleen Brandt", "Public Sector Delivery Lead", "cbrandt")
PS_ARCH = person(PRAIRIE, "Marcus Whitehorse", "Solutions Architect", "mwhitehorse")
GC_PM = person(GANGES, "Deepa Raghunathan", "Engagement Manager", "deepa.r")
GC_AM = person(GANGES, "Rohit Sharma", "Alliances Manager", "rohit.sharma")
MW_PM = person(MAPLEWICK, "Sarah MacIsaac", "Senior Project Manager", "smacisaac")
MW_SEC = person(MAPLEWICK, "Dylan Theriault", "Security Consultant", "dtheriault")
SV_PM = person(SOLVENZA, "Camila Rocha", "Gerente de Projetos", "camila.rocha")
TM_PM = person(TRAMONTANA, "Pau Ferrer", "Director de Proyectos", "pau.ferrer")
TM_BA = person(TRAMONTANA, "Lucía Navarro", "Consultora Dynamics 365", "lucia.navarro")
PV_PM = person(PONTE, "Giulia Bettini", "Project Manager", "g.bettini")
WC_PM = person(WADDEN, "Sanne Dijkstra", "Projectleider", "sanne.dijkstra")
WC_AM = person(WADDEN, "Ruben Visser", "Accountmanager", "ruben.visser")
TC_PM = person(TATRA, "Katarzyna Nowak", "Kierownik projektu / Project Manager", "k.nowak")
FV_PM = person(FJALLVIND, "Elin Lundgren", "Projektledare", "elin.lundgren")
FV_BA = person(FJALLVIND, "Oskar Nyström", "Dynamics 365-konsult", "oskar.nystrom")
SC_SDM = person(SOUTHERN_CROSS, "Megan O'Keefe", "SOC Service Delivery Manager", "megan.okeefe")
SC_LEAD = person(SOUTHERN_CROSS, "Hamish Drummond", "Head of Managed Security", "hamish.drummond")
KC_PM = person(KAROO, "Ayanda Mokoena", "Project Manager", "ayanda.mokoena")
OG_PM = person(OASIS, "Rania Haddad", "Delivery Manager", "rania.haddad")
OG_AM = person(OASIS, "Karim Nasser", "Partner Programs Lead", "karim.nasser")
LC_PM = person(LIONCITY, "Daniel Koh", "Cloud Delivery Lead", "daniel.koh")
BD_PM = person(BAEKDU, "Park Ji-hoon", "Project Manager", "jihoon.park")
QN_PM = person(QUETZAL, "Andrea Villaseñor", "Gerente de Proyectos", "andrea.villasenor")
QN_BA = person(QUETZAL, "Rodrigo Sandoval", "Consultor Dynamics 365", "rodrigo.sandoval")
GB_PM = person(GALATA, "Elif Demir", "Proje Yöneticisi / Project Manager", "elif.demir")
YC_PM = person(YUNQUE, "Marisol Figueroa", "Public Sector Program Manager", "mfigueroa")
PC_PM = person(PATAGONIA, "Tomás Errázuriz", "Jefe de Proyectos", "tomas.errazuriz")
KY_PM = person(KOYO, "Sato Mizuki", "Project Manager", "m.sato")
LS_PM = person(LUSITANA, "Inês Moreira", "Gestora de Projeto", "ines.moreira")
MN_PM = person(MISTRAL, "Camille Girard", "Cheffe de projet", "camille.girard")


# --------------------------------------------------------------------------------------------------------------
# partner templates used for several customers (boilerplate the queue must not flag)
# --------------------------------------------------------------------------------------------------------------

HARBOURLINE_INTRO = (
    "Harbourline closes every engagement with this Delivery Completion Report. It records the workloads in scope and "
    "their state at completion (<i>Live</i>, <i>Deferred</i> or <i>Out of scope</i>), the configuration and adoption "
    "figures measured in the customer's tenant, the milestones, and the customer's sign-off. Only workloads marked "
    "<i>Live</i> were delivered in this engagement."
)


def harbourline_report(
    cust: Org,
    ref: str,
    day: dt.date,
    summary: str,
    workloads: Sequence[tuple[str, str, str]],
    figures: Sequence[tuple[str, str, str]],
    milestones: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    author: str = HL_PM.name,
) -> bytes:
    """Harbourline Digital's Delivery Completion Report (one template for every customer)."""
    page1 = f"""
<p class="muted" style="margin-top:20pt">DELIVERY COMPLETION REPORT</p>
<h1 style="font-size:22pt">{escape(cust.name)}</h1>
{
        kv(
            [
                ("Report reference", ref),
                ("Status", "Final"),
                ("Date", g.fdate(day, "gb_long")),
                ("Delivered by", escape(HARBOURLINE.name)),
                ("Customer", escape(cust.name)),
            ]
        )
    }
<p>{HARBOURLINE_INTRO}</p>
<h2>1. Engagement summary</h2><p>{summary}</p>
<h2>2. Workloads and status at completion</h2>
{grid(["Workload", "Scope", "Status"], workloads, [24, 60, 16])}
"""
    page2 = f"""
<h2>3. Configuration and adoption figures</h2>
{grid(["Measure", "Baseline", "At completion"], figures, [52, 22, 26])}
<h2>4. Milestones</h2>
{grid(["Milestone", "Date", "Notes"], milestones, [26, 18, 56])}
"""
    page3 = "<h2>5. Customer sign-off</h2>" + g.signoff(
        "rows",
        parties,
        heading="",
        statement=f"By signing, {escape(cust.name)} confirms that the workloads marked <i>Live</i> in section 2 were "
        f"delivered by {escape(HARBOURLINE.name)} and accepts the engagement as complete.",
    )
    return g.report_pdf(
        HARBOURLINE,
        [page1, page2, page3],
        meta(f"{cust.short} – Delivery Completion Report", author, T(day.year, day.month, day.day, 16, 20, 1)),
        seed,
        right=f"Delivery Completion Report · {ref}",
        footer="Harbourline Digital Ltd · 3 Wellington Place, Leeds · Commercial in confidence",
    )


KR_LABELS = ("Name", "Funktion / Title", "Unterschrift / Signature", "Datum / Date")


def kranich_protokoll(
    cust: Org,
    ref: str,
    day: dt.date,
    period: str,
    rows: Sequence[tuple[str, str]],
    scope: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    author: str = KR_PM.name,
) -> bytes:
    """Kranich IT-Services' bilingual acceptance certificate (Abnahmeprotokoll), the same form for every customer."""
    page1 = f"""
<h1>Abnahmeprotokoll / Acceptance Certificate</h1>
{
        kv(
            [
                ("Kunde / Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Auftragnehmer / Contractor", escape(KRANICH.name) + ", " + escape(KRANICH.address)),
                ("Projekt-Nr. / Project no.", ref),
                ("Zeitraum / Period", period),
            ]
        )
    }
{grid(["Deutsch", "English"], rows, [50, 50])}
"""
    page2 = f"""
<h2>Leistungsumfang / Scope delivered</h2>
{grid(["Workload", "Leistung / Work performed", "Umfang / Volume"], scope, [22, 58, 20])}
<p><b>Abnahmeerklärung:</b> Der Kunde bestätigt, dass die oben aufgeführten Leistungen von {escape(KRANICH.name)}
erbracht wurden, und nimmt sie hiermit ab.<br/><b>Declaration of acceptance:</b> The customer confirms that the
services listed above were delivered by {escape(KRANICH.name)} and hereby accepts them.</p>
""" + g.signoff(
        "columns", parties, heading="Unterschriften / Signatures", labels=KR_LABELS, company_label="Firma / Company"
    )
    return g.html_pdf(
        [page1, page2],
        meta(f"Abnahmeprotokoll {cust.short}", author, T(day.year, day.month, day.day, 10, 30, 1)),
        seed,
        style=css(KRANICH.color, size=9),
        decor=g.Decor(
            KRANICH,
            right=f"Abnahmeprotokoll · {ref}",
            footer=escape(KRANICH.name + " · " + KRANICH.reg),
            accent=KRANICH.color,
        ),
    )


def prairie_certificate(
    cust: Org,
    ref: str,
    golive: dt.date,
    sponsor: Person,
    items: Sequence[tuple[str, str, str]],
    checklist: Sequence[tuple[str, str]],
    parties: Sequence[Party],
    seed: str,
) -> bytes:
    """Prairie Summit's Go-Live Certificate (one form for all its customers)."""
    html = f"""
<h1 style="text-align:center">Go-Live Certificate</h1>
{
        kv(
            [
                ("Certificate no.", ref),
                ("Customer", escape(cust.name)),
                ("Go-live date", g.fdate(golive, "us_long")),
                ("Implementation partner", escape(PRAIRIE.name)),
                ("Customer project sponsor", f"{escape(sponsor.name)}, {escape(sponsor.title)}"),
            ]
        )
    }
<h2>Services placed into production</h2>
{grid(["Workload", "Delivered", "Users / devices"], items, [22, 56, 22])}
<h2>Go-live checklist</h2>
{grid(["Item", "Result"], checklist, [62, 38])}
""" + g.signoff(
        "lines",
        parties,
        heading="Acceptance",
        statement=f"The undersigned certify that the services above were implemented by {escape(PRAIRIE.name)}, "
        f"tested with {escape(cust.short)} staff and placed into production on the go-live date.",
    )
    return g.html_pdf(
        html,
        meta(f"Go-Live Certificate {cust.short}", PS_PM.name, T(golive.year, golive.month, golive.day, 16, 0, -5)),
        seed,
        size=g.LETTER,
        style=css(PRAIRIE.color, size=9.5),
        decor=g.Decor(PRAIRIE, right=f"Go-Live Certificate · {ref}", footer=escape(PRAIRIE.name), accent=PRAIRIE.color),
    )


GANGES_METHOD = (
    "Ganges Cloudworks runs every workshop in three blocks – <b>current state</b>, <b>hands-on scenarios</b> in the "
    "customer's own tenant or a demo tenant, and a <b>prioritised plan</b> agreed with the customer's sponsor. This "
    "report records who took part, what was found, what was shown, and what the customer decided to do next."
)


def ganges_findings(
    title: str,
    cust: Org,
    cid: str,
    when: dt.date,
    participants: str,
    sections: Sequence[tuple[str, str]],
    seed: str,
) -> bytes:
    """Ganges Cloudworks' workshop findings report (one template for all its customers)."""
    return findings_report(
        GANGES,
        title,
        [
            ("Customer", cust.name),
            ("Workshop date", g.fdate(when, "gb_long")),
            ("Participants", participants),
            ("MCI claim", cid),
            ("Prepared by", f"{GC_PM.name}, {GC_PM.title}"),
        ],
        [("About this report", f"<p>{GANGES_METHOD}</p>"), *sections],
        T(when.year, when.month, when.day, 18, 0, 5.5),
        GC_PM.name,
        seed,
    )


SCC_SERVICE = (
    "Southern Cross Cyber's Managed Detection &amp; Response service watches the customer's Microsoft estate 24x7 "
    "from our Brisbane SOC: alerts from Microsoft Defender XDR and Microsoft Sentinel are triaged by an analyst, "
    "incidents are investigated and contained under the agreed runbook, detections are tuned every week and our "
    "hunters run threat hunts across the customer's data every month."
)


def scc_monthly_report(
    cust: Org,
    month: str,
    issued: dt.date,
    narrative: str,
    figures: Sequence[tuple[str, str]],
    work: Sequence[tuple[str, str]],
    chart: bytes,
    seed: str,
) -> bytes:
    """Southern Cross Cyber's monthly MDR service report."""
    html = f"""
<p class="muted">MANAGED DETECTION &amp; RESPONSE – MONTHLY SERVICE REPORT</p>
<h1>{escape(cust.name)}</h1>
{kv([("Reporting period", month), ("Issued", g.fdate(issued, "gb_long")), ("Service manager", escape(SC_SDM.name))])}
<p>{SCC_SERVICE}</p>
<h2>1. This month</h2><p>{narrative}</p>
<h2>2. Service figures</h2>{grid(["Measure", "Value"], figures, [62, 38])}
<p><img src="chart.png" width="440"/></p>
<h2>3. Work performed by the SOC</h2>{grid(["Activity", "Detail"], work, [26, 74])}
"""
    return g.report_pdf(
        SOUTHERN_CROSS,
        html,
        meta(f"{cust.short} MDR report {month}", SC_SDM.name, T(issued.year, issued.month, issued.day, 9, 0, 10)),
        seed,
        right="MDR Monthly Service Report",
        images={"chart.png": chart},
        footer="Southern Cross Cyber Pty Ltd · ABN 62 618 440 921 · Confidential",
    )


# --------------------------------------------------------------------------------------------------------------
# Harbourline Digital (GB): one Delivery Completion Report template, three customers; and a conflicting claim
# --------------------------------------------------------------------------------------------------------------

BRIGHTWATER = Org(
    "Brightwater Foods plc",
    "Brightwater Foods",
    "brightwaterfoods.co.uk",
    "GB",
    "Hull HU4 7DY",
    "Priory Park West, Unit 4",
    "#1565c0",
    "Company No. 02884710",
)
BW_IT = person(BRIGHTWATER, "Helen Marsden", "Head of IT Infrastructure", "helen.marsden")
BW_PROC = person(BRIGHTWATER, "Paul Hirst", "Procurement Manager", "paul.hirst")


def s501_001_brightwater_closure_and_customer_email() -> Bundle:
    cid = "5011001"
    parties = [
        Party("Customer", BRIGHTWATER.name, BW_IT.name, BW_IT.title),
        Party("Partner", HARBOURLINE.name, HL_PM.name, HL_PM.title),
    ]
    report = harbourline_report(
        BRIGHTWATER,
        "HDL-DCR-2026-031",
        D(2026, 4, 10),
        "Harbourline brought Brightwater Foods' laptops, warehouse scanners and managers' iPhones under Microsoft "
        "Intune and replaced Office 2019 with Microsoft 365 Apps for enterprise at the Hull head office, the Goole and "
        "Immingham chilled warehouses and the Selby bakery. The estate had been managed by a previous provider with an "
        "on-premises MDM until October 2025.",
        [
            (
                "Microsoft Intune",
                "Autopilot (user-driven) for 1,020 Windows laptops, Android Enterprise dedicated-device mode for 340 "
                "Zebra scanners in the warehouses, 95 supervised iPhones via Apple Business Manager, compliance and "
                "update rings, BitLocker escrow",
                "Live",
            ),
            (
                "Microsoft 365 Apps",
                "Microsoft 365 Apps for enterprise (Monthly Enterprise Channel) for 1,180 users, Office 2019 removed, "
                "shared computer activation on 60 bakery line PCs",
                "Live",
            ),
            ("Defender for Cloud Apps", "Shadow IT discovery", "Out of scope"),
        ],
        [
            ("Windows laptops enrolled in Intune", "0", "1,020"),
            ("Android scanners (dedicated device)", "0", "340"),
            ("iPhones supervised via ABM", "0", "95"),
            ("Device compliance", "n/a", "96.4%"),
            ("Users on Microsoft 365 Apps / Office 2019 left", "0 / 1,180", "1,180 / 0"),
        ],
        [
            ("Kick-off", "12/01/2026", "Inventory handed over by the previous provider on 09/01/2026"),
            ("Pilot", "02/02/2026", "IT and finance, 48 devices"),
            ("Warehouses", "23/02/2026 – 13/03/2026", "Goole, Immingham: scanners re-enrolled shift by shift"),
            ("Head office and bakery", "16/03/2026 – 03/04/2026", "Apps rollout, shared activation on line PCs"),
            ("Completion", "10/04/2026", "Runbook handed to BWF service desk"),
        ],
        parties,
        f"{cid}|rep",
    )
    page = g.page_of(report, "5. Customer sign-off")
    signed = g.with_scanned_pages(
        report,
        [page],
        [
            *g.sign_inks("rows", parties[0], 0, "14/04/2026", page=page),
            *g.sign_inks("rows", parties[1], 1, "14/04/2026", color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2026, 4, 14, 11, 20, 1),
        meta("Brightwater – Delivery Completion Report (signed)", HL_PM.name, T(2026, 4, 14, 15, 2, 1)),
        dpi=150,
        skew=0.4,
    )
    ask = Mail(
        HL_PM,
        [BW_IT],
        "Brightwater – Delivery Completion Report HDL-DCR-2026-031",
        T(2026, 4, 14, 15, 10, 1),
        "Hi Helen,\n\nThanks for signing the completion report this morning – scanned copy attached for your records."
        "\n\nMicrosoft will ask us to confirm that we are BWF's partner for the Intune and Microsoft 365 Apps "
        "estate. Could you reply to confirm, in your own words, what we delivered?\n\nMany thanks,\nBethany\n\n"
        + g.footer_block(HL_PM),
    )
    reply = Mail(
        BW_IT,
        [HL_PM],
        "RE: Brightwater – Delivery Completion Report HDL-DCR-2026-031",
        T(2026, 4, 15, 8, 47, 1),
        "Morning Bethany,\n\nHappy to confirm. Harbourline took over our device management and Office estate when "
        "Redcliffe IT's contract ended in October 2025, and Redcliffe have had no access to our Intune tenant since "
        "then. Since January you have moved our 1,020 laptops, the 340 Zebra scanners at Goole and Immingham and the "
        "managers' 95 iPhones into Intune, and put all 1,180 users on Microsoft 365 Apps – Office 2019 is gone.\n\n"
        "BWF accepts the engagement as delivered and Harbourline is our partner for Intune and M365 Apps going "
        "forward.\n\nKind regards,\n" + signature_lines(BW_IT, "Brightwater Foods plc | Priory Park West, Hull"),
        quoted=ask,
    )
    files = {
        "POE/BWF - Delivery Completion Report HDL-DCR-2026-031 (signed).pdf": signed,
        "POE/RE_ Brightwater – Delivery Completion Report HDL-DCR-2026-031.eml": delivered_bytes(reply),
    }
    claim = cpor(
        cid,
        HARBOURLINE,
        HL_PM,
        BRIGHTWATER,
        BW_IT,
        "Modern Work",
        ["INTUNE", "MICROSOFT 365 APPS"],
        T(2026, 5, 6, 10, 12, 1),
        files,
    )
    return Bundle(
        f"{cid}_brightwater_closure_and_customer_email",
        claim,
        files,
        "approve",
        "Conflicting claims: Redcliffe IT (5011002) claims Intune for the same customer. Harbourline's POE is current "
        "and specific – the completion report with 1,020 laptops, 340 scanners, 95 iPhones in Intune and 1,180 users "
        "on Microsoft 365 Apps, hand-signed by the Head of IT Infrastructure on 14/04/2026 (day-first, GB), and her "
        "e-mail of 15 Apr 2026 from brightwaterfoods.co.uk (delivered message with its transport headers) saying "
        "Harbourline took over from Redcliffe in October 2025 and is the partner going forward. Harbourline drove the "
        "influence: this claim wins the conflict. 'Out of scope' Defender for Cloud Apps is not claimed. The report "
        "template is shared with 5011003/5011004 (boilerplate).",
        "Signed page 5 (scan): Helen Marsden, 14/04/2026; e-mail: 'Harbourline took over our device management and "
        "Office estate when Redcliffe IT's contract ended in October 2025'.",
        g.cpor_ok(email_ack=True),
    )


def s501_002_redcliffe_conflict_stale_sow_and_licence_mail() -> Bundle:
    cid = "5011002"
    sow = g.html_pdf(
        f"""
<h1>Statement of Work</h1>
{
            kv(
                [
                    ("SOW reference", "RIT-SOW-2024-118"),
                    ("Customer", escape(BRIGHTWATER.name)),
                    ("Supplier", escape(REDCLIFFE.name)),
                    ("Term", "7 October 2024 – 31 January 2025"),
                ]
            )
        }
<h2>1. Background</h2>
<p>Brightwater Foods manages its laptops with an on-premises MDM product. Redcliffe IT will run a pilot of Microsoft
Intune to prepare a later migration.</p>
<h2>2. Services</h2>
{
            ul(
                [
                    "Intune tenant configuration: enrollment restrictions, compliance baseline, Windows update rings.",
                    "Pilot of Autopilot with 150 laptops from the Hull head office (IT, finance, HR).",
                    "Recommendations report for the warehouse scanner estate (not in scope for enrollment).",
                ]
            )
        }
<h2>3. Fees</h2><p>Fixed fee of GBP 18,400 excluding VAT, invoiced on completion.</p>
<h2>4. Signatures</h2>
"""
        + g.signoff(
            "columns",
            [
                Party("Customer", BRIGHTWATER.name, BW_IT.name, BW_IT.title),
                Party("Supplier", REDCLIFFE.name, RC_AM.name, RC_AM.title),
            ],
            heading="",
        ),
        meta("RIT-SOW-2024-118 Brightwater Intune pilot", RC_AM.name, T(2024, 9, 30, 14, 0, 1)),
        f"{cid}|sow",
        style=css(REDCLIFFE.color),
        decor=g.Decor(REDCLIFFE, right="Statement of Work · RIT-SOW-2024-118", accent=REDCLIFFE.color),
    )
    parties = [
        Party("Customer", BRIGHTWATER.name, BW_IT.name, BW_IT.title),
        Party("Supplier", REDCLIFFE.name, RC_AM.name, RC_AM.title),
    ]
    page = g.page_of(sow, "4. Signatures")
    sow_scan = g.scan_pdf(
        sow,
        [
            *g.sign_inks("columns", parties[0], 0, "03/10/2024", page=page),
            *g.sign_inks("columns", parties[1], 1, "03/10/2024", color=g.INK_BLACK, page=page),
        ],
        f"{cid}|sows",
        T(2024, 10, 3, 16, 0, 1),
        dpi=150,
        skew=0.7,
    )
    renewal = Mail(
        BW_PROC,
        [RC_AM],
        "RE: Microsoft 365 E3 renewal – Brightwater Foods",
        T(2025, 9, 22, 11, 4, 1),
        "Hi Gareth,\n\nPlease go ahead with the renewal of the 1,200 Microsoft 365 E3 licences through CSP for another "
        "12 months from 1 October. PO 4500182231 will follow from our system today.\n\nRegards,\n"
        + signature_lines(BW_PROC),
        quoted=Mail(
            RC_AM,
            [BW_PROC],
            "Microsoft 365 E3 renewal – Brightwater Foods",
            T(2025, 9, 18, 16, 30, 1),
            "Hi Paul,\n\nYour 1,200 Microsoft 365 E3 licences renew on 1 October. Quote Q-25-0917 attached: GBP "
            "29.60 per user per month, annual commitment. Can you confirm so we can place the renewal?\n\nBest,\n"
            "Gareth\n\n" + g.footer_block(RC_AM),
        ),
    )
    files = {
        "Brightwater_SOW_RIT-SOW-2024-118_signed.pdf": sow_scan,
        "RE_ Microsoft 365 E3 renewal – Brightwater Foods.msg": delivered_msg(renewal),
    }
    claim = cpor(
        cid,
        REDCLIFFE,
        RC_AM,
        BRIGHTWATER,
        BW_IT,
        "Modern Work",
        ["INTUNE"],
        T(2026, 5, 20, 14, 40, 1),
        files,
        comments=[("partner", T(2026, 5, 20, 14, 38, 1), "Redcliffe is Brightwater's Intune partner since 2024.")],
    )
    return Bundle(
        f"{cid}_redcliffe_conflict_stale_sow_and_licence_mail",
        claim,
        files,
        "action_required",
        "Conflicting claim: Harbourline (5011001) claims Intune for the same customer with current, signed POE. "
        "Redcliffe's only signed document is a pilot SOW (150 laptops) signed on 03/10/2024 – 19 months before "
        "submission on 2026-05-20 – and the only recent customer e-mail (22 Sep 2025) is about renewing 1,200 "
        "Microsoft 365 E3 licences, which the guide lists as insufficient. Nothing recent confirms an active "
        "engagement. Under the conflicting-claims process the partner gets 14 days to provide up-to-date POE; on "
        "what is uploaded it loses to Harbourline, whom the customer names as its partner since October 2025.",
        "SOW scan signed 03/10/2024; '.msg': 'Please go ahead with the renewal of the 1,200 Microsoft 365 E3 "
        "licences through CSP'.",
        {
            "acknowledgement_date": "fail",
            "activity_detail": "pass",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s501_003_aire_valley_docusigned_report() -> Bundle:
    cid = "5011003"
    cust = Org(
        "Aire Valley Housing Trust Limited",
        "Aire Valley Housing",
        "airevalleyhousing.org.uk",
        "GB",
        "Keighley BD21 3RU",
        "Cavendish House, 20 Low Street",
        "#00695c",
    )
    cc = person(cust, "Rachel Sutcliffe", "Director of Digital Services", "rachel.sutcliffe")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", HARBOURLINE.name, HL_PM.name, HL_PM.title),
    ]
    report = harbourline_report(
        cust,
        "HDL-DCR-2026-047",
        D(2026, 5, 29),
        "Harbourline replaced the Trust's end-of-life Mitel telephony with Microsoft Teams Phone for 620 staff, "
        "including the tenant contact centre and the out-of-hours repairs line, and fitted 22 meeting rooms in the "
        "Keighley, Bingley and Shipley offices with Microsoft Teams Rooms.",
        [
            (
                "Teams Phone",
                "Operator Connect numbers for 620 users, 4 auto attendants, 9 call queues (Tenant Services, "
                "Repairs, Rents, Anti-social Behaviour, Out-of-hours), call recording for the contact centre",
                "Live",
            ),
            (
                "Teams Rooms",
                "22 rooms: 14 small (Yealink MeetingBar), 6 medium, 2 boardrooms (Teams Rooms on Windows, dual "
                "screens), room accounts and resource policies",
                "Live",
            ),
            ("Viva Engage", "Tenant community pilot", "Out of scope"),
        ],
        [
            ("Users enabled for Teams Phone", "0", "620"),
            ("Call queues live / abandonment rate (Repairs)", "– / 11%", "9 / 4.8%"),
            ("Teams Rooms online", "0", "22"),
            ("Mitel handsets returned", "0", "587"),
        ],
        [
            ("Discovery", "09/02/2026", "Call-flow workshops with Tenant Services"),
            ("Number porting", "16/03/2026", "3 number ranges, 1,100 DDIs"),
            ("Cutover", "13/04/2026 – 24/04/2026", "Contact centre first, then offices"),
            ("Rooms", "27/04/2026 – 22/05/2026", "22 rooms installed and certified"),
            ("Completion", "29/05/2026", "Handover to the Trust's digital team"),
        ],
        parties,
        f"{cid}|rep",
    )
    signed = g.esign(
        report,
        cc,
        T(2026, 6, 3, 9, 41, 1),
        f"{cid}|env",
        sig_anchor=cc.name,
        sig_dx=186,
        sig_dy=8,
        date_anchor=cc.name,
        date_dx=298,
        date_dy=6,
        date_text="03/06/2026",
        sender=HL_PM,
        ip="86.12.144.201",
    )
    files = {"Aire Valley Housing - DCR HDL-DCR-2026-047 - Completed.pdf": signed}
    claim = cpor(
        cid,
        HARBOURLINE,
        HL_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        T(2026, 6, 24, 13, 5, 1),
        files,
    )
    return Bundle(
        f"{cid}_aire_valley_docusigned_report",
        claim,
        files,
        "approve",
        "Harbourline's completion report (same template as 5011001/5011004, different customer and figures: "
        "boilerplate) for Teams Phone (620 users, 9 call queues) and Teams Rooms (22 rooms), signed via DocuSign by "
        "the Trust's Director of Digital Services on 3 June 2026 with the certificate of completion attached. A "
        "housing trust is a non-profit company, not a public-sector body. Viva Engage is out of scope and not claimed.",
        "DocuSign envelope on the sign-off page: Rachel Sutcliffe, signed 06/03/2026 (certificate, UTC), typed date "
        "03/06/2026.",
        g.cpor_ok(),
    )


def s501_004_calder_wharfe_purview_deferred() -> Bundle:
    cid = "5011004"
    cust = Org(
        "Calder & Wharfe Solicitors LLP",
        "Calder & Wharfe",
        "calderwharfe.law",
        "GB",
        "Wakefield WF1 2DA",
        "Merchant Gate, 11 Westgate",
        "#4e342e",
    )
    cc = person(cust, "Oliver Grange", "IT & Information Security Manager", "o.grange")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", HARBOURLINE.name, HL_SEC.name, HL_SEC.title),
    ]
    report = harbourline_report(
        cust,
        "HDL-DCR-2026-058",
        D(2026, 7, 3),
        "Harbourline deployed Microsoft Defender for Endpoint and Defender for Office 365 for the firm's 410 fee "
        "earners and support staff. Sensitivity labelling of client matter files with Microsoft Purview Information "
        "Protection was moved to a second phase by the firm's risk committee, to follow the document management "
        "system upgrade.",
        [
            (
                "Defender for Endpoint",
                "Onboarding of 436 laptops and 18 servers, ASR rules in block mode, EDR in block mode, device "
                "groups for the conveyancing team, weekly vulnerability review",
                "Live",
            ),
            (
                "Defender for Office 365",
                "Safe Links and Safe Attachments for all mailboxes, impersonation protection for the 38 partners, "
                "attack simulation training (2 campaigns)",
                "Live",
            ),
            (
                "Purview Information Protection",
                "Sensitivity labels for client matter files and auto-labelling of completion statements",
                "Deferred – phase 2, after the DMS upgrade (Q4 2026)",
            ),
        ],
        [
            ("Devices onboarded to MDE (laptops / servers)", "0 / 0", "436 / 18"),
            ("Mailboxes protected by Safe Links / Safe Attachments", "0", "452"),
            ("Phish simulation click rate", "14%", "3.5%"),
            ("Sensitivity labels published", "0", "0 (phase 2)"),
        ],
        [
            ("Kick-off", "20/04/2026", "Risk committee briefing"),
            ("MDE rollout", "04/05/2026 – 29/05/2026", "Pilot with IT, then by department"),
            ("MDO", "01/06/2026 – 19/06/2026", "Policies, priority accounts, simulations"),
            ("Completion", "03/07/2026", "Purview moved to phase 2 by the risk committee"),
        ],
        parties,
        f"{cid}|rep",
        author=HL_SEC.name,
    )
    page = g.page_of(report, "5. Customer sign-off")
    signed = g.with_scanned_pages(
        report,
        [page],
        [
            *g.sign_inks("rows", parties[0], 0, "08/07/2026", page=page),
            *g.sign_inks("rows", parties[1], 1, "08/07/2026", color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2026, 7, 8, 12, 0, 1),
        meta("Calder & Wharfe – DCR (signed)", HL_SEC.name, T(2026, 7, 8, 16, 0, 1)),
        dpi=150,
        skew=-0.6,
    )
    files = {"CWS_DCR_HDL-DCR-2026-058_signed.pdf": signed}
    claim = cpor(
        cid,
        HARBOURLINE,
        HL_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT INFORMATION PROTECTION"],
        T(2026, 7, 29, 9, 30, 1),
        files,
    )
    return Bundle(
        f"{cid}_calder_wharfe_purview_deferred",
        claim,
        files,
        "action_required",
        "The signed completion report (08/07/2026) supports Defender for Endpoint (436 laptops, 18 servers) and "
        "Defender for Office 365 (452 mailboxes), but MICROSOFT INFORMATION PROTECTION is claimed while the report "
        "marks Purview Information Protection 'Deferred – phase 2' with 0 labels published. A workload named only as "
        "deferred is not delivered: the claim's workloads do not all connect to the POE. The other two workloads "
        "would be approvable.",
        "Section 2: 'Purview Information Protection … Deferred – phase 2, after the DMS upgrade (Q4 2026)'; section "
        "3: 'Sensitivity labels published 0 (phase 2)'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Kranich IT-Services (DE): one bilingual Abnahmeprotokoll, four claims (and a signature cut from one of them)
# --------------------------------------------------------------------------------------------------------------

ELBMARSCH = Org(
    "Elbmarsch Landtechnik GmbH",
    "Elbmarsch Landtechnik",
    "elbmarsch-landtechnik.de",
    "DE",
    "21682 Stade",
    "Altländer Straße 112",
    "#33691e",
    "HRB 204417 Amtsgericht Tostedt",
)
EM_IT = person(ELBMARSCH, "Dr. Henrik Albers", "Leiter IT / Head of IT", "h.albers")
EM_PARTIES = [
    Party("Kunde / Customer", ELBMARSCH.name, EM_IT.name, EM_IT.title),
    Party("Auftragnehmer / Contractor", KRANICH.name, KR_SEC.name, KR_SEC.title),
]


def elbmarsch_security() -> tuple[bytes, bytes, int]:
    """5011005's protocol, its signed scan (page 2 scanned sideways) and the page number."""
    if "elbmarsch" not in _CACHE:
        doc = kranich_protokoll(
            ELBMARSCH,
            "KIT-2026-0142",
            D(2026, 3, 13),
            "12.01.2026 – 06.03.2026",
            [
                (
                    "Onboarding aller 512 Clients (Werkstatt, Vertrieb, Verwaltung) und 27 Server in Microsoft "
                    "Defender for Endpoint; ASR-Regeln im Blockmodus, EDR im Blockmodus.",
                    "Onboarding of all 512 clients (workshop, sales, administration) and 27 servers to Microsoft "
                    "Defender for Endpoint; ASR rules in block mode, EDR in block mode.",
                ),
                (
                    "Defender for Identity: Sensoren auf 5 Domänencontrollern und dem AD-CS-Server, Honeytoken-"
                    "Konten, Abstimmung der Warnmeldungen mit der IT.",
                    "Defender for Identity: sensors on 5 domain controllers and the AD CS server, honeytoken accounts, "
                    "alert tuning with IT.",
                ),
                (
                    "Übergabe der Betriebsdokumentation und zwei Admin-Schulungen (4 Teilnehmer).",
                    "Handover of the operations runbook and two admin training sessions (4 participants).",
                ),
            ],
            [
                (
                    "Defender for Endpoint",
                    "Onboarding per GPO/Intune, Gerätegruppen pro Standort / device groups "
                    "per site (Stade, Buxtehude, Cuxhaven)",
                    "512 Clients, 27 Server",
                ),
                (
                    "Defender for Identity",
                    "Sensoren / sensors, Honeytokens, Lateral-Movement-Pfade geprüft / lateral movement paths reviewed",
                    "5 DCs + 1 AD CS",
                ),
            ],
            EM_PARTIES,
            "5011005|doc",
            author=KR_SEC.name,
        )
        page = g.page_of(doc, "Unterschriften / Signatures")
        inks = [
            *g.sign_inks("columns", EM_PARTIES[0], 0, "17.03.2026", labels=KR_LABELS, page=page),
            *g.sign_inks("columns", EM_PARTIES[1], 1, "17.03.2026", labels=KR_LABELS, color=g.INK_BLACK, page=page),
        ]
        scan = g.with_scanned_pages(
            doc,
            [page],
            inks,
            "5011005|scan",
            T(2026, 3, 17, 14, 5, 1),
            meta("Abnahmeprotokoll Elbmarsch (unterschrieben)", KR_SEC.name, T(2026, 3, 18, 8, 30, 1)),
            dpi=150,
            skew=0.5,
            rotate=90,
        )
        _CACHE["elbmarsch"] = (doc, scan, page)
    return _CACHE["elbmarsch"]


def elbmarsch_signature_crop() -> bytes:
    """Dr. Albers' signature cut out of the scanned page of 5011005 (as someone at the partner did)."""
    doc, scan, page = elbmarsch_security()
    ink = g.sign_inks("columns", EM_PARTIES[0], 0, "", labels=KR_LABELS, page=page)[0]
    with pymupdf.open("pdf", doc) as d:
        _, x, y = g.ink_origin(d, ink)
    return crop_from_scan(scan, page, (x - 4, y - 4, x + 118, y + 38), 150, turn=90)


def s501_005_elbmarsch_sideways_signed_protocol() -> Bundle:
    cid = "5011005"
    _, scan, _ = elbmarsch_security()
    files = {"Abnahmeprotokoll_KIT-2026-0142_Elbmarsch_unterschrieben.pdf": scan}
    claim = cpor(
        cid,
        KRANICH,
        KR_SEC,
        ELBMARSCH,
        EM_IT,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        T(2026, 4, 8, 10, 50, 2),
        files,
    )
    return Bundle(
        f"{cid}_elbmarsch_sideways_signed_protocol",
        claim,
        files,
        "approve",
        "Kranich's bilingual Abnahmeprotokoll (every German statement has its English counterpart): 512 clients and "
        "27 servers in Defender for Endpoint, Defender for Identity sensors on 5 DCs + AD CS, period 12.01.–06.03.2026;"
        " "
        "the signature page was printed, signed in ink by the customer's Head of IT on 17.03.2026 (German day-first: "
        "17 March) and scanned sideways (90°) back into the file. 5011006 pastes a signature cut from this very page "
        "onto another document: this claim holds the original (wet ink on the scanned page, in context). Template "
        "shared with 5011007/5011008 (boilerplate).",
        "Page 2 (scan, rotated 90°): 'Dr. Henrik Albers' column signed, 'Datum / Date 17.03.2026'.",
        g.cpor_ok(),
    )


def s501_006_elbmarsch_intune_pasted_signature() -> Bundle:
    cid = "5011006"
    doc = kranich_protokoll(
        ELBMARSCH,
        "KIT-2026-0219",
        D(2026, 5, 20),
        "23.03.2026 – 15.05.2026",
        [
            (
                "Registrierung von 488 Windows-Notebooks per Autopilot und 64 Werkstatt-Tablets in Microsoft Intune; "
                "Compliance-Richtlinien, Update-Ringe, BitLocker.",
                "Enrollment of 488 Windows laptops via Autopilot and 64 workshop tablets in Microsoft Intune; "
                "compliance policies, update rings, BitLocker.",
            ),
            (
                "Ablösung des bisherigen MDM-Systems zum 30.04.2026.",
                "Retirement of the previous MDM system on 30 April 2026.",
            ),
        ],
        [
            (
                "Intune",
                "Autopilot-Profile, Compliance, Konfigurationsprofile / configuration profiles, App-"
                "Bereitstellung / app deployment (31 Apps)",
                "488 Notebooks, 64 Tablets",
            ),
        ],
        EM_PARTIES,
        f"{cid}|doc",
    )
    page = g.page_of(doc, "Unterschriften / Signatures")
    sig = Ink(
        EM_IT.name,
        "image",
        dx=2,
        dy=0,
        h=32,
        page=page,
        yanchor=KR_LABELS[2],
        y_dy=3,
        yocc=-1,
        picture=elbmarsch_signature_crop(),
    )
    pasted = g.stamp_pdf(doc, [sig], f"{cid}|paste")
    day = Ink(EM_IT.name, "hand", dx=2, dy=0, h=12, page=page, yanchor=KR_LABELS[3], y_dy=3, yocc=-1)
    final = type_at(pasted, [(day, "22.05.2026")], f"{cid}|typed")
    with pymupdf.open("pdf", final) as d:
        final = g.finish(
            d,
            meta("Abnahmeprotokoll Elbmarsch Intune", KR_PM.name, T(2026, 5, 22, 17, 3, 2)),
            f"{cid}|fin",
            subset=False,
        )
    files = {"Abnahmeprotokoll_KIT-2026-0219_Intune_Elbmarsch.pdf": final}
    claim = cpor(
        cid,
        KRANICH,
        KR_PM,
        ELBMARSCH,
        EM_IT,
        "Modern Work",
        ["INTUNE"],
        T(2026, 6, 10, 11, 15, 2),
        files,
    )
    return Bundle(
        f"{cid}_elbmarsch_intune_pasted_signature",
        claim,
        files,
        "action_required",
        "The Intune protocol is a born-digital PDF (no scan), yet its customer signature is a greyish picture with "
        "scanner noise pasted into the cell, next to a typed date 22.05.2026. The picture is Dr. Albers' signature "
        "cut from the scanned page of claim 5011005 (signed 17.03.2026 for the Defender project): the same pixels. "
        "Copying/pasting physical signatures is explicitly not acceptable, so this document carries no customer "
        "acknowledgement. The content (488 laptops, 64 tablets) is specific; the partner must obtain a genuine "
        "acknowledgement.",
        "Page 2: signature image in the 'Unterschrift / Signature' cell identical to the crop of 5011005's scanned "
        "signature; date typed in Helvetica.",
        {
            "customer_acknowledgement": "fail",
            "reused_evidence": "fail",
            "activity_detail": "pass",
            "ineligible_customer": "pass",
        },
    )


def s501_007_bad_segelheide_town_low_dpi() -> Bundle:
    cid = "5011007"
    cust = Org(
        "Stadt Bad Segelheide",
        "Bad Segelheide",
        "bad-segelheide.de",
        "DE",
        "23795 Bad Segelheide",
        "Rathausplatz 1",
        "#0d47a1",
    )
    cc = person(cust, "Birte Hansen", "Fachdienstleiterin IT / Head of IT Services", "b.hansen")
    parties = [
        Party("Kunde / Customer", cust.name, cc.name, cc.title),
        Party("Auftragnehmer / Contractor", KRANICH.name, KR_PM.name, KR_PM.title),
    ]
    doc = kranich_protokoll(
        cust,
        "KIT-2026-0188",
        D(2026, 4, 24),
        "02.02.2026 – 24.04.2026",
        [
            (
                "Einführung von Microsoft Teams für 340 Beschäftigte der Stadtverwaltung, des Bauhofs und der "
                "Stadtbücherei; Teams pro Fachdienst, Besprechungsrichtlinien, Gastzugriff für Ortsbeiräte.",
                "Rollout of Microsoft Teams to 340 staff of the town administration, the municipal works depot and "
                "the library; a team per department, meeting policies, guest access for district councillors.",
            ),
            (
                "Migration von 1,6 TB Dateiablage in 21 SharePoint-Online-Sitzungen/Sites mit Berechtigungskonzept "
                "nach Fachdiensten; Aufbewahrungsrichtlinie für Ratsunterlagen.",
                "Migration of 1.6 TB of file shares into 21 SharePoint Online sites with a permission model per "
                "department; retention policy for council documents.",
            ),
        ],
        [
            (
                "Teams",
                "Teams pro Fachdienst, Richtlinien, Schulung von 24 Multiplikatoren / 24 champions trained",
                "340 Nutzer",
            ),
            ("SharePoint Online", "21 Sites, Migration mit SPMT, Aufbewahrung / retention", "1,6 TB"),
        ],
        parties,
        f"{cid}|doc",
    )
    page = g.page_of(doc, "Unterschriften / Signatures")
    scan = g.scan_pdf(
        doc,
        [
            *g.sign_inks("columns", parties[0], 0, "29.04.2026", labels=KR_LABELS, page=page),
            *g.sign_inks("columns", parties[1], 1, "29.04.2026", labels=KR_LABELS, color=g.INK_BLACK, page=page),
            Ink(
                "Unterschriften / Signatures",
                "stamp",
                dx=250,
                dy=-10,
                h=44,
                page=page,
                lines=("STADT BAD SEGELHEIDE", "Fachdienst IT", "Rathausplatz 1"),
            ),
        ],
        f"{cid}|scan",
        T(2026, 4, 29, 15, 30, 2),
        dpi=100,
        skew=1.1,
        quality=45,
    )
    files = {"SCAN_Abnahme_Teams_SharePoint_Stadt.pdf": scan}
    claim = cpor(
        cid,
        KRANICH,
        KR_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 5, 18, 9, 10, 2),
        files,
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_bad_segelheide_town_low_dpi",
        claim,
        files,
        "approve",
        "A German town administration is public sector, but the written fee disclosure applies to Modern Work and "
        "Security usage claims only for customers in the United States and Puerto Rico: none is needed here. The "
        "bilingual protocol (Teams for 340 staff, 21 SharePoint sites, 1.6 TB) was scanned whole at 100 dpi, skewed "
        "and heavily compressed, but is legible, signed in ink and stamped by the town's Head of IT Services on "
        "29.04.2026.",
        "Scanned page 2: signature of Birte Hansen, rubber stamp 'STADT BAD SEGELHEIDE – Fachdienst IT', '29.04.2026'.",
        g.cpor_ok(),
    )


def s501_008_alpenrose_lookalike_company() -> Bundle:
    cid = "5011008"
    cust = Org(
        "Alpenrose Molkerei GmbH",
        "Alpenrose Molkerei",
        "alpenrose-molkerei.de",
        "DE",
        "87435 Kempten (Allgäu)",
        "Illerstraße 48",
        "#2e7d32",
    )
    cc = person(cust, "Florian Kögel", "IT-Leiter", "f.koegel")
    hotels = Org(
        "Alpenrose Hotels & Resorts GmbH",
        "Alpenrose Hotels",
        "alpenrose-hotels.at",
        "AT",
        "6020 Innsbruck",
        "Maria-Theresien-Straße 31",
        "#880e4f",
    )
    hc = person(hotels, "Verena Pichler", "Head of IT", "v.pichler")
    parties = [
        Party("Kunde / Customer", hotels.name, hc.name, hc.title),
        Party("Auftragnehmer / Contractor", KRANICH.name, KR_PM.name, KR_PM.title),
    ]
    doc = kranich_protokoll(
        hotels,
        "KIT-2026-0233",
        D(2026, 6, 12),
        "13.04.2026 – 12.06.2026",
        [
            (
                "Migration von 260 Postfächern (7 Hotels, Zentrale Innsbruck) von Exchange 2016 nach Exchange "
                "Online; Sammelpostfächer für Rezeption und Reservierung.",
                "Migration of 260 mailboxes (7 hotels, Innsbruck head office) from Exchange 2016 to Exchange Online; "
                "shared mailboxes for front desk and reservations.",
            ),
            (
                "Microsoft Teams für Hotelleitungen und Verwaltung, Kanäle pro Hotel, Schichtübergabe in Teams.",
                "Microsoft Teams for hotel managers and administration, a channel per hotel, shift handover in Teams.",
            ),
        ],
        [
            ("Exchange Online", "Hybrid-Migration in 3 Wellen / 3 waves", "260 Postfächer"),
            ("Teams", "Kanäle pro Hotel / a channel per hotel, Richtlinien / policies", "190 Nutzer"),
        ],
        parties,
        f"{cid}|doc",
    )
    page = g.page_of(doc, "Unterschriften / Signatures")
    scan = g.with_scanned_pages(
        doc,
        [page],
        [
            *g.sign_inks("columns", parties[0], 0, "16.06.2026", labels=KR_LABELS, page=page),
            *g.sign_inks("columns", parties[1], 1, "16.06.2026", labels=KR_LABELS, color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2026, 6, 16, 11, 0, 2),
        meta("Abnahmeprotokoll Alpenrose", KR_PM.name, T(2026, 6, 16, 16, 0, 2)),
        dpi=150,
        skew=0.4,
    )
    mail = Mail(
        hc,
        [KR_PM],
        "AW: Abnahme Exchange Online / Teams – Alpenrose",
        T(2026, 6, 16, 16, 12, 2),
        "Liebe Frau Petersen,\n\nanbei das unterschriebene Abnahmeprotokoll. / Please find the signed acceptance "
        "certificate attached.\n\nWe confirm the migration of our 260 mailboxes to Exchange Online and the Teams "
        "rollout for our seven hotels. Alpenrose accepts the project – thank you.\n\nBeste Grüße\n"
        + signature_lines(hc, "Alpenrose Hotels & Resorts GmbH · Innsbruck"),
        lang="de",
    )
    files = {
        "Abnahmeprotokoll_KIT-2026-0233_Alpenrose.pdf": scan,
        "AW_ Abnahme Exchange Online Teams – Alpenrose.eml": delivered_bytes(mail),
    }
    claim = cpor(
        cid,
        KRANICH,
        KR_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 7, 2, 10, 0, 2),
        files,
    )
    return Bundle(
        f"{cid}_alpenrose_lookalike_company",
        claim,
        files,
        "action_required",
        "The claim is for Alpenrose Molkerei GmbH, a dairy in Kempten (alpenrose-molkerei.de), but the signed protocol "
        "and the e-mail belong to Alpenrose Hotels & Resorts GmbH in Innsbruck (alpenrose-hotels.at) – a different "
        "company that shares only the word 'Alpenrose', with its own seven hotels and mailboxes. The claimed customer "
        "is not named anywhere in the POE and nothing comes from its domain. 'Alpenrose' in the e-mail must not be "
        "read as the claim's customer.",
        "Protocol: 'Kunde / Customer: Alpenrose Hotels & Resorts GmbH, Maria-Theresien-Straße 31, 6020 Innsbruck'; "
        "e-mail from v.pichler@alpenrose-hotels.at.",
        {
            "partner_customer_names": "fail",
            "customer_domain": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Prairie Summit (US): one Go-Live Certificate for every customer, public-sector disclosures in the standard wording
# --------------------------------------------------------------------------------------------------------------


def docusigned_psd(
    partner: Org,
    cust: Org,
    signer: Person,
    scope: str,
    amount: str,
    day: dt.date,
    when: dt.datetime,
    seed: str,
    sender: Person,
    ip: str,
) -> bytes:
    """The standard disclosure, filled in and acknowledged by the customer through DocuSign."""
    psd = psd_pdf(partner, cust, scope, amount, day, f"{seed}|psd")
    psd = typed_fields(
        psd, [("Name", 0, signer.name), ("Title", 0, signer.title), ("Date", 1, g.fdate(when, "us_short"))], seed
    )
    return g.esign(psd, signer, when, f"{seed}|env", sig_anchor="Signature", sig_dx=150, sig_dy=6, sender=sender, ip=ip)


def s501_009_elkhorn_valley_county_with_disclosure() -> Bundle:
    cid = "5011009"
    cust = Org(
        "Elkhorn Valley County, Nebraska",
        "Elkhorn Valley County",
        "elkhornvalleycounty-ne.gov",
        "US",
        "Norfolk, NE 68701",
        "500 W Benjamin Ave",
        "#1b5e20",
    )
    it = person(cust, "Gary Lindquist", "Director of Information Technology", "glindquist")
    admin = person(cust, "Janice Orr", "County Administrator", "jorr")
    chair = person(cust, "Robert Hale", "Chair, Board of Supervisors", "rhale")
    parties = [
        Party("Customer", cust.name, it.name, it.title),
        Party("Partner", PRAIRIE.name, PS_PM.name, PS_PM.title),
    ]
    cert = prairie_certificate(
        cust,
        "PST-GLC-2026-007",
        D(2026, 3, 2),
        admin,
        [
            (
                "Defender for Endpoint",
                "Onboarding of 710 county workstations and laptops and 36 servers (courthouse, sheriff, roads, "
                "treasurer), ASR rules in block mode, EDR block mode, automated investigation",
                "746 devices",
            ),
            (
                "Intune",
                "Enrollment of 710 Windows devices, compliance policies (BitLocker, OS build, Defender health), "
                "Windows Update rings, CJIS device group for 92 sheriff's office devices",
                "710 devices",
            ),
        ],
        [
            ("Legacy antivirus removed from all endpoints", "Done 02/24/2026"),
            ("Devices compliant at go-live", "96.8%"),
            ("Alert routing to county IT on-call", "Tested 02/27/2026"),
            ("Runbook and admin training (3 sessions)", "Delivered"),
        ],
        parties,
        f"{cid}|cert",
    )
    scan = g.scan_pdf(
        cert,
        [
            *g.sign_inks("lines", parties[0], 0, "03/05/2026"),
            *g.sign_inks("lines", parties[1], 1, "03/05/2026", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 3, 5, 13, 40, -6),
        dpi=150,
        skew=0.6,
    )
    psd = docusigned_psd(
        PRAIRIE,
        cust,
        chair,
        "Microsoft Defender for Endpoint and Intune usage – CPOR",
        "the applicable Security usage incentive",
        D(2026, 1, 15),
        T(2026, 1, 20, 10, 12, -6),
        f"{cid}|psd",
        PS_PM,
        "216.160.83.57",
    )
    files = {
        "EVC Go-Live Certificate PST-GLC-2026-007 signed.pdf": scan,
        "EVC Public Sector Disclosure - Completed.pdf": psd,
    }
    claim = cpor(
        cid,
        PRAIRIE,
        PS_PM,
        cust,
        it,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        T(2026, 3, 24, 15, 0, -5),
        files,
        segment="public_sector",
        roles={"EVC Public Sector Disclosure - Completed.pdf": "public_sector_disclosure"},
    )
    return Bundle(
        f"{cid}_elkhorn_valley_county_with_disclosure",
        claim,
        files,
        "approve",
        "US county government, Security usage: the standard written fee disclosure is acknowledged by the Chair of "
        "the Board of Supervisors through DocuSign (1/20/2026, certificate attached), and Prairie Summit's go-live "
        "certificate – 746 devices in Defender for Endpoint, 710 in Intune, CJIS group, checklist – is hand-signed by "
        "the county IT director on 03/05/2026 (March 5, US). The certificate form and the disclosure wording are "
        "shared with other claims (boilerplate).",
        "Scanned certificate signed by Gary Lindquist 03/05/2026; DocuSign disclosure acknowledged by Robert Hale, "
        "Chair, Board of Supervisors.",
        g.cpor_ok(ps=True),
    )


def s501_010_loess_hills_school_district_adobe_sign() -> Bundle:
    cid = "5011010"
    cust = Org(
        "Loess Hills Community School District",
        "Loess Hills CSD",
        "loesshills.k12.ia.us",
        "US",
        "Missouri Valley, IA 51555",
        "602 E Huron St",
        "#f57f17",
    )
    it = person(cust, "Tanya Reinholt", "Technology Director", "treinholt")
    supt = person(cust, "Dr. Mark Feldhaus", "Superintendent", "mfeldhaus")
    board = person(cust, "Linda Crowe", "Board Secretary", "lcrowe")
    parties = [
        Party("Customer", cust.name, it.name, it.title),
        Party("Partner", PRAIRIE.name, PS_ARCH.name, PS_ARCH.title),
    ]
    cert = prairie_certificate(
        cust,
        "PST-GLC-2026-031",
        D(2026, 8, 10),
        board,
        [
            (
                "Teams",
                "Teams for 240 staff and 1,380 students in 4 schools, class teams synced from the SIS, meeting "
                "policies for students, parent-teacher conference scheduling",
                "1,620 users",
            ),
            (
                "Intune",
                "Autopilot for 1,120 student Windows laptops (shared-device mode), 230 staff laptops, web-filter "
                "and testing-browser configuration, 64 iPads for the elementary school",
                "1,414 devices",
            ),
        ],
        [
            ("Class teams created for fall semester", "312"),
            ("Student laptops enrolled before first day of school (08/20/2026)", "1,120 of 1,120"),
            ("Teacher training (6 sessions, 211 attendees)", "Delivered"),
        ],
        parties,
        f"{cid}|cert",
    )
    signed = g.esign(
        cert,
        it,
        T(2026, 8, 14, 9, 5, -5),
        f"{cid}|env",
        sig_anchor=it.name,
        sig_dx=6,
        sig_dy=-46,
        date_anchor="Date: ____",
        date_dx=30,
        date_dy=-3,
        date_text="08/14/2026",
        vendor="adobe",
        sender=PS_ARCH,
        ip="174.71.18.92",
    )
    psd = g.scan_pdf(
        psd_pdf(
            PRAIRIE,
            cust,
            "Microsoft Teams and Intune usage – CPOR",
            "the applicable usage incentive",
            D(2026, 7, 24),
            f"{cid}|psd",
        ),
        psd_inks(supt.name, supt.title, "07/28/2026"),
        f"{cid}|psds",
        T(2026, 7, 28, 15, 10, -5),
        dpi=200,
        skew=-0.4,
    )
    files = {
        "Loess Hills CSD - Go-Live Certificate (Adobe Sign).pdf": signed,
        "Loess Hills CSD - Public Sector Disclosure signed.pdf": psd,
    }
    claim = cpor(
        cid,
        PRAIRIE,
        PS_ARCH,
        cust,
        it,
        "Modern Work",
        ["TEAMS", "INTUNE"],
        T(2026, 9, 1, 11, 25, -5),
        files,
        segment="public_sector",
        roles={"Loess Hills CSD - Public Sector Disclosure signed.pdf": "public_sector_disclosure"},
    )
    return Bundle(
        f"{cid}_loess_hills_school_district_adobe_sign",
        claim,
        files,
        "approve",
        "US public school district (education is public sector), Modern Work usage: the standard disclosure is "
        "hand-signed by the Superintendent on 07/28/2026 and scanned; the go-live certificate (1,620 Teams users, "
        "1,414 devices in Intune, 312 class teams) is e-signed through Adobe Acrobat Sign by the Technology Director "
        "on 08/14/2026 with the final audit report attached. Certificate form and disclosure wording are Prairie "
        "Summit's boilerplate, shared with 5011009/5011011/5011012/5011060.",
        "Adobe Sign audit report: 'Document e-signed by Tanya Reinholt … 2026-08-14'; disclosure signed by Dr. Mark "
        "Feldhaus, Superintendent, 07/28/2026.",
        g.cpor_ok(ps=True),
    )


def s501_011_sandhills_medical_center_no_disclosure() -> Bundle:
    cid = "5011011"
    cust = Org(
        "Sandhills Regional Medical Center",
        "Sandhills Regional",
        "sandhillsrmc.org",
        "US",
        "North Platte, NE 69101",
        "1100 E 10th St",
        "#b71c1c",
    )
    it = person(cust, "Kevin Stroud", "IT Security Manager", "kstroud")
    cfo = person(cust, "Deborah Lange", "Chief Financial Officer", "dlange")
    parties = [
        Party("Customer", cust.name, it.name, it.title),
        Party("Partner", PRAIRIE.name, PS_ARCH.name, PS_ARCH.title),
    ]
    cert = prairie_certificate(
        cust,
        "PST-GLC-2026-019",
        D(2026, 5, 18),
        cfo,
        [
            (
                "Defender for Endpoint",
                "Onboarding of 880 clinical and office workstations, 140 shared nursing-station PCs and 52 servers; "
                "ASR rules audited against the EHR client before block mode",
                "1,072 devices",
            ),
            (
                "Defender for Office 365",
                "Safe Links and Safe Attachments for 1,240 mailboxes, impersonation protection for physicians and "
                "finance, 3 phishing simulations",
                "1,240 mailboxes",
            ),
        ],
        [
            ("EHR client compatibility with ASR rules", "Passed (vendor sign-off 05/12/2026)"),
            ("Phish simulation click rate", "17% → 5%"),
        ],
        parties,
        f"{cid}|cert",
    )
    scan = g.scan_pdf(
        cert,
        [
            *g.sign_inks("lines", parties[0], 0, "05/21/2026"),
            *g.sign_inks("lines", parties[1], 1, "05/21/2026", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 5, 21, 10, 0, -6),
        dpi=150,
        skew=-0.5,
    )
    files = {"SRMC_GoLive_Certificate_PST-GLC-2026-019.pdf": scan}
    claim = cpor(
        cid,
        PRAIRIE,
        PS_ARCH,
        cust,
        it,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 6, 9, 14, 0, -5),
        files,
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_sandhills_medical_center_no_disclosure",
        claim,
        files,
        "action_required",
        "A US hospital is a healthcare customer, and healthcare counts as public sector. For a Security usage claim "
        "in the United States the partner must disclose its potential Microsoft compensation in writing and have the "
        "customer acknowledge it in writing; no disclosure is uploaded. The go-live certificate itself is specific "
        "(1,072 devices, 1,240 mailboxes) and hand-signed on 05/21/2026. UNSURE: whether the missing disclosure also "
        "counts as a missing required document for a CPOR claim (the spec lists it with the partner-activities "
        "components).",
        "segment public_sector, customer US, no public_sector_disclosure document; certificate signed by Kevin Stroud "
        "05/21/2026.",
        {
            "public_sector": "fail",
            "required_documents": ["pass", "fail"],
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s501_012_bluestem_month_first_too_old() -> Bundle:
    cid = "5011012"
    cust = Org(
        "Bluestem Grain Cooperative",
        "Bluestem Grain",
        "bluestemgrain.coop",
        "US",
        "Kearney, NE 68847",
        "4110 2nd Ave",
        "#827717",
    )
    it = person(cust, "Travis Moeller", "IT Manager", "tmoeller")
    gm = person(cust, "Carla Jensen", "General Manager", "cjensen")
    parties = [
        Party("Customer", cust.name, it.name, it.title),
        Party("Partner", PRAIRIE.name, PS_ARCH.name, PS_ARCH.title),
    ]
    cert = prairie_certificate(
        cust,
        "PST-GLC-2025-022",
        D(2025, 4, 28),
        gm,
        [
            (
                "Exchange Online",
                "Migration of 164 mailboxes from a hosted Exchange provider, shared mailboxes for the 11 elevator "
                "locations, mail flow through the scale-ticket system",
                "164 mailboxes",
            ),
            (
                "SharePoint Online",
                "Scale-ticket archive and agronomy document library, 9 sites, 410 GB migrated",
                "9 sites",
            ),
        ],
        [("Hosted Exchange contract terminated", "04/30/2025"), ("User training at elevator locations", "11 of 11")],
        parties,
        f"{cid}|cert",
    )
    page = g.render(
        cert,
        110,
        [
            *g.sign_inks("lines", parties[0], 0, "05/07/2025"),
            *g.sign_inks("lines", parties[1], 1, "05/07/2025", color=g.INK_BLACK),
        ],
        f"{cid}|ink",
    )[0]
    photo = g.phone_photo(page, f"{cid}|photo", T(2025, 5, 7, 16, 22, -5), model=("samsung", "SM-S911U"))
    files = {"20250507_162214.jpg": photo}
    claim = cpor(
        cid,
        PRAIRIE,
        PS_ARCH,
        cust,
        it,
        "Modern Work",
        ["EXCHANGE ONLINE", "SHAREPOINT ONLINE"],
        T(2026, 6, 15, 10, 30, -5),
        files,
    )
    return Bundle(
        f"{cid}_bluestem_month_first_too_old",
        claim,
        files,
        "action_required",
        "US customer and US partner: the hand-written '05/07/2025' on the photographed go-live certificate is "
        "month-first, May 7, 2025 – the certificate prints the go-live as April 28, 2025 and the photo's EXIF date is "
        "2025-05-07 – so the only acknowledgement is 13 months old at submission on 2026-06-15. Read day-first (5 July "
        "2025) it would have passed; here the reading decides. The photo of a wet-ink signature is otherwise fine. A "
        "recent acknowledgement confirming the ongoing engagement is needed.",
        "Phone photo '20250507_162214.jpg': certificate 'Go-live date April 28, 2025', signature of Travis Moeller, "
        "'05/07/2025'.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s501_060_pawnee_springs_ammp_with_disclosure() -> Bundle:
    cid = "5011060"
    cust = Org(
        "City of Pawnee Springs, Nebraska",
        "Pawnee Springs",
        "pawneesprings-ne.gov",
        "US",
        "Pawnee Springs, NE 68901",
        "301 N Lincoln Ave",
        "#004d40",
    )
    cc = person(cust, "Aaron Vasquez", "IT Administrator", "avasquez")
    mayor = person(cust, "Sharon Keel", "City Administrator", "skeel")
    consent, submitted = D(2026, 4, 20), T(2026, 8, 11, 10, 0, -5)
    files, claim = g.ammp_claim(
        cid,
        "pawnee",
        PRAIRIE,
        PS_ARCH,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Utility billing and meter-reading portal (.NET Framework, SQL Server)",
        arr="USD 41,000 per year",
        dates=["05/04/2026", "05/29/2026", "07/17/2026", "07/31/2026"],
        amount=15000.0,
        inv_no="PST-INV-26-0412",
        date_style="us_long",
        sign_when=T(2026, 8, 4, 14, 0, -5),
        date_text="08/04/2026",
        segment="public_sector",
        invoice_kw={"date_style": "us_long", "bank": "First National Bank of Omaha · USD wire"},
    )
    psd = g.scan_pdf(
        psd_pdf(PRAIRIE, cust, g.AMMP_NAME, "USD 15,000", D(2026, 4, 22), f"{cid}|psd"),
        psd_inks(mayor.name, mayor.title, "04/23/2026"),
        f"{cid}|psds",
        T(2026, 4, 23, 11, 0, -5),
        dpi=150,
        skew=0.3,
    )
    files["POE/PSD_Pawnee_Springs_signed.pdf"] = psd
    claim["documents"].append({"path": "POE/PSD_Pawnee_Springs_signed.pdf", "role": "public_sector_disclosure"})
    return Bundle(
        f"{cid}_pawnee_springs_ammp_with_disclosure",
        claim,
        files,
        "approve",
        "AMMP (Small) claim for a US city (public sector): Partner Activities claims for public-sector customers in "
        "the US need the written disclosure acknowledged by the customer – here the standard wording signed by the "
        "City Administrator on 04/23/2026. US partner, Market A: USD 15,000 invoiced with the claim ID; the AMMP "
        "template is signed by the city's IT administrator (08/04/2026), both surveys are complete and the claim came "
        f"{days(consent, submitted)} days after consent (xs/small: 120). Disclosure wording is boilerplate shared "
        "with other claims.",
        "PSD_Pawnee_Springs_signed.pdf: acknowledgement signed by Sharon Keel, City Administrator, '04/23/2026'; "
        "invoice PST-INV-26-0412 USD 15,000.00.",
        g.pa_ok(ps=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Ganges Cloudworks (IN): one findings template for its workshops; one invoice file on two claims
# --------------------------------------------------------------------------------------------------------------

GANGES_BANK = "HDFC Bank, Marathahalli branch · EEFC account (USD) 50200041128841"


def ganges_invoice(cid: str, number: str, day: dt.date, eng_name: str, cust: Org, amount: float) -> bytes:
    return g.invoice_pdf(
        GANGES,
        number,
        day,
        [(f"MCI Engagement Claim ID {cid} – {eng_name}\nCustomer: {cust.name}", amount)],
        f"{cid}|inv",
        date_style="in",
        title="TAX INVOICE",
        bank=GANGES_BANK,
        extra="<p class='small'>Export of services without payment of IGST under LUT ARN AD290426001847K.</p>",
    )


def s501_013_kaveri_university_workshop_with_disclosure() -> Bundle:
    cid = "5011013"
    cust = Org(
        "Kaveri State University",
        "Kaveri State University",
        "kaverisu.ac.in",
        "IN",
        "Mysuru 570006",
        "Manasagangotri Road",
        "#4527a0",
    )
    cc = person(cust, "Dr. Shalini Gowda", "Director, Computer Centre", "director.cc")
    reg = person(cust, "Prof. H. N. Manjunath", "Registrar", "registrar")
    eng = g.engagement(
        "SEC-PROTECT-DATA-WS-VAR", "Sales - Protect and Govern Sensitive Data Workshop", "standard", "variable", 3400.0
    )
    consent, submitted = D(2026, 6, 8), T(2026, 8, 20, 12, 0, 5.5)
    report = ganges_findings(
        "Protect and Govern Sensitive Data Workshop – Findings",
        cust,
        cid,
        D(2026, 7, 2),
        "14 – Computer Centre, examinations branch, finance, research office",
        [
            (
                "What we found",
                "<p>Data Security Check run for 21 days on the university tenant (2,900 staff mailboxes, 610 "
                "SharePoint sites): 1,840 files with Aadhaar numbers and 460 with bank details of students, "
                "mostly in the examinations branch's shared folders; question papers shared by link with external "
                "examiners without expiry; 37 former staff accounts still owning sites.</p>",
            ),
            (
                "Scenarios shown",
                ul(
                    [
                        "Sensitivity labels 'Exam – Confidential' with encryption for question papers.",
                        "DLP policy blocking Aadhaar numbers in e-mail to external recipients (test mode).",
                        "Insider risk indicators for bulk downloads from the examinations library.",
                    ]
                ),
            ),
            (
                "Agreed next steps",
                grid(
                    ["Step", "Scope", "When"],
                    [
                        ("Labels", "4 labels, examinations branch first (45 staff)", "Sept 2026"),
                        ("DLP", "Aadhaar and bank details, all staff mailboxes", "Oct 2026"),
                        ("Clean-up", "Re-assign 37 orphaned sites, expire external links", "Aug 2026"),
                    ],
                    [14, 64, 22],
                ),
            ),
        ],
        f"{cid}|rep",
    )
    psd = g.scan_pdf(
        psd_pdf(GANGES, cust, eng["name"], "USD 3,400", D(2026, 6, 10), f"{cid}|psd", style="gb_long"),
        [
            *psd_inks(reg.name, reg.title, "12-06-2026"),
            Ink(
                "Signature",
                "seal",
                dx=300,
                dy=-6,
                h=54,
                occurrence=0,
                color=(60, 60, 160),
                lines=("KAVERI STATE", "UNIVERSITY", "REGISTRAR"),
            ),
        ],
        f"{cid}|psds",
        T(2026, 6, 12, 15, 0, 5.5),
        dpi=150,
        skew=0.6,
    )
    invoice = ganges_invoice(cid, "GCW/26-27/0163", D(2026, 8, 14), eng["name"], cust, 3400.0)
    files, claim = pa_claim(
        cid,
        GANGES,
        GC_AM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"KSU_Data_Protection_Workshop_Findings.pdf": report},
        amount=3400.0,
        inv_no="GCW_26-27_0163",
        inv_day=D(2026, 8, 14),
        activities="Data Security Check, labels/DLP/insider risk demos, plan for the examinations branch",
        outcome="Labelling and DLP plan agreed for Sept-Oct 2026",
        participants="14",
        segment="public_sector",
        extra_docs=[("KSU_PSD_signed_sealed.pdf", psd, "public_sector_disclosure")],
        invoice_pdf_bytes=invoice,
    )
    return Bundle(
        f"{cid}_kaveri_university_workshop_with_disclosure",
        claim,
        files,
        "approve",
        "Partner Activities claim for an Indian state university (education = public sector): India is one of the "
        "three countries where such claims need the public-sector disclosure, and it is there – the standard wording "
        "signed and sealed by the Registrar on 12-06-2026. Specific findings (1,840 files with Aadhaar numbers, 37 "
        "orphaned sites, labels/DLP plan), invoice GCW/26-27/0163 with the claim ID and USD 3,400 (= proposed "
        f"payout), both surveys signed, {days(consent, submitted)} days after consent (standard: 90). Findings "
        "template and disclosure wording are shared with other claims (boilerplate).",
        "KSU_PSD_signed_sealed.pdf: signature of Prof. H. N. Manjunath, Registrar, seal, '12-06-2026'.",
        g.pa_ok(ps=True),
    )


HOYSALA = Org(
    "Hoysala Auto Components Ltd",
    "Hoysala Auto",
    "hoysalaauto.co.in",
    "IN",
    "Hosur 635126",
    "SIPCOT Industrial Complex, Phase II, Plot 41",
    "#37474f",
)
HOYSALA_IT = person(HOYSALA, "Venkatesh Iyer", "Head – IT", "venkatesh.iyer")
NEXTGEN = g.engagement("MW-NEXTGEN-WIN-VAR", "NextGen Windows Workshop", "standard", "variable", 2300.0)


def hoysala_invoice() -> bytes:
    if "hoysala_inv" not in _CACHE:
        _CACHE["hoysala_inv"] = ganges_invoice(
            "5011014", "GCW/26-27/0147", D(2026, 7, 9), NEXTGEN["name"], HOYSALA, 2300.0
        )
    return bytes(_CACHE["hoysala_inv"])


def s501_014_hoysala_windows_workshop() -> Bundle:
    cid = "5011014"
    consent, submitted = D(2026, 5, 11), T(2026, 7, 14, 10, 40, 5.5)
    report = ganges_findings(
        "NextGen Windows Workshop – Findings",
        HOYSALA,
        cid,
        D(2026, 6, 4),
        "8 – IT, plant engineering (Hosur, Pune), purchase",
        [
            (
                "Estate today",
                "<p>640 desktops and laptops: 410 on Windows 10 22H2, 170 on Windows 11, 60 CNC-cell PCs on Windows "
                "10 IoT LTSC. Images are built by hand per plant; 38% of devices fail the Windows 11 hardware check. "
                "Design engineers in Pune run CAD on 45 workstations that are due for refresh.</p>",
            ),
            (
                "Shown in the workshop",
                ul(
                    [
                        "Windows Autopilot reset of a Hosur office laptop to Windows 11 Enterprise in 38 minutes.",
                        "Windows 365 Enterprise Cloud PC for a Pune design engineer (CAD viewer, GPU profile).",
                        "Endpoint analytics: startup and app reliability scores for the 410 Windows 10 devices.",
                    ]
                ),
            ),
            (
                "Decisions",
                grid(
                    ["Item", "Decision", "Owner / when"],
                    [
                        ("Windows 11", "Upgrade 250 capable office devices via Autopilot reset", "IT, Aug–Oct 2026"),
                        ("Refresh", "Replace 160 incapable devices in FY27 budget", "Purchase, Q4"),
                        ("Cloud PC", "Pilot 10 Windows 365 Cloud PCs for Pune design", "Plant engineering, Sept"),
                    ],
                    [16, 56, 28],
                ),
            ),
        ],
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        GANGES,
        GC_AM,
        HOYSALA,
        HOYSALA_IT,
        area="Modern Work",
        eng=NEXTGEN,
        consent=consent,
        submitted=submitted,
        poe={"Hoysala_NextGen_Windows_Findings.pdf": report},
        amount=2300.0,
        inv_no="GCW_26-27_0147",
        inv_day=D(2026, 7, 9),
        activities="Windows 11 and Windows 365 workshop with estate review and demos",
        outcome="Windows 11 upgrade of 250 devices and a 10-user Cloud PC pilot agreed",
        participants="8",
        invoice_pdf_bytes=hoysala_invoice(),
    )
    return Bundle(
        f"{cid}_hoysala_windows_workshop",
        claim,
        files,
        "approve",
        "NextGen Windows Workshop with a specific findings report (640 devices, 38% failing the Windows 11 check, "
        "Autopilot reset and Cloud PC demos, decisions with owners), invoice GCW/26-27/0147 for this claim ID at USD "
        f"2,300 (= proposed payout), both surveys signed, {days(consent, submitted)} days after consent (standard: "
        "90). The same invoice file reappears on 5011015, a claim for another customer: this claim holds the original "
        "– the invoice names claim 5011014, this customer and this amount.",
        "Invoice_GCW_26-27_0147.pdf: 'MCI Engagement Claim ID 5011014 – NextGen Windows Workshop', USD 2,300.00.",
        g.pa_ok(),
    )


def s501_015_malnad_coffee_invoice_of_other_claim() -> Bundle:
    cid = "5011015"
    cust = Org(
        "Malnad Coffee Curing Works Pvt. Ltd.",
        "Malnad Coffee",
        "malnadcoffee.in",
        "IN",
        "Chikkamagaluru 577101",
        "Kadur Road, Industrial Area",
        "#4e342e",
    )
    cc = person(cust, "Prakash Hegde", "IT & Systems Manager", "prakash.hegde")
    eng = g.engagement("BA-APPS-IN-A-DAY-VAR", "Rapidly Build Apps-in-a-day Workshop", "standard", "variable", 1900.0)
    consent, submitted = D(2026, 5, 18), T(2026, 7, 16, 16, 20, 5.5)
    report = ganges_findings(
        "Rapidly Build Apps-in-a-day Workshop – Findings",
        cust,
        cid,
        D(2026, 6, 19),
        "11 – curing works supervisors, quality lab, accounts, IT",
        [
            (
                "Apps built during the day",
                ul(
                    [
                        "Parchment intake app (Power Apps canvas, Dataverse): lot number, estate, moisture reading "
                        "and photo at the receiving bay; 6 supervisors built and tested it.",
                        "Cupping score approval flow (Power Automate) from the quality lab to the sales desk.",
                    ]
                ),
            ),
            (
                "Next steps",
                "<p>Pilot the intake app at the Chikkamagaluru works during the December harvest (about 2,400 lots); "
                "Ganges to review the Dataverse model and the moisture-meter integration with IT.</p>",
            ),
        ],
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        GANGES,
        GC_AM,
        cust,
        cc,
        area="Business Applications",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Malnad_App_in_a_Day_Findings.pdf": report},
        amount=1900.0,
        inv_no="GCW_26-27_0147",
        inv_day=D(2026, 7, 9),
        activities="App-in-a-day: parchment intake app and cupping approval flow",
        outcome="Two working apps, harvest pilot planned",
        participants="11",
        invoice_pdf_bytes=hoysala_invoice(),
    )
    return Bundle(
        f"{cid}_malnad_coffee_invoice_of_other_claim",
        claim,
        files,
        "action_required",
        "Findings, surveys and timing are fine, but the uploaded invoice is claim 5011014's invoice file, byte for "
        "byte: it names claim 5011014, the NextGen Windows Workshop, Hoysala Auto Components and USD 2,300. Nothing "
        "shows this claim's ID or its USD 1,900 payout, and each claim needs its own unique invoice. 5011014 holds "
        "the original.",
        "Invoice_GCW_26-27_0147.pdf on this claim: 'MCI Engagement Claim ID 5011014 … Customer: Hoysala Auto "
        "Components Ltd', USD 2,300.00.",
        {
            "invoice": "fail",
            "reused_evidence": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
        },
    )


def s501_016_shivapura_municipal_no_disclosure() -> Bundle:
    cid = "5011016"
    cust = Org(
        "Shivapura City Municipal Corporation",
        "SCMC",
        "shivapuracmc.gov.in",
        "IN",
        "Shivapura 577201",
        "Nehru Road, Municipal Office Building",
        "#00838f",
    )
    cc = person(cust, "K. S. Ramesh", "Assistant Executive Engineer (e-Governance)", "egov")
    eng = g.engagement("MW-FRONTLINE-WS-VAR", "Enable Frontline Workshop", "standard", "variable", 2800.0)
    consent, submitted = D(2026, 7, 6), T(2026, 9, 15, 11, 0, 5.5)
    report = ganges_findings(
        "Enable Frontline Workshop – Findings and Recommendations",
        cust,
        cid,
        D(2026, 8, 5),
        "12 – health inspectors, solid-waste supervisors, revenue, e-governance cell",
        [
            (
                "Frontline today",
                "<p>About 1,100 sanitation workers, 64 health inspectors and 35 ward supervisors work across 35 wards. "
                "Attendance is taken on paper at 12 ward offices; complaints from the citizen helpline reach "
                "supervisors by phone and are closed on a spreadsheet.</p>",
            ),
            (
                "Scenarios explored",
                ul(
                    [
                        "Teams Shifts for ward rosters; Walkie Talkie on 120 shared supervisor phones.",
                        "Approvals and a Lists tracker for helpline complaints with photo on closure.",
                        "Frontline licences with shared-device sign-in at ward offices.",
                    ]
                ),
            ),
            (
                "Plan",
                grid(
                    ["Step", "Scope", "When"],
                    [
                        ("Pilot", "Wards 4 and 11: 90 workers, 6 inspectors", "Nov 2026"),
                        ("Rollout", "All 35 wards", "Jan – Mar 2027"),
                    ],
                    [14, 64, 22],
                ),
            ),
        ],
        f"{cid}|rep",
    )
    invoice = ganges_invoice(cid, "GCW/26-27/0201", D(2026, 9, 10), eng["name"], cust, 2800.0)
    files, claim = pa_claim(
        cid,
        GANGES,
        GC_AM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"SCMC_Frontline_Workshop_Findings.pdf": report},
        amount=2800.0,
        inv_no="GCW_26-27_0201",
        inv_day=D(2026, 9, 10),
        activities="Frontline workshop: Shifts, Walkie Talkie, Approvals for ward staff",
        outcome="Pilot in 2 wards agreed for November",
        participants="12",
        segment="public_sector",
        invoice_pdf_bytes=invoice,
    )
    return Bundle(
        f"{cid}_shivapura_municipal_no_disclosure",
        claim,
        files,
        "action_required",
        "A municipal corporation is a government customer; for Partner Activities claims in India the public-sector "
        "disclosure, acknowledged by the customer, is a required component – and none is uploaded. Findings report, "
        f"invoice (claim ID, USD 2,800), surveys and timing ({days(consent, submitted)} days) are otherwise in order.",
        "segment public_sector, customer IN, documents: findings, invoice, two surveys – no public_sector_disclosure.",
        {
            "public_sector": "fail",
            "required_documents": "fail",
            "invoice": "pass",
            "attestations": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Maplewick Consulting (CA): Word status reports and e-mail acknowledgements – real, thanks-only, and forged
# --------------------------------------------------------------------------------------------------------------


def maplewick_status_docx(
    cust: Org,
    title: str,
    week: str,
    rag: Sequence[tuple[str, str, str]],
    done: Sequence[str],
    numbers: Sequence[tuple[str, str]],
    next_steps: Sequence[str],
    when: dt.datetime,
    author: Person,
) -> bytes:
    """Maplewick's weekly project status report in Word (the final week's issue)."""
    w = g.Word(accent="B23A48", base_font="Calibri", size=10.5)
    w.header(MAPLEWICK, f"Project Status Report · {cust.short}")
    w.footer("Maplewick Consulting Inc. · 1801 Hollis Street, Halifax NS · Confidential")
    w.h(title, 1)
    w.table(
        [
            ["Customer", cust.name],
            ["Reporting period", week],
            ["Prepared by", f"{author.name}, {author.title}"],
            ["Overall status", "GREEN – complete"],
        ],
        header=False,
    )
    w.h("Workstream status", 2)
    w.table([["Workstream", "Status", "Comment"], *[list(r) for r in rag]])
    w.h("Completed this period", 2)
    w.bullets(done)
    w.h("Key numbers", 2)
    w.table([["Measure", "Value"], *[list(r) for r in numbers]])
    w.h("Next steps / handover", 2)
    w.bullets(next_steps)
    return w.save(meta(title, author.name, when), revision=12)


def s501_017_fundy_tidal_word_report_and_gmail_reply() -> Bundle:
    cid = "5011017"
    cust = Org(
        "Fundy Tidal Seafoods Ltd.",
        "Fundy Tidal",
        "fundytidal.ca",
        "CA",
        "Digby, NS B0V 1A0",
        "88 Water Street",
        "#01579b",
    )
    cc = person(cust, "Nadine Comeau", "Director, IT & Operations Systems", "nadine.comeau")
    report = maplewick_status_docx(
        cust,
        "Defender for Endpoint & Entra ID P2 – Final Status Report",
        "Week 12 (February 16 – 20, 2026)",
        [
            ("Defender for Endpoint", "GREEN", "All 3 plants and head office onboarded; EDR in block mode"),
            ("Entra ID P2", "GREEN", "PIM live for 14 admin roles; risk-based Conditional Access enforced"),
            ("Defender for Cloud Apps", "NOT STARTED", "Out of scope for this project (budget FY27)"),
        ],
        [
            "Onboarded the last 44 plant-floor PCs at the Meteghan processing plant (maintenance window Feb 17).",
            "Switched ASR rules from audit to block after 14 days without business impact.",
            "Enabled Privileged Identity Management for Global, Exchange, Intune and 11 other admin roles; "
            "approval required for Global Administrator.",
            "Risk-based Conditional Access: sign-in risk high → block, user risk high → secure password change.",
        ],
        [
            ("Devices onboarded to MDE", "412 workstations, 23 servers"),
            ("Users covered by Entra ID P2 policies", "505"),
            ("Standing Global Administrators", "6 → 0 (eligible via PIM)"),
            ("Risky sign-ins per week", "31 → 4"),
        ],
        ["Runbook v1.3 handed to Fundy IT (Feb 19).", "Monthly vulnerability review with Maplewick from March."],
        T(2026, 2, 20, 16, 40, -4),
        MW_SEC,
    )
    ask = Mail(
        MW_SEC,
        [cc],
        "Fundy Tidal – Defender & Entra ID P2 project: final status report",
        T(2026, 2, 23, 9, 15, -4),
        "Hi Nadine,\n\nAttached is the final status report. Could you confirm that Fundy accepts the Defender for "
        "Endpoint and Entra ID P2 work as complete?\n\nThanks,\nDylan\n\n" + g.footer_block(MW_SEC),
    )
    reply = Mail(
        cc,
        [MW_SEC],
        "Re: Fundy Tidal – Defender & Entra ID P2 project: final status report",
        T(2026, 2, 26, 7, 58, -4),
        "Hi Dylan,\n\nConfirmed. We checked the portal ourselves: 412 workstations and 23 servers in Defender for "
        "Endpoint across Digby, Meteghan, Yarmouth and the head office, PIM on for all admin roles, and the risky "
        "sign-ins are down to a handful a week. Fundy Tidal accepts the project as delivered by Maplewick.\n\n"
        "Nadine\n\n--\n" + signature_lines(cc, "T 902-555-0119"),
        quoted=ask,
        style="gmail",
        mailer="",
    )
    files = {
        "Fundy Tidal - Final Status Report wk12.docx": report,
        "Re_ Fundy Tidal – Defender & Entra ID P2 project.eml": delivered_bytes(reply, system="google"),
    }
    claim = cpor(
        cid,
        MAPLEWICK,
        MW_SEC,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        T(2026, 3, 12, 13, 20, -4),
        files,
    )
    return Bundle(
        f"{cid}_fundy_tidal_word_report_and_gmail_reply",
        claim,
        files,
        "approve",
        "Word status report (final week) with the numbers per workload – 412 workstations and 23 servers in MDE, PIM "
        "for 14 admin roles, risk-based Conditional Access for 505 users – and the customer's own reply from "
        "fundytidal.ca (sent from Google Workspace: DKIM d=fundytidal.ca, SPF and DMARC pass) repeating the figures "
        "and accepting the project on 26 Feb 2026. Defender for Cloud Apps is 'not started / out of scope' and is not "
        "claimed.",
        "'.eml' from nadine.comeau@fundytidal.ca: 'Fundy Tidal accepts the project as delivered by Maplewick'; "
        "Authentication-Results: dkim=pass header.d=fundytidal.ca.",
        g.cpor_ok(email_ack=True),
    )


def s501_018_annapolis_orchards_thanks_only() -> Bundle:
    cid = "5011018"
    cust = Org(
        "Annapolis Orchards Co-operative Ltd.",
        "Annapolis Orchards",
        "annapolisorchards.coop",
        "CA",
        "Berwick, NS B0P 1E0",
        "2450 Commercial Street",
        "#c62828",
    )
    cc = person(cust, "Mike Eisnor", "Operations & IT Lead", "meisnor")
    summary = g.report_pdf(
        MAPLEWICK,
        f"""
<h1>Close-out summary – Teams &amp; SharePoint</h1>
{kv([("Customer", escape(cust.name)), ("Period", "January 12 – March 27, 2026"), ("Sites", "Berwick, Kentville")])}
{
            grid(
                ["Workload", "Delivered", "Numbers"],
                [
                    (
                        "Teams",
                        "Teams for office, packing-house supervisors and 31 member growers' liaisons",
                        "142 users",
                    ),
                    (
                        "SharePoint Online",
                        "Grower contracts library, food-safety (CanadaGAP) records, 7 sites",
                        "7 sites",
                    ),
                ],
                [22, 56, 22],
            )
        }
<p>Open item: migration of the 2019–2021 spray records archive (about 60 GB) – customer to decide.</p>
""",
        meta("Annapolis Orchards close-out summary", MW_PM.name, T(2026, 3, 30, 15, 0, -3)),
        f"{cid}|sum",
        right="Close-out summary",
    )
    ask = Mail(
        MW_PM,
        [cc],
        "Annapolis Orchards – Teams & SharePoint close-out",
        T(2026, 3, 31, 10, 5, -3),
        "Hi Mike,\n\nPlease find attached the close-out summary for the Teams and SharePoint project. Could you "
        "reply to confirm that the co-op accepts the work as delivered?\n\nThank you,\nSarah\n\n"
        + g.footer_block(MW_PM),
        attachments=[("Annapolis_Orchards_Closeout_Summary.pdf", summary)],
    )
    reply = Mail(
        cc,
        [MW_PM],
        "RE: Annapolis Orchards – Teams & SharePoint close-out",
        T(2026, 3, 31, 17, 48, -3),
        "Thanks Sarah, got it! I'll have a proper look once bloom-spray planning settles down.\n\nCheers,\nMike\n\n"
        "Sent from my iPhone",
        quoted=ask,
        mailer="iPhone Mail (21F90)",
    )
    files = {
        "RE_ Annapolis Orchards – Teams & SharePoint close-out.msg": delivered_msg(reply),
        "Annapolis_Orchards_Closeout_Summary.pdf": summary,
    }
    claim = cpor(
        cid,
        MAPLEWICK,
        MW_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 4, 21, 9, 40, -3),
        files,
    )
    return Bundle(
        f"{cid}_annapolis_orchards_thanks_only",
        claim,
        files,
        "action_required",
        "The customer's only reply – a genuine message from annapolisorchards.coop – says 'Thanks Sarah, got it! I'll "
        "have a proper look once bloom-spray planning settles down': it acknowledges receipt of the summary, not the "
        "work, and promises a review that never came. The close-out summary itself is the partner's document, "
        "unsigned. There is no customer acknowledgement of the delivered services.",
        "Reply of 31 Mar 2026 from meisnor@annapolisorchards.coop: 'Thanks Sarah, got it!'.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


def s501_056_cabot_trail_mail_sent_from_partner_tenant() -> Bundle:
    cid = "5011056"
    cust = Org(
        "Cabot Trail Outfitters Inc.",
        "Cabot Trail Outfitters",
        "cabottrailoutfitters.ca",
        "CA",
        "Baddeck, NS B0E 1B0",
        "512 Chebucto Street",
        "#2e7d32",
    )
    cc = person(cust, "Jenna MacNeil", "Office & IT Manager", "jenna")
    report = maplewick_status_docx(
        cust,
        "Intune & Microsoft 365 Apps – Final Status Report",
        "Week 6 (May 4 – 8, 2026)",
        [
            ("Intune", "GREEN", "Store laptops, POS back-office PCs and managers' phones enrolled"),
            ("Microsoft 365 Apps", "GREEN", "Office 2016 removed"),
        ],
        [
            "Enrolled 61 Windows devices and 24 iPhones in Intune (Baddeck, Ingonish and Cheticamp stores).",
            "Deployed Microsoft 365 Apps for business to 58 users.",
        ],
        [("Devices in Intune", "85"), ("Users on Microsoft 365 Apps", "58")],
        ["Handover call with Jenna held May 8."],
        T(2026, 5, 8, 15, 0, -3),
        MW_PM,
    )
    forged = Mail(
        cc,
        [MW_PM],
        "Project acceptance – Intune and Microsoft 365 Apps",
        T(2026, 5, 12, 11, 2, -3),
        "Hello Maplewick team,\n\nCabot Trail Outfitters Inc. hereby confirms that Maplewick Consulting Inc. has "
        "successfully deployed Microsoft Intune on our 85 devices and Microsoft 365 Apps for our 58 users, and we "
        "accept the project as complete. We recognise Maplewick Consulting Inc. as our partner of record for these "
        "workloads.\n\nBest regards,\nJenna MacNeil\nOffice & IT Manager\nCabot Trail Outfitters Inc.",
    )
    files = {
        "Cabot Trail - Final Status Report.docx": report,
        "Project acceptance – Intune and Microsoft 365 Apps.eml": delivered_bytes(forged, spoof_via=MW_SEC),
    }
    claim = cpor(
        cid,
        MAPLEWICK,
        MW_PM,
        cust,
        cc,
        "Modern Work",
        ["INTUNE", "MICROSOFT 365 APPS"],
        T(2026, 5, 26, 10, 0, -3),
        files,
    )
    return Bundle(
        f"{cid}_cabot_trail_mail_sent_from_partner_tenant",
        claim,
        files,
        "action_required",
        "The 'acceptance' e-mail shows jenna@cabottrailoutfitters.ca in its From: line, but its transport headers "
        "say it never left the customer: it was submitted inside Maplewick's own Microsoft 365 tenant (AuthAs "
        "Internal, cross-tenant id of maplewick.ca, smtp.mailfrom=maplewick.ca, DKIM d=maplewick.ca) and failed "
        "DMARC for the customer's domain. Its wording is the partner's claim language ('partner of record'). The "
        "guide requires the customer domain to be correct regardless of the format; this message is not from the "
        "customer, so there is no valid acknowledgement. The Word report alone is the partner's own document.",
        "Authentication-Results: 'smtp.mailfrom=maplewick.ca; dkim=pass header.d=maplewick.ca; dmarc=fail "
        "action=quarantine header.from=cabottrailoutfitters.ca; compauth=fail'.",
        {
            "customer_domain": ["fail", "warn"],
            "customer_acknowledgement": ["fail", "warn"],
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Solvenza (BR) and Tramontana (ES)
# --------------------------------------------------------------------------------------------------------------


def s501_019_vale_do_iguacu_portuguese_only() -> Bundle:
    cid = "5011019"
    cust = Org(
        "Cooperativa Agroindustrial Vale do Iguaçu",
        "Coop Vale do Iguaçu",
        "coopvaleiguacu.com.br",
        "BR",
        "Cascavel - PR, 85803-760",
        "Rodovia BR-277, km 590",
        "#2e7d32",
    )
    cc = person(cust, "Fernando Kowalski", "Gerente de Tecnologia da Informação", "fernando.kowalski")
    report = g.report_pdf(
        SOLVENZA,
        f"""
<h1>Relatório de Encerramento de Projeto</h1>
{
            kv(
                [
                    ("Cliente", escape(cust.name)),
                    ("Projeto", "Gestão de dispositivos e proteção de endpoints"),
                    ("Período", "5 de janeiro a 27 de março de 2026"),
                    ("Gerente de projeto", escape(SV_PM.name)),
                ]
            )
        }
<h2>1. Escopo entregue</h2>
{
            grid(
                ["Workload", "Atividades", "Quantidade"],
                [
                    (
                        "Microsoft Intune",
                        "Registro via Autopilot dos notebooks administrativos, modo quiosque nos coletores das "
                        "unidades de recebimento de grãos, políticas de conformidade e BitLocker",
                        "780 dispositivos",
                    ),
                    (
                        "Defender for Endpoint",
                        "Integração de estações e servidores das 14 unidades, regras ASR em modo bloqueio, EDR",
                        "812 estações, 38 servidores",
                    ),
                ],
                [24, 54, 22],
            )
        }
<h2>2. Cronograma</h2>
{
            ul(
                [
                    "Descoberta e desenho: 5 a 23 de janeiro de 2026",
                    "Piloto na matriz de Cascavel: 26 de janeiro a 6 de fevereiro",
                    "Implantação nas 14 unidades: 9 de fevereiro a 20 de março",
                    "Operação assistida e repasse: 23 a 27 de março",
                ]
            )
        }
<h2>3. Pendências</h2><p>Nenhuma pendência crítica. Coletores da unidade de Toledo aguardam troca de hardware.</p>
""",
        meta("Relatório de Encerramento", SV_PM.name, T(2026, 3, 27, 17, 0, -3)),
        f"{cid}|rep",
        right="Relatório de Encerramento",
        footer="Solvenza Tecnologia Ltda. · Curitiba · Confidencial",
    )
    ask = Mail(
        SV_PM,
        [cc],
        "Encerramento do projeto Intune e Defender",
        T(2026, 3, 30, 9, 0, -3),
        "Olá Fernando,\n\nSegue o relatório de encerramento. Pode confirmar o aceite do projeto?\n\nAbraço,\nCamila"
        "\n\n" + g.footer_block(SV_PM),
        lang="pt",
    )
    reply = Mail(
        cc,
        [SV_PM],
        "RE: Encerramento do projeto Intune e Defender",
        T(2026, 3, 31, 14, 22, -3),
        "Camila, boa tarde.\n\nConfirmamos o aceite do projeto: os 780 dispositivos estão no Intune e as 812 "
        "estações e 38 servidores das 14 unidades estão no Defender. Obrigado à equipe da Solvenza.\n\n"
        "Atenciosamente,\n" + signature_lines(cc),
        quoted=ask,
        lang="pt",
    )
    files = {
        "Relatorio_Encerramento_Coop_Vale_do_Iguacu.pdf": report,
        "RE_ Encerramento do projeto Intune e Defender.msg": delivered_msg(reply),
    }
    claim = cpor(
        cid,
        SOLVENZA,
        SV_PM,
        cust,
        cc,
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 4, 15, 10, 10, -3),
        files,
    )
    return Bundle(
        f"{cid}_vale_do_iguacu_portuguese_only",
        claim,
        files,
        "action_required",
        "Both POE documents are only in Portuguese: the closure report (780 devices in Intune, 812 workstations and 38 "
        "servers in Defender) and the customer's acceptance reply from coopvaleiguacu.com.br. The content would be "
        "acceptable, but POE must be in English or accompanied by an English version; the partner must upload an "
        "English translation.",
        "'Relatório de Encerramento de Projeto' and 'Confirmamos o aceite do projeto' – no English text.",
        {
            "document_language": "fail",
            "customer_domain": "pass",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s501_020_serra_azul_photo_day_first() -> Bundle:
    cid = "5011020"
    cust = Org(
        "Metalúrgica Serra Azul S.A.",
        "Serra Azul",
        "serraazul.ind.br",
        "BR",
        "Joinville - SC, 89219-510",
        "Rua Dona Francisca, 8300",
        "#1565c0",
    )
    cc = person(cust, "Juliana Becker", "Coordenadora de TI / IT Coordinator", "juliana.becker")
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, cc.title),
        Party("Parceiro / Partner", SOLVENZA.name, SV_PM.name, SV_PM.title),
    ]
    html = f"""
<h1>Termo de Aceite / Acceptance Statement</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name)),
                ("Parceiro / Partner", escape(SOLVENZA.name)),
                ("Projeto / Project", "Microsoft 365 – Exchange Online, Teams, SharePoint"),
                ("Período / Period", "12/01/2026 – 27/02/2026"),
            ]
        )
    }
{
        grid(
            ["Português", "English"],
            [
                (
                    "Migração de 520 caixas de correio do Zimbra para o Exchange Online, incluindo 40 caixas "
                    "compartilhadas de vendas e compras.",
                    "Migration of 520 mailboxes from Zimbra to Exchange Online, including 40 shared mailboxes for "
                    "sales and purchasing.",
                ),
                (
                    "Microsoft Teams para 520 usuários, equipes por fábrica e turno, salas de reunião com agendamento.",
                    "Microsoft Teams for 520 users, teams per plant and shift, bookable meeting rooms.",
                ),
                (
                    "SharePoint Online: 18 sites, migração de 900 GB do servidor de arquivos, biblioteca da qualidade "
                    "(ISO 9001).",
                    "SharePoint Online: 18 sites, 900 GB migrated from the file server, quality (ISO 9001) library.",
                ),
            ],
            [50, 50],
        )
    }
<p>O cliente declara que os serviços acima foram executados pela Solvenza e os aceita. / The customer declares that
the services above were performed by Solvenza and accepts them.</p>
""" + g.signoff(
        "columns",
        parties,
        heading="Assinaturas / Signatures",
        labels=("Nome / Name", "Cargo / Title", "Assinatura / Signature", "Data / Date"),
        company_label="Empresa / Company",
    )
    pdf = g.html_pdf(
        html,
        meta("Termo de Aceite Serra Azul", SV_PM.name, T(2026, 3, 6, 10, 0, -3)),
        f"{cid}|doc",
        style=css(SOLVENZA.color, size=9),
        decor=g.Decor(
            SOLVENZA,
            right="Termo de Aceite",
            footer=escape(SOLVENZA.name + " · " + SOLVENZA.reg),
            accent=SOLVENZA.color,
        ),
    )
    labels = ("Nome / Name", "Cargo / Title", "Assinatura / Signature", "Data / Date")
    page = g.render(
        pdf,
        110,
        [
            *g.sign_inks("columns", parties[0], 0, "09/03/2026", labels=labels),
            *g.sign_inks("columns", parties[1], 1, "09/03/2026", labels=labels, color=g.INK_BLACK),
        ],
        f"{cid}|ink",
    )[0]
    photo = g.phone_photo(page, f"{cid}|photo", T(2026, 3, 9, 17, 31, -3), model=("motorola", "moto g84 5G"))
    files = {"WhatsApp Image 2026-03-09 at 17.31.44.jpeg": photo}
    claim = cpor(
        cid,
        SOLVENZA,
        SV_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 4, 2, 15, 45, -3),
        files,
    )
    return Bundle(
        f"{cid}_serra_azul_photo_day_first",
        claim,
        files,
        "approve",
        "Bilingual Portuguese/English acceptance statement (every statement also in English: 520 mailboxes, Teams "
        "for 520 users, 18 SharePoint sites, 900 GB), photographed with a phone after signing in ink. The hand-"
        "written '09/03/2026' is Brazilian day-first, 9 March 2026 – the period printed is 12/01/2026 – 27/02/2026 "
        "and the photo was taken on 2026-03-09; month-first (3 September 2026) would lie after the submission of "
        "2 April 2026.",
        "Photo: signature of Juliana Becker, 'Data / Date 09/03/2026'; EXIF 2026:03:09 17:31.",
        g.cpor_ok(),
    )


def s501_021_citricos_turia_presales_before_purchase() -> Bundle:
    cid = "5011021"
    cust = Org(
        "Cítricos del Turia S.A.",
        "Cítricos del Turia",
        "citricosturia.es",
        "ES",
        "46200 Paiporta (València)",
        "Camí de la Fonteta 12",
        "#ef6c00",
    )
    cc = person(cust, "Marta Soler", "Directora Comercial de Exportación / Export Sales Director", "marta.soler")
    deck = g.slides_pdf(
        TRAMONTANA,
        [
            (
                "Cítricos del Turia – Dynamics 365 Sales envisioning",
                "<p>Workshop, 10 February 2026, Paiporta</p><p>Export sales team: 11 key account managers, 2 "
                "back-office coordinators</p><p>Tramontana Consultores: Lucía Navarro, Pau Ferrer</p>",
            ),
            (
                "Where you are today",
                ul(
                    [
                        "Orders from 62 importers in 14 countries arrive by e-mail and WhatsApp",
                        "Season forecasts kept in one Excel file per account manager",
                        "No shared view of containers booked vs. contracted volume",
                    ]
                ),
            ),
            (
                "What we showed",
                ul(
                    [
                        "Account and importer hierarchy with contracts per campaign (Nov–May)",
                        "Opportunity pipeline per variety (navel, clementine) and destination",
                        "Copilot in Dynamics 365 Sales summarising an importer's e-mail thread",
                    ]
                ),
            ),
            (
                "Proposed pilot",
                grid(
                    ["", "Pilot"],
                    [
                        ("Users", "8 key account managers (UK, DE, FR markets)"),
                        ("Duration", "3 weeks, 16 Feb – 6 Mar 2026"),
                        ("Success", "All pilot orders and forecasts in Sales, no Excel"),
                    ],
                    [30, 70],
                ),
            ),
        ],
        meta("Citricos del Turia - D365 Sales envisioning", TM_BA.name, T(2026, 2, 10, 18, 0, 1), g.PPT),
        f"{cid}|deck",
        footer="Tramontana Consultores S.L. · Confidencial",
    )
    m1 = Mail(
        TM_BA,
        [cc],
        "Piloto Dynamics 365 Sales – cierre / pilot close",
        T(2026, 3, 4, 17, 30, 1),
        "Hola Marta,\n\nThe 3-week pilot finished on Friday. Summary: 8 account managers worked 214 orders and the "
        "full clementine forecast in Dynamics 365 Sales. Could you confirm how you want to proceed?\n\nUn saludo,\n"
        "Lucía\n\n" + g.footer_block(TM_BA),
        lang="es",
    )
    m2 = Mail(
        cc,
        [TM_BA],
        "RE: Piloto Dynamics 365 Sales – cierre / pilot close",
        T(2026, 3, 5, 9, 12, 1),
        "Hola Lucía,\n\nThank you – the envisioning workshop on 10 February and the pilot with our 8 account managers "
        "convinced the management committee. We will roll Dynamics 365 Sales out to the whole export team (45 users) "
        "and order the licences in April, with Tramontana leading the implementation.\n\nGracias a ti y a Pau.\n\n"
        + signature_lines(cc),
        quoted=m1,
        lang="es",
    )
    files = {
        "Citricos del Turia - Envisioning D365 Sales (10-02-2026).pdf": deck,
        "RE_ Piloto Dynamics 365 Sales – cierre.msg": delivered_msg(m2),
    }
    claim = cpor(
        cid,
        TRAMONTANA,
        TM_BA,
        cust,
        cc,
        "Business Applications",
        ["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        T(2026, 5, 12, 12, 0, 2),
        files,
        kind="pre_sales",
        transaction=D(2026, 4, 20),
    )
    return Bundle(
        f"{cid}_citricos_turia_presales_before_purchase",
        claim,
        files,
        "approve",
        "Pre-sales claim: the envisioning deck of 10 February 2026 and the customer's e-mail of 5 March 2026 from "
        "citricosturia.es – acknowledging the workshop and the 3-week pilot with 8 account managers and announcing "
        "the 45-user purchase with Tramontana – both predate the transaction of 20 April 2026. The e-mail mixes "
        "Spanish greetings with English content; the substance is in English.",
        "E-mail 5 Mar 2026: 'the envisioning workshop on 10 February and the pilot with our 8 account managers "
        "convinced the management committee'; transaction_date 2026-04-20.",
        g.cpor_ok(email_ack=True),
    )


def s501_022_ceramicas_quote_po_and_licence_order() -> Bundle:
    cid = "5011022"
    cust = Org(
        "Cerámicas Benicàssim S.L.",
        "Cerámicas Benicàssim",
        "ceramicasbenicassim.es",
        "ES",
        "12560 Benicàssim (Castelló)",
        "Polígono Industrial El Collet, Nave 7",
        "#6d4c41",
    )
    cc = person(cust, "Jordi Ribes", "Responsable de Sistemas", "jordi.ribes")
    buyer = person(cust, "Amparo Tena", "Compras / Purchasing", "amparo.tena")
    quote = g.html_pdf(
        f"""
<h1>Presupuesto / Quotation Q-2026-0311</h1>
{kv([("Cliente", escape(cust.name)), ("Fecha", "11/03/2026"), ("Validez", "30 días"), ("Comercial", TM_PM.name)])}
{
            grid(
                ["Concepto", "Cant.", "Precio", "Importe"],
                [
                    ("Microsoft 365 Business Premium (NCE, anual)", "180", "20,60 €", "3.708,00 € / mes"),
                    ("Exchange Online Plan 1 (buzones de planta)", "60", "4,00 €", "240,00 € / mes"),
                    ("Servicios de implantación (bolsa de horas)", "40 h", "68,00 €", "2.720,00 €"),
                ],
                [52, 10, 16, 22],
            )
        }
<p>Condiciones: licencias facturadas mensualmente vía CSP; bolsa de horas a consumir en 6 meses.</p>
""",
        meta("Presupuesto Q-2026-0311", TM_PM.name, T(2026, 3, 11, 12, 0, 1)),
        f"{cid}|q",
        style=css(TRAMONTANA.color),
        decor=g.Decor(TRAMONTANA, right="Presupuesto Q-2026-0311", accent=TRAMONTANA.color),
    )
    po_html = f"""
<h1>Pedido de compra / Purchase Order PC-26-0412</h1>
{
        kv(
            [
                ("Proveedor", escape(TRAMONTANA.name)),
                ("Ref. presupuesto", "Q-2026-0311"),
                ("Fecha pedido", "18/03/2026"),
                ("Entrega", "Licencias: inmediata · Servicios: abril–septiembre 2026"),
            ]
        )
    }
{
        grid(
            ["Artículo", "Cantidad", "Importe"],
            [
                ("Microsoft 365 Business Premium", "180", "3.708,00 €/mes"),
                ("Exchange Online Plan 1", "60", "240,00 €/mes"),
                ("Bolsa de horas implantación", "40", "2.720,00 €"),
            ],
            [60, 16, 24],
        )
    }
<p>Firma y sello del departamento de compras:</p>
<p style="height:60pt">&#160;</p>
"""
    po = g.html_pdf(
        po_html,
        meta("PC-26-0412", buyer.name, T(2026, 3, 18, 9, 0, 1)),
        f"{cid}|po",
        style=css("#6d4c41"),
        decor=g.Decor(cust, right="Pedido de compra", accent="#6d4c41"),
    )
    po_scan = g.scan_pdf(
        po,
        [
            Ink("Firma y sello", "sig", buyer.name, dx=40, dy=18, h=30),
            Ink(
                "Firma y sello",
                "stamp",
                dx=200,
                dy=14,
                h=46,
                lines=("CERÁMICAS BENICÀSSIM S.L.", "Dpto. Compras", "B12448721"),
            ),
        ],
        f"{cid}|pos",
        T(2026, 3, 18, 11, 0, 1),
        dpi=150,
        skew=0.5,
    )
    order = g.html_pdf(
        f"""
<h1>Microsoft Customer Agreement – Order confirmation</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Reseller (CSP)", escape(TRAMONTANA.name)),
                    ("Agreement accepted by", f"{escape(cc.name)} ({escape(cc.email)}) on 19/03/2026"),
                    ("Billing", "Monthly, annual term commitment"),
                ]
            )
        }
{
            grid(
                ["Product", "Quantity", "Term", "Start"],
                [
                    ("Microsoft 365 Business Premium", "180", "P1Y", "20/03/2026"),
                    ("Exchange Online (Plan 1)", "60", "P1Y", "20/03/2026"),
                ],
                [46, 14, 14, 26],
            )
        }
<p class="small">The customer accepted the Microsoft Customer Agreement. Subscriptions are provisioned in tenant
ceramicasbenicassim.onmicrosoft.com.</p>
""",
        meta("Order confirmation", "Partner Center", T(2026, 3, 19, 10, 0, 1), g.CHROME),
        f"{cid}|mca",
        style=css("#0067b8", size=9),
    )
    files = {
        "Presupuesto_Q-2026-0311.pdf": quote,
        "Pedido_PC-26-0412_firmado.pdf": po_scan,
        "MCA_order_confirmation_ceramicasbenicassim.pdf": order,
    }
    claim = cpor(
        cid,
        TRAMONTANA,
        TM_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "INTUNE"],
        T(2026, 4, 28, 16, 0, 2),
        files,
    )
    return Bundle(
        f"{cid}_ceramicas_quote_po_and_licence_order",
        claim,
        files,
        "action_required",
        "The three uploads are a pricing quote, the customer's purchase order (signed and stamped by purchasing) and "
        "the Microsoft Customer Agreement order confirmation – a quote, a purchase order and a transactional "
        "licensing document, all of which the guide lists as not acceptable. The only signature is on the purchase "
        "order, which acknowledges a purchase, not the partner's work; nothing describes activities in Exchange "
        "Online or Intune beyond '40 h bolsa de horas'. The partner must submit real POE.",
        "Files: 'Presupuesto Q-2026-0311', 'Pedido de compra PC-26-0412' (stamp 'Dpto. Compras'), 'Microsoft "
        "Customer Agreement – Order confirmation'.",
        {
            "unacceptable_documents": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "fail",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Ponte Vecchio Digitale (IT)
# --------------------------------------------------------------------------------------------------------------


def s501_023_pelletterie_arno_photo_copilot() -> Bundle:
    cid = "5011023"
    cust = Org(
        "Pelletterie Arno S.p.A.",
        "Pelletterie Arno",
        "pelletteriearno.it",
        "IT",
        "50018 Scandicci (FI)",
        "Via Charta 77, 12",
        "#6d4c41",
    )
    cc = person(cust, "Chiara Santini", "Responsabile Sistemi Informativi / Head of IT", "c.santini")
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, cc.title),
        Party("Fornitore / Supplier", PONTE.name, PV_PM.name, PV_PM.title),
    ]
    labels = ("Nome / Name", "Ruolo / Role", "Firma / Signature", "Data / Date")
    html = f"""
<h1>Verbale di collaudo / Acceptance Report</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Fornitore / Supplier", escape(PONTE.name)),
                ("Commessa / Job", "PVD-2026-027"),
                ("Periodo / Period", "02/03/2026 – 05/06/2026"),
            ]
        )
    }
{
        grid(
            ["Attività / Activity", "Dettaglio / Detail", "Esito / Result"],
            [
                (
                    "Microsoft 365 Copilot",
                    "Assegnazione di 120 licenze a design, vendite e amministrazione; 4 prompt-a-thon; 12 scenari "
                    "(schede prodotto, offerte ai buyer, verbali) / 120 licences assigned to design, sales and "
                    "administration; 4 prompt-a-thons; 12 scenarios (product sheets, buyer offers, minutes)",
                    "71% utenti attivi settimanali / weekly active",
                ),
                (
                    "SharePoint Online",
                    "Revisione della condivisione eccessiva su 46 siti, etichette di riservatezza per le collezioni "
                    "in anteprima / oversharing review of 46 sites, sensitivity labels for pre-release collections",
                    "46 siti / sites",
                ),
            ],
            [22, 56, 22],
        )
    }
<p>Il cliente dichiara che le attività sopra indicate sono state eseguite e le accetta. / The customer declares that
the activities above have been performed and accepts them.</p>
""" + g.signoff("columns", parties, heading="Firme / Signatures", labels=labels, company_label="Società / Company")
    pdf = g.html_pdf(
        html,
        meta("Verbale di collaudo PVD-2026-027", PV_PM.name, T(2026, 6, 12, 11, 0, 2)),
        f"{cid}|doc",
        style=css(PONTE.color, size=9),
        decor=g.Decor(
            PONTE,
            right="Verbale di collaudo · PVD-2026-027",
            footer=escape(PONTE.name + " · " + PONTE.reg),
            accent=PONTE.color,
        ),
    )
    page = g.render(
        pdf,
        120,
        [
            *g.sign_inks("columns", parties[0], 0, "15/06/2026", labels=labels),
            *g.sign_inks("columns", parties[1], 1, "15/06/2026", labels=labels, color=g.INK_BLACK),
        ],
        f"{cid}|ink",
    )[0]
    photo = g.phone_photo(page, f"{cid}|photo", T(2026, 6, 15, 18, 4, 2), model=("Apple", "iPhone 15 Pro"))
    files = {"IMG_4471.JPG": photo}
    claim = cpor(
        cid,
        PONTE,
        PV_PM,
        cust,
        cc,
        "Modern Work",
        ["MICROSOFT 365 COPILOT", "SHAREPOINT ONLINE"],
        T(2026, 7, 7, 9, 30, 2),
        files,
    )
    return Bundle(
        f"{cid}_pelletterie_arno_photo_copilot",
        claim,
        files,
        "approve",
        "Bilingual Italian/English acceptance report (verbale di collaudo) photographed on a desk after signing in "
        "ink: 120 Copilot licences with prompt-a-thons and 71% weekly active users, oversharing review of 46 "
        "SharePoint sites. The date '15/06/2026' can only be day-first (15 June 2026).",
        "Photo IMG_4471.JPG: signature of Chiara Santini, 'Data / Date 15/06/2026'.",
        g.cpor_ok(),
    )


def s501_024_colli_fiorentini_unsent_draft() -> Bundle:
    cid = "5011024"
    cust = Org(
        "Cantine Colli Fiorentini S.r.l.",
        "Colli Fiorentini",
        "cantinecollifiorentini.it",
        "IT",
        "50022 Greve in Chianti (FI)",
        "Via di Panzano 40",
        "#880e4f",
    )
    cc = person(cust, "Alessandro Nardi", "Amministratore Delegato", "a.nardi")
    summary = g.report_pdf(
        PONTE,
        f"""
<h1>Project summary – Exchange Online and Teams</h1>
{kv([("Customer", escape(cust.name)), ("Period", "April – May 2026"), ("Job", "PVD-2026-033")])}
{
            grid(
                ["Workload", "Delivered"],
                [
                    (
                        "Exchange Online",
                        "95 mailboxes migrated from the hosting provider, 6 shared mailboxes (cellar "
                        "door, export, hospitality)",
                    ),
                    ("Teams", "Teams for office, cellar and hospitality staff; 4 teams; shared calendar for tastings"),
                ],
                [25, 75],
            )
        }
""",
        meta("Colli Fiorentini summary", PV_PM.name, T(2026, 6, 3, 12, 0, 2)),
        f"{cid}|sum",
        right="Project summary",
    )
    draft = Mail(
        PV_PM,
        [cc],
        "Conferma attività Microsoft 365 – Cantine Colli Fiorentini",
        T(2026, 6, 18, 19, 40, 2),
        "Gentile Dott. Nardi,\n\nfor our Microsoft claim we need a short confirmation from you. You can simply reply "
        'with the text below:\n\n"Cantine Colli Fiorentini S.r.l. confirms that Ponte Vecchio Digitale migrated our '
        '95 mailboxes to Exchange Online and rolled out Microsoft Teams in April–May 2026, and accepts the work."\n\n'
        "Grazie mille,\nGiulia\n\n" + g.footer_block(PV_PM),
        lang="it",
    )
    files = {
        "Conferma attività Microsoft 365 – Cantine Colli Fiorentini.msg": draft_msg(draft),
        "PVD-2026-033_Project_summary.pdf": summary,
    }
    claim = cpor(
        cid,
        PONTE,
        PV_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 6, 30, 17, 15, 2),
        files,
    )
    return Bundle(
        f"{cid}_colli_fiorentini_unsent_draft",
        claim,
        files,
        "action_required",
        "The uploaded .msg is an unsent Outlook draft (no sent date, no transport headers, flagged unsent) written by "
        "the partner's project manager to the customer, proposing the wording of a confirmation the customer should "
        "send. The customer never answered, let alone accepted; the other file is the partner's own summary. A "
        "partner e-mail that the customer did not accept is not acknowledgement.",
        "Draft from g.bettini@pontevecchiodigitale.it: 'You can simply reply with the text below: \"Cantine Colli "
        "Fiorentini S.r.l. confirms …\"' – never sent.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Wadden Cloud (NL): an acronym and a subdomain, a claim filed twice, a partner survey without a job title
# --------------------------------------------------------------------------------------------------------------


def wadden_delivery_doc(
    cust: Org,
    ref: str,
    day: dt.date,
    rows: Sequence[tuple[str, str, str]],
    notes: Sequence[str],
    seed: str,
    parties: Sequence[Party] = (),
) -> bytes:
    """Wadden Cloud's delivery document (English content, Dutch headings)."""
    html = f"""
<h1>Opleverdocument / Delivery document</h1>
{kv([("Klant / Customer", escape(cust.name)), ("Referentie", ref), ("Datum", g.fdate(day, "nl_long"))])}
<h2>Opgeleverd / Delivered</h2>
{grid(["Workload", "What was delivered", "Volume"], rows, [22, 58, 20])}
<h2>Opmerkingen / Notes</h2>{ul(notes)}
"""
    if parties:
        html += g.signoff(
            "rows",
            parties,
            heading="Akkoord / Sign-off",
            labels=("Naam / Name", "Functie / Title", "Handtekening / Signature", "Datum / Date"),
        )
    return g.report_pdf(
        WADDEN,
        html,
        meta(f"Opleverdocument {cust.short}", WC_PM.name, T(day.year, day.month, day.day, 16, 0, 1)),
        seed,
        right=f"Opleverdocument · {ref}",
        footer="Wadden Cloud B.V. · Oude Boteringestraat 44, Groningen · KvK 71448203",
    )


def s501_025_noorderzon_acronym_and_subdomain() -> Bundle:
    cid = "5011025"
    cust = Org(
        "Noorderzon Zuivelcoöperatie U.A.",
        "Noorderzon",
        "noorderzon.nl",
        "NL",
        "8447 SL Heerenveen",
        "Kanaalweg 17",
        "#1565c0",
    )
    ict = Org(cust.name, "NZC ICT", "ict.noorderzon.nl", "NL", cust.city, cust.street, cust.color)
    cc = person(cust, "Jelle Hoekstra", "Manager ICT", "j.hoekstra")
    lead = person(ict, "Wietske Postma", "Teamlead Werkplek", "w.postma")
    doc = wadden_delivery_doc(
        cust,
        "WC-2026-0311",
        D(2026, 9, 4),
        [
            (
                "Defender for Endpoint",
                "Onboarding of 690 workstations at the Heerenveen plant, the Drachten cheese warehouse and 9 milk "
                "collection depots; 31 servers incl. the SCADA historians (passive mode); ASR in block mode",
                "690 + 31",
            ),
            (
                "Intune",
                "Co-management ended: all 690 workstations Intune-managed, compliance policies, update rings, "
                "Android Enterprise for 140 tanker drivers' tablets",
                "830 devices",
            ),
        ],
        ["SCADA historians stay in passive mode by decision of NZC production IT.", "Runbook handed over 03-09-2026."],
        f"{cid}|doc",
    )
    m1 = Mail(
        WC_PM,
        [cc],
        "Oplevering Defender & Intune – WC-2026-0311",
        T(2026, 9, 4, 16, 20, 2),
        "Hoi Jelle,\n\nAttached is the delivery document for the Defender for Endpoint and Intune project. Can NZC "
        "confirm acceptance?\n\nGroet,\nSanne\n\n" + g.footer_block(WC_PM),
        lang="nl",
        attachments=[("Opleverdocument WC-2026-0311.pdf", doc)],
    )
    m2 = Mail(
        lead,
        [WC_PM],
        "RE: Oplevering Defender & Intune – WC-2026-0311",
        T(2026, 9, 8, 10, 3, 2),
        "Hoi Sanne,\n\nJelle asked me to reply for NZC as he is at the plant this week. We checked the numbers in the "
        "Defender and Intune portals: 690 workstations and 31 servers onboarded, 830 devices in Intune including the "
        "140 tanker tablets. Akkoord – NZC accepts the delivery as described in WC-2026-0311.\n\nMet vriendelijke "
        "groet,\nWietske Postma\nTeamlead Werkplek | ICT | Noorderzon (NZC)",
        cc=[cc],
        quoted=m1,
        lang="nl",
    )
    files = {
        "Opleverdocument WC-2026-0311.pdf": doc,
        "RE_ Oplevering Defender & Intune – WC-2026-0311.eml": delivered_bytes(m2),
    }
    claim = cpor(
        cid,
        WADDEN,
        WC_PM,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        T(2026, 9, 24, 14, 0, 2),
        files,
    )
    return Bundle(
        f"{cid}_noorderzon_acronym_and_subdomain",
        claim,
        files,
        "approve",
        "The acceptance comes from w.postma@ict.noorderzon.nl – a subdomain of the claim's customer domain "
        "noorderzon.nl – with the Manager ICT in copy, and the customer calls itself 'NZC' and 'Noorderzon', short "
        "forms of Noorderzon Zuivelcoöperatie U.A. It is the same customer. The reply repeats the numbers (690 "
        "workstations, 31 servers, 830 devices in Intune) and says 'Akkoord – NZC accepts the delivery'; the "
        "delivery document has English content under Dutch headings.",
        "E-mail 8 Sep 2026 from w.postma@ict.noorderzon.nl, cc j.hoekstra@noorderzon.nl: 'NZC accepts the delivery as "
        "described in WC-2026-0311'.",
        g.cpor_ok(email_ack=True),
    )


LAUWERSOOG = Org(
    "Visafslag Lauwersoog B.V.",
    "Visafslag Lauwersoog",
    "visafslaglauwersoog.nl",
    "NL",
    "9976 VS Lauwersoog",
    "Haven 40",
    "#006064",
)
LW_DIR = person(LAUWERSOOG, "Hendrik Zijlstra", "Directeur", "h.zijlstra")


def lauwersoog_files() -> dict[str, bytes]:
    """One set of uploads, filed by the partner on two claims."""
    if "lauwersoog" not in _CACHE:
        parties = [
            Party("Klant / Customer", LAUWERSOOG.name, LW_DIR.name, LW_DIR.title),
            Party("Wadden Cloud", WADDEN.name, WC_PM.name, WC_PM.title),
        ]
        doc = wadden_delivery_doc(
            LAUWERSOOG,
            "WC-2026-0104",
            D(2026, 2, 13),
            [
                (
                    "Exchange Online",
                    "Migration of 48 mailboxes from a local IMAP host; shared mailboxes for the "
                    "auction desk, buyers and quality control",
                    "48 mailboxes",
                ),
                (
                    "Teams",
                    "Teams for auction staff and the 26 buyers' representatives (guests), auction-day "
                    "channel with the clock-sale schedule, Teams Phone not in scope",
                    "74 users",
                ),
            ],
            ["Buyers use guest access; reviewed with the auction board on 11-02-2026."],
            "5011026|doc",
            parties,
        )
        page = g.page_of(doc, "Akkoord / Sign-off")
        labels = ("Naam / Name", "Functie / Title", "Handtekening / Signature", "Datum / Date")
        scan = g.with_scanned_pages(
            doc,
            [page],
            [
                *g.sign_inks("rows", parties[0], 0, "17-02-2026", labels=labels, page=page),
                *g.sign_inks("rows", parties[1], 1, "17-02-2026", labels=labels, color=g.INK_BLACK, page=page),
            ],
            "5011026|scan",
            T(2026, 2, 17, 9, 30, 1),
            meta("Opleverdocument Visafslag (getekend)", WC_PM.name, T(2026, 2, 17, 14, 0, 1)),
            dpi=150,
            skew=0.5,
        )
        _CACHE["lauwersoog"] = {"Opleverdocument_WC-2026-0104_getekend.pdf": scan}
    return dict(_CACHE["lauwersoog"])


def s501_026_lauwersoog_first_filing() -> Bundle:
    cid = "5011026"
    files = lauwersoog_files()
    claim = cpor(
        cid,
        WADDEN,
        WC_AM,
        LAUWERSOOG,
        LW_DIR,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 3, 10, 10, 5, 1),
        files,
    )
    return Bundle(
        f"{cid}_lauwersoog_first_filing",
        claim,
        files,
        "approve",
        "Delivery document for 48 Exchange Online mailboxes and Teams for 74 users (auction staff and buyers), "
        "signed in ink by the fish auction's director on 17-02-2026 and scanned. Two days later the partner filed "
        "the identical claim again as 5011027 (same customer, workloads and file): this first filing holds the "
        "original and is the one to decide. UNSURE: a queue check that sees the byte-identical file on the later "
        "duplicate may raise a warning here too, which a reviewer then clears.",
        "Scanned sign-off: Hendrik Zijlstra, Directeur, '17-02-2026'.",
        ok(g.cpor_ok(), reused_evidence=["pass", "warn"]),
    )


def s501_027_lauwersoog_filed_again() -> Bundle:
    cid = "5011027"
    files = lauwersoog_files()
    claim = cpor(
        cid,
        WADDEN,
        WC_AM,
        LAUWERSOOG,
        LW_DIR,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 3, 12, 15, 40, 1),
        files,
        comments=[("partner", T(2026, 3, 12, 15, 38, 1), "Claim for Visafslag Lauwersoog – please review.")],
    )
    return Bundle(
        f"{cid}_lauwersoog_filed_again",
        claim,
        files,
        "action_required",
        "The same claim a second time: same partner, same customer, same workloads and the byte-identical signed "
        "delivery document already submitted on claim 5011026 two days earlier. Only one partner-of-record "
        "association per workload can exist, and the evidence is already used by the earlier claim; the partner "
        "must withdraw this duplicate or explain what differs.",
        "Opleverdocument_WC-2026-0104_getekend.pdf identical to 5011026's upload; claim 5011026 submitted 2026-03-10.",
        {
            "reused_evidence": "fail",
            "customer_acknowledgement": "pass",
            "ineligible_customer": "pass",
        },
    )


def s501_061_groninger_bouw_partner_survey_no_title() -> Bundle:
    cid = "5011061"
    cust = Org(
        "Groninger Bouwgroep B.V.",
        "Groninger Bouwgroep",
        "groningerbouwgroep.nl",
        "NL",
        "9723 JC Groningen",
        "Peizerweg 97",
        "#e65100",
    )
    cc = person(cust, "Anouk Bosma", "Manager Bedrijfsvoering", "a.bosma")
    eng = g.engagement(
        "MW-COPILOT-ACC-VAR", "Modern Work – Copilot Adoption Accelerator", "standard", "variable", 4100.0
    )
    consent, submitted = D(2026, 8, 3), T(2026, 10, 14, 11, 0, 2)
    report = findings_report(
        WADDEN,
        "Copilot Adoption Accelerator – Outcome report",
        [("Customer", cust.name), ("Period", "17 August – 25 September 2026"), ("Claim", cid)],
        [
            (
                "Adoption",
                "<p>60 Copilot licences for project leaders, calculators and office staff. Baseline survey (54 "
                "responses), 3 role-based trainings, a tender-writing scenario with Copilot in Word and a site-meeting "
                "minutes scenario in Teams. Weekly active use after 5 weeks: 47 of 60 users.</p>",
            ),
            (
                "Next steps",
                ul(["Extend to 25 site managers in Q1 2027.", "Champion network of 6 people, monthly prompt clinic."]),
            ),
        ],
        T(2026, 9, 28, 15, 0, 2),
        WC_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        WADDEN,
        WC_AM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Copilot_Adoption_Outcome_Groninger_Bouwgroep.pdf": report},
        amount=4100.0,
        inv_no="WC-F-2026-0288",
        inv_day=D(2026, 10, 8),
        activities="Copilot adoption: baseline survey, 3 trainings, two business scenarios",
        outcome="47 of 60 users weekly active after five weeks",
        participants="60",
        invoice_kw={"date_style": "nl_long", "bank": "ING Bank · USD account NL44 INGB 0008 8412 73"},
        partner_sig={"title": ""},
    )
    return Bundle(
        f"{cid}_groninger_bouw_partner_survey_no_title",
        claim,
        files,
        "action_required",
        "The partner attestation's electronic signature has the full name (Ruben Visser) and the company but an "
        "empty job title; the final survey question requires all three. For the partner's own survey the guide has "
        "the review team ask the partner to re-take it. Outcome report, invoice (claim ID, USD 4,100 = proposed "
        f"payout), customer survey and timing ({days(consent, submitted)} days, standard 90) are fine.",
        "partner_attestation_5011061.json: signature {full_name: 'Ruben Visser', company: 'Wadden Cloud B.V.', "
        "job_title: ''}.",
        {
            "attestations": "fail",
            "invoice": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Tatra Cloud (PL)
# --------------------------------------------------------------------------------------------------------------

TC_LABELS = ("Imię i nazwisko / Name", "Stanowisko / Title", "Podpis / Signature", "Data / Date")


def tatra_protocol(
    cust: Org,
    ref: str,
    day: str,
    rows: Sequence[tuple[str, str]],
    scope: Sequence[tuple[str, str]],
    signer: Person,
    seed: str,
    when: dt.datetime,
) -> bytes:
    html = f"""
<h1>Protokół odbioru / Acceptance Protocol</h1>
{
        kv(
            [
                ("Zamawiający / Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Wykonawca / Contractor", escape(TATRA.name) + ", " + escape(TATRA.address)),
                ("Umowa / Contract", ref),
                ("Data / Date", day),
            ]
        )
    }
{grid(["Polski", "English"], rows, [50, 50])}
{grid(["Usługa / Workload", "Zakres / Volume"], scope, [40, 60])}
<p>Zamawiający odbiera prace bez zastrzeżeń. / The customer accepts the work without reservations.</p>
{kv([(TC_LABELS[0], escape(signer.name)), (TC_LABELS[1], escape(signer.title))])}
<p style="margin-top:6pt">{TC_LABELS[2]}:</p>
<p style="height:56pt">&#160;</p>
"""
    return g.html_pdf(
        html,
        meta(f"Protokol odbioru {cust.short}", TC_PM.name, when),
        seed,
        style=css(TATRA.color, size=9),
        decor=g.Decor(
            TATRA, right=f"Protokół odbioru · {ref}", footer=escape(TATRA.name + " · " + TATRA.reg), accent=TATRA.color
        ),
    )


def s501_028_podhale_pades_signed_protocol() -> Bundle:
    cid = "5011028"
    cust = Org(
        "Zakłady Mięsne Podhale S.A.",
        "ZM Podhale",
        "zmpodhale.pl",
        "PL",
        "34-400 Nowy Targ",
        "ul. Kolejowa 156",
        "#b71c1c",
        "KRS 0000281447",
    )
    cc = person(cust, "Marek Kowalczyk", "Dyrektor IT / IT Director", "m.kowalczyk")
    doc = tatra_protocol(
        cust,
        "TC/2025/118",
        "18.02.2026",
        [
            (
                "Migracja 340 skrzynek pocztowych z serwera Exchange 2013 do Exchange Online, w tym 22 skrzynek "
                "współdzielonych działu sprzedaży i logistyki.",
                "Migration of 340 mailboxes from Exchange 2013 to Exchange Online, including 22 shared mailboxes for "
                "sales and logistics.",
            ),
            (
                "Wdrożenie Microsoft Teams dla 340 pracowników, zespoły dla zakładów w Nowym Targu i Rabce.",
                "Microsoft Teams for 340 employees, teams for the Nowy Targ and Rabka plants.",
            ),
            (
                "SharePoint Online: 14 witryn, migracja 700 GB z serwera plików, biblioteka dokumentacji HACCP.",
                "SharePoint Online: 14 sites, 700 GB migrated from the file server, HACCP documentation library.",
            ),
        ],
        [("Exchange Online", "340 + 22"), ("Teams", "340 users"), ("SharePoint Online", "14 sites, 700 GB")],
        cc,
        f"{cid}|doc",
        T(2026, 2, 18, 15, 0, 1),
    )
    signed = g.digisign(
        doc,
        cc,
        T(2026, 2, 19, 8, 52, 1),
        f"{cid}|sig",
        ca_name="PolSign Qualified CA 2",
        anchor=f"{TC_LABELS[2]}:",
        dy=14,
        reason="Odbiór / Acceptance",
        location="Nowy Targ",
    )
    files = {"Protokol_odbioru_TC-2025-118_podpisany.pdf": signed}
    claim = cpor(
        cid,
        TATRA,
        TC_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 3, 3, 10, 30, 1),
        files,
    )
    return Bundle(
        f"{cid}_podhale_pades_signed_protocol",
        claim,
        files,
        "approve",
        "Bilingual Polish/English acceptance protocol with every statement in both languages (340 mailboxes, Teams "
        "for 340 employees, 14 SharePoint sites, 700 GB), digitally signed (PAdES) by the customer's IT Director with "
        "his own certificate on 2026-02-19: a verifiable electronic signature 12 days before submission.",
        "PAdES signature 'Marek Kowalczyk', reason 'Odbiór / Acceptance', signing time 2026-02-19.",
        g.cpor_ok(),
    )


def s501_029_browar_beskidzki_empty_signature_block() -> Bundle:
    cid = "5011029"
    cust = Org(
        "Browar Beskidzki Sp. z o.o.",
        "Browar Beskidzki",
        "browarbeskidzki.pl",
        "PL",
        "43-300 Bielsko-Biała",
        "ul. Browarna 3",
        "#ff8f00",
    )
    cc = person(cust, "Agnieszka Wróbel", "Kierownik IT / IT Manager", "a.wrobel")
    doc = tatra_protocol(
        cust,
        "TC/2026/031",
        "24.04.2026",
        [
            (
                "Rejestracja 210 laptopów i 45 terminali magazynowych w Microsoft Intune; zasady zgodności, "
                "BitLocker, pierścienie aktualizacji.",
                "Enrollment of 210 laptops and 45 warehouse terminals in Microsoft Intune; compliance policies, "
                "BitLocker, update rings.",
            ),
            (
                "Microsoft Defender for Endpoint na 255 urządzeniach i 12 serwerach; reguły ASR w trybie blokowania.",
                "Microsoft Defender for Endpoint on 255 devices and 12 servers; ASR rules in block mode.",
            ),
        ],
        [("Intune", "255 devices"), ("Defender for Endpoint", "255 devices, 12 servers")],
        cc,
        f"{cid}|doc",
        T(2026, 4, 24, 12, 0, 2),
    )
    scan = g.scan_pdf(doc, [], f"{cid}|scan", T(2026, 4, 28, 9, 0, 2), dpi=150, skew=0.4)
    mail = Mail(
        TC_PM,
        [cc],
        "Protokół odbioru TC/2026/031 do podpisu / for signature",
        T(2026, 4, 24, 12, 30, 2),
        "Dzień dobry Pani Agnieszko,\n\nw załączeniu protokół odbioru do podpisu. / Please find the acceptance "
        "protocol attached for signature.\n\nPozdrawiam,\nKatarzyna Nowak\n\n" + g.footer_block(TC_PM),
        attachments=[("Protokol_odbioru_TC-2026-031.pdf", doc)],
    )
    files = {
        "SKAN_Protokol_odbioru_TC-2026-031.pdf": scan,
        "Protokół odbioru TC-2026-031 do podpisu.msg": g.msg_file(mail),
    }
    claim = cpor(
        cid,
        TATRA,
        TC_PM,
        cust,
        cc,
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 5, 14, 13, 0, 2),
        files,
    )
    return Bundle(
        f"{cid}_browar_beskidzki_empty_signature_block",
        claim,
        files,
        "action_required",
        "The bilingual protocol is detailed (255 devices in Intune, 255 + 12 in Defender) and was even printed and "
        "scanned, but its 'Podpis / Signature' space is empty: nobody from the brewery signed. The only e-mail is the "
        "partner's own message sending the protocol 'for signature' – no reply. Without a signature or a customer "
        "reply there is no acknowledgement.",
        "Scanned protocol: name and title of Agnieszka Wróbel printed, signature space blank; .msg from "
        "k.nowak@tatracloud.pl.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s501_062_poligrafia_customer_survey_no_company() -> Bundle:
    cid = "5011062"
    cust = Org(
        "Krakowskie Zakłady Poligraficzne S.A.",
        "KZP",
        "kzp-druk.pl",
        "PL",
        "30-741 Kraków",
        "ul. Półłanki 64",
        "#37474f",
    )
    cc = person(cust, "Paweł Kaczmarczyk", "Kierownik Działu IT", "p.kaczmarczyk")
    eng = g.engagement("SEC-TPE-VAR", "Security – Threat Protection Engagement", "standard", "variable", 2950.0)
    consent, submitted = D(2026, 3, 2), T(2026, 5, 6, 12, 0, 2)
    report = findings_report(
        TATRA,
        "Threat Protection Engagement – Findings",
        [("Customer", cust.name), ("Engagement dates", "23 March – 10 April 2026"), ("Claim", cid)],
        [
            (
                "Threats found",
                ul(
                    [
                        "Password spray against 41 accounts from two foreign IP ranges (blocked by smart lockout).",
                        "Two prepress workstations with an outdated RIP driver exploited by a known vulnerability.",
                        "Phishing campaign imitating a paper supplier: 6 users clicked, 1 entered credentials.",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "MFA for all 230 users by June.",
                        "Defender for Endpoint on the 38 prepress Macs and PCs.",
                        "Safe Links for external senders.",
                    ]
                ),
            ),
        ],
        T(2026, 4, 14, 15, 0, 2),
        TC_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        TATRA,
        TC_PM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"KZP_Threat_Protection_Findings.pdf": report},
        amount=2950.0,
        inv_no="FV-2026-04-0117",
        inv_day=D(2026, 4, 30),
        activities="Threat protection engagement with findings on password spray, vulnerable drivers, phishing",
        outcome="MFA and MDE rollout plan",
        participants="7",
        invoice_kw={"date_style": "de", "bank": "mBank S.A. · rachunek USD PL61 1140 2004 0000 3102 7713 8841"},
        cust_sig={"company": ""},
    )
    return Bundle(
        f"{cid}_poligrafia_customer_survey_no_company",
        claim,
        files,
        "reject",
        "The customer attestation's electronic signature gives the full name and job title but no company name, and "
        "the final survey question requires all three; the guide warns that a customer attestation without a valid "
        "signature may be rejected, and a completed customer survey cannot be re-sent on the claim. Findings, "
        f"invoice (USD 2,950 with the claim ID) and timing ({days(consent, submitted)} days) are in order. UNSURE: a "
        "reviewer could return it as action_required instead, though the survey cannot be redone.",
        "customer_attestation_5011062.json: signature {full_name: 'Paweł Kaczmarczyk', company: '', job_title: "
        "'Kierownik Działu IT'}.",
        {
            "attestations": "fail",
            "invoice": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Fjällvind IT (SE)
# --------------------------------------------------------------------------------------------------------------


def s501_030_norrbotten_trahus_swedish_thread() -> Bundle:
    cid = "5011030"
    cust = Org(
        "Norrbotten Trähus AB",
        "Norrbotten Trähus",
        "norrbottentrahus.se",
        "SE",
        "941 32 Piteå",
        "Timmervägen 8",
        "#5d4037",
    )
    cc = person(cust, "Johan Lindberg", "IT-chef / Head of IT", "johan.lindberg")
    report = g.report_pdf(
        FJALLVIND,
        f"""
<h1>Final report – Defender for Identity &amp; Defender for Cloud Apps</h1>
{kv([("Customer", escape(cust.name)), ("Period", "9 March – 22 May 2026"), ("Project manager", FV_PM.name)])}
<h2>Delivered</h2>
{
            grid(
                ["Workload", "What was done", "Volume"],
                [
                    (
                        "Defender for Identity",
                        "Sensors on 4 domain controllers and the Entra Connect server, honeytoken accounts, lateral "
                        "movement paths reviewed with IT, 9 risky service accounts remediated",
                        "4 DCs + 1",
                    ),
                    (
                        "Defender for Cloud Apps",
                        "Cloud Discovery from Defender for Endpoint (410 devices), 38 apps sanctioned, 112 "
                        "unsanctioned "
                        "apps blocked, session policy for downloads from the ERP to unmanaged devices",
                        "150 apps assessed",
                    ),
                ],
                [24, 58, 18],
            )
        }
<h2>Timeline</h2>
{
            ul(
                [
                    "Design and sensor rollout: 9 – 27 March",
                    "Cloud app discovery and review with the factory managers: 30 March – 24 April",
                    "Policies in production and handover: 27 April – 22 May",
                ]
            )
        }
""",
        meta("Final report MDI MDCA", FV_PM.name, T(2026, 5, 22, 15, 0, 2)),
        f"{cid}|rep",
        right="Slutrapport / Final report",
        footer="Fjällvind IT AB · Storgatan 46, Umeå · Org.nr 559188-4471",
    )
    m1 = Mail(
        FV_PM,
        [cc],
        "Slutrapport Defender-projektet",
        T(2026, 5, 25, 8, 30, 2),
        "Hej Johan!\n\nHär kommer slutrapporten för Defender-projektet (in English, for Microsoft). Kan ni bekräfta "
        "att leveransen är godkänd?\n\nHälsningar,\nElin\n\n" + g.footer_block(FV_PM),
        lang="sv",
        attachments=[("Slutrapport_Defender_Norrbotten_Trahus.pdf", report)],
    )
    m2 = Mail(
        cc,
        [FV_PM],
        "SV: Slutrapport Defender-projektet",
        T(2026, 5, 27, 13, 5, 2),
        "Hej Elin!\n\nTack för ett bra projekt. To confirm in English: Fjällvind deployed Defender for Identity on our "
        "four domain controllers and the Entra Connect server, and set up Defender for Cloud Apps – 38 sanctioned and "
        "112 blocked apps and the download policy for the ERP. Vi godkänner leveransen / we approve the delivery.\n\n"
        "Med vänlig hälsning\n" + signature_lines(cc, "Norrbotten Trähus AB | Timmervägen 8, Piteå"),
        quoted=m1,
        lang="sv",
    )
    files = {
        "SV_ Slutrapport Defender-projektet.eml": delivered_bytes(m2),
        "Slutrapport_Defender_Norrbotten_Trahus.pdf": report,
    }
    claim = cpor(
        cid,
        FJALLVIND,
        FV_PM,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        T(2026, 6, 16, 10, 0, 2),
        files,
    )
    return Bundle(
        f"{cid}_norrbotten_trahus_swedish_thread",
        claim,
        files,
        "approve",
        "Swedish e-mail thread, but the customer's reply states its confirmation in English ('To confirm in English: "
        "… we approve the delivery') with the figures of the English final report: Defender for Identity on 4 DCs + "
        "Entra Connect, Defender for Cloud Apps with 38 sanctioned and 112 blocked apps. Delivered from "
        "norrbottentrahus.se with SPF/DKIM/DMARC pass, 27 May 2026.",
        "Reply from johan.lindberg@norrbottentrahus.se: 'Vi godkänner leveransen / we approve the delivery'.",
        g.cpor_ok(email_ack=True),
    )


def s501_031_umealvens_out_of_office_only() -> Bundle:
    cid = "5011031"
    cust = Org(
        "Umeälvens Kraftvärme AB",
        "Umeälvens Kraftvärme",
        "umealvenskraftvarme.se",
        "SE",
        "903 47 Umeå",
        "Verkstadsgatan 12",
        "#0277bd",
    )
    cc = person(cust, "Sofia Berglund", "IT-ansvarig / IT Lead", "sofia.berglund")
    report = g.report_pdf(
        FJALLVIND,
        f"""
<h1>Final report – Teams Phone</h1>
{kv([("Customer", escape(cust.name)), ("Period", "April – June 2026")])}
{
            grid(
                ["Workload", "What was done", "Volume"],
                [
                    (
                        "Teams Phone",
                        "Operator Connect numbers, 2 auto attendants, call queue for the control room "
                        "switchboard, emergency-location policy for the plant",
                        "118 users",
                    ),
                ],
                [24, 58, 18],
            )
        }
""",
        meta("Final report Teams Phone", FV_PM.name, T(2026, 7, 3, 15, 0, 2)),
        f"{cid}|rep",
        right="Slutrapport / Final report",
    )
    m1 = Mail(
        FV_PM,
        [cc],
        "Slutrapport Teams Phone – godkännande",
        T(2026, 7, 6, 9, 0, 2),
        "Hej Sofia!\n\nBifogar slutrapporten för Teams Phone. Kan du bekräfta godkännande? / Could you confirm "
        "acceptance?\n\nHälsningar,\nElin\n\n" + g.footer_block(FV_PM),
        lang="sv",
    )
    ooo = Mail(
        cc,
        [FV_PM],
        "Automatiskt svar: Slutrapport Teams Phone – godkännande",
        T(2026, 7, 6, 9, 0, 2),
        "Hej! Jag har semester till och med 9 augusti och läser inte e-post. Vid brådskande ärenden, kontakta "
        "driftcentralen på 090-555 01 00.\n\nI am on holiday until 9 August and not reading e-mail. For urgent "
        "matters please call the control room on +46 90 555 01 00.\n\nSofia Berglund",
        quoted=m1,
        auto_reply=True,
        lang="sv",
    )
    files = {
        "Automatiskt svar_ Slutrapport Teams Phone.msg": delivered_msg(ooo),
        "Slutrapport_Teams_Phone_UKV.pdf": report,
    }
    claim = cpor(
        cid,
        FJALLVIND,
        FV_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS PHONE ENABLED USERS"],
        T(2026, 7, 21, 14, 0, 2),
        files,
    )
    return Bundle(
        f"{cid}_umealvens_out_of_office_only",
        claim,
        files,
        "action_required",
        "The only message from the customer is an automatic out-of-office reply (Auto-Submitted: auto-replied) sent "
        "the second the partner asked for acceptance: 'I am on holiday until 9 August'. An automatic reply "
        "acknowledges nothing, and no one else at the customer answered. The final report is the partner's own "
        "document.",
        "'Automatiskt svar: …' from sofia.berglund@umealvenskraftvarme.se: 'I am on holiday until 9 August'.",
        {
            "customer_acknowledgement": "fail",
            "reused_evidence": "pass",
            "ineligible_customer": "pass",
        },
    )


def s501_063_kiruna_presales_customer_declined() -> Bundle:
    cid = "5011063"
    cust = Org(
        "Kiruna Gruvtransport AB",
        "Kiruna Gruvtransport",
        "gruvtransport.se",
        "SE",
        "981 38 Kiruna",
        "Industrivägen 21",
        "#424242",
    )
    cc = person(cust, "Anders Niemi", "Servicechef / Head of Field Service", "anders.niemi")
    deck = g.slides_pdf(
        FJALLVIND,
        [
            ("Dynamics 365 Field Service – demo for Kiruna Gruvtransport", "<p>12 February 2026, Kiruna</p>"),
            (
                "Scenarios",
                ul(
                    [
                        "Work orders for 140 haul trucks and loaders, scheduled by the service desk",
                        "Mobile app for 38 technicians underground (offline mode)",
                        "Spare-part consumption booked on the work order",
                    ]
                ),
            ),
        ],
        meta("Field Service demo", FV_BA.name, T(2026, 2, 12, 16, 0, 1), g.PPT),
        f"{cid}|deck",
        footer="Fjällvind IT AB",
    )
    m1 = Mail(
        FV_BA,
        [cc],
        "Field Service – next steps",
        T(2026, 3, 2, 9, 0, 1),
        "Hej Anders,\n\nThanks again for the time in February. Shall we plan the pilot for the technicians?\n\n"
        "Hälsningar,\nOskar\n\n" + g.footer_block(FV_BA),
        lang="sv",
    )
    m2 = Mail(
        cc,
        [FV_BA],
        "SV: Field Service – next steps",
        T(2026, 3, 20, 15, 44, 1),
        "Hej Oskar,\n\nThank you for the demo in February. We have decided to continue with our existing ERP partner, "
        "who ordered the Field Service licences for us this week and will do the implementation. Please do not "
        "register Fjällvind as our partner for Field Service.\n\nMed vänlig hälsning\n" + signature_lines(cc),
        quoted=m1,
        lang="sv",
    )
    files = {
        "Field Service demo Kiruna Gruvtransport.pdf": deck,
        "SV_ Field Service – next steps.msg": delivered_msg(m2),
    }
    claim = cpor(
        cid,
        FJALLVIND,
        FV_BA,
        cust,
        cc,
        "Business Applications",
        ["DYNAMICS 365 FIELD SERVICE"],
        T(2026, 4, 14, 11, 0, 2),
        files,
        kind="pre_sales",
        transaction=D(2026, 3, 18),
    )
    return Bundle(
        f"{cid}_kiruna_presales_customer_declined",
        claim,
        files,
        "reject",
        "Pre-sales claim whose own evidence defeats it: the demo deck predates the transaction (18 March 2026), but "
        "the customer's only e-mail (20 March, gruvtransport.se) says the licences were ordered by its existing ERP "
        "partner, who will implement, and asks that Fjällvind not be registered as its partner. A demo the customer "
        "explicitly disowns is not an acknowledged pre-sales engagement. UNSURE: a reviewer could return it as "
        "action_required, but no further POE can overturn the customer's statement.",
        "E-mail 20 Mar 2026: 'Please do not register Fjällvind as our partner for Field Service.'",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Southern Cross Cyber (AU): managed security services; one monthly report copied for another customer
# --------------------------------------------------------------------------------------------------------------

MBA = Org(
    "Moreton Bay Aggregates Pty Ltd",
    "Moreton Bay Aggregates",
    "mbaggregates.com.au",
    "AU",
    "Narangba QLD 4504",
    "88 Potassium Street",
    "#795548",
)
MBA_IT = person(MBA, "Craig Pearson", "IT & OT Security Manager", "craig.pearson")
MBA_CFO = person(MBA, "Lisa Tran", "Chief Financial Officer", "lisa.tran")
SCC_NARRATIVE = (
    "July was the busiest month since onboarding. The SOC triaged 214 alerts from Defender XDR and Sentinel and "
    "opened 17 incidents, 9 of them true positives. The most serious: on 14 July a contractor account used at the "
    "Beenleigh weighbridge signed in from an overseas VPN; the analyst disabled the account, revoked its sessions "
    "and isolated the weighbridge PC within 11 minutes, and the root cause (a reused password) was closed with "
    "the IT team at {short} the same day. Hunts this month focused on remote-access tools on the quarry sites at "
    "Narangba, Beenleigh and Ormeau."
)
SCC_FIGURES = [
    ("Endpoints reporting to Defender for Endpoint", "1,180"),
    ("Alerts triaged by the SOC (24x7)", "214"),
    ("Incidents opened / true positive", "17 / 9"),
    ("Mean time to acknowledge / to contain", "11 min / 2.4 h"),
    ("Sentinel analytics rules active (12 tuned this month)", "142"),
    ("Automated playbooks run", "63"),
    ("Threat hunts completed", "4"),
]
SCC_WORK = [
    ("Triage &amp; response", "24x7 triage of Defender XDR and Sentinel incidents; containment under runbook v2.1"),
    ("Detection engineering", "12 analytics rules tuned, 2 new custom detections for remote-access tools"),
    ("Threat hunting", "4 hunts: AnyDesk/TeamViewer use, dormant admin accounts, OAuth consent, OT jump hosts"),
    ("Posture", "Monthly Secure Score and Defender vulnerability review; 3 recommendations accepted"),
]


def scc_chart() -> bytes:
    return g.bar_chart(
        "Alerts triaged per week – July 2026",
        ["Wk 27", "Wk 28", "Wk 29", "Wk 30", "Wk 31"],
        [
            ("Informational", [24, 20, 27, 18, 10], (160, 190, 220)),
            ("Low / medium", [19, 24, 21, 26, 13], (70, 120, 180)),
            ("High", [2, 6, 3, 1, 0], (200, 60, 50)),
        ],
    )


def mdr_schedule(cust: Org, signer: Person, start: str, endpoints: str, seed: str, when: dt.datetime) -> bytes:
    """Southern Cross's MDR service schedule, e-signed by the customer (Adobe Acrobat Sign)."""
    html = f"""
<h1>Managed Detection &amp; Response – Service Schedule</h1>
{
        kv(
            [
                ("Customer", escape(cust.name)),
                ("Service start", start),
                ("Term", "24 months"),
                ("Scope", endpoints),
            ]
        )
    }
<h2>Services</h2>
{
        ul(
            [
                "24x7 monitoring and triage of Microsoft Defender XDR and Microsoft Sentinel alerts by the SOC.",
                "Incident investigation and containment (isolate device, disable account, revoke sessions) under "
                "the agreed runbook.",
                "Sentinel management: data connectors, analytics rules, weekly tuning, automation playbooks.",
                "Monthly threat hunting and a monthly service report with posture review.",
            ]
        )
    }
<h2>Customer acceptance</h2>
{fields([("Name", escape(signer.name), 20), ("Title", escape(signer.title), 20), ("Signature", "", 44)])}
"""
    pdf = g.report_pdf(
        SOUTHERN_CROSS,
        html,
        meta(f"MDR Service Schedule {cust.short}", SC_LEAD.name, when - dt.timedelta(days=3)),
        seed,
        right="Service Schedule",
    )
    return g.esign(
        pdf,
        signer,
        when,
        f"{seed}|env",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=10,
        vendor="adobe",
        sender=SC_LEAD,
        ip="203.2.218.54",
    )


def s501_032_moreton_bay_mdr_report() -> Bundle:
    cid = "5011032"
    report = scc_monthly_report(
        MBA,
        "July 2026",
        D(2026, 8, 6),
        SCC_NARRATIVE.format(short="Moreton Bay Aggregates"),
        SCC_FIGURES,
        SCC_WORK,
        scc_chart(),
        f"{cid}|rep",
    )
    schedule = mdr_schedule(
        MBA,
        MBA_CFO,
        "1 February 2026",
        "1,180 endpoints, Sentinel workspace law-mba-prod",
        f"{cid}|sched",
        T(2026, 1, 28, 14, 20, 10),
    )
    m1 = Mail(
        SC_SDM,
        [MBA_IT],
        "MBA – MDR monthly report July 2026",
        T(2026, 8, 6, 9, 30, 10),
        "Hi Craig,\n\nJuly's service report is attached. Happy to walk through the Beenleigh incident on our monthly "
        "call.\n\nCheers,\nMegan\n\n" + g.footer_block(SC_SDM),
        attachments=[("MBA_MDR_Report_2026-07.pdf", report)],
    )
    m2 = Mail(
        MBA_IT,
        [SC_SDM],
        "RE: MBA – MDR monthly report July 2026",
        T(2026, 8, 12, 16, 2, 10),
        "Megan,\n\nThanks – good report. Your analyst's containment of the contractor account at the Beenleigh "
        "weighbridge on 14 July was spot on, and the remote-access hunt found two AnyDesk installs we didn't know "
        "about. We're very happy with the SOC service; consider this our sign-off on July.\n\nCraig\n\n"
        + signature_lines(MBA_IT),
        quoted=m1,
    )
    files = {
        "MBA_MDR_Report_2026-07.pdf": report,
        "MBA_MDR_Service_Schedule_signed.pdf": schedule,
        "RE_ MBA – MDR monthly report July 2026.msg": delivered_msg(m2),
    }
    claim = cpor(
        cid,
        SOUTHERN_CROSS,
        SC_SDM,
        MBA,
        MBA_IT,
        "Security",
        ["MANAGED SECURITY SERVICES"],
        T(2026, 8, 25, 11, 0, 10),
        files,
        kind="managed_security_services",
    )
    return Bundle(
        f"{cid}_moreton_bay_mdr_report",
        claim,
        files,
        "approve",
        "Managed security services with the qualifying elements: 24x7 SOC triage of Defender XDR and Sentinel "
        "alerts (214 in July), incident containment, Sentinel rule tuning and playbooks, four threat hunts – shown in "
        "the July service report, the MDR service schedule e-signed by the CFO (Adobe Sign, 28 Jan 2026) and the "
        "IT & OT Security Manager's e-mail of 12 Aug 2026 describing the Beenleigh containment. 5011034 submits this "
        "report's narrative and figures for another customer: this claim holds the original – the quarry sites and "
        "the Beenleigh incident are this customer's, confirmed by its own e-mail.",
        "Report p.1: 'contractor account used at the Beenleigh weighbridge … isolated within 11 minutes'; e-mail "
        "from craig.pearson@mbaggregates.com.au confirming it.",
        g.cpor_ok(email_ack=True),
    )


def s501_033_darling_downs_mss_deployment_only() -> Bundle:
    cid = "5011033"
    cust = Org(
        "Darling Downs Grain Handlers Ltd",
        "Darling Downs Grain",
        "ddgrain.com.au",
        "AU",
        "Toowoomba QLD 4350",
        "14 Industrial Avenue, Wilsonton",
        "#f9a825",
    )
    cc = person(cust, "Nathan Kelly", "IT Manager", "nathan.kelly")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Southern Cross Cyber", SOUTHERN_CROSS.name, SC_LEAD.name, SC_LEAD.title),
    ]
    html = f"""
<h1>Security uplift – completion note</h1>
{kv([("Customer", escape(cust.name)), ("Service", "Managed security (endpoint)"), ("Period", "April – June 2026")])}
<h2>Work performed</h2>
{
        ul(
            [
                "Deployed the Defender for Endpoint sensor to 520 workstations and 44 silo-site PCs via Intune.",
                "Installed Defender for Identity sensors on 3 domain controllers.",
                "Configured Intune compliance and BitLocker policies for all Windows devices.",
                "Monthly Windows and third-party patching (Patch Tuesday + 7 days) for 564 devices.",
                "Service desk tickets for agent troubleshooting (41 tickets in the quarter).",
            ]
        )
    }
<p>The customer confirms the work above was performed by Southern Cross Cyber.</p>
""" + g.signoff("lines", parties, heading="Sign-off")
    pdf = g.report_pdf(
        SOUTHERN_CROSS,
        html,
        meta("DDG security uplift completion", SC_LEAD.name, T(2026, 7, 2, 10, 0, 10)),
        f"{cid}|doc",
        right="Completion note",
    )
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("lines", parties[0], 0, "06/07/2026"),
            *g.sign_inks("lines", parties[1], 1, "06/07/2026", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 7, 6, 12, 0, 10),
        dpi=150,
        skew=0.4,
    )
    files = {"DDG_Security_Uplift_Completion_signed.pdf": scan}
    claim = cpor(
        cid,
        SOUTHERN_CROSS,
        SC_LEAD,
        cust,
        cc,
        "Security",
        ["MANAGED SECURITY SERVICES"],
        T(2026, 7, 20, 9, 0, 10),
        files,
        kind="managed_security_services",
    )
    return Bundle(
        f"{cid}_darling_downs_mss_deployment_only",
        claim,
        files,
        "action_required",
        "Signed (06/07/2026, Australian day-first: 6 July) and specific, but every item is what the guide lists as "
        "out of scope for managed security services: sensor deployment (MDE, MDI), Intune policy configuration, OS "
        "and third-party patching and agent troubleshooting tickets. No monitoring, triage, incident response, "
        "Sentinel management or hunting: the MANAGED SECURITY SERVICES workload is not supported.",
        "Completion note: 'Deployed the Defender for Endpoint sensor …', 'Monthly Windows and third-party patching', "
        "'tickets for agent troubleshooting'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "reused_evidence": "pass",
        },
    )


def s501_034_whitsunday_copied_mdr_report() -> Bundle:
    cid = "5011034"
    cust = Org(
        "Whitsunday Marine Supplies Pty Ltd",
        "Whitsunday Marine",
        "whitsundaymarine.com.au",
        "AU",
        "Airlie Beach QLD 4802",
        "2 Port Drive",
        "#00838f",
    )
    cc = person(cust, "Rebecca Sloan", "General Manager", "rebecca.sloan")
    report = scc_monthly_report(
        cust,
        "July 2026",
        D(2026, 8, 7),
        SCC_NARRATIVE.format(short="Whitsunday Marine Supplies"),
        SCC_FIGURES,
        SCC_WORK,
        scc_chart(),
        f"{cid}|rep",
    )
    schedule = mdr_schedule(
        cust,
        cc,
        "1 May 2026",
        "85 endpoints (Airlie Beach store, Mackay branch)",
        f"{cid}|sched",
        T(2026, 4, 27, 11, 0, 10),
    )
    files = {
        "WMS_MDR_Report_2026-07.pdf": report,
        "WMS_MDR_Service_Schedule_signed.pdf": schedule,
    }
    claim = cpor(
        cid,
        SOUTHERN_CROSS,
        SC_SDM,
        cust,
        cc,
        "Security",
        ["MANAGED SECURITY SERVICES"],
        T(2026, 8, 27, 15, 0, 10),
        files,
        kind="managed_security_services",
    )
    return Bundle(
        f"{cid}_whitsunday_copied_mdr_report",
        claim,
        files,
        "action_required",
        "The July service report for this marine retailer is claim 5011032's report for Moreton Bay Aggregates with "
        "the customer name changed: the same 1,180 endpoints, 214 alerts, 17/9 incidents, the Beenleigh weighbridge "
        "incident and hunts 'on the quarry sites at Narangba, Beenleigh and Ormeau' – while this customer's own "
        "service schedule covers 85 endpoints at a store and a branch. The activity evidence is copied from another "
        "claim and says nothing true about this customer; the e-signed schedule proves a contract, not the service "
        "delivered. The partner must provide this customer's own service evidence.",
        "Report p.1: '1,180' endpoints and 'quarry sites at Narangba, Beenleigh and Ormeau' vs. schedule scope '85 "
        "endpoints (Airlie Beach store, Mackay branch)'.",
        {
            "reused_evidence": "fail",
            "activity_detail": "fail",
            "ineligible_customer": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Karoo Cloud (ZA)
# --------------------------------------------------------------------------------------------------------------


def karoo_signoff_doc(
    cust: Org,
    title: str,
    facts: Sequence[tuple[str, str]],
    rows: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    when: dt.datetime,
) -> bytes:
    html = f"""
<h1>{escape(title)}</h1>
{kv([(k, escape(v)) for k, v in facts])}
<h2>Scope delivered</h2>
{grid(["Workload", "Delivered", "Numbers"], rows, [22, 56, 22])}
""" + g.signoff("stacked", parties, heading="Project sign-off")
    return g.report_pdf(KAROO, html, meta(title, KC_PM.name, when), seed, right="Project Sign-off")


def s501_035_stellenbosch_day_first_eleven_months() -> Bundle:
    cid = "5011035"
    cust = Org(
        "Stellenbosch Fruit Packers (Pty) Ltd",
        "Stellenbosch Fruit Packers",
        "sfpackers.co.za",
        "ZA",
        "Stellenbosch 7600",
        "R44 Annandale Road",
        "#558b2f",
    )
    cc = person(cust, "Pieter du Toit", "IT Manager", "pieter.dutoit")
    parties = [Party("Customer", cust.name, cc.name, cc.title), Party("Partner", KAROO.name, KC_PM.name, KC_PM.title)]
    doc = karoo_signoff_doc(
        cust,
        "Project Sign-off – Intune and Microsoft 365 Apps",
        [("Customer", cust.name), ("Project period", "March – May 2025"), ("Sites", "Stellenbosch, Ceres, Paarl")],
        [
            (
                "Intune",
                "Autopilot for 260 laptops, Android Enterprise for 180 pack-house tablets, compliance and update rings",
                "440 devices",
            ),
            (
                "Microsoft 365 Apps",
                "Microsoft 365 Apps for enterprise for 310 users; Office 2016 removed; shared "
                "activation on 24 pack-line PCs",
                "310 users",
            ),
        ],
        parties,
        f"{cid}|doc",
        T(2025, 5, 30, 15, 0, 2),
    )
    scan = g.scan_pdf(
        doc,
        [
            *g.sign_inks("stacked", parties[0], 0, "04/06/2025"),
            *g.sign_inks("stacked", parties[1], 1, "04/06/2025", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2025, 6, 4, 10, 0, 2),
        dpi=150,
        skew=0.5,
    )
    files = {"SFP_Project_Signoff_signed.pdf": scan}
    claim = cpor(
        cid,
        KAROO,
        KC_PM,
        cust,
        cc,
        "Modern Work",
        ["INTUNE", "MICROSOFT 365 APPS"],
        T(2026, 5, 20, 9, 15, 2),
        files,
    )
    return Bundle(
        f"{cid}_stellenbosch_day_first_eleven_months",
        claim,
        files,
        "approve",
        "South African partner and customer: the hand-written '04/06/2025' is day-first, 4 June 2025 – the sign-off "
        "closes a project printed as 'March – May 2025', and the scan is dated 2025-06-04 – so the signature is 11.5 "
        "months old at submission on 2026-05-20, inside the 12 months. Read month-first (April 6, 2025) it would be "
        "too old and would predate the end of the project. 440 devices in Intune, 310 users on Microsoft 365 Apps.",
        "Scanned sign-off: Pieter du Toit, 'Date: 04/06/2025'; project period March – May 2025.",
        g.cpor_ok(),
    )


def s501_036_karoo_claims_its_own_tenant() -> Bundle:
    cid = "5011036"
    coo = person(KAROO, "Lerato Khumalo", "Chief Operating Officer", "lerato.khumalo")
    parties = [
        Party("Customer", KAROO.name, coo.name, coo.title),
        Party("Partner", KAROO.name, KC_PM.name, KC_PM.title),
    ]
    doc = karoo_signoff_doc(
        KAROO,
        "Project Sign-off – Internal Intune and Defender rollout",
        [("Customer", KAROO.name + " (internal IT)"), ("Project period", "January – February 2026")],
        [
            ("Intune", "Autopilot and compliance for all Karoo Cloud staff laptops", "64 devices"),
            ("Defender for Endpoint", "Onboarding of staff laptops and 6 servers, ASR in block mode", "70 devices"),
        ],
        parties,
        f"{cid}|doc",
        T(2026, 2, 27, 12, 0, 2),
    )
    scan = g.scan_pdf(
        doc,
        [
            *g.sign_inks("stacked", parties[0], 0, "02/03/2026"),
            *g.sign_inks("stacked", parties[1], 1, "02/03/2026", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 3, 2, 9, 0, 2),
        dpi=150,
        skew=0.3,
    )
    files = {"Karoo_internal_signoff.pdf": scan}
    claim = cpor(
        cid,
        KAROO,
        KC_PM,
        KAROO,
        coo,
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 3, 16, 10, 0, 2),
        files,
    )
    return Bundle(
        f"{cid}_karoo_claims_its_own_tenant",
        claim,
        files,
        "reject",
        "The customer is the partner itself: Karoo Cloud Services (Pty) Ltd, karoocloud.co.za, claims the Intune and "
        "Defender rollout of its own staff laptops, signed by its own COO. Partners are not eligible for incentives "
        "where the partner itself is the end customer.",
        "customer.name 'Karoo Cloud Services (Pty) Ltd', domain karoocloud.co.za = partner domain; sign-off 'Karoo "
        "Cloud Services (internal IT)'.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def s501_066_cape_winelands_mde_unticked() -> Bundle:
    cid = "5011066"
    cust = Org(
        "Cape Winelands Logistics (Pty) Ltd",
        "Cape Winelands Logistics",
        "cwlogistics.co.za",
        "ZA",
        "Paarl 7646",
        "5 Borssenberg Street, Dal Josafat",
        "#6a1b9a",
    )
    cc = person(cust, "Zanele Dube", "Head of IT", "zanele.dube")
    pdf = g.ms_poe_template(
        KAROO,
        cust,
        cc,
        [("Microsoft Intune", ["Deployment", "Implementation"])],
        g.paras(
            "Cape Winelands Logistics runs 3 distribution centres (Paarl, Worcester, Epping) with 380 staff. Devices "
            "were managed with Group Policy only; handheld scanners were not managed at all.",
            "Karoo Cloud enrolled 290 Windows laptops via Autopilot and 160 Zebra handhelds (Android Enterprise "
            "dedicated) in Intune between 2 February and 27 March 2026, created 9 compliance policies and 14 "
            "configuration profiles, and trained 4 IT staff.",
        ),
        D(2026, 2, 2),
        D(2026, 3, 27),
        f"{cid}|tpl",
    )
    scan = g.scan_pdf(
        pdf,
        [
            Ink("Signature", "sig", cc.name, dx=150, dy=10, h=30),
            Ink("Date Signed", "hand", "31/03/2026", dx=150, dy=2, h=13),
        ],
        f"{cid}|scan",
        T(2026, 3, 31, 14, 0, 2),
        dpi=150,
        skew=-0.4,
    )
    files = {"CPOR_POE_Template_CWL_signed.pdf": scan}
    claim = cpor(
        cid,
        KAROO,
        KC_PM,
        cust,
        cc,
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 4, 15, 11, 0, 2),
        files,
    )
    return Bundle(
        f"{cid}_cape_winelands_mde_unticked",
        claim,
        files,
        "action_required",
        "Microsoft's Security usage POE template, signed by the customer's Head of IT on 31/03/2026: Intune is "
        "ticked (Deployment, Implementation) and described in detail (290 laptops, 160 handhelds), but the claim "
        "also lists MICROSOFT DEFENDER ENDPOINT, whose row in Section 1 is unticked and which the scope text never "
        "mentions. The claimed workloads are not all connected to the POE.",
        "Section 1: '☒ Microsoft Intune', '☐ Microsoft Defender for Endpoint (MDE)'; claim workloads INTUNE + "
        "MICROSOFT DEFENDER ENDPOINT.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Oasis Gate (AE) and Lion City Cloud (SG)
# --------------------------------------------------------------------------------------------------------------


def s501_037_al_qudra_ammp_market_b() -> Bundle:
    cid = "5011037"
    cust = Org(
        "Al Qudra Facilities Management LLC",
        "Al Qudra FM",
        "alqudrafm.ae",
        "AE",
        "Al Quoz Industrial Area 3, Dubai",
        "Street 17, Warehouse 22",
        "#00695c",
    )
    cc = person(cust, "Suresh Menon", "IT Manager", "suresh.menon")
    consent, submitted = D(2026, 2, 16), T(2026, 6, 4, 10, 0, 4)
    lz = g.landing_zone_doc(OASIS, cust, f"{cid}|lz", T(2026, 3, 19, 15, 0, 4), OG_PM.name)
    files, claim = g.ammp_claim(
        cid,
        "alqudra",
        OASIS,
        OG_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Technician dispatch and work-order portal (Java Spring, Oracle)",
        arr="USD 52,000 per year",
        dates=["02/03/2026", "26/03/2026", "14/05/2026", "21/05/2026"],
        amount=12000.0,
        inv_no="OGT-INV-2026-0219",
        date_style="gb",
        sign_when=T(2026, 5, 27, 13, 0, 4),
        date_text="27/05/2026",
        invoice_kw={"date_style": "gb_long", "bank": "Emirates NBD · USD account AE07 0260 0010 1533 4471 801"},
        extra={"POE/Landing_Zone_Design_Al_Qudra.pdf": lz},
    )
    return Bundle(
        f"{cid}_al_qudra_ammp_market_b",
        claim,
        files,
        "approve",
        "AMMP (Small) claim from a UAE partner: the UAE is a Market B country, so USD 12,000 is the right rate and "
        "the invoice shows it with the claim ID and the partner's name. Programme template with the four activities "
        "signed by the customer's IT manager (27/05/2026, day-first), landing-zone design attached, both surveys "
        f"signed, {days(consent, submitted)} days after consent (xs/small: 120). The activity list is the "
        "programme's own wording (boilerplate).",
        "Invoice OGT-INV-2026-0219: 'MCI Engagement Claim ID 5011037', USD 12,000.00; partner country AE (Market B).",
        g.pa_ok(),
    )


def s501_038_microsoft_gulf_is_the_customer() -> Bundle:
    cid = "5011038"
    cust = Org(
        "Microsoft Gulf FZ-LLC",
        "Microsoft Gulf",
        "microsoft.com",
        "AE",
        "Dubai Internet City, Dubai",
        "Building 5, Dubai Internet City",
        "#0067b8",
    )
    cc = person(cust, "Hala Mansour", "Workplace & Facilities Manager, Dubai", "halamansour")
    parties = [Party("Customer", cust.name, cc.name, cc.title), Party("Partner", OASIS.name, OG_PM.name, OG_PM.title)]
    html = f"""
<h1>Handover Certificate – Teams Rooms</h1>
{kv([("Customer", escape(cust.name)), ("Site", "Dubai Internet City, Building 5, floors 2–4"), ("PO", "4701938812")])}
{
        grid(
            ["Workload", "Delivered", "Quantity"],
            [
                (
                    "Teams Rooms",
                    "Teams Rooms on Windows with front-row layout, room accounts, Pro Management portal "
                    "enrolment, 2 divisible rooms",
                    "18 rooms",
                ),
                ("Teams Phone", "Common-area phones for reception and the briefing centre", "6 devices"),
            ],
            [22, 58, 20],
        )
    }
""" + g.signoff("columns", parties, heading="Handover")
    pdf = g.report_pdf(
        OASIS,
        html,
        meta("Handover Teams Rooms", OG_PM.name, T(2026, 4, 9, 12, 0, 4)),
        f"{cid}|doc",
        right="Handover Certificate",
    )
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("columns", parties[0], 0, "12/04/2026"),
            *g.sign_inks("columns", parties[1], 1, "12/04/2026", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 4, 12, 11, 0, 4),
        dpi=150,
        skew=0.4,
    )
    files = {"Handover_Teams_Rooms_DIC5_signed.pdf": scan}
    claim = cpor(
        cid,
        OASIS,
        OG_AM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS ROOMS", "TEAMS PHONE ENABLED USERS"],
        T(2026, 5, 5, 9, 0, 4),
        files,
    )
    return Bundle(
        f"{cid}_microsoft_gulf_is_the_customer",
        claim,
        files,
        "reject",
        "The customer is Microsoft itself – Microsoft Gulf FZ-LLC, domain microsoft.com – for Teams Rooms in its own "
        "Dubai office. Partners are not eligible for incentives where Microsoft is the end customer, however well "
        "the work is documented (18 rooms, signed handover).",
        "customer.domain microsoft.com; handover signed by Microsoft's Workplace & Facilities Manager.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def s501_059_gulf_pearl_ecif_only() -> Bundle:
    cid = "5011059"
    cust = Org(
        "Gulf Pearl Logistics LLC",
        "Gulf Pearl Logistics",
        "gulfpearllogistics.ae",
        "AE",
        "Jebel Ali Free Zone, Dubai",
        "South Zone, Plot S30412",
        "#004d40",
    )
    cc = person(cust, "Imran Sheikh", "Head of IT", "imran.sheikh")
    ecif = g.html_pdf(
        f"""
<p class="muted">Microsoft End Customer Investment Funds (ECIF)</p>
<h1>ECIF Statement of Work – Funding Approval</h1>
{
            kv(
                [
                    ("ECIF request ID", "ECIF-MEA-26-04471"),
                    ("End customer", escape(cust.name)),
                    ("Partner", escape(OASIS.name)),
                    ("Funding approved", "USD 18,000"),
                    ("Approval date", "9 March 2026"),
                ]
            )
        }
<h2>Scope</h2>
{
            ul(
                [
                    "Security deployment services: Microsoft Defender for Endpoint rollout.",
                    "Knowledge transfer and documentation.",
                    "Project management.",
                ]
            )
        }
<h2>Deliverables and milestones</h2>
{grid(["Milestone", "Funding"], [("Deployment complete", "USD 12,600"), ("Closure report", "USD 5,400")], [60, 40])}
<p class="small">This document is an agreement between Microsoft and the partner. Funds are paid to the partner on
completion of milestones.</p>
""",
        meta("ECIF SOW ECIF-MEA-26-04471", "Microsoft", T(2026, 3, 9, 12, 0, 4), g.CHROME),
        f"{cid}|ecif",
        style=css("#0067b8", size=9.5),
    )
    claim_files = {"ECIF_SOW_ECIF-MEA-26-04471_Gulf_Pearl.pdf": ecif}
    claim = cpor(
        cid,
        OASIS,
        OG_AM,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 6, 18, 12, 0, 4),
        claim_files,
    )
    return Bundle(
        f"{cid}_gulf_pearl_ecif_only",
        claim,
        claim_files,
        "action_required",
        "The only upload is an ECIF funding approval between Microsoft and the partner: a high-level scope "
        "('Defender for Endpoint rollout', 'knowledge transfer', 'project management') without devices, dates of "
        "work or outcomes, and – as ECIF papers never do – no customer acknowledgement. The guide says ECIF documents "
        "need valid detail and a separate customer acknowledgement of the ECIF work.",
        "ECIF-MEA-26-04471: 'This document is an agreement between Microsoft and the partner'; scope three bullets.",
        {
            "unacceptable_documents": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "fail",
            "reused_evidence": "pass",
        },
    )


def s501_039_johor_castings_ammp_rate_of_market_a() -> Bundle:
    cid = "5011039"
    cust = Org(
        "Johor Precision Castings Sdn. Bhd.",
        "Johor Precision Castings",
        "jpcastings.com.my",
        "MY",
        "81700 Pasir Gudang, Johor",
        "PLO 112, Jalan Keluli 4",
        "#455a64",
    )
    cc = person(cust, "Tan Boon Keat", "IT Manager", "boonkeat.tan")
    consent, submitted = D(2026, 3, 9), T(2026, 6, 29, 16, 0, 8)
    files, claim = g.ammp_claim(
        cid,
        "jpc",
        LIONCITY,
        LC_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Foundry quality and heat-traceability system (.NET, SQL Server)",
        arr="USD 36,000 per year",
        dates=["23/03/2026", "17/04/2026", "05/06/2026", "12/06/2026"],
        amount=15000.0,
        inv_no="LCC-INV-2026-077",
        date_style="gb",
        sign_when=T(2026, 6, 18, 11, 0, 8),
        date_text="18/06/2026",
        invoice_kw={"date_style": "gb_long", "bank": "OCBC Bank · USD account 501-884412-001"},
    )
    return Bundle(
        f"{cid}_johor_castings_ammp_rate_of_market_a",
        claim,
        files,
        "action_required",
        "Everything is in order except the invoice: the partner is in Singapore (Market B), where the AMMP (Small) "
        "rate is USD 12,000, but the invoice asks for USD 15,000, the Market A rate. (The customer's country, "
        "Malaysia, is Market C – also not USD 15,000; the partner's market decides.) A corrected invoice is needed.",
        "Invoice LCC-INV-2026-077: USD 15,000.00; partner.country SG (Market B → USD 12,000).",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "required_documents": "pass",
            "reused_evidence": "pass",
        },
    )


def s501_040_tanjong_pagar_dental_no_disclosure_needed() -> Bundle:
    cid = "5011040"
    cust = Org(
        "Tanjong Pagar Dental Group Pte. Ltd.",
        "Tanjong Pagar Dental",
        "tpdental.com.sg",
        "SG",
        "Singapore 088542",
        "1 Tanjong Pagar Road, #05-01",
        "#26a69a",
    )
    cc = person(cust, "Dr. Rachel Lim", "Clinical Director", "rachel.lim")
    eng = g.engagement("SEC-TPE-VAR", "Security – Threat Protection Engagement", "standard", "variable", 3100.0)
    consent, submitted = D(2026, 7, 13), T(2026, 9, 22, 10, 0, 8)
    report = findings_report(
        LIONCITY,
        "Threat Protection Engagement – Findings Report",
        [
            ("Customer", cust.name + " (9 clinics)"),
            ("Engagement dates", "27 July – 14 August 2026"),
            ("Participants", "6 – clinical director, practice managers, IT contractor"),
            ("MCI claim", cid),
        ],
        [
            (
                "Threats discovered",
                ul(
                    [
                        "12 sign-ins to the clinic manager accounts from Indonesia and Vietnam; 2 with MFA fatigue "
                        "prompts accepted.",
                        "Imaging PCs in 4 clinics running an unsupported Windows 10 LTSB build with SMBv1 enabled.",
                        "Invoice-fraud e-mails imitating a dental supplier reached 31 mailboxes; 3 replies.",
                    ]
                ),
            ),
            (
                "Recommendations agreed",
                grid(
                    ["Priority", "Action", "Target"],
                    [
                        ("1", "Number matching MFA and Conditional Access for all 140 staff", "Sept 2026"),
                        ("2", "Isolate imaging PCs in a separate VLAN, disable SMBv1", "Oct 2026"),
                        ("3", "Defender for Office 365 impersonation protection for finance", "Oct 2026"),
                    ],
                    [12, 66, 22],
                ),
            ),
        ],
        T(2026, 8, 18, 17, 0, 8),
        LC_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        LIONCITY,
        LC_PM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"TPDG_Threat_Protection_Findings.pdf": report},
        amount=3100.0,
        inv_no="LCC-INV-2026-112",
        inv_day=D(2026, 9, 16),
        activities="Threat protection engagement across our 9 clinics with findings and prioritised actions",
        outcome="MFA, imaging-PC isolation and impersonation protection agreed",
        participants="6",
        segment="public_sector",
        invoice_kw={"date_style": "gb_long", "bank": "OCBC Bank · USD account 501-884412-001"},
    )
    return Bundle(
        f"{cid}_tanjong_pagar_dental_no_disclosure_needed",
        claim,
        files,
        "approve",
        "A dental group is a healthcare customer, so the claim is segmented public sector – but for Partner "
        "Activities the written public-sector disclosure is required only for customers in India, the United States "
        "and Puerto Rico; Singapore needs none. Specific findings (MFA fatigue, SMBv1 imaging PCs, invoice fraud), "
        f"invoice with claim ID and USD 3,100, both surveys signed, {days(consent, submitted)} days after consent "
        "(standard: 90).",
        "segment public_sector, customer.country SG, no disclosure uploaded; invoice LCC-INV-2026-112 USD 3,100.00.",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Baekdu Cloud (KR), Quetzal Nube (MX), Galata Bulut (TR)
# --------------------------------------------------------------------------------------------------------------


def s501_041_hanbit_bilingual_korean_seal() -> Bundle:
    cid = "5011041"
    cust = Org(
        "Hanbit Precision Co., Ltd.",
        "Hanbit Precision",
        "hanbitprecision.co.kr",
        "KR",
        "Changwon, Gyeongsangnam-do 51542",
        "Seongsan-gu, Ungnam-ro 711",
        "#283593",
    )
    cc = person(cust, "Choi Min-seo", "IT Team Leader (전산팀장)", "minseo.choi")
    html = f"""
<h1>검수 확인서 / Acceptance Confirmation</h1>
{
        kv(
            [
                ("고객사 / Customer", "한빛정밀(주) / " + escape(cust.name)),
                ("수행사 / Partner", "백두클라우드(주) / " + escape(BAEKDU.name)),
                ("기간 / Period", "2026-04-06 ~ 2026-06-19"),
            ]
        )
    }
{
        grid(
            ["항목 / Item", "내용 / Work performed"],
            [
                (
                    "Exchange Online",
                    "사내 메일 서버에서 메일박스 530개 이전, 공유 메일박스 18개 / Migrated 530 mailboxes from the "
                    "on-premises mail server, 18 shared mailboxes",
                ),
                (
                    "Microsoft Teams",
                    "전 직원 530명 Teams 도입, 공장별 팀 12개, 협력사 게스트 액세스 / Teams for all 530 employees, 12 "
                    "teams per plant, guest access for suppliers",
                ),
            ],
            [24, 76],
        )
    }
<p>위와 같이 작업이 완료되었음을 확인합니다. / We confirm that the work above has been completed.</p>
<p style="margin-top:16pt">2026년 6월 24일 / 24 June 2026</p>
<p>한빛정밀(주) 전산팀장 최민서 / Choi Min-seo, IT Team Leader &#160;&#160;&#160;(인)</p>
"""
    pdf = g.html_pdf(
        html,
        meta("검수 확인서", BD_PM.name, T(2026, 6, 22, 10, 0, 9)),
        f"{cid}|c",
        style=css(BAEKDU.color),
        decor=g.Decor(BAEKDU, right="검수 확인서", accent=BAEKDU.color, footer=escape(BAEKDU.name)),
    )
    scan = g.scan_pdf(
        pdf,
        [
            Ink("(인)", "seal", dx=-10, dy=-24, h=58, lines=("한빛정밀", "전산팀"), cjk=True),
            Ink("(인)", "sig", "Choi Minseo", dx=-110, dy=-30, h=26, color=g.INK_BLACK),
        ],
        f"{cid}|s",
        T(2026, 6, 24, 14, 0, 9),
        dpi=200,
        skew=0.3,
        gray=False,
    )
    files = {"한빛정밀_검수확인서_2026-06-24.pdf": scan}
    claim = cpor(
        cid,
        BAEKDU,
        BD_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 7, 8, 10, 0, 9),
        files,
    )
    return Bundle(
        f"{cid}_hanbit_bilingual_korean_seal",
        claim,
        files,
        "approve",
        "Bilingual Korean/English acceptance confirmation (every line in both languages): 530 mailboxes to Exchange "
        "Online, Teams for 530 employees with 12 plant teams, work period 2026-04-06 ~ 06-19; signed and stamped with "
        "the IT team's red seal on 24 June 2026 (2026년 6월 24일), scanned in colour. A seal with a signature is how "
        "Korean companies sign.",
        "Scan: red seal '한빛정밀 전산팀', signature, '2026년 6월 24일 / 24 June 2026'.",
        g.cpor_ok(),
    )


def s501_042_baekdu_systems_group_company() -> Bundle:
    cid = "5011042"
    cust = Org(
        "Baekdu Systems Co., Ltd.",
        "Baekdu Systems",
        "baekdusystems.co.kr",
        "KR",
        "Seoul 06164",
        "Teheran-ro 521, Gangnam-gu, 16F",
        "#3949ab",
    )
    cc = person(cust, "Kang Hye-jin", "Head of IT Operations", "hyejin.kang")
    report = g.report_pdf(
        BAEKDU,
        f"""
<h1>Project completion report – Intune and Defender for Endpoint</h1>
{kv([("Customer", escape(cust.name) + " (Baekdu Cloud Group)"), ("Period", "March – May 2026")])}
{
            grid(
                ["Workload", "Delivered", "Volume"],
                [
                    ("Intune", "Autopilot and compliance for developer laptops, macOS enrollment", "310 devices"),
                    ("Defender for Endpoint", "Onboarding of laptops and build servers, EDR block mode", "352 devices"),
                ],
                [22, 58, 20],
            )
        }
<p class="small">Baekdu Cloud Group: Baekdu Cloud Co., Ltd. (parent) · Baekdu Systems Co., Ltd. (100% subsidiary)</p>
""",
        meta("Completion report Baekdu Systems", BD_PM.name, T(2026, 5, 29, 15, 0, 9)),
        f"{cid}|rep",
        right="Completion report",
    )
    m = Mail(
        cc,
        [BD_PM],
        "RE: Intune / MDE completion",
        T(2026, 6, 2, 10, 12, 9),
        "Ji-hoon,\n\nConfirmed – 310 devices in Intune and 352 in MDE. Thanks to the team at our parent company for "
        "the quick rollout.\n\n" + signature_lines(cc),
    )
    files = {"Baekdu_Systems_Completion_Report.pdf": report, "RE_ Intune MDE completion.msg": delivered_msg(m)}
    claim = cpor(
        cid,
        BAEKDU,
        BD_PM,
        cust,
        cc,
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 6, 15, 11, 0, 9),
        files,
    )
    return Bundle(
        f"{cid}_baekdu_systems_group_company",
        claim,
        files,
        "reject",
        "The customer is the partner's own affiliate: the partner's report names Baekdu Systems Co., Ltd. as the "
        "100% subsidiary in the 'Baekdu Cloud Group', and the customer thanks 'our parent company'. Partners and "
        "their affiliates are not eligible for incentives for work for a partner affiliate.",
        "Report footer: 'Baekdu Cloud Co., Ltd. (parent) · Baekdu Systems Co., Ltd. (100% subsidiary)'; e-mail: "
        "'the team at our parent company'.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def s501_043_los_altos_presales_after_purchase() -> Bundle:
    cid = "5011043"
    cust = Org(
        "Tequilera Los Altos S.A. de C.V.",
        "Tequilera Los Altos",
        "tequileralosaltos.mx",
        "MX",
        "Arandas, Jal. 47180",
        "Carretera Arandas–Atotonilco km 3",
        "#bf360c",
    )
    cc = person(cust, "Héctor Orozco", "Director Comercial", "hector.orozco")
    kick = g.report_pdf(
        QUETZAL,
        f"""
<h1>Acta de arranque / Kick-off minutes – Dynamics 365 Sales</h1>
{kv([("Cliente / Customer", escape(cust.name)), ("Fecha / Date", "16/02/2026"), ("Lugar", "Arandas")])}
<h2>Contexto / Background</h2>
<p>Los Altos bought 60 Dynamics 365 Sales Enterprise licences on 2 February 2026 after a demo by the Microsoft
account team in January. Quetzal Nube was selected on 10 February to implement.</p>
<h2>Plan</h2>
{
            ul(
                [
                    "Configuration of distributors (38) and export agents (12) as accounts, price lists per market.",
                    "Migration of 2,400 contacts from Excel; Outlook integration for the commercial team.",
                    "Go-live for 60 users planned for 4 May 2026.",
                ]
            )
        }
""",
        meta("Acta de arranque D365 Sales", QN_BA.name, T(2026, 2, 16, 18, 0, -6)),
        f"{cid}|kick",
        right="Acta de arranque",
    )
    m = Mail(
        cc,
        [QN_BA],
        "RE: Acta de arranque – Dynamics 365 Sales",
        T(2026, 3, 3, 12, 30, -6),
        "Rodrigo,\n\nAgreed – the kick-off minutes are correct and we confirm Quetzal Nube as our implementation "
        "partner for Dynamics 365 Sales (60 users, go-live 4 May).\n\nSaludos,\n" + signature_lines(cc),
        lang="es",
    )
    files = {
        "Acta_arranque_D365_Sales_Los_Altos.pdf": kick,
        "RE_ Acta de arranque – Dynamics 365 Sales.msg": delivered_msg(m),
    }
    claim = cpor(
        cid,
        QUETZAL,
        QN_BA,
        cust,
        cc,
        "Business Applications",
        ["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        T(2026, 3, 25, 11, 0, -6),
        files,
        kind="pre_sales",
        transaction=D(2026, 2, 2),
    )
    return Bundle(
        f"{cid}_los_altos_presales_after_purchase",
        claim,
        files,
        "action_required",
        "Pre-sales claim, but all evidence is dated after the transaction of 2 February 2026: the kick-off minutes "
        "(16 Feb) themselves say the licences were bought after a demo by the Microsoft account team and that "
        "Quetzal Nube was selected on 10 February; the customer's e-mail is of 3 March. There is no upsell driven by "
        "a new partner. The partner must show pre-sales engagement that predates the transaction.",
        "Kick-off minutes: 'bought 60 Dynamics 365 Sales Enterprise licences on 2 February 2026 after a demo by the "
        "Microsoft account team'; transaction_date 2026-02-02.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


def s501_044_textil_tapatio_ammp_late() -> Bundle:
    cid = "5011044"
    cust = Org(
        "Grupo Textil Tapatío S.A. de C.V.",
        "Textil Tapatío",
        "textiltapatio.com.mx",
        "MX",
        "Guadalajara, Jal. 44940",
        "Av. Lázaro Cárdenas 2890",
        "#6a1b9a",
    )
    cc = person(cust, "Laura Gutiérrez", "Gerente de Sistemas", "laura.gutierrez")
    consent, submitted = D(2026, 1, 19), T(2026, 5, 30, 12, 0, -6)
    files, claim = g.ammp_claim(
        cid,
        "tapatio",
        QUETZAL,
        QN_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Cut-order planning portal (PHP, MySQL)",
        arr="USD 31,000 per year",
        dates=["02/02/2026", "27/02/2026", "17/04/2026", "30/04/2026"],
        amount=7500.0,
        inv_no="QN-F-2026-0133",
        date_style="gb",
        sign_when=T(2026, 5, 22, 12, 0, -6),
        date_text="22/05/2026",
        invoice_kw={"date_style": "gb", "bank": "BBVA México · Cuenta USD 0119448712"},
    )
    return Bundle(
        f"{cid}_textil_tapatio_ammp_late",
        claim,
        files,
        "reject",
        "AMMP (Small) claims must be submitted within 120 days of customer consent (2026-01-19 → 2026-05-19); this "
        f"one was submitted on 2026-05-30, {days(consent, submitted)} days after consent. Mexico is Market C and USD "
        "7,500 is invoiced correctly, the template is signed and the surveys complete, but an expired claim cannot "
        "be reactivated.",
        "consent_date 2026-01-19, activity_type xs_small, submitted 2026-05-30.",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s501_045_marmara_business_central_golive_stamp() -> Bundle:
    cid = "5011045"
    cust = Org(
        "Marmara Beyaz Eşya Yedek Parça A.Ş.",
        "Marmara Beyaz Eşya",
        "marmarabeyazesya.com.tr",
        "TR",
        "16140 Nilüfer / Bursa",
        "Organize Sanayi Bölgesi, Mavi Cadde No:14",
        "#1565c0",
    )
    cc = person(cust, "Burak Aydın", "Bilgi İşlem Müdürü / IT Director", "burak.aydin")
    parties = [
        Party("Müşteri / Customer", cust.name, cc.name, cc.title),
        Party("İş Ortağı / Partner", GALATA.name, GB_PM.name, GB_PM.title),
    ]
    labels = ("Ad Soyad / Name", "Unvan / Title", "İmza / Signature", "Tarih / Date")
    html = f"""
<h1>Canlıya Geçiş Tutanağı / Go-Live Certificate</h1>
{
        kv(
            [
                ("Müşteri / Customer", escape(cust.name)),
                ("Çözüm / Solution", "Dynamics 365 Business Central Premium"),
                ("Canlı tarihi / Go-live", "01.06.2026"),
            ]
        )
    }
{
        grid(
            ["Türkçe", "English"],
            [
                (
                    "Finans, satın alma, stok ve üretim modülleri 85 kullanıcı için canlıya alındı; e-Fatura ve "
                    "e-Defter entegrasyonu tamamlandı.",
                    "Finance, purchasing, inventory and manufacturing went live for 85 users; e-invoice and e-ledger "
                    "integration completed.",
                ),
                (
                    "Eski ERP'den 14.200 stok kartı, 1.150 cari hesap ve açık bakiyeler aktarıldı.",
                    "14,200 item cards, 1,150 customer/vendor accounts and open balances migrated from the old ERP.",
                ),
                (
                    "Üretim: 38 ürün ağacı, 6 iş merkezi, MRP çalıştırması doğrulandı.",
                    "Manufacturing: 38 BOMs, 6 work centres, MRP run validated.",
                ),
            ],
            [50, 50],
        )
    }
""" + g.signoff("columns", parties, heading="Onay / Approval", labels=labels, company_label="Şirket / Company")
    pdf = g.report_pdf(
        GALATA,
        html,
        meta("Canliya Gecis Tutanagi", GB_PM.name, T(2026, 6, 3, 11, 0, 3)),
        f"{cid}|doc",
        right="Go-Live Certificate",
    )
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("columns", parties[0], 0, "05.06.2026", labels=labels),
            *g.sign_inks("columns", parties[1], 1, "05.06.2026", labels=labels, color=g.INK_BLACK),
            Ink(
                "Onay / Approval",
                "stamp",
                dx=120,
                dy=-4,
                h=44,
                lines=("MARMARA BEYAZ EŞYA", "YEDEK PARÇA A.Ş.", "Nilüfer V.D. 6110448712"),
            ),
        ],
        f"{cid}|scan",
        T(2026, 6, 5, 16, 0, 3),
        dpi=150,
        skew=-0.5,
    )
    files = {"Golive_Tutanak_Marmara_imzali.pdf": scan}
    claim = cpor(
        cid,
        GALATA,
        GB_PM,
        cust,
        cc,
        "Business Applications",
        ["DYNAMICS 365 BUSINESS CENTRAL PREMIUM"],
        T(2026, 6, 23, 10, 0, 3),
        files,
    )
    return Bundle(
        f"{cid}_marmara_business_central_golive_stamp",
        claim,
        files,
        "approve",
        "Bilingual Turkish/English go-live certificate for Business Central Premium (85 users, finance, purchasing, "
        "inventory and manufacturing, 14,200 items migrated, e-invoice integration), signed in ink by the customer's "
        "IT Director with the company stamp on 05.06.2026 (Turkish day-first: 5 June 2026).",
        "Scan: signature of Burak Aydın, company stamp, 'Tarih / Date 05.06.2026'.",
        g.cpor_ok(),
    )


def s501_046_bursa_ipek_assessment_late() -> Bundle:
    cid = "5011046"
    cust = Org(
        "Bursa İpek Tekstil A.Ş.",
        "Bursa İpek",
        "bursaipek.com.tr",
        "TR",
        "16245 Osmangazi / Bursa",
        "Demirtaş OSB, Lacivert Cad. No:8",
        "#ad1457",
    )
    cc = person(cust, "Selin Koç", "BT Müdürü / IT Manager", "selin.koc")
    eng = g.engagement("SEC-TPA-VAR", "Security – Threat Protection Assessment", "assessment", "variable", 2400.0)
    consent, submitted = D(2026, 3, 2), T(2026, 5, 15, 11, 0, 3)
    report = findings_report(
        GALATA,
        "Threat Protection Assessment – Findings",
        [("Customer", cust.name), ("Assessment dates", "16 – 27 March 2026"), ("Claim", cid)],
        [
            (
                "Findings",
                ul(
                    [
                        "No MFA for 64 of 290 users, including 5 global administrators.",
                        "Legacy authentication still used by 3 loom-control servers sending reports by SMTP.",
                        "Ransomware precursors (Cobalt Strike beacon) blocked on 1 design workstation.",
                    ]
                ),
            ),
        ],
        T(2026, 3, 30, 17, 0, 3),
        GB_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        GALATA,
        GB_PM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Bursa_Ipek_TPA_Findings.pdf": report},
        amount=2400.0,
        inv_no="GBT2026000184",
        inv_day=D(2026, 5, 11),
        activities="Threat protection assessment with MFA, legacy auth and malware findings",
        outcome="Remediation plan for MFA and legacy authentication",
        participants="5",
        invoice_kw={"date_style": "de", "bank": "Garanti BBVA · USD IBAN TR44 0006 2000 4410 0009 0884 12"},
    )
    return Bundle(
        f"{cid}_bursa_ipek_assessment_late",
        claim,
        files,
        "reject",
        "Assessments must be submitted within 60 days of customer consent (2026-03-02 → 2026-05-01); this one came "
        f"on 2026-05-15, {days(consent, submitted)} days after consent. The findings, invoice (USD 2,400 with the "
        "claim ID) and surveys are fine, but the claim has expired and cannot be reactivated.",
        "consent_date 2026-03-02, activity_type assessment, submitted 2026-05-15.",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Yunque Cloud (PR): public-sector claims with the standard disclosure
# --------------------------------------------------------------------------------------------------------------


def yunque_acta(
    cust: Org, rows: Sequence[tuple[str, str, str]], parties: Sequence[Party], seed: str, when: dt.datetime
) -> bytes:
    html = f"""
<h1>Acta de aceptación / Acceptance Record</h1>
{kv([("Cliente / Customer", escape(cust.name)), ("Socio / Partner", escape(YUNQUE.name))])}
{grid(["Workload", "Trabajo realizado / Work performed", "Volumen / Volume"], rows, [22, 58, 20])}
<p>El cliente acepta los servicios descritos. / The customer accepts the services described.</p>
""" + g.signoff(
        "columns",
        parties,
        heading="Firmas / Signatures",
        labels=("Nombre / Name", "Puesto / Title", "Firma / Signature", "Fecha / Date"),
        company_label="Entidad / Entity",
    )
    return g.report_pdf(
        YUNQUE,
        html,
        meta(f"Acta de aceptacion {cust.short}", YC_PM.name, when),
        seed,
        right="Acta de aceptación",
        size=g.LETTER,
    )


YQ_LABELS = ("Nombre / Name", "Puesto / Title", "Firma / Signature", "Fecha / Date")


def s501_047_cerro_verde_municipality_with_disclosure() -> Bundle:
    cid = "5011047"
    cust = Org(
        "Municipio Autónomo de Cerro Verde",
        "Municipio de Cerro Verde",
        "cerroverde.pr.gov",
        "PR",
        "Cerro Verde, PR 00745",
        "Calle Muñoz Rivera 1, Casa Alcaldía",
        "#2e7d32",
    )
    cc = person(cust, "José Luis Rivera", "Director de Sistemas de Información / IT Director", "jlrivera")
    mayor = person(cust, "Hon. Carmen Rosado Vélez", "Alcaldesa / Mayor", "alcaldesa")
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, cc.title),
        Party("Socio / Partner", YUNQUE.name, YC_PM.name, YC_PM.title),
    ]
    acta = yunque_acta(
        cust,
        [
            (
                "Defender for Endpoint",
                "Integración de 640 equipos y 22 servidores (Casa Alcaldía, Policía Municipal, "
                "Obras Públicas) / onboarding of 640 devices and 22 servers; ASR rules in block mode",
                "662",
            ),
            (
                "Defender for Office 365",
                "Safe Links, Safe Attachments y protección contra suplantación para 720 "
                "buzones / for 720 mailboxes; 2 phishing simulations",
                "720",
            ),
        ],
        parties,
        f"{cid}|acta",
        T(2026, 9, 14, 10, 0, -4),
    )
    page = g.page_of(acta, "Firmas / Signatures")
    scan = g.with_scanned_pages(
        acta,
        [page],
        [
            *g.sign_inks("columns", parties[0], 0, "09/16/2026", labels=YQ_LABELS, page=page),
            *g.sign_inks("columns", parties[1], 1, "09/16/2026", labels=YQ_LABELS, color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2026, 9, 16, 11, 0, -4),
        meta("Acta Cerro Verde firmada", YC_PM.name, T(2026, 9, 16, 15, 0, -4)),
        dpi=150,
        skew=0.5,
    )
    psd = g.scan_pdf(
        psd_pdf(
            YUNQUE,
            cust,
            "Microsoft Defender for Endpoint and Defender for Office 365 usage – CPOR",
            "the applicable Security usage incentive",
            D(2026, 6, 1),
            f"{cid}|psd",
        ),
        psd_inks(mayor.name, mayor.title, "06/03/2026"),
        f"{cid}|psds",
        T(2026, 6, 3, 14, 0, -4),
        dpi=150,
        skew=-0.3,
    )
    files = {
        "Acta_Aceptacion_Cerro_Verde_firmada.pdf": scan,
        "Divulgacion_Sector_Publico_Cerro_Verde.pdf": psd,
    }
    claim = cpor(
        cid,
        YUNQUE,
        YC_PM,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 10, 6, 10, 0, -4),
        files,
        segment="public_sector",
        roles={"Divulgacion_Sector_Publico_Cerro_Verde.pdf": "public_sector_disclosure"},
    )
    return Bundle(
        f"{cid}_cerro_verde_municipality_with_disclosure",
        claim,
        files,
        "approve",
        "Puerto Rico municipality (public sector), Security usage: the standard written fee disclosure is signed by "
        "the Mayor on 06/03/2026 (June 3, before the work), and the bilingual Spanish/English acceptance record – 640 "
        "devices and 22 servers in Defender for Endpoint, 720 mailboxes in Defender for Office 365 – is signed by the "
        "IT Director on 09/16/2026 (month-first, as in the US). Disclosure wording is shared with other public-sector "
        "claims (boilerplate).",
        "Disclosure signed by Hon. Carmen Rosado Vélez, Alcaldesa / Mayor, 06/03/2026; acta signed 09/16/2026.",
        g.cpor_ok(ps=True),
    )


def s501_048_hospital_noreste_disclosure_not_acknowledged() -> Bundle:
    cid = "5011048"
    cust = Org(
        "Corporación del Hospital Regional del Noreste",
        "Hospital Regional del Noreste",
        "hrnoreste.pr.gov",
        "PR",
        "Fajardo, PR 00738",
        "Carr. 3 km 42.1",
        "#c62828",
    )
    cc = person(cust, "Dra. Ivelisse Cruz", "Principal Oficial de Informática / CIO", "icruz")
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, cc.title),
        Party("Socio / Partner", YUNQUE.name, YC_PM.name, YC_PM.title),
    ]
    acta = yunque_acta(
        cust,
        [
            (
                "Defender for Endpoint",
                "Onboarding de 1,050 estaciones clínicas y administrativas y 64 servidores / "
                "1,050 clinical and office workstations and 64 servers; EHR client exclusions validated",
                "1,114",
            ),
            (
                "Intune",
                "Registro de 380 tabletas de enfermería en modo dispositivo compartido / 380 nursing tablets "
                "in shared-device mode; compliance policies",
                "380",
            ),
        ],
        parties,
        f"{cid}|acta",
        T(2026, 8, 20, 10, 0, -4),
    )
    scan = g.scan_pdf(
        acta,
        [
            *g.sign_inks("columns", parties[0], 0, "08/24/2026", labels=YQ_LABELS),
            *g.sign_inks("columns", parties[1], 1, "08/24/2026", labels=YQ_LABELS, color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 8, 24, 11, 0, -4),
        dpi=150,
        skew=0.4,
    )
    psd = psd_pdf(
        YUNQUE,
        cust,
        "Microsoft Defender for Endpoint and Intune usage – CPOR",
        "the applicable Security usage incentive",
        D(2026, 8, 25),
        f"{cid}|psd",
    )
    files = {
        "Acta_Aceptacion_HRN_firmada.pdf": scan,
        "Public_Sector_Disclosure_HRN.pdf": psd,
    }
    claim = cpor(
        cid,
        YUNQUE,
        YC_PM,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        T(2026, 9, 8, 9, 30, -4),
        files,
        segment="public_sector",
        roles={"Public_Sector_Disclosure_HRN.pdf": "public_sector_disclosure"},
    )
    return Bundle(
        f"{cid}_hospital_noreste_disclosure_not_acknowledged",
        claim,
        files,
        "action_required",
        "A public hospital corporation in Puerto Rico (public sector, healthcare), Security usage: the partner "
        "uploaded its written fee disclosure, but the customer acknowledgement block (name, title, signature, date) "
        "is empty – the disclosure must be acknowledged by the customer in writing. The acceptance record itself "
        "(1,114 devices in Defender, 380 tablets in Intune) is signed by the CIO on 08/24/2026.",
        "Public_Sector_Disclosure_HRN.pdf: 'Customer acknowledgement' fields blank; acta signed by Dra. Ivelisse Cruz.",
        {
            "public_sector": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Patagonia Cloud (CL)
# --------------------------------------------------------------------------------------------------------------


def patagonia_report(
    cust: Org, title: str, period: str, rows: Sequence[tuple[str, str, str]], seed: str, when: dt.datetime
) -> bytes:
    html = f"""
<h1>{escape(title)}</h1>
{kv([("Customer", escape(cust.name)), ("Period", period), ("Project manager", escape(PC_PM.name))])}
<h2>Delivered</h2>
{grid(["Workload", "What was delivered", "Volume"], rows, [22, 58, 20])}
"""
    return g.report_pdf(
        PATAGONIA,
        html,
        meta(title, PC_PM.name, when),
        seed,
        right="Delivery report",
        footer="Patagonia Cloud SpA · Av. Apoquindo 4499, Las Condes · Confidencial",
    )


def s501_049_salmones_chiloe_bilingual_reply() -> Bundle:
    cid = "5011049"
    cust = Org(
        "Salmones Chiloé S.A.",
        "Salmones Chiloé",
        "salmoneschiloe.cl",
        "CL",
        "Castro, Región de Los Lagos",
        "Ruta 5 Sur km 1.180",
        "#e64a19",
    )
    cc = person(cust, "Claudia Vargas", "Subgerente de TI / Deputy IT Manager", "cvargas")
    report = patagonia_report(
        cust,
        "Frontline Teams & Viva Connections – Delivery report",
        "March – May 2026",
        [
            (
                "Teams",
                "Teams on 90 shared tablets at 14 farming centres and 2 processing plants; shift channels; "
                "Walkie Talkie for boat crews",
                "1,240 frontline users",
            ),
            (
                "Viva Connections",
                "Dashboard with safety notices, weather and sea-condition cards, HR self-service links in Spanish",
                "1,240 users",
            ),
        ],
        f"{cid}|rep",
        T(2026, 5, 29, 17, 0, -4),
    )
    m1 = Mail(
        PC_PM,
        [cc],
        "Entrega proyecto Teams primera línea",
        T(2026, 6, 1, 9, 0, -4),
        "Hola Claudia,\n\nAdjunto el informe de entrega. ¿Nos confirmas la aceptación?\n\nSaludos,\nTomás\n\n"
        + g.footer_block(PC_PM),
        lang="es",
    )
    m2 = Mail(
        cc,
        [PC_PM],
        "RE: Entrega proyecto Teams primera línea",
        T(2026, 6, 3, 12, 41, -4),
        "Hola Tomás,\n\nConfirmamos la recepción conforme del proyecto. / We confirm acceptance: Patagonia Cloud put "
        "Teams on the 90 shared tablets in our 14 farming centres and both plants, with Walkie Talkie for the boat "
        "crews and the Viva Connections dashboard for our 1,240 frontline workers.\n\nSaludos cordiales,\n"
        + signature_lines(cc),
        quoted=m1,
        lang="es",
    )
    files = {
        "Delivery_report_Salmones_Chiloe.pdf": report,
        "RE_ Entrega proyecto Teams primera linea.eml": delivered_bytes(m2),
    }
    claim = cpor(
        cid,
        PATAGONIA,
        PC_PM,
        cust,
        cc,
        "Modern Work",
        ["TEAMS", "VIVA CONNECTIONS"],
        T(2026, 6, 22, 10, 0, -4),
        files,
    )
    return Bundle(
        f"{cid}_salmones_chiloe_bilingual_reply",
        claim,
        files,
        "approve",
        "English delivery report (Teams on 90 shared tablets, Walkie Talkie, Viva Connections dashboard for 1,240 "
        "frontline workers) and the customer's reply from salmoneschiloe.cl of 3 June 2026, which states its "
        "acceptance in Spanish and in English with the same figures.",
        "Reply from cvargas@salmoneschiloe.cl: 'Confirmamos la recepción conforme del proyecto. / We confirm "
        "acceptance …'.",
        g.cpor_ok(email_ack=True),
    )


def s501_050_elqui_dispute_submitted_too_late() -> Bundle:
    cid = "5011050"
    cust = Org(
        "Frutícola Valle del Elqui S.A.",
        "Frutícola Elqui",
        "fruticolaelqui.cl",
        "CL",
        "Vicuña, Región de Coquimbo",
        "Camino Vicuña–Paihuano km 4",
        "#33691e",
    )
    cc = person(cust, "Gonzalo Araya", "Gerente de Operaciones", "garaya")
    eng = g.engagement(
        "AZ-INNOV-AIAPPS-POC-VAR", "Azure Innovate PL: AI Apps Pilot/POC", "standard", "variable", 5800.0
    )
    consent = D(2026, 2, 9)
    rejected, disputed, submitted = T(2026, 4, 28, 15, 0, -4), T(2026, 5, 4, 9, 0, -4), T(2026, 6, 5, 11, 0, -4)
    report = findings_report(
        PATAGONIA,
        "AI Apps Pilot – Grape quality inspection",
        [("Customer", cust.name), ("Pilot period", "2 – 27 March 2026"), ("Claim", cid)],
        [
            (
                "Pilot",
                "<p>Azure AI Vision custom model trained on 6,800 photos of table grapes from the packing line; a "
                "Container App scores each lot and writes to Azure SQL; packing supervisors see results in a Power BI "
                "report. Accuracy on the holdout set: 93% for berry-split defects.</p>",
            ),
        ],
        T(2026, 3, 30, 17, 0, -4),
        PC_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        PATAGONIA,
        PC_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"AI_Pilot_Report_Fruticola_Elqui.pdf": report},
        amount=5800.0,
        inv_no="PC-2026-0091",
        inv_day=D(2026, 4, 1),
        activities="AI vision pilot for grape quality on the packing line",
        outcome="93% accuracy on berry-split defects; production decision pending",
        participants="9",
        status="disputed",
        invoice_kw={"date_style": "gb", "bank": "Banco de Chile · cuenta USD 00-801-44127-09"},
        history=[
            ("customer consent approved", T(2026, 2, 9, 12), "-"),
            ("submission", T(2026, 4, 6, 10, 0, -4), PC_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, PC_PM.email),
            ("document submission", submitted - dt.timedelta(minutes=5), PC_PM.email),
            ("submission", submitted, PC_PM.email),
        ],
        comments=[
            ("microsoft", rejected, "Rejected: the customer survey was completed by a Patagonia Cloud employee."),
            ("partner", submitted - dt.timedelta(minutes=2), "Dispute: customer re-did the survey."),
        ],
    )
    return Bundle(
        f"{cid}_elqui_dispute_submitted_too_late",
        claim,
        files,
        "reject",
        "The claim was rejected on 2026-04-28. The partner opened the dispute on 05-04 but only submitted it on "
        f"2026-06-05, {days(rejected, submitted)} days after the rejection: a disputed claim that is not submitted "
        "within 30 days of the rejection expires, and expired claims cannot be reactivated. The pilot report and "
        "the invoice would be fine, but too late.",
        "history: rejected 2026-04-28, disputed 2026-05-04, submission 2026-06-05; status disputed.",
        {"submission_window": "fail", "invoice": "pass", "reused_evidence": "pass"},
    )


def s501_058_valle_del_maule_email_screenshot() -> Bundle:
    cid = "5011058"
    cust = Org(
        "Viña Valle del Maule S.A.",
        "Viña Valle del Maule",
        "vinavalledelmaule.cl",
        "CL",
        "San Javier, Región del Maule",
        "Fundo Los Robles s/n",
        "#880e4f",
    )
    cc = person(cust, "Patricio Sepúlveda", "Jefe de Informática", "psepulveda")
    report = patagonia_report(
        cust,
        "Exchange Online & Intune – Delivery report",
        "April – June 2026",
        [
            (
                "Exchange Online",
                "75 mailboxes migrated from Google Workspace, shared mailboxes for export and tourism",
                "75",
            ),
            ("Intune", "Autopilot for 60 laptops, compliance policies, 20 cellar tablets", "80 devices"),
        ],
        f"{cid}|rep",
        T(2026, 6, 26, 16, 0, -4),
    )
    ack = Mail(
        cc,
        [PC_PM],
        "RE: Cierre proyecto Exchange Online e Intune",
        T(2026, 6, 30, 10, 15, -4),
        "Tomás,\n\nWe confirm the project is complete: 75 mailboxes in Exchange Online and 80 devices in Intune. "
        "Muchas gracias.\n\n" + signature_lines(cc),
    )
    shot = g.outlook_screenshot(ack, PC_PM, f"{cid}|shot")
    files = {
        "captura_correo_aprobacion.jpg": g.jpeg(shot, quality=78),
        "Delivery_report_Valle_del_Maule.pdf": report,
    }
    claim = cpor(
        cid,
        PATAGONIA,
        PC_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "INTUNE"],
        T(2026, 7, 14, 10, 0, -4),
        files,
    )
    return Bundle(
        f"{cid}_valle_del_maule_email_screenshot",
        claim,
        files,
        "action_required",
        "The customer's approval exists only as a JPEG screenshot of the message open in Outlook on the web; the "
        "guide rejects flat images of e-mails (JPEG/screenshots) as acknowledgement. The delivery report is the "
        "partner's own. The partner should upload the original .msg or .eml.",
        "captura_correo_aprobacion.jpg: screenshot of 'RE: Cierre proyecto Exchange Online e Intune' from "
        "psepulveda@vinavalledelmaule.cl.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Kōyō Cloud (JP)
# --------------------------------------------------------------------------------------------------------------


def s501_051_chubu_seiki_hanko_with_translation() -> Bundle:
    cid = "5011051"
    cust = Org(
        "Chubu Seiki Kogyo K.K.",
        "Chubu Seiki",
        "chubu-seiki.co.jp",
        "JP",
        "Toyota, Aichi 471-0845",
        "3-21 Umetsubo-cho",
        "#1a237e",
    )
    cc = person(cust, "Watanabe Kenta", "Manager, Information Systems (情報システム課長)", "k.watanabe")
    jp = g.html_pdf(
        """
<h1 style="text-align:center">検 収 書</h1>
<p>光洋クラウドソリューションズ株式会社 御中</p>
<p style="text-align:right">2026年4月17日</p>
<p>件名：Intune 及び Microsoft Defender for Endpoint 導入作業</p>
<p>下記の作業について、検収いたしました。</p>
<table>
<tr><th style="width:130pt">項目</th><th style="width:320pt">内容</th></tr>
<tr><td>Microsoft Intune</td><td>事務用 PC 420 台の Autopilot 登録、工場タブレット 90 台の共有デバイス設定、
準拠ポリシー及び更新リングの設定</td></tr>
<tr><td>Defender for Endpoint</td><td>PC 510 台及びサーバー 26 台のオンボーディング、
ASR ルールのブロックモード</td></tr>
<tr><td>作業期間</td><td>2026年1月13日～2026年4月10日</td></tr>
</table>
<p style="margin-top:30pt;text-align:right">中部精機工業株式会社</p>
<p style="text-align:right">情報システム課長　渡辺 健太　　　印</p>
""",
        meta("検収書", "渡辺 健太", T(2026, 4, 17, 10, 0, 9)),
        f"{cid}|jp",
        style=css(size=11),
    )
    jp_scan = g.scan_pdf(
        jp,
        [
            Ink("印", "seal", dx=-20, dy=-22, h=60, lines=("中部精機", "情報"), cjk=True),
            Ink("渡辺 健太", "sig", "Kenta Watanabe", dx=-4, dy=-30, h=26, color=g.INK_BLACK),
        ],
        f"{cid}|jps",
        T(2026, 4, 17, 15, 0, 9),
        dpi=200,
        skew=0.3,
        gray=False,
    )
    tr = g.report_pdf(
        KOYO,
        f"""
<h1>English translation – Acceptance Certificate (検収書)</h1>
<p class="small">Translation prepared by Kōyō Cloud Solutions K.K. of the attached Japanese original.</p>
<p>To: Kōyō Cloud Solutions K.K. (光洋クラウドソリューションズ株式会社)</p><p>Date: April 17, 2026</p>
<p>Subject: Intune and Microsoft Defender for Endpoint deployment</p><p>We have inspected and accepted the work
below.</p>
{
            grid(
                ["Item", "Details"],
                [
                    (
                        "Microsoft Intune",
                        "Autopilot registration of 420 office PCs, shared-device setup of 90 factory "
                        "tablets, compliance policies and update rings",
                    ),
                    ("Defender for Endpoint", "Onboarding of 510 PCs and 26 servers, ASR rules in block mode"),
                    ("Work period", "January 13, 2026 – April 10, 2026"),
                ],
                [25, 75],
            )
        }
<p>Chubu Seiki Kogyo K.K. – Kenta Watanabe, Manager, Information Systems (seal)</p>
""",
        meta("Acceptance certificate translation", KY_PM.name, T(2026, 4, 20, 10, 0, 9)),
        f"{cid}|tr",
        right="Translation",
    )
    files = {"検収書_中部精機工業.pdf": jp_scan, "Acceptance_Certificate_EN_translation.pdf": tr}
    claim = cpor(
        cid,
        KOYO,
        KY_PM,
        cust,
        cc,
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 5, 12, 10, 0, 9),
        files,
    )
    return Bundle(
        f"{cid}_chubu_seiki_hanko_with_translation",
        claim,
        files,
        "approve",
        "Japanese acceptance certificate (検収書) with the customer's seal and signature, dated 2026年4月17日, plus "
        "the partner's English translation: non-English POE accompanied by an English version. 420 PCs and 90 "
        "tablets in Intune, 510 PCs and 26 servers in Defender for Endpoint.",
        "検収書 scan with red seal '中部精機 情報' and the translation: 'We have inspected and accepted the work "
        "below', April 17, 2026.",
        g.cpor_ok(),
    )


def s501_057_hamamatsu_generic_completion() -> Bundle:
    cid = "5011057"
    cust = Org(
        "Hamamatsu Gakki Buhin K.K.",
        "Hamamatsu Gakki Buhin",
        "hamamatsu-gb.co.jp",
        "JP",
        "Hamamatsu, Shizuoka 435-0016",
        "2-11-8 Wada-cho, Higashi-ku",
        "#4e342e",
    )
    cc = person(cust, "Ito Yusuke", "General Manager, Administration", "y.ito")
    html = f"""
<h1>Service Completion Confirmation</h1>
{kv([("Customer", escape(cust.name)), ("Service provider", escape(KOYO.name)), ("Date", "2026/08/07")])}
<h2>Services</h2>
<p><b>Microsoft 365 deployment support</b></p>
{
        ul(
            [
                "Assessment and planning",
                "Configuration",
                "Testing",
                "User training and knowledge transfer",
                "Ongoing support",
            ]
        )
    }
<p>Result: Completed.</p>
<p>We confirm that the above services were provided.</p>
<p style="margin-top:20pt">{escape(cust.name)} &#160; {escape(cc.name)}, {escape(cc.title)} &#160;&#160;&#160; 印</p>
"""
    pdf = g.report_pdf(
        KOYO,
        html,
        meta("Service Completion Confirmation", KY_PM.name, T(2026, 8, 6, 10, 0, 9)),
        f"{cid}|doc",
        right="Completion Confirmation",
    )
    scan = g.scan_pdf(
        pdf,
        [Ink("印", "seal", dx=-16, dy=-22, h=56, lines=("浜松楽器", "部品"), cjk=True)],
        f"{cid}|scan",
        T(2026, 8, 7, 14, 0, 9),
        dpi=150,
        skew=0.4,
        gray=False,
    )
    files = {"Service_Completion_Confirmation_HGB.pdf": scan}
    claim = cpor(
        cid,
        KOYO,
        KY_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 8, 25, 10, 0, 9),
        files,
    )
    return Bundle(
        f"{cid}_hamamatsu_generic_completion",
        claim,
        files,
        "action_required",
        "The completion confirmation is sealed by the customer (2026/08/07), but its content is only 'Microsoft 365 "
        "deployment support' with a list of high-level tasks – assessment, configuration, testing, training, "
        "'ongoing support' – which the guide names as insufficient. No users, mailboxes, sites or timeline, and none "
        "of the claimed workloads (Exchange Online, Teams, SharePoint Online) is named.",
        "Document: 'Microsoft 365 deployment support' – 'Testing', 'Ongoing support', 'Result: Completed.'",
        {
            "activity_detail": "fail",
            "workload_match": ["fail", "warn"],
            "customer_acknowledgement": "pass",
            "reused_evidence": "pass",
        },
    )


def s501_064_tokai_analytics_medium_late() -> Bundle:
    cid = "5011064"
    cust = Org(
        "Tokai Logistics Network K.K.",
        "Tokai Logistics",
        "tokai-ln.co.jp",
        "JP",
        "Yokkaichi, Mie 510-0051",
        "1-6 Chitose-cho",
        "#00695c",
    )
    cc = person(cust, "Nakamura Aya", "Manager, Digital Strategy", "a.nakamura")
    eng = g.engagement(
        "AZ-INNOV-ANALYTICS-M-VAR", "Azure Innovate PL: Analytics Deployment (Medium)", "medium", "variable", 17500.0
    )
    consent, submitted = D(2025, 12, 1), T(2026, 7, 3, 11, 0, 9)
    report = findings_report(
        KOYO,
        "Analytics Deployment – Delivery Report",
        [("Customer", cust.name), ("Project period", "December 2025 – June 2026"), ("Claim", cid)],
        [
            (
                "Delivered",
                "<p>Microsoft Fabric lakehouse with 14 source systems (WMS, TMS, 3 port systems), 42 pipelines, "
                "semantic model for 180 report users, 11 Power BI reports for truck utilisation and berth "
                "planning.</p>",
            ),
        ],
        T(2026, 6, 26, 17, 0, 9),
        KY_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        KOYO,
        KY_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Tokai_Analytics_Delivery_Report.pdf": report},
        amount=17500.0,
        inv_no="KCS-2026-0301",
        inv_day=D(2026, 6, 30),
        activities="Fabric lakehouse, 42 pipelines and 11 reports",
        outcome="Analytics platform live for 180 users",
        participants="12",
        invoice_kw={"date_style": "iso", "bank": "MUFG Bank, Nagoya Branch · USD account"},
    )
    return Bundle(
        f"{cid}_tokai_analytics_medium_late",
        claim,
        files,
        "reject",
        "Medium projects must be submitted within 200 days of customer consent (2025-12-01 → 2026-06-19); this one "
        f"was submitted on 2026-07-03, {days(consent, submitted)} days after consent. The delivery report, invoice "
        "(USD 17,500 = proposed payout) and surveys are in order, but the claim has expired and cannot be "
        "reactivated.",
        "consent_date 2025-12-01, activity_type medium, submitted 2026-07-03.",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Lusitana Sistemas (PT): one customer's e-mail on another customer's claim
# --------------------------------------------------------------------------------------------------------------

RIBEIRA = Org(
    "Vinhos Quinta da Ribeira, S.A.",
    "Quinta da Ribeira",
    "quintadaribeira.pt",
    "PT",
    "5050-011 Peso da Régua",
    "Estrada Nacional 222, km 4",
    "#6a1b4d",
)
RIBEIRA_IT = person(RIBEIRA, "Rui Teixeira", "Diretor de Sistemas de Informação / IT Director", "rui.teixeira")


def ribeira_reply() -> bytes:
    """Quinta da Ribeira's acceptance e-mail as delivered to Lusitana (uploaded on two claims)."""
    if "ribeira" not in _CACHE:
        ask = Mail(
            LS_PM,
            [RIBEIRA_IT],
            "Encerramento projeto Teams e SharePoint – Quinta da Ribeira",
            T(2026, 5, 6, 17, 0, 1),
            "Olá Rui,\n\nSegue a apresentação de encerramento. Pode confirmar a aceitação do projeto?\n\nObrigada,\n"
            "Inês\n\n" + g.footer_block(LS_PM),
            lang="pt",
        )
        reply = Mail(
            RIBEIRA_IT,
            [LS_PM],
            "RE: Encerramento projeto Teams e SharePoint – Quinta da Ribeira",
            T(2026, 5, 8, 11, 26, 1),
            "Olá Inês,\n\nAprovado. / Approved – for the record in English: Lusitana moved our 2.3 TB of export "
            "documents, lab analyses and label artwork into 16 SharePoint sites and set up Teams for our 140 staff "
            "at the Régua winery, the Pinhão quinta and the Porto lodge, with a channel per harvest crew. We accept "
            "the project as delivered.\n\nCumprimentos,\n" + signature_lines(RIBEIRA_IT),
            quoted=ask,
            lang="pt",
        )
        _CACHE["ribeira"] = delivered_bytes(reply)
    return bytes(_CACHE["ribeira"])


def lusitana_deck(cust: Org, slides: Sequence[tuple[str, str]], seed: str, when: dt.datetime) -> bytes:
    return g.slides_pdf(
        LUSITANA,
        [
            (f"Apresentação de encerramento / Closing presentation – {cust.short}", "<p>Microsoft 365 project</p>"),
            *slides,
        ],
        meta(f"Encerramento {cust.short}", LS_PM.name, when, g.PPT),
        seed,
        footer="Lusitana Sistemas, Lda. · Porto",
    )


def s501_052_quinta_da_ribeira_deck_and_reply() -> Bundle:
    cid = "5011052"
    deck = lusitana_deck(
        RIBEIRA,
        [
            (
                "Scope",
                grid(
                    ["Workload", "Delivered"],
                    [
                        (
                            "SharePoint Online",
                            "16 sites: export documentation, lab analyses, label artwork; 2.3 TB migrated",
                        ),
                        ("Teams", "140 staff at Régua, Pinhão and the Porto lodge; a channel per harvest crew"),
                    ],
                    [30, 70],
                ),
            ),
            (
                "Timeline",
                ul(
                    [
                        "Discovery: 2–13 February 2026",
                        "Migration waves: 16 February – 17 April",
                        "Training and handover: 20 April – 30 April",
                    ]
                ),
            ),
        ],
        f"{cid}|deck",
        T(2026, 5, 5, 15, 0, 1),
    )
    files = {
        "Encerramento_Quinta_da_Ribeira.pdf": deck,
        "RE_ Encerramento projeto Teams e SharePoint – Quinta da Ribeira.eml": ribeira_reply(),
    }
    claim = cpor(
        cid,
        LUSITANA,
        LS_PM,
        RIBEIRA,
        RIBEIRA_IT,
        "Modern Work",
        ["SHAREPOINT ONLINE", "TEAMS"],
        T(2026, 5, 27, 10, 0, 1),
        files,
    )
    return Bundle(
        f"{cid}_quinta_da_ribeira_deck_and_reply",
        claim,
        files,
        "approve",
        "Closing slide deck (16 SharePoint sites, 2.3 TB, Teams for 140 staff, timeline) and the customer's reply from "
        "quintadaribeira.pt of 8 May 2026, which approves in Portuguese and restates the scope in English. The same "
        "e-mail file is uploaded on 5011053 for another customer: this claim holds the original – the message is "
        "this customer's, from its own domain, about this project.",
        "Reply from rui.teixeira@quintadaribeira.pt: 'Aprovado. / Approved – … We accept the project as delivered.'",
        g.cpor_ok(email_ack=True),
    )


def s501_053_planicie_dourada_other_customers_email() -> Bundle:
    cid = "5011053"
    cust = Org(
        "Lagar Planície Dourada, Lda.",
        "Planície Dourada",
        "planiciedourada.pt",
        "PT",
        "7800-295 Beja",
        "Herdade do Monte Branco",
        "#827717",
    )
    cc = person(cust, "Marta Calado", "Gestora Administrativa", "marta.calado")
    deck = lusitana_deck(
        cust,
        [
            (
                "Scope",
                grid(
                    ["Workload", "Delivered"],
                    [
                        ("SharePoint Online", "5 sites: traceability of olive lots, certifications, commercial"),
                        ("Teams", "Teams for 38 staff at the mill and the Beja office"),
                    ],
                    [30, 70],
                ),
            ),
        ],
        f"{cid}|deck",
        T(2026, 5, 29, 15, 0, 1),
    )
    files = {
        "Encerramento_Planicie_Dourada.pdf": deck,
        "Aprovação cliente - Planície Dourada.eml": ribeira_reply(),
    }
    claim = cpor(
        cid,
        LUSITANA,
        LS_PM,
        cust,
        cc,
        "Modern Work",
        ["SHAREPOINT ONLINE", "TEAMS"],
        T(2026, 6, 9, 16, 0, 1),
        files,
    )
    return Bundle(
        f"{cid}_planicie_dourada_other_customers_email",
        claim,
        files,
        "action_required",
        "The 'customer approval' uploaded for this olive-oil mill is, byte for byte, claim 5011052's e-mail from Rui "
        "Teixeira at quintadaribeira.pt about Quinta da Ribeira's 16 sites and 140 staff – renamed to 'Aprovação "
        "cliente - Planície Dourada.eml'. Nothing comes from planiciedourada.pt; the claim has no acknowledgement of "
        "its own. 5011052 holds the original.",
        "'Aprovação cliente - Planície Dourada.eml': From rui.teixeira@quintadaribeira.pt, 'RE: Encerramento projeto "
        "Teams e SharePoint – Quinta da Ribeira'.",
        {
            "customer_domain": "fail",
            "reused_evidence": "fail",
            "customer_acknowledgement": ["fail", "warn"],
            "ineligible_customer": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Mistral Numérique (FR)
# --------------------------------------------------------------------------------------------------------------


def s501_054_livradois_yousign_pv() -> Bundle:
    cid = "5011054"
    cust = Org(
        "Coutellerie du Livradois SAS",
        "Coutellerie du Livradois",
        "coutellerie-livradois.fr",
        "FR",
        "63300 Thiers",
        "14 rue de la Coutellerie",
        "#37474f",
    )
    cc = person(cust, "Nicolas Faure", "Directeur administratif et financier / CFO", "n.faure")
    html = f"""
<h1>Procès-verbal de recette / Acceptance Report</h1>
{
        kv(
            [
                ("Client / Customer", escape(cust.name)),
                ("Prestataire / Supplier", escape(MISTRAL.name)),
                ("Projet / Project", "Intranet et communauté / Intranet and community"),
                ("Période / Period", "02/03/2026 – 29/05/2026"),
            ]
        )
    }
{
        grid(
            ["Français", "English"],
            [
                (
                    "SharePoint Online : intranet de 9 sites (forges, ateliers, qualité, RH), migration de 480 Go, "
                    "bibliothèque des fiches de sécurité.",
                    "SharePoint Online: 9-site intranet (forges, workshops, quality, HR), 480 GB migrated, safety data "
                    "sheet library.",
                ),
                (
                    "Viva Engage : communauté de 650 salariés, 14 communautés par atelier, annonces de la direction.",
                    "Viva Engage: network for 650 employees, 14 workshop communities, management announcements.",
                ),
            ],
            [50, 50],
        )
    }
<p>Le client prononce la recette sans réserve. / The customer accepts the work without reservation.</p>
{fields([("Nom / Name", escape(cc.name), 20), ("Signature", "", 44), ("Date", "", 20)])}
"""
    pdf = g.report_pdf(
        MISTRAL,
        html,
        meta("PV de recette Livradois", MN_PM.name, T(2026, 6, 1, 10, 0, 2)),
        f"{cid}|doc",
        right="Procès-verbal de recette",
    )
    signed = g.esign(
        pdf,
        cc,
        T(2026, 6, 2, 8, 55, 2),
        f"{cid}|ys",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=8,
        date_anchor="Date",
        date_dx=150,
        date_dy=3,
        date_text="02/06/2026",
        vendor="yousign",
        certificate=False,
        ip="90.63.214.12",
    )
    files = {"PV_recette_Coutellerie_du_Livradois_signe.pdf": signed}
    claim = cpor(
        cid,
        MISTRAL,
        MN_PM,
        cust,
        cc,
        "Modern Work",
        ["SHAREPOINT ONLINE", "VIVA ENGAGE"],
        T(2026, 6, 19, 10, 0, 2),
        files,
    )
    return Bundle(
        f"{cid}_livradois_yousign_pv",
        claim,
        files,
        "approve",
        "Bilingual French/English acceptance report (procès-verbal de recette): 9-site SharePoint intranet with 480 "
        "GB migrated, Viva Engage for 650 employees in 14 communities; e-signed through Yousign by the customer's CFO "
        "on 2 June 2026 (signature request id on every page). The date 02/06/2026 is French day-first.",
        "Yousign signature of Nicolas Faure with timestamp 'Jun 02, 2026', typed date 02/06/2026.",
        g.cpor_ok(),
    )


def s501_055_rhodaniens_forwarded_internally() -> Bundle:
    cid = "5011055"
    cust = Org(
        "Transports Rhodaniens SA",
        "Transports Rhodaniens",
        "transports-rhodaniens.fr",
        "FR",
        "69007 Lyon",
        "48 avenue Jean Jaurès",
        "#bf360c",
    )
    cc = person(cust, "Sandrine Morel", "Responsable informatique", "s.morel")
    desk = person(MISTRAL, "Programmes Partenaires", "Partner programs", "programmes")
    original = Mail(
        cc,
        [MN_PM],
        "Validation projet Defender",
        T(2026, 9, 3, 16, 10, 2),
        "Bonjour Camille,\n\nWe confirm that Mistral Numérique deployed Defender for Endpoint on our 380 PCs and 24 "
        "servers and Defender for Office 365 for our 410 mailboxes. Projet validé.\n\nCordialement,\n"
        + signature_lines(cc),
        lang="fr",
    )
    fwd = Mail(
        MN_PM,
        [desk],
        "TR: Validation projet Defender",
        T(2026, 9, 3, 16, 40, 2),
        "Pour le dossier CPOR. Merci !\n\nCamille",
        quoted=original,
        forward=True,
        lang="fr",
    )
    files = {"TR_ Validation projet Defender.msg": delivered_msg(fwd)}
    claim = cpor(
        cid,
        MISTRAL,
        MN_PM,
        cust,
        cc,
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 9, 21, 11, 0, 2),
        files,
    )
    return Bundle(
        f"{cid}_rhodaniens_forwarded_internally",
        claim,
        files,
        "action_required",
        "The customer's approval reaches the claim only inside a forward from the partner's project manager to the "
        "partner's own programmes mailbox (mistral-numerique.fr to mistral-numerique.fr). The guide lists e-mails "
        "forwarded from customers as insufficient: the partner must submit the customer's original message.",
        "The .msg is 'TR: Validation projet Defender' from camille.girard@mistral-numerique.fr to "
        "programmes@mistral-numerique.fr quoting the customer.",
        {
            "customer_acknowledgement": "fail",
            "reused_evidence": "pass",
        },
    )


def s501_065_forez_dispute_signed_by_partner() -> Bundle:
    cid = "5011065"
    cust = Org(
        "Fromagerie des Monts du Forez SARL",
        "Fromagerie du Forez",
        "fromagerie-forez.fr",
        "FR",
        "42600 Montbrison",
        "ZA des Granges, 7 chemin des Tuileries",
        "#f9a825",
    )
    cc = person(cust, "Hélène Bouchet", "Gérante", "h.bouchet")
    am = person(MISTRAL, "Julien Mercier", "Responsable de compte / Account Manager", "julien.mercier")
    parties = [
        Party("Pour le client / For the customer", cust.name, am.name, am.title),
        Party("Pour le prestataire / For the supplier", MISTRAL.name, MN_PM.name, MN_PM.title),
    ]
    html = f"""
<h1>Attestation de fin de travaux / Completion attestation</h1>
{kv([("Client / Customer", escape(cust.name)), ("Période / Period", "janvier – février 2026")])}
{
        grid(
            ["Workload", "Travaux / Work", "Volume"],
            [
                ("Exchange Online", "Migration de 34 boîtes aux lettres / 34 mailboxes migrated", "34"),
                ("Teams", "Équipes fromagerie, caves, boutique / teams for dairy, cellars, shop", "34 users"),
            ],
            [22, 58, 20],
        )
    }
""" + g.signoff("columns", parties, heading="Signatures")
    pdf = g.report_pdf(
        MISTRAL,
        html,
        meta("Attestation fin de travaux Forez", am.name, T(2026, 4, 14, 10, 0, 2)),
        f"{cid}|doc",
        right="Attestation de fin de travaux",
    )
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("columns", parties[0], 0, "14/04/2026", color=g.INK_BLACK),
            *g.sign_inks("columns", parties[1], 1, "14/04/2026"),
        ],
        f"{cid}|scan",
        T(2026, 4, 14, 15, 0, 2),
        dpi=150,
        skew=0.4,
    )
    mail = Mail(
        MN_PM,
        [cc],
        "Fin du projet Exchange / Teams",
        T(2026, 2, 27, 17, 0, 1),
        "Bonjour Madame Bouchet,\n\nLe projet est terminé : 34 boîtes aux lettres migrées et Teams en place. / The "
        "project is complete. N'hésitez pas à revenir vers nous.\n\nCordialement,\nCamille Girard\n\n"
        + g.footer_block(MN_PM),
        lang="fr",
    )
    rejected, disputed, submitted = T(2026, 4, 2, 10, 0, 2), T(2026, 4, 15, 9, 0, 2), T(2026, 4, 20, 11, 0, 2)
    files = {"Attestation_fin_de_travaux_Forez.pdf": scan, "Fin du projet Exchange Teams.msg": g.msg_file(mail)}
    claim = cpor(
        cid,
        MISTRAL,
        MN_PM,
        cust,
        cc,
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        submitted,
        files,
        status="disputed",
        history=[
            ("submission", T(2026, 3, 10, 10, 0, 1), MN_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, MN_PM.email),
            ("document submission", submitted - dt.timedelta(minutes=4), MN_PM.email),
            ("submission", submitted, MN_PM.email),
        ],
        comments=[
            (
                "microsoft",
                rejected,
                "Rejected: no customer acknowledgement; the e-mail is from the partner and the customer did not reply.",
            ),
            ("partner", submitted - dt.timedelta(minutes=2), "Dispute: signed completion attestation attached."),
        ],
    )
    return Bundle(
        f"{cid}_forez_dispute_signed_by_partner",
        claim,
        files,
        "reject",
        "Dispute of a rejection for missing customer acknowledgement. The new 'completion attestation' is Mistral's "
        "own document whose 'Pour le client / For the customer' column is filled in and signed by Julien Mercier, "
        "Mistral's account manager – not by anyone at the cheese dairy. The e-mail is still the partner's unanswered "
        "message. The rejection reason is not resolved, and a decision on a dispute is final.",
        "Attestation: customer column 'Julien Mercier, Responsable de compte / Account Manager'; status disputed.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# assembly and output (set G's validation, bundle writer and expected.json layout)
# --------------------------------------------------------------------------------------------------------------

CONTAINERS = {
    "5011003": "zip",
    "5011013": "zip-folder",
    "5011025": "zip",
    "5011041": "zip-folder",
    "5011045": "zip",
    "5011052": "zip-folder",
    "5011060": "zip",
}


def _values(v: Any) -> set[str]:
    return set(v if isinstance(v, list) else [v])


def _vet(b: Bundle) -> None:
    problems = []
    if not FIRST_ID <= int(b.claim_id) <= LAST_ID:
        problems.append("claim id out of range")
    if not b.name.startswith(b.claim_id + "_"):
        problems.append("bundle name must start with the claim id")
    submitted = dt.datetime.fromisoformat(b.claim["submitted_at"].replace("Z", "+00:00"))
    if not (submitted.year == 2026 and submitted.month <= 11):
        problems.append("submitted outside Jan-Nov 2026")
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
        if isinstance(v, list) and not (set(v) <= {"pass", NA} or set(v) <= {"fail", "warn"})
    ]
    if loose and "UNSURE" not in b.why:
        problems.append(f"{loose} allow pass and fail/warn without an UNSURE note")
    if missing := {d["path"] for d in b.claim["documents"]} - set(b.files):
        problems.append(f"listed but missing {missing}")
    failing = [k for k, v in b.checks.items() if _values(v) <= {"fail", "warn"}]
    if b.decision == "approve" and failing:
        problems.append(f"approved with failing checks {failing}")
    if b.decision != "approve" and not failing:
        problems.append(f"{b.decision} without a failing check")
    if problems:
        raise RuntimeError(f"{b.claim_id}: " + "; ".join(problems))
    g.validate_claim(b.claim)


def build_all() -> list[Bundle]:
    _CACHE.clear()
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s501_") and callable(fn)]
    bundles = [fn() for fn in builders]
    ids = [b.claim_id for b in bundles]
    if len(set(ids)) != len(ids):
        raise RuntimeError("claim ids must be unique")
    for b in bundles:
        b.container = CONTAINERS.get(b.claim_id, "dir")
        _vet(b)
    if len({b.entry for b in bundles}) != len(bundles):
        raise RuntimeError("bundle names must be unique")
    return sorted(bundles, key=lambda b: b.claim_id)


def build(outdir: Path) -> None:
    """Write every bundle and ``expected.json`` into ``outdir`` (created if absent)."""
    bundles = build_all()
    outdir.mkdir(parents=True, exist_ok=True)
    for b in bundles:
        g.write_bundle(outdir, b)
    text = json.dumps(g.expected(bundles), indent=2, ensure_ascii=False) + "\n"
    (outdir / "expected.json").write_text(text, encoding="utf-8")


def _clear(out: Path, force: bool) -> None:
    """Make ``out`` an empty directory, refusing to empty one that holds anything but a previous set M."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = sorted(out.iterdir())
    foreign = [e.name for e in entries if e.name != "expected.json" and not e.name.startswith("50110")]
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
    cli = argparse.ArgumentParser(description="Write held-out test set M: MCI claim bundles and expected.json.")
    cli.add_argument("out", type=Path, help="output directory (absent, empty, or an earlier set M)")
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
