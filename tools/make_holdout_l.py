"""Write held-out test set L for POE Reviewer: MCI claim bundles plus ``expected.json``.

Like sets G and H, every expectation here was written from the MCI claiming guide (June 2025, shared/seed) and the
bundle format (shared/spec/claims-interchange.md) alone: what a careful human reviewer would decide from those
rules, never what the tool does (its code was not looked at). Claims 5001001-5001099, all submitted in 2026, with
partners and customers of their own in nineteen markets (Mexico, Poland, Egypt, South Africa, Indonesia, the
Philippines, Turkey, New Zealand, Singapore, the UAE, Italy, Spain, Germany, the US, Canada, the UK, France, the
Netherlands, India). The document machinery (PDF, Word, e-mail, scans, photos, ink, e-signatures, bundles,
``expected.json``) is set G's, imported from ``tools/make_holdout_g.py``; this module adds the scenarios, its
partners' own document templates, and e-mails with real transport headers (Received chain, Authentication-Results,
DKIM) or none at all (Sent Items copies, unsent drafts).

Queue effects: six partners use their own template for several customers and four public-sector claims share the
standard disclosure wording (boilerplate that must not be flagged), while six pairs share claim-specific evidence –
an e-signature image pasted into another document, one customer's acceptance e-mail used for another customer, one
invoice file for two claims, a report's figures and narrative copied for another customer, a photo of one
customer's signed page used for another, and a whole claim submitted twice. Claims 5001019 and 5001020 are a
conflicting pair: two partners claim the same customer and workload.

Usage: ``python tools/make_holdout_l.py OUTDIR [--force]``. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
from collections.abc import Sequence
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path
from typing import Any

import pymupdf
from aspose.email_foss.msg import MapiMessage
from aspose.email_foss.msg.property_id import CommonMessagePropertyId
from aspose.email_foss.msg.property_types import PropertyTypeCode
from PIL import Image, ImageDraw

try:
    from tools import make_holdout_g as g
except ImportError:  # run as a script: python tools/make_holdout_l.py
    import make_holdout_g as g  # type: ignore[no-redef]

Org, Person, Mail, Party, Ink, Bundle = g.Org, g.Person, g.Mail, g.Party, g.Ink, g.Bundle
T, D, person, meta, css, kv, grid, ul, fields = g.T, g.D, g.person, g.meta, g.css, g.kv, g.grid, g.ul, g.fields
NA, PASS_NA = g.NA, g.PASS_NA
FIRST_ID, LAST_ID = 5001001, 5001099
UTC = dt.UTC


def days(a: dt.date | dt.datetime, b: dt.date | dt.datetime) -> int:
    """Whole days from ``a`` to ``b`` (dates of datetimes in their own offset)."""
    da = a.date() if isinstance(a, dt.datetime) else a
    db = b.date() if isinstance(b, dt.datetime) else b
    return (db - da).days


def months(a: dt.date, b: dt.date) -> float:
    """Months (30.44 days) from ``a`` to ``b``, for the notes."""
    return round(days(a, b) / 30.44, 1)


def cperson(org: Org, name: str, title: str, local: str, domain: str | None = None) -> Person:
    """A person whose mailbox may sit on another domain (a subdomain, a free-mail address)."""
    return Person(name, f"{local}@{domain or org.domain}", title, org, org.phone)


def sig_lines(p: Person) -> str:
    """A customer's own e-mail signature (short: customers rarely carry a disclaimer)."""
    return f"{p.name}\n{p.title}\n{p.org.name}"


# --------------------------------------------------------------------------------------------------------------
# e-mail with transport headers (as saved from the recipient's mailbox), Sent Items copies and drafts
# --------------------------------------------------------------------------------------------------------------

REGIONS = {
    "US": ("namprd12", "BN0PR12MB", "CH1PEPF0000"),
    "CA": ("namprd01", "YT4PR01MB", "YQ0PEPF0000"),
    "MX": ("namprd20", "SJ0PR20MB", "DS1PEPF0001"),
    "GB": ("gbrprd01", "LO4P265MB", "LO1PEPF0000"),
    "FR": ("eurprd09", "PAXPR09MB", "PA1PEPF0000"),
    "NL": ("eurprd08", "AS8PR08MB", "AM2PEPF0001"),
    "DE": ("eurprd06", "FR3PR06MB", "FR2PEPF0000"),
    "IT": ("eurprd05", "DB9PR05MB", "DB1PEPF0003"),
    "ES": ("eurprd03", "PA4PR03MB", "MA0PEPF0000"),
    "PL": ("eurprd02", "VI1PR02MB", "AMS0EPF0000"),
    "TR": ("eurprd10", "AS4PR10MB", "AM3PEPF0000"),
    "EG": ("eurprd07", "AM9PR07MB", "DU2PEPF0001"),
    "AE": ("eurprd04", "DB8PR04MB", "DU6PEPF0000"),
    "ZA": ("zafprd01", "JNAP275MB", "JN2PEPF0000"),
    "IN": ("inbprd01", "PN2PR01MB", "MA1PEPF0000"),
    "ID": ("apcprd06", "SEZPR06MB", "SG2PEPF0001"),
    "PH": ("apcprd03", "TYZPR03MB", "HK3PEPF0000"),
    "SG": ("apcprd02", "SI2PR02MB", "SG1PEPF0000"),
    "NZ": ("ausprd01", "SY4PR01MB", "SY2PEPF0000"),
}


def _host(country: str, seed: str, kind: int = 1) -> str:
    region, mb, fe = REGIONS.get(country, REGIONS["US"])
    n = int(g.hexid("host", seed, n=6), 16)
    if kind == 1:
        return f"{mb}{1000 + n % 8999}.{region}.prod.outlook.com"
    return f"{fe}{n % 9:01d}{'ABCDEF'[n % 6]}{(n // 7) % 10}.{region}.prod.outlook.com"


def _v6(seed: str) -> str:
    h = g.hexid("v6", seed, n=12).lower()
    return f"2603:10a6:{h[0:3]}:{h[3:6]}::{h[6:8]}"


def _dkim(domain: str, seed: str, selector: str = "selector1") -> str:
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    r = g.rng_for("dkim", seed)
    bh = "".join(r.choice(b64) for _ in range(43)) + "="
    sig = "".join(r.choice(b64) for _ in range(344))
    chunks = " ".join(sig[i : i + 64] for i in range(0, len(sig), 64))
    return (
        f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s={selector}; "
        "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version; "
        f"bh={bh}; b={chunks}"
    )


def trace_headers(m: Mail, seed: str, *, via: str = "m365", onprem_ip: str = "") -> list[tuple[str, str]]:
    """The trace a message picks up on its way from the sender's system to the recipient's Exchange Online mailbox.
    ``via``: m365 (sender on Exchange Online), gmail (free mail), onprem (the sender's own Exchange server)."""
    r = g.rng_for("trace", seed)
    sdom = m.frm.email.split("@", 1)[1]
    rcpt = m.to[0]
    rc, sc = rcpt.org.country, m.frm.org.country
    t0 = m.when.astimezone(UTC)

    def ts(sec: int) -> str:
        return format_datetime(t0 + dt.timedelta(seconds=sec))

    mbx, mbx2 = _host(rc, seed + "|mbx"), _host(rc, seed + "|mbx2")
    fe = _host(rc, seed + "|fe", 2)
    eop = f"{REGIONS.get(rc, REGIONS['US'])[2]}{r.randint(10, 99)}.mail.protection.outlook.com"
    eop_ip = f"10.167.{r.randint(1, 250)}.{r.randint(2, 250)}"
    ver = f"15.20.{r.randint(8400, 9300)}.{r.randint(10, 40)}"
    tls12 = "version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
    tls13 = "version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384"
    out: list[tuple[str, str]] = [
        ("Received", f"from {mbx} ({_v6(seed + 'a')}) by {mbx2} with HTTPS; {ts(9)}"),
        (
            "Received",
            f"from {fe} ({_v6(seed + 'b')}) by {mbx} ({_v6(seed + 'a')}) with Microsoft SMTP Server ({tls12}) "
            f"id {ver}; {ts(8)}",
        ),
    ]
    if via == "gmail":
        ip = f"209.85.{r.choice([208, 218, 220, 221])}.{r.randint(40, 180)}"
        helo = f"mail-{r.choice(['ej1', 'wr1', 'lf1', 'pj1'])}-f{r.randint(40, 99)}.google.com"
        out += [
            (
                "Received",
                f"from {helo} ({ip}) by {eop} ({eop_ip}) with Microsoft SMTP Server ({tls13}) id {ver} via "
                f"Frontend Transport; {ts(7)}",
            ),
            (
                "Authentication-Results",
                f"spf=pass (sender IP is {ip}) smtp.mailfrom=gmail.com; dkim=pass (signature was verified) "
                "header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass reason=109",
            ),
            (
                "Received-SPF",
                f"Pass (protection.outlook.com: domain of gmail.com designates {ip} as permitted sender) "
                f"receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C",
            ),
            (
                "Received",
                f"by {helo} with SMTP id "
                f"{g.hexid('gsmtp', seed, n=10).lower()}-{r.randint(100, 999)}.{r.randint(1, 9)} "
                f"for <{rcpt.email}>; {ts(1)}",
            ),
            ("DKIM-Signature", _dkim("gmail.com", seed, "20230601")),
            ("X-Gm-Message-State", "AOJu0Y" + g.hexid("gms", seed, n=40)),
            ("X-Google-Smtp-Source", "AGHT+IF" + g.hexid("gss", seed, n=48)),
            ("Return-Path", m.frm.email),
        ]
    elif via == "onprem":
        ip = onprem_ip or f"196.{r.randint(200, 223)}.{r.randint(1, 250)}.{r.randint(2, 250)}"
        helo = f"mail.{sdom}"
        corp = sdom.split(".")[0].lower()
        out += [
            (
                "Received",
                f"from {helo} ({ip}) by {eop} ({eop_ip}) with Microsoft SMTP Server ({tls12}) id {ver} via "
                f"Frontend Transport; {ts(6)}",
            ),
            (
                "Authentication-Results",
                f"spf=pass (sender IP is {ip}) smtp.mailfrom={sdom}; dkim=none (message not signed) "
                f"header.d=none;dmarc=bestguesspass action=none header.from={sdom};compauth=pass reason=109",
            ),
            (
                "Received-SPF",
                f"Pass (protection.outlook.com: domain of {sdom} designates {ip} as permitted sender) "
                f"receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C",
            ),
            (
                "Received",
                f"from EXCH02.{corp}.local (10.20.1.{r.randint(10, 60)}) by EXCH01.{corp}.local "
                f"(10.20.1.{r.randint(61, 99)}) with Microsoft SMTP Server (version=TLS1_2, "
                f"cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.2.1544.{r.randint(4, 14)}; {ts(2)}",
            ),
            ("Return-Path", m.frm.email),
        ]
    else:
        ip = f"{r.choice(['40.107', '52.101', '52.100'])}.{r.randint(1, 250)}.{r.randint(2, 250)}"
        sbox = _host(sc, seed + "|sbox")
        helo = f"{sbox.split('.')[0]}.outbound.protection.outlook.com"
        out += [
            (
                "Received",
                f"from {helo} ({ip}) by {eop} ({eop_ip}) with Microsoft SMTP Server ({tls13}) id {ver} via "
                f"Frontend Transport; {ts(6)}",
            ),
            (
                "Authentication-Results",
                f"spf=pass (sender IP is {ip}) smtp.mailfrom={sdom}; dkim=pass (signature was verified) "
                f"header.d={sdom};dmarc=pass action=none header.from={sdom};compauth=pass reason=100",
            ),
            (
                "Received-SPF",
                f"Pass (protection.outlook.com: domain of {sdom} designates {ip} as permitted sender) "
                f"receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C",
            ),
            (
                "Received",
                f"from {sbox} ({_v6(seed + 'c')}) by {sbox} ({_v6(seed + 'c')}) with Microsoft SMTP Server "
                f"({tls12}) id {ver}; {ts(1)}",
            ),
            (
                "ARC-Seal",
                f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none; b={g.hexid('arc', seed, n=64)}",
            ),
            ("DKIM-Signature", _dkim(sdom, seed)),
            ("Return-Path", m.frm.email),
        ]
    out += [
        ("X-MS-Exchange-Organization-Network-Message-Id", g.guid("netmsg", seed)),
        ("X-MS-Exchange-Organization-AuthSource", fe),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", format_datetime(t0 + dt.timedelta(seconds=6))),
        ("X-MS-Exchange-CrossTenant-Id", g.tenant_id(rcpt.org)),
        (
            "X-Forefront-Antispam-Report",
            f"CIP:{ip};CTRY:{sc};LANG:{m.lang};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{helo};PTR:;CAT:NONE;"
            "SFS:(13230040)(4022899009)(8096899003);DIR:INB;",
        ),
    ]
    return out


class GMail(Mail):
    """A message sent from a free-mail account (Gmail's Message-ID style)."""

    @property
    def msgid(self) -> str:
        return f"<CA{g.hexid('gmid', self.frm.email, self.subject, g.iso(self.when), n=30)}@mail.gmail.com>"


def received_message(m: Mail, seed: str, **kw: Any) -> EmailMessage:
    e = g.email_message(m)
    e._headers[0:0] = [e.policy.header_store_parse(k, v) for k, v in trace_headers(m, seed, **kw)]
    return e


def eml_rx(m: Mail, seed: str, **kw: Any) -> bytes:
    """An .eml saved from the recipient's mailbox: full trace headers."""
    return received_message(m, seed, **kw).as_bytes(policy=email_policy.SMTP)


def _mapi(e: EmailMessage, m: Mail) -> MapiMessage:
    mapi = MapiMessage.from_email_message(e)
    mapi.set_property(0x5D01, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x5D02, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x0C1E, PropertyTypeCode.PTYP_STRING, "SMTP")
    return mapi


def msg_rx(m: Mail, seed: str, **kw: Any) -> bytes:
    """An Outlook .msg of a received message: the whole internet header block is kept as Outlook keeps it."""
    e = received_message(m, seed, **kw)
    head = e.as_bytes(policy=email_policy.SMTP).split(b"\r\n\r\n", 1)[0].decode("ascii") + "\r\n"
    mapi = _mapi(e, m)
    mapi.set_property(int(CommonMessagePropertyId.TRANSPORT_MESSAGE_HEADERS), PropertyTypeCode.PTYP_STRING, head)
    mapi.set_property(0x0039, PropertyTypeCode.PTYP_TIME, m.when.astimezone(UTC))
    return mapi.to_bytes()


def msg_sent(m: Mail) -> bytes:
    """A .msg dragged out of Sent Items: a sent message has no transport headers."""
    e = g.email_message(m)
    mapi = _mapi(e, m)
    mapi.properties.remove(int(CommonMessagePropertyId.TRANSPORT_MESSAGE_HEADERS))
    mapi.set_property(0x0039, PropertyTypeCode.PTYP_TIME, m.when.astimezone(UTC))
    return mapi.to_bytes()


def msg_draft(m: Mail) -> bytes:
    """An unsent draft saved as .msg: no transport headers, no sent or delivery time, the 'unsent' flag set."""
    e = g.email_message(m)
    del e["Date"]
    mapi = _mapi(e, m)
    mapi.properties.remove(int(CommonMessagePropertyId.TRANSPORT_MESSAGE_HEADERS))
    mapi.set_property(int(CommonMessagePropertyId.MESSAGE_FLAGS), PropertyTypeCode.PTYP_INTEGER32, 0x08)
    saved = m.when.astimezone(UTC)
    mapi.set_property(0x3007, PropertyTypeCode.PTYP_TIME, saved - dt.timedelta(minutes=7))  # created
    mapi.set_property(0x3008, PropertyTypeCode.PTYP_TIME, saved)  # last modified
    filetime = int((saved - dt.datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)
    index = b"\x01" + filetime.to_bytes(8, "big")[:5] + bytes.fromhex(g.hexid("conv", m.msgid, n=32))
    mapi.set_property(0x0071, PropertyTypeCode.PTYP_BINARY, index)  # conversation index (else taken from the clock)
    return mapi.to_bytes()


def thread(*mails: Mail) -> Mail:
    """Chain messages into a thread: each quotes the one before; returns the newest."""
    return g.closure_email_thread(*mails)


# --------------------------------------------------------------------------------------------------------------
# small document helpers
# --------------------------------------------------------------------------------------------------------------


def e(text: str) -> str:
    return escape(text)


def doc(
    partner: Org,
    html: str | Sequence[str],
    title: str,
    author: str,
    when: dt.datetime,
    seed: str,
    *,
    right: str = "",
    footer: str = "",
    size: pymupdf.Rect = g.A4,
    app: tuple[str, str] = g.WORD,
    accent: str | None = None,
    extra_css: str = "",
    font_size: float = 9.5,
    images: dict[str, bytes] | None = None,
) -> bytes:
    """A partner's own document with its letterhead, running header and footer."""
    color = accent or partner.color
    return g.html_pdf(
        html,
        meta(title, author, when, app),
        seed,
        size=size,
        style=css(color, size=font_size, extra=extra_css),
        images=images,
        decor=g.Decor(partner, right=right, footer=footer or f"{e(partner.name)} · Confidential", accent=color),
    )


def scan(pdf: bytes, inks: Sequence[Ink], seed: str, when: dt.datetime, **kw: Any) -> bytes:
    kw.setdefault("dpi", 150)
    kw.setdefault("skew", 0.5)
    return g.scan_pdf(pdf, inks, seed, when, **kw)


def page_photo(pdf: bytes, inks: Sequence[Ink], seed: str, when: dt.datetime, *, page: int = 0, **kw: Any) -> bytes:
    """A phone photo of one printed, hand-signed page."""
    img = g.render(pdf, 120, inks, seed + "|ink")[page]
    img = g.scanify(img, seed + "|paper", skew=0.0, gray=False, noise=4, blur=0.3, shadow=False)
    return g.phone_photo(img, seed + "|photo", when, **kw)


def two_parties(
    cust: Org, cc: Person, partner: Org, pc: Person, roles: tuple[str, str] = ("Customer", "Partner")
) -> list[Party]:
    return [Party(roles[0], cust.name, cc.name, cc.title), Party(roles[1], partner.name, pc.name, pc.title)]


def col_inks(
    parties: Sequence[Party],
    date_text: str,
    *,
    page: int | None = None,
    partner_date: str | None = None,
    labels: tuple[str, str, str, str] = ("Name", "Title", "Signature", "Date"),
    customer: bool = True,
    partner: bool = True,
) -> list[Ink]:
    out: list[Ink] = []
    if customer:
        out += g.sign_inks("columns", parties[0], 0, date_text, page=page, labels=labels)
    if partner:
        out += g.sign_inks(
            "columns", parties[1], 1, partner_date or date_text, page=page, labels=labels, color=g.INK_BLACK
        )
    return out


def meterai_png(seed: str) -> bytes:
    """An Indonesian stamp-duty sticker (meterai tempel 10.000), as stuck on signed agreements."""
    r = g.rng_for("meterai", seed)
    img = Image.new("RGB", (300, 170), (236, 206, 214))
    d = ImageDraw.Draw(img)
    for k in range(0, 300, 6):
        d.line((k, 0, k + 40, 170), fill=(226, 190, 200), width=2)
    d.rectangle((4, 4, 295, 165), outline=(150, 40, 70), width=4)
    d.text((16, 12), "METERAI", font=g.font("DejaVuSans-Bold.ttf", 30), fill=(140, 30, 60))
    d.text((16, 52), "TEMPEL", font=g.font("DejaVuSans-Bold.ttf", 22), fill=(140, 30, 60))
    d.text((150, 60), "10000", font=g.font("DejaVuSans-Bold.ttf", 40), fill=(120, 20, 50))
    d.text(
        (16, 124),
        f"{g.hexid('mt', seed, n=6)}{r.randint(100000, 999999)}",
        font=g.font("DejaVuSansMono.ttf", 20),
        fill=(90, 20, 40),
    )
    d.ellipse((210, 110, 280, 160), outline=(180, 150, 40), width=5)
    return g.png(img)


def chat_screenshot(title: str, lines: Sequence[tuple[str, str, str]], seed: str, tenant: str) -> bytes:
    """A screenshot of a Microsoft Teams chat (who, time, text)."""
    W, H = 1366, 820
    img = Image.new("RGB", (W, H), (245, 245, 245))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 44), fill=(70, 71, 117))
    d.text((18, 11), "Microsoft Teams", font=g.font("DejaVuSans-Bold.ttf", 17), fill="white")
    d.rounded_rectangle((430, 8, 930, 36), radius=6, fill=(98, 100, 167))
    d.text((450, 13), "Search", font=g.font("DejaVuSans.ttf", 14), fill=(225, 225, 240))
    d.text(
        (W - 20 - g.font("DejaVuSans.ttf", 13).getlength(tenant), 14),
        tenant,
        font=g.font("DejaVuSans.ttf", 13),
        fill=(225, 225, 240),
    )
    d.rectangle((0, 44, 68, H), fill=(235, 235, 235))
    d.rectangle((68, 44, 380, H), fill=(250, 250, 250))
    d.text((86, 62), "Chat", font=g.font("DejaVuSans-Bold.ttf", 20), fill=(36, 36, 36))
    r = g.rng_for("chat", seed)
    for i, who in enumerate([lines[0][0], "Service Desk", "Project channel", "Weekly sync"]):
        y = 110 + i * 64
        if i == 0:
            d.rectangle((70, y - 8, 378, y + 52), fill=(232, 235, 250))
        d.ellipse((86, y, 126, y + 40), fill=(r.randint(90, 200), r.randint(90, 200), r.randint(90, 200)))
        d.text((138, y + 2), who, font=g.font("DejaVuSans-Bold.ttf", 14), fill=(36, 36, 36))
        d.text((138, y + 22), "…", font=g.font("DejaVuSans.ttf", 13), fill=(100, 100, 100))
    d.text((404, 60), title, font=g.font("DejaVuSans-Bold.ttf", 20), fill=(36, 36, 36))
    d.line((380, 96, W, 96), fill=(225, 225, 225))
    y = 120
    f = g.font("DejaVuSans.ttf", 15)
    for who, when, text in lines:
        wrapped = g._wrap(text, f, 700)
        hh = 44 + 22 * len(wrapped)
        mine = who.startswith("You") or who.endswith("(you)")
        x0 = W - 790 if mine else 420
        d.rounded_rectangle((x0, y, x0 + 740, y + hh), radius=8, fill=(232, 235, 250) if mine else (255, 255, 255))
        d.text((x0 + 14, y + 8), f"{who}   {when}", font=g.font("DejaVuSans.ttf", 12), fill=(96, 96, 96))
        for k, line in enumerate(wrapped):
            d.text((x0 + 14, y + 30 + 22 * k), line, font=f, fill=(30, 30, 30))
        y += hh + 18
    d.rounded_rectangle((404, H - 70, W - 30, H - 24), radius=6, fill="white", outline=(210, 210, 210))
    d.text((420, H - 58), "Type a message", font=g.font("DejaVuSans.ttf", 15), fill=(140, 140, 140))
    return g.png(img)


# --------------------------------------------------------------------------------------------------------------
# the partners of this set
# --------------------------------------------------------------------------------------------------------------

GREATPLAINS = Org(
    "Great Plains Technology Partners LLC",
    "Great Plains Tech",
    "gptpartners.com",
    "US",
    "Omaha, NE 68102",
    "1299 Farnam St, Suite 1200",
    "#1b4f72",
    "EIN 47-3318420",
    "+1 402 555 0117",
)
SONORAN = Org(
    "Sonoran Cloud Group, Inc.",
    "Sonoran Cloud",
    "sonorancloud.com",
    "US",
    "Phoenix, AZ 85004",
    "2 N Central Ave, Suite 1800",
    "#b9770e",
    "EIN 86-2231874",
    "+1 602 555 0143",
)
PRAIRIE = Org(
    "Prairie North Cloud Inc.",
    "Prairie North",
    "prairienorth.ca",
    "CA",
    "Saskatoon, SK S7K 1J5",
    "410 22nd St E, Suite 900",
    "#117864",
    "BN 78412 3390 RC0001",
    "+1 306 555 0182",
)
PENNINE = Org(
    "Pennine Digital Ltd",
    "Pennine Digital",
    "penninedigital.co.uk",
    "GB",
    "Leeds LS1 4DY",
    "3 Wellington Place",
    "#6c3483",
    "Company No. 10884213 · VAT GB 281 4471 02",
    "+44 113 555 0190",
)
GARONNE = Org(
    "Garonne Cloud SAS",
    "Garonne Cloud",
    "garonnecloud.fr",
    "FR",
    "33000 Bordeaux",
    "45 quai des Chartrons",
    "#1f618d",
    "SIREN 881 447 210 · TVA FR62881447210",
    "+33 5 55 55 01 47",
)
ZUIDERZEE = Org(
    "Zuiderzee IT B.V.",
    "Zuiderzee IT",
    "zuiderzee-it.nl",
    "NL",
    "3811 LP Amersfoort",
    "Stationsplein 42",
    "#d35400",
    "KvK 71844219 · BTW NL858812440B01",
    "+31 33 555 0142",
)
NORDLICHT = Org(
    "Nordlicht IT-Services GmbH",
    "Nordlicht IT",
    "nordlicht-it.de",
    "DE",
    "20457 Hamburg",
    "Am Sandtorkai 48",
    "#154360",
    "HRB 148822 · USt-IdNr. DE318844712",
    "+49 40 5555 0142",
)
DOLOMITI = Org(
    "Dolomiti Cloud S.r.l.",
    "Dolomiti Cloud",
    "dolomiticloud.it",
    "IT",
    "38122 Trento (TN)",
    "Via Manci 21",
    "#7d3c98",
    "P.IVA 02418840223 · REA TN-228471",
    "+39 0461 555 142",
)
ALHAMBRA = Org(
    "Alhambra Sistemas S.L.",
    "Alhambra Sistemas",
    "alhambrasistemas.es",
    "ES",
    "18009 Granada",
    "Calle Reyes Católicos 33, 4.ª planta",
    "#922b21",
    "CIF B19644812",
    "+34 958 55 01 42",
)
LEVANTE = Org(
    "Levante Cloud Partners S.L.",
    "Levante Cloud",
    "levantecloud.es",
    "ES",
    "46004 Valencia",
    "Gran Vía Marqués del Turia 49",
    "#ca6f1e",
    "CIF B98448213",
    "+34 963 55 01 42",
)
BURSZTYN = Org(
    "Bursztyn IT Sp. z o.o.",
    "Bursztyn IT",
    "bursztynit.pl",
    "PL",
    "80-244 Gdańsk",
    "al. Grunwaldzka 472",
    "#b7950b",
    "KRS 0000718842 · NIP 5842771184",
    "+48 58 555 01 42",
)
PHAROS = Org(
    "Pharos Digital Solutions S.A.E.",
    "Pharos Digital",
    "pharosdigital.com.eg",
    "EG",
    "Smouha, Alexandria 21648",
    "Fawzy Moaz St, Building 17",
    "#0e6655",
    "CR 318442 · Tax ID 488-221-743",
    "+20 3 555 0142",
)
KAROO = Org(
    "Karoo Cloud Services (Pty) Ltd",
    "Karoo Cloud",
    "karoocloud.co.za",
    "ZA",
    "Green Point, Cape Town 8005",
    "The Foundry, 14 Ebenezer Rd",
    "#a04000",
    "Reg. 2017/448213/07 · VAT 4480271842",
    "+27 21 555 0142",
)
NUSANTARA = Org(
    "PT Nusantara Awan Solusi",
    "Nusantara Awan",
    "nusantara-awan.co.id",
    "ID",
    "Jakarta Selatan 12190",
    "Menara Sentraya Lt. 21, Jl. Iskandarsyah Raya No. 1A",
    "#196f3d",
    "NIB 9120004418227 · NPWP 84.221.774.1-012.000",
    "+62 21 5555 0142",
)
LUZON = Org(
    "Luzon Bridge IT Solutions, Inc.",
    "Luzon Bridge",
    "luzonbridge.ph",
    "PH",
    "Makati City 1226",
    "18/F Ayala Triangle Gardens Tower 2, Paseo de Roxas",
    "#2e86c1",
    "SEC Reg. No. CS201944812 · TIN 010-448-812-000",
    "+63 2 8555 0147",
)
BOGAZICI = Org(
    "Boğaziçi Bulut Teknoloji A.Ş.",
    "Boğaziçi Bulut",
    "bogazicibulut.com.tr",
    "TR",
    "34394 Şişli/İstanbul",
    "Büyükdere Cad. No: 201, Kat 14",
    "#c0392b",
    "Mersis 0184477120300015",
    "+90 212 555 01 42",
)
TASMAN = Org(
    "Tasman Digital Ltd",
    "Tasman Digital",
    "tasmandigital.co.nz",
    "NZ",
    "Wellington 6011",
    "Level 9, 22 Willeston Street",
    "#148f77",
    "NZBN 9429048812274",
    "+64 4 555 0142",
)
MERLION = Org(
    "Merlion Secure Pte. Ltd.",
    "Merlion Secure",
    "merlionsecure.sg",
    "SG",
    "Singapore 048616",
    "1 Raffles Place, #20-61 Tower 2",
    "#943126",
    "UEN 202014488K",
    "+65 6555 0147",
)
DHOW = Org(
    "Dhow Digital FZ-LLC",
    "Dhow Digital",
    "dhowdigital.ae",
    "AE",
    "Dubai Internet City, Dubai",
    "Building 3, Office 214",
    "#1a5276",
    "Licence No. 94428 · TRN 100448812700003",
    "+971 4 555 0142",
)
CENOTE = Org(
    "Tecnologías Cenote S.A. de C.V.",
    "Cenote Tech",
    "cenotetech.com.mx",
    "MX",
    "97130 Mérida, Yucatán",
    "Calle 60 No. 299-E, Col. Revolución",
    "#117a65",
    "RFC TCE190412KX8",
    "+52 999 555 0142",
)
KAVERI = Org(
    "Kaveri Cloud Technologies Pvt. Ltd.",
    "Kaveri Cloud",
    "kavericloud.in",
    "IN",
    "Bengaluru 560103",
    "Prestige Tech Park, Block B, 7th Floor, Outer Ring Road",
    "#d68910",
    "CIN U72900KA2016PTC094412 · GSTIN 29AAHCK4412M1Z3",
    "+91 80 4555 0142",
)

# partner staff
GP_PM = person(GREATPLAINS, "Kelsey Brandt", "Senior Project Manager", "kbrandt", "+1 402 555 0117")
GP_SEC = person(GREATPLAINS, "Marcus Lindqvist", "Security Practice Lead", "mlindqvist")
SC_SEC = person(SONORAN, "Daniela Ortega", "Identity & Security Lead", "dortega")
SC_AM = person(SONORAN, "Brett Hollis", "Public Sector Account Executive", "bhollis")
PN_PM = person(PRAIRIE, "Aiden Whitehorse", "Modern Work Practice Lead", "awhitehorse")
PN_SEC = person(PRAIRIE, "Chantal Lévesque", "Security Consultant", "clevesque")
PD_PM = person(PENNINE, "Hannah Sutcliffe", "Delivery Manager", "hannah.sutcliffe")
PD_SEC = person(PENNINE, "Imran Qureshi", "Security Consultant", "imran.qureshi")
GC_PM = person(GARONNE, "Camille Darrieussecq", "Cheffe de projet / Project Manager", "c.darrieussecq")
GC_SOC = person(GARONNE, "Julien Etcheverry", "Responsable SOC / SOC Manager", "j.etcheverry")
ZZ_PM = person(ZUIDERZEE, "Sanne Visser", "Projectleider / Project Lead", "sanne.visser")
ZZ_BA = person(ZUIDERZEE, "Joost van Dijk", "Dynamics 365 Consultant", "joost.vandijk")
NL_SEC = person(NORDLICHT, "Henrik Paulsen", "Senior Consultant Security", "h.paulsen")
NL_BA = person(NORDLICHT, "Svenja Möller", "Beraterin Business Central", "s.moeller")
NL_PM = person(NORDLICHT, "Jan-Ole Petersen", "Projektleiter", "j.petersen")
DC_PM = person(DOLOMITI, "Giulia Pedrotti", "Project Manager", "giulia.pedrotti")
DC_SEC = person(DOLOMITI, "Matteo Zanella", "Security Consultant", "matteo.zanella")
AS_PM = person(ALHAMBRA, "Rocío Fernández", "Jefa de Proyecto", "rocio.fernandez")
AS_ARCH = person(ALHAMBRA, "Javier Molina", "Arquitecto Azure / Azure Architect", "javier.molina")
LC_SDM = person(LEVANTE, "Vicente Llopis", "Service Delivery Manager", "vicente.llopis")
BI_PM = person(BURSZTYN, "Katarzyna Nowicka", "Kierownik projektu / Project Manager", "k.nowicka")
BI_SEC = person(BURSZTYN, "Paweł Grabowski", "Konsultant ds. bezpieczeństwa / Security Consultant", "p.grabowski")
PH_PM = person(PHAROS, "Karim Abdelrahman", "Delivery Manager", "karim.abdelrahman")
PH_SEC = person(PHAROS, "Nourhan Saleh", "Security Engineer", "nourhan.saleh")
KC_PM = person(KAROO, "Thandi Mokoena", "Project Lead", "thandi.mokoena")
KC_SEC = person(KAROO, "Pieter van der Merwe", "Security Consultant", "pieter.vdmerwe")
NA_PM = person(NUSANTARA, "Dewi Lestari", "Project Manager", "dewi.lestari")
NA_SEC = person(NUSANTARA, "Bagus Pratama", "Security Engineer", "bagus.pratama")
LB_PM = person(LUZON, "Patricia Villanueva", "Project Manager", "patricia.villanueva")
LB_AM = person(LUZON, "Rafael Dizon", "Account Manager", "rafael.dizon")
BB_PM = person(BOGAZICI, "Elif Aydın", "Proje Yöneticisi / Project Manager", "elif.aydin")
BB_SEC = person(BOGAZICI, "Mert Kaya", "Güvenlik Danışmanı / Security Consultant", "mert.kaya")
TD_PM = person(TASMAN, "Aroha Wiremu", "Delivery Lead", "aroha.wiremu")
TD_SEC = person(TASMAN, "Liam Fitzgerald", "Security Consultant", "liam.fitzgerald")
MS_SDM = person(MERLION, "Priya Raman", "SOC Service Delivery Manager", "priya.raman")
MS_ENG = person(MERLION, "Daniel Koh", "Security Engineer", "daniel.koh")
DD_PM = person(DHOW, "Rashid Al Mansoori", "Project Manager", "rashid.almansoori")
DD_AM = person(DHOW, "Sara Fernandes", "Account Manager", "sara.fernandes")
CT_PM = person(CENOTE, "Mariana Canché", "Gerente de Proyectos", "mariana.canche")
CT_BA = person(CENOTE, "Luis Pech", "Consultor Dynamics 365", "luis.pech")
CT_SEC = person(CENOTE, "Andrés Chablé", "Consultor de Seguridad", "andres.chable")
KV_PM = person(KAVERI, "Ananya Hegde", "Delivery Manager", "ananya.hegde")
KV_SEC = person(KAVERI, "Suresh Gowda", "Security Consultant", "suresh.gowda")
KV_AM = person(KAVERI, "Vivek Rao", "Partner Programs Manager", "vivek.rao")

_CACHE: dict[str, Any] = {}
_MAILS: dict[str, Mail] = {}


# --------------------------------------------------------------------------------------------------------------
# partners' own templates, each used for several customers (boilerplate the queue must not flag)
# --------------------------------------------------------------------------------------------------------------

GP_INTRO = (
    "This Engagement Completion Record (ECR) is Great Plains Technology Partners' standard close-out document. It "
    "records the workloads delivered, the user and device counts at completion, the delivery milestones, the items "
    "handed to the customer's IT team, and the customer's confirmation that the engagement is complete."
)
GP_FOOTER = "Great Plains Technology Partners LLC · 1299 Farnam St, Omaha NE · Client Confidential"


def gp_ecr(
    cust: Org,
    ref: str,
    day: dt.date,
    summary: str,
    rows: Sequence[tuple[str, str, str]],
    milestones: Sequence[tuple[str, str, str]],
    handover: Sequence[str],
    seed: str,
    *,
    parties: Sequence[Party] = (),
    esign_signer: Person | None = None,
) -> bytes:
    """Great Plains Technology Partners' Engagement Completion Record (one template for all its customers)."""
    head = f"""
<p class="muted">ENGAGEMENT COMPLETION RECORD</p>
<h1>{e(cust.name)}</h1>
{
        kv(
            [
                ("ECR number", ref),
                ("Date", g.fdate(day, "us_long")),
                ("Delivered by", e(GREATPLAINS.name)),
                ("Customer", e(cust.name)),
            ]
        )
    }
<p>{GP_INTRO}</p>
<h2>1. Engagement summary</h2><p>{summary}</p>
<h2>2. Workloads delivered</h2>
{grid(["Workload", "What we delivered", "Users / devices"], rows, [20, 62, 18])}
<h2>3. Milestones</h2>
{grid(["Milestone", "Completed", "Notes"], milestones, [22, 18, 60])}
<h2>4. Handover to customer IT</h2>{ul(handover)}
"""
    statement = (
        f"{e(cust.name)} confirms that {e(GREATPLAINS.name)} delivered the workloads listed in this record and that "
        "the engagement is complete."
    )
    if esign_signer is not None:
        close = f"""<h2>5. Customer confirmation</h2><p>{statement}</p>
{
            fields(
                [
                    ("Customer signatory", f"{e(esign_signer.name)}, {e(esign_signer.title)}", 16),
                    ("Customer e-signature", "", 46),
                    ("Date signed (customer)", "", 18),
                ],
                key_w=150,
            )
        }"""
    else:
        close = g.signoff("columns", parties, heading="5. Customer confirmation", statement=statement)
    return doc(
        GREATPLAINS,
        [head, close],
        f"{cust.short} – Engagement Completion Record",
        GP_PM.name,
        T(day.year, day.month, day.day, 15, 30, -5),
        seed,
        right=f"Engagement Completion Record · {ref}",
        footer=GP_FOOTER,
        size=g.LETTER,
    )


def psd_pdf(partner: Org, cust: Org, scope: str, amount: str, day: dt.date, seed: str, style: str = "us_long") -> bytes:
    """The standard public-sector disclosure (set G's wording, shared by every public-sector claim)."""
    return g.html_pdf(
        g.psd_html(partner, cust, scope, amount, day, style),
        meta(f"Public Sector Disclosure {cust.short}", partner.short, T(day.year, day.month, day.day, 9, 0)),
        seed,
        style=css(partner.color),
        decor=g.Decor(partner, footer=e(partner.name), numbers="", accent=partner.color),
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


TASMAN_INTRO = (
    "Kia ora. Every Tasman Digital project closes with this wrap-up: what we set out to do together, what was "
    "delivered, the numbers at go-live, the timeline, and what happens next. It is written for the customer's "
    "leadership team and signed off by the customer's project sponsor."
)


def tasman_wrapup(
    cust: Org,
    ref: str,
    day: dt.date,
    goal: str,
    delivered: Sequence[tuple[str, str]],
    numbers: Sequence[tuple[str, str]],
    timeline: Sequence[tuple[str, str]],
    nexts: Sequence[str],
    seed: str,
    *,
    parties: Sequence[Party] = (),
    date_style: str = "gb",
) -> bytes:
    """Tasman Digital's Project Wrap-up (the same template for every customer)."""
    page1 = f"""
<h1>Project Wrap-up</h1>
<p style="font-size:12pt">{e(cust.name)}</p>
{kv([("Reference", ref), ("Date", g.fdate(day, date_style)), ("Prepared by", e(TASMAN.name))])}
<p>{TASMAN_INTRO}</p>
<h2>What we set out to do</h2><p>{goal}</p>
<h2>What was delivered</h2>{grid(["Workload", "Delivered"], delivered, [24, 76])}
<h2>By the numbers</h2>{grid(["Measure", "At go-live"], numbers, [62, 38])}
"""
    page2 = f"""
<h2>Timeline</h2>{grid(["When", "What"], timeline, [26, 74])}
<h2>What's next</h2>{ul(nexts)}
"""
    if parties:
        page2 += g.signoff(
            "lines",
            parties,
            heading="Sign-off",
            statement=f"Signed to confirm the project was delivered by {e(TASMAN.name)} as described above.",
        )
    return doc(
        TASMAN,
        [page1, page2],
        f"{cust.short} – Project Wrap-up",
        TD_PM.name,
        T(day.year, day.month, day.day, 16, 0, 13),
        seed,
        right=f"Project Wrap-up · {ref}",
        footer="Tasman Digital Ltd · Level 9, 22 Willeston Street, Wellington",
    )


MERLION_SCOPE = [
    (
        "24x7 monitoring and response",
        "Merlion's Singapore SOC triages, investigates and responds to every incident and alert raised in Microsoft "
        "Defender XDR and Microsoft Defender for Cloud, around the clock, with containment actions agreed in the "
        "customer's response playbook.",
    ),
    (
        "Microsoft Sentinel management",
        "Data connectors, analytics rules, automation playbooks and workbooks are operated and kept current by the "
        "SOC engineering team; incidents in Sentinel are worked by the SOC.",
    ),
    (
        "Threat hunting",
        "Monthly hypothesis-driven hunts in Defender XDR advanced hunting and Defender for Cloud, plus hunts for "
        "every high-profile campaign published by Microsoft Threat Intelligence.",
    ),
    (
        "Posture assessment",
        "Monthly security configuration assessment across Defender XDR and Defender for Cloud (Secure Score, "
        "recommendations, exposure), with changes made where the customer asks us to.",
    ),
    (
        "Tuning and custom detections",
        "Weekly alert tuning and custom detection rules in Defender XDR and Sentinel, reviewed with the customer "
        "every month.",
    ),
]


def merlion_soc_report(
    cust: Org,
    month: str,
    day: dt.date,
    tiles: Sequence[tuple[str, str]],
    incidents: Sequence[tuple[str, str, str, str]],
    hunts: Sequence[str],
    tuning: Sequence[str],
    posture: Sequence[tuple[str, str]],
    seed: str,
) -> bytes:
    """Merlion Secure's Managed SOC monthly service report (the same template for every customer)."""
    scope = grid(["Service element", "What Merlion does"], [(a, e(b)) for a, b in MERLION_SCOPE], [26, 74])
    tiles_html = grid([t for t, _ in tiles], [[v for _, v in tiles]], [100 // len(tiles)] * len(tiles))
    page1 = f"""
<h1>Managed SOC – Monthly Service Report</h1>
<p style="font-size:12pt">{e(cust.name)} · {month}</p>
{
        kv(
            [
                ("Service", "Merlion Managed SOC (Microsoft Defender XDR, Defender for Cloud, Sentinel)"),
                ("Period", month),
                ("Service delivery manager", e(MS_SDM.name)),
            ]
        )
    }
<h2>1. Service scope</h2>{scope}
<h2>2. Month at a glance</h2>{tiles_html}
"""
    page2 = f"""
<h2>3. Notable incidents</h2>
{grid(["Incident", "Source", "What the SOC did", "Closed"], incidents, [14, 16, 54, 16])}
<h2>4. Threat hunting</h2>{ul(hunts)}
<h2>5. Tuning and custom detections</h2>{ul(tuning)}
<h2>6. Posture</h2>{grid(["Measure", "Value"], posture, [60, 40])}
"""
    return doc(
        MERLION,
        [page1, page2],
        f"{cust.short} – SOC Monthly Report {month}",
        MS_SDM.name,
        T(day.year, day.month, day.day, 18, 0, 8),
        seed,
        right=f"Managed SOC · {month}",
        footer="Merlion Secure Pte. Ltd. · UEN 202014488K · Restricted",
        size=g.A4_LAND,
    )


BZ_LABELS = ("Imię i nazwisko / Name", "Stanowisko / Title", "Podpis / Signature", "Data / Date")
BZ_LABELS_PL = ("Imię i nazwisko", "Stanowisko", "Podpis", "Data")
BZ_CLAUSE = (
    "Zamawiający potwierdza, że prace wymienione w niniejszym protokole zostały wykonane przez Bursztyn IT Sp. z o.o. "
    "i odbiera je bez zastrzeżeń."
)
BZ_CLAUSE_EN = (
    "The Customer confirms that the work listed in this protocol was performed by Bursztyn IT Sp. z o.o. and accepts "
    "it without reservations."
)


def bursztyn_protocol(
    cust: Org,
    ref: str,
    day: dt.date,
    period: str,
    rows: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    english: bool = True,
    summary: tuple[str, str] = ("", ""),
) -> bytes:
    """Bursztyn IT's acceptance protocol: bilingual Polish/English, or (older version) Polish only."""
    if english:
        title = "Protokół odbioru / Acceptance Protocol"
        facts = [
            ("Zamawiający / Customer", e(cust.name) + ", " + e(cust.address)),
            ("Wykonawca / Contractor", e(BURSZTYN.name) + ", " + e(BURSZTYN.address)),
            ("Numer / Number", ref),
            ("Okres realizacji / Period", period),
        ]
        head = ["Obszar / Area", "Zakres prac / Scope of work", "Status"]
        clause = f"<p>{BZ_CLAUSE}<br/><i>{BZ_CLAUSE_EN}</i></p>"
        labels, company = BZ_LABELS, "Firma / Company"
        sign_head = "Podpisy / Signatures"
    else:
        title = "Protokół odbioru"
        facts = [
            ("Zamawiający", e(cust.name) + ", " + e(cust.address)),
            ("Wykonawca", e(BURSZTYN.name) + ", " + e(BURSZTYN.address)),
            ("Numer", ref),
            ("Okres realizacji", period),
        ]
        head = ["Obszar", "Zakres prac", "Status"]
        clause = f"<p>{BZ_CLAUSE}</p>"
        labels, company = BZ_LABELS_PL, "Firma"
        sign_head = "Podpisy"
    intro = ""
    if summary[0]:
        intro = f"<p>{summary[0]}</p>" + (f"<p><i>{summary[1]}</i></p>" if english and summary[1] else "")
    html = f"""
<h1>{title}</h1>
{kv(facts)}
{intro}
{grid(head, rows, [22, 60, 18])}
{clause}
""" + g.signoff("columns", parties, heading=sign_head, labels=labels, company_label=company)
    return doc(
        BURSZTYN,
        html,
        f"Protokol odbioru {cust.short}",
        BI_PM.name,
        T(day.year, day.month, day.day, 10, 0, 2),
        seed,
        right=f"{title} · {ref}",
        footer=e(BURSZTYN.name + " · " + BURSZTYN.reg),
        font_size=9,
    )


def bz_inks(parties: Sequence[Party], date_text: str, stamp: tuple[str, ...], *, english: bool = True) -> list[Ink]:
    labels = BZ_LABELS if english else BZ_LABELS_PL
    return [
        *g.sign_inks("columns", parties[0], 0, date_text, labels=labels),
        Ink(parties[0].name, "stamp", dx=-2, dy=58, h=32, lines=stamp, color=(40, 60, 150)),
        *g.sign_inks("columns", parties[1], 1, date_text, labels=labels, color=g.INK_BLACK),
    ]


KV_LABELS = ("Name", "Designation", "Signature", "Date")
KAVERI_NOTE = (
    "Kaveri Cloud issues this certificate at the close of every engagement. The customer's authorised signatory "
    "confirms the scope below was implemented by Kaveri Cloud and is in production use."
)


def kaveri_certificate(
    cust: Org, ref: str, day: dt.date, items: Sequence[tuple[str, str, str]], parties: Sequence[Party], seed: str
) -> bytes:
    """Kaveri Cloud's Delivery Acceptance Certificate (one form for every customer)."""
    html = f"""
<h1 style="text-align:center">Delivery Acceptance Certificate</h1>
{
        kv(
            [
                ("Certificate no.", ref),
                ("Customer", e(cust.name)),
                ("Customer address", e(cust.address)),
                ("Delivered by", e(KAVERI.name)),
                ("Date of issue", g.fdate(day, "in")),
            ]
        )
    }
<p>{KAVERI_NOTE}</p>
<h2>Scope implemented</h2>
{grid(["Workload", "Implemented", "Users / devices"], items, [22, 58, 20])}
""" + g.signoff("stacked", parties, heading="Acceptance", labels=KV_LABELS)
    return doc(
        KAVERI,
        html,
        f"Delivery Acceptance Certificate {cust.short}",
        KV_PM.name,
        T(day.year, day.month, day.day, 11, 30, 5.5),
        seed,
        right=f"Delivery Acceptance · {ref}",
        footer=e(KAVERI.reg),
    )


def kaveri_inks(parties: Sequence[Party], date_text: str, seal: tuple[str, ...]) -> list[Ink]:
    return [
        *g.sign_inks("stacked", parties[0], 0, date_text, labels=KV_LABELS),
        Ink("Signature:", "seal", dx=260, dy=-16, h=60, occurrence=0, color=(40, 50, 160), lines=seal),
        *g.sign_inks("stacked", parties[1], 1, date_text, labels=KV_LABELS, color=g.INK_BLACK),
    ]


def workshop_report(
    partner: Org,
    title: str,
    facts: Sequence[tuple[str, str]],
    sections: Sequence[tuple[str, str]],
    when: dt.datetime,
    author: str,
    seed: str,
    *,
    right: str = "Workshop Report",
) -> bytes:
    """A partner's findings / workshop report for a Partner Activities claim."""
    html = f"<h1>{e(title)}</h1>{kv([(k, e(v)) for k, v in facts])}"
    html += "".join(f"<h2>{e(h)}</h2>{body}" for h, body in sections)
    return doc(
        partner,
        html,
        title,
        author,
        when,
        seed,
        right=right,
        extra_css="h2 {border-bottom: 0.6pt solid #cccccc; padding-bottom: 2pt;}",
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
        T(inv_day.year, inv_day.month, inv_day.day, 10, 0) - dt.timedelta(days=3),
        T(inv_day.year, inv_day.month, inv_day.day, 10, 0) - dt.timedelta(days=1),
        activities=activities,
        outcome=outcome,
        participants=participants,
        **kit,
    )
    files = {**poe, **{p: b for p, b, _ in extra_docs}, **kit_files}
    docs = [*[(p, "poe") for p in poe], *[(p, r) for p, _, r in extra_docs], *kit_docs]
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
        history=[
            ("customer consent approved", T(consent.year, consent.month, consent.day, 12), "-"),
            ("document submission", submitted - dt.timedelta(minutes=5), pc.email),
            ("submission", submitted, pc.email),
        ],
    )
    return files, claim


def cpor(
    cid: str,
    partner: Org,
    pc: Person,
    cust: Org,
    cc: Person,
    kind: str,
    area: str,
    workloads: Sequence[str],
    submitted: dt.datetime,
    docs: Sequence[tuple[str, str]],
    **kw: Any,
) -> dict[str, Any]:
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


def typed_fields(pdf: bytes, entries: Sequence[tuple[str, int, str]], seed: str, dx: float = 150) -> bytes:
    """Type values into a form's empty cells (label, occurrence of the label, text), as e-sign fields do."""
    d = pymupdf.open("pdf", pdf)
    for label, occurrence, text in entries:
        no, rect = g._locate(d, Ink(label, "hand", occurrence=occurrence))
        d[no].insert_text((rect.x0 + dx, rect.y1 - 1.5), text, fontname="helv", fontsize=9.5)
    data = g._fix_id(d.tobytes(garbage=3, deflate=True), seed)
    d.close()
    return data


# --------------------------------------------------------------------------------------------------------------
# Great Plains Technology Partners (US): one Engagement Completion Record template, three customers
# --------------------------------------------------------------------------------------------------------------


def s500_001_husker_valley_adobe_sign() -> Bundle:
    cid = "5001001"
    cust = Org(
        "Husker Valley Cooperative",
        "Husker Valley Co-op",
        "huskervalley.coop",
        "US",
        "Columbus, NE 68601",
        "2410 E 23rd St",
        "#33691e",
    )
    cc = cperson(cust, "Dale Friesen", "VP, Information Technology", "dfriesen")
    ecr = gp_ecr(
        cust,
        "GP-ECR-2026-031",
        D(2026, 5, 29),
        "Great Plains moved the cooperative's 612 employees at the Columbus head office, 14 grain elevator locations "
        "and 3 agronomy centers from on-premises file shares and an aging intranet to Microsoft Teams and SharePoint "
        "Online, and retired the two file servers in the Columbus server room.",
        [
            (
                "Teams",
                "A team per location (17) and per department (9); shift channels for the elevator crews; Teams on 140 "
                "shared scale-house tablets; meeting policies; 4 live town-hall events for members during harvest",
                "612 users",
            ),
            (
                "SharePoint Online",
                "86 sites migrated from 4.1 TB of file shares with ShareGate; agronomy hub site; grain-ticket "
                "libraries with 7-year retention labels; new intranet home page with elevator bids and weather",
                "612 users, 86 sites",
            ),
        ],
        [
            ("Discovery", "02/06/2026", "File-share inventory: 4.1 TB, 2.3 million files, 61 top-level shares"),
            ("Pilot", "03/13/2026", "Agronomy team, 42 users"),
            ("Wave 1", "04/10/2026", "Columbus head office, 210 users"),
            ("Wave 2", "05/08/2026", "14 elevators and 3 agronomy centers, 402 users"),
            ("Hypercare end", "05/22/2026", "Old shares set read-only; file servers powered off 05/27/2026"),
        ],
        [
            "Husker Valley IT owns team creation (request form in SharePoint) and site permissions.",
            "Great Plains reviews storage and sharing reports with Husker Valley IT every quarter.",
        ],
        f"{cid}|ecr",
        esign_signer=cc,
    )
    signed = g.esign(
        ecr,
        cc,
        T(2026, 6, 2, 9, 41, -5),
        f"{cid}|adobe",
        sig_anchor="Customer e-signature",
        sig_dx=160,
        sig_dy=8,
        date_anchor="Date signed (customer)",
        date_text="06/02/2026",
        date_dx=160,
        date_dy=3,
        vendor="adobe",
        sender=GP_PM,
        ip="74.113.160.22",
    )
    shot = g.portal_screenshot(
        "SharePoint admin center | Active sites",
        [("Sites", "86"), ("Storage used", "3.9 TB"), ("Files", "2.28 M"), ("Active users (30 d)", "597")],
        [
            ("Agronomy Hub", "Hub site", "412 GB", "188"),
            ("Grain Tickets – Elevators", "Team site", "1.2 TB", "402"),
            ("Columbus Finance", "Team site", "318 GB", "46"),
            ("Member Services", "Communication", "94 GB", "612"),
            ("Scale House Ops", "Team site", "206 GB", "140"),
        ],
        ["Site", "Template", "Storage", "Users"],
        f"{cid}|shot",
        tenant="huskervalley.coop",
    )
    files = {
        "POE/HVC ECR GP-ECR-2026-031 - signed.pdf": signed,
        "POE/SharePoint active sites May 2026.png": shot,
    }
    claim = cpor(
        cid,
        GREATPLAINS,
        GP_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 6, 23, 14, 10, -5),
        [
            ("POE/HVC ECR GP-ECR-2026-031 - signed.pdf", "poe"),
            ("POE/SharePoint active sites May 2026.png", "supporting"),
        ],
    )
    return Bundle(
        f"{cid}_husker_valley_ecr_adobe_sign",
        claim,
        files,
        "approve",
        "Engagement Completion Record for a Nebraska grain cooperative, e-signed through Adobe Acrobat Sign by the "
        "cooperative's VP of IT on 06/02/2026 (transaction ID on every page, final audit report appended), three "
        "weeks before submission. Teams (17 location + 9 department teams, 140 scale-house tablets) and SharePoint "
        "Online (86 sites, 4.1 TB migrated) are each described with numbers and dates. The ECR template is Great "
        "Plains' own and reappears on 5001002 and 5001003 (boilerplate).",
        "Adobe Sign audit report: 'Document e-signed by Dale Friesen (dfriesen@huskervalley.coop)'; ECR section 2.",
        g.cpor_ok(),
    )


PRHD = Org(
    "Platte River Health District",
    "PRHD",
    "platteriverhealth.org",
    "US",
    "Kearney, NE 68847",
    "416 W 22nd St",
    "#00695c",
)


def s500_002_platte_river_health_district() -> Bundle:
    cid = "5001002"
    cust = PRHD
    cc = cperson(cust, "Monica Albers", "IT Manager", "malbers")
    director = cperson(cust, "Ruth Kessler", "Health Director", "rkessler")
    parties = two_parties(cust, cc, GREATPLAINS, GP_SEC)
    ecr = gp_ecr(
        cust,
        "GP-ECR-2026-012",
        D(2026, 3, 20),
        "Great Plains brought the health district's laptops and the iPads of its home-visiting nurses under Microsoft "
        "Intune and onboarded every device and server to Microsoft Defender for Endpoint, replacing a third-party "
        "antivirus and a stand-alone MDM product at the four clinics.",
        [
            (
                "Intune",
                "Enrollment of 388 Windows laptops (Autopilot for 120 replacements) and 96 iPads of home-visiting "
                "nurses; compliance policies (BitLocker, OS version, passcode); app protection for the WIC clinic "
                "app; Windows Update rings",
                "484 devices",
            ),
            (
                "Defender for Endpoint",
                "Onboarding of 484 devices and 18 servers; ASR rules in block mode; EDR in block mode; device groups "
                "per clinic (Kearney, Holdrege, Lexington, Broken Bow); alerts to the IT on-call phone",
                "502 endpoints",
            ),
        ],
        [
            ("Assessment", "01/16/2026", "HIPAA device requirements with the privacy officer"),
            ("Pilot", "02/06/2026", "IT and Kearney clinic, 44 devices"),
            ("Rollout", "03/06/2026", "Holdrege, Lexington, Broken Bow; home-visiting iPads"),
            ("Hypercare end", "03/20/2026", "Legacy antivirus and MDM removed"),
        ],
        ["PRHD IT owns compliance policies, the Autopilot profile and the Defender alert queue."],
        f"{cid}|ecr",
        parties=parties,
    )
    signed = scan(
        ecr,
        col_inks(parties, "3/24/2026"),
        f"{cid}|scan",
        T(2026, 3, 24, 15, 5, -5),
        dpi=150,
        skew=0.6,
        title="SCAN_PRHD_ECR",
    )
    psd = scan(
        psd_pdf(
            GREATPLAINS,
            cust,
            "Microsoft Intune and Defender for Endpoint usage – CPOR",
            "the applicable Security usage incentive",
            D(2026, 1, 12),
            f"{cid}|psd",
        ),
        psd_inks(director.name, director.title, "1/14/2026"),
        f"{cid}|psds",
        T(2026, 1, 14, 11, 0, -6),
        dpi=150,
        skew=-0.4,
    )
    files = {
        "PRHD_ECR_GP-ECR-2026-012_signed.pdf": signed,
        "PRHD_Public_Sector_Disclosure_signed.pdf": psd,
    }
    claim = cpor(
        cid,
        GREATPLAINS,
        GP_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 4, 15, 11, 20, -5),
        [
            ("PRHD_ECR_GP-ECR-2026-012_signed.pdf", "poe"),
            ("PRHD_Public_Sector_Disclosure_signed.pdf", "public_sector_disclosure"),
        ],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_platte_river_health_district_with_disclosure",
        claim,
        files,
        "approve",
        "US public health district (healthcare = public sector), Security usage: the written fee disclosure in the "
        "standard wording is signed by the Health Director (1/14/2026), and the completion record – printed, signed "
        "by the IT Manager on 3/24/2026 and scanned – details Intune (388 laptops, 96 iPads) and Defender for "
        "Endpoint (484 devices, 18 servers). Template and disclosure wording are shared with other claims.",
        "Scanned ECR page 'Customer confirmation' signed by Monica Albers 3/24/2026; disclosure signed by Ruth "
        "Kessler.",
        g.cpor_ok(ps=True),
    )


def s500_003_loess_hills_no_disclosure() -> Bundle:
    cid = "5001003"
    cust = Org(
        "Loess Hills Community College",
        "LHCC",
        "loesshills.edu",
        "US",
        "Council Bluffs, IA 51503",
        "2700 College Rd",
        "#4a148c",
    )
    cc = cperson(cust, "Gregory Tan", "Director of IT Services", "gtan")
    parties = two_parties(cust, cc, GREATPLAINS, GP_PM)
    ecr = gp_ecr(
        cust,
        "GP-ECR-2026-058",
        D(2026, 8, 10),
        "Great Plains moved the college's staff and faculty from Exchange 2016 to Exchange Online and set up "
        "Microsoft Teams for every course section before the fall semester.",
        [
            (
                "Exchange Online",
                "1,460 staff and faculty mailboxes and 38 shared mailboxes migrated in 4 batches; DKIM and DMARC; "
                "7-year retention for the registrar and financial aid mailboxes; on-premises servers decommissioned",
                "1,460 + 38 mailboxes",
            ),
            (
                "Teams",
                "Class teams for 640 course sections synced from the student information system; staff teams per "
                "department; meeting policies for students; adjunct faculty onboarding guide",
                "1,460 staff, 6,900 students",
            ),
        ],
        [
            ("Batch 1", "06/05/2026", "IT and administration, 180 mailboxes"),
            ("Batch 4", "07/17/2026", "Faculty, last 520 mailboxes"),
            ("Teams sync", "07/31/2026", "640 class teams created from the SIS"),
            ("Hypercare end", "08/07/2026", "Exchange 2016 servers decommissioned"),
        ],
        ["LHCC IT owns the SIS sync schedule and the retention policies."],
        f"{cid}|ecr",
        parties=parties,
    )
    signed = scan(ecr, col_inks(parties, "8/14/2026"), f"{cid}|scan", T(2026, 8, 14, 10, 40, -5), dpi=150, skew=-0.3)
    files = {"LHCC - Engagement Completion Record (signed).pdf": signed}
    claim = cpor(
        cid,
        GREATPLAINS,
        GP_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 9, 9, 9, 30, -5),
        [("LHCC - Engagement Completion Record (signed).pdf", "poe")],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_loess_hills_college_without_disclosure",
        claim,
        files,
        "action_required",
        "US public community college (education = public sector), Modern Work usage: the signed completion record is "
        "good (1,498 mailboxes, 640 class teams, signed 8/14/2026), but no public-sector disclosure of the partner's "
        "compensation, acknowledged by the college in writing, was uploaded. For Modern Work and Security usage "
        "claims on US public-sector customers it is required; the partner must provide it.",
        "Only one document (the ECR); customer.segment public_sector, country US; no public_sector_disclosure file.",
        {
            "public_sector": "fail",
            "required_documents": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Sonoran Cloud Group (US): public sector
# --------------------------------------------------------------------------------------------------------------


def s500_004_saguaro_wells_acceptance_deep_in_thread() -> Bundle:
    cid = "5001004"
    cust = Org(
        "Town of Saguaro Wells, Arizona",
        "Saguaro Wells",
        "saguarowellsaz.gov",
        "US",
        "Saguaro Wells, AZ 85390",
        "100 W Town Center Dr",
        "#bf360c",
    )
    cc = cperson(cust, "Ray Montoya", "IT Manager", "rmontoya")
    manager = cperson(cust, "Linda Cordova", "Town Manager", "lcordova")
    m1 = Mail(
        SC_SEC,
        [cc],
        "Identity project – final numbers",
        T(2026, 2, 17, 10, 5, -7),
        "Hi Ray,\n\nWith the last policy switched from report-only to on yesterday, here are the final numbers for "
        "the identity project:\n- Entra ID P2 assigned to 214 employees (Town Hall, Police, Public Works, Parks & "
        "Rec, Water)\n- 9 Conditional Access policies on: MFA for everyone, legacy authentication blocked, compliant "
        "device required on the 28 police MDTs, named locations for Town Hall and the water plant, high sign-in risk "
        "blocked\n- Privileged Identity Management for 12 admin roles, approval required for Global Administrator\n- "
        "Quarterly access reviews for the 6 groups with CJIS data\n\nCould you confirm the Town accepts the "
        "project as delivered?\n\nThanks,\nDaniela\n\n" + g.footer_block(SC_SEC),
    )
    m2 = Mail(
        cc,
        [SC_SEC],
        "RE: Identity project – final numbers",
        T(2026, 2, 18, 8, 12, -7),
        "Daniela,\n\nConfirmed – the numbers match what I see in Entra. The Town of Saguaro Wells accepts the Entra "
        "ID P2 and Conditional Access project as delivered by Sonoran Cloud. The police MDT policy works well, no "
        "lockouts since go-live.\n\n" + sig_lines(cc),
    )
    m3 = Mail(
        SC_SEC,
        [cc],
        "RE: Identity project – final numbers",
        T(2026, 2, 18, 9, 30, -7),
        "Thank you Ray, much appreciated! Shall we book the first quarterly access review for March 10?\n\nDaniela",
    )
    m4 = Mail(
        cc,
        [SC_SEC],
        "RE: Identity project – final numbers",
        T(2026, 2, 19, 13, 47, -7),
        "March 10 works for us. I'll reserve the council IT room from 9 to 11.\n\nRay",
    )
    top = thread(m1, m2, m3, m4)
    psd = psd_pdf(
        SONORAN,
        cust,
        "Microsoft Entra ID P2 and Conditional Access usage – CPOR",
        "the applicable Security usage incentive",
        D(2026, 1, 8),
        f"{cid}|psd",
    )
    psd = typed_fields(
        psd,
        [("Name", 0, manager.name), ("Title", 0, manager.title), ("Date", 1, "1/9/2026")],
        f"{cid}|psdf",
    )
    psd = g.esign(
        psd,
        manager,
        T(2026, 1, 9, 14, 2, -7),
        f"{cid}|psdenv",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=6,
        vendor="docusign",
        sender=SC_AM,
        ip="198.51.100.74",
    )
    files = {
        "RE_ Identity project – final numbers.eml": eml_rx(top, f"{cid}|rx"),
        "Town of Saguaro Wells - Public Sector Disclosure (DocuSign).pdf": psd,
    }
    claim = cpor(
        cid,
        SONORAN,
        SC_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["AZURE ACTIVE DIRECTORY PREMIUM 2", "AZURE ACTIVE DIRECTORY PREMIUM CONDITIONAL ACCESS"],
        T(2026, 3, 5, 16, 0, -7),
        [
            ("RE_ Identity project – final numbers.eml", "poe"),
            ("Town of Saguaro Wells - Public Sector Disclosure (DocuSign).pdf", "public_sector_disclosure"),
        ],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_saguaro_wells_acceptance_deep_in_thread",
        claim,
        files,
        "approve",
        "Arizona town government, Security usage. The uploaded .eml (delivered to sonorancloud.com, full Received "
        "chain, SPF/DKIM/DMARC pass for saguarowellsaz.gov) is the IT Manager's last message about booking a room; "
        "two messages down in the same thread, unforwarded, is his reply of 18 Feb 2026 accepting the Entra ID P2 and "
        "Conditional Access project, under the partner's detailed numbers (214 users, 9 policies, PIM for 12 roles). "
        "The Town Manager acknowledged the standard fee disclosure through DocuSign on 1/9/2026.",
        "Quoted reply from rmontoya@saguarowellsaz.gov, 18 Feb 2026: 'The Town of Saguaro Wells accepts the Entra ID "
        "P2 and Conditional Access project as delivered by Sonoran Cloud.'",
        g.cpor_ok(email_ack=True, ps=True),
    )


def s500_005_gila_valley_usd_workshop() -> Bundle:
    cid = "5001005"
    cust = Org(
        "Gila Valley Unified School District No. 12",
        "Gila Valley USD",
        "gilavalleyusd.org",
        "US",
        "Safford, AZ 85546",
        "1000 S 8th Ave",
        "#1565c0",
    )
    cc = cperson(cust, "Teresa Quintero", "Director of Technology", "tquintero")
    supt = cperson(cust, "Dr. Alan Whitcomb", "Superintendent", "awhitcomb")
    eng = g.engagement(
        "MW-DIGITAL-WORKFORCE-VAR", "Microsoft 365 Digital Workforce Workshop", "standard", "variable", 2200.0
    )
    consent, submitted = D(2026, 8, 3), T(2026, 9, 22, 10, 15, -7)
    report = workshop_report(
        SONORAN,
        "Digital Workforce Workshop – Summary and Recommendations",
        [
            ("Customer", cust.name),
            ("Workshop", "25 August 2026, district office, 8:30–15:00"),
            ("Participants", "14 – principals, transportation, food services, HR, technology"),
            ("MCI claim", cid),
        ],
        [
            (
                "Where the district is today",
                "<p>1,120 staff in 9 schools. Substitute requests are phoned in to a voicemail box before 6 a.m.; the "
                "64 bus drivers and 41 cafeteria staff have no district accounts and get schedule changes by text "
                "message; parent-teacher conference slots are booked on paper sign-up sheets.</p>",
            ),
            (
                "Scenarios built during the workshop",
                ul(
                    [
                        "Substitute request form (Microsoft Forms) with a Power Automate approval to the principal.",
                        "Teams Shifts schedule for bus routes and cafeteria shifts, with frontline sign-in on 20 "
                        "shared tablets.",
                        "Bookings page for fall parent-teacher conferences at Safford Middle School.",
                        "Professional learning community teams for each grade level.",
                    ]
                ),
            ),
            (
                "Recommendations",
                grid(
                    ["Step", "Scope", "When"],
                    [
                        ("Pilot", "Safford Middle School and the transportation yard, 180 staff", "Oct 2026"),
                        ("Rollout", "All 9 schools, frontline licences for 105 staff", "Jan – Mar 2027"),
                        ("Automate", "Substitute requests and time-off approvals", "Spring 2027"),
                    ],
                    [14, 64, 22],
                ),
            ),
        ],
        T(2026, 8, 27, 17, 0, -7),
        SC_AM.name,
        f"{cid}|rep",
    )
    psd = scan(
        psd_pdf(SONORAN, cust, eng["name"], "USD 2,200", D(2026, 8, 10), f"{cid}|psd"),
        psd_inks(supt.name, supt.title, "8/12/2026"),
        f"{cid}|psds",
        T(2026, 8, 12, 9, 30, -7),
        dpi=150,
        skew=0.4,
    )
    invoice = g.invoice_pdf(
        SONORAN,
        "SCG-2026-0417",
        D(2026, 9, 18),
        [(f"MCI Engagement Claim ID {cid} – {eng['name']}\nCustomer: {cust.name}", 2200.0)],
        f"{cid}|inv",
        date_style="us_long",
        bank="Western Alliance Bank · ACH / USD wire",
    )
    files, claim = pa_claim(
        cid,
        SONORAN,
        SC_AM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Gila_Valley_USD_Digital_Workforce_Workshop_Summary.pdf": report},
        amount=2200.0,
        inv_no="SCG-2026-0417",
        inv_day=D(2026, 9, 18),
        activities="Digital workforce workshop: substitute requests, Shifts for bus and cafeteria staff, Bookings",
        outcome="Pilot at Safford Middle School and transportation yard agreed for October 2026",
        participants="14",
        segment="public_sector",
        extra_docs=[("Gila_Valley_USD_PSD_signed.pdf", psd, "public_sector_disclosure")],
        invoice_pdf_bytes=invoice,
    )
    return Bundle(
        f"{cid}_gila_valley_usd_workshop_with_disclosure",
        claim,
        files,
        "approve",
        "Partner Activities claim for a US public school district: the Public Sector Disclosure (standard wording, "
        "USD 2,200) is signed by the Superintendent on 8/12/2026. The workshop summary is specific to the district "
        "(substitute requests, Shifts for 64 bus drivers and 41 cafeteria staff, Bookings), the invoice shows the "
        f"claim ID and USD 2,200 (= proposed payout), both surveys are signed, and it came {days(consent, submitted)} "
        "days after consent (standard: 90).",
        "PSD signed by Dr. Alan Whitcomb, Superintendent, 8/12/2026; invoice SCG-2026-0417 USD 2,200.00.",
        g.pa_ok(ps=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Prairie North Cloud (CA)
# --------------------------------------------------------------------------------------------------------------


def s500_006_kinsella_copilot_teams_phone_out_of_scope() -> Bundle:
    cid = "5001006"
    cust = Org(
        "Kinsella Grain Terminals Ltd.",
        "Kinsella Grain",
        "kinsellagrain.ca",
        "CA",
        "Regina, SK S4P 3Y2",
        "1870 Albert St, Suite 600",
        "#795548",
    )
    cc = cperson(cust, "Janelle Kowalchuk", "Director, Digital Workplace", "jkowalchuk")
    deck = g.slides_pdf(
        PRAIRIE,
        [
            (
                "Microsoft 365 Copilot – Adoption Close-out",
                "<p>Kinsella Grain Terminals Ltd. · Steering committee, 15 July 2026</p><p>Prairie North Cloud "
                "Inc.</p>",
            ),
            (
                "Scope of the engagement",
                grid(
                    ["Workload", "Status in this engagement"],
                    [
                        ("Microsoft 365 Copilot", "In scope – licences, data readiness, adoption"),
                        (
                            "Teams Phone",
                            "Out of scope – Kinsella stays on its Telus SIP trunk until the contract ends in 2027; no "
                            "Teams Phone work in this engagement",
                        ),
                    ],
                    [30, 70],
                ),
            ),
            (
                "What we delivered",
                ul(
                    [
                        "Copilot licences for 180 users in 3 waves: finance, grain merchandising, terminal operations",
                        "Oversharing review of 64 SharePoint sites; 11 sites restricted before go-live",
                        "Prompt library of 38 prompts for grain contracts and settlement letters",
                        "12 champions trained; 9 lunch-and-learn sessions at Regina and the 4 terminals",
                    ]
                ),
            ),
            (
                "Adoption at week 8",
                grid(
                    ["Measure", "Value"],
                    [
                        ("Active Copilot users", "162 of 180 (90%)"),
                        ("Teams meeting recaps", "1,240"),
                        ("Outlook drafts with Copilot", "3,900"),
                        ("Hours saved per user per week (survey)", "2.1"),
                    ],
                    [60, 40],
                ),
            ),
            ("Next steps", ul(["Phase 2 (Q4 2026): Copilot Studio agent for terminal scale tickets"])),
        ],
        meta("Kinsella Copilot close-out", PN_PM.name, T(2026, 7, 15, 8, 0, -6), g.PPT),
        f"{cid}|deck",
        footer="Prairie North Cloud · Copilot adoption close-out · Kinsella Grain",
    )
    m1 = Mail(
        PN_PM,
        [cc],
        "Copilot close-out deck",
        T(2026, 7, 16, 11, 20, -6),
        "Hi Janelle,\n\nThanks for the time with the steering committee yesterday. The close-out deck is attached; "
        "could you confirm Kinsella's acceptance of the Copilot rollout?\n\nAiden\n\n" + g.footer_block(PN_PM),
        attachments=[("Kinsella_Copilot_Closeout.pdf", deck)],
    )
    m2 = Mail(
        cc,
        [PN_PM],
        "RE: Copilot close-out deck",
        T(2026, 7, 21, 9, 4, -6),
        "Aiden,\n\nThank you for the close-out on the 15th. Kinsella accepts the Microsoft 365 Copilot rollout as "
        "delivered by Prairie North: 180 users licensed, 162 active at week 8, the champions network and the prompt "
        "library are in place. We'll start phase 2 planning in September.\n\n" + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "Kinsella_Copilot_Closeout.pdf": deck,
        "RE_ Copilot close-out deck.msg": msg_rx(m2, f"{cid}|rx"),
    }
    claim = cpor(
        cid,
        PRAIRIE,
        PN_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["MICROSOFT 365 COPILOT", "TEAMS PHONE ENABLED USERS"],
        T(2026, 8, 10, 13, 0, -6),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_kinsella_copilot_teams_phone_out_of_scope",
        claim,
        files,
        "action_required",
        "Copilot is well evidenced (180 licensed, 162 active users, champions, prompt library; accepted by e-mail "
        "from kinsellagrain.ca on 21 July 2026), but the claim also asks for Teams Phone, and the partner's own deck "
        "says Teams Phone was out of scope – the customer stays on its SIP trunk until 2027. Nothing connects Teams "
        "Phone to the partner's work: that workload must be removed or evidenced.",
        "Deck slide 2: 'Teams Phone – Out of scope – Kinsella stays on its Telus SIP trunk until … 2027'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


def s500_007_nlcu_status_report_subdomain_reply() -> Bundle:
    cid = "5001007"
    cust = Org(
        "Northern Lights Credit Union Limited",
        "NLCU",
        "nlcu.ca",
        "CA",
        "Prince Albert, SK S6V 1A6",
        "1025 Central Ave",
        "#283593",
    )
    cc = cperson(cust, "Marc Gagnon", "Manager, IT Security", "marc.gagnon", domain="corp.nlcu.ca")
    w = g.Word(accent="117864")
    w.header(PRAIRIE, "Weekly status report")
    w.h("NLCU – Defender for Identity & Defender for Office 365", 0)
    w.p("Weekly status report #14 (final) · week ending 2 October 2026 · prepared by Chantal Lévesque", italic=True)
    w.h("Overall status", 1)
    w.table(
        [
            ["Area", "Status", "Comment"],
            ["Scope", "Green", "All items delivered; no open change requests"],
            ["Schedule", "Green", "Closed on plan (kick-off 13 July 2026)"],
            ["Risks", "Green", "R-04 (AD CS sensor reboot) closed 24 Sept"],
        ]
    )
    w.h("Delivered – Microsoft Defender for Identity", 1)
    w.bullets(
        [
            "Sensors on 6 domain controllers, 2 AD FS servers and the AD CS issuing CA (Prince Albert and Saskatoon "
            "data centres).",
            "4 honeytoken accounts; 37 lateral movement paths reviewed with the NLCU team, 29 remediated.",
            "Alert routing to the IT security mailbox and the on-call rotation; playbook for suspected DCSync.",
        ]
    )
    w.h("Delivered – Microsoft Defender for Office 365", 1)
    w.bullets(
        [
            "Safe Links and Safe Attachments for all 410 mailboxes (head office and 17 branches).",
            "Impersonation protection for 22 executives and branch managers; member-facing domains protected.",
            "Two attack simulation campaigns: click rate down from 14% (August) to 5% (September).",
        ]
    )
    w.h("Metrics", 1)
    w.table(
        [
            ["Measure", "Start", "Now"],
            ["Secure Score (identity + email)", "46%", "68%"],
            ["Phishing reported by staff per week", "9", "31"],
            ["Unresolved MDI health alerts", "n/a", "0"],
        ]
    )
    w.h("Next", 1)
    w.p("Handover complete; NLCU IT Security owns the MDI and MDO policies. Quarterly health check booked for January.")
    report = w.save(meta("NLCU status report 14 final", PN_SEC.name, T(2026, 10, 2, 16, 30, -6)))
    m1 = Mail(
        PN_SEC,
        [cc],
        "Status report #14 (final) – MDI & MDO",
        T(2026, 10, 2, 16, 45, -6),
        "Hi Marc,\n\nAttached is the final status report. If you agree everything is delivered, could you confirm "
        "NLCU's acceptance so we can close the project?\n\nMerci,\nChantal\n\n" + g.footer_block(PN_SEC),
        attachments=[("NLCU_Status_Report_14_final.docx", report)],
    )
    m2 = Mail(
        cc,
        [PN_SEC],
        "RE: Status report #14 (final) – MDI & MDO",
        T(2026, 10, 6, 10, 18, -6),
        "Chantal,\n\nWe went through report #14 at our security committee yesterday. NLCU accepts the Defender for "
        "Identity and Defender for Office 365 deployment as described – sensors on all 9 servers, Safe Links and Safe "
        "Attachments on the 410 mailboxes, and the two simulation campaigns. Thanks to you and the team.\n\n"
        + sig_lines(cc)
        + "\nNorthern Lights Credit Union · Prince Albert",
        quoted=m1,
    )
    files = {
        "NLCU_Status_Report_14_final.docx": report,
        "RE_ Status report 14 (final) – MDI & MDO.msg": msg_rx(m2, f"{cid}|rx"),
    }
    claim = cpor(
        cid,
        PRAIRIE,
        PN_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 10, 20, 10, 0, -6),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_nlcu_status_report_and_subdomain_reply",
        claim,
        files,
        "approve",
        "A Word status report (final) details both workloads – Defender for Identity sensors on 9 servers, 4 "
        "honeytokens, 37 lateral movement paths; Defender for Office 365 on 410 mailboxes, 22 protected VIPs, two "
        "simulation campaigns – and the customer's IT Security Manager accepts it by e-mail on 6 Oct 2026. His "
        "mailbox is on corp.nlcu.ca, a subdomain of the customer's domain nlcu.ca: the acknowledgement comes from the "
        "customer.",
        "Reply from marc.gagnon@corp.nlcu.ca: 'NLCU accepts the Defender for Identity and Defender for Office 365 "
        "deployment as described'.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Pennine Digital (UK)
# --------------------------------------------------------------------------------------------------------------


def s500_008_calder_valley_runbook_unsigned_draft() -> Bundle:
    cid = "5001008"
    cust = Org(
        "Calder Valley Housing Association Limited",
        "Calder Valley HA",
        "caldervalleyha.org.uk",
        "GB",
        "Halifax HX1 1UR",
        "Mulcture House, Mulcture Hall Road",
        "#00838f",
    )
    cc = cperson(cust, "Gemma Walsh", "Head of ICT", "gemma.walsh")
    parties = [
        Party("Calder Valley HA", cust.name, cc.name, cc.title),
        Party("Pennine Digital", PENNINE.name, PD_PM.name, PD_PM.title),
    ]
    page1 = f"""
<h1>SharePoint &amp; Teams Operational Runbook</h1>
<p style="font-size:12pt">{e(cust.name)} · version 2.3 (final for sign-off)</p>
<h2>Document control</h2>
{
        grid(
            ["Version", "Date", "Author", "Change"],
            [
                ("1.0", "02/04/2026", "H. Sutcliffe", "First draft after discovery"),
                ("2.0", "20/05/2026", "H. Sutcliffe", "Procedures after pilot with the repairs team"),
                ("2.3", "30/06/2026", "H. Sutcliffe", "Final: escalation matrix, guest access for contractors"),
            ],
            [12, 16, 20, 52],
        )
    }
<h2>1. Service overview</h2>
{
        grid(
            ["Service", "What is in place", "Scale"],
            [
                (
                    "SharePoint Online",
                    "54 sites: tenancy management, repairs, asset compliance (gas, electrical, fire), board papers; "
                    "retention labels for tenancy files (6 years after tenancy end)",
                    "54 sites, 1.3 TB",
                ),
                (
                    "Teams",
                    "42 teams; shared-device sign-in for 18 repairs operatives' tablets; guest access for 6 approved "
                    "contractors; meeting rooms booking",
                    "310 staff",
                ),
            ],
            [20, 60, 20],
        )
    }
"""
    page2 = f"""
<h2>2. Operational procedures</h2>
{
        grid(
            ["Procedure", "Steps (summary)", "Owner", "Frequency"],
            [
                (
                    "New team request",
                    "Form in the ICT portal → approval by line manager → created from template",
                    "ICT",
                    "On request",
                ),
                (
                    "Contractor guest access",
                    "Sponsor request → access review after 90 days → removal",
                    "ICT + sponsor",
                    "On request",
                ),
                ("Retention label change", "Change request, records manager approval", "Records manager", "Rare"),
                ("Storage review", "Top 10 sites by growth, stale teams report", "ICT", "Monthly"),
                ("Shared tablets", "Re-enrol via Intune, check shared-device mode", "ICT", "Quarterly"),
            ],
            [22, 48, 16, 14],
        )
    }
<h2>3. Escalation matrix</h2>
{
        grid(
            ["Severity", "Example", "First response", "Escalate to"],
            [
                ("P1", "Teams unavailable for all staff", "30 min", "Pennine service desk, then Microsoft"),
                ("P2", "Repairs team site unavailable", "2 h", "Pennine service desk"),
                ("P3", "Single user issue", "1 business day", "Calder Valley ICT"),
            ],
            [12, 40, 18, 30],
        )
    }
"""
    page3 = g.signoff(
        "rows",
        parties,
        heading="4. Sign-off",
        statement="By signing, both parties accept version 2.3 of this runbook as the operating procedure for the "
        "services above.",
    )
    pdf = doc(
        PENNINE,
        [page1, page2, page3],
        "Calder Valley HA – Operational Runbook v2.3",
        PD_PM.name,
        T(2026, 6, 30, 17, 0, 1),
        f"{cid}|runbook",
        right="Operational Runbook · v2.3",
        footer="Pennine Digital Ltd · 3 Wellington Place, Leeds · Commercial in confidence",
    )
    pdf = g.stamp_pdf(
        pdf,
        [
            *g.sign_inks("rows", parties[1], 1, "30/06/2026", color=g.INK_BLACK),
        ],
        f"{cid}|psig",
        meta("Calder Valley HA – Operational Runbook v2.3", PD_PM.name, T(2026, 6, 30, 17, 20, 1)),
    )
    draft = Mail(
        PD_PM,
        [cc],
        "Runbook v2.3 for sign-off",
        T(2026, 7, 1, 9, 0, 1),
        "Hi Gemma,\n\nPlease find attached v2.3 of the SharePoint & Teams runbook. I've signed for Pennine in section "
        "4 – could you sign for Calder Valley and send it back when you have a moment?\n\nMany thanks,\nHannah\n\n"
        + g.footer_block(PD_PM),
        attachments=[("CVHA_Operational_Runbook_v2.3.pdf", pdf)],
    )
    files = {
        "CVHA_Operational_Runbook_v2.3.pdf": pdf,
        "Runbook v2.3 for sign-off.msg": msg_draft(draft),
    }
    claim = cpor(
        cid,
        PENNINE,
        PD_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["SHAREPOINT ONLINE", "TEAMS"],
        T(2026, 7, 15, 12, 0, 1),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_calder_valley_runbook_unsigned_and_draft_mail",
        claim,
        files,
        "action_required",
        "The runbook is detailed (54 sites, 42 teams, 310 staff, procedures and escalation), but in its sign-off "
        "section only Pennine's delivery manager has signed; the Calder Valley row is empty. The only e-mail is "
        "Pennine's own request for the customer's signature – an unsent draft (.msg with no transport headers, no "
        "sent date, flagged unsent). Nothing from the customer acknowledges the work.",
        "Runbook section 4 'Sign-off': 'Calder Valley HA … Gemma Walsh' row blank; 'Runbook v2.3 for sign-off.msg' is "
        "an unsent draft from hannah.sutcliffe@penninedigital.co.uk.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "partner_customer_names": "pass",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s500_009_wharfedale_gmail_acceptance() -> Bundle:
    cid = "5001009"
    cust = Org(
        "Wharfedale Brewery Ltd",
        "Wharfedale Brewery",
        "wharfedalebrewery.co.uk",
        "GB",
        "Otley LS21 3JP",
        "Bridge Street Works",
        "#6d4c41",
    )
    cc = cperson(cust, "Tom Hirst", "IT & Systems Lead", "tom.hirst")
    private = Person("Tom Hirst", "tomhirst.wfd@gmail.com", "", cust, "")
    note = doc(
        PENNINE,
        f"""
<h1>Security Close-out Note</h1>
{
            kv(
                [
                    ("Customer", e(cust.name)),
                    ("Engagement", "Defender for Office 365 and Defender for Cloud Apps"),
                    ("Period", "2 February – 27 March 2026"),
                    ("Consultant", e(PD_SEC.name)),
                ]
            )
        }
<h2>Defender for Office 365</h2>
{
            ul(
                [
                    "Safe Links and Safe Attachments for all 140 mailboxes (brewery, 3 pubs, taproom, sales office).",
                    "Anti-phishing with impersonation protection for the 4 directors and the finance team.",
                    "Three attack simulations (invoice fraud themes); click rate 19% → 6%.",
                ]
            )
        }
<h2>Defender for Cloud Apps</h2>
{
            ul(
                [
                    "Cloud discovery through Defender for Endpoint on 118 devices: 214 apps discovered.",
                    "9 apps sanctioned; 6 unsanctioned and blocked (personal file sharing, two free PDF converters).",
                    "Session policy for the EPOS supplier portal; OAuth app governance for 23 third-party apps.",
                ]
            )
        }
<h2>Handover</h2><p>Policies documented in the tenant wiki; Wharfedale IT owns app approvals from 1 April 2026.</p>
""",
        "Wharfedale – Security Close-out Note",
        PD_SEC.name,
        T(2026, 3, 30, 15, 0, 1),
        f"{cid}|note",
        right="Security Close-out Note",
    )
    m1 = Mail(
        PD_SEC,
        [cc],
        "Close-out note – Defender for Office 365 & Cloud Apps",
        T(2026, 4, 17, 16, 10, 1),
        "Hi Tom,\n\nClose-out note attached. Could you confirm Wharfedale accepts the work?\n\nThanks,\nImran\n\n"
        + g.footer_block(PD_SEC),
        attachments=[("Wharfedale_Security_Closeout.pdf", note)],
    )
    m2 = GMail(
        private,
        [PD_SEC],
        "Re: Close-out note – Defender for Office 365 & Cloud Apps",
        T(2026, 4, 20, 19, 42, 1),
        "Hi Imran,\n\nSorry – on my phone at the beer festival and work Outlook won't load. Happy to confirm we "
        "accept the Defender for Office and Cloud Apps work you've done for Wharfedale, all as per your close-out "
        "note.\n\nCheers,\nTom",
        quoted=m1,
        style="gmail",
        mailer="",
    )
    files = {
        "Wharfedale_Security_Closeout.pdf": note,
        "Re_ Close-out note – Defender for Office 365 & Cloud Apps.eml": eml_rx(m2, f"{cid}|rx", via="gmail"),
    }
    claim = cpor(
        cid,
        PENNINE,
        PD_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        T(2026, 5, 12, 10, 30, 1),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_wharfedale_acceptance_from_gmail",
        claim,
        files,
        "action_required",
        "The close-out note is detailed, but the only acceptance comes from a private Gmail address "
        "(tomhirst.wfd@gmail.com; Received chain through google.com, DKIM d=gmail.com), not from the customer's "
        "domain wharfedalebrewery.co.uk. The guide requires the customer domain to be correct whatever the format; "
        "the partner should get the acknowledgement from the customer's own mailbox.",
        "From: Tom Hirst <tomhirst.wfd@gmail.com> – 'Happy to confirm we accept the Defender for Office and Cloud "
        "Apps work'.",
        {
            "customer_domain": "fail",
            "customer_acknowledgement": ["fail", "warn"],
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Garonne Cloud (FR)
# --------------------------------------------------------------------------------------------------------------


def yousign_trail(doc_name: str, signer: Person, sender: Person, when: dt.datetime, seed: str) -> bytes:
    """Yousign's audit trail (dossier de preuve), appended by partners who download the signed file."""
    rid = f"{g.hexid('ys', seed, n=8).lower()}-{g.hexid('ys2', seed, n=4).lower()}"
    sent = when - dt.timedelta(hours=16, minutes=12)
    rows = [
        (f"{sent:%d/%m/%Y %H:%M:%S}", f"Demande de signature créée par / request created by {e(sender.name)}"),
        (f"{sent + dt.timedelta(minutes=1):%d/%m/%Y %H:%M:%S}", f"Envoyée à / sent to {e(signer.email)}"),
        (f"{when - dt.timedelta(minutes=6):%d/%m/%Y %H:%M:%S}", "Document consulté / document viewed"),
        (
            f"{when - dt.timedelta(minutes=2):%d/%m/%Y %H:%M:%S}",
            "Code OTP SMS validé / SMS OTP verified (+33 6 •• •• 41 12)",
        ),
        (
            f"{when:%d/%m/%Y %H:%M:%S}",
            f"Signé par / signed by {e(signer.name)} – IP 90.112.{g.rng_for('ip', seed).randint(2, 250)}.41",
        ),
        (f"{when + dt.timedelta(minutes=1):%d/%m/%Y %H:%M:%S}", "Demande terminée / request completed"),
    ]
    html = f"""
<h1 style="color:#6a1b9a">Dossier de preuve / Audit trail</h1>
{
        kv(
            [
                ("Demande / Request", rid),
                ("Document", e(doc_name)),
                ("Empreinte SHA-256 / hash", g.hexid("hash", seed, n=64).lower()),
                ("Signataire / Signer", f"{e(signer.name)} – {e(signer.email)}"),
                ("Fuseau / Time zone", "Europe/Paris"),
            ]
        )
    }
{grid(["Horodatage / Timestamp", "Événement / Event"], rows, [26, 74])}
<p class="small">Signature électronique avancée conforme au règlement eIDAS (UE) n° 910/2014.</p>
"""
    return g.html_pdf(html, meta("Audit trail", "Yousign", when, ("Yousign", "Yousign")), seed, style=css(size=8.5))


def s500_010_lestrille_bilingual_yousign() -> Bundle:
    cid = "5001010"
    cust = Org(
        "Vignobles Lestrille SAS",
        "Vignobles Lestrille",
        "vignobles-lestrille.fr",
        "FR",
        "33750 Saint-Germain-du-Puch",
        "Château Lestrille, 15 route de Créon",
        "#880e4f",
    )
    cc = cperson(cust, "Sophie Lacoste", "Directrice administrative et financière / CFO", "s.lacoste")
    html = f"""
<h1>Procès-verbal de recette / Acceptance Report</h1>
<p style="font-size:12pt">Microsoft 365 – Exchange Online &amp; Microsoft Teams</p>
{
        kv(
            [
                ("Client / Customer", e(cust.name)),
                ("Prestataire / Supplier", e(GARONNE.name)),
                ("Référence / Reference", "GC-PV-2026-017"),
                ("Recette / Acceptance test", "24/03/2026"),
            ]
        )
    }
<h2>Périmètre livré / Delivered scope</h2>
{
        grid(
            ["Charge de travail / Workload", "Travaux réalisés / Work performed"],
            [
                (
                    "Exchange Online",
                    "Migration de 48 boîtes aux lettres depuis l'Exchange hébergé chez OVH et de 6 boîtes partagées "
                    "(commandes export, caveau, négoce), le 14/03/2026 ; SPF, DKIM, DMARC.<br/><i>Migration of 48 "
                    "mailboxes from the OVH hosted Exchange and of 6 shared mailboxes (export orders, cellar door, "
                    "trade) on 14/03/2026; SPF, DKIM, DMARC.</i>",
                ),
                (
                    "Microsoft Teams",
                    "Équipes par site (chai, vignoble, bureaux, boutique), réunions de dégustation hybrides avec les "
                    "importateurs, 12 tablettes partagées au chai.<br/><i>Teams per site (winery, vineyard, offices, "
                    "shop), hybrid tasting meetings with importers, 12 shared tablets in the winery.</i>",
                ),
            ],
            [26, 74],
        )
    }
<h2>Réserves / Reservations</h2><p>Aucune. / None.</p>
<p>Le client prononce la recette des prestations ci-dessus réalisées par Garonne Cloud SAS.<br/><i>The customer
accepts the services above, performed by Garonne Cloud SAS.</i></p>
{
        fields(
            [
                ("Nom / Name", f"{e(cc.name)} – {e(cc.title)}", 16),
                ("Signature du client / Customer signature", "", 44),
            ],
            key_w=200,
        )
    }
"""
    pv = doc(
        GARONNE,
        html,
        "PV de recette Lestrille",
        GC_PM.name,
        T(2026, 3, 25, 16, 50, 1),
        f"{cid}|pv",
        right="Procès-verbal de recette · GC-PV-2026-017",
        footer=e(GARONNE.name + " · " + GARONNE.reg),
    )
    when = T(2026, 3, 26, 9, 14, 1)
    signed = g.esign(
        pv,
        cc,
        when,
        f"{cid}|ys",
        sig_anchor="Signature du client / Customer signature",
        sig_dx=210,
        sig_dy=6,
        vendor="yousign",
        certificate=False,
    )
    full = g.merge_pdfs(
        [signed, yousign_trail("PV_recette_Lestrille.pdf", cc, GC_PM, when, f"{cid}|trail")],
        meta("PV de recette Lestrille (signé)", "", when, ("Yousign", "Yousign")),
        f"{cid}|merged",
    )
    files = {"PV_recette_Lestrille_signe.pdf": full}
    claim = cpor(
        cid,
        GARONNE,
        GC_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 4, 20, 11, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_lestrille_bilingual_pv_yousign",
        claim,
        files,
        "approve",
        "A French acceptance report (procès-verbal de recette) in which every line has its full English text in "
        "italics – workloads, work performed (48 + 6 mailboxes migrated, teams per site, 12 shared tablets), "
        "reservations ('None') and the acceptance sentence. It is e-signed through Yousign by the customer's CFO on "
        "26/03/2026 with an SMS-OTP audit trail attached. Bilingual with complete English is reviewable.",
        "Yousign signature 'Sophie Lacoste (Mar 26, 2026 09:14 GMT+1)'; audit trail 'Signé par / signed by Sophie "
        "Lacoste'.",
        g.cpor_ok(),
    )


def s500_011_acso_mss_quarterly_review() -> Bundle:
    cid = "5001011"
    cust = Org(
        "Aérocomposites du Sud-Ouest SAS",
        "ACSO",
        "acso-aero.fr",
        "FR",
        "31700 Blagnac",
        "8 rue Marcel Doret",
        "#263238",
    )
    cc = cperson(cust, "Nathalie Bessière", "RSSI / CISO", "n.bessiere")
    deck = g.slides_pdf(
        GARONNE,
        [
            (
                "Revue trimestrielle SOC / Quarterly SOC Service Review – Q2 2026",
                "<p>Aérocomposites du Sud-Ouest (ACSO) · Blagnac · 14 July 2026</p><p>Garonne Cloud SOC, Bordeaux</p>",
            ),
            (
                "Service scope",
                ul(
                    [
                        "24/7 SOC: triage, investigation and response for Defender XDR (Defender for Endpoint on "
                        "1,150 endpoints and 64 servers, Defender for Office 365, Defender for Identity) and Defender "
                        "for Cloud (3 Azure subscriptions)",
                        "Microsoft Sentinel operated by Garonne: 21 data connectors, 132 analytics rules, 7 "
                        "automation playbooks",
                        "Monthly threat hunting · monthly posture review · weekly tuning and custom detections",
                    ]
                ),
            ),
            (
                "Q2 in numbers",
                grid(
                    ["Alerts", "Incidents", "True positives", "MTTA", "MTTR", "Major incidents"],
                    [("4,812", "311", "27", "6 min", "2 h 40", "0")],
                ),
            ),
            (
                "Notable incidents",
                ul(
                    [
                        "INC-2026-0412 – AiTM phishing against 3 engineers: sessions revoked 11 min after the alert",
                        "INC-2026-0488 – Impacket lateral movement from a pentester's laptop: confirmed with ACSO",
                        "INC-2026-0530 – crypto-miner on a test VM in Defender for Cloud: isolated, image rebuilt",
                    ]
                ),
            ),
            (
                "Hunting and tuning",
                ul(
                    [
                        "3 hunts: OAuth consent abuse, LNK loaders in e-mail, ESXi management access",
                        "14 analytics rules tuned; 6 custom detections (CAD licence server access out of hours, mass "
                        "download from the programme SharePoint)",
                    ]
                ),
            ),
            ("Posture", ul(["Secure Score 58% → 71%", "22 Defender for Cloud recommendations closed"])),
        ],
        meta("ACSO SOC QSR Q2 2026", GC_SOC.name, T(2026, 7, 13, 18, 0, 2), g.PPT),
        f"{cid}|deck",
        footer="Garonne Cloud · Revue trimestrielle SOC · ACSO · Diffusion restreinte",
    )
    m1 = Mail(
        GC_SOC,
        [cc],
        "Revue trimestrielle SOC Q2 / Q2 SOC service review",
        T(2026, 7, 15, 10, 2, 2),
        "Bonjour Nathalie,\n\nAs promised, the Q2 service review deck is attached. Could you confirm ACSO's approval "
        "of the Q2 review?\n\nBien cordialement,\nJulien\n\n" + g.footer_block(GC_SOC),
        attachments=[("ACSO_QSR_Q2_2026.pdf", deck)],
        lang="fr",
    )
    m2 = Mail(
        cc,
        [GC_SOC],
        "RE: Revue trimestrielle SOC Q2 / Q2 SOC service review",
        T(2026, 7, 16, 8, 51, 2),
        "Bonjour Julien,\n\nThank you for the Q2 review on Tuesday. ACSO confirms that Garonne Cloud runs our 24/7 "
        "SOC on Defender XDR, Defender for Cloud and Sentinel as presented, and we approve the Q2 service review. The "
        "response to the AiTM phishing in April was exemplary.\n\nCordialement,\n" + sig_lines(cc),
        quoted=m1,
        lang="fr",
    )
    files = {
        "ACSO_QSR_Q2_2026.pdf": deck,
        "RE_ Revue trimestrielle SOC Q2.msg": msg_rx(m2, f"{cid}|rx"),
    }
    claim = cpor(
        cid,
        GARONNE,
        GC_SOC,
        cust,
        cc,
        "managed_security_services",
        "Security",
        ["MANAGED SECURITY SERVICES"],
        T(2026, 8, 3, 9, 45, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_acso_managed_soc_quarterly_review",
        claim,
        files,
        "approve",
        "Managed security services: the quarterly service review shows every qualification of the guide – 24/7 triage "
        "and response in Defender XDR (MDE on 1,150 endpoints) and Defender for Cloud, Sentinel operated by the "
        "partner (21 connectors, 132 rules, 7 playbooks), hunting, posture assessment, tuning and custom detections – "
        "with real Q2 incidents. The customer's CISO confirms and approves it by e-mail from acso-aero.fr on 16 July "
        "2026 (English body, French greetings).",
        "Reply from n.bessiere@acso-aero.fr: 'ACSO confirms that Garonne Cloud runs our 24/7 SOC … we approve the Q2 "
        "service review.'",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Zuiderzee IT (NL)
# --------------------------------------------------------------------------------------------------------------


def s500_012_flevo_agri_received_thanks_only() -> Bundle:
    cid = "5001012"
    cust = Org(
        "Flevo Agri Logistics B.V.",
        "Flevo Agri",
        "flevoagri.nl",
        "NL",
        "8251 JB Dronten",
        "De Zwaan 12",
        "#558b2f",
    )
    cc = cperson(cust, "Marieke de Boer", "Manager Operations", "marieke.deboer")
    w = g.Word(accent="D35400")
    w.header(ZUIDERZEE, "Opleverrapport / Delivery report")
    w.h("Flevo Agri Logistics – Dynamics 365 Field Service", 0)
    w.p("Opleverrapport / Delivery report · 3 July 2026 · Joost van Dijk, Zuiderzee IT", italic=True)
    w.h("Scope", 1)
    w.bullets(
        [
            "Work orders, scheduling board and service agreements for 38 field technicians who service cold-storage "
            "and potato-storage ventilation systems at 140 customer sites in Flevoland and the Noordoostpolder.",
            "Field Service mobile app on 38 rugged phones, offline profile for sheds without coverage.",
            "Spare-parts inventory in 12 service vans and the Dronten warehouse; purchase orders for parts.",
            "IoT alerts from storage-shed climate controllers create work orders automatically (temperature, CO2).",
        ]
    )
    w.h("Go-live and hypercare", 1)
    w.table(
        [
            ["Milestone", "Date", "Result"],
            ["User acceptance test", "2 June 2026", "41 test cases passed"],
            ["Go-live", "15 June 2026", "All 38 technicians on the mobile app"],
            ["Hypercare end", "3 July 2026", "1,214 work orders completed in Field Service"],
        ]
    )
    w.h("Open items", 1)
    w.p("None. Two enhancement requests (customer portal, route optimisation) are for phase 2.")
    report = w.save(meta("Opleverrapport Flevo Agri", ZZ_BA.name, T(2026, 7, 3, 15, 0, 2)))
    m1 = Mail(
        ZZ_BA,
        [cc],
        "Opleverrapport Dynamics 365 Field Service",
        T(2026, 7, 6, 10, 0, 2),
        "Hoi Marieke,\n\nHierbij het opleverrapport / attached is the delivery report for Field Service. Could you "
        "confirm Flevo Agri's acceptance so we can close the project?\n\nGroet,\nJoost\n\n" + g.footer_block(ZZ_BA),
        attachments=[("Opleverrapport_Flevo_Agri_Field_Service.docx", report)],
        lang="nl",
    )
    m2 = Mail(
        cc,
        [ZZ_BA],
        "RE: Opleverrapport Dynamics 365 Field Service",
        T(2026, 7, 7, 7, 55, 2),
        "Hoi Joost,\n\nOntvangen, dank je wel! / Received, thanks. I'll forward it to our controller and we'll come "
        "back to you after the summer break.\n\nGroet,\nMarieke",
        quoted=m1,
        lang="nl",
    )
    files = {
        "Opleverrapport_Flevo_Agri_Field_Service.docx": report,
        "RE_ Opleverrapport Dynamics 365 Field Service.msg": msg_rx(m2, f"{cid}|rx"),
    }
    claim = cpor(
        cid,
        ZUIDERZEE,
        ZZ_BA,
        cust,
        cc,
        "usage",
        "Business Applications",
        ["DYNAMICS 365 FIELD SERVICE"],
        T(2026, 7, 28, 14, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_flevo_agri_reply_only_confirms_receipt",
        claim,
        files,
        "action_required",
        "The delivery report is specific (38 technicians, 140 sites, 1,214 work orders), and the partner asked for "
        "acceptance – but the customer's only reply says 'Ontvangen, dank je wel! / Received, thanks' and that it "
        "will be forwarded to the controller and answered after the summer. Confirming receipt is not accepting the "
        "work; no customer acknowledgement of the engagement is on file.",
        "Reply from marieke.deboer@flevoagri.nl: 'Ontvangen, dank je wel! / Received, thanks. I'll forward it to our "
        "controller'.",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s500_013_noordoostpolder_teams_rooms_photo() -> Bundle:
    cid = "5001013"
    cust = Org(
        "Gemeente Noordoostpolder",
        "Gemeente Noordoostpolder",
        "noordoostpolder.nl",
        "NL",
        "8302 AX Emmeloord",
        "Harmen Visserplein 1",
        "#1565c0",
    )
    cc = cperson(cust, "Erik Hoekstra", "Teamleider ICT", "e.hoekstra")
    parties = two_parties(cust, cc, ZUIDERZEE, ZZ_PM, roles=("Gemeente / Municipality", "Leverancier / Supplier"))
    html = f"""
<h1>Go-Live Certificate – Microsoft Teams Rooms</h1>
<p class="muted">Ingebruikname vergaderruimtes / Meeting rooms taken into use</p>
{
        kv(
            [
                ("Customer", e(cust.name) + ", " + e(cust.address)),
                ("Supplier", e(ZUIDERZEE.name)),
                ("Go-live", "9 February 2026"),
            ]
        )
    }
{
        grid(
            ["Room type", "Rooms", "Equipment and configuration"],
            [
                (
                    "Council chamber (raadzaal)",
                    "1",
                    "Teams Rooms on Windows, 3 PTZ cameras, ceiling microphones, hybrid council meetings with public "
                    "livestream",
                ),
                ("Meeting rooms", "8", "Logitech Rally Bar + Tap; Teams Rooms Pro Management"),
                ("Focus rooms", "14", "Yealink MeetingBar A20; booking through Outlook room lists"),
            ],
            [24, 10, 66],
        )
    }
<p>Resource accounts, booking policies (max. 4 hours, no recurring bookings for the council chamber) and Teams Rooms
Pro Management alerts to the ICT team are in place. 23 rooms in total.</p>
""" + g.signoff("columns", parties, heading="Akkoord / Agreed")
    pdf = doc(
        ZUIDERZEE,
        html,
        "Go-Live Certificate Teams Rooms Noordoostpolder",
        ZZ_PM.name,
        T(2026, 2, 10, 14, 0, 1),
        f"{cid}|cert",
        right="Go-Live Certificate",
    )
    photo = page_photo(
        pdf,
        col_inks(parties, "11-02-2026"),
        cid,
        T(2026, 2, 11, 15, 32, 1),
        model=("samsung", "SM-S918B"),
    )
    files = {"20260211_153214.jpg": photo}
    claim = cpor(
        cid,
        ZUIDERZEE,
        ZZ_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["TEAMS ROOMS"],
        T(2026, 3, 2, 9, 0, 1),
        [("20260211_153214.jpg", "poe")],
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_noordoostpolder_teams_rooms_phone_photo",
        claim,
        files,
        "approve",
        "A Dutch municipality (public sector), Teams Rooms usage. The go-live certificate for 23 rooms (council "
        "chamber, 8 meeting rooms, 14 focus rooms) was signed by hand by the municipality's ICT team lead on "
        "11-02-2026 and photographed with a phone (JPEG with camera EXIF). The public-sector fee disclosure is "
        "required only for customers in the US and Puerto Rico, so none is needed for a Dutch municipality.",
        "Photo: certificate signed by Erik Hoekstra, 'Gemeente / Municipality' column, date 11-02-2026.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Nordlicht IT-Services (DE)
# --------------------------------------------------------------------------------------------------------------


def s500_014_hkk_purview_pades_signed() -> Bundle:
    cid = "5001014"
    cust = Org(
        "Hanseatische Kühlhaus GmbH & Co. KG",
        "HKK",
        "hkk-hamburg.de",
        "DE",
        "21129 Hamburg",
        "Am Altenwerder Kirchtal 8",
        "#37474f",
    )
    cc = cperson(cust, "Dr. Birte Claussen", "Leiterin Informationssicherheit / CISO", "b.claussen")
    html = f"""
<h1>Abnahmeprotokoll / Acceptance Certificate</h1>
<p style="font-size:12pt">Microsoft Purview Information Protection &amp; Insider Risk Management</p>
{
        kv(
            [
                ("Auftraggeber / Customer", e(cust.name) + ", " + e(cust.address)),
                ("Auftragnehmer / Contractor", e(NORDLICHT.name)),
                ("Projekt / Project", "NL-2026-044 Datenklassifizierung / data classification"),
                ("Zeitraum / Period", "04.05.2026 – 28.08.2026"),
            ]
        )
    }
<h2>Leistungen / Deliverables</h2>
{
        grid(
            ["Workload", "Umgesetzt / Implemented"],
            [
                (
                    "Information Protection",
                    "Vier Vertraulichkeitsbezeichnungen für 520 Benutzer veröffentlicht; automatische Kennzeichnung "
                    "von Kundenverträgen und Zollunterlagen (ATLAS); DLP-Richtlinien für Exchange, SharePoint und "
                    "Teams (IBAN, Kreditkarten, EORI-Nummern); Verschlüsselung für 3 Schlüsselkunden.<br/><i>Four "
                    "sensitivity labels published to 520 users; auto-labelling of customer contracts and customs "
                    "documents (ATLAS); DLP policies for Exchange, SharePoint and Teams (IBAN, credit cards, EORI "
                    "numbers); label-based encryption for 3 key accounts.</i>",
                ),
                (
                    "Insider Risk Management",
                    "Richtlinie „Datendiebstahl durch ausscheidende Mitarbeitende“ mit HR-Connector (SAP "
                    "SuccessFactors); Richtlinie „Datenabfluss“ für den Vertrieb (42 Benutzer); 6 Fälle im Pilot "
                    "bearbeitet.<br/><i>Policy 'data theft by departing users' with the HR connector (SAP "
                    "SuccessFactors); 'data leaks' policy for the 42-person sales team; 6 cases triaged in the "
                    "pilot.</i>",
                ),
            ],
            [24, 76],
        )
    }
<p>Der Auftraggeber nimmt die oben genannten Leistungen ab. / The customer accepts the deliverables above.</p>
{
        fields(
            [("Name / Name", f"{e(cc.name)}, {e(cc.title)}", 16), ("Unterschrift Kunde / Customer signature", "", 56)],
            key_w=200,
        )
    }
"""
    pdf = doc(
        NORDLICHT,
        html,
        "Abnahmeprotokoll HKK NL-2026-044",
        NL_SEC.name,
        T(2026, 9, 7, 16, 0, 2),
        f"{cid}|abn",
        right="Abnahmeprotokoll · NL-2026-044",
        footer=e(NORDLICHT.name + " · " + NORDLICHT.reg),
    )
    signed = g.digisign(
        pdf,
        cc,
        T(2026, 9, 8, 10, 22, 2),
        f"{cid}|pades",
        ca_name="Hanse Trust Qualified CA 2024",
        anchor="Unterschrift Kunde / Customer signature",
        dx=212,
        dy=6,
        width=220,
        height=44,
        reason="Abnahme / Acceptance",
        location="Hamburg",
    )
    files = {"Abnahmeprotokoll_HKK_NL-2026-044_signiert.pdf": signed}
    claim = cpor(
        cid,
        NORDLICHT,
        NL_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["MICROSOFT INFORMATION PROTECTION", "INSIDER RISK MANAGER"],
        T(2026, 9, 30, 15, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_hkk_purview_acceptance_digitally_signed",
        claim,
        files,
        "approve",
        "A German/English acceptance certificate, every German sentence followed by its English text, digitally "
        "signed (PAdES, the CISO's own certificate, signature intact over the whole file) on 8 Sep 2026. It covers "
        "both claimed workloads with numbers: sensitivity labels for 520 users, auto-labelling and DLP; Insider Risk "
        "policies with the HR connector and 6 pilot cases. The signer's certificate is from a CA outside the usual "
        "trust lists (as test certificates are); the signature itself validates.",
        "PAdES signature field 'Signature_DrBirteClaussen', signed 2026-09-08, reason 'Abnahme / Acceptance'.",
        g.cpor_ok(),
    )


def s500_015_holsten_presales_after_purchase() -> Bundle:
    cid = "5001015"
    cust = Org(
        "Holsten Maschinenbau GmbH",
        "Holsten Maschinenbau",
        "holsten-maschinenbau.de",
        "DE",
        "24534 Neumünster",
        "Rendsburger Straße 112",
        "#455a64",
    )
    cc = cperson(cust, "Thomas Reimers", "Leiter IT / Head of IT", "t.reimers")
    gf = cperson(cust, "Claudia Holsten", "Geschäftsführerin", "c.holsten")
    summary = doc(
        NORDLICHT,
        f"""
<h1>Fit-Gap-Workshop Business Central – Summary</h1>
{
            kv(
                [
                    ("Customer", e(cust.name)),
                    ("Workshop", "09.03.2026, Neumünster, 9:00–16:00"),
                    (
                        "Participants",
                        "Holsten: T. Reimers, production planning (2), finance (2), service (1); Nordlicht: S. Möller",
                    ),
                    (
                        "Licences",
                        "Business Central Premium, 35 users – ordered by Holsten via its CSP provider on 27.02.2026",
                    ),
                ]
            )
        }
<h2>Processes reviewed</h2>
{
            grid(
                ["Area", "Today", "In Business Central"],
                [
                    ("Production", "Paper job cards for 3 machine lines", "Production orders, routings, capacity"),
                    ("Items", "1,800 items and BOMs in Excel", "Items, production BOMs with versions"),
                    ("Service", "260 installed machines tracked in Access", "Service items, contracts, service orders"),
                    ("Finance", "DATEV export from the old ERP", "Finance with DATEV interface"),
                ],
                [18, 38, 44],
            )
        }
<h2>Gaps</h2>{
            ul(
                [
                    "Machine configuration (options per order): extension needed",
                    "Service technician app: evaluate Field Service or a Power App",
                ]
            )
        }
<h2>Next steps</h2><p>Nordlicht to send an implementation proposal by 20.03.2026.</p>
""",
        "Fit-Gap Workshop Holsten – Summary",
        NL_BA.name,
        T(2026, 3, 10, 17, 0, 1),
        f"{cid}|sum",
        right="Fit-Gap Workshop · Summary",
    )
    m1 = Mail(
        NL_BA,
        [cc],
        "Fit-Gap-Workshop Business Central – Zusammenfassung / summary",
        T(2026, 3, 11, 9, 15, 1),
        "Hallo Herr Reimers,\n\nanbei die Zusammenfassung / attached is the summary of Monday's fit-gap workshop. "
        "The implementation proposal follows next week.\n\nViele Grüße\nSvenja Möller\n\n" + g.footer_block(NL_BA),
        cc=[gf],
        attachments=[("Fit-Gap_Workshop_Holsten_Summary.pdf", summary)],
        lang="de",
    )
    ooo = Mail(
        gf,
        [NL_BA],
        "Automatische Antwort: Fit-Gap-Workshop Business Central – Zusammenfassung / summary",
        T(2026, 3, 11, 9, 15, 1),
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 23.03.2026 nicht im Büro und habe nur "
        "eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
        "t.reimers@holsten-maschinenbau.de.\n\nClaudia Holsten\nGeschäftsführerin",
        quoted=m1,
        auto_reply=True,
        lang="de",
    )
    m3 = Mail(
        cc,
        [NL_BA],
        "AW: Fit-Gap-Workshop Business Central – Zusammenfassung / summary",
        T(2026, 3, 12, 8, 40, 1),
        "Hallo Frau Möller,\n\nthanks for the workshop on Monday – it was the first time we went through our "
        "production processes with a partner since we bought Business Central in February. The summary is correct. "
        "Please send the implementation proposal.\n\nViele Grüße\n" + sig_lines(cc),
        quoted=m1,
        lang="de",
    )
    files = {
        "Fit-Gap_Workshop_Holsten_Summary.pdf": summary,
        "AW_ Fit-Gap-Workshop Business Central.msg": msg_rx(m3, f"{cid}|rx3"),
        "Automatische Antwort_ Fit-Gap-Workshop Business Central.msg": msg_rx(ooo, f"{cid}|rx2"),
    }
    claim = cpor(
        cid,
        NORDLICHT,
        NL_BA,
        cust,
        cc,
        "pre_sales",
        "Business Applications",
        ["DYNAMICS 365 BUSINESS CENTRAL PREMIUM"],
        T(2026, 4, 7, 11, 0, 2),
        [(p, "poe") for p in files],
        transaction=D(2026, 2, 27),
    )
    return Bundle(
        f"{cid}_holsten_presales_proof_after_purchase",
        claim,
        files,
        "action_required",
        "Pre-sales claim for Business Central with the transaction on 27 Feb 2026. Every piece of engagement proof is "
        "later: the fit-gap workshop was on 9 March, its summary dated 10 March says the licences were already "
        "ordered on 27.02.2026, and the customer's e-mail of 12 March says the workshop was the first time since 'we "
        "bought Business Central in February'. The other mail is the managing director's German out-of-office reply, "
        "which acknowledges nothing. Pre-sales POE must show engagement before the transaction, and no upsell is "
        "claimed.",
        "Summary: 'ordered by Holsten via its CSP provider on 27.02.2026'; customer e-mail: 'since we bought Business "
        "Central in February'.",
        {"acknowledgement_date": "fail", "customer_domain": "pass", "reused_evidence": "pass"},
    )


def s500_062_luneburger_heide_signed_report_plus_po() -> Bundle:
    cid = "5001062"
    cust = Org(
        "Lüneburger Heide Logistik GmbH",
        "LHL",
        "lhl-logistik.de",
        "DE",
        "21339 Lüneburg",
        "Bülows Kamp 24",
        "#6d4c41",
    )
    cc = cperson(cust, "Kai Brockmann", "IT-Leiter / Head of IT", "k.brockmann")
    buyer = cperson(cust, "Sabine Otte", "Einkauf / Purchasing", "s.otte")
    parties = two_parties(cust, cc, NORDLICHT, NL_PM, roles=("Auftraggeber / Customer", "Auftragnehmer / Contractor"))
    labels = ("Name", "Funktion / Title", "Unterschrift / Signature", "Datum / Date")
    report = doc(
        NORDLICHT,
        [
            f"""
<h1>Projektabschlussbericht / Project Closure Report</h1>
<p style="font-size:12pt">Microsoft Teams &amp; SharePoint Online – {e(cust.name)}</p>
{
                kv(
                    [
                        ("Projekt / Project", "NL-2026-061"),
                        ("Zeitraum / Period", "02.03.2026 – 30.04.2026"),
                        ("Projektleiter / Project lead", e(NL_PM.name)),
                    ]
                )
            }
<h2>Ergebnisse / Results</h2>
{
                grid(
                    ["Workload", "Ergebnis / Result"],
                    [
                        (
                            "Teams",
                            "Teams für 4 Umschlaglager und 180 Disponenten und Fahrer; Schichtkanäle; 30 geteilte "
                            "Tablets an den Rampen.<br/><i>Teams for 4 cross-docking warehouses and 180 dispatchers "
                            "and drivers; shift channels; 30 shared tablets at the loading docks.</i>",
                        ),
                        (
                            "SharePoint Online",
                            "Migration von 900 GB Fileserver-Daten in 22 Sites; Lieferschein-Archiv mit 10 Jahren "
                            "Aufbewahrung.<br/><i>Migration of 900 GB of file-server data into 22 sites; "
                            "delivery-note archive with 10-year retention.</i>",
                        ),
                    ],
                    [22, 78],
                )
            }
""",
            g.signoff(
                "columns",
                parties,
                heading="Abnahme / Acceptance",
                statement="Der Auftraggeber bestätigt den Abschluss des Projekts. / The customer confirms "
                "completion of the project.",
                labels=labels,
                company_label="Firma / Company",
            ),
        ],
        "Projektabschlussbericht LHL",
        NL_PM.name,
        T(2026, 5, 4, 14, 0, 2),
        f"{cid}|rep",
        right="Projektabschlussbericht · NL-2026-061",
    )
    signed = scan(
        report,
        col_inks(parties, "06.05.2026", labels=labels),
        f"{cid}|scan",
        T(2026, 5, 6, 16, 30, 2),
        dpi=150,
        skew=0.7,
    )
    po = g.html_pdf(
        f"""
<table><tr><td style="border:none;width:280pt"><h1 style="color:#6d4c41">{e(cust.name)}</h1>{e(cust.address)}</td>
<td style="border:none;width:180pt;text-align:right"><b>BESTELLUNG / PURCHASE ORDER</b><br/>Nr. 4500088213<br/>
16.02.2026</td></tr></table>
{kv([("Lieferant / Supplier", e(NORDLICHT.name)), ("Angebot / Quote", "NL-ANG-2026-019 vom 09.02.2026")])}
{
            grid(
                ["Pos.", "Beschreibung / Description", "Menge", "Betrag / Amount"],
                [
                    (
                        "1",
                        "Einführung Microsoft Teams und SharePoint Online (Festpreis) / Teams and SharePoint rollout "
                        "(fixed price)",
                        "1",
                        "EUR 38.400,00",
                    )
                ],
                [8, 62, 10, 20],
            )
        }
<p>Zahlungsziel 30 Tage netto. / Payment terms 30 days net.</p>
""",
        meta("Bestellung 4500088213", buyer.name, T(2026, 2, 16, 10, 0, 1), g.WORD2019),
        f"{cid}|po",
    )
    files = {
        "Projektabschlussbericht_LHL_unterschrieben.pdf": signed,
        "Bestellung_4500088213.pdf": po,
    }
    claim = cpor(
        cid,
        NORDLICHT,
        NL_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 5, 27, 10, 0, 2),
        [("Projektabschlussbericht_LHL_unterschrieben.pdf", "poe"), ("Bestellung_4500088213.pdf", "supporting")],
    )
    return Bundle(
        f"{cid}_luneburger_heide_signed_report_plus_purchase_order",
        claim,
        files,
        "approve",
        "Next to the purchase order for the rollout (which on its own would never count as POE) the partner uploaded "
        "the real evidence: a bilingual German/English closure report (4 warehouses, 180 users, 30 dock tablets; 900 "
        "GB into 22 SharePoint sites) printed, signed by the customer's head of IT on 06.05.2026 and scanned. The "
        "unacceptable document does not take anything away from the valid one.",
        "Scanned closure report, 'Auftraggeber / Customer' column signed by Kai Brockmann, 06.05.2026; PO 4500088213 "
        "as supporting.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Dolomiti Cloud (IT)
# --------------------------------------------------------------------------------------------------------------


def s500_016_val_di_cembra_invoice_claim_id_typo() -> Bundle:
    cid = "5001016"
    cust = Org(
        "Cantine Val di Cembra S.c.a.",
        "Cantine Val di Cembra",
        "cantinevaldicembra.it",
        "IT",
        "38034 Cembra Lisignago (TN)",
        "Via IV Novembre 72",
        "#6a1b9a",
    )
    cc = cperson(cust, "Stefano Nardin", "Responsabile IT", "s.nardin")
    eng = g.engagement("SEC-PRIVACY-WS-VAR", "Sales-Mitigate Privacy Risks Workshop", "standard", "variable", 2400.0)
    consent, submitted = D(2026, 4, 13), T(2026, 6, 15, 11, 0, 2)
    report = workshop_report(
        DOLOMITI,
        "Mitigate Privacy Risks Workshop – Findings / Risultati",
        [
            ("Customer", cust.name),
            ("Workshop", "6 May 2026, Cembra – cooperative offices"),
            ("Participants", "9 – management, member services, HR, e-commerce, IT"),
            ("MCI claim", cid),
        ],
        [
            (
                "Personal data in scope",
                ul(
                    [
                        "Records of 320 member growers (land registry parcels, bank details, harvest deliveries).",
                        "Payroll and documents of 140 seasonal harvest workers.",
                        "Customer data of 2 e-commerce shops (about 11,000 buyers in Italy, Germany and Austria).",
                    ]
                ),
            ),
            (
                "Findings",
                ul(
                    [
                        "Compliance Manager GDPR assessment: 41% at the start of the workshop.",
                        "Seasonal workers' ID documents shared by e-mail and stored in 3 personal OneDrives.",
                        "No retention rules for e-commerce orders older than 10 years.",
                    ]
                ),
            ),
            (
                "Recommendations",
                grid(
                    ["Action", "When"],
                    [
                        ("Sensitivity labels and DLP for member and worker data", "July 2026"),
                        ("Retention policies for orders and payroll", "September 2026"),
                        ("Subject rights request process for the e-commerce shops", "Q4 2026"),
                    ],
                    [70, 30],
                ),
            ),
        ],
        T(2026, 5, 8, 16, 0, 2),
        DC_SEC.name,
        f"{cid}|rep",
    )
    invoice = g.invoice_pdf(
        DOLOMITI,
        "DC-2026/0131",
        D(2026, 6, 11),
        [(f"MCI Engagement Claim ID 5001106 – {eng['name']}\nCustomer: {cust.name}", 2400.0)],
        f"{cid}|inv",
        date_style="gb",
        labels={"inv": "Fattura n. / Invoice no.", "date": "Data / Date", "due": "Scadenza / Due"},
        bank="Cassa Rurale Val di Fiemme · conto in USD",
    )
    files, claim = pa_claim(
        cid,
        DOLOMITI,
        DC_SEC,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Privacy_Risks_Workshop_Val_di_Cembra.pdf": report},
        amount=2400.0,
        inv_no="DC-2026_0131",
        inv_day=D(2026, 6, 11),
        activities="Privacy risks workshop with GDPR assessment of member, worker and e-commerce data",
        outcome="Labels, DLP and retention roadmap agreed",
        participants="9",
        invoice_pdf_bytes=invoice,
    )
    return Bundle(
        f"{cid}_val_di_cembra_invoice_with_wrong_claim_id",
        claim,
        files,
        "action_required",
        "A clean variable-payout workshop claim (specific findings report, surveys signed, "
        f"{days(consent, submitted)} days after consent) whose invoice quotes the wrong claim: 'MCI Engagement Claim "
        "ID 5001106' – the digits of 5001016 transposed. The amount (USD 2,400 = proposed payout) and the partner "
        "name are right, but the invoice must carry this claim's ID; the partner must upload a corrected invoice.",
        "Invoice DC-2026/0131 line: 'MCI Engagement Claim ID 5001106 – Sales-Mitigate Privacy Risks Workshop'.",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s500_017_funivie_bondone_rotated_verbale() -> Bundle:
    cid = "5001017"
    cust = Org(
        "Funivie Monte Bondone S.p.A.",
        "Funivie Bondone",
        "funiviebondone.it",
        "IT",
        "38123 Trento (TN)",
        "Strada di Vaneze 1",
        "#00838f",
    )
    cc = cperson(cust, "Chiara Tomasi", "Responsabile Sistemi Informativi / Head of IS", "c.tomasi")
    parties = two_parties(cust, cc, DOLOMITI, DC_PM, roles=("Committente / Customer", "Fornitore / Supplier"))
    labels = ("Nome / Name", "Ruolo / Title", "Firma / Signature", "Data / Date")
    html = f"""
<h1>Verbale di collaudo / Acceptance Record</h1>
<p style="font-size:12pt">Intranet „Bondone Insieme“ – SharePoint Online &amp; Viva Engage</p>
{
        kv(
            [
                ("Committente / Customer", e(cust.name)),
                ("Fornitore / Supplier", e(DOLOMITI.name)),
                ("Collaudo / Acceptance test", "29/09/2026 – 02/10/2026"),
            ]
        )
    }
{
        grid(
            ["Componente / Component", "Descrizione / Description"],
            [
                (
                    "SharePoint Online",
                    "Hub „Bondone Insieme“ con 12 siti (impianti, scuola sci, soccorso piste, ospitalità); procedure "
                    "di sicurezza degli impianti con revisione annuale.<br/><i>Hub 'Bondone Insieme' with 12 sites "
                    "(lifts, ski school, slope rescue, hospitality); lift safety procedures with annual review.</i>",
                ),
                (
                    "Viva Engage",
                    "Community per i 210 stagionali (addetti impianti, maestri di sci) con annunci della direzione e "
                    "storyline; accesso da 6 cabine impianti con dispositivi condivisi.<br/><i>Communities for the "
                    "210 seasonal staff (lift attendants, ski instructors) with management announcements and "
                    "storyline; access from 6 lift huts on shared devices.</i>",
                ),
                ("Formazione / Training", "3 sessioni / 3 sessions (redazione, moderatori, capi impianto)"),
            ],
            [24, 76],
        )
    }
<p>Il collaudo ha dato esito positivo. / The acceptance test was passed.</p>
""" + g.signoff("columns", parties, heading="Firme / Signatures", labels=labels, company_label="Società / Company")
    pdf = doc(
        DOLOMITI,
        html,
        "Verbale di collaudo Bondone Insieme",
        DC_PM.name,
        T(2026, 10, 2, 17, 0, 2),
        f"{cid}|verb",
        right="Verbale di collaudo",
    )
    inks = [
        *col_inks(parties, "05/10/2026", labels=labels),
        Ink(cc.name, "stamp", dx=4, dy=64, h=28, lines=("FUNIVIE MONTE BONDONE", "S.p.A. · TRENTO")),
    ]
    scanned = scan(pdf, inks, f"{cid}|scan", T(2026, 10, 5, 12, 10, 2), dpi=150, skew=0.4, rotate=90)
    files = {"Verbale_collaudo_Bondone_Insieme_firmato.pdf": scanned}
    claim = cpor(
        cid,
        DOLOMITI,
        DC_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["VIVA ENGAGE", "SHAREPOINT ONLINE"],
        T(2026, 10, 26, 9, 30, 1),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_funivie_bondone_verbale_scanned_sideways",
        claim,
        files,
        "approve",
        "An Italian/English acceptance record (every line in both languages) for an intranet on SharePoint Online "
        "(hub + 12 sites) and Viva Engage communities for 210 seasonal staff, signed by hand and company-stamped by "
        "the customer's head of information systems on 05/10/2026 (5 October, Italian day-first; either reading is "
        "within 12 months of the 26 Oct 2026 submission) and scanned sideways (page rotated 90°).",
        "Scanned page (rotated): 'Committente / Customer' column signed by Chiara Tomasi, stamp 'FUNIVIE MONTE "
        "BONDONE · S.p.A. TRENTO', 05/10/2026.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Alhambra Sistemas and Levante Cloud (ES): AMMP, and a conflicting pair on the same customer and workload
# --------------------------------------------------------------------------------------------------------------


def s500_018_alpujarra_ammp_market_b() -> Bundle:
    cid = "5001018"
    cust = Org(
        "Grupo Alpujarra Turismo S.L.",
        "Alpujarra Turismo",
        "alpujarraturismo.es",
        "ES",
        "18400 Órgiva (Granada)",
        "Avenida González Robles 21",
        "#ef6c00",
    )
    cc = cperson(cust, "Antonio Jiménez", "Director de Sistemas / IT Director", "antonio.jimenez")
    consent, submitted = D(2026, 2, 16), T(2026, 5, 28, 12, 0, 2)
    files, claim = g.ammp_claim(
        cid,
        "alpujarra",
        ALHAMBRA,
        AS_ARCH,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Rural lodging booking engine (PHP, MySQL)",
        arr="USD 41,000 per year",
        dates=["02/03/2026", "27/03/2026", "08/05/2026", "22/05/2026"],
        amount=12000.0,
        inv_no="AS-FV-2026-0077",
        date_style="gb",
        sign_when=T(2026, 5, 25, 13, 0, 2),
        date_text="25/05/2026",
        invoice_kw={"date_style": "gb_long", "bank": "CaixaBank · cuenta en USD"},
    )
    return Bundle(
        f"{cid}_alpujarra_ammp_spain_market_b",
        claim,
        files,
        "approve",
        "AMMP (Small) claim from a Spanish partner: Spain is a Market B country, so USD 12,000 is the right rate, and "
        "the invoice shows it with the claim ID and the partner's name. The programme template is signed by the "
        "customer's IT director (25/05/2026), both surveys are signed with name, company and title, and the claim "
        f"came {days(consent, submitted)} days after consent (xs/small: 120). The activity list is the programme's own "
        "wording (boilerplate).",
        "Invoice AS-FV-2026-0077: USD 12,000.00 for claim 5001018; partner.country ES (Market B).",
        g.pa_ok(),
    )


GENIL = Org(
    "Autocares Genil S.A.",
    "Autocares Genil",
    "autocaresgenil.es",
    "ES",
    "18015 Granada",
    "Carretera de Jaén 118",
    "#1976d2",
)


def s500_019_genil_conflict_old_sow_only() -> Bundle:
    cid = "5001019"
    cc = cperson(GENIL, "Francisco Ruiz", "Responsable de Sistemas", "francisco.ruiz")
    parties = two_parties(GENIL, cc, ALHAMBRA, AS_PM, roles=("Cliente / Customer", "Proveedor / Supplier"))
    labels = ("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date")
    html = f"""
<h1>Propuesta de servicios / Statement of Work</h1>
<p style="font-size:12pt">Despliegue de Microsoft Intune / Microsoft Intune deployment</p>
{
        kv(
            [
                ("Cliente / Customer", e(GENIL.name)),
                ("Proveedor / Supplier", e(ALHAMBRA.name)),
                ("Referencia / Reference", "AS-SOW-2025-004"),
                ("Fecha / Date", "20/01/2025"),
            ]
        )
    }
<h2>Alcance / Scope</h2>
{
        ul(
            [
                "Inscripción de 260 tabletas embarcadas en autocares y 120 portátiles de oficina. / Enrollment of 260 "
                "on-board coach tablets and 120 office laptops.",
                "Directivas de cumplimiento y modo quiosco para la app de venta de billetes. / Compliance policies "
                "and kiosk mode for the ticketing app.",
                "Formación del equipo de sistemas (2 sesiones). / Training for the IT team (2 sessions).",
            ]
        )
    }
<h2>Calendario / Schedule</h2>
{
        grid(
            ["Fase / Phase", "Fechas / Dates"],
            [
                ("Diseño / Design", "03/02/2025 – 14/02/2025"),
                ("Piloto / Pilot", "17/02/2025 – 07/03/2025"),
                ("Despliegue / Rollout", "10/03/2025 – 11/04/2025"),
            ],
            [40, 60],
        )
    }
""" + g.signoff("columns", parties, heading="Aceptación / Acceptance", labels=labels, company_label="Empresa / Company")
    pdf = doc(
        ALHAMBRA,
        html,
        "SOW Autocares Genil Intune",
        AS_PM.name,
        T(2025, 1, 20, 12, 0, 1),
        f"{cid}|sow",
        right="Statement of Work · AS-SOW-2025-004",
    )
    signed = scan(pdf, col_inks(parties, "22/01/2025", labels=labels), f"{cid}|scan", T(2025, 1, 22, 17, 0, 1))
    files = {"SOW_AS-SOW-2025-004_Autocares_Genil_firmado.pdf": signed}
    claim = cpor(
        cid,
        ALHAMBRA,
        AS_PM,
        GENIL,
        cc,
        "usage",
        "Security",
        ["INTUNE"],
        T(2026, 5, 6, 10, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_autocares_genil_conflict_old_sow_only",
        claim,
        files,
        "action_required",
        "Conflicting claim with 5001020 (same customer tenant, same workload INTUNE, another partner). This partner's "
        "only POE is a statement of work signed by the customer on 22/01/2025 for a rollout planned to end in April "
        f"2025 – {months(D(2025, 1, 22), D(2026, 5, 6))} months before this submission (6 May 2026). A usage "
        "acknowledgement older than 12 months needs a recent POE or customer confirmation of active engagement, and "
        "in a conflict the partner is given 14 days to provide up-to-date POE. On the evidence in the queue the other "
        "partner (5001020) drives the workload today.",
        "Only document: SOW 'AS-SOW-2025-004', signed by Francisco Ruiz '22/01/2025'.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s500_020_genil_conflict_current_managed_service() -> Bundle:
    cid = "5001020"
    cc = cperson(GENIL, "Lucía Márquez", "Directora de Tecnología / CIO", "lucia.marquez")
    html = f"""
<h1>Acta de servicio gestionado / Managed Service Acceptance</h1>
<p style="font-size:12pt">Microsoft Intune – servicio gestionado / managed service</p>
{
        kv(
            [
                ("Cliente / Customer", e(GENIL.name)),
                ("Proveedor / Provider", e(LEVANTE.name)),
                ("Contrato / Contract", "LC-MS-2026-004 (desde / since 01/01/2026)"),
            ]
        )
    }
<h2>Servicio prestado / Service provided</h2>
{
        grid(
            ["Elemento / Item", "Detalle / Detail"],
            [
                (
                    "Dispositivos / Devices",
                    "380: 260 tabletas embarcadas, 120 portátiles / 260 on-board tablets, 120 laptops",
                ),
                (
                    "Directivas / Policies",
                    "14 directivas de cumplimiento, modo quiosco de la app de billetes / 14 compliance policies, "
                    "ticketing app kiosk mode",
                ),
                (
                    "Actualizaciones / Updates",
                    "Anillos mensuales de parches, informe de cumplimiento / monthly patch rings, compliance report",
                ),
                ("Autopilot", "40 portátiles de reemplazo en marzo de 2026 / 40 replacement laptops in March 2026"),
            ],
            [28, 72],
        )
    }
<p>El cliente confirma que Levante Cloud Partners gestiona su entorno de Microsoft Intune en los términos
anteriores.<br/><i>The customer confirms that Levante Cloud Partners manages its Microsoft Intune environment on the
terms above.</i></p>
{fields([("Firma / Signature", "", 48), ("Nombre / Name", f"{e(cc.name)}, {e(cc.title)}", 16)], key_w=150)}
"""
    pdf = doc(
        LEVANTE,
        html,
        "Acta servicio gestionado Autocares Genil",
        LC_SDM.name,
        T(2026, 4, 8, 18, 0, 2),
        f"{cid}|acta",
        right="Acta de servicio gestionado",
    )
    signed = g.esign(
        pdf,
        cc,
        T(2026, 4, 9, 9, 31, 2),
        f"{cid}|ds",
        sig_anchor="Firma / Signature",
        sig_dx=160,
        sig_dy=10,
        vendor="docusign",
        sender=LC_SDM,
        ip="88.27.144.19",
    )
    m = Mail(
        cc,
        [LC_SDM],
        "Para que conste / for the record – Intune",
        T(2026, 4, 10, 12, 5, 2),
        "Vicente,\n\nPara que conste / for the record: the Intune rollout Alhambra Sistemas did for us ended in April "
        "2025 and their contract was not renewed. Since 1 January 2026 Levante Cloud manages our Intune environment "
        "under contract LC-MS-2026-004 – all 380 devices, the kiosk profile for the ticketing app and the patch "
        "rings.\n\nUn saludo,\n" + sig_lines(cc),
        lang="es",
    )
    files = {
        "Acta_servicio_gestionado_Intune_Autocares_Genil (DocuSign).pdf": signed,
        "Para que conste – Intune.msg": msg_rx(m, f"{cid}|rx"),
    }
    claim = cpor(
        cid,
        LEVANTE,
        LC_SDM,
        GENIL,
        cc,
        "usage",
        "Security",
        ["INTUNE"],
        T(2026, 4, 28, 16, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_autocares_genil_conflict_current_managed_service",
        claim,
        files,
        "approve",
        "Conflicting claim with 5001019 (same customer, same INTUNE workload, another partner). This partner's POE is "
        "current and detailed: a bilingual managed-service acceptance e-signed through DocuSign by the customer's CIO "
        "on 9 Apr 2026 (380 devices, 14 policies, Autopilot for 40 laptops in March 2026), and her e-mail from "
        "autocaresgenil.es stating that the other partner's rollout ended in April 2025 and that Levante has managed "
        "Intune since 1 Jan 2026. Judged on which partner drives the workload, this one wins the conflict. UNSURE: a "
        "reviewer may hold the final decision until the other partner's 14-day window for up-to-date POE closes.",
        "DocuSign acta signed by Lucía Márquez 2026-04-09; e-mail: 'Since 1 January 2026 Levante Cloud manages our "
        "Intune environment'.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Bursztyn IT (PL): one acceptance protocol template (bilingual; an older Polish-only version), four customers
# --------------------------------------------------------------------------------------------------------------


def s500_021_zulawy_agro_protocol_stamped() -> Bundle:
    cid = "5001021"
    cust = Org(
        "Żuławy Agro Sp. z o.o.",
        "Żuławy Agro",
        "zulawyagro.pl",
        "PL",
        "82-100 Nowy Dwór Gdański",
        "ul. Sikorskiego 41",
        "#2e7d32",
    )
    cc = cperson(cust, "Tomasz Kowalczyk", "Kierownik IT / IT Manager", "t.kowalczyk")
    parties = two_parties(cust, cc, BURSZTYN, BI_SEC, roles=("Zamawiający / Customer", "Wykonawca / Contractor"))
    pdf = bursztyn_protocol(
        cust,
        "BIT/PO/2026/007",
        D(2026, 3, 10),
        "12.01.2026 – 06.03.2026",
        [
            (
                "Intune",
                "Rejestracja 214 laptopów (Autopilot dla 60 nowych) i 96 tabletów w maszynach rolniczych; zasady "
                "zgodności; pierścienie aktualizacji.<br/><i>Enrollment of 214 laptops (Autopilot for 60 new ones) "
                "and 96 tablets in farm machinery; compliance policies; update rings.</i>",
                "Zakończono / Done",
            ),
            (
                "Defender for Endpoint",
                "Onboarding 310 urządzeń i 12 serwerów; reguły ASR i EDR w trybie blokowania.<br/><i>Onboarding of "
                "310 devices and 12 servers; ASR rules and EDR in block mode.</i>",
                "Zakończono / Done",
            ),
        ],
        parties,
        f"{cid}|prot",
    )
    signed = scan(
        pdf,
        bz_inks(parties, "12.03.2026", ("ŻUŁAWY AGRO Sp. z o.o.", "NIP 5782449120")),
        f"{cid}|scan",
        T(2026, 3, 12, 14, 20, 1),
        dpi=120,
        skew=0.6,
    )
    files = {"Protokol_odbioru_BIT-PO-2026-007_podpisany.pdf": signed}
    claim = cpor(
        cid,
        BURSZTYN,
        BI_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 4, 2, 12, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_zulawy_agro_bilingual_protocol_stamped",
        claim,
        files,
        "approve",
        "Bursztyn IT's bilingual acceptance protocol (every Polish line with its English text): Intune for 214 "
        "laptops and 96 farm-machine tablets, Defender for Endpoint on 310 devices and 12 servers, signed and "
        "company-stamped by the customer's IT manager on 12.03.2026 and scanned at 120 dpi. The protocol template and "
        "its acceptance clause recur on 5001022, 5001023 and 5001057 (boilerplate).",
        "Scanned protocol: 'Zamawiający / Customer' column signed by Tomasz Kowalczyk, stamp 'ŻUŁAWY AGRO Sp. z "
        "o.o.', 12.03.2026.",
        g.cpor_ok(),
    )


def s500_022_ezm_exchange_out_of_scope() -> Bundle:
    cid = "5001022"
    cust = Org(
        "Elbląskie Zakłady Mięsne S.A.",
        "EZM",
        "ezm-elblag.pl",
        "PL",
        "82-300 Elbląg",
        "ul. Żuławska 18",
        "#c62828",
    )
    cc = cperson(cust, "Agnieszka Wójcik", "Dyrektor IT / IT Director", "a.wojcik")
    parties = two_parties(cust, cc, BURSZTYN, BI_PM, roles=("Zamawiający / Customer", "Wykonawca / Contractor"))
    pdf = bursztyn_protocol(
        cust,
        "BIT/PO/2026/031",
        D(2026, 6, 17),
        "06.04.2026 – 12.06.2026",
        [
            (
                "Microsoft Teams",
                "Teams dla 560 pracowników; kanały zmianowe dla 3 zmian produkcji; 40 tabletów na hali produkcyjnej; "
                "szkolenie 18 liderów.<br/><i>Teams for 560 employees; shift channels for the 3 production shifts; 40 "
                "tablets on the production floor; training for 18 team leaders.</i>",
                "Zakończono / Done",
            ),
            (
                "Exchange Online",
                "Migracja skrzynek pocztowych – poza zakresem tego etapu, planowana w II etapie "
                "(2027).<br/><i>Mailbox migration – out of scope for this phase, planned for phase II (2027).</i>",
                "Poza zakresem / Out of scope",
            ),
        ],
        parties,
        f"{cid}|prot",
    )
    signed = scan(
        pdf,
        bz_inks(parties, "18.06.2026", ("ELBLĄSKIE ZAKŁADY MIĘSNE S.A.", "ul. Żuławska 18, Elbląg")),
        f"{cid}|scan",
        T(2026, 6, 18, 11, 0, 2),
        dpi=150,
        skew=-0.5,
    )
    files = {"Protokol_odbioru_EZM_BIT-PO-2026-031.pdf": signed}
    claim = cpor(
        cid,
        BURSZTYN,
        BI_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["TEAMS", "EXCHANGE ONLINE"],
        T(2026, 7, 7, 9, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_ezm_exchange_online_out_of_scope",
        claim,
        files,
        "action_required",
        "The signed bilingual protocol supports Teams (560 employees, shift channels, 40 floor tablets), but its "
        "Exchange Online row reads 'Poza zakresem / Out of scope – planned for phase II (2027)'. The claim asks for "
        "Exchange Online too, which the POE itself says was not delivered: that workload must be removed or "
        "evidenced. Template boilerplate shared with 5001021/5001023/5001057.",
        "Protocol row 'Exchange Online … out of scope for this phase, planned for phase II (2027)' – status 'Poza "
        "zakresem / Out of scope'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "document_language": "pass",
            "reused_evidence": "pass",
        },
    )


def _tsa() -> tuple[Org, Person]:
    cust = Org(
        "Trójmiejska Sieć Aptek Sp. z o.o.",
        "TSA",
        "apteki3miasto.pl",
        "PL",
        "81-366 Gdynia",
        "ul. Świętojańska 55",
        "#00897b",
    )
    return cust, cperson(cust, "Marek Zieliński", "Kierownik działu IT", "m.zielinski")


def s500_023_tsa_polish_only() -> Bundle:
    cid = "5001023"
    cust, cc = _tsa()
    parties = two_parties(cust, cc, BURSZTYN, BI_PM, roles=("Zamawiający", "Wykonawca"))
    pdf = bursztyn_protocol(
        cust,
        "BIT/PO/2026/052",
        D(2026, 9, 2),
        "15.06.2026 – 28.08.2026",
        [
            (
                "Microsoft 365 Apps",
                "Wdrożenie aplikacji Microsoft 365 na 180 komputerach w 42 aptekach i w biurze; aktywacja "
                "współdzielona na 60 stanowiskach kasowych.",
                "Zakończono",
            ),
            (
                "SharePoint Online",
                "Intranet z procedurami farmaceutycznymi: 14 witryn, biblioteka komunikatów GIF, procedury "
                "reklamacyjne.",
                "Zakończono",
            ),
        ],
        parties,
        f"{cid}|prot",
        english=False,
    )
    signed = scan(
        pdf,
        bz_inks(parties, "03.09.2026", ("TRÓJMIEJSKA SIEĆ APTEK", "Sp. z o.o. Gdynia"), english=False),
        f"{cid}|scan",
        T(2026, 9, 3, 13, 0, 2),
        dpi=150,
        skew=0.4,
    )
    m = Mail(
        cc,
        [BI_PM],
        "Odp: Protokół odbioru BIT/PO/2026/052",
        T(2026, 9, 3, 14, 12, 2),
        "Dzień dobry,\n\npotwierdzam odbiór prac zgodnie z protokołem. Podpisany skan w załączniku.\n\nPozdrawiam,\n"
        + sig_lines(cc),
        attachments=[("Protokol_odbioru_BIT-PO-2026-052.pdf", signed)],
        lang="pl",
    )
    files = {
        "Protokol_odbioru_BIT-PO-2026-052.pdf": signed,
        "Odp_ Protokol odbioru BIT-PO-2026-052.msg": msg_rx(m, f"{cid}|rx"),
    }
    claim = cpor(
        cid,
        BURSZTYN,
        BI_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["MICROSOFT 365 APPS", "SHAREPOINT ONLINE"],
        T(2026, 9, 24, 10, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_tsa_pharmacies_polish_only",
        claim,
        files,
        "action_required",
        "Bursztyn's older, Polish-only version of its protocol, signed and stamped on 03.09.2026, plus the customer's "
        "Polish-only e-mail ('potwierdzam odbiór prac zgodnie z protokołem'). Neither document has an English text, "
        "and POE is reviewed in English: the partner must upload English versions. The content would otherwise "
        "support both workloads (180 PCs in 42 pharmacies; 14 SharePoint sites).",
        "Protocol and e-mail entirely in Polish ('Protokół odbioru … Zakres prac … Zakończono').",
        {
            "document_language": "fail",
            "acknowledgement_date": "pass",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Pharos Digital Solutions (EG)
# --------------------------------------------------------------------------------------------------------------


def pharos_closure(
    cust: Org, ref: str, day: dt.date, rows: Sequence[tuple[str, str, str]], notes: Sequence[str], seed: str
) -> bytes:
    html = f"""
<h1>Project Closure Report</h1>
<p style="font-size:12pt">{e(cust.name)}</p>
{kv([("Reference", ref), ("Date", g.fdate(day, "gb_long")), ("Delivery manager", e(PH_PM.name))])}
<h2>Delivered</h2>{grid(["Workload", "Work performed", "Volume"], rows, [20, 62, 18])}
<h2>Notes</h2>{ul(notes)}
"""
    return doc(
        PHAROS,
        html,
        f"{cust.short} – Project Closure Report",
        PH_PM.name,
        T(day.year, day.month, day.day, 15, 0, 2),
        seed,
        right=f"Project Closure Report · {ref}",
        footer="Pharos Digital Solutions S.A.E. · Smouha, Alexandria · Confidential",
    )


def s500_024_mariout_auto_reply_only() -> Bundle:
    cid = "5001024"
    cust = Org(
        "Mariout Food Industries S.A.E.",
        "Mariout Foods",
        "mariout-foods.com.eg",
        "EG",
        "Borg El Arab, Alexandria 21934",
        "Industrial Zone 3, Plot 22",
        "#e65100",
    )
    cc = cperson(cust, "Tamer Fawzy", "IT Manager", "tamer.fawzy")
    report = pharos_closure(
        cust,
        "PDS-PCR-2026-003",
        D(2026, 2, 1),
        [
            (
                "Exchange Online",
                "Migration of 340 mailboxes and 12 shared mailboxes (export orders, quality, HR) from Exchange 2013 "
                "in 3 batches; SPF/DKIM/DMARC; Exchange 2013 decommissioned",
                "352 mailboxes",
            ),
            (
                "Microsoft 365 Apps",
                "Deployment to 340 PCs at the factory offices and 6 distribution depots; shared computer activation "
                "on 28 dispatch PCs; update channel: Monthly Enterprise",
                "340 PCs",
            ),
        ],
        ["Mariout IT owns mailbox provisioning and the Apps update channel from 1 February 2026."],
        f"{cid}|rep",
    )
    m1 = Mail(
        PH_PM,
        [cc],
        "Project closure – Microsoft 365 Apps & Exchange Online",
        T(2026, 2, 3, 10, 0, 2),
        "Dear Tamer,\n\nPlease find attached the closure report. We would appreciate your confirmation that Mariout "
        "accepts the project as delivered.\n\nBest regards,\nKarim\n\n" + g.footer_block(PH_PM),
        attachments=[("Mariout_Project_Closure_Report.pdf", report)],
    )
    ooo = Mail(
        cc,
        [PH_PM],
        "Automatic reply: Project closure – Microsoft 365 Apps & Exchange Online",
        T(2026, 2, 3, 10, 0, 2),
        "شكراً لرسالتك. أنا في إجازة سنوية حتى ١٥ فبراير ولا يمكنني الاطلاع على البريد الإلكتروني. للأمور العاجلة "
        "يرجى التواصل مع helpdesk@mariout-foods.com.eg\n\nThank you for your email. I am on annual leave until 15 "
        "February with no access to email. For urgent matters please contact helpdesk@mariout-foods.com.eg.\n\nTamer "
        "Fawzy",
        auto_reply=True,
    )
    files = {
        "Mariout_Project_Closure_Report.pdf": report,
        "Project closure – Microsoft 365 Apps & Exchange Online.msg": msg_sent(m1),
        "Automatic reply_ Project closure.msg": msg_rx(ooo, f"{cid}|rx"),
    }
    claim = cpor(
        cid,
        PHAROS,
        PH_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["EXCHANGE ONLINE", "MICROSOFT 365 APPS"],
        T(2026, 2, 24, 12, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_mariout_only_an_automatic_reply",
        claim,
        files,
        "action_required",
        "The closure report is specific (352 mailboxes, 340 PCs), but the customer never accepted it: the partner's "
        "request (a Sent Items copy, no transport headers) was answered only by the IT manager's Arabic/English "
        "out-of-office auto-reply (Auto-Submitted: auto-replied). An automatic reply is not an acknowledgement.",
        "'Automatic reply_ Project closure.msg' from tamer.fawzy@mariout-foods.com.eg: 'I am on annual leave until 15 "
        "February'.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "partner_customer_names": "pass",
            "reused_evidence": "pass",
        },
    )


def s500_025_pharos_labs_own_unit() -> Bundle:
    cid = "5001025"
    cust = Org(
        "Pharos Labs",
        "Pharos Labs",
        "pharoslabs.com.eg",
        "EG",
        "Smouha, Alexandria 21648",
        "Fawzy Moaz St, Building 17, 3rd floor",
        "#0e6655",
    )
    cc = cperson(cust, "Youssef Hamdy", "Director, Pharos Labs", "youssef.hamdy")
    parties = two_parties(cust, cc, PHAROS, PH_SEC)
    html = f"""
<h1>Deployment Report – Microsoft Defender for Endpoint</h1>
{kv([("Customer", e(cust.name)), ("Delivered by", e(PHAROS.name)), ("Date", "2 June 2026")])}
<p>Pharos Labs, the research and innovation unit of Pharos Digital Solutions, works on computer-vision prototypes
for Egyptian port operators. Its 85 engineering workstations and 6 GPU servers were onboarded to Microsoft Defender
for Endpoint by the Pharos Digital security team.</p>
{
        grid(
            ["Item", "Detail"],
            [
                ("Onboarding", "85 Windows and Linux workstations, 6 GPU servers (Ubuntu), via Intune and Ansible"),
                ("Policies", "ASR rules in block mode, network protection, EDR in block mode"),
                ("Operations", "Alerts to the Pharos Digital SOC; weekly vulnerability review with the lab leads"),
            ],
            [24, 76],
        )
    }
""" + g.signoff("columns", parties, heading="Acceptance")
    pdf = doc(
        PHAROS,
        html,
        "Pharos Labs MDE deployment report",
        PH_SEC.name,
        T(2026, 6, 2, 14, 0, 3),
        f"{cid}|rep",
        right="Deployment Report",
        footer="Pharos Labs is a division of Pharos Digital Solutions S.A.E. · Internal",
    )
    signed = scan(pdf, col_inks(parties, "03/06/2026"), f"{cid}|scan", T(2026, 6, 3, 12, 0, 3), dpi=150, skew=0.3)
    files = {"Pharos_Labs_MDE_Deployment_signed.pdf": signed}
    claim = cpor(
        cid,
        PHAROS,
        PH_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 6, 16, 10, 0, 3),
        [(p, "poe") for p in files],
        partner_domains=["pharoslabs.com.eg"],
    )
    return Bundle(
        f"{cid}_pharos_labs_is_the_partners_own_unit",
        claim,
        files,
        "reject",
        "The 'customer' is the partner itself: Pharos Labs is described in the report as 'the research and innovation "
        "unit of Pharos Digital Solutions', its footer says 'a division of Pharos Digital Solutions S.A.E.', it sits "
        "in the partner's own building, and its domain pharoslabs.com.eg is one of the partner's own domains in the "
        "claim. Partners cannot earn incentives where the partner itself (or an affiliate) is the end customer.",
        "Report: 'Pharos Labs, the research and innovation unit of Pharos Digital Solutions'; partner.domains "
        "includes pharoslabs.com.eg.",
        {"ineligible_customer": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
    )


def s500_026_bea_ceramics_merged_pack() -> Bundle:
    cid = "5001026"
    cust = Org(
        "Borg El Arab Ceramics Co. S.A.E.",
        "BEA Ceramics",
        "beaceramics.com.eg",
        "EG",
        "Borg El Arab, Alexandria 21934",
        "New Industrial Zone, Block 7",
        "#5d4037",
    )
    cc = cperson(cust, "Hany Mostafa", "Head of IT", "hany.mostafa")
    report = pharos_closure(
        cust,
        "PDS-PCR-2026-019",
        D(2026, 10, 8),
        [
            (
                "Intune",
                "Enrollment of 420 laptops (Autopilot for 90 replacements) and 150 Android handhelds in the 3 "
                "warehouses (dedicated device mode); compliance policies; Windows Update rings",
                "570 devices",
            ),
            (
                "Defender for Endpoint",
                "Onboarding of 570 devices and 20 servers; ASR rules in block mode; kiln SCADA jump hosts in a "
                "separate device group with audit-only rules; automated investigation on",
                "590 endpoints",
            ),
        ],
        ["BEA IT owns compliance policies and the Defender alert queue; Pharos runs a monthly review until March."],
        f"{cid}|rep",
    )
    m1 = Mail(
        PH_SEC,
        [cc],
        "BEA – Intune & Defender closure",
        T(2026, 10, 12, 11, 0, 2),
        "Dear Hany,\n\nThe closure report is attached; could you confirm BEA's acceptance?\n\nKind "
        "regards,\nNourhan\n\n" + g.footer_block(PH_SEC),
    )
    m2 = Mail(
        cc,
        [PH_SEC],
        "RE: BEA – Intune & Defender closure",
        T(2026, 10, 14, 9, 35, 2),
        "Dear Nourhan,\n\nWe reviewed the report with the plant managers. BEA Ceramics accepts the Intune and "
        "Defender for Endpoint deployment as delivered by Pharos Digital: 570 devices in Intune, 590 endpoints in "
        "Defender, "
        "and the separate group for the kiln jump hosts.\n\nBest regards,\n" + sig_lines(cc),
        quoted=m1,
    )
    printed = g.printed_mail_pdf(m2, PH_SEC, f"{cid}|print")
    checklist = doc(
        PHAROS,
        f"""<h1>Device compliance checklist – handover</h1>
{
            grid(
                ["Check", "Target", "Result"],
                [
                    ("Devices enrolled in Intune", "560", "570"),
                    ("Compliant devices", "95%", "97.4%"),
                    ("Endpoints onboarded to MDE", "580", "590"),
                    ("ASR rules in block mode", "12", "12"),
                    ("Open high-severity alerts at handover", "0", "0"),
                ],
                [50, 20, 30],
            )
        }""",
        "BEA handover checklist",
        PH_SEC.name,
        T(2026, 10, 8, 16, 0, 2),
        f"{cid}|chk",
        right="Handover checklist",
    )
    pack = g.merge_pdfs(
        [report, printed, checklist],
        meta("BEA_POE_pack", PH_SEC.name, T(2026, 11, 2, 10, 0, 2), ("PDFsam Basic", "PDFsam Basic 5.2")),
        f"{cid}|pack",
    )
    files = {"BEA Ceramics – POE pack (report + acceptance + checklist).pdf": pack}
    claim = cpor(
        cid,
        PHAROS,
        PH_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 11, 3, 11, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_bea_ceramics_merged_poe_pack",
        claim,
        files,
        "approve",
        "One merged upload holding three documents: the partner's closure report (570 devices in Intune, 590 "
        "endpoints in Defender), the customer's acceptance e-mail printed from Outlook "
        "(hany.mostafa@beaceramics.com.eg, 14 Oct 2026: 'BEA Ceramics accepts the Intune and Defender for Endpoint "
        "deployment'), and a handover checklist. A printed e-mail from the customer's own domain is an acceptable "
        "acknowledgement.",
        "Page 2 of the pack: printed e-mail from hany.mostafa@beaceramics.com.eg, 14 Oct 2026.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Karoo Cloud Services (ZA)
# --------------------------------------------------------------------------------------------------------------


def karoo_report(
    cust: Org,
    ref: str,
    day: dt.date,
    rows: Sequence[tuple[str, str]],
    outcome: str,
    seed: str,
    acceptance_note: str = "",
) -> bytes:
    html = f"""
<h1>Delivery Report</h1>
<p style="font-size:12pt">{e(cust.name)}</p>
{kv([("Reference", ref), ("Date", g.fdate(day, "iso").replace("-", "/")), ("Project lead", e(KC_PM.name))])}
<h2>Work delivered</h2>{grid(["Workload", "Detail"], rows, [24, 76])}
<h2>Outcome</h2><p>{outcome}</p>
{f"<h2>Acceptance</h2><p>{acceptance_note}</p>" if acceptance_note else ""}
"""
    return doc(
        KAROO,
        html,
        f"{cust.short} – Delivery Report",
        KC_PM.name,
        T(day.year, day.month, day.day, 16, 0, 2),
        seed,
        right=f"Delivery Report · {ref}",
        footer="Karoo Cloud Services (Pty) Ltd · Green Point, Cape Town · Confidential",
    )


BREEDE = Org(
    "Breede River Citrus (Pty) Ltd",
    "Breede River Citrus",
    "breedecitrus.co.za",
    "ZA",
    "Robertson 6705",
    "R60 Farm Road, Vinkrivier",
    "#f57c00",
)
BREEDE_IT = cperson(BREEDE, "Johan Steyn", "IT Manager", "johan.steyn")


def breede_photo() -> bytes:
    """The phone photo of Breede River's signed acceptance page (the original, on 5001027)."""
    if "breede_photo" not in _CACHE:
        parties = two_parties(BREEDE, BREEDE_IT, KAROO, KC_SEC)
        html = f"""
<h1>Service Acceptance</h1>
{kv([("Customer", e(BREEDE.name)), ("Service provider", e(KAROO.name)), ("Reference", "KCS-DR-2026-014")])}
<p>The customer confirms that Karoo Cloud Services deployed Microsoft Defender for Office 365 (260 mailboxes) and
Microsoft Defender for Identity (4 domain controllers, 1 AD FS server) as set out in delivery report KCS-DR-2026-014,
and accepts the work.</p>
""" + g.signoff("columns", parties, heading="Signed for the parties")
        pdf = doc(
            KAROO,
            html,
            "Service Acceptance Breede River",
            KC_PM.name,
            T(2026, 4, 13, 9, 0, 2),
            "5001027|acc",
            right="Service Acceptance",
        )
        _CACHE["breede_photo"] = page_photo(
            pdf, col_inks(parties, "2026/04/14"), "5001027", T(2026, 4, 14, 14, 7, 2), model=("Apple", "iPhone 14")
        )
    return bytes(_CACHE["breede_photo"])


def s500_027_breede_river_photo_of_signed_page() -> Bundle:
    cid = "5001027"
    cust, cc = BREEDE, BREEDE_IT
    report = karoo_report(
        cust,
        "KCS-DR-2026-014",
        D(2026, 4, 10),
        [
            (
                "Defender for Office 365",
                "Safe Links and Safe Attachments for 260 mailboxes (packhouse admin, export desk, farm offices); "
                "impersonation protection for the export desk against invoice fraud by fake shipping agents; two "
                "attack simulations (click rate 17% → 7%)",
            ),
            (
                "Defender for Identity",
                "Sensors on 4 domain controllers and the AD FS server; 3 honeytoken accounts; 22 lateral movement "
                "paths reviewed, 15 closed; alerts to the IT mailbox and WhatsApp on-call group",
            ),
        ],
        "Both workloads live since 27 March 2026; handover to Breede River IT on 10 April.",
        f"{cid}|rep",
        acceptance_note="Signed service acceptance attached separately (photo).",
    )
    files = {"KCS-DR-2026-014 Delivery Report.pdf": report, "IMG_4471.jpg": breede_photo()}
    claim = cpor(
        cid,
        KAROO,
        KC_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT DEFENDER FOR IDENTITY"],
        T(2026, 5, 5, 9, 30, 2),
        [("KCS-DR-2026-014 Delivery Report.pdf", "poe"), ("IMG_4471.jpg", "poe")],
    )
    return Bundle(
        f"{cid}_breede_river_phone_photo_of_signed_acceptance",
        claim,
        files,
        "approve",
        "A phone photo (JPEG with iPhone EXIF) of a paper service acceptance signed by the customer's IT manager on "
        "2026/04/14 (South African year-first date), naming delivery report KCS-DR-2026-014, which details both "
        "workloads (260 mailboxes in Defender for Office 365; Defender for Identity on 4 DCs + AD FS). This photo is "
        "reused on 5001028 for another customer: this claim holds the original (its own customer, report reference "
        "and workloads).",
        "IMG_4471.jpg: 'Service Acceptance … Breede River Citrus (Pty) Ltd', signed by Johan Steyn, 2026/04/14.",
        g.cpor_ok(),
    )


def s500_028_cederberg_reuses_breede_photo() -> Bundle:
    cid = "5001028"
    cust = Org(
        "Cederberg Rooibos Estates (Pty) Ltd",
        "Cederberg Rooibos",
        "cederbergrooibos.co.za",
        "ZA",
        "Clanwilliam 8135",
        "7 Main Road",
        "#8d6e63",
    )
    cc = cperson(cust, "Elsabe Cloete", "Financial & IT Manager", "elsabe.cloete")
    report = karoo_report(
        cust,
        "KCS-DR-2026-027",
        D(2026, 5, 29),
        [
            (
                "Defender for Office 365",
                "Safe Links and Safe Attachments for 85 mailboxes (tea estate, packing plant, Cape Town sales "
                "office); anti-phishing for the finance team; one attack simulation",
            )
        ],
        "Live since 22 May 2026.",
        f"{cid}|rep",
        acceptance_note="Customer acceptance attached (photo).",
    )
    files = {"KCS-DR-2026-027 Delivery Report.pdf": report, "Signed acceptance.jpg": breede_photo()}
    claim = cpor(
        cid,
        KAROO,
        KC_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 6, 9, 10, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_cederberg_uses_another_customers_signed_photo",
        claim,
        files,
        "action_required",
        "The delivery report for Cederberg Rooibos is the partner's own and unsigned; the 'signed acceptance' photo "
        "is byte-for-byte the JPEG of claim 5001027 – Breede River Citrus's acceptance, signed by Breede River's IT "
        "manager and naming report KCS-DR-2026-014, not this customer. 5001027 holds the original. Nobody at "
        "Cederberg has acknowledged the work; the partner must provide this customer's own acknowledgement.",
        "'Signed acceptance.jpg' shows 'Customer: Breede River Citrus (Pty) Ltd', Johan Steyn – identical file to "
        "5001027's IMG_4471.jpg.",
        {
            "customer_acknowledgement": "fail",
            "reused_evidence": "fail",
            "activity_detail": "pass",
            "ineligible_customer": "pass",
        },
    )


def s500_029_helderberg_teams_chat_screenshot() -> Bundle:
    cid = "5001029"
    cust = Org(
        "Helderberg Logistics (Pty) Ltd",
        "Helderberg Logistics",
        "helderberglogistics.co.za",
        "ZA",
        "Somerset West 7130",
        "14 Gants Plaza, Main Road",
        "#1565c0",
    )
    cc = cperson(cust, "Nadia Adams", "Operations Director", "nadia.adams")
    report = karoo_report(
        cust,
        "KCS-DR-2026-041",
        D(2026, 7, 24),
        [
            (
                "Microsoft Teams",
                "Teams for 190 staff at the Somerset West depot and 2 cross-docks; a channel per route region for the "
                "64 drivers with shared-device sign-in on in-cab tablets; dispatch call queue replaced by a Teams "
                "channel with approvals for overtime",
            )
        ],
        "All 190 users live since 17 July 2026.",
        f"{cid}|rep",
    )
    shot = chat_screenshot(
        "Nadia Adams",
        [
            (
                "Thandi Mokoena (you)",
                "31/07 13:58",
                "Hi Nadia – all 190 users are live on Teams and the driver channels are running. The delivery report "
                "is in your inbox.",
            ),
            ("Nadia Adams", "31/07 14:02", "The drivers are loving the route channels. Looks great, thanks!"),
        ],
        f"{cid}|chat",
        "karoocloud.co.za",
    )
    files = {"KCS-DR-2026-041 Delivery Report.pdf": report, "Screenshot 2026-07-31 140512.png": shot}
    claim = cpor(
        cid,
        KAROO,
        KC_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["TEAMS"],
        T(2026, 8, 18, 11, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_helderberg_teams_chat_screenshot",
        claim,
        files,
        "action_required",
        "The only customer reaction is a screenshot (PNG) of a Teams chat in which the customer's operations director "
        "writes 'Looks great, thanks!'. A screenshot is a flat image – not a verifiable e-mail, signature or "
        "eSignature – and the line is a compliment, not acceptance of the delivered work. The report itself (190 "
        "users, 64 drivers) is fine; a proper acknowledgement is needed.",
        "Screenshot 2026-07-31: 'Nadia Adams 31/07 14:02 – The drivers are loving the route channels. Looks great, "
        "thanks!'",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "partner_customer_names": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# PT Nusantara Awan Solusi (ID): Berita Acara Serah Terima (handover certificates) with meterai
# --------------------------------------------------------------------------------------------------------------

BAST_LABELS_ID = ("Nama", "Jabatan", "Tanda tangan", "Tanggal")
BAST_LABELS_EN = ("Nama / Name", "Jabatan / Title", "Tanda tangan / Signature", "Tanggal / Date")


def col_ink(
    party: Party,
    date_text: str,
    labels: tuple[str, str, str, str],
    *,
    occ: int = 0,
    color: tuple[int, int, int] = g.INK_BLUE,
) -> list[Ink]:
    """A signature and date in a ``columns`` sign-off block, for a name also printed higher up on the page."""
    return [
        Ink(party.name, "sig", party.name, dx=2, h=30, color=color, yanchor=labels[2], y_dy=4, yocc=-1, occurrence=occ),
        Ink(party.name, "hand", date_text, dx=2, h=13, color=color, yanchor=labels[3], y_dy=2, yocc=-1, occurrence=occ),
    ]


def bast_inks(
    first: Party,
    second: Party,
    date_text: str,
    stamp: tuple[str, ...],
    seed: str,
    labels: tuple[str, str, str, str],
    occ: int = 0,
) -> list[Ink]:
    """PIHAK PERTAMA (partner) and PIHAK KEDUA (customer): the customer signs across a meterai and stamps."""
    return [
        *col_ink(first, date_text, labels, occ=occ, color=g.INK_BLACK),
        Ink(second.name, "image", dx=2, dy=44, h=30, picture=meterai_png(seed), occurrence=occ),
        *col_ink(second, date_text, labels, occ=occ),
        Ink(second.name, "stamp", dx=62, dy=46, h=26, lines=stamp, color=(60, 40, 150), occurrence=occ),
    ]


def s500_030_sinar_kopi_bast_indonesian_only() -> Bundle:
    cid = "5001030"
    cust = Org(
        "PT Sinar Kopi Nusantara Tbk",
        "Sinar Kopi",
        "sinarkopi.co.id",
        "ID",
        "Jakarta Barat 11470",
        "Jl. Daan Mogot Km 11 No. 8",
        "#6d4c41",
    )
    cc = cperson(cust, "Hendra Wijaya", "Kepala Divisi TI", "hendra.wijaya")
    first = Party("PIHAK PERTAMA", NUSANTARA.name, NA_PM.name, NA_PM.title)
    second = Party("PIHAK KEDUA", cust.name, cc.name, cc.title)
    html = f"""
<h1 style="text-align:center">BERITA ACARA SERAH TERIMA PEKERJAAN</h1>
<p style="text-align:center">Nomor: 014/NAS/BAST/III/2026</p>
<p>Pada hari ini, Senin, tanggal sembilan bulan Maret tahun dua ribu dua puluh enam (09-03-2026), kami yang
bertanda tangan di bawah ini:</p>
{
        kv(
            [
                ("PIHAK PERTAMA", f"{e(NA_PM.name)}, {e(NA_PM.title)}, {e(NUSANTARA.name)}"),
                ("PIHAK KEDUA", f"{e(cc.name)}, {e(cc.title)}, {e(cust.name)}"),
            ]
        )
    }
<p>PIHAK PERTAMA telah menyerahkan hasil pekerjaan kepada PIHAK KEDUA dengan rincian sebagai berikut:</p>
{
        grid(
            ["No.", "Pekerjaan", "Keterangan"],
            [
                (
                    "1",
                    "Implementasi Microsoft Teams untuk 430 karyawan di kantor pusat, pabrik Cikarang dan 38 kedai "
                    "kopi; kanal per wilayah dan jadwal shift barista",
                    "Selesai",
                ),
                (
                    "2",
                    "SharePoint Online: 18 situs (resep dan standar penyajian, mutu biji kopi, SDM) dan migrasi 600 "
                    "GB data dari server berkas",
                    "Selesai",
                ),
                ("3", "Pelatihan 24 duta Teams dan 2 sesi untuk tim TI", "Selesai"),
            ],
            [6, 74, 20],
        )
    }
<p>Demikian Berita Acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.</p>
""" + g.signoff("columns", [first, second], heading="", labels=BAST_LABELS_ID, company_label="Perusahaan")
    pdf = doc(
        NUSANTARA,
        html,
        "BAST 014 Sinar Kopi",
        NA_PM.name,
        T(2026, 3, 9, 9, 0, 7),
        f"{cid}|bast",
        right="Berita Acara Serah Terima",
    )
    signed = scan(
        pdf,
        bast_inks(first, second, "09-03-2026", ("PT SINAR KOPI NUSANTARA Tbk", "JAKARTA"), cid, BAST_LABELS_ID, 1),
        f"{cid}|scan",
        T(2026, 3, 9, 16, 0, 7),
        dpi=150,
        skew=0.7,
        gray=False,
    )
    files = {"BAST_014_NAS_III_2026_Sinar_Kopi.pdf": signed}
    claim = cpor(
        cid,
        NUSANTARA,
        NA_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 3, 30, 14, 0, 7),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_sinar_kopi_bast_indonesian_only",
        claim,
        files,
        "action_required",
        "A proper Indonesian handover certificate (Berita Acara Serah Terima) – signed across a 10,000 rupiah meterai "
        "and stamped by the customer's head of IT on 09-03-2026 – but written only in Indonesian, with no English "
        "version. POE is reviewed in English, so the partner must upload an English version or translation. The "
        "content would support Teams (430 staff, 38 coffee shops) and SharePoint (18 sites, 600 GB).",
        "'BERITA ACARA SERAH TERIMA PEKERJAAN … PIHAK PERTAMA telah menyerahkan hasil pekerjaan…' – Indonesian only.",
        {
            "document_language": "fail",
            "acknowledgement_date": "pass",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
        container="zip-folder",
    )


def s500_031_armada_laut_bast_bilingual() -> Bundle:
    cid = "5001031"
    cust = Org(
        "PT Armada Laut Sejahtera",
        "Armada Laut",
        "armadalaut.co.id",
        "ID",
        "Surabaya 60165",
        "Jl. Perak Timur No. 512",
        "#0277bd",
    )
    cc = cperson(cust, "Rudi Hartono", "IT Manager", "rudi.hartono")
    first = Party("PIHAK PERTAMA / FIRST PARTY", NUSANTARA.name, NA_SEC.name, NA_SEC.title)
    second = Party("PIHAK KEDUA / SECOND PARTY", cust.name, cc.name, cc.title)
    html = f"""
<h1 style="text-align:center">BERITA ACARA SERAH TERIMA / HANDOVER CERTIFICATE</h1>
<p style="text-align:center">Nomor / Number: 031/NAS/BAST/VII/2026</p>
<p>Pada hari ini, Rabu, 15 Juli 2026, PIHAK PERTAMA menyerahkan hasil pekerjaan berikut kepada PIHAK KEDUA.<br/>
<i>On this day, Wednesday 15 July 2026, the FIRST PARTY hands over the following work to the SECOND PARTY.</i></p>
{
        grid(
            ["Pekerjaan / Work", "Rincian / Detail", "Status"],
            [
                (
                    "Microsoft Intune",
                    "Pendaftaran 150 laptop kantor dan 220 tablet Android tahan banting di 44 kapal (mode perangkat "
                    "khusus, luring); kebijakan kepatuhan; perlindungan aplikasi.<br/><i>Enrollment of 150 office "
                    "laptops and 220 rugged Android tablets on 44 vessels (dedicated device mode, offline); "
                    "compliance policies; app protection.</i>",
                    "Selesai / Done",
                ),
                (
                    "Pelatihan / Training",
                    "2 sesi untuk tim TI dan 6 sesi untuk perwira kapal.<br/><i>2 sessions for the IT team and 6 for "
                    "ships' officers.</i>",
                    "Selesai / Done",
                ),
            ],
            [22, 60, 18],
        )
    }
<p>PIHAK KEDUA menerima hasil pekerjaan tersebut dengan baik.<br/><i>The SECOND PARTY accepts the work.</i></p>
""" + g.signoff("columns", [first, second], heading="", labels=BAST_LABELS_EN, company_label="Perusahaan / Company")
    pdf = doc(
        NUSANTARA,
        html,
        "BAST 031 Armada Laut",
        NA_SEC.name,
        T(2026, 7, 15, 9, 0, 7),
        f"{cid}|bast",
        right="Berita Acara Serah Terima / Handover Certificate",
    )
    signed = scan(
        pdf,
        bast_inks(first, second, "15/07/2026", ("PT ARMADA LAUT SEJAHTERA", "SURABAYA"), cid, BAST_LABELS_EN),
        f"{cid}|scan",
        T(2026, 7, 15, 15, 30, 7),
        dpi=150,
        skew=-0.6,
        gray=False,
    )
    files = {"BAST_031_Armada_Laut_signed.pdf": signed}
    claim = cpor(
        cid,
        NUSANTARA,
        NA_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["INTUNE"],
        T(2026, 8, 4, 10, 0, 7),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_armada_laut_bast_bilingual",
        claim,
        files,
        "approve",
        "A bilingual Indonesian/English handover certificate (every clause with its English text) for Intune on 150 "
        "laptops and 220 rugged tablets on 44 vessels, signed across a meterai and stamped by the customer's IT "
        "manager on 15/07/2026, scanned in colour. Bilingual with complete English is reviewable.",
        "'PIHAK KEDUA / SECOND PARTY' column signed by Rudi Hartono over a meterai, stamp 'PT ARMADA LAUT SEJAHTERA', "
        "15/07/2026.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Luzon Bridge IT Solutions (PH)
# --------------------------------------------------------------------------------------------------------------


def s500_032_mabuhay_month_first_too_old() -> Bundle:
    cid = "5001032"
    cust = Org(
        "Mabuhay Cold Chain Corporation",
        "Mabuhay Cold Chain",
        "mabuhaycoldchain.com.ph",
        "PH",
        "Valenzuela City 1440",
        "88 MacArthur Highway, Karuhatan",
        "#0097a7",
    )
    cc = cperson(cust, "Jonathan Reyes", "IT Head", "jonathan.reyes")
    parties = two_parties(cust, cc, LUZON, LB_PM)
    html = f"""
<h1>Go-Live Sign-off</h1>
<p style="font-size:12pt">Microsoft Intune – warehouse handhelds and laptops</p>
{kv([("Customer", e(cust.name)), ("Implementation partner", e(LUZON.name)), ("Go-live", "03/31/2025")])}
{
        grid(
            ["Item", "Delivered", "Count"],
            [
                ("Handhelds", "Android scanners in dedicated device mode with the WMS app, Managed Home Screen", "260"),
                ("Laptops", "Autopilot, compliance policies, BitLocker, Windows Update rings", "90"),
                ("Sites", "Valenzuela, Calamba, Cebu (Mandaue) cold stores", "3"),
            ],
            [18, 66, 16],
        )
    }
{
        grid(
            ["Phase", "Dates"],
            [
                ("Pilot (Valenzuela, 40 devices)", "03/17/2025 – 03/28/2025"),
                ("Cutover (all sites)", "03/31/2025"),
                ("Hypercare", "03/31/2025 – 04/04/2025"),
            ],
            [50, 50],
        )
    }
""" + g.signoff("columns", parties, heading="Sign-off", statement="The customer accepts the go-live.")
    pdf = doc(
        LUZON,
        html,
        "Go-Live Sign-off Mabuhay",
        LB_PM.name,
        T(2025, 4, 4, 17, 0, 8),
        f"{cid}|gl",
        right="Go-Live Sign-off",
    )
    signed = scan(pdf, col_inks(parties, "04/07/2025"), f"{cid}|scan", T(2025, 4, 7, 15, 0, 8), dpi=150, skew=0.5)
    files = {"Mabuhay_GoLive_Signoff_signed.pdf": signed}
    claim = cpor(
        cid,
        LUZON,
        LB_PM,
        cust,
        cc,
        "usage",
        "Security",
        ["INTUNE"],
        T(2026, 5, 14, 10, 0, 8),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_mabuhay_month_first_signature_too_old",
        claim,
        files,
        "action_required",
        "The only POE is a go-live sign-off signed '04/07/2025'. The same page writes its dates month-first – go-live "
        "03/31/2025, pilot 03/17/2025 – 03/28/2025, hypercare to 04/04/2025 – as the Philippines does, so the "
        "signature is April 7, 2025, the first working day after hypercare: "
        f"{months(D(2025, 4, 7), D(2026, 5, 14))} months before the submission on 14 May 2026. Read day-first (4 "
        "July 2025) it would be within 12 months, but that reading contradicts the document. With no recent "
        "acknowledgement of active engagement, the partner must provide one.",
        "Sign-off date '04/07/2025' beside 'Go-live 03/31/2025' and 'Hypercare 03/31/2025 – 04/04/2025'.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s500_033_pampanga_old_sow_recent_confirmation() -> Bundle:
    cid = "5001033"
    cust = Org(
        "Pampanga Agro-Industrial Corporation",
        "PAIC",
        "paic.com.ph",
        "PH",
        "City of San Fernando, Pampanga 2000",
        "Jose Abad Santos Ave, Dolores",
        "#689f38",
    )
    cc = cperson(cust, "Cristina Mercado", "AVP – Information Technology", "cristina.mercado")
    parties = two_parties(cust, cc, LUZON, LB_AM)
    sow = doc(
        LUZON,
        f"""
<h1>Statement of Work – Managed Teams &amp; Teams Rooms</h1>
{kv([("Customer", e(cust.name)), ("Term", "24 months from 12/01/2024"), ("Reference", "LBIT-SOW-2024-118")])}
<h2>Services</h2>
{
            ul(
                [
                    "Rollout and management of Microsoft Teams for PAIC head office, mills and warehouses",
                    "Deployment and monthly health management of Microsoft Teams Rooms",
                    "Quarterly adoption reviews",
                ]
            )
        }
"""
        + g.signoff("columns", parties, heading="Conforme"),
        "SOW LBIT-SOW-2024-118",
        LB_AM.name,
        T(2024, 11, 15, 10, 0, 8),
        f"{cid}|sow",
        right="Statement of Work",
    )
    sow_signed = scan(sow, col_inks(parties, "11/18/2024"), f"{cid}|sows", T(2024, 11, 18, 16, 0, 8))
    monthly = doc(
        LUZON,
        f"""
<h1>Monthly Service Report – May 2026</h1>
<p style="font-size:12pt">{e(cust.name)} · Managed Teams &amp; Teams Rooms</p>
{
            grid(
                ["Measure", "May 2026"],
                [
                    ("Teams users (active in 28 days)", "611 of 640"),
                    ("Teams Rooms in service", "22 (4 added at Clark warehouse on 05/12/2026)"),
                    ("Room health incidents", "3, all resolved within SLA"),
                    ("New users onboarded", "220 (Clark warehouse)"),
                ],
                [50, 50],
            )
        }
<h2>Work done</h2>
{
            ul(
                [
                    "Teams rollout for the 220 staff of the new Clark warehouse, shift channels and frontline sign-in",
                    "4 Teams Rooms (Yealink A20) installed and registered in Teams Rooms Pro Management",
                    "Monthly room health review with PAIC facilities on 05/28/2026",
                ]
            )
        }
""",
        "PAIC Monthly Service Report May 2026",
        LB_AM.name,
        T(2026, 6, 3, 10, 0, 8),
        f"{cid}|msr",
        right="Monthly Service Report",
    )
    m1 = Mail(
        LB_AM,
        [cc],
        "Monthly service report – May 2026",
        T(2026, 6, 19, 9, 0, 8),
        "Hi Cristina,\n\nAttached is May's service report. For our records, could you confirm that Luzon Bridge "
        "continues to manage PAIC's Teams and Teams Rooms?\n\nThanks,\nRafael\n\n" + g.footer_block(LB_AM),
        attachments=[("PAIC_Monthly_Service_Report_May2026.pdf", monthly)],
    )
    m2 = Mail(
        cc,
        [LB_AM],
        "RE: Monthly service report – May 2026",
        T(2026, 6, 22, 8, 25, 8),
        "Hi Rafael,\n\nConfirming for your records: Luzon Bridge continues to manage our Teams environment and our "
        "Teams Rooms under the 2024 agreement. In the past months your team rolled Teams out to the 220 staff of the "
        "Clark warehouse (640 users in total now), installed 4 more Teams Rooms at Clark (22 in total) and runs the "
        "monthly room health review with facilities. We are happy with the service.\n\nRegards,\n" + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "LBIT-SOW-2024-118_signed.pdf": sow_signed,
        "PAIC_Monthly_Service_Report_May2026.pdf": monthly,
        "RE_ Monthly service report – May 2026.msg": msg_rx(m2, f"{cid}|rx"),
    }
    claim = cpor(
        cid,
        LUZON,
        LB_AM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["TEAMS", "TEAMS ROOMS"],
        T(2026, 7, 8, 10, 0, 8),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_pampanga_old_sow_with_recent_confirmation",
        claim,
        files,
        "approve",
        "The signed statement of work is from 11/18/2024 – more than 12 months before the 8 Jul 2026 submission – but "
        "the guide's remedy is there: a recent e-mail from the customer (22 Jun 2026, paic.com.ph) confirming the "
        "active engagement and describing the work (Teams for 220 more staff, 640 in total; 4 new Teams Rooms, 22 in "
        "total; monthly room health reviews), matching May's service report.",
        "Reply from cristina.mercado@paic.com.ph, 22 Jun 2026: 'Luzon Bridge continues to manage our Teams "
        "environment and our Teams Rooms…'.",
        g.cpor_ok(email_ack=True),
    )


def s500_056_tarlac_sugar_customer_refuses() -> Bundle:
    cid = "5001056"
    cust = Org(
        "Central Tarlac Sugar Milling Co., Inc.",
        "CTSMC",
        "ctsmc.com.ph",
        "PH",
        "Tarlac City 2300",
        "Brgy. San Miguel, MacArthur Highway",
        "#827717",
    )
    cc = cperson(cust, "Ramon Aquino", "IT Manager", "ramon.aquino")
    status = doc(
        LUZON,
        f"""
<h1>Intune Rollout – Status Report</h1>
{kv([("Customer", e(cust.name)), ("Date", "09/07/2026"), ("Prepared by", e(LB_AM.name))])}
{
            grid(
                ["Item", "Status"],
                [
                    ("Windows laptops enrolled", "140"),
                    ("Android handhelds (mill yard)", "40"),
                    ("Compliance policies", "9"),
                    ("Autopilot profiles", "2"),
                ],
                [60, 40],
            )
        }
<p>Luzon Bridge supported the Intune rollout at the Tarlac mill and the Manila sales office.</p>
""",
        "CTSMC Intune status",
        LB_AM.name,
        T(2026, 9, 7, 15, 0, 8),
        f"{cid}|st",
        right="Status Report",
    )
    m1 = Mail(
        LB_AM,
        [cc],
        "Intune rollout – status report for your confirmation",
        T(2026, 9, 8, 10, 0, 8),
        "Hi Ramon,\n\nPlease see the attached status report. Could you confirm Luzon Bridge's role in the Intune "
        "rollout so we can register the engagement with Microsoft?\n\nThanks,\nRafael\n\n" + g.footer_block(LB_AM),
        attachments=[("CTSMC_Intune_Status.pdf", status)],
    )
    m2 = Mail(
        cc,
        [LB_AM],
        "RE: Intune rollout – status report for your confirmation",
        T(2026, 9, 10, 16, 40, 8),
        "Hi Rafael,\n\nI saw the report. To be clear: we did not engage Luzon Bridge for our Intune rollout. Our own "
        "IT team did the deployment with our existing licensing partner; your team only joined one demo call in June. "
        "Please withdraw any registration of Luzon Bridge as our partner for Intune.\n\nRegards,\n" + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "CTSMC_Intune_Status.pdf": status,
        "RE_ Intune rollout – status report for your confirmation.msg": msg_rx(
            m2, f"{cid}|rx", via="onprem", onprem_ip="112.199.84.37"
        ),
    }
    claim = cpor(
        cid,
        LUZON,
        LB_AM,
        cust,
        cc,
        "usage",
        "Security",
        ["INTUNE"],
        T(2026, 9, 21, 10, 0, 8),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_tarlac_sugar_customer_denies_partner_role",
        claim,
        files,
        "reject",
        "The partner uploaded its own status report and the customer's answer to its request for confirmation – in "
        "which the customer's IT manager (ctsmc.com.ph, 10 Sep 2026) states that the customer did not engage the "
        "partner, that its own IT team and another partner did the rollout, and asks that the registration be "
        "withdrawn. The customer refuses the association; no further POE can change that.",
        "Reply from ramon.aquino@ctsmc.com.ph: 'we did not engage Luzon Bridge for our Intune rollout … Please "
        "withdraw any registration of Luzon Bridge as our partner for Intune.'",
        {"customer_acknowledgement": "fail", "customer_domain": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Boğaziçi Bulut (TR): a bilingual delivery report whose figures reappear for another customer
# --------------------------------------------------------------------------------------------------------------

BB_LABELS = ("Ad Soyad / Name", "Unvan / Title", "İmza / Signature", "Tarih / Date")
MARMARA_ROWS = [
    (
        "Microsoft Intune",
        "946 Windows dizüstü/masaüstü bilgisayar (210 cihaz için Autopilot) ve atölyedeki 338 Android terminal (özel "
        "cihaz modu); 17 uyumluluk ilkesi.<br/><i>946 Windows laptops/desktops (Autopilot for 210) and 338 Android "
        "shop-floor terminals (dedicated device mode); 17 compliance policies.</i>",
        "1.284",
    ),
    (
        "Defender for Endpoint",
        "1.284 cihaz ve 36 sunucu; 14 ASR kuralı engelleme modunda; EDR engelleme modunda; 3 cihaz grubu (Gebze, "
        "Bursa, OT atlama sunucuları).<br/><i>1,284 devices and 36 servers; 14 ASR rules in block mode; EDR in block "
        "mode; 3 device groups (Gebze, Bursa, OT jump hosts).</i>",
        "1.320",
    ),
]
MARMARA_TIMELINE = [
    ("02.03.2026 – 13.03.2026", "Keşif ve tasarım / Discovery and design"),
    ("16.03.2026 – 03.04.2026", "Pilot: Gebze kalite laboratuvarı, 120 cihaz / Pilot: Gebze quality lab, 120 devices"),
    ("06.04.2026 – 08.05.2026", "Yaygınlaştırma: Gebze ve Bursa fabrikaları / Rollout: Gebze and Bursa plants"),
    ("11.05.2026 – 15.05.2026", "Devir / Handover"),
]


def bb_delivery_report(
    cust: Org, summary_tr: str, summary_en: str, parties: Sequence[Party], ref: str, day: dt.date, seed: str
) -> bytes:
    page1 = f"""
<h1>Teslim Raporu / Delivery Report</h1>
<p style="font-size:12pt">{e(cust.name)} – Microsoft Intune &amp; Defender for Endpoint</p>
{
        kv(
            [
                ("Müşteri / Customer", e(cust.name)),
                ("Uygulayıcı / Implementer", e(BOGAZICI.name)),
                ("Referans / Reference", ref),
                ("Tarih / Date", g.fdate(day, "de")),
            ]
        )
    }
<h2>Özet / Summary</h2><p>{summary_tr}<br/><i>{summary_en}</i></p>
<h2>Teslim edilenler / Delivered</h2>{
        grid(["İş yükü / Workload", "Ayrıntı / Detail", "Adet / Count"], MARMARA_ROWS, [20, 66, 14])
    }
<h2>Zaman çizelgesi / Timeline</h2>{grid(["Tarih / Dates", "Aşama / Phase"], MARMARA_TIMELINE, [30, 70])}
"""
    page2 = g.signoff(
        "columns",
        parties,
        heading="Kabul / Acceptance",
        statement="Müşteri, yukarıdaki işlerin Boğaziçi Bulut tarafından teslim edildiğini kabul eder. / The customer "
        "accepts that the work above was delivered by Boğaziçi Bulut.",
        labels=BB_LABELS,
        company_label="Şirket / Company",
    )
    return doc(
        BOGAZICI,
        [page1, page2],
        f"Teslim Raporu {cust.short}",
        BB_SEC.name,
        T(day.year, day.month, day.day, 17, 0, 3),
        seed,
        right=f"Teslim Raporu / Delivery Report · {ref}",
        footer=e(BOGAZICI.name + " · " + BOGAZICI.reg),
    )


def s500_034_marmara_otomotiv_delivery_report() -> Bundle:
    cid = "5001034"
    cust = Org(
        "Marmara Otomotiv Yan Sanayi A.Ş.",
        "Marmara Otomotiv",
        "marmaraotomotiv.com.tr",
        "TR",
        "41400 Gebze/Kocaeli",
        "Gebze Organize Sanayi Bölgesi, 1600. Sokak No: 12",
        "#37474f",
    )
    cc = cperson(cust, "Burak Şahin", "BT Müdürü / IT Manager", "burak.sahin")
    parties = two_parties(cust, cc, BOGAZICI, BB_SEC, roles=("Müşteri / Customer", "Uygulayıcı / Implementer"))
    report = bb_delivery_report(
        cust,
        "Boğaziçi Bulut, Marmara Otomotiv'in Gebze ve Bursa fabrikalarındaki 1.284 cihazı Microsoft Intune'a kaydetti "
        "ve Microsoft Defender for Endpoint'e bağladı; eski antivirüs ürünü kaldırıldı.",
        "Boğaziçi Bulut enrolled Marmara Otomotiv's 1,284 devices at the Gebze and Bursa plants in Microsoft Intune "
        "and onboarded them to Microsoft Defender for Endpoint; the old antivirus product was removed.",
        parties,
        "BB-TR-2026-021",
        D(2026, 5, 18),
        f"{cid}|rep",
    )
    page = g.page_of(report, "Kabul / Acceptance")
    signed = g.with_scanned_pages(
        report,
        [page],
        col_inks(parties, "20.05.2026", labels=BB_LABELS, page=page),
        f"{cid}|scan",
        T(2026, 5, 20, 14, 0, 3),
        meta(f"Teslim Raporu {cust.short} (imzali)", BB_SEC.name, T(2026, 5, 20, 14, 0, 3) + dt.timedelta(hours=2)),
        dpi=150,
        skew=-0.4,
    )
    files = {"Teslim_Raporu_BB-TR-2026-021_imzali.pdf": signed}
    claim = cpor(
        cid,
        BOGAZICI,
        BB_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 6, 10, 11, 0, 3),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_marmara_otomotiv_bilingual_delivery_report",
        claim,
        files,
        "approve",
        "A Turkish/English delivery report (full English under every Turkish paragraph) for Intune (946 PCs, 338 "
        "shop-floor terminals) and Defender for Endpoint (1,284 devices, 36 servers) at the Gebze and Bursa plants; "
        "its acceptance page was printed, signed by the customer's IT manager on 20.05.2026, scanned and put back. "
        "5001035 reuses this report's figures and narrative for another customer: this claim holds the original (the "
        "plants and numbers are this customer's, signed first).",
        "Scanned report p. 2 'Kabul / Acceptance': 'Müşteri / Customer' column signed by Burak Şahin, 20.05.2026.",
        g.cpor_ok(),
    )


def s500_035_corlu_ambalaj_copied_figures() -> Bundle:
    cid = "5001035"
    cust = Org(
        "Çorlu Ambalaj San. ve Tic. A.Ş.",
        "Çorlu Ambalaj",
        "corluambalaj.com.tr",
        "TR",
        "59850 Çorlu/Tekirdağ",
        "Velimeşe OSB, 4. Cadde No: 7",
        "#6d4c41",
    )
    cc = cperson(cust, "Selin Arslan", "BT Müdürü / IT Manager", "selin.arslan")
    parties = two_parties(cust, cc, BOGAZICI, BB_SEC, roles=("Müşteri / Customer", "Uygulayıcı / Implementer"))
    report = bb_delivery_report(
        cust,
        "Boğaziçi Bulut, Çorlu Ambalaj'ın Gebze ve Bursa fabrikalarındaki 1.284 cihazı Microsoft Intune'a kaydetti ve "
        "Microsoft Defender for Endpoint'e bağladı; Marmara Otomotiv'deki eski antivirüs ürünü kaldırıldı.",
        "Boğaziçi Bulut enrolled Çorlu Ambalaj's 1,284 devices at the Gebze and Bursa plants in Microsoft Intune and "
        "onboarded them to Microsoft Defender for Endpoint; the old antivirus product at Marmara Otomotiv was removed.",
        parties,
        "BB-TR-2026-039",
        D(2026, 8, 7),
        f"{cid}|rep",
    )
    page = g.page_of(report, "Kabul / Acceptance")
    signed = g.with_scanned_pages(
        report,
        [page],
        col_inks(parties, "11.08.2026", labels=BB_LABELS, page=page),
        f"{cid}|scan",
        T(2026, 8, 11, 10, 0, 3),
        meta(f"Teslim Raporu {cust.short} (imzali)", BB_SEC.name, T(2026, 8, 11, 10, 0, 3) + dt.timedelta(hours=2)),
        dpi=150,
        skew=0.5,
    )
    files = {"Teslim_Raporu_BB-TR-2026-039_imzali.pdf": signed}
    claim = cpor(
        cid,
        BOGAZICI,
        BB_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 9, 1, 10, 0, 3),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_corlu_ambalaj_report_copied_from_other_customer",
        claim,
        files,
        "action_required",
        "The delivery report for this packaging maker in Çorlu repeats, word for word and figure for figure, claim "
        "5001034's report for Marmara Otomotiv: 946 PCs and 338 terminals 'at the Gebze and Bursa plants' (this "
        "customer has a single plant in Çorlu), 36 servers, the Gebze quality-lab pilot and the same timeline – and "
        "the English summary even says the old antivirus 'at Marmara Otomotiv' was removed. 5001034 holds the "
        "original. The customer's signature is real, but the detail describes another customer's project; the partner "
        "must provide POE of the work actually done here.",
        "Summary: '…Çorlu Ambalaj's 1,284 devices at the Gebze and Bursa plants… the old antivirus product at Marmara "
        "Otomotiv was removed'; rows identical to 5001034.",
        {
            "reused_evidence": "fail",
            "activity_detail": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "ineligible_customer": "pass",
        },
    )


def s500_036_karadeniz_findik_turkish_out_of_office() -> Bundle:
    cid = "5001036"
    cust = Org(
        "Karadeniz Fındık İhracat A.Ş.",
        "Karadeniz Fındık",
        "karadenizfindik.com.tr",
        "TR",
        "28200 Giresun",
        "Sultan Selim Mah., Liman Cad. No: 44",
        "#8d6e63",
    )
    cc = cperson(cust, "Ayşe Demir", "Mali İşler Direktörü / CFO", "ayse.demir")
    it = cperson(cust, "Emre Yılmaz", "BT Sorumlusu / IT Lead", "emre.yilmaz")
    summary = doc(
        BOGAZICI,
        f"""
<h1>Kapanış Özeti / Closure Summary</h1>
{kv([("Müşteri / Customer", e(cust.name)), ("Dönem / Period", "05.01.2026 – 13.02.2026")])}
{
            grid(
                ["İş yükü / Workload", "Yapılan iş / Work done", "Adet / Count"],
                [
                    (
                        "Exchange Online",
                        "Barındırılan Plesk e-postasından 95 posta kutusu ve 8 paylaşılan kutunun (ihracat, kalite, "
                        "laboratuvar) taşınması.<br/><i>Migration of 95 mailboxes and 8 shared mailboxes (export, "
                        "quality, lab) from the hosted Plesk mail service.</i>",
                        "103",
                    ),
                    (
                        "Microsoft 365 Apps",
                        "Giresun merkez ve Ordu deposundaki 95 bilgisayara kurulum.<br/><i>Deployment to 95 PCs at "
                        "the Giresun head office and the Ordu warehouse.</i>",
                        "95",
                    ),
                ],
                [22, 64, 14],
            )
        }
""",
        "Kapanis Ozeti Karadeniz Findik",
        BB_PM.name,
        T(2026, 2, 13, 17, 0, 3),
        f"{cid}|sum",
        right="Kapanış Özeti / Closure Summary",
    )
    m1 = Mail(
        BB_PM,
        [it],
        "Kapanış özeti / Closure summary – Exchange Online & Microsoft 365 Apps",
        T(2026, 2, 16, 9, 30, 3),
        "Emre Bey merhaba,\n\nKapanış özetini ekte bulabilirsiniz; onayınızı rica ederiz. / Please find the closure "
        "summary attached; we would appreciate your acceptance.\n\nSaygılarımla,\nElif Aydın\n\n"
        + g.footer_block(BB_PM),
        cc=[cc],
        attachments=[("Kapanis_Ozeti_Karadeniz_Findik.pdf", summary)],
    )
    ooo = Mail(
        it,
        [BB_PM],
        "Otomatik yanıt: Kapanış özeti / Closure summary – Exchange Online & Microsoft 365 Apps",
        T(2026, 2, 16, 9, 30, 3),
        "Merhaba, 23 Şubat'a kadar izindeyim. Acil durumlarda Ayşe Demir'e (ayse.demir@karadenizfindik.com.tr) "
        "ulaşabilirsiniz.\n\nHello, I am on leave until 23 February. For urgent matters please contact Ayşe "
        "Demir.\n\nEmre Yılmaz",
        auto_reply=True,
    )
    m3 = Mail(
        cc,
        [BB_PM],
        "RE: Kapanış özeti / Closure summary – Exchange Online & Microsoft 365 Apps",
        T(2026, 2, 18, 11, 5, 3),
        "Elif Hanım merhaba,\n\nEmre is on leave, so I went through the summary with our export and lab teams. "
        "Karadeniz Fındık accepts the Exchange Online migration and the Microsoft 365 Apps deployment as delivered by "
        "Boğaziçi Bulut – 95 mailboxes plus the 8 shared ones, and the 95 PCs in Giresun and Ordu.\n\nSaygılarımla,\n"
        + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "Kapanis_Ozeti_Karadeniz_Findik.pdf": summary,
        "RE_ Kapanis ozeti – Exchange Online & M365 Apps.msg": msg_rx(m3, f"{cid}|rx3"),
        "Otomatik yanit_ Kapanis ozeti.msg": msg_rx(ooo, f"{cid}|rx2"),
    }
    claim = cpor(
        cid,
        BOGAZICI,
        BB_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["EXCHANGE ONLINE", "MICROSOFT 365 APPS"],
        T(2026, 3, 10, 10, 0, 3),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_karadeniz_findik_out_of_office_then_cfo_accepts",
        claim,
        files,
        "approve",
        "The IT lead answered the request for acceptance only with a Turkish/English out-of-office reply (no "
        "acknowledgement), but the CFO – copied on the request, same domain karadenizfindik.com.tr – replied two days "
        "later accepting the Exchange Online migration and the Microsoft 365 Apps deployment, repeating the figures "
        "(95 + 8 mailboxes, 95 PCs). The bilingual closure summary has the detail.",
        "Reply from ayse.demir@karadenizfindik.com.tr, 18 Feb 2026: 'Karadeniz Fındık accepts the Exchange Online "
        "migration and the Microsoft 365 Apps deployment as delivered by Boğaziçi Bulut'.",
        g.cpor_ok(email_ack=True),
    )


def s500_063_antep_fistik_assessment_within_60_days() -> Bundle:
    cid = "5001063"
    cust = Org(
        "Gaziantep Fıstık Gıda San. A.Ş.",
        "Antep Fıstık",
        "antepfistik.com.tr",
        "TR",
        "27600 Şehitkamil/Gaziantep",
        "Organize Sanayi Bölgesi, 83406 Nolu Cad. No: 9",
        "#7cb342",
    )
    cc = cperson(cust, "Hakan Öztürk", "Bilgi İşlem Müdürü / IT Manager", "hakan.ozturk")
    eng = g.engagement("SEC-THREAT-ASSESS-VAR", "Threat Protection Assessment", "assessment", "variable", 2000.0)
    consent, submitted = D(2026, 9, 1), T(2026, 10, 23, 10, 0, 3)
    report = workshop_report(
        BOGAZICI,
        "Threat Protection Assessment – Report",
        [
            ("Customer", cust.name),
            ("Assessment window", "14 – 25 September 2026 (Defender trial tenant data, interviews)"),
            ("Participants", "6 – IT, production, finance"),
            ("MCI claim", cid),
        ],
        [
            (
                "Findings",
                grid(
                    ["Finding", "Evidence", "Risk"],
                    [
                        ("No EDR on 212 of 260 devices", "Defender trial onboarding report", "High"),
                        ("Legacy authentication enabled", "Sign-in logs: 1,480 legacy sign-ins in 10 days", "High"),
                        ("41 admin accounts without MFA", "Entra ID role report", "High"),
                        ("RDP exposed on 2 servers", "External attack surface scan", "Critical"),
                        ("Secure Score 34%", "Microsoft Secure Score", "Medium"),
                    ],
                    [40, 44, 16],
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Close RDP exposure immediately; VPN with MFA for the 2 remote support vendors.",
                        "Defender for Endpoint on all 260 devices and 14 servers within 60 days.",
                        "Block legacy authentication; MFA and PIM for all 41 admin accounts.",
                    ]
                ),
            ),
        ],
        T(2026, 9, 28, 17, 0, 3),
        BB_SEC.name,
        f"{cid}|rep",
        right="Threat Protection Assessment",
    )
    files, claim = pa_claim(
        cid,
        BOGAZICI,
        BB_SEC,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Threat_Protection_Assessment_Antep_Fistik.pdf": report},
        amount=2000.0,
        inv_no="BB-2026-0388",
        inv_day=D(2026, 10, 20),
        activities="Threat protection assessment with findings on EDR, legacy authentication, admin MFA and RDP",
        outcome="Remediation roadmap agreed; RDP exposure closed during the assessment",
        participants="6",
        invoice_kw={"date_style": "de", "bank": "Garanti BBVA · USD hesabı"},
    )
    return Bundle(
        f"{cid}_antep_fistik_assessment_within_60_days",
        claim,
        files,
        "approve",
        "An assessment-type engagement (deadline: 60 days after consent) submitted after "
        f"{days(consent, submitted)} days. The assessment report is specific (212 devices without EDR, 1,480 legacy "
        "sign-ins, 41 admins without MFA, 2 exposed RDP servers), the invoice shows the claim ID and USD 2,000 (= "
        "proposed payout), and both surveys carry name, company and title.",
        f"consent_date 2026-09-01, submitted 2026-10-23 ({days(consent, submitted)} days, assessment limit 60).",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Tasman Digital (NZ): one Project Wrap-up template; one acceptance e-mail used for two customers
# --------------------------------------------------------------------------------------------------------------

MSA_NZ = Org(
    "Marlborough Sounds Aquaculture Ltd",
    "MSA",
    "marlboroughaqua.co.nz",
    "NZ",
    "Havelock 7100",
    "12 Inglis Street",
    "#00695c",
)
MSA_IT = cperson(MSA_NZ, "Grant McKenzie", "IT Manager", "grant.mckenzie")


def msa_acceptance() -> Mail:
    if "msa" not in _MAILS:
        m1 = Mail(
            TD_SEC,
            [MSA_IT],
            "Wrap-up – Intune & Defender for Endpoint",
            T(2026, 3, 2, 15, 0, 13),
            "Kia ora Grant,\n\nThe project wrap-up is attached. Could you confirm MSA accepts the project as "
            "delivered?\n\nNgā mihi,\nLiam\n\n" + g.footer_block(TD_SEC),
        )
        _MAILS["msa"] = Mail(
            MSA_IT,
            [TD_SEC],
            "RE: Wrap-up – Intune & Defender for Endpoint",
            T(2026, 3, 4, 8, 47, 13),
            "Kia ora Liam,\n\nMarlborough Sounds Aquaculture accepts the Intune and Defender for Endpoint project as "
            "delivered by Tasman Digital – 184 devices enrolled and onboarded, including the 64 tablets on the mussel "
            "barges, and the 6 servers at Havelock.\n\nNgā mihi,\n" + sig_lines(MSA_IT),
            quoted=m1,
        )
    return _MAILS["msa"]


def s500_037_marlborough_wrapup_and_acceptance() -> Bundle:
    cid = "5001037"
    wrap = tasman_wrapup(
        MSA_NZ,
        "TD-WU-2026-006",
        D(2026, 2, 27),
        "Bring every MSA laptop, barge tablet and server under one management and protection platform before the "
        "winter harvest.",
        [
            (
                "Intune",
                "120 laptops (Autopilot) and 64 rugged tablets on the mussel barges in dedicated device mode; "
                "compliance and app protection; offline-tolerant update rings",
            ),
            (
                "Defender for Endpoint",
                "184 devices and 6 servers onboarded; ASR rules and EDR in block mode; alerts to MSA IT and Tasman's "
                "on-call",
            ),
        ],
        [("Devices in Intune", "184"), ("Endpoints in Defender", "190"), ("Compliant devices", "96%")],
        [
            ("12/01/2026", "Kick-off at Havelock"),
            ("02/02/2026", "Barge tablet pilot (8 tablets)"),
            ("20/02/2026", "All devices enrolled and onboarded"),
        ],
        ["Quarterly health check", "Defender vulnerability review with MSA IT each month"],
        "5001037|wrap",
    )
    files = {
        "MSA Project Wrap-up TD-WU-2026-006.pdf": wrap,
        "RE_ Wrap-up – Intune & Defender for Endpoint.msg": msg_rx(msa_acceptance(), "5001037|rx"),
    }
    claim = cpor(
        cid,
        TASMAN,
        TD_SEC,
        MSA_NZ,
        MSA_IT,
        "usage",
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 3, 25, 10, 0, 13),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_marlborough_wrapup_and_email_acceptance",
        claim,
        files,
        "approve",
        "Tasman's project wrap-up (184 devices incl. 64 barge tablets in Intune, 190 endpoints in Defender) and the "
        "customer IT manager's acceptance e-mail from marlboroughaqua.co.nz (4 Mar 2026, Received chain intact). The "
        "wrap-up template is shared with 5001038/5001039 (boilerplate). The same acceptance e-mail is reused on "
        "5001038 for another customer; this claim holds the original.",
        "Reply from grant.mckenzie@marlboroughaqua.co.nz: 'Marlborough Sounds Aquaculture accepts the Intune and "
        "Defender for Endpoint project as delivered by Tasman Digital'.",
        g.cpor_ok(email_ack=True),
    )


def s500_038_kaikoura_reuses_marlborough_email() -> Bundle:
    cid = "5001038"
    cust = Org(
        "Kaikōura Coast Seafoods Ltd",
        "Kaikōura Seafoods",
        "kaikouraseafoods.co.nz",
        "NZ",
        "Kaikōura 7300",
        "58 Beach Road",
        "#1565c0",
    )
    cc = cperson(cust, "Hemi Tautahi", "Operations Manager", "hemi.tautahi")
    wrap = tasman_wrapup(
        cust,
        "TD-WU-2026-011",
        D(2026, 4, 2),
        "Manage the processing-room tablets and office laptops centrally and retire the old MDM.",
        [("Intune", "46 laptops and 18 processing-room tablets (shared device mode); compliance policies")],
        [("Devices in Intune", "64"), ("Compliant devices", "94%")],
        [("02/03/2026", "Kick-off"), ("27/03/2026", "All devices enrolled")],
        ["Old MDM contract ends 30 June 2026"],
        f"{cid}|wrap",
    )
    printed = g.printed_mail_pdf(msa_acceptance(), TD_SEC, f"{cid}|print")
    files = {"Kaikoura Project Wrap-up TD-WU-2026-011.pdf": wrap, "Customer acceptance email.pdf": printed}
    claim = cpor(
        cid,
        TASMAN,
        TD_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["INTUNE"],
        T(2026, 4, 21, 11, 0, 12),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_kaikoura_uses_another_customers_acceptance_email",
        claim,
        files,
        "action_required",
        "The 'customer acceptance' is a printout of the e-mail on claim 5001037: sent from marlboroughaqua.co.nz by "
        "Marlborough Sounds Aquaculture's IT manager, accepting Marlborough's project (184 devices, barge tablets). "
        "It is not from this customer's domain (kaikouraseafoods.co.nz) and says nothing about this customer. 5001037 "
        "holds the original. This claim has no acknowledgement of its own.",
        "'Customer acceptance email.pdf': From Grant McKenzie <grant.mckenzie@marlboroughaqua.co.nz> – 'Marlborough "
        "Sounds Aquaculture accepts…'.",
        {
            "reused_evidence": "fail",
            "customer_domain": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
        },
    )


def s500_039_hawkes_bay_day_first_within_12_months() -> Bundle:
    cid = "5001039"
    cust = Org(
        "Hawke's Bay Orchards Ltd",
        "HB Orchards",
        "hborchards.co.nz",
        "NZ",
        "Hastings 4120",
        "1020 Omahu Road",
        "#c62828",
    )
    cc = cperson(cust, "Sarah Whitmore", "General Manager – Corporate Services", "sarah.whitmore")
    parties = [Party("", cust.name, cc.name, cc.title), Party("", TASMAN.name, TD_PM.name, TD_PM.title)]
    wrap = tasman_wrapup(
        cust,
        "TD-WU-2025-044",
        D(2025, 10, 31),
        "Give the packhouse, orchard and export teams one place to work before the 2026 picking season.",
        [
            (
                "Teams",
                "Teams for 310 permanent staff and 45 seasonal supervisors; a channel per orchard block; frontline "
                "sign-in on 30 packhouse tablets",
            ),
            (
                "SharePoint Online",
                "26 sites: packhouse QA, spray diaries, export documentation (MPI phytosanitary), migrated from 700 "
                "GB of file shares",
            ),
        ],
        [("Teams users", "355"), ("SharePoint sites", "26"), ("Data migrated", "700 GB")],
        [("25/08/2025", "Kick-off"), ("22/09/2025", "Pilot with the export team"), ("24/10/2025", "All sites live")],
        ["Picking-season onboarding for seasonal supervisors each January"],
        f"{cid}|wrap",
        parties=parties,
    )
    signed = scan(
        wrap,
        [
            *g.sign_inks("lines", parties[0], 0, "03/11/2025"),
            *g.sign_inks("lines", parties[1], 1, "03/11/2025", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2025, 11, 3, 16, 0, 13),
        dpi=150,
        skew=0.5,
    )
    files = {"HB Orchards Wrap-up signed.pdf": signed}
    claim = cpor(
        cid,
        TASMAN,
        TD_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 10, 20, 10, 0, 13),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_hawkes_bay_day_first_date_within_12_months",
        claim,
        files,
        "approve",
        "The wrap-up is signed '03/11/2025'. The document writes dates day-first, as New Zealand does (issued "
        "31/10/2025; all sites live 24/10/2025 – impossible month-first), so the signature is 3 November 2025, "
        f"{months(D(2025, 11, 3), D(2026, 10, 20))} months before the submission on 20 Oct 2026 – inside the 12 "
        "months. Read month-first (March 11, 2025) it would be too old. Teams (355 users, 30 tablets) and SharePoint "
        "(26 sites, 700 GB) are detailed.",
        "Signature line 'Sarah Whitmore … Date: 03/11/2025'; report date 31/10/2025, timeline '24/10/2025'.",
        g.cpor_ok(),
    )


def s500_058_wairarapa_workshop_day_88() -> Bundle:
    cid = "5001058"
    cust = Org(
        "Wairarapa Wool Scourers Ltd",
        "Wairarapa Wool",
        "wairarapawool.co.nz",
        "NZ",
        "Masterton 5810",
        "41 Ngaumutawa Road",
        "#5d4037",
    )
    cc = cperson(cust, "Fiona Burke", "IT & Systems Manager", "fiona.burke")
    eng = g.engagement("SEC-HYBRID-WS-VAR", "Hybrid Cloud Security Workshops", "standard", "variable", 2600.0)
    consent, submitted = D(2026, 5, 4), T(2026, 7, 31, 16, 30, 12)
    report = workshop_report(
        TASMAN,
        "Hybrid Cloud Security Workshop – Findings",
        [
            ("Customer", cust.name),
            ("Workshop", "9 June 2026, Masterton, 9:00–15:30"),
            ("Participants", "7 – IT, engineering, finance"),
            ("MCI claim", cid),
        ],
        [
            (
                "Environment",
                "<p>Two Hyper-V hosts at the scouring plant (SCADA historian, ERP), 9 Azure VMs in Australia East "
                "(EDI with wool buyers, reporting), no central view of vulnerabilities or security alerts.</p>",
            ),
            (
                "What the workshop showed",
                ul(
                    [
                        "Defender for Cloud on the Azure subscription: Secure Score 39%, 3 VMs with internet-facing "
                        "management ports.",
                        "Azure Arc onboarding of the 2 Hyper-V hosts and 11 on-premises VMs in the lab.",
                        "Defender for Servers Plan 1 recommended; SCADA historian kept in a separate Arc resource "
                        "group.",
                    ]
                ),
            ),
            (
                "Plan",
                grid(
                    ["Step", "When"],
                    [
                        ("Close management ports, just-in-time access", "July 2026"),
                        ("Arc + Defender for Servers on-premises", "August 2026"),
                        ("Monthly posture review", "From September 2026"),
                    ],
                    [70, 30],
                ),
            ),
        ],
        T(2026, 6, 11, 16, 0, 12),
        TD_SEC.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        TASMAN,
        TD_SEC,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Hybrid_Cloud_Security_Workshop_Wairarapa_Wool.pdf": report},
        amount=2600.0,
        inv_no="TDL-INV-2026-112",
        inv_day=D(2026, 7, 29),
        activities="Hybrid cloud security workshop: Defender for Cloud posture, Azure Arc for on-premises servers",
        outcome="Posture plan agreed; management ports closed in July",
        participants="7",
        invoice_kw={"date_style": "gb_long", "bank": "ANZ Bank New Zealand · USD foreign currency account"},
    )
    return Bundle(
        f"{cid}_wairarapa_workshop_submitted_on_day_88",
        claim,
        files,
        "approve",
        "A standard-timeline workshop claim (deadline: 90 days after consent) submitted late on the 88th day "
        f"(consent 4 May 2026, submitted 31 Jul 2026, {days(consent, submitted)} days) – late in the window but "
        "inside it. Findings report specific to the customer's plant and Azure estate, invoice with the claim ID and "
        "USD 2,600 (= proposed payout), both surveys complete.",
        f"consent_date 2026-05-04; submitted_at 2026-07-31T04:30Z ({days(consent, submitted)} days).",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Merlion Secure (SG): one SOC monthly report template; an e-signature image pasted into another document
# --------------------------------------------------------------------------------------------------------------

TPMS = Org(
    "Tanjong Pagar Marine Services Pte Ltd",
    "TPMS",
    "tpmarine.com.sg",
    "SG",
    "Singapore 079903",
    "10 Anson Road, #27-08 International Plaza",
    "#01579b",
)
TPMS_IT = cperson(TPMS, "Lim Wei Jie", "Head of IT & Cyber Security", "weijie.lim")
TPMS_ESIGN_SEED = "5001040|ds"


def s500_040_tpms_managed_soc_docusign() -> Bundle:
    cid = "5001040"
    report = merlion_soc_report(
        TPMS,
        "August 2026",
        D(2026, 9, 3),
        [("Alerts", "1,942"), ("Incidents", "118"), ("True positives", "9"), ("MTTA", "4 min"), ("MTTR", "1 h 55")],
        [
            (
                "INC-8812",
                "Defender XDR",
                "Business e-mail compromise attempt on the chartering desk; mailbox rule removed, sessions revoked, 2 "
                "look-alike domains blocked",
                "04/08/2026",
            ),
            (
                "INC-8840",
                "Defender for Cloud",
                "Brute force on a vessel-tracking VM; JIT access enforced",
                "11/08/2026",
            ),
            (
                "INC-8902",
                "Sentinel",
                "Impossible travel for a crewing agent in Manila; MFA reset with HR",
                "22/08/2026",
            ),
        ],
        [
            "Hunt: OAuth apps with mail.read granted in the last 90 days (3 removed)",
            "Hunt: LOLBins on the bunkering PCs (none found)",
        ],
        ["7 analytics rules tuned (false positives −38%)", "2 custom detections for the vessel-crew portal"],
        [
            ("Secure Score", "72%"),
            ("Endpoints onboarded (MDE)", "640"),
            ("Servers (Defender for Cloud)", "22"),
            ("Sentinel data connectors", "17"),
        ],
        f"{cid}|soc",
    )
    html = f"""
<h1>Managed SOC Service Acceptance</h1>
{
        kv(
            [
                ("Customer", e(TPMS.name)),
                ("Service provider", e(MERLION.name)),
                ("Service start", "1 March 2026"),
                (
                    "Scope",
                    "640 endpoints (Defender for Endpoint), 22 servers and 2 Azure subscriptions (Defender for "
                    "Cloud), Microsoft Sentinel workspace tpms-sentinel-sea",
                ),
            ]
        )
    }
{grid(["Service element", "What Merlion does"], [(a, e(b)) for a, b in MERLION_SCOPE], [26, 74])}
<p>The customer confirms that Merlion Secure Pte. Ltd. provides the managed SOC service described above.</p>
{fields([("Customer signature", "", 48), ("Name / title", f"{e(TPMS_IT.name)}, {e(TPMS_IT.title)}", 16)], key_w=140)}
"""
    acc = doc(
        MERLION,
        html,
        "TPMS Managed SOC Service Acceptance",
        MS_SDM.name,
        T(2026, 9, 4, 10, 0, 8),
        f"{cid}|acc",
        right="Service Acceptance",
    )
    signed = g.esign(
        acc,
        TPMS_IT,
        T(2026, 9, 7, 9, 12, 8),
        TPMS_ESIGN_SEED,
        sig_anchor="Customer signature",
        sig_dx=150,
        sig_dy=10,
        vendor="docusign",
        sender=MS_SDM,
        ip="203.116.44.21",
    )
    files = {
        "TPMS_SOC_Monthly_Report_Aug2026.pdf": report,
        "TPMS_Managed_SOC_Service_Acceptance (DocuSign).pdf": signed,
    }
    claim = cpor(
        cid,
        MERLION,
        MS_SDM,
        TPMS,
        TPMS_IT,
        "managed_security_services",
        "Security",
        ["MANAGED SECURITY SERVICES"],
        T(2026, 9, 21, 10, 0, 8),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_tpms_managed_soc_docusign_acceptance",
        claim,
        files,
        "approve",
        "Managed security services: Merlion's monthly SOC report (24x7 triage across Defender XDR, Defender for Cloud "
        "and Sentinel; real August incidents, hunts, tuning, posture; MDE on 640 endpoints) and a service acceptance "
        "e-signed through DocuSign by the customer's head of IT & cyber security on 7 Sep 2026, with the certificate "
        "of completion. The SOC report template and service description are Merlion's own (shared with 5001042). The "
        "signature image of this envelope is pasted into 5001041's document; this claim holds the original.",
        "DocuSign certificate: signer Lim Wei Jie (weijie.lim@tpmarine.com.sg), signed 09/07/2026.",
        g.cpor_ok(),
    )


def s500_041_tpms_pasted_esignature() -> Bundle:
    cid = "5001041"
    sig = g.png(g.signature_image(TPMS_IT.name, f"{TPMS_ESIGN_SEED}|es0", height=120, color=(0, 0, 0)))
    html = f"""
<h1>Deployment Acceptance – Microsoft Defender for Cloud Apps</h1>
{kv([("Customer", e(TPMS.name)), ("Delivered by", e(MERLION.name)), ("Period", "14 September – 9 October 2026")])}
{
        grid(
            ["Item", "Delivered"],
            [
                ("Cloud discovery", "388 cloud apps discovered through Defender for Endpoint on 640 devices"),
                ("App governance", "12 apps sanctioned; 9 unsanctioned and blocked (file sharing, AI note-takers)"),
                (
                    "Session control",
                    "Conditional Access App Control for the vessel-crew portal and the chartering platform; download "
                    "blocking on unmanaged devices",
                ),
            ],
            [28, 72],
        )
    }
<p>The customer accepts the deployment described above.</p>
{
        fields(
            [
                ("Customer signature", "", 48),
                ("Date", "", 16),
                ("Name / title", f"{e(TPMS_IT.name)}, {e(TPMS_IT.title)}", 16),
            ],
            key_w=140,
        )
    }
"""
    pdf = doc(
        MERLION,
        html,
        "TPMS MDCA Deployment Acceptance",
        MS_ENG.name,
        T(2026, 10, 12, 17, 0, 8),
        f"{cid}|acc",
        right="Deployment Acceptance",
    )
    pasted = g.stamp_pdf(
        pdf,
        [Ink("Customer signature", "image", dx=150, dy=10, h=30, picture=sig)],
        f"{cid}|paste",
        meta("TPMS MDCA Deployment Acceptance", MS_ENG.name, T(2026, 10, 12, 17, 20, 8)),
    )
    pasted = typed_fields(pasted, [("Date", 0, "12 October 2026")], f"{cid}|date", dx=146)
    files = {"TPMS_MDCA_Deployment_Acceptance_signed.pdf": pasted}
    claim = cpor(
        cid,
        MERLION,
        MS_ENG,
        TPMS,
        TPMS_IT,
        "usage",
        "Security",
        ["MICROSOFT DEFENDER FOR CLOUD APPS"],
        T(2026, 10, 13, 15, 0, 8),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_tpms_esignature_image_pasted_into_new_document",
        claim,
        files,
        "action_required",
        "A born-digital acceptance whose 'signature' is a picture: pixel for pixel the DocuSign signature drawn by "
        "the customer on claim 5001040's envelope, pasted into this document with a typed date – no envelope ID, no "
        "'Signed by' frame, no certificate of completion. A copied and pasted signature is not a customer "
        "acknowledgement, and the evidence is lifted from another claim (5001040 holds the original). The partner "
        "must get the customer's real acknowledgement of the Defender for Cloud Apps work.",
        "Image in the 'Customer signature' cell identical to the signature in 5001040's DocuSign envelope; no "
        "envelope ID on the page.",
        {"customer_acknowledgement": "fail", "reused_evidence": "fail", "activity_detail": "pass"},
    )


def s500_042_sembawang_soc_acceptance_in_thread() -> Bundle:
    cid = "5001042"
    cust = Org(
        "Sembawang Precision Engineering Pte Ltd",
        "SPE",
        "sembawangprecision.com.sg",
        "SG",
        "Singapore 758087",
        "21 Senoko Loop",
        "#455a64",
    )
    cc = cperson(cust, "Rajesh Kumar", "Head of IT", "rajesh.kumar")
    report = merlion_soc_report(
        cust,
        "October 2026",
        D(2026, 10, 26),
        [("Alerts", "1,106"), ("Incidents", "64"), ("True positives", "5"), ("MTTA", "5 min"), ("MTTR", "2 h 10")],
        [
            (
                "INC-9410",
                "Defender XDR",
                "Ransomware precursor (Cobalt Strike beacon) on a CNC programming PC; device isolated in 6 min, "
                "credentials reset",
                "09/10/2026",
            ),
            (
                "INC-9433",
                "Sentinel",
                "Mass download from the quality SharePoint by a departing engineer; HR informed",
                "17/10/2026",
            ),
        ],
        ["Hunt: remote admin tools on shop-floor PCs (2 AnyDesk installs removed)"],
        ["4 rules tuned; 1 custom detection for CNC programme exfiltration"],
        [
            ("Secure Score", "66%"),
            ("Endpoints onboarded (MDE)", "410"),
            ("Servers (Defender for Cloud)", "12"),
            ("Sentinel data connectors", "11"),
        ],
        f"{cid}|soc",
    )
    m1 = Mail(
        MS_SDM,
        [cc],
        "SPE – SOC report October 2026 and service scope",
        T(2026, 10, 27, 17, 30, 8),
        "Hi Rajesh,\n\nOctober's report is attached. As discussed at onboarding, could you please confirm that SPE "
        "accepts Merlion's Managed SOC service scope: 24x7 monitoring and response in Defender XDR and Defender for "
        "Cloud for 410 endpoints, 12 servers and 1 Azure subscription; Sentinel management; monthly hunting and "
        "posture reviews; weekly tuning and custom detections.\n\nBest regards,\nPriya\n\n" + g.footer_block(MS_SDM),
        attachments=[("SPE_SOC_Monthly_Report_Oct2026.pdf", report)],
    )
    m2 = Mail(
        cc,
        [MS_SDM],
        "RE: SPE – SOC report October 2026 and service scope",
        T(2026, 10, 28, 9, 5, 8),
        "Priya,\n\nConfirmed – SPE accepts the Managed SOC service as described: 24x7 monitoring and response in "
        "Defender XDR and Defender for Cloud, Sentinel management, monthly hunts, posture reviews and tuning. The "
        "catch of the Cobalt Strike beacon on the 9th was excellent.\n\n" + sig_lines(cc),
    )
    m3 = Mail(
        MS_SDM,
        [cc],
        "RE: SPE – SOC report October 2026 and service scope",
        T(2026, 10, 28, 10, 0, 8),
        "Thank you Rajesh! Shall we hold the QBR on 14 November at your Senoko office?\n\nPriya",
    )
    m4 = Mail(
        cc,
        [MS_SDM],
        "RE: SPE – SOC report October 2026 and service scope",
        T(2026, 10, 29, 8, 15, 8),
        "Yes, 14 Nov at 10 am works. See you at the QBR.\n\nRajesh",
    )
    top = thread(m1, m2, m3, m4)
    files = {
        "SPE_SOC_Monthly_Report_Oct2026.pdf": report,
        "RE_ SPE – SOC report October 2026 and service scope.eml": eml_rx(top, f"{cid}|rx"),
    }
    claim = cpor(
        cid,
        MERLION,
        MS_SDM,
        cust,
        cc,
        "managed_security_services",
        "Security",
        ["MANAGED SECURITY SERVICES"],
        T(2026, 11, 9, 10, 0, 8),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_sembawang_soc_acceptance_inside_thread",
        claim,
        files,
        "approve",
        "Managed security services with Merlion's monthly SOC report (October incidents, hunting, tuning, posture; "
        "MDE on 410 endpoints). The .eml is the customer's last, short message about the QBR date; two messages down "
        "the same thread (not forwarded) holds his acceptance of 28 Oct 2026 from sembawangprecision.com.sg of the "
        "full SOC scope the partner set out. Report template and service description are shared with 5001040 "
        "(boilerplate).",
        "Quoted reply from rajesh.kumar@sembawangprecision.com.sg, 28 Oct 2026: 'Confirmed – SPE accepts the Managed "
        "SOC service as described'.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Dhow Digital (AE)
# --------------------------------------------------------------------------------------------------------------


def s500_043_aqfm_trade_name_teams_phone() -> Bundle:
    cid = "5001043"
    cust = Org(
        "Al Qudra Integrated Facilities Management L.L.C.",
        "AQFM",
        "alqudra-fm.ae",
        "AE",
        "Al Quoz Industrial Area 3, Dubai",
        "Warehouse 14, Street 17B",
        "#00796b",
    )
    cc = cperson(cust, "Faisal Al Hashimi", "IT Director", "faisal.alhashimi")
    report = doc(
        DHOW,
        f"""
<h1>AQFM – Teams Phone &amp; Teams Rooms Delivery Report</h1>
{
            kv(
                [
                    ("Client", "AQFM (Al Qudra FM), Dubai"),
                    ("Reference", "DD-DR-2026-022"),
                    ("Delivery window", "9 March – 28 May 2026"),
                    ("Dhow project manager", e(DD_PM.name)),
                ]
            )
        }
<h2>Teams Phone</h2>
{
            ul(
                [
                    "420 users on Teams Phone with Operator Connect (du): helpdesk, supervisors, sales and management.",
                    "3 auto attendants in English and Arabic; 6 call queues, including the 24x7 helpdesk for 140 "
                    "client sites (hospitals, malls, residential towers).",
                    "Call recording for the helpdesk queues (120 agents); emergency locations for 4 offices.",
                ]
            )
        }
<h2>Teams Rooms</h2>
{
            ul(
                [
                    "9 rooms at the Al Quoz head office and the Abu Dhabi branch: Logitech Rally Bar + Tap, Teams "
                    "Rooms Pro Management licences, resource accounts and booking policies."
                ]
            )
        }
<h2>Results</h2>
{
            grid(
                ["Measure", "Value"],
                [
                    ("Helpdesk calls answered within 20 s (May)", "91%"),
                    ("Legacy PBX", "Decommissioned 21/05/2026"),
                    ("Rooms healthy in Pro Management", "9 of 9"),
                ],
                [60, 40],
            )
        }
""",
        "AQFM Teams Phone & Rooms delivery report",
        DD_PM.name,
        T(2026, 5, 29, 15, 0, 4),
        f"{cid}|rep",
        right="Delivery Report · DD-DR-2026-022",
    )
    m1 = Mail(
        DD_PM,
        [cc],
        "AQFM – Teams Phone & Rooms delivery report",
        T(2026, 6, 8, 10, 0, 4),
        "Dear Faisal,\n\nPlease find the delivery report attached. Kindly confirm AQFM's acceptance.\n\nBest "
        "regards,\nRashid\n\n" + g.footer_block(DD_PM),
        attachments=[("AQFM_Delivery_Report_DD-DR-2026-022.pdf", report)],
    )
    m2 = Mail(
        cc,
        [DD_PM],
        "RE: AQFM – Teams Phone & Rooms delivery report",
        T(2026, 6, 10, 8, 20, 4),
        "Dear Rashid,\n\nAQFM accepts the Teams Phone and Teams Rooms project delivered by Dhow Digital – the 420 "
        "users and the helpdesk queues are live and the old PBX is gone. Thank you to your team.\n\nRegards,\nFaisal "
        "Al Hashimi\nIT Director | Al Qudra FM",
        quoted=m1,
    )
    files = {
        "AQFM_Delivery_Report_DD-DR-2026-022.pdf": report,
        "RE_ AQFM – Teams Phone & Rooms delivery report.msg": msg_rx(m2, f"{cid}|rx"),
    }
    claim = cpor(
        cid,
        DHOW,
        DD_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        T(2026, 6, 30, 9, 0, 4),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_aqfm_trade_name_teams_phone_and_rooms",
        claim,
        files,
        "approve",
        "The customer is registered as 'Al Qudra Integrated Facilities Management L.L.C.'; its own staff and the "
        "partner's report call it 'AQFM' / 'Al Qudra FM' – the same company (acknowledgement from its domain "
        "alqudra-fm.ae, 10 Jun 2026). Teams Phone (420 users, 3 bilingual auto attendants, 6 queues, PBX "
        "decommissioned) and Teams Rooms (9 rooms) are both detailed.",
        "Reply from faisal.alhashimi@alqudra-fm.ae: 'AQFM accepts the Teams Phone and Teams Rooms project delivered "
        "by Dhow Digital'.",
        g.cpor_ok(email_ack=True),
        container="zip",
    )


def s500_044_jagt_signed_order_form_quote_msa() -> Bundle:
    cid = "5001044"
    cust = Org(
        "Jebel Ali General Trading Co. L.L.C.",
        "JAGT",
        "jagt.ae",
        "AE",
        "Jebel Ali Free Zone, Dubai",
        "JAFZA South, Plot S40212",
        "#6d4c41",
        "Trade Licence 142288",
    )
    cc = cperson(cust, "Mohammed Saeed", "Finance & IT Manager", "m.saeed")
    order = doc(
        DHOW,
        f"""
<h1>ORDER FORM – Microsoft Cloud Subscriptions (CSP)</h1>
{
            kv(
                [
                    ("Order form no.", "DD-OF-2026-0031"),
                    ("Customer", e(cust.name) + ", " + e(cust.address)),
                    ("Billing", "Monthly in arrears, AED"),
                    ("Commitment", "12 months from 15/01/2026"),
                ]
            )
        }
{
            grid(
                ["Product", "Qty", "Unit price / month", "Total / month"],
                [
                    ("Microsoft 365 Business Premium (annual commitment)", "120", "AED 84.00", "AED 10,080.00"),
                    ("Exchange Online (Plan 1) (annual commitment)", "40", "AED 15.00", "AED 600.00"),
                ],
                [52, 10, 19, 19],
            )
        }
<p>By signing, the Customer orders the subscriptions above under the Dhow Digital Master Services Agreement and
accepts the Microsoft Customer Agreement.</p>
{
            fields(
                [
                    ("Customer authorised signatory", f"{e(cc.name)}, {e(cc.title)}", 16),
                    ("Signature", "", 44),
                    ("Date", "", 18),
                ],
                key_w=170,
            )
        }
""",
        "Order Form DD-OF-2026-0031",
        DD_AM.name,
        T(2026, 1, 8, 11, 0, 4),
        f"{cid}|of",
        right="Order Form",
    )
    order_signed = scan(
        order,
        [
            Ink("Signature", "sig", cc.name, dx=176, dy=4, h=30),
            Ink("Signature", "stamp", dx=300, dy=-2, h=34, lines=("JEBEL ALI GENERAL TRADING", "JAFZA – DUBAI")),
            Ink("Date", "hand", "12/01/2026", dx=176, dy=2, h=13, occurrence=0),
        ],
        f"{cid}|ofs",
        T(2026, 1, 12, 13, 0, 4),
        dpi=150,
        skew=0.6,
    )
    quote = doc(
        DHOW,
        f"""
<h1>Quotation DD-Q-2026-004</h1>
{kv([("Customer", e(cust.name)), ("Date", "05/01/2026"), ("Valid until", "04/02/2026")])}
{
            grid(
                ["Item", "Qty", "Price (AED, monthly)"],
                [
                    ("Microsoft 365 Business Premium", "120", "10,080.00"),
                    ("Exchange Online (Plan 1)", "40", "600.00"),
                    ("Onboarding fee (one-off)", "1", "2,500.00"),
                ],
                [60, 10, 30],
            )
        }
<p>Prices exclude 5% VAT.</p>
""",
        "Quotation DD-Q-2026-004",
        DD_AM.name,
        T(2026, 1, 5, 10, 0, 4),
        f"{cid}|q",
        right="Quotation",
    )
    msa = doc(
        DHOW,
        [
            f"""
<h1>Master Services Agreement</h1>
<p>between <b>{e(DHOW.name)}</b> ("Dhow") and <b>{e(cust.name)}</b> ("Customer")</p>
<h2>1. Services</h2><p>Dhow provides IT services and cloud subscriptions ordered by the Customer through order forms
or statements of work, each governed by this Agreement.</p>
<h2>2. Term</h2><p>Three (3) years from the date of the last signature, renewing annually.</p>
<h2>3. Fees</h2><p>As set out in each order form.</p>
<h2>4. Confidentiality, liability, governing law</h2><p>Standard terms; the laws of the Emirate of Dubai apply.</p>
""",
            g.signoff(
                "lines",
                [Party("", cust.name, cc.name, cc.title), Party("", DHOW.name, DD_AM.name, DD_AM.title)],
                heading="Signatures",
            ),
        ],
        "MSA Dhow JAGT",
        DD_AM.name,
        T(2024, 3, 3, 10, 0, 4),
        f"{cid}|msa",
        right="Master Services Agreement",
    )
    msa_signed = scan(
        msa,
        [
            *g.sign_inks("lines", Party("", cust.name, cc.name), 0, "06/03/2024"),
            *g.sign_inks("lines", Party("", DHOW.name, DD_AM.name), 1, "06/03/2024", color=g.INK_BLACK),
        ],
        f"{cid}|msas",
        T(2024, 3, 6, 12, 0, 4),
        dpi=120,
        skew=-0.5,
    )
    files = {
        "Order_Form_DD-OF-2026-0031_signed.pdf": order_signed,
        "Quotation_DD-Q-2026-004.pdf": quote,
        "MSA_Dhow_Digital_JAGT_2024.pdf": msa_signed,
    }
    claim = cpor(
        cid,
        DHOW,
        DD_AM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["MICROSOFT 365 APPS", "EXCHANGE ONLINE"],
        T(2026, 2, 10, 12, 0, 4),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_jagt_signed_order_form_quote_and_msa",
        claim,
        files,
        "action_required",
        "Everything uploaded is commercial paperwork, recognisable by its content whatever the file names: an order "
        "form for CSP subscriptions (signed and stamped by the customer on 12/01/2026 – a customer-signed licensing "
        "order is still a licensing transaction), a pricing quotation, and a 2024 master services agreement with no "
        "recent engagement documentation. None of them counts as POE and none describes any deployment or usage work "
        "on Microsoft 365 Apps or Exchange Online.",
        "'ORDER FORM – Microsoft Cloud Subscriptions (CSP)' signed by Mohammed Saeed; 'Quotation DD-Q-2026-004'; "
        "'Master Services Agreement' signed 06/03/2024.",
        {
            "unacceptable_documents": "fail",
            "activity_detail": "fail",
            "customer_acknowledgement": "fail",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
        container="zip-folder",
    )


def s500_045_khawr_marine_customer_survey_signed_by_partner() -> Bundle:
    cid = "5001045"
    cust = Org(
        "Khawr Marine Services L.L.C.",
        "Khawr Marine",
        "khawrmarine.ae",
        "AE",
        "Mina Rashid, Dubai",
        "Port Rashid Road, Building 5",
        "#0277bd",
    )
    cc = cperson(cust, "Omar Haddad", "IT Manager", "omar.haddad")
    eng = g.engagement(
        "SEC-SIEM-XDR-WS-VAR", "Sales - Defend Against Threats with SIEM Plus XDR", "standard", "variable", 3400.0
    )
    consent, submitted = D(2026, 5, 4), T(2026, 6, 29, 10, 0, 4)
    report = workshop_report(
        DHOW,
        "Defend Against Threats with SIEM + XDR – Workshop Report",
        [
            ("Customer", cust.name),
            ("Workshop", "27 May 2026, Mina Rashid"),
            ("Participants", "5 – IT, operations, finance"),
            ("MCI claim", cid),
        ],
        [
            (
                "Threat check (2 weeks)",
                "<p>Defender XDR trial on 90 devices and 110 mailboxes: 14 phishing campaigns, 2 credential theft "
                "attempts against the harbour-master liaison accounts, 1 unpatched VPN appliance. Microsoft Sentinel "
                "trial workspace with 6 connectors.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Defender for Business on all 90 devices; Defender for Office 365 Plan 2.",
                        "Sentinel with the firewall and VPN connectors; 20 analytics rules.",
                    ]
                ),
            ),
        ],
        T(2026, 5, 29, 16, 0, 4),
        DD_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        DHOW,
        DD_PM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"SIEM_XDR_Workshop_Report_Khawr_Marine.pdf": report},
        amount=3400.0,
        inv_no="DD-INV-2026-0219",
        inv_day=D(2026, 6, 25),
        activities="Threat check and SIEM + XDR workshop",
        outcome="Defender and Sentinel roadmap agreed",
        participants="5",
        cust_sig={"name": DD_PM.name, "company": DHOW.name, "title": DD_PM.title},
        invoice_kw={"date_style": "gb_long", "bank": "Emirates NBD · USD account"},
    )
    return Bundle(
        f"{cid}_khawr_marine_customer_survey_signed_by_partner",
        claim,
        files,
        "reject",
        "The customer attestation – the survey the customer must complete and sign – is signed 'Rashid Al Mansoori, "
        "Dhow Digital FZ-LLC, Project Manager': the partner's own project manager and company. The survey's "
        "electronic signature must be the customer respondent's full name, company and title; a customer survey "
        "completed by the partner is not a customer attestation, a completed survey cannot be re-sent on the claim, "
        "and the guide says such a claim may be rejected. UNSURE: a reviewer might instead ask for a new claim, with "
        "the same effect.",
        "customer_attestation_5001045.json: signature {full_name: 'Rashid Al Mansoori', company: 'Dhow Digital "
        "FZ-LLC'}.",
        {"attestations": "fail", "invoice": "pass", "submission_window": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Tecnologías Cenote (MX)
# --------------------------------------------------------------------------------------------------------------


def s500_046_ceramica_uxmal_presales_pilot() -> Bundle:
    cid = "5001046"
    cust = Org(
        "Cerámica Uxmal S.A. de C.V.",
        "Cerámica Uxmal",
        "ceramicauxmal.com.mx",
        "MX",
        "97302 Mérida, Yucatán",
        "Periférico Poniente Km 4.5",
        "#bf360c",
    )
    cc = cperson(cust, "Gabriela Novelo", "Directora Comercial / Sales Director", "gabriela.novelo")
    sales_ops = cperson(cust, "Jorge Canto", "Coordinador de Ventas", "jorge.canto")
    report = doc(
        CENOTE,
        f"""
<h1>Informe del piloto / Pilot Report – Dynamics 365 Sales</h1>
{
            kv(
                [
                    ("Cliente / Customer", e(cust.name)),
                    ("Demostración / Demo", "12/05/2026"),
                    ("Piloto / Pilot", "18/05/2026 – 05/06/2026, 6 vendedores / sellers"),
                ]
            )
        }
<h2>Resultados / Results</h2>
{
            grid(
                ["Medida / Measure", "Piloto / Pilot"],
                [
                    ("Oportunidades gestionadas / Opportunities managed", "412"),
                    ("Distribuidores cargados / Distributors loaded", "340 (Yucatán, Campeche, Q. Roo, Tabasco)"),
                    ("Cotizaciones con lista de precios MXN / Quotes with MXN price lists", "188"),
                    ("Tiempo de aprobación de descuentos / Discount approval time", "2 días → 3 horas / 2 days → 3 h"),
                ],
                [64, 36],
            )
        }
<h2>Propuesta / Proposal</h2><p>Dynamics 365 Sales Enterprise para 28 vendedores, integración con el ERP para
existencias de piso y pisos cerámicos. / Dynamics 365 Sales Enterprise for 28 sellers, ERP integration for tile
stock.</p>
""",
        "Informe piloto D365 Sales Ceramica Uxmal",
        CT_BA.name,
        T(2026, 6, 5, 18, 0, -6),
        f"{cid}|rep",
        right="Informe del piloto / Pilot Report",
    )
    m1 = Mail(
        CT_BA,
        [cc],
        "Resumen del piloto / pilot summary – Dynamics 365 Sales",
        T(2026, 6, 8, 9, 0, -6),
        "Hola Gabriela,\n\nAdjunto el informe del piloto. / Attached is the pilot report. Let us know how you would "
        "like to proceed.\n\nSaludos,\nLuis\n\n" + g.footer_block(CT_BA),
        cc=[sales_ops],
        attachments=[("Informe_piloto_D365_Sales.pdf", report)],
        lang="es",
    )
    ooo = Mail(
        sales_ops,
        [CT_BA],
        "Respuesta automática: Resumen del piloto / pilot summary – Dynamics 365 Sales",
        T(2026, 6, 8, 9, 0, -6),
        "Gracias por su mensaje. Estaré fuera de la oficina, visitando distribuidores en Tabasco, hasta el 12 de "
        "junio, con acceso limitado al correo.\n\nJorge Canto",
        auto_reply=True,
        lang="es",
    )
    m3 = Mail(
        cc,
        [CT_BA],
        "RE: Resumen del piloto / pilot summary – Dynamics 365 Sales",
        T(2026, 6, 10, 13, 25, -6),
        "Hola Luis,\n\nGracias por la demostración y el piloto. / Thank you for the demo on 12 May and the three-week "
        "pilot: our 6 pilot sellers managed 412 opportunities in Dynamics 365 Sales and the distributor price lists "
        "worked. We have decided to buy Dynamics 365 Sales Enterprise for our 28 sellers with Cenote Tech as our "
        "partner; the licences will be ordered at the end of June.\n\nSaludos,\n" + sig_lines(cc),
        quoted=m1,
        lang="es",
    )
    files = {
        "Informe_piloto_D365_Sales.pdf": report,
        "RE_ Resumen del piloto – Dynamics 365 Sales.msg": msg_rx(m3, f"{cid}|rx3"),
        "Respuesta automatica_ Resumen del piloto.msg": msg_rx(ooo, f"{cid}|rx2"),
    }
    claim = cpor(
        cid,
        CENOTE,
        CT_BA,
        cust,
        cc,
        "pre_sales",
        "Business Applications",
        ["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        T(2026, 7, 27, 10, 0, -6),
        [(p, "poe") for p in files],
        transaction=D(2026, 6, 30),
    )
    return Bundle(
        f"{cid}_ceramica_uxmal_presales_demo_and_pilot",
        claim,
        files,
        "approve",
        "Pre-sales: the demo (12 May 2026), the pilot (18 May – 5 Jun, 412 opportunities, 340 distributors) and the "
        "customer's bilingual e-mail of 10 Jun 2026 acknowledging both in depth and choosing Cenote Tech as partner "
        "all predate the transaction of 30 Jun 2026. The Spanish out-of-office reply of a copied colleague "
        "acknowledges nothing and takes nothing away.",
        "Reply from gabriela.novelo@ceramicauxmal.com.mx, 10 Jun 2026: 'Thank you for the demo on 12 May and the "
        "three-week pilot … with Cenote Tech as our partner'.",
        g.cpor_ok(email_ack=True),
    )


def s500_047_henequenero_day_first_within_12_months() -> Bundle:
    cid = "5001047"
    cust = Org(
        "Grupo Henequenero del Sureste S.A. de C.V.",
        "GHS",
        "ghsureste.com.mx",
        "MX",
        "97203 Mérida, Yucatán",
        "Calle 21 No. 112, Col. Itzimná",
        "#558b2f",
    )
    cc = cperson(cust, "Rodrigo Peniche", "Gerente de TI / IT Manager", "rodrigo.peniche")
    parties = two_parties(cust, cc, CENOTE, CT_PM, roles=("Cliente / Customer", "Proveedor / Supplier"))
    labels = ("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date")
    html = f"""
<h1>Acta de entrega / Delivery Record</h1>
<p style="font-size:12pt">Microsoft Teams y Exchange Online</p>
{
        kv(
            [
                ("Cliente / Customer", e(cust.name)),
                ("Proveedor / Supplier", e(CENOTE.name)),
                ("Corte / Cutover", "22/11/2025"),
                ("Fin de soporte intensivo / End of hypercare", "05/12/2025"),
            ]
        )
    }
{
        grid(
            ["Carga de trabajo / Workload", "Entregado / Delivered"],
            [
                (
                    "Exchange Online",
                    "Migración de 380 buzones desde Google Workspace, 14 buzones compartidos (ventas de cordelería, "
                    "exportación).<br/><i>Migration of 380 mailboxes from Google Workspace, 14 shared mailboxes (rope "
                    "sales, export).</i>",
                ),
                (
                    "Microsoft Teams",
                    "Equipos para las 3 haciendas, la cordelería y las oficinas de Mérida; 25 tabletas compartidas en "
                    "planta.<br/><i>Teams for the 3 haciendas, the rope factory and the Mérida offices; 25 shared "
                    "tablets on the plant floor.</i>",
                ),
            ],
            [26, 74],
        )
    }
""" + g.signoff(
        "columns", parties, heading="Conformidad / Acceptance", labels=labels, company_label="Empresa / Company"
    )
    pdf = doc(
        CENOTE,
        html,
        "Acta de entrega GHS",
        CT_PM.name,
        T(2025, 12, 5, 17, 0, -6),
        f"{cid}|acta",
        right="Acta de entrega / Delivery Record",
    )
    signed = scan(pdf, col_inks(parties, "08/12/2025", labels=labels), f"{cid}|scan", T(2025, 12, 8, 12, 0, -6))
    files = {"Acta_de_entrega_GHS_firmada.pdf": signed}
    claim = cpor(
        cid,
        CENOTE,
        CT_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 11, 30, 10, 0, -6),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_henequenero_day_first_date_within_12_months",
        claim,
        files,
        "approve",
        "A bilingual Spanish/English delivery record signed '08/12/2025'. The document writes dates day-first, as "
        "Mexico does (cutover 22/11/2025 – impossible month-first; end of hypercare 05/12/2025, just before the "
        "signature), so the customer signed on 8 December 2025, "
        f"{months(D(2025, 12, 8), D(2026, 11, 30))} months before the submission on 30 Nov 2026. Read month-first "
        "(August 12, 2025) it would be too old. Both workloads are detailed (380 + 14 mailboxes; teams for 3 "
        "haciendas and the plant).",
        "Signed column 'Cliente / Customer', 'Fecha / Date 08/12/2025'; 'Corte / Cutover 22/11/2025'.",
        g.cpor_ok(),
    )


RMS = Org(
    "Hoteles Riviera Maya Sol S.A. de C.V.",
    "Riviera Maya Sol",
    "rivieramayasol.com.mx",
    "MX",
    "77710 Playa del Carmen, Q. Roo",
    "Carretera Federal 307 Km 298",
    "#0288d1",
)
RMS_IT = cperson(RMS, "Verónica Tun", "Directora de Sistemas / IT Director", "veronica.tun")


def rms_files() -> dict[str, bytes]:
    """The Riviera Maya Sol POE: submitted on 5001048 and, unchanged, again on 5001049."""
    if "rms" not in _CACHE:
        parties = two_parties(RMS, RMS_IT, CENOTE, CT_SEC, roles=("Cliente / Customer", "Proveedor / Supplier"))
        labels = ("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date")
        html = f"""
<h1>Informe de implementación / Implementation Report</h1>
<p style="font-size:12pt">Microsoft Intune y Microsoft Defender for Endpoint – 5 hoteles / 5 hotels</p>
{kv([("Cliente / Customer", e(RMS.name)), ("Periodo / Period", "18/05/2026 – 24/07/2026")])}
{
            grid(
                ["Carga / Workload", "Trabajo realizado / Work performed"],
                [
                    (
                        "Intune",
                        "540 equipos: PCs de recepción, tabletas de ama de llaves y portátiles de oficina en 5 "
                        "hoteles (Playa del Carmen, Tulum, Cancún, Akumal, Cozumel).<br/><i>540 devices: front-desk "
                        "PCs, housekeeping tablets and office laptops in 5 hotels.</i>",
                    ),
                    (
                        "Defender for Endpoint",
                        "720 equipos y 18 servidores; reglas ASR; aislamiento de terminales de punto de "
                        "venta.<br/><i>720 devices and 18 servers; ASR rules; point-of-sale terminals in their own "
                        "device group.</i>",
                    ),
                ],
                [24, 76],
            )
        }
""" + g.signoff("columns", parties, heading="Aceptación / Acceptance", labels=labels, company_label="Empresa / Company")
        pdf = doc(
            CENOTE,
            html,
            "Informe implementacion RMS",
            CT_SEC.name,
            T(2026, 7, 27, 17, 0, -5),
            "5001048|inf",
            right="Informe de implementación",
        )
        signed = scan(pdf, col_inks(parties, "29/07/2026", labels=labels), "5001048|scan", T(2026, 7, 29, 12, 0, -5))
        _CACHE["rms"] = {"POE/Informe_implementacion_RMS_firmado.pdf": signed}
    return dict(_CACHE["rms"])


def s500_048_riviera_maya_sol_original() -> Bundle:
    cid = "5001048"
    files = rms_files()
    claim = cpor(
        cid,
        CENOTE,
        CT_SEC,
        RMS,
        RMS_IT,
        "usage",
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 8, 3, 10, 0, -6),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_riviera_maya_sol_implementation_report",
        claim,
        files,
        "approve",
        "A bilingual implementation report for 5 hotels (Intune on 540 devices; Defender for Endpoint on 720 devices "
        "and 18 servers) signed by the customer's IT director on 29/07/2026 and scanned. The whole claim was "
        "submitted again as 5001049 two weeks later; this first submission is the original.",
        "Signed 'Cliente / Customer' column, Verónica Tun, 29/07/2026.",
        g.cpor_ok(),
    )


def s500_049_riviera_maya_sol_submitted_twice() -> Bundle:
    cid = "5001049"
    files = rms_files()
    claim = cpor(
        cid,
        CENOTE,
        CT_PM,
        RMS,
        RMS_IT,
        "usage",
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 8, 19, 16, 0, -6),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_riviera_maya_sol_same_claim_submitted_twice",
        claim,
        files,
        "action_required",
        "The same claim again: same partner, same customer tenant, same workloads, and byte-for-byte the same signed "
        "report as 5001048 (submitted 3 Aug 2026 by a colleague). Nothing new was done or acknowledged; the queue "
        "must catch the duplicate and ask the partner to withdraw it or explain. 5001048 holds the original. UNSURE: "
        "a reviewer could reject the duplicate outright.",
        "POE/Informe_implementacion_RMS_firmado.pdf identical (SHA-256) to 5001048's file.",
        {"reused_evidence": "fail", "customer_acknowledgement": "pass", "acknowledgement_date": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Kaveri Cloud (IN): workshop reports and one Delivery Acceptance Certificate template; one invoice, two claims
# --------------------------------------------------------------------------------------------------------------


def kaveri_invoice_0014() -> bytes:
    if "kv_inv" not in _CACHE:
        _CACHE["kv_inv"] = g.invoice_pdf(
            KAVERI,
            "KCT/26-27/0014",
            D(2026, 5, 6),
            [
                (
                    "MCI Engagement Claim ID 5001050 – Surface - Customer Immersion Experience Workshop\nCustomer: "
                    "Mysore Silk Looms Pvt. Ltd.",
                    1500.0,
                )
            ],
            "5001050|inv",
            date_style="in",
            bank="HDFC Bank, Marathahalli branch · USD inward remittance",
        )
    return bytes(_CACHE["kv_inv"])


def s500_050_mysore_silk_workshop() -> Bundle:
    cid = "5001050"
    cust = Org(
        "Mysore Silk Looms Pvt. Ltd.",
        "Mysore Silk Looms",
        "mysoresilklooms.in",
        "IN",
        "Mysuru 570016",
        "Plot 44, Hebbal Industrial Area",
        "#ad1457",
    )
    cc = cperson(cust, "Kiran Urs", "Head – IT", "kiran.urs")
    eng = g.engagement(
        "MW-SURFACE-CIE-VAR", "Surface - Customer Immersion Experience Workshop", "standard", "variable", 1500.0
    )
    consent, submitted = D(2026, 3, 9), T(2026, 5, 11, 10, 0, 5.5)
    report = workshop_report(
        KAVERI,
        "Customer Immersion Experience – Workshop Report",
        [
            ("Customer", cust.name),
            ("Workshop", "16 April 2026, Kaveri Cloud experience centre, Bengaluru"),
            ("Participants", "11 – design studio, sales, production planning, IT"),
            ("MCI claim", cid),
        ],
        [
            (
                "Scenarios experienced",
                ul(
                    [
                        "Saree and textile designers sketching motifs with Surface Pro and pen in Microsoft Designer "
                        "and Whiteboard.",
                        "Sales team presenting the wedding collection to retailers with Teams on Surface Hub.",
                        "Production planners co-authoring the loom schedule in Excel with Copilot.",
                    ]
                ),
            ),
            (
                "Outcome",
                "<p>Design studio to pilot 8 Surface Pro devices from June 2026; sales to trial Teams Rooms in the "
                "Mysuru showroom.</p>",
            ),
        ],
        T(2026, 4, 18, 16, 0, 5.5),
        KV_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        KAVERI,
        KV_AM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"CIE_Workshop_Report_Mysore_Silk_Looms.pdf": report},
        amount=1500.0,
        inv_no="KCT-26-27-0014",
        inv_day=D(2026, 5, 6),
        activities="Customer immersion workshop with design, sales and planning scenarios",
        outcome="Surface Pro pilot for the design studio",
        participants="11",
        invoice_pdf_bytes=kaveri_invoice_0014(),
    )
    return Bundle(
        f"{cid}_mysore_silk_immersion_workshop",
        claim,
        files,
        "approve",
        "Variable-payout workshop claim: a workshop report specific to a silk-weaving company (designers, wedding "
        "collection, loom schedule), invoice KCT/26-27/0014 with this claim's ID, the partner's name and USD 1,500 "
        f"(= proposed payout), both surveys signed, {days(consent, submitted)} days after consent. The same invoice "
        "file is uploaded on 5001051; this claim holds the original (its own ID on it).",
        "Invoice KCT/26-27/0014: 'MCI Engagement Claim ID 5001050 – Surface - Customer Immersion Experience "
        "Workshop', USD 1,500.00.",
        g.pa_ok(),
    )


def s500_051_hubballi_agro_reuses_invoice() -> Bundle:
    cid = "5001051"
    cust = Org(
        "Hubballi Agro Processors Ltd",
        "Hubballi Agro",
        "hubballiagro.co.in",
        "IN",
        "Hubballi 580030",
        "Gokul Road Industrial Estate, Plot 7",
        "#6a1b9a",
    )
    cc = cperson(cust, "Prakash Patil", "IT Manager", "prakash.patil")
    eng = g.engagement("MW-NEXTGEN-WIN-VAR", "NextGen Windows Workshop", "standard", "variable", 2100.0)
    consent, submitted = D(2026, 4, 6), T(2026, 6, 1, 11, 0, 5.5)
    report = workshop_report(
        KAVERI,
        "NextGen Windows Workshop – Findings",
        [
            ("Customer", cust.name),
            ("Workshop", "20 May 2026, Hubballi"),
            ("Participants", "8 – IT, accounts, procurement"),
            ("MCI claim", cid),
        ],
        [
            (
                "Estate",
                "<p>260 desktops, 71% still on Windows 10; 30 weighbridge and cold-store PCs on Windows 10 LTSC; "
                "images maintained by hand.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Windows 11 Enterprise for 180 office desktops through Autopilot, July–September 2026.",
                        "Windows 365 Cloud PCs for 20 procurement staff at the mandi yards.",
                    ]
                ),
            ),
        ],
        T(2026, 5, 22, 16, 0, 5.5),
        KV_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        KAVERI,
        KV_AM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"NextGen_Windows_Workshop_Hubballi_Agro.pdf": report},
        amount=2100.0,
        inv_no="KCT-26-27-0014",
        inv_day=D(2026, 5, 28),
        activities="NextGen Windows workshop with estate review",
        outcome="Windows 11 plan for 180 desktops, 20 Cloud PCs",
        participants="8",
        invoice_pdf_bytes=kaveri_invoice_0014(),
    )
    return Bundle(
        f"{cid}_hubballi_agro_invoice_of_another_claim",
        claim,
        files,
        "action_required",
        "The workshop and surveys are fine, but the invoice is the very file of claim 5001050: it bills 'MCI "
        "Engagement Claim ID 5001050 – Surface - Customer Immersion Experience Workshop' for Mysore Silk Looms, USD "
        "1,500 – not this claim's ID, engagement or amount (USD 2,100). Each claim needs its own unique invoice; "
        "5001050 holds the original.",
        "Invoice_KCT-26-27-0014.pdf identical to 5001050's; line 'Claim ID 5001050 … Customer: Mysore Silk Looms', "
        "USD 1,500.00.",
        {
            "invoice": "fail",
            "reused_evidence": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
        },
    )


def s500_052_kssc_state_corporation_with_psd() -> Bundle:
    cid = "5001052"
    cust = Org(
        "Karnataka State Seeds Corporation Limited",
        "KSSC",
        "kssc.karnataka.gov.in",
        "IN",
        "Hebbal, Bengaluru 560024",
        "Beej Bhavan, Bellary Road",
        "#2e7d32",
    )
    cc = cperson(cust, "Lakshmi Narayan", "General Manager (IT)", "gm.it")
    md = cperson(cust, "Ravi Kumar", "Managing Director", "md")
    eng = g.engagement(
        "SEC-PROTECT-DATA-WS-VAR", "Sales - Protect and Govern Sensitive Data Workshop", "standard", "variable", 3000.0
    )
    consent, submitted = D(2026, 7, 6), T(2026, 9, 14, 11, 0, 5.5)
    report = workshop_report(
        KAVERI,
        "Protect and Govern Sensitive Data – Workshop Report",
        [
            ("Customer", f"{cust.name} (KSSC), a Government of Karnataka undertaking"),
            ("Workshop", "4 August 2026, Beej Bhavan, Bengaluru"),
            ("Participants", "10 – marketing, seed certification, finance, IT"),
            ("MCI claim", cid),
        ],
        [
            (
                "Data risk check",
                ul(
                    [
                        "Farmer and dealer records (about 48,000 farmers, 1,150 dealers) shared in e-mail attachments.",
                        "Seed lot certification reports stored on 9 district office file shares without labels.",
                        "Tender documents sent to personal e-mail addresses 37 times in 30 days.",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Sensitivity labels for farmer data and tender documents; DLP for Aadhaar and bank numbers.",
                        "Retention for certification reports (10 years), district shares to SharePoint.",
                    ]
                ),
            ),
        ],
        T(2026, 8, 6, 17, 0, 5.5),
        KV_SEC.name,
        f"{cid}|rep",
    )
    psd = scan(
        psd_pdf(KAVERI, cust, eng["name"], "USD 3,000", D(2026, 7, 17), f"{cid}|psd", style="gb_long"),
        psd_inks(md.name, md.title, "20-07-2026", seal=("KSSC", "BENGALURU")),
        f"{cid}|psds",
        T(2026, 7, 20, 12, 0, 5.5),
        dpi=150,
        skew=0.5,
    )
    files, claim = pa_claim(
        cid,
        KAVERI,
        KV_SEC,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Protect_Govern_Sensitive_Data_Workshop_KSSC.pdf": report},
        amount=3000.0,
        inv_no="KCT-26-27-0061",
        inv_day=D(2026, 9, 10),
        activities="Sensitive data workshop with data risk check",
        outcome="Labels, DLP and retention roadmap agreed",
        participants="10",
        segment="public_sector",
        extra_docs=[("PSD_KSSC_signed.pdf", psd, "public_sector_disclosure")],
        invoice_kw={"date_style": "in", "bank": "HDFC Bank, Marathahalli branch · USD inward remittance"},
    )
    return Bundle(
        f"{cid}_kssc_state_corporation_workshop_with_disclosure",
        claim,
        files,
        "approve",
        "Partner Activities claim for an Indian state-government undertaking: India is one of the three countries "
        "where public-sector Partner Activities claims need a Public Sector Disclosure, and it is there in the "
        "standard wording (USD 3,000), signed and sealed by KSSC's Managing Director on 20-07-2026. Workshop report "
        "specific to the customer, invoice with the claim ID and USD 3,000, surveys signed, "
        f"{days(consent, submitted)} "
        "days after consent (standard: 90).",
        "PSD_KSSC_signed.pdf: acknowledgement signed by Ravi Kumar, Managing Director, seal 'KSSC BENGALURU'.",
        g.pa_ok(ps=True),
        container="zip",
    )


def s500_053_coorg_coffee_certificate_100dpi() -> Bundle:
    cid = "5001053"
    cust = Org(
        "Coorg Coffee Curing Works Pvt. Ltd.",
        "Coorg Coffee Curing",
        "coorgcoffeecuring.in",
        "IN",
        "Kushalnagar 571234",
        "Survey No. 112, Hassan Road",
        "#4e342e",
    )
    cc = cperson(cust, "Naveen Poonacha", "IT Head", "naveen.poonacha")
    parties = [
        Party("For the Customer", cust.name, cc.name, cc.title),
        Party("For Kaveri Cloud", KAVERI.name, KV_SEC.name, KV_SEC.title),
    ]
    cert = kaveri_certificate(
        cust,
        "KCT/DAC/2026/009",
        D(2026, 6, 4),
        [
            (
                "Defender for Endpoint",
                "Onboarding of 210 devices (curing works, quality lab, auction hall, Bengaluru sales office) and 8 "
                "servers; ASR rules in block mode; lab PCs connected to the moisture analysers in a separate device "
                "group; alerts to Kaveri's SOC desk and the IT head",
                "218 endpoints",
            )
        ],
        parties,
        f"{cid}|cert",
    )
    signed = scan(
        cert,
        kaveri_inks(parties, "05-06-2026", ("COORG COFFEE CURING", "KUSHALNAGAR")),
        f"{cid}|scan",
        T(2026, 6, 5, 15, 0, 5.5),
        dpi=100,
        skew=0.8,
    )
    files = {"DAC_KCT-DAC-2026-009_signed.pdf": signed}
    claim = cpor(
        cid,
        KAVERI,
        KV_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 6, 26, 10, 0, 5.5),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_coorg_coffee_acceptance_certificate_low_dpi",
        claim,
        files,
        "approve",
        "Kaveri's Delivery Acceptance Certificate (the form it uses for every customer) for Defender for Endpoint on "
        "210 devices and 8 servers, signed and sealed by the customer's IT head on 05-06-2026 (Indian day-first; "
        "either reading is within 12 months) and scanned at only 100 dpi.",
        "Scanned certificate: 'For the Customer' block signed by Naveen Poonacha with seal, Date 05-06-2026.",
        g.cpor_ok(),
    )


def s500_065_udupi_cashew_unticked_identity_row() -> Bundle:
    cid = "5001065"
    cust = Org(
        "Udupi Cashew Exports Pvt. Ltd.",
        "Udupi Cashew",
        "udupicashew.in",
        "IN",
        "Udupi 576101",
        "Manipal–Udupi Road, Indrali",
        "#ff8f00",
    )
    cc = cperson(cust, "Sandeep Shetty", "Manager – IT", "sandeep.shetty")
    form = g.ms_poe_template(
        KAVERI,
        cust,
        cc,
        [("Microsoft Defender for Endpoint (MDE)", ("Deployment", "Implementation"))],
        "<p>Udupi Cashew runs 3 processing units (Udupi, Kundapura, Mangaluru) with 160 Windows PCs and 6 servers on "
        "an unmanaged consumer antivirus.</p><ul><li>Onboarding of 160 PCs and 6 servers to Defender for Endpoint "
        "through Group Policy and the local script for the 2 Mangaluru servers.</li><li>ASR rules in audit for 2 "
        "weeks, then block mode; EDR in block mode; tamper protection.</li><li>Device groups per unit; alert e-mails "
        "to the IT manager; weekly vulnerability report for 3 months.</li></ul>",
        D(2026, 6, 15),
        D(2026, 8, 7),
        f"{cid}|form",
    )
    signed = scan(
        form,
        [
            Ink("Signature", "sig", cc.name, dx=150, dy=6, h=30),
            Ink("Date Signed", "hand", "14/08/2026", dx=150, dy=1, h=13),
        ],
        f"{cid}|scan",
        T(2026, 8, 14, 16, 0, 5.5),
        dpi=150,
        skew=0.4,
    )
    files = {"CPOR_POE_Template_Udupi_Cashew_signed.pdf": signed}
    claim = cpor(
        cid,
        KAVERI,
        KV_SEC,
        cust,
        cc,
        "usage",
        "Security",
        ["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        T(2026, 9, 2, 10, 0, 5.5),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_udupi_cashew_identity_row_unticked",
        claim,
        files,
        "action_required",
        "Microsoft's optional CPOR template, signed by the customer on 14/08/2026: Section 1 ticks only 'Microsoft "
        "Defender for Endpoint (MDE)' (Deployment, Implementation); the 'Microsoft Defender for Identity' row is left "
        "unticked and the scope text speaks only of MDE on 160 PCs and 6 servers. The claim also asks for Defender "
        "for Identity, which nothing in the POE connects to the partner's work.",
        "Template Section 1: '☒ Microsoft Defender for Endpoint (MDE)', '☐ Microsoft Defender for Identity'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# late Partner Activities claims, a dispute, ECIF paperwork, a generic certificate, a clean e-signed statement
# --------------------------------------------------------------------------------------------------------------


def s500_054_minoterie_landes_medium_late() -> Bundle:
    cid = "5001054"
    cust = Org(
        "Minoterie des Landes SAS",
        "Minoterie des Landes",
        "minoterie-landes.fr",
        "FR",
        "40000 Mont-de-Marsan",
        "12 avenue du Maréchal Foch",
        "#a1887f",
    )
    cc = cperson(cust, "Olivier Dufau", "Responsable informatique", "o.dufau")
    eng = g.engagement(
        "AZ-INNOVATE-ANALYTICS-M-VAR", "Azure Innovate PL: Analytics Deployment (Medium)", "medium", "variable", 18000.0
    )
    consent, submitted = D(2026, 1, 12), T(2026, 8, 17, 10, 0, 2)
    report = workshop_report(
        GARONNE,
        "Analytics Deployment – Delivery Report / Rapport de livraison",
        [
            ("Customer", cust.name),
            ("Delivery", "February – June 2026"),
            (
                "Architecture",
                "Microsoft Fabric lakehouse, Power BI, Azure Data Factory from the mills' SCADA historian",
            ),
            ("MCI claim", cid),
        ],
        [
            (
                "Delivered",
                ul(
                    [
                        "Lakehouse with milling yield, energy and quality data from 3 mills (Mont-de-Marsan, Dax, "
                        "Aire-sur-l'Adour), 14 months of history.",
                        "9 Power BI reports for mill managers and the cooperative board; row-level security per mill.",
                        "Daily pipelines from the SCADA historian and the ERP (wheat intake, flour dispatch).",
                    ]
                ),
            ),
            ("Consumption", "<p>Estimated Azure and Fabric consumption: USD 5,200 per month from July 2026.</p>"),
        ],
        T(2026, 6, 30, 17, 0, 2),
        GC_PM.name,
        f"{cid}|rep",
        right="Delivery Report",
    )
    files, claim = pa_claim(
        cid,
        GARONNE,
        GC_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Analytics_Deployment_Minoterie_des_Landes.pdf": report},
        amount=18000.0,
        inv_no="GC-FA-2026-0152",
        inv_day=D(2026, 8, 12),
        activities="Fabric lakehouse and Power BI reporting for the 3 mills",
        outcome="Lakehouse and 9 reports in production",
        participants="12",
        invoice_kw={"date_style": "fr_long", "bank": "Crédit Agricole Aquitaine · compte en USD"},
    )
    return Bundle(
        f"{cid}_minoterie_landes_medium_project_submitted_late",
        claim,
        files,
        "reject",
        f"Medium-size project: it must be submitted within 200 days of customer consent (12 Jan 2026), i.e. by 31 Jul "
        f"2026. It was submitted on 17 Aug 2026, {days(consent, submitted)} days after consent, so the claim had "
        "already expired ('not submitted claim expired') – expired claims cannot be reactivated, with no exceptions. "
        "The delivery itself is well documented.",
        f"consent_date 2026-01-12, submitted_at 2026-08-17 ({days(consent, submitted)} days; medium limit 200).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s500_055_battleford_feeds_workshop_day_98() -> Bundle:
    cid = "5001055"
    cust = Org(
        "Battleford Co-operative Feeds Ltd.",
        "Battleford Co-op Feeds",
        "battlefordfeeds.ca",
        "CA",
        "North Battleford, SK S9A 2Y3",
        "1102 Territorial Dr",
        "#33691e",
    )
    cc = cperson(cust, "Darren Olafson", "IT Coordinator", "dolafson")
    eng = g.engagement("SEC-HYBRID-WS-VAR", "Hybrid Cloud Security Workshops", "standard", "variable", 2800.0)
    consent, submitted = D(2026, 3, 2), T(2026, 6, 8, 9, 0, -6)
    report = workshop_report(
        PRAIRIE,
        "Hybrid Cloud Security Workshop – Findings",
        [
            ("Customer", cust.name),
            ("Workshop", "7 April 2026, North Battleford feed mill"),
            ("Participants", "6 – IT, mill operations, finance"),
            ("MCI claim", cid),
        ],
        [
            (
                "Findings",
                ul(
                    [
                        "Batching-system server and 2 file servers on-premises without EDR; 5 Azure VMs (dealer "
                        "portal) with open RDP.",
                        "Defender for Cloud Secure Score 31%; no Azure Arc.",
                    ]
                ),
            ),
            ("Plan", "<p>Arc for the 3 on-premises servers, Defender for Servers, just-in-time VM access by June.</p>"),
        ],
        T(2026, 4, 9, 16, 0, -6),
        PN_SEC.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        PRAIRIE,
        PN_SEC,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Hybrid_Cloud_Security_Workshop_Battleford.pdf": report},
        amount=2800.0,
        inv_no="PNC-2026-0208",
        inv_day=D(2026, 6, 4),
        activities="Hybrid cloud security workshop with Defender for Cloud and Arc",
        outcome="Server protection plan",
        participants="6",
        invoice_kw={"date_style": "us_long", "bank": "Affinity Credit Union · USD account"},
    )
    return Bundle(
        f"{cid}_battleford_feeds_workshop_submitted_on_day_98",
        claim,
        files,
        "reject",
        "Standard-timeline workshop: the claim must be submitted within 90 days of customer consent (2 Mar 2026), i.e. "
        f"by 31 May 2026. It came on 8 Jun 2026, {days(consent, submitted)} days after consent, so it had expired; "
        "expired claims cannot be reactivated. Report, invoice and surveys are otherwise in order.",
        f"consent_date 2026-03-02, submitted_at 2026-06-08 ({days(consent, submitted)} days; standard limit 90).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s500_057_kociewie_meble_dispute_still_polish() -> Bundle:
    cid = "5001057"
    cust = Org(
        "Kociewie Meble Sp. z o.o.",
        "Kociewie Meble",
        "kociewiemeble.pl",
        "PL",
        "83-200 Starogard Gdański",
        "ul. Lubichowska 90",
        "#795548",
    )
    cc = cperson(cust, "Jarosław Lewandowski", "Kierownik IT", "j.lewandowski")
    parties = two_parties(cust, cc, BURSZTYN, BI_PM, roles=("Zamawiający", "Wykonawca"))
    pdf = bursztyn_protocol(
        cust,
        "BIT/PO/2026/018",
        D(2026, 4, 23),
        "02.03.2026 – 17.04.2026",
        [
            (
                "Microsoft Teams",
                "Wdrożenie Teams dla 240 pracowników fabryki mebli i biura; kanały dla 3 hal produkcyjnych; 20 "
                "współdzielonych tabletów przy liniach lakierniczych.",
                "Zakończono",
            )
        ],
        parties,
        f"{cid}|prot",
        english=False,
    )
    signed = scan(
        pdf,
        bz_inks(parties, "24.04.2026", ("KOCIEWIE MEBLE Sp. z o.o.", "Starogard Gdański"), english=False),
        f"{cid}|scan",
        T(2026, 4, 24, 12, 0, 2),
        dpi=150,
        skew=-0.6,
    )
    w = g.Word(accent="B7950B")
    w.p("Starogard Gdański, 12 czerwca 2026 r.", align="center")
    w.p("Microsoft – Partner Incentives", bold=True)
    w.p(
        "Kociewie Meble Sp. z o.o. potwierdza, że firma Bursztyn IT Sp. z o.o. wdrożyła Microsoft Teams dla 240 "
        "pracowników naszej fabryki i biura, zgodnie z protokołem odbioru BIT/PO/2026/018 z dnia 24.04.2026."
    )
    w.p("Z poważaniem,")
    w.p(f"{cc.name}\n{cc.title}\n{cust.name}")
    letter = w.save(meta("Pismo potwierdzajace Kociewie Meble", cc.name, T(2026, 6, 12, 10, 0, 2)))
    files = {
        "Protokol_odbioru_BIT-PO-2026-018.pdf": signed,
        "Pismo_klienta_potwierdzenie.docx": letter,
    }
    claim = cpor(
        cid,
        BURSZTYN,
        BI_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["TEAMS"],
        T(2026, 6, 18, 10, 0, 2),
        [(p, "poe") for p in files],
        status="disputed",
        comments=[
            (
                "microsoft",
                T(2026, 5, 11, 9, 0),
                "Dear Partner, the POE review is done in English. The acceptance protocol BIT/PO/2026/018 contains no "
                "English text. Please upload an English version or translation within 14 days.",
            ),
            ("microsoft", T(2026, 5, 27, 9, 0), "Rejected: no response within 14 days."),
            (
                "partner",
                T(2026, 6, 18, 9, 55, 2),
                "Dispute: załączamy podpisany protokół oraz pismo klienta. / We attach the signed protocol and the "
                "customer's letter.",
            ),
        ],
        history=[
            ("submission", T(2026, 5, 4, 11, 0, 2), BI_PM.email),
            ("action required", T(2026, 5, 11, 9, 0), "Microsoft"),
            ("rejected", T(2026, 5, 27, 9, 0), "Microsoft"),
            ("disputed", T(2026, 6, 15, 14, 0, 2), BI_PM.email),
            ("submission", T(2026, 6, 18, 10, 0, 2), BI_PM.email),
        ],
    )
    return Bundle(
        f"{cid}_kociewie_meble_dispute_still_polish_only",
        claim,
        files,
        "reject",
        "A dispute of a rejection whose reason was language: the reviewer asked for an English version of the Polish "
        "protocol, got no answer within 14 days and rejected the claim. The dispute (within 30 days of the rejection) "
        "adds only a customer letter that is also entirely in Polish, next to the same Polish-only protocol. The "
        "reason for rejection is not resolved, and a decision on a dispute is final.",
        "Status 'disputed'; protocol and 'Pismo_klienta_potwierdzenie.docx' both Polish only ('…potwierdza, że firma "
        "Bursztyn IT Sp. z o.o. wdrożyła Microsoft Teams…').",
        {"document_language": "fail", "reused_evidence": "pass"},
    )


def s500_059_aire_valley_copilot_statement_docusign() -> Bundle:
    cid = "5001059"
    cust = Org(
        "Aire Valley Building Society",
        "Aire Valley BS",
        "airevalleybs.co.uk",
        "GB",
        "Keighley BD21 3QP",
        "22 Cavendish Street",
        "#283593",
    )
    cc = cperson(cust, "Rebecca Moorhouse", "Chief Operating Officer", "rebecca.moorhouse")
    html = f"""
<h1>Statement of Completion</h1>
<p style="font-size:12pt">Microsoft 365 Copilot and Viva Insights – {e(cust.name)}</p>
{
        kv(
            [
                ("Reference", "PD-SOC-2026-034"),
                ("Engagement period", "1 July – 23 October 2026"),
                ("Pennine delivery manager", e(PD_PM.name)),
            ]
        )
    }
<h2>Delivered</h2>
{
        grid(
            ["Workload", "Delivered"],
            [
                (
                    "Microsoft 365 Copilot",
                    "Licences and enablement for 150 staff (12 branches, mortgage underwriting, member services); "
                    "data readiness: sensitivity labels on 38 SharePoint sites, restricted search for 6 sites holding "
                    "member files; 10 Copilot champions; prompt gallery for underwriting notes and complaint replies",
                ),
                (
                    "Viva Insights",
                    "Copilot Dashboard for the executive team; manager insights for 24 branch managers; quarterly "
                    "adoption review with the COO using the dashboard",
                ),
            ],
            [24, 76],
        )
    }
<h2>Results at week 12</h2>
{
        grid(
            ["Measure", "Value"],
            [
                ("Copilot active users", "131 of 150"),
                ("Complaint reply drafting time", "−35%"),
                ("Managers using insights weekly", "19 of 24"),
            ],
            [60, 40],
        )
    }
<p>The Society confirms that Pennine Digital Ltd completed the engagement described above.</p>
{fields([("Signed for the Society", "", 48), ("Name / role", f"{e(cc.name)}, {e(cc.title)}", 16)], key_w=150)}
"""
    pdf = doc(
        PENNINE,
        html,
        "Aire Valley – Statement of Completion",
        PD_PM.name,
        T(2026, 10, 26, 16, 0, 0),
        f"{cid}|soc",
        right="Statement of Completion · PD-SOC-2026-034",
    )
    signed = g.esign(
        pdf,
        cc,
        T(2026, 10, 28, 11, 4, 0),
        f"{cid}|ds",
        sig_anchor="Signed for the Society",
        sig_dx=160,
        sig_dy=10,
        vendor="docusign",
        sender=PD_PM,
        ip="81.145.203.70",
    )
    files = {"Statement of Completion PD-SOC-2026-034 - Aire Valley (Completed).pdf": signed}
    claim = cpor(
        cid,
        PENNINE,
        PD_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["MICROSOFT 365 COPILOT", "VIVA INSIGHTS"],
        T(2026, 11, 16, 10, 0, 0),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_aire_valley_copilot_statement_docusign",
        claim,
        files,
        "approve",
        "A Statement of Completion e-signed through DocuSign by the building society's COO on 28 Oct 2026 (envelope "
        "ID on the page, certificate of completion appended). Both claimed workloads are described with numbers: "
        "Copilot for 150 staff with data readiness (38 labelled sites, restricted search), 131 active users; Viva "
        "Insights with the Copilot Dashboard and manager insights for 24 branch managers.",
        "DocuSign certificate: signer Rebecca Moorhouse (rebecca.moorhouse@airevalleybs.co.uk), completed 10/28/2026.",
        g.cpor_ok(),
    )


def s500_060_conserverie_gasconne_ai_pilot() -> Bundle:
    cid = "5001060"
    cust = Org(
        "Conserverie Gasconne SAS",
        "Conserverie Gasconne",
        "conserverie-gasconne.fr",
        "FR",
        "32000 Auch",
        "5 rue des Artisans, ZA Engachies",
        "#bf360c",
    )
    cc = cperson(cust, "Marion Lafitte", "Directrice qualité et systèmes / Head of Quality & Systems", "m.lafitte")
    eng = g.engagement(
        "AZ-INNOVATE-AIAPPS-POC-VAR", "Azure Innovate PL: AI Apps Pilot/POC", "standard", "variable", 6000.0
    )
    consent, submitted = D(2026, 2, 2), T(2026, 4, 20, 14, 0, 2)
    report = workshop_report(
        GARONNE,
        "Pilote IA / AI Pilot – Assistant qualité HACCP / HACCP quality assistant",
        [
            ("Client / Customer", cust.name),
            ("Période / Period", "16 February – 27 March 2026"),
            ("Architecture", "Azure OpenAI (GPT-4o), Azure AI Search, Azure App Service, Teams app"),
            ("MCI claim", cid),
        ],
        [
            (
                "Objectif / Goal",
                "<p>Permettre aux 45 agents qualité de retrouver en quelques secondes la bonne procédure HACCP ou "
                "spécification fournisseur.<br/><i>Let the 45 quality staff find the right HACCP procedure or "
                "supplier specification in seconds.</i></p>",
            ),
            (
                "Réalisé / Built",
                ul(
                    [
                        "Index de 2 300 procédures et fiches techniques fournisseurs. / Index of 2,300 procedures and "
                        "supplier spec sheets.",
                        "Assistant dans Teams avec citations des sources. / Assistant in Teams citing its sources.",
                        "Évaluation sur 120 questions : 91 % de réponses correctes. / Evaluation on 120 questions: "
                        "91% correct answers.",
                    ]
                ),
            ),
            (
                "Suite / Next",
                "<p>Mise en production pour les 3 sites en juin 2026 ; consommation Azure estimée à 1 400 "
                "USD/mois.<br/><i>Production rollout for the 3 sites in June 2026; estimated Azure consumption USD "
                "1,400 per month.</i></p>",
            ),
        ],
        T(2026, 3, 31, 17, 0, 2),
        GC_PM.name,
        f"{cid}|rep",
        right="Pilote IA / AI Pilot",
    )
    files, claim = pa_claim(
        cid,
        GARONNE,
        GC_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Pilote_IA_HACCP_Conserverie_Gasconne.pdf": report},
        amount=6000.0,
        inv_no="GC-FA-2026-0061",
        inv_day=D(2026, 4, 15),
        activities="AI pilot: HACCP quality assistant on Azure OpenAI and AI Search",
        outcome="Pilot at 91% accuracy; production rollout planned for June",
        participants="9",
        invoice_kw={"date_style": "fr_long", "bank": "Crédit Agricole Pyrénées Gascogne · compte en USD"},
    )
    return Bundle(
        f"{cid}_conserverie_gasconne_ai_pilot_bilingual",
        claim,
        files,
        "approve",
        "AI Apps Pilot/POC (variable payout): a French/English pilot report (every paragraph in both languages) with "
        "the customer's own scenario and results (2,300 documents indexed, 91% on 120 test questions), the invoice "
        "with the claim ID and USD 6,000 (= proposed payout), both surveys signed, "
        f"{days(consent, submitted)} days after consent (standard: 90).",
        "Invoice GC-FA-2026-0061: 'MCI Engagement Claim ID 5001060', USD 6,000.00; proposed_payout_usd 6000.",
        g.pa_ok(),
    )


def s500_061_naranjas_turia_generic_certificate() -> Bundle:
    cid = "5001061"
    cust = Org(
        "Naranjas del Turia S.L.",
        "Naranjas del Turia",
        "naranjasdelturia.es",
        "ES",
        "46530 Puçol (Valencia)",
        "Camí de la Mar 14",
        "#fb8c00",
    )
    cc = cperson(cust, "Amparo Ferrer", "Gerente / Managing Director", "amparo.ferrer")
    html = f"""
<h1>Certificado de servicios / Services Certificate</h1>
<p>{e(LEVANTE.name)} ha prestado a {e(cust.name)} los siguientes servicios sobre Microsoft Intune y Microsoft
Defender for Endpoint: implantación, pruebas, soporte continuo y formación.</p>
<p><i>{e(LEVANTE.name)} has provided {e(cust.name)} with the following services for Microsoft Intune and Microsoft
Defender for Endpoint: implementation, testing, ongoing support and training.</i></p>
<p>Y para que así conste, se firma el presente certificado. / Signed for the record.</p>
{
        fields(
            [
                ("Firma y sello / Signature and stamp", "", 56),
                ("Nombre / Name", f"{e(cc.name)}, {e(cc.title)}", 16),
                ("Fecha / Date", "", 18),
            ],
            key_w=180,
        )
    }
"""
    pdf = doc(
        LEVANTE,
        html,
        "Certificado de servicios Naranjas del Turia",
        LC_SDM.name,
        T(2026, 7, 2, 12, 0, 2),
        f"{cid}|cert",
        right="Certificado de servicios",
    )
    signed = scan(
        pdf,
        [
            Ink("Firma y sello", "sig", cc.name, dx=196, dy=8, h=30),
            Ink("Firma y sello", "stamp", dx=320, dy=4, h=30, lines=("NARANJAS DEL TURIA S.L.", "PUÇOL – VALENCIA")),
            Ink("Fecha / Date", "hand", "03/07/2026", dx=196, dy=1, h=13),
        ],
        f"{cid}|scan",
        T(2026, 7, 3, 13, 0, 2),
        dpi=150,
        skew=-0.4,
    )
    files = {"Certificado_servicios_Naranjas_del_Turia_firmado.pdf": signed}
    claim = cpor(
        cid,
        LEVANTE,
        LC_SDM,
        cust,
        cc,
        "usage",
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 7, 20, 10, 0, 2),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_naranjas_turia_generic_services_certificate",
        claim,
        files,
        "action_required",
        "A bilingual certificate, signed and stamped by the customer's managing director on 03/07/2026, whose entire "
        "content is 'implementation, testing, ongoing support and training' for Intune and Defender for Endpoint: no "
        "devices or users, no configuration, no timeline. A list of high-level tasks is expressly insufficient; the "
        "partner must describe the work in detail.",
        "Certificate text: '…the following services for Microsoft Intune and Microsoft Defender for Endpoint: "
        "implementation, testing, ongoing support and training.'",
        {
            "activity_detail": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


def s500_064_regina_pulse_ecif_without_acknowledgement() -> Bundle:
    cid = "5001064"
    cust = Org(
        "Regina Pulse Processors Ltd.",
        "Regina Pulse",
        "reginapulse.ca",
        "CA",
        "Regina, SK S4N 7K9",
        "600 Fleet St",
        "#f9a825",
    )
    cc = cperson(cust, "Harpreet Sandhu", "IT Manager", "hsandhu")
    ecif = g.html_pdf(
        f"""
<p class="muted">Microsoft End Customer Investment Funds (ECIF)</p>
<h1>ECIF Project Completion Report</h1>
{
            kv(
                [
                    ("ECIF project ID", "ECIF-CA-2026-0412"),
                    ("Customer", e(cust.name)),
                    ("Partner", e(PRAIRIE.name)),
                    ("Solution area", "Modern Work"),
                    ("Funded amount", "USD 25,000"),
                    ("Project status", "Complete"),
                ]
            )
        }
<h2>Activities delivered</h2>
<p>Deployment and adoption services for Microsoft Teams and SharePoint Online, including envisioning, configuration,
user training and change management.</p>
<h2>Partner attestation</h2>
<p>The partner attests that the activities above were delivered as described in the approved ECIF statement of work.</p>
{
            fields(
                [
                    ("Partner signatory", f"{e(PN_PM.name)}, {e(PN_PM.title)}", 16),
                    ("Partner signature", "", 40),
                    ("Date", "", 16),
                ],
                key_w=150,
            )
        }
<p class="small">Microsoft approver: ECIF operations (internal). This form is submitted by the partner to release the
final ECIF payment.</p>
""",
        meta("ECIF Project Completion Report ECIF-CA-2026-0412", PN_PM.name, T(2026, 8, 20, 10, 0, -6)),
        f"{cid}|ecif",
        style=css("#0078d4", size=9.5),
    )
    ecif = g.stamp_pdf(
        ecif,
        [
            Ink("Partner signature", "sig", PN_PM.name, dx=156, dy=6, h=28, color=g.INK_BLACK),
            Ink("Date", "hand", "08/21/2026", dx=156, dy=1, h=12, color=g.INK_BLACK),
        ],
        f"{cid}|psig",
        meta("ECIF Project Completion Report ECIF-CA-2026-0412", PN_PM.name, T(2026, 8, 21, 9, 0, -6)),
    )
    sow = g.html_pdf(
        f"""
<p class="muted">Microsoft End Customer Investment Funds (ECIF)</p>
<h1>ECIF Statement of Work – summary</h1>
{
            kv(
                [
                    ("ECIF project ID", "ECIF-CA-2026-0412"),
                    ("Customer", e(cust.name)),
                    ("Partner", e(PRAIRIE.name)),
                    ("Duration", "8 weeks"),
                    ("Workloads", "Microsoft Teams, SharePoint Online"),
                ]
            )
        }
<h2>Scope</h2>
{ul(["Envisioning workshop", "Teams and SharePoint configuration", "User training", "Change management"])}
""",
        meta("ECIF SOW ECIF-CA-2026-0412", PN_PM.name, T(2026, 5, 28, 10, 0, -6)),
        f"{cid}|sow",
        style=css("#0078d4", size=9.5),
    )
    files = {"ECIF_Completion_Report_ECIF-CA-2026-0412.pdf": ecif, "ECIF_SOW_summary_ECIF-CA-2026-0412.pdf": sow}
    claim = cpor(
        cid,
        PRAIRIE,
        PN_PM,
        cust,
        cc,
        "usage",
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        T(2026, 9, 15, 10, 0, -6),
        [(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_regina_pulse_ecif_papers_without_customer_acknowledgement",
        claim,
        files,
        "action_required",
        "The POE is ECIF paperwork only: the ECIF completion report (signed by the partner itself to release "
        "Microsoft funding) and an ECIF statement-of-work summary. ECIF documents carry no customer acknowledgement – "
        "a separate acknowledgement from the customer is required – and these describe the work only at a high level "
        "('deployment and adoption services … envisioning, configuration, user training and change management'), with "
        "no users, sites or dates.",
        "'ECIF Project Completion Report' signed by Aiden Whitehorse (partner); no customer signature anywhere.",
        {
            "unacceptable_documents": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "fail",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# assembly and output (set G's validation, bundle writer and expected.json layout)
# --------------------------------------------------------------------------------------------------------------


def _values(v: Any) -> set[str]:
    return set(v if isinstance(v, list) else [v])


def _loose_without_note(b: Bundle) -> list[str]:
    """Checks that allow both a pass and a fail/warn: each needs an UNSURE note in the why."""
    out = []
    for key, value in b.checks.items():
        if isinstance(value, list) and not (set(value) <= {"pass", NA} or set(value) <= {"fail", "warn"}):
            out.append(key)
    return out if "UNSURE" not in b.why else []


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
    if loose := _loose_without_note(b):
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
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s500_") and callable(fn)]
    bundles = [fn() for fn in builders]
    ids = [b.claim_id for b in bundles]
    if len(set(ids)) != len(ids) or len({b.entry for b in bundles}) != len(bundles):
        raise RuntimeError("claim ids and bundle names must be unique")
    for b in bundles:
        _vet(b)
    return bundles


def build(out: Path) -> None:
    """Write every bundle and ``expected.json`` into ``out`` (created if absent)."""
    bundles = build_all()
    out.mkdir(parents=True, exist_ok=True)
    for b in bundles:
        g.write_bundle(out, b)
    text = json.dumps(g.expected(bundles), indent=2, ensure_ascii=False) + "\n"
    (out / "expected.json").write_text(text, encoding="utf-8")


def _clear(out: Path, force: bool) -> None:
    """Make ``out`` an empty directory, refusing to empty one that holds anything but a previous set L."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = sorted(out.iterdir())
    foreign = [x.name for x in entries if x.name != "expected.json" and not x.name.startswith("50010")]
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
    cli = argparse.ArgumentParser(description="Write held-out test set L: MCI claim bundles and expected.json.")
    cli.add_argument("out", type=Path, help="output directory (absent, empty, or an earlier set L)")
    cli.add_argument("--force", action="store_true", help="replace whatever OUTDIR holds")
    opts = cli.parse_args(argv)
    _clear(opts.out, opts.force)
    build(opts.out)
    expected = json.loads((opts.out / "expected.json").read_text(encoding="utf-8"))
    tally = {
        d: sum(1 for x in expected.values() if x["decision"] == d) for d in ("approve", "action_required", "reject")
    }
    lines = [f"{claim_id} {entry['decision']:<16} {entry['bundle']}" for claim_id, entry in expected.items()]
    lines.append(f"{len(expected)} bundles in {opts.out}: " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
