"""Write held-out test set Q for POE Reviewer: MCI claim bundles plus ``expected.json``.

Every expectation here was written from the MCI claiming guide (June 2025, shared/seed) and the bundle format
(shared/spec/claims-interchange.md) alone: what a careful human reviewer would decide from those rules, never
what the tool does. Claims 5051001-5051066, all submitted in 2026, with partners and customers of their own.

The document machinery (PDF, Word, e-mail, scans, photos, ink, e-signatures, digital signatures, bundles) is set
G's, imported from ``tools/make_holdout_g.py``, with a few of set H's templates (findings reports, the Partner
Activities kit, public-sector disclosures, cropping from scans); this module adds the partners' own document
templates and the scenarios: closure and completion reports, bilingual protocols, SOC service reviews as slide
decks, go-live certificates, Word status reports, printed and forwarded mail threads, scans (rotated, low dpi,
phone photos), e-signature envelopes and PAdES signatures.

Queue effects:
- boilerplate, not reuse: Harborlight Digital's completion-report template on three customers (5051001-5051003),
  the standard public-sector disclosure wording on five claims (5051017, 5051018, 5051019 unsigned, 5051021,
  5051044), the AMMP programme's activity list on every AMMP claim, the partners' e-mail footers, and one
  customer's single acceptance uploaded on its two claims split by solution area (5051065 / 5051066);
- reuse of claim-specific evidence: the figures table of 5051001 copied into 5051004; the signature of 5051032's
  signer pasted into 5051033; the signed acceptance of 5051035 uploaded for a sister company on 5051036; one AMMP
  invoice for two claims, 5051039 and 5051040;
- conflicting claims (two partners, same customer and workload): 5051023 v 5051024 (Dynamics 365 Sales),
  5051028 v 5051029 (Intune and Defender for Endpoint), 5051030 v 5051031 (Teams Phone);
- returning claims: resubmitted after action required (5051050 in time, 5051051 late, 5051055 Partner Activities
  in time, 5051057 without the requested acknowledgement), disputes (5051052 in time and resolved, 5051053 after
  the 30 days, 5051054 unresolved, 5051056 an automatic rejection that cannot be disputed).

Usage: ``python tools/make_holdout_q.py OUTDIR [--force]``. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import time
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

import pymupdf

try:
    from tools import make_holdout_g as g
    from tools import make_holdout_h as h
except ImportError:  # run as a script: python tools/make_holdout_q.py
    import make_holdout_g as g  # type: ignore[no-redef]
    import make_holdout_h as h  # type: ignore[no-redef]

Org, Person, Mail, Party, Ink, Bundle = g.Org, g.Person, g.Mail, g.Party, g.Ink, g.Bundle
T, D, person, meta, css, kv, grid, ul, paras = g.T, g.D, g.person, g.meta, g.css, g.kv, g.grid, g.ul, g.paras
fields = g.fields
NA, PASS_NA = g.NA, g.PASS_NA
FIRST_ID, LAST_ID = 5051001, 5051066
days = h.days

# Non-approve claims whose reason is a rule of the claim's life (a window of the guide's "Status of a claim",
# "Dispute a claim", "Claim rejection" or "Conflicting Claims") rather than any one of the spec's check ids: for
# these no check id is asserted as failing.
RULE_ONLY: dict[str, str] = {
    "5051031": "conflicting claim: only one partner can be CPOR for a workload; 5051030 drove the most influence",
    "5051051": "CPOR: resubmitted 19 days after 'Partner Action Required' (14 calendar days, then rejected)",
    "5051053": "CPOR: dispute submitted 41 days after the rejection (dispute available for 30 days only)",
    "5051056": "Partner Activities: automatic rejection because the customer consented to another partner's "
    "claim; disputes are not accepted for this scenario",
}

_CACHE: dict[str, Any] = {}


# --------------------------------------------------------------------------------------------------------------
# the partners of this set
# --------------------------------------------------------------------------------------------------------------

HARBORLIGHT = Org(
    "Harborlight Digital LLC",
    "Harborlight Digital",
    "harborlightdigital.com",
    "US",
    "Boston, MA 02210",
    "88 Seaport Blvd, Suite 410",
    "#0e4d92",
    "EIN 47-3318205",
    "+1 617 555 0193",
)
KESTREL = Org(
    "Kestrel Peak Consulting Ltd",
    "Kestrel Peak",
    "kestrelpeak.co.uk",
    "GB",
    "Leeds LS1 4DL",
    "3 Wellington Place",
    "#5b2c6f",
    "Registered in England no. 09871442",
    "+44 113 496 0215",
)
BRUECKENWERK = Org(
    "Brückenwerk IT GmbH",
    "Brückenwerk IT",
    "brueckenwerk-it.de",
    "DE",
    "04109 Leipzig",
    "Katharinenstraße 17",
    "#b03a2e",
    "HRB 31877, Amtsgericht Leipzig",
    "+49 341 555 2870",
)
MAPLERIDGE = Org(
    "Maple Ridge IT Solutions Inc.",
    "Maple Ridge IT",
    "mapleridgeit.ca",
    "CA",
    "Calgary, AB T2P 1J9",
    "640 8 Ave SW, Suite 1200",
    "#a04000",
    "BN 78215 4419",
    "+1 403 555 0148",
)
SALTMARSH = Org(
    "Saltmarsh Cloud Co.",
    "Saltmarsh Cloud",
    "saltmarshcloud.com",
    "US",
    "Charleston, SC 29401",
    "171 Church St, Suite 220",
    "#117a65",
    "EIN 82-1904417",
    "+1 843 555 0126",
)
CARIBE = Org(
    "Caribe Nimbus LLC",
    "Caribe Nimbus",
    "caribenimbus.com",
    "PR",
    "San Juan, PR 00918",
    "250 Ave. Ponce de León, Suite 900",
    "#1f618d",
    "EIN 66-0912834",
    "+1 787 555 0170",
)
PINECREST = Org(
    "Pinecrest Dynamics Group LLC",
    "Pinecrest Dynamics",
    "pinecrestdynamics.com",
    "US",
    "Denver, CO 80202",
    "1600 Stout St, Suite 700",
    "#196f3d",
    "EIN 84-3372910",
    "+1 303 555 0181",
)
LODESTAR = Org(
    "Lodestar BizApps LLC",
    "Lodestar BizApps",
    "lodestarbizapps.com",
    "US",
    "Phoenix, AZ 85004",
    "2 N Central Ave, Floor 18",
    "#7d6608",
    "EIN 86-2241157",
    "+1 602 555 0107",
)
OAKHAVEN = Org(
    "Oakhaven Secure Networks Inc.",
    "Oakhaven Secure",
    "oakhavensecure.com",
    "US",
    "Austin, TX 78701",
    "300 W 6th St, Suite 1500",
    "#283747",
    "EIN 74-3390126",
    "+1 512 555 0139",
)
REDWOOD = Org(
    "Redwood Hollow IT Services LLC",
    "Redwood Hollow IT",
    "redwoodhollowit.com",
    "US",
    "Lubbock, TX 79401",
    "1212 13th St",
    "#6e2c00",
    "EIN 75-2981044",
    "+1 806 555 0112",
)
VANERN = Org(
    "Vänern IT Partner AB",
    "Vänern IT",
    "vanernit.se",
    "SE",
    "652 24 Karlstad",
    "Drottninggatan 29",
    "#1a5276",
    "Org.nr 559214-6603",
    "+46 54 555 12 40",
)
NORRVIK = Org(
    "Norrvik Telekom AB",
    "Norrvik Telekom",
    "norrviktelekom.se",
    "SE",
    "411 04 Göteborg",
    "Kungsportsavenyen 10",
    "#922b21",
    "Org.nr 556731-2208",
    "+46 31 555 80 00",
)
ANDORINHA = Org(
    "Andorinha Tecnologia Ltda.",
    "Andorinha Tecnologia",
    "andorinhatec.com.br",
    "BR",
    "Porto Alegre – RS, 90010-150",
    "Rua dos Andradas 1234, 8º andar",
    "#148f77",
    "CNPJ 28.417.305/0001-62",
    "+55 51 3555 0142",
)
TAMARIND = Org(
    "Tamarind Cloud Services Pte. Ltd.",
    "Tamarind Cloud",
    "tamarindcloud.sg",
    "SG",
    "Singapore 068912",
    "8 Cross Street, #21-03",
    "#b9770e",
    "UEN 201934877K",
    "+65 6555 0188",
)
SOLVARE = Org(
    "Solváre Nube S.L.",
    "Solváre Nube",
    "solvarenube.es",
    "ES",
    "46004 València",
    "Carrer de Colón 48, 5ª planta",
    "#c0392b",
    "CIF B98765432",
    "+34 963 555 214",
)
TEAWA = Org(
    "Te Awa Digital Limited",
    "Te Awa Digital",
    "teawadigital.co.nz",
    "NZ",
    "Hamilton 3204",
    "Level 3, 18 London Street",
    "#0b5345",
    "NZBN 9429048173552",
    "+64 7 555 0163",
)
CERULEAN = Org(
    "Cerulean Arc Technologies Pvt. Ltd.",
    "Cerulean Arc",
    "ceruleanarc.in",
    "IN",
    "Hyderabad, Telangana 500081",
    "Plot 14, Cyber Towers Road, HITEC City",
    "#2874a6",
    "CIN U72900TG2017PTC118244",
    "+91 40 5555 0147",
)
KINABALU = Org(
    "Kinabalu Systems Sdn. Bhd.",
    "Kinabalu Systems",
    "kinabalusystems.com.my",
    "MY",
    "88000 Kota Kinabalu, Sabah",
    "Lot 7, Jalan Tun Fuad Stephens",
    "#6c3483",
    "Reg. No. 201801027744 (1290412-K)",
    "+60 88 555 214",
)
MVULI = Org(
    "Mvuli Cloud Limited",
    "Mvuli Cloud",
    "mvulicloud.co.ke",
    "KE",
    "Nairobi 00100",
    "Riverside Drive, Mvuli Court, 4th Floor",
    "#1e8449",
    "PIN P051829476K",
    "+254 20 555 0193",
)

HL_PM = person(HARBORLIGHT, "Colleen Brady", "Engagement Manager", "cbrady", "+1 617 555 0193")
HL_ARCH = person(HARBORLIGHT, "Marcus Delgado", "Modern Work Architect", "mdelgado")
KP_SDM = person(KESTREL, "Imogen Hartley", "Service Delivery Manager, SOC", "imogen.hartley")
KP_LEAD = person(KESTREL, "Rob Sutcliffe", "Head of Security Services", "rob.sutcliffe")
BW_PM = person(BRUECKENWERK, "Annett Schubert", "Projektleiterin / Project Manager", "a.schubert")
BW_CONS = person(BRUECKENWERK, "Jens Voigt", "Senior Consultant Modern Work", "j.voigt")
MR_PM = person(MAPLERIDGE, "Priya Sandhu", "Project Manager", "psandhu")
MR_AM = person(MAPLERIDGE, "Garrett Olsen", "Client Executive", "golsen")
SM_PM = person(SALTMARSH, "Tamika Greene", "Public Sector Engagement Lead", "tgreene", "+1 843 555 0126")
SM_ENG = person(SALTMARSH, "Wade Pinckney", "Senior Systems Engineer", "wpinckney")
CN_PM = person(CARIBE, "Yolanda Ortiz Colón", "Gerente de Proyectos / Project Manager", "yortiz")
PD_SA = person(PINECREST, "Heather Lindgren", "Solution Architect, Dynamics 365", "hlindgren")
PD_EM = person(PINECREST, "Jared Whitcomb", "Engagement Manager", "jwhitcomb")
LB_AE = person(LODESTAR, "Brent Caldwell", "Account Executive", "bcaldwell")
OH_LEAD = person(OAKHAVEN, "Danielle Ruiz", "Security Practice Director", "druiz")
OH_ENG = person(OAKHAVEN, "Kyle Brandt", "Endpoint Security Engineer", "kbrandt")
RH_OWNER = person(REDWOOD, "Travis McCall", "Owner / Principal Consultant", "travis")
VI_PM = person(VANERN, "Elin Lundgren", "Projektledare / Project Manager", "elin.lundgren")
NT_AM = person(NORRVIK, "Oskar Berglund", "Key Account Manager", "oskar.berglund")
AT_PM = person(ANDORINHA, "Camila Rocha", "Gerente de Projetos", "camila.rocha")
AT_AM = person(ANDORINHA, "Eduardo Lenz", "Executivo de Contas", "eduardo.lenz")
TC_PM = person(TAMARIND, "Rachel Tan", "Delivery Lead", "rachel.tan")
TC_SEC = person(TAMARIND, "Arjun Nair", "Security Consultant", "arjun.nair")
SN_PM = person(SOLVARE, "Marta Vidal", "Cap de Projecte / Project Lead", "marta.vidal")
SN_ADM = person(SOLVARE, "Jordi Ferrer", "Administración / Accounts", "administracion")
TA_LEAD = person(TEAWA, "Hemi Walker", "Cloud Delivery Lead", "hemi.walker")
CA_PM = person(CERULEAN, "Srinivas Reddy", "Delivery Manager", "srinivas.reddy")
CA_AM = person(CERULEAN, "Lakshmi Iyengar", "Alliances Manager", "lakshmi.iyengar")
KS_PM = person(KINABALU, "Nurul Ain Jaafar", "Project Manager", "nurulain")
KS_CON = person(KINABALU, "Jonathan Lo", "Principal Consultant", "jonathan.lo")
MV_PM = person(MVULI, "Wairimu Njoroge", "Project Manager", "wairimu.njoroge")
MV_AM = person(MVULI, "Brian Otieno", "Account Manager", "brian.otieno")


# --------------------------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------------------------


def sig_lines(p: Person, extra: str = "") -> str:
    """A customer's e-mail signature, as customers write it (often the short or trade name)."""
    return f"{p.name}\n{p.title}\n{extra or p.org.short}"


def mail_person(org: Org, name: str, title: str, address: str) -> Person:
    """Someone whose address is not ``local@org.domain`` (a subdomain, an alias, another company's domain)."""
    return Person(name, address, title, org)


def form_inks(
    name: str,
    date_text: str,
    *,
    sig_label: str = "Customer signature",
    date_label: str = "Date signed",
    dx: float = 150,
    color: tuple[int, int, int] = g.INK_BLUE,
    occurrence: int = 0,
    date_occurrence: int | None = None,
) -> list[Any]:
    """Ink on a label/value form built with :func:`g.fields` (signature cell and date cell)."""
    out = [Ink(sig_label, "sig", name, dx=dx, dy=4, h=30, color=color, occurrence=occurrence)]
    day_occ = occurrence if date_occurrence is None else date_occurrence
    if date_text:
        out.append(Ink(date_label, "hand", date_text, dx=dx, dy=3, h=13, color=color, occurrence=day_occ))
    return out


def simple_doc(
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
    numbers: str = "Page {i} of {n}",
) -> bytes:
    """A partner's own document with its letterhead (logo, running header and footer)."""
    return g.html_pdf(
        html,
        meta(title, author, when, app),
        seed,
        size=size,
        style=css(partner.color),
        decor=g.Decor(
            partner,
            right=right or escape(title),
            footer=footer or escape(f"{partner.name} · {partner.street}, {partner.city}"),
            accent=partner.color,
            numbers=numbers,
        ),
    )


def cpor(
    cid: str,
    partner: Org,
    pc: Person,
    cust: Org,
    cc: Person,
    files: dict[str, bytes],
    *,
    area: str,
    workloads: Sequence[str],
    submitted: dt.datetime,
    kind: str = "usage",
    roles: dict[str, str] | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """A CPOR claim whose uploads are all POE unless ``roles`` says otherwise."""
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


def printed_mail(m: Any, owner: Person, seed: str, *, browser: bool = False) -> bytes:
    """An e-mail printed to PDF from Outlook (desktop, or Outlook on the web through the browser): set G's printout
    with the header labels in a fixed-width column."""
    lab = g.QUOTE_LABELS.get(m.lang, g.QUOTE_LABELS["en"])
    rows = [
        (lab[0], f"{escape(m.frm.name)} &lt;{escape(m.frm.email)}&gt;"),
        (lab[1], escape(g._sent_label(m.when, m.lang))),
        (lab[2], escape(g._names(m.to))),
    ]
    if m.cc:
        rows.append((lab[3], escape(g._names(m.cc))))
    rows.append((lab[4], escape(m.subject)))
    if m.attachments:
        rows.append(("Attachments", escape("; ".join(n for n, _ in m.attachments))))
    head = "".join(
        f'<tr><td style="border:none;width:74pt;font-weight:bold;padding:1pt">{k}:</td>'
        f'<td style="border:none;width:400pt;padding:1pt">{v}</td></tr>'
        for k, v in rows
    )
    body = "".join(f"<p>{g.nb(b)}</p>" for b in g.mail_text(m).strip().split("\n\n"))
    top = f'<p style="font-size:13pt;font-weight:bold;margin-bottom:2pt">{escape(owner.name)}</p><hr/>'
    if browser:
        top = f'<p style="font-size:15pt;margin-bottom:6pt">{escape(m.subject)}</p>'
    html = f'{top}<table style="margin-bottom:10pt">{head}</table>{body}'
    style = css(size=10, extra="hr {border: 0; border-top: 1.5pt solid #000000;}")
    when = m.when + dt.timedelta(days=2)
    return g.html_pdf(
        html,
        meta(m.subject, owner.name, when, g.EDGE if browser else g.OUTLOOK),
        seed,
        style=style,
        margins=(54, 54, 54, 54),
    )


def checks_with(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    out = dict(base)
    out.update(changes)
    return out


def cached(key: str, make: Any) -> Any:
    if key not in _CACHE:
        _CACHE[key] = make()
    return _CACHE[key]


# --------------------------------------------------------------------------------------------------------------
# Harborlight Digital: one Engagement Completion Report template, four customers
# --------------------------------------------------------------------------------------------------------------

HARBORLIGHT_METHOD = (
    "Harborlight closes every engagement with this report. It restates the outcomes agreed in the statement of "
    "work, records what was built in the customer's tenant and the measured result against each success measure, "
    "lists the milestones as they actually happened and the items the customer's team owns from handover, and "
    "carries the customer sponsor's acceptance."
)
HARBORLIGHT_FOOTER = "Harborlight Digital LLC · 88 Seaport Blvd, Suite 410, Boston MA 02210 · Client confidential"

NBS_METRICS = [
    ("Windows devices enrolled in Intune", "600", "612 (Autopilot: 188)"),
    ("Android rugged scanners enrolled (dedicated mode)", "140", "146"),
    ("Compliance policies / configuration profiles", "9 / 16", "11 / 18"),
    ("Users on Microsoft 365 Apps (Current Channel)", "580", "597"),
    ("Legacy MDM (Workspace ONE) retired", "by 02/13/2026", "02/11/2026"),
]


def harborlight_report(
    cust: Org,
    sponsor: Person,
    ref: str,
    day: dt.date,
    summary: str,
    workloads: Sequence[tuple[str, str, str]],
    measures: Sequence[tuple[str, str, str]],
    milestones: Sequence[tuple[str, str, str]],
    ownership: Sequence[str],
    seed: str,
    *,
    accepted_by_mail: str = "",
) -> bytes:
    """Harborlight Digital's Engagement Completion Report (the same template for every customer)."""
    cover = f"""
<p class="muted" style="margin-top:34pt;letter-spacing:1pt">ENGAGEMENT COMPLETION REPORT</p>
<h1 style="font-size:22pt">{escape(cust.name)}</h1>
<p style="font-size:11.5pt">{escape(summary.split(". ")[0])}.</p>
{
        kv(
            [
                ("Reference", ref),
                ("Status", "Final – for customer acceptance"),
                ("Date", g.fdate(day, "us_long")),
                ("Engagement manager", f"{HL_PM.name}, {escape(HARBORLIGHT.name)}"),
                ("Customer sponsor", f"{escape(sponsor.name)}, {escape(sponsor.title)}"),
            ]
        )
    }
<h2>About this report</h2><p>{HARBORLIGHT_METHOD}</p>
"""
    body = f"""
<h2>1. Engagement at a glance</h2><p>{summary}</p>
<h2>2. Workloads delivered</h2>
{grid(["Workload", "What Harborlight built and handed over", "Status"], workloads, [22, 60, 18])}
<h2>3. Results against success measures</h2>
{grid(["Success measure", "Target", "Result"], measures, [52, 20, 28])}
<h2>4. Milestones</h2>
{grid(["Milestone", "Dates", "What happened"], milestones, [18, 24, 58])}
<h2>5. Owned by the customer from handover</h2>{ul(ownership)}
"""
    accept = "<h2>6. Customer acceptance</h2>"
    if accepted_by_mail:
        accept += f"<p>{accepted_by_mail}</p>"
    else:
        parties = [
            Party("Customer", cust.name, sponsor.name, sponsor.title),
            Party("Harborlight Digital", HARBORLIGHT.name, HL_PM.name, HL_PM.title),
        ]
        accept += g.signoff(
            "columns",
            parties,
            heading="",
            statement=f"{escape(cust.name)} confirms that Harborlight Digital LLC delivered the workloads in section 2 "
            "in its tenant as described and accepts the engagement as complete.",
        )
    return g.report_pdf(
        HARBORLIGHT,
        [cover, body, accept],
        meta(f"{cust.short} – Engagement Completion Report", HL_PM.name, T(day.year, day.month, day.day, 17, 10, -5)),
        seed,
        right=f"Engagement Completion Report · {ref}",
        footer=HARBORLIGHT_FOOTER,
        size=g.LETTER,
    )


def harborlight_inks(cust: Org, sponsor: Person, date_text: str, page: int) -> list[Any]:
    parties = [
        Party("Customer", cust.name, sponsor.name, sponsor.title),
        Party("Harborlight Digital", HARBORLIGHT.name, HL_PM.name, HL_PM.title),
    ]
    return [
        *g.sign_inks("columns", parties[0], 0, date_text, page=page),
        *g.sign_inks("columns", parties[1], 1, date_text, color=g.INK_BLACK, page=page),
    ]


NBS = Org(
    "Narragansett Bay Seafood Co.",
    "NB Seafood",
    "nbseafood.com",
    "US",
    "North Kingstown, RI 02852",
    "95 Seaview Ave, Quonset Business Park",
    "#21618c",
)
NBS_COO = person(NBS, "Gail Ferreira", "Chief Operating Officer", "gferreira")


def nbs_report() -> bytes:
    return harborlight_report(
        NBS,
        NBS_COO,
        "HLD-ECR-2026-007",
        D(2026, 2, 20),
        "Harborlight moved NB Seafood's processing plant, cold store and fleet office from VMware Workspace ONE and "
        "a self-hosted Office 2019 image to Microsoft Intune and Microsoft 365 Apps. The 146 rugged Android scanners "
        "used on the processing floor and at the cold store now run in Intune dedicated-device mode.",
        [
            (
                "Microsoft Intune",
                "Windows Autopilot (user-driven, hybrid join removed), compliance and configuration baselines, "
                "Android Enterprise dedicated mode for Zebra TC58 scanners with a locked receiving app, update rings",
                "Complete",
            ),
            (
                "Microsoft 365 Apps",
                "Microsoft 365 Apps for enterprise (Current Channel) packaged in Intune, Office 2019 removed, "
                "shared computer activation on 22 floor kiosks",
                "Complete",
            ),
        ],
        NBS_METRICS,
        [
            ("Mobilize", "12/01/2025 – 12/12/2025", "Device inventory (758), app list (31), plant shift interviews"),
            ("Build", "12/15/2025 – 01/09/2026", "Baselines, Autopilot profiles, scanner kiosk profile, app packages"),
            ("Roll out", "01/12/2026 – 02/06/2026", "Office first, then plant floor and cold store by shift"),
            ("Handover", "02/09/2026 – 02/13/2026", "Runbook, admin training (4 sessions), Workspace ONE shutdown"),
        ],
        [
            "NB Seafood IT (2 admins) owns device enrollment and app assignment; runbook v1.1 handed over 02/13/2026.",
            "Harborlight provides a quarterly compliance health check under the advisory retainer.",
        ],
        "5051001|report",
    )


def s505_001_nb_seafood_completion_report_scanned() -> Bundle:
    cid = "5051001"
    report = nbs_report()
    page = g.page_of(report, "6. Customer acceptance")
    signed = g.with_scanned_pages(
        report,
        [page],
        harborlight_inks(NBS, NBS_COO, "2/24/2026", page),
        f"{cid}|scan",
        T(2026, 2, 24, 15, 5, -5),
        meta("NB Seafood – Engagement Completion Report (signed)", HL_PM.name, T(2026, 2, 25, 9, 0, -5)),
        dpi=150,
        skew=0.45,
    )
    shot = g.portal_screenshot(
        "Intune admin center | Devices | Overview",
        [("Enrolled devices", "758"), ("Compliant", "96.8%"), ("Windows", "612"), ("Android", "146")],
        [
            ("NBS-PLT-TC58-044", "Android (dedicated)", "Compliant", "Receiving – Plant"),
            ("NBS-OFC-LT0119", "Windows", "Compliant", "Sales office"),
            ("NBS-CS-TC58-012", "Android (dedicated)", "Compliant", "Cold store"),
            ("NBS-FLT-LT0031", "Windows", "Compliant", "Fleet dispatch"),
        ],
        ["Device name", "OS", "Compliance", "Group"],
        f"{cid}|shot",
        tenant="nbseafood.com",
    )
    files = {
        "POE/NB Seafood – Engagement Completion Report HLD-ECR-2026-007 (signed).pdf": signed,
        "POE/Intune device overview 2026-02-13.png": shot,
    }
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_PM,
        NBS,
        NBS_COO,
        files,
        area="Modern Work",
        workloads=["INTUNE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 3, 10, 14, 20, -5),
        roles={"POE/Intune device overview 2026-02-13.png": "supporting"},
        customer_name="NARRAGANSETT BAY SEAFOOD CO",
    )
    return Bundle(
        f"{cid}_nb_seafood_completion_report_scanned",
        claim,
        files,
        "approve",
        "Harborlight's completion report for NB Seafood (trade name of Narragansett Bay Seafood Co.): 612 Windows "
        "devices and 146 rugged Android scanners in Intune, 597 users on Microsoft 365 Apps, milestones with dates, "
        "and the acceptance page printed, signed by the COO on 2/24/2026 and scanned back in – 14 days before "
        "submission. The template's method paragraph and headings recur on Harborlight's other claims with other "
        "customers' numbers: boilerplate. This claim holds the original of the figures table that 5051004 copies.",
        "Scanned page 'Customer acceptance': Gail Ferreira's signature and '2/24/2026'; section 3 table 612 / 146 / "
        "597.",
        g.cpor_ok(),
    )


MVO = Org(
    "Merrimack Valley Orthodontics, P.C.",
    "MV Ortho",
    "mvortho.com",
    "US",
    "Andover, MA 01810",
    "300 Brickstone Sq, Suite 201",
    "#7d3c98",
)
MVO_PM = mail_person(MVO, "Dana Kessler", "Practice Operations Director", "dana.kessler@practice.mvortho.com")


def s505_002_mv_ortho_acceptance_mail_subdomain() -> Bundle:
    cid = "5051002"
    report = harborlight_report(
        MVO,
        MVO_PM,
        "HLD-ECR-2026-019",
        D(2026, 5, 1),
        "Harborlight replaced the practice's file server and text-message group chats with Microsoft Teams and "
        "SharePoint Online for 9 offices and 164 staff. Treatment coordinators now share schedules and patient "
        "hand-offs in Teams, and the clinical protocols library lives on SharePoint.",
        [
            (
                "Microsoft Teams",
                "One team per office plus Clinical, Front Desk and Billing; private channels for patient "
                "hand-offs; meeting policies; Teams on 38 shared chairside tablets",
                "Complete",
            ),
            (
                "SharePoint Online",
                "Protocols hub with 9 office sites, 1.3 TB migrated from the Andover file server, sensitivity "
                "labels on the HR and payroll libraries",
                "Complete",
            ),
        ],
        [
            ("Staff active in Teams weekly (week 3 after go-live)", "150", "161 of 164"),
            ("Offices using the hand-off channel daily", "9", "9"),
            ("File server content migrated", "1.2 TB", "1.3 TB"),
            ("File server decommissioned", "by 04/30/2026", "04/27/2026"),
        ],
        [
            ("Mobilize", "02/23/2026 – 03/06/2026", "Site visits to 4 offices, file share analysis"),
            ("Build", "03/09/2026 – 03/27/2026", "Teams and SharePoint design, label policy, migration waves"),
            ("Roll out", "03/30/2026 – 04/17/2026", "Offices in 3 waves, chairside tablets"),
            ("Handover", "04/20/2026 – 04/27/2026", "Office champions trained, file server shut down"),
        ],
        ["Office managers own team membership; the practice's IT vendor keeps the tablets patched."],
        f"{cid}|report",
        accepted_by_mail="Acceptance was given by e-mail by the customer sponsor on May 7, 2026 (uploaded with "
        "this report).",
    )
    m1 = Mail(
        HL_PM,
        [MVO_PM],
        "MV Ortho – Teams & SharePoint completion report for your acceptance",
        T(2026, 5, 4, 16, 30, -4),
        "Hi Dana,\n\nAttached is the completion report (HLD-ECR-2026-019) for the Teams and SharePoint rollout. It "
        "has the numbers we reviewed on Thursday: 161 of 164 staff active in Teams, all 9 offices using the hand-off "
        "channel, 1.3 TB moved to SharePoint and the Andover file server shut down on 4/27.\n\nCould you reply to "
        "confirm MV Ortho accepts the engagement as complete?\n\nThanks,\nColleen\n\n" + g.footer_block(HL_PM),
        cc=[HL_ARCH],
        attachments=[("MV Ortho - Engagement Completion Report HLD-ECR-2026-019.pdf", report)],
        mailer="Microsoft Outlook 16.0",
    )
    m2 = Mail(
        MVO_PM,
        [HL_PM],
        "RE: MV Ortho – Teams & SharePoint completion report for your acceptance",
        T(2026, 5, 7, 8, 2, -4),
        "Colleen,\n\nI read through the report with Dr. Amin and the office managers. The numbers match what we see – "
        "every office is running hand-offs in Teams and nobody has asked for the S: drive since it went away.\n\nMV "
        "Ortho accepts the Teams and SharePoint engagement as complete. Thank you and Marcus for the smooth rollout."
        "\n\nDana\n\n" + sig_lines(MVO_PM, "Merrimack Valley Orthodontics | MV Ortho"),
        cc=[HL_ARCH],
        quoted=m1,
        style="gmail",
        mailer="Google Workspace",
    )
    files = {
        "MV Ortho - Engagement Completion Report HLD-ECR-2026-019.pdf": report,
        "RE MV Ortho - Teams & SharePoint completion report for your acceptance.eml": g.eml(m2),
    }
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_PM,
        MVO,
        MVO_PM,
        files,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 19, 10, 45, -4),
    )
    return Bundle(
        f"{cid}_mv_ortho_acceptance_mail_from_subdomain",
        claim,
        files,
        "approve",
        "Same Harborlight template with MV Ortho's own numbers (161 of 164 staff in Teams, 9 offices, 1.3 TB on "
        "SharePoint), and the sponsor's reply of May 7, 2026 accepting the engagement. She writes from "
        "practice.mvortho.com, a subdomain of the claim's customer domain mvortho.com – the customer's own domain. "
        "Template wording shared with Harborlight's other claims is boilerplate.",
        "Reply from dana.kessler@practice.mvortho.com, 7 May 2026: 'MV Ortho accepts the Teams and SharePoint "
        "engagement as complete.'",
        g.cpor_ok(email_ack=True),
        container="zip",
    )


HPC = Org(
    "Housatonic Paper Converters, Inc.",
    "Housatonic Paper",
    "hpconverters.com",
    "US",
    "New Milford, CT 06776",
    "41 Bridge St",
    "#935116",
)
HPC_VP = person(HPC, "Russell Dubois", "VP Finance & IT", "rdubois")


def s505_003_housatonic_empty_acceptance_block() -> Bundle:
    cid = "5051003"
    report = harborlight_report(
        HPC,
        HPC_VP,
        "HLD-ECR-2026-023",
        D(2026, 5, 22),
        "Harborlight migrated Housatonic Paper's 220 mailboxes from a hosted Exchange 2016 provider to Exchange "
        "Online and introduced Microsoft Teams for the two converting plants and the sales office. Shift supervisors "
        "now run the daily production huddle as a Teams meeting.",
        [
            (
                "Exchange Online",
                "Staged migration of 220 user and 14 shared mailboxes, mail flow cutover, DKIM/DMARC, retention "
                "for order confirmations (7 years)",
                "Complete",
            ),
            (
                "Microsoft Teams",
                "Teams for both plants and the sales office, huddle meeting template, Teams on 12 shop-floor "
                "panels, external access for 6 key converters' customers",
                "Complete",
            ),
        ],
        [
            ("Mailboxes migrated", "230", "234"),
            ("Daily production huddles held in Teams", "2 plants", "2 plants, 3 shifts"),
            ("Hosted Exchange contract ended", "by 05/31/2026", "05/15/2026"),
        ],
        [
            ("Mobilize", "03/02/2026 – 03/13/2026", "Mailbox and DNS inventory, huddle observation at both plants"),
            ("Build", "03/16/2026 – 04/03/2026", "Tenant hardening, migration batches, Teams templates"),
            ("Roll out", "04/06/2026 – 05/08/2026", "Mailboxes in 4 batches, Teams by plant"),
            ("Handover", "05/11/2026 – 05/15/2026", "Admin runbook, 3 end-user sessions"),
        ],
        ["The HPC help desk owns mailbox and team changes from 05/18/2026."],
        f"{cid}|report",
    )
    files = {"Housatonic Paper - Engagement Completion Report HLD-ECR-2026-023.pdf": report}
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_PM,
        HPC,
        HPC_VP,
        files,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 6, 9, 11, 5, -4),
    )
    return Bundle(
        f"{cid}_housatonic_empty_acceptance_block",
        claim,
        files,
        "action_required",
        "The report is specific (234 mailboxes, Teams huddles at both plants, dated milestones), but its acceptance "
        "page only has the printed names: the Signature and Date cells of both columns are empty and no other "
        "document carries the customer's acknowledgement. A signature block that nobody signed is not a customer "
        "signature, and there is no date to test against the 12 months. The partner can upload the signed page.",
        "Page 3 '6. Customer acceptance': Russell Dubois / VP Finance & IT printed; Signature and Date cells blank.",
        {
            "customer_acknowledgement": "fail",
            "acknowledgement_date": ["fail", "warn"],
            "activity_detail": "pass",
            "partner_customer_names": "pass",
            "reused_evidence": "pass",
        },
    )


GHVP = Org(
    "Granite Harbor Veterinary Partners, PLLC",
    "Granite Harbor Vets",
    "graniteharborvets.com",
    "US",
    "Portsmouth, NH 03801",
    "1 New Hampshire Ave, Pease Tradeport",
    "#1d8348",
)
GHVP_COO = person(GHVP, "Lauren Whitfield-Price", "Chief Operating Officer", "lwprice")


def s505_004_granite_harbor_copied_figures() -> Bundle:
    cid = "5051004"
    report = harborlight_report(
        GHVP,
        GHVP_COO,
        "HLD-ECR-2026-031",
        D(2026, 4, 9),
        "Harborlight moved Granite Harbor Vets' seven animal hospitals from VMware Workspace ONE and Office 2019 to "
        "Microsoft Intune and Microsoft 365 Apps. The 146 rugged Android scanners now run in Intune "
        "dedicated-device mode.",
        [
            (
                "Microsoft Intune",
                "Windows Autopilot, compliance and configuration baselines, Android Enterprise dedicated mode for "
                "scanners, update rings",
                "Complete",
            ),
            (
                "Microsoft 365 Apps",
                "Microsoft 365 Apps for enterprise (Current Channel) packaged in Intune, Office 2019 removed, shared "
                "computer activation on exam-room PCs",
                "Complete",
            ),
        ],
        NBS_METRICS,
        [
            ("Mobilize", "01/26/2026 – 02/06/2026", "Hospital visits, device and app inventory"),
            ("Build", "02/09/2026 – 02/27/2026", "Baselines, Autopilot profiles, app packages"),
            ("Roll out", "03/02/2026 – 03/27/2026", "Hospitals in 3 waves"),
            ("Handover", "03/30/2026 – 04/03/2026", "Runbook and admin training"),
        ],
        ["Granite Harbor's IT coordinator owns enrollment and app assignment from handover."],
        f"{cid}|report",
    )
    signed = g.esign(
        report,
        GHVP_COO,
        T(2026, 4, 14, 12, 40, -4),
        f"{cid}|env",
        sig_anchor="Signature",
        sig_dx=100,
        sig_dy=8,
        vendor="docusign",
        certificate=True,
        sender=HL_PM,
        ip="73.149.20.118",
    )
    files = {"Granite Harbor Vets - Engagement Completion Report (DocuSign).pdf": signed}
    claim = cpor(
        cid,
        HARBORLIGHT,
        HL_PM,
        GHVP,
        GHVP_COO,
        files,
        area="Modern Work",
        workloads=["INTUNE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 4, 28, 9, 30, -4),
    )
    return Bundle(
        f"{cid}_granite_harbor_copied_figures_table",
        claim,
        files,
        "action_required",
        "The report is e-signed through DocuSign by Granite Harbor's COO (14 Apr 2026), but its 'Results against "
        "success measures' table is NB Seafood's, word for word and number for number (claim 5051001, dated "
        "February): 612 Windows devices with 188 Autopilot, 146 rugged Android scanners, 9/16 → 11/18 policies, 597 "
        "users, and Workspace ONE retired on 02/11/2026 – before this engagement's own roll-out even started "
        "(03/02/2026). Seven animal hospitals with 146 scanners and the same counts to the unit are another customer's "
        "figures, not this engagement's detail. Ask for the customer's own numbers; 5051001 holds the original.",
        "Section 3 table identical to 5051001's (612 (Autopilot: 188) / 146 / 11 / 18 / 597 / 02/11/2026); "
        "milestones here run 01/26–04/03/2026.",
        {
            "reused_evidence": "fail",
            "activity_detail": ["fail", "warn"],
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Kestrel Peak Consulting: SOC service reviews, a deployment sold as managed security, an affiliate, a workshop
# --------------------------------------------------------------------------------------------------------------


def deck_pdf(
    org: Org,
    slides: Sequence[tuple[str, str]],
    title: str,
    author: str,
    when: dt.datetime,
    seed: str,
    footer: str,
    images: dict[str, bytes] | None = None,
) -> bytes:
    """A 16:9 slide deck exported to PDF from PowerPoint (with pictures)."""
    style = css(
        org.color,
        size=14,
        extra=f"""
h1 {{font-size: 30pt; color: {org.color};}} h2 {{font-size: 22pt; color: {org.color}; margin-top: 0;}}
li {{margin-bottom: 5pt;}} td, th {{font-size: 11pt;}}""",
    )
    pages = [f"<h2>{escape(t)}</h2>{body}" for t, body in slides]
    return g.html_pdf(
        pages,
        meta(title, author, when, g.PPT),
        seed,
        size=g.SLIDE,
        margins=(54, 70, 54, 50),
        style=style,
        images=images,
        decor=g.Decor(org, footer=footer, accent=org.color, numbers="{i}"),
    )


AVBS = Org(
    "Aire Valley Building Society",
    "Aire Valley BS",
    "airevalleybs.co.uk",
    "GB",
    "Keighley BD21 3AE",
    "14 North Street",
    "#154360",
)
AVBS_CISO = person(AVBS, "Fiona Lockwood", "Head of Information Security", "fiona.lockwood")


def s505_005_aire_valley_soc_quarterly_review() -> Bundle:
    cid = "5051005"
    chart = g.bar_chart(
        "Incidents by severity – Q1 2026",
        ["Jan", "Feb", "Mar"],
        [
            ("High", [3, 2, 4], (192, 57, 43)),
            ("Medium", [17, 12, 15], (230, 126, 34)),
            ("Low", [41, 38, 44], (93, 173, 226)),
        ],
    )
    slides = [
        (
            "Aire Valley Building Society – Managed SOC quarterly service review",
            "<p>Q1 2026 (1 January – 31 March 2026)</p><p>Kestrel Peak Consulting Ltd · Security Operations "
            "Centre, Leeds</p><p>Presented to: Fiona Lockwood, Head of Information Security; Neil Atkinson, IT "
            "Operations Manager</p><p>Review meeting: 9 April 2026</p>",
        ),
        (
            "Service in scope",
            ul(
                [
                    "24/7 monitoring, triage and response for Microsoft Defender XDR: Defender for Endpoint (1,140 "
                    "devices, 46 servers), Defender for Office 365 (1,090 mailboxes), Defender for Identity "
                    "(6 domain controllers)",
                    "Management of Microsoft Sentinel workspace law-avbs-soc-uks: 14 data connectors, 63 analytics "
                    "rules, 9 automation playbooks",
                    "Monthly threat hunting across Defender XDR and Sentinel",
                    "Quarterly security configuration assessment (Secure Score, Defender for Cloud)",
                ]
            ),
        ),
        (
            "Incidents handled – Q1 2026",
            '<img src="chart.png" width="520"/>'
            + grid(
                ["", "Jan", "Feb", "Mar", "Q1"],
                [
                    ("Incidents triaged", "61", "52", "63", "176"),
                    ("Escalated to AVBS", "5", "3", "6", "14"),
                    ("Mean time to acknowledge (High)", "6 min", "8 min", "5 min", "6 min"),
                    ("Devices isolated by SOC", "2", "1", "3", "6"),
                ],
                [40, 15, 15, 15, 15],
                total=820,
            ),
        ),
        (
            "Sentinel operations",
            ul(
                [
                    "New connectors: Mimecast archive (Feb), core banking platform syslog via AMA (Mar)",
                    "Tuned 11 analytics rules – false positives down 34% quarter on quarter",
                    "3 new custom detections: mortgage-portal credential stuffing, mass mailbox rule creation, "
                    "off-hours privileged sign-in from unmanaged devices",
                    "Playbook 'Isolate-and-notify' now pages the AVBS duty manager through Teams",
                ]
            ),
        ),
        (
            "Threat hunting and configuration assessment",
            grid(
                ["Hunt / assessment", "Date", "Result"],
                [
                    ("Hunt: QR-code phishing against branch staff", "22 Jan 2026", "2 users reset, MDO rule added"),
                    ("Hunt: LOLBin use on branch PCs", "19 Feb 2026", "No malicious activity; 1 ASR rule to block"),
                    ("Hunt: token theft (AiTM) indicators", "18 Mar 2026", "1 incident, session revoked"),
                    ("Secure Score review", "27 Mar 2026", "62% → 71%; 9 recommendations closed"),
                ],
                [46, 18, 36],
                total=820,
            ),
        ),
        (
            "Actions agreed for Q2 2026",
            ul(
                [
                    "AVBS to approve ASR rule 'Block credential stealing from LSASS' in block mode (owner: N. "
                    "Atkinson)",
                    "Kestrel Peak to onboard the 4 new branch kiosks to Defender for Endpoint",
                    "Joint table-top exercise on ransomware in the mortgage platform – June 2026",
                ]
            ),
        ),
    ]
    deck = deck_pdf(
        KESTREL,
        slides,
        "AVBS Managed SOC QSR Q1 2026",
        KP_SDM.name,
        T(2026, 4, 8, 17, 0, 1),
        f"{cid}|deck",
        "Kestrel Peak Consulting Ltd · OFFICIAL – SENSITIVE · Aire Valley Building Society",
        images={"chart.png": chart},
    )
    m1 = Mail(
        KP_SDM,
        [AVBS_CISO],
        "AVBS – Q1 2026 SOC service review pack",
        T(2026, 4, 9, 16, 10, 1),
        "Hi Fiona,\n\nThanks for your time this morning. The review pack is attached with the three actions we "
        "agreed.\n\nKind regards,\nImogen\n\n" + g.footer_block(KP_SDM),
        attachments=[("AVBS_Managed_SOC_QSR_Q1_2026.pdf", deck)],
    )
    m2 = Mail(
        AVBS_CISO,
        [KP_SDM],
        "RE: AVBS – Q1 2026 SOC service review pack",
        T(2026, 4, 10, 9, 26, 1),
        "Hi Imogen,\n\nThanks – a good session. For the record: Kestrel Peak runs our 24/7 SOC on Defender XDR and "
        "manages our Sentinel workspace, and the Q1 pack is an accurate account of the service (176 incidents "
        "triaged, the three hunts, Secure Score up to 71%). We agree the Q2 actions; Neil will confirm the LSASS "
        "rule after change board on the 21st.\n\nBest wishes,\nFiona\n\n" + sig_lines(AVBS_CISO, AVBS.name),
        quoted=m1,
    )
    files = {
        "AVBS_Managed_SOC_QSR_Q1_2026.pdf": deck,
        "RE AVBS - Q1 2026 SOC service review pack.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        KESTREL,
        KP_SDM,
        AVBS,
        AVBS_CISO,
        files,
        area="Security",
        kind="managed_security_services",
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 4, 28, 11, 15, 1),
    )
    return Bundle(
        f"{cid}_aire_valley_soc_quarterly_review_deck",
        claim,
        files,
        "approve",
        "Managed Security Services association: the quarterly service review deck shows each qualification of the "
        "guide – 24/7 triage and response in Defender XDR with Defender for Endpoint in scope, Sentinel management "
        "(connectors, tuned analytics rules, playbooks, custom detections), threat hunts with dates and results, a "
        "configuration assessment – and the Head of Information Security's reply of 10 Apr 2026 from "
        "airevalleybs.co.uk "
        "confirms Kestrel Peak runs the 24/7 SOC and that the pack is accurate.",
        "Reply from fiona.lockwood@airevalleybs.co.uk: 'Kestrel Peak runs our 24/7 SOC on Defender XDR and manages "
        "our Sentinel workspace'; deck slides 2-5.",
        g.cpor_ok(email_ack=True),
    )


WPC = Org(
    "Wharfedale Precision Castings Ltd",
    "Wharfedale Castings",
    "wharfedalecastings.co.uk",
    "GB",
    "Otley LS21 3HE",
    "Ilkley Road Works",
    "#7b7d7d",
)
WPC_IT = person(WPC, "Gareth Pollard", "IT Manager", "gareth.pollard")


def s505_006_wharfedale_mss_claim_for_deployment() -> Bundle:
    cid = "5051006"
    w = g.Word(accent="5B2C6F")
    w.header(KESTREL, "Deployment Completion Note")
    w.h("Deployment Completion Note – Wharfedale Precision Castings")
    w.table(
        [
            ["Item", "Detail"],
            ["Customer", WPC.name],
            ["Kestrel Peak reference", "KPC-DEP-2026-021"],
            ["Period", "2 February – 20 March 2026"],
            ["Prepared by", f"{KP_LEAD.name}, {KP_LEAD.title}"],
        ]
    )
    w.h("Work completed", 2)
    w.bullets(
        [
            "Microsoft Defender for Endpoint: onboarded 310 Windows devices and 12 servers through Intune; ASR "
            "rules deployed in audit mode, 9 moved to block after review.",
            "Microsoft Defender for Identity: sensors installed on 3 domain controllers and the AD FS server.",
            "Intune: compliance policies for Windows and iOS, BitLocker enforcement, Windows Update rings.",
            "Microsoft Entra Cloud Sync configured to replace the legacy Azure AD Connect server.",
            "Handover workshop for the Wharfedale IT team (2 people) on the Defender portal.",
        ]
    )
    w.h("After handover", 2)
    w.p(
        "Wharfedale IT monitors the Defender portal during office hours. Kestrel Peak remains available for "
        "break/fix support under the standard support agreement (business hours, next-business-day response)."
    )
    note = w.save(meta("Deployment Completion Note WPC", KP_LEAD.name, T(2026, 3, 23, 12, 0, 0)))
    m1 = Mail(
        KP_LEAD,
        [WPC_IT],
        "Defender deployment – completion note",
        T(2026, 3, 23, 12, 20, 0),
        "Hi Gareth,\n\nPlease find the completion note for the Defender deployment attached. Could you confirm "
        "you're happy for us to close the project?\n\nRegards,\nRob\n\n" + g.footer_block(KP_LEAD),
        attachments=[("Deployment_Completion_Note_WPC.docx", note)],
    )
    m2 = Mail(
        WPC_IT,
        [KP_LEAD],
        "RE: Defender deployment – completion note",
        T(2026, 3, 24, 8, 40, 0),
        "Morning Rob,\n\nYes, all good – the 310 machines and the servers are showing in Defender and the DC sensors "
        "are healthy. Happy to close the deployment project.\n\nCheers,\nGareth\n\n" + sig_lines(WPC_IT),
        quoted=m1,
    )
    files = {
        "Deployment_Completion_Note_WPC.docx": note,
        "RE Defender deployment - completion note.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        KESTREL,
        KP_LEAD,
        WPC,
        WPC_IT,
        files,
        area="Security",
        kind="managed_security_services",
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 4, 7, 15, 0, 1),
    )
    return Bundle(
        f"{cid}_wharfedale_mss_claim_for_a_deployment",
        claim,
        files,
        "action_required",
        "Claimed as a Managed Security Services association, but everything in the POE is the kind of work the guide "
        "lists as not in scope of MSS: MDE onboarding and ASR policies, MDI sensors, Intune compliance policies, "
        "Cloud Sync, and afterwards business-hours break/fix support. There is no 24/7 SOC, no Sentinel management, "
        "no threat hunting. The customer's acknowledgement (24 Mar 2026) is real but covers a deployment, so the POE "
        "does not connect to the workload claimed.",
        "Completion note bullets: 'onboarded 310 Windows devices', 'sensors installed on 3 domain controllers', "
        "'break/fix support … business hours'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


KPGSS = Org(
    "KPG Shared Services Ltd",
    "KPG Shared Services",
    "kpgshared.co.uk",
    "GB",
    "Leeds LS1 4DL",
    "3 Wellington Place",
    "#4a235a",
)
KPGSS_FD = person(KPGSS, "Alistair Crowther", "Group Finance Director", "alistair.crowther")


def s505_007_kpg_shared_services_affiliate() -> Bundle:
    cid = "5051007"
    html = f"""
<h1>Security Hardening – Closure Report</h1>
{
        kv(
            [
                ("Customer", escape(KPGSS.name)),
                ("Registered office", "3 Wellington Place, Leeds LS1 4DL"),
                ("Engagement", "KPC-INT-2026-003 (internal rate card)"),
                ("Period", "12 January – 27 February 2026"),
            ]
        )
    }
<p>KPG Shared Services Ltd is the Kestrel Peak Group company that provides finance, HR, payroll and facilities to
Kestrel Peak Consulting Ltd and the group's other trading companies. Its 140 staff use a separate Microsoft 365
tenant (kpgshared.co.uk).</p>
<h2>Delivered</h2>
{
        grid(
            ["Workload", "Delivered", "Volume"],
            [
                (
                    "Defender for Endpoint",
                    "Onboarding, ASR rules in block mode, EDR in block mode, device groups for payroll and HR",
                    "152 devices, 8 servers",
                ),
                (
                    "Defender for Office 365",
                    "Safe Links, Safe Attachments, impersonation protection for the group board and payroll team",
                    "140 mailboxes",
                ),
            ],
            [24, 56, 20],
        )
    }
<h2>Acceptance</h2>
<p>KPG Shared Services accepts the work above as complete.</p>
{fields([("Customer signature", "", 44), ("Name", f"{KPGSS_FD.name}, {KPGSS_FD.title}", 14), ("Date signed", "", 20)])}
"""
    pdf = simple_doc(
        KESTREL, html, "KPGSS Security Hardening Closure", KP_LEAD.name, T(2026, 3, 2, 10, 0, 0), f"{cid}|doc"
    )
    signed = g.scan_pdf(pdf, form_inks(KPGSS_FD.name, "03/03/2026"), f"{cid}|scan", T(2026, 3, 3, 14, 0, 0), dpi=150)
    files = {"KPGSS_Security_Hardening_Closure_signed.pdf": signed}
    claim = cpor(
        cid,
        KESTREL,
        KP_LEAD,
        KPGSS,
        KPGSS_FD,
        files,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 3, 16, 10, 30, 0),
    )
    return Bundle(
        f"{cid}_kpg_shared_services_partner_affiliate",
        claim,
        files,
        "reject",
        "The POE is well made and signed, but the customer is the partner's own affiliate: the report describes KPG "
        "Shared Services Ltd as the Kestrel Peak Group company serving Kestrel Peak Consulting Ltd, at the partner's "
        "own registered address, billed on an 'internal rate card'. Partners and partner affiliates cannot receive "
        "incentives for a customer that is a partner affiliate.",
        "Report: 'KPG Shared Services Ltd is the Kestrel Peak Group company that provides finance, HR, payroll and "
        "facilities to Kestrel Peak Consulting Ltd'; address 3 Wellington Place = partner's.",
        {"ineligible_customer": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
    )


PLG = Org(
    "Pennine Logistics Group Ltd",
    "Pennine Logistics",
    "penninelogistics.co.uk",
    "GB",
    "Huddersfield HD2 1YF",
    "Leeds Road Distribution Park",
    "#1b4f72",
)
PLG_IT = person(PLG, "Shabana Hussain", "Head of IT", "shabana.hussain")


def s505_008_pennine_hybrid_security_workshop_vat() -> Bundle:
    cid = "5051008"
    eng = g.engagement("SEC-HYBRID-CLOUD-WS-VAR", "Hybrid Cloud Security Workshop", "standard", "variable", 3400.0)
    consent, submitted = D(2026, 5, 11), T(2026, 7, 20, 13, 0, 1)
    report = h.findings_report(
        KESTREL,
        "Hybrid Cloud Security Workshop – Findings and Recommendations",
        [
            ("Customer", PLG.name),
            ("Workshop", "2 and 9 June 2026, Huddersfield (2 × half day)"),
            ("Participants", "7 – IT, infrastructure, finance systems, compliance"),
            ("MCI claim", cid),
        ],
        [
            (
                "Estate reviewed",
                "<p>46 Windows and Linux servers in two on-premises clusters (warehouse management, telematics, "
                "Sage 200), 3 Azure subscriptions hosting the customer portal, no central security monitoring for "
                "servers; Defender for Cloud free tier only.</p>",
            ),
            (
                "Findings",
                ul(
                    [
                        "Secure Score for Azure 41%; 3 storage accounts allowing public blob access.",
                        "19 on-premises servers more than 60 days behind on patches; no EDR on Linux hosts.",
                        "No just-in-time access for the 6 management VMs exposed on RDP.",
                    ]
                ),
            ),
            (
                "Recommendations and plan",
                grid(
                    ["Step", "Scope", "When"],
                    [
                        ("1", "Azure Arc for the 46 on-premises servers", "August 2026"),
                        ("2", "Defender for Servers Plan 2, Defender CSPM on the 3 subscriptions", "September 2026"),
                        ("3", "JIT VM access, storage hardening, Secure Score target 70%", "Q4 2026"),
                    ],
                    [10, 66, 24],
                ),
            ),
        ],
        T(2026, 6, 12, 16, 0, 1),
        KP_LEAD.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        KESTREL,
        KP_LEAD,
        PLG,
        PLG_IT,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Hybrid_Cloud_Security_Findings_Pennine_Logistics.pdf": report},
        amount=3400.0,
        inv_no="KPC-INV-26-0388",
        inv_day=D(2026, 7, 14),
        activities="Two hybrid cloud security workshop sessions with server and Azure review",
        outcome="Arc + Defender for Servers plan for 46 servers, Secure Score target 70%",
        participants="7",
        invoice_kw={
            "vat": 0.20,
            "date_style": "gb_long",
            "bank": "HSBC UK · USD account 62218840 · Sort code 40-11-62",
        },
    )
    return Bundle(
        f"{cid}_pennine_hybrid_security_workshop_invoice_with_vat",
        claim,
        files,
        "approve",
        "Variable-payout workshop with a proposed payout of USD 3,400: the invoice carries the claim ID, Kestrel "
        "Peak's name and a pre-tax subtotal of USD 3,400.00, with 20% UK VAT added below it (VAT is not required, "
        "and the pre-tax amount is what must match). The findings are specific to Pennine's 46 servers and 3 "
        f"subscriptions; both surveys are signed in full; submitted {days(consent, submitted)} days after consent "
        "(standard: 90).",
        "Invoice KPC-INV-26-0388: subtotal (pre-tax) USD 3,400.00, VAT 20% USD 680.00, total USD 4,080.00.",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Brückenwerk IT: its Abnahmeprotokoll (German/English, or German only)
# --------------------------------------------------------------------------------------------------------------

BW_SIGN_LABELS = ("Name", "Funktion / Function", "Unterschrift / Signature", "Ort, Datum / Place, date")


def brueckenwerk_protocol(
    cust: Org,
    signer: Person,
    ref: str,
    day: dt.date,
    period: str,
    rows: Sequence[tuple[str, str, str, str]],
    seed: str,
    *,
    english: bool = True,
) -> bytes:
    """Brückenwerk IT's acceptance protocol; ``rows`` are (workload, German text, English text, volume)."""
    if english:
        head = "<h1>Abnahmeprotokoll / Acceptance Protocol</h1>"
        facts = [
            ("Auftraggeber / Customer", f"{escape(cust.name)}, {escape(cust.address)}"),
            ("Auftragnehmer / Contractor", f"{escape(BRUECKENWERK.name)}, {escape(BRUECKENWERK.address)}"),
            ("Projekt / Project", ref),
            ("Zeitraum / Period", period),
        ]
        table = grid(
            ["Leistung / Service", "Beschreibung", "Description", "Umfang / Volume"],
            [(w, de, en, v) for w, de, en, v in rows],
            [17, 34, 34, 15],
        )
        statement = (
            f"Der Auftraggeber bestätigt, dass {escape(BRUECKENWERK.name)} die oben genannten Leistungen erbracht hat, "
            "und nimmt sie hiermit ab. / The customer confirms that the services listed above were delivered by "
            f"{escape(BRUECKENWERK.name)} and hereby accepts them."
        )
        labels = BW_SIGN_LABELS
        sign_head = "Für den Auftraggeber / For the customer"
    else:
        head = "<h1>Abnahmeprotokoll</h1>"
        facts = [
            ("Auftraggeber", f"{escape(cust.name)}, {escape(cust.address)}"),
            ("Auftragnehmer", f"{escape(BRUECKENWERK.name)}, {escape(BRUECKENWERK.address)}"),
            ("Projekt", ref),
            ("Zeitraum", period),
        ]
        table = grid(["Leistung", "Beschreibung", "Umfang"], [(w, de, v) for w, de, _, v in rows], [20, 60, 20])
        statement = (
            f"Der Auftraggeber bestätigt, dass {escape(BRUECKENWERK.name)} die oben genannten Leistungen vollständig "
            "erbracht hat, und nimmt sie ohne Vorbehalt ab."
        )
        labels = ("Name", "Funktion", "Unterschrift", "Ort, Datum")
        sign_head = "Für den Auftraggeber"
    html = f"""{head}
{kv(facts, key_w=150)}
{table}
<p>{statement}</p>
<h2>{sign_head}</h2>
{
        fields(
            [
                (labels[0], escape(signer.name), 16),
                (labels[1], escape(signer.title), 16),
                (labels[2], "", 42),
                (labels[3], "", 20),
            ],
            key_w=150,
        )
    }
"""
    return g.html_pdf(
        html,
        meta(f"Abnahmeprotokoll {ref}", BW_PM.name, T(day.year, day.month, day.day, 9, 15, 1)),
        seed,
        style=css(BRUECKENWERK.color, size=9),
        decor=g.Decor(
            BRUECKENWERK,
            right=f"Abnahmeprotokoll · {ref}",
            footer=escape(f"{BRUECKENWERK.name} · {BRUECKENWERK.reg} · Geschäftsführer: Dr. Tobias Wendt"),
            accent=BRUECKENWERK.color,
        ),
    )


def bw_inks(signer: str, date_text: str, english: bool = True, seal: tuple[str, ...] = ()) -> list[Any]:
    sig, day = (BW_SIGN_LABELS[2], BW_SIGN_LABELS[3]) if english else ("Unterschrift", "Ort, Datum")
    out = form_inks(signer, date_text, sig_label=sig, date_label=day, dx=160)
    if seal:
        out.append(Ink(sig, "seal", dx=330, dy=-4, h=56, lines=seal, color=(40, 60, 150)))
    return out


EDW = Org(
    "Erzgebirgische Drahtwerke GmbH",
    "EDW",
    "edw-draht.de",
    "DE",
    "09456 Annaberg-Buchholz",
    "Drahtwerkstraße 4",
    "#515a5a",
    "HRB 24118, Amtsgericht Chemnitz",
)
EDW_IT = person(EDW, "Steffen Lorenz", "IT-Leiter / Head of IT", "s.lorenz")


def s505_009_edw_bilingual_protocol_pades() -> Bundle:
    cid = "5051009"
    pdf = brueckenwerk_protocol(
        EDW,
        EDW_IT,
        "BW-2025-148",
        D(2026, 3, 4),
        "10.11.2025 – 27.02.2026",
        [
            (
                "Exchange Online",
                "Migration von 285 Postfächern aus Exchange 2016 (Hybrid), Umstellung des Mailflusses, "
                "Aufbewahrungsrichtlinien für Lieferscheine",
                "Migration of 285 mailboxes from Exchange 2016 (hybrid), mail flow cutover, retention policies for "
                "delivery notes",
                "285 Postfächer / mailboxes",
            ),
            (
                "Microsoft Intune",
                "Autopilot für 190 Notebooks, Kiosk-Modus für 24 Terminals in Ziehen und Verzinken, "
                "Compliance-Richtlinien, Update-Ringe",
                "Autopilot for 190 notebooks, kiosk mode for 24 terminals in wire drawing and galvanizing, "
                "compliance policies, update rings",
                "214 Geräte / devices",
            ),
        ],
        f"{cid}|doc",
    )
    signed = g.digisign(
        pdf,
        EDW_IT,
        T(2026, 3, 5, 8, 52, 1),
        f"{cid}|sig",
        ca_name="Sachsen-Trust Qualified CA 4",
        anchor=BW_SIGN_LABELS[2],
        dx=160,
        dy=2,
        width=200,
        height=40,
        reason="Abnahme / Acceptance",
    )
    files = {"Abnahmeprotokoll_BW-2025-148_EDW_signiert.pdf": signed}
    claim = cpor(
        cid,
        BRUECKENWERK,
        BW_PM,
        EDW,
        EDW_IT,
        files,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "INTUNE"],
        submitted=T(2026, 3, 19, 14, 40, 1),
    )
    return Bundle(
        f"{cid}_edw_bilingual_protocol_digitally_signed",
        claim,
        files,
        "approve",
        "German/English acceptance protocol – every line also in English – for EDW (Erzgebirgische Drahtwerke GmbH): "
        "285 mailboxes to Exchange Online and 214 devices in Intune with the period of the work, and a PAdES "
        "digital signature by EDW's head of IT on 2026-03-05 that covers the whole document: a verifiable electronic "
        "signature two weeks before submission.",
        "PAdES signature 'Abnahme / Acceptance' by Steffen Lorenz, signing time 2026-03-05; rows for Exchange "
        "Online and Intune in both languages.",
        g.cpor_ok(),
    )


MAB = Org(
    "Mitteldeutsche Armaturenbau GmbH",
    "MAB Armaturen",
    "mab-armaturen.de",
    "DE",
    "06112 Halle (Saale)",
    "Merseburger Straße 210",
    "#1f618d",
)
MAB_GF = person(MAB, "Kerstin Haase", "Kaufmännische Geschäftsführerin", "k.haase")


def s505_010_mab_german_only_rotated_scan() -> Bundle:
    cid = "5051010"
    pdf = brueckenwerk_protocol(
        MAB,
        MAB_GF,
        "BW-2026-031",
        D(2026, 5, 11),
        "02.03.2026 – 08.05.2026",
        [
            (
                "Microsoft Teams",
                "Teams für Verwaltung, Konstruktion und Fertigung (3 Schichten), Besprechungsräume mit Teams-"
                "Geräten, Schulung von 12 Multiplikatoren",
                "",
                "340 Benutzer",
            ),
            (
                "SharePoint Online",
                "Migration der Konstruktionsablage (1,8 TB) und des QM-Handbuchs, Berechtigungskonzept nach "
                "Abteilungen",
                "",
                "14 Websites",
            ),
        ],
        f"{cid}|doc",
        english=False,
    )
    signed = g.scan_pdf(
        pdf,
        bw_inks(MAB_GF.name, "Halle, 12.05.2026", english=False),
        f"{cid}|scan",
        T(2026, 5, 12, 16, 20, 2),
        dpi=200,
        skew=0.3,
        rotate=90,
        scanner=1,
    )
    files = {"Scan_2026-05-12_162004.pdf": signed}
    claim = cpor(
        cid,
        BRUECKENWERK,
        BW_PM,
        MAB,
        MAB_GF,
        files,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 27, 9, 10, 2),
    )
    return Bundle(
        f"{cid}_mab_german_only_protocol_rotated_scan",
        claim,
        files,
        "action_required",
        "The only POE is a scan (saved sideways) of a German-only Abnahmeprotokoll: hand-signed by MAB's managing "
        "director and dated 'Halle, 12.05.2026', with 340 Teams users and 14 SharePoint sites – but not a word of "
        "English. The guide's reviewers do not review documents in other languages and ask for an English version "
        "(the same protocol Brückenwerk issues bilingually for other customers).",
        "Scanned page rotated 90°: 'Abnahmeprotokoll … nimmt sie ohne Vorbehalt ab', signature and 'Halle, "
        "12.05.2026'.",
        {"document_language": "fail", "reused_evidence": "pass"},
    )


SUW = Org(
    "Winzervereinigung Saale-Unstrut eG",
    "Saale-Unstrut Winzer",
    "saale-unstrut-winzer.de",
    "DE",
    "06632 Freyburg (Unstrut)",
    "Querfurter Straße 10",
    "#76448a",
)
SUW_VS = person(SUW, "Matthias Köhler", "Vorstand Finanzen und IT", "m.koehler")


def s505_011_saale_unstrut_thanks_only() -> Bundle:
    cid = "5051011"
    m1 = Mail(
        BW_CONS,
        [SUW_VS],
        "Abschluss M365-Projekt / project closure – Zusammenfassung",
        T(2026, 9, 17, 15, 30, 2),
        "Sehr geehrter Herr Köhler,\n\nhere is the summary of the work completed for the Winzervereinigung, in "
        "English for our Microsoft paperwork:\n\n- Exchange Online: 96 mailboxes moved from the Strato hosting "
        "package, shared mailboxes for the wine shop and the cellar tours, retention for invoices (10 years)\n"
        "- Microsoft 365 Apps: installed on 71 office and shop PCs, shared activation on the 6 tasting-room "
        "tills\n- Period: 6 July – 11 September 2026\n\nWe would be grateful for a short confirmation that you "
        "accept the work as delivered.\n\nMit freundlichen Grüßen\nJens Voigt\n\n" + g.footer_block(BW_CONS),
        lang="de",
    )
    m2 = Mail(
        SUW_VS,
        [BW_CONS],
        "AW: Abschluss M365-Projekt / project closure – Zusammenfassung",
        T(2026, 9, 18, 7, 5, 2),
        "Hallo Herr Voigt,\n\nvielen Dank für die Zusammenfassung! Wir sind mitten in der Lese, ich schaue mir das in "
        "Ruhe an, wenn die Trauben im Keller sind.\n\nViele Grüße aus Freyburg\nMatthias Köhler\n\n"
        "Winzervereinigung Saale-Unstrut eG | Vorstand",
        quoted=m1,
        lang="de",
    )
    files = {"AW Abschluss M365-Projekt - Zusammenfassung.msg": g.msg_file(m2)}
    claim = cpor(
        cid,
        BRUECKENWERK,
        BW_CONS,
        SUW,
        SUW_VS,
        files,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 9, 30, 10, 0, 2),
    )
    return Bundle(
        f"{cid}_saale_unstrut_customer_only_says_thanks",
        claim,
        files,
        "action_required",
        "The partner's summary is detailed (96 mailboxes, 71 PCs, 6 tills, dates) and asks for a confirmation, but "
        "the customer's only reply says 'vielen Dank für die Zusammenfassung' – thanks for the summary, I will look "
        "at it after the grape harvest. Thanking for a summary and postponing the review is not accepting or "
        "approving the work; nobody at the customer confirms anything.",
        "Reply from m.koehler@saale-unstrut-winzer.de, 18 Sep 2026: 'vielen Dank für die Zusammenfassung! … ich "
        "schaue mir das in Ruhe an'.",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


ZKIM = Org(
    "Zweckverband Kommunale IT Muldental",
    "ZV KIT Muldental",
    "zkit-muldental.de",
    "DE",
    "04668 Grimma",
    "Markt 16",
    "#2e4053",
)
ZKIM_VL = person(ZKIM, "Dr. Ulrike Sommer", "Verbandsleiterin / Director", "u.sommer")


def s505_012_zkit_muldental_public_sector_de() -> Bundle:
    cid = "5051012"
    pdf = brueckenwerk_protocol(
        ZKIM,
        ZKIM_VL,
        "BW-2026-009",
        D(2026, 4, 20),
        "12.01.2026 – 17.04.2026",
        [
            (
                "Microsoft Teams",
                "Teams für die Verbandsverwaltung und 9 Mitgliedsgemeinden, Teams-Besprechungen für Gemeinderats"
                "ausschüsse, Gastzugriff für Ratsmitglieder",
                "Teams for the association's administration and 9 member municipalities, Teams meetings for council "
                "committees, guest access for council members",
                "410 Benutzer / users",
            ),
            (
                "SharePoint Online",
                "Ratsinformations-Ablage je Gemeinde, Migration von 620 GB aus dem Dateiserver, "
                "Aufbewahrungsfristen nach Aktenplan",
                "Council document library per municipality, 620 GB migrated from the file server, retention "
                "periods following the filing plan",
                "10 Websites / sites",
            ),
        ],
        f"{cid}|doc",
    )
    signed = g.scan_pdf(
        pdf,
        bw_inks(ZKIM_VL.name, "Grimma, 21.04.2026", seal=("ZWECKVERBAND", "KOMMUNALE IT", "MULDENTAL")),
        f"{cid}|scan",
        T(2026, 4, 21, 11, 0, 2),
        dpi=150,
        skew=-0.4,
    )
    files = {"Abnahmeprotokoll_BW-2026-009_ZV_KIT_Muldental.pdf": signed}
    claim = cpor(
        cid,
        BRUECKENWERK,
        BW_PM,
        ZKIM,
        ZKIM_VL,
        files,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 6, 13, 20, 2),
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_zkit_muldental_german_public_sector_no_disclosure",
        claim,
        files,
        "approve",
        "A German municipal IT association (public sector) on a Modern Work usage claim, with no public sector "
        "disclosure – correctly so: the written fee disclosure applies to public-sector customers in the United "
        "States and Puerto Rico. The bilingual protocol (410 users, 10 sites, period) is hand-signed by the director, "
        "with the association's seal, 'Grimma, 21.04.2026'.",
        "Scanned protocol: signature of Dr. Ulrike Sommer, seal 'ZWECKVERBAND KOMMUNALE IT MULDENTAL', 'Grimma, "
        "21.04.2026'; customer.country DE, segment public_sector.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Maple Ridge IT (Canada): dates that can be read two ways, bilingual e-signature, old SOWs
# --------------------------------------------------------------------------------------------------------------


def maple_signoff_form(
    cust: Org, signer: Person, project: str, period: str, rows: Sequence[tuple[str, str]], seed: str, when: dt.datetime
) -> bytes:
    html = f"""
<h1>Project Sign-off Form</h1>
{
        kv(
            [
                ("Client", escape(cust.name)),
                ("Project", escape(project)),
                ("Project period", escape(period)),
                ("Maple Ridge lead", f"{MR_PM.name}, {MR_PM.title}"),
            ]
        )
    }
<h2>Deliverables</h2>
{grid(["Workload", "Delivered"], rows, [26, 74])}
<h2>Client sign-off</h2>
<p>The client confirms that Maple Ridge IT Solutions Inc. has completed the deliverables above and accepts the
project.</p>
{
        fields(
            [
                ("Client signature", "", 44),
                ("Printed name / title", f"{escape(signer.name)}, {escape(signer.title)}", 14),
                ("Date", "", 20),
            ]
        )
    }
"""
    return g.html_pdf(
        html,
        meta(f"Sign-off {cust.short}", MR_PM.name, when, g.WORD2019),
        seed,
        size=g.LETTER,
        style=css(MAPLERIDGE.color),
        decor=g.Decor(
            MAPLERIDGE,
            right="Project Sign-off Form",
            footer="Maple Ridge IT Solutions Inc. · 640 8 Ave SW, Calgary AB",
            numbers="",
            accent=MAPLERIDGE.color,
        ),
    )


BVA = Org(
    "Bow Valley Aggregates Ltd.",
    "Bow Valley Aggregates",
    "bowvalleyagg.ca",
    "CA",
    "Cochrane, AB T4C 1A5",
    "262 Griffin Rd E",
    "#784212",
)
BVA_CTL = person(BVA, "Curtis Ambrose", "Controller", "cambrose")


def s505_013_bow_valley_ambiguous_date() -> Bundle:
    cid = "5051013"
    form = maple_signoff_form(
        BVA,
        BVA_CTL,
        "Endpoint security refresh",
        "Q2 2025 (go-live late May 2025)",
        [
            (
                "Microsoft Intune",
                "Enrolment of 84 office and scale-house laptops and 22 loader/haul-truck tablets; compliance "
                "policies; kiosk profile for the 3 scale houses",
            ),
            (
                "Microsoft Defender for Endpoint",
                "Onboarding of 106 devices and 5 servers; ASR rules in block mode; weekly vulnerability report to "
                "the Controller",
            ),
        ],
        f"{cid}|form",
        T(2025, 5, 28, 10, 0, -6),
    )
    inks = [
        Ink("Client signature", "sig", BVA_CTL.name, dx=150, dy=4, h=30),
        Ink("Date", "hand", "05/06/2025", dx=150, dy=3, h=13, occurrence=0),
    ]
    scan = g.scan_pdf(form, inks, f"{cid}|scan", T(2026, 5, 14, 9, 2, -6), dpi=150, skew=0.4, scanner=3)
    files = {"BVA_signoff_scan.pdf": scan}
    claim = cpor(
        cid,
        MAPLERIDGE,
        MR_PM,
        BVA,
        BVA_CTL,
        files,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 5, 20, 15, 30, -6),
    )
    return Bundle(
        f"{cid}_bow_valley_date_05_06_2025_ambiguous",
        claim,
        files,
        "action_required",
        "The signed form is specific (106 devices, 5 servers, kiosk scale houses) but its only date is the "
        "hand-written '05/06/2025'. In Canada both orders are in use and nothing on the form settles it: the period "
        "is 'Q2 2025 (go-live late May 2025)', so both 6 May and 5 June fit, and the scan was made in May 2026. "
        "Read as 6 May 2025 the signature is older than 12 months before submission (20 May 2026, limit 20 May 2025); "
        "read as 5 June 2025 it is within. The date decides the claim and cannot be read with certainty: ask for a "
        "recent acknowledgement or confirmation of the date.",
        "Hand-written date '05/06/2025' next to Curtis Ambrose's signature; scan metadata 2026-05-14.",
        {
            "acknowledgement_date": ["fail", "warn"],
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


CALSJ = Org(
    "Coopérative agricole du Lac-Saint-Jean",
    "Coop Lac-Saint-Jean",
    "coop-lsj.qc.ca",
    "CA",
    "Alma (Québec) G8B 5V5",
    "1250, avenue du Pont Nord",
    "#117864",
)
CALSJ_DTI = person(CALSJ, "Geneviève Tremblay", "Directrice des TI / IT Director", "gtremblay")


def s505_014_coop_lac_saint_jean_adobe_sign() -> Bundle:
    cid = "5051014"
    html = f"""
<h1>Procès-verbal de fin de projet<br/>Project Completion Record</h1>
{
        kv(
            [
                ("Client", escape(CALSJ.name)),
                ("Fournisseur / Supplier", escape(MAPLERIDGE.name)),
                ("Projet / Project", "MR-2025-077 – Teams et SharePoint / Teams and SharePoint"),
                ("Période / Period", "2025-10-14 → 2026-01-30"),
            ]
        )
    }
{
        grid(
            ["Charge de travail / Workload", "Réalisé / Delivered", "Volume"],
            [
                (
                    "Microsoft Teams",
                    "Équipes par centre de grains et quincaillerie, canaux de quarts, réunions Teams pour le "
                    "conseil d'administration / Teams per grain centre and hardware store, shift channels, Teams "
                    "meetings for "
                    "the board",
                    "420 utilisateurs / users",
                ),
                (
                    "SharePoint Online",
                    "Intranet des membres, bibliothèque des contrats de grains, migration de 900 Go / "
                    "Member intranet, grain contracts library, 900 GB migrated",
                    "11 sites",
                ),
            ],
            [24, 56, 20],
        )
    }
<p>Le client confirme que Maple Ridge IT Solutions Inc. a livré les éléments ci-dessus et les accepte. / The client
confirms that Maple Ridge IT Solutions Inc. delivered the items above and accepts them.</p>
{
        fields(
            [
                ("Signature du client / Client signature", "", 44),
                ("Nom / Name", f"{escape(CALSJ_DTI.name)}, {escape(CALSJ_DTI.title)}", 14),
                ("Date (AAAA-MM-JJ)", "", 20),
            ],
            key_w=170,
        )
    }
"""
    pdf = g.html_pdf(
        html,
        meta("PV fin de projet MR-2025-077", MR_PM.name, T(2026, 2, 9, 13, 0, -7)),
        f"{cid}|doc",
        size=g.LETTER,
        style=css(MAPLERIDGE.color),
        decor=g.Decor(MAPLERIDGE, right="MR-2025-077", footer="Maple Ridge IT Solutions Inc.", accent=MAPLERIDGE.color),
    )
    signed = g.esign(
        pdf,
        CALSJ_DTI,
        T(2026, 2, 11, 14, 17, -5),
        f"{cid}|env",
        sig_anchor="Signature du client / Client signature",
        sig_dx=176,
        sig_dy=4,
        date_anchor="Date (AAAA-MM-JJ)",
        date_dx=176,
        date_dy=3,
        date_text="2026-02-11",
        vendor="adobe",
        certificate=True,
        sender=MR_PM,
        ip="142.169.78.40",
    )
    files = {"PV_fin_de_projet_MR-2025-077_signe.pdf": signed}
    claim = cpor(
        cid,
        MAPLERIDGE,
        MR_PM,
        CALSJ,
        CALSJ_DTI,
        files,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 2, 26, 11, 0, -7),
        customer_name="Cooperative agricole du Lac-Saint-Jean",
    )
    return Bundle(
        f"{cid}_coop_lac_saint_jean_bilingual_adobe_sign",
        claim,
        files,
        "approve",
        "French/English completion record (every statement in both languages) with 420 Teams users and 11 SharePoint "
        "sites, e-signed through Adobe Acrobat Sign by the co-op's IT director on 2026-02-11 – transaction ID on "
        "the pages and the signing audit appended. The ISO date leaves no day/month doubt. The claims system spells "
        "the customer without accents: same organisation.",
        "Adobe Sign: signed by gtremblay@coop-lsj.qc.ca 2026-02-11; rows Teams 420 users, SharePoint 11 sites.",
        g.cpor_ok(),
    )


PRSG = Org(
    "Peace River Seed Growers Ltd.",
    "Peace River Seed",
    "prseed.ca",
    "CA",
    "Grande Prairie, AB T8V 3A8",
    "10920 96 Ave",
    "#186a3b",
)
PRSG_GM = person(PRSG, "Harold Wiebe", "General Manager", "hwiebe")


def maple_sow(cust: Org, signer: Person, ref: str, day: dt.date, scope: Sequence[str], seed: str) -> bytes:
    parties = [
        Party("Client", cust.name, signer.name, signer.title),
        Party("Maple Ridge IT", MAPLERIDGE.name, MR_AM.name, MR_AM.title),
    ]
    html = f"""
<h1>Statement of Work {ref}</h1>
{
        kv(
            [
                ("Client", escape(cust.name)),
                ("Services", "Microsoft 365 endpoint management and security – managed service"),
                ("Effective date", g.fdate(day, "us_long")),
                ("Term", "24 months, renewing annually"),
            ]
        )
    }
<h2>Scope</h2>{ul(list(scope))}
<h2>Fees</h2><p>Monthly fee per managed device as per Schedule A (not reproduced here).</p>
""" + g.signoff("lines", parties, heading="Signatures")
    return g.html_pdf(
        html,
        meta(f"SOW {ref}", MR_AM.name, T(day.year, day.month, day.day, 9, 0, -7), g.WORD2019),
        seed,
        size=g.LETTER,
        style=css(MAPLERIDGE.color),
        decor=g.Decor(MAPLERIDGE, right=f"SOW {ref}", footer="Maple Ridge IT Solutions Inc.", accent=MAPLERIDGE.color),
    )


def maple_sow_inks(cust: Org, signer: Person, date_text: str) -> list[Any]:
    parties = [
        Party("Client", cust.name, signer.name, signer.title),
        Party("Maple Ridge IT", MAPLERIDGE.name, MR_AM.name, MR_AM.title),
    ]
    return [
        *g.sign_inks("lines", parties[0], 0, date_text),
        *g.sign_inks("lines", parties[1], 1, date_text, color=g.INK_BLACK),
    ]


def s505_015_peace_river_old_sow_recent_mail() -> Bundle:
    cid = "5051015"
    sow = maple_sow(
        PRSG,
        PRSG_GM,
        "MR-SOW-2025-004",
        D(2025, 1, 27),
        [
            "Intune management of all company laptops and plant tablets: enrolment, compliance, app deployment.",
            "Microsoft Defender for Endpoint: onboarding, ASR policy management, monthly vulnerability review.",
            "Quarterly security review with the General Manager.",
        ],
        f"{cid}|sow",
    )
    sow_scan = g.scan_pdf(
        sow, maple_sow_inks(PRSG, PRSG_GM, "Jan 28, 2025"), f"{cid}|sows", T(2025, 1, 28, 15, 0, -7), dpi=150
    )
    m1 = Mail(
        MR_PM,
        [PRSG_GM],
        "Quick confirmation for our Microsoft partner records",
        T(2026, 4, 8, 16, 0, -6),
        "Hi Harold,\n\nFor our Microsoft partner-of-record renewal, could you confirm in a line or two that we still "
        "look after your Intune and Defender setup, and roughly what it covers today?\n\nThanks,\nPriya\n\n"
        + g.footer_block(MR_PM),
    )
    m2 = Mail(
        PRSG_GM,
        [MR_PM],
        "RE: Quick confirmation for our Microsoft partner records",
        T(2026, 4, 9, 7, 48, -6),
        "Hi Priya,\n\nHappy to. Maple Ridge has managed our Intune and Defender for Endpoint since we signed the SOW "
        "in January 2025 and still does. Today that's 128 devices – the office and sales laptops plus the 34 tablets "
        "you enrolled for the new seed-cleaning plant in Sexsmith this March – and the 4 servers. You run the ASR and "
        "update policies, send us the monthly vulnerability report and did the quarterly security review with me on "
        "March 26.\n\nHarold Wiebe\nGeneral Manager\nPeace River Seed Growers Ltd.",
        quoted=m1,
    )
    files = {
        "MR-SOW-2025-004_Peace_River_Seed_signed.pdf": sow_scan,
        "RE Quick confirmation for our Microsoft partner records.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        MAPLERIDGE,
        MR_PM,
        PRSG,
        PRSG_GM,
        files,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 21, 10, 10, -6),
    )
    return Bundle(
        f"{cid}_peace_river_old_sow_and_recent_confirmation",
        claim,
        files,
        "approve",
        "The signed SOW (Jan 28, 2025) is almost 15 months old at submission, which alone would not do – but the "
        "guide allows exactly this: an old signed document plus a recent customer acknowledgement confirming active "
        "engagement and describing the work. The General Manager's e-mail of 9 Apr 2026 from prseed.ca does that in "
        "detail (128 devices incl. 34 new plant tablets, 4 servers, ASR and update policies, monthly vulnerability "
        "report, quarterly review on March 26).",
        "Reply from hwiebe@prseed.ca, 9 Apr 2026: 'Maple Ridge has managed our Intune and Defender for Endpoint since "
        "we signed the SOW in January 2025 and still does. Today that's 128 devices …'.",
        g.cpor_ok(email_ack=True),
    )


KLH = Org(
    "Kananaskis Lodge Holdings Ltd.",
    "Kananaskis Lodges",
    "kananaskislodges.ca",
    "CA",
    "Canmore, AB T1W 2T8",
    "1000 Spring Creek Dr",
    "#4d5656",
)
KLH_OPS = person(KLH, "Sandra McTavish", "Director of Operations", "smctavish")


def s505_016_kananaskis_sow_too_old() -> Bundle:
    cid = "5051016"
    sow = maple_sow(
        KLH,
        KLH_OPS,
        "MR-SOW-2025-011",
        D(2025, 2, 14),
        [
            "Intune management of front-desk PCs, housekeeping tablets and managers' phones at 4 lodges.",
            "Microsoft Defender for Endpoint onboarding and monthly reporting.",
        ],
        f"{cid}|sow",
    )
    sow_scan = g.scan_pdf(
        sow, maple_sow_inks(KLH, KLH_OPS, "Feb 17, 2025"), f"{cid}|sows", T(2025, 2, 17, 11, 0, -7), dpi=150
    )
    w = g.Word(accent="A04000")
    w.header(MAPLERIDGE, "Monthly Service Report")
    w.h("Monthly Service Report – April 2026")
    w.p(f"Client: {KLH.name}    Prepared by: {MR_PM.name}, {MR_PM.title}")
    w.table(
        [
            ["Measure", "March 2026", "April 2026"],
            ["Devices managed in Intune", "173", "176"],
            ["Devices compliant", "95%", "97%"],
            ["Defender alerts (high / medium)", "1 / 9", "0 / 6"],
            ["Tickets closed", "22", "18"],
        ]
    )
    w.h("Highlights", 2)
    w.bullets(
        [
            "Enrolled 6 replacement housekeeping tablets at the Spray Lakes lodge.",
            "Moved the front-desk PCs of the Canmore lodge to the Windows 11 24H2 update ring.",
            "Investigated one phishing-related Defender alert (no compromise).",
        ]
    )
    report = w.save(meta("Monthly Service Report April 2026 KLH", MR_PM.name, T(2026, 5, 4, 9, 0, -6)))
    files = {
        "MR-SOW-2025-011_signed.pdf": sow_scan,
        "KLH Monthly Service Report - April 2026.docx": report,
    }
    claim = cpor(
        cid,
        MAPLERIDGE,
        MR_PM,
        KLH,
        KLH_OPS,
        files,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 5, 12, 13, 45, -6),
    )
    return Bundle(
        f"{cid}_kananaskis_signed_sow_15_months_old",
        claim,
        files,
        "action_required",
        "The only customer signature is on the SOW, dated Feb 17, 2025 – nearly 15 months before submission "
        "(12 May 2026). The recent April 2026 service report is the partner's own Word document with no customer "
        "acknowledgement. The guide asks for a recent POE or a customer confirmation of active engagement when the "
        "signature is older than 12 months.",
        "SOW signature line 'Date: Feb 17, 2025'; the .docx monthly report has no customer sign-off.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Saltmarsh Cloud (US public sector): closeout memoranda and the standard disclosure wording
# --------------------------------------------------------------------------------------------------------------


def saltmarsh_memo(
    cust: Org,
    to: Person,
    day: dt.date,
    re: str,
    intro: str,
    rows: Sequence[tuple[str, str, str]],
    closing: str,
    seed: str,
) -> bytes:
    html = f"""
<h1 style="letter-spacing:2pt">MEMORANDUM</h1>
<table style="width:330pt">
<tr><td style="border:none;width:60pt"><b>To:</b></td><td style="border:none">{escape(to.name)}, {escape(to.title)},
{escape(cust.name)}</td></tr>
<tr><td style="border:none"><b>From:</b></td><td style="border:none">{escape(SM_PM.name)}, {escape(SM_PM.title)},
{escape(SALTMARSH.name)}</td></tr>
<tr><td style="border:none"><b>Date:</b></td><td style="border:none">{g.fdate(day, "us_long")}</td></tr>
<tr><td style="border:none"><b>Re:</b></td><td style="border:none">{escape(re)}</td></tr>
</table><hr/>
<p>{intro}</p>
{grid(["Workload", "Delivered", "Count"], rows, [22, 58, 20])}
<p>{closing}</p>
<p style="margin-top:14pt"><b>Acknowledged and accepted for {escape(cust.name)}:</b></p>
{fields([("Signature", "", 40), ("Name / title", f"{escape(to.name)}, {escape(to.title)}", 14), ("Date", "", 20)])}
"""
    return g.html_pdf(
        html,
        meta(f"Closeout memo {cust.short}", SM_PM.name, T(day.year, day.month, day.day, 15, 0, -5)),
        seed,
        size=g.LETTER,
        style=css(SALTMARSH.color, extra="hr {border: 0; border-top: 1pt solid #117a65;}"),
        decor=g.Decor(
            SALTMARSH,
            right="Project Closeout",
            footer="Saltmarsh Cloud Co. · 171 Church St, Suite 220, Charleston SC 29401 · saltmarshcloud.com",
            numbers="",
            accent=SALTMARSH.color,
        ),
    )


EDISTO = Org(
    "Edisto County, South Carolina",
    "Edisto County",
    "edistocountysc.gov",
    "US",
    "Walterboro, SC 29488",
    "109 Benson St, County Office Building",
    "#1a5276",
)
EDISTO_IT = person(EDISTO, "Marcus Fripp", "Director of Information Technology", "mfripp")
EDISTO_ADM = person(EDISTO, "Renee Grant-Simmons", "County Administrator", "rgsimmons")


def s505_017_edisto_county_memo_and_disclosure() -> Bundle:
    cid = "5051017"
    memo = saltmarsh_memo(
        EDISTO,
        EDISTO_IT,
        D(2026, 3, 16),
        "Exchange Online and Microsoft Teams – project closeout",
        "Saltmarsh Cloud has completed the migration of Edisto County's departments from the on-premises Exchange "
        "2013 server at the County Office Building to Exchange Online (GCC) and the rollout of Microsoft Teams to "
        "all departments, the Sheriff's administrative staff and EMS station supervisors.",
        [
            (
                "Exchange Online",
                "Migration of user, shared and resource mailboxes in 5 batches (Dec 2025 – Feb 2026); "
                "litigation hold for the County Attorney and Clerk of Court; mail flow via the state relay",
                "486 mailboxes",
            ),
            (
                "Microsoft Teams",
                "Teams per department, County Council meeting workflow, Teams Phone not in scope; "
                "Teams on 14 EMS station tablets",
                "512 users",
            ),
        ],
        "The on-premises Exchange server was decommissioned on March 6, 2026. Open items: none.",
        f"{cid}|memo",
    )
    memo_scan = g.scan_pdf(
        memo,
        form_inks(EDISTO_IT.name, "3/18/2026", sig_label="Signature", date_label="Date", date_occurrence=1),
        f"{cid}|memos",
        T(2026, 3, 18, 10, 30, -4),
        dpi=150,
        skew=0.5,
    )
    psd = g.scan_pdf(
        h.psd_pdf(
            SALTMARSH,
            EDISTO,
            "Microsoft 365 migration and adoption services – Exchange Online and Microsoft Teams",
            "a Microsoft usage incentive estimated at up to USD 9,500 per year",
            D(2025, 11, 20),
            f"{cid}|psd",
        ),
        h.psd_inks(EDISTO_ADM.name, EDISTO_ADM.title, "11/24/2025"),
        f"{cid}|psds",
        T(2025, 11, 24, 14, 0, -5),
        dpi=150,
        skew=-0.3,
    )
    files = {
        "Edisto County - Closeout Memo (signed).pdf": memo_scan,
        "Edisto County - Public Sector Disclosure (signed).pdf": psd,
    }
    claim = cpor(
        cid,
        SALTMARSH,
        SM_PM,
        EDISTO,
        EDISTO_IT,
        files,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 4, 2, 9, 40, -4),
        segment="public_sector",
        roles={"Edisto County - Public Sector Disclosure (signed).pdf": "public_sector_disclosure"},
    )
    return Bundle(
        f"{cid}_edisto_county_closeout_memo_and_disclosure",
        claim,
        files,
        "approve",
        "US county government, Modern Work usage: the written fee disclosure is there, in the standard wording, "
        "acknowledged and signed by the County Administrator on 11/24/2025; the closeout memo (486 mailboxes, 512 "
        "Teams users, dates) is signed by the county's IT director on 3/18/2026, two weeks before submission. The "
        "disclosure wording is shared with other public-sector claims of this set: boilerplate.",
        "Disclosure signed by Renee Grant-Simmons, County Administrator, '11/24/2025'; memo signed by Marcus Fripp "
        "'3/18/2026'.",
        g.cpor_ok(ps=True),
    )


ARCSD = Org(
    "Ashley River County School District",
    "ARCSD",
    "arcsd.k12.sc.us",
    "US",
    "Summerville, SC 29483",
    "2401 Old Trolley Rd",
    "#6c3483",
)
ARCSD_CTO = person(ARCSD, "Dr. Keisha Manigault", "Chief Technology Officer", "kmanigault")


def s505_018_ashley_river_schools_golive_and_disclosure() -> Bundle:
    cid = "5051018"
    html = f"""
<div style="border:2pt solid #117a65;padding:14pt">
<p style="text-align:center;font-size:10pt;letter-spacing:3pt;color:#117a65">SALTMARSH CLOUD CO.</p>
<h1 style="text-align:center">Go-Live Certificate</h1>
<p style="text-align:center">Intune for Education &amp; Microsoft Teams – 2026-27 school year</p>
{
        kv(
            [
                ("District", escape(ARCSD.name) + " (ARCSD)"),
                ("Go-live", "August 10, 2026 – first teacher workday"),
                ("Schools", "14 elementary, 5 middle, 3 high schools and the district office"),
            ]
        )
    }
{
        grid(
            ["Workload", "Taken live", "Count"],
            [
                (
                    "Microsoft Intune",
                    "Windows student devices via Autopilot (shared PC mode for K-2 carts), teacher laptops, "
                    "web filtering and app policies per grade band",
                    "9,800 devices",
                ),
                (
                    "Microsoft Teams",
                    "Class teams created from the SIS roster sync for grades 6-12, staff teams per school, "
                    "parent-teacher conference scheduling",
                    "1,340 staff, 6,100 students",
                ),
            ],
            [20, 58, 22],
        )
    }
<p>The District certifies that the services above were implemented by Saltmarsh Cloud Co. and taken into production
for the 2026-27 school year.</p>
{
        fields(
            [
                ("Signature", "", 42),
                ("Name / title", f"{escape(ARCSD_CTO.name)}, {escape(ARCSD_CTO.title)}", 14),
                ("Date", "", 20),
            ]
        )
    }
</div>
"""
    cert = g.html_pdf(
        html,
        meta("ARCSD Go-Live Certificate", SM_ENG.name, T(2026, 8, 17, 10, 0, -4)),
        f"{cid}|cert",
        size=g.LETTER,
        style=css(SALTMARSH.color),
    )
    cert_scan = g.scan_pdf(
        cert,
        [
            *form_inks(ARCSD_CTO.name, "8/21/2026", sig_label="Signature", date_label="Date"),
            Ink(
                "Signature",
                "seal",
                dx=320,
                dy=-8,
                h=58,
                lines=("ASHLEY RIVER", "SCHOOL DISTRICT", "S.C."),
                color=(50, 50, 140),
            ),
        ],
        f"{cid}|certs",
        T(2026, 8, 21, 13, 10, -4),
        dpi=120,
        skew=0.7,
        scanner=4,
    )
    psd = g.scan_pdf(
        h.psd_pdf(
            SALTMARSH,
            ARCSD,
            "Intune for Education and Microsoft Teams deployment and adoption for the 2026-27 school year",
            "a Microsoft usage incentive estimated at up to USD 14,000 per year",
            D(2026, 5, 28),
            f"{cid}|psd",
        ),
        h.psd_inks(ARCSD_CTO.name, ARCSD_CTO.title, "6/3/2026"),
        f"{cid}|psds",
        T(2026, 6, 3, 11, 0, -4),
        dpi=150,
        skew=0.4,
    )
    files = {
        "ARCSD_GoLive_Certificate_signed.pdf": cert_scan,
        "ARCSD_Public_Sector_Disclosure_signed.pdf": psd,
    }
    claim = cpor(
        cid,
        SALTMARSH,
        SM_ENG,
        ARCSD,
        ARCSD_CTO,
        files,
        area="Modern Work",
        workloads=["INTUNE", "TEAMS"],
        submitted=T(2026, 9, 8, 16, 0, -4),
        segment="public_sector",
        roles={"ARCSD_Public_Sector_Disclosure_signed.pdf": "public_sector_disclosure"},
    )
    return Bundle(
        f"{cid}_ashley_river_schools_golive_and_disclosure",
        claim,
        files,
        "approve",
        "US public school district (education = public sector), Modern Work usage: go-live certificate with device "
        "and user counts, signed and sealed by the CTO on 8/21/2026 (scanned at 120 dpi), and the standard written "
        "fee disclosure acknowledged by the CTO on 6/3/2026. The disclosure wording is the same as on Saltmarsh's "
        "and other partners' public-sector claims: boilerplate, not reuse.",
        "Certificate: 9,800 devices, 1,340 staff / 6,100 students, signature + district seal, '8/21/2026'; disclosure "
        "signed '6/3/2026'.",
        g.cpor_ok(ps=True),
    )


PMRHA = Org(
    "Palmetto Marsh Regional Hospital Authority",
    "Palmetto Marsh Regional",
    "pmrha.org",
    "US",
    "Beaufort, SC 29902",
    "990 Ribaut Rd",
    "#922b21",
)
PMRHA_CISO = person(PMRHA, "Dwayne Heyward", "Chief Information Security Officer", "dheyward")


def s505_019_palmetto_marsh_disclosure_not_acknowledged() -> Bundle:
    cid = "5051019"
    memo = saltmarsh_memo(
        PMRHA,
        PMRHA_CISO,
        D(2026, 6, 22),
        "Microsoft Defender for Endpoint and Defender for Office 365 – project closeout",
        "Saltmarsh Cloud has completed the deployment of Microsoft Defender for Endpoint across the Authority's "
        "hospital, two outpatient clinics and the Beaufort administrative campus, and Defender for Office 365 for "
        "all staff mailboxes.",
        [
            (
                "Defender for Endpoint",
                "Onboarding of clinical workstations, nursing-station PCs and servers (excluding FDA-regulated "
                "imaging modalities, documented exclusions); ASR rules in block mode; EDR in block mode",
                "2,140 devices, 96 servers",
            ),
            (
                "Defender for Office 365",
                "Safe Links, Safe Attachments, impersonation protection for the executive team and revenue cycle, "
                "two phishing simulations",
                "2,380 mailboxes",
            ),
        ],
        "Open items: the 12 lab analyzers on Windows 7 Embedded remain isolated on VLAN 140 pending replacement.",
        f"{cid}|memo",
    )
    memo_scan = g.scan_pdf(
        memo,
        form_inks(PMRHA_CISO.name, "6/24/2026", sig_label="Signature", date_label="Date", date_occurrence=1),
        f"{cid}|memos",
        T(2026, 6, 24, 9, 0, -4),
        dpi=150,
        skew=-0.4,
    )
    psd_letter = h.psd_pdf(
        SALTMARSH,
        PMRHA,
        "Microsoft Defender for Endpoint and Defender for Office 365 deployment",
        "a Microsoft usage incentive estimated at up to USD 11,000 per year",
        D(2026, 3, 2),
        f"{cid}|psd",
    )
    m1 = Mail(
        SM_PM,
        [PMRHA_CISO],
        "Public Sector Disclosure – Microsoft partner compensation",
        T(2026, 3, 2, 11, 0, -5),
        "Dwayne,\n\nAs required for public sector customers, attached is our written disclosure of the compensation "
        "Saltmarsh Cloud may receive from Microsoft in connection with the Defender project.\n\nBest,\nTamika\n\n"
        + g.footer_block(SM_PM),
        attachments=[("PMRHA_Public_Sector_Disclosure.pdf", psd_letter)],
    )
    m2 = Mail(
        PMRHA_CISO,
        [SM_PM],
        "RE: Public Sector Disclosure – Microsoft partner compensation",
        T(2026, 3, 2, 13, 41, -5),
        "Received, thank you.\n\nDwayne\n\n" + sig_lines(PMRHA_CISO, PMRHA.name),
        quoted=m1,
    )
    files = {
        "PMRHA - Closeout Memo (signed).pdf": memo_scan,
        "PMRHA_Public_Sector_Disclosure.pdf": psd_letter,
        "RE Public Sector Disclosure - Microsoft partner compensation.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        SALTMARSH,
        SM_PM,
        PMRHA,
        PMRHA_CISO,
        files,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 7, 7, 10, 20, -4),
        segment="public_sector",
        roles={
            "PMRHA_Public_Sector_Disclosure.pdf": "public_sector_disclosure",
            "RE Public Sector Disclosure - Microsoft partner compensation.msg": "public_sector_disclosure",
        },
    )
    return Bundle(
        f"{cid}_palmetto_marsh_disclosure_only_received",
        claim,
        files,
        "action_required",
        "US public hospital authority (healthcare = public sector), Security usage: the closeout memo is detailed and "
        "signed by the CISO on 6/24/2026, and the partner did disclose its potential compensation in writing – but the "
        "disclosure's customer acknowledgement block is blank and the only customer response is 'Received, thank you.' "
        "The guide requires the public-sector customer to acknowledge the disclosure in writing; confirming receipt of "
        "an e-mail is not acknowledging the disclosure. Ask for the signed acknowledgement.",
        "PMRHA_Public_Sector_Disclosure.pdf: Name/Title/Signature/Date empty; reply from dheyward@pmrha.org "
        "'Received, thank you.'",
        {
            "public_sector": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Pinecrest Dynamics (Business Applications): go-live certificates, order forms, pre-sales
# --------------------------------------------------------------------------------------------------------------


def pinecrest_certificate(
    cust: Org,
    signer: Person,
    ref: str,
    golive: dt.date,
    app: str,
    rows: Sequence[tuple[str, str, str]],
    seed: str,
    when: dt.datetime,
    *,
    note: str = "",
) -> bytes:
    html = f"""
<div style="border:1.5pt solid #196f3d;padding:12pt">
<h1 style="text-align:center">Go-Live Acceptance Certificate</h1>
<p style="text-align:center;font-size:11pt">{escape(app)}</p>
{
        kv(
            [
                ("Certificate no.", ref),
                ("Customer", escape(cust.name)),
                ("Implementation partner", escape(PINECREST.name)),
                ("Production go-live", g.fdate(golive, "us_long")),
            ]
        )
    }
{grid(["Area", "In production", "Users / volume"], rows, [20, 58, 22])}
{f"<p>{note}</p>" if note else ""}
<p>The customer confirms that the solution above was implemented by Pinecrest Dynamics Group LLC, passed user
acceptance testing and is in production use, and accepts the go-live.</p>
{
        fields(
            [
                ("Customer signature", "", 42),
                ("Name / title", f"{escape(signer.name)}, {escape(signer.title)}", 14),
                ("Date signed", "", 20),
            ]
        )
    }
</div>
"""
    return g.html_pdf(
        html,
        meta(f"Go-Live Acceptance {ref}", PD_EM.name, when),
        seed,
        size=g.LETTER,
        style=css(PINECREST.color),
        decor=g.Decor(
            PINECREST,
            right=f"Go-Live Acceptance · {ref}",
            footer=escape(PINECREST.name),
            accent=PINECREST.color,
            numbers="",
        ),
    )


FRSU = Org(
    "Front Range State University",
    "FRSU",
    "frsu.edu",
    "US",
    "Greeley, CO 80639",
    "1501 University Ave",
    "#1b2631",
)
FRSU_AVP = person(FRSU, "Dr. Alejandro Baca", "Associate Vice President, Student Success", "alejandro.baca")


def s505_020_front_range_university_ba_no_disclosure() -> Bundle:
    cid = "5051020"
    cert = pinecrest_certificate(
        FRSU,
        FRSU_AVP,
        "PDG-GL-2026-012",
        D(2026, 3, 2),
        "Dynamics 365 Customer Service – FRSU Student Success Hub",
        [
            (
                "Case management",
                "Advising, financial aid and registrar cases with SLAs per office; routing by student program",
                "64 advisors",
            ),
            ("Omnichannel", "Web chat on the student portal and Teams-based handoff to advisors", "3 queues"),
            ("Knowledge", "210 articles migrated from the legacy FAQ; student self-service portal", "18,000 students"),
        ],
        f"{cid}|cert",
        T(2026, 3, 6, 10, 0, -7),
        note="Hypercare ran March 2 – March 27, 2026 (31 defects closed; 0 open at exit).",
    )
    signed = g.esign(
        cert,
        FRSU_AVP,
        T(2026, 3, 30, 13, 12, -6),
        f"{cid}|env",
        sig_anchor="Customer signature",
        sig_dx=150,
        sig_dy=8,
        date_anchor="Date signed",
        date_dx=150,
        date_dy=3,
        date_text="03/30/2026",
        vendor="docusign",
        certificate=True,
        sender=PD_EM,
        ip="129.82.17.64",
    )
    files = {"FRSU_GoLive_Acceptance_PDG-GL-2026-012_DocuSign.pdf": signed}
    claim = cpor(
        cid,
        PINECREST,
        PD_EM,
        FRSU,
        FRSU_AVP,
        files,
        area="Business Applications",
        workloads=["DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        submitted=T(2026, 4, 13, 11, 30, -6),
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_front_range_university_dynamics_no_disclosure",
        claim,
        files,
        "approve",
        "A US state university (public sector) on a Business Applications usage association with no public sector "
        "disclosure. That is correct: the guide's disclosure requirement for CPOR covers Modern Work and Security "
        "usage incentive claims only. The go-live certificate (64 advisors, 3 queues, 210 articles, hypercare dates) "
        "is DocuSigned by the AVP on 03/30/2026.",
        "DocuSign certificate PDG-GL-2026-012 signed by alejandro.baca@frsu.edu 03/30/2026; solution_area "
        "Business Applications.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Caribe Nimbus (Puerto Rico public sector)
# --------------------------------------------------------------------------------------------------------------

BAHIA = Org(
    "Municipio Autónomo de Bahía Morada",
    "Municipio de Bahía Morada",
    "bahiamorada.pr.gov",
    "PR",
    "Bahía Morada, PR 00745",
    "Calle Muñoz Rivera 1, Casa Alcaldía",
    "#0e6655",
)
BAHIA_DS = person(BAHIA, "Héctor Santiago Rosado", "Director de Sistemas de Información", "hsantiago")
BAHIA_MAYOR = person(BAHIA, "Hon. Marisol Cintrón Vega", "Alcaldesa / Mayor", "alcaldesa")


def s505_021_bahia_morada_acta_and_disclosure() -> Bundle:
    cid = "5051021"
    html = f"""
<h1>Acta de Aceptación / Acceptance Record</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(BAHIA.name)),
                ("Proveedor / Provider", escape(CARIBE.name)),
                ("Proyecto / Project", "CN-2026-014 Identidad y correo seguro / Secure identity and e-mail"),
                ("Período / Period", "2 de marzo – 5 de junio de 2026 / March 2 – June 5, 2026"),
            ],
            key_w=150,
        )
    }
{
        grid(
            ["Servicio / Service", "Entregado / Delivered", "Volumen / Volume"],
            [
                (
                    "Microsoft Entra ID P2",
                    "Privileged Identity Management para 18 roles administrativos, acceso condicional "
                    "basado en riesgo, revisiones de acceso trimestrales / PIM for 18 admin roles, risk-based "
                    "Conditional "
                    "Access, quarterly access reviews",
                    "1,240 usuarios / users",
                ),
                (
                    "Defender for Office 365",
                    "Safe Links, Safe Attachments, protección contra suplantación para la "
                    "Alcaldía y Finanzas, 2 simulaciones de phishing / Safe Links, Safe Attachments, impersonation "
                    "protection "
                    "for the Mayor's office and Finance, 2 phishing simulations",
                    "1,240 buzones / mailboxes",
                ),
            ],
            [22, 58, 20],
        )
    }
<p>El Municipio acepta los servicios descritos como completados por Caribe Nimbus LLC. / The Municipality accepts the
services described as completed by Caribe Nimbus LLC.</p>
{
        fields(
            [
                ("Firma / Signature", "", 42),
                ("Nombre / Name", f"{escape(BAHIA_DS.name)}, {escape(BAHIA_DS.title)}", 14),
                ("Fecha / Date", "", 20),
            ],
            key_w=150,
        )
    }
"""
    acta = g.html_pdf(
        html,
        meta("Acta de Aceptacion CN-2026-014", CN_PM.name, T(2026, 6, 12, 10, 0, -4)),
        f"{cid}|acta",
        style=css(CARIBE.color),
        decor=g.Decor(
            CARIBE, right="Acta de Aceptación · CN-2026-014", footer=escape(CARIBE.name), accent=CARIBE.color
        ),
    )
    acta_scan = g.scan_pdf(
        acta,
        [
            *form_inks(
                BAHIA_DS.name, "15 de junio de 2026", sig_label="Firma / Signature", date_label="Fecha / Date", dx=160
            ),
            Ink(
                "Firma / Signature",
                "seal",
                dx=340,
                dy=-6,
                h=56,
                lines=("MUNICIPIO DE", "BAHÍA MORADA", "P.R."),
                color=(30, 80, 140),
            ),
        ],
        f"{cid}|actas",
        T(2026, 6, 15, 15, 0, -4),
        dpi=150,
        skew=0.6,
    )
    psd = g.scan_pdf(
        h.psd_pdf(
            CARIBE,
            BAHIA,
            "Microsoft Entra ID P2 and Defender for Office 365 deployment and adoption",
            "a Microsoft usage incentive estimated at up to USD 8,200 per year",
            D(2026, 2, 9),
            f"{cid}|psd",
        ),
        h.psd_inks(BAHIA_MAYOR.name, BAHIA_MAYOR.title, "2/10/2026", seal=("MUNICIPIO DE", "BAHÍA MORADA")),
        f"{cid}|psds",
        T(2026, 2, 10, 11, 0, -4),
        dpi=150,
        skew=-0.5,
    )
    files = {
        "Acta_Aceptacion_CN-2026-014_firmada.pdf": acta_scan,
        "Divulgacion_Sector_Publico_Bahia_Morada.pdf": psd,
    }
    claim = cpor(
        cid,
        CARIBE,
        CN_PM,
        BAHIA,
        BAHIA_DS,
        files,
        area="Security",
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 6, 30, 9, 0, -4),
        segment="public_sector",
        roles={"Divulgacion_Sector_Publico_Bahia_Morada.pdf": "public_sector_disclosure"},
        customer_name="MUNICIPIO AUTONOMO DE BAHIA MORADA",
    )
    return Bundle(
        f"{cid}_bahia_morada_bilingual_acta_and_disclosure",
        claim,
        files,
        "approve",
        "Puerto Rico municipality, Security usage: the standard written fee disclosure is signed and sealed by the "
        "Mayor (2/10/2026), and the Spanish/English acceptance record – every line in both languages, 1,240 users and "
        "mailboxes, PIM for 18 roles – is signed and sealed by the director of information systems on '15 de junio de "
        "2026'. The disclosure wording is shared with the other public-sector claims: boilerplate.",
        "Acta: signature, municipal seal, '15 de junio de 2026'; disclosure acknowledged by Hon. Marisol Cintrón "
        "Vega, Alcaldesa, '2/10/2026'.",
        g.cpor_ok(ps=True),
        container="zip-folder",
    )


CMRM = Org(
    "Corporación del Centro Médico Regional de la Montaña",
    "Centro Médico de la Montaña",
    "cmrmontana.org",
    "PR",
    "Utuado, PR 00641",
    "Carr. 111 Km 2.3",
    "#a93226",
)
CMRM_CIO = person(CMRM, "Lcda. Ivelisse Ramos Torres", "Principal Oficial de Informática / CIO", "iramos")


def s505_022_centro_medico_montana_no_disclosure() -> Bundle:
    cid = "5051022"
    report = simple_doc(
        CARIBE,
        f"""
<h1>Informe de cierre / Closure report</h1>
{
            kv(
                [
                    ("Cliente / Customer", escape(CMRM.name)),
                    ("Período / Period", "January 12 – April 24, 2026"),
                    ("Referencia", "CN-2026-006"),
                ]
            )
        }
{
            grid(
                ["Workload", "Entregado / Delivered", "Volumen"],
                [
                    (
                        "Exchange Online",
                        "Migración desde Exchange 2013 en sitio; buzones compartidos para admisiones y farmacia / "
                        "migration from on-premises Exchange 2013; shared mailboxes for admissions and pharmacy",
                        "1,060 buzones",
                    ),
                    (
                        "Microsoft Teams",
                        "Equipos por unidad clínica, turnos de enfermería con Shifts, reuniones del comité médico / "
                        "teams per clinical unit, nursing shifts in Shifts, medical committee meetings",
                        "1,180 usuarios",
                    ),
                ],
                [20, 60, 20],
            )
        }
<p>Todos los servicios están en producción desde el 24 de abril de 2026. / All services are in production since April
24, 2026.</p>""",
        "Informe de cierre CN-2026-006",
        CN_PM.name,
        T(2026, 4, 27, 14, 0, -4),
        f"{cid}|rep",
    )
    m1 = Mail(
        CN_PM,
        [CMRM_CIO],
        "Cierre del proyecto CN-2026-006 / project closure",
        T(2026, 4, 28, 9, 0, -4),
        "Lcda. Ramos:\n\nAdjunto el informe de cierre. ¿Nos confirma la aceptación del proyecto? / Attached is the "
        "closure report – could you confirm acceptance?\n\nSaludos,\nYolanda\n\n" + g.footer_block(CN_PM),
        attachments=[("Informe_cierre_CN-2026-006.pdf", report)],
        lang="es",
    )
    m2 = Mail(
        CMRM_CIO,
        [CN_PM],
        "RE: Cierre del proyecto CN-2026-006 / project closure",
        T(2026, 4, 29, 16, 22, -4),
        "Yolanda:\n\nConfirmado. El Centro Médico acepta el proyecto: los 1,060 buzones están en Exchange Online y "
        "las unidades clínicas usan Teams y Shifts. / Confirmed – the Medical Center accepts the project: 1,060 "
        "mailboxes in Exchange Online and clinical units on Teams and Shifts.\n\nIvelisse Ramos Torres\nCIO | "
        "Centro Médico Regional de la Montaña",
        quoted=m1,
        lang="es",
    )
    files = {
        "Informe_cierre_CN-2026-006.pdf": report,
        "RE Cierre del proyecto CN-2026-006.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        CARIBE,
        CN_PM,
        CMRM,
        CMRM_CIO,
        files,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 5, 11, 10, 0, -4),
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_centro_medico_montana_public_hospital_no_disclosure",
        claim,
        files,
        "action_required",
        "A public medical centre in Puerto Rico (healthcare = public sector) on a Modern Work usage claim. The "
        "bilingual closure report and the CIO's bilingual acceptance e-mail of 29 Apr 2026 from cmrmontana.org are "
        "fine, but there is no public sector disclosure at all: in Puerto Rico the partner must disclose its potential "
        "Microsoft compensation in writing and have the public-sector customer acknowledge it in writing.",
        "No document with role public_sector_disclosure; customer.segment public_sector, country PR, Modern Work "
        "usage.",
        {
            "public_sector": "fail",
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# conflict: Pinecrest Dynamics v Lodestar BizApps on SdC Outfitters' Dynamics 365 Sales subscription
# --------------------------------------------------------------------------------------------------------------

SDC = Org(
    "Sangre de Cristo Outfitters, Inc.",
    "SdC Outfitters",
    "sdcoutfitters.com",
    "US",
    "Salida, CO 81201",
    "7450 W US Hwy 50",
    "#873600",
)
SDC_VP = person(SDC, "Nate Archuleta", "VP Sales & Dealer Development", "narchuleta")
SDC_BUYER = person(SDC, "Kim Otero", "Purchasing Manager", "kotero")


def s505_023_sdc_outfitters_conflict_winner() -> Bundle:
    cid = "5051023"
    cert = pinecrest_certificate(
        SDC,
        SDC_VP,
        "PDG-GL-2026-004",
        D(2026, 3, 9),
        "Dynamics 365 Sales – dealer and wholesale pipeline",
        [
            (
                "Sales",
                "Dealer accounts, wholesale opportunities and seasonal pre-book orders; territory model for 6 "
                "regions; forecast by product line",
                "45 sellers",
            ),
            (
                "Integrations",
                "Business Central orders and credit status; Shopify B2B dealer portal sign-ups as leads",
                "2 integrations",
            ),
            (
                "Adoption",
                "Seller training (4 sessions), Outlook and Teams add-ins, dashboards for the VP Sales",
                "6 dashboards",
            ),
        ],
        f"{cid}|cert",
        T(2026, 3, 20, 10, 0, -7),
        note="Hypercare March 9 – March 20, 2026; Pinecrest continues as Dynamics 365 support partner (monthly "
        "release reviews).",
    )
    signed = g.scan_pdf(
        cert, form_inks(SDC_VP.name, "3/24/2026"), f"{cid}|scan", T(2026, 3, 24, 16, 0, -6), dpi=150, skew=0.5
    )
    submitted = T(2026, 4, 15, 11, 0, -6)
    files = {"SdC_Outfitters_GoLive_Acceptance_PDG-GL-2026-004.pdf": signed}
    claim = cpor(
        cid,
        PINECREST,
        PD_SA,
        SDC,
        SDC_VP,
        files,
        area="Business Applications",
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        submitted=submitted,
        status="under_review",
        customer_name="SANGRE DE CRISTO OUTFITTERS INC",
        comments=[
            (
                "microsoft",
                T(2026, 4, 16, 15, 0),
                "This subscription is associated to another partner. Both partners have been notified of the "
                "conflicting claim; the associated partner has 14 calendar days to provide up-to-date POE.",
            )
        ],
        history=[
            ("submission", submitted, PD_SA.email),
            ("under review", T(2026, 4, 16, 15, 0), "Microsoft"),
        ],
    )
    return Bundle(
        f"{cid}_sdc_outfitters_conflict_implementation_partner_wins",
        claim,
        files,
        "approve",
        "Conflicting claim with 5051024 (Lodestar BizApps) on the same Dynamics 365 Sales subscription of SdC "
        "Outfitters. Pinecrest's POE is a go-live acceptance for 45 sellers with the integrations, training and "
        "hypercare, hand-signed by the VP Sales on 3/24/2026 – three weeks before submission – and it continues as "
        "support partner. Lodestar's up-to-date POE is a pricing quote and the buyer's 'quote approved' e-mail. "
        "Pinecrest drove the usage: it wins the association.",
        "Go-live certificate PDG-GL-2026-004: 45 sellers, 2 integrations, signature of Nate Archuleta '3/24/2026'; "
        "status under_review with conflict comment.",
        g.cpor_ok(),
    )


def s505_024_sdc_outfitters_conflict_quote_only() -> Bundle:
    cid = "5051024"
    html = f"""
<table><tr><td style="border:none;width:250pt"><h1>QUOTE</h1><p>Quote # Q-10442<br/>Date: 11/04/2025<br/>
Valid until: 12/04/2025</p></td><td style="border:none;text-align:right"><b>{escape(LODESTAR.name)}</b><br/>
{escape(LODESTAR.street)}<br/>{escape(LODESTAR.city)}</td></tr></table>
<p><b>Prepared for:</b> SdC Outfitters – Kim Otero, Purchasing Manager</p>
{
        grid(
            ["Item", "Qty", "Unit price / month", "Term", "Extended (annual)"],
            [
                (
                    "Dynamics 365 Sales Enterprise (NCE, annual commitment)",
                    "45",
                    "USD 105.00",
                    "12 months",
                    "USD 56,700.00",
                ),
                ("Dynamics 365 Sales – Dataverse capacity add-on (10 GB)", "1", "USD 40.00", "12 months", "USD 480.00"),
                ("Onboarding call (1 hour) – licence assignment", "1", "included", "", "USD 0.00"),
            ],
            [44, 8, 16, 14, 18],
        )
    }
<p style="text-align:right"><b>Total (annual): USD 57,180.00</b></p>
<p class="small">Prices exclude applicable taxes. Licences are provisioned through the CSP program within 2 business
days of order acceptance.</p>
"""
    quote = simple_doc(
        LODESTAR,
        html,
        "Quote Q-10442 SdC Outfitters",
        LB_AE.name,
        T(2025, 11, 4, 15, 0, -7),
        f"{cid}|quote",
        numbers="",
    )
    m1 = Mail(
        LB_AE,
        [SDC_BUYER],
        "Quote Q-10442 – Dynamics 365 Sales licences",
        T(2025, 11, 4, 15, 10, -7),
        "Hi Kim,\n\nAs discussed, attached is the quote for 45 Dynamics 365 Sales Enterprise licences on an annual "
        "commitment. Let me know if you want to proceed and I'll place the order.\n\nBrent Caldwell\nAccount "
        "Executive | Lodestar BizApps",
        attachments=[("Quote_Q-10442.pdf", quote)],
    )
    m2 = Mail(
        SDC_BUYER,
        [LB_AE],
        "RE: Quote Q-10442 – Dynamics 365 Sales licences",
        T(2025, 11, 6, 9, 30, -7),
        "Brent,\n\nThanks – quote approved, please go ahead and place the order for the 45 licences. Our "
        "implementation partner will handle the setup.\n\nKim Otero\nPurchasing Manager\nSdC Outfitters",
        quoted=m1,
    )
    submitted = T(2026, 4, 24, 17, 0, -7)
    files = {"Quote_Q-10442_SdC.pdf": quote, "RE Quote Q-10442 - Dynamics 365 Sales licences.msg": g.msg_file(m2)}
    claim = cpor(
        cid,
        LODESTAR,
        LB_AE,
        SDC,
        SDC_BUYER,
        files,
        area="Business Applications",
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        submitted=submitted,
        status="under_review",
        customer_name="SANGRE DE CRISTO OUTFITTERS INC",
        comments=[
            (
                "microsoft",
                T(2026, 4, 16, 15, 0),
                "Another partner has claimed this subscription. You have 14 calendar days to provide up-to-date "
                "POE supporting your association.",
            ),
            (
                "partner",
                T(2026, 4, 24, 16, 55, -7),
                "We sold SdC their Dynamics licences. Quote and approval attached.",
            ),
        ],
        history=[
            ("submission", T(2025, 11, 20, 10, 0, -7), LB_AE.email),
            ("approved", T(2025, 11, 26, 9, 0), "Microsoft"),
            ("under review", T(2026, 4, 16, 15, 0), "Microsoft"),
            ("document submission", submitted, LB_AE.email),
        ],
    )
    return Bundle(
        f"{cid}_sdc_outfitters_conflict_licence_reseller_loses",
        claim,
        files,
        "reject",
        "The associated partner in the conflict with 5051023. Asked for up-to-date POE, Lodestar uploads only a "
        "pricing quote for the 45 licences and the purchasing manager's 'quote approved, please place the order' "
        "e-mail of Nov 2025 – a licensing purchase e-mail that itself says another implementation partner handles "
        "the setup. Quotes and licence-purchase e-mails are not POE and show no activity driving usage. Only one "
        "partner can hold the workload: Pinecrest (5051023) drove the usage, Lodestar is disassociated.",
        "Quote Q-10442 (45 × Dynamics 365 Sales Enterprise, USD 57,180.00); reply 'quote approved … Our "
        "implementation partner will handle the setup.'",
        {
            "unacceptable_documents": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "fail",
            "reused_evidence": "pass",
        },
    )


CLPB = Org(
    "Cache la Poudre Brewing Co.",
    "Poudre Brewing",
    "clpbrewing.com",
    "US",
    "Fort Collins, CO 80524",
    "1220 N College Ave",
    "#b7950b",
)
CLPB_CFO = person(CLPB, "Megan Stroud", "Chief Financial Officer", "mstroud")


def s505_025_poudre_brewing_order_form_and_msa() -> Bundle:
    cid = "5051025"
    order = simple_doc(
        PINECREST,
        f"""
<h1>Order Form PDG-OF-2026-0117</h1>
{
            kv(
                [
                    ("Customer", escape(CLPB.name)),
                    ("Order date", "February 10, 2026"),
                    ("Governing agreement", "Master Services Agreement dated June 3, 2024"),
                ]
            )
        }
{
            grid(
                ["Product / service", "Qty", "Term", "Price"],
                [
                    ("Dynamics 365 Sales Enterprise – NCE annual", "30", "12 months", "USD 37,800.00 / yr"),
                    ("Power BI Pro – NCE annual", "8", "12 months", "USD 1,344.00 / yr"),
                    ("Pinecrest Success Plan – Standard (hours bank)", "40 h", "12 months", "USD 7,600.00"),
                ],
                [46, 10, 18, 26],
            )
        }
<p>Customer authorizes Pinecrest Dynamics Group LLC to provision the subscriptions above through the Microsoft Cloud
Solution Provider program.</p>
{
            fields(
                [
                    ("Customer signature", "", 40),
                    ("Name / title", f"{escape(CLPB_CFO.name)}, {escape(CLPB_CFO.title)}", 14),
                    ("Date signed", "", 20),
                ]
            )
        }""",
        "Order Form PDG-OF-2026-0117",
        PD_EM.name,
        T(2026, 2, 9, 12, 0, -7),
        f"{cid}|order",
        numbers="",
    )
    order_signed = g.stamp_pdf(
        order,
        form_inks(CLPB_CFO.name, "2/10/2026", color=(0, 0, 0)),
        f"{cid}|orders",
        meta("Order Form PDG-OF-2026-0117 signed", CLPB_CFO.name, T(2026, 2, 10, 16, 0, -7)),
    )
    parties = [
        Party("Customer", CLPB.name, "Megan Stroud", "Chief Financial Officer"),
        Party("Pinecrest", PINECREST.name, "Jared Whitcomb", "Engagement Manager"),
    ]
    msa_html = [
        f"""<h1>Master Services Agreement</h1>
<p>This Master Services Agreement ("Agreement") is entered into as of June 3, 2024 between {escape(PINECREST.name)}
("Pinecrest") and {escape(CLPB.name)} ("Customer").</p>
<h2>1. Services</h2><p>Pinecrest will provide consulting, implementation and support services as described in order
forms and statements of work executed under this Agreement. Each order form is governed by this Agreement.</p>
<h2>2. Fees and payment</h2><p>Customer will pay the fees in each order form within 30 days of invoice.</p>
<h2>3. Term and termination</h2><p>This Agreement starts on the effective date and continues until terminated by either
party on 60 days' written notice.</p>
<h2>4. Confidentiality</h2><p>Each party will protect the other's confidential information with reasonable care.</p>
<h2>5. Limitation of liability</h2><p>Neither party is liable for indirect or consequential damages.</p>""",
        g.signoff("lines", parties, heading="Signatures"),
    ]
    msa = simple_doc(
        PINECREST,
        msa_html,
        "Master Services Agreement – Cache la Poudre Brewing",
        PD_EM.name,
        T(2024, 6, 3, 9, 0, -6),
        f"{cid}|msa",
    )
    msa_scan = g.scan_pdf(
        msa,
        [
            *g.sign_inks("lines", parties[0], 0, "6/3/2024"),
            *g.sign_inks("lines", parties[1], 1, "6/3/2024", color=g.INK_BLACK),
        ],
        f"{cid}|msas",
        T(2024, 6, 4, 10, 0, -6),
        dpi=150,
    )
    files = {
        "PDG-OF-2026-0117_signed.pdf": order_signed,
        "MSA_Cache_la_Poudre_Brewing_executed.pdf": msa_scan,
    }
    claim = cpor(
        cid,
        PINECREST,
        PD_EM,
        CLPB,
        CLPB_CFO,
        files,
        area="Business Applications",
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        submitted=T(2026, 3, 3, 9, 30, -7),
    )
    return Bundle(
        f"{cid}_poudre_brewing_order_form_and_msa_only",
        claim,
        files,
        "action_required",
        "The POE is a signed order form for 30 Dynamics 365 Sales licences, Power BI and an hours bank (a "
        "transactional "
        "contract for the licensing sale) and the 2024 Master Services Agreement, which contains no recent "
        "documentation of any engagement. Both are on the guide's list of documents that are not accepted as POE, "
        "and neither describes any activity Pinecrest drives in the customer's Dynamics 365 Sales. The CFO's signature "
        "on the order form acknowledges a purchase, not work.",
        "Order Form PDG-OF-2026-0117 (licence lines and prices, signed 2/10/2026); MSA dated June 3, 2024.",
        {
            "unacceptable_documents": "fail",
            "activity_detail": "fail",
            "reused_evidence": "pass",
        },
    )


UEC = Org(
    "Uncompahgre Energy Cooperative",
    "Uncompahgre Energy",
    "uncompahgre-energy.coop",
    "US",
    "Montrose, CO 81401",
    "2201 S Townsend Ave",
    "#1a5276",
)
UEC_OPS = person(UEC, "Travis Lujan", "Director of Operations", "tlujan")


def s505_026_uncompahgre_presales_before_purchase() -> Bundle:
    cid = "5051026"
    deck = deck_pdf(
        PINECREST,
        [
            (
                "Uncompahgre Energy – Field Service envisioning",
                "<p>Session 1 · February 18, 2026 · Montrose "
                "operations center</p><p>Pinecrest Dynamics Group: Heather Lindgren, Jared Whitcomb</p>",
            ),
            (
                "What we heard",
                ul(
                    [
                        "9 line crews and 4 meter technicians dispatched from whiteboards and radio",
                        "Outage tickets re-keyed from the OMS into spreadsheets; 2-3 hours lag for member updates",
                        "Vegetation-management contractor work orders on paper",
                    ]
                ),
            ),
            (
                "Proposed Dynamics 365 Field Service scope",
                ul(
                    [
                        "Work orders from OMS outage tickets (integration via Power Automate)",
                        "Schedule board for 9 crews with skills and truck assets",
                        "Mobile app for crews with offline mode in the canyons",
                        "Pilot: 6 crews on planned maintenance, March 2026",
                    ]
                ),
            ),
            (
                "Next steps",
                ul(
                    [
                        "Pilot setup in a trial environment (Feb 23 – Mar 4)",
                        "Review session March 4",
                        "Licensing decision by the cooperative board – April 2026",
                    ]
                ),
            ),
        ],
        "UEC Field Service envisioning",
        PD_SA.name,
        T(2026, 2, 17, 18, 0, -7),
        f"{cid}|deck",
        "Pinecrest Dynamics Group LLC · Prepared for Uncompahgre Energy Cooperative",
    )
    summary = simple_doc(
        PINECREST,
        f"""<h1>Pilot and workshop summary – Dynamics 365 Field Service</h1>
{
            kv(
                [
                    ("Customer", escape(UEC.name)),
                    ("Sessions", "February 18 and March 4, 2026"),
                    ("Pilot", "February 23 – March 4, 2026, trial environment, 6 line crews"),
                ]
            )
        }
{
            grid(
                ["Pilot measure", "Result"],
                [
                    ("Planned-maintenance work orders created from OMS tickets", "41"),
                    ("Work orders completed on the mobile app (incl. offline)", "37"),
                    ("Average time from ticket to crew assignment", "2 h 40 min → 25 min"),
                ],
                [60, 40],
            )
        }
<p>Recommendation: license Dynamics 365 Field Service for 9 crews, 4 meter technicians and 3 dispatchers; go-live
before the summer storm season.</p>""",
        "UEC Field Service pilot summary",
        PD_SA.name,
        T(2026, 3, 5, 12, 0, -7),
        f"{cid}|sum",
    )
    m1 = Mail(
        PD_SA,
        [UEC_OPS],
        "Field Service pilot – summary from March 4",
        T(2026, 3, 5, 12, 30, -7),
        "Hi Travis,\n\nAttached is the summary of the pilot and of our two sessions. Happy to present it to the board "
        "in April.\n\nHeather\n\n" + g.footer_block(PD_SA),
        attachments=[("UEC_Field_Service_pilot_summary.pdf", summary)],
    )
    m2 = Mail(
        UEC_OPS,
        [PD_SA],
        "RE: Field Service pilot – summary from March 4",
        T(2026, 3, 9, 7, 15, -6),
        "Heather,\n\nThanks for this and for the work behind it. For the board packet I'd summarize it like this: "
        "Pinecrest ran two envisioning sessions with our operations and member-services leads (Feb 18 and Mar 4) and "
        "a two-week pilot where 6 of our line crews worked 41 planned-maintenance orders out of Field Service, "
        "including offline in the Black Canyon. Crew assignment went from almost 3 hours to under half an hour. "
        "That pilot is the reason we're recommending the licences. Please come to the April 16 board meeting.\n\n"
        "Travis Lujan\nDirector of Operations\nUncompahgre Energy Cooperative",
        quoted=m1,
    )
    files = {
        "UEC_Field_Service_Envisioning_2026-02-18.pdf": deck,
        "UEC_Field_Service_pilot_summary.pdf": summary,
        "RE Field Service pilot - summary from March 4.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        PINECREST,
        PD_SA,
        UEC,
        UEC_OPS,
        files,
        area="Business Applications",
        kind="pre_sales",
        workloads=["DYNAMICS 365 FIELD SERVICE"],
        submitted=T(2026, 5, 4, 10, 0, -6),
        transaction=D(2026, 4, 20),
    )
    checks = g.cpor_ok(email_ack=True)
    return Bundle(
        f"{cid}_uncompahgre_presales_pilot_before_purchase",
        claim,
        files,
        "approve",
        "Pre-sales claim: the licences were transacted on 2026-04-20, and the engagement proof is all earlier – the "
        "envisioning deck of Feb 18, the pilot summary of Mar 5 and the Director of Operations' e-mail of Mar 9 "
        "describing in depth the two sessions and the two-week pilot with 6 crews and 41 work orders, and tying the "
        "licence recommendation to it. That is the customer acknowledging the pre-sales activities before the "
        "transaction.",
        "Reply from tlujan@uncompahgre-energy.coop, 9 Mar 2026: 'Pinecrest ran two envisioning sessions … and a "
        "two-week pilot …'; transaction_date 2026-04-20.",
        checks,
    )


MVOR = Org(
    "Mesa Verde Orchards LLC",
    "Mesa Verde Orchards",
    "mesaverdeorchards.com",
    "US",
    "Cortez, CO 81321",
    "18750 Road 25",
    "#b03a2e",
)
MVOR_GM = person(MVOR, "Lena Youngblood", "General Manager", "lena")


def s505_027_mesa_verde_presales_after_purchase() -> Bundle:
    cid = "5051027"
    summary = simple_doc(
        LODESTAR,
        f"""<h1>Envisioning workshop summary – Dynamics 365 Sales</h1>
{
            kv(
                [
                    ("Customer", escape(MVOR.name)),
                    ("Workshop", "February 10, 2026 (3 hours, Cortez)"),
                    ("Attendees", "Lena Youngblood (GM), 3 wholesale account managers"),
                ]
            )
        }
<h2>Topics</h2>{
            ul(
                [
                    "Using the Dynamics 365 Sales licences already purchased in January for wholesale accounts "
                    "(grocers, cideries)",
                    "Opportunity pipeline for the autumn apple and cider contracts; price lists per buyer",
                    "Outlook integration for the account managers",
                ]
            )
        }
<h2>Proposed next steps</h2>{
            ul(
                [
                    "Configure pipeline stages and price lists (Lodestar, 5 days)",
                    "Import 240 wholesale accounts from QuickBooks",
                ]
            )
        }""",
        "Mesa Verde envisioning summary",
        LB_AE.name,
        T(2026, 2, 11, 10, 0, -7),
        f"{cid}|sum",
    )
    m1 = Mail(
        LB_AE,
        [MVOR_GM],
        "Workshop summary – Dynamics 365 Sales",
        T(2026, 2, 11, 10, 30, -7),
        "Hi Lena,\n\nThanks for hosting us yesterday. Summary attached.\n\nBrent",
        attachments=[("Mesa_Verde_envisioning_summary.pdf", summary)],
    )
    m2 = Mail(
        MVOR_GM,
        [LB_AE],
        "RE: Workshop summary – Dynamics 365 Sales",
        T(2026, 2, 12, 8, 5, -7),
        "Brent,\n\nThank you for the workshop on Tuesday – very useful. We bought the Sales licences back in January "
        "with the Microsoft promotion and honestly hadn't figured out how to use them, so this helps us get going. "
        "Let's talk about the configuration work next week.\n\nLena Youngblood\nGeneral Manager, Mesa Verde "
        "Orchards",
        quoted=m1,
    )
    files = {
        "Mesa_Verde_envisioning_summary.pdf": summary,
        "RE Workshop summary - Dynamics 365 Sales.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        LODESTAR,
        LB_AE,
        MVOR,
        MVOR_GM,
        files,
        area="Business Applications",
        kind="pre_sales",
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        submitted=T(2026, 3, 2, 15, 0, -7),
        transaction=D(2026, 1, 15),
    )
    return Bundle(
        f"{cid}_mesa_verde_presales_workshop_after_purchase",
        claim,
        files,
        "reject",
        "Pre-sales claim with transaction date 2026-01-15, but the only engagement proof is a workshop on "
        "2026-02-10 and the customer's e-mail of 2026-02-12, which states that the licences were bought in January "
        "and the workshop came afterwards. Pre-sales POE must show engagement before the transaction, and this "
        "customer says in writing that there was none; no upsell by a new partner of record is claimed either.",
        "Reply from lena@mesaverdeorchards.com: 'We bought the Sales licences back in January … this helps us get "
        "going'; transaction_date 2026-01-15, workshop 2026-02-10.",
        {"acknowledgement_date": "fail", "customer_domain": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# conflict: Oakhaven Secure v Redwood Hollow IT on Llano Estacado Credit Union's Intune and Defender
# --------------------------------------------------------------------------------------------------------------

LECU = Org(
    "Llano Estacado Federal Credit Union",
    "LECU",
    "lecu.org",
    "US",
    "Lubbock, TX 79424",
    "6102 82nd St",
    "#1f618d",
)
LECU_VP = person(LECU, "Carla Benavides", "VP Information Technology", "cbenavides")
LECU_CEO = person(LECU, "Douglas Pruett", "President & CEO", "dpruett")


def s505_028_lecu_conflict_new_partner_wins() -> Bundle:
    cid = "5051028"
    html = f"""
<h1>Endpoint Security Transition – Acceptance</h1>
{
        kv(
            [
                ("Credit union", escape(LECU.name) + " (LECU)"),
                ("Partner", escape(OAKHAVEN.name)),
                ("Transition period", "January 12 – March 27, 2026"),
                ("Reference", "OSN-LECU-2026-01"),
            ]
        )
    }
<h2>What Oakhaven delivered</h2>
{
        grid(
            ["Workload", "Work performed", "Scope"],
            [
                (
                    "Microsoft Intune",
                    "Took over device management from the previous provider; rebuilt compliance policies to "
                    "NCUA exam baseline; Autopilot for teller and lending laptops; kiosk mode for 22 lobby check-in "
                    "tablets; "
                    "update rings with a branch pilot ring",
                    "19 branches, 420 devices",
                ),
                (
                    "Microsoft Defender for Endpoint",
                    "Onboarded all Windows devices and 14 servers; ASR rules in block mode; "
                    "EDR block mode; device groups per branch; weekly vulnerability review with LECU IT",
                    "434 devices",
                ),
                (
                    "Ongoing",
                    "Managed endpoint service from March 30, 2026: policy changes, alert triage in business hours, "
                    "monthly exam-readiness report",
                    "Monthly",
                ),
            ],
            [22, 58, 20],
        )
    }
<p>LECU accepts the transition of its endpoint management and security to Oakhaven Secure Networks Inc. as
complete.</p>
{
        fields(
            [
                ("LECU signature", "", 42),
                ("Name / title", f"{escape(LECU_VP.name)}, {escape(LECU_VP.title)}", 14),
                ("Date signed", "", 20),
            ]
        )
    }
"""
    pdf = simple_doc(
        OAKHAVEN,
        html,
        "LECU Endpoint Security Transition Acceptance",
        OH_LEAD.name,
        T(2026, 3, 31, 15, 0, -5),
        f"{cid}|doc",
        size=g.LETTER,
    )
    signed = g.esign(
        pdf,
        LECU_VP,
        T(2026, 4, 2, 9, 14, -5),
        f"{cid}|env",
        sig_anchor="LECU signature",
        sig_dx=150,
        sig_dy=8,
        date_anchor="Date signed",
        date_dx=150,
        date_dy=3,
        date_text="4/2/2026",
        vendor="docusign",
        certificate=True,
        sender=OH_LEAD,
        ip="204.62.118.9",
    )
    submitted = T(2026, 4, 10, 14, 0, -5)
    files = {"LECU_Endpoint_Security_Transition_Acceptance_DocuSign.pdf": signed}
    claim = cpor(
        cid,
        OAKHAVEN,
        OH_LEAD,
        LECU,
        LECU_VP,
        files,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=submitted,
        status="under_review",
        comments=[
            (
                "microsoft",
                T(2026, 4, 13, 16, 0),
                "The workloads claimed are associated to another partner. Both "
                "partners have been notified; the associated partner has 14 calendar days to provide up-to-date POE.",
            ),
        ],
        history=[("submission", submitted, OH_LEAD.email), ("under review", T(2026, 4, 13, 16, 0), "Microsoft")],
    )
    return Bundle(
        f"{cid}_lecu_conflict_incoming_partner_wins",
        claim,
        files,
        "approve",
        "Conflicting claim with 5051029 (Redwood Hollow IT, the associated partner) on LECU's Intune and Defender for "
        "Endpoint. Oakhaven's POE is a DocuSigned acceptance of 4/2/2026 by LECU's VP IT describing the takeover from "
        "the previous provider, 420 devices in 19 branches, 434 devices in MDE and the managed service since March 30. "
        "Redwood's up-to-date POE is a 15-month-old SOW and its own patching report. Oakhaven drives the customer's "
        "usage now: it wins the association.",
        "DocuSign acceptance OSN-LECU-2026-01 signed by cbenavides@lecu.org on 4/2/2026; 'Took over device "
        "management from the previous provider'.",
        g.cpor_ok(),
    )


def s505_029_lecu_conflict_associated_partner_old_sow() -> Bundle:
    cid = "5051029"
    parties = [
        Party("Client", LECU.name, LECU_CEO.name, LECU_CEO.title),
        Party("Provider", REDWOOD.name, RH_OWNER.name, RH_OWNER.title),
    ]
    sow_html = f"""<h1>Statement of Work – Managed Endpoint Services</h1>
{
        kv(
            [
                ("Client", escape(LECU.name)),
                ("Provider", escape(REDWOOD.name)),
                ("Start", "February 1, 2025"),
                ("Term", "12 months, auto-renewing"),
            ]
        )
    }
<h2>Services</h2>{
        ul(
            [
                "Intune device enrollment and policy administration for branch and back-office devices (approx. 400)",
                "Microsoft Defender for Endpoint deployment and alert monitoring (business hours)",
                "Monthly Windows patching through WSUS for servers",
            ]
        )
    }
<h2>Fees</h2><p>USD 11.50 per device per month, invoiced monthly.</p>
""" + g.signoff("lines", parties, heading="Agreed")
    sow = simple_doc(
        REDWOOD,
        sow_html,
        "SOW LECU Managed Endpoint",
        RH_OWNER.name,
        T(2025, 1, 20, 10, 0, -6),
        f"{cid}|sow",
        size=g.LETTER,
        app=g.WORD2019,
    )
    sow_scan = g.scan_pdf(
        sow,
        [
            *g.sign_inks("lines", parties[0], 0, "1/21/2025"),
            *g.sign_inks("lines", parties[1], 1, "1/21/2025", color=g.INK_BLACK),
        ],
        f"{cid}|sows",
        T(2025, 1, 21, 15, 30, -6),
        dpi=100,
        skew=0.9,
        scanner=5,
    )
    w = g.Word(accent="6E2C00")
    w.header(REDWOOD, "Monthly report")
    w.h("Monthly Patching Report – March 2026")
    w.p(f"Client: {LECU.name}")
    w.table(
        [
            ["Item", "Count"],
            ["Servers patched (WSUS)", "14"],
            ["Patches approved", "37"],
            ["Failed installs (resolved)", "2"],
        ]
    )
    w.p("Next month: continue monthly patch cycle. Contact Travis for questions.")
    report = w.save(meta("Monthly Patching Report March 2026", RH_OWNER.name, T(2026, 4, 3, 9, 0, -5)))
    submitted = T(2026, 4, 22, 16, 40, -5)
    files = {
        "LECU SOW signed 2025.pdf": sow_scan,
        "LECU Monthly Patching Report - March 2026.docx": report,
    }
    claim = cpor(
        cid,
        REDWOOD,
        RH_OWNER,
        LECU,
        LECU_CEO,
        files,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=submitted,
        status="under_review",
        comments=[
            (
                "microsoft",
                T(2026, 4, 13, 16, 0),
                "Another partner has claimed the workloads associated to you. "
                "Please provide up-to-date POE within 14 calendar days.",
            ),
            (
                "partner",
                T(2026, 4, 22, 16, 35, -5),
                "We have been LECU's provider since Feb 2025, see SOW. Latest monthly report attached.",
            ),
        ],
        history=[
            ("submission", T(2025, 2, 10, 10, 0, -6), RH_OWNER.email),
            ("approved", T(2025, 2, 14, 9, 0), "Microsoft"),
            ("under review", T(2026, 4, 13, 16, 0), "Microsoft"),
            ("document submission", submitted, RH_OWNER.email),
        ],
    )
    return Bundle(
        f"{cid}_lecu_conflict_associated_partner_sends_old_sow",
        claim,
        files,
        "reject",
        "The associated partner in the conflict with 5051028, asked for up-to-date POE. It uploads the SOW signed on "
        "1/21/2025 – 15 months before this submission – and its own March 2026 report, which only covers WSUS server "
        "patching (OS patching, not Intune or MDE work) and carries no customer acknowledgement. There is no recent "
        "acknowledgement confirming active engagement, while LECU's VP IT signed in April that Oakhaven took over "
        "from the previous provider. Only one partner can hold the workloads: Redwood Hollow is disassociated.",
        "SOW signature lines dated '1/21/2025'; .docx 'Monthly Patching Report – March 2026' (WSUS, 14 servers), "
        "no customer sign-off.",
        {"acknowledgement_date": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# conflict: Vänern IT v Norrvik Telekom on Klarälvens Trävaror's Teams Phone
# --------------------------------------------------------------------------------------------------------------

KTAB = Org(
    "Klarälvens Trävaror AB",
    "KTAB",
    "klaralvenstra.se",
    "SE",
    "684 30 Munkfors",
    "Sågverksvägen 3",
    "#7e5109",
)
KTAB_IT = person(KTAB, "Johanna Sjöberg", "IT-chef / Head of IT", "johanna.sjoberg")

VI_LABELS = ("Namn / Name", "Befattning / Title", "Underskrift / Signature", "Datum / Date")


def s505_030_ktab_conflict_teams_phone_migration() -> Bundle:
    cid = "5051030"
    parties = [
        Party("Kund / Customer", KTAB.name, KTAB_IT.name, KTAB_IT.title),
        Party("Leverantör / Supplier", VANERN.name, VI_PM.name, VI_PM.title),
    ]
    page1 = f"""
<h1>Leveransprotokoll / Delivery Protocol</h1>
{
        kv(
            [
                ("Kund / Customer", escape(KTAB.name) + ", " + escape(KTAB.address)),
                ("Leverantör / Supplier", escape(VANERN.name) + ", " + escape(VANERN.address)),
                ("Projekt / Project", "VIT-2025-093 Teams Telefoni / Teams Phone"),
                ("Period", "2025-10-06 – 2026-02-13"),
            ],
            key_w=150,
        )
    }
{
        grid(
            ["Svenska", "English"],
            [
                (
                    "Migrering av 640 användare från Mitel MX-ONE till Teams Telefoni med Operator Connect.",
                    "Migration of 640 users from Mitel MX-ONE to Teams Phone with Operator Connect.",
                ),
                (
                    "Växelfunktion: 3 auto attendants och 7 samtalsköer (sågverkets utlastning, order, kundtjänst).",
                    "Switchboard: 3 auto attendants and 7 call queues (sawmill dispatch, orders, customer service).",
                ),
                (
                    "Teams-telefoner i 24 gemensamma utrymmen (sågverk, torkanläggning, vågbod).",
                    "Teams phones in 24 common areas (sawmill, kilns, weighbridge).",
                ),
                (
                    "Utbildning av 18 superanvändare och överlämning till KTAB:s IT.",
                    "Training of 18 super users and handover to KTAB IT.",
                ),
            ],
            [50, 50],
        )
    }
"""
    page2 = f"""
<h2>Godkännande / Acceptance</h2>
<p>Kunden bekräftar att leveransen ovan är utförd av {escape(VANERN.name)} och godkänner den. / The customer confirms
that the delivery above was carried out by {escape(VANERN.name)} and accepts it. Vänern IT fortsätter som
förvaltningspartner för Teams Telefoni. / Vänern IT continues as managing partner for Teams Phone.</p>
""" + g.signoff("columns", parties, heading="", labels=VI_LABELS, company_label="Företag / Company")
    pdf = g.html_pdf(
        [page1, page2],
        meta("Leveransprotokoll VIT-2025-093", VI_PM.name, T(2026, 2, 16, 10, 0, 1)),
        f"{cid}|doc",
        style=css(VANERN.color, size=9.5),
        decor=g.Decor(
            VANERN,
            right="Leveransprotokoll · VIT-2025-093",
            footer=escape(f"{VANERN.name} · {VANERN.reg}"),
            accent=VANERN.color,
        ),
    )
    inks = [
        *g.sign_inks("columns", parties[0], 0, "2026-02-19", labels=VI_LABELS, page=1),
        *g.sign_inks("columns", parties[1], 1, "2026-02-19", labels=VI_LABELS, color=g.INK_BLACK, page=1),
    ]
    scan = g.scan_pdf(pdf, inks, f"{cid}|scan", T(2026, 2, 19, 13, 30, 1), dpi=150, skew=0.3, scanner=6)
    submitted = T(2026, 3, 5, 9, 0, 1)
    files = {"Leveransprotokoll_VIT-2025-093_KTAB_signerat.pdf": scan}
    claim = cpor(
        cid,
        VANERN,
        VI_PM,
        KTAB,
        KTAB_IT,
        files,
        area="Modern Work",
        workloads=["TEAMS PHONE ENABLED USERS"],
        submitted=submitted,
        status="under_review",
        comments=[("microsoft", T(2026, 3, 30, 10, 0), "A conflicting claim has been received for this workload.")],
        history=[("submission", submitted, VI_PM.email), ("under review", T(2026, 3, 30, 10, 0), "Microsoft")],
    )
    return Bundle(
        f"{cid}_ktab_conflict_teams_phone_migration_wins",
        claim,
        files,
        "approve",
        "Conflict with 5051031 (Norrvik Telekom) on KTAB's Teams Phone. Vänern IT's Swedish/English delivery protocol, "
        "signed by both parties on 2026-02-19, covers the migration of all 640 users from the Mitel PBX to Teams "
        "Phone, 3 auto attendants, 7 call queues, 24 common-area phones, super-user training, and Vänern stays on as "
        "managing partner. Norrvik ported 40 numbers and supplies the trunk. Vänern drove the Teams Phone usage and "
        "wins the association.",
        "Signed protocol page 2 (KTAB: Johanna Sjöberg, '2026-02-19'); page 1 'Migration of 640 users from Mitel "
        "MX-ONE to Teams Phone'.",
        g.cpor_ok(),
    )


def s505_031_ktab_conflict_number_porting_loses() -> Bundle:
    cid = "5051031"
    m1 = Mail(
        NT_AM,
        [KTAB_IT],
        "Nummerportering klar / number porting complete",
        T(2026, 3, 19, 15, 0, 1),
        "Hej Johanna,\n\nThe 40 direct numbers of the Karlstad sales office were ported to Operator Connect on 17 "
        "March and are live in Teams. Could you confirm that everything works and that Norrvik is your Teams Phone "
        "partner?\n\nMed vänlig hälsning,\nOskar Berglund\nKey Account Manager | Norrvik Telekom AB",
        lang="sv",
    )
    m2 = Mail(
        KTAB_IT,
        [NT_AM],
        "SV: Nummerportering klar / number porting complete",
        T(2026, 3, 20, 8, 12, 1),
        "Hej Oskar,\n\nConfirmed – the 40 sales office numbers work in Teams since the 17th and the SIP trunk "
        "through your Operator Connect service has been stable. Norrvik supplies our Teams Phone numbers and calling "
        "plan; thanks for the smooth porting.\n\nHälsningar,\nJohanna Sjöberg\nIT-chef | KTAB",
        quoted=m1,
        lang="sv",
    )
    files = {"SV Nummerportering klar - number porting complete.msg": g.msg_file(m2)}
    submitted = T(2026, 3, 27, 11, 0, 1)
    claim = cpor(
        cid,
        NORRVIK,
        NT_AM,
        KTAB,
        KTAB_IT,
        files,
        area="Modern Work",
        workloads=["TEAMS PHONE ENABLED USERS"],
        submitted=submitted,
        status="under_review",
        comments=[
            (
                "microsoft",
                T(2026, 3, 30, 10, 0),
                "This workload is associated to another partner; conflicting claim notification sent to both partners.",
            )
        ],
        history=[("submission", submitted, NT_AM.email), ("under review", T(2026, 3, 30, 10, 0), "Microsoft")],
    )
    return Bundle(
        f"{cid}_ktab_conflict_number_porting_loses",
        claim,
        files,
        "reject",
        "On its own this would pass: an e-mail of 20 Mar 2026 from KTAB's head of IT (klaralvenstra.se) confirming "
        "that Norrvik ported the 40 sales-office numbers to Operator Connect and supplies the trunk and calling plan. "
        "But it conflicts with 5051030 on the same workload, and only one partner can be CPOR for it. Comparing the "
        "two, Vänern IT migrated all 640 users, built the auto attendants and queues and manages the service; Norrvik "
        "is the carrier for 40 numbers. Vänern drove the most influence on Teams Phone usage, so this claim is "
        "rejected. No check fails: the reason is the conflict rule.",
        "Reply from johanna.sjoberg@klaralvenstra.se: 'the 40 sales office numbers work in Teams … Norrvik supplies "
        "our Teams Phone numbers and calling plan'.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Andorinha Tecnologia (Brazil): a signed Termo de Aceite, the same signature pasted elsewhere, generic tasks
# --------------------------------------------------------------------------------------------------------------

AT_SIG = "Assinatura / Signature"


def andorinha_termo(
    cust: Org,
    signer: Person,
    ref: str,
    period: str,
    rows: Sequence[tuple[str, str, str, str]],
    seed: str,
    when: dt.datetime,
) -> bytes:
    html = f"""
<h1>Termo de Aceite / Acceptance Term</h1>
{
        kv(
            [
                ("Contratante / Customer", escape(cust.name) + " – " + escape(cust.reg or cust.address)),
                ("Contratada / Provider", escape(ANDORINHA.name) + " – " + escape(ANDORINHA.reg)),
                ("Projeto / Project", ref),
                ("Período / Period", period),
            ],
            key_w=150,
        )
    }
{grid(["Serviço / Service", "Entregue", "Delivered", "Qtd. / Qty"], rows, [18, 33, 33, 16])}
<p>A Contratante declara que os serviços acima foram executados pela {escape(ANDORINHA.name)} e os aceita. / The
Customer declares that the services above were performed by {escape(ANDORINHA.name)} and accepts them.</p>
{
        fields(
            [
                (AT_SIG, "", 42),
                ("Nome / Name", f"{escape(signer.name)} – {escape(signer.title)}", 14),
                ("Data / Date", "", 20),
            ],
            key_w=150,
        )
    }
"""
    return g.html_pdf(
        html,
        meta(f"Termo de Aceite {ref}", AT_PM.name, when),
        seed,
        style=css(ANDORINHA.color),
        decor=g.Decor(
            ANDORINHA,
            right=f"Termo de Aceite · {ref}",
            footer=escape(f"{ANDORINHA.name} · {ANDORINHA.street}, {ANDORINHA.city}"),
            accent=ANDORINHA.color,
            numbers="",
        ),
    )


CVSG = Org(
    "Cooperativa Vinícola Serra Gaúcha",
    "Coop Serra Gaúcha",
    "coopserragaucha.com.br",
    "BR",
    "Bento Gonçalves – RS, 95700-000",
    "Rua Herny Hugo Dreher 330",
    "#641e16",
    "CNPJ 87.514.221/0001-09",
)
CVSG_IT = person(CVSG, "Paulo Bortolini", "Gerente de TI / IT Manager", "paulo.bortolini")


def cvsg_documents() -> tuple[bytes, bytes, bytes]:
    """The signed Termo de Aceite as scanned, the WhatsApp photo of it, and the signature cut out of the scan."""

    def make() -> tuple[bytes, bytes, bytes]:
        pdf = andorinha_termo(
            CVSG,
            CVSG_IT,
            "AT-2026-008",
            "12/01/2026 – 06/03/2026",
            [
                (
                    "Microsoft Intune",
                    "Autopilot para 230 notebooks; modo quiosque em 18 terminais da cantina e "
                    "engarrafamento; políticas de conformidade",
                    "Autopilot for 230 notebooks; kiosk mode on 18 winery and "
                    "bottling-line terminals; compliance policies",
                    "248 disp. / devices",
                ),
                (
                    "Defender for Endpoint",
                    "Integração de 248 dispositivos e 6 servidores; regras ASR em bloqueio; EDR em modo bloqueio",
                    "Onboarding of 248 devices and 6 servers; ASR rules in block; EDR in block mode",
                    "254",
                ),
            ],
            "5051032|termo",
            T(2026, 3, 10, 10, 0, -3),
        )
        ink_sig = Ink(AT_SIG, "sig", CVSG_IT.name, dx=160, dy=4, h=30)
        ink_day = Ink("Data / Date", "hand", "12/03/2026", dx=160, dy=3, h=13)
        dpi = 150
        scan = g.scan_pdf(
            pdf, [ink_sig, ink_day], "5051032|scan", T(2026, 3, 13, 9, 40, -3), dpi=dpi, skew=0.0, scanner=2
        )
        page = g.render(pdf, 110, [ink_sig, ink_day], "5051032|scan")[0]
        page = g.scanify(page, "5051032|paper", skew=0.0, gray=False, noise=3, blur=0.3, shadow=False)
        photo = g.phone_photo(page, "5051032|photo", T(2026, 3, 12, 17, 4, -3), model=("samsung", "SM-A546E"))
        with pymupdf.open("pdf", pdf) as src:
            _, rect = g._locate(src, ink_sig)
        crop = h.crop_from_scan(scan, 0, (rect.x0 + 156, rect.y0 - 2, rect.x0 + 300, rect.y0 + 40), dpi)
        return scan, photo, crop

    return cached("cvsg", make)  # type: ignore[no-any-return]


def s505_032_serra_gaucha_termo_scan_and_photo() -> Bundle:
    cid = "5051032"
    scan, photo, _ = cvsg_documents()
    report = simple_doc(
        ANDORINHA,
        f"""<h1>Closure report – Endpoint management and security</h1>
{kv([("Customer", escape(CVSG.name)), ("Project", "AT-2026-008"), ("Period", "12 Jan – 6 Mar 2026")])}
<p>Andorinha replaced the cooperative's ageing antivirus and manual PC imaging with Microsoft Intune and Defender for
Endpoint. The winery terminals now run as Intune kiosks and the harvest-season laptops are provisioned with Autopilot.
</p>
{
            grid(
                ["Milestone", "Date"],
                [
                    ("Pilot – administration building", "23/01/2026"),
                    ("Winery and bottling terminals (kiosk)", "13/02/2026"),
                    ("All notebooks via Autopilot", "27/02/2026"),
                    ("ASR / EDR in block mode", "06/03/2026"),
                ],
                [70, 30],
            )
        }""",
        "Closure report AT-2026-008",
        AT_PM.name,
        T(2026, 3, 9, 17, 0, -3),
        f"{cid}|rep",
    )
    files = {
        "Termo_de_Aceite_AT-2026-008_assinado.pdf": scan,
        "WhatsApp Image 2026-03-12 at 17.04.22.jpeg": photo,
        "Closure_report_AT-2026-008.pdf": report,
    }
    claim = cpor(
        cid,
        ANDORINHA,
        AT_PM,
        CVSG,
        CVSG_IT,
        files,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 3, 30, 10, 0, -3),
        roles={"WhatsApp Image 2026-03-12 at 17.04.22.jpeg": "supporting"},
        customer_name="COOPERATIVA VINICOLA SERRA GAUCHA",
    )
    return Bundle(
        f"{cid}_serra_gaucha_termo_de_aceite_scan_and_photo",
        claim,
        files,
        "approve",
        "Portuguese/English acceptance term, every statement in both languages (248 devices in Intune, 254 in MDE), "
        "hand-signed by the cooperative's IT manager and dated '12/03/2026' – day-first as in Brazil (12 March 2026: "
        "the project ran to 06/03/2026 and the WhatsApp photo of the signed page is from 12 March; read month-first "
        "it would be in December 2026, after submission). Scan and photo of a wet-ink page are a physically signed "
        "document. This claim holds the original of the signature that 5051033 pastes.",
        "Termo de Aceite AT-2026-008: signature of Paulo Bortolini, 'Data / Date 12/03/2026'; photo EXIF 2026-03-12.",
        g.cpor_ok(),
    )


LVT = Org(
    "Laticínios Vale do Taquari Ltda.",
    "Laticínios Taquari",
    "laticiniostaquari.com.br",
    "BR",
    "Lajeado – RS, 95900-000",
    "Av. Benjamin Constant 1480",
    "#1f618d",
    "CNPJ 92.118.640/0001-33",
)
LVT_DIR = person(LVT, "Rogério Schneider", "Diretor Industrial", "rogerio.schneider")


def s505_033_taquari_pasted_signature() -> Bundle:
    cid = "5051033"
    _, _, crop = cvsg_documents()
    html = f"""
<p style="text-align:right">Lajeado, 14 de abril de 2026</p>
<p>À<br/>{escape(ANDORINHA.name)}<br/>Porto Alegre – RS</p>
<h2>Carta de Aceite / Letter of Acceptance – Projeto AT-2026-015</h2>
<p>A {escape(LVT.name)} confirma que a {escape(ANDORINHA.name)} concluiu a migração de 310 caixas de correio para o
Exchange Online e a implantação do Microsoft Teams para 290 usuários nas unidades de Lajeado e Estrela, no período de
02/02/2026 a 03/04/2026, e aceita os serviços.</p>
<p>{escape(LVT.name)} confirms that {escape(ANDORINHA.name)} completed the migration of 310 mailboxes to Exchange
Online and the rollout of Microsoft Teams to 290 users at the Lajeado and Estrela plants between 02/02/2026 and
03/04/2026, and accepts the services.</p>
<p style="margin-top:16pt">Atenciosamente / Sincerely,</p>
{fields([(AT_SIG, "", 42), ("Nome / Name", f"{escape(LVT_DIR.name)} – {escape(LVT_DIR.title)}", 14)], key_w=150)}
"""
    letter = g.html_pdf(
        html,
        meta("Carta de Aceite AT-2026-015", AT_PM.name, T(2026, 4, 14, 11, 0, -3)),
        f"{cid}|letter",
        style=css(LVT.color),
        decor=g.Decor(
            LVT,
            right="Laticínios Vale do Taquari",
            footer=escape(f"{LVT.name} · {LVT.reg}"),
            accent=LVT.color,
            numbers="",
        ),
    )
    pasted = g.stamp_pdf(
        letter,
        [Ink(AT_SIG, "image", dx=160, dy=0, h=30, picture=crop)],
        f"{cid}|paste",
        meta("Carta de Aceite AT-2026-015", AT_PM.name, T(2026, 4, 14, 11, 20, -3)),
    )
    files = {"Carta_de_Aceite_AT-2026-015_Laticinios_Taquari.pdf": pasted}
    claim = cpor(
        cid,
        ANDORINHA,
        AT_PM,
        LVT,
        LVT_DIR,
        files,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 4, 22, 15, 0, -3),
    )
    return Bundle(
        f"{cid}_taquari_letter_with_pasted_signature",
        claim,
        files,
        "action_required",
        "A born-digital acceptance letter on the customer's letterhead whose 'signature' is a picture: the grey, "
        "scan-grained signature of Paulo Bortolini (Coop Serra Gaúcha, claim 5051032), cut out of that claim's "
        "scanned Termo de Aceite and pasted above the printed name of Laticínios Taquari's industrial director. "
        "Copied/pasted signatures are not accepted, and this one is another customer's, reused from another "
        "claim. The letter's content (310 mailboxes, 290 Teams users) may be true; ask for a genuine acknowledgement.",
        "Signature image in the 'Assinatura / Signature' cell identical to the customer signature on 5051032's "
        "scan; the letter itself has a text layer and no scan.",
        {"customer_acknowledgement": "fail", "reused_evidence": "fail", "workload_match": "pass"},
    )


TGSA = Org(
    "Transportes Guaíba S.A.",
    "Transportes Guaíba",
    "transportesguaiba.com.br",
    "BR",
    "Guaíba – RS, 92500-000",
    "Rodovia BR-116, km 307",
    "#212f3d",
)
TGSA_ADM = person(TGSA, "Cláudia Fagundes", "Coordenadora Administrativa", "claudia.fagundes")


def s505_034_guaiba_generic_tasks_and_licence_mail() -> Bundle:
    cid = "5051034"
    report = simple_doc(
        ANDORINHA,
        f"""<h1>Relatório de Atividades / Activity Report</h1>
{kv([("Cliente / Customer", escape(TGSA.name)), ("Período / Period", "1º trimestre 2026 / Q1 2026")])}
<h2>Atividades / Activities</h2>
{
            ul(
                [
                    "Configuração do ambiente Microsoft 365 / Microsoft 365 environment configuration",
                    "Implantação de segurança / Security deployment",
                    "Testes / Testing",
                    "Treinamento de adoção e materiais / Adoption training and materials",
                    "Orientação sobre licenciamento / Licensing guidance",
                    "Suporte contínuo / Ongoing support",
                ]
            )
        }
<p>O Microsoft Intune e o Defender for Office 365 ajudam as empresas a proteger dispositivos e e-mails contra ameaças
modernas, com gerenciamento centralizado e proteção avançada. / Microsoft Intune and Defender for Office 365 help
businesses protect devices and e-mail against modern threats with central management and advanced protection.</p>""",
        "Relatorio de Atividades Q1 2026",
        AT_AM.name,
        T(2026, 3, 31, 18, 0, -3),
        f"{cid}|rep",
    )
    m1 = Mail(
        AT_AM,
        [TGSA_ADM],
        "Renovação Microsoft 365 / renewal",
        T(2026, 3, 24, 10, 0, -3),
        "Olá Cláudia,\n\nSua assinatura Microsoft 365 Business Premium renova em abril. Quer manter as 120 "
        "licenças?\n\n"
        "Abraço,\nEduardo Lenz\nExecutivo de Contas | Andorinha Tecnologia",
        lang="pt",
    )
    m2 = Mail(
        TGSA_ADM,
        [AT_AM],
        "RE: Renovação Microsoft 365 / renewal",
        T(2026, 3, 25, 14, 30, -3),
        "Oi Eduardo,\n\nSim, pode renovar as 120 licenças do Business Premium por mais um ano e me mandar a cotação "
        "atualizada. / Yes, please renew the 120 Business Premium licences for another year and send me the updated "
        "quote.\n\nObrigada,\nCláudia Fagundes\nCoordenadora Administrativa – Transportes Guaíba",
        quoted=m1,
        lang="pt",
    )
    files = {
        "Relatorio_Atividades_Q1_2026_Transportes_Guaiba.pdf": report,
        "RE Renovacao Microsoft 365.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        ANDORINHA,
        AT_AM,
        TGSA,
        TGSA_ADM,
        files,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 4, 6, 9, 0, -3),
    )
    return Bundle(
        f"{cid}_guaiba_generic_tasks_and_licence_renewal_mail",
        claim,
        files,
        "action_required",
        "The activity report is a list of high-level tasks ('configuration', 'testing', 'ongoing support') plus a "
        "product-benefit sentence – no users or devices, no timeline, nothing specific to Intune or Defender for "
        "Office in this customer's tenant. The only customer e-mail asks to renew 120 Business Premium licences and "
        "send a quote: a licensing-purchase e-mail, which the guide lists as insufficient acknowledgement.",
        "Report bullets 'Testes / Testing', 'Suporte contínuo / Ongoing support'; customer e-mail 'please renew the "
        "120 Business Premium licences … send me the updated quote'.",
        {
            "activity_detail": "fail",
            "customer_acknowledgement": "fail",
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Tamarind Cloud (Singapore): one signed acceptance uploaded for a sister company, workshops
# --------------------------------------------------------------------------------------------------------------

OBH = Org(
    "Orchid Bay Hotels Pte. Ltd.",
    "Orchid Bay Hotels",
    "orchidbayhotels.com.sg",
    "SG",
    "Singapore 189560",
    "30 Beach Road",
    "#7d3c98",
)
OBH_IT = person(OBH, "Vincent Goh", "Director of IT", "vincent.goh")
OBR = Org(
    "Orchid Bay Residences Management Pte. Ltd.",
    "Orchid Bay Residences",
    "orchidbayresidences.com.sg",
    "SG",
    "Singapore 248649",
    "11 Orchard Turn #04-01",
    "#5b2c6f",
)
OBR_GM = person(OBR, "Sharon Lim", "General Manager", "sharon.lim")


def obh_acceptance() -> bytes:
    def make() -> bytes:
        html = f"""
<h1>Service Acceptance Form</h1>
{
            kv(
                [
                    ("Customer", escape(OBH.name)),
                    ("Service provider", escape(TAMARIND.name)),
                    ("Project", "TCS-P-2026-031 Meeting rooms refresh"),
                    ("Completion", "8 May 2026"),
                ]
            )
        }
{
            grid(
                ["Workload", "Delivered", "Qty"],
                [
                    (
                        "Microsoft Teams Rooms",
                        "Teams Rooms on Android in 16 meeting and function rooms across the Beach Road and "
                        "Sentosa properties; Teams Rooms Pro management; room booking panels",
                        "16 rooms",
                    ),
                    (
                        "Teams Meetings",
                        "Meeting policies for 380 staff; hybrid event setup for the ballroom (webinars up to 1,000 "
                        "attendees); recording retention",
                        "380 users",
                    ),
                ],
                [22, 62, 16],
            )
        }
<p>The customer confirms that the above services were delivered by Tamarind Cloud Services Pte. Ltd. to its
satisfaction.</p>
{
            fields(
                [
                    ("Customer signature", "", 42),
                    ("Name / designation", f"{escape(OBH_IT.name)}, {escape(OBH_IT.title)}", 14),
                    ("Date signed", "", 20),
                ]
            )
        }
"""
        pdf = simple_doc(
            TAMARIND,
            html,
            "Service Acceptance TCS-P-2026-031",
            TC_PM.name,
            T(2026, 5, 11, 10, 0, 8),
            "5051035|doc",
            numbers="",
        )
        return g.scan_pdf(
            pdf,
            form_inks(OBH_IT.name, "14/05/2026"),
            "5051035|scan",
            T(2026, 5, 14, 18, 0, 8),
            dpi=96,
            skew=1.1,
            quality=45,
            scanner=6,
        )

    return cached("obh", make)  # type: ignore[no-any-return]


def s505_035_orchid_bay_hotels_low_dpi_acceptance() -> Bundle:
    cid = "5051035"
    files = {"TCS-P-2026-031_Service_Acceptance_signed.pdf": obh_acceptance()}
    claim = cpor(
        cid,
        TAMARIND,
        TC_PM,
        OBH,
        OBH_IT,
        files,
        area="Modern Work",
        workloads=["TEAMS ROOMS", "TEAMS MEETINGS"],
        submitted=T(2026, 5, 26, 11, 0, 8),
    )
    return Bundle(
        f"{cid}_orchid_bay_hotels_low_dpi_signed_acceptance",
        claim,
        files,
        "approve",
        "A rough 96-dpi scan, but legible: Tamarind's service acceptance for Orchid Bay Hotels with 16 Teams Rooms "
        "and meeting policies for 380 staff, hand-signed by the hotels' Director of IT on '14/05/2026' (day-first, "
        "and 14 cannot be a month). This claim holds the original; the same file is uploaded again on 5051036 for "
        "another company.",
        "Scanned form: Customer Orchid Bay Hotels Pte. Ltd., signature of Vincent Goh, '14/05/2026'.",
        g.cpor_ok(),
    )


def s505_036_orchid_bay_residences_same_acceptance() -> Bundle:
    cid = "5051036"
    files = {"OBR_Service_Acceptance_signed.pdf": obh_acceptance()}
    claim = cpor(
        cid,
        TAMARIND,
        TC_PM,
        OBR,
        OBR_GM,
        files,
        area="Modern Work",
        workloads=["TEAMS ROOMS", "TEAMS MEETINGS"],
        submitted=T(2026, 5, 28, 9, 30, 8),
        comments=[("partner", T(2026, 5, 28, 9, 25, 8), "Orchid Bay group – acceptance signed by group IT.")],
    )
    return Bundle(
        f"{cid}_orchid_bay_residences_sister_company_reuses_acceptance",
        claim,
        files,
        "action_required",
        "The customer here is Orchid Bay Residences Management Pte. Ltd. (serviced apartments, "
        "orchidbayresidences.com.sg, its own tenant), but the only POE is, byte for byte, the acceptance form of "
        "claim 5051035: it names Orchid Bay Hotels Pte. Ltd., its 16 hotel rooms and its Director of IT. A similarly "
        "named sister company is a different customer; nothing in the POE names this customer or acknowledges work "
        "for it, and the partner's comment ('group IT') does not make it so.",
        "File identical to 5051035's; 'Customer: Orchid Bay Hotels Pte. Ltd.' – the claim's customer is Orchid Bay "
        "Residences Management Pte. Ltd.",
        {
            "partner_customer_names": "fail",
            "customer_acknowledgement": "fail",
            "reused_evidence": "fail",
        },
    )


PPCC = Org(
    "Pasir Panjang Cold Chain Pte. Ltd.",
    "PP Cold Chain",
    "ppcoldchain.com.sg",
    "SG",
    "Singapore 119964",
    "21 Pasir Panjang Wholesale Centre",
    "#1b4f72",
)
PPCC_IT = person(PPCC, "Muhammad Hafiz Rahman", "Head of IT", "hafiz.rahman")


def s505_037_pp_cold_chain_siem_xdr_day_95() -> Bundle:
    cid = "5051037"
    eng = g.engagement(
        "SEC-SIEM-XDR-WS-VAR", "Sales - Defend Against Threats with SIEM Plus XDR", "standard", "variable", 3800.0
    )
    consent, submitted = D(2026, 3, 2), T(2026, 6, 5, 10, 0, 8)
    report = h.findings_report(
        TAMARIND,
        "Defend Against Threats with SIEM + XDR – Findings",
        [("Customer", PPCC.name), ("Workshop", "7 and 14 April 2026"), ("Participants", "6"), ("MCI claim", cid)],
        [
            (
                "Threat check results",
                ul(
                    [
                        "14 days of Defender XDR and Entra signals: 3 high-severity incidents (token replay, "
                        "malicious inbox "
                        "rule, unsanctioned remote-access tool on a warehouse PC).",
                        "No SIEM today: firewall and WMS logs are kept 7 days on the appliances only.",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Microsoft Sentinel with connectors for Defender XDR, Entra ID, the FortiGate firewalls and "
                        "the WMS.",
                        "Automated response playbook for compromised accounts.",
                        "90-day log retention to meet the customer's SFA food-safety audit requirement.",
                    ]
                ),
            ),
        ],
        T(2026, 4, 16, 18, 0, 8),
        TC_SEC.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        TAMARIND,
        TC_SEC,
        PPCC,
        PPCC_IT,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"SIEM_XDR_Findings_PP_Cold_Chain.pdf": report},
        amount=3800.0,
        inv_no="TCS-INV-2026-0219",
        inv_day=D(2026, 6, 1),
        activities="Threat check and SIEM + XDR workshop",
        outcome="Sentinel plan with 4 connectors and 90-day retention",
        participants="6",
        invoice_kw={"date_style": "gb_long", "bank": "DBS Bank · USD account 003-915228-4"},
    )
    return Bundle(
        f"{cid}_pp_cold_chain_siem_xdr_submitted_day_95",
        claim,
        files,
        "reject",
        f"Standard-timeline engagement: consent on 2026-03-02, so the claim had to be submitted by 2026-05-31 (90 "
        f"days); it was submitted on 2026-06-05, day {days(consent, submitted)}. A claim not submitted within its "
        "window expires ('Not submitted claim expired') and cannot be reactivated. Findings, invoice (USD 3,800 = "
        "proposed payout) and surveys are otherwise in order.",
        "consent_date 2026-03-02; submitted_at 2026-06-05 (95 days > 90); activity_type standard.",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


BTDG = Org(
    "Bukit Timah Dental Group Pte. Ltd.",
    "BT Dental",
    "btdental.com.sg",
    "SG",
    "Singapore 588996",
    "1 Jalan Anak Bukit #03-07",
    "#117a65",
)
BTDG_OPS = person(BTDG, "Dr. Cheryl Ng", "Clinical Operations Director", "cheryl.ng")


def s505_038_bt_dental_partner_survey_no_title() -> Bundle:
    cid = "5051038"
    eng = g.engagement(
        "SEC-PROTECT-DATA-WS-VAR", "Sales - Protect and Govern Sensitive Data Workshop", "standard", "variable", 2600.0
    )
    consent, submitted = D(2026, 6, 8), T(2026, 8, 3, 15, 0, 8)
    report = h.findings_report(
        TAMARIND,
        "Protect and Govern Sensitive Data – Findings",
        [("Customer", BTDG.name), ("Workshop", "2 July 2026"), ("Clinics", "7"), ("MCI claim", cid)],
        [
            (
                "Data risk check",
                ul(
                    [
                        "4,100 files with NRIC numbers and 2,300 with dental charts in SharePoint and OneDrive, 610 "
                        "of them "
                        "shared via 'anyone' links.",
                        "Patient X-ray exports e-mailed to labs without encryption (about 90 per week).",
                    ]
                ),
            ),
            (
                "Plan",
                grid(
                    ["Step", "When"],
                    [
                        ("Sensitivity labels 'Patient – Confidential' with encryption", "August 2026"),
                        ("DLP for NRIC and clinical records in Exchange, SharePoint, OneDrive", "September 2026"),
                        ("Remove 'anyone' links; lab portal instead of e-mail", "Q4 2026"),
                    ],
                    [70, 30],
                ),
            ),
        ],
        T(2026, 7, 6, 17, 0, 8),
        TC_SEC.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        TAMARIND,
        TC_SEC,
        BTDG,
        BTDG_OPS,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Protect_Govern_Data_Findings_BT_Dental.pdf": report},
        amount=2600.0,
        inv_no="TCS-INV-2026-0288",
        inv_day=D(2026, 7, 29),
        activities="Data risk check and sensitive data workshop",
        outcome="Labelling and DLP plan for patient data",
        participants="5",
        partner_sig={"title": ""},
        invoice_kw={"date_style": "gb_long", "bank": "DBS Bank · USD account 003-915228-4"},
    )
    return Bundle(
        f"{cid}_bt_dental_partner_survey_without_job_title",
        claim,
        files,
        "action_required",
        "The partner attestation's electronic signature has the full name and company but an empty job title; the "
        "final survey question requires all three. For the partner survey the guide has the reviewers ask the partner "
        f"to re-take it. Findings, invoice (USD 2,600 with claim ID), customer survey and timing "
        f"({days(consent, submitted)} days) are in order.",
        "partner_attestation JSON: signature.job_title ''.",
        {"attestations": "fail", "invoice": "pass", "submission_window": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# AMMP App/Data Modernization (Small): Solváre Nube (Spain, Market B) and Te Awa Digital (New Zealand, Market A)
# --------------------------------------------------------------------------------------------------------------


def ammp_bundle(
    cid: str,
    partner: Org,
    pc: Person,
    cust: Org,
    cc: Person,
    *,
    consent: dt.date,
    submitted: dt.datetime,
    app: str,
    arr: str,
    done: Sequence[tuple[str, str]],
    details: str,
    amount: float,
    inv_no: str,
    sign_when: dt.datetime,
    date_text: str,
    date_style: str,
    invoice_kw: dict[str, Any] | None = None,
    invoice_pdf_bytes: bytes | None = None,
    extra: dict[str, bytes] | None = None,
) -> tuple[dict[str, bytes], dict[str, Any]]:
    """An AMMP (Small) claim: the programme's POE template with the partner's own entries, scanned after signing,
    and the invoice and survey kit."""
    parties = [Party("Customer", cust.name, cc.name, cc.title), Party("Partner", partner.name, pc.name, pc.title)]
    poe = g.ammp_poe(
        partner,
        cust,
        cid,
        app,
        arr,
        done,
        details,
        parties,
        sign_when.date(),
        f"{cid}|ammp",
        date_style=date_style,
        author=pc.name,
    )
    inks = [
        *g.sign_inks("columns", parties[0], 0, date_text),
        *g.sign_inks("columns", parties[1], 1, date_text, color=g.INK_BLACK),
    ]
    signed = g.scan_pdf(poe, inks, f"{cid}|ammps", sign_when, dpi=150, skew=0.45)
    kit, kit_docs = g.pa_kit(
        cid,
        partner,
        pc,
        cc,
        g.AMMP_NAME,
        amount,
        inv_no,
        sign_when.date() + dt.timedelta(days=3),
        sign_when + dt.timedelta(days=4),
        sign_when + dt.timedelta(days=2),
        activities=f"Application assessment, Azure landing zone, modernization of {app.split(' (')[0]}, go-live",
        outcome=f"{app} modernized and running in production on Azure",
        participants="7",
        invoice_kw=invoice_kw,
        invoice_pdf_bytes=invoice_pdf_bytes,
    )
    poe_name = f"POE/AMMP_POE_{cust.short.replace(' ', '_')}_signed.pdf"
    files = {poe_name: signed, **(extra or {}), **kit}
    docs = [(poe_name, "poe"), *[(p, "supporting") for p in (extra or {})], *kit_docs]
    claim = g.make_claim(
        cid,
        program="partner_activities",
        area="Azure",
        partner=partner,
        pc=pc,
        cust=cust,
        cc=cc,
        submitted=submitted,
        docs=docs,
        eng=g.engagement("AMMP-ADM-S", g.AMMP_NAME, "xs_small", "fixed"),
        consent=consent,
        history=[
            ("customer consent approved", T(consent.year, consent.month, consent.day, 12), "-"),
            ("document submission", submitted - dt.timedelta(minutes=3), pc.email),
            ("submission", submitted, pc.email),
        ],
    )
    return files, claim


def solvare_shared_invoice() -> bytes:
    """One Solváre invoice raised for two AMMP claims of two different customers."""
    return cached(  # type: ignore[no-any-return]
        "solvare_invoice",
        lambda: g.invoice_pdf(
            SOLVARE,
            "SNV-FRA-2026-044",
            D(2026, 6, 3),
            [
                (
                    "MCI Engagement Claim ID 5051039 – AMMP App/Data Modernization (Small)\nCustomer: Cítricos de la "
                    "Plana S.A.",
                    12000.0,
                ),
                (
                    "MCI Engagement Claim ID 5051040 – AMMP App/Data Modernization (Small)\nCustomer: Azulejos "
                    "Castellón Export S.L.",
                    12000.0,
                ),
            ],
            "5051039|inv",
            title="FACTURA / INVOICE",
            labels={
                "inv": "Factura nº / Invoice no.",
                "date": "Fecha / Date",
                "due": "Vencimiento / Due",
                "bill": "Facturar a / Bill to",
                "desc": "Concepto / Description",
                "amt": "Importe / Amount",
                "sub": "Base imponible / Subtotal (pre-tax)",
            },
            date_style="gb",
            bank="CaixaBank · cuenta en USD ES76 2100 4512 3302 0011 8841 · Operación no sujeta a IVA (art. 69 LIVA)",
        ),
    )


CPLANA = Org(
    "Cítricos de la Plana S.A.",
    "Cítricos de la Plana",
    "citricosplana.es",
    "ES",
    "12540 Vila-real (Castellón)",
    "Camí Fondo 12",
    "#d35400",
)
CPLANA_IT = person(CPLANA, "Vicent Llorens", "Director de Sistemas", "vllorens")
ACE = Org(
    "Azulejos Castellón Export S.L.",
    "Azulejos Castellón",
    "azulejoscastellon.es",
    "ES",
    "12200 Onda (Castellón)",
    "Polígono Industrial El Colador, parcela 8",
    "#2874a6",
)
ACE_IT = person(ACE, "Núria Beltrán", "Responsable de IT", "nbeltran")


def solvare_shared_bundle(
    cid: str,
    slug: str,
    cust: Org,
    cc: Person,
    consent: dt.date,
    app: str,
    arr: str,
    done: Sequence[tuple[str, str]],
    sign_when: dt.datetime,
    date_text: str,
) -> Bundle:
    files, claim = ammp_bundle(
        cid,
        SOLVARE,
        SN_PM,
        cust,
        cc,
        consent=consent,
        submitted=T(2026, 6, 8, 12, 0, 2),
        app=app,
        arr=arr,
        done=done,
        details=paras(
            f"{escape(SOLVARE.name)} delivered the engagement for {escape(cust.name)}; the application went to "
            f"production on {done[2][0]}.",
            f"Estimated Azure consumption after 12 months in production: {escape(arr)}.",
        ),
        amount=12000.0,
        inv_no="SNV-FRA-2026-044",
        sign_when=sign_when,
        date_text=date_text,
        date_style="gb",
        invoice_pdf_bytes=solvare_shared_invoice(),
    )
    other = "5051040" if cid == "5051039" else "5051039"
    return Bundle(
        f"{cid}_{slug}_ammp_one_invoice_for_two_claims",
        claim,
        files,
        "action_required",
        f"The AMMP template, activities, surveys and timing are in order, and USD 12,000 per claim is the right rate "
        f"for a Spanish partner (Market B). But the invoice SNV-FRA-2026-044 is one invoice for two claims – this "
        f"one and {other}, for two different customers – with a total of USD 24,000.00, and the same file is "
        "uploaded on both. Each claim needs its own separate, unique invoice whose amount is that claim's payout.",
        "Invoice SNV-FRA-2026-044: lines for claims 5051039 and 5051040, USD 12,000.00 each, total USD 24,000.00; "
        "identical file on both claims.",
        {
            "invoice": "fail",
            "reused_evidence": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
        },
    )


def s505_039_citricos_ammp_shared_invoice() -> Bundle:
    return solvare_shared_bundle(
        "5051039",
        "citricos_plana",
        CPLANA,
        CPLANA_IT,
        D(2026, 2, 16),
        "Traçabilitat de campanyes – harvest traceability (Java 8, Oracle 12c)",
        "USD 64,000 per year",
        [
            ("02/03/2026", "11 applications reviewed; traceability app selected; Oracle → Azure SQL MI assessed"),
            ("20/03/2026", "Hub-and-spoke landing zone, 4 subscriptions, 17 policy assignments"),
            ("08/05/2026", "App containerised on Azure Container Apps, Azure SQL Managed Instance, GitHub Actions"),
            ("15/05/2026", "Defender for Cloud (containers, SQL), 3 private endpoints, Key Vault"),
        ],
        T(2026, 5, 22, 12, 0, 2),
        "22/05/2026",
    )


def s505_040_azulejos_ammp_shared_invoice() -> Bundle:
    return solvare_shared_bundle(
        "5051040",
        "azulejos_castellon",
        ACE,
        ACE_IT,
        D(2026, 2, 23),
        "Configurador de pedidos de exportación – export order configurator (.NET Framework 4.8, SQL Server)",
        "USD 48,000 per year",
        [
            ("09/03/2026", "8 applications reviewed; order configurator selected; compatibility report v1.2"),
            ("27/03/2026", "Existing landing zone reviewed against CAF; 6 policy gaps fixed"),
            ("30/04/2026", "Re-platformed to Azure App Service (.NET 8) and Azure SQL Database; Azure DevOps"),
            ("12/05/2026", "Defender for Cloud (App Service, SQL), WAF on Front Door"),
        ],
        T(2026, 5, 20, 17, 0, 2),
        "20/05/2026",
    )


FTURIA = Org(
    "Transportes Frigoríficos del Túria S.L.",
    "Frigoríficos del Túria",
    "frigoturia.es",
    "ES",
    "46930 Quart de Poblet (València)",
    "Carrer dels Transportistes 5",
    "#117864",
)
FTURIA_IT = person(FTURIA, "Ximo Peris", "Cap d'Informàtica / IT Lead", "ximo.peris")


def s505_041_frigoturia_ammp_invoice_wrong_claim_id() -> Bundle:
    cid = "5051041"
    invoice = g.invoice_pdf(
        SOLVARE,
        "SNV-FRA-2026-051",
        D(2026, 7, 2),
        [
            (
                "MCI Engagement Claim ID 5015041 – AMMP App/Data Modernization (Small)\nCustomer: Transportes "
                "Frigoríficos "
                "del Túria S.L.",
                12000.0,
            )
        ],
        f"{cid}|inv",
        title="FACTURA / INVOICE",
        date_style="gb",
        bank="CaixaBank · cuenta en USD ES76 2100 4512 3302 0011 8841 · Operación no sujeta a IVA (art. 69 LIVA)",
    )
    files, claim = ammp_bundle(
        cid,
        SOLVARE,
        SN_PM,
        FTURIA,
        FTURIA_IT,
        consent=D(2026, 3, 16),
        submitted=T(2026, 7, 6, 10, 0, 2),
        app="Planificador de rutas refrigeradas – reefer route planner (PHP 7, MySQL)",
        arr="USD 39,000 per year",
        done=[
            ("30/03/2026", "6 applications reviewed; route planner selected; PHP 8 upgrade path documented"),
            ("17/04/2026", "Landing zone with 3 subscriptions, 12 policy assignments, site-to-site VPN to the depot"),
            ("05/06/2026", "Azure App Service for Linux, Azure Database for MySQL Flexible Server, Azure DevOps"),
            ("12/06/2026", "Defender for Cloud (App Service, open-source databases), Key Vault"),
        ],
        details=paras(
            "Solváre Nube modernised Frigoríficos del Túria's reefer route planner, used by 140 drivers and 9 "
            "planners, and took it to production on 05/06/2026.",
            "Estimated Azure consumption after 12 months in production: USD 39,000 per year.",
        ),
        amount=12000.0,
        inv_no="SNV-FRA-2026-051",
        sign_when=T(2026, 6, 26, 11, 0, 2),
        date_text="26/06/2026",
        date_style="gb",
        invoice_pdf_bytes=invoice,
    )
    return Bundle(
        f"{cid}_frigoturia_ammp_invoice_with_wrong_claim_id",
        claim,
        files,
        "action_required",
        "Everything is in order – signed AMMP template with the three required activities and the recommended "
        "security setup, surveys, 112 days after consent, USD 12,000 for a Market B partner – except that the invoice "
        "names 'MCI Engagement Claim ID 5015041': digits transposed, not this claim's ID 5051041. The invoice must "
        "carry the engagement claim ID; ask for a corrected invoice.",
        "Invoice SNV-FRA-2026-051: 'MCI Engagement Claim ID 5015041', USD 12,000.00; claim_id 5051041.",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


WDL = Org(
    "Waikato Dairy Logistics Limited",
    "Waikato Dairy Logistics",
    "waikatodairylogistics.co.nz",
    "NZ",
    "Te Rapa, Hamilton 3200",
    "45 Ruffell Road",
    "#1a5276",
)
WDL_CIO = person(WDL, "Sarah Pohatu", "Chief Information Officer", "sarah.pohatu")


def s505_042_waikato_ammp_security_not_in_scope() -> Bundle:
    cid = "5051042"
    consent, submitted = D(2026, 3, 9), T(2026, 6, 29, 13, 0, 12)
    files, claim = ammp_bundle(
        cid,
        TEAWA,
        TA_LEAD,
        WDL,
        WDL_CIO,
        consent=consent,
        submitted=submitted,
        app="Tanker collection scheduler (Java Spring, PostgreSQL)",
        arr="USD 58,000 per year",
        done=[
            ("23/03/2026", "9 applications reviewed with WDL's architects; tanker scheduler selected; report v1.1"),
            ("10/04/2026", "Hub-and-spoke landing zone in Australia East, 4 subscriptions, 21 policy assignments"),
            ("05/06/2026", "Scheduler on Azure Kubernetes Service, Azure Database for PostgreSQL; GitHub Actions"),
            (
                "Not in scope",
                "Recommended activity not taken up: WDL's security team will onboard the workload to its "
                "existing Defender for Cloud and Sentinel set-up itself",
            ),
        ],
        details=paras(
            "Te Awa Digital modernised WDL's tanker collection scheduler, which plans 310 milk-tanker runs a day for "
            "the Waikato and Bay of Plenty, and took it to production on 5 June 2026 after two weeks of parallel "
            "running.",
            "Estimated Azure consumption after 12 months in production: USD 58,000 per year.",
        ),
        amount=15000.0,
        inv_no="TAD-2026-0107",
        sign_when=T(2026, 6, 19, 10, 0, 12),
        date_text="19/06/2026",
        date_style="gb",
        invoice_kw={"date_style": "gb_long", "bank": "ANZ Bank New Zealand · USD foreign currency account 06-0317"},
    )
    return Bundle(
        f"{cid}_waikato_ammp_recommended_security_not_in_scope",
        claim,
        files,
        "approve",
        "AMMP (Small) for a New Zealand partner (Market A, USD 15,000 – the invoice amount). The three required "
        "activities – compatibility assessment, landing zone, modernization – are completed with dates and detail; "
        "the fourth row, Azure security deployment, is marked 'Not in scope', which is allowed: the guide lists it as "
        f"recommended, not required. Signed template, both surveys complete, {days(consent, submitted)} days after "
        "consent (limit 120).",
        "AMMP POE row 4 'Not in scope – Recommended activity not taken up'; invoice TAD-2026-0107 USD 15,000.00 with "
        "claim ID.",
        g.pa_ok(),
    )


RHF = Org(
    "Rangitoto Harbour Ferries Limited",
    "Rangitoto Ferries",
    "rangitotoferries.co.nz",
    "NZ",
    "Auckland 1010",
    "Pier 3, Quay Street",
    "#154360",
)
RHF_IT = person(RHF, "Daniel Fa'amausili", "Head of Technology", "daniel.f")


def s505_043_rangitoto_ammp_landing_zone_deferred() -> Bundle:
    cid = "5051043"
    consent, submitted = D(2026, 4, 13), T(2026, 7, 27, 10, 0, 12)
    files, claim = ammp_bundle(
        cid,
        TEAWA,
        TA_LEAD,
        RHF,
        RHF_IT,
        consent=consent,
        submitted=submitted,
        app="Ticketing and sailings API (Node.js, MongoDB)",
        arr="USD 41,000 per year",
        done=[
            ("27/04/2026", "5 applications reviewed; ticketing API selected; compatibility report v1.0"),
            (
                "Deferred",
                "Landing zone setup/review moved to phase 2 (FY27); the API was deployed into RHF's existing "
                "pay-as-you-go subscription as-is",
            ),
            ("03/07/2026", "API on Azure Container Apps with Azure Cosmos DB for MongoDB; Azure DevOps pipelines"),
            ("10/07/2026", "Defender for Cloud (containers), API Management in front of the API"),
        ],
        details=paras(
            "Te Awa Digital moved Rangitoto Ferries' ticketing and sailings API (1.2 million requests a day in "
            "summer) to Azure Container Apps; production since 3 July 2026.",
            "Estimated Azure consumption after 12 months in production: USD 41,000 per year.",
        ),
        amount=15000.0,
        inv_no="TAD-2026-0131",
        sign_when=T(2026, 7, 17, 10, 0, 12),
        date_text="17/07/2026",
        date_style="gb",
        invoice_kw={"date_style": "gb_long", "bank": "ANZ Bank New Zealand · USD foreign currency account 06-0317"},
    )
    return Bundle(
        f"{cid}_rangitoto_ammp_landing_zone_deferred",
        claim,
        files,
        "action_required",
        "The AMMP (Small) engagement is only fully delivered when the compatibility assessment, the landing zone setup "
        "or review, and the modernization are all completed. Here the landing zone row says 'Deferred – moved to phase "
        "2 (FY27)' and the API went into the customer's existing subscription without any setup or review. Invoice "
        "(USD 15,000, Market A), surveys and timing are fine. The partner can complete and document the landing zone "
        "review within the claim's window.",
        "AMMP POE row 2 'Landing Zone Setup or Review – Deferred – moved to phase 2 (FY27)'.",
        {
            "activity_detail": "fail",
            "invoice": "pass",
            "attestations": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Cerulean Arc (India): Partner Activities with and without the public sector disclosure
# --------------------------------------------------------------------------------------------------------------

CA_BANK = "HDFC Bank, Madhapur branch · EEFC account (USD) 50200048817723 · SWIFT HDFCINBB"

GBWRA = Org(
    "Godavari Basin Water Resources Authority",
    "GBWRA",
    "gbwra.telangana.gov.in",
    "IN",
    "Jala Soudha, Hyderabad 500004",
    "Errum Manzil Colony",
    "#1f618d",
)
GBWRA_CE = person(GBWRA, "K. Venkateshwar Rao", "Chief Engineer (IT & Monitoring)", "ce.itm")


def s505_044_gbwra_workshop_with_disclosure() -> Bundle:
    cid = "5051044"
    eng = g.engagement(
        "MW-DIGITAL-WORKFORCE-WS-VAR", "Microsoft 365 Digital Workforce Workshop", "standard", "variable", 2750.0
    )
    consent, submitted = D(2026, 6, 1), T(2026, 8, 10, 11, 30, 5.5)
    report = h.findings_report(
        CERULEAN,
        "Microsoft 365 Digital Workforce Workshop – Findings and Recommendations",
        [
            ("Customer", f"{GBWRA.name} (state government authority)"),
            ("Workshop", "24 and 30 June 2026, Jala Soudha, Hyderabad"),
            ("Participants", "14 – Chief Engineer's office, 5 circle offices, accounts, IT"),
            ("MCI claim", cid),
        ],
        [
            (
                "Current state",
                "<p>1,150 engineers and field staff in 5 circle offices and 38 sub-divisions. Canal "
                "release orders and reservoir readings travel by fax and WhatsApp; files move physically between "
                "sub-division and circle office (average 9 days for a works sanction).</p>",
            ),
            (
                "Scenarios demonstrated",
                ul(
                    [
                        "Teams channels per circle with the daily reservoir-level report as a Forms + Lists flow.",
                        "SharePoint e-file for works sanctions with Power Automate approvals.",
                        "Frontline (F3) licences on shared tablets for 420 lascars and work inspectors.",
                    ]
                ),
            ),
            (
                "Roadmap",
                grid(
                    ["Phase", "Scope", "When"],
                    [
                        ("1", "Chief Engineer's office and Nizamabad circle, 180 users", "Sept – Oct 2026"),
                        ("2", "All circles, e-file for works sanctions", "Nov 2026 – Feb 2027"),
                        ("3", "Field tablets for 420 staff before the 2027 monsoon", "Mar – May 2027"),
                    ],
                    [10, 66, 24],
                ),
            ),
        ],
        T(2026, 7, 3, 17, 0, 5.5),
        CA_PM.name,
        f"{cid}|rep",
    )
    psd = g.scan_pdf(
        h.psd_pdf(CERULEAN, GBWRA, eng["name"], "USD 2,750", D(2026, 6, 8), f"{cid}|psd", style="gb_long"),
        h.psd_inks(GBWRA_CE.name, GBWRA_CE.title, "09-06-2026", seal=("GBWRA", "HYDERABAD")),
        f"{cid}|psds",
        T(2026, 6, 9, 12, 0, 5.5),
        dpi=150,
        skew=0.6,
    )
    files, claim = h.pa_claim(
        cid,
        CERULEAN,
        CA_AM,
        GBWRA,
        GBWRA_CE,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Digital_Workforce_Findings_GBWRA.pdf": report},
        amount=2750.0,
        inv_no="CAT-INV-26-27-0142",
        inv_day=D(2026, 8, 5),
        activities="Two digital workforce workshop sessions with Teams, e-file and frontline demos",
        outcome="Three-phase roadmap for 1,150 staff",
        participants="14",
        segment="public_sector",
        extra_docs=[("PSD_GBWRA_signed.pdf", psd, "public_sector_disclosure")],
        invoice_kw={"date_style": "in", "bank": CA_BANK},
    )
    return Bundle(
        f"{cid}_gbwra_digital_workforce_workshop_with_disclosure",
        claim,
        files,
        "approve",
        "Partner Activities claim for an Indian state government authority: a public sector disclosure is required in "
        "India and it is there – the standard wording, signed with the authority's seal by the Chief Engineer on "
        "09-06-2026. The findings are specific (1,150 staff, 5 circles, 3-phase roadmap), the invoice shows the claim "
        "ID and USD 2,750 (= proposed payout), both surveys are signed in full, submitted "
        f"{days(consent, submitted)} days after consent (standard: 90). Disclosure wording shared with other claims: "
        "boilerplate.",
        "PSD_GBWRA_signed.pdf: acknowledgement signed by K. Venkateshwar Rao with GBWRA seal, '09-06-2026'.",
        g.pa_ok(ps=True),
    )


NMWSB = Org(
    "Nizamabad Municipal Water Supply Board",
    "NMWSB",
    "nmwsb.telangana.gov.in",
    "IN",
    "Nizamabad 503001",
    "Collectorate Road",
    "#148f77",
)
NMWSB_MD = person(NMWSB, "P. Anitha Kumari", "Managing Director", "md")


def s505_045_nmwsb_frontline_workshop_no_disclosure() -> Bundle:
    cid = "5051045"
    eng = g.engagement("MW-FRONTLINE-WS-VAR", "Enable Frontline Workshop", "standard", "variable", 2900.0)
    consent, submitted = D(2026, 5, 18), T(2026, 7, 27, 10, 0, 5.5)
    report = h.findings_report(
        CERULEAN,
        "Enable Frontline Workshop – Findings and Recommendations",
        [
            ("Customer", NMWSB.name),
            ("Workshop", "9 June 2026, Nizamabad"),
            ("Participants", "11 – MD's office, distribution, billing, IT"),
            ("MCI claim", cid),
        ],
        [
            (
                "Frontline today",
                "<p>260 valve operators, meter readers and plumbers on 3 shifts; complaints logged in "
                "a register at 6 zonal offices and passed on by phone; meter readings typed in twice.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams Shifts for the 3 valve-operation shifts.",
                        "Complaint-to-crew workflow with Power Apps and Teams notifications.",
                        "Shared Android devices with Frontline licences for 120 meter readers.",
                    ]
                ),
            ),
        ],
        T(2026, 6, 12, 17, 0, 5.5),
        CA_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        CERULEAN,
        CA_AM,
        NMWSB,
        NMWSB_MD,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Frontline_Workshop_Findings_NMWSB.pdf": report},
        amount=2900.0,
        inv_no="CAT-INV-26-27-0131",
        inv_day=D(2026, 7, 20),
        activities="Frontline workshop on shifts, complaints and meter reading",
        outcome="Frontline plan for 260 field staff",
        participants="11",
        segment="public_sector",
        invoice_kw={"date_style": "in", "bank": CA_BANK},
    )
    return Bundle(
        f"{cid}_nmwsb_frontline_workshop_without_disclosure",
        claim,
        files,
        "action_required",
        "A municipal water board in India (government = public sector) on a Partner Activities claim: India is one "
        "of the three countries where the claim must include proof of the public sector disclosure, and there is "
        "none – no disclosure document and nothing in the other files. Findings, invoice (USD 2,900 with claim ID), "
        "surveys and timing are otherwise fine.",
        "No document with role public_sector_disclosure; customer.segment public_sector, country IN.",
        {
            "required_documents": "fail",
            "public_sector": "fail",
            "invoice": "pass",
            "attestations": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


DSE = Org(
    "Deccan Spices Exports Pvt. Ltd.",
    "Deccan Spices",
    "deccanspices.in",
    "IN",
    "Guntur, Andhra Pradesh 522004",
    "Plot 22, Spices Park, Vadlamudi Road",
    "#ba4a00",
)
DSE_IT = person(DSE, "Ravi Teja Chowdary", "Head – IT", "raviteja.c")


def s505_046_deccan_spices_windows_workshop_gst_invoice() -> Bundle:
    cid = "5051046"
    eng = g.engagement("MW-NEXTGEN-WIN-VAR", "NextGen Windows Workshop", "standard", "variable", 2200.0)
    consent, submitted = D(2026, 2, 9), T(2026, 4, 20, 12, 0, 5.5)
    report = h.findings_report(
        CERULEAN,
        "NextGen Windows Workshop – Findings",
        [("Customer", DSE.name), ("Workshop", "4 March 2026, Guntur"), ("Participants", "8"), ("MCI claim", cid)],
        [
            (
                "Estate",
                "<p>240 desktops and laptops (71% on Windows 10, support ended), 30 shop-floor PCs driving "
                "the sortex and packing lines, images maintained by hand at the Guntur and Kochi sites.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Windows 11 Enterprise on the 170 office devices via Autopilot, May – June 2026.",
                        "Windows 365 Cloud PCs for 18 export-documentation staff working from the Kochi port office.",
                        "Keep sortex-line PCs on Windows 10 IoT LTSC until the machine vendor certifies Windows 11.",
                    ]
                ),
            ),
        ],
        T(2026, 3, 6, 16, 0, 5.5),
        CA_PM.name,
        f"{cid}|rep",
    )
    invoice = g.invoice_pdf(
        CERULEAN,
        "CAT/EXP/25-26/0388",
        D(2026, 4, 15),
        [
            (
                f"MCI Engagement Claim ID {cid} – NextGen Windows Workshop\nCustomer: Deccan Spices Exports Pvt. Ltd.\n"
                "SAC 998314 – IT consulting services",
                2200.0,
            )
        ],
        f"{cid}|inv",
        title="TAX INVOICE",
        date_style="in",
        extra="<p class='small'>Export of services under LUT (ARN AD360326004471K) – IGST 0%. GSTIN 36AAFCC8812M1ZQ. "
        "INR equivalent for GST records: INR 1,83,920.00 at the RBI reference rate of 15-04-2026.</p>",
        bank=CA_BANK,
    )
    files, claim = h.pa_claim(
        cid,
        CERULEAN,
        CA_AM,
        DSE,
        DSE_IT,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"NextGen_Windows_Findings_Deccan_Spices.pdf": report},
        amount=2200.0,
        inv_no="CAT_EXP_25-26_0388",
        inv_day=D(2026, 4, 15),
        activities="Windows 11 and Windows 365 workshop with estate review",
        outcome="Windows 11 plan for 170 devices, 18 Cloud PCs",
        participants="8",
        invoice_pdf_bytes=invoice,
    )
    return Bundle(
        f"{cid}_deccan_spices_windows_workshop_gst_export_invoice",
        claim,
        files,
        "approve",
        "Indian tax invoice for an export of services: claim ID, Cerulean Arc's name and USD 2,200.00 pre-tax (= the "
        "proposed payout), IGST 0% under LUT, and an INR equivalent noted 'for GST records' – the invoice amount is "
        "in USD, the INR line is information only. A commercial customer, so no disclosure is needed. Specific "
        f"findings, both surveys signed, {days(consent, submitted)} days after consent.",
        "Invoice CAT/EXP/25-26/0388: 'MCI Engagement Claim ID 5051046', subtotal (pre-tax) USD 2,200.00, 'INR "
        "equivalent for GST records'.",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Kinabalu Systems (Malaysia): a medium project inside its window, a survey signed by the partner, a merged upload
# --------------------------------------------------------------------------------------------------------------

KHD = Org(
    "Kundasang Highland Dairy Sdn. Bhd.",
    "Kundasang Dairy",
    "kundasangdairy.com.my",
    "MY",
    "89308 Kundasang, Sabah",
    "Jalan Mesilau, Batu 3",
    "#1e8449",
)
KHD_GM = person(KHD, "Stephen Majalang", "General Manager, Operations", "stephen.m")


def s505_047_kundasang_analytics_medium_day_183() -> Bundle:
    cid = "5051047"
    eng = g.engagement(
        "AZ-INNOV-ANALYTICS-M-VAR", "Azure Innovate PL: Analytics Deployment (Medium)", "medium", "variable", 16500.0
    )
    consent, submitted = D(2026, 1, 12), T(2026, 7, 14, 10, 0, 8)
    report = h.findings_report(
        KINABALU,
        "Analytics Deployment – Delivery Report",
        [
            ("Customer", KHD.name),
            ("Project", "KSS-AZ-2026-002, 26 January – 26 June 2026"),
            ("Architecture", "Azure Data Factory, Azure Databricks, ADLS Gen2, Power BI Premium per user"),
            ("MCI claim", cid),
        ],
        [
            (
                "Delivered",
                ul(
                    [
                        "Ingestion of milking-parlour sensor data (1,100 cows, 2 parlours) every 15 minutes, herd "
                        "records "
                        "and the Sage ERP sales ledger into ADLS Gen2 (bronze/silver/gold).",
                        "Databricks jobs for yield per cow, feed conversion and somatic cell count trends.",
                        "7 Power BI reports for the farm managers, the plant and the Kota Kinabalu sales office (32 "
                        "users).",
                    ]
                ),
            ),
            (
                "Production and consumption",
                grid(
                    ["Measure", "Value"],
                    [
                        ("Production go-live", "8 June 2026"),
                        ("Data processed per day", "4.2 GB"),
                        ("Estimated Azure consumption", "USD 3,900 / month"),
                    ],
                    [60, 40],
                ),
            ),
        ],
        T(2026, 6, 30, 17, 0, 8),
        KS_CON.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        KINABALU,
        KS_PM,
        KHD,
        KHD_GM,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Analytics_Deployment_Delivery_Report_Kundasang_Dairy.pdf": report},
        amount=16500.0,
        inv_no="KSS-INV-2026-0091",
        inv_day=D(2026, 7, 8),
        activities="Analytics platform on Azure with Databricks and Power BI",
        outcome="Herd and plant analytics in production for 32 users",
        participants="9",
        invoice_kw={"date_style": "gb_long", "bank": "Maybank Kota Kinabalu · USD account 5601-2288-4417"},
    )
    return Bundle(
        f"{cid}_kundasang_analytics_medium_submitted_day_183",
        claim,
        files,
        "approve",
        f"Submitted {days(consent, submitted)} days after consent, which looks late but is not: this is a Medium "
        "project, whose claim must be submitted within 200 days of consent. Delivery report with architecture, data "
        "volumes, go-live date and consumption; invoice with claim ID and USD 16,500 (= proposed payout); both "
        "surveys signed.",
        "consent_date 2026-01-12, activity_type medium, submitted 2026-07-14 (183 days ≤ 200).",
        g.pa_ok(),
        container="zip",
    )


TSP = Org(
    "Tawau Seafood Processing Sdn. Bhd.",
    "Tawau Seafood",
    "tawauseafood.com.my",
    "MY",
    "91000 Tawau, Sabah",
    "Jalan Kuhara, Lot 118",
    "#2471a3",
)
TSP_DIR = person(TSP, "Chong Mei Ling", "Finance & Admin Director", "meiling.chong")


def s505_048_tawau_customer_survey_signed_by_partner() -> Bundle:
    cid = "5051048"
    eng = g.engagement("MW-FRONTLINE-WS-VAR", "Enable Frontline Workshop", "standard", "variable", 2900.0)
    consent, submitted = D(2026, 4, 6), T(2026, 6, 15, 11, 0, 8)
    report = h.findings_report(
        KINABALU,
        "Enable Frontline Workshop – Findings",
        [("Customer", TSP.name), ("Workshop", "12 May 2026, Tawau"), ("Participants", "10"), ("MCI claim", cid)],
        [
            (
                "Frontline today",
                "<p>480 line workers on 2 shifts across the filleting, freezing and packing halls; "
                "rosters on a notice board; HACCP checklists on paper.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams Shifts for the 2 shifts and 6 line leaders.",
                        "HACCP checklists as a Power App on 40 shared ruggedised tablets.",
                        "Walkie Talkie in Teams for the freezer-hall supervisors.",
                    ]
                ),
            ),
        ],
        T(2026, 5, 14, 16, 0, 8),
        KS_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        KINABALU,
        KS_PM,
        TSP,
        TSP_DIR,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Frontline_Workshop_Findings_Tawau_Seafood.pdf": report},
        amount=2900.0,
        inv_no="KSS-INV-2026-0074",
        inv_day=D(2026, 6, 10),
        activities="Frontline workshop for the processing halls",
        outcome="Shifts, HACCP app and Walkie Talkie plan",
        participants="10",
        cust_sig={"name": KS_PM.name, "company": KINABALU.name, "title": "Project Manager"},
        invoice_kw={"date_style": "gb_long", "bank": "Maybank Kota Kinabalu · USD account 5601-2288-4417"},
    )
    return Bundle(
        f"{cid}_tawau_customer_survey_signed_by_partner_pm",
        claim,
        files,
        "reject",
        "The customer attestation is signed 'Nurul Ain Jaafar, Kinabalu Systems Sdn. Bhd., Project Manager' – the "
        "partner's own project manager completed the customer's survey. The customer attestation must be the "
        "customer's: this one is not a valid customer signature, and a completed customer survey cannot be re-sent "
        "on the claim. Findings, invoice and timing are otherwise in order. UNSURE: a reviewer could return it as "
        "action_required, but the survey cannot be redone on this claim.",
        "customer_attestation JSON: signature {full_name 'Nurul Ain Jaafar', company 'Kinabalu Systems Sdn. Bhd.', "
        "job_title 'Project Manager'}.",
        {"attestations": "fail", "invoice": "pass", "submission_window": "pass", "reused_evidence": "pass"},
    )


LMSB = Org(
    "Labuan Marine Supply Base Sdn. Bhd.",
    "Labuan Supply Base",
    "labuanmsb.com.my",
    "MY",
    "87007 Labuan F.T.",
    "Jalan Rancha-Rancha",
    "#5d6d7e",
)
LMSB_IT = person(LMSB, "Abdul Rashid Yusof", "IT Superintendent", "rashid.yusof")


def s505_049_labuan_windows_workshop_merged_upload() -> Bundle:
    cid = "5051049"
    eng = g.engagement("MW-NEXTGEN-WIN-VAR", "NextGen Windows Workshop", "standard", "variable", 2300.0)
    consent, submitted = D(2026, 8, 3), T(2026, 10, 12, 15, 0, 8)
    report = h.findings_report(
        KINABALU,
        "NextGen Windows Workshop – Findings",
        [("Customer", LMSB.name), ("Workshop", "3 September 2026, Labuan"), ("Participants", "7"), ("MCI claim", cid)],
        [
            (
                "Estate",
                "<p>185 Windows devices: 120 office PCs, 40 laptops for marine superintendents, 25 PCs in the "
                "warehouse and quay control rooms; 58% still on Windows 10.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Windows 11 Enterprise via Autopilot for the 160 office PCs and laptops (Oct – Nov 2026).",
                        "Windows Autopatch for update management.",
                        "Shared-PC mode for the 25 control-room PCs used across 3 shifts.",
                    ]
                ),
            ),
        ],
        T(2026, 9, 7, 16, 0, 8),
        KS_CON.name,
        f"{cid}|rep",
    )
    people = [
        "Abdul Rashid Yusof",
        "Dayang Norhayati",
        "Kelvin Chin",
        "Mohd Firdaus Ali",
        "Grace Lajim",
        "Jonathan Lo",
        "Nurul Ain Jaafar",
    ]
    orgs = ["LMSB"] * 5 + ["Kinabalu Systems"] * 2
    sheet_html = f"""<h1>Attendance / Kehadiran</h1>
<p>NextGen Windows Workshop · {escape(LMSB.name)} · 3 September 2026 · Conference room, Admin Building</p>
{
        grid(
            ["No.", "Name / Nama", "Company / Syarikat", "Signature / Tandatangan"],
            [(str(i + 1), escape(n), o, "") for i, (n, o) in enumerate(zip(people, orgs, strict=True))],
            [8, 36, 26, 30],
        )
    }
"""
    sheet = g.html_pdf(
        sheet_html,
        meta("Attendance", KS_PM.name, T(2026, 9, 3, 8, 30, 8)),
        f"{cid}|sheet",
        style=css(KINABALU.color, extra="td {height: 26pt;}"),
    )
    inks = [
        Ink(n, "sig", n, dx=300, dy=-6, h=22, color=g.INK_BLUE if i % 2 else g.INK_BLACK) for i, n in enumerate(people)
    ]
    sheet_scan = g.scan_pdf(sheet, inks, f"{cid}|sheets", T(2026, 9, 3, 17, 0, 8), dpi=150, skew=-0.7)
    agenda = Mail(
        KS_PM,
        [LMSB_IT],
        "NextGen Windows Workshop – agenda for 3 Sept",
        T(2026, 8, 27, 10, 0, 8),
        "Dear Encik Rashid,\n\nAgenda for Thursday:\n09:00 Windows 11 and Autopilot demo\n10:30 Estate review (your "
        "Intune export)\n13:30 Windows 365 and Autopatch\n15:00 Recommendations and next steps\n\nRegards,\nNurul Ain\n"
        "\n" + g.footer_block(KS_PM),
    )
    merged = g.merge_pdfs(
        [report, sheet_scan, printed_mail(agenda, KS_PM, f"{cid}|agenda")],
        meta("LMSB NextGen Windows Workshop – POE pack", KS_PM.name, T(2026, 10, 12, 14, 0, 8)),
        f"{cid}|merged",
    )
    files, claim = h.pa_claim(
        cid,
        KINABALU,
        KS_PM,
        LMSB,
        LMSB_IT,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"LMSB_NextGen_Windows_POE_pack.pdf": merged},
        amount=2300.0,
        inv_no="KSS-INV-2026-0133",
        inv_day=D(2026, 10, 6),
        activities="Windows 11, Autopilot, Windows 365 and Autopatch workshop",
        outcome="Windows 11 plan for 160 devices, shared-PC mode for control rooms",
        participants="7",
        invoice_kw={"date_style": "gb_long", "bank": "Maybank Kota Kinabalu · USD account 5601-2288-4417"},
    )
    return Bundle(
        f"{cid}_labuan_windows_workshop_merged_upload",
        claim,
        files,
        "approve",
        "One merged upload: the findings report (185 devices, Windows 11 and shared-PC plan), a scanned, hand-signed "
        "attendance sheet from the workshop day, and the printed agenda e-mail. Merged files are fine when the "
        "content is. Invoice USD 2,300 (= proposed payout) with claim ID, both surveys signed, "
        f"{days(consent, submitted)} days after consent.",
        "LMSB_NextGen_Windows_POE_pack.pdf pages 1-2 findings, page 3 attendance sheet scan, last page agenda e-mail.",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# returning claims: resubmissions after action required, disputes
# --------------------------------------------------------------------------------------------------------------

LHF = Org(
    "Limuru Highlands Florists Ltd",
    "Limuru Florists",
    "limuruflorists.co.ke",
    "KE",
    "Limuru 00217",
    "Limuru–Tigoni Road",
    "#a93226",
)
LHF_FD = person(LHF, "Esther Wanjiku Mwangi", "Finance Director", "esther.mwangi")


def mvuli_letter(
    cust: Org, signer: Person, body: str, rows: Sequence[tuple[str, str, str]], seed: str, when: dt.datetime
) -> bytes:
    html = f"""
<h1>Acceptance Letter</h1>
<p>{body}</p>
{grid(["Workload", "Delivered", "Scale"], rows, [22, 58, 20])}
<p>Signed for and on behalf of {escape(cust.name)}:</p>
{fields([("Signature", "", 42), ("Name", escape(signer.name), 14), ("Designation", escape(signer.title), 14)])}
"""
    return simple_doc(MVULI, html, f"Acceptance letter {cust.short}", MV_PM.name, when, seed, numbers="")


def s505_050_limuru_resubmitted_with_dated_mail() -> Bundle:
    cid = "5051050"
    letter = mvuli_letter(
        LHF,
        LHF_FD,
        f"{escape(LHF.name)} confirms that {escape(MVULI.name)} has delivered the Microsoft 365 collaboration project "
        "for our head office, two farms and the Nairobi airport pack-house, and accepts the deliverables below.",
        [
            (
                "Microsoft Teams",
                "Teams for farm managers, grading hall supervisors and the export desk; shift "
                "channels for the pack-house; Teams meetings with buyers in Aalsmeer",
                "210 users",
            ),
            (
                "SharePoint Online",
                "Phytosanitary and export documents library with retention; quality-audit site for the two farms",
                "6 sites, 95 GB",
            ),
        ],
        f"{cid}|letter",
        T(2026, 4, 22, 11, 0, 3),
    )
    letter_scan = g.scan_pdf(
        letter,
        [Ink("Signature", "sig", LHF_FD.name, dx=150, dy=4, h=30)],
        f"{cid}|scan",
        T(2026, 4, 24, 15, 0, 3),
        dpi=150,
        skew=0.5,
    )
    m1 = Mail(
        MV_PM,
        [LHF_FD],
        "Acceptance letter – date of signature",
        T(2026, 5, 8, 10, 0, 3),
        "Dear Esther,\n\nMicrosoft has asked us to show when the acceptance letter was signed, as the letter itself "
        "has no date line. Could you kindly confirm the date you signed it?\n\nKind regards,\nWairimu\n\n"
        + g.footer_block(MV_PM),
    )
    m2 = Mail(
        LHF_FD,
        [MV_PM],
        "RE: Acceptance letter – date of signature",
        T(2026, 5, 11, 9, 20, 3),
        "Dear Wairimu,\n\nI signed the acceptance letter on 24 April 2026, after our walk-through of the pack-house "
        "Teams channels. Limuru Highlands Florists accepts the Teams and SharePoint work delivered by Mvuli Cloud "
        "(210 users, 6 SharePoint sites).\n\nRegards,\nEsther Wanjiku Mwangi\nFinance Director\nLimuru Highlands "
        "Florists Ltd",
        quoted=m1,
    )
    files = {
        "Limuru_Florists_Acceptance_Letter_signed.pdf": letter_scan,
        "RE Acceptance letter - date of signature.msg": g.msg_file(m2),
    }
    first, asked, again = T(2026, 4, 28, 10, 0, 3), T(2026, 5, 4, 9, 0), T(2026, 5, 13, 12, 0, 3)
    claim = cpor(
        cid,
        MVULI,
        MV_PM,
        LHF,
        LHF_FD,
        files,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=again,
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the acceptance letter is signed but not dated, so we cannot confirm "
                "the acknowledgement is within 12 months. Please provide a dated customer acknowledgement within 14 "
                "calendar days and resubmit.",
            ),
            ("partner", again - dt.timedelta(minutes=3), "Customer's e-mail confirming the signature date added."),
        ],
        history=[
            ("submission", first, MV_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", again - dt.timedelta(minutes=4), MV_PM.email),
            ("submission", again, MV_PM.email),
        ],
    )
    return Bundle(
        f"{cid}_limuru_resubmitted_with_dated_confirmation",
        claim,
        files,
        "approve",
        f"Returned as 'Partner Action Required' on 2026-05-04 because the signed acceptance letter had no date; "
        f"resubmitted on 2026-05-13, {days(asked, again)} days later (within the 14 calendar days), with the Finance "
        "Director's e-mail of 11 May 2026 from limuruflorists.co.ke giving the signing date (24 April 2026) and "
        "restating the acceptance with the numbers. The reason for the request is resolved.",
        "History: submission 04-28, action required 05-04, submission 05-13; reply from esther.mwangi@"
        "limuruflorists.co.ke 'I signed the acceptance letter on 24 April 2026'.",
        g.cpor_ok(email_ack=True),
    )


TRP = Org(
    "Thika Road Pharmaceuticals Ltd",
    "Thika Road Pharma",
    "thikapharma.co.ke",
    "KE",
    "Ruiru 00232",
    "Off Thika Superhighway, Kamakis",
    "#1f618d",
)
TRP_ICT = person(TRP, "Joseph Kiprono", "ICT Manager", "joseph.kiprono")


def s505_051_thika_pharma_resubmitted_after_14_days() -> Bundle:
    cid = "5051051"
    summary = simple_doc(
        MVULI,
        f"""<h1>Endpoint security – completion summary</h1>
{kv([("Customer", escape(TRP.name)), ("Period", "16 March – 22 May 2026")])}
{
            grid(
                ["Workload", "Delivered", "Scale"],
                [
                    (
                        "Microsoft Intune",
                        "Enrolment of laptops and QC-lab PCs, compliance for GMP systems, update rings",
                        "190 devices",
                    ),
                    (
                        "Defender for Endpoint",
                        "Onboarding incl. 8 servers, ASR rules, EDR block mode, device tags per plant area",
                        "198 devices",
                    ),
                ],
                [22, 58, 20],
            )
        }""",
        "Completion summary Thika Road Pharmaceuticals",
        MV_PM.name,
        T(2026, 5, 25, 10, 0, 3),
        f"{cid}|sum",
    )
    m1 = Mail(
        MV_PM,
        [TRP_ICT],
        "Endpoint security project – acceptance",
        T(2026, 6, 16, 10, 0, 3),
        "Dear Joseph,\n\nFollowing up on the completion summary: could you confirm acceptance of the Intune and "
        "Defender work?\n\nRegards,\nWairimu",
        attachments=[("Completion_summary_TRP.pdf", summary)],
    )
    m2 = Mail(
        TRP_ICT,
        [MV_PM],
        "RE: Endpoint security project – acceptance",
        T(2026, 6, 19, 14, 5, 3),
        "Dear Wairimu,\n\nApologies for the delay – we had an inspection. Thika Road Pharmaceuticals accepts the "
        "project: 190 devices in Intune and 198 devices including the 8 servers in Defender, as per the summary.\n\n"
        "Joseph Kiprono\nICT Manager | Thika Road Pharmaceuticals Ltd",
        quoted=m1,
    )
    files = {
        "Completion_summary_TRP.pdf": summary,
        "RE Endpoint security project - acceptance.msg": g.msg_file(m2),
    }
    first, asked, again = T(2026, 6, 1, 10, 0, 3), T(2026, 6, 4, 9, 0), T(2026, 6, 23, 16, 0, 3)
    claim = cpor(
        cid,
        MVULI,
        MV_PM,
        TRP,
        TRP_ICT,
        files,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=again,
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the POE has no customer acknowledgement. Please upload the customer's "
                "acknowledgement and resubmit within 14 calendar days.",
            ),
            ("partner", again - dt.timedelta(minutes=2), "Customer acceptance e-mail attached."),
        ],
        history=[
            ("submission", first, MV_PM.email),
            ("action required", asked, "Microsoft"),
            ("submission", again, MV_PM.email),
        ],
    )
    return Bundle(
        f"{cid}_thika_pharma_resubmitted_19_days_after_request",
        claim,
        files,
        "reject",
        f"Set to 'Partner Action Required' on 2026-06-04 for a missing customer acknowledgement and resubmitted on "
        f"2026-06-23, {days(asked, again)} days later. The guide gives fourteen calendar days to resubmit, after which "
        "the claim is automatically rejected. The customer's acceptance e-mail now attached would have been "
        "sufficient, but it came after the window closed; the partner has to submit a new claim.",
        "History: action required 2026-06-04 → submission 2026-06-23 (19 days > 14).",
        g.cpor_ok(email_ack=True),
    )


HVT = Org(
    "Holme Valley Textiles Ltd",
    "Holme Valley Textiles",
    "holmevalleytextiles.co.uk",
    "GB",
    "Holmfirth HD9 3DX",
    "Bridge Mills, Huddersfield Road",
    "#6e2c00",
)
HVT_MD = person(HVT, "Philippa Moorhouse", "Managing Director", "philippa.moorhouse")


def s505_052_holme_valley_dispute_with_docusign() -> Bundle:
    cid = "5051052"
    summary_mail = Mail(
        KP_LEAD,
        [HVT_MD],
        "Identity protection project – summary",
        T(2026, 2, 26, 16, 0, 0),
        "Dear Philippa,\n\nSummary of the identity work completed: Entra ID P2 with Privileged Identity Management "
        "for 9 admin roles, risk-based Conditional Access for 260 users, access reviews for the dye-house and "
        "finance groups; Defender for Identity sensors on 3 domain controllers with alert routing to our service "
        "desk. Period 12 January – 20 February 2026.\n\nKind regards,\nRob\n\n" + g.footer_block(KP_LEAD),
    )
    html = f"""<h1>Customer Acceptance</h1>
{
        kv(
            [
                ("Customer", escape(HVT.name)),
                ("Supplier", escape(KESTREL.name)),
                ("Project", "KPC-ID-2026-004"),
                ("Period", "12 January – 20 February 2026"),
            ]
        )
    }
{
        grid(
            ["Workload", "Delivered", "Scope"],
            [
                (
                    "Microsoft Entra ID P2",
                    "PIM for 9 admin roles, risk-based Conditional Access, quarterly access reviews "
                    "for dye-house and finance groups",
                    "260 users",
                ),
                (
                    "Defender for Identity",
                    "Sensors on 3 domain controllers, alert routing, lateral-movement path review",
                    "3 DCs",
                ),
            ],
            [24, 56, 20],
        )
    }
<p>{escape(HVT.name)} accepts the work above as delivered by {escape(KESTREL.name)}.</p>
{
        fields(
            [
                ("Signature", "", 42),
                ("Name / title", f"{escape(HVT_MD.name)}, {escape(HVT_MD.title)}", 14),
                ("Date", "", 20),
            ]
        )
    }"""
    acc = simple_doc(
        KESTREL,
        html,
        "Customer Acceptance KPC-ID-2026-004",
        KP_LEAD.name,
        T(2026, 3, 31, 10, 0, 1),
        f"{cid}|acc",
        numbers="",
    )
    signed = g.esign(
        acc,
        HVT_MD,
        T(2026, 4, 2, 11, 3, 1),
        f"{cid}|env",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=8,
        date_anchor="Date",
        date_dx=150,
        date_dy=3,
        date_text="02/04/2026",
        vendor="docusign",
        certificate=True,
        sender=KP_LEAD,
        ip="82.132.214.77",
    )
    files = {
        "Identity protection project - summary.msg": g.msg_file(summary_mail),
        "Dispute/KPC-ID-2026-004_Customer_Acceptance_DocuSign.pdf": signed,
    }
    rejected, disputed, again = T(2026, 3, 17, 9, 0), T(2026, 4, 6, 10, 0, 1), T(2026, 4, 8, 9, 30, 1)
    claim = cpor(
        cid,
        KESTREL,
        KP_LEAD,
        HVT,
        HVT_MD,
        files,
        area="Security",
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2", "MICROSOFT DEFENDER FOR IDENTITY"],
        submitted=again,
        status="disputed",
        comments=[
            (
                "microsoft",
                T(2026, 3, 5, 9, 0),
                "Dear Partner, the only e-mail is from the partner and the customer "
                "never accepted the work. Please upload the customer's acknowledgement.",
            ),
            ("microsoft", rejected, "Rejected: the resubmission did not add a customer acknowledgement."),
            ("partner", again - dt.timedelta(minutes=5), "Dispute: customer acceptance signed via DocuSign attached."),
        ],
        history=[
            ("submission", T(2026, 3, 2, 10, 0, 0), KP_LEAD.email),
            ("action required", T(2026, 3, 5, 9, 0), "Microsoft"),
            ("submission", T(2026, 3, 12, 10, 0, 0), KP_LEAD.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, KP_LEAD.email),
            ("submission", again, KP_LEAD.email),
        ],
    )
    return Bundle(
        f"{cid}_holme_valley_dispute_adds_docusigned_acceptance",
        claim,
        files,
        "approve",
        f"Rejected on 2026-03-17 for a missing customer acknowledgement; disputed and resubmitted on 2026-04-08, "
        f"{days(rejected, again)} days after the rejection (the dispute window is 30 days). The dispute adds what was "
        "missing: a customer acceptance DocuSigned by Holme Valley's managing director on 2 April 2026, with the "
        "envelope certificate, naming both workloads with their scope (PIM for 9 roles, 260 users, 3 DCs).",
        "Dispute/KPC-ID-2026-004_Customer_Acceptance_DocuSign.pdf signed by philippa.moorhouse@"
        "holmevalleytextiles.co.uk 02/04/2026; history rejected 03-17 → submission 04-08.",
        g.cpor_ok(),
    )


EMM = Org(
    "Erva-Mate Missões Ltda.",
    "Erva-Mate Missões",
    "ervamatemissoes.com.br",
    "BR",
    "Santo Ângelo – RS, 98801-000",
    "Rua Marechal Floriano 1120",
    "#196f3d",
    "CNPJ 04.771.290/0001-18",
)
EMM_SOC = person(EMM, "Luciana Dreher", "Sócia-administradora", "luciana.dreher")


def s505_053_erva_mate_dispute_after_41_days() -> Bundle:
    cid = "5051053"
    pdf = andorinha_termo(
        EMM,
        EMM_SOC,
        "AT-2026-011",
        "02/03/2026 – 10/04/2026",
        [
            (
                "Exchange Online",
                "Migração de 74 caixas do provedor de hospedagem; caixas compartilhadas de vendas e "
                "exportação; retenção de notas fiscais (5 anos)",
                "Migration of 74 mailboxes from the hosting provider; "
                "shared mailboxes for sales and export; invoice retention (5 years)",
                "74 caixas / mailboxes",
            ),
        ],
        f"{cid}|termo",
        T(2026, 6, 10, 10, 0, -3),
    )
    scan = g.scan_pdf(
        pdf,
        form_inks(EMM_SOC.name, "11/06/2026", sig_label=AT_SIG, date_label="Data / Date", dx=160),
        f"{cid}|scan",
        T(2026, 6, 11, 16, 0, -3),
        dpi=150,
        skew=0.4,
    )
    files = {"Dispute/Termo_de_Aceite_AT-2026-011_bilingue_assinado.pdf": scan}
    rejected, disputed = T(2026, 5, 5, 9, 0), T(2026, 6, 15, 11, 0, -3)
    claim = cpor(
        cid,
        ANDORINHA,
        AT_PM,
        EMM,
        EMM_SOC,
        files,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE"],
        submitted=disputed + dt.timedelta(minutes=20),
        status="disputed",
        comments=[
            (
                "microsoft",
                T(2026, 4, 20, 9, 0),
                "Dear Partner, the POE is only in Portuguese. Please upload an "
                "English version of the documentation within 14 calendar days.",
            ),
            ("microsoft", rejected, "Rejected: no response within 14 days."),
            ("partner", disputed, "Dispute: bilingual acceptance term signed by the customer attached."),
        ],
        history=[
            ("submission", T(2026, 4, 15, 10, 0, -3), AT_PM.email),
            ("action required", T(2026, 4, 20, 9, 0), "Microsoft"),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, AT_PM.email),
            ("submission", disputed + dt.timedelta(minutes=20), AT_PM.email),
        ],
    )
    return Bundle(
        f"{cid}_erva_mate_dispute_41_days_after_rejection",
        claim,
        files,
        "reject",
        f"Rejected on 2026-05-05; the dispute was opened and submitted on 2026-06-15, {days(rejected, disputed)} days "
        "later. Disputes are available for 30 days after the rejection; after that the partner has to submit a new "
        "claim. The bilingual, signed acceptance term now uploaded would have resolved the language issue, but the "
        "claim can no longer be disputed.",
        "History: rejected 2026-05-05, disputed 2026-06-15 (41 days > 30).",
        g.cpor_ok(),
    )


GRT = Org(
    "Guadalupe River Title Co.",
    "Guadalupe River Title",
    "grtitle.com",
    "US",
    "Kerrville, TX 78028",
    "820 Main St",
    "#4a235a",
)
GRT_OPS = person(GRT, "Becky Lindner", "Operations Manager", "blindner")


def s505_054_guadalupe_dispute_still_no_acknowledgement() -> Bundle:
    cid = "5051054"
    m1 = Mail(
        OH_ENG,
        [GRT_OPS],
        "Defender for Office & Entra P2 – please confirm acceptance",
        T(2026, 7, 20, 9, 0, -5),
        "Hi Becky,\n\nAs discussed, the Defender for Office 365 and Entra ID P2 work is complete (64 mailboxes, PIM "
        "for 5 admin roles, risk-based sign-in policy). Could you reply to confirm you accept it?\n\nThanks,\nKyle\n\n"
        + g.footer_block(OH_ENG),
    )
    m2 = Mail(
        GRT_OPS,
        [OH_ENG],
        "Automatic reply: Defender for Office & Entra P2 – please confirm acceptance",
        T(2026, 7, 20, 9, 0, -5),
        "Thank you for your email. I am out of the office until Monday, August 3 with limited access to email. For "
        "closings and escrow questions please contact escrow@grtitle.com.\n\nBecky Lindner\nOperations Manager | "
        "Guadalupe River Title Co.",
        quoted=m1,
        auto_reply=True,
    )
    w = g.Word(accent="283747")
    w.header(OAKHAVEN, "Customer Acceptance")
    w.h("Customer Acceptance – Defender for Office 365 and Entra ID P2")
    w.p(f"Customer: {GRT.name}")
    w.p(
        "Oakhaven Secure Networks Inc. deployed Microsoft Defender for Office 365 for 64 mailboxes and Microsoft Entra "
        "ID P2 (PIM for 5 admin roles, risk-based sign-in policy) between June 8 and July 10, 2026."
    )
    w.p("Accepted by: ______________________    Title: ______________________    Date: ____________")
    acceptance = w.save(meta("GRT Customer Acceptance", OH_ENG.name, T(2026, 7, 27, 15, 0, -5)))
    files = {
        "Dispute/Automatic reply - Defender for Office & Entra P2.msg": g.msg_file(m2),
        "Dispute/GRT_Customer_Acceptance.docx": acceptance,
    }
    rejected, disputed, again = T(2026, 7, 10, 9, 0), T(2026, 7, 27, 16, 0, -5), T(2026, 7, 28, 10, 0, -5)
    claim = cpor(
        cid,
        OAKHAVEN,
        OH_ENG,
        GRT,
        GRT_OPS,
        files,
        area="Security",
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        submitted=again,
        status="disputed",
        comments=[
            ("microsoft", rejected, "Rejected: the POE contains no customer acknowledgement of the work."),
            (
                "partner",
                again - dt.timedelta(minutes=4),
                "Dispute: we contacted the customer (see e-mail) and attach the acceptance form.",
            ),
        ],
        history=[
            ("submission", T(2026, 7, 1, 10, 0, -5), OH_ENG.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, OH_ENG.email),
            ("submission", again, OH_ENG.email),
        ],
    )
    return Bundle(
        f"{cid}_guadalupe_title_dispute_adds_auto_reply_and_blank_form",
        claim,
        files,
        "reject",
        "A dispute, in time (18 days after the rejection), of a rejection for missing customer acknowledgement. What "
        "it "
        "adds is the customer's automatic out-of-office reply to the partner's request and an acceptance form in Word "
        "with blank 'Accepted by / Title / Date' lines. Neither is the customer acknowledging anything; the reason for "
        "rejection stands, and a decision on a dispute is final.",
        "Dispute/.msg: 'Automatic reply … I am out of the office until Monday, August 3'; .docx 'Accepted by: ______'.",
        {"customer_acknowledgement": "fail", "customer_domain": ["pass", NA], "reused_evidence": "pass"},
    )


KGE = Org(
    "Karimnagar Granite Exports Pvt. Ltd.",
    "Karimnagar Granite",
    "karimnagargranite.in",
    "IN",
    "Karimnagar, Telangana 505001",
    "Granite Industrial Estate, Plot 31",
    "#7b7d7d",
)
KGE_DIR = person(KGE, "Sai Kiran Goud", "Director – Operations", "saikiran")


def s505_055_karimnagar_apps_workshop_resubmitted_in_time() -> Bundle:
    cid = "5051055"
    eng = g.engagement("BA-APPS-IN-A-DAY-VAR", "Rapidly Build Apps-in-a-day Workshop", "standard", "variable", 1950.0)
    consent, first, asked, again = (
        D(2026, 3, 2),
        T(2026, 5, 12, 10, 0, 5.5),
        T(2026, 5, 15, 9, 0),
        T(2026, 6, 14, 11, 0, 5.5),
    )
    report = h.findings_report(
        CERULEAN,
        "Rapidly Build Apps-in-a-day Workshop – Summary",
        [
            ("Customer", KGE.name),
            ("Workshop", "9 April 2026, Karimnagar"),
            ("Participants", "12 – quarry, polishing unit, dispatch, accounts"),
            ("MCI claim", cid),
        ],
        [
            (
                "Apps built during the day",
                ul(
                    [
                        "Block inspection app (Power Apps canvas + Dataverse): photos and grading of granite blocks "
                        "at 3 "
                        "quarries, used by 9 supervisors.",
                        "Dispatch approval flow (Power Automate) for export containers, replacing the paper gate pass.",
                    ]
                ),
            ),
            (
                "Next steps",
                "<p>Pilot the inspection app at the Kothapalli quarry in May; Cerulean to review the "
                "Dataverse model with the accounts team.</p>",
            ),
        ],
        T(2026, 4, 11, 16, 0, 5.5),
        CA_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        CERULEAN,
        CA_AM,
        KGE,
        KGE_DIR,
        area="Business Applications",
        eng=eng,
        consent=consent,
        submitted=again,
        poe={"Apps_in_a_day_Summary_Karimnagar_Granite.pdf": report},
        amount=1950.0,
        inv_no="CAT-INV-26-27-0061-R1",
        inv_day=D(2026, 6, 12),
        activities="App-in-a-day: block inspection app and dispatch approval flow",
        outcome="Two prototypes, quarry pilot in May",
        participants="12",
        invoice_kw={"date_style": "in", "bank": CA_BANK},
        history=[
            ("customer consent approved", T(2026, 3, 2, 12), "-"),
            ("submission", first, CA_AM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", again - dt.timedelta(minutes=6), CA_AM.email),
            ("submission", again, CA_AM.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the invoice does not show the MCI engagement claim ID. Please upload a "
                "corrected invoice and resubmit. If your claim is not completed and approved within 120 days of "
                "customer consent, the system will automatically reject your claim.",
            ),
            ("partner", again - dt.timedelta(minutes=3), "Corrected invoice R1 with the claim ID uploaded."),
        ],
    )
    return Bundle(
        f"{cid}_karimnagar_apps_workshop_resubmitted_in_time",
        claim,
        files,
        "approve",
        f"First submitted on day {days(consent, first)}, set to action required on 2026-05-15 for an invoice without "
        f"the claim ID, and resubmitted on 2026-06-14 – day {days(consent, again)} after consent. A standard-timeline "
        "claim in action required only expires 120 days after consent (2026-06-30), so it is in time. The corrected "
        "invoice R1 shows the claim ID and USD 1,950 (= proposed payout); the workshop summary and surveys are fine.",
        "History: consent 03-02, submission 05-12, action required 05-15, submission 06-14 (day 104 ≤ 120); invoice "
        "CAT-INV-26-27-0061-R1 with 'MCI Engagement Claim ID 5051055'.",
        g.pa_ok(),
    )


STM = Org(
    "Sipitang Timber Mouldings Sdn. Bhd.",
    "Sipitang Timber",
    "sipitangtimber.com.my",
    "MY",
    "89850 Sipitang, Sabah",
    "Lot 5, Kawasan Perindustrian Sipitang",
    "#784212",
)
STM_MGR = person(STM, "Benedict Sipaun", "Mill Manager", "benedict.sipaun")


def s505_056_sipitang_dispute_of_consent_rejection() -> Bundle:
    cid = "5051056"
    eng = g.engagement("MW-FRONTLINE-WS-VAR", "Enable Frontline Workshop", "standard", "variable", 2900.0)
    consent, rejected, disputed, again = (
        D(2026, 2, 3),
        T(2026, 2, 10, 2, 0),
        T(2026, 3, 2, 10, 0, 8),
        T(2026, 3, 4, 15, 0, 8),
    )
    report = h.findings_report(
        KINABALU,
        "Enable Frontline Workshop – Findings",
        [
            ("Customer", STM.name),
            ("Workshop", "24 February 2026, Sipitang mill"),
            ("Participants", "9"),
            ("MCI claim", cid),
        ],
        [
            (
                "Frontline today",
                "<p>330 mill and moulding-line workers on 3 shifts; kiln logs and quality rejects "
                "recorded on paper; shift handover by radio.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams Shifts for 3 shifts",
                        "Kiln log and reject tracking in Power Apps on 25 shared tablets",
                        "Walkie Talkie for the yard and kiln operators",
                    ]
                ),
            ),
        ],
        T(2026, 2, 26, 16, 0, 8),
        KS_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        KINABALU,
        KS_PM,
        STM,
        STM_MGR,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=again,
        poe={"Frontline_Workshop_Findings_Sipitang_Timber.pdf": report},
        amount=2900.0,
        inv_no="KSS-INV-2026-0022",
        inv_day=D(2026, 3, 3),
        activities="Frontline workshop at the mill",
        outcome="Shifts and kiln-log app plan for 330 workers",
        participants="9",
        status="disputed",
        invoice_kw={"date_style": "gb_long", "bank": "Maybank Kota Kinabalu · USD account 5601-2288-4417"},
        history=[
            ("customer claimed", T(2026, 1, 28, 10, 0, 8), KS_PM.email),
            ("request customer consent", T(2026, 1, 28, 10, 5, 8), KS_PM.email),
            ("customer consent approved", T(2026, 2, 3, 12), "-"),
            ("rejected", rejected, "System"),
            ("disputed", disputed, KS_PM.email),
            ("document submission", again - dt.timedelta(minutes=5), KS_PM.email),
            ("submission", again, KS_PM.email),
        ],
        comments=[
            (
                "microsoft",
                rejected,
                "This claim was automatically rejected: the customer has consented to another "
                "partner's claim for the same engagement and customer ID.",
            ),
            (
                "partner",
                again - dt.timedelta(minutes=2),
                "Dispute: we delivered the workshop on 24 February with the "
                "mill team, findings and surveys attached. Please reinstate the claim.",
            ),
        ],
    )
    return Bundle(
        f"{cid}_sipitang_dispute_of_automatic_consent_rejection",
        claim,
        files,
        "reject",
        "The claim was rejected automatically on 2026-02-10 because the customer consented to another partner's claim "
        "for the same engagement and customer ID. The guide is explicit: when a customer consents to a claim, other "
        "open claims for that engagement and customer are automatically rejected and disputes are not accepted for "
        "this scenario. The workshop findings, invoice and surveys attached to the dispute do not change that.",
        "Comment 2026-02-10: 'automatically rejected: the customer has consented to another partner's claim for the "
        "same engagement'; status disputed.",
        g.pa_ok(),
    )


TMC = Org(
    "Tuas Marine Coatings Pte. Ltd.",
    "Tuas Marine Coatings",
    "tuasmarinecoatings.com.sg",
    "SG",
    "Singapore 638367",
    "15 Tuas Avenue 8",
    "#922b21",
)
TMC_IT = person(TMC, "Lim Boon Keat", "IT Manager", "boonkeat.lim")
TC_CLAIMS = person(TAMARIND, "Partner Programmes", "Claims desk", "claims")


def s505_057_tuas_resubmitted_with_forward_and_screenshot() -> Bundle:
    cid = "5051057"
    m1 = Mail(
        TC_SEC,
        [TMC_IT],
        "Intune & MDE rollout – sign-off",
        T(2026, 7, 27, 17, 0, 8),
        "Hi Boon Keat,\n\nThe rollout is complete: 260 laptops and 45 lab PCs in Intune, 305 devices and 12 servers "
        "in Defender for Endpoint with ASR in block mode. Please confirm sign-off.\n\nThanks,\nArjun\n\n"
        + g.footer_block(TC_SEC),
    )
    m2 = Mail(
        TMC_IT,
        [TC_SEC],
        "RE: Intune & MDE rollout – sign-off",
        T(2026, 7, 28, 9, 40, 8),
        "Hi Arjun,\n\nConfirmed, numbers match our console. Tuas Marine Coatings signs off the Intune and Defender "
        "rollout.\n\nBoon Keat\nIT Manager | Tuas Marine Coatings",
        quoted=m1,
    )
    fw = Mail(
        TC_SEC,
        [TC_CLAIMS],
        "FW: RE: Intune & MDE rollout – sign-off",
        T(2026, 8, 12, 11, 0, 8),
        "FYI for the Microsoft claim – customer sign-off below.\n\nArjun",
        quoted=m2,
        forward=True,
    )
    shot = g.png(g.outlook_screenshot(m2, TC_SEC, f"{cid}|shot"))
    files = {
        "FW RE Intune & MDE rollout - sign-off.msg": g.msg_file(fw),
        "customer signoff screenshot.png": shot,
    }
    first, asked, again = T(2026, 8, 3, 10, 0, 8), T(2026, 8, 6, 9, 0), T(2026, 8, 14, 15, 0, 8)
    claim = cpor(
        cid,
        TAMARIND,
        TC_SEC,
        TMC,
        TMC_IT,
        files,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=again,
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the only e-mail is the partner's own summary; the customer never "
                "accepted the work. Please upload the customer's acknowledgement (the original e-mail from the "
                "customer) "
                "and resubmit within 14 calendar days.",
            ),
            ("partner", again - dt.timedelta(minutes=2), "Customer sign-off attached (forward + screenshot)."),
        ],
        history=[
            ("submission", first, TC_SEC.email),
            ("action required", asked, "Microsoft"),
            ("submission", again, TC_SEC.email),
        ],
    )
    return Bundle(
        f"{cid}_tuas_resubmitted_with_forward_and_screenshot",
        claim,
        files,
        "reject",
        "Resubmitted in time (8 days after the request) but not with what was asked: instead of the customer's "
        "original e-mail, the partner uploads its own consultant's forward of the customer's reply to the partner's "
        "claims desk ('FW: RE: …') and a PNG screenshot of that reply in Outlook. The guide lists e-mails forwarded "
        "from customers and flat screenshots of e-mails as insufficient. The resubmission still has no valid customer "
        "acknowledgement, so the claim is rejected (it can still be disputed with the original .msg).",
        "'FW: RE: Intune & MDE rollout – sign-off' from arjun.nair@tamarindcloud.sg to claims@tamarindcloud.sg; "
        "'customer signoff screenshot.png'.",
        {"customer_acknowledgement": "fail", "activity_detail": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# who acknowledges: an outsourced IT provider, the partner's own interim manager, a similarly named company
# --------------------------------------------------------------------------------------------------------------

PHH = Org(
    "Pedernales Home Health, Inc.",
    "Pedernales Home Health",
    "pedernaleshh.com",
    "US",
    "Fredericksburg, TX 78624",
    "410 W Main St",
    "#148f77",
)
PHH_ADM = person(PHH, "Gloria Meyer", "Administrator", "gmeyer")
HCMIT = Org(
    "Hill Country Managed IT LLC",
    "Hill Country Managed IT",
    "hillcountrymsp.com",
    "US",
    "Kerrville, TX 78028",
    "1500 Sidney Baker St",
    "#5d6d7e",
)
HCMIT_TECH = person(HCMIT, "Cody Vaughn", "Senior Technician", "cvaughn")


def s505_058_pedernales_acknowledged_by_outsourced_it() -> Bundle:
    cid = "5051058"
    report = simple_doc(
        OAKHAVEN,
        f"""<h1>Completion report – Defender for Endpoint &amp; Defender for Office 365</h1>
{kv([("Customer", escape(PHH.name)), ("Period", "May 4 – June 12, 2026"), ("Reference", "OSN-PHH-2026-02")])}
{
            grid(
                ["Workload", "Delivered", "Scope"],
                [
                    (
                        "Defender for Endpoint",
                        "Onboarding of clinician laptops and office PCs via Intune; ASR rules; EDR block "
                        "mode; device groups for field nurses and office",
                        "118 devices, 2 servers",
                    ),
                    (
                        "Defender for Office 365",
                        "Safe Links, Safe Attachments, impersonation protection for the Administrator "
                        "and billing; HIPAA-related DLP tips enabled",
                        "126 mailboxes",
                    ),
                ],
                [24, 56, 20],
            )
        }
<p>Pedernales Home Health's IT is run day to day by its managed service provider, Hill Country Managed IT LLC, which
joined the weekly calls.</p>""",
        "PHH completion report",
        OH_ENG.name,
        T(2026, 6, 15, 16, 0, -5),
        f"{cid}|rep",
        size=g.LETTER,
    )
    m1 = Mail(
        OH_ENG,
        [PHH_ADM],
        "PHH – Defender project completion",
        T(2026, 6, 15, 16, 30, -5),
        "Hi Gloria,\n\nThe Defender project is complete – report attached. Could you confirm Pedernales Home Health "
        "accepts the work?\n\nThanks,\nKyle\n\n" + g.footer_block(OH_ENG),
        cc=[HCMIT_TECH],
        attachments=[("PHH_completion_report.pdf", report)],
    )
    m2 = Mail(
        HCMIT_TECH,
        [OH_ENG],
        "RE: PHH – Defender project completion",
        T(2026, 6, 16, 8, 10, -5),
        "Kyle,\n\nReplying for Gloria – we handle IT for PHH. Confirmed on our side: 118 devices and both servers "
        "are reporting to Defender and the mail policies are live. Consider it accepted on behalf of Pedernales Home "
        "Health.\n\nCody Vaughn\nSenior Technician | Hill Country Managed IT\nsupport line (830) 555-0144",
        quoted=m1,
    )
    files = {"PHH_completion_report.pdf": report, "RE PHH - Defender project completion.msg": g.msg_file(m2)}
    claim = cpor(
        cid,
        OAKHAVEN,
        OH_ENG,
        PHH,
        PHH_ADM,
        files,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 6, 29, 10, 0, -5),
    )
    return Bundle(
        f"{cid}_pedernales_accepted_by_outsourced_it_provider",
        claim,
        files,
        "action_required",
        "The report is specific (118 devices, 2 servers, 126 mailboxes), but the only 'acceptance' comes from "
        "cvaughn@hillcountrymsp.com – a technician of the customer's managed service provider, a different company, "
        "writing 'on behalf of' the customer. The customer (pedernaleshh.com) itself never replies. The "
        "acknowledgement must come from the customer, on the customer's domain.",
        "Reply from cvaughn@hillcountrymsp.com: 'Replying for Gloria – we handle IT for PHH … Consider it accepted "
        "on behalf of Pedernales Home Health.'",
        {
            "customer_domain": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


LMB = Org(
    "Leipziger Messebau GmbH",
    "Leipziger Messebau",
    "leipziger-messebau.de",
    "DE",
    "04356 Leipzig",
    "Messe-Allee 9",
    "#a04000",
)
LMB_GF = person(LMB, "Frank Ebert", "Geschäftsführer", "f.ebert")
BW_INTERIM = Person(
    "Sven Krüger",
    "s.krueger@brueckenwerk-it.de",
    "Interim-IT-Leiter / Interim Head of IT (Leipziger Messebau GmbH)",
    BRUECKENWERK,
)


def s505_059_messebau_signed_by_partners_interim_it_head() -> Bundle:
    cid = "5051059"
    pdf = brueckenwerk_protocol(
        LMB,
        BW_INTERIM,
        "BW-2026-052",
        D(2026, 6, 26),
        "04.05.2026 – 19.06.2026",
        [
            (
                "Exchange Online",
                "Migration von 95 Postfächern aus dem Hosting, Shared Mailboxes für Projektleitung und Disposition",
                "Migration of 95 mailboxes from hosting, shared mailboxes for project management and dispatch",
                "95 Postfächer / mailboxes",
            ),
            (
                "Microsoft Teams",
                "Teams je Messeprojekt (Vorlage), Teams auf 30 Tablets der Montageteams",
                "A team per trade-fair project (template), Teams on 30 tablets of the assembly crews",
                "120 Benutzer",
            ),
        ],
        f"{cid}|doc",
    )
    signed = g.scan_pdf(
        pdf, bw_inks(BW_INTERIM.name, "Leipzig, 29.06.2026"), f"{cid}|scan", T(2026, 6, 29, 15, 0, 2), dpi=150, skew=0.3
    )
    m = Mail(
        BW_INTERIM,
        [BW_PM],
        "Abnahme BW-2026-052 / acceptance",
        T(2026, 6, 29, 15, 30, 2),
        "Hallo Annett,\n\nanbei das unterschriebene Abnahmeprotokoll. For the Microsoft claim: I confirm as interim "
        "head of IT of Leipziger Messebau that the Exchange Online and Teams work is accepted.\n\nGruß\nSven\n\n"
        "Sven Krüger\nInterim-IT-Leiter, Leipziger Messebau GmbH\nSenior Consultant, Brückenwerk IT GmbH",
        attachments=[("Abnahmeprotokoll_BW-2026-052.pdf", signed)],
        lang="de",
    )
    files = {"Abnahmeprotokoll_BW-2026-052_Leipziger_Messebau.pdf": signed, "Abnahme BW-2026-052.msg": g.msg_file(m)}
    claim = cpor(
        cid,
        BRUECKENWERK,
        BW_PM,
        LMB,
        LMB_GF,
        files,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 7, 8, 11, 0, 2),
    )
    return Bundle(
        f"{cid}_messebau_accepted_by_partners_own_interim_it_head",
        claim,
        files,
        "action_required",
        "The protocol is signed 'for the customer' by Sven Krüger, 'Interim-IT-Leiter' of Leipziger Messebau – who is "
        "a Brückenwerk IT consultant seconded to the customer: his e-mail comes from brueckenwerk-it.de and his "
        "signature block says 'Senior Consultant, Brückenwerk IT GmbH'. The partner cannot acknowledge its own work "
        "for the customer. Ask for an acknowledgement from someone employed by the customer (e.g. the managing "
        "director named on the claim).",
        "Signature on the protocol by Sven Krüger; his e-mail from s.krueger@brueckenwerk-it.de, signed 'Senior "
        "Consultant, Brückenwerk IT GmbH'.",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


LVF = Org(
    "Lakeview Farms Ltd",
    "Lakeview Farms",
    "lakeviewfarms.co.uk",
    "GB",
    "Malton YO17 6RS",
    "Lakeview House, Scarborough Road",
    "#1e8449",
)
LVF_FM = person(LVF, "Jonathan Barker", "Farm Director", "jonathan.barker")
LVFOODS = Org(
    "Lakeview Foods Limited",
    "Lakeview Foods",
    "lakeviewfoods.co.uk",
    "GB",
    "Hull HU7 0YW",
    "Unit 4, Bridgehead Business Park",
    "#b03a2e",
)
LVFOODS_IT = person(LVFOODS, "Tom Harrison", "IT Manager", "tom.harrison")


def s505_060_lakeview_farms_acknowledged_by_lakeview_foods() -> Bundle:
    cid = "5051060"
    m1 = Mail(
        KP_LEAD,
        [LVFOODS_IT],
        "Lakeview – Exchange Online and Teams – closure",
        T(2026, 5, 18, 15, 0, 1),
        "Hi Tom,\n\nWe've finished the move: 58 mailboxes from the old hosted Exchange to Exchange Online, Teams for "
        "the farm office, the packing shed and the 4 seasonal crew leaders, shared mailbox for supermarket orders. "
        "Could you confirm you accept the work for Lakeview?\n\nRegards,\nRob\n\n" + g.footer_block(KP_LEAD),
    )
    m2 = Mail(
        LVFOODS_IT,
        [KP_LEAD],
        "RE: Lakeview – Exchange Online and Teams – closure",
        T(2026, 5, 19, 8, 55, 1),
        "Morning Rob,\n\nAll looks good from here, accepted – cheers for getting the packing shed sorted before the "
        "asparagus season.\n\nTom Harrison\nIT Manager\nLakeview Foods Limited | Unit 4, Bridgehead Business Park, "
        "Hull",
        quoted=m1,
    )
    files = {"RE Lakeview - Exchange Online and Teams - closure.msg": g.msg_file(m2)}
    claim = cpor(
        cid,
        KESTREL,
        KP_LEAD,
        LVF,
        LVF_FM,
        files,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 5, 29, 14, 0, 1),
    )
    return Bundle(
        f"{cid}_lakeview_farms_acknowledged_by_lakeview_foods",
        claim,
        files,
        "action_required",
        "The claim's customer is Lakeview Farms Ltd (lakeviewfarms.co.uk, Malton), but the acceptance comes from "
        "tom.harrison@lakeviewfoods.co.uk, IT Manager of Lakeview Foods Limited in Hull – a similarly named, different "
        "company (nothing says it is the same group or acts for the farm). The partner's summary is reasonably "
        "specific, but no one at the customer acknowledged it.",
        "Reply from tom.harrison@lakeviewfoods.co.uk, signature 'Lakeview Foods Limited | … Hull'; customer.domain "
        "lakeviewfarms.co.uk.",
        {
            "customer_domain": "fail",
            "customer_acknowledgement": "fail",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# workloads not delivered, no acknowledgement, ECIF papers, an acknowledgement inside a printed thread
# --------------------------------------------------------------------------------------------------------------

SSPG = Org(
    "San Saba Pecan Growers Cooperative",
    "San Saba Pecan Co-op",
    "sansabapecan.coop",
    "US",
    "San Saba, TX 76877",
    "1900 W Wallace St",
    "#6e2c00",
)
SSPG_GM = person(SSPG, "Wesley Harlan", "General Manager", "wharlan")


def s505_061_san_saba_information_protection_deferred() -> Bundle:
    cid = "5051061"
    html = f"""<h1>Project Acceptance – Endpoint &amp; Data Protection</h1>
{
        kv(
            [
                ("Customer", escape(SSPG.name)),
                ("Partner", escape(OAKHAVEN.name)),
                ("Reference", "OSN-SSPG-2026-03"),
                ("Period", "February 2 – March 27, 2026"),
            ]
        )
    }
{
        grid(
            ["Workload", "Status", "Details"],
            [
                (
                    "Microsoft Intune",
                    "Delivered",
                    "Enrollment of 64 office and shelling-plant PCs and 22 grader tablets; "
                    "compliance policies; update rings",
                ),
                (
                    "Defender for Endpoint",
                    "Delivered",
                    "Onboarding of 86 devices and 3 servers; ASR rules in block mode",
                ),
                (
                    "Purview Information Protection",
                    "Deferred – FY27",
                    "Sensitivity labels for grower contracts and payroll "
                    "postponed to the FY27 budget; no labels or policies deployed in this project",
                ),
            ],
            [26, 18, 56],
        )
    }
<p>The customer accepts the delivered items above.</p>
{
        fields(
            [
                ("Customer signature", "", 42),
                ("Name / title", f"{escape(SSPG_GM.name)}, {escape(SSPG_GM.title)}", 14),
                ("Date signed", "", 20),
            ]
        )
    }"""
    pdf = simple_doc(
        OAKHAVEN,
        html,
        "SSPG Project Acceptance",
        OH_LEAD.name,
        T(2026, 3, 30, 10, 0, -5),
        f"{cid}|doc",
        size=g.LETTER,
        numbers="",
    )
    signed = g.scan_pdf(
        pdf, form_inks(SSPG_GM.name, "3/31/2026"), f"{cid}|scan", T(2026, 3, 31, 14, 0, -5), dpi=150, skew=-0.5
    )
    files = {"SSPG_Project_Acceptance_signed.pdf": signed}
    claim = cpor(
        cid,
        OAKHAVEN,
        OH_LEAD,
        SSPG,
        SSPG_GM,
        files,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT", "MICROSOFT INFORMATION PROTECTION"],
        submitted=T(2026, 4, 14, 9, 0, -5),
    )
    return Bundle(
        f"{cid}_san_saba_information_protection_deferred",
        claim,
        files,
        "action_required",
        "Signed acceptance (3/31/2026) with detail for Intune (86 devices) and Defender for Endpoint, but the third "
        "workload claimed, Microsoft Information Protection, appears only as 'Deferred – FY27 … no labels or policies "
        "deployed'. A workload the POE says was not delivered is not connected to the work; Intune and MDE could be "
        "approved, the MIP workload must be removed or evidenced – the claim cannot be approved as filed.",
        "Row 'Purview Information Protection – Deferred – FY27 – no labels or policies deployed in this project'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


VBB = Org(
    "Värmlands Bussbolag AB",
    "Värmlandsbuss",
    "varmlandsbuss.se",
    "SE",
    "653 40 Karlstad",
    "Bangårdsgatan 6",
    "#1f618d",
)
VBB_IT = person(VBB, "Per-Erik Nyström", "IT-ansvarig / IT Manager", "per-erik.nystrom")


def s505_062_varmlandsbuss_only_an_automatic_reply() -> Bundle:
    cid = "5051062"
    protocol = g.html_pdf(
        f"""<h1>Leveransprotokoll / Delivery Protocol</h1>
{
            kv(
                [
                    ("Kund / Customer", escape(VBB.name)),
                    ("Leverantör / Supplier", escape(VANERN.name)),
                    ("Projekt / Project", "VIT-2026-021 Intune"),
                    ("Period", "2026-04-13 – 2026-06-19"),
                ],
                key_w=150,
            )
        }
{
            grid(
                ["Svenska", "English"],
                [
                    (
                        "Intune för 140 förardatorer i bussarna och 60 kontors-PC.",
                        "Intune for 140 driver terminals in the buses and 60 office PCs.",
                    ),
                    (
                        "Kioskläge för förarterminalerna, uppdateringsringar per depå.",
                        "Kiosk mode for the driver terminals, update rings per depot.",
                    ),
                ],
                [50, 50],
            )
        }
{fields([("Underskrift kund / Customer signature", "", 40), ("Datum / Date", "", 18)], key_w=190)}""",
        meta("Leveransprotokoll VIT-2026-021", VI_PM.name, T(2026, 6, 22, 10, 0, 2)),
        f"{cid}|doc",
        style=css(VANERN.color),
        decor=g.Decor(
            VANERN, right="Leveransprotokoll · VIT-2026-021", footer=escape(VANERN.name), accent=VANERN.color
        ),
    )
    m1 = Mail(
        VI_PM,
        [VBB_IT],
        "Leveransprotokoll Intune – för underskrift / for signature",
        T(2026, 6, 30, 16, 0, 2),
        "Hej Per-Erik,\n\nHär kommer leveransprotokollet för Intune-projektet. Kan du signera och skicka tillbaka? / "
        "Could you sign and return the delivery protocol?\n\nVänliga hälsningar,\nElin\n\n" + g.footer_block(VI_PM),
        attachments=[("Leveransprotokoll_VIT-2026-021.pdf", protocol)],
        lang="sv",
    )
    m2 = Mail(
        VBB_IT,
        [VI_PM],
        "Automatiskt svar: Leveransprotokoll Intune – för underskrift / for signature",
        T(2026, 6, 30, 16, 0, 2),
        "Hej! Jag har semester till och med 2 augusti och läser inte e-post. / I am on holiday until 2 August and not "
        "reading e-mail. Vid brådskande ärenden / urgent matters: it@varmlandsbuss.se\n\nPer-Erik Nyström",
        quoted=m1,
        auto_reply=True,
        lang="sv",
    )
    files = {
        "Leveransprotokoll_VIT-2026-021.pdf": protocol,
        "Automatiskt svar Leveransprotokoll Intune.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        VANERN,
        VI_PM,
        VBB,
        VBB_IT,
        files,
        area="Modern Work",
        workloads=["INTUNE"],
        submitted=T(2026, 7, 10, 9, 0, 2),
    )
    return Bundle(
        f"{cid}_varmlandsbuss_only_an_automatic_reply",
        claim,
        files,
        "action_required",
        "The bilingual delivery protocol (140 driver terminals, 60 office PCs) is unsigned, and the only message from "
        "the customer's domain is an automatic holiday reply ('Automatiskt svar … semester till och med 2 augusti'). "
        "An out-of-office auto-reply acknowledges nothing. The partner can upload the signed protocol when the IT "
        "manager is back.",
        "'Automatiskt svar' from per-erik.nystrom@varmlandsbuss.se (Auto-Submitted: auto-replied); protocol signature "
        "and date cells empty.",
        {"customer_acknowledgement": "fail", "activity_detail": "pass", "reused_evidence": "pass"},
    )


KFP = Org(
    "Kiambu Fresh Produce Exporters Ltd",
    "Kiambu Fresh",
    "kiambufresh.co.ke",
    "KE",
    "Kiambu 00900",
    "Kiambu Road, Ndumberi",
    "#229954",
)
KFP_OPS = person(KFP, "Daniel Kamau Gitau", "Head of Operations", "daniel.gitau")


def s505_063_kiambu_fresh_printed_thread_acceptance_inside() -> Bundle:
    cid = "5051063"
    m1 = Mail(
        MV_PM,
        [KFP_OPS],
        "Kiambu Fresh – M365 rollout complete",
        T(2026, 8, 3, 9, 0, 3),
        "Dear Daniel,\n\nWe have completed the rollout:\n- Exchange Online: 84 mailboxes migrated from the local "
        "hosting company (27 July), shared mailboxes for the export desk and the airport cold room\n- Teams: 150 "
        "users including the 3 collection centres and the JKIA pack-house; a team per buyer programme (UK, NL, "
        "Dubai)\n- Period 8 June – 31 July 2026\n\nCould you confirm acceptance?\n\nKind regards,\nWairimu\n\n"
        + g.footer_block(MV_PM),
    )
    m2 = Mail(
        KFP_OPS,
        [MV_PM],
        "RE: Kiambu Fresh – M365 rollout complete",
        T(2026, 8, 4, 14, 10, 3),
        "Dear Wairimu,\n\nThank you. Kiambu Fresh accepts the Exchange Online and Teams rollout as listed – the export "
        "desk has been working from the shared mailbox since the cutover and the collection centres are on Teams.\n\n"
        "Daniel Kamau Gitau\nHead of Operations | Kiambu Fresh Produce Exporters Ltd",
        quoted=m1,
    )
    m3 = Mail(
        MV_PM,
        [KFP_OPS],
        "RE: Kiambu Fresh – M365 rollout complete",
        T(2026, 8, 4, 15, 0, 3),
        "Thank you Daniel. Handover document and admin guide attached as discussed.\n\nWairimu",
        quoted=m2,
    )
    m4 = Mail(
        KFP_OPS,
        [MV_PM],
        "RE: Kiambu Fresh – M365 rollout complete",
        T(2026, 8, 5, 8, 30, 3),
        "Received, thanks.\n\nDaniel",
        quoted=m3,
    )
    printout = printed_mail(m4, MV_PM, f"{cid}|print", browser=True)
    w = g.Word(accent="1E8449")
    w.header(MVULI, "Project status report")
    w.h("Kiambu Fresh – Microsoft 365 rollout – final status report")
    w.table(
        [
            ["Workstream", "Status", "Notes"],
            ["Exchange Online", "Complete", "84 mailboxes, cutover 27 July 2026; MX moved; old host cancelled"],
            ["Teams", "Complete", "150 users; 3 collection centres; JKIA pack-house; buyer-programme teams"],
            ["Training", "Complete", "6 sessions, 71 attendees"],
        ]
    )
    w.p("Risks: none open. Next: monthly service review under the support agreement.")
    status = w.save(meta("Kiambu Fresh final status report", MV_PM.name, T(2026, 8, 3, 8, 0, 3)))
    files = {
        "Mail - Kiambu Fresh M365 rollout complete.pdf": printout,
        "Kiambu_Fresh_final_status_report.docx": status,
    }
    claim = cpor(
        cid,
        MVULI,
        MV_PM,
        KFP,
        KFP_OPS,
        files,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 8, 18, 10, 0, 3),
    )
    return Bundle(
        f"{cid}_kiambu_fresh_acceptance_inside_printed_thread",
        claim,
        files,
        "approve",
        "A thread printed from Outlook on the web: the latest message is only 'Received, thanks', but further down "
        "the quoted history holds the customer's own reply of 4 Aug 2026 from kiambufresh.co.ke: 'Kiambu Fresh "
        "accepts the Exchange Online and Teams rollout as listed', answering the partner's detailed summary (84 "
        "mailboxes, 150 Teams users, dates). A printed e-mail (PDF) is an accepted format; the Word status report "
        "adds the same numbers.",
        "Printed thread, quoted message from daniel.gitau@kiambufresh.co.ke 4 Aug 2026: 'Kiambu Fresh accepts the "
        "Exchange Online and Teams rollout as listed'.",
        g.cpor_ok(email_ack=True),
    )


SBP = Org(
    "Sembawang Bioprocess Pte. Ltd.",
    "Sembawang Bioprocess",
    "sembawangbio.com.sg",
    "SG",
    "Singapore 758046",
    "20 Sembawang Road #05-11",
    "#6c3483",
)
SBP_IT = person(SBP, "Priscilla Wong", "Head of IT & Validation", "priscilla.wong")


def s505_064_sembawang_ecif_papers_only() -> Bundle:
    cid = "5051064"
    html = f"""<h1>ECIF Project Completion Report</h1>
<p class="muted">End Customer Investment Funds – Microsoft funded engagement</p>
{
        kv(
            [
                ("ECIF project ID", "ECIF-APAC-SG-26-00413"),
                ("End customer", escape(SBP.name)),
                ("Partner", escape(TAMARIND.name)),
                ("Microsoft funding", "USD 24,000"),
                ("Project dates", "Q2 FY26"),
            ]
        )
    }
<h2>Activities</h2>{
        ul(
            [
                "Deploy Microsoft Defender for Cloud Apps",
                "Configure Microsoft Entra ID P2",
                "Knowledge transfer",
            ]
        )
    }
<h2>Partner certification</h2>
<p>The partner certifies that the activities above were completed in accordance with the ECIF statement of work.</p>
{
        fields(
            [
                ("Partner signature", "", 40),
                ("Name / title", f"{escape(TC_PM.name)}, {escape(TC_PM.title)}", 14),
                ("Microsoft approver", "PDM, Microsoft Singapore", 14),
            ]
        )
    }"""
    ecif = simple_doc(
        TAMARIND,
        html,
        "ECIF Project Completion Report",
        TC_PM.name,
        T(2026, 6, 30, 10, 0, 8),
        f"{cid}|ecif",
        numbers="",
    )
    ecif = g.stamp_pdf(
        ecif,
        [Ink("Partner signature", "sig", TC_PM.name, dx=150, dy=4, h=30, color=(0, 0, 0))],
        f"{cid}|ecifs",
        meta("ECIF Project Completion Report", TC_PM.name, T(2026, 6, 30, 10, 5, 8)),
    )
    sow = simple_doc(
        TAMARIND,
        f"""<h1>ECIF Statement of Work – summary</h1>
{kv([("ECIF project ID", "ECIF-APAC-SG-26-00413"), ("End customer", escape(SBP.name))])}
<p>Scope: Microsoft Defender for Cloud Apps and Microsoft Entra ID P2 deployment services funded by Microsoft under
ECIF. Deliverables: deployment, configuration, knowledge transfer. Funding: USD 24,000.</p>""",
        "ECIF SOW summary",
        TC_PM.name,
        T(2026, 3, 20, 10, 0, 8),
        f"{cid}|sow",
        numbers="",
    )
    files = {"ECIF_Project_Completion_Report_00413.pdf": ecif, "ECIF_SOW_summary_00413.pdf": sow}
    claim = cpor(
        cid,
        TAMARIND,
        TC_PM,
        SBP,
        SBP_IT,
        files,
        area="Security",
        workloads=["MICROSOFT DEFENDER FOR CLOUD APPS", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        submitted=T(2026, 7, 13, 10, 0, 8),
    )
    return Bundle(
        f"{cid}_sembawang_ecif_papers_without_customer_acknowledgement",
        claim,
        files,
        "action_required",
        "The POE is ECIF paperwork only: a completion report signed by the partner (and meant for a Microsoft "
        "approver) and an SOW summary, both with high-level activities ('Deploy Microsoft Defender for Cloud Apps', "
        "'Configure Microsoft Entra ID P2', 'Knowledge transfer') and no users, apps or dates. The guide says ECIF "
        "documents do not contain customer acknowledgement and must come with a separate customer acknowledgement "
        "and valid workload detail; neither is here.",
        "ECIF Project Completion Report ECIF-APAC-SG-26-00413: partner signature only; activities list of three "
        "bullets.",
        {
            "unacceptable_documents": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "fail",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# one customer, one signed acceptance, two claims split by solution area (not reuse)
# --------------------------------------------------------------------------------------------------------------

KHTE = Org(
    "Kericho Highlands Tea Estates Ltd",
    "Kericho Highlands Tea",
    "kerichohighlands.co.ke",
    "KE",
    "Kericho 20200",
    "Moi Highway, Kapsoit",
    "#196f3d",
)
KHTE_GM = person(KHTE, "Caroline Chepkoech", "General Manager, Finance & ICT", "caroline.chepkoech")


def khte_acceptance() -> bytes:
    def make() -> bytes:
        letter = mvuli_letter(
            KHTE,
            KHTE_GM,
            f"{escape(KHTE.name)} confirms that {escape(MVULI.name)} delivered both workstreams of the Microsoft 365 "
            "project between 2 February and 30 April 2026 and accepts them. Date of acceptance: 6 May 2026.",
            [
                (
                    "Microsoft Teams",
                    "Teams for 4 estates and 2 factories, shift channels for pluckers' supervisors, "
                    "Teams meetings for the auction desk in Mombasa",
                    "520 users",
                ),
                ("SharePoint Online", "Quality and Rainforest Alliance audit library, factory SOP site", "9 sites"),
                (
                    "Microsoft Intune",
                    "Enrolment of office laptops and 60 weighing-station tablets (kiosk)",
                    "210 devices",
                ),
                ("Defender for Endpoint", "Onboarding incl. 5 servers, ASR rules, EDR block mode", "215 devices"),
            ],
            "5051065|letter",
            T(2026, 5, 5, 10, 0, 3),
        )
        return g.scan_pdf(
            letter,
            [Ink("Signature", "sig", KHTE_GM.name, dx=150, dy=4, h=30)],
            "5051065|scan",
            T(2026, 5, 6, 12, 0, 3),
            dpi=150,
            skew=0.4,
        )

    return cached("khte", make)  # type: ignore[no-any-return]


def khte_claim(
    cid: str,
    area: str,
    workloads: list[str],
    title: str,
    rows: list[tuple[str, str, str]],
    submitted: dt.datetime,
    other: str,
) -> Bundle:
    report = simple_doc(
        MVULI,
        f"<h1>{escape(title)}</h1>"
        + kv(
            [
                ("Customer", escape(KHTE.name)),
                ("Period", "2 February – 30 April 2026"),
                ("Sites", "Kapsoit, Chagaik, Momul and Kaproret estates; Kapsoit and Momul factories"),
            ]
        )
        + grid(["Workload", "Delivered", "Numbers"], rows, [22, 56, 22]),
        title,
        MV_PM.name,
        T(2026, 5, 4, 16, 0, 3),
        f"{cid}|rep",
    )
    files = {"KHTE_Acceptance_Letter_signed.pdf": khte_acceptance(), f"{title}.pdf": report}
    claim = cpor(cid, MVULI, MV_PM, KHTE, KHTE_GM, files, area=area, workloads=workloads, submitted=submitted)
    checks = g.cpor_ok()
    checks["reused_evidence"] = ["pass", "warn"]
    return Bundle(
        f"{cid}_kericho_tea_one_acceptance_two_claims",
        claim,
        files,
        "approve",
        f"Mvuli split one Microsoft 365 project into two claims by solution area (this one and {other}) and uploaded "
        "the same signed acceptance letter on both. That is not reuse: the letter is this customer's, names all four "
        "workloads with their own numbers, is signed by the GM Finance & ICT with the acceptance date 6 May 2026, and "
        "each claim has its own workstream report. UNSURE: a queue check that sees the identical file on two claims "
        "may raise a warning a reviewer then clears.",
        "KHTE_Acceptance_Letter_signed.pdf (identical on 5051065 and 5051066): rows for Teams, SharePoint, Intune, "
        "Defender; 'Date of acceptance: 6 May 2026'.",
        checks,
    )


def s505_065_kericho_tea_modern_work() -> Bundle:
    return khte_claim(
        "5051065",
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        "Teams and SharePoint workstream report",
        [
            ("Teams", "Estate and factory teams, shift channels, auction-desk meetings", "520 users"),
            ("SharePoint Online", "Audit library, factory SOPs, retention for auction contracts", "9 sites, 140 GB"),
        ],
        T(2026, 5, 18, 10, 0, 3),
        "5051066",
    )


def s505_066_kericho_tea_security() -> Bundle:
    return khte_claim(
        "5051066",
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        "Intune and Defender workstream report",
        [
            ("Intune", "Autopilot for office laptops, kiosk weighing-station tablets, compliance", "210 devices"),
            ("Defender for Endpoint", "Onboarding incl. 5 servers, ASR and EDR in block mode", "215 devices"),
        ],
        T(2026, 5, 18, 10, 25, 3),
        "5051065",
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
    if not b.name.startswith(b.claim_id + "_") or not b.name.isascii():
        problems.append("bundle name must start with the claim id and be ASCII")
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
    if b.claim_id in RULE_ONLY and (failing or b.decision == "approve"):
        problems.append("listed as rule-only but asserts failing checks or approves")
    for doc in b.claim["documents"]:
        if doc["role"] == "public_sector_disclosure" and b.claim["customer"]["segment"] != "public_sector":
            problems.append("disclosure on a commercial customer")
    if problems:
        raise RuntimeError(f"{b.claim_id}: " + "; ".join(problems))
    g.validate_claim(b.claim)


def build_all() -> list[Bundle]:
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s505_") and callable(fn)]
    bundles = [fn() for fn in builders]
    ids = [b.claim_id for b in bundles]
    if len(set(ids)) != len(ids) or len({b.entry for b in bundles}) != len(bundles):
        raise RuntimeError("claim ids and bundle names must be unique")
    if sorted(int(i) for i in ids) != list(range(FIRST_ID, LAST_ID + 1)):
        raise RuntimeError("claims must be numbered 5051001-5051066 without gaps")
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
    """Make ``out`` an empty directory, refusing to empty one that holds anything but a previous set Q."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = sorted(out.iterdir())
    foreign = [e.name for e in entries if e.name != "expected.json" and not e.name.startswith("50510")]
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
    cli = argparse.ArgumentParser(description="Write held-out test set Q: MCI claim bundles and expected.json.")
    cli.add_argument("out", type=Path, help="output directory (absent, empty, or an earlier set Q)")
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
