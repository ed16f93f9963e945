"""Write held-out test set N for POE Reviewer: MCI claim bundles plus ``expected.json``.

Like sets G and H, every expectation here was written from the MCI claiming guide (June 2025, shared/seed) and the
bundle format (shared/spec/claims-interchange.md) alone: what a careful human reviewer would decide from those
rules, never what the tool does. Claims 5021001-5021068, all submitted in 2026, with partners and customers of their
own in twenty-one markets (the United States, Puerto Rico, Canada, Mexico, Colombia, Brazil, the United Kingdom,
France, Spain, Italy, Germany, the Netherlands, Czechia, Saudi Arabia, Kenya, South Africa, India, Vietnam, Korea,
Japan and Australia). The document machinery (PDF, Word, e-mail, scans, photos, ink, e-signatures, bundles) is set
G's, imported from ``tools/make_holdout_g.py``; this module adds the scenarios, the partners' own document formats,
e-mail transport headers (Received chain, Authentication-Results, DKIM; none on drafts and sent items) and a page
packer that keeps MuPDF from repainting table backgrounds on the page after a break.

The documents are what partners upload: completion and closure reports with two-column sign-off tables, bilingual
handover protocols, acceptance minutes and go-live certificates (Japanese, Korean, Vietnamese, Arabic, Czech, ...)
with wet ink, seals and company stamps, scanned sideways, at low resolution or photographed with a phone; slide
decks, Word status reports, SOC reports with service-desk exports; DocuSign, Adobe Sign, Yousign and PAdES
signatures; e-mail threads with quoted history, out-of-office and thank-you-only replies, forwards, drafts and
screenshots; quotes, purchase orders, order forms, licence contracts, MSAs and ECIF papers posing as POE.

Queue effects: most partners use one document format for several customers (Harborlight and Kestrel Point four
each, Narmada Cloud five) and five public-sector claims share the standard disclosure wording – boilerplate the queue
must not flag. Five pairs share claim-specific evidence: a completion report's figures and narrative (5021001 ->
5021004), a customer's signature cut from a scan (5021024 -> 5021025), an invoice (5021042 -> 5021043), a customer's
acceptance e-mail (5021034 -> 5021035) and one whole claim filed twice (5021058 = 5021059). Two partners claim the
same customer and workload (5021031 and 5021032): a conflict the POE decides in 5021031's favour.

Usage: ``python tools/make_holdout_n.py OUTDIR [--force]``. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import base64
import dataclasses
import datetime as dt
import hashlib
import io
import json
import re
import shutil
import sys
from collections.abc import Sequence
from email import policy as email_policy
from email.parser import BytesParser
from html import escape
from pathlib import Path
from typing import Any

import pymupdf
from aspose.email_foss.msg import MapiMessage
from aspose.email_foss.msg.property_types import PropertyTypeCode
from PIL import Image

try:
    from tools import make_holdout_g as g
except ImportError:  # run as a script: python tools/make_holdout_n.py
    import make_holdout_g as g  # type: ignore[no-redef]

Org, Person, Mail, Party, Ink, Bundle, Meta = g.Org, g.Person, g.Mail, g.Party, g.Ink, g.Bundle, g.Meta
T, D, person, meta, css, kv, grid, ul, fields = g.T, g.D, g.person, g.meta, g.css, g.kv, g.grid, g.ul, g.fields
NA, PASS_NA = g.NA, g.PASS_NA
FIRST_ID, LAST_ID = 5021001, 5021099
_CACHE: dict[str, Any] = {}


def days(a: dt.date | dt.datetime, b: dt.date | dt.datetime) -> int:
    """Whole days from ``a`` to ``b`` (dates of datetimes in their own offset)."""
    da = a.date() if isinstance(a, dt.datetime) else a
    db = b.date() if isinstance(b, dt.datetime) else b
    return (db - da).days


def sig_lines(p: Person, *extra: str) -> str:
    """A customer's own e-mail signature: short, no disclaimer."""
    return "\n".join([p.name, p.title, p.org.name, *extra])


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text).strip("_")


# --------------------------------------------------------------------------------------------------------------
# page packing: MuPDF's Story repaints the backgrounds of a page's table headers and key cells on the page after it
# when one story flows over a page break, so documents are cut into blocks (at each <h2>) and packed page by page
# --------------------------------------------------------------------------------------------------------------


def _fits(html: str, style: str, where: pymupdf.Rect, arch: pymupdf.Archive) -> bool:
    with g._quiet():
        more, _ = pymupdf.Story(html, user_css=style, archive=arch).place(where)
    return not more


def fit_pages(
    html: str | Sequence[str],
    *,
    style: str,
    size: pymupdf.Rect = g.A4,
    margins: tuple[float, float, float, float] = (56, 66, 56, 56),
    images: dict[str, bytes] | None = None,
) -> list[str]:
    """Cut each part into blocks at its <h2> headings and pack the blocks into pages that each fit."""
    parts = [html] if isinstance(html, str) else list(html)
    arch = g._archive(images)
    left, top, right, bottom = margins
    where = pymupdf.Rect(left, top, size.width - right, size.height - bottom)
    pages: list[str] = []
    for part in parts:
        blocks = [b for b in re.split(r"(?=<h2[ >])", part) if b.strip()]
        page = ""
        for block in blocks:
            if page and not _fits(page + block, style, where, arch):
                pages.append(page)
                page = block
            else:
                page += block
        pages.append(page)
    return pages


def hpdf(html: str | Sequence[str], m: Meta, seed: str, **kw: Any) -> bytes:
    """set G's html_pdf, with the blocks packed into pages first."""
    style = kw.get("style") or css()
    kw["style"] = style
    pages = fit_pages(
        html,
        style=style,
        size=kw.get("size", g.A4),
        margins=kw.get("margins", (56, 66, 56, 56)),
        images=kw.get("images"),
    )
    return g.html_pdf(pages, m, seed, **kw)


def rpdf(org: Org, html: str | Sequence[str], m: Meta, seed: str, **kw: Any) -> bytes:
    """set G's report_pdf, with the blocks packed into pages first."""
    style = kw.get("style") or css(org.color)
    kw["style"] = style
    pages = fit_pages(html, style=style, size=kw.get("size", g.A4), images=kw.get("images"))
    return g.report_pdf(org, pages, m, seed, **kw)


# --------------------------------------------------------------------------------------------------------------
# e-mail transport: the headers a message collects on its way (Received chain, SPF/DKIM/DMARC results)
# --------------------------------------------------------------------------------------------------------------

REGIONS = {
    "US": "nam",
    "PR": "nam",
    "CA": "nam",
    "MX": "nam",
    "CO": "nam",
    "BR": "nam",
    "JP": "jpn",
    "KR": "apc",
    "VN": "apc",
    "IN": "ind",
    "AU": "aus",
}
MBX = {
    "nam": ["SA1", "PH0", "BN9", "MN2", "DM6", "CH3", "BL1"],
    "eur": ["DB9", "AM9", "VI1", "AS8", "PA4", "DU2", "GV1"],
    "jpn": ["TYC", "OS3", "TY3"],
    "apc": ["SEZ", "KL1", "TYZ", "SI2"],
    "ind": ["PN3", "MA0", "BM1"],
    "aus": ["SY4", "ME3", "SY6"],
}


def _region(org: Org) -> str:
    return REGIONS.get(org.country, "eur")


def _exo_host(r: Any, region: str, kind: str = "MB") -> str:
    nn = r.randint(1, 18)
    if kind == "PEPF":
        return (
            f"{r.choice(MBX[region])}PEPF{g.hexid('pepf', str(r.random()), n=8)}.{region}prd{nn:02d}.prod.outlook.com"
        )
    return f"{r.choice(MBX[region])}PR{nn:02d}MB{r.randint(1000, 9999)}.{region}prd{nn:02d}.prod.outlook.com"


def _v6(host: str) -> str:
    h = int(g.hexid("v6", host, n=8), 16)
    return f"2603:10b6:{300 + h % 700}:{(h >> 10) % 511 + 1:x}::{(h >> 20) % 30 + 1:x}"


def _rfc(moment: dt.datetime) -> str:
    return moment.astimezone(g.UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


def _fold(value: str, width: int = 72) -> str:
    """Fold a long header value the way MTAs do (continuation lines start with a tab)."""
    out, line = [], ""
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\r\n\t".join(out)


def _b64(seed: str, n: int) -> str:
    raw = b"".join(hashlib.sha256(f"{seed}|{i}".encode()).digest() for i in range(n // 32 + 1))[:n]
    return base64.b64encode(raw).decode()


def transport_headers(m: Mail, route: str) -> list[tuple[str, str]]:
    """Headers put on a message between the sender's mail system and the recipient's mailbox (Exchange Online on
    the receiving side). ``route``: exo (sender on Exchange Online), google (Google Workspace), gmail (free mail),
    onprem (sender's own Exchange server)."""
    r = g.rng_for("transport", m.msgid, route)
    dom = m.frm.email.split("@", 1)[1]
    org_dom = m.frm.org.domain if route != "gmail" else "gmail.com"
    rcpt = m.to[0]
    rr = _region(rcpt.org)
    sr = _region(m.frm.org)
    t0 = m.when
    step = [t0 + dt.timedelta(seconds=s) for s in (0, 1, 2, 3, 4, 5)]
    build = f"15.20.{r.randint(8400, 9300)}.{r.randint(10, 40)}"
    rcpt_mbx, rcpt_mbx2, fe = _exo_host(r, rr), _exo_host(r, rr), _exo_host(r, rr)
    edge = _exo_host(r, rr, "PEPF")
    tls12 = "version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
    heads: list[tuple[str, str]] = [
        ("Received", f"from {rcpt_mbx} ({_v6(rcpt_mbx)}) by {rcpt_mbx2} with HTTPS; {_rfc(step[5])}"),
        (
            "Received",
            _fold(
                f"from {fe} ({_v6(fe)}) by {rcpt_mbx} ({_v6(rcpt_mbx)}) with Microsoft SMTP Server ({tls12}) id "
                f"{build}; "
                f"{_rfc(step[4])}"
            ),
        ),
    ]
    if route == "exo":
        ip = f"40.107.{r.randint(20, 255)}.{r.randint(1, 254)}"
        helo = f"{r.choice(MBX[sr])}PR{r.randint(1, 9):02d}CU{r.randint(100, 999)}.outbound.protection.outlook.com"
        snd = _exo_host(r, sr)
        heads += [
            (
                "Received",
                _fold(
                    f"from {edge} ({_v6(edge)}) by {fe} ({_v6(fe)}) with Microsoft SMTP Server ({tls12}) id {build}; "
                    f"{_rfc(step[3])}"
                ),
            ),
            (
                "Received",
                _fold(
                    f"from {helo} ({ip}) by {edge.split('.')[0]}.mail.protection.outlook.com (10.167."
                    f"{r.randint(1, 250)}.{r.randint(1, 250)}) with Microsoft SMTP Server (version=TLS1_3, "
                    f"cipher=TLS_AES_256_GCM_SHA384) id {build} via Frontend Transport; {_rfc(step[2])}"
                ),
            ),
            (
                "Received",
                _fold(
                    f"from {snd} ({_v6(snd)}) by {snd} ({_v6(snd)}) with Microsoft SMTP Server ({tls12}) id {build}; "
                    f"{_rfc(step[1])}"
                ),
            ),
        ]
        selector = "selector1"
    elif route in ("google", "gmail"):
        ip = f"209.85.{r.randint(128, 255)}.{r.randint(1, 254)}"
        helo = f"mail-{r.choice(['ed1', 'ej1', 'wr1', 'pl1', 'qt1', 'lf1'])}-f{r.randint(41, 199)}.google.com"
        heads += [
            (
                "Received",
                _fold(
                    f"from {edge} ({_v6(edge)}) by {fe} ({_v6(fe)}) with Microsoft SMTP Server ({tls12}) id {build}; "
                    f"{_rfc(step[3])}"
                ),
            ),
            (
                "Received",
                _fold(
                    f"from {helo} ({ip}) by {edge.split('.')[0]}.mail.protection.outlook.com (10.167."
                    f"{r.randint(1, 250)}.{r.randint(1, 250)}) with Microsoft SMTP Server (version=TLS1_3, "
                    f"cipher=TLS_AES_128_GCM_SHA256) id {build} via Frontend Transport; {_rfc(step[2])}"
                ),
            ),
            (
                "Received",
                f"by {helo} with SMTP id {g.hexid('gid', m.msgid, n=12).lower()}-{r.randint(10, 99)}"
                f"{g.hexid('gid2', m.msgid, n=6).lower()}.{r.randint(1, 30)} for <{rcpt.email}>; {_rfc(step[1])}",
            ),
        ]
        selector = "google" if route == "google" else "20230601"
    else:  # onprem
        ip = f"203.0.113.{r.randint(10, 250)}"
        helo = f"mx{r.randint(1, 2)}.{org_dom}"
        inner = f"EXCH{r.randint(1, 3):02d}.corp.{org_dom}"
        heads += [
            (
                "Received",
                _fold(
                    f"from {edge} ({_v6(edge)}) by {fe} ({_v6(fe)}) with Microsoft SMTP Server ({tls12}) id {build}; "
                    f"{_rfc(step[3])}"
                ),
            ),
            (
                "Received",
                _fold(
                    f"from {helo} ({ip}) by {edge.split('.')[0]}.mail.protection.outlook.com (10.167."
                    f"{r.randint(1, 250)}.{r.randint(1, 250)}) with Microsoft SMTP Server (version=TLS1_2, "
                    f"cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {build} via Frontend Transport; "
                    f"{_rfc(step[2])}"
                ),
            ),
            (
                "Received",
                f"from {inner} (10.{r.randint(1, 40)}.{r.randint(0, 255)}.{r.randint(2, 250)}) by {helo} "
                f"with ESMTPS id {g.hexid('esm', m.msgid, n=10)}; {_rfc(step[1])}",
            ),
            (
                "Received",
                f"from {inner} ([fe80::{g.hexid('ll', m.msgid, n=4).lower()}]) by {inner} ([fe80::"
                f"{g.hexid('ll', m.msgid, n=4).lower()}%12]) with mapi id 15.02.1544.011; {_rfc(step[0])}",
            ),
        ]
        selector = f"s{r.randint(2019, 2025)}"
    auth_dom = (
        "gmail.com"
        if route == "gmail"
        else dom.split(".", 1)[1]
        if dom != org_dom and dom.endswith("." + org_dom)
        else dom
    )
    heads += [
        (
            "Authentication-Results",
            _fold(
                f"spf=pass (sender IP is {ip}) smtp.mailfrom={dom}; dkim=pass (signature was verified) "
                f"header.d={auth_dom};dmarc=pass action=none header.from={dom};compauth=pass reason=100"
            ),
        ),
        (
            "Received-SPF",
            _fold(
                f"Pass (protection.outlook.com: domain of {dom} designates {ip} as permitted sender) "
                f"receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C"
            ),
        ),
        (
            "DKIM-Signature",
            _fold(
                f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={auth_dom}; s={selector}; "
                f"h=From:Date:Subject:Message-ID:Content-Type:MIME-Version; bh={_b64('bh' + m.msgid, 32)}; "
                f"b={_b64('b' + m.msgid, 256)}"
            ),
        ),
        ("X-MS-Exchange-Organization-Network-Message-Id", g.guid("nmid", m.msgid)),
        ("X-MS-Exchange-Organization-SCL", "1"),
        (
            "X-MS-Exchange-CrossTenant-OriginalArrivalTime",
            step[3].astimezone(g.UTC).strftime("%d %b %Y %H:%M:%S.") + f"{r.randint(1000, 9999)} (UTC)",
        ),
        ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Internet" if route != "exo" else "Hosted"),
        ("X-MS-Exchange-Transport-EndToEndLatency", f"00:00:0{r.randint(2, 9)}.{r.randint(1000000, 9999999)}"),
    ]
    return heads


def raw_mail(m: Mail, route: str | None, *, draft: bool = False) -> bytes:
    """The RFC 5322 bytes of a message: received (with transport headers) or a draft saved from the mail client."""
    if draft:
        e = g.email_message(m)
        del e["Message-ID"]
        e["X-Unsent"] = "1"
        return e.as_bytes(policy=email_policy.SMTP)
    data = g.eml(m)
    if not route:
        return data
    block = "".join(f"{k}: {v}\r\n" for k, v in transport_headers(m, route))
    return block.encode() + data


def eml_x(m: Mail, route: str | None = "exo", *, draft: bool = False) -> bytes:
    return raw_mail(m, route, draft=draft)


def msg_x(m: Mail, route: str | None = "exo", *, draft: bool = False) -> bytes:
    """An Outlook .msg: the received message with its transport headers, or an unsent draft."""
    raw = raw_mail(m, route, draft=draft)
    parsed = BytesParser(policy=email_policy.default).parsebytes(raw)
    mapi = MapiMessage.from_email_message(parsed)
    mapi.set_property(0x5D01, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x5D02, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x0C1E, PropertyTypeCode.PTYP_STRING, "SMTP")
    if draft:
        mapi.set_property(0x0E07, PropertyTypeCode.PTYP_INTEGER32, 0x08)
        mapi.set_property(0x3008, PropertyTypeCode.PTYP_TIME, m.when.astimezone(g.UTC))
    else:
        mapi.set_property(0x0039, PropertyTypeCode.PTYP_TIME, m.when.astimezone(g.UTC))
        head = raw.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace") + "\r\n"
        mapi.set_property(0x007D, PropertyTypeCode.PTYP_STRING, head)
    return mapi.to_bytes()


def thread(*mails: Mail) -> Mail:
    """Chain messages into a thread: each quotes the one before (set G's helper)."""
    return g.closure_email_thread(*mails)


# --------------------------------------------------------------------------------------------------------------
# claim kits shared by many scenarios
# --------------------------------------------------------------------------------------------------------------


def cpor(
    cid: str,
    partner: Org,
    pc: Person,
    cust: Org,
    cc: Person,
    *,
    area: str,
    workloads: Sequence[str],
    submitted: dt.datetime,
    files: dict[str, bytes],
    roles: dict[str, str] | None = None,
    kind: str = "usage",
    **kw: Any,
) -> dict[str, Any]:
    """A CPOR claim.json: every file is POE unless ``roles`` says otherwise."""
    roles = roles or {}
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
        docs=[(p, roles.get(p, "poe")) for p in files],
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
    """A Partner Activities claim: the POE files, extra documents, and set G's invoice + survey kit."""
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


def psd_pdf(partner: Org, cust: Org, scope: str, amount: str, day: dt.date, seed: str, style: str = "us_long") -> bytes:
    """The standard public-sector disclosure (set G's wording, shared by every public-sector claim)."""
    return hpdf(
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


def typed_fields(pdf: bytes, entries: Sequence[tuple[str, int, str]], seed: str, dx: float = 150) -> bytes:
    """Type values into a form's empty cells (label, occurrence of the label, text), as e-sign fields do."""
    doc = pymupdf.open("pdf", pdf)
    for label, occurrence, text in entries:
        no, rect = g._locate(doc, Ink(label, "hand", occurrence=occurrence))
        doc[no].insert_text((rect.x0 + dx, rect.y1 - 1.5), text, fontname="helv", fontsize=9.5)
    data = g._fix_id(doc.tobytes(garbage=3, deflate=True), seed)
    doc.close()
    return data


def crop_from_scan(scan: bytes, page: int, box: tuple[float, float, float, float], dpi: int) -> bytes:
    """Cut a rectangle (PDF points of the unscanned page) out of a scanned page image, as a copier would."""
    with pymupdf.open("pdf", scan) as sc:
        xref = sc[page].get_images()[0][0]
        img = Image.open(io.BytesIO(sc.extract_image(xref)["image"]))
        img.load()
    k = dpi / 72.0
    x0, y0, x1, y1 = box
    return g.png(img.crop((int(x0 * k), int(y0 * k), int(x1 * k), int(y1 * k))).convert("RGB"))


def paste_picture(
    pdf: bytes, picture: bytes, anchor: str, dx: float, dy: float, h: float, seed: str, **kw: Any
) -> bytes:
    """Paste an image (a signature cut from somewhere else) into a born-digital PDF, as Word users do."""
    return g.stamp_pdf(pdf, [Ink(anchor, "image", dx=dx, dy=dy, h=h, picture=picture, **kw)], seed)


def pa_eng(eid: str, name: str, activity: str, usd: float) -> dict[str, Any]:
    return g.engagement(eid, name, activity, "variable", usd)


PA_DEADLINE = {"assessment": 60, "standard": 90, "xs_small": 120, "medium": 200, "large": 260}


# --------------------------------------------------------------------------------------------------------------
# the partners of this set
# --------------------------------------------------------------------------------------------------------------

HARBORLIGHT = Org(
    "Harborlight Technology Group LLC",
    "Harborlight",
    "harborlighttech.com",
    "US",
    "Boston, MA 02109",
    "60 State Street, Suite 1210",
    "#0b5394",
    "EIN 46-3318207",
    "+1 617 555 0133",
)
KESTREL = Org(
    "Kestrel Point Consulting Ltd",
    "Kestrel Point",
    "kestrelpoint.co.uk",
    "GB",
    "Manchester M2 3AW",
    "Bank Chambers, 44 Deansgate",
    "#7b1fa2",
    "Registered in England & Wales No. 11473092 · VAT GB 301 4472 18",
    "+44 161 496 0742",
)
SAKURA = Org(
    "Sakura Bridge Solutions K.K.",
    "Sakura Bridge",
    "sakurabridge.co.jp",
    "JP",
    "Kita-ku, Osaka 530-0001",
    "Umeda Sky Annex 14F, 1-13-1 Umeda",
    "#ad1457",
    "",
    "+81 6 5555 0172",
)
BUKHANSAN = Org(
    "Bukhansan Cloud Co., Ltd.",
    "Bukhansan Cloud",
    "bukhansancloud.co.kr",
    "KR",
    "Seoul 04539",
    "Eulji-ro 100, Jung-gu, 17F",
    "#00695c",
    "Business Reg. No. 104-86-52213",
    "+82 2 555 0147",
)
IPE = Org(
    "Ipê Digital Serviços de TI Ltda.",
    "Ipê Digital",
    "ipedigital.com.br",
    "BR",
    "São Paulo - SP, 04538-132",
    "Av. Brigadeiro Faria Lima, 3900 - 7º andar",
    "#f9a825",
    "CNPJ 34.118.552/0001-07",
    "+55 11 3555-0184",
)
NOPAL = Org(
    "Nopal Nube Consultores, S.A. de C.V.",
    "Nopal Nube",
    "nopalnube.mx",
    "MX",
    "San Pedro Garza García, N.L., 66260",
    "Av. Ricardo Margáin Zozaya 440, Piso 9",
    "#2e7d32",
    "RFC NNC190322PQ4",
    "+52 81 5555 0139",
)
DOLOMITI = Org(
    "Dolomiti Cloud S.r.l.",
    "Dolomiti Cloud",
    "dolomiticloud.it",
    "IT",
    "38122 Trento (TN)",
    "Via Brennero 139",
    "#37474f",
    "P.IVA 02618840221 · REA TN-241877",
    "+39 0461 555 018",
)
MORAVA = Org(
    "Morava IT Services s.r.o.",
    "Morava IT",
    "moravait.cz",
    "CZ",
    "602 00 Brno",
    "Heršpická 813/5",
    "#1565c0",
    "IČO 06847219 · DIČ CZ06847219",
    "+420 541 555 207",
)
SONGHONG = Org(
    "Song Hong Technology JSC",
    "Song Hong Tech",
    "songhongtech.vn",
    "VN",
    "Cầu Giấy, Hà Nội",
    "Tầng 12, Tòa nhà Keangnam, Phạm Hùng",
    "#c62828",
    "MST 0108847215",
    "+84 24 3555 0191",
)
RAWABI = Org(
    "Rawabi Digital Co.",
    "Rawabi Digital",
    "rawabidigital.sa",
    "SA",
    "Riyadh 12214",
    "King Fahd Road, Al Olaya, Tower B, 21st floor",
    "#00796b",
    "CR 1010698421 · VAT 310447129800003",
    "+966 11 555 0163",
)
KILIMANI = Org(
    "Kilimani Systems Ltd",
    "Kilimani Systems",
    "kilimanisystems.co.ke",
    "KE",
    "Nairobi 00100",
    "Argwings Kodhek Road, Hurlingham Plaza, 4th floor",
    "#4527a0",
    "PIN P051844217K",
    "+254 20 555 0148",
)
TSAVO = Org(
    "Tsavo Networks Ltd",
    "Tsavo Networks",
    "tsavonetworks.co.ke",
    "KE",
    "Mombasa 80100",
    "Moi Avenue, Jubilee Building, 2nd floor",
    "#bf360c",
    "PIN P052211804Q",
    "+254 41 555 0127",
)
MAGDALENA = Org(
    "Magdalena Tech S.A.S.",
    "Magdalena Tech",
    "magdalenatech.co",
    "CO",
    "Medellín, Antioquia",
    "Carrera 43A #1 Sur-188, Of. 1104",
    "#00838f",
    "NIT 901.448.207-1",
    "+57 604 555 0172",
)
NARMADA = Org(
    "Narmada Cloud Services Pvt. Ltd.",
    "Narmada Cloud",
    "narmadacloud.in",
    "IN",
    "Ahmedabad 380054",
    "Shivalik Shilp, Iskcon Cross Road, 9th floor",
    "#e65100",
    "CIN U72900GJ2015PTC084417 · GSTIN 24AAFCN8441R1Z6",
    "+91 79 4555 0136",
)
EUCALYPT = Org(
    "Eucalypt Digital Pty Ltd",
    "Eucalypt Digital",
    "eucalyptdigital.com.au",
    "AU",
    "Brisbane QLD 4000",
    "Level 14, 300 Queen Street",
    "#558b2f",
    "ABN 48 611 802 477",
    "+61 7 5555 0164",
)
SPREEWALD = Org(
    "Spreewald IT GmbH",
    "Spreewald IT",
    "spreewald-it.de",
    "DE",
    "10117 Berlin",
    "Friedrichstraße 68",
    "#283593",
    "Amtsgericht Charlottenburg HRB 201884 B · USt-IdNr. DE324418207",
    "+49 30 555 71 840",
)
MAPLEFORGE = Org(
    "Maple Forge Consulting Inc.",
    "Maple Forge",
    "mapleforge.ca",
    "CA",
    "Calgary AB T2P 1J9",
    "707 8 Ave SW, Suite 1600",
    "#b71c1c",
    "BN 78442 1187 RT0001",
    "+1 403 555 0158",
)
COQUI = Org(
    "Coquí Cloud Services LLC",
    "Coquí Cloud",
    "coquicloud.com",
    "PR",
    "San Juan, PR 00918",
    "268 Ave. Muñoz Rivera, Suite 1102",
    "#2e7d32",
    "",
    "+1 787 555 0163",
)
VEREDA = Org(
    "Vereda Sistemas S.L.",
    "Vereda Sistemas",
    "veredasistemas.es",
    "ES",
    "46004 Valencia",
    "Calle de Colón 60, 5ª planta",
    "#ef6c00",
    "CIF B98774216",
    "+34 96 555 31 20",
)
LOIRE = Org(
    "Loire Numérique SAS",
    "Loire Numérique",
    "loire-numerique.fr",
    "FR",
    "44000 Nantes",
    "5 rue Crébillon",
    "#1976d2",
    "SIREN 884 120 477 · TVA FR62884120477",
    "+33 2 55 55 01 84",
)
KAROO = Org(
    "Karoo Cloud (Pty) Ltd",
    "Karoo Cloud",
    "karoocloud.co.za",
    "ZA",
    "Stellenbosch 7600",
    "Techno Park, 3 Meson Street",
    "#8d6e63",
    "Reg. No. 2017/284417/07 · VAT 4870284417",
    "+27 21 555 0194",
)
ZUIDERZEE = Org(
    "Zuiderzee Cloud B.V.",
    "Zuiderzee Cloud",
    "zuiderzeecloud.nl",
    "NL",
    "8232 JN Lelystad",
    "Stationsplein 14",
    "#0277bd",
    "KvK 80441827 · BTW NL861844127B01",
    "+31 320 555 018",
)
PRAIRIE = Org(
    "Prairie Lantern IT LLC",
    "Prairie Lantern",
    "prairielantern.com",
    "US",
    "Omaha, NE 68102",
    "1299 Farnam St, Suite 800",
    "#6d4c41",
    "EIN 47-2284971",
    "+1 402 555 0117",
)

HL_PM = person(HARBORLIGHT, "Colleen Markey", "Engagement Manager", "cmarkey", "+1 617 555 0133")
HL_SEC = person(HARBORLIGHT, "Victor Osei", "Security Practice Lead", "vosei", "+1 617 555 0149")
HL_MW = person(HARBORLIGHT, "Danielle Fortier", "Modern Work Delivery Lead", "dfortier", "+1 617 555 0151")
KP_PM = person(KESTREL, "Owen Pritchard", "Project Manager", "owen.pritchard")
KP_SEC = person(KESTREL, "Farida Rahman", "Principal Security Consultant", "farida.rahman")
SB_PM = person(SAKURA, "Daisuke Ono", "Project Manager", "d.ono")
BK_PM = person(BUKHANSAN, "Park Ji-hoon", "Project Manager", "jihoon.park")
BK_SEC = person(BUKHANSAN, "Choi Seo-yeon", "Security Consultant", "seoyeon.choi")
IP_PM = person(IPE, "Juliana Moreira", "Gerente de Projetos / Project Manager", "juliana.moreira")
NN_PM = person(NOPAL, "Rodrigo Treviño", "Gerente de Proyecto", "rodrigo.trevino")
DC_PM = person(DOLOMITI, "Chiara Pedrotti", "Project Manager", "c.pedrotti")
DC_DATA = person(DOLOMITI, "Matteo Zanon", "Data Platform Lead", "m.zanon")
MV_PM = person(MORAVA, "Jakub Dvořák", "Vedoucí projektu / Project Manager", "jakub.dvorak")
SH_PM = person(SONGHONG, "Nguyễn Minh Tuấn", "Project Manager", "tuan.nm", "+84 24 3555 0191")
SH_ARCH = person(SONGHONG, "Trần Thu Hà", "Cloud Architect", "ha.tt")
RW_PM = person(RAWABI, "Abdulrahman Al-Harbi", "Project Manager", "a.alharbi")
KS_PM = person(KILIMANI, "Brian Mwangi", "Project Lead", "brian.mwangi")
TN_AM = person(TSAVO, "Hassan Abdalla", "Account Manager", "hassan.abdalla")
MT_PM = person(MAGDALENA, "Santiago Restrepo", "Líder de Proyectos", "santiago.restrepo")
MT_BA = person(MAGDALENA, "Luisa Fernanda Gómez", "Consultora Dynamics 365", "luisa.gomez")
NC_PM = person(NARMADA, "Hardik Shah", "Delivery Manager", "hardik.shah")
NC_SOC = person(NARMADA, "Priyanka Desai", "SOC Service Manager", "priyanka.desai")
NC_AM = person(NARMADA, "Kunal Mehta", "Partner Programs Manager", "kunal.mehta")
ED_PM = person(EUCALYPT, "Hamish Clarke", "Engagement Lead", "hamish.clarke")
ED_BA = person(EUCALYPT, "Priya Raman", "Business Central Consultant", "priya.raman")
SW_PM = person(SPREEWALD, "Jana Köhler", "Projektleiterin / Project Lead", "j.koehler")
MF_SEC = person(MAPLEFORGE, "Ethan Bouchard", "Managed Security Lead", "ebouchard")
MF_PM = person(MAPLEFORGE, "Aisha Karimi", "Project Manager", "akarimi")
CQ_PM = person(COQUI, "Natalia Vélez Colón", "Project Manager", "nvelez")
CQ_AM = person(COQUI, "Héctor Santiago", "Public Sector Account Manager", "hsantiago")
VS_PM = person(VEREDA, "Marta Ferrer", "Jefa de Proyecto", "marta.ferrer")
LN_PM = person(LOIRE, "Thomas Guérin", "Chef de projet", "thomas.guerin")
KC_PM = person(KAROO, "Pieter van Wyk", "Project Lead", "pieter.vanwyk")
ZC_PM = person(ZUIDERZEE, "Sanne Visser", "Projectleider", "sanne.visser")
ZC_DESK = person(ZUIDERZEE, "Partner Desk", "Partner Programs", "partnerdesk")
PL_AM = person(PRAIRIE, "Travis Lindgren", "Account Executive", "tlindgren")
PL_PM = person(PRAIRIE, "Megan Hostetler", "Project Manager", "mhostetler")


# --------------------------------------------------------------------------------------------------------------
# the partners' own document formats (each used for several customers: boilerplate, not evidence)
# --------------------------------------------------------------------------------------------------------------

HL_METHOD = (
    "Harborlight runs every engagement on its <b>Launch Framework</b>: <i>Discover</i> (baseline and success "
    "measures), <i>Configure</i>, <i>Pilot</i>, <i>Rollout</i> and <i>Sustain</i>. A completion report is issued at "
    "the end of Rollout. It records the starting point, what was delivered for each workload, the measures agreed "
    "with the customer's sponsor and their result, anything not delivered, and the completion sign-off of both "
    "parties."
)
HL_FOOTER = "Harborlight Technology Group LLC · 60 State Street, Boston MA 02109 · Confidential"


def harborlight_report(
    cust: Org,
    ref: str,
    day: dt.date,
    headline: str,
    summary: str,
    baseline: Sequence[str],
    delivered: Sequence[tuple[str, str, str]],
    measures: Sequence[tuple[str, str, str]],
    timeline: Sequence[tuple[str, str, str]],
    not_delivered: Sequence[str],
    seed: str,
    *,
    sponsor: Person,
    author: Person = HL_PM,
    parties: Sequence[Party] = (),
    accepted_by_mail: str = "",
) -> bytes:
    """Harborlight's Engagement Completion Report (US Letter, the same layout for every customer)."""
    cover = f"""
<p class="muted" style="margin-top:10pt;letter-spacing:2pt">ENGAGEMENT COMPLETION REPORT</p>
<h1 style="font-size:22pt">{escape(cust.name)}</h1>
<p style="font-size:12pt">{escape(headline)}</p>
{
        kv(
            [
                ("Report no.", ref),
                ("Version", "1.0 (final)"),
                ("Completed", g.fdate(day, "us_long")),
                ("Prepared by", f"{escape(author.name)}, {escape(author.title)}"),
                ("Customer sponsor", f"{escape(sponsor.name)}, {escape(sponsor.title)}"),
            ]
        )
    }
<p class="small">{HL_METHOD}</p>
<h2>1. Engagement overview</h2><p>{summary}</p>
<h2>2. Starting point</h2>{ul(list(baseline))}
"""
    body = f"""
<h2>3. Work delivered, by workload</h2>
{grid(["Workload", "What Harborlight delivered", "Volume"], delivered, [20, 62, 18])}
<h2>4. Measures agreed at Discover</h2>
{grid(["Measure", "Target", "Result"], measures, [52, 20, 28])}
"""
    sign = f"""
<h2>5. Timeline</h2>
{grid(["Phase", "Dates", "Activities"], timeline, [14, 26, 60])}
<h2>6. Not delivered in this engagement</h2>{ul(list(not_delivered)) if not_delivered else "<p>Nothing.</p>"}
<h2>7. Completion sign-off</h2>"""
    if accepted_by_mail:
        sign += f"<p>{accepted_by_mail}</p>"
    else:
        sign += g.signoff(
            "columns",
            parties,
            heading="",
            statement="Both parties confirm that the work described in sections 3 to 5 of this report has been "
            "completed and that the engagement is closed.",
        )
    return rpdf(
        HARBORLIGHT,
        [cover, body, sign],
        meta(f"{cust.short} – Engagement Completion Report", author.name, T(day.year, day.month, day.day, 16, 20, -5)),
        seed,
        right=f"Engagement Completion Report · {ref}",
        footer=HL_FOOTER,
        size=g.LETTER,
    )


def harborlight_parties(cust: Org, cc: Person, pm: Person = HL_PM) -> list[Party]:
    return [
        Party("For Harborlight", HARBORLIGHT.name, pm.name, pm.title),
        Party("For the customer", cust.name, cc.name, cc.title),
    ]


def signed_columns(
    pdf: bytes,
    parties: Sequence[Party],
    marker: str,
    date_texts: Sequence[str],
    seed: str,
    when: dt.datetime,
    m: Meta,
    *,
    sign: Sequence[bool] = (True, True),
    colors: Sequence[tuple[int, int, int]] = (g.INK_BLACK, g.INK_BLUE),
    extra: Sequence[Ink] = (),
    **scan: Any,
) -> bytes:
    """Print the sign-off page of a report with a two-column sign-off table, sign it by hand, scan it and put it
    back into the digital report."""
    page = g.page_of(pdf, marker)
    inks: list[Ink] = []
    for k, party in enumerate(parties):
        if sign[k]:
            inks += g.sign_inks("columns", party, k, date_texts[k], page=page, color=colors[k])
    inks += [dataclasses.replace(i, page=page) for i in extra]
    return g.with_scanned_pages(pdf, [page], inks, seed, when, m, **scan)


KP_PURPOSE = (
    "This closure report is Kestrel Point's standard record of a finished project. It sets out what was delivered "
    "against the statement of work, the figures at closure, what was excluded or deferred, and the formal closure "
    "approval. Items listed under section 4 were <b>not</b> delivered and are not part of this closure."
)


def kestrel_closure(
    cust: Org,
    ref: str,
    day: dt.date,
    sow: str,
    delivered: Sequence[tuple[str, str, str]],
    figures: Sequence[tuple[str, str]],
    excluded: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    author: Person = KP_PM,
) -> bytes:
    """Kestrel Point's Project Closure Report (A4): two-column closure approval, supplier and customer."""
    page1 = f"""
<h1>Project Closure Report</h1>
{
        kv(
            [
                ("Customer", escape(cust.name)),
                ("Project reference", ref),
                ("Statement of work", escape(sow)),
                ("Report date", g.fdate(day, "gb")),
                ("Author", f"{escape(author.name)}, {escape(author.title)}"),
            ]
        )
    }
<h2>1. Purpose</h2><p>{KP_PURPOSE}</p>
<h2>2. Scope delivered</h2>{grid(["Workstream", "What we delivered", "Status"], delivered, [20, 64, 16])}
<h2>3. Figures at closure</h2>{grid(["Figure", "Value"], figures, [62, 38])}
"""
    page2 = f"""
<h2>4. Exclusions and deferred items</h2>
{grid(["Item", "Reason", "Status"], excluded, [30, 50, 20]) if excluded else "<p>None.</p>"}
<h2>5. Closure approval</h2>
<p>By signing below, both parties agree that the project {escape(ref)} is complete as described in sections 2 and 3
and may be closed.</p>
{g.signoff("columns", parties, heading="")}
"""
    return rpdf(
        KESTREL,
        [page1, page2],
        meta(f"{ref} Project Closure Report", author.name, T(day.year, day.month, day.day, 15, 0, 0)),
        seed,
        right=f"Project Closure Report · {ref}",
        footer="Kestrel Point Consulting Ltd · Bank Chambers, 44 Deansgate, Manchester · Commercial in confidence",
    )


def kestrel_parties(cust: Org, cc: Person, pm: Person = KP_PM) -> list[Party]:
    return [Party("Supplier", KESTREL.name, pm.name, pm.title), Party("Customer", cust.name, cc.name, cc.title)]


SB_LABELS = ("氏名 / Name", "役職 / Title", "署名 / Signature", "日付 / Date")


def sakura_report(
    cust: Org,
    cust_jp: str,
    ref: str,
    day: dt.date,
    rows: Sequence[tuple[str, str, str, str]],
    period: tuple[dt.date, dt.date],
    signer: Person,
    signer_jp: str,
    seed: str,
    *,
    english: bool = True,
) -> bytes:
    """Sakura Bridge's Work Completion Report: Japanese with the English beside it (or Japanese only)."""
    y, m, d = day.year, day.month, day.day
    ja_date = f"{y}年{m}月{d}日"
    p0, p1 = period
    if english:
        title = "<h1>作業完了報告書<br/><span style='font-size:13pt'>Work Completion Report</span></h1>"
        head = kv(
            [
                ("報告書番号 / Report no.", ref),
                ("お客様 / Customer", f"{escape(cust_jp)}<br/>{escape(cust.name)}"),
                (
                    "作業期間 / Period",
                    f"{p0.year}年{p0.month}月{p0.day}日 ～ {p1.year}年{p1.month}月{p1.day}日<br/>"
                    f"{g.fdate(p0, 'us_long')} – {g.fdate(p1, 'us_long')}",
                ),
                ("報告日 / Date", f"{ja_date} / {g.fdate(day, 'us_long')}"),
            ],
            key_w=150,
        )
        table = grid(
            ["ワークロード / Workload", "作業内容", "Work performed", "数量 / Volume"],
            rows,
            [18, 33, 33, 16],
        )
        confirm = (
            "<p>上記の作業が完了したことを確認し、検収いたします。<br/><i>We confirm that the work above has been "
            "completed and accept it.</i></p>"
        )
        labels = SB_LABELS
    else:
        title = "<h1>作業完了報告書</h1>"
        head = kv(
            [
                ("報告書番号", ref),
                ("お客様", escape(cust_jp)),
                ("作業期間", f"{p0.year}年{p0.month}月{p0.day}日 ～ {p1.year}年{p1.month}月{p1.day}日"),
                ("報告日", ja_date),
            ],
            key_w=110,
        )
        table = grid(["ワークロード", "作業内容", "数量"], [(a, b, v) for a, b, _, v in rows], [22, 60, 18])
        confirm = "<p>上記の作業が完了したことを確認し、検収いたします。</p>"
        labels = ("氏名", "役職", "署名", "日付")
    parties = [Party("お客様 / Customer" if english else "お客様", cust_jp, signer_jp, signer.title)]
    html = f"""
{title}
<p>{escape(cust_jp)} 御中</p>
{head}
{table}
{confirm}
{g.signoff("stacked", parties, heading="", labels=labels)}
<p style="text-align:right;margin-top:14pt">{escape(SAKURA.name)}<br/>サクラブリッジソリューションズ株式会社<br/>
{escape(SAKURA.address)}</p>
"""
    return hpdf(
        html,
        meta(f"作業完了報告書 {ref}", SB_PM.name, T(y, m, d, 17, 0, 9)),
        seed,
        style=css(SAKURA.color, size=9),
        decor=g.Decor(
            SAKURA, right=f"作業完了報告書 · {ref}", footer="Sakura Bridge Solutions K.K. · 機密", accent=SAKURA.color
        ),
    )


def sakura_inks(signer_name: str, date_text: str, seal: tuple[str, ...], *, english: bool = True) -> list[Ink]:
    labels = SB_LABELS if english else ("氏名", "役職", "署名", "日付")
    party = Party("", "", signer_name)
    return [
        *g.sign_inks("stacked", party, 0, date_text, labels=labels, signer=signer_name),
        Ink(f"{labels[2]}:", "seal", dx=230, dy=-12, h=58, occurrence=0, lines=seal, cjk=True),
    ]


NC_INTRO = (
    "Narmada Cloud's workshop outcome reports follow one structure for every customer: who took part, the "
    "customer's situation as found in the session, what was shown or built during the workshop, the findings, and "
    "the recommendations with owners and dates."
)


def narmada_report(
    cust: Org,
    workshop: str,
    cid: str,
    day: dt.date,
    attendees: Sequence[tuple[str, str]],
    situation: str,
    done: Sequence[str],
    findings: Sequence[tuple[str, str]],
    recs: Sequence[tuple[str, str, str]],
    seed: str,
) -> bytes:
    """Narmada Cloud's Workshop Outcome Report (Partner Activities POE)."""
    html = f"""
<h1>Workshop Outcome Report</h1>
<p style="font-size:12pt">{escape(workshop)} – {escape(cust.name)}</p>
{
        kv(
            [
                ("MCI claim ID", cid),
                ("Customer", escape(cust.name)),
                ("Workshop date", g.fdate(day, "in")),
                ("Facilitator", f"{escape(NC_PM.name)}, {escape(NC_PM.title)}"),
            ]
        )
    }
<p class="small">{NC_INTRO}</p>
<h2>1. Participants</h2>{grid(["Name", "Role"], attendees, [45, 55])}
<h2>2. Situation as found</h2><p>{situation}</p>
<h2>3. What we covered</h2>{ul(list(done))}
<h2>4. Findings</h2>{grid(["Area", "Finding"], findings, [24, 76])}
<h2>5. Recommendations</h2>{grid(["Recommendation", "Owner", "By"], recs, [60, 22, 18])}
"""
    return rpdf(
        NARMADA,
        html,
        meta(f"Workshop Outcome Report {cust.short}", NC_PM.name, T(day.year, day.month, day.day, 18, 0, 5.5)),
        seed,
        right=f"Workshop Outcome Report · Claim {cid}",
        footer=escape(NARMADA.name) + " · " + escape(NARMADA.reg),
    )


# --------------------------------------------------------------------------------------------------------------
# Harborlight Technology Group: one completion-report layout, four customers
# --------------------------------------------------------------------------------------------------------------

PEMBERTON = Org(
    "Pemberton Regional Credit Union",
    "Pemberton RCU",
    "pembertonrcu.org",
    "US",
    "Pittsfield, MA 01201",
    "250 North Street",
    "#004d40",
)
PEMBERTON_VP = person(PEMBERTON, "Gail Whitcomb", "VP, Information Technology", "gwhitcomb")
PEMBERTON_SUMMARY = (
    "Harborlight moved {name}'s 420 Windows devices – teller workstations, branch lobby kiosks and back-office "
    "laptops at 14 branches and the Pittsfield operations center – from Configuration Manager-only management to "
    "Microsoft Intune co-management, and onboarded them with 38 servers to Microsoft Defender for Endpoint, replacing "
    "Symantec Endpoint Protection before its licence ran out."
)
PEMBERTON_BASELINE = [
    "Symantec Endpoint Protection 14.3 on 458 endpoints, licence expiring 03/31/2026.",
    "Configuration Manager 2309 only; no cloud management for the 96 laptops of loan officers working off-site.",
    "No attack surface reduction rules; tellers with local administrator rights in 11 of 14 branches.",
    "NCUA examination finding (2025) on patch latency above 30 days.",
]
PEMBERTON_DELIVERED = [
    (
        "Intune",
        "Co-management with Configuration Manager (compliance, device configuration and Windows Update workloads "
        "moved to Intune); Autopilot for the 96 loan-officer laptops; BitLocker and Windows LAPS policies; update "
        "rings pilot / branch / operations center; kiosk profile for the 28 branch lobby kiosks",
        "420 devices",
    ),
    (
        "Defender for Endpoint",
        "Onboarding of 420 workstations and 38 servers (Windows Server 2019/2022); 16 ASR rules in block mode after 3 "
        "weeks in audit; EDR in block mode; tamper protection; one device group per branch; alert routing to the IT "
        "on-call mailbox",
        "458 endpoints",
    ),
]
PEMBERTON_MEASURES = [
    ("Devices co-managed and compliant", "≥ 95%", "97.4% (409 of 420)"),
    ("Endpoints onboarded to Defender for Endpoint", "458", "458"),
    ("Median patch latency (days)", "< 14", "9"),
    ("Symantec Endpoint Protection removed", "by 03/31/2026", "02/20/2026"),
]


def pemberton_report() -> tuple[bytes, list[Party]]:
    if "pemberton" not in _CACHE:
        parties = harborlight_parties(PEMBERTON, PEMBERTON_VP, HL_SEC)
        report = harborlight_report(
            PEMBERTON,
            "HTG-ECR-26-014",
            D(2026, 2, 27),
            "Microsoft Intune and Defender for Endpoint across 14 branches",
            PEMBERTON_SUMMARY.format(name="Pemberton Regional Credit Union"),
            PEMBERTON_BASELINE,
            PEMBERTON_DELIVERED,
            PEMBERTON_MEASURES,
            [
                (
                    "Discover",
                    "11/03/2025 – 11/14/2025",
                    "Device inventory, ASR audit baseline, examiner finding review",
                ),
                ("Configure", "11/17/2025 – 12/19/2025", "Co-management, compliance and update policies, MDE packages"),
                (
                    "Pilot",
                    "01/05/2026 – 01/23/2026",
                    "Operations center IT and the Lenox and Dalton branches (61 devices)",
                ),
                (
                    "Rollout",
                    "01/26/2026 – 02/20/2026",
                    "12 branches in 4 waves after close of business; Symantec removal",
                ),
                ("Sustain", "02/23/2026 – 02/27/2026", "ASR block mode, alert tuning, two admin hand-over sessions"),
            ],
            [
                "Microsoft Defender for Identity: sensors on the domain controllers are planned for fiscal 2027 and "
                "were "
                "not part of this engagement."
            ],
            "5021001|report",
            sponsor=PEMBERTON_VP,
            author=HL_SEC,
            parties=parties,
        )
        _CACHE["pemberton"] = (report, parties)
    report, parties = _CACHE["pemberton"]
    return bytes(report), list(parties)


def s502_001_pemberton_signed_completion_report() -> Bundle:
    cid = "5021001"
    report, parties = pemberton_report()
    signed = signed_columns(
        report,
        parties,
        "7. Completion sign-off",
        ["3/4/2026", "03/04/2026"],
        f"{cid}|scan",
        T(2026, 3, 4, 15, 40, -5),
        meta("Pemberton RCU – Engagement Completion Report (signed)", HL_SEC.name, T(2026, 3, 5, 9, 12, -5)),
        dpi=150,
        skew=0.45,
    )
    shot = g.portal_screenshot(
        "Intune admin center | Devices | Overview",
        [("Enrolled devices", "420"), ("Compliant", "409"), ("Co-managed", "420"), ("Autopilot", "96")],
        [
            ("Compliance policy – Windows (branch)", "324", "317", "7"),
            ("Compliance policy – Windows (loan officers)", "96", "92", "4"),
            ("Update ring – Pilot", "61", "61", "0"),
            ("Update ring – Branch", "331", "329", "2"),
            ("Kiosk profile – lobby", "28", "28", "0"),
        ],
        ["Policy / ring", "Assigned", "Succeeded", "Error / pending"],
        f"{cid}|shot",
        tenant="pembertonrcu.org",
    )
    pdf_name = "POE/PRCU_Engagement_Completion_Report_HTG-ECR-26-014_signed.pdf"
    files = {pdf_name: signed, "POE/Intune device overview 2026-03-02.png": shot}
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_SEC,
        PEMBERTON,
        PEMBERTON_VP,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 4, 14, 11, 5, -4),
        files=files,
        roles={"POE/Intune device overview 2026-03-02.png": "supporting"},
    )
    return Bundle(
        f"{cid}_pemberton_rcu_signed_completion_report",
        claim,
        files,
        "approve",
        "Harborlight's completion report for the credit union: 420 devices co-managed in Intune (96 Autopilot laptops, "
        "28 lobby kiosks), 458 endpoints onboarded to Defender for Endpoint with 16 ASR rules, a dated timeline "
        "(11/03/2025 – 02/27/2026). The sign-off page was printed, signed by both parties in the two-column table and "
        "scanned back in: the customer's VP, Information Technology signed on 03/04/2026 (US, month-first: March 4, "
        "2026, six weeks before submission; either reading is within 12 months). Defender for Identity is named only "
        "as not delivered, and it is not claimed. The report layout is Harborlight's own, shared with 5021002-5021004 "
        "(boilerplate). 5021004 copies this report's figures and narrative for another customer: this claim holds "
        "the original (its own customer, its own tenant screenshot, signed first).",
        "Scanned page 3: 'For the customer – Pemberton Regional Credit Union – Gail Whitcomb' signed, '03/04/2026'.",
        g.cpor_ok(),
    )


ALDERFINCH = Org(
    "Alder & Finch Logistics Inc.",
    "Alder & Finch",
    "alderfinch.com",
    "US",
    "Worcester, MA 01608",
    "90 Front Street",
    "#5d4037",
)
ALDERFINCH_IT = person(ALDERFINCH, "Ray Dunleavy", "IT Manager", "rdunleavy")


def s502_004_alder_finch_copied_report() -> Bundle:
    cid = "5021004"
    parties = harborlight_parties(ALDERFINCH, ALDERFINCH_IT, HL_SEC)
    report = harborlight_report(
        ALDERFINCH,
        "HTG-ECR-26-051",
        D(2026, 7, 10),
        "Microsoft Intune and Defender for Endpoint across 14 branches",
        PEMBERTON_SUMMARY.format(name="Alder & Finch Logistics"),
        PEMBERTON_BASELINE,
        PEMBERTON_DELIVERED,
        PEMBERTON_MEASURES,
        [
            ("Discover", "04/06/2026 – 04/17/2026", "Device inventory, ASR audit baseline"),
            ("Configure", "04/20/2026 – 05/22/2026", "Co-management, compliance and update policies, MDE packages"),
            ("Pilot", "05/26/2026 – 06/05/2026", "IT and the Worcester warehouse"),
            ("Rollout", "06/08/2026 – 07/03/2026", "Springfield and Nashua warehouses, office staff"),
            ("Sustain", "07/06/2026 – 07/10/2026", "ASR block mode, alert tuning"),
        ],
        [],
        f"{cid}|report",
        sponsor=ALDERFINCH_IT,
        author=HL_SEC,
        parties=parties,
    )
    signed = signed_columns(
        report,
        parties,
        "7. Completion sign-off",
        ["7/15/2026", "07/15/2026"],
        f"{cid}|scan",
        T(2026, 7, 15, 14, 5, -4),
        meta("Alder & Finch – Engagement Completion Report (signed)", HL_SEC.name, T(2026, 7, 16, 8, 30, -4)),
        dpi=150,
        skew=-0.35,
    )
    ask = Mail(
        HL_SEC,
        [ALDERFINCH_IT],
        "Completion report – Intune & Defender",
        T(2026, 7, 13, 10, 14, -4),
        "Hi Ray,\n\nAttached is the completion report for the Intune and Defender for Endpoint project. Could you sign "
        "the last page and send it back?\n\nThanks,\nVictor\n\n" + g.footer_block(HL_SEC),
    )
    reply = Mail(
        ALDERFINCH_IT,
        [HL_SEC],
        "RE: Completion report – Intune & Defender",
        T(2026, 7, 15, 14, 22, -4),
        "Victor,\n\nSigned copy attached. All three warehouses (Worcester, Springfield, Nashua) are done – our 85 "
        "laptops and 24 yard tablets show up in Intune, and Defender is on the 6 servers in the Worcester server room."
        "\n\nThanks for the help,\n" + sig_lines(ALDERFINCH_IT, "90 Front Street, Worcester MA"),
        quoted=ask,
    )
    files = {
        "Alder_Finch_Completion_Report_HTG-ECR-26-051_signed.pdf": signed,
        "RE_ Completion report – Intune & Defender.eml": eml_x(reply, "onprem"),
    }
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_SEC,
        ALDERFINCH,
        ALDERFINCH_IT,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 8, 4, 9, 40, -4),
        files=files,
    )
    return Bundle(
        f"{cid}_alder_finch_report_copies_credit_union",
        claim,
        files,
        "action_required",
        "The signed completion report for this logistics company repeats word for word the summary, starting point, "
        "delivered work and measures of claim 5021001's report for Pemberton Regional Credit Union: '420 Windows "
        "devices – teller workstations, branch lobby kiosks … at 14 branches', 96 loan-officer laptops, 28 lobby "
        "kiosks, an NCUA examination finding, 458 endpoints. The customer's own e-mail speaks of three warehouses, 85 "
        "laptops, 24 yard tablets and 6 servers. 5021001 holds the original (its customer, its tenant screenshot, "
        "signed in March); here the detail is copied from another claim and says nothing true about this customer's "
        "work, so the partner must provide POE describing the work actually done. The customer's signature and "
        "e-mail themselves are genuine and recent.",
        "Report section 3: 'teller workstations, branch lobby kiosks … 14 branches … NCUA examination finding'; "
        "customer e-mail: 'our 85 laptops and 24 yard tablets … 6 servers'.",
        {
            "reused_evidence": "fail",
            "activity_detail": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "customer_domain": "pass",
            "ineligible_customer": "pass",
        },
    )


EAST_HADLEY = Org(
    "Township of East Hadley, Massachusetts",
    "East Hadley",
    "easthadleyma.gov",
    "US",
    "East Hadley, MA 01035",
    "12 Town Common Road",
    "#1a237e",
)
EH_IT = person(EAST_HADLEY, "Mark Tessier", "Director of Information Technology", "mtessier")
EH_ADMIN = person(EAST_HADLEY, "Laura Benoit", "Town Administrator", "lbenoit")


def s502_002_east_hadley_public_sector_mail_acceptance() -> Bundle:
    cid = "5021002"
    report = harborlight_report(
        EAST_HADLEY,
        "HTG-ECR-26-033",
        D(2026, 5, 8),
        "Teams and SharePoint Online for town departments",
        "Harborlight moved the Township of East Hadley's 236 employees – Town Hall, Department of Public Works, police "
        "civilian staff, fire, library and senior center – from an on-premises file server and a hosted phone "
        "conferencing service to Microsoft Teams and SharePoint Online, and set up one team per department with "
        "channels for boards and committees.",
        [
            "Windows file server TH-FS01 (1.4 TB, 9 department shares), end of support October 2025.",
            "No chat or video meetings; board meetings held in person only, remote attendance by conference call.",
            "Email already in Exchange Online since 2022 (not part of this engagement).",
        ],
        [
            (
                "Teams",
                "31 department and committee teams; meeting policies for public board meetings (hybrid, recording to "
                "the Town Clerk's site); Teams on 44 shared DPW tablets; 9 training sessions for 212 staff",
                "236 users",
            ),
            (
                "SharePoint Online",
                "Migration of 1.4 TB from TH-FS01 to 18 sites with SharePoint Migration Tool; permissions rebuilt per "
                "department; intranet home site 'EH Connect'; file server retired",
                "18 sites",
            ),
        ],
        [
            ("Active Teams users (28 days)", "≥ 200", "221"),
            ("Data migrated from TH-FS01", "1.4 TB", "1.41 TB, 0 failed files after re-run"),
            ("Board meetings held hybrid", "≥ 4 per month", "7 in April 2026"),
        ],
        [
            ("Discover", "01/12/2026 – 01/23/2026", "Share inventory, department interviews"),
            ("Configure", "01/26/2026 – 02/20/2026", "Teams policies, site structure, permissions model"),
            ("Pilot", "02/23/2026 – 03/13/2026", "Town Hall and the Town Clerk's office (38 users)"),
            ("Rollout", "03/16/2026 – 04/24/2026", "DPW, library, senior center, fire, police civilian staff"),
            ("Sustain", "04/27/2026 – 05/08/2026", "Floor support, file server decommissioning"),
        ],
        ["Teams Phone (the town keeps its hosted PBX contract until 2027)."],
        f"{cid}|report",
        sponsor=EH_IT,
        author=HL_MW,
        accepted_by_mail="The Town's Director of Information Technology accepted the engagement by e-mail; the "
        "message is attached to this claim.",
    )
    ask = Mail(
        HL_MW,
        [EH_IT],
        "East Hadley – Teams & SharePoint completion report",
        T(2026, 5, 11, 9, 5, -4),
        "Hi Mark,\n\nPlease find attached the completion report for the Teams and SharePoint Online engagement "
        "(HTG-ECR-26-033). If you agree with it, a short confirmation by e-mail is all we need to close the "
        "project.\n\nBest regards,\nDanielle\n\n" + g.footer_block(HL_MW),
        attachments=[("HTG-ECR-26-033 East Hadley Completion Report.pdf", report)],
    )
    accept = Mail(
        EH_IT,
        [HL_MW],
        "RE: East Hadley – Teams & SharePoint completion report",
        T(2026, 5, 14, 16, 48, -4),
        "Danielle,\n\nI went through the report with Laura and the department heads. It matches what we have: 31 "
        "teams, the 18 SharePoint sites with everything from TH-FS01, and the board meetings running hybrid since "
        "March. The Town accepts the Teams and SharePoint Online engagement as complete.\n\nThank you and your team "
        "for the evening sessions with the DPW crews.\n\nMark\n\n"
        + sig_lines(EH_IT, "Town Hall, 12 Town Common Road, East Hadley MA 01035", "(413) 555-0187"),
        quoted=ask,
    )
    psd = psd_pdf(
        HARBORLIGHT,
        EAST_HADLEY,
        "Microsoft Teams and SharePoint Online usage – Claiming Partner of Record",
        "the applicable Modern Work usage incentive",
        D(2026, 3, 9),
        f"{cid}|psd",
    )
    psd = typed_fields(
        psd, [("Name", 0, EH_ADMIN.name), ("Title", 0, EH_ADMIN.title), ("Date", 1, "3/10/2026")], f"{cid}|psdf"
    )
    psd = g.esign(
        psd,
        EH_ADMIN,
        T(2026, 3, 10, 10, 41, -4),
        f"{cid}|psdenv",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=6,
        vendor="docusign",
        sender=HL_MW,
        ip="64.223.171.22",
    )
    files = {
        "HTG-ECR-26-033 East Hadley Completion Report.pdf": report,
        "RE_ East Hadley – Teams & SharePoint completion report.eml": eml_x(accept, "exo"),
        "East Hadley - Public Sector Disclosure (DocuSign).pdf": psd,
    }
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_MW,
        EAST_HADLEY,
        EH_IT,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 6, 9, 13, 30, -4),
        files=files,
        roles={"East Hadley - Public Sector Disclosure (DocuSign).pdf": "public_sector_disclosure"},
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_east_hadley_township_disclosure_and_mail",
        claim,
        files,
        "approve",
        "US town government (public sector), Modern Work usage: the standard written fee disclosure is acknowledged "
        "by the Town Administrator through DocuSign on 3/10/2026 (certificate of completion attached), and the Town's "
        "IT director accepts the engagement in a received e-mail from easthadleyma.gov (transport headers: SPF, DKIM "
        "and DMARC pass) on 14 May 2026, restating the work: 31 teams, 18 SharePoint sites, 1.4 TB migrated. Teams "
        "Phone is named only as not delivered and is not claimed. Report layout and disclosure wording are "
        "boilerplate shared with other claims.",
        "E-mail from mtessier@easthadleyma.gov: 'The Town accepts the Teams and SharePoint Online engagement as "
        "complete'; DocuSign disclosure signed by Laura Benoit, Town Administrator.",
        g.cpor_ok(email_ack=True, ps=True),
    )


PVRSD = Org(
    "Pioneer Valley Regional School District",
    "PVRSD",
    "pvrsd.org",
    "US",
    "Northfield, MA 01360",
    "97 F Sumner Turner Road",
    "#880e4f",
)
PVRSD_TECH = person(PVRSD, "Kevin Larochelle", "Director of Technology", "klarochelle")


def s502_003_pioneer_valley_school_no_disclosure() -> Bundle:
    cid = "5021003"
    parties = harborlight_parties(PVRSD, PVRSD_TECH, HL_SEC)
    report = harborlight_report(
        PVRSD,
        "HTG-ECR-26-040",
        D(2026, 5, 8),
        "Defender for Endpoint and Defender for Office 365 for staff and student devices",
        "Harborlight deployed Microsoft Defender for Endpoint to the district's 1,260 Windows devices (staff laptops, "
        "computer labs and library PCs in four schools) and 11 servers, and switched the district's mail filtering "
        "for 310 staff mailboxes to Microsoft Defender for Office 365 Plan 2 after two phishing incidents in 2025.",
        [
            "Sophos Central on 1,180 devices, no coverage on 80 lab PCs re-imaged each term.",
            "Third-party mail gateway, contract ending June 2026; two credential-phishing incidents in 2025.",
            "No security awareness training for staff.",
        ],
        [
            (
                "Defender for Endpoint",
                "Onboarding through Intune for 1,260 devices and by script for 11 servers; lab images with the "
                "onboarding package; ASR rules (block Office child processes, block credential stealing from LSASS); "
                "web content filtering for the student device group",
                "1,271 endpoints",
            ),
            (
                "Defender for Office 365",
                "Safe Links and Safe Attachments policies, anti-phishing with impersonation protection for the "
                "superintendent and business office, MX cut-over from the old gateway, 2 attack simulation campaigns",
                "310 mailboxes",
            ),
        ],
        [
            ("Endpoints onboarded", "1,260", "1,271"),
            ("Phishing simulation click rate", "< 10% by May", "6.8% (second campaign)"),
            ("Old mail gateway decommissioned", "by 06/30/2026", "04/24/2026"),
        ],
        [
            ("Discover", "01/20/2026 – 01/30/2026", "Device inventory per school, mail flow review"),
            ("Configure", "02/02/2026 – 02/27/2026", "MDE and MDO policies, lab image update"),
            ("Pilot", "03/02/2026 – 03/13/2026", "Central office and Bernardston Elementary"),
            ("Rollout", "03/16/2026 – 04/24/2026", "Remaining schools during April vacation week; MX cut-over"),
            ("Sustain", "04/27/2026 – 05/08/2026", "Simulation campaign 2, alert tuning"),
        ],
        [],
        f"{cid}|report",
        sponsor=PVRSD_TECH,
        author=HL_SEC,
        parties=parties,
    )
    signed = signed_columns(
        report,
        parties,
        "7. Completion sign-off",
        ["5/12/2026", "05/12/2026"],
        f"{cid}|scan",
        T(2026, 5, 12, 13, 25, -4),
        meta("PVRSD – Engagement Completion Report (signed)", HL_SEC.name, T(2026, 5, 13, 8, 0, -4)),
        dpi=150,
        skew=0.3,
    )
    files = {"PVRSD Completion Report HTG-ECR-26-040 - signed.pdf": signed}
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_SEC,
        PVRSD,
        PVRSD_TECH,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 6, 2, 10, 0, -4),
        files=files,
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_pioneer_valley_school_district_no_disclosure",
        claim,
        files,
        "action_required",
        "A US public school district (education = public sector) on a Security usage CPOR claim: in the United States "
        "the partner must disclose its potential fees from Microsoft to the customer in writing and the customer must "
        "acknowledge that disclosure in writing. No disclosure is uploaded anywhere in the claim. The completion "
        "report itself is detailed (1,271 endpoints, 310 mailboxes) and signed by the district's Director of "
        "Technology on 05/12/2026; only the disclosure is missing.",
        "customer.segment public_sector, country US; no public_sector_disclosure document; signed completion report "
        "only.",
        {
            "public_sector": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Kestrel Point Consulting: one closure-report layout (two-column approval), four customers
# --------------------------------------------------------------------------------------------------------------


def s502_005_wrexham_valley_day_first_signoff() -> Bundle:
    cid = "5021005"
    cust = Org(
        "Wrexham Valley Housing Association",
        "WVHA",
        "wvha.org.uk",
        "GB",
        "Wrexham LL11 1AY",
        "Tŷ Dyffryn, 21 Regent Street",
        "#00695c",
    )
    cc = person(cust, "Rhian Pugh", "Head of ICT", "rhian.pugh")
    parties = kestrel_parties(cust, cc)
    report = kestrel_closure(
        cust,
        "KPC-2025-118",
        D(2026, 2, 27),
        "SOW-WVHA-07 – Teams Phone and Teams Rooms",
        [
            (
                "Teams Phone",
                "310 users moved from Mitel MiVoice to Teams Phone with Operator Connect (BT); 5 auto attendants; 9 "
                "call queues (Repairs, Rents & Income, Lettings, Anti-social Behaviour, Tenancy Support, Adaptations, "
                "Complaints, Switchboard, Out-of-hours diversion); emergency locations for 4 offices",
                "Live",
            ),
            (
                "Teams Rooms",
                "12 rooms: 7 Teams Rooms on Windows (Lenovo ThinkSmart Core + Poly Studio R30) and 5 Teams Rooms on "
                "Android (Yealink MeetingBar A20); room mailboxes and booking policies; Pro Management portal",
                "Live",
            ),
        ],
        [
            ("Users enabled for Teams Phone", "310"),
            ("Calls handled by the call queues, February 2026", "18,420"),
            ("Repairs line – calls answered within 60 seconds", "91% (Mitel baseline 74%)"),
            ("Teams Rooms live", "12 of 12"),
            ("Mitel MiVoice decommissioned", "20/02/2026"),
        ],
        [("Call recording for the Repairs line", "Customer to procure a recording service separately", "Not in scope")],
        parties,
        f"{cid}|report",
    )
    signed = signed_columns(
        report,
        parties,
        "5. Closure approval",
        ["04/03/26", "04/03/2026"],
        f"{cid}|scan",
        T(2026, 3, 4, 16, 10, 0),
        meta("KPC-2025-118 Closure Report signed", KP_PM.name, T(2026, 3, 5, 9, 0, 0)),
        dpi=150,
        skew=-0.4,
    )
    files = {"KPC-2025-118_WVHA_Project_Closure_Report_signed.pdf": signed}
    claim = cpor(
        cid,
        KESTREL,
        KP_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        submitted=T(2026, 3, 30, 11, 20, 1),
        files=files,
    )
    return Bundle(
        f"{cid}_wrexham_valley_housing_day_first_signoff",
        claim,
        files,
        "approve",
        "Kestrel Point's closure report (310 Teams Phone users, 5 auto attendants, 9 named call queues, 12 Teams "
        "Rooms) "
        "with the closure-approval page printed, signed in both columns and scanned. The customer's Head of ICT wrote "
        "'04/03/2026': a UK date, day-first – 4 March 2026, four weeks before submission on 30 March; read month-first "
        "it would be 3 April 2026, after the claim was submitted, which is impossible. The report is dated 27/02/2026 "
        "and Mitel was decommissioned 20/02/2026. Call recording is named only as not in scope. The closure-report "
        "layout is Kestrel's own, shared with 5021006-5021008 (boilerplate).",
        "Scanned page 2: 'Customer – Wrexham Valley Housing Association – Rhian Pugh' signed, date '04/03/2026'.",
        g.cpor_ok(),
    )


def s502_006_north_tamar_nhs_adobe_sign() -> Bundle:
    cid = "5021006"
    cust = Org(
        "North Tamar Community Health NHS Trust",
        "North Tamar Health",
        "northtamarhealth.nhs.uk",
        "GB",
        "Launceston PL15 7AD",
        "Trust Headquarters, Westgate Street",
        "#005eb8",
    )
    cc = person(cust, "Gareth Penhale", "Head of Digital Infrastructure", "gareth.penhale")
    parties = kestrel_parties(cust, cc, KP_SEC)
    report = kestrel_closure(
        cust,
        "KPC-2025-131",
        D(2026, 1, 16),
        "SOW-NTCHT-02 – Endpoint and e-mail protection",
        [
            (
                "Defender for Endpoint",
                "Onboarding of 1,840 Windows devices (community nursing laptops, 9 community hospital sites, "
                "headquarters) and 64 servers; ASR rules in block mode; EDR in block mode; device groups per site; "
                "integration with the Trust's CareCERT alert process",
                "Complete",
            ),
            (
                "Defender for Office 365",
                "Plan 2 for 2,150 mailboxes on the Trust's Microsoft 365 tenant: Safe Links, Safe Attachments, "
                "anti-phishing with impersonation protection for the executive team and the payroll office, three "
                "attack simulation campaigns with training",
                "Complete",
            ),
        ],
        [
            ("Devices onboarded to Defender for Endpoint", "1,840 + 64 servers"),
            ("Devices with ASR rules in block mode", "1,812"),
            ("Mailboxes protected by Defender for Office 365 P2", "2,150"),
            ("Phishing simulation click rate (3rd campaign)", "4.1% (1st campaign: 17.6%)"),
        ],
        [],
        parties,
        f"{cid}|report",
        author=KP_SEC,
    )
    report = g.stamp_pdf(
        report, [Ink("Signature", "sig", KP_SEC.name, dx=104, dy=6, h=26, color=(0, 0, 0))], f"{cid}|ksig"
    )
    report = typed_fields(report, [("Date", 1, "16/01/2026")], f"{cid}|kdate", dx=104)
    report = typed_fields(report, [("Date", 1, "19/01/2026")], f"{cid}|cdate", dx=290)
    signed = g.esign(
        report,
        cc,
        T(2026, 1, 19, 11, 47, 0),
        f"{cid}|adobe",
        sig_anchor="Signature",
        sig_dx=290,
        sig_dy=10,
        vendor="adobe",
        sender=KP_SEC,
        ip="194.176.105.42",
    )
    files = {"KPC-2025-131 Closure Report - signed.pdf": signed}
    claim = cpor(
        cid,
        KESTREL,
        KP_SEC,
        cust,
        cc,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 2, 10, 14, 0, 0),
        files=files,
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_north_tamar_nhs_trust_adobe_sign",
        claim,
        files,
        "approve",
        "An NHS trust is a public-sector (healthcare) customer, but the written fee-disclosure requirement for CPOR "
        "usage claims applies to public-sector customers in the United States and Puerto Rico only; a UK trust needs "
        "none. Kestrel's closure report (1,840 devices + 64 servers in Defender for Endpoint, 2,150 mailboxes on "
        "Defender for Office 365 P2, three simulation campaigns) is e-signed through Adobe Acrobat Sign by the Trust's "
        "Head of Digital Infrastructure on 19/01/2026, with the transaction ID on the page and the final audit report "
        "appended. Layout shared with Kestrel's other claims (boilerplate).",
        "Adobe Acrobat Sign: 'Gareth Penhale (Jan 19, 2026 11:47 GMT)', audit report 'Document e-signed by Gareth "
        "Penhale (gareth.penhale@northtamarhealth.nhs.uk)'.",
        g.cpor_ok(),
    )


def s502_007_harlow_kitchens_customer_column_empty() -> Bundle:
    cid = "5021007"
    cust = Org(
        "Harlow Kitchens Ltd",
        "Harlow Kitchens",
        "harlowkitchens.co.uk",
        "GB",
        "Harlow CM20 2DU",
        "Unit 4, Pinnacles Industrial Estate, Edinburgh Way",
        "#6a1b9a",
    )
    cc = person(cust, "Dean Whitlock", "Operations Director", "dean.whitlock")
    parties = kestrel_parties(cust, cc)
    report = kestrel_closure(
        cust,
        "KPC-2026-009",
        D(2026, 4, 17),
        "SOW-HK-01 – Microsoft 365 migration",
        [
            (
                "Exchange Online",
                "Migration of 164 mailboxes and 11 shared mailboxes (orders@, showroom@, fitting@ …) from Exchange "
                "2013 by cut-over; MX and Autodiscover switched; old server decommissioned",
                "Complete",
            ),
            (
                "SharePoint Online",
                "Design and showroom drawings library (420 GB) moved from the NAS to 6 SharePoint sites; CAD file "
                "naming and version settings agreed with the design team",
                "Complete",
            ),
        ],
        [("Mailboxes migrated", "164 + 11 shared"), ("Data moved to SharePoint", "420 GB"), ("Sites", "6")],
        [("Teams telephony", "Customer keeps its current PBX", "Not in scope")],
        parties,
        f"{cid}|report",
    )
    report = g.stamp_pdf(
        report,
        [
            Ink(
                "Signature",
                "image",
                dx=104,
                dy=6,
                h=26,
                picture=g.png(g.signature_image(KP_PM.name, "kp-pm-scan", 90, (20, 20, 30))),
            )
        ],
        f"{cid}|ksig",
    )
    report = typed_fields(report, [("Date", 1, "17/04/2026")], f"{cid}|kdate", dx=104)
    sent = Mail(
        KP_PM,
        [cc],
        "Harlow Kitchens – project closure report for countersignature",
        T(2026, 4, 17, 16, 32, 1),
        "Hi Dean,\n\nThe migration is complete – please find attached the closure report, already signed on our side. "
        "Could you countersign in the Customer column and send it back to me? Once we have it we will close the "
        "project and move you to support.\n\nMany thanks,\nOwen\n\n" + g.footer_block(KP_PM),
        attachments=[("KPC-2026-009 Closure Report.pdf", report)],
    )
    files = {
        "KPC-2026-009 Closure Report (Kestrel signed).pdf": report,
        "Harlow Kitchens – project closure report for countersignature.msg": msg_x(sent, None),
    }
    claim = cpor(
        cid,
        KESTREL,
        KP_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 6, 10, 15, 1),
        files=files,
    )
    return Bundle(
        f"{cid}_harlow_kitchens_customer_column_empty",
        claim,
        files,
        "action_required",
        "The closure report is detailed (164 + 11 mailboxes, 420 GB to 6 sites) and signed – but only in Kestrel's own "
        "Supplier column; the Customer column's signature and date cells are empty. The only e-mail is Kestrel's sent "
        "message asking the customer to countersign (a sent item: no transport headers, no reply in the thread). "
        "Nothing from Harlow Kitchens accepts or approves the work.",
        "Closure approval table: Supplier column signed 17/04/2026, Customer column 'Dean Whitlock' with blank "
        "Signature and Date; .msg from owen.pritchard@kestrelpoint.co.uk 'Could you countersign…'.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
            "partner_customer_names": "pass",
            "reused_evidence": "pass",
        },
    )


def s502_008_brindle_soames_identity_deferred() -> Bundle:
    cid = "5021008"
    cust = Org(
        "Brindle & Soames LLP",
        "Brindle & Soames",
        "brindlesoames.co.uk",
        "GB",
        "Leeds LS1 2JS",
        "7 Park Square East",
        "#3e2723",
    )
    cc = person(cust, "Imogen Hart", "IT & Facilities Manager", "imogen.hart")
    parties = kestrel_parties(cust, cc, KP_SEC)
    report = kestrel_closure(
        cust,
        "KPC-2026-021",
        D(2026, 6, 5),
        "SOW-BS-03 – Endpoint protection and identity threat detection",
        [
            (
                "Defender for Endpoint",
                "Onboarding of 212 laptops (fee earners and support staff) and 14 servers including the document "
                "management server; ASR rules in block mode; device control for USB storage (read-only outside IT); "
                "EDR in block mode; weekly vulnerability report to the IT & Facilities Manager",
                "Complete",
            ),
        ],
        [
            ("Devices onboarded", "212 laptops + 14 servers"),
            ("Critical vulnerabilities open at closure", "3 (from 41 at kick-off)"),
            ("USB write attempts blocked in May 2026", "27"),
        ],
        [
            (
                "Microsoft Defender for Identity – sensors on 4 domain controllers",
                "Deferred: domain controllers to be upgraded to Windows Server 2022 first (planned Q2 FY27)",
                "Not started",
            ),
            ("Defender for Cloud Apps", "Not in statement of work", "Not in scope"),
        ],
        parties,
        f"{cid}|report",
        author=KP_SEC,
    )
    signed = signed_columns(
        report,
        parties,
        "5. Closure approval",
        ["12/06/26", "12/06/2026"],
        f"{cid}|scan",
        T(2026, 6, 12, 12, 30, 1),
        meta("KPC-2026-021 closure signed", KP_SEC.name, T(2026, 6, 12, 15, 0, 1)),
        dpi=150,
        skew=0.5,
    )
    files = {"KPC-2026-021 Brindle Soames Closure Report SIGNED.pdf": signed}
    claim = cpor(
        cid,
        KESTREL,
        KP_SEC,
        cust,
        cc,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        submitted=T(2026, 7, 1, 9, 45, 1),
        files=files,
    )
    return Bundle(
        f"{cid}_brindle_soames_identity_deferred",
        claim,
        files,
        "action_required",
        "The closure report is signed by the customer (12/06/2026, UK day-first, 19 days before submission) and fully "
        "supports Defender for Endpoint (212 laptops, 14 servers, ASR, device control). The claim also includes "
        "MICROSOFT DEFENDER FOR IDENTITY, which the same report lists only under 'Exclusions and deferred items': "
        "sensors 'Deferred … Not started' until the domain controllers are upgraded. A workload named only as "
        "deferred is not connected to any work performed: it must be removed or evidenced.",
        "Section 4: 'Microsoft Defender for Identity – sensors on 4 domain controllers | Deferred … | Not started'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Sakura Bridge Solutions (Japan): one bilingual completion report, two customers
# --------------------------------------------------------------------------------------------------------------


def s502_009_kansai_gear_hanko_bilingual() -> Bundle:
    cid = "5021009"
    cust = Org(
        "Kansai Precision Gear Co., Ltd.",
        "Kansai Gear",
        "kansai-gear.co.jp",
        "JP",
        "Higashiosaka, Osaka 577-0011",
        "2-7-18 Aramoto-kita",
        "#1a237e",
    )
    cc = person(cust, "Kenta Takahashi", "情報システム課長 / IT Section Manager", "k.takahashi")
    pdf = sakura_report(
        cust,
        "関西精密ギア株式会社",
        "SBS-2026-0031",
        D(2026, 3, 18),
        [
            (
                "Exchange Online",
                "オンプレミス Exchange 2016 から 218 メールボックスを移行、共有メールボックス 9 件、MX 切替",
                "Migrated 218 mailboxes and 9 shared mailboxes from on-premises Exchange 2016; MX cut-over",
                "218 + 9",
            ),
            (
                "Microsoft Teams",
                "全社 240 名に展開、工場・営業所別チーム 17、会議室 6 室の予約設定",
                "Rolled out to all 240 staff; 17 teams by plant and sales office; booking for 6 meeting rooms",
                "240 名 / users",
            ),
            (
                "教育 / Training",
                "管理者向け 2 回、利用者向け 6 回（東大阪工場・滋賀工場）",
                "2 administrator sessions and 6 user sessions (Higashiosaka and Shiga plants)",
                "8 回 / sessions",
            ),
        ],
        (D(2026, 1, 13), D(2026, 3, 13)),
        cc,
        "高橋 健太",
        f"{cid}|rep",
    )
    scan = g.scan_pdf(
        pdf,
        sakura_inks("Kenta Takahashi", "2026/3/18", ("関西精密", "ギア")),
        f"{cid}|scan",
        T(2026, 3, 18, 17, 40, 9),
        dpi=200,
        skew=0.25,
        gray=False,
    )
    files = {"作業完了報告書_SBS-2026-0031_関西精密ギア.pdf": scan}
    claim = cpor(
        cid,
        SAKURA,
        SB_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 4, 7, 14, 10, 9),
        files=files,
        status="under_review",
    )
    return Bundle(
        f"{cid}_kansai_precision_gear_hanko_bilingual",
        claim,
        files,
        "approve",
        "Sakura Bridge's Japanese completion report with every statement also in English (218 + 9 mailboxes migrated, "
        "Teams for 240 staff with 17 teams, 8 training sessions, period 13 January – 13 March 2026), scanned in "
        "colour with the customer's IT section manager's signature, the company's red seal (hanko) and the date "
        "'2026/3/18' – year-first, 20 days before submission. A bilingual POE with English throughout is in English. "
        "The report layout is Sakura Bridge's own, shared with 5021010 (boilerplate).",
        "Scan: 'お客様 / Customer – 関西精密ギア株式会社 – 高橋 健太', signature, red seal, '2026/3/18'.",
        g.cpor_ok(),
        container="zip",
    )


def s502_010_naniwa_japanese_only() -> Bundle:
    cid = "5021010"
    cust = Org(
        "Naniwa Shokuhin K.K.",
        "Naniwa Shokuhin",
        "naniwa-shokuhin.co.jp",
        "JP",
        "Naniwa-ku, Osaka 556-0011",
        "1-4-22 Nanbanaka",
        "#e65100",
    )
    cc = person(cust, "Yoko Nishimura", "総務部 情報システム担当", "y.nishimura")
    rows = [
        (
            "SharePoint Online",
            "ファイルサーバー（820GB）を 11 サイトへ移行、部門別アクセス権の再設計、品質管理文書ライブラリ",
            "",
            "11 サイト",
        ),
        (
            "Microsoft Teams",
            "全社 175 名に展開、店舗・工場別チーム 14、シフト管理の試行（セントラルキッチン）",
            "",
            "175 名",
        ),
    ]
    pdf = sakura_report(
        cust,
        "浪速食品株式会社",
        "SBS-2026-0058",
        D(2026, 6, 26),
        rows,
        (D(2026, 4, 6), D(2026, 6, 19)),
        cc,
        "西村 陽子",
        f"{cid}|rep",
        english=False,
    )
    scan = g.scan_pdf(
        pdf,
        sakura_inks("Yoko Nishimura", "2026/6/26", ("浪速", "食品"), english=False),
        f"{cid}|scan",
        T(2026, 6, 26, 16, 0, 9),
        dpi=200,
        skew=-0.3,
        gray=False,
    )
    ask = Mail(
        SB_PM,
        [cc],
        "【浪速食品様】作業完了報告書のご確認のお願い",
        T(2026, 6, 26, 10, 12, 9),
        "浪速食品株式会社\n西村様\n\nいつもお世話になっております。サクラブリッジの小野です。\n"
        "SharePoint Online と Teams の導入作業が完了しましたので、作業完了報告書をお送りいたします。\n"
        "ご確認のうえ、ご捺印をお願いいたします。\n\nよろしくお願いいたします。\n\n小野 大輔\n" + SAKURA.name,
    )
    reply = Mail(
        cc,
        [SB_PM],
        "RE: 【浪速食品様】作業完了報告書のご確認のお願い",
        T(2026, 6, 26, 16, 25, 9),
        "小野様\n\nお世話になっております。\n作業完了報告書の内容を確認し、検収いたしました。押印済みのものを添付いたします。\n"
        "店舗のTeams利用も順調です。ありがとうございました。\n\n浪速食品株式会社\n総務部 西村 陽子",
        quoted=ask,
        style="gmail",
        mailer="",
    )
    files = {
        "作業完了報告書_浪速食品_押印済.pdf": scan,
        "RE_【浪速食品様】作業完了報告書のご確認のお願い.eml": eml_x(reply, "google"),
    }
    claim = cpor(
        cid,
        SAKURA,
        SB_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["SHAREPOINT ONLINE", "TEAMS"],
        submitted=T(2026, 7, 14, 11, 0, 9),
        files=files,
    )
    return Bundle(
        f"{cid}_naniwa_shokuhin_japanese_only",
        claim,
        files,
        "action_required",
        "Both POE documents are in Japanese only: Sakura Bridge's completion report (its Japanese-only version, sealed "
        "and signed by the customer on 2026/6/26 – 820 GB to 11 SharePoint sites, Teams for 175 staff) and the "
        "customer's reply e-mail ('検収いたしました' – we have accepted it) from naniwa-shokuhin.co.jp. The same "
        "partner's bilingual version of this form (5021009) shows an English version is available. POE must be in "
        "English or come with an English version; the content itself would support the claim once translated.",
        "作業完了報告書 (Japanese only) with seal and '2026/6/26'; "
        "e-mail 'RE: 【浪速食品様】作業完了報告書…' in Japanese.",
        {
            "document_language": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Bukhansan Cloud (Korea)
# --------------------------------------------------------------------------------------------------------------

BK_LABELS = ("성명 / Name", "직위 / Title", "서명 / Signature", "일자 / Date")


def bukhansan_certificate(
    cust: Org,
    cust_kr: str,
    ref: str,
    day: dt.date,
    rows: Sequence[tuple[str, str, str, str]],
    signer: Person,
    signer_kr: str,
    seed: str,
) -> bytes:
    """Bukhansan Cloud's 검수확인서 / Acceptance Certificate (Korean with English under every line)."""
    html = f"""
<h1 style="text-align:center">검 수 확 인 서<br/><span style="font-size:12pt">Acceptance Certificate</span></h1>
{
        kv(
            [
                ("문서번호 / Doc. no.", ref),
                ("고객사 / Customer", f"{escape(cust_kr)} ({escape(cust.name)})"),
                ("수행사 / Supplier", f"북한산클라우드㈜ ({escape(BUKHANSAN.name)})"),
                ("검수일 / Acceptance date", f"{day.year}. {day.month}. {day.day}."),
            ],
            key_w=150,
        )
    }
<h2>검수 내역 / Scope accepted</h2>
{grid(["항목 / Item", "내용", "Description", "수량 / Qty"], rows, [18, 33, 33, 16])}
<p>상기 내역과 같이 작업이 완료되었음을 확인합니다.<br/><i>We confirm that the work above has been completed and
accept it.</i></p>
{g.signoff("stacked", [Party("고객사 / Customer", cust_kr, signer_kr, signer.title)], heading="", labels=BK_LABELS)}
"""
    return hpdf(
        html,
        meta(f"검수확인서 {ref}", BK_PM.name, T(day.year, day.month, day.day, 14, 0, 9)),
        seed,
        style=css(BUKHANSAN.color, size=9),
        decor=g.Decor(
            BUKHANSAN,
            right=f"검수확인서 · {ref}",
            footer=escape(BUKHANSAN.name + " · " + BUKHANSAN.reg),
            accent=BUKHANSAN.color,
        ),
    )


def s502_011_daegu_textiles_seal() -> Bundle:
    cid = "5021011"
    cust = Org(
        "Daegu Smart Textiles Co., Ltd.",
        "DST",
        "dstex.co.kr",
        "KR",
        "Daegu 41059",
        "Seongseo-ro 71, Dalseo-gu",
        "#4a148c",
    )
    cc = person(cust, "Lee Sang-woo", "정보전략팀장 / Head of IT Strategy", "sangwoo.lee")
    pdf = bukhansan_certificate(
        cust,
        "대구스마트텍스타일㈜",
        "BKC-AC-2026-017",
        D(2026, 4, 2),
        [
            (
                "Microsoft Intune",
                "사무용 노트북 186대 및 공장 태블릿 64대 등록, 규정 준수 정책, Windows 업데이트 링",
                "Enrolled 186 office laptops and 64 factory tablets; compliance policies; Windows Update rings",
                "250대 / devices",
            ),
            (
                "Defender for Endpoint",
                "PC 250대 및 서버 12대 온보딩, ASR 규칙 차단 모드, EDR 차단 모드, 경보 메일 설정",
                "Onboarded 250 devices and 12 servers; ASR rules in block mode; EDR in block mode; alert e-mails",
                "262대 / endpoints",
            ),
            (
                "기간 / Period",
                "2026. 1. 12. ~ 2026. 3. 27.",
                "12 January – 27 March 2026",
                "",
            ),
        ],
        cc,
        "이상우",
        f"{cid}|cert",
    )
    inks = [
        *g.sign_inks("stacked", Party("", "", "Lee Sang-woo"), 0, "2026. 4. 2.", labels=BK_LABELS),
        Ink("서명 / Signature:", "seal", dx=250, dy=-14, h=62, lines=("대구스마트", "텍스타일"), cjk=True),
    ]
    scan = g.scan_pdf(pdf, inks, f"{cid}|scan", T(2026, 4, 2, 17, 5, 9), dpi=200, skew=0.2, gray=False)
    files = {"검수확인서_대구스마트텍스타일_BKC-AC-2026-017.pdf": scan}
    claim = cpor(
        cid,
        BUKHANSAN,
        BK_SEC,
        cust,
        cc,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 28, 10, 30, 9),
        files=files,
    )
    return Bundle(
        f"{cid}_daegu_smart_textiles_company_seal",
        claim,
        files,
        "approve",
        "Korean acceptance certificate (검수확인서) with the English under every line: 250 devices in Intune (186 "
        "laptops, 64 factory tablets) and 262 endpoints in Defender for Endpoint, period 12 January – 27 March 2026. "
        "Scanned with the customer's Head of IT Strategy's signature, the company seal (직인) and the date "
        "'2026. 4. 2.' "
        "(Korean year-month-day), 26 days before submission. The customer signs as 'DST', the short form of Daegu "
        "Smart Textiles used in its own domain dstex.co.kr.",
        "Scan: '고객사 / Customer – 대구스마트텍스타일㈜ – 이상우', signature, red seal, '2026. 4. 2.'.",
        g.cpor_ok(),
    )


def ms_template(
    partner: Org,
    cust: Org,
    signer: Person,
    products: Sequence[tuple[str, Sequence[str]]],
    scope: str,
    start: dt.date,
    end: dt.date,
    seed: str,
) -> bytes:
    """Microsoft's optional CPOR POE template for Security usage (set G's layout), filled in by the partner and
    paginated so that no section is split."""
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
        cells = " ".join(
            ("☒ " if a in acts else "☐ ") + a for a in ("Deployment", "Implementation", "Adoption/Change Mgmt.")
        )
        rows.append((f"{'☒' if prod in chosen else '☐'} {escape(prod)}", cells))
    contacts = kv(
        [
            ("Partner Company Name", escape(partner.name)),
            ("Customer Company Name", escape(cust.name)),
            ("Customer Signatory Name (printed)", escape(signer.name)),
            ("Customer Signatory Role or Job Title", escape(signer.title)),
            ("Engagement Start and End Date", f"{g.fdate(start, 'us_long')} – {g.fdate(end, 'us_long')}"),
        ]
    )
    html = f"""
<p class="small">Valid for use in the following MCI incentives: Security Usage</p>
<h2>Section 1 (Required): Select product(s)/workload(s) and activity type</h2>
{grid([], rows, [48, 52])}
<h2>Section 2 (Required): Scope of Work Details</h2>
<p class="small">Describe in detail the work performed following the product and activity selection in Section 1.
Generic high-level descriptions will not be accepted.</p>
<div class="box">{scope}</div>
<h2>Section 3 (Required): Partner and Customer Contact Information</h2>
{contacts}
<h2>Section 3.1 (Required): Customer Acknowledgment*</h2>
<p class="small">*Customer acknowledgement must be dated within 12 months of claim submission. Applicable for Dates
Signed field below.</p>
{fields([("Signature", "", 48), ("Date Signed", "", 20)])}
"""
    return hpdf(
        html,
        meta("CPOR POE Template – Security Usage", partner.short, T(end.year, end.month, end.day)),
        seed,
        style=css("#2b579a", size=9),
    )


def s502_012_incheon_harbor_unticked_entra() -> Bundle:
    cid = "5021012"
    cust = Org(
        "Incheon Harbor Logistics Co., Ltd.",
        "IH Logis",
        "ihlogis.co.kr",
        "KR",
        "Incheon 22329",
        "Seohae-daero 366, Jung-gu",
        "#0d47a1",
    )
    cc = person(cust, "Kang Dong-hyun", "IT Team Leader", "donghyun.kang")
    pdf = ms_template(
        BUKHANSAN,
        cust,
        cc,
        [("Microsoft Intune", ("Deployment", "Implementation"))],
        "<p>3 bonded warehouses and the port office; 140 office PCs on the local domain only, 95 Zebra TC52 "
        "scanners unmanaged.</p><ul><li>Windows enrollment (Entra hybrid join) for 140 office PCs; compliance "
        "(BitLocker, OS version), 2 update rings, WMS client and Microsoft 365 Apps deployed.</li><li>Android "
        "Enterprise dedicated devices for 95 scanners (kiosk mode, WMS app only).</li><li>Handover: 2 sessions, "
        "runbook in Korean and English; 235 devices enrolled.</li></ul>",
        D(2026, 3, 2),
        D(2026, 5, 22),
        f"{cid}|tpl",
    )
    pdf = typed_fields(pdf, [("Date Signed", 0, "2026-05-27")], f"{cid}|date")
    signed = g.esign(
        pdf,
        cc,
        T(2026, 5, 27, 9, 14, 9),
        f"{cid}|env",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=8,
        vendor="docusign",
        sender=BK_PM,
        ip="211.234.118.40",
    )
    files = {"CPOR_POE_Template_IHLogis_signed.pdf": signed}
    claim = cpor(
        cid,
        BUKHANSAN,
        BK_PM,
        cust,
        cc,
        area="Security",
        workloads=["INTUNE", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        submitted=T(2026, 6, 15, 15, 20, 9),
        files=files,
    )
    return Bundle(
        f"{cid}_incheon_harbor_entra_p2_unticked",
        claim,
        files,
        "action_required",
        "Microsoft's optional Security usage template, DocuSign-signed by the customer's IT team leader on 2026-05-27, "
        "fully supports Intune (140 office PCs, 95 Zebra scanners as dedicated devices, compliance and update rings). "
        "The claim also includes AZURE ACTIVE DIRECTORY PREMIUM 2, but 'Microsoft Entra ID P2 (formerly AADP P2)' is "
        "an unticked row of the template's product list and the scope describes no Entra ID P2 work (identity "
        "protection, PIM, access reviews). No work is connected to that workload: remove it or evidence it.",
        "Template Section 1: '☐ Microsoft Entra ID P2 (formerly AADP P2)', '☒ Microsoft Intune ☒ Deployment ☒ "
        "Implementation'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def bukhansan_findings(cust: Org, cid: str, day: dt.date, seed: str, sections: Sequence[tuple[str, str]]) -> bytes:
    facts = [("고객사 / Customer", cust.name), ("MCI 클레임 / Claim", cid), ("일자 / Date", g.fdate(day, "kr"))]
    html = f"<h1>평가 결과 보고서 / Assessment Findings</h1>{kv([(k, escape(v)) for k, v in facts], key_w=150)}"
    html += "".join(f"<h2>{escape(h)}</h2>{body}" for h, body in sections)
    return rpdf(
        BUKHANSAN,
        html,
        meta(f"Findings {cust.short}", BK_SEC.name, T(day.year, day.month, day.day, 18, 0, 9)),
        seed,
        right="평가 결과 보고서 / Findings",
    )


def s502_013_ulsan_assessment_submitted_late() -> Bundle:
    cid = "5021013"
    cust = Org(
        "Ulsan Marine Coatings Co., Ltd.",
        "Ulsan Marine Coatings",
        "ulsanmc.co.kr",
        "KR",
        "Ulsan 44780",
        "Yeompo-ro 118, Buk-gu",
        "#006064",
    )
    cc = person(cust, "Jung Hye-jin", "Information Security Manager", "hyejin.jung")
    consent, submitted = D(2026, 2, 2), T(2026, 4, 10, 16, 45, 9)
    report = bukhansan_findings(
        cust,
        cid,
        D(2026, 3, 20),
        f"{cid}|rep",
        [
            (
                "범위 / Scope",
                "<p>Microsoft Purview 데이터 보안 평가: 연구소 배합 데이터와 조선소 고객 도면 "
                "(Data security assessment "
                "with Microsoft Purview: lab formulation data and shipyard customers' drawings), 410 users, 38 "
                "SharePoint sites, 2 file shares.</p>",
            ),
            (
                "주요 발견 / Key findings",
                ul(
                    [
                        "Formulation spreadsheets shared by link with 'anyone' on 6 sites (1,240 files).",
                        "Customer drawings e-mailed to personal addresses 37 times in 30 days.",
                        "No sensitivity labels; DLP policies absent.",
                    ]
                ),
            ),
            (
                "권고 / Recommendations",
                ul(
                    [
                        "Sensitivity labels 'Confidential – Formulation' and 'Customer Drawing', auto-labelling.",
                        "DLP policy for external sharing of labelled content; pilot with the R&D centre (60 users).",
                    ]
                ),
            ),
        ],
    )
    files, claim = pa_claim(
        cid,
        BUKHANSAN,
        BK_SEC,
        cust,
        cc,
        area="Security",
        eng=pa_eng("SEC-DSA-ASSESS", "Security – Data Security Assessment", "assessment", 2500.0),
        consent=consent,
        submitted=submitted,
        poe={f"Findings_{cid}_UlsanMC.pdf": report},
        amount=2500.0,
        inv_no="BKC-INV-2026-044",
        inv_day=D(2026, 4, 6),
        activities="Purview data security assessment, findings workshop",
        outcome="Labelling and DLP plan, R&D pilot",
        participants="7",
        invoice_kw={"date_style": "iso", "bank": "Shinhan Bank, Euljiro branch · USD account"},
    )
    return Bundle(
        f"{cid}_ulsan_marine_assessment_submitted_late",
        claim,
        files,
        "reject",
        "An assessment-type engagement must be submitted within 60 days of customer consent (2026-02-02 → 2026-04-03); "
        f"this claim was submitted on 2026-04-10, {days(consent, submitted)} days after consent, never having been "
        "submitted before. The claim expired on day 60 and expired claims cannot be reactivated, whatever the "
        "quality of the findings report (which is specific), the invoice (claim ID, USD 2,500.00 = proposed payout) "
        "and the surveys.",
        "consent_date 2026-02-02, activity_type assessment, submitted_at 2026-04-10 (day 67 > 60).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s502_014_gwangju_out_of_office_only() -> Bundle:
    cid = "5021014"
    cust = Org(
        "Gwangju Bio Pharm Co., Ltd.",
        "Gwangju Bio Pharm",
        "gjbiopharm.co.kr",
        "KR",
        "Gwangju 62465",
        "Cheomdangwagi-ro 208, Buk-gu",
        "#2e7d32",
    )
    cc = person(cust, "Yoon Ji-ho", "IT Manager", "jiho.yoon")
    report = rpdf(
        BUKHANSAN,
        f"""<h1>Project Completion Summary – Gwangju Bio Pharm</h1>
{kv([("Customer", escape(cust.name)), ("Period", "16 March – 29 May 2026"), ("Prepared by", BK_PM.name)])}
{
            grid(
                ["Workload", "Delivered", "Volume"],
                [
                    (
                        "Teams",
                        "Rollout to 320 staff; 22 teams (labs, QA, production lines, sales); GMP document review "
                        "channel with approvals",
                        "320 users",
                    ),
                    (
                        "SharePoint Online",
                        "QA document centre (SOPs, batch records) with versioning and retention; "
                        "migration of 310 GB from the QA file share",
                        "9 sites",
                    ),
                ],
                [18, 64, 18],
            )
        }
<h2>Customer acceptance</h2><p>Requested by e-mail on 1 June 2026.</p>""",
        meta("Completion summary Gwangju Bio Pharm", BK_PM.name, T(2026, 5, 29, 17, 0, 9)),
        f"{cid}|rep",
        right="Project Completion Summary",
    )
    ask = Mail(
        BK_PM,
        [cc],
        "[Gwangju Bio Pharm] 프로젝트 완료 확인 요청 / Project completion confirmation",
        T(2026, 6, 1, 9, 3, 9),
        "윤지호 팀장님,\n\nTeams 및 SharePoint 프로젝트 완료 보고서를 첨부드립니다. "
        "검토 후 회신으로 완료 확인 부탁드립니다.\n"
        "Please find attached the completion summary; a short confirmation by reply is all we need.\n\n감사합니다.\n"
        "박지훈 / Park Ji-hoon\n" + BUKHANSAN.name,
        attachments=[("Completion_Summary_GJBP.pdf", report)],
    )
    ooo = Mail(
        cc,
        [BK_PM],
        "자동 회신: [Gwangju Bio Pharm] 프로젝트 완료 확인 요청 / Automatic reply: Project completion confirmation",
        T(2026, 6, 1, 9, 3, 9) + dt.timedelta(seconds=41),
        "안녕하세요. 6월 1일부터 6월 12일까지 해외 출장 중으로 메일 확인이 어렵습니다. 급한 용무는 IT팀 대표 메일 "
        "it@gjbiopharm.co.kr 로 연락 바랍니다.\n\nI am travelling from 1 to 12 June with limited access to e-mail. "
        "For urgent matters please contact it@gjbiopharm.co.kr.\n\nYoon Ji-ho",
        auto_reply=True,
    )
    files = {
        "Completion_Summary_GJBP.pdf": report,
        "자동 회신_ 프로젝트 완료 확인 요청.msg": msg_x(ooo, "exo"),
        "[Gwangju Bio Pharm] 프로젝트 완료 확인 요청.msg": msg_x(ask, None),
    }
    claim = cpor(
        cid,
        BUKHANSAN,
        BK_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 6, 3, 11, 0, 9),
        files=files,
    )
    return Bundle(
        f"{cid}_gwangju_bio_pharm_out_of_office_only",
        claim,
        files,
        "action_required",
        "The partner's completion summary is specific (Teams for 320 staff, 22 teams, QA document centre with 310 GB), "
        "but the only message from the customer's domain is an automatic out-of-office reply (Auto-Submitted: "
        "auto-replied, 41 seconds after the partner's request) saying the IT manager is travelling until 12 June. "
        "An auto-reply acknowledges nothing, and the partner's own request was submitted two days later without any "
        "answer. The customer has not accepted the work.",
        "'자동 회신 / Automatic reply' from jiho.yoon@gjbiopharm.co.kr: 'I am travelling from 1 to 12 June…'.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "customer_domain": ["pass", "not_applicable"],
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Ipê Digital (Brazil)
# --------------------------------------------------------------------------------------------------------------

IPE_LABELS = ("Nome / Name", "Cargo / Title", "Assinatura / Signature", "Data / Date")


def ipe_termo(
    cust: Org,
    ref: str,
    city_day: str,
    items: Sequence[tuple[str, str]],
    intro_pt: str,
    intro_en: str,
    parties: Sequence[Party],
    seed: str,
    when: dt.datetime,
) -> bytes:
    """Ipê Digital's Termo de Aceite / Acceptance Term: Portuguese, with the English in italics under it."""
    rows = "".join(f"<li>{pt}<br/><i>{en}</i></li>" for pt, en in items)
    html = f"""
<h1 style="text-align:center">TERMO DE ACEITE<br/><span style="font-size:12pt">Acceptance Term</span></h1>
<p style="text-align:right">Ref. {escape(ref)}</p>
<p><b>Contratante / Customer:</b> {escape(cust.name)} – {escape(cust.address)}<br/>
<b>Contratada / Supplier:</b> {escape(IPE.name)} – {escape(IPE.reg)}</p>
<p>{intro_pt}<br/><i>{intro_en}</i></p>
<ul>{rows}</ul>
<p>A Contratante declara que os serviços acima foram executados pela Contratada e os aceita sem ressalvas.<br/>
<i>The Customer declares that the services above were performed by the Supplier and accepts them without
reservation.</i></p>
<p>{escape(city_day)}</p>
{g.signoff("lines", parties, heading="", labels=IPE_LABELS)}
"""
    return hpdf(
        html,
        meta(f"Termo de Aceite {ref}", IP_PM.name, when),
        seed,
        style=css(IPE.color, size=9.5),
        decor=g.Decor(
            IPE,
            right=f"Termo de Aceite · {ref}",
            footer=escape(IPE.name + " · " + IPE.reg),
            accent="#8d6e00",
            numbers="",
        ),
    )


def ipe_inks(parties: Sequence[Party], date_text: str, stamp: tuple[str, ...]) -> list[Ink]:
    day = f"{IPE_LABELS[3]}: ____"
    return [
        *g.sign_inks("lines", parties[0], 0, "", labels=IPE_LABELS),
        Ink(day, "hand", date_text, dx=78, dy=-4, h=13, occurrence=0),
        Ink(parties[0].name, "stamp", dx=95, dy=-60, h=44, lines=stamp, color=(40, 60, 150)),
        *g.sign_inks("lines", parties[1], 1, "", labels=IPE_LABELS, color=g.INK_BLACK),
        Ink(day, "hand", date_text, dx=78, dy=-4, h=13, occurrence=1, color=g.INK_BLACK),
    ]


def s502_015_cocampos_phone_photo_termo() -> Bundle:
    cid = "5021015"
    cust = Org(
        "Cooperativa Agroindustrial dos Campos Gerais",
        "Cocampos",
        "cocampos.coop.br",
        "BR",
        "Ponta Grossa - PR, 84010-000",
        "Rua Balduíno Taques, 1450",
        "#33691e",
        "CNPJ 77.884.125/0001-31",
    )
    cc = person(cust, "Ricardo Bortolotto", "Gerente de TI / IT Manager", "ricardo.bortolotto")
    parties = [
        Party("Contratante", cust.name, cc.name, cc.title),
        Party("Contratada", IPE.name, IP_PM.name, IP_PM.title),
    ]
    termo = ipe_termo(
        cust,
        "IPE-TA-2026-019",
        "Ponta Grossa, 18 de maio de 2026.",
        [
            (
                "Microsoft Teams para 680 colaboradores em 14 unidades (sede, 11 unidades de recebimento de grãos e "
                "2 indústrias), 26 equipes por unidade e área, política de reuniões e treinamento de 18 "
                "multiplicadores.",
                "Microsoft Teams for 680 employees in 14 sites (head office, 11 grain receiving units and 2 plants), "
                "26 teams by site and department, meeting policy and training of 18 champions.",
            ),
            (
                "SharePoint Online: intranet 'Portal do Colaborador', 12 sites de áreas, migração de 640 GB do "
                "servidor de arquivos com revisão de permissões.",
                "SharePoint Online: 'Portal do Colaborador' intranet, 12 department sites, migration of 640 GB from "
                "the "
                "file server with a permissions review.",
            ),
            (
                "Período de execução: 2 de março a 8 de maio de 2026.",
                "Delivery period: March 2 to May 8, 2026.",
            ),
        ],
        "A Contratante confirma a conclusão do projeto de colaboração Microsoft 365 abaixo descrito.",
        "The Customer confirms completion of the Microsoft 365 collaboration project described below.",
        parties,
        f"{cid}|termo",
        T(2026, 5, 15, 11, 0, -3),
    )
    page = g.render(
        termo,
        130,
        ipe_inks(parties, "18/05/2026", ("COCAMPOS", "CNPJ 77.884.125/0001-31", "Ponta Grossa - PR")),
        f"{cid}|ink",
    )[0]
    page = g.scanify(page, f"{cid}|paper", skew=0.0, gray=False, noise=4, blur=0.3, shadow=False)
    photo = g.phone_photo(page, f"{cid}|photo", T(2026, 5, 18, 15, 47, -3), model=("samsung", "SM-A546E"))
    files = {"20260518_154712.jpg": photo}
    claim = cpor(
        cid,
        IPE,
        IP_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 6, 3, 10, 20, -3),
        files=files,
    )
    return Bundle(
        f"{cid}_cocampos_phone_photo_termo_de_aceite",
        claim,
        files,
        "approve",
        "A phone photo (Samsung, EXIF 2026-05-18) of Ipê Digital's Termo de Aceite, Portuguese with the English in "
        "italics under every line: Teams for 680 employees in 14 sites, 26 teams, SharePoint intranet with 12 sites "
        "and 640 GB migrated, 2 March – 8 May 2026. Signed in wet ink by the co-operative's IT manager, stamped with "
        "the co-operative's CNPJ stamp and dated 18/05/2026 (Brazilian day-first; the text says '18 de maio de "
        "2026'), 16 days before submission. A photographed wet-ink page is a physically signed document; 'Cocampos' "
        "is how the co-operative writes its own name (and domain).",
        "Photo: signature over 'Ricardo Bortolotto – Gerente de TI', stamp 'COCAMPOS · CNPJ 77.884.125/0001-31', "
        "'Data / Date: 18/05/2026'.",
        g.cpor_ok(),
    )


def s502_016_serra_azul_quote_and_po() -> Bundle:
    cid = "5021016"
    cust = Org(
        "Transportes Rodoviários Serra Azul Ltda.",
        "Serra Azul",
        "serraazul.com.br",
        "BR",
        "Campinas - SP, 13069-380",
        "Rodovia Dom Pedro I, km 127",
        "#1565c0",
        "CNPJ 61.224.807/0001-92",
    )
    cc = person(cust, "Fernanda Lopes", "Coordenadora de TI", "fernanda.lopes")
    buyer = person(cust, "Marcos Tavares", "Comprador / Buyer", "compras", "+55 19 3555-0122")
    quote = hpdf(
        f"""
<h1>Proposta Comercial</h1>
{kv([("Proposta", "IPE-PC-2026-077"), ("Cliente", escape(cust.name)), ("Validade", "30 dias"), ("Data", "10/03/2026")])}
{
            grid(
                ["Item", "Descrição", "Qtd.", "Valor unit.", "Total mensal"],
                [
                    (
                        "1",
                        "Microsoft 365 Business Premium (NCE, anual, pagamento mensal)",
                        "140",
                        "R$ 148,20",
                        "R$ 20.748,00",
                    ),
                    ("2", "Microsoft Defender for Business – incluído no item 1", "140", "—", "—"),
                    ("3", "Serviço de implantação (estimativa, 80 h)", "1", "R$ 18.500,00", "parcela única"),
                ],
                [6, 52, 8, 16, 18],
            )
        }
<p>Condições: faturamento mensal via CSP; impostos inclusos; implantação a ser detalhada em proposta técnica.</p>
<p style="margin-top:30pt">De acordo: ______________________________</p>
""",
        meta("Proposta IPE-PC-2026-077", IP_PM.name, T(2026, 3, 10, 10, 0, -3)),
        f"{cid}|quote",
        style=css(IPE.color),
        decor=g.Decor(IPE, footer=escape(IPE.name), accent="#8d6e00"),
    )
    quote = g.scan_pdf(
        quote,
        [
            Ink("De acordo:", "sig", cc.name, dx=70, dy=-22, h=30),
            Ink("De acordo:", "hand", "16/03/2026", dx=300, dy=-4, h=13),
        ],
        f"{cid}|qscan",
        T(2026, 3, 16, 14, 0, -3),
        dpi=140,
    )
    po = hpdf(
        f"""
<h1>PEDIDO DE COMPRA Nº 4471</h1>
{
            kv(
                [
                    ("Comprador", escape(cust.name)),
                    ("Fornecedor", escape(IPE.name)),
                    ("Data", "17/03/2026"),
                    ("Condição de pagamento", "28 dias"),
                ]
            )
        }
{
            grid(
                ["Item", "Descrição", "Qtd.", "Valor"],
                [
                    ("1", "Licenças Microsoft 365 Business Premium – mensal", "140", "R$ 20.748,00 / mês"),
                    ("2", "Implantação conforme proposta IPE-PC-2026-077", "1", "R$ 18.500,00"),
                ],
                [8, 60, 10, 22],
            )
        }
<p>Aprovado por: {escape(buyer.name)} – Compras</p>
""",
        meta("PC 4471", buyer.name, T(2026, 3, 17, 9, 0, -3)),
        f"{cid}|po",
        style=css("#1565c0"),
    )
    mail = Mail(
        buyer,
        [IP_PM],
        "Pedido de compra 4471 – licenças Microsoft 365",
        T(2026, 3, 17, 9, 40, -3),
        "Boa tarde Juliana,\n\nSegue em anexo o pedido de compra 4471 referente às 140 licenças Microsoft 365 Business "
        "Premium e à implantação, conforme proposta aprovada pela Fernanda. Favor ativar as licenças até o dia 25.\n\n"
        "Att.,\nMarcos Tavares\nCompras – Serra Azul",
        attachments=[("PC_4471.pdf", po)],
    )
    files = {
        "Proposta_IPE-PC-2026-077_assinada.pdf": quote,
        "PC_4471.pdf": po,
        "Pedido de compra 4471 – licenças Microsoft 365.msg": msg_x(mail, "google"),
    }
    claim = cpor(
        cid,
        IPE,
        IP_PM,
        cust,
        cc,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 20, 16, 0, -3),
        files=files,
    )
    return Bundle(
        f"{cid}_serra_azul_signed_quote_and_purchase_order",
        claim,
        files,
        "reject",
        "Everything uploaded is about buying licences: a pricing proposal for 140 Microsoft 365 Business Premium "
        "licences signed 'De acordo' by the customer, the customer's purchase order 4471, and the buyer's e-mail "
        "sending the purchase order and asking for the licences to be activated. Pricing quotes (signed or not), "
        "purchase orders and customer e-mails about licence purchases never count as POE, and nothing describes any "
        "Intune or Defender work actually performed (the implementation is only 'to be detailed'). The POE is "
        "insufficient as a whole.",
        "Signed quote 'Proposta Comercial IPE-PC-2026-077'; 'PEDIDO DE COMPRA Nº 4471'; e-mail 'Favor ativar as "
        "licenças até o dia 25'.",
        {
            "unacceptable_documents": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "fail",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s502_017_vale_verde_dispute_with_termo() -> Bundle:
    cid = "5021017"
    cust = Org(
        "Laticínios Vale Verde S.A.",
        "Vale Verde",
        "valeverde.ind.br",
        "BR",
        "Uberlândia - MG, 38406-643",
        "Av. Aldo Borges Leão, 2200",
        "#2e7d32",
        "CNPJ 18.447.219/0001-05",
    )
    cc = person(cust, "Paulo Henrique Siqueira", "Gerente de Infraestrutura / Infrastructure Manager", "paulo.siqueira")
    report = rpdf(
        IPE,
        f"""<h1>Deployment Report – Laticínios Vale Verde</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Project", "IPE-PRJ-2026-031 – Intune and Defender for Endpoint"),
                    ("Period", "April 6 – June 5, 2026"),
                    ("Prepared by", escape(IP_PM.name)),
                ]
            )
        }
{
            grid(
                ["Workload", "Work performed", "Volume"],
                [
                    (
                        "Intune",
                        "Windows enrollment through Autopilot for 150 new laptops and hybrid join for 212 "
                        "existing desktops; Android Enterprise for 90 delivery-route handhelds; compliance and update "
                        "policies",
                        "452 devices",
                    ),
                    (
                        "Defender for Endpoint",
                        "Onboarding of 362 Windows devices and 18 servers (2 dairy plants, "
                        "head office); ASR in block mode; network protection; automated investigation",
                        "380 endpoints",
                    ),
                ],
                [20, 62, 18],
            )
        }
<h2>Status</h2><p>Production since June 5, 2026. Handover to the customer's infrastructure team on June 12.</p>""",
        meta("Deployment report Vale Verde", IP_PM.name, T(2026, 6, 12, 17, 0, -3)),
        f"{cid}|rep",
        right="Deployment Report",
    )
    parties = [
        Party("Contratante", cust.name, cc.name, "Gerente de Infraestrutura"),
        Party("Contratada", IPE.name, IP_PM.name, "Gerente de Projetos"),
    ]
    termo = ipe_termo(
        cust,
        "IPE-TA-2026-044",
        "Uberlândia, 15 de julho de 2026.",
        [
            (
                "Microsoft Intune: 452 dispositivos (150 notebooks via Autopilot, 212 desktops, 90 coletores Android).",
                "Microsoft Intune: 452 devices (150 laptops via Autopilot, 212 desktops, 90 Android handhelds).",
            ),
            (
                "Microsoft Defender for Endpoint: 362 dispositivos Windows e 18 servidores, regras ASR em bloqueio.",
                "Microsoft Defender for Endpoint: 362 Windows devices and 18 servers, ASR rules in block mode.",
            ),
        ],
        "A Contratante confirma a conclusão do projeto IPE-PRJ-2026-031, em produção desde 05/06/2026.",
        "The Customer confirms completion of project IPE-PRJ-2026-031, in production since June 5, 2026.",
        parties,
        f"{cid}|termo",
        T(2026, 7, 14, 10, 0, -3),
    )
    scan = g.scan_pdf(
        termo,
        ipe_inks(parties, "15/07/2026", ("LATICÍNIOS VALE VERDE S.A.", "CNPJ 18.447.219/0001-05")),
        f"{cid}|scan",
        T(2026, 7, 15, 16, 30, -3),
        dpi=150,
        skew=0.6,
    )
    files = {
        "Deployment_Report_ValeVerde.pdf": report,
        "Disputa/Termo_de_Aceite_IPE-TA-2026-044_assinado.pdf": scan,
    }
    sub1, rej, disp, sub2 = (
        T(2026, 6, 22, 10, 0, -3),
        T(2026, 7, 2, 13, 0),
        T(2026, 7, 20, 9, 30, -3),
        T(2026, 7, 21, 11, 10, -3),
    )
    claim = cpor(
        cid,
        IPE,
        IP_PM,
        cust,
        cc,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=sub2,
        files=files,
        status="disputed",
        history=[
            ("submission", sub1, IP_PM.email),
            ("rejection", rej, "Microsoft"),
            ("dispute", disp, IP_PM.email),
            ("document submission", sub2 - dt.timedelta(minutes=3), IP_PM.email),
            ("submission", sub2, IP_PM.email),
        ],
        comments=[
            ("microsoft", rej, "Rejected: the POE has no customer acknowledgement of the work (partner report only)."),
            (
                "partner",
                sub2 - dt.timedelta(minutes=2),
                "Dispute: the customer's signed acceptance term is now attached (folder Disputa).",
            ),
        ],
    )
    return Bundle(
        f"{cid}_vale_verde_dispute_with_signed_termo",
        claim,
        files,
        "approve",
        "A dispute of a rejection for missing customer acknowledgement, submitted on 2026-07-21, 19 days after the "
        "rejection of 2026-07-02 (within the 30-day dispute window). The new document answers the reason: Ipê's "
        "bilingual Termo de Aceite, signed and stamped by the customer's infrastructure manager on 15/07/2026, "
        "accepting 452 devices in Intune and 362 devices + 18 servers in Defender for Endpoint – the same figures as "
        "the deployment report.",
        "Disputa/Termo_de_Aceite_IPE-TA-2026-044_assinado.pdf: signature of Paulo Henrique Siqueira, company stamp, "
        "'15/07/2026'; history rejection 07-02 → dispute 07-20 → submission 07-21.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Nopal Nube (Mexico): one bilingual handover record, three customers
# --------------------------------------------------------------------------------------------------------------

NN_LABELS = ("Nombre / Name", "Puesto / Position", "Firma / Signature", "Fecha / Date")


def nopal_acta(
    cust_name: str,
    cust_addr: str,
    ref: str,
    printed: dt.date,
    period: tuple[dt.date, dt.date],
    rows: Sequence[tuple[str, str, str]],
    signer: Person,
    seed: str,
) -> bytes:
    """Nopal Nube's Acta de Entrega-Recepción / Handover Record (Spanish and English side by side)."""
    p0, p1 = period
    html = f"""
<h1>Acta de Entrega-Recepción<br/><span style="font-size:12pt">Handover Record</span></h1>
{
        kv(
            [
                ("Folio / Ref.", ref),
                ("Cliente / Customer", f"{escape(cust_name)}<br/>{escape(cust_addr)}"),
                ("Proveedor / Supplier", escape(NOPAL.name)),
                ("Periodo / Period", f"{g.fdate(p0, 'gb')} – {g.fdate(p1, 'gb')}"),
                ("Fecha de emisión / Issued", g.fdate(printed, "gb")),
            ],
            key_w=150,
        )
    }
<h2>Servicios entregados / Services delivered</h2>
{grid(["Español", "English", "Cant. / Qty"], rows, [42, 42, 16])}
<p>El Cliente recibe a su entera satisfacción los servicios descritos y libera al Proveedor del proyecto.<br/>
<i>The Customer receives the services described to its full satisfaction and releases the Supplier from the
project.</i></p>
{
        g.signoff(
            "stacked",
            [
                Party("Entrega / Delivered by", NOPAL.name, NN_PM.name, NN_PM.title),
                Party("Recibe / Received by", cust_name, signer.name, signer.title),
            ],
            heading="",
            labels=NN_LABELS,
        )
    }
"""
    return hpdf(
        html,
        meta(f"Acta {ref}", NN_PM.name, T(printed.year, printed.month, printed.day, 12, 0, -6)),
        seed,
        style=css(NOPAL.color, size=9),
        decor=g.Decor(
            NOPAL,
            right=f"Acta de Entrega-Recepción · {ref}",
            footer=escape(NOPAL.name + " · " + NOPAL.reg),
            accent=NOPAL.color,
        ),
    )


def nopal_inks(signer: str, date_text: str, partner_date: str, stamp: tuple[str, ...] = ()) -> list[Ink]:
    out = [
        *g.sign_inks("stacked", Party("", "", NN_PM.name), 0, partner_date, labels=NN_LABELS, color=g.INK_BLACK),
        *g.sign_inks("stacked", Party("", "", signer), 1, date_text, labels=NN_LABELS),
    ]
    if stamp:
        out.append(Ink("Firma / Signature:", "stamp", dx=230, dy=-18, h=50, occurrence=1, lines=stamp))
    return out


def s502_018_gcb_acceptance_deep_in_thread() -> Bundle:
    cid = "5021018"
    cust = Org(
        "Grupo Cervecero del Bajío, S.A. de C.V.",
        "GCB",
        "gcbajio.com.mx",
        "MX",
        "Celaya, Gto., 38010",
        "Carretera Panamericana km 52.5",
        "#f57f17",
    )
    cc = person(cust, "Adriana Villaseñor", "Gerente de Infraestructura TI", "adriana.villasenor")
    ap = person(cust, "Cuentas por Pagar", "Tesorería", "cxp")
    acta = nopal_acta(
        cust.name,
        cust.address,
        "NN-AER-2026-012",
        D(2026, 3, 18),
        (D(2026, 1, 12), D(2026, 3, 13)),
        [
            (
                "Microsoft Entra ID P2: acceso condicional basado en riesgo (12 políticas), PIM para 23 cuentas "
                "administrativas, revisiones de acceso trimestrales para 4 aplicaciones de SAP",
                "Microsoft Entra ID P2: risk-based Conditional Access (12 policies), PIM for 23 admin accounts, "
                "quarterly access reviews for 4 SAP applications",
                "1,450 usuarios / users",
            ),
            (
                "Microsoft Intune: inscripción de 610 equipos Windows (Autopilot para 180) y 240 teléfonos de la "
                "fuerza de ventas; políticas de cumplimiento; anillos de actualización",
                "Microsoft Intune: enrollment of 610 Windows PCs (Autopilot for 180) and 240 sales-force phones; "
                "compliance policies; update rings",
                "850 equipos / devices",
            ),
        ],
        cc,
        f"{cid}|acta",
    )
    scan = g.scan_pdf(
        acta,
        nopal_inks(cc.name, "20/03/2026", "18/03/2026"),
        f"{cid}|scan",
        T(2026, 3, 20, 13, 0, -6),
        dpi=150,
        skew=-0.5,
    )
    m1 = Mail(
        NN_PM,
        [cc],
        "Acta de entrega – Entra ID P2 e Intune",
        T(2026, 3, 18, 17, 2, -6),
        "Hola Adriana,\n\nTe comparto el acta de entrega-recepción del proyecto de Entra ID P2 e Intune (folio "
        "NN-AER-2026-012). ¿Me ayudas a revisarla y, si estás de acuerdo, firmarla?\n\nSaludos,\nRodrigo\n\n"
        + g.footer_block(NN_PM),
        lang="es",
        attachments=[("Acta NN-AER-2026-012.pdf", acta)],
    )
    m2 = Mail(
        cc,
        [NN_PM],
        "RE: Acta de entrega – Entra ID P2 e Intune",
        T(2026, 3, 19, 10, 41, -6),
        "Rodrigo, buen día.\n\nLa revisamos con el equipo de seguridad y con Auditoría. Aprobado: GCB acepta la "
        "entrega de Entra ID P2 (las 12 políticas de acceso condicional, PIM y las revisiones de acceso de SAP) y de "
        "Intune (los 610 equipos y los 240 teléfonos de ventas). El acta firmada te la mando mañana.\n\nGracias a "
        "todo el equipo de Nopal Nube.\n\nAdriana Villaseñor\nGerente de Infraestructura TI | GCB",
        quoted=m1,
        lang="es",
    )
    m3 = Mail(
        NN_PM,
        [cc],
        "RE: Acta de entrega – Entra ID P2 e Intune",
        T(2026, 3, 19, 11, 5, -6),
        "¡Gracias Adriana! Una pregunta administrativa: ¿a quién envío la factura de cierre del proyecto?\n\nRodrigo",
        quoted=m2,
        lang="es",
    )
    m4 = Mail(
        ap,
        [NN_PM],
        "RE: Acta de entrega – Entra ID P2 e Intune",
        T(2026, 3, 20, 9, 12, -6),
        "Buenos días Rodrigo,\n\nFavor de enviar la factura a cxp@gcbajio.com.mx haciendo referencia a la orden de "
        "compra 45001872. El pago se programa los viernes.\n\nSaludos,\nCuentas por Pagar – Tesorería GCB",
        quoted=m3,
        cc=[cc],
        lang="es",
    )
    files = {
        "Acta_NN-AER-2026-012_GCB_firmada.pdf": scan,
        "RE_ Acta de entrega – Entra ID P2 e Intune.msg": msg_x(m4, "exo"),
    }
    claim = cpor(
        cid,
        NOPAL,
        NN_PM,
        cust,
        cc,
        area="Security",
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2", "INTUNE"],
        submitted=T(2026, 4, 15, 12, 30, -6),
        files=files,
    )
    return Bundle(
        f"{cid}_gcb_acceptance_deep_in_thread",
        claim,
        files,
        "approve",
        "The top message of the uploaded thread is only accounts payable asking for the invoice with a purchase-order "
        "number; the acceptance sits two messages down: the customer's infrastructure manager, from gcbajio.com.mx, "
        "'Aprobado: GCB acepta la entrega de Entra ID P2 … y de Intune', restating the 12 Conditional Access "
        "policies, PIM, 610 PCs and 240 phones. The bilingual handover record (Spanish and English side by side) is "
        "also signed by her on 20/03/2026 (Mexican day-first). The purchase-order mention concerns paying the "
        "partner's services, not a licence purchase. The customer writes its name as 'GCB'.",
        "Second message of the thread: adriana.villasenor@gcbajio.com.mx, 19 Mar 2026: 'Aprobado: GCB acepta la "
        "entrega de Entra ID P2 … y de Intune'; signed acta 20/03/2026.",
        g.cpor_ok(email_ack=True),
        container="zip-folder",
    )


def s502_019_arn_day_first_thirteen_months() -> Bundle:
    cid = "5021019"
    cust = Org(
        "Autotransportes Regiomontanos del Norte, S.A. de C.V.",
        "ARN",
        "arn-transportes.com.mx",
        "MX",
        "Apodaca, N.L., 66600",
        "Av. Miguel Alemán 5210",
        "#0d47a1",
    )
    cc = person(cust, "Jorge Garza Leal", "Jefe de Sistemas", "jorge.garza")
    acta = nopal_acta(
        cust.name,
        cust.address,
        "NN-AER-2025-004",
        D(2025, 2, 7),
        (D(2025, 1, 6), D(2025, 1, 31)),
        [
            (
                "Exchange Online: migración de 290 buzones desde Exchange 2013, 14 buzones compartidos de "
                "operaciones (tráfico, patios, mantenimiento)",
                "Exchange Online: migration of 290 mailboxes from Exchange 2013, 14 shared operations mailboxes "
                "(dispatch, yards, maintenance)",
                "304 buzones / mailboxes",
            ),
            (
                "Microsoft Teams: despliegue para 290 usuarios, equipos por terminal (Apodaca, Nuevo Laredo, Saltillo)",
                "Microsoft Teams: rollout to 290 users, one team per terminal (Apodaca, Nuevo Laredo, Saltillo)",
                "290 usuarios / users",
            ),
        ],
        cc,
        f"{cid}|acta",
    )
    scan = g.scan_pdf(
        acta,
        nopal_inks(cc.name, "11/02/2025", "07/02/2025", ("ARN SISTEMAS", "Apodaca, N.L.")),
        f"{cid}|scan",
        T(2025, 2, 11, 12, 0, -6),
        dpi=150,
        skew=0.3,
    )
    files = {"ACTA ENTREGA ARN firmada.pdf": scan}
    claim = cpor(
        cid,
        NOPAL,
        NN_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 2, 23, 10, 0, -6),
        files=files,
    )
    return Bundle(
        f"{cid}_arn_day_first_date_thirteen_months_old",
        claim,
        files,
        "action_required",
        "The only POE is the handover record signed and stamped by the customer with the hand-written date "
        "'11/02/2025'. Mexico writes dates day-first and the record itself does too (period 06/01/2025 – 31/01/2025, "
        "issued 07/02/2025 – '31/01' can only be day-first): 11 February 2025, 12 months and 12 days before "
        "submission on 2026-02-23. Read month-first (2 November 2025) it would pass, but that reading contradicts the "
        "document. For a usage claim the acknowledgement must be within 12 months; a recent customer acknowledgement "
        "of the ongoing engagement is needed.",
        "Scan: 'Recibe / Received by – Jorge Garza Leal', signature, stamp 'ARN SISTEMAS', 'Fecha / Date: "
        "11/02/2025'; period 06/01/2025 – 31/01/2025.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "document_language": "pass",
            "reused_evidence": "pass",
        },
    )


def s502_020_aceros_monclova_lookalike_distributor() -> Bundle:
    cid = "5021020"
    cust = Org(
        "Aceros Monclova, S.A. de C.V.",
        "Aceros Monclova",
        "acerosmonclova.com.mx",
        "MX",
        "Monclova, Coah., 25750",
        "Blvd. Harold R. Pape 1800",
        "#455a64",
    )
    cc = person(cust, "Sergio Cantú", "Director de TI", "sergio.cantu")
    dist = Org(
        "Aceros y Perfiles de Monclova Distribuidora, S.A. de C.V.",
        "APM Distribuidora",
        "apmdistribuidora.com.mx",
        "MX",
        "Saltillo, Coah., 25204",
        "Calzada Antonio Narro 2950",
        "#607d8b",
    )
    dist_it = person(dist, "Karla Ibarra", "Coordinadora de Sistemas", "karla.ibarra")
    acta = nopal_acta(
        dist.name,
        dist.address,
        "NN-AER-2026-027",
        D(2026, 5, 22),
        (D(2026, 4, 13), D(2026, 5, 15)),
        [
            (
                "Microsoft Intune: inscripción de 96 equipos de las 4 sucursales de venta y 38 tabletas de "
                "almacén; políticas de cumplimiento y BitLocker",
                "Microsoft Intune: enrollment of 96 PCs in the 4 sales branches and 38 warehouse tablets; compliance "
                "and BitLocker policies",
                "134 equipos / devices",
            ),
        ],
        dist_it,
        f"{cid}|acta",
    )
    scan = g.scan_pdf(
        acta,
        nopal_inks(dist_it.name, "25/05/2026", "22/05/2026", ("APM DISTRIBUIDORA", "Saltillo")),
        f"{cid}|scan",
        T(2026, 5, 25, 11, 0, -6),
        dpi=150,
        skew=-0.3,
    )
    mail = Mail(
        dist_it,
        [NN_PM],
        "Acta firmada – Intune sucursales",
        T(2026, 5, 25, 11, 32, -6),
        "Rodrigo,\n\nTe envío el acta firmada. Las 4 sucursales y el almacén de Saltillo ya quedaron en Intune; "
        "gracias por el apoyo.\n\nKarla Ibarra\nCoordinadora de Sistemas\nAceros y Perfiles de Monclova Distribuidora",
        lang="es",
    )
    files = {"Acta_NN-AER-2026-027_firmada.pdf": scan, "Acta firmada – Intune sucursales.eml": eml_x(mail, "google")}
    claim = cpor(
        cid,
        NOPAL,
        NN_PM,
        cust,
        cc,
        area="Security",
        workloads=["INTUNE"],
        submitted=T(2026, 6, 8, 9, 0, -6),
        files=files,
    )
    return Bundle(
        f"{cid}_aceros_monclova_lookalike_distributor",
        claim,
        files,
        "action_required",
        "The claim is for Aceros Monclova, S.A. de C.V. (steel producer, acerosmonclova.com.mx, Monclova), but the "
        "signed handover record names 'Aceros y Perfiles de Monclova Distribuidora, S.A. de C.V.' in Saltillo, and "
        "the e-mail comes from apmdistribuidora.com.mx – a similarly named but different company with its own domain, "
        "its own four sales branches and 134 devices. Nothing in the POE names the claimed customer or comes from its "
        "domain; the partner must show work for, and acknowledgement by, the claimed customer.",
        "Acta 'Cliente / Customer: Aceros y Perfiles de Monclova Distribuidora' signed by Karla Ibarra; e-mail from "
        "karla.ibarra@apmdistribuidora.com.mx.",
        {
            "partner_customer_names": "fail",
            "customer_domain": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Dolomiti Cloud (Italy)
# --------------------------------------------------------------------------------------------------------------

DC_LABELS = ("Nome / Name", "Ruolo / Role", "Firma / Signature", "Data / Date")


def dolomiti_verbale(
    cust: Org,
    ref: str,
    day: dt.date,
    scope: str,
    tests: Sequence[tuple[str, str, str]],
    signer: Person,
    seed: str,
    *,
    sign_block: bool = True,
    closing: str = "",
) -> bytes:
    """Dolomiti Cloud's Verbale di collaudo / Acceptance test record (Italian and English)."""
    html = f"""
<h1>Verbale di collaudo<br/><span style="font-size:12pt">Acceptance test record</span></h1>
{
        kv(
            [
                ("Rif. / Ref.", ref),
                ("Committente / Customer", f"{escape(cust.name)}, {escape(cust.address)}"),
                ("Fornitore / Supplier", f"{escape(DOLOMITI.name)}, {escape(DOLOMITI.address)}"),
                ("Oggetto / Subject", scope),
                ("Data del collaudo / Test date", g.fdate(day, "gb")),
            ],
            key_w=150,
        )
    }
<h2>Prove eseguite / Tests performed</h2>
{grid(["Prova", "Test", "Esito / Result"], tests, [42, 42, 16])}
<p>Il Committente dichiara il collaudo superato con esito positivo e accetta la fornitura.<br/><i>The Customer
declares the acceptance tests passed and accepts the delivery.</i></p>
{closing}
"""
    if sign_block:
        html += g.signoff(
            "stacked",
            [Party("Per il Committente / For the Customer", cust.name, signer.name, signer.title)],
            heading="",
            labels=DC_LABELS,
        )
    return hpdf(
        html,
        meta(f"Verbale di collaudo {ref}", DC_PM.name, T(day.year, day.month, day.day, 12, 0, 2)),
        seed,
        style=css(DOLOMITI.color, size=9),
        decor=g.Decor(
            DOLOMITI,
            right=f"Verbale di collaudo · {ref}",
            footer=escape(DOLOMITI.name + " · " + DOLOMITI.reg),
            accent=DOLOMITI.color,
        ),
    )


def s502_021_cantine_rotaliane_rotated_scan() -> Bundle:
    cid = "5021021"
    cust = Org(
        "Cantine Rotaliane S.p.A.",
        "Cantine Rotaliane",
        "cantinerotaliane.it",
        "IT",
        "38016 Mezzocorona (TN)",
        "Via del Teroldego 12",
        "#880e4f",
        "P.IVA 01144780225",
    )
    cc = person(cust, "Stefano Endrizzi", "Responsabile IT / IT Manager", "s.endrizzi")
    pdf = dolomiti_verbale(
        cust,
        "DC-VC-2026-011",
        D(2026, 4, 9),
        "Microsoft Teams e Microsoft Teams Rooms / Microsoft Teams and Teams Rooms",
        [
            (
                "Teams attivo per 210 dipendenti (cantina, uffici, 3 punti vendita)",
                "Teams live for 210 employees (winery, offices, 3 shops)",
                "Superato / Passed",
            ),
            (
                "9 sale Teams Rooms (6 Windows – Logitech Rally, 3 Android – Poly Studio X50), prenotazione e "
                "condivisione schermo",
                "9 Teams Rooms (6 on Windows – Logitech Rally, 3 on Android – Poly Studio X50), "
                "booking and screen sharing",
                "Superato / Passed",
            ),
            (
                "Sala degustazione: riunione ibrida con 2 telecamere e audio a soffitto",
                "Tasting room: hybrid meeting with 2 cameras and ceiling audio",
                "Superato / Passed",
            ),
            (
                "Criteri di riunione per ospiti esterni (importatori) e lobby",
                "Meeting policies for external guests (importers) and lobby",
                "Superato / Passed",
            ),
        ],
        cc,
        f"{cid}|doc",
    )
    inks = [
        *g.sign_inks("stacked", Party("", "", cc.name), 0, "09/04/2026", labels=DC_LABELS),
        Ink(
            "Firma / Signature:",
            "stamp",
            dx=240,
            dy=-16,
            h=48,
            lines=("CANTINE ROTALIANE S.p.A.", "Mezzocorona (TN)", "P.IVA 01144780225"),
        ),
    ]
    scan = g.scan_pdf(pdf, inks, f"{cid}|scan", T(2026, 4, 9, 17, 45, 2), dpi=150, skew=0.3, rotate=90)
    files = {"Scansione_Verbale_Collaudo_DC-VC-2026-011.pdf": scan}
    claim = cpor(
        cid,
        DOLOMITI,
        DC_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["TEAMS ROOMS", "TEAMS"],
        submitted=T(2026, 5, 5, 10, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_cantine_rotaliane_sideways_scan",
        claim,
        files,
        "approve",
        "Dolomiti Cloud's acceptance test record, Italian with English beside every test (Teams for 210 employees, 9 "
        "Teams Rooms by model, tasting-room hybrid set-up, guest policies), scanned sideways (page rotated 90°). "
        "Signed by the customer's IT manager with the company stamp and '09/04/2026' – Italian day-first, 9 April "
        "2026, matching the printed test date; 26 days before submission (read month-first, 4 September 2026, it "
        "would be after the submission, which is impossible).",
        "Rotated scan: 'Per il Committente – Stefano Endrizzi', signature, stamp 'CANTINE ROTALIANE S.p.A.', "
        "'09/04/2026'.",
        g.cpor_ok(),
    )


def s502_022_castel_rovere_comune_digital_signature() -> Bundle:
    cid = "5021022"
    cust = Org(
        "Comune di Castel Rovere",
        "Castel Rovere",
        "comune.castelrovere.tn.it",
        "IT",
        "38060 Castel Rovere (TN)",
        "Piazza del Municipio 1",
        "#1b5e20",
        "C.F. 00338150227",
    )
    cc = person(cust, "Elena Bonfanti", "Segretario comunale / Municipal Secretary", "segretario")
    closing = (
        "<p>Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 (CAD).<br/><i>Document signed "
        "digitally under Legislative Decree 82/2005.</i></p><p style='margin-top:10pt'>Per il Committente / "
        "For the Customer – il Segretario comunale:</p>"
    )
    pdf = dolomiti_verbale(
        cust,
        "DC-VC-2026-019",
        D(2026, 6, 16),
        "Migrazione posta a Exchange Online e adozione di Microsoft Teams / Mail migration to Exchange Online and "
        "Microsoft Teams adoption",
        [
            (
                "74 caselle degli uffici comunali migrate da server IMAP locale a Exchange Online, 6 caselle condivise "
                "(protocollo, anagrafe, tributi, polizia locale, tecnico, sindaco)",
                "74 municipal office mailboxes migrated from the local IMAP server to Exchange Online, 6 shared "
                "mailboxes (registry, civil registry, taxes, local police, technical office, mayor)",
                "Superato / Passed",
            ),
            (
                "Teams per 74 dipendenti e 12 consiglieri; sedute della giunta in modalità ibrida",
                "Teams for 74 employees and 12 councillors; council executive meetings held hybrid",
                "Superato / Passed",
            ),
            (
                "Formazione: 4 sessioni per uffici, 1 per consiglieri",
                "Training: 4 office sessions, 1 for councillors",
                "Superato / Passed",
            ),
        ],
        cc,
        f"{cid}|doc",
        sign_block=False,
        closing=closing,
    )
    signed = g.digisign(
        pdf,
        cc,
        T(2026, 6, 18, 12, 3, 2),
        f"{cid}|pades",
        ca_name="Firma Italia Qualified CA 2025",
        anchor="For the Customer – il Segretario comunale:",
        dy=16,
        reason="Collaudo / Acceptance",
        location="Castel Rovere",
    )
    files = {"DC-VC-2026-019_Verbale_Collaudo_firmato.pdf": signed}
    claim = cpor(
        cid,
        DOLOMITI,
        DC_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 7, 2, 15, 30, 2),
        files=files,
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_castel_rovere_comune_pades",
        claim,
        files,
        "approve",
        "An Italian municipality (public sector): the written fee disclosure applies to CPOR public-sector customers "
        "in the US and Puerto Rico only, so none is needed. The bilingual acceptance test record (74 mailboxes and 6 "
        "shared mailboxes to Exchange Online, Teams for 74 staff and 12 councillors, 5 training sessions) is signed "
        "with a PAdES digital signature by the municipal secretary on 2026-06-18; the signature covers the whole "
        "file and the document is unchanged since signing – a verifiable electronic signature. The secretary's "
        "mailbox is the role address segretario@, normal for an Italian comune.",
        "Digital signature 'Elena Bonfanti', reason 'Collaudo / Acceptance', signed 2026-06-18.",
        g.cpor_ok(),
    )


def s502_023_funivie_rendena_medium_analytics() -> Bundle:
    cid = "5021023"
    cust = Org(
        "Funivie Val Rendena S.p.A.",
        "Funivie Val Rendena",
        "funivievalrendena.it",
        "IT",
        "38086 Pinzolo (TN)",
        "Via Pineta 4",
        "#0277bd",
    )
    cc = person(cust, "Marco Ballardini", "Direttore Amministrativo / CFO", "m.ballardini")
    consent, submitted = D(2026, 1, 19), T(2026, 7, 27, 11, 40, 2)
    w = g.Word(accent="37474F")
    w.header(DOLOMITI, "Delivery report · DC-AN-2026-004")
    w.h("Azure analytics deployment – delivery report", 0)
    w.p(f"Customer: {cust.name} · MCI claim {cid} · Prepared by {DC_DATA.name}, {DC_DATA.title}")
    w.h("1. Sources connected", 1)
    w.table(
        [
            ["Source", "Data", "Load"],
            ["Ticketing (SKIDATA)", "Ski-pass sales, 14 points of sale, 6 seasons of history", "Hourly"],
            ["Lift gates", "Passages per lift and hour (21 lifts)", "Every 15 minutes"],
            ["ERP (Zucchetti)", "Revenue, costs per cost centre", "Nightly"],
            ["Weather service", "Snow depth and forecast for 3 stations", "Every 3 hours"],
        ]
    )
    w.h("2. Platform", 1)
    w.bullets(
        [
            "Azure Data Factory pipelines (38) into Azure Data Lake Storage Gen2, medallion layers bronze/silver/gold.",
            "Azure Databricks (2 job clusters) for the passage and sales models; Azure SQL Database for the gold "
            "layer.",
            "Power BI: 9 reports (daily operations, season revenue, lift utilisation, queue forecast) for 64 users.",
            "Production since 2026-06-15; estimated Azure consumption USD 5,900 per month.",
        ]
    )
    w.h("3. Timeline", 1)
    w.table(
        [
            ["Phase", "Dates"],
            ["Design", "2026-02-02 – 2026-02-27"],
            ["Build", "2026-03-02 – 2026-05-08"],
            ["Test and go-live", "2026-05-11 – 2026-06-15"],
            ["Hypercare", "2026-06-15 – 2026-07-10"],
        ]
    )
    w.p("Accepted by the customer's CFO at the steering committee of 2026-07-13 (minutes DC-SC-07).", italic=True)
    report = w.save(meta("Delivery report Funivie Val Rendena", DC_DATA.name, T(2026, 7, 14, 16, 0, 2)))
    files, claim = pa_claim(
        cid,
        DOLOMITI,
        DC_PM,
        cust,
        cc,
        area="Azure",
        eng=pa_eng("AZ-ANALYTICS-MED", "Azure – Analytics Deployment (Medium)", "medium", 16000.0),
        consent=consent,
        submitted=submitted,
        poe={"Delivery_report_Funivie_Val_Rendena.docx": report},
        amount=16000.0,
        inv_no="FT-2026-0187",
        inv_day=D(2026, 7, 20),
        activities="Analytics platform on Azure with 9 Power BI reports",
        outcome="Operations and revenue analytics in production since 15 June 2026",
        participants="11",
        invoice_kw={
            "date_style": "gb",
            "title": "FATTURA / INVOICE",
            "labels": {
                "inv": "Fattura n. / Invoice no.",
                "date": "Data / Date",
                "sub": "Imponibile / Net amount",
                "total": "Totale / Total",
            },
            "extra": "<p class='small'>Operazione non imponibile IVA – art. 7-ter D.P.R. 633/72 (servizi a committente "
            "non residente) / VAT not applicable: reverse charge, services to a non-resident customer.</p>",
            "bank": "Cassa Rurale Alto Garda Rovereto · USD account IT60 X081 8234 5600 0000 0184 221",
        },
    )
    return Bundle(
        f"{cid}_funivie_rendena_medium_analytics_with_vat_note",
        claim,
        files,
        "approve",
        "Medium-size Azure analytics deployment with a variable payout of USD 16,000: the Word delivery report gives "
        "the sources, 38 pipelines, the platform, 9 Power BI reports for 64 users, the go-live date and consumption. "
        "The Italian invoice FT-2026-0187 shows the claim ID, Dolomiti Cloud and a net (pre-tax) amount of USD "
        "16,000.00 equal to the proposed payout; its note that Italian VAT does not apply (reverse charge) is not a "
        "problem – VAT is not required. Both surveys signed in full. Submitted "
        f"{days(consent, submitted)} days after consent, within the 200 days allowed for medium projects.",
        "consent 2026-01-19 → submitted 2026-07-27 (189 days, medium: 200); invoice 'Imponibile / Net amount USD "
        "16,000.00', claim ID 5021023.",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Morava IT Services (Czechia): one bilingual handover protocol; a signature cut from one and pasted into another
# --------------------------------------------------------------------------------------------------------------

MV_LABELS = ("Jméno / Name", "Funkce / Position", "Podpis / Signature", "Datum / Date")


def morava_protocol(
    cust: Org,
    ref: str,
    day: dt.date,
    rows: Sequence[tuple[str, str, str]],
    period: str,
    signer: Person,
    seed: str,
) -> bytes:
    """Morava IT's Předávací protokol / Handover protocol."""
    html = f"""
<h1>Předávací protokol<br/><span style="font-size:12pt">Handover protocol</span></h1>
{
        kv(
            [
                ("Číslo / No.", ref),
                ("Objednatel / Customer", f"{escape(cust.name)}, {escape(cust.address)}, {escape(cust.reg)}"),
                ("Zhotovitel / Contractor", f"{escape(MORAVA.name)}, {escape(MORAVA.address)}, {escape(MORAVA.reg)}"),
                ("Období / Period", period),
            ],
            key_w=150,
        )
    }
<h2>Předmět předání / Subject of handover</h2>
{grid(["Česky", "English", "Rozsah / Volume"], rows, [42, 42, 16])}
<p>Objednatel potvrzuje převzetí výše uvedeného plnění bez výhrad.<br/><i>The Customer confirms it has taken over
the work listed above without reservation.</i></p>
{
        g.signoff(
            "stacked",
            [
                Party("Předává / Handed over by", MORAVA.name, MV_PM.name, "Vedoucí projektu / Project Manager"),
                Party("Přebírá / Taken over by", cust.name, signer.name, signer.title),
            ],
            heading="",
            labels=MV_LABELS,
        )
    }
"""
    return hpdf(
        html,
        meta(f"Předávací protokol {ref}", MV_PM.name, T(day.year, day.month, day.day, 10, 0, 1)),
        seed,
        style=css(MORAVA.color, size=9),
        decor=g.Decor(
            MORAVA,
            right=f"Předávací protokol · {ref}",
            footer=escape(MORAVA.name + " · " + MORAVA.reg),
            accent=MORAVA.color,
        ),
    )


HODONIN = Org(
    "Strojírny Hodonín a.s.",
    "Strojírny Hodonín",
    "strojirnyhodonin.cz",
    "CZ",
    "695 01 Hodonín",
    "Brněnská 2910/44",
    "#bf360c",
    "IČO 46347712",
)
HODONIN_IT = person(HODONIN, "Petra Horáková", "Vedoucí IT / Head of IT", "petra.horakova")


def hodonin_scan() -> tuple[bytes, bytes]:
    """Strojírny Hodonín's signed protocol and the cut-out of its IT head's signature (used by 5021025)."""
    if "hodonin" not in _CACHE:
        pdf = morava_protocol(
            HODONIN,
            "MIT-PP-2026-007",
            D(2026, 3, 12),
            [
                (
                    "Microsoft Defender for Endpoint: 540 počítačů (kanceláře, konstrukce, dílny) a 22 serverů, "
                    "pravidla "
                    "ASR v režimu blokování, EDR v režimu blokování, skupiny zařízení podle závodu",
                    "Microsoft Defender for Endpoint: 540 PCs (offices, design, workshops) and 22 servers, ASR rules "
                    "in "
                    "block mode, EDR in block mode, device groups per plant",
                    "562",
                ),
                (
                    "Microsoft Defender for Office 365 P2: 610 poštovních schránek, Safe Links, Safe Attachments, "
                    "ochrana proti phishingu, 2 simulované kampaně",
                    "Microsoft Defender for Office 365 P2: 610 "
                    "mailboxes, Safe Links, Safe Attachments, anti-phishing, 2 simulation campaigns",
                    "610",
                ),
            ],
            "12. 1. 2026 – 6. 3. 2026",
            HODONIN_IT,
            "5021024|pp",
        )
        inks = [
            *g.sign_inks("stacked", Party("", "", MV_PM.name), 0, "12. 3. 2026", labels=MV_LABELS, color=g.INK_BLACK),
            *g.sign_inks("stacked", Party("", "", HODONIN_IT.name), 1, "12. 3. 2026", labels=MV_LABELS),
            Ink(
                "Podpis / Signature:",
                "stamp",
                dx=250,
                dy=-14,
                h=46,
                occurrence=1,
                lines=("STROJÍRNY HODONÍN a.s.", "Brněnská 2910/44, Hodonín", "IČO 46347712"),
            ),
        ]
        scan = g.scan_pdf(pdf, inks, "5021024|scan", T(2026, 3, 12, 14, 20, 1), dpi=150, skew=0.0)
        with pymupdf.open("pdf", pdf) as doc:
            no, rect = g._locate(doc, Ink("Podpis / Signature:", "sig", occurrence=1))
        label_w = g.font("DejaVuSans.ttf", 95).getlength("Podpis / Signature:") / 10 + 16
        box = (rect.x0 + label_w - 6, rect.y0 - 4, rect.x0 + label_w + 132, rect.y0 + 32)
        _CACHE["hodonin"] = (scan, crop_from_scan(scan, no, box, 150))
    scan, crop = _CACHE["hodonin"]
    return bytes(scan), bytes(crop)


def s502_024_strojirny_hodonin_signed_protocol() -> Bundle:
    cid = "5021024"
    scan, _ = hodonin_scan()
    files = {"Predavaci_protokol_MIT-PP-2026-007_podepsany.pdf": scan}
    claim = cpor(
        cid,
        MORAVA,
        MV_PM,
        HODONIN,
        HODONIN_IT,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 4, 1, 9, 15, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_strojirny_hodonin_signed_protocol",
        claim,
        files,
        "approve",
        "Morava IT's Czech/English handover protocol: Defender for Endpoint on 540 PCs and 22 servers, Defender for "
        "Office 365 P2 for 610 mailboxes, period 12. 1. – 6. 3. 2026. Scanned with the customer's Head of IT's wet-ink "
        "signature, the company stamp and the date '12. 3. 2026' (Czech day-first: 12 March 2026), 20 days before "
        "submission. The Head of IT's signature was later cut out of this very scan and pasted into claim 5021025: "
        "this claim holds the original (its own customer, stamp and protocol).",
        "Scan: 'Přebírá / Taken over by – Strojírny Hodonín a.s. – Petra Horáková', signature, stamp, '12. 3. 2026'.",
        g.cpor_ok(),
    )


def s502_025_vinarstvi_palava_pasted_signature() -> Bundle:
    cid = "5021025"
    cust = Org(
        "Vinařství Pálava s.r.o.",
        "Vinařství Pálava",
        "vinarstvipalava.cz",
        "CZ",
        "692 01 Mikulov",
        "Republikánská 17",
        "#6a1b9a",
        "IČO 27718452",
    )
    cc = person(cust, "Tomáš Novotný", "Jednatel / Managing Director", "tomas.novotny")
    _, crop = hodonin_scan()
    pdf = morava_protocol(
        cust,
        "MIT-PP-2026-019",
        D(2026, 5, 28),
        [
            (
                "Microsoft Defender for Endpoint: 46 počítačů a 3 servery (vinařství, sklep, e-shop), pravidla ASR",
                "Microsoft Defender for Endpoint: 46 PCs and 3 servers (winery, cellar, e-shop), ASR rules",
                "49",
            ),
            (
                "Microsoft Defender for Office 365 P1: 52 poštovních schránek, Safe Links a Safe Attachments",
                "Microsoft Defender for Office 365 P1: 52 mailboxes, Safe Links and Safe Attachments",
                "52",
            ),
        ],
        "20. 4. 2026 – 22. 5. 2026",
        cc,
        f"{cid}|pp",
    )
    label_w = g.font("DejaVuSans.ttf", 95).getlength("Podpis / Signature:") / 10 + 16
    pdf = typed_fields(
        pdf,
        [("Datum / Date:", 0, "28. 5. 2026"), ("Datum / Date:", 1, "28. 5. 2026")],
        f"{cid}|d",
        dx=g.font("DejaVuSans.ttf", 95).getlength("Datum / Date:") / 10 + 12,
    )
    pdf = g.stamp_pdf(
        pdf,
        [
            Ink("Podpis / Signature:", "sig", MV_PM.name, dx=label_w, dy=-4, h=28, occurrence=0, color=(0, 0, 0)),
            Ink("Podpis / Signature:", "image", dx=label_w - 6, dy=-4, h=36, occurrence=1, picture=crop),
        ],
        f"{cid}|paste",
    )
    files = {"Predavaci_protokol_MIT-PP-2026-019_Palava.pdf": pdf}
    claim = cpor(
        cid,
        MORAVA,
        MV_PM,
        cust,
        cc,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 6, 10, 13, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_vinarstvi_palava_pasted_signature",
        claim,
        files,
        "action_required",
        "The winery's handover protocol is a born-digital PDF with typed dates; the 'signature' over the managing "
        "director's name is a picture pasted into the file – and it is the signature of Strojírny Hodonín's Head of "
        "IT, cut with its grey scan background out of the protocol on claim 5021024 (which holds the original). "
        "Copying or pasting physical signatures is not acceptable, and nothing else from Vinařství Pálava "
        "acknowledges the work. The scope itself (49 endpoints, 52 mailboxes) is specific. UNSURE: given the "
        "copying, a reviewer could reject outright.",
        "Signature image on 'Přebírá / Taken over by – Tomáš Novotný' identical to Petra Horáková's signature on "
        "5021024's scan; the rest of the PDF is born-digital.",
        {
            "customer_acknowledgement": "fail",
            "reused_evidence": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Song Hong Technology (Vietnam)
# --------------------------------------------------------------------------------------------------------------


def songhong_minutes(
    cust: Org,
    cust_vn: str,
    ref: str,
    contract: str,
    place_date: tuple[str, str],
    rows: Sequence[tuple[str, str, str]],
    rep_a: Person,
    rep_a_vn_title: str,
    seed: str,
) -> bytes:
    """Song Hong's Biên bản nghiệm thu / Acceptance minutes, in the layout of Vietnamese official papers."""
    html = f"""
<p style="text-align:center;font-weight:bold;margin:0">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
<p style="text-align:center;font-weight:bold;margin:0">Độc lập - Tự do - Hạnh phúc</p>
<p style="text-align:center;margin:0 0 8pt 0">———————</p>
<p style="text-align:right"><i>{place_date[0]}<br/>{place_date[1]}</i></p>
<h1 style="text-align:center;font-size:15pt">BIÊN BẢN NGHIỆM THU<br/><span style="font-size:11pt">ACCEPTANCE
MINUTES</span></h1>
<p style="text-align:center">Số / No.: {escape(ref)}</p>
<p>Căn cứ {escape(contract)}.<br/><i>Pursuant to {
        escape(contract.replace("Hợp đồng dịch vụ số", "service contract no.").replace("ngày", "dated"))
    }.</i></p>
<p><b>BÊN A / PARTY A (Bên sử dụng dịch vụ / Customer):</b> {escape(cust_vn)} ({escape(cust.name)})<br/>
Địa chỉ / Address: {escape(cust.address)}<br/>Đại diện / Represented by: Bà / Ms. {escape(rep_a.name)} – Chức vụ /
Position: {escape(rep_a_vn_title)}</p>
<p><b>BÊN B / PARTY B (Bên cung cấp dịch vụ / Supplier):</b> Công ty Cổ phần Công nghệ Sông Hồng ({
        escape(SONGHONG.name)
    })
<br/>Địa chỉ / Address: {escape(SONGHONG.address)}<br/>Đại diện / Represented by: Ông / Mr. {
        escape(SH_PM.name)
    } – Chức vụ
/ Position: Quản lý dự án / Project Manager</p>
<p>Hai bên cùng tiến hành nghiệm thu các hạng mục sau / The parties have jointly accepted the following items:</p>
{grid(["Hạng mục", "Item", "Khối lượng / Qty"], rows, [42, 42, 16])}
<p><b>Kết luận / Conclusion:</b> Bên A xác nhận Bên B đã hoàn thành các hạng mục trên và đồng ý
nghiệm thu.<br/><i>Party A
confirms that Party B has completed the items above and accepts them.</i></p>
<table style="margin-top:10pt"><tr>
<td style="border:none;width:230pt;text-align:center"><b>ĐẠI DIỆN BÊN A<br/>FOR PARTY A</b><br/>
<span class="small">(Ký, ghi rõ họ tên, đóng dấu / Sign, full name, seal)</span>
<p style="height:60pt">&#160;</p>{escape(rep_a.name)}</td>
<td style="border:none;width:230pt;text-align:center"><b>ĐẠI DIỆN BÊN B<br/>FOR PARTY B</b><br/>
<span class="small">(Ký, ghi rõ họ tên, đóng dấu / Sign, full name, seal)</span>
<p style="height:60pt">&#160;</p>{escape(SH_PM.name)}</td></tr></table>
"""
    return hpdf(
        html,
        meta(f"BBNT {ref}", SH_PM.name, T(2026, 4, 15, 9, 0, 7)),
        seed,
        style=css("#222222", family="serif", size=9.5),
        margins=(60, 50, 56, 50),
    )


def s502_026_mekong_seafood_red_seals() -> Bundle:
    cid = "5021026"
    cust = Org(
        "Mekong Delta Seafood JSC",
        "MD Seafood",
        "mdseafood.com.vn",
        "VN",
        "KCN Trà Nóc, Bình Thủy, Cần Thơ",
        "Lô 18, Khu công nghiệp Trà Nóc 2",
        "#01579b",
    )
    cc = person(cust, "Lê Thị Thanh Hương", "Trưởng phòng CNTT / Head of IT", "huong.ltt")
    pdf = songhong_minutes(
        cust,
        "Công ty Cổ phần Thủy sản Đồng bằng Mê Kông",
        "15/2026/BBNT-SHT",
        "Hợp đồng dịch vụ số 08/2026/HĐDV-SHT ngày 05/01/2026",
        ("Cần Thơ, ngày 15 tháng 4 năm 2026", "Can Tho, 15 April 2026"),
        [
            (
                "Chuyển 412 hộp thư từ máy chủ Zimbra lên Exchange Online, 16 hộp thư dùng chung (xuất khẩu, QA, mua "
                "hàng)",
                "Migration of 412 mailboxes from Zimbra to Exchange Online, 16 shared mailboxes (export, QA, "
                "purchasing)",
                "428",
            ),
            (
                "Triển khai Microsoft Teams cho 412 người dùng, 19 nhóm theo nhà máy và phòng ban",
                "Microsoft Teams for 412 users, 19 teams by plant and department",
                "412",
            ),
            (
                "SharePoint Online: 14 trang, chuyển 780 GB hồ sơ HACCP và chứng từ xuất khẩu",
                "SharePoint Online: 14 sites, 780 GB of HACCP records and export documents migrated",
                "14",
            ),
            (
                "Đào tạo người dùng tại 3 nhà máy (Trà Nóc, Sóc Trăng, Cà Mau)",
                "User training at 3 plants (Tra Noc, Soc Trang, Ca Mau)",
                "9 buổi / sessions",
            ),
        ],
        cc,
        "Trưởng phòng Công nghệ thông tin / Head of IT",
        f"{cid}|bb",
    )
    inks = [
        Ink(cc.name, "sig", cc.name, dx=10, dy=-48, h=34, occurrence=1),
        Ink(
            cc.name,
            "seal",
            dx=-58,
            dy=-78,
            h=80,
            occurrence=1,
            lines=("CÔNG TY CP THỦY SẢN", "ĐỒNG BẰNG MÊ KÔNG", "* CẦN THƠ *"),
        ),
        Ink(SH_PM.name, "sig", SH_PM.name, dx=8, dy=-48, h=34, occurrence=1, color=g.INK_BLACK),
        Ink(
            SH_PM.name,
            "seal",
            dx=-50,
            dy=-78,
            h=80,
            occurrence=1,
            lines=("CÔNG TY CP", "CÔNG NGHỆ SÔNG HỒNG", "* HÀ NỘI *"),
        ),
    ]
    scan = g.scan_pdf(pdf, inks, f"{cid}|scan", T(2026, 4, 16, 10, 5, 7), dpi=160, skew=0.35, gray=False)
    files = {"BBNT_15-2026_MD_Seafood.pdf": scan}
    claim = cpor(
        cid,
        SONGHONG,
        SH_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 12, 14, 0, 7),
        files=files,
    )
    return Bundle(
        f"{cid}_mekong_delta_seafood_red_seals",
        claim,
        files,
        "approve",
        "Vietnamese acceptance minutes (biên bản nghiệm thu) in the official layout, with the English under every "
        "line: 412 + 16 mailboxes from Zimbra to Exchange Online, Teams for 412 users in 19 teams, 14 SharePoint "
        "sites with 780 GB, training at 3 plants. Dated 'ngày 15 tháng 4 năm 2026' / 15 April 2026 in the header, "
        "signed by the customer's Head of IT with the company's red round seal over the signature, and by the "
        "partner. 27 days before submission.",
        "Scan: 'ĐẠI DIỆN BÊN A / FOR PARTY A – Lê Thị Thanh Hương', signature and red seal 'CÔNG TY CP THỦY SẢN ĐỒNG "
        "BẰNG MÊ KÔNG'.",
        g.cpor_ok(),
        container="zip",
    )


def s502_027_haiphong_steel_licence_contract() -> Bundle:
    cid = "5021027"
    cust = Org(
        "Hai Phong Steel Pipe JSC",
        "HP Steel Pipe",
        "hpsteelpipe.com.vn",
        "VN",
        "KCN Đình Vũ, Hải An, Hải Phòng",
        "Lô CN5.2, KCN Đình Vũ",
        "#37474f",
    )
    cc = person(cust, "Phạm Văn Đức", "Giám đốc tài chính / CFO", "duc.pv")
    contract = hpdf(
        f"""
<p style="text-align:center;font-weight:bold;margin:0">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
<p style="text-align:center;font-weight:bold;margin:0">Độc lập - Tự do - Hạnh phúc</p>
<h1 style="text-align:center;font-size:14pt">HỢP ĐỒNG CUNG CẤP BẢN QUYỀN PHẦN MỀM<br/>
<span style="font-size:11pt">SOFTWARE LICENCE SUPPLY CONTRACT</span></h1>
<p style="text-align:center">Số / No.: 27/2026/HĐ-SHT · Hải Phòng, ngày 09 tháng 03 năm 2026</p>
<p><b>Bên mua / Buyer:</b> Công ty Cổ phần Ống thép Hải Phòng ({escape(cust.name)}), đại diện / represented by
{escape(cc.name)}, {escape(cc.title)}<br/><b>Bên bán / Seller:</b> {escape(SONGHONG.name)}, đại diện / represented by
{escape(SH_PM.name)}</p>
<h2>Điều 1. Đối tượng hợp đồng / Article 1. Subject</h2>
{
            grid(
                [
                    "Sản phẩm / Product",
                    "SL / Qty",
                    "Thời hạn / Term",
                    "Đơn giá / Unit price (VND)",
                    "Thành tiền / Amount (VND)",
                ],
                [
                    ("Microsoft 365 E3 (CSP, NCE)", "450", "12 tháng / months", "5,400,000", "2,430,000,000"),
                    ("Thuế GTGT / VAT 10%", "", "", "", "243,000,000"),
                    ("Tổng cộng / Total", "", "", "", "2,673,000,000"),
                ],
                [34, 8, 16, 20, 22],
            )
        }
<h2>Điều 2. Giao hàng / Article 2. Delivery</h2>
<p>Bên bán kích hoạt bản quyền trên tenant của Bên mua trong vòng 05 ngày làm việc kể từ ngày ký hợp đồng.<br/>
<i>The Seller activates the licences on the Buyer's tenant within 5 working days of signature.</i></p>
<h2>Điều 3. Thanh toán / Article 3. Payment</h2>
<p>Thanh toán 100% trong vòng 30 ngày kể từ ngày kích hoạt. / 100% within 30 days of activation.</p>
<h2>Điều 4. Hỗ trợ / Article 4. Support</h2>
<p>Hỗ trợ từ xa việc gán bản quyền trong thời hạn hợp đồng. / Remote support for licence assignment during the term.</p>
<table style="margin-top:14pt"><tr>
<td style="border:none;width:230pt;text-align:center"><b>ĐẠI DIỆN BÊN MUA<br/>FOR THE BUYER</b>
<p style="height:58pt">&#160;</p>{escape(cc.name)}</td>
<td style="border:none;width:230pt;text-align:center"><b>ĐẠI DIỆN BÊN BÁN<br/>FOR THE SELLER</b>
<p style="height:58pt">&#160;</p>{escape(SH_PM.name)}</td></tr></table>
""",
        meta("HD 27-2026", SH_PM.name, T(2026, 3, 9, 9, 0, 7)),
        f"{cid}|hd",
        style=css("#222222", family="serif", size=9.5),
    )
    contract = g.scan_pdf(
        contract,
        [
            Ink(cc.name, "sig", cc.name, dx=8, dy=-46, h=32, occurrence=1),
            Ink(
                cc.name,
                "seal",
                dx=-55,
                dy=-74,
                h=78,
                occurrence=1,
                lines=("CÔNG TY CP", "ỐNG THÉP HẢI PHÒNG", "* HẢI PHÒNG *"),
            ),
            Ink(SH_PM.name, "sig", SH_PM.name, dx=8, dy=-46, h=32, occurrence=1, color=g.INK_BLACK),
        ],
        f"{cid}|hds",
        T(2026, 3, 10, 9, 0, 7),
        dpi=150,
        gray=False,
    )
    handover = rpdf(
        SONGHONG,
        f"""<h1>Biên bản bàn giao bản quyền / Licence handover minutes</h1>
{
            kv(
                [
                    ("Hợp đồng / Contract", "27/2026/HĐ-SHT"),
                    ("Khách hàng / Customer", escape(cust.name)),
                    ("Ngày / Date", "16/03/2026"),
                ]
            )
        }
{
            grid(
                ["Subscription", "Sản phẩm / Product", "SL / Qty", "Trạng thái / Status"],
                [(g.guid("sub", cid, "e3", upper=True)[:18] + "…", "Microsoft 365 E3", "450", "Active / Đã kích hoạt")],
                [34, 30, 12, 24],
            )
        }
<p>Bên bán đã kích hoạt 450 bản quyền trên tenant hpsteelpipe.onmicrosoft.com; Bên mua tự gán bản quyền cho người
dùng.<br/><i>The seller has activated 450 licences on the tenant; the buyer assigns licences to its users.</i></p>""",
        meta("Ban giao ban quyen", SH_PM.name, T(2026, 3, 16, 10, 0, 7)),
        f"{cid}|bg",
        right="Licence handover",
    )
    files = {"HD_27-2026_HD-SHT_signed.pdf": contract, "Bien_ban_ban_giao_ban_quyen.pdf": handover}
    claim = cpor(
        cid,
        SONGHONG,
        SH_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS", "MICROSOFT 365 APPS"],
        submitted=T(2026, 4, 22, 10, 0, 7),
        files=files,
    )
    return Bundle(
        f"{cid}_haiphong_steel_licence_supply_contract",
        claim,
        files,
        "reject",
        "The signed and sealed document is a software licence supply contract: 450 Microsoft 365 E3 licences, prices "
        "in VND, activation within 5 working days, payment terms – a transactional contract for the licensing sale of "
        "Microsoft products, which never counts as POE. The second file only records that the licences were activated "
        "on the tenant and that the customer assigns them itself. No document describes any Exchange, Teams or "
        "Microsoft 365 Apps deployment or adoption work. The POE is insufficient as a whole.",
        "'HỢP ĐỒNG CUNG CẤP BẢN QUYỀN PHẦN MỀM / SOFTWARE LICENCE SUPPLY CONTRACT' No. 27/2026/HĐ-SHT, 450 × "
        "Microsoft 365 E3.",
        {
            "unacceptable_documents": "fail",
            "activity_detail": "fail",
            "customer_acknowledgement": "fail",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s502_028_saigon_garment_ammp_market_b_rate() -> Bundle:
    cid = "5021028"
    cust = Org(
        "Saigon Garment Export Corporation",
        "SG Export",
        "sgexport.com.vn",
        "VN",
        "Tân Bình, TP. Hồ Chí Minh",
        "236 Cộng Hòa, Phường 12",
        "#ad1457",
    )
    cc = person(cust, "Võ Quốc Bảo", "IT Director", "bao.vq")
    consent, submitted = D(2026, 3, 9), T(2026, 6, 26, 10, 0, 7)
    files, claim = g.ammp_claim(
        cid,
        "sgexport",
        SONGHONG,
        SH_ARCH,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Order & production tracking portal (.NET Framework, SQL Server)",
        arr="USD 41,000 per year",
        dates=["16/03/2026", "10/04/2026", "29/05/2026", "12/06/2026"],
        amount=12000.0,
        inv_no="SHT-INV-2026-0061",
        date_style="gb",
        sign_when=T(2026, 6, 15, 15, 0, 7),
        date_text="15/06/2026",
        invoice_kw={"date_style": "gb", "bank": "Vietcombank, Hoan Kiem branch · USD account 0011 0048 4217"},
    )
    return Bundle(
        f"{cid}_saigon_garment_ammp_wrong_market_rate",
        claim,
        files,
        "action_required",
        "AMMP App/Data Modernization (Small) claim from a Vietnamese partner. Vietnam is not in the Market A or "
        "Market B lists, so it is Market C and the fixed rate is USD 7,500; the invoice asks for USD 12,000.00, the "
        "Market B rate. The invoice amount must match the payout for the partner's market. Everything else is in "
        "order: the programme template with the four activities signed by the customer on 15/06/2026, both surveys "
        f"signed in full, submitted {days(consent, submitted)} days after consent (xs/small: 120).",
        "Invoice SHT-INV-2026-0061: 'MCI Engagement Claim ID 5021028', USD 12,000.00; partner.country VN (Market C → "
        "USD 7,500).",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "required_documents": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Rawabi Digital (Saudi Arabia)
# --------------------------------------------------------------------------------------------------------------


def s502_029_al_yamamah_arabic_handover() -> Bundle:
    cid = "5021029"
    cust = Org(
        "Al-Yamamah Cold Chain Co.",
        "Al-Yamamah Cold Chain",
        "alyamamah-cc.com.sa",
        "SA",
        "Riyadh 14332",
        "Second Industrial City, Street 58",
        "#004d40",
        "CR 1010584412",
    )
    cc = person(cust, "Fahad Al-Qahtani", "IT Director", "f.alqahtani")
    rows = [
        (
            "تسجيل 310 جهاز حاسب و 140 جهازًا محمولًا لسائقي الشاحنات في Microsoft Intune، سياسات الامتثال والتحديثات",
            "Microsoft Intune: 310 PCs and 140 truck-driver handhelds enrolled; compliance and update policies",
            "450",
        ),
        (
            "تفعيل Microsoft Defender for Endpoint على 310 جهاز و 19 خادمًا، قواعد ASR في وضع الحظر",
            "Microsoft Defender for Endpoint on 310 PCs and 19 servers; ASR rules in block mode",
            "329",
        ),
        (
            "تدريب فريق تقنية المعلومات (3 جلسات) وتسليم دليل التشغيل",
            "IT team training (3 sessions) and runbook handover",
            "3",
        ),
    ]
    html = f"""
<h1 style="text-align:center">شهادة تسليم واستلام<br/><span style="font-size:13pt">Handover Certificate</span></h1>
{
        kv(
            [
                ("Ref. / المرجع", "RD-HC-2026-014"),
                ("Customer / العميل", f"{escape(cust.name)} – شركة اليمامة للخدمات اللوجستية المبردة"),
                ("Supplier / المورد", f"{escape(RAWABI.name)} – شركة روابي الرقمية"),
                ("Period / الفترة", "08/02/2026 – 16/04/2026"),
                ("Date / التاريخ", "20/04/2026م الموافق 02/11/1447هـ"),
            ],
            key_w=150,
        )
    }
<h2>Scope delivered / نطاق العمل المنجز</h2>
{grid(["العربية", "English", "Qty / العدد"], rows, [44, 42, 14])}
<p>يقر العميل باستلام الأعمال المذكورة أعلاه من المورد بحالة مكتملة.<br/><i>The Customer acknowledges receipt of the
work above, completed by the Supplier.</i></p>
{
        g.signoff(
            "stacked",
            [Party("Customer / العميل – التوقيع والختم", cust.name, cc.name, "IT Director / مدير تقنية المعلومات")],
            heading="",
        )
    }
"""
    pdf = hpdf(
        html,
        meta("Handover Certificate RD-HC-2026-014", RW_PM.name, T(2026, 4, 19, 14, 0, 3)),
        f"{cid}|doc",
        style=css(RAWABI.color, size=9),
        decor=g.Decor(
            RAWABI,
            right="Handover Certificate · RD-HC-2026-014",
            footer=escape(RAWABI.name + " · " + RAWABI.reg),
            accent=RAWABI.color,
        ),
    )
    inks = [
        *g.sign_inks("stacked", Party("", "", cc.name), 0, "20/4/2026"),
        Ink(
            "Signature:", "stamp", dx=250, dy=-12, h=46, lines=("AL-YAMAMAH COLD CHAIN CO.", "C.R. 1010584412 - RIYADH")
        ),
    ]
    scan = g.scan_pdf(pdf, inks, f"{cid}|scan", T(2026, 4, 20, 13, 10, 3), dpi=150, skew=-0.4)
    files = {"Handover_Certificate_RD-HC-2026-014_signed.pdf": scan}
    claim = cpor(
        cid,
        RAWABI,
        RW_PM,
        cust,
        cc,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 5, 11, 10, 30, 3),
        files=files,
    )
    return Bundle(
        f"{cid}_al_yamamah_arabic_english_handover",
        claim,
        files,
        "approve",
        "Arabic/English handover certificate with every line in both languages: 450 devices in Intune (310 PCs, 140 "
        "driver handhelds), Defender for Endpoint on 310 PCs and 19 servers with ASR in block mode, 3 training "
        "sessions. Signed by the customer's IT director with the company stamp, handwritten '20/4/2026' (Gregorian, "
        "the certificate prints '20/04/2026م الموافق 02/11/1447هـ' – the Hijri date beside it), three weeks before "
        "submission.",
        "Scan: 'Customer / العميل – Fahad Al-Qahtani', signature, stamp 'AL-YAMAMAH COLD CHAIN CO.', '20/4/2026'.",
        g.cpor_ok(),
    )


def s502_030_durrat_ammp_customer_survey_by_partner() -> Bundle:
    cid = "5021030"
    cust = Org(
        "Durrat Al-Sahil Logistics Co.",
        "Durrat Al-Sahil",
        "durratalsahil.com.sa",
        "SA",
        "Dammam 32241",
        "King Abdulaziz Port Road, Building 7",
        "#0277bd",
    )
    cc = person(cust, "Nasser Al-Dossary", "Head of Digital", "n.aldossary")
    consent, submitted = D(2026, 4, 6), T(2026, 7, 21, 11, 0, 3)
    files, claim = g.ammp_claim(
        cid,
        "durrat",
        RAWABI,
        RW_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Port yard management system (Java, Oracle)",
        arr="USD 52,000 per year",
        dates=["13/04/2026", "07/05/2026", "25/06/2026", "09/07/2026"],
        amount=12000.0,
        inv_no="RD-INV-2026-118",
        date_style="gb",
        sign_when=T(2026, 7, 13, 12, 0, 3),
        date_text="13/07/2026",
        invoice_kw={"date_style": "gb", "bank": "Saudi National Bank, Olaya branch · USD account"},
    )
    key = f"customer_attestation_{cid}.json"
    files[key] = g.attestation(
        cid,
        "customer",
        T(2026, 7, 16, 9, 40, 3),
        [
            "Yes",
            "Application assessment, landing zone, modernization of the yard system, Defender for Cloud",
            "5",
            "Yes",
        ],
        cc,
        name=RW_PM.name,
        company=RAWABI.name,
        title=RW_PM.title,
    )
    return Bundle(
        f"{cid}_durrat_ammp_customer_survey_signed_by_partner",
        claim,
        files,
        "action_required",
        "Saudi Arabia is Market B, so the USD 12,000 AMMP (Small) invoice is right, the signed programme template is "
        f"fine and the claim came {days(consent, submitted)} days after consent (xs/small: 120). But the customer "
        "attestation's electronic signature is Abdulrahman Al-Harbi, Project Manager, Rawabi Digital Co. – the "
        "partner's own project manager, not anyone at the customer. The customer attestation must be completed and "
        "signed by the customer; the partner must correct the customer contact and have the customer survey "
        "completed by the customer.",
        "customer_attestation JSON signature: full_name 'Abdulrahman Al-Harbi', company 'Rawabi Digital Co.', "
        "job_title 'Project Manager'.",
        {
            "attestations": "fail",
            "invoice": "pass",
            "submission_window": "pass",
            "required_documents": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Kilimani Systems and Tsavo Networks (Kenya): two partners claim the same customer and workload
# --------------------------------------------------------------------------------------------------------------

ATHI = Org(
    "Athi River Dairies Ltd",
    "ARD",
    "athiriverdairies.co.ke",
    "KE",
    "Athi River 00204",
    "Namanga Road, Plot 44",
    "#1565c0",
)
ATHI_ICT = person(ATHI, "Grace Njoroge", "ICT Manager", "grace.njoroge")
ATHI_FIN = person(ATHI, "Daniel Otieno", "Finance & Admin Manager", "daniel.otieno")


def kilimani_report(
    cust: Org,
    ref: str,
    day: dt.date,
    background: str,
    rows: Sequence[tuple[str, str, str]],
    timeline: Sequence[tuple[str, str]],
    handover: Sequence[str],
    seed: str,
) -> bytes:
    """Kilimani Systems' delivery report."""
    html = f"""
<h1>Delivery Report</h1>
<p style="font-size:12pt">{escape(cust.name)}</p>
{kv([("Reference", ref), ("Date", g.fdate(day, "gb_long")), ("Delivery lead", f"{KS_PM.name}, {KS_PM.title}")])}
<h2>Background</h2><p>{background}</p>
<h2>What we delivered</h2>{grid(["Area", "Detail", "Count"], rows, [20, 64, 16])}
<h2>Timeline</h2>{grid(["Stage", "Dates"], timeline, [50, 50])}
<h2>Handover</h2>{ul(list(handover))}
"""
    return rpdf(
        KILIMANI,
        html,
        meta(f"Delivery Report {cust.short}", KS_PM.name, T(day.year, day.month, day.day, 16, 0, 3)),
        seed,
        right=f"Delivery Report · {ref}",
        footer="Kilimani Systems Ltd · Hurlingham Plaza, Nairobi · www.kilimanisystems.co.ke",
    )


def s502_031_athi_river_kilimani_detailed() -> Bundle:
    cid = "5021031"
    report = kilimani_report(
        ATHI,
        "KSL-DR-2026-018",
        D(2026, 4, 30),
        "ARD collects milk from 3,400 farmers on 46 routes and processes it at Athi River and Nyahururu. Its 260 "
        "office "
        "and plant laptops were managed with local scripts, and the 120 rugged handhelds used on the collection routes "
        "were set up by hand, with drivers able to install any app. The ICT Manager asked for one management tool "
        "before the new collection app went live.",
        [
            (
                "Windows",
                "260 laptops enrolled (Autopilot for 60 new ones, 200 hybrid joined); BitLocker, Windows LAPS, "
                "compliance policy, 2 update rings",
                "260",
            ),
            (
                "Android",
                "120 Zebra TC26 handhelds as dedicated devices: kiosk mode with MaziwaCollect and the Bluetooth "
                "scale app only; Managed Google Play; remote wipe tested on 4 lost devices",
                "120",
            ),
            (
                "iOS",
                "35 iPhones for the sales reps with app protection policies for Outlook and Teams (no full "
                "enrollment, BYOD)",
                "35",
            ),
            (
                "Reporting",
                "Weekly device compliance report to the ICT Manager; route supervisors see their devices "
                "in a scoped Intune role",
                "—",
            ),
        ],
        [
            ("Design and pilot (Athi River plant, 2 routes)", "2 Feb – 27 Feb 2026"),
            ("Rollout Athi River routes", "2 Mar – 27 Mar 2026"),
            ("Rollout Nyahururu routes and sales", "30 Mar – 24 Apr 2026"),
        ],
        [
            "ARD ICT owns enrollment profiles and the kiosk configuration.",
            "Kilimani supports under the monthly "
            "managed-service agreement MSA-ARD-03 (Intune administration, 8 hours/month).",
        ],
        f"{cid}|rep",
    )
    ask = Mail(
        KS_PM,
        [ATHI_ICT],
        "ARD Intune rollout – delivery report",
        T(2026, 5, 6, 15, 20, 3),
        "Hi Grace,\n\nPlease find the delivery report for the Intune rollout attached. Kindly confirm that ARD accepts "
        "the deliverables.\n\nRegards,\nBrian\n\n" + g.footer_block(KS_PM),
        attachments=[("KSL-DR-2026-018 ARD Delivery Report.pdf", report)],
    )
    accept = Mail(
        ATHI_ICT,
        [KS_PM],
        "RE: ARD Intune rollout – delivery report",
        T(2026, 5, 8, 9, 2, 3),
        "Hi Brian,\n\nThanks. I have checked the report against the Intune console: 260 laptops, the 120 TC26 "
        "handhelds on all 46 routes with MaziwaCollect in kiosk mode, and the 35 iPhones with app protection. The "
        "remote wipe already saved us twice this month.\n\nARD accepts the Intune rollout as delivered by Kilimani "
        "Systems, and we continue with you on the monthly support.\n\nRegards,\n"
        + sig_lines(ATHI_ICT, "Athi River Dairies Ltd (ARD)", "Namanga Road, Athi River"),
        quoted=ask,
    )
    files = {
        "KSL-DR-2026-018 ARD Delivery Report.pdf": report,
        "RE_ ARD Intune rollout – delivery report.msg": msg_x(accept, "exo"),
    }
    claim = cpor(
        cid,
        KILIMANI,
        KS_PM,
        ATHI,
        ATHI_ICT,
        area="Security",
        workloads=["INTUNE"],
        submitted=T(2026, 5, 20, 11, 30, 3),
        files=files,
    )
    return Bundle(
        f"{cid}_athi_river_dairies_kilimani_detailed",
        claim,
        files,
        "approve",
        "Kilimani's delivery report details the Intune work for the dairy (260 laptops, 120 rugged handhelds in kiosk "
        "mode on 46 milk routes, 35 iPhones with app protection, dated stages 2 Feb – 24 Apr 2026), and the "
        "customer's ICT Manager accepts it from athiriverdairies.co.ke on 8 May 2026 after checking the numbers "
        "against the console. CONFLICT: Tsavo Networks claims the same customer and workload (5021032, submitted "
        "earlier). Only one partner can be the partner of record for INTUNE; the POE decides who drove the most "
        "influence, and this claim's detailed, recent, customer-confirmed evidence wins over 5021032's one-line "
        "e-mail from the finance manager. This claim should be approved as the winner of the conflict.",
        "Reply from grace.njoroge@athiriverdairies.co.ke, 8 May 2026: 'ARD accepts the Intune rollout as delivered by "
        "Kilimani Systems'.",
        g.cpor_ok(email_ack=True),
    )


def s502_032_athi_river_tsavo_generic_conflict() -> Bundle:
    cid = "5021032"
    plan = rpdf(
        TSAVO,
        f"""<h1>Customer Success Plan</h1>
<p style="font-size:12pt">{escape(ATHI.name)}</p>
<h2>Why Microsoft 365</h2>
<p>Microsoft Intune helps organizations manage and secure the devices their people use, from anywhere. With cloud-based
endpoint management, IT can protect corporate data, deploy apps and keep devices up to date – improving productivity
while reducing risk and cost.</p>
<h2>Our services</h2>
{
            ul(
                [
                    "Assessment of the current environment",
                    "Deployment of Microsoft Intune",
                    "Testing",
                    "Training",
                    "Ongoing support",
                ]
            )
        }
<h2>Why Tsavo Networks</h2>
<p>Tsavo Networks is a Microsoft partner serving the coast and the Nairobi region with certified engineers and a
24/7 help desk.</p>""",
        meta("Customer Success Plan ARD", TN_AM.name, T(2026, 4, 27, 10, 0, 3)),
        f"{cid}|plan",
        right="Customer Success Plan",
    )
    mail = Mail(
        ATHI_FIN,
        [TN_AM],
        "Partner",
        T(2026, 4, 28, 12, 14, 3),
        "Hello Hassan,\n\nWe agree that Tsavo Networks will be our partner on M365 solutions.\n\nBest,\nDaniel",
    )
    files = {"ARD_Customer_Success_Plan.pdf": plan, "Partner.eml": eml_x(mail, "exo")}
    claim = cpor(
        cid,
        TSAVO,
        TN_AM,
        ATHI,
        ATHI_FIN,
        area="Security",
        workloads=["INTUNE"],
        submitted=T(2026, 5, 6, 16, 45, 3),
        files=files,
    )
    return Bundle(
        f"{cid}_athi_river_dairies_tsavo_generic_conflict",
        claim,
        files,
        "action_required",
        "Tsavo's evidence is the guide's own example of an invalid POE: a one-line e-mail from the customer's finance "
        "manager ('We agree that Tsavo Networks will be our partner on M365 solutions') – an ambiguous acknowledgement "
        "that names no activity, no workload and no dates – and a 'Customer Success Plan' made of product benefits "
        "and a list of high-level tasks (assessment, deployment, testing, training, ongoing support). Nothing "
        "describes Intune work done for this customer. CONFLICT: Kilimani Systems claims the same customer and "
        "workload (5021031) with a detailed delivery report accepted by the customer's ICT Manager; on the POE, "
        "Kilimani drove the influence. This claim cannot be approved; the partner would need to provide detailed, "
        "customer-acknowledged POE of its own work.",
        "'Partner.eml' from daniel.otieno@athiriverdairies.co.ke: 'We agree that Tsavo Networks will be our partner "
        "on M365 solutions.'; plan lists 'Assessment… Deployment… Testing… Ongoing support'.",
        {
            "activity_detail": "fail",
            "customer_acknowledgement": ["fail", "warn"],
            "customer_domain": "pass",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s502_033_kericho_outsourced_it_signs() -> Bundle:
    cid = "5021033"
    cust = Org(
        "Kericho Highlands Tea Ltd",
        "Kericho Highlands Tea",
        "kerichohighlands.co.ke",
        "KE",
        "Kericho 20200",
        "Moi Highway, Kapsoit Estate",
        "#2e7d32",
    )
    cc = person(cust, "Joseph Langat", "General Manager, Finance & Administration", "joseph.langat")
    msp = Org(
        "Equator Managed IT Ltd",
        "Equator MIT",
        "equatormit.co.ke",
        "KE",
        "Nakuru 20100",
        "Kenyatta Avenue 12",
        "#455a64",
    )
    msp_sdm = person(msp, "Collins Kiprotich", "Service Delivery Manager", "collins.kiprotich")
    report = kilimani_report(
        cust,
        "KSL-DR-2026-027",
        D(2026, 7, 3),
        "Kericho Highlands Tea runs 4 estates and a factory. Its day-to-day IT is outsourced to Equator Managed IT. "
        "Kilimani moved the company's mail from a hosted POP service to Exchange Online and introduced Teams for the "
        "estate offices.",
        [
            (
                "Exchange Online",
                "168 mailboxes migrated from the hosted POP service; 7 shared mailboxes (sales, "
                "factory, 4 estates, payroll); MX, SPF, DKIM and DMARC set",
                "175",
            ),
            (
                "Teams",
                "168 users; one team per estate and the factory; weekly production meeting moved to Teams with "
                "the Mombasa auction broker as guest",
                "168",
            ),
        ],
        [("Migration", "18 May – 12 Jun 2026"), ("Teams rollout and training", "15 Jun – 3 Jul 2026")],
        ["Equator Managed IT administers the tenant day to day from 6 July 2026."],
        f"{cid}|rep",
    )
    form = hpdf(
        f"""<h1>Service Handover Form</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Supplier", escape(KILIMANI.name)),
                    ("Reference", "KSL-DR-2026-027"),
                    ("Services", "Exchange Online migration; Microsoft Teams rollout"),
                ]
            )
        }
<p>The services listed were handed over on 6 July 2026 and are accepted.</p>
<table style="margin-top:16pt"><tr><td style="border:none;width:300pt">
<p style="height:36pt">&#160;</p>
<p style="border-top:0.8pt solid #000000">{escape(msp_sdm.name)}, {escape(msp_sdm.title)}<br/>
{escape(msp.name)}<br/>for and on behalf of {escape(cust.name)}</p><p>Date: ______________</p></td></tr></table>""",
        meta("Service Handover Form", KS_PM.name, T(2026, 7, 6, 9, 0, 3)),
        f"{cid}|form",
        style=css(KILIMANI.color),
        decor=g.Decor(KILIMANI, footer=escape(KILIMANI.name), accent=KILIMANI.color),
    )
    form = g.scan_pdf(
        form,
        [
            Ink(f"{msp_sdm.name}, {msp_sdm.title}", "sig", msp_sdm.name, dx=10, dy=-36, h=30),
            Ink("Date: ____", "hand", "06/07/2026", dx=40, dy=-3, h=13),
        ],
        f"{cid}|fs",
        T(2026, 7, 6, 15, 0, 3),
        dpi=150,
    )
    mail = Mail(
        msp_sdm,
        [KS_PM],
        "KHT handover – signed",
        T(2026, 7, 6, 15, 40, 3),
        "Brian,\n\nSigned handover form attached on behalf of Kericho Highlands Tea. We take it from here.\n\n"
        "Regards,\nCollins Kiprotich\nService Delivery Manager | Equator Managed IT Ltd\nManaged IT partner to "
        "Kericho Highlands Tea Ltd",
    )
    files = {
        "KSL-DR-2026-027 Kericho Delivery Report.pdf": report,
        "KHT_Service_Handover_Form_signed.pdf": form,
        "KHT handover – signed.eml": eml_x(mail, "google"),
    }
    claim = cpor(
        cid,
        KILIMANI,
        KS_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 7, 22, 10, 0, 3),
        files=files,
    )
    return Bundle(
        f"{cid}_kericho_tea_outsourced_it_signs",
        claim,
        files,
        "action_required",
        "The handover form is signed 'for and on behalf of Kericho Highlands Tea Ltd' by Equator Managed IT's "
        "service delivery manager, and the covering e-mail comes from equatormit.co.ke – the customer's outsourced IT "
        "provider, a third party with its own domain, not the customer. Nobody from kerichohighlands.co.ke "
        "acknowledges the work. The delivery report itself is detailed (175 mailboxes, Teams for 168 users).",
        "Form signed by 'Collins Kiprotich, Service Delivery Manager, Equator Managed IT Ltd, for and on behalf of "
        "Kericho Highlands Tea Ltd'; e-mail from collins.kiprotich@equatormit.co.ke.",
        {
            "customer_acknowledgement": ["fail", "warn"],
            "customer_domain": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Magdalena Tech (Colombia)
# --------------------------------------------------------------------------------------------------------------

FOA = Org(
    "Flores del Oriente Antioqueño S.A.S.",
    "FOA",
    "floresdeloriente.com.co",
    "CO",
    "Rionegro, Antioquia",
    "Vereda Cabeceras, km 7 vía Llanogrande",
    "#c2185b",
)
FOA_CC = person(FOA, "Camila Arango", "Coordinadora de Infraestructura TI", "carango")
FOA_MAILER = Person("Camila Arango", "carango@ti.floresdeloriente.com.co", "Coordinadora de Infraestructura TI", FOA)


def foa_acceptance() -> bytes:
    if "foa" not in _CACHE:
        ask = Mail(
            MT_PM,
            [FOA_MAILER],
            "Cierre proyecto Teams y Exchange Online – FOA",
            T(2026, 2, 26, 17, 5, -5),
            "Hola Camila,\n\nAdjunto el informe de cierre del proyecto de Teams y Exchange Online. Si están de "
            "acuerdo, ¿nos confirmas la aceptación por este medio?\n\nGracias,\nSantiago\n\n" + g.footer_block(MT_PM),
            lang="es",
        )
        accept = Mail(
            FOA_MAILER,
            [MT_PM],
            "RE: Cierre proyecto Teams y Exchange Online – FOA",
            T(2026, 3, 2, 8, 44, -5),
            "Santiago, buenos días.\n\nRevisamos el informe con gerencia. FOA acepta el proyecto de Teams y Exchange "
            "Online: los 520 buzones migrados, los 38 equipos de Teams para las 9 fincas y la sala de poscosecha, y "
            "las capacitaciones en Rionegro y La Ceja.\n\nFOA accepts the Teams and Exchange Online project: 520 "
            "mailboxes migrated, 38 teams for the 9 farms and the post-harvest room, and the training in Rionegro and "
            "La Ceja.\n\nCamila Arango\nCoordinadora de Infraestructura TI\nFlores del Oriente Antioqueño – FOA",
            quoted=ask,
            lang="es",
        )
        _CACHE["foa"] = msg_x(accept, "exo")
    return bytes(_CACHE["foa"])


def magdalena_closure(
    cust: Org, ref: str, day: dt.date, rows: Sequence[tuple[str, str, str]], period: str, seed: str
) -> bytes:
    html = f"""<h1>Closure Report</h1><p style="font-size:12pt">{escape(cust.name)}</p>
{kv([("Reference", ref), ("Period", period), ("Date", g.fdate(day, "gb")), ("Project lead", MT_PM.name)])}
<h2>Delivered</h2>{grid(["Workload", "Detail", "Volume"], rows, [20, 64, 16])}
<h2>Acceptance</h2><p>Requested from the customer by e-mail.</p>"""
    return rpdf(
        MAGDALENA,
        html,
        meta(f"Closure report {cust.short}", MT_PM.name, T(day.year, day.month, day.day, 17, 0, -5)),
        seed,
        right=f"Closure Report · {ref}",
    )


def s502_034_foa_subdomain_acronym() -> Bundle:
    cid = "5021034"
    report = magdalena_closure(
        FOA,
        "MT-CR-2026-006",
        D(2026, 2, 26),
        [
            (
                "Exchange Online",
                "520 mailboxes migrated from Google Workspace (farm supervisors, post-harvest, "
                "export office); 12 shared mailboxes for export documentation",
                "532",
            ),
            (
                "Teams",
                "38 teams: one per farm (9) and per area, including the post-harvest cold room with a shared "
                "tablet; 6 training sessions in Rionegro and La Ceja",
                "520 users",
            ),
        ],
        "1 December 2025 – 20 February 2026",
        f"{cid}|rep",
    )
    files = {
        "MT-CR-2026-006 FOA Closure Report.pdf": report,
        "RE_ Cierre proyecto Teams y Exchange Online – FOA.msg": foa_acceptance(),
    }
    claim = cpor(
        cid,
        MAGDALENA,
        MT_PM,
        FOA,
        FOA_CC,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 3, 17, 10, 0, -5),
        files=files,
    )
    return Bundle(
        f"{cid}_foa_acceptance_from_it_subdomain",
        claim,
        files,
        "approve",
        "The customer's infrastructure coordinator accepts the project in Spanish and English from "
        "ti.floresdeloriente.com.co – a sub-domain of the claim's domain floresdeloriente.com.co (DKIM and DMARC "
        "pass for the parent domain) – and writes the company's name as 'FOA', the acronym of Flores del Oriente "
        "Antioqueño. She restates the work (520 mailboxes, 38 teams for 9 farms, training), matching the closure "
        "report. The same e-mail file was later uploaded on claim 5021035 for another customer: this claim holds the "
        "original.",
        "Reply from carango@ti.floresdeloriente.com.co, 2 Mar 2026: 'FOA acepta el proyecto de Teams y Exchange "
        "Online … / FOA accepts the Teams and Exchange Online project'.",
        g.cpor_ok(email_ack=True),
    )


def s502_035_la_ceja_reused_foa_mail() -> Bundle:
    cid = "5021035"
    cust = Org(
        "Floricultura La Ceja S.A.S.",
        "Floricultura La Ceja",
        "floriculturalaceja.com",
        "CO",
        "La Ceja, Antioquia",
        "Vereda San Miguel, finca El Porvenir",
        "#8e24aa",
    )
    cc = person(cust, "Andrés Felipe Ochoa", "Jefe de Sistemas", "aochoa")
    report = magdalena_closure(
        cust,
        "MT-CR-2026-014",
        D(2026, 5, 15),
        [
            ("Exchange Online", "140 mailboxes migrated from the hosting provider's mail service", "140"),
            ("Teams", "11 teams (3 farms, sales, logistics); 2 training sessions", "140 users"),
        ],
        "16 March – 8 May 2026",
        f"{cid}|rep",
    )
    files = {"MT-CR-2026-014 La Ceja Closure Report.pdf": report, "Aceptacion_cliente.msg": foa_acceptance()}
    claim = cpor(
        cid,
        MAGDALENA,
        MT_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 5, 28, 15, 0, -5),
        files=files,
    )
    return Bundle(
        f"{cid}_floricultura_la_ceja_reused_foa_mail",
        claim,
        files,
        "action_required",
        "'Aceptacion_cliente.msg' is byte for byte the acceptance e-mail of claim 5021034: it comes from "
        "ti.floresdeloriente.com.co, is signed by FOA's infrastructure coordinator and accepts FOA's project (520 "
        "mailboxes, 38 teams, 9 farms). This claim is for a different customer, Floricultura La Ceja "
        "(floriculturalaceja.com, 140 users in the closure report), which never acknowledges anything. 5021034 holds "
        "the original; here the only acknowledgement belongs to another customer and another claim.",
        "Aceptacion_cliente.msg: from carango@ti.floresdeloriente.com.co, 'FOA acepta el proyecto…' – identical to "
        "5021034's file; claim customer floriculturalaceja.com.",
        {
            "reused_evidence": "fail",
            "customer_domain": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
        },
        container="zip",
    )


def s502_036_cafes_sierra_presales_after_transaction() -> Bundle:
    cid = "5021036"
    cust = Org(
        "Cafés Especiales de la Sierra S.A.S.",
        "Cafés de la Sierra",
        "cafesdelasierra.com.co",
        "CO",
        "Santa Marta, Magdalena",
        "Calle 22 #3-45, Edificio Bahía",
        "#4e342e",
    )
    cc = person(cust, "Mariana Cotes", "Gerente Comercial", "mcotes")
    att = [
        ("Mariana Cotes", "Gerente Comercial"),
        ("Julián Pertuz", "Jefe de Exportaciones"),
        ("Diana Mejía", "Analista de CRM"),
        (MT_BA.name, "Magdalena Tech"),
    ]
    html = f"""<p style="text-align:right">Santa Marta, mayo de 2026</p>
<h1>Acta de reunión / Meeting minutes</h1>
{
        kv(
            [
                (
                    "Tema / Subject",
                    "Demostración Dynamics 365 Sales – embudo de exportación / Dynamics 365 Sales demo – export "
                    "pipeline",
                ),
                ("Cliente / Customer", escape(cust.name)),
                ("Lugar / Place", "Oficinas del cliente, Santa Marta / Customer's offices"),
            ]
        )
    }
<h2>Temas tratados / Topics</h2>
{
        ul(
            [
                "Embudo de oportunidades para importadores de Corea, Japón y Estados Unidos / Opportunity pipeline for "
                "importers "
                "in Korea, Japan and the United States",
                "Cotizaciones por lote y por calidad (SCA 84+) / Quotes per lot and cup score",
                "Integración con Outlook y Teams para el equipo de 9 vendedores / Outlook and Teams integration for 9 "
                "sellers",
            ]
        )
    }
<h2>Asistentes / Attendees</h2>
<table><tr><th style="width:150pt">Nombre / Name</th><th style="width:150pt">Cargo / Role</th>
<th style="width:130pt">Firma / Signature</th></tr>
{"".join(f'<tr><td style="height:26pt">{escape(n)}</td><td>{escape(r)}</td><td></td></tr>' for n, r in att)}</table>
<p>Fecha / Date: ____________</p>"""
    minutes = hpdf(
        html,
        meta("Acta demo D365 Sales", MT_BA.name, T(2026, 5, 3, 18, 0, -5)),
        f"{cid}|acta",
        style=css(MAGDALENA.color, size=9.5),
        decor=g.Decor(MAGDALENA, footer=escape(MAGDALENA.name), accent=MAGDALENA.color),
    )
    inks = [
        Ink(n, "sig", n, dx=322, dy=-8, h=22, color=(g.INK_BLUE if i < 3 else g.INK_BLACK))
        for i, (n, _) in enumerate(att)
    ]
    inks.append(Ink("Fecha / Date: ____", "hand", "03/05/2026", dx=80, dy=-6, h=13))
    scan = g.scan_pdf(minutes, inks, f"{cid}|scan", T(2026, 5, 4, 9, 0, -5), dpi=150, skew=0.4)
    deck = g.slides_pdf(
        MAGDALENA,
        [
            (
                "Dynamics 365 Sales para Cafés de la Sierra",
                "<p>Embudo de exportación · cotizaciones por lote · Teams</p>",
            ),
            (
                "Escenario 1: nuevo importador",
                ul(["Lead desde feria (SCA Expo)", "Muestra enviada", "Cotización por lote"]),
            ),
            (
                "Escenario 2: renovación de contrato",
                ul(["Historial de compras", "Alertas de cosecha", "Aprobación de precio"]),
            ),
        ],
        meta("Demo D365 Sales", MT_BA.name, T(2026, 4, 30, 10, 0, -5), g.PPT),
        f"{cid}|deck",
        "Magdalena Tech · Confidencial",
    )
    files = {"Acta_demo_D365_Sales_firmada.pdf": scan, "Demo_D365_Sales_CafesSierra.pdf": deck}
    claim = cpor(
        cid,
        MAGDALENA,
        MT_BA,
        cust,
        cc,
        area="Business Applications",
        kind="pre_sales",
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        submitted=T(2026, 6, 2, 11, 0, -5),
        files=files,
        transaction=D(2026, 4, 20),
    )
    return Bundle(
        f"{cid}_cafes_sierra_presales_after_transaction",
        claim,
        files,
        "action_required",
        "Pre-sales claim: the proof of engagement must predate the transaction of 2026-04-20. The signed meeting "
        "minutes of the Dynamics 365 Sales demo carry the hand-written date '03/05/2026' and the printed heading "
        "'Santa Marta, mayo de 2026' – Colombian day-first, 3 May 2026, two weeks after the transaction (read "
        "month-first, 5 March, it would contradict the document's own heading). The undated demo deck was created on "
        "30 April. No evidence shows engagement before the transaction, and the claim does not describe an upsell.",
        "Acta: 'Santa Marta, mayo de 2026', attendees' signatures, 'Fecha / Date: 03/05/2026'; transaction_date "
        "2026-04-20.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "partner_customer_names": "pass",
            "reused_evidence": "pass",
        },
    )


def s502_037_magdalena_capital_group_affiliate() -> Bundle:
    cid = "5021037"
    cust = Org(
        "Magdalena Capital S.A.S.",
        "Magdalena Capital",
        "magdalenacapital.co",
        "CO",
        "Medellín, Antioquia",
        "Carrera 43A #1 Sur-188, Of. 1501",
        "#00838f",
    )
    cc = person(cust, "Carolina Uribe", "Directora Financiera / CFO", "curibe")
    letter = hpdf(
        f"""<p style="font-size:15pt;color:#00838f;margin:0"><b>Magdalena Capital S.A.S.</b></p>
<p class="small" style="margin-top:0">Una empresa de Grupo Magdalena · Empresas del grupo: Magdalena Tech S.A.S.,
Magdalena Inmobiliaria S.A.S., Magdalena Capital S.A.S. · Carrera 43A #1 Sur-188, Medellín</p>
<hr/>
<p>Medellín, 9 de junio de 2026</p>
<p>Señores<br/>Magdalena Tech S.A.S.<br/>Ciudad</p>
<p><b>Asunto: Aceptación de la implementación de Dynamics 365 Business Central / Acceptance of the Dynamics 365
Business Central implementation</b></p>
<p>Por medio de la presente, Magdalena Capital acepta la implementación de Dynamics 365 Business Central realizada por
Magdalena Tech, empresa del Grupo, para sus 22 usuarios de contabilidad, tesorería y cartera, en producción desde el 1
de junio de 2026.<br/><i>Magdalena Capital accepts the Dynamics 365 Business Central implementation carried out by
Magdalena Tech, a Group company, for its 22 accounting, treasury and collections users, live since 1 June 2026.</i></p>
<p style="margin-top:30pt">Atentamente,</p><p style="height:30pt">&#160;</p>
<p>{escape(cc.name)}<br/>{escape(cc.title)}</p>""",
        meta("Aceptacion BC", cc.name, T(2026, 6, 9, 11, 0, -5)),
        f"{cid}|letter",
        style=css("#00838f"),
    )
    letter = g.scan_pdf(
        letter, [Ink(cc.name, "sig", cc.name, dx=0, dy=-34, h=30)], f"{cid}|scan", T(2026, 6, 9, 15, 0, -5), dpi=150
    )
    files = {"Carta_aceptacion_BC_MagdalenaCapital.pdf": letter}
    claim = cpor(
        cid,
        MAGDALENA,
        MT_BA,
        cust,
        cc,
        area="Business Applications",
        workloads=["DYNAMICS 365 BUSINESS CENTRAL PREMIUM"],
        submitted=T(2026, 6, 25, 10, 0, -5),
        files=files,
    )
    return Bundle(
        f"{cid}_magdalena_capital_group_affiliate",
        claim,
        files,
        "reject",
        "The customer is a company of the claiming partner's own group: Magdalena Capital's letterhead reads 'Una "
        "empresa de Grupo Magdalena' and lists Magdalena Tech S.A.S. among the group companies, the letter calls "
        "Magdalena Tech 'empresa del Grupo', and both share the same office building address. A partner affiliate is "
        "an ineligible customer, whatever the quality of the signed acceptance; no further document can change that.",
        "Letterhead 'Una empresa de Grupo Magdalena · Empresas del grupo: Magdalena Tech S.A.S. …'; 'realizada por "
        "Magdalena Tech, empresa del Grupo'.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Narmada Cloud Services (India): one workshop outcome report, Partner Activities claims; a SOC service
# --------------------------------------------------------------------------------------------------------------


def s502_038_gasdc_public_sector_workshop_psd() -> Bundle:
    cid = "5021038"
    cust = Org(
        "Gujarat Agro Seeds Development Corporation Ltd",
        "GASDC",
        "gasdc.gujarat.gov.in",
        "IN",
        "Gandhinagar 382010",
        "Block 9, Udyog Bhavan, Sector 11",
        "#1b5e20",
    )
    cc = person(cust, "Meera Joshi", "General Manager (IT)", "gm-it")
    consent, submitted = D(2026, 2, 16), T(2026, 4, 20, 12, 0, 5.5)
    report = narmada_report(
        cust,
        "Modern Work – Frontline Workers Envisioning Workshop",
        cid,
        D(2026, 3, 11),
        [
            ("Meera Joshi", "General Manager (IT)"),
            ("Kiran Parmar", "Deputy Manager, Seed Processing"),
            ("Anil Vasava", "District Sales Officer, Anand"),
            ("Nisha Trivedi", "HR Officer"),
            (NC_PM.name, "Narmada Cloud – facilitator"),
        ],
        "GASDC runs 7 seed processing plants and 33 district sales depots with about 640 field and depot staff. "
        "Depot stock and dealer orders are reported by phone and WhatsApp; shift rosters at the processing plants "
        "are kept on paper.",
        [
            "Frontline scenarios mapped with plant and depot staff (stock reporting, dealer orders, shift swaps).",
            "Live demo of Teams Shifts, Approvals and a Power Apps stock-report form on a shared depot tablet.",
            "Licensing options for frontline staff (F1/F3) compared with the current E3 licences of office staff.",
        ],
        [
            (
                "Communication",
                "Depot staff have no corporate identity; instructions reach them through personal WhatsApp groups.",
            ),
            ("Operations", "Daily stock report from 33 depots takes 2–3 hours to consolidate at head office."),
        ],
        [
            (
                "Pilot Teams Shifts and the stock-report app in Anand and Mehsana depots (40 users)",
                "GASDC IT",
                "30-06-2026",
            ),
            ("Frontline licences for 600 depot and plant staff after the pilot", "GASDC Purchase", "Q3 FY27"),
        ],
        f"{cid}|rep",
    )
    psd = psd_pdf(
        NARMADA,
        cust,
        "Modern Work Frontline Workers Envisioning Workshop – MCI Partner Activities",
        "USD 2,800.00",
        D(2026, 3, 9),
        f"{cid}|psd",
        style="in",
    )
    psd = g.scan_pdf(
        psd,
        psd_inks(cc.name, cc.title, "12-03-2026", ("GASDC LTD", "GANDHINAGAR")),
        f"{cid}|psds",
        T(2026, 3, 12, 16, 0, 5.5),
        dpi=150,
        skew=0.3,
    )
    files, claim = pa_claim(
        cid,
        NARMADA,
        NC_AM,
        cust,
        cc,
        area="Modern Work",
        eng=pa_eng("MW-FLW-ENV", "Modern Work – Frontline Workers Envisioning Workshop", "standard", 2800.0),
        consent=consent,
        submitted=submitted,
        poe={f"Workshop_Outcome_Report_{cid}_GASDC.pdf": report},
        amount=2800.0,
        inv_no="NCS_26-27_0012",
        inv_day=D(2026, 4, 15),
        activities="Frontline envisioning workshop with plant and depot staff",
        outcome="Pilot of Teams Shifts and stock-report app in 2 depots",
        participants="5",
        segment="public_sector",
        extra_docs=[("PSD_GASDC_signed.pdf", psd, "public_sector_disclosure")],
        invoice_kw={"date_style": "in", "bank": "HDFC Bank, Navrangpura · USD EEFC account"},
    )
    return Bundle(
        f"{cid}_gasdc_public_sector_workshop_with_disclosure",
        claim,
        files,
        "approve",
        "A Gujarat state seed corporation (government, public sector) in India on a Partner Activities claim: India "
        "is one of the three countries where public-sector Partner Activities claims need a Public Sector Disclosure, "
        "and it is there – the standard wording, signed and sealed by the customer's GM (IT) on 12-03-2026. Narmada's "
        "outcome report is specific (7 plants, 33 depots, pilot in Anand and Mehsana for 40 users), the invoice shows "
        "the claim ID and USD 2,800.00 (= proposed payout), both surveys are signed, and the claim came "
        f"{days(consent, submitted)} days after consent (standard: 90). Report layout and disclosure wording are "
        "boilerplate shared with other claims.",
        "PSD_GASDC_signed.pdf: acknowledgement signed by Meera Joshi, General Manager (IT), seal 'GASDC LTD', "
        "'12-03-2026'.",
        g.pa_ok(ps=True),
    )


def s502_039_navsari_municipal_no_disclosure() -> Bundle:
    cid = "5021039"
    cust = Org(
        "Navsari Municipal Corporation",
        "Navsari MC",
        "navsarimc.gov.in",
        "IN",
        "Navsari 396445",
        "Station Road, Civic Centre",
        "#0d47a1",
    )
    cc = person(cust, "Jignesh Desai", "Deputy Commissioner (IT)", "dc-it")
    consent, submitted = D(2026, 5, 4), T(2026, 7, 1, 15, 0, 5.5)
    report = narmada_report(
        cust,
        "Security – Threat Protection Workshop",
        cid,
        D(2026, 6, 10),
        [
            ("Jignesh Desai", "Deputy Commissioner (IT)"),
            ("Hetal Naik", "System Administrator"),
            ("Ravi Chaudhari", "Network Engineer"),
            (NC_PM.name, "Narmada Cloud – facilitator"),
        ],
        "The corporation runs 280 desktops in the civic centre and 6 ward offices, a property-tax portal and a "
        "citizen grievance system. A ransomware attempt on a ward office PC in March 2026 was stopped by chance.",
        [
            "Two-week Microsoft Defender XDR trial on 60 devices and the 180 mailboxes of officers.",
            "Review of incidents found during the trial with the IT team; attack simulation demo.",
            "Secure Score review and prioritised remediation list.",
        ],
        [
            (
                "Endpoints",
                "22 devices with outdated Windows 10 builds; 3 devices with credential-theft tooling "
                "blocked during the trial.",
            ),
            ("E-mail", "41 phishing messages delivered in two weeks, 6 of them impersonating the Commissioner."),
            ("Identity", "MFA enabled for 12 of 180 officers."),
        ],
        [
            ("MFA for all officers, starting with finance and tax staff", "NMC IT", "31-07-2026"),
            ("Defender for Office 365 anti-impersonation for the Commissioner's office", "NMC IT", "15-07-2026"),
        ],
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        NARMADA,
        NC_AM,
        cust,
        cc,
        area="Security",
        eng=pa_eng("SEC-TP-WS", "Security – Threat Protection Workshop", "standard", 3200.0),
        consent=consent,
        submitted=submitted,
        poe={f"Workshop_Outcome_Report_{cid}_NavsariMC.pdf": report},
        amount=3200.0,
        inv_no="NCS_26-27_0098",
        inv_day=D(2026, 6, 25),
        activities="Threat protection workshop and Defender trial",
        outcome="MFA and anti-impersonation plan",
        participants="4",
        segment="public_sector",
        invoice_kw={"date_style": "in", "bank": "HDFC Bank, Navrangpura · USD EEFC account"},
    )
    return Bundle(
        f"{cid}_navsari_municipal_no_disclosure",
        claim,
        files,
        "action_required",
        "An Indian municipal corporation (government, public sector) on a Partner Activities claim: for "
        "public-sector customers in India, the US and Puerto Rico the claim must include a Public Sector Disclosure "
        "acknowledged by the customer in writing. None is uploaded. The outcome report (280 desktops, 41 phishing "
        "messages in two weeks, MFA for 12 of 180 officers), invoice, surveys and timing "
        f"({days(consent, submitted)} days, standard: 90) are otherwise in order.",
        "customer.segment public_sector, country IN, program partner_activities; no public_sector_disclosure document.",
        {
            "required_documents": "fail",
            "public_sector": "fail",
            "invoice": "pass",
            "attestations": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def s502_040_vadodara_polymers_invoice_in_inr() -> Bundle:
    cid = "5021040"
    cust = Org(
        "Vadodara Polymers Ltd",
        "Vadodara Polymers",
        "vadodarapolymers.com",
        "IN",
        "Vadodara 390010",
        "GIDC Makarpura, Plot 211",
        "#6a1b9a",
    )
    cc = person(cust, "Sameer Kothari", "Head – IT", "sameer.kothari")
    consent, submitted = D(2026, 6, 1), T(2026, 8, 3, 11, 0, 5.5)
    report = narmada_report(
        cust,
        "Modern Work – Copilot Envisioning Workshop",
        cid,
        D(2026, 7, 8),
        [
            ("Sameer Kothari", "Head – IT"),
            ("Pooja Rana", "Manager, Sales Operations"),
            ("Vikas Soni", "Quality Head"),
            (NC_PM.name, "Narmada Cloud – facilitator"),
        ],
        "Vadodara Polymers has 260 Microsoft 365 E3 users across the plant, the sales offices in 4 cities and the "
        "corporate office; sales operations prepares 40 customer quotations a day from spreadsheets and e-mail.",
        [
            "Copilot scenarios prioritised with sales operations, quality and HR (12 scenarios scored).",
            "Live demo on the customer's tenant with 5 trial licences: quotation drafting, complaint summaries, "
            "meeting recap.",
            "Oversharing check of 14 SharePoint sites before any Copilot rollout.",
        ],
        [
            ("Data", "3 SharePoint sites shared with 'Everyone except external users' hold pricing files."),
            ("Adoption", "Sales operations would save about 45 minutes a day per person on quotations."),
        ],
        [
            ("Fix the permissions of the 3 pricing sites", "VPL IT", "31-08-2026"),
            ("Copilot pilot for 20 users in sales operations and quality", "VPL IT / Narmada", "Q3 FY27"),
        ],
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        NARMADA,
        NC_AM,
        cust,
        cc,
        area="Modern Work",
        eng=pa_eng("MW-COPILOT-ENV", "Modern Work – Copilot Envisioning Workshop", "standard", 2600.0),
        consent=consent,
        submitted=submitted,
        poe={f"Workshop_Outcome_Report_{cid}_VPL.pdf": report},
        amount=217100.0,
        inv_no="NCS_26-27_0131",
        inv_day=D(2026, 7, 28),
        activities="Copilot envisioning workshop with demo on our tenant",
        outcome="Copilot pilot for 20 users after permission clean-up",
        participants="4",
        invoice_kw={
            "currency": "INR",
            "date_style": "in",
            "vat": 0.18,
            "vat_label": "IGST",
            "bank": "HDFC Bank, Navrangpura · INR current account 5020 0044 1872 09",
        },
    )
    return Bundle(
        f"{cid}_vadodara_polymers_invoice_in_rupees",
        claim,
        files,
        "action_required",
        "The invoice NCS/26-27/0131 carries the claim ID and the partner's name, but its amount is INR 217,100.00 "
        "plus 18% IGST – in Indian rupees, not US dollars. The guide requires the invoice amount (the incentive rate) "
        "in USD, matching the payout – here the proposed variable payout of USD 2,600. Outcome report, surveys and "
        f"timing ({days(consent, submitted)} days after consent, standard: 90) are fine.",
        "Invoice_NCS_26-27_0131.pdf: 'Subtotal (pre-tax) INR 217,100.00', 'IGST 18%'; proposed payout USD 2,600.",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s502_041_rajkot_forgings_mss_soc_export() -> Bundle:
    cid = "5021041"
    cust = Org(
        "Rajkot Forgings Ltd",
        "Rajkot Forgings",
        "rajkotforgings.com",
        "IN",
        "Rajkot 360024",
        "Aji GIDC, Plot 88",
        "#bf360c",
    )
    cc = person(cust, "Ashwin Vyas", "Chief Information Security Officer", "ashwin.vyas")
    chart = g.bar_chart(
        "Incidents by severity – May 2026",
        ["Wk 18", "Wk 19", "Wk 20", "Wk 21", "Wk 22"],
        [
            ("High", [2, 1, 3, 0, 1], (198, 40, 40)),
            ("Medium", [9, 12, 7, 10, 8], (239, 108, 0)),
            ("Low", [31, 27, 35, 29, 24], (120, 144, 156)),
        ],
    )
    report = rpdf(
        NARMADA,
        f"""<h1>Monthly SOC Service Report – May 2026</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Service", "Narmada 24x7 Managed Detection & Response (MDR-ENT)"),
                    ("Period", "01-05-2026 to 31-05-2026"),
                    ("Service manager", escape(NC_SOC.name)),
                ]
            )
        }
<h2>1. Coverage</h2>
{
            grid(
                ["Source", "Scope"],
                [
                    (
                        "Microsoft Defender for Endpoint",
                        "1,060 devices and 48 servers (2 forging plants, machining unit, head office)",
                    ),
                    ("Microsoft Defender for Office 365 / Identity", "1,120 mailboxes; 6 domain controllers"),
                    ("Microsoft Defender for Cloud", "3 Azure subscriptions (SAP on Azure, MES, backup)"),
                    (
                        "Microsoft Sentinel",
                        "Workspace law-rfl-soc: 14 data connectors incl. FortiGate and the MES syslog",
                    ),
                ],
                [34, 66],
            )
        }
<h2>2. Operations this month</h2>
{
            ul(
                [
                    "214 incidents triaged 24x7 in Defender XDR and Defender for Cloud; 5 high, 46 medium; mean time "
                    "to "
                    "acknowledge 9 minutes.",
                    "Sentinel: 7 analytics rules tuned (false positives down 38%), 3 custom detections added (MES "
                    "service "
                    "account logons outside shift, bulk CAD downloads, new FortiGate admin), 2 playbooks (isolate "
                    "device, "
                    "disable user) run 11 times.",
                    "Threat hunting: 4 hunts (Qakbot indicators, suspicious RMM tools, SAP service account abuse, "
                    "OAuth "
                    "consent grants).",
                    "Configuration assessment: Secure Score 61 → 67; Defender for Cloud recommendations closed: 23.",
                ]
            )
        }
<h2>3. Incident trend</h2><img src="chart.png" width="440"/>""",
        meta("SOC Monthly Report May 2026 RFL", NC_SOC.name, T(2026, 6, 3, 18, 0, 5.5)),
        f"{cid}|soc",
        right="Monthly SOC Service Report",
        images={"chart.png": chart},
    )
    r = g.rng_for("rfl-csv", cid)
    rows = ["Number,Opened,Severity,Source,Short description,Assignment group,State,Closed"]
    titles = [
        ("High", "Defender XDR", "Credential access: LSASS memory read on PLANT2-HMI-07"),
        ("Medium", "Sentinel", "MES service account logon outside shift window"),
        ("Low", "Defender for Office 365", "User reported phishing – vendor invoice lure"),
        ("Medium", "Defender for Cloud", "Suspicious Azure Resource Manager operation from new IP"),
        ("Low", "Defender XDR", "Unwanted software detected: remote admin tool"),
        ("High", "Sentinel", "Bulk download of CAD drawings (1,240 files) by single user"),
    ]
    for i in range(40):
        sev, src, text = titles[i % len(titles)]
        opened = dt.datetime(2026, 5, 1, 0, 0) + dt.timedelta(minutes=r.randint(0, 30 * 24 * 60))
        closed = opened + dt.timedelta(minutes=r.randint(25, 600))
        rows.append(
            f'INC00{48120 + i},{opened:%Y-%m-%d %H:%M},{sev},{src},"{text}",Narmada SOC L2,Resolved,'
            f"{closed:%Y-%m-%d %H:%M}"
        )
    csv = ("\r\n".join(rows) + "\r\n").encode()
    mail = Mail(
        cc,
        [NC_SOC],
        "RE: May 2026 SOC report",
        T(2026, 6, 5, 10, 18, 5.5),
        "Priyanka,\n\nThank you for the May report. For the record: Narmada Cloud runs our 24x7 SOC on Defender XDR, "
        "Defender for Cloud and our Sentinel workspace – triage, the Sentinel rules and playbooks, the monthly hunts "
        "and the Secure Score work – since the MDR contract started in October 2025. The bulk CAD download case was "
        "handled exactly as we agreed.\n\nRegards,\n" + sig_lines(cc, "Rajkot Forgings Ltd"),
    )
    files = {
        "RFL_SOC_Monthly_Report_2026-05.pdf": report,
        "incidents_export_2026-05.csv": csv,
        "RE_ May 2026 SOC report.msg": msg_x(mail, "exo"),
    }
    claim = cpor(
        cid,
        NARMADA,
        NC_SOC,
        cust,
        cc,
        area="Security",
        kind="managed_security_services",
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 6, 16, 14, 30, 5.5),
        files=files,
        roles={"incidents_export_2026-05.csv": "supporting"},
    )
    return Bundle(
        f"{cid}_rajkot_forgings_mss_soc_report_and_ticket_export",
        claim,
        files,
        "approve",
        "Managed security services: Narmada's monthly SOC report shows every qualification – 24x7 triage of 214 "
        "incidents in Defender XDR and Defender for Cloud, Sentinel management (14 connectors, 7 rules tuned, 3 "
        "custom detections, 2 playbooks), 4 threat hunts, configuration assessment (Secure Score 61 → 67) – with "
        "Defender for Endpoint on 1,060 devices and 48 servers in scope. The service-desk export lists May's "
        "incidents worked by the SOC, and the customer's CISO confirms the service in writing from "
        "rajkotforgings.com on 5 June 2026.",
        "CISO e-mail: 'Narmada Cloud runs our 24x7 SOC on Defender XDR, Defender for Cloud and our Sentinel "
        "workspace'; SOC report sections 1–2; incidents_export_2026-05.csv.",
        g.cpor_ok(email_ack=True),
        container="zip-folder",
    )


KHEDA = Org(
    "Kheda District Co-operative Milk Producers' Union Ltd",
    "Kheda Milk Union",
    "khedamilkunion.coop",
    "IN",
    "Anand 388001",
    "Amul Dairy Road",
    "#0277bd",
)
KHEDA_IT = person(KHEDA, "Bhavesh Patel", "Deputy General Manager – IT", "bhavesh.patel")


def kheda_invoice() -> bytes:
    if "kheda_inv" not in _CACHE:
        _CACHE["kheda_inv"] = g.invoice_pdf(
            NARMADA,
            "NCS/26-27/0144",
            D(2026, 7, 9),
            [
                (
                    "MCI Engagement Claim ID 5021042 – Azure – Data & AI Envisioning Workshop\nCustomer: Kheda "
                    "District "
                    "Co-operative Milk Producers' Union Ltd",
                    2500.0,
                )
            ],
            "5021042|inv",
            date_style="in",
            bank="HDFC Bank, Navrangpura · USD EEFC account",
        )
    return bytes(_CACHE["kheda_inv"])


def s502_042_kheda_union_workshop_original_invoice() -> Bundle:
    cid = "5021042"
    consent, submitted = D(2026, 6, 1), T(2026, 7, 14, 12, 0, 5.5)
    report = narmada_report(
        KHEDA,
        "Azure – Data & AI Envisioning Workshop",
        cid,
        D(2026, 6, 24),
        [
            ("Bhavesh Patel", "DGM – IT"),
            ("Chirag Solanki", "Manager, Milk Procurement"),
            ("Dr. Kavita Amin", "Veterinary Services"),
            (NC_PM.name, "Narmada Cloud – facilitator"),
        ],
        "The union collects milk twice a day from 1,200 village co-operative societies. Fat/SNF test results, "
        "collection volumes and veterinary visits sit in three separate systems; procurement forecasts are built "
        "in spreadsheets.",
        [
            "Data estate mapped (collection system on SQL Server, lab LIMS, veterinary app on Firebase).",
            "Prototype in the customer's Azure subscription: Fabric lakehouse with 18 months of collection data, "
            "Power BI report of volume by route and society.",
            "Azure OpenAI demo: summarising veterinary visit notes in Gujarati and English.",
        ],
        [
            ("Data", "Collection and quality data cannot be joined today: society codes differ between systems."),
            ("Forecasting", "Seasonal drop in volumes (April–June) is forecast manually with ±12% error."),
        ],
        [
            ("Master data clean-up of society codes", "Union IT", "31-08-2026"),
            ("Fabric pilot for procurement forecasting (3 routes)", "Union IT / Narmada", "Q3 FY27"),
        ],
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        NARMADA,
        NC_AM,
        KHEDA,
        KHEDA_IT,
        area="Azure",
        eng=pa_eng("AZ-DATAAI-ENV", "Azure – Data & AI Envisioning Workshop", "standard", 2500.0),
        consent=consent,
        submitted=submitted,
        poe={f"Workshop_Outcome_Report_{cid}_KhedaUnion.pdf": report},
        amount=2500.0,
        inv_no="NCS_26-27_0144",
        inv_day=D(2026, 7, 9),
        activities="Data and AI envisioning workshop with a Fabric prototype",
        outcome="Master data clean-up and forecasting pilot planned",
        participants="4",
        invoice_pdf_bytes=kheda_invoice(),
    )
    return Bundle(
        f"{cid}_kheda_milk_union_workshop_original_invoice",
        claim,
        files,
        "approve",
        "Azure Data & AI envisioning workshop (variable payout USD 2,500): the outcome report is specific (1,200 "
        "village societies, Fabric prototype with 18 months of data, Gujarati note summaries), invoice "
        "NCS/26-27/0144 shows claim ID 5021042, Narmada Cloud and USD 2,500.00, both surveys are signed, and the "
        f"claim came {days(consent, submitted)} days after consent (standard: 90). The same invoice file was later "
        "uploaded on claim 5021043: this claim holds the original (the invoice names this claim and this customer). "
        "The outcome-report layout is Narmada's own, shared with its other claims (boilerplate).",
        "Invoice NCS/26-27/0144: 'MCI Engagement Claim ID 5021042 – Azure – Data & AI Envisioning Workshop', USD "
        "2,500.00.",
        g.pa_ok(),
    )


def s502_043_bharuch_chemicals_reused_invoice() -> Bundle:
    cid = "5021043"
    cust = Org(
        "Bharuch Specialty Chemicals Ltd",
        "Bharuch Chemicals",
        "bharuchchem.com",
        "IN",
        "Dahej 392130",
        "GIDC Dahej-II, Plot Z-14",
        "#4e342e",
    )
    cc = person(cust, "Nilesh Rathod", "IT & Security Manager", "nilesh.rathod")
    consent, submitted = D(2026, 6, 8), T(2026, 7, 20, 16, 10, 5.5)
    report = narmada_report(
        cust,
        "Security – Defend Against Threats with SIEM + XDR Workshop",
        cid,
        D(2026, 7, 2),
        [
            ("Nilesh Rathod", "IT & Security Manager"),
            ("Sunil Makwana", "Plant IT Lead"),
            (NC_PM.name, "Narmada Cloud – facilitator"),
        ],
        "Two plants and a head office with 410 endpoints; DCS networks segregated; logs from the FortiGate firewalls "
        "are kept for 7 days only and nobody reviews them.",
        [
            "Microsoft Sentinel trial workspace with FortiGate, Entra ID and Defender XDR connectors for 14 days.",
            "Review of 3 incidents found during the trial, including brute force on the VPN portal.",
            "Demo of an automated response playbook (block IP on FortiGate).",
        ],
        [
            ("Visibility", "VPN portal targeted by 18,000 failed logons from 120 IP addresses in 14 days."),
            ("Response", "No on-call process outside office hours."),
        ],
        [
            ("Enable MFA on the VPN portal", "BSCL IT", "15-08-2026"),
            ("Sentinel with 90-day retention and 5 analytics rules", "BSCL IT / Narmada", "Q3 FY27"),
        ],
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        NARMADA,
        NC_AM,
        cust,
        cc,
        area="Security",
        eng=pa_eng("SEC-SIEM-XDR-WS", "Security – Defend Against Threats with SIEM + XDR Workshop", "standard", 3000.0),
        consent=consent,
        submitted=submitted,
        poe={f"Workshop_Outcome_Report_{cid}_BSCL.pdf": report},
        amount=3000.0,
        inv_no="NCS_26-27_0144",
        inv_day=D(2026, 7, 9),
        activities="SIEM and XDR workshop with a Sentinel trial",
        outcome="MFA on VPN and Sentinel rollout plan",
        participants="3",
        invoice_pdf_bytes=kheda_invoice(),
    )
    return Bundle(
        f"{cid}_bharuch_chemicals_reused_kheda_invoice",
        claim,
        files,
        "action_required",
        "The uploaded invoice is the very file of claim 5021042: invoice NCS/26-27/0144 for 'MCI Engagement Claim ID "
        "5021042 – Azure – Data & AI Envisioning Workshop', customer Kheda District Co-operative Milk Producers' "
        "Union, USD 2,500.00. This claim (5021043, SIEM + XDR workshop, proposed payout USD 3,000) has no invoice of "
        "its own: the invoice shows neither this claim's ID nor its amount, and each claim needs its own unique "
        "invoice. 5021042 holds the original. The outcome report, surveys and timing "
        f"({days(consent, submitted)} days) are fine.",
        "Invoice_NCS_26-27_0144.pdf: 'Claim ID 5021042', 'Customer: Kheda District Co-operative…', USD 2,500.00 – "
        "identical to 5021042's invoice.",
        {
            "invoice": "fail",
            "reused_evidence": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Eucalypt Digital (Australia)
# --------------------------------------------------------------------------------------------------------------


def s502_044_darling_downs_ammp_market_a() -> Bundle:
    cid = "5021044"
    cust = Org(
        "Darling Downs Grain Co-operative Ltd",
        "Darling Downs Grain",
        "ddgrain.com.au",
        "AU",
        "Toowoomba QLD 4350",
        "118 Industrial Avenue, Wilsonton",
        "#f9a825",
    )
    cc = person(cust, "Fiona McAllister", "Head of Technology", "fiona.mcallister")
    consent, submitted = D(2026, 2, 9), T(2026, 5, 26, 10, 0, 10)
    files, claim = g.ammp_claim(
        cid,
        "ddgrain",
        EUCALYPT,
        ED_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Grain receival & grower payments system (.NET, SQL Server)",
        arr="USD 61,000 per year",
        dates=["16/02/2026", "13/03/2026", "24/04/2026", "08/05/2026"],
        amount=15000.0,
        inv_no="ED-INV-2026-0042",
        date_style="gb",
        sign_when=T(2026, 5, 14, 14, 0, 10),
        date_text="14/05/2026",
        invoice_kw={"date_style": "gb", "bank": "Westpac, Brisbane CBD · USD foreign currency account", "vat": None},
        extra={
            "Landing_Zone_Design_DDGrain.pdf": g.landing_zone_doc(
                EUCALYPT, cust, f"{cid}|lz", T(2026, 3, 13, 15, 0, 10), ED_PM.name
            )
        },
    )
    return Bundle(
        f"{cid}_darling_downs_grain_ammp_market_a",
        claim,
        files,
        "approve",
        "AMMP App/Data Modernization (Small) claim from an Australian partner: Australia is Market A, so USD 15,000 is "
        "the right fixed rate and the invoice shows it with the claim ID and Eucalypt Digital's name. The programme "
        "template with the four activities is signed by the customer's Head of Technology (14/05/2026, day-first), a "
        "landing-zone design supports it, both surveys are signed with name, company and title, and the claim came "
        f"{days(consent, submitted)} days after consent (xs/small: 120). The activity list is the programme's own "
        "wording shared by every AMMP claim (boilerplate).",
        "Invoice ED-INV-2026-0042: 'MCI Engagement Claim ID 5021044', USD 15,000.00; partner.country AU (Market A).",
        g.pa_ok(),
    )


def s502_045_lockyer_valley_ammp_expired() -> Bundle:
    cid = "5021045"
    cust = Org(
        "Lockyer Valley Produce Pty Ltd",
        "Lockyer Valley Produce",
        "lockyerproduce.com.au",
        "AU",
        "Gatton QLD 4343",
        "22 Spencer Street",
        "#558b2f",
    )
    cc = person(cust, "Tom Brennan", "IT Manager", "tom.brennan")
    consent, submitted = D(2026, 1, 12), T(2026, 5, 25, 16, 20, 10)
    files, claim = g.ammp_claim(
        cid,
        "lockyer",
        EUCALYPT,
        ED_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Packhouse grading & dispatch app (PHP, MySQL)",
        arr="USD 34,000 per year",
        dates=["19/01/2026", "20/02/2026", "10/04/2026", "24/04/2026"],
        amount=15000.0,
        inv_no="ED-INV-2026-0039",
        date_style="gb",
        sign_when=T(2026, 5, 4, 11, 0, 10),
        date_text="04/05/2026",
        invoice_kw={"date_style": "gb", "bank": "Westpac, Brisbane CBD · USD foreign currency account"},
    )
    return Bundle(
        f"{cid}_lockyer_valley_ammp_submitted_after_expiry",
        claim,
        files,
        "reject",
        "AMMP (Small) is an xs/small engagement: it must be submitted within 120 days of customer consent (2026-01-12 "
        f"→ 2026-05-12). It was first submitted on 2026-05-25, {days(consent, submitted)} days after consent, so the "
        "claim had already expired and cannot be reactivated. The signed template, the USD 15,000 invoice (Market A) "
        "and the surveys are otherwise in order.",
        "consent_date 2026-01-12, activity_type xs_small, submitted_at 2026-05-25 (day 133 > 120).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s502_046_granite_belt_presales_business_central() -> Bundle:
    cid = "5021046"
    cust = Org(
        "Granite Belt Wineries Pty Ltd",
        "Granite Belt Wineries",
        "granitebeltwines.com.au",
        "AU",
        "Stanthorpe QLD 4380",
        "46 Wine Country Drive, Ballandean",
        "#6a1b9a",
    )
    cc = person(cust, "Lachlan Harris", "General Manager", "lachlan.harris")
    notes = rpdf(
        EUCALYPT,
        f"""<h1>Discovery workshop notes</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Date", "24 March 2026"),
                    ("Location", "Ballandean cellar door"),
                    (
                        "Attendees",
                        "Lachlan Harris (GM), Sophie Nguyen (Finance), Matt Cole (Winemaker), Priya Raman and Hamish "
                        "Clarke (Eucalypt)",
                    ),
                ]
            )
        }
<h2>Current state</h2>
{
            ul(
                [
                    "MYOB AccountRight for finance; excise (WET) calculated in spreadsheets.",
                    "Cellar door and wine club orders in a separate POS; stock reconciled monthly by hand.",
                    "Bulk wine and barrel movements recorded on paper in the winery.",
                ]
            )
        }
<h2>Requirements agreed</h2>
{
            ul(
                [
                    "Finance, WET and excise reporting for 3 labels.",
                    "Wine club subscriptions (1,900 members) and cellar door sales.",
                    "Production orders for bottling runs with bill of materials (wine, glass, closures, labels).",
                ]
            )
        }
<h2>Next steps</h2><p>Demo 1 (finance and sales) 14 April; demo 2 (production and wine club) 5 May; fit-gap review
after demo 2.</p>""",
        meta("Discovery notes Granite Belt Wineries", ED_BA.name, T(2026, 3, 25, 9, 0, 10)),
        f"{cid}|notes",
        right="Discovery workshop notes",
    )
    m1 = Mail(
        ED_BA,
        [cc],
        "Business Central – fit-gap summary after the demos",
        T(2026, 5, 7, 16, 30, 10),
        "Hi Lachlan,\n\nThanks again for hosting both demos. Attached is the fit-gap summary: 41 requirements, 36 met "
        "as standard, 4 with configuration (WET calculation, wine club billing) and 1 gap (barrel tracking – "
        "extension).\n\nKind regards,\nPriya\n\n" + g.footer_block(ED_BA),
    )
    m2 = Mail(
        cc,
        [ED_BA],
        "RE: Business Central – fit-gap summary after the demos",
        T(2026, 5, 12, 8, 55, 10),
        "Priya,\n\nThanks – the two demos did the job. Seeing the WET report come straight out of a posted invoice "
        "(14 April) and the bottling-run production order with glass and closures consumed (5 May) convinced Sophie "
        "and Matt. We have decided to go with Dynamics 365 Business Central Premium for our 18 users (finance, cellar "
        "door, wholesale and the winery), with Eucalypt Digital as our implementation partner. We'll place the "
        "licence order at the end of the month.\n\nCheers,\n" + sig_lines(cc, "Granite Belt Wineries"),
        quoted=m1,
    )
    files = {
        "Discovery_notes_GraniteBelt_2026-03-24.pdf": notes,
        "RE_ Business Central – fit-gap summary after the demos.msg": msg_x(m2, "google"),
    }
    claim = cpor(
        cid,
        EUCALYPT,
        ED_BA,
        cust,
        cc,
        area="Business Applications",
        kind="pre_sales",
        workloads=["DYNAMICS 365 BUSINESS CENTRAL PREMIUM"],
        submitted=T(2026, 6, 23, 9, 0, 10),
        files=files,
        transaction=D(2026, 5, 29),
    )
    return Bundle(
        f"{cid}_granite_belt_presales_business_central",
        claim,
        files,
        "approve",
        "Pre-sales claim: the discovery workshop notes (24 March 2026) and the customer's e-mail of 12 May 2026 from "
        "granitebeltwines.com.au – acknowledging in depth the two demos of 14 April and 5 May (WET report from a "
        "posted invoice, bottling-run production order) and choosing Business Central Premium for 18 users with "
        "Eucalypt Digital – all predate the transaction of 29 May 2026.",
        "Customer e-mail 2026-05-12: 'We have decided to go with Dynamics 365 Business Central Premium for our 18 "
        "users … with Eucalypt Digital as our implementation partner'.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Spreewald IT (Germany)
# --------------------------------------------------------------------------------------------------------------

SW_LABELS = ("Name", "Funktion / Position", "Unterschrift / Signature", "Datum / Date")


def s502_047_lgw_docusign_abnahme() -> Bundle:
    cid = "5021047"
    cust = Org(
        "Lausitzer Glaswerke GmbH",
        "LGW",
        "lausitzer-glaswerke.de",
        "DE",
        "02943 Weißwasser/O.L.",
        "Berliner Straße 120",
        "#00695c",
        "Amtsgericht Dresden HRB 31884",
    )
    cc = person(cust, "Dirk Schulze", "Leiter IT / Head of IT", "d.schulze")
    rows = [
        (
            "Microsoft Defender for Identity: Sensoren auf 6 Domänencontrollern sowie AD FS und AD CS (2 Server), "
            "Honeytoken-Konten, 14 Lateral-Movement-Pfade behoben",
            "Microsoft Defender for Identity: sensors on 6 domain controllers plus AD FS and AD CS (2 servers), "
            "honeytoken "
            "accounts, 14 lateral movement paths remediated",
            "8 Server",
        ),
        (
            "Microsoft Entra ID P2: risikobasierte Richtlinien (Identity Protection), PIM für 31 Administratorrollen, "
            "vierteljährliche Zugriffsprüfungen für 12 Gruppen",
            "Microsoft Entra ID P2: risk-based policies (Identity Protection), PIM for 31 admin roles, quarterly "
            "access "
            "reviews for 12 groups",
            "940 Benutzer / users",
        ),
        (
            "Schulung des IT-Teams (2 Termine) und Betriebshandbuch",
            "IT team training (2 sessions) and operations handbook",
            "—",
        ),
    ]
    html = f"""
<h1>Abnahmeprotokoll<br/><span style="font-size:12pt">Acceptance record</span></h1>
{
        kv(
            [
                ("Projekt / Project", "SW-2026-031 Identitätsschutz / Identity protection"),
                ("Auftraggeber / Customer", f"{escape(cust.name)}, {escape(cust.address)}"),
                ("Auftragnehmer / Contractor", f"{escape(SPREEWALD.name)}, {escape(SPREEWALD.address)}"),
                ("Zeitraum / Period", "15.06.2026 – 28.08.2026"),
            ],
            key_w=150,
        )
    }
<h2>Abgenommene Leistungen / Services accepted</h2>
{grid(["Deutsch", "English", "Umfang / Volume"], rows, [42, 42, 16])}
<p>Der Auftraggeber nimmt die oben genannten Leistungen ohne Vorbehalt ab.<br/><i>The customer accepts the services
listed above without reservation.</i></p>
{
        g.signoff(
            "stacked",
            [Party("Für den Auftraggeber / For the customer", cust.name, cc.name, cc.title)],
            heading="",
            labels=SW_LABELS,
        )
    }
"""
    pdf = hpdf(
        html,
        meta("Abnahmeprotokoll SW-2026-031", SW_PM.name, T(2026, 9, 1, 10, 0, 2)),
        f"{cid}|doc",
        style=css(SPREEWALD.color, size=9),
        decor=g.Decor(
            SPREEWALD,
            right="Abnahmeprotokoll · SW-2026-031",
            footer=escape(SPREEWALD.name + " · " + SPREEWALD.reg),
            accent=SPREEWALD.color,
        ),
    )
    dx_sig = g.font("DejaVuSans.ttf", 95).getlength("Unterschrift / Signature:") / 10 + 16
    dx_day = g.font("DejaVuSans.ttf", 95).getlength("Datum / Date:") / 10 + 12
    pdf = typed_fields(pdf, [("Datum / Date:", 0, "03.09.2026")], f"{cid}|date", dx=dx_day)
    signed = g.esign(
        pdf,
        cc,
        T(2026, 9, 3, 14, 22, 2),
        f"{cid}|env",
        sig_anchor="Unterschrift / Signature:",
        sig_dx=dx_sig,
        sig_dy=3,
        vendor="docusign",
        sender=SW_PM,
        ip="91.64.118.203",
    )
    files = {"Abnahmeprotokoll_SW-2026-031_LGW_signiert.pdf": signed}
    claim = cpor(
        cid,
        SPREEWALD,
        SW_PM,
        cust,
        cc,
        area="Security",
        workloads=["MICROSOFT DEFENDER FOR IDENTITY", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        submitted=T(2026, 9, 22, 11, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_lausitzer_glaswerke_docusign_abnahme",
        claim,
        files,
        "approve",
        "German/English acceptance record with every line in both languages: Defender for Identity sensors on 6 "
        "domain controllers and the AD FS / AD CS servers with 14 lateral-movement paths fixed, and Entra ID P2 "
        "(Identity Protection policies, PIM for 31 admin roles, access reviews) for 940 users, 15.06. – 28.08.2026. "
        "E-signed through DocuSign by the customer's Head of IT on 03.09.2026 (German day-first; certificate of "
        "completion attached), 19 days before submission. The customer writes itself 'LGW'.",
        "DocuSign: signed by d.schulze@lausitzer-glaswerke.de on 09/03/2026, 'Datum / Date: 03.09.2026'.",
        g.cpor_ok(),
    )


def s502_048_havelland_msa_and_thanks() -> Bundle:
    cid = "5021048"
    cust = Org(
        "Havelländische Mühlenwerke GmbH",
        "Havelmühle",
        "havelmuehle.de",
        "DE",
        "14712 Rathenow",
        "Mühlendamm 7",
        "#795548",
        "Amtsgericht Potsdam HRB 22418",
    )
    cc = person(cust, "Sabine Krüger", "Kaufmännische Leiterin", "s.krueger")
    msa = hpdf(
        f"""<h1 style="text-align:center">Rahmenvertrag über IT-Dienstleistungen</h1>
<p style="text-align:center">zwischen {escape(cust.name)}, {escape(cust.address)} – „Kunde“ –<br/>und
{escape(SPREEWALD.name)}, {escape(SPREEWALD.address)} – „Dienstleister“ –</p>
<h2>§ 1 Vertragsgegenstand</h2><p>Der Dienstleister erbringt für den Kunden IT-Dienstleistungen, insbesondere
Beratung, Einrichtung und Betreuung von Microsoft-Cloud-Diensten. Art und Umfang einzelner Leistungen werden in
Einzelaufträgen vereinbart.</p>
<h2>§ 2 Vergütung</h2><p>Die Vergütung erfolgt nach Aufwand zu den Sätzen der jeweils gültigen Preisliste.</p>
<h2>§ 3 Laufzeit</h2><p>Der Vertrag beginnt am 01.07.2023 und läuft auf unbestimmte Zeit. Er kann mit einer Frist von
drei Monaten zum Quartalsende gekündigt werden.</p>
<h2>§ 4 Vertraulichkeit, Datenschutz</h2><p>Die Parteien behandeln alle Informationen vertraulich. Soweit
personenbezogene Daten verarbeitet werden, schließen die Parteien eine Vereinbarung nach Art. 28 DSGVO.</p>
<table style="margin-top:24pt"><tr><td style="border:none;width:230pt">Rathenow, 14.06.2023<p style="height:30pt">
&#160;</p>{escape(cc.name)}<br/>für den Kunden</td><td style="border:none;width:230pt">Berlin, 14.06.2023
<p style="height:30pt">&#160;</p>{escape(SW_PM.name)}<br/>für den Dienstleister</td></tr></table>""",
        meta("Rahmenvertrag Havelmuehle", SW_PM.name, T(2023, 6, 14, 9, 0, 2)),
        f"{cid}|msa",
        style=css("#333333", family="serif", size=10),
    )
    msa = g.scan_pdf(
        msa,
        [
            Ink(cc.name, "sig", cc.name, dx=0, dy=-32, h=28),
            Ink(SW_PM.name, "sig", SW_PM.name, dx=0, dy=-32, h=28, color=g.INK_BLACK),
        ],
        f"{cid}|msas",
        T(2023, 6, 15, 10, 0, 2),
        dpi=150,
    )
    ask = Mail(
        SW_PM,
        [cc],
        "Statusbericht Microsoft 365 – Q2/2026",
        T(2026, 7, 6, 9, 10, 2),
        "Sehr geehrte Frau Krüger,\n\nanbei unser Statusbericht für das zweite Quartal. Wir haben die laufende "
        "Betreuung Ihrer Microsoft-365-Umgebung fortgesetzt (Benutzerverwaltung, Updates, Support).\n\nMit "
        "freundlichen Grüßen\nJana Köhler\n\n" + g.footer_block(SW_PM),
        lang="de",
    )
    thanks = Mail(
        cc,
        [SW_PM],
        "AW: Statusbericht Microsoft 365 – Q2/2026",
        T(2026, 7, 6, 11, 32, 2),
        "Danke, erhalten.\n\nViele Grüße\nSabine Krüger",
        quoted=ask,
        lang="de",
    )
    files = {
        "Rahmenvertrag_Havelmuehle_2023_unterschrieben.pdf": msa,
        "AW_ Statusbericht Microsoft 365 – Q2_2026.eml": eml_x(thanks, "onprem"),
    }
    claim = cpor(
        cid,
        SPREEWALD,
        SW_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 7, 20, 14, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_havelmuehle_2023_msa_and_thanks_received",
        claim,
        files,
        "action_required",
        "The POE is a master services agreement signed in June 2023 (a framework: 'Art und Umfang einzelner "
        "Leistungen werden in Einzelaufträgen vereinbart') and an e-mail thread in which the partner mentions "
        "'laufende Betreuung' (ongoing support, user administration, updates) and the customer only answers 'Danke, "
        "erhalten' (thanks, received). An MSA without recent documentation of the engagement does not count, a "
        "thank-you for receiving a report is not an acknowledgement of work, and nothing names Teams or SharePoint "
        "work in any detail. The partner must provide recent, specific, customer-acknowledged POE.",
        "Rahmenvertrag signed 14.06.2023; reply from s.krueger@havelmuehle.de: 'Danke, erhalten.'",
        {
            "unacceptable_documents": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "fail",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Maple Forge Consulting (Canada)
# --------------------------------------------------------------------------------------------------------------


def s502_049_peace_river_mss_qbr_deck() -> Bundle:
    cid = "5021049"
    cust = Org(
        "Peace River Timber Ltd",
        "Peace River Timber",
        "peaceriver-timber.ca",
        "CA",
        "Grande Prairie AB T8V 6J9",
        "11602 97 Avenue",
        "#33691e",
    )
    cc = person(cust, "Dana Whitford", "Director, Information Security", "dwhitford")
    chart = g.bar_chart(
        "Incidents handled by the SOC",
        ["Apr", "May", "Jun"],
        [
            ("High", [4, 2, 3], (183, 28, 28)),
            ("Medium", [38, 41, 35], (230, 81, 0)),
            ("Low", [122, 131, 118], (120, 144, 156)),
        ],
        size=(760, 330),
    )
    deck = g.html_pdf(
        [
            f"<h2>{escape(t)}</h2>{b}"
            for t, b in [
                (
                    "Quarterly Service Review – Q2 2026",
                    f"<p>{escape(cust.name)}</p><p>Maple Forge Managed Detection "
                    "&amp; Response · 24x7 SOC</p><p>Presented to Dana Whitford, July 14, 2026</p>",
                ),
                (
                    "Scope of the service",
                    ul(
                        [
                            "24x7 triage and response in Microsoft Defender XDR and Defender for Cloud",
                            "Microsoft Sentinel workspace management (11 connectors incl. the sawmill OT firewall)",
                            "Defender for Endpoint on 1,340 devices and 60 servers",
                            "Monthly configuration assessment",
                        ]
                    ),
                ),
                (
                    "SOC operations",
                    "<img src='chart.png' width='480'/><p>494 incidents in Q2; mean time to acknowledge "
                    "7 min; 2 containments (device isolation) at the Hinton mill.</p>",
                ),
                (
                    "Sentinel management",
                    ul(
                        [
                            "86 analytics rules – 17 tuned this quarter",
                            "4 custom detections (log "
                            "truck GPS portal logons, OT jump host use, mass file rename, MFA "
                            "fatigue)",
                            "3 playbooks: isolate device, revoke sessions, notify mill supervisor",
                        ]
                    ),
                ),
                (
                    "Hunting and configuration",
                    ul(
                        [
                            "3 hunts: Scattered Spider TTPs, unsigned drivers, stale service principals",
                            "Secure Score 58 → 66",
                            "Defender for Cloud: 31 recommendations closed, 2 exemptions documented",
                        ]
                    ),
                ),
                (
                    "Next quarter",
                    ul(
                        [
                            "Onboard the Hinton mill OT sensors",
                            "Tabletop exercise with the mill managers (September 2026)",
                        ]
                    ),
                ),
            ]
        ],
        meta("QSR Q2 2026 Peace River Timber", MF_SEC.name, T(2026, 7, 14, 9, 0, -6), g.PPT),
        f"{cid}|deck",
        size=g.SLIDE,
        margins=(54, 70, 54, 50),
        style=css(
            MAPLEFORGE.color,
            size=15,
            extra=f"h2 {{font-size: 24pt; color: {MAPLEFORGE.color}; margin-top: 0;}} li {{margin-bottom: 6pt;}}",
        ),
        images={"chart.png": chart},
        decor=g.Decor(
            MAPLEFORGE, footer="Maple Forge Consulting · Confidential", accent=MAPLEFORGE.color, numbers="{i}"
        ),
    )
    mail = Mail(
        cc,
        [MF_SEC],
        "RE: Q2 service review deck",
        T(2026, 7, 16, 10, 5, -6),
        "Ethan,\n\nThanks for walking us through the Q2 review. Confirming for your records that Maple Forge runs our "
        "24x7 SOC: triage and response in Defender XDR and Defender for Cloud, our Sentinel workspace (rules, "
        "detections, playbooks), the quarterly hunts and the Secure Score work, with Defender for Endpoint on all "
        "1,340 devices and 60 servers. The Hinton mill isolation in May was handled well.\n\nDana\n\n"
        + sig_lines(cc, "Peace River Timber Ltd"),
    )
    files = {"PRT_Quarterly_Service_Review_Q2_2026.pdf": deck, "RE_ Q2 service review deck.msg": msg_x(mail, "exo")}
    claim = cpor(
        cid,
        MAPLEFORGE,
        MF_SEC,
        cust,
        cc,
        area="Security",
        kind="managed_security_services",
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 7, 28, 13, 0, -6),
        files=files,
    )
    return Bundle(
        f"{cid}_peace_river_timber_mss_quarterly_deck",
        claim,
        files,
        "approve",
        "Managed security services shown by the partner's quarterly service review deck: 24x7 triage in Defender XDR "
        "and Defender for Cloud (494 incidents, 2 containments), Sentinel management (86 rules, 17 tuned, 4 custom "
        "detections, 3 playbooks), 3 threat hunts, configuration assessment (Secure Score 58 → 66), Defender for "
        "Endpoint on 1,340 devices and 60 servers. The customer's Director of Information Security confirms the "
        "service in writing from peaceriver-timber.ca on 16 July 2026.",
        "Deck slides 'Sentinel management', 'Hunting and configuration'; e-mail from dwhitford@peaceriver-timber.ca: "
        "'Maple Forge runs our 24x7 SOC'.",
        g.cpor_ok(email_ack=True),
    )


def s502_050_oldman_river_acceptance_deep_in_thread() -> Bundle:
    cid = "5021050"
    cust = Org(
        "Oldman River Irrigation District",
        "ORID",
        "orid.ab.ca",
        "CA",
        "Taber AB T1G 1A6",
        "5214 48 Avenue",
        "#01579b",
    )
    cc = person(cust, "Kelsey Van Dyk", "IT Coordinator", "kvandyk")
    agm = person(cust, "Brent Halvorson", "Assistant General Manager", "bhalvorson")
    m1 = Mail(
        MF_PM,
        [cc],
        "ORID – Teams and Exchange Online migration complete",
        T(2026, 7, 30, 15, 40, -6),
        "Hi Kelsey,\n\nThe migration is complete. Summary:\n\n- 96 mailboxes moved from the hosted Exchange 2016 "
        "service to Exchange Online, plus 5 shared mailboxes (water orders, billing, board, operations, "
        "emergency)\n- Teams for all 96 staff; 14 ditch riders use Teams on their rugged tablets for water-order "
        "changes and canal photos\n- Board meetings on Teams since June (hybrid, recorded for the minutes)\n\n"
        "Could you confirm ORID's acceptance so we can close the project?\n\nThanks,\nAisha\n\n"
        + g.footer_block(MF_PM),
        cc=[agm],
    )
    m2 = Mail(
        agm,
        [MF_PM],
        "RE: ORID – Teams and Exchange Online migration complete",
        T(2026, 7, 31, 8, 12, -6),
        "Aisha,\n\nKelsey is away until the 17th, so I'll answer. On behalf of the District, ORID accepts the Teams "
        "and Exchange Online migration as you describe it – the 96 mailboxes and 5 shared ones, and Teams for the "
        "office and the ditch riders. The riders' tablets have made a real difference during irrigation season.\n\n"
        "Brent Halvorson\nAssistant General Manager\nOldman River Irrigation District",
        quoted=m1,
        cc=[cc],
    )
    m3 = Mail(
        MF_PM,
        [agm],
        "RE: ORID – Teams and Exchange Online migration complete",
        T(2026, 7, 31, 9, 0, -6),
        "Thank you Brent – we'll close the project on our side. Kelsey, FYI for when you're back.\n\nAisha",
        quoted=m2,
        cc=[cc],
    )
    m4 = Mail(
        cc,
        [MF_PM],
        "RE: ORID – Teams and Exchange Online migration complete",
        T(2026, 8, 18, 7, 51, -6),
        "Back today – great to see this closed. Thanks Aisha and team!\n\nKelsey",
        quoted=m3,
        cc=[agm],
    )
    ooo = Mail(
        cc,
        [MF_PM],
        "Automatic reply: ORID – Teams and Exchange Online migration complete",
        T(2026, 7, 30, 15, 40, -6) + dt.timedelta(seconds=12),
        "I am out of the office until Monday, August 17 with no access to e-mail. For urgent IT matters please call "
        "the District office at 403-555-0164.",
        auto_reply=True,
    )
    files = {
        "RE_ ORID – Teams and Exchange Online migration complete.msg": msg_x(m4, "exo"),
        "Automatic reply_ ORID – Teams and Exchange Online migration complete.msg": msg_x(ooo, "exo"),
    }
    claim = cpor(
        cid,
        MAPLEFORGE,
        MF_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 8, 25, 10, 0, -6),
        files=files,
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_oldman_river_acceptance_deep_in_thread",
        claim,
        files,
        "approve",
        "Two messages from orid.ab.ca: an automatic out-of-office reply (irrelevant) and a thread whose top message "
        "is only a thank-you from the IT coordinator back from leave. The acceptance sits two levels down in the same "
        "customer-to-partner thread (not a forward): the District's Assistant General Manager, 31 July 2026, 'ORID "
        "accepts the Teams and Exchange Online migration as you describe it', quoting the partner's summary with the "
        "detail (96 + 5 mailboxes, Teams for 96 staff and 14 ditch riders on tablets, hybrid board meetings). An "
        "irrigation district is local government (public sector), but the written disclosure applies to the US and "
        "Puerto Rico only; Canada needs none.",
        "Quoted reply from bhalvorson@orid.ab.ca, 31 Jul 2026: 'On behalf of the District, ORID accepts the Teams and "
        "Exchange Online migration'.",
        g.cpor_ok(email_ack=True),
    )


def s502_051_bow_valley_old_sow_recent_confirmation() -> Bundle:
    cid = "5021051"
    cust = Org(
        "Bow Valley Seed Growers Ltd",
        "Bow Valley Seed",
        "bowvalleyseed.ca",
        "CA",
        "Strathmore AB T1P 1J6",
        "250 Brent Boulevard",
        "#827717",
    )
    cc = person(cust, "Gordon Fehr", "Operations Manager", "gfehr")
    sow = rpdf(
        MAPLEFORGE,
        f"""<h1>Statement of Work &amp; Deployment Acceptance</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("SOW", "MF-SOW-2024-077 – Intune and Defender for Endpoint, with monthly management"),
                    ("Deployment period", "November 4, 2024 – January 10, 2025"),
                ]
            )
        }
<h2>Deployment delivered</h2>
{
            grid(
                ["Workload", "Delivered", "Devices"],
                [
                    (
                        "Intune",
                        "Autopilot for 62 office and field laptops; compliance, BitLocker, update rings; shared "
                        "kiosk PCs at the 3 seed-cleaning plants",
                        "74",
                    ),
                    (
                        "Defender for Endpoint",
                        "Onboarding of 74 devices and 5 servers; ASR in audit mode; weekly alert "
                        "review by Maple Forge under the monthly management schedule",
                        "79",
                    ),
                ],
                [20, 64, 16],
            )
        }
<h2>Acceptance</h2><p>The customer accepts the deployment and engages Maple Forge for monthly management of Intune and
Defender for Endpoint from February 2025.</p>
{g.signoff("rows", [Party("Customer", cust.name, cc.name, cc.title)], heading="")}""",
        meta("MF-SOW-2024-077 acceptance", MF_PM.name, T(2025, 1, 13, 11, 0, -7)),
        f"{cid}|sow",
        right="MF-SOW-2024-077",
    )
    sow = g.scan_pdf(
        sow,
        g.sign_inks("rows", Party("Customer", cust.name, cc.name, cc.title), 0, "Jan 14, 2025"),
        f"{cid}|sows",
        T(2025, 1, 14, 16, 0, -7),
        dpi=150,
    )
    ask = Mail(
        MF_SEC,
        [cc],
        "Intune / Defender – confirmation for Microsoft",
        T(2026, 2, 17, 13, 5, -7),
        "Hi Gordon,\n\nMicrosoft asks us for a recent confirmation of the work we do for you. Would you mind replying "
        "with a short description of where things stand?\n\nThanks,\nEthan\n\n" + g.footer_block(MF_SEC),
    )
    mail = Mail(
        cc,
        [MF_SEC],
        "RE: Intune / Defender – confirmation for Microsoft",
        T(2026, 2, 19, 7, 48, -7),
        "Ethan,\n\nHappy to. Maple Forge continues to manage our Intune and Defender for Endpoint. This winter you "
        "enrolled the 40 seasonal laptops for the spring sales team (we're at 114 devices now), moved the three "
        "seed-cleaning plants' PCs to ASR block mode in January, and your team reviews our Defender alerts every "
        "week and sends me the monthly report. We're very happy with the service.\n\nGordon\n\n"
        + sig_lines(cc, "Bow Valley Seed Growers Ltd"),
        quoted=ask,
    )
    files = {
        "MF-SOW-2024-077_signed.pdf": sow,
        "RE_ Intune _ Defender – confirmation for Microsoft.msg": msg_x(mail, "google"),
    }
    claim = cpor(
        cid,
        MAPLEFORGE,
        MF_SEC,
        cust,
        cc,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 3, 10, 9, 30, -6),
        files=files,
    )
    return Bundle(
        f"{cid}_bow_valley_old_signature_recent_confirmation",
        claim,
        files,
        "approve",
        "The signed SOW and deployment acceptance dates from January 14, 2025 – 14 months before submission on "
        "2026-03-10. The guide allows exactly this when a recent customer acknowledgement confirms the active "
        "engagement: the operations manager's e-mail of 19 February 2026 from bowvalleyseed.ca describes the current "
        "work in detail (40 seasonal laptops enrolled, 114 devices, plants moved to ASR block mode in January, "
        "weekly Defender alert review, monthly report) and names Maple Forge. Old signature plus recent "
        "confirmation: within the 12-month rule.",
        "E-mail from gfehr@bowvalleyseed.ca, 19 Feb 2026: 'Maple Forge continues to manage our Intune and Defender "
        "for Endpoint…'; SOW signed 'Jan 14, 2025'.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Coquí Cloud Services (Puerto Rico): public-sector claims with and without a signed disclosure
# --------------------------------------------------------------------------------------------------------------


def coqui_closure(
    cust: Org,
    ref: str,
    day: dt.date,
    rows: Sequence[tuple[str, str, str]],
    period: str,
    parties: Sequence[Party],
    seed: str,
) -> bytes:
    html = f"""<h1>Informe de cierre / Closure report</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name)),
                ("Referencia / Reference", ref),
                ("Período / Period", period),
                ("Fecha / Date", g.fdate(day, "us")),
            ]
        )
    }
<h2>Trabajo realizado / Work performed</h2>{grid(["Workload", "Work performed", "Volume"], rows, [20, 64, 16])}
<h2>Aceptación / Acceptance</h2>
<p>El cliente acepta el trabajo descrito. / The customer accepts the work described above.</p>
{g.signoff("columns", parties, heading="")}"""
    return rpdf(
        COQUI,
        html,
        meta(f"Informe de cierre {cust.short}", CQ_PM.name, T(day.year, day.month, day.day, 15, 0, -4)),
        seed,
        right=f"Informe de cierre · {ref}",
        size=g.LETTER,
    )


def coqui_parties(cust: Org, cc: Person) -> list[Party]:
    return [
        Party("Coquí Cloud", COQUI.name, CQ_PM.name, CQ_PM.title),
        Party("Cliente / Customer", cust.name, cc.name, cc.title),
    ]


def s502_052_cerro_gordo_municipio_psd() -> Bundle:
    cid = "5021052"
    cust = Org(
        "Municipio de Cerro Gordo",
        "Cerro Gordo",
        "municipiocerrogordo.pr.gov",
        "PR",
        "Cerro Gordo, PR 00754",
        "Calle Muñoz Rivera #1, Casa Alcaldía",
        "#1b5e20",
    )
    cc = person(cust, "Luis Alberto Rosado", "Director de Sistemas de Información", "lrosado")
    admin = person(cust, "Carmen Ortiz Lebrón", "Administradora Municipal", "cortiz")
    parties = coqui_parties(cust, cc)
    report = coqui_closure(
        cust,
        "CQ-CR-2026-009",
        D(2026, 5, 8),
        [
            (
                "Defender for Endpoint",
                "Onboarding of 330 PCs (City Hall, public works, municipal police civilian "
                "staff, 4 community centers) and 12 servers; ASR in block mode; EDR in block mode; device groups by "
                "department",
                "342",
            ),
            (
                "Intune",
                "Enrollment of 330 PCs (hybrid join) and 45 police and public-works tablets; compliance and "
                "BitLocker policies; Windows Update rings",
                "375",
            ),
        ],
        "02/02/2026 – 04/30/2026",
        parties,
        f"{cid}|rep",
    )
    signed = signed_columns(
        report,
        parties,
        "Aceptación / Acceptance",
        ["5/11/2026", "5/11/2026"],
        f"{cid}|scan",
        T(2026, 5, 11, 14, 0, -4),
        meta("Informe de cierre firmado", CQ_PM.name, T(2026, 5, 12, 9, 0, -4)),
        dpi=150,
        skew=0.3,
    )
    psd = psd_pdf(
        COQUI,
        cust,
        "Microsoft Defender for Endpoint and Intune usage – Claiming Partner of Record",
        "the applicable Security usage incentive",
        D(2026, 4, 13),
        f"{cid}|psd",
    )
    psd = g.scan_pdf(
        psd,
        psd_inks(admin.name, admin.title, "4/15/2026", ("MUNICIPIO DE CERRO GORDO", "PUERTO RICO")),
        f"{cid}|psds",
        T(2026, 4, 15, 11, 0, -4),
        dpi=150,
        skew=-0.3,
    )
    files = {
        "CQ-CR-2026-009 Informe de cierre (firmado).pdf": signed,
        "Divulgacion Sector Publico - Cerro Gordo (firmada).pdf": psd,
    }
    claim = cpor(
        cid,
        COQUI,
        CQ_PM,
        cust,
        cc,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 5, 27, 10, 0, -4),
        files=files,
        roles={"Divulgacion Sector Publico - Cerro Gordo (firmada).pdf": "public_sector_disclosure"},
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_cerro_gordo_municipio_signed_disclosure",
        claim,
        files,
        "approve",
        "Puerto Rico municipality (public sector), Security usage CPOR: the standard written fee disclosure is "
        "signed, stamped and dated 4/15/2026 by the Municipal Administrator, and Coquí's bilingual closure report "
        "(342 endpoints in Defender for Endpoint, 375 devices in Intune, 02/02 – 04/30/2026) is signed in the "
        "two-column table by the municipality's IS director on 5/11/2026 (Puerto Rico writes month-first, like the "
        "report's own dates). The disclosure wording is shared with the other public-sector claims (boilerplate).",
        "Signed disclosure 'Customer: Municipio de Cerro Gordo', Carmen Ortiz Lebrón, 4/15/2026; closure report "
        "signed by Luis Alberto Rosado 5/11/2026.",
        g.cpor_ok(ps=True),
    )


def s502_053_san_gabriel_school_psd_unsigned() -> Bundle:
    cid = "5021053"
    cust = Org(
        "Colegio San Gabriel de Humacao",
        "CSGH",
        "csgh.edu.pr",
        "PR",
        "Humacao, PR 00791",
        "Carr. 3 km 82.4, Bo. Mariana",
        "#283593",
    )
    cc = person(cust, "Marisol Cintrón", "Coordinadora de Tecnología", "mcintron")
    parties = coqui_parties(cust, cc)
    report = coqui_closure(
        cust,
        "CQ-CR-2026-017",
        D(2026, 7, 24),
        [
            (
                "Exchange Online",
                "Migration of 140 staff mailboxes and 6 shared mailboxes (admissions, finance, "
                "nursing, chaplaincy, sports, front office) from Google Workspace",
                "146",
            ),
            (
                "Teams",
                "Teams for 140 staff and 1,050 students (grades 4–12): 68 class teams, staff team per "
                "department, parent-teacher meetings template",
                "1,190 users",
            ),
        ],
        "06/01/2026 – 07/24/2026",
        parties,
        f"{cid}|rep",
    )
    signed = signed_columns(
        report,
        parties,
        "Aceptación / Acceptance",
        ["7/27/2026", "7/27/2026"],
        f"{cid}|scan",
        T(2026, 7, 27, 12, 0, -4),
        meta("Informe de cierre firmado", CQ_PM.name, T(2026, 7, 27, 15, 0, -4)),
        dpi=150,
        skew=-0.3,
    )
    psd = psd_pdf(
        COQUI,
        cust,
        "Microsoft Exchange Online and Teams usage – Claiming Partner of Record",
        "the applicable Modern Work usage incentive",
        D(2026, 7, 27),
        f"{cid}|psd",
    )
    files = {
        "CQ-CR-2026-017 Informe de cierre (firmado).pdf": signed,
        "Public Sector Disclosure - CSGH.pdf": psd,
    }
    claim = cpor(
        cid,
        COQUI,
        CQ_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 8, 11, 11, 0, -4),
        files=files,
        roles={"Public Sector Disclosure - CSGH.pdf": "public_sector_disclosure"},
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_san_gabriel_school_disclosure_not_acknowledged",
        claim,
        files,
        "action_required",
        "A Puerto Rico school (education = public sector) on a Modern Work usage claim: the written fee disclosure "
        "must be acknowledged by the customer in writing. The uploaded disclosure is the standard wording with the "
        "customer named, but its 'Customer acknowledgement' block – name, title, signature, date – is empty, and "
        "nothing else shows the school acknowledged it. The closure report itself is detailed and signed by the "
        "school's technology coordinator on 7/27/2026.",
        "'Public Sector Disclosure - CSGH.pdf': born-digital, acknowledgement fields Name / Title / Signature / Date "
        "blank.",
        {
            "public_sector": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


def s502_054_yabucoa_hospital_partner_survey_no_title() -> Bundle:
    cid = "5021054"
    cust = Org(
        "Hospital Comunitario del Valle de Yabucoa",
        "HCVY",
        "hcvy.org",
        "PR",
        "Yabucoa, PR 00767",
        "Carr. 901 km 2.1",
        "#c62828",
    )
    cc = person(cust, "Dr. Ramón Figueroa", "Chief Information Officer", "rfigueroa")
    consent, submitted = D(2026, 3, 16), T(2026, 5, 29, 14, 0, -4)
    report = rpdf(
        COQUI,
        f"""<h1>Threat Protection Workshop – Findings &amp; Recommendations</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("MCI claim", cid),
                    ("Workshop", "April 21–22, 2026, on site in Yabucoa"),
                    ("Participants", "7 (CIO, infrastructure, clinical applications, compliance)"),
                ]
            )
        }
<h2>Findings</h2>
{
            ul(
                [
                    "212 clinical workstations shared by nurses with one generic account per ward (11 accounts).",
                    "Defender trial: 2 devices with credential-dumping tools, 57 phishing e-mails delivered in 14 "
                    "days.",
                    "Backups of the EHR server reachable from the user network.",
                ]
            )
        }
<h2>Recommendations</h2>
{
            grid(
                ["Recommendation", "Owner", "By"],
                [
                    ("Badge tap-and-go sign-in for shared workstations", "HCVY IT", "Q3 2026"),
                    ("Isolate backup network", "HCVY IT", "07/31/2026"),
                    ("Defender for Endpoint on all 640 devices", "HCVY IT / Coquí", "Q4 2026"),
                ],
                [60, 22, 18],
            )
        }""",
        meta("TPW Findings HCVY", CQ_PM.name, T(2026, 4, 24, 16, 0, -4)),
        f"{cid}|rep",
        right="Findings &amp; Recommendations",
    )
    psd = psd_pdf(
        COQUI,
        cust,
        "Security – Threat Protection Workshop (MCI Partner Activities)",
        "USD 3,200.00",
        D(2026, 3, 16),
        f"{cid}|psd",
    )
    psd = g.scan_pdf(psd, psd_inks(cc.name, cc.title, "3/18/2026"), f"{cid}|psds", T(2026, 3, 18, 10, 0, -4), dpi=150)
    files, claim = pa_claim(
        cid,
        COQUI,
        CQ_AM,
        cust,
        cc,
        area="Security",
        eng=pa_eng("SEC-TP-WS", "Security – Threat Protection Workshop", "standard", 3200.0),
        consent=consent,
        submitted=submitted,
        poe={f"TPW_Findings_{cid}_HCVY.pdf": report},
        amount=3200.0,
        inv_no="CQ-2026-0077",
        inv_day=D(2026, 5, 22),
        activities="Threat protection workshop with Defender trial",
        outcome="Shared-workstation sign-in and backup isolation plan",
        participants="7",
        segment="public_sector",
        extra_docs=[("PSD_HCVY_signed.pdf", psd, "public_sector_disclosure")],
        partner_sig={"title": ""},
        invoice_kw={"date_style": "us", "bank": "Banco Popular de Puerto Rico · account ending 4417"},
    )
    return Bundle(
        f"{cid}_yabucoa_hospital_partner_survey_no_title",
        claim,
        files,
        "action_required",
        "Puerto Rico community hospital (healthcare = public sector) on a Partner Activities claim: the standard "
        "disclosure is signed by the hospital's CIO (3/18/2026), the findings are specific, the invoice shows the "
        f"claim ID and USD 3,200.00, and the claim came {days(consent, submitted)} days after consent (standard: 90). "
        "But the partner attestation's electronic signature has the full name and company and an empty job title; "
        "the survey's signature needs all three, so the partner must re-take its survey. Disclosure wording shared "
        "with other public-sector claims (boilerplate).",
        "partner_attestation JSON: signature.job_title is empty (full_name 'Héctor Santiago', company 'Coquí Cloud "
        "Services LLC').",
        {
            "attestations": "fail",
            "public_sector": "pass",
            "invoice": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Vereda Sistemas (Spain)
# --------------------------------------------------------------------------------------------------------------


def s502_055_citricos_turia_thank_you_only() -> Bundle:
    cid = "5021055"
    cust = Org(
        "Cítricos del Turia S.L.",
        "Cítricos del Turia",
        "citricosdelturia.es",
        "ES",
        "46600 Alzira (Valencia)",
        "Polígono Tisneres, Calle 3",
        "#ef6c00",
    )
    cc = person(cust, "Vicente Peris", "Responsable de Sistemas", "vicente.peris")
    w = g.Word(accent="EF6C00")
    w.header(VEREDA, "Status report · Cítricos del Turia · week 24")
    w.h("Microsoft 365 project – final status report", 0)
    w.p("Customer: Cítricos del Turia S.L. · Project VS-2026-014 · Week 24 (8–12 June 2026) · Author: Marta Ferrer")
    w.h("Overall status: complete", 1)
    w.table(
        [
            ["Workstream", "Status", "Notes"],
            [
                "Teams",
                "Complete",
                "230 users; 16 teams (packing houses Alzira and Carcaixent, field, export, "
                "quality); Teams on 12 shared tablets in the packing lines",
            ],
            [
                "SharePoint Online",
                "Complete",
                "Quality and GlobalG.A.P. documentation site, export documents library "
                "(310 GB migrated from the NAS), 7 department sites",
            ],
            ["Training", "Complete", "5 sessions in Spanish, 1 in Romanian for seasonal staff"],
        ]
    )
    w.h("Risks and issues", 1)
    w.bullets(["None open.", "Seasonal staff accounts to be disabled at the end of the campaign (customer action)."])
    w.h("Next steps", 1)
    w.p("Customer to confirm acceptance of the project by e-mail.")
    report = w.save(meta("Status report week 24", VS_PM.name, T(2026, 6, 12, 17, 0, 2)))
    ask = Mail(
        VS_PM,
        [cc],
        "Proyecto Microsoft 365 – informe final / final report",
        T(2026, 6, 12, 17, 20, 2),
        "Hola Vicente,\n\nOs adjunto el informe final del proyecto de Teams y SharePoint. ¿Nos podéis confirmar la "
        "aceptación del proyecto respondiendo a este correo?\n\nUn saludo,\nMarta\n\n" + g.footer_block(VS_PM),
        lang="es",
        attachments=[("VS-2026-014 Status report week 24.docx", report)],
    )
    thanks = Mail(
        cc,
        [VS_PM],
        "RE: Proyecto Microsoft 365 – informe final / final report",
        T(2026, 6, 15, 9, 3, 2),
        "¡Muchas gracias, Marta!\n\nUn saludo,\nVicente",
        quoted=ask,
        lang="es",
    )
    files = {
        "VS-2026-014 Status report week 24.docx": report,
        "RE_ Proyecto Microsoft 365 – informe final.msg": msg_x(thanks, "exo"),
    }
    claim = cpor(
        cid,
        VEREDA,
        VS_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 6, 30, 12, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_citricos_turia_thank_you_only_reply",
        claim,
        files,
        "action_required",
        "The Word status report is specific (230 Teams users, 16 teams, 310 GB to SharePoint, 6 training sessions), "
        "but the customer's only answer to the partner's request to confirm acceptance is '¡Muchas gracias, Marta!' "
        "(many thanks). A thank-you does not accept or approve the work, and the report itself still lists the "
        "customer's acceptance as a next step. The partner must obtain an actual acknowledgement.",
        "Reply from vicente.peris@citricosdelturia.es: '¡Muchas gracias, Marta!' to 'Nos podéis confirmar la "
        "aceptación del proyecto…'.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "customer_domain": ["pass", "not_applicable"],
            "reused_evidence": "pass",
        },
    )


def s502_056_ceramicas_teams_phone_unticked() -> Bundle:
    cid = "5021056"
    cust = Org(
        "Cerámicas Vall d'Uixó S.A.",
        "Cerámicas Vall d'Uixó",
        "ceramicasvalluixo.es",
        "ES",
        "12600 La Vall d'Uixó (Castellón)",
        "Carretera de Segorbe km 3",
        "#a1887f",
    )
    cc = person(cust, "Amparo Tormo", "Directora de Operaciones", "amparo.tormo")
    html = f"""
<h1>Acta de aceptación<br/><span style="font-size:12pt">Acceptance record</span></h1>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name)),
                ("Proveedor / Supplier", escape(VEREDA.name)),
                ("Proyecto / Project", "VS-2026-022"),
                ("Periodo / Period", "02/03/2026 – 30/04/2026"),
            ]
        )
    }
<h2>Servicios incluidos / Services included</h2>
<table>
<tr><td style="width:24pt">☒</td><td style="width:420pt">Exchange Online – migración de 185 buzones y 9 buzones
compartidos / migration of 185 mailboxes and 9 shared mailboxes</td></tr>
<tr><td>☒</td><td>Microsoft Teams – reuniones y chat para 185 usuarios, 14 equipos por planta y departamento / meetings
and chat for 185 users, 14 teams by plant and department</td></tr>
<tr><td>☐</td><td>Telefonía Teams (Teams Phone) – no incluido en este proyecto; la centralita actual se mantiene hasta
2027 / not included in this project; the current PBX stays until 2027</td></tr>
</table>
<p>El cliente acepta los servicios marcados. / The customer accepts the services ticked above.</p>
{
        g.signoff(
            "stacked",
            [Party("Cliente / Customer", cust.name, cc.name, cc.title)],
            heading="",
            labels=("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date"),
        )
    }
"""
    pdf = hpdf(
        html,
        meta("Acta VS-2026-022", VS_PM.name, T(2026, 5, 4, 10, 0, 2)),
        f"{cid}|acta",
        style=css(VEREDA.color, size=9.5),
        decor=g.Decor(
            VEREDA, right="Acta de aceptación · VS-2026-022", footer=escape(VEREDA.name), accent=VEREDA.color
        ),
    )
    inks = [
        *g.sign_inks(
            "stacked",
            Party("", "", cc.name),
            0,
            "06/05/2026",
            labels=("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date"),
        ),
        Ink("Firma / Signature:", "stamp", dx=240, dy=-14, h=44, lines=("CERÁMICAS VALL D'UIXÓ S.A.", "A-12041187")),
    ]
    scan = g.scan_pdf(pdf, inks, f"{cid}|scan", T(2026, 5, 6, 13, 0, 2), dpi=100, skew=0.8, quality=45)
    files = {"Acta aceptacion VS-2026-022 firmada.pdf": scan}
    claim = cpor(
        cid,
        VEREDA,
        VS_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS", "TEAMS PHONE ENABLED USERS"],
        submitted=T(2026, 5, 21, 10, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_ceramicas_vall_duixo_teams_phone_unticked",
        claim,
        files,
        "action_required",
        "A low-resolution (100 dpi) scan of Vereda's bilingual acceptance record, signed and stamped by the customer's "
        "operations director on 06/05/2026 (Spanish day-first, 6 May). It supports Exchange Online (185 + 9 "
        "mailboxes) and Teams meetings and chat (185 users). The claim also includes TEAMS PHONE ENABLED USERS, but "
        "the record's Teams Phone line is unticked and says 'no incluido en este proyecto / not included in this "
        "project; the current PBX stays until 2027'. That workload must be removed or evidenced.",
        "Acta: '☐ Telefonía Teams (Teams Phone) – no incluido… / not included in this project'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Loire Numérique (France)
# --------------------------------------------------------------------------------------------------------------

LN_LABELS = ("Nom / Name", "Fonction / Title", "Signature", "Date")


def loire_pv(
    cust: Org, ref: str, day: dt.date, period: str, rows: Sequence[tuple[str, str, str]], signer: Person, seed: str
) -> bytes:
    """Loire Numérique's Procès-verbal de recette / Acceptance report."""
    html = f"""
<h1>Procès-verbal de recette<br/><span style="font-size:12pt">Acceptance report</span></h1>
{
        kv(
            [
                ("Référence / Reference", ref),
                ("Client / Customer", f"{escape(cust.name)}, {escape(cust.address)}"),
                ("Prestataire / Supplier", f"{escape(LOIRE.name)}, {escape(LOIRE.address)}"),
                ("Période / Period", period),
                ("Date de recette / Acceptance date", g.fdate(day, "gb")),
            ],
            key_w=160,
        )
    }
<h2>Prestations recettées / Services accepted</h2>
{grid(["Français", "English", "Volume"], rows, [42, 42, 16])}
<p>Le client prononce la recette des prestations ci-dessus sans réserve.<br/><i>The customer accepts the services above
without reservation.</i></p>
{
        g.signoff(
            "stacked",
            [Party("Pour le client / For the customer", cust.name, signer.name, signer.title)],
            heading="",
            labels=LN_LABELS,
        )
    }
"""
    return hpdf(
        html,
        meta(f"PV de recette {ref}", LN_PM.name, T(day.year, day.month, day.day, 10, 0, 1)),
        seed,
        style=css(LOIRE.color, size=9),
        decor=g.Decor(
            LOIRE, right=f"PV de recette · {ref}", footer=escape(LOIRE.name + " · " + LOIRE.reg), accent=LOIRE.color
        ),
    )


def s502_057_pornic_yousign_thirteen_months() -> Bundle:
    cid = "5021057"
    cust = Org(
        "Biscuiterie de Pornic SAS",
        "Biscuiterie de Pornic",
        "biscuiterie-pornic.fr",
        "FR",
        "44210 Pornic",
        "ZA de la Blavetière, 3 rue des Sablons",
        "#d84315",
    )
    cc = person(cust, "Hélène Morvan", "Responsable informatique / IT Manager", "helene.morvan")
    pdf = loire_pv(
        cust,
        "LN-PV-2025-003",
        D(2025, 2, 2),
        "04/11/2024 – 24/01/2025",
        [
            (
                "Déploiement de Teams pour 148 salariés (atelier, boutique, siège), 12 équipes",
                "Teams for 148 staff (bakery floor, shop, head office), 12 teams",
                "148",
            ),
            (
                "SharePoint Online : 6 sites, migration de 220 Go depuis le NAS, bibliothèque qualité (IFS Food)",
                "SharePoint Online: 6 sites, 220 GB migrated from the NAS, quality library (IFS Food)",
                "6 sites",
            ),
        ],
        cc,
        f"{cid}|pv",
    )
    sig_dx = g.font("DejaVuSans.ttf", 95).getlength("Signature:") / 10 + 16
    day_dx = g.font("DejaVuSans.ttf", 95).getlength("Date:") / 10 + 12
    pdf = typed_fields(pdf, [("Date:", 0, "02/02/2025")], f"{cid}|d", dx=day_dx)
    signed = g.esign(
        pdf,
        cc,
        T(2025, 2, 2, 18, 4, 1),
        f"{cid}|ys",
        sig_anchor="Signature:",
        sig_dx=sig_dx,
        sig_dy=0,
        vendor="yousign",
        certificate=False,
        ip="90.112.44.18",
    )
    files = {"PV_recette_LN-PV-2025-003_signe.pdf": signed}
    claim = cpor(
        cid,
        LOIRE,
        LN_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 2, 24, 10, 30, 1),
        files=files,
    )
    return Bundle(
        f"{cid}_biscuiterie_pornic_yousign_thirteen_months",
        claim,
        files,
        "action_required",
        "A clean bilingual acceptance report (Teams for 148 staff, 6 SharePoint sites, 220 GB), e-signed through "
        "Yousign by the customer's IT manager – but on 2 February 2025 (acceptance date 02/02/2025, Yousign "
        "timestamp 'Feb 02, 2025'), 12 months and 22 days before submission on 2026-02-24. For a usage claim the "
        "customer's acknowledgement must be dated within 12 months of submission, and nothing more recent confirms "
        "that the engagement is still active. The partner must provide a recent acknowledgement.",
        "Yousign signature 'Hélène Morvan (Feb 02, 2025 18:04 GMT+1)', 'Date: 02/02/2025'; submitted 2026-02-24.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


MARAICHERS = Org(
    "Coopérative des Maraîchers Nantais",
    "Maraîchers Nantais",
    "maraichers-nantais.coop",
    "FR",
    "44115 Basse-Goulaine",
    "12 route de la Loire",
    "#2e7d32",
)
MARAICHERS_SI = person(MARAICHERS, "Yannick Le Roux", "Responsable SI / Head of IS", "yannick.leroux")


def maraichers_files() -> dict[str, bytes]:
    if "maraichers" not in _CACHE:
        pdf = loire_pv(
            MARAICHERS,
            "LN-PV-2026-011",
            D(2026, 5, 12),
            "09/03/2026 – 30/04/2026",
            [
                (
                    "Migration de 260 boîtes aux lettres vers Exchange Online, 11 boîtes partagées (commandes, "
                    "expéditions, qualité…)",
                    "Migration of 260 mailboxes to Exchange Online, 11 shared mailboxes (orders, shipping, quality…)",
                    "271",
                ),
                (
                    "Teams pour 260 utilisateurs : 18 équipes (stations de conditionnement, serres, commercial)",
                    "Teams for 260 users: 18 teams (packing stations, greenhouses, sales)",
                    "260",
                ),
            ],
            MARAICHERS_SI,
            "maraichers|pv",
        )
        inks = [
            *g.sign_inks("stacked", Party("", "", MARAICHERS_SI.name), 0, "12/05/2026", labels=LN_LABELS),
            Ink(
                "Signature:",
                "stamp",
                dx=190,
                dy=-14,
                h=44,
                lines=("COOP. MARAÎCHERS NANTAIS", "44115 Basse-Goulaine"),
            ),
        ]
        scan = g.scan_pdf(pdf, inks, "maraichers|scan", T(2026, 5, 12, 16, 30, 2), dpi=150, skew=0.4)
        ask = Mail(
            LN_PM,
            [MARAICHERS_SI],
            "PV de recette – Exchange Online et Teams",
            T(2026, 5, 11, 17, 0, 2),
            "Bonjour Yannick,\n\nVoici le PV de recette de la migration. Pouvez-vous le signer et nous confirmer la "
            "recette ?\n\nCordialement,\nThomas Guérin\n\n" + g.footer_block(LN_PM),
            lang="fr",
        )
        reply = Mail(
            MARAICHERS_SI,
            [LN_PM],
            "RE: PV de recette – Exchange Online et Teams",
            T(2026, 5, 12, 16, 52, 2),
            "Bonjour Thomas,\n\nCi-joint le PV signé. Nous prononçons la recette de la migration Exchange Online (260 "
            "boîtes et 11 partagées) et du déploiement de Teams. / Signed report attached: we accept the Exchange "
            "Online migration and the Teams rollout.\n\nCordialement,\nYannick Le Roux\nResponsable SI – Coopérative "
            "des Maraîchers Nantais",
            quoted=ask,
            lang="fr",
            style="gmail",
            mailer="",
        )
        _CACHE["maraichers"] = {
            "PV_recette_LN-PV-2026-011_signe.pdf": scan,
            "RE_ PV de recette – Exchange Online et Teams.eml": eml_x(reply, "google"),
        }
    return dict(_CACHE["maraichers"])


def maraichers_claim(cid: str, submitted: dt.datetime, other: str) -> Bundle:
    files = maraichers_files()
    claim = cpor(
        cid,
        LOIRE,
        LN_PM,
        MARAICHERS,
        MARAICHERS_SI,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=submitted,
        files=files,
    )
    return Bundle(
        f"{cid}_maraichers_nantais_same_claim_filed_twice",
        claim,
        files,
        "action_required",
        f"Taken alone this claim would pass: a signed and stamped bilingual acceptance report (12/05/2026) and the "
        f"customer's acceptance e-mail. But claim {other} is the same claim filed twice – same partner, same "
        "customer and tenant, same workloads, and byte-for-byte the same two files, submitted 35 minutes apart. The "
        "queue must flag the duplicate: only one association can be made for these workloads, so the partner has to "
        "withdraw one of the two claims before either is approved. UNSURE: a reviewer could approve the "
        "first-filed claim (5021058) and reject only the duplicate.",
        "Identical PV_recette_LN-PV-2026-011_signe.pdf and RE_ PV de recette….eml on 5021058 and 5021059.",
        {
            "reused_evidence": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "acknowledgement_date": "pass",
        },
    )


def s502_058_maraichers_nantais_first_filing() -> Bundle:
    return maraichers_claim("5021058", T(2026, 6, 1, 9, 12, 2), "5021059")


def s502_059_maraichers_nantais_second_filing() -> Bundle:
    return maraichers_claim("5021059", T(2026, 6, 1, 9, 47, 2), "5021058")


def s502_060_erdre_resubmitted_within_window() -> Bundle:
    cid = "5021060"
    cust = Org(
        "Chantiers Navals de l'Erdre SAS",
        "Chantiers de l'Erdre",
        "chantiers-erdre.fr",
        "FR",
        "44300 Nantes",
        "18 quai de Versailles",
        "#0d47a1",
    )
    cc = person(cust, "Claire Jaouen", "Directrice administrative et financière", "claire.jaouen")
    consent = D(2026, 3, 2)
    first, asked, resub = T(2026, 5, 22, 10, 0, 2), T(2026, 5, 26, 9, 0), T(2026, 6, 19, 15, 20, 2)
    report = rpdf(
        LOIRE,
        f"""<h1>Atelier Copilot – synthèse / Copilot envisioning workshop – summary</h1>
{
            kv(
                [
                    ("Client / Customer", escape(cust.name)),
                    ("Réclamation MCI / MCI claim", cid),
                    ("Date", "14/04/2026"),
                    ("Participants", "9 (direction, bureau d'études, achats, RH)"),
                ]
            )
        }
<h2>Cas d'usage retenus / Use cases selected</h2>
{
            grid(
                ["Cas d'usage / Use case", "Gain estimé / Estimated gain"],
                [
                    (
                        "Synthèse des revues de conception (bureau d'études, 14 ingénieurs) / Design review summaries",
                        "3 h / semaine / week",
                    ),
                    ("Rédaction des appels d'offres fournisseurs (achats) / Drafting supplier tenders", "40%"),
                    (
                        "Comptes rendus de chantier à partir des réunions Teams / Site reports from Teams meetings",
                        "2 h / chantier / site",
                    ),
                ],
                [70, 30],
            )
        }
<h2>Prérequis identifiés / Prerequisites found</h2>
{
            ul(
                [
                    "Permissions trop larges sur 5 sites SharePoint (plans clients) / Over-broad permissions on 5 "
                    "sites",
                    "Étiquettes de confidentialité absentes / No sensitivity labels",
                ]
            )
        }
<h2>Plan / Plan</h2><p>Pilote Copilot de 15 licences au bureau d'études en septembre 2026 après correction des
permissions. / 15-licence Copilot pilot in the design office in September 2026 after the permission clean-up.</p>""",
        meta("Synthese atelier Copilot", LN_PM.name, T(2026, 4, 16, 17, 0, 2)),
        f"{cid}|rep",
        right="Atelier Copilot",
    )
    files, claim = pa_claim(
        cid,
        LOIRE,
        LN_PM,
        cust,
        cc,
        area="Modern Work",
        eng=pa_eng("MW-COPILOT-ENV", "Modern Work – Copilot Envisioning Workshop", "standard", 2600.0),
        consent=consent,
        submitted=resub,
        poe={f"Synthese_atelier_Copilot_{cid}.pdf": report},
        amount=2600.0,
        inv_no="LN-F-2026-0093",
        inv_day=D(2026, 6, 17),
        activities="Copilot envisioning workshop with use-case scoring",
        outcome="15-licence pilot in the design office after permission clean-up",
        participants="9",
        status="under_review",
        history=[
            ("customer consent approved", T(2026, 3, 2, 12), "-"),
            ("submission", first, LN_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", resub - dt.timedelta(minutes=5), LN_PM.email),
            ("submission", resub, LN_PM.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Action required: the invoice does not show the MCI claim ID. Please upload a corrected invoice.",
            ),
            (
                "partner",
                resub - dt.timedelta(minutes=3),
                "Corrected invoice LN-F-2026-0093 with the claim ID uploaded.",
            ),
        ],
        invoice_kw={"date_style": "gb", "title": "FACTURE / INVOICE", "bank": "CIC Nantes · compte USD"},
    )
    return Bundle(
        f"{cid}_chantiers_erdre_resubmitted_within_window",
        claim,
        files,
        "approve",
        f"Standard engagement: first submitted on day {days(consent, first)} after consent (within 90), set to action "
        "required on 2026-05-26 for an invoice without the claim ID, and resubmitted with a corrected invoice on "
        f"2026-06-19 – day {days(consent, resub)}, within the 120 days a standard claim in action required has. The "
        "corrected invoice shows claim 5021060, Loire Numérique and USD 2,600.00 (= proposed payout); the bilingual "
        "workshop summary is specific; both surveys are signed.",
        "History: consent 03-02, submission 05-22 (day 81), action required 05-26, submission 06-19 (day 109 ≤ 120); "
        "invoice LN-F-2026-0093 with claim ID.",
        g.pa_ok(),
        container="zip",
    )


# --------------------------------------------------------------------------------------------------------------
# Karoo Cloud (South Africa)
# --------------------------------------------------------------------------------------------------------------


def karoo_certificate(
    cust: Org, ref: str, day: str, rows: Sequence[tuple[str, str]], signer: Person, seed: str
) -> bytes:
    html = f"""<h1 style="text-align:center">Go-Live Certificate</h1>
{
        kv(
            [
                ("Certificate", ref),
                ("Customer", escape(cust.name)),
                ("Implementation partner", escape(KAROO.name)),
                ("Go-live", day),
            ]
        )
    }
<h2>Workloads in production</h2>{grid(["Workload", "In production"], rows, [28, 72])}
<p>The customer confirms that the workloads above were implemented by {escape(KAROO.name)} and are in production.</p>
{g.signoff("stacked", [Party("Customer", cust.name, signer.name, signer.title)], heading="")}"""
    return hpdf(
        html,
        meta(f"Go-Live Certificate {ref}", KC_PM.name, T(2026, 5, 6, 9, 0, 2)),
        seed,
        style=css(KAROO.color, size=10),
        decor=g.Decor(
            KAROO,
            right=f"Go-Live Certificate · {ref}",
            footer=escape(KAROO.name + " · " + KAROO.reg),
            accent=KAROO.color,
        ),
    )


def s502_061_overberg_low_res_phone_photo() -> Bundle:
    cid = "5021061"
    cust = Org(
        "Overberg Fruit Packers (Pty) Ltd",
        "Overberg Fruit",
        "overbergfruit.co.za",
        "ZA",
        "Grabouw 7160",
        "R321 Packhouse Road",
        "#c62828",
    )
    cc = person(cust, "Johan Louw", "IT Manager", "johan.louw")
    cert = karoo_certificate(
        cust,
        "KC-GL-2026-008",
        "2026/05/04",
        [
            (
                "Microsoft Defender for Endpoint",
                "410 Windows devices (packhouses, cold stores, office) and 14 servers; "
                "ASR rules in block mode; EDR in block mode; alerts to the IT Manager and Karoo's service desk",
            ),
            (
                "Microsoft Intune",
                "410 Windows devices and 85 Android tablets on the packing lines (dedicated "
                "devices with the grading app); compliance and update policies",
            ),
        ],
        cc,
        f"{cid}|cert",
    )
    inks = [
        *g.sign_inks("stacked", Party("", "", cc.name), 0, "2026/05/08"),
        Ink("Signature:", "stamp", dx=160, dy=-12, h=46, lines=("OVERBERG FRUIT PACKERS (PTY) LTD", "GRABOUW")),
    ]
    page = g.render(cert, 110, inks, f"{cid}|ink")[0]
    page = g.scanify(page, f"{cid}|paper", skew=0.0, gray=False, noise=5, blur=0.4, shadow=False)
    photo = g.phone_photo(
        page, f"{cid}|photo", T(2026, 5, 8, 16, 12, 2), model=("HUAWEI", "MAR-LX1A"), size=(1600, 1200)
    )
    small = Image.open(io.BytesIO(photo))
    small = small.resize((small.width * 5 // 8, small.height * 5 // 8), Image.Resampling.BILINEAR)
    files = {"IMG-20260508-WA0014.jpg": g.jpeg(small, quality=58)}
    claim = cpor(
        cid,
        KAROO,
        KC_PM,
        cust,
        cc,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 5, 29, 9, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_overberg_fruit_low_res_phone_photo",
        claim,
        files,
        "approve",
        "A small, recompressed phone photo (750 × 1000 pixels, sent by WhatsApp) of Karoo Cloud's go-live certificate: "
        "Defender for Endpoint on 410 devices and 14 servers, Intune for 410 PCs and 85 packing-line tablets. It is "
        "signed in wet ink by the customer's IT Manager, stamped with the company stamp and dated '2026/05/08' "
        "(South African year-first), three weeks before submission. Low resolution but legible: a photographed, "
        "physically signed page.",
        "Photo: certificate KC-GL-2026-008, signature of Johan Louw, stamp 'OVERBERG FRUIT PACKERS (PTY) LTD', "
        "'2026/05/08'.",
        g.cpor_ok(),
    )


def s502_062_breede_river_ecif_only() -> Bundle:
    cid = "5021062"
    cust = Org(
        "Breede River Wine Estates (Pty) Ltd",
        "Breede River Wines",
        "breederiverwines.co.za",
        "ZA",
        "Robertson 6705",
        "Voortrekker Road 41",
        "#6a1b9a",
    )
    cc = person(cust, "Annelize du Plessis", "Financial Director", "annelize.duplessis")
    sow = hpdf(
        f"""<h1>ECIF Statement of Work</h1>
{
            kv(
                [
                    ("Programme", "End Customer Investment Funds (ECIF)"),
                    ("Customer", escape(cust.name)),
                    ("Partner", escape(KAROO.name)),
                    ("Funded amount", "USD 18,000"),
                    ("Term", "March – June 2026"),
                ]
            )
        }
<h2>Project description</h2>
<p>The Partner will deliver security modernization services to help the Customer protect its endpoints and identities
with Microsoft security solutions, accelerating adoption and realizing value from its Microsoft investment.</p>
<h2>Deliverables</h2>
{
            ul(
                [
                    "Security assessment",
                    "Deployment of Microsoft Defender for Endpoint",
                    "Deployment of Microsoft Defender for Identity",
                    "Knowledge transfer",
                ]
            )
        }
<h2>Milestones</h2>{
            grid(
                ["Milestone", "Funding"],
                [("Kick-off", "30%"), ("Deployment complete", "50%"), ("Closure report", "20%")],
                [70, 30],
            )
        }""",
        meta("ECIF SOW Breede River", KC_PM.name, T(2026, 2, 20, 9, 0, 2)),
        f"{cid}|sow",
        style=css("#0067b8"),
    )
    closure = rpdf(
        KAROO,
        f"""<h1>ECIF Project Completion Report</h1>
{kv([("Customer", escape(cust.name)), ("ECIF project", "ECIF-ZA-26-0417"), ("Completed", "26 June 2026")])}
<h2>Summary</h2>
<p>Karoo Cloud completed the security modernization project for Breede River Wine Estates. Microsoft Defender for
Endpoint and Microsoft Defender for Identity were deployed and knowledge transfer was provided. All milestones were
achieved.</p>
<h2>Milestones</h2>{
            grid(
                ["Milestone", "Status"],
                [("Kick-off", "Complete"), ("Deployment complete", "Complete"), ("Closure report", "Complete")],
                [70, 30],
            )
        }""",
        meta("ECIF completion report", KC_PM.name, T(2026, 6, 26, 12, 0, 2)),
        f"{cid}|closure",
        right="ECIF Project Completion Report",
    )
    files = {"ECIF_SOW_BreedeRiver.pdf": sow, "ECIF_Completion_Report_BreedeRiver.pdf": closure}
    claim = cpor(
        cid,
        KAROO,
        KC_PM,
        cust,
        cc,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        submitted=T(2026, 7, 9, 11, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_breede_river_ecif_papers_only",
        claim,
        files,
        "action_required",
        "Only ECIF documents: the ECIF statement of work (generic wording – 'security modernization services … "
        "realizing value from its Microsoft investment' – and a list of high-level deliverables) and the partner's "
        "ECIF completion report ('deployed … knowledge transfer was provided', no devices, servers, users or dates of "
        "work). ECIF papers carry no customer acknowledgement, and these describe the activities only at a high "
        "level; the partner needs a separate customer acknowledgement and a detailed description of the Defender "
        "work.",
        "ECIF_SOW: 'The Partner will deliver security modernization services…'; completion report: 'Microsoft "
        "Defender for Endpoint and Microsoft Defender for Identity were deployed'. No customer signature or e-mail.",
        {
            "unacceptable_documents": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "fail",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s502_067_swartland_gmail_acceptance() -> Bundle:
    cid = "5021067"
    cust = Org(
        "Swartland Grain Millers (Pty) Ltd",
        "Swartland Millers",
        "swartlandmillers.co.za",
        "ZA",
        "Malmesbury 7300",
        "Voortrekker Street 88",
        "#f57f17",
    )
    cc = person(cust, "Hendrik Visagie", "IT Manager", "hendrik.visagie")
    gmail = Person("Hendrik Visagie", "hendrik.visagie.it@gmail.com", "IT Manager", cust)
    report = rpdf(
        KAROO,
        f"""<h1>Project close-out – Swartland Grain Millers</h1>
{kv([("Customer", escape(cust.name)), ("Project", "KC-PRJ-2026-019"), ("Period", "2026/03/02 – 2026/05/15")])}
{
            grid(
                ["Workload", "Delivered", "Volume"],
                [
                    (
                        "Exchange Online",
                        "Migration of 124 mailboxes from the on-premises Exchange 2013 server at the "
                        "Malmesbury mill; 6 shared mailboxes (orders, weighbridge, dispatch)",
                        "130",
                    ),
                    (
                        "Teams",
                        "124 users; teams for the 3 mills and the depots; weighbridge operators on shared tablets",
                        "124",
                    ),
                ],
                [20, 64, 16],
            )
        }""",
        meta("Close-out Swartland", KC_PM.name, T(2026, 5, 18, 14, 0, 2)),
        f"{cid}|rep",
        right="Project close-out",
    )
    ask = Mail(
        KC_PM,
        [cc],
        "Close-out – Exchange Online & Teams",
        T(2026, 5, 18, 14, 20, 2),
        "Hi Hendrik,\n\nAttached is the close-out report. Please confirm acceptance.\n\nThanks,\nPieter\n\n"
        + g.footer_block(KC_PM),
    )
    reply = Mail(
        gmail,
        [KC_PM],
        "Re: Close-out – Exchange Online & Teams",
        T(2026, 5, 19, 19, 41, 2),
        "Hi Pieter\n\nSorry, writing from my personal address – my work laptop is at the mill. Yes, we accept: all 124 "
        "mailboxes and the 6 shared ones are in Exchange Online and the weighbridge guys are using Teams on the "
        "tablets.\n\nHendrik\nIT Manager, Swartland Grain Millers\n\nSent from my iPhone",
        quoted=ask,
        style="apple",
        mailer="iPhone Mail (22F76)",
    )
    files = {
        "KC-PRJ-2026-019 Close-out.pdf": report,
        "Re_ Close-out – Exchange Online & Teams.eml": eml_x(reply, "gmail"),
    }
    claim = cpor(
        cid,
        KAROO,
        KC_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 6, 4, 10, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_swartland_millers_acceptance_from_gmail",
        claim,
        files,
        "action_required",
        "The acceptance text is fine (124 + 6 mailboxes, Teams for the weighbridge operators), but it was sent from "
        "hendrik.visagie.it@gmail.com, a personal free-mail address, not from the customer's domain "
        "swartlandmillers.co.za (DKIM and SPF only vouch for gmail.com). The guide requires the customer domain to be "
        "correct for e-mail acknowledgements; anyone can open a Gmail address in a customer employee's name. The "
        "partner should obtain the confirmation from the customer's own mailbox.",
        "Reply from hendrik.visagie.it@gmail.com: 'Sorry, writing from my personal address … Yes, we accept'.",
        {
            "customer_domain": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Zuiderzee Cloud (Netherlands)
# --------------------------------------------------------------------------------------------------------------


def zuiderzee_report(
    cust: Org, ref: str, day: dt.date, rows: Sequence[tuple[str, str, str]], period: str, seed: str
) -> bytes:
    html = f"""<h1>Opleverrapport<br/><span style="font-size:12pt">Delivery report</span></h1>
{
        kv(
            [
                ("Klant / Customer", escape(cust.name)),
                ("Referentie / Reference", ref),
                ("Periode / Period", period),
                ("Datum / Date", g.fdate(day, "de").replace(".", "-")),
            ]
        )
    }
<h2>Opgeleverd / Delivered</h2>{grid(["Nederlands", "English", "Aantal / Volume"], rows, [42, 42, 16])}"""
    return rpdf(
        ZUIDERZEE,
        html,
        meta(f"Opleverrapport {cust.short}", ZC_PM.name, T(day.year, day.month, day.day, 16, 0, 2)),
        seed,
        right=f"Opleverrapport · {ref}",
    )


def s502_063_flevoland_unsent_draft() -> Bundle:
    cid = "5021063"
    cust = Org(
        "Flevoland Bloembollen B.V.",
        "Flevoland Bloembollen",
        "flevobloembollen.nl",
        "NL",
        "8251 PP Dronten",
        "De Zuigerstraat 14",
        "#f9a825",
    )
    cc = person(cust, "Jeroen Smit", "Hoofd ICT", "jeroen.smit")
    report = zuiderzee_report(
        cust,
        "ZC-OR-2026-021",
        D(2026, 4, 24),
        [
            (
                "Teams voor 95 medewerkers; teams per kwekerij en voor export",
                "Teams for 95 staff; teams per nursery and for export",
                "95",
            ),
            (
                "SharePoint Online: 5 sites, 180 GB van de fileserver gemigreerd, fytosanitaire certificaten in een "
                "bibliotheek met metadata",
                "SharePoint Online: 5 sites, 180 GB migrated from the file server, "
                "phytosanitary certificates in a library with metadata",
                "5 sites",
            ),
        ],
        "02-03-2026 – 17-04-2026",
        f"{cid}|rep",
    )
    draft = Mail(
        ZC_PM,
        [cc],
        "Akkoord oplevering Teams en SharePoint",
        T(2026, 4, 27, 11, 5, 2),
        "Beste Jeroen,\n\nVoor onze administratie bij Microsoft hebben we een bevestiging van de oplevering nodig. "
        'Zou je onderstaande tekst willen bevestigen door op deze mail te antwoorden?\n\n"Hierbij bevestig ik namens '
        "Flevoland Bloembollen B.V. dat Zuiderzee Cloud het Teams- en SharePoint-project volgens het opleverrapport "
        'ZC-OR-2026-021 heeft opgeleverd en dat wij akkoord gaan met de oplevering."\n\nAlvast bedankt!\nSanne\n\n'
        + g.footer_block(ZC_PM),
        lang="nl",
        attachments=[("Opleverrapport_ZC-OR-2026-021.pdf", report)],
    )
    files = {
        "Opleverrapport_ZC-OR-2026-021.pdf": report,
        "Concept - Akkoord oplevering Teams en SharePoint.eml": eml_x(draft, None, draft=True),
    }
    claim = cpor(
        cid,
        ZUIDERZEE,
        ZC_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 12, 10, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_flevoland_bloembollen_unsent_draft",
        claim,
        files,
        "action_required",
        "The 'acceptance' is an unsent draft from the partner's own mailbox: the .eml has the X-Unsent flag, no "
        "Message-ID and no Received, SPF or DKIM headers, and it is Zuiderzee's project leader asking the customer to "
        "confirm a text the partner wrote for it ('Hierbij bevestig ik namens Flevoland Bloembollen…'). The message "
        "was never sent and nothing shows the customer ever confirmed anything; the delivery report is the "
        "partner's own. The partner must provide the customer's actual acknowledgement.",
        "'Concept - Akkoord oplevering….eml': X-Unsent: 1, no transport headers, from sanne.visser@zuiderzeecloud.nl "
        "to the customer, never sent.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s502_064_hanzehaven_screenshot_of_mail() -> Bundle:
    cid = "5021064"
    cust = Org(
        "Hanzehaven Logistics B.V.",
        "Hanzehaven",
        "hanzehaven.nl",
        "NL",
        "8263 AP Kampen",
        "Haatlanderdijk 5",
        "#00838f",
    )
    cc = person(cust, "Femke de Boer", "IT Manager", "femke.deboer")
    deck = hpdf(
        [
            f"<h2>{escape(t)}</h2>{b}"
            for t, b in [
                ("Microsoft 365 Copilot – adoptie bij Hanzehaven", "<p>Zuiderzee Cloud · juni 2026</p>"),
                (
                    "Uitrol / Rollout",
                    ul(
                        [
                            "180 licenties: planning (42), klantenservice (61), finance (23), "
                            "management (18), overige (36)",
                            "Start 6 april 2026, 24 champions",
                            "Oversharing-check: 9 sites afgeschermd",
                        ]
                    ),
                ),
                (
                    "Gebruik / Usage (mei 2026)",
                    ul(
                        [
                            "154 van 180 actief (86%)",
                            "Teams-vergaderingen samengevat: 1,240",
                            "Top scenario: klantenservice-mails in Duits en Pools",
                        ]
                    ),
                ),
            ]
        ],
        meta("Copilot adoptie Hanzehaven", ZC_PM.name, T(2026, 6, 5, 9, 0, 2), g.PPT),
        f"{cid}|deck",
        size=g.SLIDE,
        margins=(54, 70, 54, 50),
        style=css(ZUIDERZEE.color, size=15, extra=f"h2 {{font-size: 24pt; color: {ZUIDERZEE.color}; margin-top: 0;}}"),
        decor=g.Decor(ZUIDERZEE, footer="Zuiderzee Cloud B.V.", accent=ZUIDERZEE.color, numbers="{i}"),
    )
    accept = Mail(
        cc,
        [ZC_PM],
        "RE: Copilot adoptie – akkoord",
        T(2026, 6, 8, 10, 14, 2),
        "Hoi Sanne,\n\nAkkoord: Hanzehaven bevestigt dat Zuiderzee Cloud de uitrol en adoptie van Microsoft 365 "
        "Copilot voor onze 180 gebruikers heeft begeleid. 154 actieve gebruikers in mei, mooi resultaat.\n\n"
        "Groet,\nFemke de Boer\nIT Manager | Hanzehaven Logistics",
        lang="nl",
    )
    shot = g.outlook_screenshot(accept, ZC_PM, f"{cid}|shot")
    files = {"Copilot_adoptie_Hanzehaven.pdf": deck, "akkoord_femke.jpg": g.jpeg(shot, quality=82)}
    claim = cpor(
        cid,
        ZUIDERZEE,
        ZC_PM,
        cust,
        cc,
        area="Modern Work",
        workloads=["MICROSOFT 365 COPILOT"],
        submitted=T(2026, 6, 22, 14, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_hanzehaven_screenshot_of_acceptance_mail",
        claim,
        files,
        "action_required",
        "The adoption deck is specific (180 Copilot licences by department, 24 champions, 154 active users in May), "
        "but the customer's acceptance is only a JPEG screenshot of the e-mail open in Outlook on the web. Flat "
        "images of e-mails or signatures are not acceptable: a screenshot cannot be verified (no headers, no "
        "sender authentication). The partner must upload the original .msg/.eml or another valid acknowledgement.",
        "akkoord_femke.jpg: screenshot of 'RE: Copilot adoptie – akkoord' from femke.deboer@hanzehaven.nl.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
            "reused_evidence": "pass",
        },
    )


def s502_068_noordoostpolder_partner_signed_envelope() -> Bundle:
    cid = "5021068"
    cust = Org(
        "Noordoostpolder Agri Coöperatie U.A.",
        "NOP Agri",
        "nop-agri.nl",
        "NL",
        "8302 AC Emmeloord",
        "Industrieweg 31",
        "#558b2f",
    )
    cc = person(cust, "Marloes Jansen", "Manager Bedrijfsvoering", "marloes.jansen")
    html = f"""<h1>Acceptatieverklaring<br/><span style="font-size:12pt">Acceptance statement</span></h1>
{
        kv(
            [
                ("Klant / Customer", escape(cust.name)),
                ("Leverancier / Supplier", escape(ZUIDERZEE.name)),
                ("Project", "ZC-2026-033 Intune en Defender / Intune and Defender"),
                ("Periode / Period", "04-05-2026 – 26-06-2026"),
            ]
        )
    }
{
        grid(
            ["Nederlands", "English", "Aantal"],
            [
                (
                    "Intune: 210 laptops (Autopilot), 60 tablets voor loonwerkers, compliance- en updatebeleid",
                    "Intune: 210 laptops (Autopilot), 60 contractor tablets, compliance and update policies",
                    "270",
                ),
                (
                    "Defender for Endpoint: 210 laptops en 9 servers, ASR-regels in blokkeermodus",
                    "Defender for Endpoint: 210 laptops and 9 servers, ASR rules in block mode",
                    "219",
                ),
            ],
            [42, 42, 16],
        )
    }
<p>De klant accepteert de bovengenoemde werkzaamheden. / The customer accepts the work above.</p>
{
        g.signoff(
            "stacked",
            [Party("Voor de klant / For the customer", cust.name, cc.name, cc.title)],
            heading="",
            labels=("Naam / Name", "Functie / Title", "Handtekening / Signature", "Datum / Date"),
        )
    }"""
    pdf = hpdf(
        html,
        meta("Acceptatieverklaring ZC-2026-033", ZC_PM.name, T(2026, 6, 29, 9, 0, 2)),
        f"{cid}|doc",
        style=css(ZUIDERZEE.color, size=9.5),
        decor=g.Decor(
            ZUIDERZEE, right="Acceptatieverklaring · ZC-2026-033", footer=escape(ZUIDERZEE.name), accent=ZUIDERZEE.color
        ),
    )
    sig_dx = g.font("DejaVuSans.ttf", 95).getlength("Handtekening / Signature:") / 10 + 16
    day_dx = g.font("DejaVuSans.ttf", 95).getlength("Datum / Date:") / 10 + 12
    pdf = typed_fields(pdf, [("Datum / Date:", 0, "30-06-2026")], f"{cid}|d", dx=day_dx)
    signed = g.esign(
        pdf,
        ZC_PM,
        T(2026, 6, 30, 16, 48, 2),
        f"{cid}|env",
        sig_anchor="Handtekening / Signature:",
        sig_dx=sig_dx,
        sig_dy=3,
        vendor="docusign",
        sender=ZC_PM,
        ip="145.53.201.77",
    )
    files = {"Acceptatieverklaring_ZC-2026-033_getekend.pdf": signed}
    claim = cpor(
        cid,
        ZUIDERZEE,
        ZC_PM,
        cust,
        cc,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 7, 14, 10, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_noordoostpolder_envelope_signed_by_partner",
        claim,
        files,
        "action_required",
        "At first sight a clean DocuSign acceptance: bilingual statement, 270 devices in Intune, 219 endpoints in "
        "Defender, the 'For the customer' block naming the customer's operations manager, a signature and a date. "
        "But the certificate of completion shows who signed: Sanne Visser, sanne.visser@zuiderzeecloud.nl – the "
        "partner's own project leader, who also sent the envelope; the drawn signature in the customer block is hers. "
        "The customer never signed. A partner signing in the customer's place is no customer acknowledgement.",
        "Certificate of completion: signer 'Sanne Visser, sanne.visser@zuiderzeecloud.nl, Projectleider, Zuiderzee "
        "Cloud B.V.'; block 'Voor de klant – Marloes Jansen'.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Prairie Lantern IT (United States)
# --------------------------------------------------------------------------------------------------------------


def s502_065_platte_valley_csp_order_form() -> Bundle:
    cid = "5021065"
    cust = Org(
        "Platte Valley Implement Co.",
        "Platte Valley Implement",
        "plattevalleyimplement.com",
        "US",
        "Columbus, NE 68601",
        "3120 23rd Street",
        "#2e7d32",
    )
    cc = person(cust, "Kurt Brandt", "Controller", "kbrandt")
    order = hpdf(
        f"""<h1>Order Form – Microsoft Cloud Services (CSP)</h1>
{
            kv(
                [
                    ("Order no.", "PLIT-OF-2026-0311"),
                    ("Customer", escape(cust.name)),
                    ("Reseller", escape(PRAIRIE.name)),
                    ("Agreement", "Microsoft Customer Agreement (accepted in the Microsoft 365 admin center)"),
                    ("Start date", "04/01/2026"),
                    ("Term", "12 months, monthly billing"),
                ]
            )
        }
{
            grid(
                ["SKU", "Description", "Qty", "Unit / month", "Monthly"],
                [
                    ("CFQ7TTC0LCHC", "Microsoft 365 Business Premium", "85", "$22.00", "$1,870.00"),
                    ("CFQ7TTC0HHS9", "Microsoft Defender for Business (included)", "85", "—", "—"),
                    ("PLIT-ONB", "Tenant onboarding (one-time)", "1", "$950.00", "$950.00"),
                ],
                [18, 40, 8, 16, 18],
            )
        }
<p>Prices exclude applicable taxes. Licences auto-renew unless cancelled 7 days before the renewal date.</p>
<h2>Customer signature</h2>{fields([("Name", "", 20), ("Title", "", 20), ("Signature", "", 36), ("Date", "", 20)])}""",
        meta("Order Form PLIT-OF-2026-0311", PL_AM.name, T(2026, 3, 24, 10, 0, -5)),
        f"{cid}|of",
        style=css(PRAIRIE.color),
        decor=g.Decor(PRAIRIE, footer=escape(PRAIRIE.name), accent=PRAIRIE.color),
    )
    order = typed_fields(order, [("Name", 0, cc.name), ("Title", 0, cc.title), ("Date", 1, "3/26/2026")], f"{cid}|tf")
    order = g.esign(
        order,
        cc,
        T(2026, 3, 26, 14, 2, -5),
        f"{cid}|env",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=6,
        vendor="docusign",
        sender=PL_AM,
        ip="71.14.212.90",
    )
    welcome = Mail(
        PL_AM,
        [cc],
        "Welcome to Prairie Lantern – your Microsoft 365 licences are active",
        T(2026, 4, 1, 8, 30, -5),
        "Hi Kurt,\n\nWelcome aboard! Your 85 Microsoft 365 Business Premium licences are active as of today. You can "
        "assign them in the Microsoft 365 admin center, and our help desk is available at help@prairielantern.com "
        "or 402-555-0117.\n\nThanks for your business,\nTravis\n\n" + g.footer_block(PL_AM),
    )
    files = {
        "PLIT-OF-2026-0311 Order Form (signed).pdf": order,
        "Welcome to Prairie Lantern.msg": msg_x(welcome, None),
    }
    claim = cpor(
        cid,
        PRAIRIE,
        PL_AM,
        cust,
        cc,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 28, 15, 0, -5),
        files=files,
    )
    return Bundle(
        f"{cid}_platte_valley_signed_csp_order_form",
        claim,
        files,
        "reject",
        "The only customer-signed document is a CSP order form for 85 Microsoft 365 Business Premium licences – SKUs, "
        "quantities, monthly prices, auto-renewal – e-signed by the customer's controller: a transactional licensing "
        "document, never POE. The other file is the partner's own welcome e-mail saying the licences are active. "
        "Nothing describes any Intune or Defender deployment or usage work. The POE is insufficient as a whole.",
        "'Order Form – Microsoft Cloud Services (CSP)' PLIT-OF-2026-0311, 85 × Business Premium, DocuSign by Kurt "
        "Brandt; welcome e-mail 'your Microsoft 365 licences are active'.",
        {
            "unacceptable_documents": "fail",
            "activity_detail": "fail",
            "customer_acknowledgement": "fail",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s502_066_sandhills_partner_internal_forward() -> Bundle:
    cid = "5021066"
    cust = Org(
        "Sandhills Rural Electric Cooperative",
        "Sandhills REC",
        "sandhillsrec.coop",
        "US",
        "Ainsworth, NE 69210",
        "440 N Main Street",
        "#0d47a1",
    )
    cc = person(cust, "Wade Kessler", "IT Supervisor", "wkessler")
    original = Mail(
        cc,
        [PL_PM],
        "RE: Intune rollout – sign-off",
        T(2026, 8, 14, 9, 20, -6),
        "Megan,\n\nWe're good. All 64 office laptops and the 38 line-crew tablets are in Intune, and the outage app "
        "deploys cleanly. Consider this our sign-off on the Intune rollout.\n\nWade Kessler\nIT Supervisor\nSandhills "
        "REC",
    )
    fwd = Mail(
        PL_PM,
        [PL_AM],
        "FW: Intune rollout – sign-off",
        T(2026, 8, 14, 10, 2, -6),
        "Travis – customer sign-off for the Sandhills claim, see below.\n\nMegan",
        quoted=original,
        forward=True,
    )
    files = {"FW_ Intune rollout – sign-off.msg": msg_x(fwd, "exo")}
    claim = cpor(
        cid,
        PRAIRIE,
        PL_AM,
        cust,
        cc,
        area="Security",
        workloads=["INTUNE"],
        submitted=T(2026, 8, 27, 11, 0, -5),
        files=files,
    )
    return Bundle(
        f"{cid}_sandhills_rec_partner_internal_forward",
        claim,
        files,
        "action_required",
        "The only file is an internal forward between two Prairie Lantern employees (From and To both "
        "@prairielantern.com; its transport headers authenticate prairielantern.com, not the customer). The "
        "customer's sign-off exists only as text pasted under 'FW:' – it cannot be verified and could have been "
        "edited. The content would be adequate (64 laptops, 38 tablets), so the partner should upload the customer's "
        "original message (.msg/.eml from sandhillsrec.coop) instead of the forward.",
        "'FW_ Intune rollout – sign-off.msg' from mhostetler@prairielantern.com to tlindgren@prairielantern.com, "
        "quoting a message attributed to wkessler@sandhillsrec.coop.",
        {
            "customer_acknowledgement": ["fail", "warn"],
            "customer_domain": ["fail", "warn"],
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# assembly and output (set G's validation, bundle writer and expected.json layout)
# --------------------------------------------------------------------------------------------------------------


def _loose_without_note(b: Bundle) -> list[str]:
    """Checks that allow both a pass and a fail/warn: each needs an UNSURE note in the why."""
    out = []
    for key, value in b.checks.items():
        if isinstance(value, list) and not (set(value) <= {"pass", NA} or set(value) <= {"fail", "warn"}):
            out.append(key)
    return out if "UNSURE" not in b.why else []


def _vet(b: Bundle) -> None:
    def values(v: Any) -> set[str]:
        return set(v if isinstance(v, list) else [v])

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
        if key not in g.CHECK_IDS or not values(value) <= g.STATUSES:
            problems.append(f"bad check {key}={value}")
    if loose := _loose_without_note(b):
        problems.append(f"{loose} allow pass and fail/warn without an UNSURE note")
    if missing := {d["path"] for d in b.claim["documents"]} - set(b.files):
        problems.append(f"listed but missing {missing}")
    failing = [k for k, v in b.checks.items() if values(v) <= {"fail", "warn"}]
    if b.decision == "approve" and failing:
        problems.append(f"approved with failing checks {failing}")
    if b.decision != "approve" and not failing:
        problems.append(f"{b.decision} without a failing check")
    if problems:
        raise RuntimeError(f"{b.claim_id}: " + "; ".join(problems))
    g.validate_claim(b.claim)


def build_all() -> list[Bundle]:
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s502_") and callable(fn)]
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
    """Make ``out`` an empty directory, refusing to empty one that holds anything but a previous set N."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = sorted(out.iterdir())
    foreign = [e.name for e in entries if e.name != "expected.json" and not e.name.startswith("5021")]
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
    cli = argparse.ArgumentParser(description="Write held-out test set N: MCI claim bundles and expected.json.")
    cli.add_argument("out", type=Path, help="output directory (absent, empty, or an earlier set N)")
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
