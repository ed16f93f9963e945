"""Write held-out test set P for POE Reviewer: MCI claim bundles plus ``expected.json``.

Every expectation here was written from the MCI claiming guide (June 2025, shared/seed) and the bundle format
(shared/spec/claims-interchange.md) alone: what a careful human reviewer would decide from those rules, never
what the tool does. Claims 5041001-5041066, all submitted in 2026, with partners and customers of their own.

The document machinery (PDF, Word, e-mail, scans, photos, ink, e-signatures, digital signatures, bundles) is set
G's, imported from ``tools/make_holdout_g.py``, with a few of set H's templates; this module adds e-mail as it
really arrives (transport headers, drafts, messages attached to messages) and the scenarios.

Queue effects: three partners use their own report template for several customers and the public-sector
disclosure wording is shared by several claims (boilerplate, not reuse); five pairs share claim-specific evidence
(a pasted signature, a signed disclosure, a SOC incident table, one invoice for two claims, a findings report with
the same figures for two customers); two partners claim the same customer workloads; eight claims come back after
an action-required request, a rejection or a dispute.

Usage: ``python tools/make_holdout_p.py OUTDIR [--force]``. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import shutil
import sys
import time
from collections.abc import Sequence
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
except ImportError:  # run as a script: python tools/make_holdout_p.py
    import make_holdout_g as g  # type: ignore[no-redef]
    import make_holdout_h as h  # type: ignore[no-redef]

Org, Person, Mail, Party, Ink, Bundle = g.Org, g.Person, g.Mail, g.Party, g.Ink, g.Bundle
T, D, person, meta, css, kv, grid, ul, paras = g.T, g.D, g.person, g.meta, g.css, g.kv, g.grid, g.ul, g.paras
NA, PASS_NA = g.NA, g.PASS_NA
FIRST_ID, LAST_ID = 5041001, 5041066
days = h.days

# Non-approve claims whose reason is a rule of the claim's life (a window of the guide's "Status of a claim",
# "Disputing a rejection" or "Claim rejection") or a fact the guide states outright, rather than any one of the
# spec's check ids: for these no check id is asserted as failing.
RULE_ONLY: dict[str, str] = {}


# --------------------------------------------------------------------------------------------------------------
# e-mail as it arrives: transport headers, drafts, messages attached to messages
# --------------------------------------------------------------------------------------------------------------

REGIONS = {
    "GB": "GBR01",
    "IE": "EUR03",
    "US": "NAM12",
    "CA": "CAN01",
    "PR": "NAM04",
    "AU": "AUS01",
    "NZ": "AUS01",
    "IN": "IND01",
    "JP": "JPN01",
    "KR": "KOR01",
    "SG": "APC01",
    "MY": "APC01",
    "AR": "LAM02",
    "CL": "LAM02",
    "MX": "NAM04",
    "GT": "NAM04",
    "BR": "LAM02",
}


def _region(org: Org) -> str:
    return REGIONS.get(org.country, "EUR05" if org.country in g.MARKET_A | g.MARKET_B else "EUR03")


def _host(org: Org, kind: str, seed: str) -> tuple[str, str]:
    """A plausible Exchange Online host name and IP for a tenant's mail flow (one region per tenant)."""
    r = g.rng_for("host", org.domain, kind, seed)
    region = _region(org)
    pre = region[:2] + region[3:]
    if kind == "mbx":
        name = f"{pre}PR{r.randint(1, 9)}MB{r.randint(1000, 9999)}.{region.lower()}.prod.outlook.com"
        ip = f"2603:10a6:{r.randint(100, 999):x}:{r.randint(10, 255):x}::{r.randint(10, 99)}"
    elif kind == "out":
        name = f"mail-{region.lower()}{r.choice(['on', 'un'])}20{r.randint(60, 99)}.outbound.protection.outlook.com"
        ip = f"40.107.{r.randint(1, 250)}.{r.randint(2, 250)}"
    else:
        name = f"{pre}PEPF0000{r.randint(1000, 9999):X}.{region.lower()}.prod.protection.outlook.com"
        ip = f"2603:10b6:{r.randint(100, 999):x}:{r.randint(10, 255):x}::{r.randint(10, 99):x}"
    return name, ip


def _b64(seed: str, n: int) -> str:
    raw = b"".join(g.hexid("b64", seed, str(i), n=64).encode() for i in range(n // 48 + 2))
    return base64.b64encode(raw).decode()[:n]


def _fold(name: str, value: str, width: int = 76) -> str:
    """Fold a header at spaces, the way MTAs write long Received and DKIM lines."""
    lines: list[str] = []
    line = f"{name}:"
    for w in value.split(" "):
        if len(line) + 1 + len(w) > width and not line.endswith(":"):
            lines.append(line)
            line = "\t" + w
        else:
            line += (" " if not line.endswith("\t") else "") + w
    lines.append(line)
    return "\r\n".join(lines)


def transport_headers(m: Mail, *, gmail_sender: bool = False, seed: str = "") -> list[tuple[str, str]]:
    """Received chain and authentication results of a message delivered into the first recipient's Exchange
    Online tenant (newest hop first)."""
    sd = m.frm.org.domain
    so, ro = m.frm.org, m.to[0].org
    base = m.when.astimezone(g.UTC)
    s_mbx, s_mbx_ip = _host(so, "mbx", seed)
    out, out_ip = _host(so, "out", seed)
    eop, eop_ip = _host(ro, "eop", seed)
    r_mbx, r_mbx_ip = _host(ro, "mbx", seed)
    r_mbx2, r_mbx2_ip = _host(ro, "mbx", seed + "2")
    stamp = lambda s: format_datetime(base + dt.timedelta(seconds=s))  # noqa: E731
    tls12 = "version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
    tls13 = "version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384"
    if gmail_sender:
        gr = g.rng_for("gmail", sd, seed)
        out = f"mail-{gr.choice(['wm1', 'ej1', 'lf1', 'pj1'])}-f{gr.randint(40, 199)}.google.com"
        out_ip = f"209.85.{gr.randint(128, 255)}.{gr.randint(2, 250)}"
        first = (
            f"by 2002:a05:6a10:{g.hexid('gm', seed, n=4).lower()} with SMTP id {g.hexid('gid', seed, n=12).lower()}"
            f"csp; {stamp(-2)}"
        )
        origin = [("X-Received", first)]
    else:
        origin = [
            (
                "Received",
                f"from {s_mbx} ({s_mbx_ip}) by {s_mbx} ({s_mbx_ip}) with Microsoft SMTP Server ({tls12}) "
                f"id 15.20.8769.{g.rng_for('v', seed).randint(10, 40)}; {stamp(0)}",
            )
        ]
    hops = [
        (
            "Received",
            f"from {r_mbx2} ({r_mbx2_ip}) by {r_mbx} ({r_mbx_ip}) with Microsoft SMTP "
            f"Server ({tls12}) id 15.20.8769.{g.rng_for('v2', seed).randint(10, 40)} via Mailbox Transport; {stamp(4)}",
        ),
        (
            "Received",
            f"from {eop} ({eop_ip}) by {r_mbx2} ({r_mbx2_ip}) with Microsoft SMTP Server "
            f"({tls12}) id 15.20.8769.{g.rng_for('v3', seed).randint(10, 40)}; {stamp(3)}",
        ),
        (
            "Received",
            f"from {out} ({out_ip}) by {eop} ({eop_ip}) with Microsoft SMTP Server ({tls13}) "
            f"id 15.20.8796.{g.rng_for('v4', seed).randint(10, 40)} via Frontend Transport; {stamp(2)}",
        ),
    ]
    if not gmail_sender:
        hops.append(
            (
                "Received",
                f"from {s_mbx} ({s_mbx_ip}) by {out} ({out_ip}) with Microsoft SMTP Server ({tls12}) "
                f"id 15.20.8769.{g.rng_for('v5', seed).randint(10, 40)}; {stamp(1)}",
            )
        )
    auth = (
        f"spf=pass (sender IP is {out_ip}) smtp.mailfrom={sd}; dkim=pass (signature was verified) "
        f"header.d={sd};dmarc=pass action=none header.from={sd};compauth=pass reason=100"
    )
    spf = (
        f"Pass (protection.outlook.com: domain of {sd} designates {out_ip} as permitted sender) "
        f"receiver=protection.outlook.com; client-ip={out_ip}; helo={out}; pr=C"
    )
    selector = "google" if gmail_sender else "selector1"
    dkim = (
        f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={sd}; s={selector}; "
        "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck; "
        f"bh={_b64(seed + 'bh', 43)}=; b={_b64(seed + 'b', 340)}=="
    )
    tail = [
        ("Authentication-Results", auth),
        ("Received-SPF", spf),
        ("DKIM-Signature", dkim),
        ("X-MS-Exchange-Organization-Network-Message-Id", g.guid("nmid", m.msgid, seed)),
        ("X-MS-Exchange-Organization-AuthSource", eop),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-MS-Has-Attach", "yes" if m.attachments else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return [("Return-Path", f"<{m.frm.email}>"), *hops, *origin, *tail]


def _header_block(pairs: Sequence[tuple[str, str]]) -> str:
    return "\r\n".join(_fold(k, v) if v else f"{k}: " for k, v in pairs) + "\r\n"


def eml_rx(m: Mail, *, gmail_sender: bool = False, seed: str = "") -> bytes:
    """An .eml saved from the recipient's mailbox: the transport headers above the message's own."""
    seed = seed or m.msgid
    head = _header_block(transport_headers(m, gmail_sender=gmail_sender, seed=seed))
    return head.encode() + g.eml(m)


def msg_rx(m: Mail, *, gmail_sender: bool = False, seed: str = "") -> bytes:
    """An Outlook .msg of a received message, PR_TRANSPORT_MESSAGE_HEADERS holding the full header block."""
    seed = seed or m.msgid
    e = g.email_message(m)
    pairs = transport_headers(m, gmail_sender=gmail_sender, seed=seed)
    own = [(k, str(v)) for k, v in e.items() if k.lower() not in ("content-type", "mime-version")]
    block = _header_block([*pairs, *own, ("MIME-Version", "1.0")])
    mapi = MapiMessage.from_email_message(e)
    mapi.set_property(0x007D, PropertyTypeCode.PTYP_STRING, block)
    mapi.set_property(0x5D01, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x5D02, PropertyTypeCode.PTYP_STRING, m.frm.email)
    mapi.set_property(0x0C1E, PropertyTypeCode.PTYP_STRING, "SMTP")
    mapi.set_property(0x0039, PropertyTypeCode.PTYP_TIME, m.when.astimezone(g.UTC))
    mapi.set_property(0x0E07, PropertyTypeCode.PTYP_INTEGER32, 1)  # MSGFLAG_READ
    return mapi.to_bytes()


def msg_draft(m: Mail) -> bytes:
    """An unsent draft saved from Outlook: no Date, no transport headers, PR_MESSAGE_FLAGS = MSGFLAG_UNSENT."""
    e = g.email_message(m)
    del e["Date"]
    mapi = MapiMessage.from_email_message(e)
    mapi.properties.remove(0x007D)
    mapi.set_property(0x0E07, PropertyTypeCode.PTYP_INTEGER32, 8 | 1)  # MSGFLAG_UNSENT | MSGFLAG_READ
    filetime = int((m.when.timestamp() + 11644473600) * 10_000_000)
    index = b"\x01" + filetime.to_bytes(8, "big")[:5] + bytes.fromhex(g.hexid("conv", m.msgid, n=32))
    mapi.set_property(0x0071, PropertyTypeCode.PTYP_BINARY, index)  # PR_CONVERSATION_INDEX (else: the clock)
    mapi.set_property(0x0C1E, PropertyTypeCode.PTYP_STRING, "SMTP")
    return mapi.to_bytes()


def msg_with_attached_mail(outer: Mail, inner: Mail, inner_name: str, *, seed: str = "") -> bytes:
    """A message that carries another message as an attachment (Outlook's 'Forward as attachment')."""
    e = g.email_message(outer)
    ie = g.email_message(inner)
    for k, v in transport_headers(inner, seed=seed or inner.msgid):
        if k in ("Received", "Authentication-Results", "Return-Path"):
            ie[k] = v
    e.add_attachment(ie, disposition="attachment", filename=inner_name)
    mapi = MapiMessage.from_email_message(e)
    mapi.set_property(0x5D01, PropertyTypeCode.PTYP_STRING, outer.frm.email)
    mapi.set_property(0x0C1E, PropertyTypeCode.PTYP_STRING, "SMTP")
    mapi.set_property(0x0039, PropertyTypeCode.PTYP_TIME, outer.when.astimezone(g.UTC))
    return mapi.to_bytes()


def sig_block(p: Person, extra: str = "") -> str:
    """A customer's own e-mail signature."""
    out = f"{p.name}\n{p.title}\n{p.org.name}"
    return out + (f"\n{extra}" if extra else "")


# --------------------------------------------------------------------------------------------------------------
# the partners of this set
# --------------------------------------------------------------------------------------------------------------

BRIGHTWATER = Org(
    "Brightwater Cloud Advisors LLC",
    "Brightwater Cloud",
    "brightwatercloud.com",
    "US",
    "Portland, OR 97204",
    "1120 SW Fifth Ave, Suite 900",
    "#00695c",
    "EIN 93-4471228",
    "+1 503 555 0137",
)
KESTREL = Org(
    "Kestrel Cyber Defence Ltd",
    "Kestrel Cyber",
    "kestrelcyber.co.uk",
    "GB",
    "Manchester M1 5AN",
    "Peter House, Oxford Street",
    "#263238",
    "Company No. 11842207 · VAT GB 318 4472 06",
    "+44 161 555 0194",
)
ALSTERWERK = Org(
    "Alsterwerk Digital GmbH",
    "Alsterwerk",
    "alsterwerk-digital.de",
    "DE",
    "20095 Hamburg",
    "Ballindamm 27",
    "#0d47a1",
    "HRB 162284 · USt-IdNr. DE318447120",
    "+49 40 555 01 73",
)
PAMPAS = Org(
    "Pampas Tecnología S.R.L.",
    "Pampas Tec",
    "pampastec.com.ar",
    "AR",
    "C1001AFA Buenos Aires",
    "Av. Leandro N. Alem 855, piso 12",
    "#1565c0",
    "CUIT 30-71622847-1",
    "+54 11 5555 0142",
)
HARBOURLINE = Org(
    "Harbourline Technologies Pty Ltd",
    "Harbourline",
    "harbourline.com.au",
    "AU",
    "Brisbane QLD 4000",
    "300 Queen Street, Level 21",
    "#00838f",
    "ABN 61 622 844 710",
    "+61 7 5555 0142",
)
MAPLEGROVE = Org(
    "Maple Grove IT Services Inc.",
    "Maple Grove IT",
    "maplegroveit.ca",
    "CA",
    "Winnipeg, MB R3C 4T3",
    "201 Portage Ave, Suite 1800",
    "#b71c1c",
    "BN 782284471RC0001",
    "+1 204 555 0142",
)
CHINOOK = Org(
    "Chinook Systems Inc.",
    "Chinook Systems",
    "chinooksystems.ca",
    "CA",
    "Calgary, AB T2P 2V6",
    "500 Centre St S, Suite 700",
    "#37474f",
    "BN 741228470RC0001",
    "+1 403 555 0142",
)
KAVERI = Org(
    "Kaveri Cloudworks Pvt. Ltd.",
    "Kaveri Cloudworks",
    "kavericloud.in",
    "IN",
    "Bengaluru 560103",
    "Prestige Tech Park, Outer Ring Road, Tower 3, 9th Floor",
    "#e65100",
    "CIN U72900KA2015PTC084471 · GSTIN 29AAHCK2284Q1Z3",
    "+91 80 6755 0142",
)
ZUIDERZEE = Org(
    "Zuiderzee Cloud B.V.",
    "Zuiderzee Cloud",
    "zuiderzeecloud.nl",
    "NL",
    "3511 EP Utrecht",
    "Catharijnesingel 53",
    "#ef6c00",
    "KvK 71228447 · BTW NL859228447B01",
    "+31 30 555 0142",
)
ADRIATIC = Org(
    "Adriatic Cloud d.o.o.",
    "Adriatic Cloud",
    "adriaticcloud.hr",
    "HR",
    "21000 Split",
    "Put Brodarice 6",
    "#0277bd",
    "OIB 48122844710",
    "+385 21 555 142",
)
SONORAN = Org(
    "Sonoran Secure LLC",
    "Sonoran Secure",
    "sonoransecure.com",
    "US",
    "Tucson, AZ 85701",
    "1 S Church Ave, Suite 1600",
    "#bf360c",
    "EIN 86-3122847",
    "+1 520 555 0142",
)
HALLASAN = Org(
    "Hallasan Cloud Co., Ltd.",
    "Hallasan Cloud",
    "hallasancloud.co.kr",
    "KR",
    "Jeju-si, Jeju 63309",
    "33 Cheomdan-ro",
    "#2e7d32",
    "사업자등록번호 616-81-22847",
    "+82 64 555 0142",
)
ALTIPLANO = Org(
    "Altiplano Digital SpA",
    "Altiplano Digital",
    "altiplanodigital.cl",
    "CL",
    "Las Condes, Santiago",
    "Av. Apoquindo 4501, piso 17",
    "#6d4c41",
    "RUT 76.842.284-7",
    "+56 2 2555 0142",
)
CARIBE = Org(
    "Caribe Nube LLC",
    "Caribe Nube",
    "caribenube.com",
    "PR",
    "San Juan, PR 00907",
    "250 Calle Tanca, Suite 301",
    "#00897b",
    "",
    "+1 787 555 0142",
)
TATRA = Org(
    "Tatra Cloud s.r.o.",
    "Tatra Cloud",
    "tatracloud.sk",
    "SK",
    "811 09 Bratislava",
    "Mlynské nivy 16",
    "#4527a0",
    "IČO 51228447 · IČ DPH SK2120228447",
    "+421 2 5555 0142",
)
LIONCITY = Org(
    "Lion City Cyber Pte. Ltd.",
    "Lion City Cyber",
    "lioncitycyber.sg",
    "SG",
    "Singapore 048619",
    "1 Raffles Place, #44-01",
    "#c62828",
    "UEN 201822847K",
    "+65 6555 0142",
)
DILMUN = Org(
    "Dilmun Digital W.L.L.",
    "Dilmun Digital",
    "dilmundigital.bh",
    "BH",
    "Manama, Kingdom of Bahrain",
    "Bahrain Financial Harbour, West Tower, Level 18",
    "#6a1b9a",
    "CR 122847-1",
    "+973 1755 0142",
)
RHONE = Org(
    "Rhône Alpes Numérique SAS",
    "RA Numérique",
    "ra-numerique.fr",
    "FR",
    "69002 Lyon",
    "12 Quai Antoine Riboud",
    "#283593",
    "SIREN 884 122 847 · TVA FR41884122847",
    "+33 4 55 55 01 42",
)
BALTIC = Org(
    "Baltic Amber IT OÜ",
    "Baltic Amber IT",
    "balticamber.ee",
    "EE",
    "10145 Tallinn",
    "Narva mnt 5",
    "#f57f17",
    "Reg. 14822847 · KMKR EE102284471",
    "+372 655 0142",
)
BALTIC_LV = Org(
    "Baltic Amber IT SIA",
    "Baltic Amber IT",
    "balticamber.lv",
    "LV",
    "Rīga, LV-1010",
    "Elizabetes iela 45",
    "#f57f17",
    "Reg. Nr. 40203228471 · PVN LV40203228471",
    "+371 6755 0142",
)
BLUERIDGE = Org(
    "Blue Ridge Data Partners LLC",
    "Blue Ridge Data",
    "blueridgedata.com",
    "US",
    "Roanoke, VA 24011",
    "10 Franklin Rd SE, Suite 600",
    "#1a237e",
    "EIN 54-2284471",
    "+1 540 555 0142",
)
QUETZAL = Org(
    "Quetzal Sistemas, S.A.",
    "Quetzal Sistemas",
    "quetzalsistemas.com.gt",
    "GT",
    "Ciudad de Guatemala 01010",
    "Diagonal 6, 10-01 Zona 10, Torre II, Nivel 14",
    "#2e7d32",
    "NIT 9122847-1",
    "+502 2555 0142",
)
DOLOMITI = Org(
    "Dolomiti Cloud S.r.l.",
    "Dolomiti Cloud",
    "dolomiticloud.it",
    "IT",
    "38122 Trento",
    "Via Brennero 139",
    "#5d4037",
    "P.IVA IT02284471220",
    "+39 0461 555 142",
)
KILI = Org(
    "Kilimanjaro Cloud Ltd",
    "Kili Cloud",
    "kilicloud.co.tz",
    "TZ",
    "Dar es Salaam",
    "Plot 1428, Haile Selassie Road, Msasani",
    "#33691e",
    "TIN 142-284-471",
    "+255 22 555 0142",
)
LAGOON = Org(
    "Lagoon Bay Systems Ltd",
    "Lagoon Bay Systems",
    "lagoonbay.ng",
    "NG",
    "Victoria Island, Lagos",
    "Plot 1668B Oyin Jolayemi Street",
    "#ad1457",
    "RC 1422847",
    "+234 1 555 0142",
)
FJORDLYS = Org(
    "Fjordlys Teknologi AS",
    "Fjordlys",
    "fjordlys.no",
    "NO",
    "5003 Bergen",
    "Bryggen 9",
    "#01579b",
    "Org.nr. 922 844 710 MVA",
    "+47 55 55 01 42",
)
NOPAL = Org(
    "Nopal Nube S.A. de C.V.",
    "Nopal Nube",
    "nopalnube.mx",
    "MX",
    "Santiago de Querétaro, Qro. 76090",
    "Blvd. Bernardo Quintana 7001, Piso 9",
    "#558b2f",
    "RFC NNU180422K47",
    "+52 442 555 0142",
)

# partner staff
BW_PM = person(BRIGHTWATER, "Jenna Whitcombe", "Engagement Manager", "jwhitcombe", "+1 503 555 0137")
BW_LEAD = person(BRIGHTWATER, "Marcus Oyelaran", "Principal Consultant, Modern Work", "moyelaran")
KC_SDM = person(KESTREL, "Hollie Brennan", "SOC Service Delivery Manager", "hollie.brennan")
AW_PM = person(ALSTERWERK, "Jannik Petersen", "Projektleiter / Project Lead", "j.petersen")
AW_SEC = person(ALSTERWERK, "Svenja Albers", "Senior Security Consultant", "s.albers")
PT_PM = person(PAMPAS, "Martina Giménez", "Gerente de Proyectos", "martina.gimenez")
HL_PM = person(HARBOURLINE, "Callum Fraser", "Delivery Lead", "callum.fraser")
HL_ARCH = person(HARBOURLINE, "Priyanka Raman", "Azure Architect", "priyanka.raman")
MG_PM = person(MAPLEGROVE, "Danielle Tremblay", "Client Success Manager", "dtremblay")
CH_AM = person(CHINOOK, "Bryce Halvorsen", "Account Executive", "bhalvorsen")
KV_PM = person(KAVERI, "Rohan Hegde", "Delivery Manager", "rohan.hegde")
KV_AM = person(KAVERI, "Divya Narasimhan", "Alliances Manager", "divya.n")
ZZ_PM = person(ZUIDERZEE, "Sanne Bakker", "Projectmanager", "sanne.bakker")
AC_PM = person(ADRIATIC, "Ivana Kovačević", "Project Manager", "ivana.kovacevic")
SS_LEAD = person(SONORAN, "Ray Delgado", "Security Services Lead", "rdelgado")
HC_PM = person(HALLASAN, "Park Ji-woo", "Project Manager", "jiwoo.park")
AD_PM = person(ALTIPLANO, "Felipe Araya", "Jefe de Proyectos", "felipe.araya")
CN_PM = person(CARIBE, "Yamilet Ortiz Colón", "Project Manager", "yortiz")
TC_PM = person(TATRA, "Marek Horváth", "Projektový manažér", "marek.horvath")
LC_PM = person(LIONCITY, "Nur Aisyah Rahman", "Engagement Manager", "aisyah.rahman")
DD_PM = person(DILMUN, "Hussain Al-Aradi", "Project Manager", "h.alaradi")
RA_PM = person(RHONE, "Camille Girard", "Cheffe de projet", "camille.girard")
BA_PM = person(BALTIC, "Kristjan Tamm", "Project Manager", "kristjan.tamm")
BR_SA = person(BLUERIDGE, "Whitney Caldwell", "Solution Architect, Dynamics 365", "wcaldwell")
BR_AE = person(BLUERIDGE, "Trevor Pruett", "Account Executive", "tpruett")
QS_PM = person(QUETZAL, "Andrea Castillo", "Gerente de Proyecto", "andrea.castillo")
DC_PM = person(DOLOMITI, "Luca Pedrotti", "Project Manager", "luca.pedrotti")
KL_PM = person(KILI, "Neema Mushi", "Project Lead", "neema.mushi")
LB_PM = person(LAGOON, "Tobi Adebayo", "Service Delivery Manager", "tobi.adebayo")
FJ_PM = person(FJORDLYS, "Ingvild Sæther", "Prosjektleder / Project Manager", "ingvild.saether")
NN_PM = person(NOPAL, "Rodrigo Salinas", "Gerente de Proyectos", "rodrigo.salinas")


def footer_block(p: Person, extra: str = "") -> str:
    """A partner's e-mail signature: the same on every message the person sends (boilerplate)."""
    return g.footer_block(p, extra)


KC_DISCLAIMER = (
    "Kestrel Cyber Defence Ltd is registered in England and Wales (No. 11842207). This message may contain "
    "confidential information; if you are not the intended recipient please delete it and tell the sender."
)
BW_DISCLAIMER = "Brightwater Cloud Advisors LLC · Microsoft Solutions Partner · Portland | Boise | Spokane"


# --------------------------------------------------------------------------------------------------------------
# partners' own templates, each used for several customers (boilerplate the queue must not flag)
# --------------------------------------------------------------------------------------------------------------

BW_METHOD = (
    "Brightwater runs every engagement on the same three tracks – <b>Launch</b> (design and pilot), <b>Land</b> "
    "(rollout and migration) and <b>Lift</b> (adoption and handover). This report records what was delivered, the "
    "adoption measured at close, the timeline, what the customer's IT team now owns, and the customer's sign-off. "
    "Figures are taken from the customer's Microsoft 365 admin center and usage reports on the report date."
)
BW_FOOTER = "Brightwater Cloud Advisors LLC · 1120 SW Fifth Ave, Portland OR · Confidential – prepared for the customer"


def bw_report(
    cust: Org,
    ref: str,
    day: dt.date,
    summary: str,
    deliverables: Sequence[tuple[str, str, str]],
    adoption: Sequence[tuple[str, str, str]],
    timeline: Sequence[tuple[str, str, str]],
    handover: Sequence[str],
    parties: Sequence[Party],
    seed: str,
) -> bytes:
    """Brightwater Cloud Advisors' Engagement Completion Report (one template for all its customers)."""
    cover = f"""
<p class="muted" style="margin-top:36pt">ENGAGEMENT COMPLETION REPORT</p>
<h1 style="font-size:23pt">{escape(cust.name)}</h1>
<p style="font-size:12pt">{escape(summary.split(".")[0])}</p>
{
        kv(
            [
                ("Reference", ref),
                ("Status", "Final"),
                ("Date", g.fdate(day, "us_long")),
                ("Prepared by", escape(BRIGHTWATER.name)),
                ("Prepared for", escape(cust.name)),
            ]
        )
    }
<h2>How we work</h2><p>{BW_METHOD}</p>
"""
    body = f"""
<h2>1. Engagement summary</h2><p>{summary}</p>
<h2>2. Workloads and deliverables</h2>
{grid(["Workload", "Delivered", "Numbers"], deliverables, [20, 56, 24])}
<h2>3. Adoption at close</h2>
{grid(["Measure", "Target", "At close"], adoption, [52, 20, 28])}
<h2>4. Timeline</h2>
{grid(["Track", "Dates", "Activities"], timeline, [12, 26, 62])}
<h2>5. What your IT team now owns</h2>{ul(handover)}
"""
    accept = g.signoff(
        "rows",
        parties,
        heading="6. Customer sign-off",
        statement=f"By signing, {escape(cust.name)} confirms that the deliverables in this report were delivered by "
        f"{escape(BRIGHTWATER.name)} and accepts the engagement as complete.",
    )
    return g.report_pdf(
        BRIGHTWATER,
        [cover, body, accept],
        meta(f"{cust.short} – Engagement Completion Report", BW_PM.name, T(day.year, day.month, day.day, 16, 10, -8)),
        seed,
        right=f"Engagement Completion Report · {ref}",
        footer=BW_FOOTER,
        size=g.LETTER,
    )


KC_ABOUT = (
    "This monthly report summarises the security operations Kestrel Cyber Defence performed for the customer: the "
    "estate under monitoring, incidents triaged and responded to, threat hunting, detection engineering and the "
    "configuration assessment of the month. Severity follows the Kestrel incident matrix (P1–P4); times are UK time."
)
KC_FOOTER = "Kestrel Cyber Defence Ltd · Peter House, Oxford Street, Manchester · OFFICIAL-SENSITIVE (customer)"


def kestrel_report(
    cust: Org,
    month: str,
    ref: str,
    service: Sequence[tuple[str, str]],
    estate: Sequence[tuple[str, str]],
    incidents: Sequence[tuple[str, str, str, str, str]],
    hunts: Sequence[str],
    engineering: Sequence[str],
    assessment: Sequence[tuple[str, str, str]],
    when: dt.datetime,
    seed: str,
) -> bytes:
    """Kestrel Cyber Defence's Monthly SOC Service Report (one template for all its customers)."""
    pages = [
        f"""
<p class="muted" style="margin-top:30pt">MONTHLY SOC SERVICE REPORT</p>
<h1 style="font-size:22pt">{escape(cust.name)}</h1>
<p style="font-size:12pt">{escape(month)}</p>
{kv([("Report reference", ref), ("Prepared by", escape(KESTREL.name)), ("Service owner", KC_SDM.name)])}
<h2>About this report</h2><p>{KC_ABOUT}</p>
<h2>1. Service definition</h2>{kv(list(service))}
<h2>2. Estate under monitoring</h2>{grid(["Source", "Coverage"], estate, [38, 62])}
""",
        f"""
<h2>3. Incidents of the month</h2>
{grid(["Ref", "Opened", "Source", "Summary", "Outcome"], incidents, [11, 15, 16, 38, 20])}
<h2>4. Threat hunting</h2>{ul(hunts)}
<h2>5. Detection engineering and tuning</h2>{ul(engineering)}
<h2>6. Configuration assessment</h2>{grid(["Area", "Score / finding", "Action"], assessment, [28, 36, 36])}
""",
    ]
    return g.report_pdf(
        KESTREL,
        pages,
        meta(f"{cust.short} SOC Service Report {month}", KC_SDM.name, when),
        seed,
        right=f"SOC Service Report · {ref}",
        footer=KC_FOOTER,
        style=css(KESTREL.color, size=9),
    )


BR_FOOTER = "Blue Ridge Data Partners LLC · 10 Franklin Rd SE, Roanoke VA · Dynamics 365 & Power Platform"


def br_golive(
    cust: Org,
    ref: str,
    day: dt.date,
    apps: Sequence[tuple[str, str, str]],
    facts: Sequence[tuple[str, str]],
    parties: Sequence[Party],
    seed: str,
) -> bytes:
    """Blue Ridge Data Partners' Go-Live Acceptance Certificate (one template for all its customers)."""
    html = f"""
<h1>Go-Live Acceptance Certificate</h1>
<p class="muted">Dynamics 365 implementation · {escape(ref)}</p>
{kv([("Customer", escape(cust.name)), ("Implementation partner", escape(BLUERIDGE.name)), *facts])}
<h2>Applications in production</h2>
{grid(["Application", "Scope in production", "Users"], apps, [26, 56, 18])}
<p>Blue Ridge confirms that the applications above passed user acceptance testing and were cut over to production.
Hypercare support continues for 30 days after go-live under the statement of work.</p>
""" + g.signoff(
        "rows",
        parties,
        heading="Acceptance",
        statement=f"{escape(cust.name)} accepts the go-live of the applications listed in this certificate.",
    )
    return g.html_pdf(
        html,
        meta(f"Go-Live Acceptance {cust.short}", BR_SA.name, T(day.year, day.month, day.day, 9, 0, -4)),
        seed,
        size=g.LETTER,
        style=css(BLUERIDGE.color),
        decor=g.Decor(BLUERIDGE, right=f"Go-Live Acceptance · {ref}", footer=BR_FOOTER, accent=BLUERIDGE.color),
    )


def letterhead(org: Org, html: str, m: g.Meta, seed: str, *, footer: str = "", right: str = "") -> bytes:
    """A letter on an organisation's own letterhead (logo, address line, footer)."""
    return g.html_pdf(
        html,
        m,
        seed,
        style=css(org.color, size=10),
        decor=g.Decor(
            org, right=right or escape(org.address), footer=footer or escape(org.name), numbers="", accent=org.color
        ),
    )


def scan_signed(pdf: bytes, inks: Sequence[Ink], seed: str, when: dt.datetime, **kw: Any) -> bytes:
    kw.setdefault("dpi", 150)
    kw.setdefault("skew", 0.5)
    return g.scan_pdf(pdf, inks, seed, when, **kw)


def last_page_scanned(pdf: bytes, inks: Sequence[Ink], seed: str, when: dt.datetime, m: g.Meta, **kw: Any) -> bytes:
    """A digital report whose last page (the sign-off) was printed, signed by hand and scanned back in."""
    n = g.pdf_pages(pdf)
    kw.setdefault("dpi", 150)
    kw.setdefault("skew", 0.5)
    return g.with_scanned_pages(pdf, [n - 1], inks, seed, when, m, **kw)


def photo_of(pdf: bytes, inks: Sequence[Ink], seed: str, when: dt.datetime, page: int = 0, **kw: Any) -> bytes:
    """A phone photo of a printed, signed page."""
    img = g.render(pdf, 110, inks, seed)[page]
    return g.phone_photo(img, seed, when, **kw)


def audit_trail(
    vendor: str, doc_title: str, request: str, signers: Sequence[tuple[Person, dt.datetime, str]], seed: str
) -> bytes:
    """An e-signature service's evidence page (Yousign-style 'dossier de preuve')."""
    rows = [
        (
            escape(p.name),
            escape(p.email),
            f"{when:%d/%m/%Y %H:%M:%S} UTC{g._gmt(when) or '+0'}",
            f"SMS OTP +33 ••• •• {g.hexid('otp', p.email, n=2)} · IP {ip}",
        )
        for p, when, ip in signers
    ]
    html = f"""
<h1>{escape(vendor)} – Dossier de preuve / Audit trail</h1>
{
        kv(
            [
                ("Document", escape(doc_title)),
                ("Demande de signature / Signature request", request),
                ("Empreinte SHA-256 / Document hash", g.hexid("hash", seed, n=64).lower()),
                ("Statut / Status", "Terminé / Completed"),
            ]
        )
    }
<h2>Signataires / Signers</h2>
{grid(["Nom / Name", "E-mail", "Signé le / Signed at", "Authentification / Authentication"], rows, [20, 30, 22, 28])}
<p class="small">Signature électronique avancée conforme au règlement (UE) n° 910/2014 (eIDAS). Le document signé est
scellé par un certificat {escape(vendor)} horodaté. / Advanced electronic signature under Regulation (EU) No 910/2014
(eIDAS); the signed document is sealed with a time-stamped {escape(vendor)} certificate.</p>
"""
    return g.html_pdf(html, meta("Audit trail", vendor, signers[-1][1], g.CHROME), seed, style=css("#5b2be0", size=8.5))


# --------------------------------------------------------------------------------------------------------------
# Brightwater Cloud Advisors: one completion-report template, three customers
# --------------------------------------------------------------------------------------------------------------


def bw_parties(cc: Person) -> list[Party]:
    return [
        Party("Customer", cc.org.name, cc.name, cc.title),
        Party("Brightwater Cloud Advisors", BRIGHTWATER.name, BW_PM.name, BW_PM.title),
    ]


def s504_001_cascade_timberworks_signed_report() -> Bundle:
    cid = "5041001"
    cust = Org(
        "Cascade Timberworks Inc.",
        "Cascade Timberworks",
        "cascadetimberworks.com",
        "US",
        "Eugene, OR 97402",
        "3900 W 11th Ave",
        "#5d4037",
    )
    cc = person(cust, "Dale Hutchins", "Director of IT", "dhutchins")
    parties = bw_parties(cc)
    report = bw_report(
        cust,
        "BW-ECR-2026-011",
        D(2026, 2, 13),
        "Cascade Timberworks moved its three sawmills and the Eugene office from Exchange 2016 and file servers to "
        "Microsoft 365. 486 mailboxes, 1.9 TB of departmental shares and the mills' shift handover moved in eleven "
        "weeks; Teams replaced the radio-and-clipboard handover between shifts at the Coburg, Sweet Home and Veneta "
        "mills.",
        [
            (
                "Exchange Online",
                "Hybrid migration from Exchange 2016 in four waves; 22 shared mailboxes (log purchasing, dispatch, "
                "safety); MX cut-over; legacy authentication blocked",
                "486 user mailboxes",
            ),
            (
                "SharePoint Online",
                "Departmental shares moved to 14 sites (Sales, Log Procurement, Safety, HR, Finance, one per mill); "
                "retention labels for OSHA safety records (7 years)",
                "14 sites, 1.9 TB",
            ),
            (
                "Teams",
                "Teams for office staff and mill supervisors; one team per mill with shift-handover channels and a "
                "handover form in Lists; Teams meetings for the log buyers",
                "430 licensed users",
            ),
        ],
        [
            ("User mailboxes migrated", "480", "486"),
            ("Weekly active Teams users (of 430 licensed)", "70%", "412 (96%)"),
            ("File servers retired", "3", "3"),
            ("Help desk tickets in hypercare week 2", "< 40", "23"),
        ],
        [
            ("Launch", "Nov 10 – Dec 5, 2025", "Design; pilot with 25 users of the Eugene office"),
            ("Land", "Dec 8, 2025 – Jan 23, 2026", "Mailbox waves 1–4, SharePoint migration, mill teams"),
            ("Lift", "Jan 26 – Feb 13, 2026", "Shift-handover training at the three mills, hypercare, handover"),
        ],
        [
            "Mailbox and licence administration (IT team of three)",
            "Site ownership per department; quarterly review of retention labels",
            "Shift-handover list templates, owned by each mill superintendent",
        ],
        parties,
        f"{cid}|rep",
    )
    signed = last_page_scanned(
        report,
        [
            *g.sign_inks("rows", parties[0], 0, "2/18/2026"),
            *g.sign_inks("rows", parties[1], 1, "2/18/2026", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 2, 18, 11, 40, -8),
        meta("Cascade Timberworks – Engagement Completion Report (signed)", BW_PM.name, T(2026, 2, 19, 9, 0, -8)),
        scanner=3,
    )
    files = {"Cascade_Timberworks_Engagement_Completion_Report_signed.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=BRIGHTWATER,
        pc=BW_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "SHAREPOINT ONLINE", "TEAMS"],
        submitted=T(2026, 3, 4, 10, 20, -8),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_cascade_timberworks_signed_completion_report",
        claim,
        files,
        "approve",
        "Brightwater's completion report gives this customer's own numbers for each claimed workload (486 mailboxes, "
        "14 sites / 1.9 TB, 430 Teams users), the timeline and adoption at close; its sign-off page was printed, "
        "signed by the customer's Director of IT and scanned back in, dated 2/18/2026 (US month-first, 15 days before "
        "submission). The report template and its method paragraph are shared with Brightwater's other claims: "
        "boilerplate, not reuse.",
        "Page 3 (scan): Customer row 'Dale Hutchins, Director of IT' signed, '2/18/2026'.",
        g.cpor_ok(),
    )


def s504_002_rogue_river_docusign_report() -> Bundle:
    cid = "5041002"
    cust = Org(
        "Rogue River Outfitters Co.",
        "RRO",
        "rogueriveroutfitters.com",
        "US",
        "Medford, OR 97501",
        "2250 Biddle Rd",
        "#2e7d32",
    )
    cc = person(cust, "Kelsey Moreno", "IT Manager", "kmoreno")
    parties = bw_parties(cc)
    report = bw_report(
        cust,
        "BW-ECR-2026-019",
        D(2026, 4, 3),
        "RRO replaced its ageing domain-joined store PCs and personal phones with managed devices. Brightwater "
        "enrolled every store, warehouse and office device in Intune and moved the whole company to Microsoft 365 "
        "Apps on the monthly enterprise channel, retiring the perpetual Office 2016 licences.",
        [
            (
                "Intune",
                "Windows Autopilot (user-driven) for 118 office laptops; shared-device kiosk profile for 56 "
                "point-of-sale back-office PCs in 14 stores; Android Enterprise dedicated devices for 64 warehouse "
                "scanners; compliance policies and Windows Update rings",
                "238 devices",
            ),
            (
                "Microsoft 365 Apps",
                "Office 2016 removed; Microsoft 365 Apps deployed through Intune on the monthly enterprise channel; "
                "OneDrive known-folder move; Outlook add-in for the order system",
                "264 users",
            ),
        ],
        [
            ("Devices compliant in Intune", "95%", "97.1% (231 of 238)"),
            ("Office 2016 installations left", "0", "0"),
            ("Stores with kiosk back-office PCs", "14", "14"),
        ],
        [
            ("Launch", "Jan 12 – Jan 30, 2026", "Design, Autopilot profiles, pilot in the Medford flagship store"),
            ("Land", "Feb 2 – Mar 20, 2026", "Store-by-store rollout, warehouse scanners, Apps deployment"),
            ("Lift", "Mar 23 – Apr 3, 2026", "Store manager training, hypercare, handover"),
        ],
        [
            "Autopilot device registration for new hardware (reseller uploads hashes)",
            "Compliance and update-ring policies; monthly review of non-compliant devices",
            "Kiosk profile changes for new stores",
        ],
        parties,
        f"{cid}|rep",
    )
    signed = g.esign(
        report,
        cc,
        T(2026, 4, 9, 14, 12, -7),
        f"{cid}|env",
        sig_anchor=cc.name,
        sig_dx=184,
        sig_dy=4,
        date_anchor=cc.name,
        date_dx=296,
        date_dy=2,
        date_text="4/9/2026",
        vendor="docusign",
        certificate=True,
        sender=BW_PM,
        ip="71.238.14.90",
    )
    files = {"RRO_Engagement_Completion_Report_-_Completed.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=BRIGHTWATER,
        pc=BW_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 4, 22, 9, 5, -7),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_rogue_river_docusign_completion_report",
        claim,
        files,
        "approve",
        "Same Brightwater template (shared wording is boilerplate), with RRO's own figures: 238 devices in Intune "
        "(118 Autopilot laptops, 56 kiosk PCs in 14 stores, 64 warehouse scanners) and 264 Microsoft 365 Apps users, "
        "timeline Jan–Apr 2026. Signed by the IT Manager through DocuSign on 4/9/2026 with the certificate of "
        "completion appended: a verifiable eSignature within 12 months. The customer writes its name as 'RRO'.",
        "DocuSign signature of Kelsey Moreno in the Customer row, certificate of completion 04/09/2026.",
        g.cpor_ok(),
    )


def s504_003_klamath_signature_14_months() -> Bundle:
    cid = "5041003"
    cust = Org(
        "Klamath Basin Growers Cooperative",
        "Klamath Basin Growers",
        "klamathgrowers.coop",
        "US",
        "Klamath Falls, OR 97603",
        "6200 S 6th St",
        "#827717",
    )
    cc = person(cust, "Arlene Sato", "Operations & IT Manager", "asato")
    parties = bw_parties(cc)
    report = bw_report(
        cust,
        "BW-ECR-2024-041",
        D(2024, 12, 16),
        "Klamath Basin Growers replaced e-mail lists and a shared drive with Teams and Viva Engage for its 38 staff "
        "and the field advisers who visit 260 member farms. Brightwater set up the teams, the member-advisory "
        "community and the onboarding of seasonal staff.",
        [
            (
                "Teams",
                "Teams for the Klamath Falls office, the Merrill grain elevator and 14 field advisers; channels per "
                "crop (potatoes, alfalfa, grain); Teams meetings for the board",
                "52 users",
            ),
            (
                "Viva Engage",
                "Community 'Member Advisory' for advisers and agronomy staff; weekly crop-condition posts; "
                "onboarding campaign for seasonal staff",
                "3 communities",
            ),
        ],
        [("Weekly active Teams users", "40", "47"), ("Viva Engage posts per week", "15", "22")],
        [
            ("Launch", "Sep 9 – Sep 27, 2024", "Design and pilot with the agronomy team"),
            ("Land", "Sep 30 – Nov 15, 2024", "Teams rollout, Viva Engage communities"),
            ("Lift", "Nov 18 – Dec 13, 2024", "Training for field advisers, handover"),
        ],
        ["Team and community ownership (Operations & IT Manager)", "Guest access for member farms"],
        parties,
        f"{cid}|rep",
    )
    signed = last_page_scanned(
        report,
        [
            *g.sign_inks("rows", parties[0], 0, "12/19/2024"),
            *g.sign_inks("rows", parties[1], 1, "12/19/2024", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2024, 12, 19, 15, 0, -8),
        meta("Klamath Basin Growers – Engagement Completion Report (signed)", BW_PM.name, T(2024, 12, 20, 9, 0, -8)),
        scanner=3,
    )
    files = {"KBG_Engagement_Completion_Report_signed.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=BRIGHTWATER,
        pc=BW_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "VIVA ENGAGE"],
        submitted=T(2026, 2, 10, 13, 45, -8),
        docs=[(p, "poe") for p in files],
    )
    checks = g.cpor_ok()
    checks["acknowledgement_date"] = "fail"
    return Bundle(
        f"{cid}_klamath_growers_signature_14_months_old",
        claim,
        files,
        "action_required",
        "A detailed, signed Brightwater completion report – but the engagement closed in December 2024 and the "
        "customer signed on 12/19/2024, almost 14 months before submission (2026-02-10). 'Signature or customer "
        "acknowledgement ... must not be older than 12 months (usage only)'; such POE needs 'a recent POE or customer "
        "acknowledgement confirming active engagement with the customer', and nothing recent is uploaded.",
        "Report dated December 16, 2024; sign-off 'Arlene Sato' dated '12/19/2024'; submitted 2026-02-10.",
        checks,
    )


# --------------------------------------------------------------------------------------------------------------
# acknowledgements in many forms
# --------------------------------------------------------------------------------------------------------------


AW_LABELS = ("Name", "Funktion / Title", "Unterschrift / Signature", "Datum / Date")


def s504_004_hka_bilingual_protocol_sideways() -> Bundle:
    cid = "5041004"
    cust = Org(
        "Hanseatische Kühlhaus AG",
        "HKA",
        "hka-kuehlhaus.de",
        "DE",
        "21129 Hamburg",
        "Am Waltershofer Hafen 8",
        "#1565c0",
        "HRB 98412",
    )
    cc = person(cust, "Dr. Birte Lorenzen", "Leiterin IT / Head of IT", "b.lorenzen")
    parties = [
        Party("Auftraggeber / Customer", cust.name, cc.name, "Leiterin IT / Head of IT"),
        Party("Auftragnehmer / Supplier", ALSTERWERK.name, AW_SEC.name, "Senior Security Consultant"),
    ]
    rows = [
        (
            "Defender for Endpoint: Onboarding aller Clients und Server / onboarding of all clients and servers",
            "612 Clients, 48 Server; 6 Kühlhaus-Steuerungsrechner im passiven Modus / 612 clients, 48 servers; "
            "6 cold-store control PCs in passive mode",
            "abgenommen / accepted",
        ),
        (
            "ASR-Regeln und EDR im Blockmodus, Gerätegruppen je Standort / ASR rules and EDR in block mode, device "
            "groups per site",
            "Waltershof, Altenwerder, Bremerhaven",
            "abgenommen / accepted",
        ),
        (
            "Defender for Office 365 Plan 2: Safe Links, Safe Attachments, Anti-Phishing, Angriffssimulation / "
            "attack simulation",
            "540 Postfächer / mailboxes; 2 Simulationen / simulations",
            "abgenommen / accepted",
        ),
    ]
    html = f"""
<h1>Abnahmeprotokoll / Acceptance Protocol</h1>
<p style="font-size:12pt">Microsoft Defender XDR – Endpoint &amp; Office 365</p>
{
        kv(
            [
                ("Auftraggeber / Customer", f"{escape(cust.name)} (HKA), {escape(cust.address)}"),
                ("Auftragnehmer / Supplier", f"{escape(ALSTERWERK.name)}, {escape(ALSTERWERK.address)}"),
                ("Auftrag / Order", "AW-2025-118 vom 04.12.2025 / of 4 December 2025"),
                ("Zeitraum / Period", "12.01.2026 – 06.03.2026"),
            ]
        )
    }
<h2>Leistungen / Services</h2>
{grid(["Leistung / Service", "Umfang / Scope", "Ergebnis / Result"], rows, [46, 36, 18])}
<p>Offene Punkte / Open items: keine / none.</p>
<p>Der Auftraggeber nimmt die oben genannten Leistungen ohne Vorbehalt ab. / The customer accepts the services listed
above without reservation.</p>
""" + g.signoff(
        "columns", parties, heading="Unterschriften / Signatures", labels=AW_LABELS, company_label="Firma / Company"
    )
    pdf = g.html_pdf(
        html,
        meta("Abnahmeprotokoll HKA Defender", AW_PM.name, T(2026, 3, 9, 10, 0, 1)),
        f"{cid}|ap",
        style=css(ALSTERWERK.color),
        decor=g.Decor(ALSTERWERK, right="Abnahmeprotokoll · AW-2025-118", footer=escape(ALSTERWERK.name)),
    )
    inks = [
        *g.sign_inks("columns", parties[0], 0, "12.03.2026", labels=AW_LABELS),
        *g.sign_inks("columns", parties[1], 1, "12.03.2026", labels=AW_LABELS, color=g.INK_BLACK),
        Ink(
            cc.name,
            "stamp",
            dx=40,
            dy=0,
            h=42,
            lines=("HANSEATISCHE KÜHLHAUS AG", "Am Waltershofer Hafen 8", "21129 Hamburg"),
            color=(40, 60, 150),
            yanchor=AW_LABELS[2],
            y_dy=-6,
            yocc=-1,
        ),
    ]
    scan = scan_signed(pdf, inks, f"{cid}|scan", T(2026, 3, 12, 16, 20, 1), rotate=90, scanner=2)
    files = {"Scan_20260312_Abnahme_HKA.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=ALSTERWERK,
        pc=AW_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 3, 27, 11, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_hka_bilingual_protocol_scanned_sideways",
        claim,
        files,
        "approve",
        "German/English acceptance protocol with every statement in both languages: MDE on 612 clients and 48 "
        "servers, ASR/EDR block mode per site, Defender for Office 365 for 540 mailboxes, period 12.01.–06.03.2026. "
        "Signed by hand by HKA's Head of IT and stamped, dated 12.03.2026 (German day-first), scanned sideways. "
        "Customer and partner named; English content present.",
        "Scan page 1 (rotated 90°): 'Dr. Birte Lorenzen' signature, company stamp 'HANSEATISCHE KÜHLHAUS AG', "
        "'12.03.2026'.",
        g.cpor_ok(),
    )


def s504_005_mosor_reply_from_subdomain() -> Bundle:
    cid = "5041005"
    cust = Org(
        "Mosor Pharma d.o.o.", "Mosor Pharma", "mosorpharma.hr", "HR", "21210 Solin", "Put Majdana 12", "#00796b"
    )
    sub = Org(cust.name, cust.short, "it.mosorpharma.hr", "HR", cust.city, cust.street, cust.color)
    cc = Person("Ante Babić", "ante.babic@it.mosorpharma.hr", "Voditelj IT-a / Head of IT", sub)
    report = g.report_pdf(
        ADRIATIC,
        f"""
<h1>Teams Phone – Delivery Report</h1>
{
            kv(
                [
                    ("Customer", "Mosor Pharma d.o.o. (Solin and Zagreb)"),
                    ("Period", "2 February – 17 April 2026"),
                    ("Replaces", "Alcatel-Lucent OmniPCX exchange (Solin) and analogue lines (Zagreb)"),
                ]
            )
        }
{
            grid(
                ["Area", "Delivered", "Numbers"],
                [
                    (
                        "Teams Phone",
                        "Operator Connect with the customer's carrier; 418 numbers ported in two waves; "
                        "emergency addresses for Solin and Zagreb; voicemail in Croatian",
                        "418 users",
                    ),
                    (
                        "Auto attendants and queues",
                        "3 auto attendants (main line, pharmacovigilance hotline, Zagreb office); 6 call queues "
                        "(Sales, Orders, Pharmacovigilance, Quality, Reception, IT)",
                        "3 AA, 6 CQ",
                    ),
                    (
                        "Teams",
                        "Teams rolled out to all staff before the voice cut-over; channels per department; "
                        "Teams meetings replace the Webex account",
                        "470 users",
                    ),
                ],
                [20, 58, 22],
            )
        }
<p>Pharmacovigilance hotline calls are recorded for 10 years (compliance recording) as required by HALMED.</p>
""",
        meta("Mosor Teams Phone delivery report", AC_PM.name, T(2026, 4, 24, 15, 0, 2)),
        f"{cid}|rep",
        right="Delivery Report",
    )
    m1 = Mail(
        AC_PM,
        [cc],
        "Teams Phone go-live – delivery report for sign-off",
        T(2026, 4, 27, 9, 10, 2),
        "Bok Ante,\n\nattached is the delivery report for the Teams Phone project. All 418 numbers are live on "
        "Operator Connect since 17 April, and the three auto attendants and six queues are running.\n\nCould you "
        "confirm acceptance by reply?\n\nLijep pozdrav,\nIvana\n\n" + footer_block(AC_PM),
        attachments=[("Mosor_TeamsPhone_Delivery_Report.pdf", report)],
    )
    m2 = Mail(
        cc,
        [AC_PM],
        "RE: Teams Phone go-live – delivery report for sign-off",
        T(2026, 4, 30, 13, 42, 2),
        "Bok Ivana,\n\nthanks for the report. We checked it with our telecom team: the 418 users are on Teams Phone "
        "with Operator Connect, the three auto attendants and the six queues work, and Solin and Zagreb have their "
        "emergency addresses. The pharmacovigilance recordings are in place.\n\nMosor accepts the Teams Phone "
        "project as delivered by Adriatic Cloud. Hvala vam na odličnoj suradnji!\n\nLp,\nAnte\n\n"
        + sig_block(cc, "Mosor Pharma d.o.o. | Put Majdana 12 | 21210 Solin"),
        quoted=m1,
    )
    files = {
        "RE Teams Phone go-live - potvrda.eml": eml_rx(m2, seed=f"{cid}|rx"),
        "Mosor_TeamsPhone_Delivery_Report.pdf": report,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=ADRIATIC,
        pc=AC_PM,
        cust=cust,
        cc=Person("Ante Babić", "ante.babic@mosorpharma.hr", "Head of IT", cust),
        workloads=["TEAMS PHONE ENABLED USERS", "TEAMS"],
        submitted=T(2026, 5, 14, 10, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_mosor_acceptance_from_it_subdomain",
        claim,
        files,
        "approve",
        "The customer's reply (received .eml with its transport headers, 30 Apr 2026) comes from it.mosorpharma.hr, "
        "a sub-domain of the claim's domain mosorpharma.hr, and DKIM/SPF pass for it. It checks the figures and "
        "says 'Mosor accepts the Teams Phone project as delivered by Adriatic Cloud' – the customer's short name for "
        "Mosor Pharma d.o.o. The delivery report details 418 Teams Phone users, 3 auto attendants, 6 queues and 470 "
        "Teams users.",
        "RE Teams Phone go-live - potvrda.eml: From ante.babic@it.mosorpharma.hr, 'Mosor accepts the Teams Phone "
        "project as delivered by Adriatic Cloud'.",
        g.cpor_ok(email_ack=True),
        container="zip",
    )


def s504_006_hardanger_ooo_and_thanks_only() -> Bundle:
    cid = "5041006"
    cust = Org(
        "Hardanger Fruktlager AS",
        "Hardanger Fruktlager",
        "hardangerfrukt.no",
        "NO",
        "5730 Ulvik",
        "Brakanesvegen 20",
        "#c62828",
        "Org.nr. 914 228 470",
    )
    cc = person(cust, "Eirik Lothe", "IT-ansvarlig / IT lead", "eirik.lothe")
    report = g.report_pdf(
        FJORDLYS,
        f"""
<h1>Sluttrapport / Final report – SharePoint og Teams</h1>
{
            kv(
                [
                    ("Kunde / Customer", escape(cust.name)),
                    ("Periode / Period", "2. mars – 22. mai 2026 / 2 March – 22 May 2026"),
                    ("Prosjektleder / Project manager", escape(FJ_PM.name)),
                ]
            )
        }
{
            grid(
                ["Arbeidsmengde / Workload", "Levert / Delivered", "Omfang / Scope"],
                [
                    (
                        "SharePoint Online",
                        "Filserver (packing, quality, grower contracts) moved to 9 sites; grower portal for 140 fruit "
                        "growers as guests with expiring access",
                        "9 sites, 640 GB",
                    ),
                    (
                        "Teams",
                        "Teams for office, cold-store and packing-line supervisors; harvest-season channel per "
                        "packing line; shift handover in Teams",
                        "96 users",
                    ),
                ],
                [22, 56, 22],
            )
        }
<h2>Godkjenning / Approval</h2>
<p>Kunden bekrefter at leveransen er mottatt og godkjent. / The customer confirms delivery and approval.</p>
{g.fields([("Navn / Name", "", 20), ("Signatur / Signature", "", 36), ("Dato / Date", "", 20)])}
""",
        meta("Sluttrapport Hardanger Fruktlager", FJ_PM.name, T(2026, 5, 28, 15, 0, 2)),
        f"{cid}|rep",
        right="Sluttrapport / Final report",
    )
    m1 = Mail(
        FJ_PM,
        [cc],
        "Sluttrapport SharePoint og Teams – godkjenning",
        T(2026, 6, 1, 8, 30, 2),
        "Hei Eirik,\n\nvedlagt er sluttrapporten for SharePoint- og Teams-prosjektet. Kan du bekrefte at leveransen "
        "er godkjent? / Attached is the final report – could you confirm that you approve the delivery?\n\n"
        "Mvh\nIngvild\n\n" + footer_block(FJ_PM),
        attachments=[("Sluttrapport_Hardanger_Fruktlager.pdf", report)],
    )
    ooo = Mail(
        cc,
        [FJ_PM],
        "Automatisk svar: Sluttrapport SharePoint og Teams – godkjenning",
        T(2026, 6, 1, 8, 30, 2),
        "Takk for e-posten. Jeg er på ferie til og med 8. juni og har begrenset tilgang til e-post. Ved hastesaker, "
        "kontakt sentralbordet på 56 52 00 00.\n\nThank you for your e-mail. I am on holiday until 8 June.\n\n"
        "Eirik Lothe",
        quoted=m1,
        auto_reply=True,
    )
    thanks = Mail(
        cc,
        [FJ_PM],
        "SV: Sluttrapport SharePoint og Teams – godkjenning",
        T(2026, 6, 9, 7, 58, 2),
        "Takk, mottatt! / Thanks, received.\n\nEirik\n\nSendt fra Outlook for Android",
        quoted=m1,
        mailer="Outlook-Android/2.0",
    )
    files = {
        "SV_ Sluttrapport SharePoint og Teams – godkjenning.msg": msg_rx(thanks, seed=f"{cid}|rx1"),
        "Automatisk svar_ Sluttrapport SharePoint og Teams.msg": msg_rx(ooo, seed=f"{cid}|rx0"),
        "Sluttrapport_Hardanger_Fruktlager.pdf": report,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=FJORDLYS,
        pc=FJ_PM,
        cust=cust,
        cc=cc,
        workloads=["SHAREPOINT ONLINE", "TEAMS"],
        submitted=T(2026, 6, 15, 12, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_hardanger_out_of_office_and_thanks_received",
        claim,
        files,
        "action_required",
        "The report is specific (9 sites / 640 GB, grower portal for 140 growers, 96 Teams users), but nothing from "
        "the customer accepts the work: its approval box is empty, one message is the IT lead's automatic "
        "out-of-office reply and the other, a week later, only says 'Takk, mottatt! / Thanks, received.' Receiving a "
        "report is not acknowledging the work; the partner must provide the customer's acknowledgement.",
        "SV_ ... .msg: 'Takk, mottatt! / Thanks, received.'; Automatisk svar ... 'Jeg er på ferie'; report approval "
        "fields blank.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "partner_customer_names": "pass",
            "reused_evidence": "pass",
        },
    )


def s504_007_usambara_partner_draft() -> Bundle:
    cid = "5041007"
    cust = Org(
        "Usambara Tea Estates Ltd",
        "Usambara Tea",
        "usambaratea.co.tz",
        "TZ",
        "Lushoto, Tanga Region",
        "Mlalo Road, P.O. Box 41",
        "#2e7d32",
    )
    cc = person(cust, "Joseph Mollel", "ICT Manager", "joseph.mollel")
    summary = g.report_pdf(
        KILI,
        f"""
<h1>Delivery summary – Exchange Online and Teams</h1>
{kv([("Customer", escape(cust.name)), ("Period", "19 January – 20 March 2026"), ("Reference", "KC-PRJ-2026-007")])}
{
            grid(
                ["Workload", "Delivered", "Numbers"],
                [
                    (
                        "Exchange Online",
                        "Migration from the hosted POP3 service (IMAP migration batches); shared mailboxes for "
                        "exports, auctions and payroll; SPF/DKIM/DMARC for usambaratea.co.tz",
                        "212 mailboxes",
                    ),
                    (
                        "Teams",
                        "One team per estate (Lushoto, Mlalo, Bumbuli, Soni) and the Tanga export office; "
                        "auction-week channel with the Mombasa broker as guest",
                        "188 users",
                    ),
                ],
                [20, 60, 20],
            )
        }
<p>Customer sign-off: ______________________ Date: ____________</p>
""",
        meta("Usambara delivery summary", KL_PM.name, T(2026, 3, 24, 12, 0, 3)),
        f"{cid}|sum",
        right="Delivery summary",
    )
    draft = Mail(
        KL_PM,
        [cc],
        "Acceptance of Exchange Online and Teams deployment",
        T(2026, 3, 27, 16, 5, 3),
        "Dear Joseph,\n\nAs agreed on our call, here is the confirmation text. Please send it back to us from your "
        "mailbox:\n\n---\nUsambara Tea Estates Ltd confirms that Kilimanjaro Cloud Ltd migrated our 212 mailboxes "
        "to Exchange Online and rolled out Teams to the four estates and the Tanga export office between 19 January "
        "and 20 March 2026. We accept the work as complete.\n\nJoseph Mollel\nICT Manager, Usambara Tea Estates Ltd\n"
        "---\n\nAsante sana,\nNeema\n\n" + footer_block(KL_PM),
    )
    files = {
        "Draft - Acceptance of Exchange Online and Teams deployment.msg": msg_draft(draft),
        "Usambara_M365_Delivery_Summary.pdf": summary,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=KILI,
        pc=KL_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 4, 9, 9, 30, 3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_usambara_partner_draft_of_acceptance",
        claim,
        files,
        "action_required",
        "The 'acceptance' is an unsent Outlook draft (no date, unsent flag) in the partner's own mailbox: Kilimanjaro "
        "Cloud's project lead wrote the confirmation text for the customer to send back. The customer never sent or "
        "accepted it, and the delivery summary's sign-off line is blank. 'E-mail from the partner where the customer "
        "does not accept or approve Partner's claimed or proposed work' is not POE.",
        "Draft .msg From neema.mushi@kilicloud.co.tz, no sent date: 'Please send it back to us from your mailbox'; "
        "summary 'Customer sign-off: ____'.",
        {"customer_acknowledgement": "fail", "activity_detail": "pass", "reused_evidence": "pass"},
    )


def s504_008_ikeja_partner_mailbox_as_customer() -> Bundle:
    cid = "5041008"
    cust = Org(
        "Ikeja Packaging Industries Ltd",
        "Ikeja Packaging",
        "ikejapackaging.com.ng",
        "NG",
        "Ikeja, Lagos",
        "14 Oba Akran Avenue",
        "#4e342e",
    )
    cc = person(cust, "Chinedu Okafor", "Head of IT", "chinedu.okafor")
    fake = Person("Chinedu Okafor (Ikeja Packaging)", "ipi.support@lagoonbay.ng", "Head of IT", LAGOON)
    report = g.report_pdf(
        LAGOON,
        f"""
<h1>Service Delivery Report – Endpoint security and device management</h1>
{kv([("Customer", escape(cust.name)), ("Period", "February – April 2026"), ("Contract", "LBS-MSA-2025-031")])}
{
            grid(
                ["Workload", "Delivered", "Numbers"],
                [
                    (
                        "Defender for Endpoint",
                        "Onboarding through Intune; ASR rules in block mode; EDR in block mode; device groups for "
                        "the Ikeja and Agbara plants",
                        "344 endpoints, 21 servers",
                    ),
                    (
                        "Intune",
                        "Autopilot for new laptops; compliance policies; BitLocker escrow; Android Enterprise for "
                        "76 sales reps' phones",
                        "268 PCs, 76 phones",
                    ),
                ],
                [22, 56, 22],
            )
        }
<p>The Ikeja Packaging IT help desk (ipi.support@lagoonbay.ng) is operated by Lagoon Bay Systems under the
managed-service contract.</p>
""",
        meta("Ikeja Packaging service delivery report", LB_PM.name, T(2026, 4, 30, 14, 0, 1)),
        f"{cid}|rep",
        right="Service Delivery Report",
    )
    m = Mail(
        fake,
        [LB_PM],
        "Confirmation of Defender for Endpoint and Intune deployment",
        T(2026, 5, 6, 10, 14, 1),
        "Dear Tobi,\n\nIkeja Packaging Industries Ltd confirms that Lagoon Bay Systems has deployed Microsoft "
        "Defender for Endpoint on 344 endpoints and 21 servers and enrolled 268 PCs and 76 phones in Intune at our "
        "Ikeja and Agbara plants between February and April 2026. We are satisfied with the work.\n\nRegards,\n"
        "Chinedu Okafor\nHead of IT\nIkeja Packaging Industries Ltd",
    )
    files = {
        "Confirmation of Defender for Endpoint and Intune deployment.eml": eml_rx(m, seed=f"{cid}|rx"),
        "IPI_Service_Delivery_Report_Apr2026.pdf": report,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=LAGOON,
        pc=LB_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 5, 19, 11, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_ikeja_partner_mailbox_dressed_as_customer",
        claim,
        files,
        "action_required",
        "The 'customer confirmation' carries the customer's Head of IT as display name and signature, but it was "
        "sent from ipi.support@lagoonbay.ng – a mailbox in the partner's own tenant (the help desk Lagoon Bay runs "
        "for the customer, as its own report says); the transport headers show lagoonbay.ng as the sending domain. "
        "Nothing comes from ikejapackaging.com.ng. 'Must ensure that the customer domain is correct regardless of "
        "the format'; a partner e-mail is not the customer's acknowledgement.",
        "From: 'Chinedu Okafor (Ikeja Packaging)' <ipi.support@lagoonbay.ng>; Authentication-Results "
        "smtp.mailfrom=lagoonbay.ng.",
        {
            "customer_domain": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s504_009_source_vercors_yousign() -> Bundle:
    cid = "5041009"
    cust = Org(
        "Société des Eaux Minérales du Vercors SA",
        "Source Vercors",
        "eaux-vercors.fr",
        "FR",
        "38250 Villard-de-Lans",
        "Route des Geysses",
        "#0288d1",
        "SIREN 512 284 471",
    )
    cc = person(cust, "Julien Faure", "DSI / CIO", "j.faure")
    parties = [
        Party("Client / Customer", "SEMV – Source Vercors", cc.name, "DSI / CIO"),
        Party("Prestataire / Partner", RHONE.name, RA_PM.name, "Cheffe de projet / Project lead"),
    ]
    html = f"""
<h1>Procès-verbal de recette / Acceptance report</h1>
<p style="font-size:12pt">Microsoft 365 Copilot &amp; Viva Insights – déploiement et adoption / rollout and adoption</p>
{
        kv(
            [
                ("Client / Customer", f"{escape(cust.name)} (SEMV, marque « Source Vercors »)"),
                ("Prestataire / Partner", escape(RHONE.name)),
                ("Période / Period", "2 mars – 12 juin 2026 / 2 March – 12 June 2026"),
                ("Bon de commande / Order", "SEMV-BC-2026-0117"),
            ]
        )
    }
<h2>Périmètre réalisé / Work delivered</h2>
{
        grid(
            ["Charge de travail / Workload", "Réalisé / Delivered", "Volume"],
            [
                (
                    "Microsoft 365 Copilot",
                    "Préparation des données (droits SharePoint revus sur 46 sites) ; 6 scénarios métier : comptes "
                    "rendus de visite commerciale, rapports du laboratoire qualité, réponses au service client, "
                    "synthèse des réunions de production / data readiness (permissions reviewed on 46 SharePoint "
                    "sites); 6 business scenarios: sales visit reports, quality-lab reports, customer-service "
                    "replies, production meeting summaries",
                    "180 licences",
                ),
                (
                    "Viva Insights",
                    "Tableau de bord Copilot et insights managers pour 38 managers / Copilot dashboard and manager "
                    "insights for 38 managers",
                    "38 managers",
                ),
            ],
            [24, 58, 18],
        )
    }
<h2>Résultats / Results</h2>
{
        grid(
            ["Indicateur / Measure", "Cible / Target", "Mesuré / Measured"],
            [
                ("Utilisateurs actifs Copilot par semaine / weekly active Copilot users", "70 %", "84 % (152/180)"),
                ("Personnes formées / people trained", "180", "176"),
                ("Ateliers d'adoption / adoption workshops", "8", "9"),
            ],
            [56, 20, 24],
        )
    }
<p>Le client prononce la recette sans réserve. / The customer accepts the work without reservation.</p>
"""
    sign = g.signoff(
        "stacked", parties, heading="Signatures", labels=("Nom / Name", "Fonction / Title", "Signature", "Date")
    )
    pdf = g.html_pdf(
        [html, sign],
        meta("PV de recette Copilot SEMV", RA_PM.name, T(2026, 6, 15, 10, 0, 2)),
        f"{cid}|pv",
        style=css(RHONE.color),
        decor=g.Decor(RHONE, right="PV de recette · SEMV-BC-2026-0117", footer=escape(RHONE.name + " · " + RHONE.reg)),
    )
    signed = g.esign(
        pdf,
        cc,
        T(2026, 6, 16, 9, 48, 2),
        f"{cid}|ys",
        sig_anchor="Signature:",
        sig_dx=70,
        sig_dy=-2,
        date_anchor="Date:",
        date_dx=40,
        date_dy=-1,
        date_text="16/06/2026",
        vendor="yousign",
        certificate=False,
    )
    trail = audit_trail(
        "Yousign",
        "PV de recette Copilot SEMV.pdf",
        g.hexid("ysreq", cid, n=8).lower() + "-" + g.hexid("ysreq2", cid, n=4).lower(),
        [(cc, T(2026, 6, 16, 7, 48), "92.154.31.208")],
        f"{cid}|trail",
    )
    full = g.merge_pdfs([signed, trail], meta("PV de recette Copilot SEMV", "", T(2026, 6, 16, 9, 49, 2)), cid)
    files = {"PV_recette_Copilot_SEMV_signe.pdf": full}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=RHONE,
        pc=RA_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT 365 COPILOT", "VIVA INSIGHTS"],
        submitted=T(2026, 7, 1, 14, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_source_vercors_bilingual_pv_yousign",
        claim,
        files,
        "approve",
        "French/English acceptance report with every statement in both languages: Copilot for 180 licensed users "
        "with six named scenarios and 84% weekly use, Viva Insights for 38 managers, period 2 March – 12 June 2026. "
        "The customer signs as 'SEMV – Source Vercors' (its acronym and brand for Société des Eaux Minérales du "
        "Vercors SA); the CIO signed through Yousign on 16/06/2026 (day-first) and the audit trail page with the "
        "signature request, document hash and OTP authentication is attached: a verifiable eSignature.",
        "Page 1 Yousign signature of Julien Faure, 'Date: 16/06/2026'; page 3 'Yousign – Dossier de preuve'.",
        g.cpor_ok(),
    )


def s504_010_rotaliane_quote_po_order_form() -> Bundle:
    cid = "5041010"
    cust = Org(
        "Cantine Rotaliane S.p.A.",
        "Cantine Rotaliane",
        "cantinerotaliane.it",
        "IT",
        "38016 Mezzocorona (TN)",
        "Via del Teroldego 22",
        "#880e4f",
        "P.IVA IT01228447224",
    )
    cc = person(cust, "Paolo Zeni", "Responsabile IT", "p.zeni")
    lines = [
        ("CFQ7TTC0LCHC", "Microsoft 365 Business Premium (annuale / annual)", "140", "20,60", "2.884,00"),
        ("CFQ7TTC0LH16", "Exchange Online (Piano 1 / Plan 1)", "30", "3,70", "111,00"),
        ("CFQ7TTC0QW7C", "Teams Rooms Pro", "4", "37,00", "148,00"),
        (
            "DC-SRV-ONB",
            "Attivazione tenant e assegnazione licenze / tenant activation and licence assignment",
            "1",
            "450,00",
            "450,00",
        ),
    ]
    quote = g.html_pdf(
        f"""
<h1>Offerta / Quotation DC-OFF-2026-031</h1>
{
            kv(
                [
                    ("Cliente / Customer", escape(cust.name)),
                    ("Data / Date", "12/02/2026"),
                    ("Validità / Valid until", "12/03/2026"),
                ]
            )
        }
{
            grid(
                ["Codice / SKU", "Descrizione / Description", "Q.tà", "Prezzo mese €", "Totale mese €"],
                lines,
                [16, 46, 8, 14, 16],
            )
        }
<p>Prezzi mensili IVA esclusa, fatturazione mensile tramite CSP. / Monthly prices excl. VAT, billed monthly via CSP.</p>
<p style="margin-top:26pt">Per accettazione / Accepted: ______________________ &#160; Data: __________</p>
""",
        meta("Offerta DC-OFF-2026-031", DC_PM.name, T(2026, 2, 12, 11, 0, 1)),
        f"{cid}|q",
        style=css(DOLOMITI.color),
        decor=g.Decor(DOLOMITI, right="Offerta commerciale", footer=escape(DOLOMITI.name + " · " + DOLOMITI.reg)),
    )
    quote_signed = scan_signed(
        quote,
        [
            Ink("Per accettazione", "sig", cc.name, dx=150, dy=-16, h=28),
            Ink("Per accettazione", "hand", "20/02/26", dx=330, dy=-4, h=12),
            Ink(
                "Per accettazione",
                "stamp",
                lines=("CANTINE ROTALIANE S.p.A.", "Mezzocorona (TN)"),
                dx=160,
                dy=18,
                h=34,
                color=(120, 30, 60),
            ),
        ],
        f"{cid}|qs",
        T(2026, 2, 20, 17, 30, 1),
        scanner=1,
    )
    po = letterhead(
        cust,
        f"""
<h1>Ordine d'acquisto / Purchase order 4500012847</h1>
{
            kv(
                [
                    ("Fornitore / Supplier", escape(DOLOMITI.name)),
                    ("Data / Date", "23/02/2026"),
                    ("Rif. offerta / Quote", "DC-OFF-2026-031"),
                ]
            )
        }
{
            grid(
                ["Pos.", "Descrizione / Description", "Q.tà", "Importo annuo € / Annual amount €"],
                [
                    ("10", "Microsoft 365 Business Premium – abbonamento annuale CSP", "140", "34.608,00"),
                    ("20", "Exchange Online Plan 1 – abbonamento annuale CSP", "30", "1.332,00"),
                    ("30", "Teams Rooms Pro – abbonamento annuale CSP", "4", "1.776,00"),
                    ("40", "Attivazione tenant (una tantum / one-off)", "1", "450,00"),
                ],
                [8, 56, 10, 26],
            )
        }
<p>Condizioni di pagamento: 60 gg d.f.f.m. · Consegna: attivazione licenze entro il 01/03/2026.</p>
<p>Ufficio Acquisti – Cantine Rotaliane S.p.A.</p>
""",
        meta("PO 4500012847", "SAP", T(2026, 2, 23, 9, 12, 1), g.LIBRE),
        f"{cid}|po",
        footer=escape(cust.name + " · " + cust.reg),
    )
    order = g.html_pdf(
        f"""
<p class="small">Microsoft Customer Agreement – Cloud Solution Provider</p>
<h1>Order confirmation</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Tenant", "cantinerotaliane.onmicrosoft.com"),
                    ("Reseller", escape(DOLOMITI.name)),
                    ("Order date", "2026-02-27"),
                    ("Customer agreement accepted by", "Paolo Zeni (p.zeni@cantinerotaliane.it) on 2026-02-26"),
                ]
            )
        }
{
            grid(
                ["Subscription", "Quantity", "Term", "Start"],
                [
                    ("Microsoft 365 Business Premium", "140", "P1Y, monthly billing", "2026-03-01"),
                    ("Exchange Online (Plan 1)", "30", "P1Y, monthly billing", "2026-03-01"),
                    ("Microsoft Teams Rooms Pro", "4", "P1Y, monthly billing", "2026-03-01"),
                ],
                [46, 14, 24, 16],
            )
        }
""",
        meta("Order confirmation", "Partner Center", T(2026, 2, 27, 8, 0, 1), g.EDGE),
        f"{cid}|oc",
        style=css("#0078d4", size=9),
    )
    files = {
        "Offerta_DC-OFF-2026-031_firmata.pdf": quote_signed,
        "PO_4500012847_Dolomiti_Cloud.pdf": po,
        "CSP_order_confirmation_Rotaliane.pdf": order,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=DOLOMITI,
        pc=DC_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT 365 APPS", "EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 3, 18, 10, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_rotaliane_signed_quote_po_and_order",
        claim,
        files,
        "action_required",
        "Everything uploaded is a licensing transaction: a pricing quote signed 'per accettazione' by the customer, "
        "the customer's purchase order for CSP subscriptions and the CSP order confirmation. The guide lists "
        "'transactional contract for the licensing sale', 'pricing quotes' and 'purchase orders' among documents "
        "that are not POE, and none of them describes work the partner does in the customer's workloads (the only "
        "service line is tenant activation). The partner must provide real proof of execution.",
        "Offerta DC-OFF-2026-031 (SKUs and prices, signed/stamped 20/02/26); PO 4500012847; 'Order confirmation'.",
        {"unacceptable_documents": "fail", "activity_detail": "fail", "reused_evidence": "pass"},
    )


def s504_011_avcu_teams_rooms_out_of_scope() -> Bundle:
    cid = "5041011"
    cust = Org(
        "Assiniboine Valley Credit Union Limited",
        "AVCU",
        "avcu.mb.ca",
        "CA",
        "Brandon, MB R7A 0K3",
        "1036 Rosser Ave",
        "#1b5e20",
    )
    cc = person(cust, "Gord Kowalchuk", "VP Technology", "gkowalchuk")
    parties = [
        Party("Client", cust.name, cc.name, cc.title),
        Party("Service provider", MAPLEGROVE.name, MG_PM.name, MG_PM.title),
    ]
    sow = g.html_pdf(
        [
            f"""
<h1>Statement of Work MG-SOW-2025-044</h1>
<p style="font-size:12pt">Teams and Teams Phone for AVCU branches</p>
{
                kv(
                    [
                        ("Client", escape(cust.name)),
                        ("Service provider", escape(MAPLEGROVE.name)),
                        ("Term", "December 2025 – July 2026"),
                    ]
                )
            }
<h2>1. In scope</h2>
{
                ul(
                    [
                        "Teams for all 310 staff at head office and 18 branches; team per branch and per line of "
                        "business (lending, "
                        "member services, wealth); Teams meetings replacing the Webex licences.",
                        "Teams Phone with Direct Routing through the existing AudioCodes SBC: 240 branch and "
                        "contact-centre users, "
                        "4 auto attendants, 9 call queues, E911 locations for 19 sites.",
                        "Training: 2 sessions per branch; 6 sessions for the member contact centre.",
                    ]
                )
            }
<h2>2. Out of scope</h2>
{
                ul(
                    [
                        "Meeting room systems: the 22 meeting rooms stay on the existing Zoom Rooms hardware until "
                        "the 2027 "
                        "refresh; no Teams Rooms licences or devices are part of this SOW.",
                        "Core banking telephony integration (IVR remains with the banking-system vendor).",
                    ]
                )
            }
<h2>3. Fees</h2><p>Fixed fee CAD 148,500 in four milestones.</p>
""",
            g.signoff("rows", parties, heading="4. Signatures"),
        ],
        meta("MG-SOW-2025-044 AVCU", MG_PM.name, T(2025, 11, 24, 10, 0, -6)),
        f"{cid}|sow",
        style=css(MAPLEGROVE.color),
        decor=g.Decor(MAPLEGROVE, right="SOW MG-SOW-2025-044", footer=escape(MAPLEGROVE.name)),
    )
    sow_scan = scan_signed(
        sow,
        [
            *g.sign_inks("rows", parties[0], 0, "Nov 27/25", page=1),
            *g.sign_inks("rows", parties[1], 1, "Nov 27/25", color=g.INK_BLACK, page=1),
        ],
        f"{cid}|sows",
        T(2025, 11, 27, 15, 0, -6),
    )
    w = g.Word(accent="B71C1C")
    w.header(MAPLEGROVE, "Close-out report")
    w.h("AVCU – Teams and Teams Phone – Close-out report", 0)
    w.p(f"Maple Grove IT Services Inc. · {MG_PM.name} · 24 July 2026 · SOW MG-SOW-2025-044")
    w.h("Delivered", 1)
    w.table(
        [
            ["Workload", "What was delivered", "Numbers"],
            ["Teams", "Teams for head office and 18 branches; 31 teams; Webex retired 30 April 2026", "306 users"],
            [
                "Teams Phone",
                "Direct Routing via AudioCodes SBC; numbers ported in 3 waves; 4 auto attendants, 9 call queues; "
                "E911 dynamic locations for 19 sites",
                "240 users",
            ],
        ]
    )
    w.h("Timeline", 1)
    w.bullets(
        [
            "December 2025 – January 2026: design, SBC configuration, pilot at Brandon head office",
            "February – May 2026: branch waves (Brandon, Virden, Souris, Neepawa, Dauphin and 13 others)",
            "June – July 2026: contact-centre cut-over, training, hypercare",
        ]
    )
    w.h("Not in this project", 1)
    w.p("Meeting rooms remain on Zoom Rooms as agreed in the SOW; a Teams Rooms assessment may follow in 2027.")
    closeout = w.save(meta("AVCU close-out report", MG_PM.name, T(2026, 7, 24, 16, 0, -5)))
    m1 = Mail(
        MG_PM,
        [cc],
        "AVCU Teams Phone close-out",
        T(2026, 7, 27, 9, 0, -5),
        "Hi Gord,\n\nAttached is the close-out report for Teams and Teams Phone. Could you confirm AVCU's "
        "acceptance?\n\nThanks,\nDanielle\n\n" + footer_block(MG_PM),
        attachments=[("AVCU_Closeout_Report.docx", closeout)],
    )
    m2 = Mail(
        cc,
        [MG_PM],
        "RE: AVCU Teams Phone close-out",
        T(2026, 7, 30, 11, 25, -5),
        "Danielle,\n\nAVCU accepts the Teams and Teams Phone rollout as described in the close-out report: 306 staff "
        "on Teams and 240 on Teams Phone across the 18 branches and head office. Thanks to your team for a smooth "
        "contact-centre cut-over.\n\nGord\n\n" + sig_block(cc, "Assiniboine Valley Credit Union"),
        quoted=m1,
    )
    files = {
        "AVCU_Teams_Voice_SOW_signed.pdf": sow_scan,
        "AVCU_Closeout_Report.docx": closeout,
        "RE_ AVCU Teams Phone close-out.msg": msg_rx(m2, seed=f"{cid}|rx"),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=MAPLEGROVE,
        pc=MG_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        submitted=T(2026, 8, 19, 10, 0, -5),
        docs=[(p, "poe") for p in files],
    )
    checks = g.cpor_ok(email_ack=True)
    checks["workload_match"] = "fail"
    return Bundle(
        f"{cid}_avcu_teams_rooms_out_of_scope",
        claim,
        files,
        "action_required",
        "Teams (306 users) and Teams Phone (240 users, Direct Routing, 4 AAs, 9 queues) are fully evidenced: signed "
        "SOW, close-out report and the VP Technology's acceptance e-mail of 30 Jul 2026 from avcu.mb.ca. But the "
        "claim also includes TEAMS ROOMS, and both the SOW ('Out of scope: meeting room systems … no Teams Rooms "
        "licences or devices') and the close-out report ('Meeting rooms remain on Zoom Rooms') say that work was not "
        "done. Every claimed workload must connect to the POE: Teams Rooms must be removed or evidenced.",
        "SOW section 2 'Out of scope: Meeting room systems ... Zoom Rooms'; close-out 'Not in this project'.",
        checks,
    )


# --------------------------------------------------------------------------------------------------------------
# affiliates named only in the documents
# --------------------------------------------------------------------------------------------------------------


def s504_012_hollands_glorie_parent() -> Bundle:
    cid = "5041012"
    cust = Org(
        "Hollands Glorie Holding N.V.",
        "Hollands Glorie",
        "hollandsglorie.nl",
        "NL",
        "3811 LK Amersfoort",
        "Stationsplein 40",
        "#ff8f00",
    )
    cc = person(cust, "Pieter-Jan de Wit", "Group IT Manager", "pj.dewit")
    report = g.report_pdf(
        ZUIDERZEE,
        f"""
<h1>Opleverrapport / Delivery report – Microsoft 365 groepskantoor</h1>
{
            kv(
                [
                    ("Klant / Customer", escape(cust.name) + ", groepskantoor Amersfoort"),
                    ("Periode / Period", "5 januari – 13 februari 2026"),
                    ("Projectmanager", escape(ZZ_PM.name)),
                ]
            )
        }
{
            grid(
                ["Workload", "Opgeleverd / Delivered", "Aantallen / Numbers"],
                [
                    (
                        "Exchange Online",
                        "Migratie vanaf Exchange 2019 (hybride), gedeelde postbussen Treasury en Juridische Zaken / "
                        "hybrid migration from Exchange 2019, shared mailboxes for Treasury and Legal",
                        "128 postbussen / mailboxes",
                    ),
                    (
                        "SharePoint Online",
                        "Intranet 'Glorie Plein' en bestuurssite met gevoeligheidslabels / intranet and board "
                        "site with sensitivity labels",
                        "11 sites",
                    ),
                    (
                        "Teams",
                        "Teams voor de holdingstaf en de raad van bestuur / Teams for holding staff and the executive "
                        "board",
                        "134 gebruikers / users",
                    ),
                ],
                [20, 56, 24],
            )
        }
""",
        meta("Opleverrapport HGH M365", ZZ_PM.name, T(2026, 2, 13, 16, 0, 1)),
        f"{cid}|rep",
        right="Opleverrapport / Delivery report",
        footer="Zuiderzee Cloud B.V. · KvK 71228447 · onderdeel van Hollands Glorie Holding N.V. / part of Hollands "
        "Glorie Holding N.V.",
    )
    m1 = Mail(
        ZZ_PM,
        [cc],
        "Oplevering Microsoft 365 groepskantoor",
        T(2026, 2, 16, 9, 0, 1),
        "Hoi Pieter-Jan,\n\nHierbij het opleverrapport voor het groepskantoor. Wil je de oplevering bevestigen?\n\n"
        "Groet,\nSanne\n\n" + footer_block(ZZ_PM),
        attachments=[("Opleverrapport_HGH_M365.pdf", report)],
    )
    m2 = Mail(
        cc,
        [ZZ_PM],
        "RE: Oplevering Microsoft 365 groepskantoor",
        T(2026, 2, 18, 14, 3, 1),
        "Hoi Sanne,\n\nAkkoord – the group office accepts the Microsoft 365 delivery (128 mailboxes, 11 sites, Teams "
        "for 134 users). Fijn samengewerkt!\n\nPieter-Jan\n\n"
        + sig_block(
            cc,
            "Stationsplein 40 · Amersfoort\nGroepsmaatschappijen: Veldkamp Logistiek B.V. · Zuiderzee Cloud B.V. · "
            "Eemland Vastgoed B.V.",
        ),
        quoted=m1,
    )
    files = {
        "Opleverrapport_HGH_M365.pdf": report,
        "RE_ Oplevering Microsoft 365 groepskantoor.eml": eml_rx(m2, seed=f"{cid}|rx"),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=ZUIDERZEE,
        pc=ZZ_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "SHAREPOINT ONLINE", "TEAMS"],
        submitted=T(2026, 2, 25, 10, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_hollands_glorie_is_partners_parent",
        claim,
        files,
        "reject",
        "Well-documented work with an acceptance from the customer's domain – but the customer is the claiming "
        "partner's own parent company: Zuiderzee Cloud's report footer reads 'onderdeel van Hollands Glorie Holding "
        "N.V. / part of Hollands Glorie Holding N.V.', and the customer's e-mail signature lists Zuiderzee Cloud B.V. "
        "among its 'Groepsmaatschappijen'. 'Partners and Partner affiliate entities are not eligible to receive or "
        "retain incentives for activity connected to a customer that is a partner affiliate.'",
        "Report footer 'part of Hollands Glorie Holding N.V.'; e-mail signature 'Groepsmaatschappijen: ... Zuiderzee "
        "Cloud B.V.'.",
        {
            "ineligible_customer": "fail",
            "activity_detail": "pass",
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


def s504_013_awali_sister_company() -> Bundle:
    cid = "5041013"
    cust = Org(
        "Awali Facility Services W.L.L.",
        "Awali FS",
        "awalifs.com.bh",
        "BH",
        "Awali, Kingdom of Bahrain",
        "Building 210, Road 17",
        "#00695c",
        "CR 98221-1",
    )
    cc = person(cust, "Fatema Janahi", "IT & Systems Manager", "fatema.janahi")
    letter = letterhead(
        cust,
        f"""
<p>Ref: AFS/IT/2026/044 &#160;&#160;&#160; Date: 4 May 2026</p>
<p><b>To: {escape(DILMUN.name)}, Bahrain Financial Harbour, Manama</b></p>
<h2>Acceptance – identity protection project</h2>
<p>Awali Facility Services W.L.L. confirms that Dilmun Digital completed the identity protection project between
2 February and 23 April 2026:</p>
{
            ul(
                [
                    "Microsoft Entra ID P2 for 610 staff: risk-based Conditional Access, Privileged Identity "
                    "Management for 14 "
                    "administrators, quarterly access reviews for the finance and HR groups.",
                    "Microsoft Defender for Identity sensors on all 6 domain controllers and the AD FS server; "
                    "lateral-movement "
                    "paths reviewed with our team; honeytoken accounts created.",
                ]
            )
        }
<p>We accept the project as complete.</p>
<p style="margin-top:30pt">Signature: ____________________</p>
<p>{escape(cc.name)}, {escape(cc.title)}</p>
""",
        meta("AFS acceptance letter", cc.name, T(2026, 5, 4, 10, 0, 3)),
        f"{cid}|let",
        footer="Awali Facility Services W.L.L. · CR 98221-1 · A Tylos Group company",
    )
    letter_scan = scan_signed(
        letter,
        [
            Ink("Signature:", "sig", cc.name, dx=70, dy=-14, h=30),
            Ink(
                "Signature:",
                "stamp",
                lines=("AWALI FACILITY SERVICES", "W.L.L. – AWALI"),
                dx=220,
                dy=-22,
                h=36,
                color=(30, 90, 60),
            ),
        ],
        f"{cid}|lets",
        T(2026, 5, 4, 12, 0, 3),
    )
    report = g.report_pdf(
        DILMUN,
        f"""
<h1>Identity Protection Project – Completion Report</h1>
{kv([("Customer", escape(cust.name)), ("Period", "2 February – 23 April 2026"), ("Reference", "DD-PRJ-2026-019")])}
{
            grid(
                ["Workload", "Delivered", "Numbers"],
                [
                    (
                        "Entra ID P2",
                        "Risk-based Conditional Access (sign-in and user risk), PIM for 14 admins, access reviews",
                        "610 users",
                    ),
                    (
                        "Defender for Identity",
                        "Sensors on 6 DCs and 1 AD FS server; honeytokens; alert tuning",
                        "7 sensors",
                    ),
                ],
                [22, 58, 20],
            )
        }
""",
        meta("AFS identity project report", DD_PM.name, T(2026, 4, 28, 12, 0, 3)),
        f"{cid}|rep",
        right="Completion Report",
        footer="Dilmun Digital W.L.L. · CR 122847-1 · a Tylos Group company",
    )
    files = {"AFS_Acceptance_Letter_signed.pdf": letter_scan, "Identity_Project_Completion_Report.pdf": report}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=DILMUN,
        pc=DD_PM,
        cust=cust,
        cc=cc,
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2", "MICROSOFT DEFENDER FOR IDENTITY"],
        submitted=T(2026, 5, 18, 9, 0, 3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_awali_is_partners_sister_company",
        claim,
        files,
        "reject",
        "The signed acceptance letter is specific (Entra ID P2 for 610 staff, MDI on 6 DCs), but the customer and "
        "the claiming partner belong to the same group: the customer's letterhead footer reads 'A Tylos Group "
        "company' and Dilmun Digital's own report footer reads 'a Tylos Group company'. A sister company is a partner "
        "affiliate, and incentives are not paid for 'activity connected to a customer that is a partner affiliate'.",
        "Letter footer 'Awali Facility Services W.L.L. · CR 98221-1 · A Tylos Group company'; report footer 'Dilmun "
        "Digital W.L.L. · ... · a Tylos Group company'.",
        {"ineligible_customer": "fail", "activity_detail": "pass", "reused_evidence": "pass"},
    )


def s504_014_car_partner_subsidiary() -> Bundle:
    cid = "5041014"
    cust = Org(
        "Centro de Atención Rioplatense S.A.",
        "CAR",
        "car-contacto.com.ar",
        "AR",
        "C1414 Buenos Aires",
        "Av. Córdoba 5410, piso 3",
        "#ad1457",
        "CUIT 30-71988412-6",
    )
    cc = person(cust, "Gustavo Ferreyra", "Gerente de Sistemas", "gferreyra")
    parties = [
        Party(
            "Cliente / Customer", "CAR – Centro de Atención Rioplatense", cc.name, "Gerente de Sistemas / IT Manager"
        ),
        Party("Proveedor / Partner", PAMPAS.name, PT_PM.name, "Gerente de Proyectos / Project Manager"),
    ]
    acta = g.html_pdf(
        [
            f"""
<h1>Acta de Aceptación / Acceptance Record</h1>
<p style="font-size:12pt">Teams y Teams Phone para el contact center / Teams and Teams Phone for the contact centre</p>
{
                kv(
                    [
                        ("Cliente / Customer", escape(cust.name) + " (CAR)"),
                        ("Proveedor / Partner", escape(PAMPAS.name)),
                        ("Período / Period", "16/02/2026 – 22/05/2026"),
                    ]
                )
            }
{
                grid(
                    ["Servicio / Service", "Detalle / Detail", "Cantidad / Volume"],
                    [
                        (
                            "Teams",
                            "Equipos por campaña y por turno; reuniones Teams para supervisión / teams per campaign "
                            "and shift; "
                            "Teams meetings for supervisors",
                            "520 usuarios / users",
                        ),
                        (
                            "Teams Phone",
                            "Operator Connect; 12 colas de llamadas, 3 operadoras automáticas, grabación para 2 "
                            "campañas "
                            "financieras / 12 call queues, 3 auto attendants, recording for 2 banking campaigns",
                            "430 agentes / agents",
                        ),
                    ],
                    [20, 60, 20],
                )
            }
<p>CAR acepta los servicios sin observaciones. / CAR accepts the services without remarks.</p>
""",
            g.signoff(
                "rows",
                parties,
                heading="Firmas / Signatures",
                labels=("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date"),
            ),
        ],
        meta("Acta de aceptacion CAR", PT_PM.name, T(2026, 5, 25, 10, 0, -3)),
        f"{cid}|acta",
        style=css(cust.color),
        decor=g.Decor(
            cust,
            right="Acta de Aceptación",
            footer="CAR – Centro de Atención Rioplatense S.A. · CUIT 30-71988412-6 · Sociedad controlada por Pampas "
            "Tecnología S.R.L.",
        ),
    )
    scan = scan_signed(
        acta,
        [
            *g.sign_inks("rows", parties[0], 0, "27/05/2026", page=1),
            *g.sign_inks("rows", parties[1], 1, "27/05/2026", color=g.INK_BLACK, page=1),
        ],
        f"{cid}|scan",
        T(2026, 5, 27, 18, 0, -3),
        dpi=120,
        skew=0.9,
    )
    files = {"CAR_Acta_de_Aceptacion_firmada.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=PAMPAS,
        pc=PT_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "TEAMS PHONE ENABLED USERS"],
        submitted=T(2026, 6, 10, 12, 0, -3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_car_contact_centre_is_partners_subsidiary",
        claim,
        files,
        "reject",
        "A bilingual, signed acceptance record with this customer's numbers – on the customer's own letterhead, whose "
        "footer reads 'Sociedad controlada por Pampas Tecnología S.R.L.': the customer is a subsidiary controlled by "
        "the claiming partner. Incentives are not paid for a customer that is a partner affiliate (nor where the "
        "partner owes it agency or fiduciary duty).",
        "Footer of every page: 'CAR – Centro de Atención Rioplatense S.A. · ... · Sociedad controlada por Pampas "
        "Tecnología S.R.L.'",
        {
            "ineligible_customer": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Kestrel Cyber Defence: one monthly SOC report template, four customers; and a SOC on someone else's stack
# --------------------------------------------------------------------------------------------------------------

KC_24X7 = [
    ("Service tier", "Kestrel MXDR 24x7"),
    (
        "Coverage",
        "24 x 7 x 365 monitoring, triage, investigation and response from the Manchester SOC, with the Kestrel "
        "overnight cell",
    ),
    ("Response targets", "P1 acknowledged within 15 minutes and contained within 60 minutes, day or night"),
    (
        "Microsoft platforms operated",
        "Microsoft Defender XDR (Endpoint, Office 365, Identity), Microsoft Defender for Cloud, Microsoft Sentinel",
    ),
]


def irwell_incidents() -> list[tuple[str, str, str, str, str]]:
    """Irwell Precision Castings' May incidents: claim-specific content (its own host names)."""
    return [
        (
            "KC-26-10412",
            "02/05 03:17",
            "Defender for Endpoint",
            "Credential dumping attempt (LSASS) on IPC-ENG-LT044",
            "True positive – device isolated 03:29, user reset",
        ),
        (
            "KC-26-10433",
            "04/05 14:02",
            "Defender for Office 365",
            "Invoice-fraud phish to 17 finance mailboxes",
            "Messages purged, sender blocked",
        ),
        (
            "KC-26-10471",
            "09/05 22:48",
            "Sentinel (custom rule)",
            "Foundry SCADA jump host IPC-FDY-JH02 logon outside shift",
            "Benign – authorised night maintenance",
        ),
        (
            "KC-26-10502",
            "13/05 01:55",
            "Defender for Identity",
            "Suspected DCSync from IPC-SRV-BKP01",
            "False positive – backup agent; rule tuned",
        ),
        (
            "KC-26-10538",
            "19/05 11:20",
            "Defender for Cloud",
            "Anomalous storage access, subscription ipc-prod",
            "True positive – SAS token revoked",
        ),
        (
            "KC-26-10577",
            "27/05 04:41",
            "Defender for Endpoint",
            "Ransomware behaviour blocked on IPC-QA-WS07",
            "Auto-contained; re-imaged",
        ),
    ]


def kc_ack_mail(cc: Person, month: str, body: str, when: dt.datetime, report_name: str, report: bytes) -> Mail:
    m1 = Mail(
        KC_SDM,
        [cc],
        f"Kestrel SOC service report – {month}",
        when - dt.timedelta(days=2, hours=3),
        f"Hello {cc.first},\n\nPlease find attached the SOC service report for {month}. As usual, let us know if "
        "you accept it or want anything discussed at the service review.\n\nKind regards,\nHollie\n\n"
        + footer_block(KC_SDM, KC_DISCLAIMER),
        attachments=[(report_name, report)],
    )
    return Mail(cc, [KC_SDM], f"RE: Kestrel SOC service report – {month}", when, body, quoted=m1)


def s504_015_irwell_soc_24x7_original() -> Bundle:
    cid = "5041015"
    cust = Org(
        "Irwell Precision Castings Ltd",
        "Irwell Castings",
        "irwellcastings.co.uk",
        "GB",
        "Bury BL9 0NF",
        "Chamberhall Business Park",
        "#37474f",
    )
    cc = person(cust, "Siobhan Gallagher", "Head of IT & OT", "s.gallagher")
    report = kestrel_report(
        cust,
        "May 2026",
        "KC-SR-IPC-2605",
        KC_24X7,
        [
            ("Defender for Endpoint", "880 endpoints and 64 servers, incl. 12 foundry HMI stations (passive)"),
            ("Defender for Office 365 / Identity", "720 mailboxes / 5 domain controllers"),
            ("Defender for Cloud", "3 subscriptions (ipc-prod, ipc-dev, ipc-ot), 41 servers"),
            ("Microsoft Sentinel", "Workspace law-ipc-soc: 26 data connectors, 148 analytics rules, 6 playbooks"),
        ],
        irwell_incidents(),
        [
            "Hunt 'BYOVD': vulnerable signed drivers across the estate – 2 hosts remediated.",
            "Hunt on OT jump hosts for RDP from non-engineering subnets – none found.",
            "Hunt for OAuth consent phishing in Entra sign-in logs – 1 app revoked.",
        ],
        [
            "New custom detection: foundry HMI logon outside shift pattern (Sentinel).",
            "Tuned MDI DCSync rule for the backup agent; 4 noisy rules retired.",
            "Playbook 'isolate-and-notify' extended to phone the IPC duty manager for P1.",
        ],
        [
            ("Defender XDR Secure Score", "71% (+3)", "ASR rule 'block credential stealing' to block mode"),
            ("Defender for Cloud", "Secure score 64%", "3 storage accounts with public network access – closed"),
        ],
        T(2026, 6, 3, 9, 0, 1),
        f"{cid}|rep",
    )
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Kestrel Cyber Defence", KESTREL.name, KC_SDM.name, KC_SDM.title),
    ]
    minutes = g.html_pdf(
        f"""
<h1>Service review – minutes</h1>
{
            kv(
                [
                    ("Service", "Kestrel MXDR 24x7 for Irwell Precision Castings"),
                    ("Date", "5 June 2026, Bury"),
                    ("Present", "S. Gallagher (IPC), M. Holt (IPC Infrastructure), H. Brennan (Kestrel)"),
                ]
            )
        }
<h2>Discussed</h2>
{
            ul(
                [
                    "May report KC-SR-IPC-2605: 6 incidents, incl. the LSASS dumping attempt contained at 03:29 on 2 "
                    "May and the "
                    "ransomware behaviour blocked on a QA workstation on 27 May.",
                    "Overnight response: IPC duty manager now phoned for every P1 (playbook change agreed).",
                    "Next month: onboard the Bury warehouse scanners into Defender for Endpoint; review Sentinel "
                    "retention (180 days).",
                ]
            )
        }
<p>IPC accepts the May service report and confirms Kestrel continues to operate the 24x7 SOC service.</p>
"""
        + g.signoff("lines", parties, heading="Signed"),
        meta("IPC service review minutes June 2026", KC_SDM.name, T(2026, 6, 5, 14, 0, 1)),
        f"{cid}|min",
        style=css(KESTREL.color),
        decor=g.Decor(KESTREL, right="Service review", footer=escape(KESTREL.name)),
    )
    minutes_scan = scan_signed(
        minutes,
        [
            *g.sign_inks("lines", parties[0], 0, "05/06/26"),
            *g.sign_inks("lines", parties[1], 1, "05/06/26", color=g.INK_BLACK),
        ],
        f"{cid}|mins",
        T(2026, 6, 5, 16, 30, 1),
        scanner=5,
    )
    files = {
        "KC-SR-IPC-2605_SOC_Service_Report_May_2026.pdf": report,
        "IPC_Service_Review_Minutes_2026-06-05_signed.pdf": minutes_scan,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=KESTREL,
        pc=KC_SDM,
        cust=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 6, 16, 10, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    checks = g.cpor_ok()
    checks["reused_evidence"] = ["pass", "warn"]
    return Bundle(
        f"{cid}_irwell_castings_soc_24x7_original",
        claim,
        files,
        "approve",
        "Managed security services with every qualifying element: 24x7 SOC triage and response in Defender XDR and "
        "Defender for Cloud, Sentinel operated (26 connectors, 148 rules, 6 playbooks), threat hunts, custom "
        "detections and tuning, configuration assessment, MDE on 880 endpoints. The service-review minutes are signed "
        "by the customer's Head of IT & OT on 05/06/26 (UK day-first) and accept the May report. UNSURE only on the "
        "queue check: the same May incident table (IPC host names) was later copied into claim 5041018 for another "
        "customer; this bundle is plainly the original (its own host names, its own signed review), so a reviewer "
        "clears any warning – leaned approve.",
        "Report section 1 'Coverage 24 x 7 x 365'; incidents on IPC-ENG-LT044, IPC-FDY-JH02; minutes signed "
        "'Siobhan Gallagher' 05/06/26.",
        checks,
    )


def s504_016_ribble_soc_24x7() -> Bundle:
    cid = "5041016"
    cust = Org(
        "Ribble Estuary Foods Ltd",
        "Ribble Foods",
        "ribblefoods.co.uk",
        "GB",
        "Preston PR2 2YB",
        "Navigation Way, Riversway",
        "#558b2f",
    )
    cc = person(cust, "Tom Ashworth", "IT Director", "tom.ashworth")
    report = kestrel_report(
        cust,
        "June 2026",
        "KC-SR-REF-2606",
        KC_24X7,
        [
            ("Defender for Endpoint", "1,240 endpoints and 88 servers across Preston, Lancaster and Fleetwood"),
            ("Defender for Office 365 / Identity", "1,050 mailboxes / 8 domain controllers"),
            ("Defender for Cloud", "2 subscriptions, 57 servers (SAP on Azure)"),
            ("Microsoft Sentinel", "Workspace law-ref-sec: 31 data connectors, 172 analytics rules, 9 playbooks"),
        ],
        [
            (
                "KC-26-11820",
                "03/06 23:52",
                "Defender for Endpoint",
                "Cobalt Strike beacon on REF-FLW-LT112",
                "True positive – isolated 00:04, IR engaged",
            ),
            (
                "KC-26-11847",
                "07/06 09:15",
                "Defender for Identity",
                "Kerberoasting against svc-sap-batch",
                "True positive – password rotated, gMSA planned",
            ),
            (
                "KC-26-11905",
                "15/06 02:30",
                "Sentinel (SAP connector)",
                "Mass download of supplier master data",
                "Benign – month-end job; watchlist updated",
            ),
            (
                "KC-26-11951",
                "22/06 16:44",
                "Defender for Office 365",
                "QR-code phishing to cold-store supervisors",
                "Purged; awareness note sent",
            ),
            (
                "KC-26-11990",
                "29/06 05:12",
                "Defender for Cloud",
                "Suspicious process on SAP app server sapprd-app3",
                "False positive – SAP kernel update; suppressed",
            ),
        ],
        [
            "Hunt for Kerberoastable service accounts – 6 found, 4 moved to gMSA.",
            "Hunt on SAP audit logs for privileged transactions outside change windows – none.",
        ],
        [
            "Sentinel SAP solution rules tuned for month-end jobs (supplier master data watchlist).",
            "New detection: QR-code phishing (Defender for Office 365 advanced hunting).",
        ],
        [
            ("Defender XDR Secure Score", "76% (+2)", "Block Office child processes – enforced"),
            ("Defender for Cloud", "Secure score 69%", "SAP VMs: enable disk encryption at host"),
        ],
        T(2026, 7, 2, 9, 0, 1),
        f"{cid}|rep",
    )
    m = kc_ack_mail(
        cc,
        "June 2026",
        "Hi Hollie,\n\nThanks – we went through the June report in our security meeting this morning. The response "
        "to the Cobalt Strike beacon on the Fleetwood laptop just before midnight was exactly what we pay the 24x7 "
        "service for. Ribble Foods accepts the June report; please book the Q3 service review.\n\nTom\n\n"
        + sig_block(cc, "Ribble Estuary Foods Ltd | Riversway, Preston"),
        T(2026, 7, 6, 11, 20, 1),
        "KC-SR-REF-2606_SOC_Service_Report_June_2026.pdf",
        report,
    )
    files = {
        "KC-SR-REF-2606_SOC_Service_Report_June_2026.pdf": report,
        "RE_ Kestrel SOC service report – June 2026.msg": msg_rx(m, seed=f"{cid}|rx"),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=KESTREL,
        pc=KC_SDM,
        cust=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 7, 8, 10, 30, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_ribble_foods_soc_24x7_same_template",
        claim,
        files,
        "approve",
        "Kestrel's monthly report template again (its 'About this report' text, service definition and footer are "
        "shared with Kestrel's other claims: boilerplate), filled with this customer's own estate and incidents: "
        "24x7 SOC on Defender XDR and Defender for Cloud, Sentinel with 31 connectors and 9 playbooks, hunts, "
        "tuning, configuration assessment, MDE on 1,240 endpoints. The IT Director accepts the June report by e-mail "
        "from ribblefoods.co.uk on 6 Jul 2026.",
        "RE_ Kestrel SOC service report – June 2026.msg from tom.ashworth@ribblefoods.co.uk: 'Ribble Foods accepts "
        "the June report'.",
        g.cpor_ok(email_ack=True),
        container="zip-folder",
    )


def s504_017_saddleworth_soc_business_hours() -> Bundle:
    cid = "5041017"
    cust = Org(
        "Saddleworth Paper Mills Ltd",
        "Saddleworth Paper",
        "saddleworthpaper.co.uk",
        "GB",
        "Oldham OL3 5DX",
        "Delph New Road, Dobcross",
        "#795548",
    )
    cc = person(cust, "Gareth Pollitt", "IT Manager", "g.pollitt")
    report = kestrel_report(
        cust,
        "July 2026",
        "KC-SR-SPM-2607",
        [
            ("Service tier", "Kestrel Essentials (business hours)"),
            (
                "Coverage",
                "Monitoring and triage Monday–Friday 07:00–19:00 UK time, excluding bank holidays; alerts raised "
                "outside these hours are queued and triaged at the start of the next business day",
            ),
            ("Response targets", "P1 acknowledged within 30 minutes during service hours; no out-of-hours response"),
            ("Microsoft platforms operated", "Microsoft Defender XDR (Endpoint, Office 365), Microsoft Sentinel"),
        ],
        [
            ("Defender for Endpoint", "310 endpoints and 22 servers"),
            ("Defender for Office 365", "290 mailboxes"),
            ("Microsoft Sentinel", "Workspace law-spm: 12 data connectors, 64 analytics rules, 2 playbooks"),
        ],
        [
            (
                "KC-26-12230",
                "06/07 (Mon) 07:05",
                "Defender for Endpoint",
                "Alert from Sat 04/07 22:10: suspicious scheduled task on SPM-PM2-HMI",
                "Triaged Monday – benign vendor task",
            ),
            ("KC-26-12268", "14/07 10:31", "Defender for Office 365", "Phish to accounts payable", "Purged"),
            (
                "KC-26-12301",
                "20/07 (Mon) 07:12",
                "Sentinel",
                "Alert from Sun 19/07 03:40: VPN logon from new country",
                "User travelling – closed",
            ),
        ],
        ["Monthly hunt for persistence in scheduled tasks on HMI stations – 1 vendor task documented."],
        ["Rule for out-of-hours VPN logons adjusted to include the new Poland office IP range."],
        [("Defender XDR Secure Score", "62% (+1)", "Enable tamper protection on 14 servers")],
        T(2026, 8, 4, 9, 0, 1),
        f"{cid}|rep",
    )
    m = kc_ack_mail(
        cc,
        "July 2026",
        "Hi Hollie,\n\nReport received and accepted, thanks. As discussed we'll stay on Essentials (business hours) "
        "for this financial year.\n\nGareth\n\n" + sig_block(cc),
        T(2026, 8, 6, 8, 40, 1),
        "KC-SR-SPM-2607_SOC_Service_Report_July_2026.pdf",
        report,
    )
    files = {
        "KC-SR-SPM-2607_SOC_Service_Report_July_2026.pdf": report,
        "RE_ Kestrel SOC service report – July 2026.msg": msg_rx(m, seed=f"{cid}|rx"),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=KESTREL,
        pc=KC_SDM,
        cust=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 8, 12, 10, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_saddleworth_soc_business_hours_only",
        claim,
        files,
        "action_required",
        "The customer accepts the report from its own domain, but the service described is Kestrel 'Essentials "
        "(business hours)': monitoring Monday–Friday 07:00–19:00, weekend alerts 'queued and triaged at the start of "
        "the next business day', 'no out-of-hours response' – and the incident list shows exactly that. The first "
        "qualification for a Managed Security Services attribution is to provide '24/7 SOC service to triage, "
        "investigate and remediate/respond to incidents and alerts in Microsoft 365 Defender'. This POE does not "
        "show a qualifying service.",
        "Report section 1 'Service tier: Kestrel Essentials (business hours)'; incident KC-26-12230 from Sat 22:10 "
        "triaged Mon 07:05.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


def s504_018_tame_valley_copied_incidents() -> Bundle:
    cid = "5041018"
    cust = Org(
        "Tame Valley Logistics Ltd",
        "Tame Valley Logistics",
        "tamevalleylogistics.co.uk",
        "GB",
        "Stalybridge SK15 1SF",
        "Bayley Street, Tame Valley Park",
        "#1565c0",
    )
    cc = person(cust, "Neil Bradshaw", "Head of IT", "neil.bradshaw")
    report = kestrel_report(
        cust,
        "August 2026",
        "KC-SR-TVL-2608",
        KC_24X7,
        [
            ("Defender for Endpoint", "460 endpoints and 30 servers at Stalybridge and Trafford Park"),
            ("Defender for Office 365 / Identity", "410 mailboxes / 3 domain controllers"),
            ("Microsoft Sentinel", "Workspace law-tvl: 18 data connectors, 97 analytics rules, 4 playbooks"),
        ],
        irwell_incidents(),
        [
            "Hunt 'BYOVD': vulnerable signed drivers across the estate – 2 hosts remediated.",
            "Hunt for OAuth consent phishing in Entra sign-in logs – 1 app revoked.",
        ],
        [
            "Playbook 'isolate-and-notify' extended to phone the duty manager for P1.",
            "4 noisy rules retired.",
        ],
        [("Defender XDR Secure Score", "68% (+2)", "ASR rule 'block credential stealing' to block mode")],
        T(2026, 9, 2, 9, 0, 1),
        f"{cid}|rep",
    )
    m = kc_ack_mail(
        cc,
        "August 2026",
        "Hi Hollie,\n\nAugust report accepted – thanks to the team.\n\nNeil\n\n" + sig_block(cc),
        T(2026, 9, 4, 15, 2, 1),
        "KC-SR-TVL-2608_SOC_Service_Report_August_2026.pdf",
        report,
    )
    files = {
        "KC-SR-TVL-2608_SOC_Service_Report_August_2026.pdf": report,
        "RE_ Kestrel SOC service report – August 2026.msg": msg_rx(m, seed=f"{cid}|rx"),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=KESTREL,
        pc=KC_SDM,
        cust=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 9, 9, 10, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_tame_valley_incidents_copied_from_other_customer",
        claim,
        files,
        "action_required",
        "Kestrel's template is boilerplate, but this report's 'Incidents of the month' and hunts are claim-specific "
        "content copied from claim 5041015: the same six incident references KC-26-10412 … KC-26-10577 with the "
        "same times, dated in May although this is the August report, on Irwell Precision Castings' hosts "
        "(IPC-ENG-LT044, the 'Foundry SCADA jump host IPC-FDY-JH02', subscription ipc-prod) – not this logistics "
        "customer's. The customer's one-line 'August report accepted' cannot make copied operations evidence. The "
        "partner must provide this customer's own SOC evidence.",
        "Incident table identical to 5041015's (KC-26-10412 on IPC-ENG-LT044 ... KC-26-10577 on IPC-QA-WS07).",
        {"reused_evidence": "fail", "customer_domain": "pass"},
    )


def s504_019_saguaro_soc_on_third_party_stack() -> Bundle:
    cid = "5041019"
    cust = Org(
        "Saguaro Copper Mining Co.",
        "Saguaro Copper",
        "saguarocopper.com",
        "US",
        "Globe, AZ 85501",
        "4200 E Copper Hill Dr",
        "#bf360c",
    )
    cc = person(cust, "Lorena Vasquez", "CISO", "lvasquez")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("MSSP", SONORAN.name, SS_LEAD.name, SS_LEAD.title),
    ]
    report = g.report_pdf(
        SONORAN,
        [
            f"""
<h1>Managed Detection &amp; Response – Quarterly Service Report, Q2 2026</h1>
{
                kv(
                    [
                        ("Customer", escape(cust.name)),
                        ("Service", "Sonoran MDR 24/7 (contract SS-MDR-2024-009)"),
                        ("Period", "April 1 – June 30, 2026"),
                    ]
                )
            }
<h2>1. Platforms operated</h2>
{
                grid(
                    ["Platform", "Coverage"],
                    [
                        (
                            "CrowdStrike Falcon Insight XDR",
                            "2,140 endpoints and 180 servers (mine sites, Globe HQ, Tucson office)",
                        ),
                        (
                            "Splunk Enterprise Security (SIEM)",
                            "41 data sources incl. Palo Alto firewalls, Okta, OT historian",
                        ),
                        ("Palo Alto Cortex XSOAR", "14 playbooks (phishing, isolation, account lockout)"),
                        ("Microsoft 365", "Exchange Online and Entra ID audit logs forwarded to Splunk"),
                    ],
                    [38, 62],
                )
            }
<h2>2. Operations</h2>
{
                ul(
                    [
                        "24/7 monitoring from the Tucson SOC; 1,912 alerts triaged, 44 incidents, 3 P1 (all contained "
                        "under 45 minutes).",
                        "Threat hunting in Falcon and Splunk: 9 hunts (living-off-the-land binaries on OT jump hosts, "
                        "Okta MFA fatigue).",
                        "Detection engineering: 23 new Splunk correlation searches, 11 tuned.",
                    ]
                )
            }
""",
            g.signoff("rows", parties, heading="Quarterly review – acknowledged"),
        ],
        meta("Saguaro MDR Q2 2026", SS_LEAD.name, T(2026, 7, 10, 10, 0, -7)),
        f"{cid}|rep",
        right="MDR Quarterly Service Report",
    )
    signed = last_page_scanned(
        report,
        [
            *g.sign_inks("rows", parties[0], 0, "07/14/2026"),
            *g.sign_inks("rows", parties[1], 1, "07/14/2026", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 7, 14, 16, 0, -7),
        meta("Saguaro MDR Q2 2026 signed", SS_LEAD.name, T(2026, 7, 15, 9, 0, -7)),
    )
    files = {"Saguaro_MDR_Q2-2026_Quarterly_Report_signed.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=SONORAN,
        pc=SS_LEAD,
        cust=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 7, 28, 10, 0, -7),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_saguaro_soc_on_crowdstrike_and_splunk",
        claim,
        files,
        "action_required",
        "A genuine 24/7 MDR service, signed by the customer's CISO on 07/14/2026 – but run entirely on non-Microsoft "
        "tools: CrowdStrike Falcon on the endpoints, Splunk ES as SIEM, Cortex XSOAR for playbooks; Microsoft 365 "
        "only feeds audit logs into Splunk. The Managed Security Services attribution requires SOC work in "
        "Microsoft 365 Defender / Defender for Cloud and Microsoft Sentinel, with 'Microsoft Defender for Endpoint "
        "at a minimum'. The POE does not connect the claimed workload to the Microsoft security stack.",
        "Report section 1: 'CrowdStrike Falcon Insight XDR', 'Splunk Enterprise Security (SIEM)', 'Palo Alto Cortex "
        "XSOAR'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Security usage: Microsoft's template e-signed, an acceptance record digitally signed
# --------------------------------------------------------------------------------------------------------------


def s504_020_malnad_ms_template_adobe_sign() -> Bundle:
    cid = "5041020"
    cust = Org(
        "Malnad Coffee Curing Works Pvt. Ltd.",
        "Malnad Coffee",
        "malnadcoffee.in",
        "IN",
        "Chikkamagaluru 577101",
        "K.M. Road, Industrial Area",
        "#6d4c41",
    )
    cc = person(cust, "Suresh Gowda", "Head – IT", "suresh.gowda")
    scope = (
        "<p>Malnad Coffee's curing works, two estates offices and the Bengaluru export desk had no visibility of "
        "identity attacks and no control over the 140+ SaaS apps used by traders and estate managers.</p>"
        + ul(
            [
                "Defender for Identity: sensors installed on 4 domain controllers and 1 AD CS server; honeytoken "
                "accounts; lateral-movement path review with the IT team; 3 dormant admin accounts removed.",
                "Defender for Cloud Apps: Cloud Discovery from Defender for Endpoint for 420 users; 146 apps "
                "discovered, 31 sanctioned, 12 unsanctioned (blocked), session policies for the coffee-auction "
                "portal; app governance for OAuth apps.",
                "Adoption: two admin training sessions, runbook for alert triage handed over.",
                "Timeline: kick-off 05/01/2026, sensors live 23/01/2026, Cloud Apps policies 13/02/2026, handover "
                "20/02/2026.",
            ]
        )
    )
    tpl = g.ms_poe_template(
        KAVERI,
        cust,
        cc,
        [
            ("Microsoft Defender for Identity", ("Deployment", "Implementation")),
            (
                "Microsoft Defender for Cloud Apps (formerly MCAS)",
                ("Deployment", "Implementation", "Adoption/Change Mgmt."),
            ),
        ],
        scope,
        D(2026, 1, 5),
        D(2026, 2, 20),
        f"{cid}|tpl",
    )
    signed = g.esign(
        tpl,
        cc,
        T(2026, 2, 24, 11, 30, 5.5),
        f"{cid}|adobe",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=12,
        date_anchor="Date Signed",
        date_dx=150,
        date_dy=3,
        date_text="24-02-2026",
        vendor="adobe",
        certificate=True,
        sender=KV_PM,
        ip="49.206.12.77",
    )
    files = {"CPOR_POE_Security_Malnad_Coffee_signed.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=KAVERI,
        pc=KV_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        submitted=T(2026, 3, 10, 12, 0, 5.5),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_malnad_coffee_ms_template_adobe_sign",
        claim,
        files,
        "approve",
        "Microsoft's optional Security usage template, filled in for exactly the two claimed products: sensors on 4 "
        "DCs + AD CS for MDI, Cloud Discovery for 420 users with 146 apps and session policies for MDCA, dated "
        "timeline, engagement dates 5 Jan – 20 Feb 2026. Signed by the customer's Head – IT through Adobe Acrobat "
        "Sign on 24-02-2026 (Indian day-first) with the Final Audit Report appended: verifiable eSignature.",
        "Section 1: ☒ Defender for Identity, ☒ Defender for Cloud Apps; Adobe Sign 'Document e-signed by Suresh "
        "Gowda' 2026-02-24.",
        g.cpor_ok(),
    )


def s504_021_wendland_pades_acceptance() -> Bundle:
    cid = "5041021"
    cust = Org(
        "Wendland Biogas GmbH & Co. KG",
        "Wendland Biogas",
        "wendland-biogas.de",
        "DE",
        "29439 Lüchow",
        "Salzwedeler Straße 71",
        "#33691e",
    )
    cc = person(cust, "Henrik Wollenberg", "CISO", "h.wollenberg")
    html = f"""
<h1>Acceptance Record – Identity and Information Protection</h1>
{
        kv(
            [
                ("Customer", escape(cust.name)),
                ("Partner", escape(ALSTERWERK.name)),
                ("Order", "AW-2026-031"),
                ("Period", "20 April – 28 August 2026"),
            ]
        )
    }
<h2>Delivered</h2>
{
        grid(
            ["Workload", "Delivered", "Numbers"],
            [
                (
                    "Entra ID P2",
                    "Risk-based Conditional Access; Privileged Identity Management for 19 admin roles; access "
                    "reviews for plant-operator groups; identity protection alerts routed to the IT on-call",
                    "385 users",
                ),
                (
                    "Purview Information Protection",
                    "Sensitivity labels (Public, Internal, Confidential, Grid Operator "
                    "Confidential); auto-labelling of grid-feed contracts; DLP for e-mail to external addresses",
                    "7 labels, 4 DLP policies",
                ),
            ],
            [22, 58, 20],
        )
    }
<p>Plants in scope: Lüchow, Dannenberg, Clenze and 11 satellite digesters (remote operators use the P2 policies).</p>
<p>The customer accepts the work as delivered. This record is signed with the customer's qualified certificate.</p>
<p style="margin-top:18pt"><b>Signed for the customer:</b></p>
"""
    pdf = g.html_pdf(
        html,
        meta("Acceptance record Wendland Biogas", AW_SEC.name, T(2026, 9, 2, 17, 0, 2)),
        f"{cid}|acc",
        style=css(ALSTERWERK.color),
        decor=g.Decor(ALSTERWERK, right="Acceptance Record · AW-2026-031", footer=escape(ALSTERWERK.name)),
    )
    signed = g.digisign(
        pdf,
        cc,
        T(2026, 9, 3, 8, 41, 2),
        f"{cid}|sig",
        ca_name="Nordsiegel Qualified CA 3",
        anchor="Signed for the customer:",
        dy=18,
        reason="Abnahme / Acceptance",
    )
    files = {"Acceptance_Record_AW-2026-031_signed.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=ALSTERWERK,
        pc=AW_SEC,
        cust=cust,
        cc=cc,
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2", "MICROSOFT INFORMATION PROTECTION"],
        submitted=T(2026, 9, 15, 10, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_wendland_biogas_digitally_signed_record",
        claim,
        files,
        "approve",
        "Acceptance record naming both parties, with Entra ID P2 (385 users, PIM for 19 roles, access reviews) and "
        "Purview Information Protection (7 labels, auto-labelling, 4 DLP policies) and the period, digitally signed "
        "(PAdES) by the customer's CISO on 3 Sep 2026 with his own certificate: the signature validates and covers "
        "the whole document – a valid, secure, verifiable electronic signature.",
        "PAdES signature field 'Signature_HenrikWollenberg', signing time 2026-09-03, reason 'Abnahme / Acceptance'.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Business Applications and Azure
# --------------------------------------------------------------------------------------------------------------


def s504_022_shenandoah_golive_phone_photo() -> Bundle:
    cid = "5041022"
    cust = Org(
        "Shenandoah Orchards LLC",
        "Shenandoah Orchards",
        "shenandoahorchards.com",
        "US",
        "Winchester, VA 22602",
        "1850 Apple Pie Ridge Rd",
        "#c62828",
    )
    cc = person(cust, "Colleen Whitlock", "Controller & IT Lead", "cwhitlock")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Implementation partner", BLUERIDGE.name, BR_SA.name, BR_SA.title),
    ]
    cert = br_golive(
        cust,
        "BRD-GL-2026-014",
        D(2026, 5, 20),
        [
            (
                "Dynamics 365 Sales",
                "Lead-to-order for wholesale apple and cider accounts; 1,400 accounts and 3 years of opportunities "
                "migrated from Salesforce Essentials; quote templates; Outlook and Teams integration",
                "22",
            ),
            (
                "Dynamics 365 Customer Service",
                "Cases for grocery-chain quality claims (bruising, cold-chain breaks) with SLA timers; 3 queues; "
                "knowledge base of 140 articles; customer-service e-mail to case",
                "14",
            ),
        ],
        [("Go-live date", "May 18, 2026"), ("Production environment", "shenandoahorchards.crm.dynamics.com")],
        parties,
        f"{cid}|gl",
    )
    photo = photo_of(
        cert,
        [
            *g.sign_inks("rows", parties[0], 0, "05/21/2026"),
            *g.sign_inks("rows", parties[1], 1, "05/21/2026", color=g.INK_BLACK),
        ],
        f"{cid}|ph",
        T(2026, 5, 21, 16, 12, -4),
        model=("Apple", "iPhone 15"),
    )
    w = g.Word(accent="1A237E")
    w.header(BLUERIDGE, "Project status report")
    w.h("Shenandoah Orchards – Dynamics 365 – final status report", 0)
    w.p("Blue Ridge Data Partners LLC · Whitney Caldwell · May 22, 2026")
    w.table(
        [
            ["Phase", "Dates", "Status"],
            ["Discovery and design", "Jan 12 – Feb 6, 2026", "Complete"],
            ["Build and data migration (Salesforce export, 1,400 accounts)", "Feb 9 – Apr 10, 2026", "Complete"],
            ["UAT with sales and customer-service teams", "Apr 13 – May 8, 2026", "Complete – 61 test cases passed"],
            ["Go-live and hypercare", "May 18 – Jun 17, 2026", "In hypercare"],
        ]
    )
    w.p("Open items: Power BI sales dashboard (phase 2), cider-club loyalty integration (phase 2).")
    status = w.save(meta("Shenandoah final status report", BR_SA.name, T(2026, 5, 22, 15, 0, -4)))
    desk = Person("Blue Ridge Partner Programs", "programs@blueridgedata.com", "Partner Programs", BLUERIDGE)
    original = Mail(
        cc,
        [BR_SA],
        "Signed go-live certificate",
        T(2026, 5, 21, 16, 20, -4),
        "Whitney – signed certificate attached (photo from my phone, our scanner is down).\n\nColleen\n\n"
        + sig_block(cc),
        attachments=[("IMG_4471.JPG", photo)],
        mailer="iPhone Mail (21F90)",
    )
    cover = Mail(
        BR_SA,
        [desk],
        "FW: Signed go-live certificate",
        T(2026, 5, 22, 8, 45, -4),
        "For the Shenandoah CPOR claim – Colleen's signed certificate, her original mail attached.\n\nWhitney\n\n"
        + footer_block(BR_SA),
    )
    files = {
        "IMG_4471.JPG": photo,
        "Shenandoah_Final_Status_Report.docx": status,
        "FW_ Signed go-live certificate.msg": msg_with_attached_mail(
            cover, original, "Signed go-live certificate.msg", seed=f"{cid}|rx"
        ),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Business Applications",
        partner=BLUERIDGE,
        pc=BR_SA,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION", "DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        submitted=T(2026, 6, 3, 11, 0, -4),
        docs=[
            ("IMG_4471.JPG", "poe"),
            ("Shenandoah_Final_Status_Report.docx", "poe"),
            ("FW_ Signed go-live certificate.msg", "supporting"),
        ],
    )
    return Bundle(
        f"{cid}_shenandoah_golive_certificate_phone_photo",
        claim,
        files,
        "approve",
        "A phone photo (JPEG with camera EXIF) of Blue Ridge's go-live certificate, signed in ink by the customer's "
        "Controller & IT Lead and dated 05/21/2026 – a photographed physically signed document is acceptable, unlike "
        "a screenshot of an e-mail. It names both parties and details Sales (22 users, 1,400 accounts migrated) and "
        "Customer Service (14 users, SLA cases, 140 articles), go-live May 18, 2026; the Word status report adds the "
        "timeline. The supporting .msg is the partner's internal forward carrying the customer's original e-mail "
        "(with the same photo) as an attachment – context only; the signed certificate is the acknowledgement. The "
        "certificate template is Blue Ridge's own, shared with claim 5041029: boilerplate.",
        "IMG_4471.JPG: 'Go-Live Acceptance Certificate', customer row signed, '05/21/2026'.",
        g.cpor_ok(),
        container="zip",
    )


def s504_023_chesapeake_presales_before_transaction() -> Bundle:
    cid = "5041023"
    cust = Org(
        "Chesapeake Marine Supply Co.",
        "Chesapeake Marine",
        "chesapeakemarine.com",
        "US",
        "Annapolis, MD 21403",
        "7 Bay Ridge Ave",
        "#0277bd",
    )
    cc = person(cust, "Russell Keane", "VP Service Operations", "rkeane")
    deck = g.slides_pdf(
        BLUERIDGE,
        [
            (
                "Chesapeake Marine – Field Service envisioning",
                "<p>Discovery workshop · February 26, 2026 · Annapolis</p><p>Blue Ridge Data Partners</p>",
            ),
            (
                "Where service is today",
                ul(
                    [
                        "60 marine technicians across Annapolis, Baltimore and Norfolk yards",
                        "Work orders on paper travellers; parts requests by phone",
                        "No first-time-fix measure; warranty claims rebuilt from invoices",
                    ]
                ),
            ),
            (
                "What Dynamics 365 Field Service would change",
                ul(
                    [
                        "Work orders with incident types for engines, rigging and electronics",
                        "Schedule board for the three yards; mobile app for technicians on the dock",
                        "Parts consumption against truck and yard inventory",
                    ]
                ),
            ),
            (
                "Next steps",
                ul(
                    [
                        "Demo 1 (March 4): work order to invoice",
                        "Demo 2 (March 12): scheduling and mobile app on a Baltimore job",
                        "Decision targeted for early April",
                    ]
                ),
            ),
        ],
        meta("Chesapeake Marine Field Service envisioning", BR_AE.name, T(2026, 2, 26, 9, 0, -5), g.PPT),
        f"{cid}|deck",
        "Blue Ridge Data Partners · Confidential",
    )
    m1 = Mail(
        BR_SA,
        [cc],
        "Field Service demos – recap and next steps",
        T(2026, 3, 13, 17, 20, -4),
        "Hi Russell,\n\nThanks for hosting both demos. Recap attached in the deck; the mobile app test on the "
        "Baltimore dock job worked offline as you asked. Let us know how you'd like to proceed.\n\nWhitney\n\n"
        + footer_block(BR_SA),
    )
    m2 = Mail(
        cc,
        [BR_SA],
        "RE: Field Service demos – recap and next steps",
        T(2026, 3, 20, 10, 4, -4),
        "Whitney,\n\nThanks to you and Trevor for the February workshop and the two demos on March 4 and 12. The "
        "offline test on the Baltimore dock sold it to our yard managers. We have decided to go ahead with Dynamics "
        "365 Field Service for our 60 technicians and will place the licence order in April; we'd like Blue Ridge to "
        "run the implementation starting with the Annapolis yard.\n\nRuss\n\n" + sig_block(cc),
        quoted=m1,
    )
    files = {
        "Chesapeake_FieldService_Envisioning_2026-02-26.pdf": deck,
        "RE_ Field Service demos – recap and next steps.msg": msg_rx(m2, seed=f"{cid}|rx"),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="pre_sales",
        area="Business Applications",
        partner=BLUERIDGE,
        pc=BR_AE,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 FIELD SERVICE"],
        transaction=D(2026, 4, 15),
        submitted=T(2026, 5, 5, 14, 0, -4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_chesapeake_presales_before_transaction",
        claim,
        files,
        "approve",
        "Pre-sales claim (transaction 2026-04-15): the envisioning deck of February 26 and the customer's e-mail of "
        "March 20, 2026 from chesapeakemarine.com acknowledging 'the February workshop and the two demos on March 4 "
        "and 12' and the decision to buy Field Service for 60 technicians – engagement proof from the customer, in "
        "depth, before the transaction, as the guide asks for pre-sales.",
        "E-mail 2026-03-20 from rkeane@chesapeakemarine.com; transaction_date 2026-04-15.",
        g.cpor_ok(email_ack=True),
    )


def s504_024_new_river_presales_after_purchase() -> Bundle:
    cid = "5041024"
    cust = Org(
        "New River Gorge Outfitters Inc.",
        "NRG Outfitters",
        "nrgoutfitters.com",
        "US",
        "Fayetteville, WV 25840",
        "220 Keller Ave",
        "#2e7d32",
    )
    cc = person(cust, "Amber Lilly", "Director of Sales", "alilly")
    minutes = g.report_pdf(
        BLUERIDGE,
        f"""
<h1>Kick-off and requirements workshop – minutes</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Dates", "May 18, 2026 (kick-off) and June 2, 2026 (requirements)"),
                    ("Scope", "Dynamics 365 Sales – 18 sellers (group trips, corporate retreats, school programmes)"),
                ]
            )
        }
{
            ul(
                [
                    "Licences for Dynamics 365 Sales Enterprise were purchased by NRG on May 1, 2026 (18 users).",
                    "Pipeline stages agreed: enquiry, proposal, deposit, booked; integration with the booking system "
                    "in phase 2.",
                    "Data migration: 2,300 group contacts from spreadsheets; Outlook app for all sellers.",
                ]
            )
        }
""",
        meta("NRG kick-off minutes", BR_SA.name, T(2026, 6, 3, 10, 0, -4)),
        f"{cid}|min",
        right="Workshop minutes",
    )
    m1 = Mail(
        BR_SA,
        [cc],
        "Requirements workshop minutes",
        T(2026, 6, 4, 9, 0, -4),
        "Hi Amber,\n\nMinutes from the kick-off and the requirements workshop attached.\n\nWhitney\n\n"
        + footer_block(BR_SA),
        attachments=[("NRG_Workshop_Minutes.pdf", minutes)],
    )
    m2 = Mail(
        cc,
        [BR_SA],
        "RE: Requirements workshop minutes",
        T(2026, 6, 10, 13, 30, -4),
        "Thanks Whitney – minutes look right. Great to have you helping us get Dynamics 365 Sales set up now that "
        "the licences are in; the team liked the pipeline design.\n\nAmber\n\n" + sig_block(cc),
        quoted=m1,
    )
    files = {"NRG_Workshop_Minutes.pdf": minutes, "RE_ Requirements workshop minutes.msg": msg_rx(m2, seed=cid)}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="pre_sales",
        area="Business Applications",
        partner=BLUERIDGE,
        pc=BR_AE,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        transaction=D(2026, 5, 1),
        submitted=T(2026, 6, 24, 10, 0, -4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_new_river_presales_evidence_after_purchase",
        claim,
        files,
        "action_required",
        "Pre-sales claim with transaction date 2026-05-01, but every piece of evidence comes after it: the kick-off "
        "on May 18, the requirements workshop on June 2, and the customer's e-mail of June 10 ('now that the "
        "licences are in'); the minutes themselves record that NRG bought the licences on May 1. 'Pre-Sales only: "
        "Please submit proof of engagement with the customer prior to the transaction', and nothing indicates an "
        "upsell driven by a new partner of record. The partner must show pre-transaction engagement.",
        "Minutes: 'Licences ... were purchased by NRG on May 1, 2026'; kick-off May 18; transaction_date 2026-05-01.",
        {"acknowledgement_date": "fail", "customer_domain": "pass", "reused_evidence": "pass"},
    )


def s504_025_piedmont_revenue_recognition() -> Bundle:
    cid = "5041025"
    cust = Org(
        "Piedmont Textile Mills Inc.",
        "Piedmont Textile",
        "piedmonttextile.com",
        "US",
        "Danville, VA 24541",
        "1 Riverside Dr",
        "#6a1b9a",
    )
    cc = person(cust, "Harold Crews", "CFO", "hcrews")
    fitgap = g.report_pdf(
        BLUERIDGE,
        f"""
<h1>Business Central fit-gap summary</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Workshops", "December 9 and 16, 2025; January 13, 2026"),
                    ("Scope", "Finance, purchasing, inventory and production orders for the Danville and Eden mills"),
                ]
            )
        }
{
            grid(
                ["Area", "Fit", "Gap / approach"],
                [
                    (
                        "General ledger and consolidation",
                        "Standard",
                        "Two companies (Danville, Eden), consolidation monthly",
                    ),
                    ("Purchasing (yarn, dyes)", "Standard", "Purchase approvals by amount"),
                    ("Inventory by lot", "Standard", "Lot tracking for dye lots"),
                    (
                        "Production orders",
                        "Partial",
                        "Routing for weaving and finishing; phase 2 for shop-floor capture",
                    ),
                ],
                [32, 16, 52],
            )
        }
<p>Recommendation: Dynamics 365 Business Central Essentials for 45 users, replacing the AS/400 accounting system.</p>
""",
        meta("Piedmont BC fit-gap", BR_SA.name, T(2026, 1, 20, 10, 0, -5)),
        f"{cid}|fg",
        right="Fit-gap summary",
    )
    m = Mail(
        cc,
        [BR_AE],
        "Business Central decision",
        T(2026, 2, 11, 15, 45, -5),
        "Trevor,\n\nConfirming for your records: after the three fit-gap workshops Blue Ridge ran with our finance "
        "and production teams in December and January, Piedmont chose Dynamics 365 Business Central on your "
        "recommendation to replace the AS/400 system. Blue Ridge scoped the 45-user rollout (finance, purchasing, "
        "inventory by dye lot for Danville and Eden) and will implement it from March.\n\nHarold\n\n"
        + sig_block(cc, "Piedmont Textile Mills Inc. | Danville, VA"),
    )
    files = {
        "Business Central decision.eml": eml_rx(m, gmail_sender=True, seed=f"{cid}|rx"),
        "Piedmont_BC_FitGap_Summary.pdf": fitgap,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="revenue",
        area="Business Applications",
        partner=BLUERIDGE,
        pc=BR_AE,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 BUSINESS CENTRAL ESSENTIALS"],
        submitted=T(2026, 2, 20, 10, 0, -5),
        opt_out=True,
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_piedmont_revenue_recognition",
        claim,
        files,
        "approve",
        "Business Applications revenue recognition (incentive opt-out). The CFO's e-mail of 11 Feb 2026 from "
        "piedmonttextile.com is not a licence-purchase e-mail: it acknowledges the three fit-gap workshops Blue Ridge "
        "ran, that Piedmont chose Business Central on Blue Ridge's recommendation, and the 45-user scope. The "
        "fit-gap summary gives the detail. Customer acknowledgement, names, activities, workload and date are all "
        "there.",
        "E-mail from hcrews@piedmonttextile.com: 'Piedmont chose Dynamics 365 Business Central on your "
        "recommendation'.",
        g.cpor_ok(email_ack=True),
    )


def s504_026_moreton_bay_avd_service() -> Bundle:
    cid = "5041026"
    cust = Org(
        "Moreton Bay Seafoods Pty Ltd",
        "Moreton Bay Seafoods",
        "moretonbayseafoods.com.au",
        "AU",
        "Redcliffe QLD 4020",
        "12 Anzac Avenue",
        "#00838f",
    )
    cc = person(cust, "Shane Kowalski", "IT Manager", "shane.kowalski")
    w = g.Word(accent="00838F")
    w.header(HARBOURLINE, "Service report")
    w.h("Moreton Bay Seafoods – Azure Virtual Desktop – service report", 0)
    w.p("Harbourline Technologies · Priyanka Raman · 14 August 2026")
    w.h("What we run for Moreton Bay Seafoods", 1)
    w.table(
        [
            ["Component", "Detail", "Numbers"],
            [
                "Host pools",
                "hp-mbs-office (pooled, Windows 11 multi-session), hp-mbs-pack (packing-floor kiosks)",
                "2 pools, 14 session hosts",
            ],
            ["Users", "Office staff, Redcliffe and Mooloolaba packing-floor supervisors, remote sales", "164 users"],
            [
                "Images",
                "Monthly golden image with Azure Image Builder; FSLogix profiles on Azure Files premium",
                "Image v2026.08",
            ],
            ["Scaling", "Scaling plan: 2 hosts overnight, up to 14 at 06:00 shift start", "–"],
        ]
    )
    w.h("This period (1 May – 31 July 2026)", 1)
    w.bullets(
        [
            "Migrated the packing-floor kiosks from the on-premises RDS farm (decommissioned 3 June 2026).",
            "Moved session hosts to the D8as_v5 size after load testing the ERP client; login time 38 s → 21 s.",
            "Set up Azure Monitor workbooks for session-host health and user experience.",
        ]
    )
    report = w.save(meta("MBS AVD service report", HL_ARCH.name, T(2026, 8, 14, 15, 0, 10)))
    m1 = Mail(
        HL_ARCH,
        [cc],
        "AVD service report – May to July",
        T(2026, 8, 14, 15, 30, 10),
        "Hi Shane,\n\nService report for the quarter attached. Happy to walk through it.\n\nCheers,\nPriyanka\n\n"
        + footer_block(HL_ARCH),
        attachments=[("MBS_AVD_Service_Report_Aug2026.docx", report)],
    )
    m2 = Mail(
        cc,
        [HL_ARCH],
        "RE: AVD service report – May to July",
        T(2026, 8, 17, 8, 12, 10),
        "Morning Priyanka,\n\nRead it over the weekend. Confirming Harbourline runs our Azure Virtual Desktop "
        "environment – both host pools, the 164 users and the packing-floor kiosks since the RDS farm went in June. "
        "The faster logins have been noticed on the floor. Report accepted.\n\nShane\n\n" + sig_block(cc),
        quoted=m1,
    )
    desk = Person("Harbourline Incentives", "incentives@harbourline.com.au", "Partner Programs", HARBOURLINE)
    fwd = Mail(
        HL_ARCH,
        [desk],
        "FW: RE: AVD service report – May to July",
        T(2026, 8, 24, 16, 2, 10),
        "Hi team,\n\nFor the Moreton Bay CPOR claim – Shane's acceptance of the AVD service report is below.\n\n"
        "Cheers,\nPriyanka\n\n" + footer_block(HL_ARCH),
        quoted=m2,
        forward=True,
    )
    files = {
        "MBS_AVD_Service_Report_Aug2026.docx": report,
        "FW_ RE_ AVD service report – May to July.msg": g.msg_file(fwd),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Azure",
        partner=HARBOURLINE,
        pc=HL_ARCH,
        cust=cust,
        cc=cc,
        workloads=["AZURE VIRTUAL DESKTOP"],
        submitted=T(2026, 8, 26, 10, 0, 10),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_moreton_bay_acceptance_only_inside_a_forward",
        claim,
        files,
        "action_required",
        "Azure usage: Harbourline's Word service report details the Azure Virtual Desktop environment it runs "
        "(2 host pools, 14 session hosts, 164 users, image pipeline, scaling plan, the kiosk migration in June). The "
        "customer's acceptance, though, reaches the claim only as quoted text inside a forward: the uploaded .msg is "
        "the partner architect's internal 'FW: RE: AVD service report' to Harbourline's incentives mailbox, sent "
        "from harbourline.com.au. The guide lists 'e-mails forwarded from customers' as insufficient material; the "
        "partner must upload the customer's original message (.msg/.eml or PDF print) or another acknowledgement.",
        "FW_ RE_ AVD service report – May to July.msg: From priyanka.raman@harbourline.com.au To "
        "incentives@harbourline.com.au; the customer's reply of 17 Aug 2026 appears only as quoted text under the "
        "forward's 'From: Shane Kowalski' header.",
        {"customer_acknowledgement": "fail", "activity_detail": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# public sector
# --------------------------------------------------------------------------------------------------------------

_SHARED: dict[str, Any] = {}

SABANA = Org(
    "Municipio Autónomo de Sabana Clara",
    "Municipio de Sabana Clara",
    "sabanaclara.pr.gov",
    "PR",
    "Sabana Clara, PR 00694",
    "Calle Muñoz Rivera 1, Casa Alcaldía",
    "#1565c0",
)
SABANA_CIO = person(SABANA, "Marisol Vega Rosado", "Directora de Sistemas de Información", "mvega")


def sabana_psd() -> bytes:
    """Sabana Clara's signed public sector disclosure (the standard wording)."""
    if "psd" not in _SHARED:
        pdf = h.psd_pdf(
            CARIBE,
            SABANA,
            "Microsoft Defender for Office 365 and Microsoft Entra ID P2 deployment and support",
            "USD 4,300 over the first 12 months",
            D(2026, 3, 12),
            "5041027|psd",
        )
        _SHARED["psd"] = scan_signed(
            pdf,
            h.psd_inks(SABANA_CIO.name, "Directora de Sistemas", "03/16/2026", seal=("MUNICIPIO DE", "SABANA CLARA")),
            "5041027|psds",
            T(2026, 3, 16, 14, 0, -4),
            scanner=6,
        )
    return _SHARED["psd"]


def pr_acceptance(cust: Org, cc: Person, rows: Sequence[tuple[str, str, str]], period: str, seed: str) -> bytes:
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, cc.title),
        Party("Proveedor / Partner", CARIBE.name, CN_PM.name, CN_PM.title),
    ]
    pdf = g.html_pdf(
        [
            f"""
<h1>Certificado de Aceptación / Acceptance Certificate</h1>
{
                kv(
                    [
                        ("Cliente / Customer", escape(cust.name)),
                        ("Proveedor / Partner", escape(CARIBE.name)),
                        ("Período / Period", period),
                    ]
                )
            }
{grid(["Servicio / Service", "Detalle / Detail", "Alcance / Scope"], rows, [24, 56, 20])}
<p>El cliente acepta los servicios descritos. / The customer accepts the services described.</p>
""",
            g.signoff("rows", parties, heading="Firmas / Signatures"),
        ],
        meta(f"Certificado de aceptacion {cust.short}", CN_PM.name, T(2026, 3, 30, 10, 0, -4)),
        seed,
        style=css(CARIBE.color),
        decor=g.Decor(CARIBE, right="Certificado de Aceptación", footer=escape(CARIBE.name)),
    )
    return pdf


def s504_027_sabana_clara_with_disclosure() -> Bundle:
    cid = "5041027"
    cust, cc = SABANA, SABANA_CIO
    acc = pr_acceptance(
        cust,
        cc,
        [
            (
                "Defender for Office 365",
                "Safe Links y Safe Attachments para todos los buzones; simulaciones de phishing trimestrales / "
                "Safe Links and Safe Attachments for all mailboxes; quarterly phishing simulations",
                "860 buzones / mailboxes",
            ),
            (
                "Entra ID P2",
                "Acceso condicional basado en riesgo; PIM para 11 administradores / risk-based Conditional Access; "
                "PIM for 11 administrators",
                "860 usuarios / users",
            ),
        ],
        "19/01/2026 – 27/03/2026",
        f"{cid}|acc",
    )
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, cc.title),
        Party("Proveedor / Partner", CARIBE.name, CN_PM.name, CN_PM.title),
    ]
    acc_scan = scan_signed(
        acc,
        [
            *g.sign_inks("rows", parties[0], 0, "03/31/2026", page=1),
            *g.sign_inks("rows", parties[1], 1, "03/31/2026", color=g.INK_BLACK, page=1),
        ],
        f"{cid}|accs",
        T(2026, 3, 31, 15, 0, -4),
    )
    files = {"Certificado_Aceptacion_Sabana_Clara_firmado.pdf": acc_scan, "PSD_Sabana_Clara_firmado.pdf": sabana_psd()}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=CARIBE,
        pc=CN_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        submitted=T(2026, 4, 20, 10, 0, -4),
        segment="public_sector",
        docs=[
            ("Certificado_Aceptacion_Sabana_Clara_firmado.pdf", "poe"),
            ("PSD_Sabana_Clara_firmado.pdf", "public_sector_disclosure"),
        ],
    )
    checks = g.cpor_ok(ps=True)
    checks["reused_evidence"] = ["pass", "warn"]
    return Bundle(
        f"{cid}_sabana_clara_public_sector_with_disclosure",
        claim,
        files,
        "approve",
        "Puerto Rico municipality (public sector), Security usage: the partner's written disclosure of the potential "
        "Microsoft compensation is acknowledged in writing – signed and sealed by the municipality's Director of "
        "Information Systems on 03/16/2026 – and the bilingual acceptance certificate (860 mailboxes / users, "
        "Defender for Office 365 and Entra ID P2) is signed 03/31/2026. The disclosure's standard wording is shared "
        "with other public-sector claims (boilerplate). UNSURE only on the queue check: this very signed disclosure "
        "file was later uploaded on claim 5041030 for another municipality; this bundle is the original (it names "
        "Sabana Clara and is signed by its official) – leaned approve.",
        "PSD_Sabana_Clara_firmado.pdf: acknowledgement signed by Marisol Vega Rosado, seal 'MUNICIPIO DE SABANA "
        "CLARA', '03/16/2026'.",
        checks,
    )


def s504_028_pima_valley_school_no_disclosure() -> Bundle:
    cid = "5041028"
    cust = Org(
        "Pima Valley Unified School District",
        "Pima Valley USD",
        "pimavalleyusd.org",
        "US",
        "Tucson, AZ 85745",
        "2150 W Anklam Rd",
        "#283593",
    )
    cc = person(cust, "Dr. Carmen Ybarra", "Chief Technology Officer", "cybarra")
    parties = [
        Party("District", cust.name, cc.name, cc.title),
        Party("Partner", SONORAN.name, SS_LEAD.name, SS_LEAD.title),
    ]
    report = g.report_pdf(
        SONORAN,
        [
            f"""
<h1>Completion Report – Endpoint and e-mail protection</h1>
{
                kv(
                    [
                        ("Customer", escape(cust.name)),
                        ("Period", "June 8 – August 14, 2026 (summer break rollout)"),
                        ("Schools", "14 elementary, 4 middle, 3 high schools and the district office"),
                    ]
                )
            }
{
                grid(
                    ["Workload", "Delivered", "Numbers"],
                    [
                        (
                            "Defender for Endpoint",
                            "Onboarding of staff laptops, lab PCs and servers; ASR rules; device groups per "
                            "school; web content filtering for staff devices",
                            "3,950 devices, 46 servers",
                        ),
                        (
                            "Defender for Office 365",
                            "Safe Links and Safe Attachments for staff and student mailboxes; impersonation "
                            "protection for the superintendent and business office",
                            "2,100 staff, 18,400 students",
                        ),
                    ],
                    [22, 56, 22],
                )
            }
""",
            g.signoff("rows", parties, heading="Acceptance"),
        ],
        meta("PVUSD completion report", SS_LEAD.name, T(2026, 8, 17, 10, 0, -7)),
        f"{cid}|rep",
        right="Completion Report",
    )
    signed = last_page_scanned(
        report,
        [
            *g.sign_inks("rows", parties[0], 0, "08/19/2026"),
            *g.sign_inks("rows", parties[1], 1, "08/19/2026", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 8, 19, 13, 0, -7),
        meta("PVUSD completion report signed", SS_LEAD.name, T(2026, 8, 20, 9, 0, -7)),
    )
    files = {"PVUSD_Completion_Report_signed.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=SONORAN,
        pc=SS_LEAD,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 9, 1, 10, 0, -7),
        segment="public_sector",
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_pima_valley_school_district_no_disclosure",
        claim,
        files,
        "action_required",
        "The signed completion report is fine (3,950 devices, 46 servers, mail protection for staff and students), "
        "but the customer is a US public school district – public sector (education) – on a Security usage claim. "
        "In the United States 'it is required for the Partner to disclose to the customer the potential fees, "
        "commission or compensation ... such disclosure will be in writing, and acknowledged by the customer in "
        "writing'. No disclosure is uploaded; the partner must add the acknowledged disclosure.",
        "customer.segment public_sector, country US; no public_sector_disclosure document in the bundle.",
        {
            "public_sector": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s504_029_appomattox_university_ba_no_psd_needed() -> Bundle:
    cid = "5041029"
    cust = Org(
        "Appomattox State University",
        "ASU",
        "appomattoxstate.edu",
        "US",
        "Farmville, VA 23901",
        "400 College Ave",
        "#4a148c",
    )
    cc = person(cust, "Denise Harlowe", "Associate CIO, Enterprise Applications", "dharlowe")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Implementation partner", BLUERIDGE.name, BR_SA.name, BR_SA.title),
    ]
    cert = br_golive(
        cust,
        "BRD-GL-2026-021",
        D(2026, 8, 10),
        [
            (
                "Dynamics 365 Customer Service",
                "One Stop student services: cases for financial aid, registrar and housing; omnichannel chat on the "
                "student portal; 6 queues with SLAs for the enrolment peak; knowledge base of 320 articles",
                "48",
            ),
        ],
        [
            ("Go-live date", "August 3, 2026 (before fall enrolment)"),
            ("Production environment", "asu-onestop.crm.dynamics.com"),
        ],
        parties,
        f"{cid}|gl",
    )
    signed = g.esign(
        cert,
        cc,
        T(2026, 8, 12, 10, 5, -4),
        f"{cid}|env",
        sig_anchor=cc.name,
        sig_dx=184,
        sig_dy=4,
        date_anchor=cc.name,
        date_dx=296,
        date_dy=2,
        date_text="8/12/2026",
        vendor="docusign",
        certificate=True,
        sender=BR_SA,
        ip="152.44.117.20",
    )
    files = {"ASU_GoLive_Acceptance_BRD-GL-2026-021_Completed.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Business Applications",
        partner=BLUERIDGE,
        pc=BR_SA,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        submitted=T(2026, 8, 25, 10, 0, -4),
        segment="public_sector",
        docs=[(p, "poe") for p in files],
    )
    checks = g.cpor_ok()
    return Bundle(
        f"{cid}_appomattox_state_university_ba_usage",
        claim,
        files,
        "approve",
        "A US public university is public sector, but this is a Business Applications usage claim: the guide's "
        "written fee-disclosure requirement is 'only applicable for Modern Work & Security usage incentive claims' "
        "(and for Partner Activities), and Business Applications usage is non-incentivized recognition. No "
        "disclosure is needed. The go-live certificate (Blue Ridge's own template, shared with claim 5041022: "
        "boilerplate) details the One Stop Customer Service rollout for 48 agents and is DocuSign-signed by the "
        "Associate CIO on 8/12/2026 with the certificate of completion.",
        "DocuSign signature of Denise Harlowe, certificate 08/12/2026; segment public_sector, Business Applications.",
        checks,
    )


def s504_030_rio_cristal_borrowed_disclosure() -> Bundle:
    cid = "5041030"
    cust = Org(
        "Municipio Autónomo de Río Cristal",
        "Municipio de Río Cristal",
        "riocristal.pr.gov",
        "PR",
        "Río Cristal, PR 00739",
        "Plaza Pública, Calle Betances 2",
        "#00695c",
    )
    cc = person(cust, "José Luis Cintrón", "Director de Tecnología", "jlcintron")
    acc = pr_acceptance(
        cust,
        cc,
        [
            (
                "Defender for Endpoint",
                "Incorporación de equipos de la alcaldía, policía municipal y biblioteca; reglas ASR / onboarding of "
                "city hall, municipal police and library devices; ASR rules",
                "540 equipos / devices",
            ),
            (
                "Intune",
                "Inscripción de portátiles y tabletas de la policía municipal; políticas de cumplimiento / enrolment "
                "of police laptops and tablets; compliance policies",
                "210 dispositivos / devices",
            ),
        ],
        "04/05/2026 – 26/06/2026",
        f"{cid}|acc",
    )
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, cc.title),
        Party("Proveedor / Partner", CARIBE.name, CN_PM.name, CN_PM.title),
    ]
    acc_scan = scan_signed(
        acc,
        [
            *g.sign_inks("rows", parties[0], 0, "06/30/2026", page=1),
            *g.sign_inks("rows", parties[1], 1, "06/30/2026", color=g.INK_BLACK, page=1),
        ],
        f"{cid}|accs",
        T(2026, 6, 30, 15, 0, -4),
    )
    files = {"Certificado_Aceptacion_Rio_Cristal.pdf": acc_scan, "PSD_Rio_Cristal_firmado.pdf": sabana_psd()}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=CARIBE,
        pc=CN_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 7, 14, 10, 0, -4),
        segment="public_sector",
        docs=[
            ("Certificado_Aceptacion_Rio_Cristal.pdf", "poe"),
            ("PSD_Rio_Cristal_firmado.pdf", "public_sector_disclosure"),
        ],
    )
    return Bundle(
        f"{cid}_rio_cristal_disclosure_of_other_municipality",
        claim,
        files,
        "action_required",
        "Puerto Rico municipality, Security usage: the acceptance certificate is Río Cristal's own and signed, but "
        "the file uploaded as 'PSD_Rio_Cristal_firmado.pdf' is the disclosure addressed to the Municipio Autónomo de "
        "Sabana Clara, signed by Sabana Clara's Director of Information Systems – the identical scan submitted on "
        "claim 5041027. Río Cristal itself never acknowledged a disclosure in writing, as the guide requires for US "
        "and Puerto Rico public-sector customers. (The shared disclosure wording alone would be boilerplate; this is "
        "the same signed document.)",
        "PSD file: 'Customer: Municipio Autónomo de Sabana Clara', signed 'Marisol Vega Rosado' 03/16/2026 – same "
        "bytes as 5041027's PSD.",
        {"public_sector": "fail", "reused_evidence": "fail", "customer_acknowledgement": "pass"},
    )


def s504_031_ptp_slovak_only_protocol() -> Bundle:
    cid = "5041031"
    cust = Org(
        "Podtatranské pekárne a.s.",
        "Podtatranské pekárne",
        "ptpekarne.sk",
        "SK",
        "058 01 Poprad",
        "Priemyselná 12",
        "#8d6e63",
        "IČO 36448217",
    )
    cc = person(cust, "Ing. Lucia Kováčová", "vedúca IT", "lucia.kovacova")
    labels = ("Meno", "Funkcia", "Podpis", "Dátum")
    parties = [
        Party("Objednávateľ", cust.name, cc.name, "vedúca IT"),
        Party("Zhotoviteľ", TATRA.name, TC_PM.name, "projektový manažér"),
    ]
    html = f"""
<h1>PREBERACÍ PROTOKOL</h1>
<p style="font-size:12pt">Nasadenie Microsoft Teams a SharePoint Online</p>
{
        kv(
            [
                ("Objednávateľ", f"{escape(cust.name)}, {escape(cust.address)}, {escape(cust.reg)}"),
                ("Zhotoviteľ", f"{escape(TATRA.name)}, {escape(TATRA.address)}"),
                ("Zmluva", "TC-ZML-2025-088"),
                ("Obdobie", "2. 2. 2026 – 17. 4. 2026"),
            ]
        )
    }
{
        grid(
            ["Služba", "Rozsah", "Stav"],
            [
                (
                    "Microsoft Teams",
                    "Tímy pre 6 prevádzok a centrálu; kanály pre zmeny v pekárňach; Teams schôdze pre "
                    "obchodných zástupcov; 248 používateľov",
                    "prevzaté",
                ),
                (
                    "SharePoint Online",
                    "Migrácia zdieľaných diskov (1,1 TB) na 12 lokalít; intranet „Pekáreň“; "
                    "retenčné štítky pre HACCP záznamy",
                    "prevzaté",
                ),
            ],
            [22, 60, 18],
        )
    }
<p>Objednávateľ preberá dielo bez výhrad. Zhotoviteľ odovzdal prevádzkovú dokumentáciu.</p>
""" + g.signoff("columns", parties, heading="Podpisy", labels=labels, company_label="Spoločnosť")
    pdf = g.html_pdf(
        html,
        meta("Preberaci protokol PTP", TC_PM.name, T(2026, 4, 20, 10, 0, 2)),
        f"{cid}|pp",
        style=css(TATRA.color),
        decor=g.Decor(
            TATRA, right="Preberací protokol · TC-ZML-2025-088", footer=escape(TATRA.name + " · " + TATRA.reg)
        ),
    )
    scan = scan_signed(
        pdf,
        [
            *g.sign_inks("columns", parties[0], 0, "22. 4. 2026", labels=labels),
            *g.sign_inks("columns", parties[1], 1, "22. 4. 2026", labels=labels, color=g.INK_BLACK),
            Ink(
                cc.name,
                "stamp",
                dx=60,
                dy=0,
                h=40,
                lines=("PODTATRANSKÉ PEKÁRNE a.s.", "POPRAD"),
                color=(40, 60, 150),
                yanchor=labels[2],
                y_dy=-4,
                yocc=-1,
            ),
        ],
        f"{cid}|scan",
        T(2026, 4, 22, 13, 0, 2),
    )
    files = {"Preberaci_protokol_PTP_podpisany.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=TATRA,
        pc=TC_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 6, 10, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_podtatranske_pekarne_slovak_only",
        claim,
        files,
        "action_required",
        "A signed and stamped acceptance protocol (22. 4. 2026) that is entirely in Slovak – title, scope table "
        "('Tímy pre 6 prevádzok…', 'Migrácia zdieľaných diskov (1,1 TB)…') and acceptance sentence – with no "
        "English version. POE documents must be reviewable in English, so the partner must upload an English (or "
        "bilingual) version of the protocol.",
        "Protocol text 'PREBERACÍ PROTOKOL … Objednávateľ preberá dielo bez výhrad.' – no English.",
        {"document_language": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
        container="zip-folder",
    )


# --------------------------------------------------------------------------------------------------------------
# Harbourline: a signed acceptance, and its signature pasted into another customer's certificate
# --------------------------------------------------------------------------------------------------------------


def hl_certificate(
    cust: Org, cc: Person, ref: str, rows: Sequence[tuple[str, str, str]], period: str, day: dt.date, seed: str
) -> tuple[bytes, list[Party]]:
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Harbourline", HARBOURLINE.name, HL_PM.name, HL_PM.title),
    ]
    html = f"""
<h1>Project Acceptance Certificate</h1>
{kv([("Customer", escape(cust.name)), ("Project", ref), ("Period", period)])}
{grid(["Workload", "Delivered", "Scope"], rows, [22, 58, 20])}
<p>The customer confirms that the work above has been delivered and accepts the project.</p>
""" + g.signoff("rows", parties, heading="Signatures")
    pdf = g.html_pdf(
        html,
        meta(f"Project Acceptance {cust.short}", HL_PM.name, T(day.year, day.month, day.day, 9, 0, 10)),
        seed,
        style=css(HARBOURLINE.color),
        decor=g.Decor(
            HARBOURLINE, right=f"Project Acceptance · {ref}", footer=escape(HARBOURLINE.name + " · " + HARBOURLINE.reg)
        ),
    )
    return pdf, parties


TAMAR = Org(
    "Tamar Valley Dairy Pty Ltd",
    "Tamar Valley Dairy",
    "tamarvalleydairy.com.au",
    "AU",
    "Legana TAS 7277",
    "55 Freshwater Point Road",
    "#1565c0",
)
TAMAR_IT = person(TAMAR, "Graham Pike", "IT Manager", "graham.pike")


def tamar_scan() -> tuple[bytes, bytes]:
    """Tamar Valley Dairy's signed certificate, and the signature cut from it (as a copier would crop it)."""
    if "tamar" not in _SHARED:
        pdf, parties = hl_certificate(
            TAMAR,
            TAMAR_IT,
            "HL-PRJ-2026-008",
            [
                (
                    "Intune",
                    "Autopilot for 96 laptops; shared-device mode for 40 milking-shed and factory tablets; "
                    "compliance and update rings",
                    "136 devices",
                ),
                (
                    "Defender for Endpoint",
                    "Onboarding through Intune; ASR rules in block mode; EDR block mode; "
                    "device groups for Legana factory and 3 farms",
                    "136 devices, 9 servers",
                ),
            ],
            "2 February – 10 April 2026",
            D(2026, 4, 13),
            "5041032|cert",
        )
        dpi = 150
        scan = g.scan_pdf(
            pdf,
            [
                *g.sign_inks("rows", parties[0], 0, "14/04/2026"),
                *g.sign_inks("rows", parties[1], 1, "14/04/2026", color=g.INK_BLACK),
            ],
            "5041032|scan",
            T(2026, 4, 14, 15, 30, 10),
            dpi=dpi,
            skew=0.0,
            scanner=4,
        )
        with pymupdf.open("pdf", pdf) as src:
            _, rect = g._locate(src, Ink(TAMAR_IT.name, "sig"))
        crop = h.crop_from_scan(scan, 0, (rect.x0 + 178, rect.y0 - 8, rect.x0 + 290, rect.y0 + 30), dpi)
        _SHARED["tamar"] = (scan, crop)
    return _SHARED["tamar"]


def s504_032_tamar_valley_signed_original() -> Bundle:
    cid = "5041032"
    scan, _ = tamar_scan()
    files = {"HL-PRJ-2026-008_Acceptance_Tamar_Valley_Dairy.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=HARBOURLINE,
        pc=HL_PM,
        cust=TAMAR,
        cc=TAMAR_IT,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 28, 10, 0, 10),
        docs=[(p, "poe") for p in files],
    )
    checks = g.cpor_ok()
    checks["reused_evidence"] = ["pass", "warn"]
    return Bundle(
        f"{cid}_tamar_valley_signed_certificate_original",
        claim,
        files,
        "approve",
        "Scanned acceptance certificate naming Tamar Valley Dairy and Harbourline, with 136 devices in Intune "
        "(96 Autopilot laptops, 40 shared tablets) and MDE on 136 devices + 9 servers, signed in ink by the "
        "customer's IT Manager on 14/04/2026 (Australian day-first), two weeks before submission. UNSURE only on "
        "the queue check: this signature was later cut out and pasted into claim 5041033's certificate for another "
        "customer; this bundle is plainly the original (ink on a scan of the customer's own certificate, earlier) – "
        "leaned approve.",
        "Scan: Customer row 'Graham Pike, IT Manager' signed, '14/04/2026'.",
        checks,
    )


def s504_033_coral_coast_pasted_signature() -> Bundle:
    cid = "5041033"
    _, crop = tamar_scan()
    cust = Org(
        "Coral Coast Resorts Pty Ltd",
        "Coral Coast Resorts",
        "coralcoastresorts.com.au",
        "AU",
        "Port Douglas QLD 4877",
        "18 Macrossan Street",
        "#f57f17",
    )
    cc = person(cust, "Leanne Duffy", "Group IT Manager", "leanne.duffy")
    pdf, parties = hl_certificate(
        cust,
        cc,
        "HL-PRJ-2026-015",
        [
            (
                "Intune",
                "Autopilot for 74 front-office laptops; kiosk mode for 52 reception and spa tablets across 4 resorts",
                "126 devices",
            ),
            (
                "Defender for Endpoint",
                "Onboarding through Intune; ASR rules; device groups per resort",
                "126 devices, 6 servers",
            ),
        ],
        "4 May – 26 June 2026",
        D(2026, 7, 1),
        f"{cid}|cert",
    )
    pasted = g.stamp_pdf(
        pdf,
        [
            Ink(cc.name, "image", dx=178, dy=-6, h=26, picture=crop),
            Ink(cc.name, "hand", "03/07/2026", dx=296, dy=2, h=12, color=(0, 0, 0)),
            *g.sign_inks("rows", parties[1], 1, "03/07/2026", color=g.INK_BLACK),
        ],
        f"{cid}|paste",
        meta("Project Acceptance Coral Coast Resorts", HL_PM.name, T(2026, 7, 3, 11, 0, 10)),
    )
    files = {"HL-PRJ-2026-015_Acceptance_Coral_Coast_Resorts.pdf": pasted}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=HARBOURLINE,
        pc=HL_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 7, 7, 10, 0, 10),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_coral_coast_signature_pasted_from_other_claim",
        claim,
        files,
        "action_required",
        "Born-digital certificate whose 'customer signature' above Leanne Duffy's name is a picture: the signature "
        "cut out of Tamar Valley Dairy's scanned certificate on claim 5041032 (Graham Pike's signature, with the "
        "scan's grey background), pasted in. 'Copying/pasting physical signatures' is not acceptable and the "
        "signature is reused from another claim; the customer's real acknowledgement is missing.",
        "Page 1: signature image in the Customer row identical to the signature on 5041032's scan.",
        {"customer_acknowledgement": "fail", "reused_evidence": "fail", "activity_detail": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# two partners claim the same customer workloads
# --------------------------------------------------------------------------------------------------------------

PRAIRIE = Org(
    "Prairie Harvest Co-operative Ltd",
    "Prairie Harvest",
    "prairieharvest.coop",
    "CA",
    "Regina, SK S4P 3Y2",
    "2625 Victoria Ave",
    "#f9a825",
)
PRAIRIE_IT = person(PRAIRIE, "Lyle Bergstrom", "IT Manager", "lbergstrom")


def s504_034_prairie_harvest_incoming_partner() -> Bundle:
    cid = "5041034"
    cust, cc = PRAIRIE, PRAIRIE_IT
    parties = [
        Party("Prairie Harvest Co-operative", cust.name, cc.name, cc.title),
        Party("Maple Grove IT Services", MAPLEGROVE.name, MG_PM.name, MG_PM.title),
    ]
    review = g.report_pdf(
        MAPLEGROVE,
        [
            f"""
<h1>Managed Endpoint Service – Q1 2026 Service Review</h1>
{
                kv(
                    [
                        ("Customer", escape(cust.name)),
                        ("Agreement", "MG-MSA-2025-061, service start January 1, 2026"),
                        ("Period", "January 1 – March 31, 2026"),
                    ]
                )
            }
<h2>Transition</h2>
<p>Maple Grove took over endpoint management and Defender monitoring from the previous provider on January 1, 2026:
Intune tenant audit, co-management with Configuration Manager retired, Defender for Endpoint policies rebuilt.</p>
{
                grid(
                    ["Workload", "Q1 2026", "Numbers"],
                    [
                        (
                            "Intune",
                            "Autopilot for new laptops; 41 grain-elevator kiosk PCs in shared mode; compliance 96.8%; "
                            "Windows 11 upgrade of 310 devices",
                            "1,180 devices",
                        ),
                        (
                            "Defender for Endpoint",
                            "Onboarding completed for elevators and agro centres; ASR rules in block mode; "
                            "17 incidents handled (2 high severity)",
                            "1,180 endpoints, 64 servers",
                        ),
                    ],
                    [20, 58, 22],
                )
            }
<h2>Next quarter</h2>{
                ul(
                    [
                        "Defender Vulnerability Management reports to the co-op board",
                        "Retire the last 22 Windows 10 PCs at the Yorkton elevator",
                    ]
                )
            }
""",
            g.signoff("rows", parties, heading="Service review sign-off"),
        ],
        meta("Prairie Harvest Q1 2026 service review", MG_PM.name, T(2026, 4, 22, 10, 0, -6)),
        f"{cid}|rev",
        right="Quarterly Service Review",
    )
    signed = last_page_scanned(
        review,
        [
            *g.sign_inks("rows", parties[0], 0, "April 24/26"),
            *g.sign_inks("rows", parties[1], 1, "April 24/26", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 4, 24, 14, 0, -6),
        meta("Prairie Harvest Q1 2026 service review (signed)", MG_PM.name, T(2026, 4, 27, 9, 0, -6)),
    )
    files = {"Prairie_Harvest_Q1-2026_Service_Review_signed.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=MAPLEGROVE,
        pc=MG_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 5, 12, 10, 0, -6),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_prairie_harvest_current_provider_wins_conflict",
        claim,
        files,
        "approve",
        "Conflicting claims: Maple Grove (this claim) and Chinook Systems (5041035) both claim INTUNE and MICROSOFT "
        "DEFENDER ENDPOINT for the same Prairie Harvest tenant. Maple Grove's Q1 2026 service review is signed by "
        "the customer's IT Manager on 'April 24/26' and shows the ongoing work (1,180 devices, 17 incidents, service "
        "since January 1, 2026); Chinook's own evidence is a 2023 MSA and the customer's e-mail saying the work "
        "moved to Maple Grove. The POE team 'determine[s] which partner drove the most influence': Maple Grove, "
        "conflict winner.",
        "Signed review page: customer row 'Lyle Bergstrom' dated 'April 24/26'; 'service start January 1, 2026'.",
        g.cpor_ok(),
    )


def s504_035_prairie_harvest_former_provider() -> Bundle:
    cid = "5041035"
    cust, cc = PRAIRIE, PRAIRIE_IT
    parties = [
        Party("Customer", cust.name, "Dwayne Fehr", "Chief Financial Officer"),
        Party("Provider", CHINOOK.name, "Grant Olafson", "President"),
    ]
    msa = g.html_pdf(
        [
            f"""
<h1>Master Services Agreement</h1>
{
                kv(
                    [
                        ("Customer", escape(cust.name)),
                        ("Provider", escape(CHINOOK.name)),
                        ("Effective date", "February 14, 2023"),
                        ("Term", "Three (3) years, renewable by written agreement"),
                    ]
                )
            }
<h2>1. Services</h2><p>Provider will deliver the managed IT services described in statements of work issued under this
Agreement, including endpoint management and security monitoring.</p>
<h2>2. Fees</h2><p>As set out in each statement of work. Invoices are payable within 30 days.</p>
<h2>3. Termination</h2><p>Either party may terminate on ninety (90) days' written notice.</p>
<h2>4. Confidentiality, liability, governing law</h2><p>Standard terms; the laws of the Province of Alberta
apply.</p>
""",
            g.signoff("lines", parties, heading="Executed by the parties"),
        ],
        meta("Chinook MSA Prairie Harvest", "Chinook Systems", T(2023, 2, 10, 10, 0, -7)),
        f"{cid}|msa",
        style=css(CHINOOK.color),
        decor=g.Decor(CHINOOK, right="Master Services Agreement", footer=escape(CHINOOK.name)),
    )
    msa_scan = scan_signed(
        msa,
        [
            *g.sign_inks("lines", parties[0], 0, "Feb 14, 2023", page=1),
            *g.sign_inks("lines", parties[1], 1, "Feb 14, 2023", color=g.INK_BLACK, page=1),
        ],
        f"{cid}|msas",
        T(2023, 2, 14, 16, 0, -7),
    )
    m1 = Mail(
        CH_AM,
        [cc],
        "December invoice and transition",
        T(2026, 1, 8, 9, 0, -7),
        "Hi Lyle,\n\nAttaching the final December invoice. Let us know if we can help with anything on Intune or "
        "Defender going forward.\n\nBryce\n\n" + footer_block(CH_AM),
    )
    m2 = Mail(
        cc,
        [CH_AM],
        "RE: December invoice and transition",
        T(2026, 1, 9, 10, 31, -6),
        "Hi Bryce,\n\nThanks. As you know, from January 1 our endpoint management and Defender monitoring moved to "
        "Maple Grove IT under the new managed services agreement, so we won't need Chinook for Intune or Defender "
        "going forward. Thanks for the three years of support – the invoice is with accounts payable.\n\nLyle\n\n"
        + sig_block(cc, "Prairie Harvest Co-operative Ltd | Regina"),
        quoted=m1,
    )
    files = {
        "Prairie_Harvest_MSA_2023_signed.pdf": msa_scan,
        "RE_ December invoice and transition.msg": msg_rx(m2, seed=f"{cid}|rx"),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=CHINOOK,
        pc=CH_AM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 5, 20, 10, 0, -6),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_prairie_harvest_former_provider_loses",
        claim,
        files,
        "reject",
        "Conflicting claim with 5041034 on the same tenant and workloads. Chinook's POE is an MSA signed in February "
        "2023 (older than 12 months, and an MSA without recent engagement documentation is not POE) and a customer "
        "e-mail of 9 Jan 2026 that says the opposite of an acknowledgement: 'from January 1 our endpoint management "
        "and Defender monitoring moved to Maple Grove IT … we won't need Chinook for Intune or Defender going "
        "forward'. Chinook no longer services these workloads; the conflict goes to Maple Grove and this claim is "
        "rejected.",
        "MSA 'Effective date February 14, 2023'; e-mail from lbergstrom@prairieharvest.coop 2026-01-09 'moved to "
        "Maple Grove IT'.",
        {"acknowledgement_date": "fail", "reused_evidence": "pass"},
    )


def s504_036_drentse_service_terminated() -> Bundle:
    cid = "5041036"
    cust = Org(
        "Drentse Aardappelverwerking B.V.",
        "Drentse Aardappel",
        "drentse-aardappel.nl",
        "NL",
        "7821 AJ Emmen",
        "Bargermeerweg 60",
        "#827717",
    )
    cc = person(cust, "Harm Zwiers", "ICT-coördinator", "h.zwiers")
    w = g.Word(accent="EF6C00")
    w.header(ZUIDERZEE, "Maandrapportage / Monthly service report")
    w.h("Drentse Aardappelverwerking – Werkplekbeheer – februari 2026", 0)
    w.p("Zuiderzee Cloud B.V. · Sanne Bakker · 3 maart 2026 / 3 March 2026")
    w.table(
        [
            ["Onderdeel / Area", "Februari 2026 / February 2026"],
            ["Exchange Online", "214 postbussen / mailboxes; 2 gedeelde postbussen aangemaakt / 2 shared mailboxes"],
            ["SharePoint Online", "Archief productie-specificaties gemigreerd / production spec archive migrated"],
            ["Teams", "186 actieve gebruikers / active users; ploegenkanalen voor de fabriek / shift channels"],
            ["Tickets", "43 meldingen, 41 opgelost / 43 tickets, 41 resolved"],
        ]
    )
    w.h("Overdracht / Handover", 1)
    w.p(
        "Conform de opzegging van 28 november 2025 eindigt de beheerovereenkomst op 28 februari 2026. Alle "
        "beheerrechten zijn overgedragen aan de ICT-coördinator. / In line with the notice of 28 November 2025 "
        "the managed service agreement ends on 28 February 2026. All admin rights were handed to the customer's "
        "ICT coordinator."
    )
    report = w.save(meta("Maandrapportage februari 2026 DAV", ZZ_PM.name, T(2026, 3, 3, 16, 0, 1)))
    m1 = Mail(
        ZZ_PM,
        [cc],
        "Laatste maandrapportage en overdracht",
        T(2026, 3, 4, 9, 0, 1),
        "Hoi Harm,\n\nHierbij de laatste maandrapportage. Kun je bevestigen dat de overdracht compleet is?\n\n"
        "Groet,\nSanne\n\n" + footer_block(ZZ_PM),
        attachments=[("Maandrapportage_februari_2026_DAV.docx", report)],
    )
    m2 = Mail(
        cc,
        [ZZ_PM],
        "RE: Laatste maandrapportage en overdracht",
        T(2026, 3, 6, 11, 15, 1),
        "Hoi Sanne,\n\nBevestigd: zoals aangekondigd in onze opzegging van 28 november 2025 is de beheerovereenkomst "
        "per 28 februari 2026 beëindigd; vanaf maart doen we het beheer van Exchange, SharePoint en Teams met ons "
        "eigen team. / Confirmed: as announced in our notice of 28 November 2025 the managed service agreement "
        "ended on 28 February 2026; from March we manage Exchange, SharePoint and Teams with our own team.\n\nDank "
        "voor de migratie en twee jaar goede ondersteuning. / Thanks for the migration and two years of good "
        "support.\n\nHarm\n\n" + sig_block(cc, "Drentse Aardappelverwerking B.V. | Emmen"),
        quoted=m1,
    )
    files = {
        "Maandrapportage_februari_2026_DAV.docx": report,
        "RE_ Laatste maandrapportage en overdracht.eml": eml_rx(m2, seed=f"{cid}|rx"),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=ZUIDERZEE,
        pc=ZZ_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "SHAREPOINT ONLINE", "TEAMS"],
        submitted=T(2026, 4, 14, 10, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    RULE_ONLY[cid] = "the customer's letter says the engagement ended before submission"
    return Bundle(
        f"{cid}_drentse_aardappel_service_ended_before_claim",
        claim,
        files,
        "reject",
        "The evidence is genuine and from the customer's domain, but it documents the end of the engagement: the "
        "customer confirms (6 Mar 2026) that the managed service agreement 'ended on 28 February 2026; from March we "
        "manage Exchange, SharePoint and Teams with our own team', and the partner's own February report records the "
        "handover of all admin rights. The claim was submitted on 14 Apr 2026, after the partner stopped servicing "
        "the workloads. CPOR recognises a partner 'actively managing or supporting' a workload ('Only select products "
        "you are actively engaged with the customer on. Otherwise your association may be rejected'): reject.",
        "E-mail from h.zwiers@drentse-aardappel.nl: 'the managed service agreement ended on 28 February 2026'.",
        {"customer_domain": "pass", "activity_detail": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# CPOR claims that come back: resubmissions and disputes
# --------------------------------------------------------------------------------------------------------------


def s504_037_tamna_resubmitted_in_time() -> Bundle:
    cid = "5041037"
    cust = Org(
        "Tamna Ocean Resort Co., Ltd.",
        "Tamna Ocean Resort",
        "tamnaresort.co.kr",
        "KR",
        "Seogwipo-si, Jeju 63535",
        "72 Jungmungwangwang-ro",
        "#00838f",
    )
    cc = person(cust, "Kang Min-seo", "IT Team Lead (IT팀장)", "minseo.kang")
    report = g.report_pdf(
        HALLASAN,
        f"""
<h1>Project Report – Mail and Device Protection</h1>
{kv([("Customer", escape(cust.name)), ("Period", "2025-11-17 ~ 2026-01-16"), ("Reference", "HC-PRJ-2025-044")])}
{
            grid(
                ["Workload", "Delivered", "Numbers"],
                [
                    (
                        "Defender for Office 365",
                        "Safe Links, Safe Attachments, anti-phishing with impersonation protection for "
                        "the reservations and finance teams; 2 attack simulations",
                        "640 mailboxes",
                    ),
                    (
                        "Intune",
                        "Front-desk and housekeeping tablets in shared mode; Autopilot for office laptops; compliance "
                        "policies",
                        "212 tablets, 150 laptops",
                    ),
                ],
                [22, 58, 20],
            )
        }
""",
        meta("Tamna project report", HC_PM.name, T(2026, 1, 20, 10, 0, 9)),
        f"{cid}|rep",
        right="Project Report",
    )
    html = f"""
<h1>검수 확인서 / Acceptance Certificate</h1>
{
        kv(
            [
                ("고객사 / Customer", "탐라오션리조트(주) / " + escape(cust.name)),
                ("수행사 / Partner", "한라산클라우드(주) / " + escape(HALLASAN.name)),
                ("기간 / Period", "2025-11-17 ~ 2026-01-16"),
            ]
        )
    }
{
        grid(
            ["항목 / Item", "내용 / Work performed"],
            [
                (
                    "Defender for Office 365",
                    "메일박스 640개 보호 정책, 피싱 모의훈련 2회 / Protection policies for 640 mailboxes, "
                    "2 phishing simulations",
                ),
                (
                    "Intune",
                    "프런트 태블릿 212대, 사무용 노트북 150대 등록 / Enrolled 212 front-desk tablets and 150 office "
                    "laptops",
                ),
            ],
            [26, 74],
        )
    }
<p>위와 같이 검수를 완료하였음을 확인합니다. / We confirm that the work above has been inspected and accepted.</p>
<p style="margin-top:16pt">2026년 2월 10일 / 10 February 2026</p>
<p>탐라오션리조트(주) IT팀장 강민서 / Kang Min-seo, IT Team Lead &#160;&#160;&#160;(인)</p>
"""
    cert = g.html_pdf(
        html,
        meta("검수 확인서", HC_PM.name, T(2026, 2, 9, 10, 0, 9)),
        f"{cid}|cert",
        style=css(HALLASAN.color),
        decor=g.Decor(HALLASAN, right="검수 확인서", footer=escape(HALLASAN.name)),
    )
    cert_scan = scan_signed(
        cert,
        [
            Ink("(인)", "seal", dx=-10, dy=-24, h=58, lines=("탐라오션", "리조트"), cjk=True),
            Ink("(인)", "sig", "Kang Minseo", dx=-120, dy=-30, h=26, color=g.INK_BLACK),
        ],
        f"{cid}|certs",
        T(2026, 2, 10, 15, 0, 9),
        gray=False,
    )
    first, asked, resub = T(2026, 2, 2, 10, 0, 9), T(2026, 2, 6, 9, 0), T(2026, 2, 15, 11, 0, 9)
    files = {"Tamna_Project_Report.pdf": report, "Resubmission/검수확인서_Acceptance_Tamna_signed.pdf": cert_scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=HALLASAN,
        pc=HC_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "INTUNE"],
        submitted=resub,
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the POE does not include a customer acknowledgement. Please upload a "
                "customer-signed document or the customer's acknowledgement e-mail and resubmit within 14 days.",
            ),
            ("partner", resub - dt.timedelta(minutes=3), "Signed acceptance certificate (검수 확인서) uploaded."),
        ],
        history=[
            ("submission", first, HC_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", resub - dt.timedelta(minutes=5), HC_PM.email),
            ("submission", resub, HC_PM.email),
        ],
    )
    return Bundle(
        f"{cid}_tamna_resubmitted_with_signed_acceptance_in_time",
        claim,
        files,
        "approve",
        f"Returned for a missing customer acknowledgement on 2026-02-06 and resubmitted on 2026-02-15, "
        f"{days(asked, resub)} days later – within the fourteen calendar days the partner has to resubmit. The new "
        "Korean/English acceptance certificate repeats the work (640 mailboxes, 212 tablets + 150 laptops) in both "
        "languages and is signed and sealed by the customer's IT Team Lead on 10 February 2026 (2026년 2월 10일). "
        "The reason for the request is resolved.",
        "History: action required 02-06, submission 02-15; scan with red seal and signature beside '(인)'.",
        g.cpor_ok(),
    )


def s504_038_hampi_resubmitted_after_14_days() -> Bundle:
    cid = "5041038"
    cust = Org(
        "Hampi Granite Exports Pvt. Ltd.",
        "Hampi Granite",
        "hampigranite.in",
        "IN",
        "Hosapete 583201, Karnataka",
        "Survey No. 114, Station Road",
        "#5d4037",
    )
    cc = person(cust, "Venkatesh Rao", "IT Head", "venkatesh.rao")
    body = f"""
<p>To: {escape(KAVERI.name)}</p>
<h2>Acceptance – Microsoft Teams and SharePoint Online</h2>
<p>{escape(cust.name)} confirms that Kaveri Cloudworks has delivered:</p>
{
        ul(
            [
                "Microsoft Teams for 236 staff at the Hosapete quarry office, the two cutting units and the Chennai "
                "port "
                "office; channels for export orders and shipping documents.",
                "SharePoint Online: 14 sites; export documentation (phytosanitary, bills of lading) migrated from the "
                "file "
                "server (820 GB); external sharing for 3 shipping agents.",
            ]
        )
    }
<p>Project period: 5 January – 6 March 2026. We accept the work.</p>
<p style="margin-top:24pt">Signature: ______________________</p>
<p>{escape(cc.name)}, {escape(cc.title)}</p>
<p>Date: ______________</p>
"""
    letter = letterhead(cust, body, meta("Hampi acceptance", cc.name, T(2026, 4, 2, 10, 0, 5.5)), f"{cid}|let")
    signed = scan_signed(
        letter,
        [
            Ink("Signature:", "sig", cc.name, dx=70, dy=-14, h=30),
            Ink("Date:", "hand", "02-04-2026", dx=40, dy=-4, h=13),
        ],
        f"{cid}|lets",
        T(2026, 4, 2, 15, 0, 5.5),
        dpi=96,
        quality=45,
    )
    first, asked, resub = T(2026, 3, 16, 10, 0, 5.5), T(2026, 3, 20, 9, 0), T(2026, 4, 8, 12, 0, 5.5)
    files = {"Hampi_Granite_Acceptance_dated.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=KAVERI,
        pc=KV_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=resub,
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the customer's signature on the acceptance letter is not dated. "
                "Please upload a dated customer acknowledgement and resubmit within 14 days.",
            ),
            (
                "partner",
                resub - dt.timedelta(minutes=4),
                "Dated acceptance attached, sorry for the delay – the customer's IT head was travelling.",
            ),
        ],
        history=[
            ("submission", first, KV_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", resub - dt.timedelta(minutes=6), KV_PM.email),
            ("submission", resub, KV_PM.email),
        ],
    )
    RULE_ONLY[cid] = "resubmitted after the fourteen calendar days of Partner Action Required"
    return Bundle(
        f"{cid}_hampi_granite_resubmitted_after_14_days",
        claim,
        files,
        "reject",
        f"The claim was set to action required on 2026-03-20 for an undated acknowledgement and resubmitted only on "
        f"2026-04-08, {days(asked, resub)} days later. 'You have fourteen calendar days to resubmit your claim with "
        "the requested information or it is automatically rejected.' The dated letter (02-04-2026) would have fixed "
        "the issue, but it came after the deadline.",
        "History: action required 2026-03-20T09:00Z, submission 2026-04-08 (19 days).",
        {
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s504_039_cerro_colorado_dispute_with_acceptance() -> Bundle:
    cid = "5041039"
    cust = Org(
        "Viña Cerro Colorado S.A.",
        "Cerro Colorado",
        "vinacerrocolorado.cl",
        "CL",
        "Santa Cruz, Valle de Colchagua",
        "Ruta I-50, km 14",
        "#880e4f",
    )
    cc = person(cust, "Pilar Echeverría", "Jefa de Tecnología", "pilar.echeverria")
    report = g.report_pdf(
        ALTIPLANO,
        f"""
<h1>Informe de cierre / Close-out report – Microsoft 365</h1>
{
            kv(
                [
                    ("Cliente / Customer", escape(cust.name)),
                    ("Período / Period", "2 de marzo – 10 de abril de 2026 / 2 March – 10 April 2026"),
                ]
            )
        }
{
            grid(
                ["Servicio / Workload", "Entregado / Delivered", "Volumen / Volume"],
                [
                    (
                        "Exchange Online",
                        "Migración desde Google Workspace; buzones compartidos de exportaciones y enoturismo / "
                        "migration from Google Workspace; shared mailboxes for exports and wine tourism",
                        "174 buzones / mailboxes",
                    ),
                    (
                        "Teams",
                        "Equipos por viñedo y bodega; canal de vendimia / teams per vineyard and winery; harvest "
                        "channel",
                        "168 usuarios / users",
                    ),
                ],
                [22, 58, 20],
            )
        }
""",
        meta("Informe de cierre Cerro Colorado", AD_PM.name, T(2026, 4, 14, 10, 0, -4)),
        f"{cid}|rep",
        right="Informe de cierre / Close-out report",
    )
    m1 = Mail(
        AD_PM,
        [cc],
        "Cierre de proyecto M365",
        T(2026, 4, 15, 9, 30, -4),
        "Hola Pilar,\n\nTe envío el informe de cierre del proyecto Microsoft 365. Quedamos atentos a tu "
        "confirmación.\n\nSaludos,\nFelipe\n\n" + footer_block(AD_PM),
        attachments=[("Informe_de_cierre_Cerro_Colorado.pdf", report)],
        lang="es",
    )
    m2 = Mail(
        cc,
        [AD_PM],
        "RE: Cierre de proyecto M365",
        T(2026, 5, 14, 12, 5, -4),
        "Hola Felipe,\n\nDisculpa la demora, estábamos en plena vendimia. Confirmo que Viña Cerro Colorado acepta el "
        "proyecto Microsoft 365 entregado por Altiplano Digital: 174 buzones migrados desde Google Workspace y Teams "
        "para 168 usuarios en los viñedos y la bodega.\n\nEnglish: Viña Cerro Colorado accepts the Microsoft 365 "
        "project delivered by Altiplano Digital – 174 mailboxes migrated from Google Workspace and Teams for 168 "
        "users.\n\nSaludos,\nPilar\n\n" + sig_block(cc, "Viña Cerro Colorado S.A. | Santa Cruz, Colchagua"),
        quoted=m1,
        lang="es",
    )
    files = {
        "Informe_de_cierre_Cerro_Colorado.pdf": report,
        "Cierre de proyecto M365.msg": g.msg_file(m1),
        "Disputa/RE_ Cierre de proyecto M365.msg": msg_rx(m2, seed=f"{cid}|rx"),
    }
    first, rejected = T(2026, 4, 27, 10, 0, -4), T(2026, 5, 6, 9, 0)
    disputed, sub = T(2026, 5, 19, 11, 0, -4), T(2026, 5, 27, 10, 0, -4)
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=ALTIPLANO,
        pc=AD_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=sub,
        status="disputed",
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "microsoft",
                rejected,
                "Dear Partner, the only e-mail is the partner's own message sending the report; "
                "the customer never acknowledged the work. Your claim has been rejected.",
            ),
            (
                "partner",
                sub - dt.timedelta(minutes=4),
                "Disputa: adjuntamos la aceptación de la cliente / customer's acceptance attached.",
            ),
        ],
        history=[
            ("submission", first, AD_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, AD_PM.email),
            ("document submission", sub - dt.timedelta(minutes=6), AD_PM.email),
            ("submission", sub, AD_PM.email),
        ],
    )
    return Bundle(
        f"{cid}_cerro_colorado_dispute_adds_customer_acceptance",
        claim,
        files,
        "approve",
        f"Rejected on 2026-05-06 because the only e-mail was the partner's; disputed and submitted on 2026-05-27, "
        f"{days(rejected, sub)} days after the rejection (within the 30-day dispute window). The dispute adds what "
        "was missing: the customer's reply of 14 May 2026 from vinacerrocolorado.cl, in Spanish with an English "
        "line, accepting the Microsoft 365 project (174 mailboxes, Teams for 168 users). The close-out report gives "
        "the detail. The rejection reason is resolved.",
        "Disputa/RE_ Cierre de proyecto M365.msg from pilar.echeverria@vinacerrocolorado.cl: 'Viña Cerro Colorado "
        "accepts the Microsoft 365 project delivered by Altiplano Digital'.",
        g.cpor_ok(email_ack=True),
        container="zip",
    )


def s504_040_val_di_non_dispute_without_fix() -> Bundle:
    cid = "5041040"
    cust = Org(
        "Salumificio Val di Non S.p.A.",
        "Salumificio Val di Non",
        "salumivaldinon.it",
        "IT",
        "38023 Cles (TN)",
        "Via Trento 58",
        "#b71c1c",
    )
    cc = person(cust, "Chiara Endrizzi", "IT Manager", "c.endrizzi")
    letter = letterhead(
        cust,
        f"""
<p>Cles, 20/05/2026</p>
<p><b>Spett.le {escape(DOLOMITI.name)}</b></p>
<h2>Dichiarazione / Statement</h2>
<p>Con la presente confermiamo che Dolomiti Cloud ha fornito servizi di migrazione, test e supporto continuo per
Microsoft 365. / We confirm that Dolomiti Cloud has provided migration, testing and ongoing support services for
Microsoft 365.</p>
<p style="margin-top:24pt">Firma / Signature: ____________________</p>
<p>{escape(cc.name)}, {escape(cc.title)}</p>
""",
        meta("Dichiarazione Dolomiti Cloud", cc.name, T(2026, 5, 20, 10, 0, 2)),
        f"{cid}|let",
    )
    letter_scan = scan_signed(
        letter,
        [Ink("Firma / Signature:", "sig", cc.name, dx=120, dy=-14, h=30)],
        f"{cid}|lets",
        T(2026, 5, 20, 12, 0, 2),
    )
    brochure = g.slides_pdf(
        DOLOMITI,
        [
            (
                "Perché Microsoft 365 / Why Microsoft 365",
                ul(
                    [
                        "Word, Excel, PowerPoint and Outlook – always up to date, on every device.",
                        "Teams brings chat, meetings and files together so your people can work from anywhere.",
                        "Enterprise-grade security and compliance built in.",
                    ]
                ),
            ),
            (
                "I nostri servizi / Our services",
                ul(
                    [
                        "Migration",
                        "Testing",
                        "Ongoing support",
                        "Training",
                    ]
                ),
            ),
        ],
        meta("Perche Microsoft 365", "Dolomiti Cloud Marketing", T(2025, 10, 1, 10, 0, 2), g.PPT),
        f"{cid}|bro",
        "Dolomiti Cloud · Microsoft Solutions Partner",
    )
    files = {"Dichiarazione_Salumificio_Val_di_Non.pdf": letter_scan, "Disputa/Perche_Microsoft_365.pdf": brochure}
    first, rejected = T(2026, 6, 3, 10, 0, 2), T(2026, 6, 15, 9, 0)
    disputed, sub = T(2026, 6, 29, 10, 0, 2), T(2026, 7, 2, 10, 0, 2)
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=DOLOMITI,
        pc=DC_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT 365 APPS", "TEAMS"],
        submitted=sub,
        status="disputed",
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "microsoft",
                rejected,
                "Dear Partner, the POE lists only high-level tasks ('migration, testing, ongoing "
                "support') with no users, timelines or services per workload. Your claim has been rejected.",
            ),
            (
                "partner",
                sub - dt.timedelta(minutes=3),
                "Dispute: the customer signed our statement and we attach our "
                "Microsoft 365 service overview, which explains the services. Please reconsider.",
            ),
        ],
        history=[
            ("submission", first, DC_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, DC_PM.email),
            ("document submission", sub - dt.timedelta(minutes=5), DC_PM.email),
            ("submission", sub, DC_PM.email),
        ],
    )
    return Bundle(
        f"{cid}_val_di_non_dispute_adds_only_a_brochure",
        claim,
        files,
        "reject",
        "Rejected for a generic POE; the dispute (submitted within 30 days) re-uploads the same one-sentence signed "
        "statement ('migration, testing and ongoing support services for Microsoft 365') and adds a marketing deck "
        "of general product benefits. The guide's insufficient material is exactly 'general product benefits taken "
        "from technical or promotional materials, list of high-level tasks (e.g. testing, ongoing support)'. Nothing "
        "resolves the rejection reason, and 'if your submitted dispute is rejected, this is a final decision'.",
        "Statement 'servizi di migrazione, test e supporto continuo'; Disputa/Perche_Microsoft_365.pdf 'Word, Excel, "
        "PowerPoint and Outlook – always up to date'.",
        {"activity_detail": "fail", "reused_evidence": "pass"},
    )


def s504_041_tampines_dispute_after_30_days() -> Bundle:
    cid = "5041041"
    cust = Org(
        "Tampines Precision Engineering Pte. Ltd.",
        "Tampines Precision",
        "tampinesprecision.com.sg",
        "SG",
        "Singapore 528872",
        "21 Tampines Industrial Crescent",
        "#455a64",
    )
    cc = person(cust, "Goh Wei Ming", "IT Manager", "weiming.goh")
    report = g.report_pdf(
        LIONCITY,
        f"""
<h1>Defender rollout – completion report</h1>
{kv([("Customer", escape(cust.name)), ("Period", "6 April – 5 June 2026"), ("Reference", "LCC-PRJ-2026-022")])}
{
            grid(
                ["Workload", "Delivered", "Numbers"],
                [
                    (
                        "Defender for Endpoint",
                        "Onboarding via Intune and GPO; ASR in block mode; CNC-programming PCs in a "
                        "separate device group with passive mode",
                        "410 endpoints, 26 servers",
                    ),
                    (
                        "Defender for Office 365",
                        "Safe Links, Safe Attachments, anti-phishing; 1 attack simulation",
                        "385 mailboxes",
                    ),
                ],
                [22, 58, 20],
            )
        }
""",
        meta("TPE Defender completion report", LC_PM.name, T(2026, 6, 8, 10, 0, 8)),
        f"{cid}|rep",
        right="Completion report",
    )
    m1 = Mail(
        LC_PM,
        [cc],
        "Defender rollout sign-off",
        T(2026, 6, 9, 10, 0, 8),
        "Hi Wei Ming,\n\nCompletion report attached – could you confirm sign-off?\n\nThanks,\nAisyah\n\n"
        + footer_block(LC_PM),
        attachments=[("TPE_Defender_Completion_Report.pdf", report)],
    )
    m2 = Mail(
        cc,
        [LC_PM],
        "RE: Defender rollout sign-off",
        T(2026, 6, 12, 16, 40, 8),
        "Hi Aisyah,\n\nConfirmed – Tampines Precision signs off the Defender for Endpoint (410 endpoints, 26 servers) "
        "and Defender for Office 365 (385 mailboxes) rollout delivered by Lion City Cyber.\n\nRegards,\nWei Ming\n\n"
        + sig_block(cc),
        quoted=m1,
    )
    shot = g.png(g.outlook_screenshot(m2, LC_PM, f"{cid}|shot"))
    files = {
        "TPE_Defender_Completion_Report.pdf": report,
        "TPE_signoff_screenshot.png": shot,
        "Dispute/RE_ Defender rollout sign-off.eml": eml_rx(m2, seed=f"{cid}|rx"),
    }
    first, rejected = T(2026, 6, 22, 10, 0, 8), T(2026, 7, 2, 9, 0)
    disputed = T(2026, 8, 10, 10, 0, 8)
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=LIONCITY,
        pc=LC_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=disputed + dt.timedelta(minutes=20),
        status="disputed",
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "microsoft",
                rejected,
                "Dear Partner, the only customer acknowledgement is a screenshot of an e-mail; "
                "flat images of e-mails are not accepted. Your claim has been rejected.",
            ),
            ("partner", disputed + dt.timedelta(minutes=15), "Dispute: original e-mail (.eml) now attached."),
        ],
        history=[
            ("submission", first, LC_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, LC_PM.email),
            ("document submission", disputed + dt.timedelta(minutes=17), LC_PM.email),
            ("submission", disputed + dt.timedelta(minutes=20), LC_PM.email),
        ],
    )
    RULE_ONLY[cid] = "disputed more than 30 days after the rejection"
    return Bundle(
        f"{cid}_tampines_dispute_opened_after_30_days",
        claim,
        files,
        "reject",
        f"Rejected on 2026-07-02 (screenshot-only acknowledgement); the dispute was opened and submitted on "
        f"2026-08-10, {days(rejected, disputed)} days after the rejection. 'Claims can be disputed up to 30 days "
        "after rejection … After 30 days, a new claim will need to be submitted.' The original .eml now attached "
        "would have fixed the problem, but the dispute is out of time.",
        "History: rejected 2026-07-02, disputed 2026-08-10, submission 2026-08-10.",
        {"customer_domain": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Partner Activities: AMMP (fixed payout by the partner's market) and variable-payout engagements
# --------------------------------------------------------------------------------------------------------------


def eng(key: str, usd: float | None = None) -> dict[str, Any]:
    table = {
        "tpe": ("SEC-TPE-VAR", "Threat Protection Engagement", "standard", "variable"),
        "dse": ("SEC-DSE-VAR", "Data Security Engagement", "standard", "variable"),
        "copilot": ("MW-COPILOT-ACC-VAR", "Microsoft 365 Copilot Accelerator", "standard", "variable"),
        "frontline": ("MW-FRONTLINE-WS-VAR", "Modern Work Frontline Workshop", "standard", "variable"),
        "agent": ("MW-CSTUDIO-AIAD-VAR", "Copilot Studio Agent in a Day", "standard", "variable"),
        "id_assess": ("SEC-ID-ASSESS-VAR", "Secure Identities and Access Assessment", "assessment", "variable"),
        "cspa": ("AZ-SEC-POSTURE-ASSESS-VAR", "Cloud Security Posture Assessment", "assessment", "variable"),
        "analytics_m": (
            "AZ-INNOV-ANALYTICS-M-VAR",
            "Azure Innovate PL: Analytics Deployment (Medium)",
            "medium",
            "variable",
        ),
        "ai_poc": ("AZ-INNOV-AIAPPS-POC-VAR", "Azure Innovate PL: AI Apps Pilot/POC", "standard", "variable"),
        "ai_xs": ("AZ-INNOV-AIAPPS-XS-VAR", "Azure Innovate PL: AI Apps Deployment (XS)", "xs_small", "variable"),
        "sentinel": ("SEC-SENTINEL-MM-VAR", "Microsoft Sentinel Migrate & Modernize", "standard", "variable"),
    }
    eid, name, activity, payout = table[key]
    return g.engagement(eid, name, activity, payout, usd)


def s504_042_sunshine_coast_ammp_market_a() -> Bundle:
    cid = "5041042"
    cust = Org(
        "Sunshine Coast Freight Pty Ltd",
        "Sunshine Coast Freight",
        "scfreight.com.au",
        "AU",
        "Maroochydore QLD 4558",
        "8 Aerodrome Road",
        "#ef6c00",
    )
    cc = person(cust, "Bronwyn Keller", "General Manager – Technology", "bronwyn.keller")
    files, claim = g.ammp_claim(
        cid,
        "scfreight",
        HARBOURLINE,
        HL_ARCH,
        cust,
        cc,
        consent=D(2026, 3, 2),
        submitted=T(2026, 6, 24, 10, 0, 10),
        app="Freight booking & tracking portal (ASP.NET Core, SQL Server)",
        arr="USD 92,000 per year",
        dates=["16/03/2026", "03/04/2026", "22/05/2026", "05/06/2026"],
        amount=15000.0,
        inv_no="HL-INV-2026-0188",
        date_style="gb",
        sign_when=T(2026, 6, 10, 11, 0, 10),
        date_text="10/06/2026",
        invoice_kw={"date_style": "gb_long", "bank": "Westpac · USD account 033-212 184471"},
    )
    return Bundle(
        f"{cid}_sunshine_coast_freight_ammp_market_a",
        claim,
        files,
        "approve",
        "AMMP (Small) claim from an Australian partner: Australia is a Market A country, so the fixed payout is "
        "USD 15,000 and the invoice shows exactly that with the claim ID and the partner's name. The programme "
        "template lists the four activities done and is signed by the customer (10/06/2026); both surveys carry "
        f"full name, company and job title; submitted {days(D(2026, 3, 2), T(2026, 6, 24))} days after consent "
        "(XS/small projects: 120).",
        "Invoice HL-INV-2026-0188: 'MCI Engagement Claim ID 5041042', USD 15,000.00; consent 2026-03-02 → "
        "submitted 2026-06-24.",
        g.pa_ok(),
    )


def s504_043_molinos_litoral_ammp_market_c() -> Bundle:
    cid = "5041043"
    cust = Org(
        "Molinos del Litoral S.A.",
        "Molinos del Litoral",
        "molinoslitoral.com.ar",
        "AR",
        "S2000 Rosario, Santa Fe",
        "Av. Belgrano 1450",
        "#6d4c41",
    )
    cc = person(cust, "Sebastián Ruiz Díaz", "Gerente de Tecnología", "sruizdiaz")
    files, claim = g.ammp_claim(
        cid,
        "molinos",
        PAMPAS,
        PT_PM,
        cust,
        cc,
        consent=D(2026, 4, 6),
        submitted=T(2026, 7, 30, 11, 0, -3),
        app="Grain quota & weighbridge system (Java, Oracle)",
        arr="USD 38,000 per year",
        dates=["20/04/2026", "08/05/2026", "03/07/2026", "17/07/2026"],
        amount=7500.0,
        inv_no="PT-A-0004-00000871",
        date_style="gb",
        sign_when=T(2026, 7, 21, 10, 0, -3),
        date_text="21/07/2026",
        invoice_kw={"date_style": "gb", "title": "FACTURA E / INVOICE", "bank": "Banco Galicia · cuenta USD"},
    )
    return Bundle(
        f"{cid}_molinos_del_litoral_ammp_market_c",
        claim,
        files,
        "approve",
        "AMMP (Small) claim from an Argentine partner: Argentina is in neither the Market A nor the Market B list, "
        "so it is Market C and USD 7,500 is the right fixed payout; the export invoice ('FACTURA E / INVOICE') shows "
        "the claim ID, the partner and USD 7,500.00. Signed programme template with the four activities, complete "
        f"surveys, submitted {days(D(2026, 4, 6), T(2026, 7, 30))} days after consent (120 allowed).",
        "Invoice PT-A-0004-00000871: USD 7,500.00, 'MCI Engagement Claim ID 5041043'.",
        g.pa_ok(),
        container="zip-folder",
    )


def s504_044_funivie_brenta_ammp_wrong_market() -> Bundle:
    cid = "5041044"
    cust = Org(
        "Funivie del Brenta S.p.A.",
        "Funivie del Brenta",
        "funiviebrenta.it",
        "IT",
        "38086 Madonna di Campiglio (TN)",
        "Via Presanella 12",
        "#1565c0",
    )
    cc = person(cust, "Davide Maffei", "Responsabile Sistemi Informativi", "d.maffei")
    files, claim = g.ammp_claim(
        cid,
        "funivie",
        DOLOMITI,
        DC_PM,
        cust,
        cc,
        consent=D(2026, 2, 16),
        submitted=T(2026, 6, 5, 10, 0, 2),
        app="Ski-pass and lift access platform (.NET Framework, SQL Server)",
        arr="USD 64,000 per year",
        dates=["02/03/2026", "20/03/2026", "15/05/2026", "29/05/2026"],
        amount=15000.0,
        inv_no="DC-FT-2026-0133",
        date_style="gb",
        sign_when=T(2026, 5, 29, 12, 0, 2),
        date_text="29/05/2026",
        invoice_kw={"date_style": "gb", "title": "FATTURA / INVOICE", "bank": "Cassa Rurale · conto USD"},
    )
    checks = g.pa_ok()
    checks["invoice"] = "fail"
    return Bundle(
        f"{cid}_funivie_brenta_ammp_invoice_at_market_a_rate",
        claim,
        files,
        "action_required",
        "Everything is in order except the amount: the partner is in Italy, a Market B country, where the AMMP "
        "(Small) payout is USD 12,000 – but the invoice asks for USD 15,000, the Market A rate. 'Invoice amount must "
        "match payout amount for Partner Market + engagement combination.' The partner must upload a corrected "
        "invoice.",
        "Invoice DC-FT-2026-0133: USD 15,000.00; partner.country IT (Market B: USD 12,000).",
        checks,
    )


def s504_045_atitlan_ammp_modernization_deferred() -> Bundle:
    cid = "5041045"
    cust = Org(
        "Beneficio de Café Atitlán, S.A.",
        "Café Atitlán",
        "cafeatitlan.com.gt",
        "GT",
        "Panajachel, Sololá",
        "Km 147 Carretera a Panajachel",
        "#4e342e",
    )
    cc = person(cust, "Luis Fernando Ajú", "Jefe de Informática", "lfaju")
    parties = [Party("Customer", cust.name, cc.name, cc.title), Party("Partner", QUETZAL.name, QS_PM.name, QS_PM.title)]
    app = "Coffee-lot traceability system (PHP, MySQL)"
    details = paras(
        f"{escape(QUETZAL.name)} reviewed the customer's applications and set up the Azure landing zone between "
        "23/02/2026 and 20/03/2026. At the customer's request the migration of the traceability system was "
        "postponed until after the 2026/27 harvest (planned for Q4 2026): the application still runs on the "
        "on-premises server in Panajachel, and no Azure security services were configured yet.",
        "Estimated Azure consumption once in production: USD 31,000 per year.",
    )
    poe = g.ammp_poe(
        QUETZAL,
        cust,
        cid,
        app,
        "USD 31,000 per year (estimate)",
        [
            (
                "03/03/2026",
                "9 applications reviewed with the customer; traceability system selected; compatibility report v1.1",
            ),
            ("20/03/2026", "Hub-and-spoke landing zone, 4 subscriptions, 14 policy assignments"),
            ("Diferido / Deferred", "Postponed by the customer to Q4 2026 – application not migrated"),
            ("—", "Not started"),
        ],
        details,
        parties,
        D(2026, 5, 14),
        f"{cid}|ammp",
        date_style="gb",
        author=QS_PM.name,
    )
    signed = scan_signed(
        poe,
        [
            *g.sign_inks("columns", parties[0], 0, "14/05/2026"),
            *g.sign_inks("columns", parties[1], 1, "14/05/2026", color=g.INK_BLACK),
        ],
        f"{cid}|ammps",
        T(2026, 5, 14, 15, 0, -6),
    )
    kit_files, kit_docs = g.pa_kit(
        cid,
        QUETZAL,
        QS_PM,
        cc,
        g.AMMP_NAME,
        7500.0,
        "QS-FAC-2026-0219",
        D(2026, 5, 20),
        T(2026, 5, 22, 10, 0, -6),
        T(2026, 5, 21, 10, 0, -6),
        activities="Application review and Azure landing zone; migration of the traceability system postponed to "
        "Q4 2026",
        outcome="Landing zone ready; application migration deferred by the customer to Q4 2026",
        participants="6",
        invoice_kw={"date_style": "gb", "title": "FACTURA / INVOICE", "bank": "Banco Industrial · cuenta USD"},
    )
    files = {"POE/AMMP_POE_Cafe_Atitlan_firmado.pdf": signed, **kit_files}
    consent, submitted = D(2026, 2, 9), T(2026, 5, 28, 10, 0, -6)
    claim = g.make_claim(
        cid,
        program="partner_activities",
        area="Azure",
        partner=QUETZAL,
        pc=QS_PM,
        cust=cust,
        cc=cc,
        submitted=submitted,
        docs=[("POE/AMMP_POE_Cafe_Atitlan_firmado.pdf", "poe"), *kit_docs],
        eng=g.engagement("AMMP-ADM-S", g.AMMP_NAME, "xs_small", "fixed"),
        consent=consent,
        history=[
            ("customer consent approved", T(2026, 2, 9, 12), "-"),
            ("document submission", submitted - dt.timedelta(minutes=3), QS_PM.email),
            ("submission", submitted, QS_PM.email),
        ],
    )
    RULE_ONLY[cid] = "the engagement's required activities were not completed"
    return Bundle(
        f"{cid}_cafe_atitlan_ammp_modernization_not_done",
        claim,
        files,
        "reject",
        "The signed AMMP template itself shows the engagement was not delivered: only the assessment and the landing "
        "zone are done; 'Modernization activities' is 'Deferred … application not migrated' and security is 'Not "
        "started'. AMMP requires 'Application Compatibility Assessment/Review, Landing Zone Setup or Review, "
        "Modernization activities …' to be completed 'for your customer engagement to be considered fully "
        "delivered', and the project (planned consumption after 12 months in production) never reached production. "
        "Invoice (USD 7,500, Market C), surveys and timing are fine. UNSURE between reject and action required: "
        "no further document can make the deferred work done within this claim's window, so leaned reject.",
        "AMMP template row 3 'Diferido / Deferred – Postponed by the customer to Q4 2026 – application not migrated'.",
        {"invoice": "pass", "attestations": "pass", "submission_window": "pass", "reused_evidence": "pass"},
    )


def s504_046_reloncavi_bilingual_findings() -> Bundle:
    cid = "5041046"
    cust = Org(
        "Salmones del Reloncaví S.A.",
        "Salmones Reloncaví",
        "salmonesreloncavi.cl",
        "CL",
        "Puerto Montt, Región de Los Lagos",
        "Av. Diego Portales 2000, piso 6",
        "#e64a19",
    )
    cc = person(cust, "Rodrigo Oyarzún", "Subgerente de TI", "rodrigo.oyarzun")
    e = eng("tpe", 3900.0)
    report = h.findings_report(
        ALTIPLANO,
        "Threat Protection Engagement – Hallazgos y recomendaciones / Findings and recommendations",
        [
            ("Cliente / Customer", cust.name),
            ("Fechas / Dates", "19/05/2026 – 30/06/2026"),
            (
                "Alcance / Scope",
                "Defender XDR en 180 equipos y 420 buzones; 12 centros de cultivo / "
                "Defender XDR trial on 180 devices and 420 mailboxes; 12 farming sites",
            ),
            ("Reclamo MCI / MCI claim", cid),
        ],
        [
            (
                "Amenazas detectadas / Threats found",
                grid(
                    ["#", "Hallazgo / Finding", "Severidad / Severity"],
                    [
                        (
                            "1",
                            "Phishing de suplantación al área de exportaciones (3 cuentas comprometidas) / "
                            "impersonation phishing against the export team (3 compromised accounts)",
                            "Alta / High",
                        ),
                        (
                            "2",
                            "Regla de reenvío a Gmail en el buzón de un proveedor de alimento / forwarding rule to "
                            "Gmail on a feed-supplier mailbox",
                            "Alta / High",
                        ),
                        (
                            "3",
                            "47 equipos de centros de cultivo sin parches desde 2024 / 47 farming-site PCs "
                            "unpatched since 2024",
                            "Media / Medium",
                        ),
                    ],
                    [6, 76, 18],
                ),
            ),
            (
                "Recomendaciones / Recommendations",
                ul(
                    [
                        "Defender for Office 365 Plan 2 para los 420 buzones / for all 420 mailboxes.",
                        "Defender for Endpoint en los 12 centros con conectividad satelital / on the 12 "
                        "satellite-linked "
                        "farming sites.",
                        "MFA resistente a phishing para exportaciones y finanzas / phishing-resistant MFA for export "
                        "and "
                        "finance.",
                    ]
                ),
            ),
        ],
        T(2026, 7, 2, 17, 0, -4),
        AD_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        ALTIPLANO,
        AD_PM,
        cust,
        cc,
        area="Security",
        eng=e,
        consent=D(2026, 5, 4),
        submitted=T(2026, 7, 20, 10, 0, -4),
        poe={"TPE_Hallazgos_Findings_Salmones_Reloncavi.pdf": report},
        amount=3900.0,
        inv_no="AD-FAC-2026-0311",
        inv_day=D(2026, 7, 14),
        activities="Prueba de Defender XDR, exploración de amenazas y taller de resultados / Defender XDR trial, "
        "threat exploration, results workshop",
        outcome="3 findings incl. compromised export accounts; Defender rollout plan for 12 farming sites",
        participants="8",
        invoice_kw={"date_style": "gb", "title": "FACTURA / INVOICE", "bank": "Banco de Chile · cuenta USD"},
    )
    return Bundle(
        f"{cid}_salmones_reloncavi_bilingual_findings",
        claim,
        files,
        "approve",
        "Security Partner Activities engagement with a variable payout of USD 3,900: the findings report is "
        "Spanish/English with every statement in both languages (3 concrete threats incl. compromised export "
        "accounts, recommendations per site), the invoice shows the claim ID, the partner and USD 3,900.00, both "
        f"surveys are signed in full, and the claim was submitted {days(D(2026, 5, 4), T(2026, 7, 20))} days after "
        "consent (standard: 90).",
        "Invoice AD-FAC-2026-0311 USD 3,900.00 = proposed payout; bilingual findings report.",
        g.pa_ok(),
    )


def s504_047_saaremaa_invoice_from_latvian_entity() -> Bundle:
    cid = "5041047"
    cust = Org(
        "Saaremaa Kalatööstus AS",
        "Saaremaa Kala",
        "saaremaakala.ee",
        "EE",
        "93815 Kuressaare",
        "Sadama 14",
        "#01579b",
    )
    cc = person(cust, "Kadri Saar", "IT juht / Head of IT", "kadri.saar")
    e = eng("copilot", 5200.0)
    report = h.findings_report(
        BALTIC,
        "Microsoft 365 Copilot Accelerator – Delivery report",
        [
            ("Customer", cust.name),
            ("Dates", "15 June – 31 July 2026"),
            ("Pilot group", "40 users: sales, quality, logistics, management"),
            ("MCI claim", cid),
        ],
        [
            (
                "Readiness",
                ul(
                    [
                        "SharePoint permissions reviewed on 22 sites; 3 oversharing findings fixed (HR, pricing, "
                        "audits).",
                        "Sensitivity labels applied to customer contracts before Copilot enablement.",
                    ]
                ),
            ),
            (
                "Scenarios",
                ul(
                    [
                        "Sales: customer visit summaries and offer drafts for Finnish and Swedish buyers.",
                        "Quality: HACCP deviation reports drafted from Teams meeting transcripts.",
                        "Logistics: weekly ferry-slot planning summary from Excel.",
                    ]
                ),
            ),
            (
                "Results and plan",
                "<p>Weekly active Copilot users 34 of 40; rollout to 120 office staff planned for Q4 2026.</p>",
            ),
        ],
        T(2026, 8, 3, 16, 0, 3),
        BA_PM.name,
        f"{cid}|rep",
        right="Delivery report",
    )
    invoice = g.invoice_pdf(
        BALTIC_LV,
        "BAI-LV-2026-0093",
        D(2026, 8, 10),
        [(f"MCI Engagement Claim ID {cid} – {e['name']}\nCustomer: {cust.name}", 5200.0)],
        f"{cid}|inv",
        date_style="gb",
        bank="AS Swedbank (Latvia) · USD account LV28 HABA 0551 0284 4712 0",
        extra="<p class='small'>Baltic Amber IT SIA · Reg. Nr. 40203228471 · Rīga</p>",
    )
    files, claim = h.pa_claim(
        cid,
        BALTIC,
        BA_PM,
        cust,
        cc,
        area="Modern Work",
        eng=e,
        consent=D(2026, 6, 1),
        submitted=T(2026, 8, 14, 10, 0, 3),
        poe={"Copilot_Accelerator_Delivery_Report_Saaremaa_Kala.pdf": report},
        amount=5200.0,
        inv_no="BAI-LV-2026-0093",
        inv_day=D(2026, 8, 10),
        activities="Copilot readiness, 3 scenarios, pilot for 40 users",
        outcome="34 of 40 weekly active; rollout plan for 120 staff",
        participants="40",
        invoice_pdf_bytes=invoice,
    )
    checks = g.pa_ok()
    checks["invoice"] = "fail"
    return Bundle(
        f"{cid}_saaremaa_invoice_issued_by_latvian_entity",
        claim,
        files,
        "action_required",
        "Good delivery report, surveys and timing, and the invoice shows the claim ID and USD 5,200 – but it is "
        "issued by Baltic Amber IT SIA, the group's Latvian company in Rīga (Reg. Nr. 40203228471), not by the "
        "claiming partner Baltic Amber IT OÜ of Tallinn. The invoice must carry the 'Partner Name associated with "
        "location ID'; another legal entity's invoice cannot be paid against this location. A corrected invoice from "
        "the claiming entity is needed.",
        "Invoice header 'Baltic Amber IT SIA, Elizabetes iela 45, Rīga'; claim partner 'Baltic Amber IT OÜ' (EE).",
        checks,
    )


def s504_048_spreewald_customer_bill_as_invoice() -> Bundle:
    cid = "5041048"
    cust = Org(
        "Spreewald Gurkenhof GmbH",
        "Spreewald Gurkenhof",
        "spreewald-gurkenhof.de",
        "DE",
        "03222 Lübbenau/Spreewald",
        "Gurkenweg 3",
        "#558b2f",
    )
    cc = person(cust, "Anja Krüger", "IT-Leiterin / Head of IT", "a.krueger")
    e = eng("dse", 4400.0)
    report = h.findings_report(
        ALSTERWERK,
        "Data Security Engagement – Findings and Recommendations",
        [("Customer", cust.name), ("Dates", "4 May – 12 June 2026"), ("Users in scope", "260"), ("MCI claim", cid)],
        [
            (
                "Findings",
                grid(
                    ["#", "Finding", "Risk"],
                    [
                        ("1", "Recipe and supplier-price files shared with 'Anyone' links (214 files)", "High"),
                        ("2", "Former employees' OneDrive content still shared with external buyers", "Medium"),
                        ("3", "No sensitivity labels; e-mail DLP absent for customer price lists", "Medium"),
                    ],
                    [6, 76, 18],
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Sensitivity labels 'Intern', 'Vertraulich', 'Rezeptur' with auto-labelling for recipe files.",
                        "DLP for price lists leaving the tenant; Insider Risk policy for departing employees.",
                    ]
                ),
            ),
        ],
        T(2026, 6, 15, 17, 0, 2),
        AW_SEC.name,
        f"{cid}|rep",
    )
    rows = [
        ("1", "Data Security Engagement – Workshops und Analyse (Mai–Juni 2026)", "12.600,00"),
        ("2", "Umsetzung Sensitivity Labels – Phase 1", "6.000,00"),
    ]
    bill = g.html_pdf(
        f"""
<table><tr><td style="border:none;width:230pt"><h1>RECHNUNG</h1></td>
<td style="border:none;text-align:right;width:230pt"><b>{escape(ALSTERWERK.name)}</b><br/>{escape(ALSTERWERK.street)}
<br/>{escape(ALSTERWERK.city)}<br/>{escape(ALSTERWERK.reg)}</td></tr></table>
{
            kv(
                [
                    ("Rechnungs-Nr.", "RE-2026-0412"),
                    ("Rechnungsdatum", "19.06.2026"),
                    ("Kunden-Nr.", "K-10488"),
                    ("Leistungszeitraum", "04.05.2026 – 12.06.2026"),
                ],
                key_w=130,
                total=330,
            )
        }
<p><b>Rechnungsempfänger:</b><br/>{escape(cust.name)}<br/>z. Hd. {escape(cc.name)}<br/>{escape(cust.street)}<br/>
{escape(cust.city)}</p>
{grid(["Pos.", "Leistung", "Betrag €"], rows, [8, 70, 22])}
{
            kv(
                [("Nettobetrag", "€ 18.600,00"), ("MwSt. 19 %", "€ 3.534,00"), ("Gesamtbetrag", "<b>€ 22.134,00</b>")],
                key_w=130,
                total=330,
            )
        }
<p class="small">Zahlbar innerhalb von 14 Tagen ohne Abzug. Hamburger Sparkasse · IBAN DE12 2005 0550 1284 4712 00</p>
""",
        meta("Rechnung RE-2026-0412", "Buchhaltung", T(2026, 6, 19, 9, 30, 2)),
        f"{cid}|bill",
        style=css(ALSTERWERK.color),
        decor=g.Decor(ALSTERWERK, right=escape(ALSTERWERK.domain), numbers=""),
    )
    files, claim = h.pa_claim(
        cid,
        ALSTERWERK,
        AW_SEC,
        cust,
        cc,
        area="Security",
        eng=e,
        consent=D(2026, 4, 13),
        submitted=T(2026, 6, 26, 10, 0, 2),
        poe={"DSE_Findings_Spreewald_Gurkenhof.pdf": report},
        amount=4400.0,
        inv_no="RE-2026-0412",
        inv_day=D(2026, 6, 19),
        activities="Data security workshops, oversharing analysis, labelling and DLP recommendations",
        outcome="3 findings; labelling and DLP plan",
        participants="7",
        invoice_pdf_bytes=bill,
    )
    checks = g.pa_ok()
    checks["invoice"] = "fail"
    return Bundle(
        f"{cid}_spreewald_project_bill_uploaded_as_invoice",
        claim,
        files,
        "action_required",
        "The upload in the invoice slot is not an MCI claim invoice: 'RECHNUNG RE-2026-0412' is the partner's bill "
        "to the customer (Rechnungsempfänger: Spreewald Gurkenhof GmbH) for project work, EUR 18,600 net plus 19% "
        "MwSt., with no claim ID – not the incentive amount of USD 4,400 with the claim ID. The invoice must show the "
        "claim ID, the partner name and "
        "the pre-tax incentive amount in USD. Findings report, surveys and timing are fine.",
        "Invoice file: 'RECHNUNG', 'Rechnungsempfänger: Spreewald Gurkenhof GmbH', 'Nettobetrag € 18.600,00', no "
        "'5041048'.",
        checks,
    )


def s504_049_arusha_assessment_day_59() -> Bundle:
    cid = "5041049"
    cust = Org(
        "Arusha Coffee Mills Ltd",
        "Arusha Coffee Mills",
        "arushacoffeemills.co.tz",
        "TZ",
        "Arusha",
        "Njiro Industrial Area, Plot 22",
        "#5d4037",
    )
    cc = person(cust, "Elibariki Lyimo", "IT Manager", "elibariki.lyimo")
    e = eng("id_assess", 2400.0)
    consent, submitted = D(2026, 3, 2), T(2026, 4, 30, 16, 0, 3)
    report = h.findings_report(
        KILI,
        "Secure Identities and Access Assessment – Findings",
        [
            ("Customer", cust.name),
            ("Dates", "9 – 27 March 2026"),
            ("Identities reviewed", "318 users, 26 admins"),
            ("MCI claim", cid),
        ],
        [
            (
                "Findings",
                grid(
                    ["#", "Finding", "Risk"],
                    [
                        ("1", "MFA registered for 41% of users; none for the 9 export-office accounts", "High"),
                        ("2", "26 accounts with Global Administrator, 11 of them unused for 90 days", "High"),
                        ("3", "Legacy authentication still used by the weighbridge scanner service", "Medium"),
                    ],
                    [6, 76, 18],
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Conditional Access baseline: MFA for all, block legacy auth, compliant devices for admins.",
                        "Reduce Global Administrators to 4; PIM with approval for the rest.",
                        "Replace the scanner service account with an app registration.",
                    ]
                ),
            ),
        ],
        T(2026, 4, 2, 17, 0, 3),
        KL_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        KILI,
        KL_PM,
        cust,
        cc,
        area="Security",
        eng=e,
        consent=consent,
        submitted=submitted,
        poe={"Identity_Assessment_Findings_Arusha_Coffee_Mills.pdf": report},
        amount=2400.0,
        inv_no="KC-INV-2026-044",
        inv_day=D(2026, 4, 24),
        activities="Identity and access assessment with findings workshop",
        outcome="MFA and admin-role findings; Conditional Access baseline agreed",
        participants="5",
        invoice_kw={"date_style": "gb_long", "bank": "CRDB Bank · USD account 0250 2844 71200"},
    )
    return Bundle(
        f"{cid}_arusha_assessment_submitted_on_day_59",
        claim,
        files,
        "approve",
        f"Assessment-type engagement: these must be submitted within 60 days of customer consent; consent "
        f"2026-03-02, submitted 2026-04-30 – day {days(consent, submitted)}, inside the window. Specific findings "
        "(MFA coverage 41%, 26 Global Admins), invoice with the claim ID, partner name and USD 2,400 (= proposed "
        "payout), both surveys signed in full.",
        "consent_date 2026-03-02; submitted_at 2026-04-30 (59 days); invoice KC-INV-2026-044 USD 2,400.00.",
        g.pa_ok(),
    )


def s504_050_coorg_assessment_day_64() -> Bundle:
    cid = "5041050"
    cust = Org(
        "Coorg Spice Traders Pvt. Ltd.",
        "Coorg Spice Traders",
        "coorgspice.in",
        "IN",
        "Madikeri 571201, Karnataka",
        "College Road, Ward 7",
        "#bf360c",
    )
    cc = person(cust, "Ashwin Poovaiah", "Head of IT", "ashwin.poovaiah")
    e = eng("cspa", 2600.0)
    consent, submitted = D(2026, 5, 4), T(2026, 7, 7, 11, 0, 5.5)
    report = h.findings_report(
        KAVERI,
        "Cloud Security Posture Assessment – Findings",
        [
            ("Customer", cust.name),
            ("Dates", "18 May – 12 June 2026"),
            ("Scope", "2 Azure subscriptions, 38 VMs"),
            ("MCI claim", cid),
        ],
        [
            (
                "Findings",
                grid(
                    ["#", "Finding", "Risk"],
                    [
                        ("1", "Defender for Cloud secure score 38%; 14 VMs with RDP open to the internet", "High"),
                        ("2", "Storage account with auction price sheets publicly readable", "High"),
                        ("3", "No backup for the e-auction database VM", "Medium"),
                    ],
                    [6, 76, 18],
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Just-in-time VM access; Azure Bastion",
                        "Private endpoints for storage",
                        "Azure Backup for the auction database",
                    ]
                ),
            ),
        ],
        T(2026, 6, 15, 17, 0, 5.5),
        KV_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        KAVERI,
        KV_AM,
        cust,
        cc,
        area="Azure",
        eng=e,
        consent=consent,
        submitted=submitted,
        poe={"CSPA_Findings_Coorg_Spice_Traders.pdf": report},
        amount=2600.0,
        inv_no="KCW-2627-0114",
        inv_day=D(2026, 7, 1),
        activities="Azure security posture assessment and findings workshop",
        outcome="Secure score 38%; remediation plan",
        participants="4",
        invoice_kw={"date_style": "in", "bank": "HDFC Bank · EEFC USD account"},
    )
    checks = g.pa_ok()
    checks["submission_window"] = "fail"
    return Bundle(
        f"{cid}_coorg_assessment_submitted_on_day_64",
        claim,
        files,
        "reject",
        f"Assessment-type engagement: the claim must be submitted within 60 days of customer consent (2026-05-04, so "
        f"by 2026-07-03); it was submitted on 2026-07-07, day {days(consent, submitted)}. The claim expires ('Not "
        "submitted claim expired') and expired claims cannot be reactivated – a new claim with new consent is "
        "needed. The content itself is in order.",
        "consent_date 2026-05-04; submitted_at 2026-07-07 (64 days > 60).",
        checks,
    )


def s504_051_sognefjord_medium_day_207() -> Bundle:
    cid = "5041051"
    cust = Org(
        "Sognefjord Laks AS",
        "Sognefjord Laks",
        "sognefjordlaks.no",
        "NO",
        "6856 Sogndal",
        "Fjørevegen 41",
        "#e65100",
    )
    cc = person(cust, "Tone Haugen", "Digitaliseringssjef / Head of Digital", "tone.haugen")
    e = eng("analytics_m", 16000.0)
    consent, submitted = D(2025, 10, 13), T(2026, 5, 8, 10, 0, 2)
    report = h.findings_report(
        FJORDLYS,
        "Analytics Deployment – Delivery Report",
        [
            ("Customer", cust.name),
            ("Period", "3 November 2025 – 24 April 2026 (production since 6 April 2026)"),
            ("Platform", "Microsoft Fabric F16, Azure IoT Hub, Power BI"),
            ("MCI claim", cid),
        ],
        [
            (
                "Delivered",
                ul(
                    [
                        "Sea-lice counts, feeding and oxygen sensor data from 9 sea sites ingested every 10 minutes.",
                        "Lakehouse with biomass and mortality models; 8 Power BI reports for site managers and the "
                        "board.",
                    ]
                ),
            ),
            ("Consumption", "<p>Estimated Azure consumption NOK 68,000 per month after go-live.</p>"),
        ],
        T(2026, 4, 27, 15, 0, 2),
        FJ_PM.name,
        f"{cid}|rep",
        right="Delivery Report",
    )
    files, claim = h.pa_claim(
        cid,
        FJORDLYS,
        FJ_PM,
        cust,
        cc,
        area="Azure",
        eng=e,
        consent=consent,
        submitted=submitted,
        poe={"Analytics_Delivery_Report_Sognefjord_Laks.pdf": report},
        amount=16000.0,
        inv_no="FJ-2026-0517",
        inv_day=D(2026, 5, 4),
        activities="Analytics platform for sea-site data on Microsoft Fabric",
        outcome="8 reports in production since 6 April 2026",
        participants="11",
        invoice_kw={"date_style": "gb_long", "bank": "DNB · USD account 1503.28.44712"},
    )
    checks = g.pa_ok()
    checks["submission_window"] = "fail"
    return Bundle(
        f"{cid}_sognefjord_medium_project_day_207",
        claim,
        files,
        "reject",
        f"Medium project: the claim must be submitted within 200 days of customer consent (2025-10-13 → "
        f"2026-05-01); it was submitted on 2026-05-08, day {days(consent, submitted)}. The claim has expired and "
        "cannot be reactivated ('no exceptions are possible'). Report, invoice (USD 16,000) and surveys are "
        "otherwise fine.",
        "consent_date 2025-10-13; submitted_at 2026-05-08 (207 days > 200); activity_type medium.",
        checks,
    )


def s504_052_mysuru_water_board_with_disclosure() -> Bundle:
    cid = "5041052"
    cust = Org(
        "Mysuru Urban Water Supply Board",
        "MUWSB",
        "muwsb.karnataka.gov.in",
        "IN",
        "Mysuru 570001, Karnataka",
        "Jal Bhavan, Vinoba Road",
        "#0277bd",
    )
    cc = person(cust, "Smt. Kavitha Ramesh", "Executive Engineer (IT)", "ee.it")
    e = eng("frontline", 2900.0)
    consent, submitted = D(2026, 6, 8), T(2026, 8, 20, 11, 0, 5.5)
    report = h.findings_report(
        KAVERI,
        "Modern Work Frontline Workshop – Findings and Recommendations",
        [
            ("Customer", f"{cust.name} (MUWSB)"),
            ("Workshop dates", "23 and 30 June 2026"),
            ("Participants", "14 – zonal engineers, meter-reading supervisors, IT"),
            ("MCI claim", cid),
        ],
        [
            (
                "Frontline today",
                "<p>About 620 meter readers, valve operators and plumbers in 9 zones; work orders on "
                "paper; leak complaints relayed by phone from the call centre; no corporate accounts for field "
                "staff.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams with frontline licences and shared-device sign-in on 120 zonal tablets.",
                        "Shifts for valve-operation rosters; Approvals for material requisitions.",
                        "Power Apps leak-complaint form feeding the zonal work queues (pilot in Zones 3 and 7).",
                    ]
                ),
            ),
        ],
        T(2026, 7, 6, 17, 0, 5.5),
        KV_PM.name,
        f"{cid}|rep",
    )
    psd = scan_signed(
        h.psd_pdf(KAVERI, cust, e["name"], "USD 2,900", D(2026, 6, 10), f"{cid}|psd", style="gb_long"),
        h.psd_inks("Kavitha Ramesh", "Executive Engineer (IT)", "12-06-2026", seal=("MUWSB", "MYSURU")),
        f"{cid}|psds",
        T(2026, 6, 12, 12, 0, 5.5),
    )
    files, claim = h.pa_claim(
        cid,
        KAVERI,
        KV_AM,
        cust,
        cc,
        area="Modern Work",
        eng=e,
        consent=consent,
        submitted=submitted,
        poe={"Frontline_Workshop_Findings_MUWSB.pdf": report},
        amount=2900.0,
        inv_no="KCW-2627-0139",
        inv_day=D(2026, 8, 14),
        activities="Two frontline workshop sessions with Shifts, Approvals and shared-device demos",
        outcome="Frontline pilot for Zones 3 and 7 agreed",
        participants="14",
        segment="public_sector",
        extra_docs=[("PSD_MUWSB_signed.pdf", psd, "public_sector_disclosure")],
        invoice_kw={"date_style": "in", "bank": "HDFC Bank · EEFC USD account"},
    )
    return Bundle(
        f"{cid}_mysuru_water_board_with_disclosure",
        claim,
        files,
        "approve",
        "Partner Activities claim for an Indian state water board (public sector): India is one of the countries "
        "where public-sector Partner Activities claims need a Public Sector Disclosure, and it is here – the standard "
        "wording (shared with other public-sector claims: boilerplate), signed and sealed by the board's Executive "
        "Engineer (IT) on 12-06-2026. Specific findings report, invoice with claim ID and USD 2,900 (= proposed "
        f"payout), both surveys signed, submitted {days(consent, submitted)} days after consent (standard: 90).",
        "PSD_MUWSB_signed.pdf: acknowledgement signed 'Kavitha Ramesh', seal 'MUWSB MYSURU', '12-06-2026'.",
        g.pa_ok(ps=True),
        container="zip",
    )


def s504_053_coos_bay_library_no_disclosure() -> Bundle:
    cid = "5041053"
    cust = Org(
        "Coos Bay Regional Library District",
        "CBRLD",
        "coosbaylibraries.org",
        "US",
        "Coos Bay, OR 97420",
        "525 Anderson Ave",
        "#2e7d32",
    )
    cc = person(cust, "Marisa Lindqvist", "IT & Systems Librarian", "mlindqvist")
    e = eng("copilot", 4800.0)
    consent, submitted = D(2026, 7, 13), T(2026, 9, 24, 10, 0, -7)
    report = h.findings_report(
        BRIGHTWATER,
        "Microsoft 365 Copilot Accelerator – Delivery Report",
        [
            ("Customer", cust.name),
            ("Dates", "27 July – 11 September 2026"),
            ("Pilot group", "25 staff in 6 branches"),
            ("MCI claim", cid),
        ],
        [
            (
                "Readiness",
                ul(
                    [
                        "Oversharing review of 18 SharePoint sites (patron data kept out of Copilot scope).",
                        "Sensitivity label 'Patron Confidential' with auto-labelling.",
                    ]
                ),
            ),
            (
                "Scenarios",
                ul(
                    [
                        "Board-meeting minutes and grant reports drafted from Teams transcripts.",
                        "Programme flyers and newsletter drafts in Word and PowerPoint.",
                        "Monthly circulation summary from Excel.",
                    ]
                ),
            ),
            ("Results", "<p>21 of 25 pilot users active weekly; district-wide plan for 60 staff.</p>"),
        ],
        T(2026, 9, 14, 16, 0, -7),
        BW_LEAD.name,
        f"{cid}|rep",
        right="Delivery Report",
    )
    files, claim = h.pa_claim(
        cid,
        BRIGHTWATER,
        BW_PM,
        cust,
        cc,
        area="Modern Work",
        eng=e,
        consent=consent,
        submitted=submitted,
        poe={"Copilot_Accelerator_Delivery_Report_CBRLD.pdf": report},
        amount=4800.0,
        inv_no="BWCA-2026-0318",
        inv_day=D(2026, 9, 18),
        activities="Copilot readiness, three scenarios, pilot for 25 staff",
        outcome="21 of 25 weekly active; district rollout plan",
        participants="25",
        segment="public_sector",
        invoice_kw={"date_style": "us_long", "bank": "Wire: Umpqua Bank, ABA 123205054"},
    )
    checks = g.pa_ok()
    checks["public_sector"] = "fail"
    checks["required_documents"] = "fail"
    return Bundle(
        f"{cid}_coos_bay_library_district_no_disclosure",
        claim,
        files,
        "action_required",
        "A US library district is local government – a public-sector customer – on a Partner Activities claim: "
        "'If your claim is for a Public Sector Customer located in India, United States, or Puerto Rico, you must "
        "include proof of Public Sector Disclosure (PSD) in your claim documents.' There is none; the rest (delivery "
        "report, invoice USD 4,800, surveys, 73 days after consent) is fine. The partner must add the "
        "customer-acknowledged disclosure.",
        "customer.segment public_sector, country US; no public_sector_disclosure document.",
        checks,
    )


def s504_054_implan_mexico_disclosure_not_required() -> Bundle:
    cid = "5041054"
    cust = Org(
        "Instituto Municipal de Planeación de San Isidro del Valle",
        "IMPLAN San Isidro",
        "implan-sanisidro.gob.mx",
        "MX",
        "San Isidro del Valle, Qro. 76900",
        "Av. Constituyentes 118",
        "#6a1b9a",
    )
    cc = person(cust, "Arq. Daniela Trejo", "Coordinadora de Sistemas", "dtrejo")
    e = eng("ai_poc", 6000.0)
    consent, submitted = D(2026, 2, 23), T(2026, 5, 11, 10, 0, -6)
    report = h.findings_report(
        NOPAL,
        "AI Apps Pilot – Permit Assistant – Pilot Report",
        [
            ("Customer", f"{cust.name} (IMPLAN)"),
            ("Pilot", "9 March – 24 April 2026"),
            ("Architecture", "Azure OpenAI Service, Azure AI Search, Azure App Service"),
            ("MCI claim", cid),
        ],
        [
            (
                "What was built",
                ul(
                    [
                        "Assistant answering construction-permit questions from 1,900 pages of municipal regulations "
                        "(Spanish), citing the article used.",
                        "Internal mode for 12 planners to check land-use compatibility of permit requests.",
                    ]
                ),
            ),
            (
                "Results",
                grid(
                    ["Measure", "Result"],
                    [
                        ("Answer accuracy (150 test questions)", "89%"),
                        ("Average time to pre-check a permit", "35 → 8 min"),
                        ("Estimated Azure consumption", "USD 1,600 / month"),
                    ],
                    [60, 40],
                ),
            ),
        ],
        T(2026, 4, 28, 17, 0, -6),
        NN_PM.name,
        f"{cid}|rep",
    )
    psd = scan_signed(
        h.psd_pdf(NOPAL, cust, e["name"], "USD 6,000", D(2026, 3, 2), f"{cid}|psd", style="gb_long"),
        h.psd_inks("Daniela Trejo", "Coordinadora de Sistemas", "02/03/2026", seal=("IMPLAN", "SAN ISIDRO")),
        f"{cid}|psds",
        T(2026, 3, 2, 13, 0, -6),
    )
    files, claim = h.pa_claim(
        cid,
        NOPAL,
        NN_PM,
        cust,
        cc,
        area="Azure",
        eng=e,
        consent=consent,
        submitted=submitted,
        poe={"AI_Pilot_Report_IMPLAN.pdf": report},
        amount=6000.0,
        inv_no="NN-F-2026-0077",
        inv_day=D(2026, 5, 6),
        activities="AI apps pilot: permit assistant",
        outcome="Pilot with 89% answer accuracy; production plan",
        participants="12",
        segment="public_sector",
        extra_docs=[("Divulgacion_Sector_Publico_IMPLAN.pdf", psd, "public_sector_disclosure")],
        invoice_kw={"date_style": "gb", "title": "FACTURA / INVOICE", "bank": "BBVA México · cuenta USD"},
    )
    return Bundle(
        f"{cid}_implan_mexico_public_sector_disclosure_optional",
        claim,
        files,
        "approve",
        "A Mexican municipal planning institute is public sector, but the written Public Sector Disclosure is "
        "required only for customers in India, the United States or Puerto Rico; the partner uploaded one anyway "
        "(standard wording, signed – harmless boilerplate), and nothing in the guide makes Mexico a restricted "
        "country. The pilot report is specific (89% accuracy on 150 questions, 12 planners), the invoice shows the "
        f"claim ID and USD 6,000 (= proposed payout), surveys are complete, day {days(consent, submitted)} of 90.",
        "customer.country MX, segment public_sector; invoice NN-F-2026-0077 USD 6,000.00.",
        g.pa_ok(),
    )


def s504_055_calabar_customer_survey_by_partner() -> Bundle:
    cid = "5041055"
    cust = Org(
        "Calabar Port Logistics Ltd",
        "Calabar Port Logistics",
        "calabarportlogistics.com.ng",
        "NG",
        "Calabar, Cross River State",
        "Marina Road, Port Complex",
        "#006064",
    )
    cc = person(cust, "Efiong Bassey", "IT Manager", "efiong.bassey")
    e = eng("tpe", 3600.0)
    consent, submitted = D(2026, 3, 16), T(2026, 5, 26, 10, 0, 1)
    report = h.findings_report(
        LAGOON,
        "Threat Protection Engagement – Findings and Recommendations",
        [
            ("Customer", cust.name),
            ("Dates", "30 March – 8 May 2026"),
            ("Scope", "Defender XDR trial on 120 devices and 210 mailboxes"),
            ("MCI claim", cid),
        ],
        [
            (
                "Threats found",
                grid(
                    ["#", "Finding", "Severity"],
                    [
                        ("1", "Business e-mail compromise attempt against the freight-payments team", "High"),
                        ("2", "Remote-access tool installed on 6 terminal PCs without approval", "Medium"),
                    ],
                    [6, 76, 18],
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Defender for Office 365 Plan 2 for all mailboxes",
                        "Defender for Endpoint on terminal PCs with device control",
                    ]
                ),
            ),
        ],
        T(2026, 5, 12, 16, 0, 1),
        LB_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        LAGOON,
        LB_PM,
        cust,
        cc,
        area="Security",
        eng=e,
        consent=consent,
        submitted=submitted,
        poe={"TPE_Findings_Calabar_Port_Logistics.pdf": report},
        amount=3600.0,
        inv_no="LBS-INV-2026-0207",
        inv_day=D(2026, 5, 20),
        activities="Defender XDR trial and findings workshop",
        outcome="BEC attempt and unapproved remote tools found; Defender rollout recommended",
        participants="6",
        cust_sig={"name": LB_PM.name, "company": LAGOON.name, "title": LB_PM.title},
        invoice_kw={"date_style": "gb_long", "bank": "Zenith Bank · domiciliary USD account"},
    )
    checks = g.pa_ok()
    checks["attestations"] = "fail"
    return Bundle(
        f"{cid}_calabar_customer_survey_signed_by_partner",
        claim,
        files,
        "reject",
        "The customer attestation was not completed by the customer: its electronic signature reads 'Tobi Adebayo, "
        "Lagoon Bay Systems Ltd, Service Delivery Manager' – the claiming partner's own contact. The customer survey "
        "must be the customer's, and 'if the Customer Attestation signature is not valid with all required elements "
        "… the claim may be rejected'; once a customer survey response is recorded it 'cannot be re-sent on this "
        "claim', so the claim cannot be repaired.",
        "customer_attestation_5041055.json signature: full_name 'Tobi Adebayo', company 'Lagoon Bay Systems Ltd'.",
        checks,
    )


def s504_056_halla_citrus_partner_survey_no_company() -> Bundle:
    cid = "5041056"
    cust = Org(
        "Halla Citrus Farming Cooperative",
        "Halla Citrus",
        "hallacitrus.or.kr",
        "KR",
        "Seogwipo-si, Jeju 63591",
        "15 Hyodon-ro",
        "#f57c00",
    )
    cc = person(cust, "Oh Se-jin", "Digital Team Manager", "sejin.oh")
    e = eng("agent", 2200.0)
    consent, submitted = D(2026, 4, 20), T(2026, 6, 12, 10, 0, 9)
    report = h.findings_report(
        HALLASAN,
        "Copilot Studio Agent in a Day – Delivery Summary",
        [
            ("Customer", cust.name),
            ("Date", "19 May 2026 (full day, Seogwipo)"),
            ("Participants", "18 staff"),
            ("MCI claim", cid),
        ],
        [
            (
                "Agents built",
                ul(
                    [
                        "Member FAQ agent for 2,300 grower members (harvest quotas, sorting-centre schedules), Korean.",
                        "Internal agent for sorting-centre supervisors over the grading manual.",
                    ]
                ),
            ),
            ("Next steps", "<p>Publish the member FAQ agent on the co-op's Teams and website by August.</p>"),
        ],
        T(2026, 5, 25, 15, 0, 9),
        HC_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        HALLASAN,
        HC_PM,
        cust,
        cc,
        area="Modern Work",
        eng=e,
        consent=consent,
        submitted=submitted,
        poe={"Agent_in_a_Day_Summary_Halla_Citrus.pdf": report},
        amount=2200.0,
        inv_no="HC-2026-0611",
        inv_day=D(2026, 6, 8),
        activities="Copilot Studio Agent in a Day workshop: 2 agents built",
        outcome="Member FAQ agent and sorting-manual agent prototyped",
        participants="18",
        partner_sig={"company": ""},
        invoice_kw={"date_style": "iso", "bank": "Jeju Bank · USD account 120-284-471200"},
    )
    checks = g.pa_ok()
    checks["attestations"] = "fail"
    return Bundle(
        f"{cid}_halla_citrus_partner_survey_without_company",
        claim,
        files,
        "action_required",
        "The partner attestation's electronic signature has the full name and job title but an empty company name; "
        "the last survey question needs full name, company and job title. For the partner survey 'the POE review "
        "team may request that you re-take your survey response to provide a valid electronic signature', so this "
        "is fixable: action required. Summary, invoice (USD 2,200) and timing are fine.",
        "partner_attestation_5041056.json signature: company ''.",
        checks,
    )


def s504_057_merlion_freight_sister_company() -> Bundle:
    cid = "5041057"
    cust = Org(
        "Merlion Freight Pte. Ltd.",
        "Merlion Freight",
        "merlionfreight.com.sg",
        "SG",
        "Singapore 609431",
        "11 Penjuru Close",
        "#c62828",
    )
    cc = person(cust, "Darren Lim", "Group CIO", "darren.lim")
    e = eng("tpe", 4100.0)
    consent, submitted = D(2026, 7, 6), T(2026, 9, 10, 10, 0, 8)
    report = h.findings_report(
        LIONCITY,
        "Threat Protection Engagement – Findings and Recommendations",
        [
            ("Customer", cust.name),
            ("Dates", "20 July – 28 August 2026"),
            ("Customer sponsor", "Darren Lim, Group CIO, Lion City Group (Merlion Freight, Lion City Cyber)"),
            ("MCI claim", cid),
        ],
        [
            (
                "Threats found",
                grid(
                    ["#", "Finding", "Severity"],
                    [
                        ("1", "Password spray against the customs-declaration portal accounts", "High"),
                        ("2", "Shared mailbox 'bookings' forwarding to a personal Gmail", "High"),
                        ("3", "32 warehouse PCs with an outdated VPN client", "Medium"),
                    ],
                    [6, 76, 18],
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Phishing-resistant MFA for customs and finance",
                        "Defender for Endpoint on warehouse PCs; disable external auto-forwarding",
                    ]
                ),
            ),
        ],
        T(2026, 8, 31, 16, 0, 8),
        LC_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        LIONCITY,
        LC_PM,
        cust,
        cc,
        area="Security",
        eng=e,
        consent=consent,
        submitted=submitted,
        poe={"TPE_Findings_Merlion_Freight.pdf": report},
        amount=4100.0,
        inv_no="LCC-INV-2026-0342",
        inv_day=D(2026, 9, 4),
        activities="Defender XDR trial, threat exploration, findings workshop",
        outcome="Password spray and mail forwarding found; MFA and MDE plan",
        participants="7",
        cust_sig={"company": "Merlion Freight Pte. Ltd. (Lion City Group)"},
        invoice_kw={
            "date_style": "gb_long",
            "bank": "DBS Bank · USD account 072-884471-2",
            "extra": "<p class='small'>Lion City Cyber Pte. Ltd. is a member of the Lion City Group.</p>",
        },
    )
    checks = g.pa_ok()
    checks["ineligible_customer"] = "fail"
    return Bundle(
        f"{cid}_merlion_freight_same_group_as_partner",
        claim,
        files,
        "reject",
        "The customer and the claiming partner are sister companies: the findings report names the customer sponsor "
        "as 'Group CIO, Lion City Group (Merlion Freight, Lion City Cyber)', the customer signs its survey for "
        "'Merlion Freight Pte. Ltd. (Lion City Group)', and the partner's invoice states 'Lion City Cyber Pte. Ltd. "
        "is a member of the Lion City Group'. Partners are not eligible for incentives for 'activity connected to a "
        "customer that is a partner affiliate'.",
        "Report 'Customer sponsor … Lion City Group (Merlion Freight, Lion City Cyber)'; invoice 'member of the Lion "
        "City Group'.",
        checks,
    )


def s504_058_sedona_customer_stopped_engagement() -> Bundle:
    cid = "5041058"
    cust = Org(
        "Sedona Canyon Resorts LLC",
        "Sedona Canyon Resorts",
        "sedonacanyonresorts.com",
        "US",
        "Sedona, AZ 86336",
        "2250 W State Route 89A",
        "#d84315",
    )
    cc = person(cust, "Grant Whitfield", "Director of IT", "gwhitfield")
    e = eng("sentinel", 8000.0)
    consent, submitted = D(2026, 5, 11), T(2026, 7, 15, 10, 0, -7)
    summary = h.findings_report(
        SONORAN,
        "Microsoft Sentinel Migrate & Modernize – Phase 1 summary",
        [("Customer", cust.name), ("Phase 1", "May 26 – June 12, 2026"), ("MCI claim", cid)],
        [
            (
                "Phase 1 (done)",
                ul(
                    [
                        "Inventory of 38 Splunk searches and 14 data sources (PMS, POS, Palo Alto, Entra ID).",
                        "Sentinel workspace design and cost estimate; migration plan for 3 waves.",
                    ]
                ),
            ),
            ("Phase 2 (planned)", ul(["Connector onboarding, rule migration, SOAR playbooks, Splunk decommission"])),
        ],
        T(2026, 6, 15, 16, 0, -7),
        SS_LEAD.name,
        f"{cid}|rep",
        right="Phase 1 summary",
    )
    m1 = Mail(
        SS_LEAD,
        [cc],
        "Sentinel migration – phase 2 scheduling",
        T(2026, 6, 22, 9, 0, -7),
        "Hi Grant,\n\nPhase 1 summary attached. Can we lock in dates for the phase 2 connector onboarding?\n\nRay\n\n"
        + footer_block(SS_LEAD),
        attachments=[("Sentinel_Phase1_Summary_Sedona.pdf", summary)],
    )
    m2 = Mail(
        cc,
        [SS_LEAD],
        "RE: Sentinel migration – phase 2 scheduling",
        T(2026, 6, 26, 14, 10, -7),
        "Ray,\n\nThanks for the phase 1 work. After reviewing the cost estimate with our CFO we've decided not to "
        "move off Splunk this year – we renewed the Splunk contract last week. Please stop work on the migration; "
        "there won't be a phase 2 for now. We'll revisit in 2027.\n\nGrant\n\n" + sig_block(cc),
        quoted=m1,
    )
    files, claim = h.pa_claim(
        cid,
        SONORAN,
        SS_LEAD,
        cust,
        cc,
        area="Security",
        eng=e,
        consent=consent,
        submitted=submitted,
        poe={
            "Sentinel_Phase1_Summary_Sedona.pdf": summary,
            "RE_ Sentinel migration – phase 2 scheduling.msg": msg_rx(m2, seed=f"{cid}|rx"),
        },
        amount=8000.0,
        inv_no="SS-2026-0712",
        inv_day=D(2026, 7, 10),
        activities="Partially – phase 1 assessment and design only; migration stopped",
        outcome="Phase 1 design delivered; customer stopped the migration",
        participants="4",
        invoice_kw={"date_style": "us_long", "bank": "Wire: Western Alliance Bank"},
    )
    RULE_ONLY[cid] = "the customer's e-mail says the engagement was stopped"
    return Bundle(
        f"{cid}_sedona_customer_stopped_the_migration",
        claim,
        files,
        "reject",
        "The partner's own upload shows the engagement was not delivered: after a phase 1 inventory and design the "
        "customer wrote on 26 Jun 2026 'we've decided not to move off Splunk this year … Please stop work on the "
        "migration; there won't be a phase 2', and the customer survey lists as completed only 'Partially – phase "
        "1 assessment and design only; migration stopped'. A Migrate & Modernize engagement without the migration is "
        "not a delivered engagement; the invoice for the full USD 8,000 payout cannot be approved.",
        "RE_ Sentinel migration – phase 2 scheduling.msg from gwhitfield@sedonacanyonresorts.com: 'Please stop work "
        "on the migration'.",
        {"invoice": "pass", "submission_window": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# one invoice for two claims; one findings report for two customers
# --------------------------------------------------------------------------------------------------------------


def kili_shared_invoice() -> bytes:
    if "kili_inv" not in _SHARED:
        _SHARED["kili_inv"] = g.invoice_pdf(
            KILI,
            "KC-INV-2026-071",
            D(2026, 10, 9),
            [
                (
                    "MCI Engagement Claim ID 5041059 – Modern Work Frontline Workshop\nCustomer: Zanzibar Spice "
                    "Exporters Ltd",
                    2500.0,
                ),
                (
                    "MCI Engagement Claim ID 5041060 – Modern Work Frontline Workshop\nCustomer: Mwanza Lake Fisheries "
                    "Ltd",
                    2500.0,
                ),
            ],
            "kili|shared-inv",
            date_style="gb_long",
            bank="CRDB Bank · USD account 0250 2844 71200",
        )
    return _SHARED["kili_inv"]


def kili_frontline(
    cid: str, cust: Org, cc: Person, consent: dt.date, submitted: dt.datetime, workers: str, scenario: str, other: str
) -> Bundle:
    e = eng("frontline", 2500.0)
    report = h.findings_report(
        KILI,
        "Modern Work Frontline Workshop – Findings",
        [("Customer", cust.name), ("Workshop", "Two sessions, September 2026"), ("MCI claim", cid)],
        [
            ("Frontline today", f"<p>{escape(workers)}</p>"),
            (
                "Recommendations",
                ul(
                    [
                        escape(scenario),
                        "Frontline licences with shared-device sign-in",
                        "Approvals for purchase and leave requests",
                    ]
                ),
            ),
        ],
        T(2026, 9, 30, 16, 0, 3),
        KL_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        KILI,
        KL_PM,
        cust,
        cc,
        area="Modern Work",
        eng=e,
        consent=consent,
        submitted=submitted,
        poe={f"Frontline_Workshop_Findings_{cust.short.replace(' ', '_')}.pdf": report},
        amount=2500.0,
        inv_no="KC-INV-2026-071",
        inv_day=D(2026, 10, 9),
        activities="Two frontline workshop sessions",
        outcome="Frontline pilot agreed",
        participants="10",
        invoice_pdf_bytes=kili_shared_invoice(),
    )
    checks = g.pa_ok()
    checks["invoice"] = "fail"
    checks["reused_evidence"] = "fail"
    return Bundle(
        f"{cid}_{cust.short.split()[0].lower()}_one_invoice_for_two_claims",
        claim,
        files,
        "action_required",
        f"The findings report and surveys are this customer's own, but the invoice KC-INV-2026-071 is one document "
        f"billing two claims – this one and {other} – for a total of USD 5,000, and the same file is uploaded on "
        "both. 'Each claim must have a separate, unique invoice' whose amount matches the claim's payout (USD "
        "2,500). A separate invoice for this claim is needed.",
        f"Invoice KC-INV-2026-071: lines for claims 5041059 and 5041060, subtotal USD 5,000.00; same file on {other}.",
        checks,
    )


def s504_059_zanzibar_spice_shared_invoice() -> Bundle:
    cust = Org(
        "Zanzibar Spice Exporters Ltd",
        "Zanzibar Spice",
        "zanzibarspice.co.tz",
        "TZ",
        "Stone Town, Zanzibar",
        "Malindi Road, Warehouse 4",
        "#8d6e63",
    )
    cc = person(cust, "Salma Juma", "Operations & IT Manager", "salma.juma")
    return kili_frontline(
        "5041059",
        cust,
        cc,
        D(2026, 8, 3),
        T(2026, 10, 14, 10, 0, 3),
        "140 spice sorters and 30 drivers on two shifts; shift rosters on a whiteboard; quality issues reported to "
        "the office by phone.",
        "Shifts for the sorting-line rosters and Walkie Talkie for the drivers",
        "5041060",
    )


def s504_060_mwanza_fisheries_shared_invoice() -> Bundle:
    cust = Org(
        "Mwanza Lake Fisheries Ltd",
        "Mwanza Fisheries",
        "mwanzafisheries.co.tz",
        "TZ",
        "Mwanza",
        "Igogo Industrial Area",
        "#0277bd",
    )
    cc = person(cust, "Peter Magesa", "IT Lead", "peter.magesa")
    return kili_frontline(
        "5041060",
        cust,
        cc,
        D(2026, 8, 10),
        T(2026, 10, 14, 10, 20, 3),
        "210 filleting-line workers and 18 boat captains; landing volumes noted on paper at 4 beaches; safety "
        "briefings read out at shift start.",
        "Lists on shared tablets for landing volumes at the 4 beaches; Shifts for the filleting lines",
        "5041059",
    )


ADRIATIC_FINDINGS = [
    ("1", "1,140 files with IBAN and OIB numbers shared externally, 63 of them through 'Anyone' links", "High"),
    ("2", "27 OAuth apps with mail or file access consented by users, 4 of them unverified publishers", "High"),
    ("3", "No sensitivity labels; 312 users in scope across 4 sites", "Medium"),
    ("4", "Departing employees keep OneDrive sharing for 90 days", "Medium"),
]


def adriatic_dse(cid: str, cust: Org, cc: Person, consent: dt.date, submitted: dt.datetime, other: str) -> Bundle:
    e = eng("dse", 3800.0)
    report = h.findings_report(
        ADRIATIC,
        "Data Security Engagement – Findings and Recommendations",
        [
            ("Customer", cust.name),
            ("Engagement window", "21 September – 23 October 2026"),
            ("Users in scope", "312"),
            ("Sites", "4"),
            ("MCI claim", cid),
        ],
        [
            ("Findings", grid(["#", "Finding", "Risk"], ADRIATIC_FINDINGS, [6, 76, 18])),
            (
                "Recommendations",
                ul(
                    [
                        "Sensitivity labels 'Interno', 'Povjerljivo', 'Osobni podaci' with auto-labelling for "
                        "IBAN/OIB.",
                        "DLP for e-mail and SharePoint; remove 'Anyone' links older than 30 days.",
                        "App governance review of the 27 consented OAuth apps.",
                    ]
                ),
            ),
        ],
        T(2026, 10, 26, 16, 0, 1),
        AC_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        ADRIATIC,
        AC_PM,
        cust,
        cc,
        area="Security",
        eng=e,
        consent=consent,
        submitted=submitted,
        poe={f"DSE_Findings_{cust.short.replace(' ', '_')}.pdf": report},
        amount=3800.0,
        inv_no=f"AC-{cid[-3:]}-2026",
        inv_day=submitted.date() - dt.timedelta(days=4),
        activities="Data security workshops and oversharing analysis",
        outcome="4 findings; labelling and DLP plan",
        participants="6",
        invoice_kw={"date_style": "gb", "title": "RAČUN / INVOICE", "bank": "Zagrebačka banka · USD račun"},
    )
    checks = g.pa_ok()
    checks["reused_evidence"] = "fail"
    return Bundle(
        f"{cid}_{cust.short.split()[0].lower()}_findings_identical_to_other_customer",
        claim,
        files,
        "action_required",
        f"The findings report is word for word the one submitted on claim {other} for a different customer – the "
        "same four findings with the same figures (1,140 files with IBAN/OIB numbers, 63 'Anyone' links, 27 OAuth "
        "apps, 312 users, 4 sites) – with only the customer name changed. Two unrelated companies (a hotel group "
        "and a shipping firm) cannot share these measurements, and nothing shows which is genuine: 'generic POE "
        "templates submitted on other partner claims' are insufficient. The partner must provide this customer's "
        "own findings.",
        f"Findings table identical to {other}'s: '1,140 files with IBAN and OIB numbers … 63 … Anyone links', '27 "
        "OAuth apps', '312 users in scope across 4 sites'.",
        checks,
    )


def s504_061_hoteli_biokovo_identical_findings() -> Bundle:
    cust = Org(
        "Hoteli Biokovo d.d.",
        "Hoteli Biokovo",
        "hoteli-biokovo.hr",
        "HR",
        "21300 Makarska",
        "Obala kralja Tomislava 15",
        "#00838f",
        "OIB 72284471120",
    )
    cc = person(cust, "Marko Jurić", "IT Director", "marko.juric")
    return adriatic_dse("5041061", cust, cc, D(2026, 9, 7), T(2026, 11, 12, 10, 0, 1), "5041062")


def s504_062_kornati_shipping_identical_findings() -> Bundle:
    cust = Org(
        "Kornati Shipping d.o.o.",
        "Kornati Shipping",
        "kornatishipping.hr",
        "HR",
        "22000 Šibenik",
        "Obala Franje Tuđmana 5",
        "#1565c0",
        "OIB 28447120911",
    )
    cc = person(cust, "Ana Perić", "Head of IT", "ana.peric")
    return adriatic_dse("5041062", cust, cc, D(2026, 9, 14), T(2026, 11, 16, 10, 0, 1), "5041061")


# --------------------------------------------------------------------------------------------------------------
# Partner Activities claims that come back; and a project past its window
# --------------------------------------------------------------------------------------------------------------


def s504_063_povazske_dispute_consent_to_other_partner() -> Bundle:
    cid = "5041063"
    cust = Org(
        "Považské strojárne a.s.",
        "Považské strojárne",
        "povazskestrojarne.sk",
        "SK",
        "017 01 Považská Bystrica",
        "Robotnícka 2",
        "#37474f",
    )
    cc = person(cust, "Ing. Peter Baláž", "IT manager", "peter.balaz")
    e = eng("tpe", 3300.0)
    consent = D(2026, 3, 2)
    rejected, disputed, sub = T(2026, 4, 1, 6, 0), T(2026, 4, 20, 10, 0, 2), T(2026, 4, 24, 10, 0, 2)
    report = h.findings_report(
        TATRA,
        "Threat Protection Engagement – Findings and Recommendations",
        [
            ("Customer", cust.name),
            ("Dates", "9 – 27 March 2026"),
            ("Scope", "Defender XDR trial on 260 devices"),
            ("MCI claim", cid),
        ],
        [
            (
                "Threats found",
                grid(
                    ["#", "Finding", "Severity"],
                    [
                        ("1", "Qakbot-style loader blocked on 2 design workstations", "High"),
                        ("2", "Service account with non-expiring password used for CNC file transfer", "Medium"),
                    ],
                    [6, 76, 18],
                ),
            ),
            ("Recommendations", ul(["Defender for Endpoint on all 260 devices", "gMSA for the CNC transfer"])),
        ],
        T(2026, 3, 30, 16, 0, 2),
        TC_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        TATRA,
        TC_PM,
        cust,
        cc,
        area="Security",
        eng=e,
        consent=consent,
        submitted=sub,
        poe={"Dispute/TPE_Findings_Povazske_strojarne.pdf": report},
        amount=3300.0,
        inv_no="TC-FA-2026-0098",
        inv_day=D(2026, 4, 17),
        activities="Defender XDR trial and findings workshop",
        outcome="Loader blocked; MDE rollout recommended",
        participants="5",
        status="disputed",
        invoice_kw={"date_style": "de", "title": "FAKTÚRA / INVOICE", "bank": "Tatra banka · USD účet"},
        history=[
            ("customer consent approved", T(2026, 3, 2, 12), "-"),
            ("rejected", rejected, "System"),
            ("disputed", disputed, TC_PM.email),
            ("document submission", sub - dt.timedelta(minutes=5), TC_PM.email),
            ("submission", sub, TC_PM.email),
        ],
        comments=[
            (
                "microsoft",
                rejected,
                "This claim was automatically rejected: the customer consented to another "
                "partner's claim for the same engagement and customer ID.",
            ),
            (
                "partner",
                sub - dt.timedelta(minutes=2),
                "Dispute: we delivered the engagement in March (findings "
                "attached) before the other partner's consent. Please review.",
            ),
        ],
    )
    RULE_ONLY[cid] = "disputes are not accepted when the customer consented to another partner's claim"
    return Bundle(
        f"{cid}_povazske_strojarne_dispute_not_accepted",
        claim,
        files,
        "reject",
        "The claim was automatically rejected on 2026-04-01 because the customer consented to another partner's "
        "claim for the same engagement and customer ID. The partner disputes with its findings report, but the "
        "guide is explicit: 'When a customer consents to a claim, any other open claims for the same engagement + "
        "customer ID from other partners will be automatically rejected. Disputes are not accepted for this "
        "scenario.' Reject, whatever the quality of the POE.",
        "History: rejected by System 2026-04-01 with the comment 'the customer consented to another partner's "
        "claim'; disputed 04-20; submission 04-24.",
        {"invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s504_064_red_river_resubmitted_usd_invoice() -> Bundle:
    cid = "5041064"
    cust = Org(
        "Red River Grain Terminals Ltd",
        "Red River Grain",
        "redrivergrain.ca",
        "CA",
        "Winnipeg, MB R2X 2T2",
        "1400 Inkster Blvd",
        "#a1887f",
    )
    cc = person(cust, "Nadine Fontaine", "Director, Digital & IT", "nfontaine")
    e = eng("ai_poc", 7200.0)
    consent = D(2026, 1, 12)
    first, asked, resub = T(2026, 3, 2, 10, 0, -6), T(2026, 3, 6, 9, 0), T(2026, 3, 13, 10, 0, -6)
    report = h.findings_report(
        MAPLEGROVE,
        "AI Apps Pilot – Grain Grading Assistant – Pilot Report",
        [
            ("Customer", cust.name),
            ("Pilot", "26 January – 20 February 2026"),
            ("Architecture", "Azure OpenAI Service, Azure AI Vision, Azure Functions, Cosmos DB"),
            ("MCI claim", cid),
        ],
        [
            (
                "What was built",
                ul(
                    [
                        "Assistant that reads CGC grading guides and terminal sample photos to suggest grade and "
                        "dockage "
                        "for wheat and canola at the 3 prairie terminals.",
                        "Used by 16 graders in parallel with manual grading during the pilot.",
                    ]
                ),
            ),
            (
                "Results",
                grid(
                    ["Measure", "Result"],
                    [
                        ("Agreement with senior grader (400 samples)", "92%"),
                        ("Average grading time per truck", "11 → 6 min"),
                        ("Estimated Azure consumption", "USD 2,400 / month"),
                    ],
                    [60, 40],
                ),
            ),
        ],
        T(2026, 2, 24, 17, 0, -6),
        MG_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        MAPLEGROVE,
        MG_PM,
        cust,
        cc,
        area="Azure",
        eng=e,
        consent=consent,
        submitted=resub,
        poe={"AI_Pilot_Report_Red_River_Grain.pdf": report},
        amount=7200.0,
        inv_no="MG-INV-2026-0142-R1",
        inv_day=D(2026, 3, 11),
        activities="AI apps pilot: grain grading assistant",
        outcome="92% agreement with senior graders; production plan",
        participants="16",
        invoice_kw={"date_style": "us_long", "bank": "Wire: RBC Royal Bank · USD account 04-228447"},
        history=[
            ("customer consent approved", T(2026, 1, 12, 12), "-"),
            ("submission", first, MG_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", resub - dt.timedelta(minutes=5), MG_PM.email),
            ("submission", resub, MG_PM.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the invoice is in CAD. The invoice amount must be shown in USD and "
                "match the proposed payout. Please upload a corrected invoice and resubmit.",
            ),
            ("partner", resub - dt.timedelta(minutes=2), "Corrected invoice in USD uploaded (MG-INV-2026-0142-R1)."),
        ],
    )
    return Bundle(
        f"{cid}_red_river_grain_resubmitted_with_usd_invoice",
        claim,
        files,
        "approve",
        f"Standard engagement: first submitted on day {days(consent, first)} after consent, returned on 2026-03-06 "
        f"because the invoice was in CAD, and resubmitted on 2026-03-13 (day {days(consent, resub)}) – well inside "
        "both the 14 days to respond and the 120 days after consent at which a claim left in action required "
        "expires. The corrected invoice shows the claim ID, the partner and USD 7,200 (= proposed payout); the pilot "
        "report is specific (92% agreement on 400 samples) and both surveys are complete.",
        "History: submission 03-02, action required 03-06, submission 03-13; invoice MG-INV-2026-0142-R1 USD 7,200.00.",
        g.pa_ok(),
        container="zip",
    )


def s504_065_haut_jura_resubmitted_after_230_days() -> Bundle:
    cid = "5041065"
    cust = Org(
        "Fromageries du Haut-Jura SAS",
        "Fromageries du Haut-Jura",
        "fromageries-hautjura.fr",
        "FR",
        "39400 Morbier",
        "12 rue de la Fruitière",
        "#f9a825",
    )
    cc = person(cust, "Sylvain Pernet", "Responsable informatique", "s.pernet")
    e = eng("analytics_m", 15500.0)
    consent = D(2025, 9, 22)
    first, asked, resub = T(2026, 3, 20, 10, 0, 1), T(2026, 3, 27, 9, 0), T(2026, 5, 12, 10, 0, 2)
    report = h.findings_report(
        RHONE,
        "Analytics Deployment – Delivery Report / Rapport de livraison",
        [
            ("Customer / Client", cust.name),
            ("Period / Période", "October 2025 – March 2026 (production 2 March 2026)"),
            ("Platform", "Microsoft Fabric F32, Power BI"),
            ("MCI claim", cid),
        ],
        [
            (
                "Delivered / Livré",
                ul(
                    [
                        "Milk collection from 240 farms, cellar ageing data for Comté and Morbier wheels, lab results "
                        "/ "
                        "collecte de lait de 240 fermes, affinage, résultats de laboratoire.",
                        "12 Power BI reports for the cooperative board and the 3 fruitières / 12 rapports Power BI.",
                    ]
                ),
            ),
            ("Consumption / Consommation", "<p>EUR 8,900 per month estimated / estimés par mois.</p>"),
        ],
        T(2026, 3, 12, 16, 0, 1),
        RA_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        RHONE,
        RA_PM,
        cust,
        cc,
        area="Azure",
        eng=e,
        consent=consent,
        submitted=resub,
        poe={"Analytics_Delivery_Report_Haut-Jura.pdf": report},
        amount=15500.0,
        inv_no="RAN-2026-0211",
        inv_day=D(2026, 3, 16),
        activities="Analytics platform on Microsoft Fabric with Power BI reports",
        outcome="12 reports in production since 2 March 2026",
        participants="10",
        invoice_kw={"date_style": "gb", "title": "FACTURE / INVOICE", "bank": "Crédit Agricole · compte USD"},
        history=[
            ("customer consent approved", T(2025, 9, 22, 12), "-"),
            ("submission", first, RA_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", resub - dt.timedelta(minutes=4), RA_PM.email),
            ("submission", resub, RA_PM.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the partner attestation's signature has no job title. Please retake "
                "the partner survey with full name, company and job title, and resubmit.",
            ),
            ("partner", resub - dt.timedelta(minutes=2), "Partner survey retaken."),
        ],
    )
    checks = g.pa_ok()
    checks["submission_window"] = "fail"
    return Bundle(
        f"{cid}_haut_jura_medium_resubmitted_after_230_days",
        claim,
        files,
        "reject",
        f"Medium project: first submitted on day {days(consent, first)} (within 200), returned on 2026-03-27 for the "
        f"partner survey, and resubmitted on 2026-05-12 – day {days(consent, resub)} after consent. A medium project "
        "left in action required expires 230 days after customer consent ('Post submission claim expired'), and "
        "expired claims cannot be reactivated. The retaken survey and the report are fine, but the claim had already "
        "expired.",
        "consent 2025-09-22; history: submission 03-20, action required 03-27, submission 05-12 (day 232 > 230).",
        checks,
    )


def s504_066_bow_river_xs_project_day_126() -> Bundle:
    cid = "5041066"
    cust = Org(
        "Bow River Irrigation Services Ltd",
        "Bow River Irrigation",
        "bowriverirrigation.ca",
        "CA",
        "Strathmore, AB T1P 1J6",
        "305 2nd Ave",
        "#0097a7",
    )
    cc = person(cust, "Kyle Dumont", "Operations Technology Manager", "kdumont")
    e = eng("ai_xs", 9000.0)
    consent, submitted = D(2026, 2, 2), T(2026, 6, 8, 10, 0, -6)
    report = h.findings_report(
        CHINOOK,
        "AI Apps Deployment (XS) – Canal Ticket Assistant – Delivery Report",
        [
            ("Customer", cust.name),
            ("Period", "16 February – 22 May 2026 (production 11 May 2026)"),
            ("Architecture", "Azure OpenAI Service, Azure AI Search, Azure Container Apps"),
            ("MCI claim", cid),
        ],
        [
            (
                "Delivered",
                ul(
                    [
                        "Assistant that drafts water-order and canal-maintenance tickets from irrigators' calls and "
                        "e-mails "
                        "for 1,400 irrigation customers.",
                        "Grounded on 30 years of district water-allocation rules; in production for 9 ditch riders.",
                    ]
                ),
            ),
            ("Consumption", "<p>Estimated Azure consumption USD 2,900 per month.</p>"),
        ],
        T(2026, 5, 27, 16, 0, -6),
        CH_AM.name,
        f"{cid}|rep",
        right="Delivery Report",
    )
    files, claim = h.pa_claim(
        cid,
        CHINOOK,
        CH_AM,
        cust,
        cc,
        area="Azure",
        eng=e,
        consent=consent,
        submitted=submitted,
        poe={"AI_Deployment_Delivery_Report_Bow_River.pdf": report},
        amount=9000.0,
        inv_no="CS-2026-0406",
        inv_day=D(2026, 6, 3),
        activities="AI ticket assistant deployed to production",
        outcome="In production since 11 May 2026 for 9 ditch riders",
        participants="9",
        invoice_kw={"date_style": "us_long", "bank": "Wire: ATB Financial · USD account"},
    )
    checks = g.pa_ok()
    checks["submission_window"] = "fail"
    return Bundle(
        f"{cid}_bow_river_xs_project_day_126",
        claim,
        files,
        "reject",
        f"XS project: the claim must be submitted within 120 days of customer consent (2026-02-02 → 2026-06-02); it "
        f"was submitted on 2026-06-08, day {days(consent, submitted)}. 'Not submitted claim expired' – expired claims "
        "cannot be reactivated. Report, invoice (USD 9,000) and surveys are otherwise fine.",
        "consent_date 2026-02-02; submitted_at 2026-06-08 (126 days > 120); activity_type xs_small.",
        checks,
    )


# --------------------------------------------------------------------------------------------------------------
# assembly and output (set G's bundle writer and expected.json layout)
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
        mixed = isinstance(value, list) and not (_values(value) <= {"pass", NA} or _values(value) <= {"fail", "warn"})
        if mixed and "UNSURE" not in b.why:
            problems.append(f"{key} allows pass and fail/warn without an UNSURE note")
    if missing := {d["path"] for d in b.claim["documents"]} - set(b.files):
        problems.append(f"listed but missing {missing}")
    failing = [k for k, v in b.checks.items() if _values(v) <= {"fail", "warn"}]
    if b.decision == "approve" and failing:
        problems.append(f"approved with failing checks {failing}")
    if b.decision != "approve" and not failing and b.claim_id not in RULE_ONLY:
        problems.append(f"{b.decision} without a failing check or a stated rule")
    if b.claim_id in RULE_ONLY and failing:
        problems.append("listed as rule-only but asserts failing checks")
    for doc in b.claim["documents"]:
        if doc["role"] == "public_sector_disclosure" and b.claim["customer"]["segment"] != "public_sector":
            problems.append("disclosure on a commercial customer")
    if problems:
        raise RuntimeError(f"{b.claim_id}: " + "; ".join(problems))
    g.validate_claim(b.claim)


def build_all() -> list[Bundle]:
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s504_") and callable(fn)]
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
    """Make ``out`` an empty directory, refusing to empty one that holds anything but a previous set P."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = sorted(out.iterdir())
    foreign = [e.name for e in entries if e.name != "expected.json" and not e.name.startswith("50410")]
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
    cli = argparse.ArgumentParser(description="Write held-out test set P: MCI claim bundles and expected.json.")
    cli.add_argument("out", type=Path, help="output directory (absent, empty, or an earlier set P)")
    cli.add_argument("--force", action="store_true", help="replace whatever OUTDIR holds")
    opts = cli.parse_args(argv)
    started = time.perf_counter()
    _clear(opts.out, opts.force)
    build(opts.out)
    expected = json.loads((opts.out / "expected.json").read_text(encoding="utf-8"))
    tally = {
        d: sum(1 for e in expected.values() if e["decision"] == d) for d in ("approve", "action_required", "reject")
    }
    lines = [f"{claim_id} {entry['decision']:<16} {entry['bundle']}" for claim_id, entry in expected.items()]
    lines.append(f"{len(expected)} bundles in {opts.out}: " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    lines.append(f"built in {time.perf_counter() - started:.1f} s")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
