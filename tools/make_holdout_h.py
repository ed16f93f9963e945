"""Write held-out test set H for POE Reviewer: MCI claim bundles plus ``expected.json``.

Like set G, every expectation here was written from the MCI claiming guide (June 2025, shared/seed) and the
bundle format (shared/spec/claims-interchange.md) alone: what a careful human reviewer would decide from those
rules, never what the tool does. Claims 4961001-4961999, all submitted in 2026, with partners and customers of
their own. The document machinery (PDF, Word, e-mail, scans, photos, ink, e-signatures, bundles) is set G's,
imported from ``tools/make_holdout_g.py``; this module only adds the scenarios and a few templates.

Four partners use their own report template for several customers (boilerplate the queue must not flag), the
public-sector disclosure wording is shared by several claims, and five pairs share real evidence: a signed page,
a cropped signature, a report's figures, a signed disclosure and one invoice for two claims.

Usage: ``python tools/make_holdout_h.py OUTDIR [--force]``. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import shutil
import sys
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

import pymupdf
from PIL import Image

try:
    from tools import make_holdout_g as g
except ImportError:  # run as a script: python tools/make_holdout_h.py
    import make_holdout_g as g  # type: ignore[no-redef]

Org, Person, Mail, Party, Ink, Bundle = g.Org, g.Person, g.Mail, g.Party, g.Ink, g.Bundle
T, D, person, meta, css, kv, grid, ul, fields = g.T, g.D, g.person, g.meta, g.css, g.kv, g.grid, g.ul, g.fields
NA, PASS_NA = g.NA, g.PASS_NA
FIRST_ID, LAST_ID = 4961001, 4961999


def days(a: dt.date | dt.datetime, b: dt.date | dt.datetime) -> int:
    """Whole days from ``a`` to ``b`` (dates of datetimes in their own offset)."""
    da = a.date() if isinstance(a, dt.datetime) else a
    db = b.date() if isinstance(b, dt.datetime) else b
    return (db - da).days


# --------------------------------------------------------------------------------------------------------------
# the partners of this set
# --------------------------------------------------------------------------------------------------------------

LAKESHORE = Org(
    "Lakeshore Systems Group LLC",
    "Lakeshore Systems",
    "lakeshoresystems.com",
    "US",
    "Milwaukee, WI 53202",
    "777 E Wisconsin Ave, Suite 1400",
    "#0d47a1",
    "EIN 39-2284410",
    "+1 414 555 0176",
)
NORDHAVN = Org(
    "Nordhavn Cloud ApS",
    "Nordhavn Cloud",
    "nordhavncloud.dk",
    "DK",
    "8000 Aarhus C",
    "Åboulevarden 37, 4. sal",
    "#00838f",
    "CVR 41228735",
    "+45 86 55 01 42",
)
SAHYADRI = Org(
    "Sahyadri Infotech Pvt. Ltd.",
    "Sahyadri Infotech",
    "sahyadriinfotech.in",
    "IN",
    "Pune 411045",
    "Pride Icon, Baner Road, 6th Floor",
    "#e65100",
    "CIN U72200PN2012PTC143318 · GSTIN 27AAJCS4471Q1Z8",
    "+91 20 6755 0142",
)
LIFFEY = Org(
    "Liffey Bridge Consulting Ltd",
    "Liffey Bridge",
    "liffeybridge.ie",
    "IE",
    "Dublin 2, D02 XK44",
    "25 Fitzwilliam Place",
    "#2e7d32",
    "CRO 612884 · VAT IE3412884LH",
    "+353 1 555 0148",
)
SENTINEL_ARC = Org(
    "Sentinel Arc Cyber Ltd.",
    "Sentinel Arc",
    "sentinelarc.co.il",
    "IL",
    "Tel Aviv-Yafo 6701101",
    "132 Menachem Begin Rd, 28th floor",
    "#311b92",
    "Company No. 516284471",
    "+972 3 555 0134",
)
ANDES = Org(
    "Andes Nube S.A.C.",
    "Andes Nube",
    "andesnube.pe",
    "PE",
    "San Isidro, Lima 15073",
    "Av. Javier Prado Este 492, Of. 1101",
    "#c62828",
    "RUC 20604418821",
    "+51 1 555 0142",
)
DONAU = Org(
    "Donau BizApps GmbH",
    "Donau BizApps",
    "donau-bizapps.at",
    "AT",
    "1020 Wien",
    "Praterstraße 31",
    "#4527a0",
    "FN 487221 k · UID ATU72284410",
    "+43 1 555 3142",
)
AEGEAN = Org(
    "Aegean Cloud Services S.A.",
    "Aegean Cloud",
    "aegeancloud.gr",
    "GR",
    "151 25 Marousi, Athens",
    "Leoforos Kifisias 44",
    "#0277bd",
    "G.E.MI. 144228401000 · VAT EL801442281",
    "+30 210 555 0142",
)
TAGUS = Org(
    "Tagus Digital, Lda.",
    "Tagus Digital",
    "tagusdigital.pt",
    "PT",
    "1050-094 Lisboa",
    "Avenida da República 50, 7.º",
    "#ad1457",
    "NIPC 514 228 470",
    "+351 21 555 0142",
)
AALTO = Org(
    "Aalto Pilvi Oy",
    "AaltoCloud",
    "aaltopilvi.fi",
    "FI",
    "00180 Helsinki",
    "Itämerenkatu 14",
    "#1565c0",
    "Y-tunnus 3122841-7",
    "+358 9 555 0142",
)
KLANG = Org(
    "Klang Valley Cloud Sdn. Bhd.",
    "Klang Valley Cloud",
    "kvcloud.com.my",
    "MY",
    "50450 Kuala Lumpur",
    "Level 18, Menara Binjai, 2 Jalan Binjai",
    "#00695c",
    "Reg. No. 201801022841 (1284407-K)",
    "+60 3 5555 0142",
)
SCHELDT = Org(
    "Scheldt Digital NV",
    "Scheldt Digital",
    "scheldtdigital.be",
    "BE",
    "2000 Antwerpen",
    "Londenstraat 12",
    "#283593",
    "BTW BE 0712.448.219",
    "+32 3 555 01 42",
)
DUNA = Org(
    "Duna Felhő Kft.",
    "Duna Felhő",
    "dunafelho.hu",
    "HU",
    "1054 Budapest",
    "Szabadság tér 7",
    "#6a1b9a",
    "Cg. 01-09-341228 · Adószám 28412287-2-41",
    "+36 1 555 0142",
)
CARPATI = Org(
    "Carpați Cloud SRL",
    "Carpați Cloud",
    "carpaticloud.ro",
    "RO",
    "400604 Cluj-Napoca",
    "Strada Avram Iancu 18",
    "#2e7d32",
    "CUI RO41228470 · J12/2284/2019",
    "+40 264 555 142",
)
CHAO = Org(
    "Chao Phraya Cloud Co., Ltd.",
    "Chao Phraya Cloud",
    "cpcloud.co.th",
    "TH",
    "Bangkok 10330",
    "989 Rama I Road, 22nd Floor",
    "#00796b",
    "Tax ID 0105561184427",
    "+66 2 555 0142",
)
BAYANIHAN = Org(
    "Bayanihan Cloud Solutions, Inc.",
    "Bayanihan Cloud",
    "bayanihancloud.ph",
    "PH",
    "Taguig City 1634",
    "32nd St. cor. 7th Ave., Bonifacio Global City",
    "#f57f17",
    "SEC Reg. No. CS201812284",
    "+63 2 8555 0142",
)
CASCADE = Org(
    "Cascade Peak Technologies LLC",
    "Cascade Peak",
    "cascadepeak.tech",
    "US",
    "Boise, ID 83702",
    "800 W Main St, Suite 1220",
    "#37474f",
    "EIN 82-2284417",
    "+1 208 555 0142",
)
NAJD = Org(
    "Najd Digital Solutions Co.",
    "Najd Digital",
    "najddigital.sa",
    "SA",
    "Riyadh 12214",
    "King Fahd Road, Olaya Towers B, 14th floor",
    "#1b5e20",
    "CR 1010624418",
    "+966 11 555 0142",
)
NILE = Org(
    "Nile Cloud Systems S.A.E.",
    "Nile Cloud",
    "nilecloud.com.eg",
    "EG",
    "New Cairo 11835",
    "90th Street, Fifth Settlement, Building 44",
    "#bf360c",
    "CR 128447 · Tax ID 512-884-417",
    "+20 2 2555 0142",
)
RIFT = Org(
    "Rift Valley Cloud Ltd",
    "Rift Valley Cloud",
    "riftvalleycloud.co.ke",
    "KE",
    "Nairobi 00100",
    "The Mirage, Tower 2, 9th floor, Westlands",
    "#33691e",
    "PVT-2KUX4471 · PIN P051228447K",
    "+254 20 555 0142",
)
STRAITS = Org(
    "Straits Digital Pte. Ltd.",
    "Straits Digital",
    "straitsdigital.sg",
    "SG",
    "Singapore 018989",
    "8 Marina View, #31-02",
    "#b71c1c",
    "UEN 201928447N",
    "+65 6555 0188",
)
SETO = Org(
    "Seto Cloud Integration K.K.",
    "Seto Cloud",
    "setocloud.co.jp",
    "JP",
    "Okayama 700-0024",
    "1-1-3 Ekimotomachi, Kita-ku",
    "#1a237e",
    "",
    "+81 86 555 0142",
)
ISLA_VERDE = Org(
    "Isla Verde Cloud Services LLC",
    "Isla Verde Cloud",
    "islaverdecloud.com",
    "PR",
    "Carolina, PR 00979",
    "5900 Ave. Isla Verde, Suite 2-404",
    "#00897b",
    "",
    "+1 787 555 0168",
)
ATLAS = Org(
    "Atlas Secure SARL",
    "Atlas Secure",
    "atlassecure.ma",
    "MA",
    "Casablanca 20250",
    "112 Boulevard d'Anfa, 6e étage",
    "#8d6e63",
    "RC Casablanca 412287 · ICE 002284471000058",
    "+212 522 55 01 42",
)

# partner staff
LS_PM = person(LAKESHORE, "Rachel Okonkwo", "Transition Manager", "rokonkwo", "+1 414 555 0176")
LS_VOICE = person(LAKESHORE, "Derek Lindahl", "Unified Communications Architect", "dlindahl")
LS_SEC = person(LAKESHORE, "Monica Reyes", "Security Engagement Lead", "mreyes")
NH_PM = person(NORDHAVN, "Mette Kjær", "Projektleder / Project Manager", "mk")
NH_SEC = person(NORDHAVN, "Rasmus Holm", "Sikkerhedskonsulent / Security Consultant", "rh")
SI_PM = person(SAHYADRI, "Aniket Kulkarni", "Delivery Manager", "aniket.kulkarni")
SI_AM = person(SAHYADRI, "Sneha Deshpande", "Partner Programs Manager", "sneha.deshpande")
LB_PM = person(LIFFEY, "Ciarán Brennan", "Engagement Manager", "ciaran.brennan")
LB_ARCH = person(LIFFEY, "Aoife Gallagher", "Principal Architect, Data & AI", "aoife.gallagher")
SA_SDM = person(SENTINEL_ARC, "Noa Friedman", "SOC Service Delivery Manager", "noa.f")
SA_LEAD = person(SENTINEL_ARC, "Yonatan Levi", "Head of Workshops", "yonatan.l")
AN_PM = person(ANDES, "Lucía Paredes", "Gerente de Proyectos", "lucia.paredes")
AN_BA = person(ANDES, "Jorge Quispe", "Consultor Dynamics 365", "jorge.quispe")
DB_PC = person(DONAU, "Florian Haider", "Senior Consultant Dynamics 365", "f.haider")
AC_PM = person(AEGEAN, "Eleni Papadaki", "Project Manager", "e.papadaki")
AC_ARCH = person(AEGEAN, "Nikos Antoniou", "Cloud Architect", "n.antoniou")
TD_PM = person(TAGUS, "Inês Carvalho", "Gestora de Projeto", "ines.carvalho")
AP_SEC = person(AALTO, "Mikko Virtanen", "Security Consultant", "mikko.virtanen")
AP_PM = person(AALTO, "Laura Heikkinen", "Project Manager", "laura.heikkinen")
KV_PM = person(KLANG, "Farah Aziz", "Project Manager", "farah.aziz")
KV_SEC = person(KLANG, "Lee Chong Wei", "Security Consultant", "chongwei.lee")
SD_PM = person(SCHELDT, "Pieter Claes", "Projectleider / Project Lead", "pieter.claes")
SD_SEC = person(SCHELDT, "Sofie Wouters", "Security Consultant", "sofie.wouters")
DF_PM = person(DUNA, "Nagy Bence", "Projektvezető / Project Manager", "bence.nagy")
CC_PM = person(CARPATI, "Andrei Popescu", "Project Manager", "andrei.popescu")
CC_AM = person(CARPATI, "Ioana Marin", "Account Manager", "ioana.marin")
CP_PM = person(CHAO, "Kittipong Srisuk", "Project Manager", "kittipong.s")
BC_PM = person(BAYANIHAN, "Maria Santos", "Project Manager", "maria.santos")
BC_AM = person(BAYANIHAN, "Jericho dela Cruz", "Account Manager", "jericho.delacruz")
CP_SEC = person(CASCADE, "Tyler Jansen", "Security Practice Lead", "tjansen")
CP_EM = person(CASCADE, "Amanda Ruiz", "Engagement Manager", "aruiz")
ND_PM = person(NAJD, "Faisal Al-Otaibi", "Project Manager", "f.alotaibi")
NC_PM = person(NILE, "Mona Hassan", "Modern Work Lead", "mona.hassan")
RV_PM = person(RIFT, "Wanjiru Kamau", "Project Lead", "wanjiru.kamau")
ST_PM = person(STRAITS, "Ong Jia Hui", "Delivery Manager", "jiahui.ong")
SC_PM = person(SETO, "Takeshi Moriyama", "Project Manager", "t.moriyama")
IV_PM = person(ISLA_VERDE, "Carlos Rivera Méndez", "Cloud Practice Manager", "crivera")
AS_SEC = person(ATLAS, "Youssef Benali", "Consultant Sécurité / Security Consultant", "y.benali")
AS_AM = person(ATLAS, "Salma Idrissi", "Account Manager", "s.idrissi")


def signature_lines(p: Person) -> str:
    """A customer's own e-mail signature (short: customers rarely carry a disclaimer)."""
    return f"{p.name}\n{p.title}\n{p.org.name}"


def sig_page(pdf: bytes, marker: str) -> int:
    return g.page_of(pdf, marker)


# --------------------------------------------------------------------------------------------------------------
# shared templates: four partners' own report formats, each used for several customers
# --------------------------------------------------------------------------------------------------------------

LAKESHORE_METHOD = (
    "Lakeshore moves every service into the customer's operation through the same five gates – <b>Assess</b>, "
    "<b>Build</b>, <b>Pilot</b>, <b>Cutover</b> and <b>Hypercare</b>. This report lists what was transitioned, "
    "the measures agreed at kick-off and their result, the timeline, what the customer's IT team now owns, and the "
    "customer's acceptance of the service."
)
LAKESHORE_FOOTER = "Lakeshore Systems Group LLC · 777 E Wisconsin Ave, Milwaukee WI · Confidential"


def lakeshore_report(
    cust: Org,
    ref: str,
    day: dt.date,
    summary: str,
    services: Sequence[tuple[str, str, str]],
    measures: Sequence[tuple[str, str, str]],
    timeline: Sequence[tuple[str, str, str]],
    handover: Sequence[str],
    seed: str,
    *,
    parties: Sequence[Party] = (),
    accepted_by_mail: str = "",
) -> bytes:
    """Lakeshore Systems Group's Service Transition Report (one template for all its customers)."""
    cover = f"""
<p class="muted" style="margin-top:36pt">SERVICE TRANSITION REPORT</p>
<h1 style="font-size:23pt">{escape(cust.name)}</h1>
<p style="font-size:12pt">{escape(summary.split(".")[0])}</p>
{
        kv(
            [
                ("Report reference", ref),
                ("Issue", "Final"),
                ("Issued", g.fdate(day, "us_long")),
                ("Prepared by", escape(LAKESHORE.name)),
                ("Customer", escape(cust.name)),
            ]
        )
    }
<h2>How we transition services</h2><p>{LAKESHORE_METHOD}</p>
"""
    body = f"""
<h2>1. Summary</h2><p>{summary}</p>
<h2>2. Services transitioned</h2>
{grid(["Workload", "What was built and handed over", "Status"], services, [22, 60, 18])}
<h2>3. Measures agreed at kick-off</h2>
{grid(["Measure", "Target", "Achieved"], measures, [50, 22, 28])}
<h2>4. Timeline</h2>
{grid(["Gate", "Dates", "Activities"], timeline, [14, 26, 60])}
<h2>5. What the customer's IT team now owns</h2>{ul(handover)}
"""
    accept = "<h2>6. Service acceptance</h2>"
    if accepted_by_mail:
        accept += f"<p>{accepted_by_mail}</p>"
    else:
        accept += g.signoff(
            "columns",
            parties,
            heading="",
            statement=f"{escape(cust.name)} accepts the services listed in this report as transitioned into live "
            f"operation by {escape(LAKESHORE.name)}.",
        )
    return g.report_pdf(
        LAKESHORE,
        [cover, body, accept],
        meta(f"{cust.short} – Service Transition Report", LS_PM.name, T(day.year, day.month, day.day, 15, 40, -5)),
        seed,
        right=f"Service Transition Report · {ref}",
        footer=LAKESHORE_FOOTER,
        size=g.LETTER,
    )


NH_LABELS = ("Navn / Name", "Titel / Title", "Underskrift / Signature", "Dato / Date")


def nordhavn_protocol(
    cust: Org,
    ref: str,
    day: dt.date,
    period: str,
    rows: Sequence[tuple[str, str]],
    appendix: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
) -> bytes:
    """Nordhavn Cloud's bilingual delivery protocol: Danish and English side by side, technical appendix,
    signature page."""
    page1 = f"""
<h1>Leveranceprotokol / Delivery Protocol</h1>
{
        kv(
            [
                ("Kunde / Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Leverandør / Supplier", escape(NORDHAVN.name) + ", " + escape(NORDHAVN.address)),
                ("Reference", ref),
                ("Periode / Period", period),
            ]
        )
    }
{grid(["Dansk", "English"], rows, [50, 50])}
"""
    page2 = f"""
<h2>Teknisk bilag / Technical appendix</h2>
{grid(["Område / Area", "Konfiguration / Configuration", "Antal / Volume"], appendix, [22, 58, 20])}
<p><b>Godkendelse:</b> Kunden bekræfter, at ovenstående leverancer er udført af {escape(NORDHAVN.name)} og
godkender dem hermed.<br/><b>Acceptance:</b> The customer confirms that the deliverables above were carried out by
{escape(NORDHAVN.name)} and hereby accepts them.</p>
""" + g.signoff(
        "columns", parties, heading="Underskrifter / Signatures", labels=NH_LABELS, company_label="Firma / Company"
    )
    return g.html_pdf(
        [page1, page2],
        meta(f"Leveranceprotokol {cust.short}", NH_PM.name, T(day.year, day.month, day.day, 9, 30, 1)),
        seed,
        style=css(NORDHAVN.color, size=9),
        decor=g.Decor(
            NORDHAVN,
            right=f"Leveranceprotokol · {ref}",
            footer=escape(NORDHAVN.name + " · " + NORDHAVN.reg),
            accent=NORDHAVN.color,
        ),
    )


SI_LABELS = ("Name", "Designation", "Signature", "Date")


def sahyadri_certificate(
    cust: Org,
    ref: str,
    day: dt.date,
    items: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    note: str = "",
) -> bytes:
    """Sahyadri Infotech's Go-Live Sign-off Certificate (the same form for every customer)."""
    html = f"""
<h1 style="text-align:center">Go-Live Sign-off Certificate</h1>
{
        kv(
            [
                ("Certificate no.", ref),
                ("Customer", escape(cust.name)),
                ("Customer address", escape(cust.address)),
                ("Implementation partner", escape(SAHYADRI.name)),
                ("Go-live date", g.fdate(day, "in")),
            ]
        )
    }
<h2>Scope taken live</h2>
{grid(["Workload", "Delivered", "Users / devices"], items, [22, 56, 22])}
{f"<p>{note}</p>" if note else ""}
<p>The customer certifies that the scope above has been implemented by {escape(SAHYADRI.name)}, tested with its
key users and taken into production use.</p>
""" + g.signoff("stacked", parties, heading="Sign-off", labels=SI_LABELS)
    return g.html_pdf(
        html,
        meta(f"Go-Live Certificate {cust.short}", SI_PM.name, T(day.year, day.month, day.day, 11, 0, 5.5)),
        seed,
        style=css(SAHYADRI.color, size=9),
        decor=g.Decor(SAHYADRI, right=f"Go-Live Sign-off · {ref}", footer=escape(SAHYADRI.reg), accent=SAHYADRI.color),
    )


def sahyadri_inks(parties: Sequence[Party], date_text: str, seal: tuple[str, ...], page: int = 0) -> list[Ink]:
    return [
        *g.sign_inks("stacked", parties[0], 0, date_text, labels=SI_LABELS, page=page),
        Ink("Signature:", "seal", dx=250, dy=-14, h=62, occurrence=0, color=(52, 64, 150), lines=seal, page=page),
        *g.sign_inks("stacked", parties[1], 1, date_text, labels=SI_LABELS, color=g.INK_BLACK, page=page),
    ]


LIFFEY_INTRO = (
    "This closure pack is Liffey Bridge's standard record of a completed engagement: the scope and its status at "
    "closure, the key numbers, the decisions taken by the steering committee, and the customer's sign-off. Items "
    "marked <i>Deferred</i> or <i>Out of scope</i> were not delivered in this engagement."
)


def liffey_closure_pack(
    cust: Org,
    ref: str,
    day: dt.date,
    scope: Sequence[tuple[str, str, str]],
    numbers: Sequence[tuple[str, str]],
    decisions: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
) -> bytes:
    """Liffey Bridge Consulting's Project Closure Pack."""
    page1 = f"""
<h1>Project Closure Pack</h1>
<p style="font-size:12pt">{escape(cust.name)}</p>
{kv([("Reference", ref), ("Date of issue", g.fdate(day, "gb")), ("Engagement manager", escape(LB_PM.name))])}
<p>{LIFFEY_INTRO}</p>
<h2>1. Scope and status at closure</h2>
{grid(["Workload", "Scope", "Status"], scope, [22, 58, 20])}
<h2>2. Key numbers</h2>{grid(["Measure", "Value"], numbers, [60, 40])}
"""
    page2 = f"""
<h2>3. Steering committee decisions</h2>
{grid(["Date", "Decision", "Owner"], decisions, [16, 64, 20])}
""" + g.signoff(
        "lines",
        parties,
        heading="4. Closure sign-off",
        statement=f"Signed for the parties to confirm that the engagement is closed as described in this pack "
        f"(ref. {escape(ref)}).",
    )
    return g.report_pdf(
        LIFFEY,
        [page1, page2],
        meta(f"{cust.short} closure pack", LB_PM.name, T(day.year, day.month, day.day, 16, 30, 0)),
        seed,
        right=f"Project Closure Pack · {ref}",
        footer="Liffey Bridge Consulting Ltd · 25 Fitzwilliam Place, Dublin 2 · Confidential",
    )


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


def psd_pdf(partner: Org, cust: Org, scope: str, amount: str, day: dt.date, seed: str, style: str = "us_long") -> bytes:
    """The standard public-sector disclosure (set G's wording, shared by every public-sector claim)."""
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


def typed_fields(pdf: bytes, entries: Sequence[tuple[str, int, str]], seed: str, dx: float = 150) -> bytes:
    """Type values into a form's empty cells (label, occurrence of the label, text), as e-sign fields do."""
    doc = pymupdf.open("pdf", pdf)
    for label, occurrence, text in entries:
        no, rect = g._locate(doc, Ink(label, "hand", occurrence=occurrence))
        doc[no].insert_text((rect.x0 + dx, rect.y1 - 1.5), text, fontname="helv", fontsize=9.5)
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


_CACHE: dict[str, Any] = {}


# --------------------------------------------------------------------------------------------------------------
# Lakeshore Systems Group: one Service Transition Report template, four customers
# --------------------------------------------------------------------------------------------------------------

BADGER = Org(
    "Badger Mutual Insurance Company",
    "Badger Mutual",
    "badgermutual.com",
    "US",
    "Madison, WI 53703",
    "1 S Pinckney St",
    "#6d4c41",
)
BADGER_VP = person(BADGER, "Gregory Novak", "VP, Infrastructure & Operations", "gnovak")
BADGER_SERVICES = [
    (
        "Teams Phone",
        "Operator Connect numbers for 1,140 users ported from Avaya Aura; 6 auto attendants; 14 call queues "
        "(Claims FNOL, Policy Service, Agency Desk, Billing, Subrogation, IT Service Desk and 8 regional queues); "
        "emergency addresses for 5 sites; compliance recording for the 212 claims contact-center agents",
        "Live",
    ),
    (
        "Teams Rooms",
        "38 rooms: 24 Teams Rooms on Windows (Logitech Rally Bar + Tap) and 14 Teams Rooms on Android (Yealink "
        "MeetingBar A40); Teams Rooms Pro Management; room resource accounts and booking policies",
        "Live",
    ),
]
BADGER_MEASURES = [
    ("Users ported to Teams Phone", "1,100", "1,140"),
    ("Abandonment rate, Claims FNOL queue", "< 6%", "4.1%"),
    ("Teams Rooms healthy in Pro Management", "36", "38"),
    ("Avaya Aura decommissioned", "by 10/31/2025", "10/17/2025"),
]


def badger_report() -> bytes:
    if "badger" not in _CACHE:
        parties = [
            Party("Customer", BADGER.name, BADGER_VP.name, BADGER_VP.title),
            Party("Partner", LAKESHORE.name, LS_PM.name, LS_PM.title),
        ]
        _CACHE["badger"] = lakeshore_report(
            BADGER,
            "LSG-STR-2025-087",
            D(2025, 10, 6),
            "Lakeshore replaced Badger Mutual's Avaya Aura telephony with Microsoft Teams Phone for 1,140 users at the "
            "Madison head office and four regional claims offices, and equipped 38 meeting rooms with Microsoft Teams "
            "Rooms. Cutover completed on 09/26/2025; hypercare runs through 10/24/2025.",
            BADGER_SERVICES,
            BADGER_MEASURES,
            [
                (
                    "Assess",
                    "06/02/2025 – 06/20/2025",
                    "Call-flow inventory (61 hunt groups reduced to 14 queues), room survey of 5 sites",
                ),
                (
                    "Build",
                    "06/23/2025 – 07/25/2025",
                    "Operator Connect, voice policies, auto attendants, room accounts",
                ),
                ("Pilot", "07/28/2025 – 08/15/2025", "IT and Agency Desk (96 users), 6 pilot rooms"),
                ("Cutover", "08/18/2025 – 09/26/2025", "Four waves by site; number porting on weekends"),
                ("Hypercare", "09/29/2025 – 10/24/2025", "Floor support, queue tuning, 7 admin training sessions"),
            ],
            [
                "Badger Mutual's collaboration team owns call-queue membership and auto attendant schedules.",
                "Facilities IT manages room device updates through Teams Rooms Pro Management.",
                "Lakeshore runs a quarterly voice health check under managed services schedule MS-BM-02.",
            ],
            "4961001|report",
            parties=parties,
        )
        _CACHE["badger_parties"] = parties
    return bytes(_CACHE["badger"])


def s496_001_badger_mutual_upside_down_signoff() -> Bundle:
    cid = "4961001"
    report = badger_report()
    parties = _CACHE["badger_parties"]
    page = sig_page(report, "6. Service acceptance")
    inks = [
        *g.sign_inks("columns", parties[0], 0, "10/09/2025", page=page),
        *g.sign_inks("columns", parties[1], 1, "10/09/2025", color=g.INK_BLACK, page=page),
    ]
    signed = g.with_scanned_pages(
        report,
        [page],
        inks,
        f"{cid}|scan",
        T(2025, 10, 9, 16, 20, -5),
        meta("Badger Mutual – Service Transition Report (signed)", LS_PM.name, T(2025, 10, 10, 8, 45, -5)),
        dpi=150,
        skew=0.4,
        rotate=180,
    )
    shot = g.portal_screenshot(
        "Teams admin center | Analytics & reports | Call queue usage",
        [("Call queues", "14"), ("Calls (30 days)", "41,962"), ("Abandoned", "4.1%"), ("Rooms online", "38")],
        [
            ("CQ-Claims-FNOL", "18,204", "3.9%", "00:00:41"),
            ("CQ-Policy-Service", "9,877", "4.4%", "00:00:52"),
            ("CQ-Agency-Desk", "6,130", "2.8%", "00:00:29"),
            ("CQ-Billing", "4,402", "5.1%", "00:01:04"),
            ("CQ-IT-Service-Desk", "3,349", "3.2%", "00:00:36"),
        ],
        ["Call queue", "Calls", "Abandoned", "Avg. wait"],
        f"{cid}|shot",
        tenant="badgermutual.com",
    )
    pdf_name = "POE/Badger Mutual - Service Transition Report LSG-STR-2025-087 (signed).pdf"
    files = {pdf_name: signed, "POE/Call queue usage Oct 2025.png": shot}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=LAKESHORE,
        pc=LS_PM,
        cust=BADGER,
        cc=BADGER_VP,
        workloads=["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        submitted=T(2026, 9, 22, 14, 5, -5),
        docs=[(pdf_name, "poe"), ("POE/Call queue usage Oct 2025.png", "supporting")],
    )
    return Bundle(
        f"{cid}_badger_mutual_upside_down_signoff",
        claim,
        files,
        "approve",
        "US customer and US partner: the hand-written date '10/09/2025' on the acceptance page is month-first, "
        "October 9, 2025 – the same report prints cutover 09/26/2025 and hypercare through 10/24/2025, readable only "
        "month-first – so the signature is 11.5 months before submission on 2026-09-22. Read day-first (10 September "
        "2025) it would be more than 12 months old. The signed page was scanned upside down (180°) and put back into "
        "the digital report; still a physically signed page. Detail: 1,140 Teams Phone users, 14 call queues, 38 Teams "
        "Rooms. Lakeshore's report template is shared with 4961002-4961004 (boilerplate). 4961003 copies this report's "
        "figures for another customer: this claim holds the original (its own customer, signed first, numbers "
        "matching its call-queue screenshot).",
        "Scanned page 'Service acceptance' (rotated 180°): Badger Mutual VP's signature and '10/09/2025'.",
        g.cpor_ok(),
    )


NORTHWOODS = Org(
    "Northwoods County, Wisconsin",
    "Northwoods County",
    "northwoodscountywi.gov",
    "US",
    "Rhinelander, WI 54501",
    "1 Courthouse Square",
    "#1b5e20",
)
NW_IT = person(NORTHWOODS, "Dale Kowalczyk", "IT Director", "dkowalczyk")
NW_ADMIN = person(NORTHWOODS, "Janet Albrecht", "County Administrator", "jalbrecht")


def northwoods_psd() -> bytes:
    """Northwoods County's disclosure, acknowledged by its administrator through DocuSign."""
    if "nw_psd" not in _CACHE:
        psd = psd_pdf(
            LAKESHORE,
            NORTHWOODS,
            "Microsoft Defender for Endpoint and Intune usage – CPOR",
            "the applicable Security usage incentive",
            D(2026, 3, 2),
            "4961002|psd",
        )
        psd = typed_fields(
            psd,
            [("Name", 0, NW_ADMIN.name), ("Title", 0, NW_ADMIN.title), ("Date", 1, "3/4/2026")],
            "4961002|psdf",
        )
        _CACHE["nw_psd"] = g.esign(
            psd,
            NW_ADMIN,
            T(2026, 3, 4, 11, 26, -6),
            "4961002|psdenv",
            sig_anchor="Signature",
            sig_dx=150,
            sig_dy=6,
            vendor="docusign",
            certificate=True,
            sender=LS_SEC,
            ip="216.56.102.18",
        )
    return bytes(_CACHE["nw_psd"])


def s496_002_northwoods_county_with_disclosure() -> Bundle:
    cid = "4961002"
    report = lakeshore_report(
        NORTHWOODS,
        "LSG-STR-2026-009",
        D(2026, 4, 24),
        "Lakeshore brought Northwoods County's 610 Windows devices (courthouse, sheriff's office, highway department "
        "and 3 human-services sites) under Microsoft Intune and onboarded them, with 24 servers, to Microsoft "
        "Defender for Endpoint, replacing an end-of-life antivirus product.",
        [
            (
                "Intune",
                "Autopilot for 140 replacement laptops, enrollment of 470 existing devices, compliance policies "
                "(BitLocker, OS build, Defender status), Windows Update rings, CJIS-scoped device group for 85 "
                "sheriff's office devices",
                "Live",
            ),
            (
                "Defender for Endpoint",
                "Onboarding of 610 devices and 24 servers, ASR rules in block mode, EDR in block mode, automated "
                "investigation, device groups per department, alert routing to the county IT on-call phone",
                "Live",
            ),
        ],
        [
            ("Devices enrolled in Intune", "600", "610"),
            ("Devices + servers onboarded to MDE", "620", "634"),
            ("Compliant devices at cutover", "95%", "97.2%"),
            ("Legacy antivirus removed", "by 04/30/2026", "04/17/2026"),
        ],
        [
            ("Assess", "01/12/2026 – 01/23/2026", "Device inventory, CJIS requirements with the sheriff's IT liaison"),
            ("Build", "01/26/2026 – 02/20/2026", "Intune tenant configuration, MDE onboarding packages, ASR audit"),
            ("Pilot", "02/23/2026 – 03/06/2026", "IT department and highway department (58 devices)"),
            ("Cutover", "03/09/2026 – 04/10/2026", "Courthouse, human services, sheriff's office (after hours)"),
            ("Hypercare", "04/13/2026 – 04/24/2026", "ASR block mode, alert tuning, 4 admin sessions"),
        ],
        [
            "County IT owns Autopilot profiles, compliance policies and the MDE alert queue.",
            "Lakeshore reviews Defender vulnerability reports with county IT every month.",
        ],
        f"{cid}|report",
        accepted_by_mail="Acceptance was given by the County IT Director by e-mail on 04/29/2026 (attached to the "
        "claim).",
    )
    m1 = Mail(
        LS_SEC,
        [NW_IT],
        "Northwoods County – Intune & Defender transition report",
        T(2026, 4, 27, 15, 12, -5),
        "Hi Dale,\n\nAttached is the final service transition report for the Intune and Defender for Endpoint "
        "project. Could you review it and confirm the county's acceptance?\n\nThanks,\nMonica\n\n"
        + g.footer_block(LS_SEC),
        attachments=[("Northwoods County - Service Transition Report LSG-STR-2026-009.pdf", report)],
    )
    m2 = Mail(
        NW_IT,
        [LS_SEC],
        "RE: Northwoods County – Intune & Defender transition report",
        T(2026, 4, 29, 8, 37, -5),
        "Monica,\n\nReviewed with my team. The numbers match our consoles: 610 devices in Intune, 634 devices and "
        "servers in Defender for Endpoint, and the old antivirus has been gone since the 17th. The CJIS device "
        "group for the sheriff's office works as designed.\n\nNorthwoods County accepts the Intune and Defender for "
        "Endpoint services as transitioned by Lakeshore. Thank you for the after-hours work at the sheriff's "
        "office.\n\n" + signature_lines(NW_IT) + "\n1 Courthouse Square, Rhinelander WI",
        quoted=m1,
    )
    files = {
        "Northwoods County - Service Transition Report LSG-STR-2026-009.pdf": report,
        "RE_ Northwoods County – Intune & Defender transition report.msg": g.msg_file(m2),
        "Public Sector Disclosure - Northwoods County (DocuSign).pdf": northwoods_psd(),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=LAKESHORE,
        pc=LS_SEC,
        cust=NORTHWOODS,
        cc=NW_IT,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 5, 19, 10, 40, -5),
        segment="public_sector",
        docs=[
            ("Northwoods County - Service Transition Report LSG-STR-2026-009.pdf", "poe"),
            ("RE_ Northwoods County – Intune & Defender transition report.msg", "poe"),
            ("Public Sector Disclosure - Northwoods County (DocuSign).pdf", "public_sector_disclosure"),
        ],
    )
    return Bundle(
        f"{cid}_northwoods_county_with_disclosure",
        claim,
        files,
        "approve",
        "US county government, Security usage: the written public-sector fee disclosure is acknowledged by the "
        "County Administrator through DocuSign (03/04/2026, certificate of completion attached), and the County IT "
        "Director accepts the transitioned Intune and Defender services by e-mail from northwoodscountywi.gov on "
        "04/29/2026, repeating the numbers (610 devices, 634 in MDE). Report template and disclosure wording are "
        "shared with other claims (boilerplate). The same signed disclosure file reappears on 4961004 for a school "
        "district: this claim holds the original – the disclosure names Northwoods County and is signed by its "
        "administrator.",
        "DocuSign disclosure 'Customer: Northwoods County, Wisconsin' signed by Janet Albrecht; reply from "
        "dkowalczyk@northwoodscountywi.gov: 'Northwoods County accepts the Intune and Defender for Endpoint services'.",
        g.cpor_ok(email_ack=True, ps=True),
    )


def s496_003_fox_river_copied_figures() -> Bundle:
    cid = "4961003"
    cust = Org(
        "Fox River Paper Converters Inc.",
        "Fox River Paper",
        "foxriverpaper.com",
        "US",
        "Appleton, WI 54911",
        "2100 N Ballard Rd",
        "#455a64",
    )
    cc = person(cust, "Brian Schultz", "IT Manager", "bschultz")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", LAKESHORE.name, LS_PM.name, LS_PM.title),
    ]
    report = lakeshore_report(
        cust,
        "LSG-STR-2026-031",
        D(2026, 7, 31),
        "Lakeshore replaced Fox River Paper's Avaya Aura telephony with Microsoft Teams Phone for 1,140 users at the "
        "head office and four regional claims offices, and equipped 38 meeting rooms with Microsoft Teams Rooms. "
        "Cutover completed on 07/17/2026; hypercare runs through 07/31/2026.",
        BADGER_SERVICES,
        [*BADGER_MEASURES[:3], ("Avaya Aura decommissioned", "by 07/31/2026", "07/24/2026")],
        [
            ("Assess", "05/04/2026 – 05/15/2026", "Call-flow inventory, room survey"),
            ("Build", "05/18/2026 – 06/05/2026", "Operator Connect, voice policies, auto attendants, room accounts"),
            ("Pilot", "06/08/2026 – 06/19/2026", "IT and customer service"),
            ("Cutover", "06/22/2026 – 07/17/2026", "Appleton and Neenah plants"),
            ("Hypercare", "07/20/2026 – 07/31/2026", "Floor support and queue tuning"),
        ],
        ["Fox River IT owns call-queue membership and room device updates."],
        f"{cid}|report",
        parties=parties,
    )
    page = sig_page(report, "6. Service acceptance")
    signed = g.with_scanned_pages(
        report,
        [page],
        [
            *g.sign_inks("columns", parties[0], 0, "08/04/2026", page=page),
            *g.sign_inks("columns", parties[1], 1, "08/04/2026", color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2026, 8, 4, 13, 10, -5),
        meta("Fox River – Service Transition Report (signed)", LS_PM.name, T(2026, 8, 5, 9, 0, -5)),
        dpi=150,
        skew=-0.5,
    )
    m = Mail(
        cc,
        [LS_PM],
        "RE: Teams Phone – transition report",
        T(2026, 8, 4, 15, 2, -5),
        "Rachel,\n\nSigned copy attached. All 260 of our people at the Appleton and Neenah plants are on Teams Phone "
        "now, the customer service hunt group works and the 6 conference rooms are fine.\n\nThanks,\n"
        + signature_lines(cc),
    )
    files = {
        "Fox River - Service Transition Report LSG-STR-2026-031 (signed).pdf": signed,
        "RE_ Teams Phone – transition report.eml": g.eml(m),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=LAKESHORE,
        pc=LS_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        submitted=T(2026, 8, 25, 11, 15, -5),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_fox_river_report_copies_other_customer",
        claim,
        files,
        "action_required",
        "The signed transition report for this paper converter carries word for word the services and measures of "
        "claim 4961001's report for Badger Mutual: 1,140 users 'at the head office and four regional claims offices', "
        "queues named Claims FNOL, Agency Desk and Subrogation, 212 claims contact-center agents, 38 rooms. The "
        "customer's own e-mail speaks of 260 people at two plants and 6 conference rooms. 4961001 holds the original "
        "(insurance call queues, its own customer, signed in October 2025); this claim's detail is copied from "
        "another claim and says nothing true about this customer's work, so the partner must provide POE describing "
        "the work actually done here.",
        "Report section 2 lists 'Claims FNOL, Policy Service, Agency Desk… 212 claims contact-center agents'; the "
        "customer e-mail says '260 of our people… 6 conference rooms'.",
        {
            "reused_evidence": "fail",
            "activity_detail": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "ineligible_customer": "pass",
        },
    )


def s496_004_menominee_falls_borrowed_disclosure() -> Bundle:
    cid = "4961004"
    cust = Org(
        "School District of Menominee Falls",
        "Menominee Falls SD",
        "mfsd-wi.org",
        "US",
        "Menominee Falls, WI 54801",
        "400 School Street",
        "#4a148c",
    )
    cc = person(cust, "Karen Vogel", "Director of Technology", "kvogel")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", LAKESHORE.name, LS_PM.name, LS_PM.title),
    ]
    report = lakeshore_report(
        cust,
        "LSG-STR-2026-044",
        D(2026, 6, 12),
        "Lakeshore moved the district's 1,320 staff and student Windows laptops to Microsoft Intune and rolled out "
        "Microsoft Teams for staff and classes in its 6 schools before the summer break.",
        [
            (
                "Intune",
                "Autopilot with shared-device mode for 1,060 student laptops, 260 staff laptops, compliance and "
                "web-filter configuration, testing-browser deployment",
                "Live",
            ),
            (
                "Teams",
                "Staff teams per school and department, 410 class teams synced from the student information system, "
                "meeting policies for students",
                "Live",
            ),
        ],
        [
            ("Laptops enrolled (staff / student)", "250 / 1,000", "260 / 1,060"),
            ("Class teams created", "400", "410"),
            ("Staff using Teams weekly (May)", "75%", "82%"),
        ],
        [
            ("Assess", "02/02/2026 – 02/13/2026", "Device inventory in 6 schools, SIS integration review"),
            ("Build", "02/16/2026 – 03/13/2026", "Autopilot profiles, shared-device policies, Teams naming"),
            ("Pilot", "03/16/2026 – 03/27/2026", "Middle school (210 laptops, 40 class teams)"),
            ("Cutover", "04/06/2026 – 05/29/2026", "Remaining 5 schools, one per week"),
            ("Hypercare", "06/01/2026 – 06/12/2026", "Teacher training (9 sessions), help desk handover"),
        ],
        ["District help desk owns Autopilot group tags and class team archiving."],
        f"{cid}|report",
        parties=parties,
    )
    page = sig_page(report, "6. Service acceptance")
    signed = g.with_scanned_pages(
        report,
        [page],
        [
            *g.sign_inks("columns", parties[0], 0, "06/16/2026", page=page),
            *g.sign_inks("columns", parties[1], 1, "06/16/2026", color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2026, 6, 16, 10, 5, -5),
        meta("MFSD – Service Transition Report (signed)", LS_PM.name, T(2026, 6, 17, 9, 0, -5)),
        dpi=150,
        skew=0.3,
    )
    files = {
        "MFSD Service Transition Report LSG-STR-2026-044 (signed).pdf": signed,
        "Public Sector Disclosure - signed.pdf": northwoods_psd(),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=LAKESHORE,
        pc=LS_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "TEAMS"],
        submitted=T(2026, 7, 14, 9, 50, -5),
        segment="public_sector",
        docs=[
            ("MFSD Service Transition Report LSG-STR-2026-044 (signed).pdf", "poe"),
            ("Public Sector Disclosure - signed.pdf", "public_sector_disclosure"),
        ],
    )
    return Bundle(
        f"{cid}_menominee_falls_disclosure_of_other_county",
        claim,
        files,
        "action_required",
        "US public school district, Modern Work usage: the transition report is detailed and signed by the "
        "district's Director of Technology (06/16/2026), but the uploaded public-sector disclosure is Northwoods "
        "County's – it names Northwoods County as the customer and is acknowledged by the County Administrator. It is "
        "the very file of claim 4961002, which holds the original. The district has not acknowledged any fee "
        "disclosure in writing, so the public-sector requirement is not met.",
        "'Public Sector Disclosure - signed.pdf': 'Customer: Northwoods County, Wisconsin', DocuSign by Janet "
        "Albrecht, County Administrator – identical to 4961002's file.",
        {
            "public_sector": "fail",
            "reused_evidence": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "required_documents": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Nordhavn Cloud: one bilingual delivery protocol, three customers
# --------------------------------------------------------------------------------------------------------------

HERNING = Org(
    "Herning Tekstilvæveri A/S",
    "Herning Tekstil",
    "herning-tekstil.dk",
    "DK",
    "7400 Herning",
    "Fabriksvej 22",
    "#5d4037",
    "CVR 18442871",
)
HERNING_IT = person(HERNING, "Lars Bech", "IT-chef / Head of IT", "lb")


def herning_scan() -> bytes:
    """Herning's delivery protocol, printed, signed on the second page and scanned whole."""
    if "herning" not in _CACHE:
        parties = [
            Party("Kunde / Customer", HERNING.name, HERNING_IT.name, "IT-chef / Head of IT"),
            Party("Leverandør / Supplier", NORDHAVN.name, NH_SEC.name, "Sikkerhedskonsulent"),
        ]
        pdf = nordhavn_protocol(
            HERNING,
            "NH-2025-114",
            D(2025, 10, 31),
            "1. september – 31. oktober 2025 / 1 September – 31 October 2025",
            [
                (
                    "<b>Projekt</b><br/>Udrulning af Microsoft Defender for Endpoint og Defender for Office 365",
                    "<b>Project</b><br/>Rollout of Microsoft Defender for Endpoint and Defender for Office 365",
                ),
                (
                    "<b>Defender for Endpoint</b><br/>Onboarding af 365 klienter og 22 servere via Intune og GPO, "
                    "ASR-regler i blokeringstilstand, EDR i blokeringstilstand, enhedsgrupper for væveri, farveri "
                    "og kontor",
                    "<b>Defender for Endpoint</b><br/>Onboarded 365 clients and 22 servers via Intune and GPO, ASR "
                    "rules in block mode, EDR in block mode, device groups for the weaving mill, dye house and office",
                ),
                (
                    "<b>Defender for Office 365 (Plan 2)</b><br/>Safe Links og Safe Attachments for 410 postkasser, "
                    "anti-phishing med beskyttelse af 9 ledere, to phishing-simuleringer",
                    "<b>Defender for Office 365 (Plan 2)</b><br/>Safe Links and Safe Attachments for 410 mailboxes, "
                    "anti-phishing with impersonation protection for 9 executives, two attack simulations",
                ),
                (
                    "<b>Overdragelse</b><br/>Drejebog v1.1 og to administratorkurser for IT-afdelingen (4 personer)",
                    "<b>Handover</b><br/>Runbook v1.1 and two admin training sessions for the IT team (4 people)",
                ),
            ],
            [
                (
                    "Defender for Endpoint",
                    "Onboarding profile NH-MDE-Win, 16 ASR rules in block mode, tamper protection, automated "
                    "investigation 'Full' for clients",
                    "365 clients, 22 servers",
                ),
                (
                    "Defender for Office 365",
                    "Strict preset for 9 executives, Standard preset for all others, malware quarantine 'AdminOnly'",
                    "410 mailboxes",
                ),
                (
                    "Attack simulation",
                    "Credential harvest (6 Oct) and attachment (27 Oct) campaigns: click rate 17% → 6%",
                    "410 users",
                ),
            ],
            parties,
            "4961005|prot",
        )
        inks = [
            *g.sign_inks("columns", parties[0], 0, "03.11.2025", labels=NH_LABELS, page=1),
            *g.sign_inks("columns", parties[1], 1, "03.11.2025", labels=NH_LABELS, color=g.INK_BLACK, page=1),
            Ink(
                "Dato / Date",
                "stamp",
                lines=("HERNING TEKSTILVÆVERI A/S", "Fabriksvej 22 · 7400 Herning"),
                dx=250,
                dy=26,
                h=40,
                color=(40, 60, 150),
                page=1,
            ),
        ]
        _CACHE["herning"] = g.scan_pdf(
            pdf,
            inks,
            "4961005|scan",
            T(2025, 11, 3, 14, 22, 1),
            dpi=150,
            skew=0.5,
            scanner=1,
            title="Scan_20251103_142210",
        )
    return bytes(_CACHE["herning"])


def s496_005_herning_signed_protocol() -> Bundle:
    cid = "4961005"
    shot = g.portal_screenshot(
        "Defender portal | Assets | Devices",
        [("Onboarded devices", "387"), ("Active", "381"), ("High risk", "0"), ("Exposure score", "Low")],
        [
            ("HT-VAEV-PC014", "Windows 11", "Onboarded", "Væveri"),
            ("HT-FARV-PC003", "Windows 11", "Onboarded", "Farveri"),
            ("HT-SRV-FILE01", "Windows Server 2022", "Onboarded", "Servers"),
            ("HT-KONTOR-LT88", "Windows 11", "Onboarded", "Kontor"),
        ],
        ["Device name", "OS", "Onboarding status", "Device group"],
        f"{cid}|shot",
        tenant="herning-tekstil.dk",
    )
    files = {"Leveranceprotokol_NH-2025-114_underskrevet.pdf": herning_scan(), "MDE_devices_2025-11-03.png": shot}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=NORDHAVN,
        pc=NH_SEC,
        cust=HERNING,
        cc=HERNING_IT,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 10, 14, 13, 30, 2),
        docs=[("Leveranceprotokol_NH-2025-114_underskrevet.pdf", "poe"), ("MDE_devices_2025-11-03.png", "supporting")],
    )
    return Bundle(
        f"{cid}_herning_signed_delivery_protocol",
        claim,
        files,
        "approve",
        "Danish/English delivery protocol with every statement in both languages (365 clients + 22 servers in MDE, 410 "
        "mailboxes in MDO P2, two simulations), scanned whole, signed and stamped by Herning's head of IT on "
        "'03.11.2025' – Danish day-first, 3 November 2025, 11 months before submission on 2026-10-14. Nordhavn's "
        "protocol layout is shared with 4961006/4961007 (boilerplate). Page 2 of this very scan was later uploaded on "
        "4961007 for another customer: this claim holds the original (its own customer named in the signed table).",
        "Scan page 2: customer column 'Herning Tekstilvæveri A/S – Lars Bech', signature, 'Dato 03.11.2025', company "
        "stamp.",
        g.cpor_ok(),
        container="zip",
    )


def s496_006_gudenaa_gymnasium_docusign() -> Bundle:
    cid = "4961006"
    cust = Org(
        "Gudenå Handelsgymnasium",
        "Gudenå HHX",
        "gudenaa-hhx.dk",
        "DK",
        "8600 Silkeborg",
        "Papirfabrikken 18",
        "#0277bd",
    )
    cc = person(cust, "Anne Skovgaard", "IT-koordinator / IT Coordinator", "ask")
    parties = [
        Party("Kunde / Customer", cust.name, cc.name, "IT-koordinator"),
        Party("Leverandør / Supplier", NORDHAVN.name, NH_PM.name, "Projektleder"),
    ]
    pdf = nordhavn_protocol(
        cust,
        "NH-2026-021",
        D(2026, 2, 27),
        "5. januar – 20. februar 2026 / 5 January – 20 February 2026",
        [
            (
                "<b>Exchange Online</b><br/>Migrering af 96 medarbejder- og 640 elevpostkasser fra Exchange 2016, "
                "delte postkasser for studiekontor og administration",
                "<b>Exchange Online</b><br/>Migration of 96 staff and 640 student mailboxes from Exchange 2016, "
                "shared mailboxes for the student office and administration",
            ),
            (
                "<b>Microsoft Teams</b><br/>58 klasseteams oprettet fra studieadministrativt system, teams for 9 "
                "faggrupper, mødepolitikker for elever",
                "<b>Microsoft Teams</b><br/>58 class teams created from the student administration system, teams for "
                "9 subject groups, meeting policies for students",
            ),
            (
                "<b>SharePoint Online</b><br/>Medarbejderintranet og 14 fagsites; flytning af 380 GB fra filserver",
                "<b>SharePoint Online</b><br/>Staff intranet and 14 subject sites; 380 GB moved from the file server",
            ),
        ],
        [
            ("Exchange Online", "Hybrid migration in 3 batches, DKIM/DMARC, retention 5 years for staff", "736"),
            ("Teams", "Class teams via School Data Sync, guest access off for students", "58 + 9 teams"),
            ("SharePoint Online", "Hub site 'Gudenå Intra', permissions per subject group", "15 sites"),
        ],
        parties,
        f"{cid}|prot",
    )
    signed = g.esign(
        pdf,
        cc,
        T(2026, 3, 2, 9, 41, 1),
        f"{cid}|env",
        sig_anchor="Underskrift / Signature",
        sig_dx=104,
        sig_dy=8,
        date_anchor="Dato / Date",
        date_dx=104,
        date_dy=3,
        date_text="02.03.2026",
        vendor="docusign",
        certificate=True,
        sender=NH_PM,
        ip="185.45.20.117",
    )
    files = {"NH-2026-021_Leveranceprotokol_Gudenaa_HHX_DocuSign.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=NORDHAVN,
        pc=NH_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 3, 30, 11, 5, 2),
        segment="public_sector",
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_gudenaa_gymnasium_docusign_protocol",
        claim,
        files,
        "approve",
        "Danish public upper-secondary school (public sector, education): the written fee-disclosure requirement for "
        "CPOR applies to public-sector customers in the US and Puerto Rico only, so none is needed in Denmark. The "
        "bilingual protocol (736 mailboxes, 58 class teams, 15 SharePoint sites) is e-signed through DocuSign by the "
        "school's IT coordinator on 02.03.2026, with envelope ID on every page and a certificate of completion. "
        "Protocol layout shared with Nordhavn's other claims: boilerplate.",
        "DocuSign: signed by ask@gudenaa-hhx.dk 03/02/2026, certificate of completion; customer segment public_sector, "
        "country DK.",
        g.cpor_ok(),
    )


def s496_007_vestkyst_signed_page_of_other_customer() -> Bundle:
    cid = "4961007"
    cust = Org(
        "Vestkyst Havne I/S",
        "Vestkyst Havne",
        "vestkysthavne.dk",
        "DK",
        "6700 Esbjerg",
        "Dokvej 3",
        "#01579b",
    )
    cc = person(cust, "Jens Thygesen", "Driftschef IT / IT Operations Manager", "jt")
    parties = [
        Party("Kunde / Customer", cust.name, cc.name, "Driftschef IT"),
        Party("Leverandør / Supplier", NORDHAVN.name, NH_PM.name, "Projektleder"),
    ]
    protocol = nordhavn_protocol(
        cust,
        "NH-2026-088",
        D(2026, 10, 9),
        "17. august – 2. oktober 2026 / 17 August – 2 October 2026",
        [
            (
                "<b>Microsoft Teams</b><br/>Teams for 240 medarbejdere i Esbjerg, Hvide Sande og Thyborøn; "
                "vagtplan-kanaler for havnefogeder og kranførere",
                "<b>Microsoft Teams</b><br/>Teams for 240 employees in Esbjerg, Hvide Sande and Thyborøn; shift "
                "channels for harbour masters and crane operators",
            ),
            (
                "<b>Exchange Online</b><br/>Migrering af 240 postkasser og 12 delte postkasser fra hostet Exchange",
                "<b>Exchange Online</b><br/>Migration of 240 mailboxes and 12 shared mailboxes from hosted Exchange",
            ),
        ],
        [
            ("Teams", "3 site teams, 11 shift channels, Walkie Talkie on 60 rugged phones", "240 users"),
            ("Exchange Online", "Cutover migration, mail flow via Exchange Online Protection", "252 mailboxes"),
        ],
        parties,
        f"{cid}|prot",
    )
    signed_page = g._fix_id(g.take_pages(herning_scan(), [1]), f"{cid}|page")
    files = {"NH-2026-088_Leveranceprotokol_Vestkyst_Havne.pdf": protocol, "Underskriftsside_signeret.pdf": signed_page}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=NORDHAVN,
        pc=NH_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "EXCHANGE ONLINE"],
        submitted=T(2026, 11, 2, 10, 20, 1),
        docs=[(p, "poe") for p in files],
        comments=[
            ("partner", T(2026, 11, 2, 10, 18, 1), "Protocol attached; signed signature page uploaded separately.")
        ],
    )
    return Bundle(
        f"{cid}_vestkyst_signed_page_of_other_customer",
        claim,
        files,
        "action_required",
        "Vestkyst Havne's own protocol (240 Teams users, 252 mailboxes) has empty signature cells. The 'signed "
        "signature page' uploaded beside it is page 2 of Herning Tekstilvæveri's scanned protocol from claim 4961005: "
        "it carries Herning's Defender appendix, Herning's head of IT, his signature, the Herning company stamp and "
        "03.11.2025. 4961005 holds the original. Nothing from Vestkyst Havne acknowledges this work.",
        "'Underskriftsside_signeret.pdf': signature table naming 'Herning Tekstilvæveri A/S – Lars Bech', identical to "
        "page 2 of 4961005's scan; Vestkyst protocol unsigned.",
        {
            "customer_acknowledgement": "fail",
            "reused_evidence": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Sahyadri Infotech: one Go-Live Sign-off Certificate, CPOR and Partner Activities claims
# --------------------------------------------------------------------------------------------------------------


def s496_008_kkvm_public_sector_cpor_india() -> Bundle:
    cid = "4961008"
    cust = Org(
        "Konkan Krishi Vikas Mahamandal Ltd",
        "KKVM",
        "kkvm.gov.in",
        "IN",
        "Alibag, Raigad 402201",
        "Collector Office Road",
        "#2e7d32",
        "A Government of Maharashtra Undertaking",
    )
    cc = person(cust, "Prakash Jadhav", "Deputy General Manager (IT)", "dgm.it")
    parties = [
        Party("For the Customer", cust.name, cc.name, cc.title),
        Party("For the Partner", SAHYADRI.name, SI_PM.name, SI_PM.title),
    ]
    cert = sahyadri_certificate(
        cust,
        "SI/GL/2026/031",
        D(2026, 8, 14),
        [
            (
                "Microsoft Teams",
                "Teams for staff at the head office and 38 district offices; 42 teams for departments and districts; "
                "Teams meetings for the weekly district review; Marathi and English user guides",
                "1,150 users",
            ),
            (
                "SharePoint Online",
                "Document libraries for 14 schemes (seed distribution, horticulture, irrigation subsidy); migration "
                "of 2.6 lakh scanned pages (640 GB); retention labels per record class",
                "14 sites",
            ),
        ],
        parties,
        f"{cid}|cert",
        note="Teams in use since 20-07-2026; SharePoint libraries for the district offices live since 03-08-2026.",
    )
    scan = g.scan_pdf(
        cert,
        sahyadri_inks(parties, "14-08-2026", ("KKVM", "ALIBAG")),
        f"{cid}|scan",
        T(2026, 8, 14, 16, 5, 5.5),
        dpi=150,
        skew=-0.6,
        scanner=5,
    )
    report = g.report_pdf(
        SAHYADRI,
        f"""
<h1>KKVM – Teams and SharePoint rollout report</h1>
{kv([("Customer", escape(cust.name)), ("Period", "15 June – 14 August 2026"), ("Prepared by", escape(SI_PM.name))])}
<h2>District rollout</h2>
{
            grid(
                ["Wave", "Dates", "Offices", "Users trained"],
                [
                    ("1", "22–26 June", "Head office, Alibag, Pen, Panvel", "210"),
                    ("2", "6–17 July", "Ratnagiri and Sindhudurg districts (14 offices)", "380"),
                    ("3", "20–31 July", "Thane and Palghar districts (12 offices)", "330"),
                    ("4", "3–14 August", "Remaining 9 offices; SharePoint libraries", "230"),
                ],
                [10, 22, 48, 20],
            )
        }
<h2>Adoption (week of 10 August)</h2>
{
            ul(
                [
                    "Weekly active Teams users: 1,012 of 1,150",
                    "Files stored in scheme libraries: 41,800",
                    "Paper files digitised: 2.6 lakh pages",
                ]
            )
        }
""",
        meta("KKVM rollout report", SI_PM.name, T(2026, 8, 17, 10, 0, 5.5)),
        f"{cid}|rep",
        right="Rollout report",
    )
    files = {
        "KKVM_GoLive_Certificate_SI-GL-2026-031_signed.pdf": scan,
        "KKVM_Teams_SharePoint_Rollout_Report.pdf": report,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=SAHYADRI,
        pc=SI_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 9, 3, 12, 0, 5.5),
        segment="public_sector",
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_kkvm_public_sector_cpor_india",
        claim,
        files,
        "approve",
        "A Maharashtra state undertaking (public sector) in India on a CPOR Modern Work usage claim. The guide's "
        "written-disclosure requirement for CPOR covers public-sector customers in the US and Puerto Rico; India is "
        "added only for Partner Activities, so no disclosure is needed here. Sahyadri's go-live certificate (its "
        "standard form, also on 4961009) is signed and sealed by the customer's DGM (IT) on 14-08-2026 and lists 1,150 "
        "Teams users and 14 SharePoint sites; the rollout report adds waves and adoption.",
        "Scanned certificate: KKVM seal, signature, 'Date: 14-08-2026'; segment public_sector, country IN, CPOR.",
        g.cpor_ok(),
    )


def s496_009_deccan_auto_whatsapp_photo() -> Bundle:
    cid = "4961009"
    cust = Org(
        "Deccan Auto Components Ltd",
        "Deccan Auto",
        "deccanauto.co.in",
        "IN",
        "Chakan, Pune 410501",
        "Plot B-14, MIDC Phase II",
        "#263238",
        "CIN L34300PN1996PLC099812",
    )
    cc = person(cust, "Rohan Mehta", "Head – IT", "rohan.mehta")
    parties = [
        Party("For the Customer", cust.name, cc.name, cc.title),
        Party("For the Partner", SAHYADRI.name, SI_PM.name, SI_PM.title),
    ]
    cert = sahyadri_certificate(
        cust,
        "SI/GL/2026/004",
        D(2026, 1, 22),
        [
            (
                "Microsoft Intune",
                "Enrolment of 540 Windows laptops (Autopilot for 120 new ones) and 180 shop-floor Android tablets as "
                "dedicated devices; compliance policies; Windows Update rings",
                "720 devices",
            ),
            (
                "Entra ID Conditional Access",
                "9 policies: MFA for all users, legacy authentication blocked, compliant device required for SAP and "
                "Microsoft 365, supplier portal reachable from India only",
                "860 users",
            ),
        ],
        parties,
        f"{cid}|cert",
    )
    page = g.render(cert, 130, sahyadri_inks(parties, "22-01-2026", ("DECCAN AUTO", "CHAKAN")), f"{cid}|ink")[0]
    page = g.scanify(page, f"{cid}|paper", skew=0.0, gray=False, noise=4, blur=0.3, shadow=False)
    photo = g.phone_photo(
        page.rotate(90, expand=True),
        f"{cid}|photo",
        T(2026, 1, 23, 11, 2, 5.5),
        model=("OnePlus", "CPH2449"),
        portrait=False,
    )
    photo = g.jpeg(Image.open(io.BytesIO(photo)), quality=72)  # WhatsApp recompresses and drops the EXIF data
    policies = [
        ("CA001", "Require MFA – all users", "All users (860)", "On"),
        ("CA002", "Block legacy authentication", "All users", "On"),
        ("CA003", "Compliant device – SAP Fiori", "Plant & office users", "On"),
        ("CA004", "Compliant device – Microsoft 365", "All users", "On"),
        ("CA005", "Supplier portal – India only", "Supplier portal app", "On"),
        ("CA006", "Admins – phishing-resistant MFA", "14 admins", "On"),
        ("CA007", "Shop-floor tablets – device filter", "180 tablets", "On"),
        ("CA008", "Block high sign-in risk", "All users", "Report-only"),
        ("CA009", "Session 8 h – unmanaged browsers", "All users", "On"),
    ]
    export = g.html_pdf(
        f"""<p class="small">Microsoft Entra admin center · Conditional Access · Policies · exported 21-01-2026</p>
<h1>Deccan Auto – Conditional Access policies</h1>
{grid(["ID", "Policy", "Assignment", "State"], policies, [10, 44, 30, 16])}""",
        meta("Conditional Access policies", SI_PM.name, T(2026, 1, 21, 18, 0, 5.5), g.EDGE),
        f"{cid}|ca",
        style=css("#0f6cbd", size=9),
    )
    files = {"WhatsApp Image 2026-01-23 at 11.02.47.jpeg": photo, "Deccan_Auto_CA_policies_export.pdf": export}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=SAHYADRI,
        pc=SI_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "AZURE ACTIVE DIRECTORY PREMIUM CONDITIONAL ACCESS"],
        submitted=T(2026, 2, 10, 15, 30, 5.5),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_deccan_auto_whatsapp_photo",
        claim,
        files,
        "approve",
        "A WhatsApp phone photo, taken sideways and at an angle, of Sahyadri's go-live certificate signed and sealed "
        "by Deccan Auto's Head – IT on 22-01-2026 (Indian day-first; 19 days before submission). A photo of a "
        "wet-ink signed page is a physically signed document, not a flat e-mail image. 720 devices in Intune and 9 "
        "Conditional Access policies for 860 users, backed by the policy export. Certificate form shared with "
        "Sahyadri's other claims (boilerplate).",
        "Photo: certificate SI/GL/2026/004 with 'DECCAN AUTO · CHAKAN' seal, signature, 'Date: 22-01-2026'.",
        g.cpor_ok(),
    )


def s496_010_pmma_frontline_workshop_with_disclosure() -> Bundle:
    cid = "4961010"
    cust = Org(
        "Pune Metropolitan Mobility Authority",
        "PMMA",
        "pmma-pune.gov.in",
        "IN",
        "Shivajinagar, Pune 411005",
        "Transport Bhavan, Wellesley Road",
        "#1565c0",
    )
    cc = person(cust, "Kavita Joshi", "Chief Information Officer", "cio")
    eng = g.engagement("MW-FRONTLINE-WS-VAR", "Enable Frontline Workshop", "standard", "variable", 3150.0)
    consent, submitted = D(2026, 4, 6), T(2026, 6, 22, 11, 0, 5.5)
    report = findings_report(
        SAHYADRI,
        "Enable Frontline Workshop – Findings and Recommendations",
        [
            ("Customer", f"{cust.name} (PMMA) – government transport authority"),
            ("Workshop dates", "28 April and 5 May 2026 (2 × 4 hours)"),
            ("Participants", "16 – depot managers, control room, HR, IT"),
            ("MCI claim", cid),
        ],
        [
            (
                "Frontline today",
                "<p>About 2,400 drivers and conductors work from 13 depots. Duty rosters are printed and pinned at the "
                "depot; swaps are agreed by phone; breakdown reports reach the control room by radio and are typed "
                "into a spreadsheet. Frontline staff have no corporate accounts.</p>",
            ),
            (
                "Scenarios explored",
                ul(
                    [
                        "Teams Shifts for depot rosters and swap requests (demo with the Hadapsar depot roster).",
                        "Walkie Talkie on 300 shared depot phones for breakdown and diversion calls.",
                        "Approvals for leave and duty swaps, replacing the paper register.",
                        "Frontline licences with shared-device sign-in on depot kiosks.",
                    ]
                ),
            ),
            (
                "Recommendations and plan",
                grid(
                    ["Step", "Scope", "When"],
                    [
                        ("Pilot", "Hadapsar and Kothrud depots, 380 staff, Shifts + Walkie Talkie", "July 2026"),
                        ("Rollout", "All 13 depots, 2,400 staff, kiosk sign-in", "Sept – Dec 2026"),
                        ("Integrate", "Roster export from the depot scheduling system", "Q1 2027"),
                    ],
                    [14, 64, 22],
                ),
            ),
        ],
        T(2026, 5, 8, 17, 0, 5.5),
        SI_PM.name,
        f"{cid}|rep",
    )
    psd = g.scan_pdf(
        psd_pdf(SAHYADRI, cust, eng["name"], "USD 3,150", D(2026, 4, 14), f"{cid}|psd", style="gb_long"),
        psd_inks("Kavita Joshi", "Chief Information Officer", "15-04-2026", seal=("PMMA", "PUNE")),
        f"{cid}|psds",
        T(2026, 4, 15, 12, 30, 5.5),
        dpi=150,
        skew=0.5,
    )
    invoice = g.invoice_pdf(
        SAHYADRI,
        "SIPL/26-27/0102",
        D(2026, 6, 18),
        [(f"MCI Engagement Claim ID {cid} – {eng['name']}\nCustomer: {cust.name}", 3150.0)],
        f"{cid}|inv",
        date_style="in",
        bank="ICICI Bank, Baner branch · USD inward remittance",
    )
    files, claim = pa_claim(
        cid,
        SAHYADRI,
        SI_AM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Frontline_Workshop_Findings_PMMA.pdf": report},
        amount=3150.0,
        inv_no="SIPL_26-27_0102",
        inv_day=D(2026, 6, 18),
        activities="Two frontline workshop sessions with Shifts, Walkie Talkie and Approvals demos",
        outcome="Frontline pilot for 2 depots agreed; rollout plan for 13 depots",
        participants="16",
        segment="public_sector",
        extra_docs=[("PSD_PMMA_signed.pdf", psd, "public_sector_disclosure")],
        invoice_pdf_bytes=invoice,
    )
    return Bundle(
        f"{cid}_pmma_frontline_workshop_with_disclosure",
        claim,
        files,
        "approve",
        "Partner Activities claim for an Indian government transport authority: India is one of the three countries "
        "where public-sector Partner Activities claims need a Public Sector Disclosure, and it is there – the "
        "standard wording, signed, sealed and dated 15-04-2026 by PMMA's CIO. Specific findings report, invoice "
        "SIPL/26-27/0102 with the claim ID and USD 3,150 (= proposed payout), both surveys signed, submitted "
        f"{days(consent, submitted)} days after consent (standard: 90). Disclosure wording is shared with other "
        "public-sector claims: boilerplate.",
        "PSD_PMMA_signed.pdf: acknowledgement signed by Kavita Joshi, CIO, PMMA seal, '15-04-2026'.",
        g.pa_ok(ps=True),
        container="zip-folder",
    )


def kssk_invoice() -> bytes:
    """One Sahyadri invoice raised for two claims of the same customer."""
    if "kssk" not in _CACHE:
        _CACHE["kssk"] = g.invoice_pdf(
            SAHYADRI,
            "SIPL/26-27/0211",
            D(2026, 7, 15),
            [
                ("MCI Engagement Claim ID 4961011 – NextGen Windows Workshop\nCustomer: KSSK, Kolhapur", 2400.0),
                (
                    "MCI Engagement Claim ID 4961012 – Rapidly Build Apps-in-a-day Workshop\nCustomer: KSSK, Kolhapur",
                    1850.0,
                ),
            ],
            "4961011|inv",
            date_style="in",
            bank="ICICI Bank, Baner branch · USD inward remittance",
        )
    return bytes(_CACHE["kssk"])


KSSK = Org(
    "Kolhapur Sahakari Sakhar Karkhana Ltd",
    "KSSK",
    "kssk.co.in",
    "IN",
    "Kolhapur 416003",
    "Kasaba Bawada Road",
    "#827717",
)
KSSK_IT = person(KSSK, "Vikram Patil", "IT Manager", "vikram.patil")


def kssk_claim(cid: str, eng: dict[str, Any], area: str, report: bytes, submitted: dt.datetime, **kw: Any) -> Bundle:
    consent = D(2026, 5, 4)
    files, claim = pa_claim(
        cid,
        SAHYADRI,
        SI_AM,
        KSSK,
        KSSK_IT,
        area=area,
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={f"Findings_{cid}_KSSK.pdf": report},
        amount=eng["proposed_payout_usd"],
        inv_no="SIPL_26-27_0211",
        inv_day=D(2026, 7, 15),
        invoice_pdf_bytes=kssk_invoice(),
        **kw,
    )
    other = "4961012" if cid == "4961011" else "4961011"
    return Bundle(
        f"{cid}_kssk_one_invoice_for_two_claims",
        claim,
        files,
        "action_required",
        f"Findings report, surveys and timing ({days(consent, submitted)} days after consent, standard: 90) are fine, "
        f"but the invoice SIPL/26-27/0211 covers two claims – this one and {other} – with a combined total of USD "
        "4,250.00. The guide requires a separate, unique invoice per claim showing that claim's ID and amount; the "
        "same invoice file is on both claims. Neither claim holds an 'original': the invoice was made for both, so "
        "both are flagged.",
        "Invoice SIPL/26-27/0211: lines for claim 4961011 (USD 2,400) and claim 4961012 (USD 1,850), total USD "
        "4,250.00, uploaded on both claims.",
        {
            "invoice": "fail",
            "reused_evidence": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
        },
    )


def s496_011_kssk_windows_workshop_shared_invoice() -> Bundle:
    cid = "4961011"
    report = findings_report(
        SAHYADRI,
        "NextGen Windows Workshop – Findings",
        [
            ("Customer", KSSK.name),
            ("Date", "26 May 2026"),
            ("Participants", "9 – IT, cane office, accounts"),
            ("Claim", cid),
        ],
        [
            (
                "Estate",
                "<p>310 desktops, 64% on Windows 10 (end of support passed), 40 cane-yard weighbridge PCs on "
                "Windows 10 LTSC, images maintained by hand.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Windows 11 Enterprise for the 200 office desktops via Autopilot reset, Sept–Oct 2026.",
                        "Windows 365 Cloud PCs for 25 cane-office staff who work from field stations.",
                        "Keep weighbridge PCs on LTSC until the scale vendor certifies Windows 11.",
                    ]
                ),
            ),
        ],
        T(2026, 5, 27, 16, 0, 5.5),
        SI_PM.name,
        f"{cid}|rep",
    )
    return kssk_claim(
        cid,
        g.engagement("MW-NEXTGEN-WIN-VAR", "NextGen Windows Workshop", "standard", "variable", 2400.0),
        "Modern Work",
        report,
        T(2026, 7, 20, 10, 0, 5.5),
        activities="Windows 11 and Windows 365 workshop with estate review",
        outcome="Windows 11 upgrade plan for 200 desktops, 25 Cloud PCs",
        participants="9",
    )


def s496_012_kssk_apps_in_a_day_shared_invoice() -> Bundle:
    cid = "4961012"
    report = findings_report(
        SAHYADRI,
        "Rapidly Build Apps-in-a-day Workshop – Findings",
        [
            ("Customer", KSSK.name),
            ("Date", "9 June 2026"),
            ("Participants", "12 – cane development, stores, IT"),
            ("Claim", cid),
        ],
        [
            (
                "Apps built during the day",
                ul(
                    [
                        "Cane harvesting permit app (Power Apps canvas, Dataverse) for 48 field officers.",
                        "Stores requisition approval flow (Power Automate) replacing paper indents.",
                    ]
                ),
            ),
            (
                "Next steps",
                "<p>Pilot the permit app in two villages during the October crushing season; Sahyadri to review the "
                "Dataverse model with KSSK IT.</p>",
            ),
        ],
        T(2026, 6, 10, 16, 0, 5.5),
        SI_PM.name,
        f"{cid}|rep",
    )
    return kssk_claim(
        cid,
        g.engagement("BA-APPS-IN-A-DAY-VAR", "Rapidly Build Apps-in-a-day Workshop", "standard", "variable", 1850.0),
        "Business Applications",
        report,
        T(2026, 7, 21, 11, 30, 5.5),
        activities="App-in-a-day workshop: permit app and requisition flow",
        outcome="Two working prototypes, pilot planned for the crushing season",
        participants="12",
    )


# --------------------------------------------------------------------------------------------------------------
# Liffey Bridge Consulting: one Project Closure Pack, three customers
# --------------------------------------------------------------------------------------------------------------


def s496_013_shannon_aero_day_first_date() -> Bundle:
    cid = "4961013"
    cust = Org(
        "Shannon Aerostructures DAC",
        "Shannon Aero",
        "shannonaero.ie",
        "IE",
        "Shannon, Co. Clare V14 EE06",
        "Block 4, Shannon Free Zone",
        "#37474f",
    )
    cc = person(cust, "Niamh O'Sullivan", "IT Operations Manager", "niamh.osullivan")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", LIFFEY.name, LB_PM.name, LB_PM.title),
    ]
    pack = liffey_closure_pack(
        cust,
        "LBC-CP-2025-019",
        D(2025, 10, 31),
        [
            (
                "Microsoft Intune",
                "Autopilot for 180 new engineering laptops; enrolment of 520 existing devices; compliance for the "
                "export-controlled device group (60); Windows Update for Business rings; LAPS",
                "Delivered",
            ),
            (
                "Microsoft 365 Apps",
                "Microsoft 365 Apps for enterprise – Semi-Annual Enterprise Channel for 140 CATIA workstations, "
                "Monthly Enterprise Channel elsewhere; Office 2019 removed; OneDrive Known Folder Move",
                "Delivered",
            ),
            ("Teams Rooms", "Hangar briefing rooms", "Out of scope"),
        ],
        [
            ("Devices enrolled in Intune", "700"),
            ("Compliant devices at closure", "96.4%"),
            ("Users on Microsoft 365 Apps", "760"),
            ("Office 2019 installations remaining", "0"),
        ],
        [
            ("15/09/2025", "Semi-Annual channel approved for CATIA workstations", "IT Operations"),
            ("29/09/2025", "Export-controlled device group goes live after security review", "Security"),
            ("27/10/2025", "Project closed; hypercare ends 31/10/2025", "Steering committee"),
        ],
        parties,
        f"{cid}|pack",
    )
    inks = [
        *g.sign_inks("lines", parties[0], 0, "04/11/2025", page=1),
        *g.sign_inks("lines", parties[1], 1, "04/11/2025", color=g.INK_BLACK, page=1),
    ]
    signed = g.with_scanned_pages(
        pack,
        [1],
        inks,
        f"{cid}|scan",
        T(2025, 11, 4, 15, 40, 0),
        meta("Shannon Aero closure pack (signed)", LB_PM.name, T(2025, 11, 5, 9, 10, 0)),
        dpi=150,
        skew=0.7,
        scanner=6,
    )
    files = {"LBC-CP-2025-019 Shannon Aerostructures Closure Pack - signed.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=LIFFEY,
        pc=LB_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 10, 20, 12, 10, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_shannon_aero_day_first_date",
        claim,
        files,
        "approve",
        "Irish customer and partner: the hand-written '04/11/2025' on the scanned sign-off page is day-first, "
        "4 November 2025 – the pack itself prints 'Date of issue 31/10/2025' and decisions dated 15/09/2025 and "
        "27/10/2025 – so the signature is 11.5 months before submission on 2026-10-20. Read month-first (April 11, "
        "2025) it would be far too old. 700 devices in Intune, 760 users on Microsoft 365 Apps; the Teams Rooms row "
        "is marked out of scope and is not claimed. Closure-pack layout shared with 4961014/4961015 (boilerplate).",
        "Scanned page 2: Niamh O'Sullivan's signature over her name, 'Date: 04/11/2025'.",
        g.cpor_ok(),
    )


def s496_014_connacht_steerco_minutes_approved() -> Bundle:
    cid = "4961014"
    cust = Org(
        "Connacht Farm Supplies Ltd",
        "Connacht Farm Supplies",
        "connachtfarm.ie",
        "IE",
        "Ballinasloe, Co. Galway H53 T2X8",
        "Dunlo Street",
        "#558b2f",
    )
    cc = person(cust, "Seán Flaherty", "Head of IT", "sean.flaherty")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", LIFFEY.name, LB_PM.name, LB_PM.title),
    ]
    pack = liffey_closure_pack(
        cust,
        "LBC-CP-2026-007",
        D(2026, 4, 17),
        [
            (
                "Defender for Identity",
                "Sensors on 6 domain controllers and 2 AD CS servers; honeytoken accounts; 4 lateral-movement paths "
                "remediated",
                "Delivered",
            ),
            (
                "Defender for Cloud Apps",
                "Cloud discovery through Defender for Endpoint; connectors for Microsoft 365 and the web shop "
                "platform; 9 session and activity policies; monthly shadow-IT report",
                "Delivered",
            ),
            ("Purview DLP", "Card-data loss prevention", "Out of scope"),
        ],
        [
            ("Domain controllers with an MDI sensor", "6 of 6"),
            ("Users covered by Cloud Apps policies", "430"),
            ("Unsanctioned apps blocked", "11"),
            ("Open high-severity identity alerts at closure", "0"),
        ],
        [
            ("05/03/2026", "Honeytoken accounts approved by the Head of IT", "Connacht IT"),
            ("02/04/2026", "Block 11 unsanctioned file-sharing and AI apps", "Steering committee"),
            ("16/04/2026", "Close engagement; monthly review under the support contract", "Steering committee"),
        ],
        parties,
        f"{cid}|pack",
    )
    w = g.Word(accent="2E7D32")
    w.header(LIFFEY, "Steering Committee – minutes")
    w.h("Connacht Farm Supplies – Identity & Cloud Apps – Steering Committee #4", 0)
    w.p("Date: 16/04/2026 · Location: Ballinasloe head office and Teams · Chair: Seán Flaherty (Head of IT)")
    w.table(
        [
            ["Attendee", "Organisation", "Role"],
            ["Seán Flaherty", "Connacht Farm Supplies", "Head of IT (chair)"],
            ["Gráinne Kelly", "Connacht Farm Supplies", "Finance Director"],
            ["Ciarán Brennan", "Liffey Bridge", "Engagement Manager"],
            ["Aoife Gallagher", "Liffey Bridge", "Principal Architect"],
        ]
    )
    w.h("Status", 2)
    w.bullets(
        [
            "MDI sensors healthy on all 6 DCs and both AD CS servers; last lateral-movement path closed 09/04/2026.",
            "Cloud Apps: 9 policies enforced for 430 users; 11 apps blocked since 03/04/2026 with no business "
            "complaints.",
            "First monthly shadow-IT report presented to the board on 14/04/2026.",
        ]
    )
    w.h("Decisions", 2)
    w.bullets(["Engagement closed; closure pack LBC-CP-2026-007 to be circulated for approval by e-mail."])
    minutes = w.save(meta("SteerCo 4 minutes", LB_PM.name, T(2026, 4, 16, 17, 20, 1)))
    m1 = Mail(
        LB_PM,
        [cc],
        "Connacht – SteerCo #4 minutes and closure pack",
        T(2026, 4, 17, 16, 45, 1),
        "Hi Seán,\n\nPlease find attached the minutes of Thursday's steering committee and the closure pack. If "
        "you're happy, a reply approving both closes the engagement.\n\nKind regards,\nCiarán\n\n"
        + g.footer_block(LB_PM),
        attachments=[("SteerCo4_minutes.docx", minutes), ("LBC-CP-2026-007.pdf", pack)],
    )
    m2 = Mail(
        cc,
        [LB_PM],
        "RE: Connacht – SteerCo #4 minutes and closure pack",
        T(2026, 4, 20, 9, 14, 1),
        "Ciarán,\n\nMinutes and closure pack approved as circulated – no changes. For the record: Defender for "
        "Identity is running on all six DCs and both CA servers, the Cloud Apps policies cover our 430 users and "
        "the shadow-IT report now goes to the board every month. Connacht Farm Supplies accepts the engagement as "
        "closed.\n\nThanks to you and Aoife.\n\n" + signature_lines(cc),
        quoted=m1,
    )
    files = {
        "RE_ Connacht – SteerCo #4 minutes and closure pack.msg": g.msg_file(m2),
        "SteerCo4_minutes.docx": minutes,
        "LBC-CP-2026-007.pdf": pack,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=LIFFEY,
        pc=LB_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        submitted=T(2026, 5, 12, 10, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_connacht_minutes_approved_by_email",
        claim,
        files,
        "approve",
        "The closure pack's sign-off lines are blank, but the customer's Head of IT approves the steering-committee "
        "minutes and the closure pack by e-mail from connachtfarm.ie on 20 April 2026 and restates the delivered work "
        "(MDI on 6 DCs + 2 CA servers, Cloud Apps for 430 users): an e-mail acknowledgement of the work. The Purview "
        "row is out of scope and not claimed. Liffey's closure-pack layout is boilerplate shared with 4961013/4961015.",
        "Reply from sean.flaherty@connachtfarm.ie, 20 Apr 2026: 'Connacht Farm Supplies accepts the engagement as "
        "closed.'",
        g.cpor_ok(email_ack=True),
        container="zip-folder",
    )


def s496_015_wexford_viva_insights_deferred() -> Bundle:
    cid = "4961015"
    cust = Org(
        "Wexford Harbour Foods Ltd",
        "Wexford Harbour Foods",
        "wexfordharbourfoods.ie",
        "IE",
        "Wexford Y35 F6P2",
        "Trinity Street",
        "#00838f",
    )
    cc = person(cust, "Declan Murphy", "Financial Controller & IT Lead", "declan.murphy")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", LIFFEY.name, LB_PM.name, LB_PM.title),
    ]
    pack = liffey_closure_pack(
        cust,
        "LBC-CP-2026-003",
        D(2026, 3, 6),
        [
            (
                "Microsoft Teams",
                "Teams for 290 staff across the Wexford plant, the Rosslare cold store and 40 delivery drivers; "
                "shift channels; Teams meetings for the weekly production call",
                "Delivered",
            ),
            (
                "SharePoint Online",
                "Quality & HACCP document centre (1,900 controlled documents), intranet with plant news, "
                "retention for audit records",
                "Delivered",
            ),
            (
                "Viva Insights",
                "Manager and leader insights for 40 people leaders",
                "Deferred – Phase 2 (licences not yet assigned, not started)",
            ),
        ],
        [
            ("Staff active in Teams (week 4)", "276 of 290"),
            ("Controlled documents migrated", "1,900"),
            ("Audit findings on document control (BRCGS)", "0"),
        ],
        [
            ("23/01/2026", "Move HACCP documents to SharePoint before the BRCGS audit", "Quality Manager"),
            ("20/02/2026", "Defer Viva Insights to Phase 2 (budget 2027)", "Steering committee"),
            ("05/03/2026", "Close Phase 1", "Steering committee"),
        ],
        parties,
        f"{cid}|pack",
    )
    signed = g.with_scanned_pages(
        pack,
        [1],
        [
            *g.sign_inks("lines", parties[0], 0, "10/03/2026", page=1),
            *g.sign_inks("lines", parties[1], 1, "10/03/2026", color=g.INK_BLACK, page=1),
        ],
        f"{cid}|scan",
        T(2026, 3, 10, 11, 30, 0),
        meta("Wexford Harbour Foods closure pack (signed)", LB_PM.name, T(2026, 3, 11, 9, 0, 0)),
        dpi=150,
        skew=-0.4,
    )
    files = {"Wexford Harbour Foods - Closure Pack LBC-CP-2026-003 (signed).pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=LIFFEY,
        pc=LB_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE", "VIVA INSIGHTS"],
        submitted=T(2026, 4, 8, 14, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_wexford_viva_insights_deferred",
        claim,
        files,
        "action_required",
        "The signed closure pack (10/03/2026, day-first) supports Teams (290 staff) and SharePoint Online (1,900 "
        "controlled documents), but the claim also includes VIVA INSIGHTS, which the pack itself lists as 'Deferred – "
        "Phase 2 (licences not yet assigned, not started)' and the steering committee deferred on 20/02/2026. A "
        "workload named only as deferred is not connected to work performed: remove it or prove work on it.",
        "Scope table row 'Viva Insights … Deferred – Phase 2 (not started)'; decision 20/02/2026 'Defer Viva "
        "Insights'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# managed security services and Business Applications
# --------------------------------------------------------------------------------------------------------------


def s496_016_negev_mss_quarterly_review() -> Bundle:
    cid = "4961016"
    cust = Org(
        "Negev Desalination Works Ltd.",
        "Negev Desalination",
        "negevdesal.co.il",
        "IL",
        "Ashkelon 7810001",
        "2 HaTaasiya St",
        "#006064",
    )
    cc = person(cust, "Yael Ben-David", "Chief Information Security Officer", "yael.bd")
    deck = g.slides_pdf(
        SENTINEL_ARC,
        [
            (
                "Quarterly Service Review – Q1 2026",
                "<p>Negev Desalination Works Ltd. · Managed Detection &amp; Response</p><p>Sentinel Arc Cyber – Noa "
                "Friedman (SDM), Amit Cohen (SOC lead) · 8 April 2026</p>",
            ),
            (
                "Service scope (agreement MDR-NDW-2025)",
                ul(
                    [
                        "24/7 SOC triage, investigation and response in Microsoft Defender XDR and Defender for Cloud",
                        "Management of the Microsoft Sentinel workspace law-ndw-soc: connectors, analytics, playbooks",
                        "Monthly threat hunting and security configuration assessment",
                        "Defender for Endpoint on 1,180 endpoints incl. 140 plant HMI workstations (passive mode)",
                    ]
                ),
            ),
            (
                "Q1 in numbers",
                grid(
                    ["Measure", "Jan", "Feb", "Mar"],
                    [
                        ("Alerts triaged", "842", "771", "805"),
                        ("Incidents raised", "31", "29", "37"),
                        ("Mean time to acknowledge", "8 min", "7 min", "6 min"),
                        ("Mean time to resolve", "2.1 h", "1.9 h", "1.8 h"),
                    ],
                    [40, 20, 20, 20],
                    total=840,
                ),
            ),
            (
                "Sentinel management",
                ul(
                    [
                        "41 data connectors (incl. OT firewall syslog from both plants); 187 analytics rules",
                        "23 rules tuned, 6 custom detections added (chlorine-dosing HMI logons, VPN from new ASNs)",
                        "5 automated playbooks: isolate device, disable user, notify CISO, open ticket, block IP",
                    ]
                ),
            ),
            (
                "Hunting and configuration",
                ul(
                    [
                        "12 hunts – 3 findings: stale service account with SPN, rogue RDP on a contractor laptop, "
                        "OAuth app with mail read rights",
                        "Secure Score 58% → 67%; Defender for Cloud: 31 recommendations remediated",
                    ]
                ),
            ),
        ],
        meta("NDW QSR Q1 2026", SA_SDM.name, T(2026, 4, 8, 18, 0, 3), g.PPT),
        f"{cid}|deck",
        footer="Sentinel Arc Cyber · Quarterly Service Review · Negev Desalination Works",
    )
    m1 = Mail(
        SA_SDM,
        [cc],
        "Q1 2026 service review – slides",
        T(2026, 4, 8, 18, 30, 3),
        "Hi Yael,\n\nThanks for today's review. Slides attached; actions: tune the HMI logon rule after the "
        "plant 2 upgrade, and approve the 'block IP' playbook for automatic runs.\n\nBest,\nNoa\n\n"
        + g.footer_block(SA_SDM),
        attachments=[("NDW_QSR_Q1_2026.pdf", deck)],
    )
    m2 = Mail(
        cc,
        [SA_SDM],
        "RE: Q1 2026 service review – slides",
        T(2026, 4, 9, 9, 5, 3),
        "Noa,\n\nApproved – go ahead with automatic runs for 'block IP'. For the record: Sentinel Arc runs our 24/7 "
        "SOC on Defender XDR and Defender for Cloud, manages our Sentinel workspace and does the monthly hunting "
        "and configuration reviews; the Q1 figures match our own dashboards. We have renewed the MDR agreement "
        "through March 2028.\n\nYael\n\n" + signature_lines(cc),
        quoted=m1,
    )
    files = {"NDW_QSR_Q1_2026.pdf": deck, "RE_ Q1 2026 service review – slides.eml": g.eml(m2)}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=SENTINEL_ARC,
        pc=SA_SDM,
        cust=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 4, 21, 11, 0, 3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_negev_mss_quarterly_review",
        claim,
        files,
        "approve",
        "Managed security services shown by the partner's quarterly service review deck (24/7 SOC triage in Defender "
        "XDR and Defender for Cloud, Sentinel connectors/rules tuned/custom detections/playbooks, 12 hunts, Secure "
        "Score and Defender for Cloud configuration work, MDE on 1,180 endpoints) and confirmed in writing by the "
        "customer's CISO from negevdesal.co.il on 9 April 2026.",
        "Deck slides 'Sentinel management', 'Hunting and configuration'; CISO e-mail: 'Sentinel Arc runs our 24/7 "
        "SOC on Defender XDR and Defender for Cloud'.",
        g.cpor_ok(email_ack=True),
    )


def s496_017_humboldt_presales_sales_and_service() -> Bundle:
    cid = "4961017"
    cust = Org(
        "Pesquera Humboldt S.A.",
        "Pesquera Humboldt",
        "pesquerahumboldt.com.pe",
        "PE",
        "Paita, Piura 20601",
        "Av. Los Pescadores 310",
        "#01579b",
    )
    cc = person(cust, "Rosa Villanueva", "Gerente Comercial / Sales Director", "rvillanueva")
    w = g.Word(accent="C62828")
    w.header(ANDES, "Discovery workshop – minutes")
    w.h("Pesquera Humboldt – Dynamics 365 Sales & Customer Service discovery", 0)
    w.p("Date: 12 February 2026 · Paita plant, meeting room 2 · Andes Nube: Lucía Paredes, Jorge Quispe")
    w.h("Current situation", 2)
    w.bullets(
        [
            "22 export sellers track frozen squid and mahi-mahi deals with importers in 14 countries in Excel.",
            "9 customer-care agents handle quality claims (temperature, weight, labelling) by e-mail; no case history.",
            "Certificates of origin and health certificates are attached to e-mails by hand.",
        ]
    )
    w.h("Agreed demo scenarios", 2)
    w.bullets(
        [
            "Sales: importer accounts, export opportunity pipeline by species and season, price-list approval.",
            "Customer Service: quality-claim cases with SLA by Incoterm, knowledge articles for agents.",
        ]
    )
    w.h("Next steps", 2)
    w.bullets(
        ["Demo 1 (Sales) 4 March; Demo 2 (Customer Service) 11 March; pilot 16–27 March with 6 sellers, 3 agents"]
    )
    minutes = w.save(meta("Discovery minutes Pesquera Humboldt", AN_BA.name, T(2026, 2, 13, 9, 0, -5)))
    deck = g.slides_pdf(
        ANDES,
        [
            (
                "Dynamics 365 Sales & Customer Service – Solution demo",
                "<p>Pesquera Humboldt S.A. · Paita · 4 and 11 March 2026</p><p>Andes Nube S.A.C.</p>",
            ),
            (
                "Export pipeline demo",
                ul(
                    [
                        "Importer accounts (312) loaded from the Excel tracker",
                        "Opportunities by species and season",
                        "Price-list approval by the Sales Director in Teams",
                    ]
                ),
            ),
            (
                "Quality claims demo",
                ul(
                    [
                        "Case per claim with photos and temperature logs",
                        "SLA by Incoterm (FOB 48 h, CIF 72 h)",
                        "Knowledge articles for the 9 agents",
                    ]
                ),
            ),
        ],
        meta("Solution demo Pesquera Humboldt", AN_BA.name, T(2026, 3, 4, 8, 0, -5), g.PPT),
        f"{cid}|deck",
        footer="Andes Nube · Solution demo · Pesquera Humboldt",
    )
    m1 = Mail(
        AN_BA,
        [cc],
        "Pilot Dynamics 365 – cierre / wrap-up",
        T(2026, 3, 26, 18, 10, -5),
        "Hola Rosa,\n\nThe two-week pilot ends tomorrow. Could you share the team's feedback before your licence "
        "decision?\n\nSaludos,\nJorge\n\n" + g.footer_block(AN_BA),
        lang="es",
    )
    m2 = Mail(
        cc,
        [AN_BA],
        "RE: Pilot Dynamics 365 – cierre / wrap-up",
        T(2026, 3, 27, 12, 40, -5),
        "Hola Jorge,\n\nThank you for the two demos and the pilot. Our 6 pilot sellers moved the whole squid season "
        "pipeline into Dynamics 365 Sales and the price-list approval in Teams took hours instead of days; the 3 "
        "customer-care agents closed 41 quality claims as cases with the temperature logs attached. We are going "
        "ahead with Dynamics 365 Sales & Customer Service for all 22 sellers and 9 agents, with Andes Nube as our "
        "partner – licences will be ordered in April.\n\nSaludos,\n" + signature_lines(cc),
        quoted=m1,
        lang="es",
    )
    files = {
        "Minutes_Discovery_2026-02-12.docx": minutes,
        "Demo_D365_Sales_CustomerService.pdf": deck,
        "RE_ Pilot Dynamics 365 – cierre _ wrap-up.msg": g.msg_file(m2),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="pre_sales",
        area="Business Applications",
        partner=ANDES,
        pc=AN_PM,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION", "DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        submitted=T(2026, 5, 26, 10, 0, -5),
        transaction=D(2026, 4, 30),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_humboldt_presales_sales_and_service",
        claim,
        files,
        "approve",
        "Pre-sales claim: discovery minutes (12 Feb 2026), demo deck (4 and 11 March) and the customer's e-mail of "
        "27 March 2026 acknowledging the demos and the pilot in depth all predate the transaction of 30 April 2026. "
        "The customer names the product 'Dynamics 365 Sales & Customer Service' – one coordinated name for the two "
        "claimed workloads, each with its own scenarios (export pipeline; quality-claim cases).",
        "Customer e-mail 2026-03-27 from pesquerahumboldt.com.pe: 'going ahead with Dynamics 365 Sales & Customer "
        "Service … with Andes Nube as our partner'.",
        g.cpor_ok(email_ack=True),
    )


def s496_018_bergkaeserei_presales_declined() -> Bundle:
    cid = "4961018"
    cust = Org(
        "Tiroler Bergkäserei eGen",
        "Tiroler Bergkäserei",
        "tiroler-bergkaese.at",
        "AT",
        "6330 Kufstein",
        "Käsereiweg 4",
        "#f9a825",
    )
    cc = person(cust, "Martina Hofer", "Geschäftsführerin", "m.hofer")
    deck = g.slides_pdf(
        DONAU,
        [
            (
                "Business Central für die Tiroler Bergkäserei",
                "<p>Lösungsvorschlag / Solution proposal · 14 January 2026</p><p>Donau BizApps GmbH – Florian Haider"
                "</p>",
            ),
            (
                "Ausgangslage / Today",
                ul(
                    [
                        "Milk intake from 180 farmers recorded in an Access database",
                        "Cheese batches and ageing in Excel",
                        "Invoicing in an old DOS-based package",
                    ]
                ),
            ),
            (
                "Vorschlag / Proposal",
                ul(
                    [
                        "Business Central Essentials for 14 users",
                        "Milk intake app for 180 suppliers",
                        "Batch and ageing tracking with lot numbers",
                    ]
                ),
            ),
        ],
        meta("BC Lösungsvorschlag Bergkäserei", DB_PC.name, T(2026, 1, 14, 8, 0, 1), g.PPT),
        f"{cid}|deck",
        footer="Donau BizApps · Lösungsvorschlag",
    )
    m1 = Mail(
        DB_PC,
        [cc],
        "Business Central – nächste Schritte / next steps",
        T(2026, 1, 20, 10, 0, 1),
        "Sehr geehrte Frau Hofer,\n\nthank you again for the meeting on 14 January. As promised, our proposal for "
        "Business Central Essentials (14 users) and the milk intake app is attached. Shall we plan a fit-gap "
        "workshop in February?\n\nMit freundlichen Grüßen\nFlorian Haider\n\n" + g.footer_block(DB_PC),
        lang="de",
        attachments=[("BC_Loesungsvorschlag_Bergkaeserei.pdf", deck)],
    )
    m2 = Mail(
        cc,
        [DB_PC],
        "AW: Business Central – nächste Schritte / next steps",
        T(2026, 2, 9, 16, 22, 1),
        "Sehr geehrter Herr Haider,\n\nthank you for the presentation in January. We have decided not to proceed "
        "with Donau BizApps: our board chose to stay with our long-standing ERP partner, who has already ordered "
        "the Business Central licences for us and will do the implementation. Please do not register Donau BizApps "
        "as our Business Central partner.\n\nMit freundlichen Grüßen\n" + signature_lines(cc),
        quoted=m1,
        lang="de",
    )
    files = {"BC_Loesungsvorschlag_Bergkaeserei.pdf": deck, "AW_ Business Central – nächste Schritte.eml": g.eml(m2)}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="pre_sales",
        area="Business Applications",
        partner=DONAU,
        pc=DB_PC,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 BUSINESS CENTRAL ESSENTIALS"],
        submitted=T(2026, 3, 24, 9, 40, 1),
        transaction=D(2026, 3, 2),
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "partner",
                T(2026, 3, 24, 9, 38, 1),
                "Donau BizApps presented Business Central to the customer on 14 January 2026, before the licence "
                "purchase on 2 March 2026.",
            )
        ],
    )
    return Bundle(
        f"{cid}_bergkaeserei_customer_declined_partner",
        claim,
        files,
        "reject",
        "Pre-sales claim whose own evidence defeats it: the only customer e-mail (9 Feb 2026, tiroler-bergkaese.at) "
        "declines Donau BizApps, says the licences were ordered and the implementation is done by another ERP partner, "
        "and asks that Donau not be registered as its partner. A single proposal meeting before the transaction is not "
        "an acknowledged pre-sales engagement when the customer denies the partner's role. UNSURE: a reviewer could "
        "return it as action_required instead, but no further POE can overturn the customer's statement.",
        "Customer reply: 'We have decided not to proceed with Donau BizApps … Please do not register Donau BizApps as "
        "our Business Central partner.'",
        {"customer_acknowledgement": "fail", "customer_domain": "pass", "reused_evidence": "pass"},
    )


def s496_019_kritiki_presales_undated() -> Bundle:
    cid = "4961019"
    cust = Org(
        "Kritiki Elaiourgia S.A.",
        "Kritiki Elaiourgia",
        "kritiki-olive.gr",
        "GR",
        "713 06 Heraklion, Crete",
        "Industrial Area of Heraklion, Block 7",
        "#558b2f",
    )
    cc = person(cust, "Giorgos Markakis", "Commercial Director", "g.markakis")
    deck = g.slides_pdf(
        AEGEAN,
        [
            (
                "Dynamics 365 Sales – Solution Proposal",
                "<p>Kritiki Elaiourgia S.A. · Export sales</p><p>Aegean Cloud Services S.A.</p>",
            ),
            (
                "Your export business",
                ul(
                    [
                        "Extra-virgin olive oil to 23 countries",
                        "18 export sellers and agents",
                        "Distributor orders by e-mail and phone",
                    ]
                ),
            ),
            (
                "Proposal",
                ul(
                    [
                        "Dynamics 365 Sales Professional for 18 users",
                        "Distributor pipeline and quotes",
                        "Outlook and Teams integration",
                    ]
                ),
            ),
        ],
        meta("Solution proposal Kritiki", AC_PM.name, T(2026, 4, 27, 19, 0, 3), g.PPT),
        f"{cid}|deck",
        footer="Aegean Cloud Services · Solution Proposal",
    )
    letter = g.html_pdf(
        f"""
<table><tr><td style="border:none;width:320pt"><h1 style="color:#558b2f">Kritiki Elaiourgia S.A.</h1>
<span class="small">{escape(cust.address)}</span></td><td style="border:none;width:140pt"></td></tr></table>
<h2>Letter of Intent</h2>
<p>Kritiki Elaiourgia S.A. confirms that Aegean Cloud Services S.A. presented Microsoft Dynamics 365 Sales to our
export team and ran two demo sessions with our sellers on distributor pipeline and quotations.</p>
<p>We intend to license Dynamics 365 Sales Professional for 18 users and to work with Aegean Cloud Services on the
implementation.</p>
{fields([("Signature", "", 40), ("Name / Title", escape(cc.name) + ", " + escape(cc.title), 14)])}
""",
        meta("LOI", cc.name, T(2026, 4, 28, 10, 0, 3)),
        f"{cid}|loi",
        style=css("#558b2f"),
    )
    loi = g.scan_pdf(
        letter,
        [Ink("Signature", "sig", cc.name, dx=150, dy=4, h=30)],
        f"{cid}|lois",
        T(2026, 4, 28, 12, 0, 3),
        dpi=150,
        skew=0.6,
    )
    files = {"Kritiki_Solution_Proposal.pdf": deck, "Kritiki_Letter_of_Intent_signed.pdf": loi}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="pre_sales",
        area="Business Applications",
        partner=AEGEAN,
        pc=AC_PM,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 SALES PROFESSIONAL"],
        submitted=T(2026, 5, 6, 12, 0, 3),
        transaction=D(2026, 4, 10),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_kritiki_presales_no_dates",
        claim,
        files,
        "action_required",
        "Pre-sales claim: the signed letter of intent and the proposal deck describe demos and the intended licences, "
        "but neither carries a date anywhere on the page, so nothing shows that the engagement came before the "
        "transaction of 10 April 2026 (the files themselves were created on 27–28 April, after it). Pre-sales POE "
        "must prove engagement before the transaction; with no date at all the check fails.",
        "Letter of Intent: signature, name and title, no date; deck has no date; transaction_date 2026-04-10.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "partner_customer_names": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_020_viru_norte_sales_and_marketing() -> Bundle:
    cid = "4961020"
    cust = Org(
        "Agroexportadora Virú Norte S.A.C.",
        "Virú Norte",
        "virunorte.com.pe",
        "PE",
        "Virú, La Libertad 13201",
        "Carretera Panamericana Norte km 512",
        "#33691e",
    )
    cc = person(cust, "Miguel Ángel Rojas", "Gerente General / General Manager", "marojas")
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, "Gerente General"),
        Party("Socio / Partner", ANDES.name, AN_PM.name, AN_PM.title),
    ]
    html = f"""
<h1>Acta de Puesta en Producción / Go-Live Record</h1>
<p style="font-size:12pt">Dynamics 365 Sales &amp; Marketing</p>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name)),
                ("Socio / Partner", escape(ANDES.name)),
                ("Puesta en producción / Go-live", "6 de julio de 2026 / 6 July 2026"),
            ]
        )
    }
{
        grid(
            ["Módulo / Module", "Alcance / Scope"],
            [
                (
                    "Dynamics 365 Sales",
                    "34 vendedores de exportación; cuentas de 1.200 importadores; embudo por campaña de arándano y "
                    "espárrago / 34 export sellers; 1,200 importer accounts; pipeline by blueberry and asparagus "
                    "campaign",
                ),
                (
                    "Customer Insights – Journeys (Marketing)",
                    "Segmentos por mercado y campañas de correo a importadores (8 recorridos) / Market segments and "
                    "e-mail campaigns to importers (8 journeys)",
                ),
                (
                    "Dynamics 365 Customer Service",
                    "Fuera de alcance – fase 2 en evaluación / Out of scope – phase 2 under evaluation",
                ),
            ],
            [30, 70],
        )
    }
<p>El cliente confirma la puesta en producción de los módulos indicados. / The customer confirms the go-live of the
modules listed.</p>
""" + g.signoff(
        "rows",
        parties,
        heading="Firmas / Signatures",
        labels=("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date"),
    )
    pdf = g.html_pdf(
        html,
        meta("Acta puesta en produccion Viru Norte", AN_PM.name, T(2026, 7, 14, 9, 0, -5)),
        f"{cid}|acta",
        style=css(ANDES.color),
        decor=g.Decor(ANDES, right="Acta de Puesta en Producción", footer=escape(ANDES.name), accent=ANDES.color),
    )
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("rows", parties[0], 0, "16/07/2026"),
            *g.sign_inks("rows", parties[1], 1, "16/07/2026", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 7, 16, 17, 0, -5),
        dpi=150,
        skew=0.5,
    )
    files = {"Acta_Puesta_en_Produccion_Viru_Norte_firmada.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Business Applications",
        partner=ANDES,
        pc=AN_PM,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION", "DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        submitted=T(2026, 8, 18, 16, 0, -5),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_viru_norte_sales_and_marketing_not_service",
        claim,
        files,
        "action_required",
        "The bilingual go-live record, signed by the customer's general manager on 16/07/2026, covers 'Dynamics 365 "
        "Sales & Marketing': Sales for 34 sellers and Customer Insights – Journeys for importer campaigns. The claim "
        "adds DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE, which the record names only as 'Out of scope – phase 2 under "
        "evaluation' – the coordinated name is Sales & Marketing, not Sales & Customer Service. Sales is supported; "
        "Customer Service must be removed or evidenced.",
        "Acta: modules 'Dynamics 365 Sales' and 'Customer Insights – Journeys (Marketing)'; 'Dynamics 365 Customer "
        "Service – Out of scope'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "document_language": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_021_corticas_revenue_bilingual() -> Bundle:
    cid = "4961021"
    cust = Org(
        "Cortiças do Alentejo, S.A.",
        "Cortiças do Alentejo",
        "corticasalentejo.pt",
        "PT",
        "7050-031 Montemor-o-Novo",
        "Zona Industrial da Adua, Lote 12",
        "#795548",
    )
    cc = person(cust, "Rui Fonseca", "Diretor Financeiro / CFO", "rui.fonseca")
    m1 = Mail(
        TD_PM,
        [cc],
        "Business Central – fit-gap e proposta / fit-gap and proposal",
        T(2026, 1, 16, 17, 0, 0),
        "Caro Rui,\n\nSegue o resumo do workshop de fit-gap e a proposta. / Attached are the fit-gap summary and our "
        "proposal: Business Central Premium for 26 users (finance, purchasing, cork-batch production and "
        "warehouse).\n\nCumprimentos,\nInês Carvalho\n\n" + g.footer_block(TD_PM),
        lang="pt",
    )
    m2 = Mail(
        cc,
        [TD_PM],
        "RE: Business Central – fit-gap e proposta / fit-gap and proposal",
        T(2026, 1, 22, 10, 5, 0),
        "Cara Inês,\n\nApós a demonstração e o workshop de fit-gap, a administração aprovou o Business Central com a "
        "Tagus como parceiro. / After your demo and the fit-gap workshop, our board approved Dynamics 365 Business "
        "Central with Tagus as our partner; licences for 26 users to be ordered through you in February.\n\n"
        "Cumprimentos,\n" + signature_lines(cc),
        quoted=m1,
        lang="pt",
    )
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, "Diretor Financeiro / CFO"),
        Party("Parceiro / Partner", TAGUS.name, TD_PM.name, TD_PM.title),
    ]
    html = f"""
<h1>Auto de Arranque / Go-Live Record</h1>
<p style="font-size:12pt">Microsoft Dynamics 365 Business Central</p>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name)),
                ("Parceiro / Partner", escape(TAGUS.name)),
                ("Arranque / Go-live", "01/06/2026"),
            ]
        )
    }
{
        grid(
            ["Área / Area", "Âmbito / Scope"],
            [
                ("Finanças / Finance", "Contabilidade, tesouraria, SAF-T PT / Accounting, treasury, SAF-T PT; 8 users"),
                (
                    "Compras / Purchasing",
                    "Compra de cortiça a 64 produtores / Cork purchasing from 64 growers; 5 users",
                ),
                (
                    "Produção / Production",
                    "Lotes de rolhas com rastreabilidade / Stopper batches with traceability; 9 users",
                ),
                ("Armazém / Warehouse", "2 armazéns, expedição / 2 warehouses, shipping; 4 users"),
            ],
            [28, 72],
        )
    }
<p>O cliente confirma o arranque em produção em 01/06/2026. / The customer confirms go-live on 1 June 2026.</p>
""" + g.signoff(
        "columns",
        parties,
        heading="Assinaturas / Signatures",
        labels=("Nome / Name", "Cargo / Title", "Assinatura / Signature", "Data / Date"),
        company_label="Empresa / Company",
    )
    pdf = g.html_pdf(
        html,
        meta("Auto de Arranque Corticas", TD_PM.name, T(2026, 6, 29, 10, 0, 1)),
        f"{cid}|auto",
        style=css(TAGUS.color),
        decor=g.Decor(
            TAGUS, right="Auto de Arranque", footer=escape(TAGUS.name + " · " + TAGUS.reg), accent=TAGUS.color
        ),
    )
    labels = ("Nome / Name", "Cargo / Title", "Assinatura / Signature", "Data / Date")
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("columns", parties[0], 0, "30/06/2026", labels=labels),
            *g.sign_inks("columns", parties[1], 1, "30/06/2026", labels=labels, color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 6, 30, 15, 0, 1),
        dpi=200,
        skew=0.3,
        gray=False,
    )
    files = {"RE_ Business Central – fit-gap e proposta.msg": g.msg_file(m2), "Auto_de_Arranque_assinado.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="revenue",
        area="Business Applications",
        partner=TAGUS,
        pc=TD_PM,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 BUSINESS CENTRAL PREMIUM"],
        submitted=T(2026, 7, 15, 11, 0, 1),
        opt_out=True,
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_corticas_revenue_bilingual",
        claim,
        files,
        "approve",
        "Business Applications revenue recognition (incentive opt-out). The customer's bilingual e-mail of 22 Jan 2026 "
        "from corticasalentejo.pt records that Tagus's demo and fit-gap workshop led to the Business Central decision "
        "before the licences were ordered, and the bilingual go-live record (every line also in English; 26 users over "
        "finance, purchasing, production and warehouse) is signed by the CFO on 30/06/2026.",
        "E-mail 2026-01-22: 'After your demo and the fit-gap workshop, our board approved … Business Central with "
        "Tagus "
        "as our partner'; signed go-live record.",
        g.cpor_ok(email_ack=True),
        container="zip",
    )


def s496_022_conservas_portuguese_only() -> Bundle:
    cid = "4961022"
    cust = Org(
        "Conservas do Atlântico, S.A.",
        "Conservas do Atlântico",
        "conservasatlantico.pt",
        "PT",
        "4450-718 Matosinhos",
        "Rua Roberto Ivens 1100",
        "#0d47a1",
    )
    cc = person(cust, "Helena Moreira", "Diretora de Sistemas de Informação", "helena.moreira")
    parties = [
        Party("Cliente", cust.name, cc.name, "Diretora de SI"),
        Party("Fornecedor", TAGUS.name, TD_PM.name, TD_PM.title),
    ]
    html = f"""
<h1>Auto de Aceitação</h1>
<p style="font-size:12pt">Migração para o Microsoft 365 – Exchange Online e Microsoft Teams</p>
{
        kv(
            [
                ("Cliente", escape(cust.name)),
                ("Fornecedor", escape(TAGUS.name)),
                ("Período", "9 de março a 30 de abril de 2026"),
            ]
        )
    }
<h2>Trabalhos realizados</h2>
{
        ul(
            [
                "Migração de 215 caixas de correio e 18 caixas partilhadas do servidor Exchange 2013 para o Exchange "
                "Online, em três lotes.",
                "Implementação do Microsoft Teams para 215 colaboradores das fábricas de Matosinhos e Peniche, com "
                "canais por turno e reuniões semanais de produção.",
                "Formação de 12 dinamizadores e 2 sessões para a equipa de informática.",
            ]
        )
    }
<p>O cliente declara aceitar os trabalhos acima descritos, executados pela Tagus Digital, Lda.</p>
""" + g.signoff("rows", parties, heading="Assinaturas", labels=("Nome", "Cargo", "Assinatura", "Data"))
    pdf = g.html_pdf(
        html,
        meta("Auto de Aceitacao", TD_PM.name, T(2026, 5, 11, 10, 0, 1)),
        f"{cid}|auto",
        style=css(TAGUS.color),
        decor=g.Decor(TAGUS, right="Auto de Aceitação", footer=escape(TAGUS.name), accent=TAGUS.color),
    )
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("rows", parties[0], 0, "12/05/2026"),
            *g.sign_inks("rows", parties[1], 1, "12/05/2026", color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 5, 12, 16, 0, 1),
        dpi=150,
        skew=-0.7,
    )
    w = g.Word(accent="AD1457")
    w.header(TAGUS, "Relatório de projeto")
    w.h("Conservas do Atlântico – Relatório final do projeto Microsoft 365", 0)
    w.h("Resumo", 1)
    w.p(
        "A Tagus Digital migrou o correio eletrónico da Conservas do Atlântico para o Exchange Online e implementou o "
        "Microsoft Teams nas duas fábricas. Todos os 215 utilizadores usam o Teams diariamente desde abril."
    )
    w.table(
        [
            ["Área", "Trabalho", "Volume"],
            ["Exchange Online", "Migração em 3 lotes, DKIM/DMARC, retenção de 7 anos", "215 + 18 caixas"],
            ["Microsoft Teams", "Equipas por fábrica e turno, reuniões de produção", "215 utilizadores"],
        ]
    )
    relatorio = w.save(meta("Relatorio final M365", TD_PM.name, T(2026, 5, 4, 17, 0, 1)))
    files = {"Auto_de_Aceitacao_Conservas_Atlantico.pdf": scan, "Relatorio_Final_Projeto_M365.docx": relatorio}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=TAGUS,
        pc=TD_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 6, 1, 10, 30, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_conservas_portuguese_only",
        claim,
        files,
        "action_required",
        "The signed acceptance (Auto de Aceitação, 12/05/2026) and the project report are entirely in Portuguese, with "
        "no English version or translation: POE review is done on English documents, so the partner must upload an "
        "English version. The content itself would otherwise support Exchange Online (215 + 18 mailboxes) and Teams "
        "(215 users).",
        "Both documents Portuguese only ('O cliente declara aceitar os trabalhos…').",
        {
            "document_language": "fail",
            "acknowledgement_date": "pass",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# digital signatures, e-signatures and the ways customers (do not) acknowledge
# --------------------------------------------------------------------------------------------------------------


def s496_023_salzach_business_central_pades() -> Bundle:
    cid = "4961023"
    cust = Org(
        "Salzach Holzbau GmbH",
        "Salzach Holzbau",
        "salzach-holzbau.at",
        "AT",
        "5400 Hallein",
        "Salinenstraße 40",
        "#6d4c41",
        "FN 214887 t",
    )
    cc = person(cust, "Ing. Thomas Eder", "Geschäftsführer / Managing Director", "t.eder")
    html = f"""
<h1>Abnahmeprotokoll / Acceptance Record</h1>
<p style="font-size:12pt">Dynamics 365 Business Central &amp; Power Automate</p>
{
        kv(
            [
                ("Kunde / Customer", escape(cust.name) + ", " + escape(cust.address) + " (" + escape(cust.reg) + ")"),
                ("Partner", escape(DONAU.name) + ", " + escape(DONAU.address)),
                ("Auftrag / Order", "DB-2026-019 vom / of 12.01.2026"),
                ("Produktivstart / Go-live", "04.05.2026"),
            ]
        )
    }
{
        grid(
            ["Bereich / Area", "Leistung / Delivered", "Benutzer / Users"],
            [
                (
                    "Business Central",
                    "Finanzbuchhaltung, Einkauf, Lager (Holzlager Hallein und Kuchl), Projektabrechnung für "
                    "Holzbauprojekte / Finance, purchasing, warehouse (timber yards Hallein and Kuchl), project "
                    "accounting for timber-construction jobs",
                    "38",
                ),
                (
                    "Power Automate",
                    "7 Flows: Bestellfreigabe, Kranplanung, Lieferschein-Upload aus der Baustellen-App / 7 flows: "
                    "purchase approval, crane scheduling, delivery-note upload from the site app",
                    "22",
                ),
            ],
            [20, 62, 18],
        )
    }
<p>Der Kunde bestätigt den Produktivbetrieb seit 04.05.2026 und nimmt die Leistungen ab. / The customer confirms
productive operation since 4 May 2026 and accepts the services.</p>
<p style="margin-top:8pt">Für den Kunden / For the customer:</p>
"""
    pdf = g.html_pdf(
        html,
        meta("Abnahmeprotokoll Salzach Holzbau", DB_PC.name, T(2026, 6, 17, 9, 0, 2)),
        f"{cid}|doc",
        style=css(DONAU.color),
        decor=g.Decor(
            DONAU,
            right="Abnahmeprotokoll DB-2026-019",
            footer=escape(DONAU.name + " · " + DONAU.reg),
            accent=DONAU.color,
        ),
    )
    signed = g.digisign(
        pdf,
        cc,
        T(2026, 6, 19, 10, 12, 2),
        f"{cid}|sig",
        ca_name="AT-Sign Qualified CA 2024",
        anchor="Für den Kunden / For the customer:",
        dy=18,
        reason="Abnahme / Acceptance",
    )
    files = {"Abnahmeprotokoll_DB-2026-019_signiert.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Business Applications",
        partner=DONAU,
        pc=DB_PC,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 BUSINESS CENTRAL PREMIUM", "POWER AUTOMATE PER USER PLAN"],
        submitted=T(2026, 7, 7, 14, 45, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_salzach_business_central_digitally_signed",
        claim,
        files,
        "approve",
        "German/English acceptance record with every statement in both languages: Business Central for 38 users "
        "(finance, purchasing, two timber yards, project accounting) and 7 Power Automate flows for 22 users, go-live "
        "04.05.2026. Signed with a PAdES digital signature by the customer's managing director on 2026-06-19; the "
        "signature validates and covers the whole file – a verifiable electronic signature.",
        "Digital signature 'Ing. Thomas Eder', signing time 2026-06-19, document unchanged since signing.",
        g.cpor_ok(),
    )


def s496_024_saimaa_signed_pdf_altered() -> Bundle:
    cid = "4961024"
    cust = Org(
        "Saimaa Sahat Oy",
        "Saimaa Sahat",
        "saimaasahat.fi",
        "FI",
        "57230 Savonlinna",
        "Sahantie 4",
        "#2e7d32",
        "Y-tunnus 0184427-1",
    )
    cc = person(cust, "Jukka Mäkinen", "IT-päällikkö / IT Manager", "jukka.makinen")
    html = f"""
<h1>Hyväksyntäpöytäkirja / Acceptance Record</h1>
<p style="font-size:12pt">Microsoft Defender for Endpoint &amp; Defender for Office 365</p>
{
        kv(
            [
                ("Asiakas / Customer", escape(cust.name) + " (" + escape(cust.reg) + ")"),
                ("Toimittaja / Supplier", escape(AALTO.name)),
                ("Projekti / Project", "AP-2025-031"),
            ]
        )
    }
{
        grid(
            ["Työkuorma / Workload", "Toimitettu / Delivered", "Määrä / Volume"],
            [
                (
                    "Defender for Endpoint",
                    "Käyttöönotto Intunen kautta, ASR-säännöt, EDR estotilassa / Onboarding through Intune, ASR "
                    "rules, EDR in block mode; device groups for the Savonlinna and Kerimäki mills",
                    "212 devices, 9 servers",
                ),
                (
                    "Defender for Office 365",
                    "Safe Links, Safe Attachments, anti-phishing / Safe Links, Safe Attachments, anti-phishing",
                    "240 mailboxes",
                ),
            ],
            [24, 56, 20],
        )
    }
<p>Asiakas hyväksyy yllä kuvatut työt. / The customer accepts the work described above.</p>
{fields([("Asiakkaan allekirjoitus / Signed for the customer", "", 50), ("Päivämäärä / Date", "", 18)], key_w=190)}
"""
    pdf = g.html_pdf(
        html,
        meta("Hyvaksyntapoytakirja Saimaa Sahat", AP_SEC.name, T(2025, 5, 9, 10, 0, 3)),
        f"{cid}|doc",
        style=css(AALTO.color),
        decor=g.Decor(AALTO, right="Hyväksyntäpöytäkirja AP-2025-031", footer=escape(AALTO.name), accent=AALTO.color),
    )
    doc = pymupdf.open("pdf", pdf)
    spot = doc[0].search_for("Päivämäärä / Date")[0]
    doc[0].insert_text((spot.x0 + 200, spot.y1 - 1.5), "12.05.2025", fontname="helv", fontsize=10)
    typed = g._fix_id(doc.tobytes(garbage=3, deflate=False), f"{cid}|typed")
    doc.close()
    signed = g.digisign(
        typed,
        cc,
        T(2025, 5, 12, 13, 41, 3),
        f"{cid}|sig",
        ca_name="Suomi eSign Qualified CA 2024",
        anchor="Asiakkaan allekirjoitus / Signed for the customer",
        dx=200,
        dy=0,
        reason="Hyväksytty / Accepted",
    )
    old, new = b"12.05.2025".hex().encode(), b"12.05.2026".hex().encode()
    if signed.count(old) != 1:
        raise RuntimeError(f"{cid}: typed date not found exactly once in the signed file")
    altered = signed.replace(old, new)
    files = {"Hyvaksyntapoytakirja_AP-2025-031_allekirjoitettu.pdf": altered}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=AALTO,
        pc=AP_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 6, 2, 9, 15, 3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_saimaa_signed_pdf_altered_after_signing",
        claim,
        files,
        "action_required",
        "The Finnish/English acceptance record carries a digital signature of the customer's IT manager, but the "
        "signature no longer validates: the file was changed after signing – the typed date now reads '12.05.2026' "
        "while the signature itself was made on 2025-05-12 (its visible stamp says so), more than 12 months before "
        "submission on 2026-06-02. A signature that does not verify is not a valid acknowledgement, and the real "
        "acknowledgement date is too old. The partner must provide a valid, recent acknowledgement. UNSURE: a "
        "reviewer who reads the altered date as tampering could reject the claim outright.",
        "Signature panel: 'Jukka Mäkinen', signed 2025-05-12, document modified after signing (hash mismatch); page "
        "date '12.05.2026'.",
        {
            "customer_acknowledgement": "fail",
            "acknowledgement_date": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_025_ipoh_bottling_outsourced_it_signs() -> Bundle:
    cid = "4961025"
    cust = Org(
        "Ipoh Bottling Co. Sdn. Bhd.",
        "Ipoh Bottling",
        "ipohbottling.com.my",
        "MY",
        "31200 Chemor, Perak",
        "Lot 22, Kawasan Perindustrian Chemor",
        "#0277bd",
    )
    cc = person(cust, "Ahmad Faizal Rahman", "Operations Director", "faizal.rahman")
    msp = Org(
        "Nusantara Managed IT Sdn. Bhd.",
        "Nusantara Managed IT",
        "nusantaramit.com.my",
        "MY",
        "Ipoh, Perak",
        "Jalan Sultan Idris Shah 58",
    )
    msp_sdm = person(msp, "Tan Boon Keat", "Service Delivery Manager", "boonkeat.tan")
    html = f"""
<h1>User Acceptance &amp; Handover Form</h1>
{
        kv(
            [
                ("Customer", escape(cust.name)),
                ("Project", "KVC-2026-017 Intune & Defender for Endpoint"),
                ("Partner", escape(KLANG.name)),
            ]
        )
    }
{
        grid(
            ["Workload", "Delivered", "Volume"],
            [
                (
                    "Microsoft Intune",
                    "Autopilot and enrolment of office laptops; 60 line-side Android tablets as dedicated devices; "
                    "compliance policies; Windows Update rings",
                    "245 devices",
                ),
                (
                    "Defender for Endpoint",
                    "Onboarding of laptops and 11 servers; ASR rules; EDR in block mode; device groups per "
                    "bottling line",
                    "196 endpoints",
                ),
            ],
            [22, 58, 20],
        )
    }
<p>The undersigned accepts the deliverables above and takes over day-to-day operation.</p>
{
        fields(
            [
                ("Accepted by", f"{escape(msp_sdm.name)}, {escape(msp_sdm.title)}", 14),
                ("Company", f"{escape(msp.name)} – for and on behalf of {escape(cust.name)}", 14),
                ("Signature", "", 42),
                ("Date signed", "", 18),
            ]
        )
    }
"""
    pdf = g.html_pdf(
        html,
        meta("UAT handover form Ipoh Bottling", KV_PM.name, T(2026, 5, 15, 10, 0, 8)),
        f"{cid}|form",
        style=css(KLANG.color),
        decor=g.Decor(KLANG, right="User Acceptance & Handover", footer=escape(KLANG.name), accent=KLANG.color),
    )
    scan = g.scan_pdf(
        pdf,
        [
            Ink("Signature", "sig", msp_sdm.name, dx=150, dy=4, h=30),
            Ink("Signature", "stamp", dx=300, dy=-2, h=38, lines=("NUSANTARA MANAGED IT SDN BHD", "Ipoh, Perak")),
            Ink("Date signed", "hand", "18/05/2026", dx=150, dy=2, h=13),
        ],
        f"{cid}|scan",
        T(2026, 5, 18, 15, 0, 8),
        dpi=150,
        skew=0.5,
    )
    m1 = Mail(
        KV_PM,
        [msp_sdm],
        "Ipoh Bottling – Intune & MDE handover",
        T(2026, 5, 15, 11, 0, 8),
        "Hi Boon Keat,\n\nAs Ipoh Bottling's IT provider, please review the attached handover form and confirm.\n\n"
        "Regards,\nFarah\n\n" + g.footer_block(KV_PM),
    )
    m2 = Mail(
        msp_sdm,
        [KV_PM],
        "RE: Ipoh Bottling – Intune & MDE handover",
        T(2026, 5, 18, 15, 30, 8),
        "Hi Farah,\n\nOn behalf of Ipoh Bottling we accept the Intune and Defender for Endpoint handover; signed form "
        "attached. We will run day-to-day operations from here under our managed services contract with them.\n\n"
        "Tan Boon Keat\nService Delivery Manager | Nusantara Managed IT Sdn. Bhd.",
        quoted=m1,
    )
    files = {
        "Ipoh_Bottling_UAT_Handover_signed.pdf": scan,
        "RE_ Ipoh Bottling – Intune & MDE handover.msg": g.msg_file(m2),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=KLANG,
        pc=KV_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 6, 9, 10, 0, 8),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_ipoh_bottling_outsourced_it_signs",
        claim,
        files,
        "action_required",
        "The handover form and the e-mail are signed and sent by Nusantara Managed IT (nusantaramit.com.my), Ipoh "
        "Bottling's outsourced IT provider, 'for and on behalf of' the customer. Nobody from ipohbottling.com.my – "
        "the claim's customer domain – acknowledges the work. An IT provider is a third party, not the customer; "
        "the detail (245 devices in Intune, 196 endpoints in MDE) is fine.",
        "Form: 'Accepted by Tan Boon Keat … Nusantara Managed IT Sdn. Bhd. – for and on behalf of Ipoh Bottling'; "
        "e-mail from boonkeat.tan@nusantaramit.com.my.",
        {
            "customer_acknowledgement": ["fail", "warn"],
            "customer_domain": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_026_sint_arnoldus_customer_forward() -> Bundle:
    cid = "4961026"
    cust = Org(
        "Brouwerij Sint-Arnoldus NV",
        "Sint-Arnoldus",
        "sint-arnoldus.be",
        "BE",
        "8820 Torhout",
        "Brugsestraat 71",
        "#6d4c41",
    )
    cc = person(cust, "Koen Peeters", "IT-verantwoordelijke / IT Manager", "koen.peeters")
    cfo = person(cust, "An Janssens", "CFO", "an.janssens")
    report = g.report_pdf(
        SCHELDT,
        f"""
<h1>Microsoft 365 project – delivery report</h1>
{kv([("Customer", escape(cust.name)), ("Period", "12 January – 27 March 2026"), ("Partner", escape(SCHELDT.name))])}
{
            grid(
                ["Workload", "Delivered", "Numbers"],
                [
                    ("Teams", "Teams for brewery, bottling, sales and the 3 pub-shops; shift channels", "185 users"),
                    ("SharePoint Online", "Recipe and quality library, intranet 'De Brouwketel'", "9 sites"),
                    ("Viva Engage", "Community for sales reps and pub-shop staff, leadership Q&A", "3 communities"),
                ],
                [22, 56, 22],
            )
        }
""",
        meta("Sint-Arnoldus delivery report", SD_PM.name, T(2026, 3, 30, 16, 0, 2)),
        f"{cid}|rep",
        right="Delivery report",
    )
    internal = Mail(
        cfo,
        [cc],
        "Goedkeuring M365-project",
        T(2026, 4, 2, 8, 50, 2),
        "Koen,\n\nHet Microsoft 365-project van Scheldt Digital is wat mij betreft goedgekeurd; de slotfactuur mag "
        "betaald worden.\n\nAn",
        lang="nl",
    )
    fwd = Mail(
        cc,
        [SD_PM],
        "FW: Goedkeuring M365-project",
        T(2026, 4, 2, 9, 30, 2),
        "Pieter,\n\nTer info – zie goedkeuring van onze CFO hieronder. / FYI, see our CFO's approval below.\n\nKoen",
        quoted=internal,
        forward=True,
        lang="nl",
    )
    files = {"FW_ Goedkeuring M365-project.msg": g.msg_file(fwd), "Sint-Arnoldus_M365_Delivery_Report.pdf": report}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=SCHELDT,
        pc=SD_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE", "VIVA ENGAGE"],
        submitted=T(2026, 4, 20, 10, 10, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_sint_arnoldus_forwarded_internal_approval",
        claim,
        files,
        "action_required",
        "The only acknowledgement is a forward: the customer's IT manager forwards to the partner an internal Dutch "
        "e-mail in which the CFO approves paying the final invoice. E-mails forwarded from customers are listed as "
        "insufficient, and the forwarded message is an internal payment approval that names no delivered work. The "
        "delivery report (185 Teams users, 9 sites, 3 Viva Engage communities) is partner-only.",
        "'FW: Goedkeuring M365-project' from koen.peeters@sint-arnoldus.be: 'Ter info – zie goedkeuring van onze CFO "
        "hieronder'.",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_027_tokaji_ooo_and_thanks_received() -> Bundle:
    cid = "4961027"
    cust = Org(
        "Tokaji Borház Zrt.",
        "Tokaji Borház",
        "tokajiborhaz.hu",
        "HU",
        "3910 Tokaj",
        "Bajcsy-Zsilinszky utca 19",
        "#880e4f",
    )
    cc = person(cust, "Kovács Péter", "Informatikai igazgató / IT Director", "kovacs.peter")
    office = person(cust, "Szabó Eszter", "Irodavezető / Office Manager", "szabo.eszter")
    summary = g.report_pdf(
        DUNA,
        f"""
<h1>Closure summary – Exchange Online &amp; Microsoft 365 Apps</h1>
{kv([("Customer", escape(cust.name)), ("Period", "5 January – 27 February 2026")])}
{
            grid(
                ["Workload", "Delivered", "Numbers"],
                [
                    (
                        "Exchange Online",
                        "Migration from the hosted mail service, shared mailboxes for export and cellar door",
                        "64 + 6 mailboxes",
                    ),
                    (
                        "Microsoft 365 Apps",
                        "Deployment to office and winery PCs, shared activation in the tasting room",
                        "58 users",
                    ),
                ],
                [24, 56, 20],
            )
        }
""",
        meta("Tokaji closure summary", DF_PM.name, T(2026, 3, 2, 15, 0, 1)),
        f"{cid}|sum",
        right="Closure summary",
    )
    m1 = Mail(
        DF_PM,
        [cc],
        "Projektzárás / Project closure – Exchange Online & M365 Apps",
        T(2026, 3, 3, 9, 10, 1),
        "Kedves Péter,\n\nAttached is the closure summary. Could you confirm that Tokaji Borház accepts the "
        "project?\n\nÜdvözlettel,\nNagy Bence\n\n" + g.footer_block(DF_PM),
        attachments=[("Tokaji_Closure_Summary.pdf", summary)],
    )
    m2 = Mail(
        cc,
        [DF_PM],
        "Automatikus válasz / Automatic reply: Projektzárás / Project closure – Exchange Online & M365 Apps",
        T(2026, 3, 3, 9, 10, 1),
        "Szabadságon vagyok március 9-ig. / I am on leave until 9 March. Sürgős esetben / for urgent matters: "
        "szabo.eszter@tokajiborhaz.hu\n\nKovács Péter",
        quoted=m1,
        auto_reply=True,
    )
    m3 = Mail(
        office,
        [DF_PM],
        "RE: Projektzárás / Project closure – Exchange Online & M365 Apps",
        T(2026, 3, 4, 13, 2, 1),
        "Kedves Bence,\n\nThanks, received. Péter is back on Monday; we will go through it at the next management "
        "meeting.\n\nÜdv.,\nSzabó Eszter\nIrodavezető | Tokaji Borház Zrt.",
        quoted=m2,
    )
    files = {
        "RE_ Projektzaras – Exchange Online & M365 Apps.msg": g.msg_file(m3),
        "Tokaji_Closure_Summary.pdf": summary,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=DUNA,
        pc=DF_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 3, 18, 11, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_tokaji_out_of_office_and_thanks_received",
        claim,
        files,
        "action_required",
        "The thread holds the partner's request for acceptance, the IT director's out-of-office auto-reply and a reply "
        "from the office manager at tokajiborhaz.hu: 'Thanks, received … we will go through it at the next management "
        "meeting'. Confirming receipt is not accepting or approving the work, and nobody at the customer says the work "
        "was done. The summary itself is specific (70 mailboxes, 58 users).",
        "Top message from szabo.eszter@tokajiborhaz.hu: 'Thanks, received. Péter is back on Monday'; below it an "
        "automatic reply.",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_028_ghl_partner_reply_quotes_acceptance() -> Bundle:
    cid = "4961028"
    cust = Org(
        "Gentse Havenlogistiek NV",
        "GHL Gent",
        "ghl-gent.be",
        "BE",
        "9042 Gent",
        "Skaldenstraat 121",
        "#1a237e",
    )
    cc = person(cust, "Bart De Smet", "ICT-manager", "bart.desmet")
    m1 = Mail(
        SD_SEC,
        [cc],
        "Intune & Defender – eindcijfers / final numbers",
        T(2026, 9, 14, 16, 0, 2),
        "Hoi Bart,\n\nFinal numbers before we close the project:\n- Intune: 410 laptops (Autopilot for 95 new ones) "
        "and 60 rugged tablets for the quay crews, 12 compliance policies\n- Defender for Endpoint: 470 devices and "
        "18 servers, ASR rules in block mode, EDR in block mode\n\nCan you confirm they match your consoles and that "
        "you accept the rollout?\n\nGroeten,\nSofie\n\n" + g.footer_block(SD_SEC),
        lang="nl",
    )
    m2 = Mail(
        cc,
        [SD_SEC],
        "RE: Intune & Defender – eindcijfers / final numbers",
        T(2026, 9, 15, 8, 31, 2),
        "Hoi Sofie,\n\nConfirmed: 410 laptops and 60 tablets in Intune, 470 devices and 18 servers in Defender. GHL "
        "accepts the Intune and Defender for Endpoint rollout as delivered by Scheldt Digital.\n\nBart De Smet\n"
        "ICT-manager | Gentse Havenlogistiek NV",
        quoted=m1,
        lang="nl",
    )
    m3 = Mail(
        SD_SEC,
        [cc],
        "RE: Intune & Defender – eindcijfers / final numbers",
        T(2026, 9, 15, 9, 5, 2),
        "Thanks Bart – we'll close the project and send the handover pack this week.\n\nSofie",
        quoted=m2,
        lang="nl",
    )
    files = {"RE_ Intune & Defender – eindcijfers.msg": g.msg_file(m3)}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=SCHELDT,
        pc=SD_SEC,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 9, 29, 14, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    checks = g.cpor_ok(email_ack=True)
    checks["customer_acknowledgement"] = ["pass", "warn"]
    return Bundle(
        f"{cid}_ghl_partner_reply_quotes_acceptance",
        claim,
        files,
        "approve",
        "The uploaded .msg is the partner's own short 'thanks, we'll close the project' message, but it is the "
        "original "
        "Outlook message of a two-way thread and quotes, unforwarded, the customer's reply from ghl-gent.be of 15 Sep "
        "2026 confirming the numbers (410 laptops + 60 tablets in Intune, 470 devices + 18 servers in MDE) and "
        "accepting the rollout. That is an e-mail acknowledgement with detail, from the customer's domain. UNSURE: a "
        "strict reviewer could ask for the customer's own message rather than a quote inside the partner's reply.",
        "Quoted reply from bart.desmet@ghl-gent.be, 15 Sep 2026: 'GHL accepts the Intune and Defender for Endpoint "
        "rollout as delivered by Scheldt Digital.'",
        checks,
    )


def s496_029_carrieres_meuse_yousign() -> Bundle:
    cid = "4961029"
    cust = Org(
        "Carrières de la Meuse SA",
        "Carrières de la Meuse",
        "carrieres-meuse.be",
        "BE",
        "5500 Dinant",
        "Rue de la Carrière 8",
        "#5d4037",
    )
    cc = person(cust, "Jean-Luc Lambert", "Directeur administratif et financier / CFO", "jl.lambert")
    html = f"""
<h1>Procès-verbal de réception / Acceptance Report</h1>
<p style="font-size:12pt">Microsoft Teams Rooms &amp; Teams Meetings</p>
{
        kv(
            [
                ("Client / Customer", escape(cust.name)),
                ("Prestataire / Supplier", escape(SCHELDT.name)),
                ("Période / Period", "1er juin – 14 août 2026 / 1 June – 14 August 2026"),
            ]
        )
    }
{
        grid(
            ["Élément / Item", "Réalisé / Delivered"],
            [
                (
                    "Teams Rooms",
                    "9 salles : siège de Dinant (5), carrière d'Yvoir (2), dépôt de Namur (2) ; Teams Rooms sur "
                    "Windows, Logitech Rally Bar / 9 rooms: Dinant head office (5), Yvoir quarry (2), Namur depot (2); "
                    "Teams Rooms on Windows, Logitech Rally Bar",
                ),
                (
                    "Teams Meetings",
                    "Stratégies de réunion pour 140 employés, webinaires clients trimestriels, sous-titres FR/NL / "
                    "Meeting policies for 140 staff, quarterly customer webinars, live captions FR/NL",
                ),
            ],
            [26, 74],
        )
    }
<p>Le client confirme la réception des prestations ci-dessus. / The customer confirms acceptance of the services
above.</p>
{fields([("Pour le client / For the customer", "", 52), ("Date", "", 18)], key_w=170)}
"""
    pdf = g.html_pdf(
        html,
        meta("PV de reception Carrieres de la Meuse", SD_PM.name, T(2026, 8, 24, 10, 0, 2)),
        f"{cid}|pv",
        style=css(SCHELDT.color),
        decor=g.Decor(
            SCHELDT, right="PV de réception", footer=escape(SCHELDT.name + " · " + SCHELDT.reg), accent=SCHELDT.color
        ),
    )
    signed = g.esign(
        pdf,
        cc,
        T(2026, 8, 26, 14, 7, 2),
        f"{cid}|ys",
        sig_anchor="Pour le client / For the customer",
        sig_dx=180,
        sig_dy=8,
        date_anchor="Date",
        date_dx=180,
        date_dy=3,
        date_text="26/08/2026",
        vendor="yousign",
        certificate=False,
    )
    files = {"PV_reception_Teams_Rooms_Carrieres_Meuse_signe.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=SCHELDT,
        pc=SD_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS ROOMS", "TEAMS MEETINGS"],
        submitted=T(2026, 9, 8, 11, 20, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_carrieres_meuse_yousign_acceptance",
        claim,
        files,
        "approve",
        "French/English acceptance report with every line in both languages (9 Teams Rooms on three sites, meeting "
        "policies for 140 staff), e-signed through Yousign by the customer's CFO on 26/08/2026 (Belgian day-first), "
        "with the Yousign request ID on the page and the signer's name and timestamp under the signature.",
        "Yousign signature 'Jean-Luc Lambert (Aug 26, 2026 14:07 GMT+2)', Date 26/08/2026.",
        g.cpor_ok(),
        container="zip",
    )


def s496_030_transilvania_licence_mails_and_msa() -> Bundle:
    cid = "4961030"
    cust = Org(
        "Transilvania Lactate SA",
        "Transilvania Lactate",
        "translactate.ro",
        "RO",
        "400394 Cluj-Napoca",
        "Calea Baciului 2",
        "#1565c0",
        "CUI RO1884271",
    )
    cc = person(cust, "Mihai Dumitrescu", "Director IT", "mihai.dumitrescu")
    buyer = person(cust, "Radu Pop", "Responsabil Achiziții / Procurement", "radu.pop")
    po = g.html_pdf(
        f"""
<table><tr><td style="border:none;width:280pt"><h1 style="color:#1565c0">Transilvania Lactate SA</h1>
{escape(cust.address)} · {escape(cust.reg)}</td><td style="border:none;width:180pt;text-align:right">
<b>COMANDĂ DE ACHIZIȚIE / PURCHASE ORDER</b><br/>Nr. 4100023871<br/>20.02.2026</td></tr></table>
{kv([("Furnizor / Supplier", escape(CARPATI.name)), ("Ofertă / Quote", "CC-OF-2026-014 din 12.02.2026")])}
{
            grid(
                ["Poz.", "Descriere / Description", "Cant.", "Valoare / Value"],
                [
                    ("1", "Microsoft 365 Business Standard – CSP, angajament anual", "180", "RON 119.880,00"),
                    ("2", "Exchange Online (Plan 1) – CSP", "40", "RON 9.600,00"),
                ],
                [8, 58, 10, 24],
            )
        }
<p><b>Total fără TVA / Total excl. VAT: RON 129.480,00</b></p>
""",
        meta("PO 4100023871", buyer.name, T(2026, 2, 20, 9, 0, 2), g.WORD2019),
        f"{cid}|po",
    )
    order_mail = Mail(
        buyer,
        [CC_AM],
        "Comandă licențe Microsoft 365 / Licence order",
        T(2026, 2, 20, 9, 40, 2),
        "Bună ziua,\n\nPlease proceed with the order of 180 Microsoft 365 Business Standard and 40 Exchange Online "
        "(Plan 1) licences as per your offer CC-OF-2026-014, annual commitment, start 1 March 2026. Purchase order "
        "4100023871 attached.\n\nCu stimă,\n" + signature_lines(buyer),
        attachments=[("PO_4100023871.pdf", po)],
    )
    confirm = Mail(
        cc,
        [CC_AM],
        "RE: Licențe active / Licences active",
        T(2026, 3, 2, 14, 5, 2),
        "Ioana,\n\nThe licences are visible in our tenant, thank you.\n\nMihai",
    )
    msa_html = f"""
<h1>Contract-cadru de prestări servicii / Master Services Agreement</h1>
<p>între / between <b>{escape(CARPATI.name)}</b> și / and <b>{escape(cust.name)}</b></p>
<h2>1. Obiect / Subject</h2><p>Servicii IT și licențe software comandate prin comenzi individuale. / IT services and
software licences ordered through individual orders.</p>
<h2>2. Durată / Term</h2><p>36 de luni de la semnare. / 36 months from signature.</p>
<h2>3. Prețuri / Fees</h2><p>Conform ofertelor acceptate. / As per accepted quotations.</p>
<h2>4. Confidențialitate / Confidentiality</h2><p>Părțile păstrează confidențialitatea informațiilor. / The parties
keep information confidential.</p>
""" + g.signoff(
        "lines",
        [
            Party("Client", cust.name, cc.name, cc.title),
            Party("Furnizor / Supplier", CARPATI.name, CC_AM.name, CC_AM.title),
        ],
        heading="Semnături / Signatures",
    )
    msa = g.html_pdf(
        msa_html,
        meta("MSA Transilvania Lactate", CC_AM.name, T(2023, 6, 12, 10, 0, 3)),
        f"{cid}|msa",
        style=css(CARPATI.color, size=9),
    )
    msa_scan = g.scan_pdf(
        msa,
        [
            *g.sign_inks("lines", Party("", cust.name, cc.name), 0, "14.06.2023"),
            *g.sign_inks("lines", Party("", CARPATI.name, CC_AM.name), 1, "14.06.2023", color=g.INK_BLACK),
        ],
        f"{cid}|msas",
        T(2023, 6, 14, 16, 0, 3),
        dpi=150,
        skew=0.8,
    )
    quote = g.html_pdf(
        f"""
<h1>Ofertă comercială / Quotation CC-OF-2026-014</h1>
{
            kv(
                [
                    ("Client / Customer", escape(cust.name)),
                    ("Data / Date", "12.02.2026"),
                    ("Valabilitate / Valid", "30 zile / days"),
                ]
            )
        }
{
            grid(
                ["Produs / Product", "Cant.", "Preț unitar / Unit price", "Total"],
                [
                    ("Microsoft 365 Business Standard – CSP, anual", "180", "RON 55,50 / lună", "RON 119.880,00"),
                    ("Exchange Online (Plan 1) – CSP", "40", "RON 20,00 / lună", "RON 9.600,00"),
                ],
                [46, 10, 24, 20],
            )
        }
<p><b>Total fără TVA / Total excl. VAT: RON 129.480,00</b></p>
<h2>Acceptat / Accepted</h2>
{fields([("Semnătură și ștampilă / Signature and stamp", "", 46), ("Data acceptării", "", 18)], key_w=190)}
""",
        meta("Oferta CC-OF-2026-014", CC_AM.name, T(2026, 2, 12, 11, 0, 2)),
        f"{cid}|q",
        style=css(CARPATI.color),
        decor=g.Decor(
            CARPATI,
            right="Ofertă CC-OF-2026-014",
            footer=escape(CARPATI.name + " · " + CARPATI.reg),
            accent=CARPATI.color,
        ),
    )
    quote_signed = g.scan_pdf(
        quote,
        [
            Ink("Semnătură și ștampilă", "sig", cc.name, dx=200, dy=4, h=30),
            Ink(
                "Semnătură și ștampilă",
                "stamp",
                dx=300,
                dy=-2,
                h=40,
                lines=("TRANSILVANIA LACTATE SA", "CUI RO1884271"),
            ),
            Ink("Data acceptării", "hand", "18.02.2026", dx=200, dy=1, h=13),
        ],
        f"{cid}|qs",
        T(2026, 2, 18, 12, 0, 2),
        dpi=150,
        skew=-0.5,
    )
    files = {
        "Oferta_CC-OF-2026-014_acceptata.pdf": quote_signed,
        "Comanda licente Microsoft 365.msg": g.msg_file(order_mail),
        "RE_ Licente active.msg": g.msg_file(confirm),
        "Contract-cadru_MSA_2023_semnat.pdf": msa_scan,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=CARPATI,
        pc=CC_AM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT 365 APPS", "EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 4, 14, 12, 0, 3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_transilvania_licence_mails_and_msa",
        claim,
        files,
        "action_required",
        "Everything uploaded is about buying licences or the legal frame: the licence quotation signed and stamped "
        "by the "
        "customer's IT director ('Acceptat', 18.02.2026), the procurement e-mail ordering 180 Microsoft 365 Business "
        "Standard and 40 Exchange Online licences with purchase order 4100023871, the IT director's "
        "'licences are visible in our tenant' note, and a 2023 master services agreement with no recent engagement "
        "documentation. Pricing quotes (signed or not), e-mails about licence purchases, purchase orders and bare MSAs "
        "never count as POE, and no "
        "document describes any deployment or usage work.",
        "Signed quote CC-OF-2026-014; order e-mail 'Please proceed with the order of 180 Microsoft 365 Business "
        "Standard…'; PO; MSA signed 14.06.2023.",
        {
            "unacceptable_documents": "fail",
            "activity_detail": "fail",
            "customer_acknowledgement": "fail",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_031_banat_owa_print_and_status_report() -> Bundle:
    cid = "4961031"
    cust = Org(
        "Banat Auto Parts SRL",
        "Banat Auto Parts",
        "banatautoparts.ro",
        "RO",
        "300645 Timișoara",
        "Calea Șagului 148",
        "#37474f",
    )
    cc = person(cust, "Cristina Ionescu", "IT Manager", "cristina.ionescu")
    w = g.Word(accent="2E7D32")
    w.header(CARPATI, "Status report")
    w.h("Banat Auto Parts – Intune & Defender for Endpoint – status report #6 (final)", 0)
    w.p("Reporting period: 7–25 September 2026 · Prepared by Andrei Popescu, Carpați Cloud")
    w.table(
        [
            ["Workstream", "Status", "Numbers", "Notes"],
            ["Intune – office laptops", "Done", "318 enrolled", "Autopilot for 70 new laptops"],
            ["Intune – shop-floor kiosks", "Done", "44 kiosks", "Multi-app kiosk for MES terminals"],
            ["Defender for Endpoint", "Done", "362 devices, 14 servers", "ASR block mode since 14 Sept"],
            ["Handover", "Done", "2 admin sessions", "Runbook v1.0 delivered"],
        ]
    )
    w.h("Risks and issues", 2)
    w.bullets(["None open. MES vendor confirmed the kiosk profile on 21 Sept."])
    status = w.save(meta("Status report 6", CC_PM.name, T(2026, 9, 25, 17, 0, 3)))
    m1 = Mail(
        CC_PM,
        [cc],
        "Status report #6 (final) – Intune & Defender",
        T(2026, 9, 28, 10, 0, 3),
        "Hi Cristina,\n\nAttached is the final status report. Please confirm acceptance so we can close the "
        "project.\n\n"
        "Thanks,\nAndrei\n\n" + g.footer_block(CC_PM),
        attachments=[("Status report 6.docx", status)],
    )
    m2 = Mail(
        cc,
        [CC_PM],
        "RE: Status report #6 (final) – Intune & Defender",
        T(2026, 9, 29, 9, 12, 3),
        "Hi Andrei,\n\nWe accept the project. 318 laptops and the 44 MES kiosks are in Intune and all 362 devices "
        "plus the 14 servers report to Defender. Thanks for the quick fix on the kiosk profile.\n\n"
        + signature_lines(cc),
        quoted=m1,
    )
    owa = g.printed_mail_pdf(m2, CC_PM, f"{cid}|owa", browser=True)
    shot = g.portal_screenshot(
        "Intune admin center | Devices | Windows",
        [("Windows devices", "362"), ("Compliant", "98.1%"), ("Kiosks", "44"), ("Autopilot", "70")],
        [
            ("BAP-TM-LT0214", "Windows 11", "Compliant", "Office"),
            ("BAP-MES-K07", "Windows 11", "Compliant", "Kiosk – MES"),
            ("BAP-TM-LT0301", "Windows 11", "Compliant", "Office"),
        ],
        ["Device name", "OS", "Compliance", "Group"],
        f"{cid}|shot",
        tenant="banatautoparts.ro",
    )
    files = {
        "Mail - Andrei Popescu - Outlook.pdf": owa,
        "Status report 6.docx": status,
        "intune_devices.png": shot,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=CARPATI,
        pc=CC_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 10, 13, 15, 0, 3),
        docs=[
            ("Mail - Andrei Popescu - Outlook.pdf", "poe"),
            ("Status report 6.docx", "poe"),
            ("intune_devices.png", "supporting"),
        ],
    )
    return Bundle(
        f"{cid}_banat_owa_print_and_status_report",
        claim,
        files,
        "approve",
        "Customer acceptance printed to PDF from Outlook on the web (an e-mail in PDF form is acceptable): the IT "
        "manager writes from banatautoparts.ro on 29 Sep 2026 'We accept the project' and restates the numbers. The "
        "final Word status report gives the detail (318 laptops + 44 kiosks in Intune, 362 devices + 14 servers in "
        "MDE). The portal screenshot is only supporting material, not the acknowledgement.",
        "OWA print: cristina.ionescu@banatautoparts.ro, 29 Sep 2026: 'We accept the project.'",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# one acknowledgement for two claims of the same customer (not reuse), empty blocks, handwritten dates
# --------------------------------------------------------------------------------------------------------------

SIAM_GLOVES = Org(
    "Siam Rubber Gloves Public Company Limited",
    "Siam Rubber Gloves",
    "siamrubbergloves.co.th",
    "TH",
    "Hat Yai, Songkhla 90110",
    "88 Kanjanavanich Road",
    "#00897b",
)
SIAM_IT = person(SIAM_GLOVES, "Pornthip Chaiyaporn", "IT Director", "pornthip.c")


def siam_acceptance() -> bytes:
    """The customer's single e-mail accepting both workstreams (uploaded on both claims)."""
    if "siam" not in _CACHE:
        m1 = Mail(
            CP_PM,
            [SIAM_IT],
            "Project completion – Teams/SharePoint and Intune/Defender",
            T(2026, 7, 8, 17, 0, 7),
            "Dear Khun Pornthip,\n\nBoth workstreams are complete; the two workstream reports are attached. Could you "
            "confirm acceptance?\n\nBest regards,\nKittipong\n\n" + g.footer_block(CP_PM),
        )
        m2 = Mail(
            SIAM_IT,
            [CP_PM],
            "RE: Project completion – Teams/SharePoint and Intune/Defender",
            T(2026, 7, 10, 10, 25, 7),
            "Dear Khun Kittipong,\n\nWe confirm completion of both workstreams:\n1. Teams and SharePoint – 1,650 "
            "office "
            "and plant staff on Teams, 24 SharePoint sites including the QA and FDA-510(k) document library.\n"
            "2. Intune and Defender for Endpoint – 1,120 laptops and 300 shared plant PCs enrolled in Intune; 1,420 "
            "devices and 36 servers onboarded to Defender.\n\nSiam Rubber Gloves accepts both workstreams as delivered "
            "by Chao Phraya Cloud.\n\nBest regards,\n" + signature_lines(SIAM_IT),
            quoted=m1,
        )
        _CACHE["siam"] = g.eml(m2)
    return bytes(_CACHE["siam"])


def siam_claim(
    cid: str,
    area: str,
    workloads: list[str],
    title: str,
    rows: list[tuple[str, str, str]],
    submitted: dt.datetime,
    other: str,
) -> Bundle:
    report = g.report_pdf(
        CHAO,
        f"""<h1>{escape(title)}</h1>
{kv([("Customer", escape(SIAM_GLOVES.name)), ("Period", "6 April – 3 July 2026"), ("Sites", "Hat Yai, Bangkok")])}
{grid(["Workload", "Delivered", "Numbers"], rows, [22, 56, 22])}""",
        meta(title, CP_PM.name, T(2026, 7, 6, 16, 0, 7)),
        f"{cid}|rep",
        right="Workstream report",
    )
    files = {"RE_ Project completion.eml": siam_acceptance(), f"{title}.pdf": report}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area=area,
        partner=CHAO,
        pc=CP_PM,
        cust=SIAM_GLOVES,
        cc=SIAM_IT,
        workloads=workloads,
        submitted=submitted,
        docs=[(p, "poe") for p in files],
    )
    checks = g.cpor_ok(email_ack=True)
    checks["reused_evidence"] = ["pass", "warn"]
    return Bundle(
        f"{cid}_siam_gloves_one_acceptance_two_claims",
        claim,
        files,
        "approve",
        f"The partner split one project into two claims by solution area (this one and {other}) and uploaded the same "
        "customer e-mail on both. That is not reuse: the e-mail comes from this customer's own domain, names both "
        "workstreams with their own numbers and accepts each of them, and each claim has its own workstream report. "
        "The acknowledgement (10 July 2026) covers this claim's workloads in detail. UNSURE: a queue check that sees "
        "the "
        "identical file on two claims may raise a warning a reviewer then clears.",
        "E-mail from pornthip.c@siamrubbergloves.co.th, 10 Jul 2026: 'Siam Rubber Gloves accepts both workstreams as "
        "delivered by Chao Phraya Cloud', with numbers per workstream.",
        checks,
    )


def s496_032_siam_gloves_teams_sharepoint() -> Bundle:
    return siam_claim(
        "4961032",
        "Modern Work",
        ["TEAMS", "SHAREPOINT ONLINE"],
        "Teams and SharePoint workstream report",
        [
            (
                "Teams",
                "Teams for office and plant staff, shift channels per production line, Teams meetings for "
                "customer audits",
                "1,650 users",
            ),
            (
                "SharePoint Online",
                "QA and regulatory document library, plant intranets, retention for batch records",
                "24 sites",
            ),
        ],
        T(2026, 7, 28, 10, 0, 7),
        "4961033",
    )


def s496_033_siam_gloves_intune_defender() -> Bundle:
    return siam_claim(
        "4961033",
        "Security",
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        "Intune and Defender workstream report",
        [
            (
                "Intune",
                "Autopilot for laptops, shared-device mode for plant PCs, compliance and update rings",
                "1,120 laptops, 300 plant PCs",
            ),
            (
                "Defender for Endpoint",
                "Onboarding, ASR rules in block mode, EDR block mode, device groups per plant",
                "1,420 devices, 36 servers",
            ),
        ],
        T(2026, 7, 28, 10, 20, 7),
        "4961032",
    )


def s496_034_visayas_power_empty_signature_block() -> Bundle:
    cid = "4961034"
    cust = Org(
        "Visayas Power Distribution Corporation",
        "VPDC",
        "vpdc.com.ph",
        "PH",
        "Mandaue City, Cebu 6014",
        "A.C. Cortes Avenue",
        "#f9a825",
    )
    cc = person(cust, "Ramon Villareal", "AVP – Information Technology", "ramon.villareal")
    html = f"""
<h1>Go-Live Certificate</h1>
<p style="font-size:12pt">Exchange Online &amp; Microsoft Teams – {escape(cust.name)}</p>
{
        kv(
            [
                ("Project", "BCS-2026-011"),
                ("Customer", escape(cust.name) + " (VPDC)"),
                ("Partner", escape(BAYANIHAN.name)),
                ("Go-live", "May 18, 2026"),
            ]
        )
    }
{
        grid(
            ["Workload", "Scope", "Users"],
            [
                (
                    "Exchange Online",
                    "Migration from on-premises Exchange 2013; shared mailboxes for 7 business centers; "
                    "retention 10 years (ERC requirement)",
                    "860",
                ),
                (
                    "Microsoft Teams",
                    "Teams for line crews and the dispatch center; outage war-room team; Teams meetings "
                    "for the weekly ERC compliance call",
                    "860",
                ),
            ],
            [22, 60, 18],
        )
    }
<h2>Customer acceptance</h2>
<p>VPDC confirms that the services above went live on the date shown and accepts them.</p>
{
        fields(
            [
                ("Customer signature", "", 44),
                ("Printed name", f"{escape(cc.name)}, {escape(cc.title)}", 14),
                ("Date", "", 18),
            ]
        )
    }
"""
    cert = g.html_pdf(
        html,
        meta("VPDC Go-Live Certificate", BC_PM.name, T(2026, 5, 22, 10, 0, 8)),
        f"{cid}|cert",
        style=css(BAYANIHAN.color),
        decor=g.Decor(
            BAYANIHAN,
            right="Go-Live Certificate BCS-2026-011",
            footer=escape(BAYANIHAN.name),
            accent=BAYANIHAN.color,
            numbers="",
        ),
    )
    m = Mail(
        BC_PM,
        [cc],
        "VPDC go-live certificate for signature",
        T(2026, 5, 22, 10, 30, 8),
        "Hi Sir Ramon,\n\nAttached is the go-live certificate for Exchange Online and Teams. Kindly sign and send back "
        "at your convenience.\n\nThank you po,\nMaria\n\n" + g.footer_block(BC_PM),
        attachments=[("VPDC_GoLive_Certificate.pdf", cert)],
    )
    files = {"VPDC_GoLive_Certificate_SIGNED.pdf": cert, "VPDC go-live certificate for signature.msg": g.msg_file(m)}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=BAYANIHAN,
        pc=BC_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 6, 5, 14, 0, 8),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_visayas_power_empty_signature_block",
        claim,
        files,
        "action_required",
        "Despite its file name, 'VPDC_GoLive_Certificate_SIGNED.pdf' is the born-digital certificate with the "
        "customer's printed name and empty signature and date cells; the only e-mail is the partner asking the "
        "customer to sign, with no reply. The scope (860 users on Exchange Online and Teams) is detailed, but there is "
        "no customer acknowledgement.",
        "Certificate 'Customer signature' and 'Date' cells blank; .msg from maria.santos@bayanihancloud.ph 'Kindly "
        "sign "
        "and send back'.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_035_snake_river_month_first_too_old() -> Bundle:
    cid = "4961035"
    cust = Org(
        "Snake River Potato Growers Cooperative",
        "Snake River Potato",
        "snakeriverpotato.coop",
        "US",
        "Idaho Falls, ID 83402",
        "1450 N Holmes Ave",
        "#795548",
    )
    cc = person(cust, "Dwayne Harris", "IT Manager", "dharris")
    html = f"""
<h1>Project Completion Form</h1>
{
        kv(
            [
                ("Client", "Snake River Potato Growers Cooperative"),
                ("Project", "Endpoint management & protection"),
                ("SOW #", "CPT-SOW-24-061"),
                ("Project period", "11/18/2024 – 01/31/2025"),
            ]
        )
    }
<h2>Services delivered</h2>
{
        grid(
            ["", "Service", "Details"],
            [
                (
                    "☒",
                    "Microsoft Intune",
                    "Enrolled 340 Windows devices at the Idaho Falls, Rexburg and Blackfoot "
                    "warehouses; 85 rugged Android scanners as dedicated devices; compliance and update rings",
                ),
                (
                    "☒",
                    "Microsoft Defender for Endpoint",
                    "Onboarded 340 devices and 12 servers; ASR rules in block mode; "
                    "EDR in block mode; weekly vulnerability report",
                ),
            ],
            [5, 27, 68],
        )
    }
<h2>Client acceptance</h2>
<p>By signing, the client confirms that the services checked above were completed by Cascade Peak Technologies
LLC.</p>
{
        fields(
            [
                ("Client signature", "", 40),
                ("Printed name", f"{escape(cc.name)}, {escape(cc.title)}", 14),
                ("Date", "", 22),
            ]
        )
    }
"""
    form = g.html_pdf(
        html,
        meta("Project Completion Form", CP_SEC.name, T(2025, 2, 3, 9, 0, -7), g.WORD2019),
        f"{cid}|form",
        size=g.LETTER,
        style=css(CASCADE.color),
        decor=g.Decor(
            CASCADE,
            right="Project Completion Form",
            footer="Cascade Peak Technologies LLC · Boise, ID",
            numbers="",
            accent=CASCADE.color,
        ),
    )
    inks = [
        Ink("Client signature", "sig", cc.name, dx=150, dy=-6, h=32),
        Ink("Printed name", "hand", "02/10/2025", dx=150, dy=24, h=14),
    ]
    page = g.render(form, 130, inks, f"{cid}|ink")[0]
    page = g.scanify(page, f"{cid}|paper", skew=0.0, gray=False, noise=4, blur=0.3, shadow=False)
    photo = g.phone_photo(
        page.rotate(270, expand=True),
        f"{cid}|photo",
        T(2025, 2, 10, 15, 31, -7),
        model=("Apple", "iPhone 14"),
        portrait=False,
    )
    files = {"IMG_2207.JPG": photo}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=CASCADE,
        pc=CP_SEC,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 3, 16, 10, 0, -6),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_snake_river_month_first_date_too_old",
        claim,
        files,
        "action_required",
        "US customer and partner: the hand-written '02/10/2025' on the photographed completion form is month-first, "
        "February 10, 2025 – the form prints the project period as 11/18/2024 – 01/31/2025 and the photo's EXIF date "
        "is "
        "2025-02-10 – so the signature is 13 months old at submission on 2026-03-16. Read day-first (2 October 2025) "
        "it "
        "would have passed; here the reading order decides the outcome. The photo (taken sideways) of a wet-ink "
        "signature is otherwise fine. A recent acknowledgement of ongoing work is needed.",
        "IMG_2207.JPG: signature of Dwayne Harris, date '02/10/2025'; project period 11/18/2024 – 01/31/2025.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


PENANG = Org(
    "Penang Precision Moulds Sdn. Bhd.",
    "Penang Precision Moulds",
    "penangmoulds.com.my",
    "MY",
    "11900 Bayan Lepas, Penang",
    "Plot 88, Bayan Lepas Free Industrial Zone Phase 4",
    "#1565c0",
)
PENANG_IT = person(PENANG, "Goh Wei Ming", "IT Manager", "weiming.goh")


def penang_scan() -> tuple[bytes, bytes]:
    """Klang Valley's acceptance certificate for Penang Precision Moulds, scanned sideways, and the customer's
    signature as it would be cropped out of that scan."""
    if "penang" not in _CACHE:
        html = f"""
<h1>Acceptance Certificate</h1>
<p style="font-size:12pt">Microsoft Intune &amp; Microsoft Defender for Endpoint</p>
{
            kv(
                [
                    ("Customer", escape(PENANG.name)),
                    ("Partner", escape(KLANG.name)),
                    ("Project", "KVC-2025-044"),
                    ("Go-live", "31/10/2025"),
                ]
            )
        }
{
            grid(
                ["Workload", "Delivered", "Volume"],
                [
                    (
                        "Microsoft Intune",
                        "Autopilot for engineering laptops; CNC-cell PCs as kiosks; compliance; update rings",
                        "410 devices",
                    ),
                    (
                        "Defender for Endpoint",
                        "Onboarding of laptops, CNC-cell PCs and servers; ASR rules; EDR in block mode",
                        "410 devices, 15 servers",
                    ),
                ],
                [24, 56, 20],
            )
        }
<p>The customer accepts the deliverables above as completed by Klang Valley Cloud Sdn. Bhd.</p>
{
            fields(
                [
                    ("Customer signature", "", 44),
                    ("Name", f"{escape(PENANG_IT.name)}, {escape(PENANG_IT.title)}", 14),
                    ("Date signed", "", 20),
                ]
            )
        }
"""
        pdf = g.html_pdf(
            html,
            meta("Acceptance Certificate KVC-2025-044", KV_PM.name, T(2025, 11, 7, 10, 0, 8)),
            "4961036|cert",
            style=css(KLANG.color),
            decor=g.Decor(
                KLANG, right="Acceptance Certificate KVC-2025-044", footer=escape(KLANG.name), accent=KLANG.color
            ),
        )
        ink_sig = Ink("Customer signature", "sig", PENANG_IT.name, dx=150, dy=4, h=30)
        ink_date = Ink("Date signed", "hand", "09/11/2025", dx=150, dy=3, h=13)
        dpi = 150
        scan = g.scan_pdf(
            pdf, [ink_sig, ink_date], "4961036|scan", T(2025, 11, 9, 11, 0, 8), dpi=dpi, skew=0.0, rotate=270, scanner=3
        )
        with pymupdf.open("pdf", pdf) as src:
            _, rect = g._locate(src, ink_sig)
        crop = crop_from_scan(scan, 0, (rect.x0 + 146, rect.y0 - 2, rect.x0 + 290, rect.y0 + 40), dpi, turn=270)
        _CACHE["penang"] = (scan, crop)
    return _CACHE["penang"]


def s496_036_penang_moulds_day_first_sideways() -> Bundle:
    cid = "4961036"
    scan, _ = penang_scan()
    files = {"KVC-2025-044_Acceptance_Certificate_scan.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=KLANG,
        pc=KV_SEC,
        cust=PENANG,
        cc=PENANG_IT,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 10, 1, 9, 30, 8),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_penang_moulds_day_first_scanned_sideways",
        claim,
        files,
        "approve",
        "Malaysian customer and partner: the hand-written '09/11/2025' is day-first, 9 November 2025 (the certificate "
        "prints 'Go-live 31/10/2025'), under 11 months before submission on 2026-10-01; read month-first (September "
        "11, 2025) it would be more than 12 months old. The page was scanned sideways (rotated 270°). 410 devices in "
        "Intune and MDE plus 15 servers. This customer's signature was later cut out of this very scan and pasted into "
        "claim 4961048 by another partner: this claim holds the original.",
        "Rotated scan: 'Customer signature' of Goh Wei Ming, 'Date 09/11/2025'; go-live 31/10/2025.",
        g.cpor_ok(),
    )


def s496_037_palouse_acquired_by_partner() -> Bundle:
    cid = "4961037"
    cust = Org(
        "Palouse Data Systems LLC",
        "Palouse Data",
        "palousedata.com",
        "US",
        "Moscow, ID 83843",
        "310 S Main St",
        "#4e342e",
    )
    cc = person(cust, "Kevin Marsh", "General Manager", "kmarsh")
    memo = g.html_pdf(
        f"""
<table><tr><td style="border:none;width:300pt"><h1 style="color:#4e342e">Palouse Data Systems LLC</h1>
<span class="small">{escape(cust.address)} · a Cascade Peak Technologies company</span></td>
<td style="border:none;width:160pt;text-align:right">March 20, 2026</td></tr></table>
<h2>Integration milestone – Exchange Online and Teams</h2>
<p>Following Cascade Peak Technologies' acquisition of Palouse Data Systems, which closed on January 5, 2026, the
Cascade Peak integration team migrated our 48 employees from our hosted mail service to Exchange Online and rolled out
Microsoft Teams, with shared channels to our new colleagues at Cascade Peak.</p>
{
            ul(
                [
                    "48 mailboxes and 5 shared mailboxes migrated (February 9–20, 2026)",
                    "Teams: 6 teams, shared channels with Cascade Peak's service desk",
                    "Training for all staff on March 3, 2026",
                ]
            )
        }
<p>We confirm completion of this integration milestone.</p>
{fields([("Signature", "", 40), ("Name / Title", f"{escape(cc.name)}, {escape(cc.title)}", 14)])}
""",
        meta("Integration milestone memo", cc.name, T(2026, 3, 20, 9, 0, -7)),
        f"{cid}|memo",
        size=g.LETTER,
        style=css("#4e342e"),
    )
    signed = g.scan_pdf(
        memo,
        [Ink("Signature", "sig", cc.name, dx=150, dy=4, h=30)],
        f"{cid}|s",
        T(2026, 3, 20, 14, 0, -7),
        dpi=150,
        skew=0.4,
    )
    files = {"Palouse_Integration_Milestone_signed.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=CASCADE,
        pc=CP_EM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 4, 2, 11, 0, -6),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_palouse_acquired_by_partner",
        claim,
        files,
        "reject",
        "The customer is the claiming partner's own subsidiary: Palouse Data Systems' letterhead reads 'a Cascade Peak "
        "Technologies company' and its memo describes the work as integration after Cascade Peak acquired it on "
        "January 5, 2026. Partners cannot earn incentives for work on a partner affiliate; no further document can "
        "change that.",
        "Memo letterhead 'a Cascade Peak Technologies company'; 'Following Cascade Peak Technologies' acquisition of "
        "Palouse Data Systems…'.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def s496_038_najd_holding_parent_group() -> Bundle:
    cid = "4961038"
    cust = Org(
        "Najd Holding Group Co.",
        "Najd Holding",
        "najdholding.sa",
        "SA",
        "Riyadh 12214",
        "King Fahd Road, Olaya Towers A",
        "#1b5e20",
        "CR 1010118842",
    )
    cc = person(cust, "Abdulaziz Al-Harbi", "Group CIO", "a.alharbi")
    letter = g.html_pdf(
        f"""
<table><tr><td style="border:none;width:320pt"><h1 style="color:#1b5e20">Najd Holding Group</h1>
<span class="small">{escape(cust.address)}, {escape(cust.city)} · {escape(cust.reg)}<br/>Group companies: Najd Digital
Solutions Co. · Najd Logistics Co. · Najd Real Estate Development Co.</span></td>
<td style="border:none;width:140pt;text-align:right">12 May 2026</td></tr></table>
<h2>Completion confirmation – Group shared IT services</h2>
<p>Najd Digital Solutions, the Group's technology company, completed the following for the Holding's head office and
the Group's shared service center under the Group Shared IT Services programme 2026:</p>
{
            ul(
                [
                    "Microsoft Defender for Endpoint on 520 devices and 40 servers, EDR in block mode",
                    "Microsoft Intune enrolment of 520 devices with compliance policies and BitLocker",
                ]
            )
        }
<p>The Group CIO confirms completion.</p>
{fields([("Signature", "", 40), ("Name / Title", f"{escape(cc.name)}, {escape(cc.title)}", 14)])}
""",
        meta("Completion confirmation", cc.name, T(2026, 5, 12, 10, 0, 3)),
        f"{cid}|l",
        style=css("#1b5e20"),
    )
    signed = g.scan_pdf(
        letter,
        [Ink("Signature", "sig", cc.name, dx=150, dy=4, h=30)],
        f"{cid}|s",
        T(2026, 5, 12, 13, 0, 3),
        dpi=150,
        skew=-0.4,
    )
    files = {"Najd_Holding_Completion_Confirmation.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=NAJD,
        pc=ND_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 5, 28, 10, 0, 3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_najd_holding_is_partners_parent",
        claim,
        files,
        "reject",
        "The customer is the claiming partner's parent group: Najd Holding's letterhead lists Najd Digital Solutions "
        "among its group companies and calls it 'the Group's technology company' delivering the 'Group Shared IT "
        "Services programme'. A partner-affiliate customer is ineligible, whatever the quality of the POE.",
        "Letterhead 'Group companies: Najd Digital Solutions Co. …'; 'Najd Digital Solutions, the Group's technology "
        "company'.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def s496_039_microsoft_egypt_teams_rooms() -> Bundle:
    cid = "4961039"
    cust = Org(
        "Microsoft Egypt LLC",
        "Microsoft Egypt",
        "microsoft.com",
        "EG",
        "Smart Village, Giza 12577",
        "Building B-69, Smart Village",
        "#737373",
    )
    cc = person(cust, "Hany Farouk", "Workplace Technology Manager", "hafarouk")
    parties = [Party("Customer", cust.name, cc.name, cc.title), Party("Partner", NILE.name, NC_PM.name, NC_PM.title)]
    html = f"""
<h1>Teams Rooms Deployment – Completion Certificate</h1>
{
        kv(
            [
                ("Customer", escape(cust.name)),
                ("Site", "Microsoft Egypt offices, Smart Village"),
                ("Partner", escape(NILE.name)),
            ]
        )
    }
{
        ul(
            [
                "12 Microsoft Teams Rooms (8 medium rooms, 4 boardrooms) with Teams Rooms Pro Management",
                "Front Row layouts and room booking policies; training for the workplace team",
            ]
        )
    }
""" + g.signoff("columns", parties, heading="Acceptance")
    pdf = g.html_pdf(
        html,
        meta("Teams Rooms completion", NC_PM.name, T(2026, 8, 3, 10, 0, 2)),
        f"{cid}|c",
        style=css(NILE.color),
        decor=g.Decor(NILE, right="Completion Certificate", footer=escape(NILE.name), accent=NILE.color),
    )
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("columns", parties[0], 0, "04/08/2026"),
            *g.sign_inks("columns", parties[1], 1, "04/08/2026", color=g.INK_BLACK),
        ],
        f"{cid}|s",
        T(2026, 8, 4, 15, 0, 3),
        dpi=150,
        skew=0.5,
    )
    files = {"Microsoft_Egypt_Teams_Rooms_Completion.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=NILE,
        pc=NC_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS ROOMS"],
        submitted=T(2026, 8, 20, 12, 0, 3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_microsoft_egypt_is_the_customer",
        claim,
        files,
        "reject",
        "The customer is Microsoft's own Egyptian subsidiary (tenant domain microsoft.com; Teams Rooms in Microsoft's "
        "Smart Village office). Incentives are not paid for services where Microsoft is the end customer; the signed "
        "certificate does not change that.",
        "Customer 'Microsoft Egypt LLC', domain microsoft.com; certificate signed by its workplace technology manager.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def s496_040_delta_textile_copilot_adoption() -> Bundle:
    cid = "4961040"
    cust = Org(
        "Delta Textile Mills S.A.E.",
        "Delta Textile",
        "deltatextile.com.eg",
        "EG",
        "El Mahalla El Kubra, Gharbia",
        "Industrial Zone, Road 6",
        "#00695c",
    )
    cc = person(cust, "Sherif Mansour", "Chief Digital Officer", "sherif.mansour")
    deck = g.slides_pdf(
        NILE,
        [
            (
                "Microsoft 365 Copilot – adoption report",
                "<p>Delta Textile Mills S.A.E. · 12 weeks after launch · 21 "
                "October 2026</p><p>Nile Cloud Systems – Mona Hassan</p>",
            ),
            (
                "Rollout",
                ul(
                    [
                        "250 Copilot licences: export sales (90), merchandising (60), finance (40), HR and "
                        "management (60)",
                        "Launch 27 July 2026 after SharePoint permission clean-up (318 overshared sites fixed)",
                        "22 champions trained in Arabic and English",
                    ]
                ),
            ),
            (
                "Usage",
                grid(
                    ["Measure", "Week 2", "Week 12"],
                    [
                        ("Active Copilot users (of 250)", "96", "221"),
                        ("Prompts per active user / week", "5", "19"),
                        ("Viva Insights: meeting hours per manager / week", "14.2", "11.6"),
                    ],
                    [50, 25, 25],
                    total=840,
                ),
            ),
            (
                "Scenarios",
                ul(
                    [
                        "Buyer follow-up e-mails and order summaries in Outlook",
                        "Merchandising range plans in Excel",
                        "Viva Insights Copilot dashboard for 60 managers",
                    ]
                ),
            ),
        ],
        meta("Copilot adoption report Delta Textile", NC_PM.name, T(2026, 10, 21, 16, 0, 3), g.PPT),
        f"{cid}|deck",
        footer="Nile Cloud Systems · Copilot adoption report",
    )
    m1 = Mail(
        NC_PM,
        [cc],
        "Copilot adoption report – week 12",
        T(2026, 10, 21, 17, 0, 3),
        "Dear Eng. Sherif,\n\nPlease find the week-12 adoption report attached.\n\nKind regards,\nMona\n\n"
        + g.footer_block(NC_PM),
        attachments=[("Copilot_Adoption_Report_Delta_Textile.pdf", deck)],
    )
    m2 = Mail(
        cc,
        [NC_PM],
        "RE: Copilot adoption report – week 12",
        T(2026, 10, 22, 9, 40, 3),
        "Dear Mona,\n\nThank you – the report matches our Copilot dashboard: 221 of our 250 licensed users are active "
        "and the Viva Insights dashboard is used by our 60 managers. Nile Cloud led the rollout and the champions "
        "programme, and we are continuing with you for the next 150 licences in 2027.\n\nBest regards,\n"
        + signature_lines(cc),
        quoted=m1,
    )
    files = {
        "Copilot_Adoption_Report_Delta_Textile.pdf": deck,
        "RE_ Copilot adoption report – week 12.msg": g.msg_file(m2),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=NILE,
        pc=NC_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT 365 COPILOT", "VIVA INSIGHTS"],
        submitted=T(2026, 11, 4, 11, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_delta_textile_copilot_adoption",
        claim,
        files,
        "approve",
        "Modern Work usage for Microsoft 365 Copilot and Viva Insights: the partner's adoption deck gives licences per "
        "department, the launch date, permission clean-up, champions and weekly usage (221 of 250 active; Viva "
        "Insights for 60 managers), and the customer's Chief Digital Officer confirms it from deltatextile.com.eg on "
        "22 Oct 2026, naming Nile Cloud as the partner leading the rollout.",
        "E-mail from sherif.mansour@deltatextile.com.eg: '221 of our 250 licensed users are active … Nile Cloud led "
        "the "
        "rollout'.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# disputes, names as customers write them, templates, ECIF, a signature lifted from another partner's claim
# --------------------------------------------------------------------------------------------------------------


def s496_041_mincoco_dispute_with_signed_acceptance() -> Bundle:
    cid = "4961041"
    cust = Org(
        "Mindanao Coconut Oil Mills, Inc.",
        "MinCoco Mills",
        "mincocomills.com.ph",
        "PH",
        "Iligan City 9200",
        "National Highway, Kiwalan",
        "#8d6e63",
    )
    cc = person(cust, "Arnel Bautista", "IT Head", "arnel.bautista")
    summary = g.report_pdf(
        BAYANIHAN,
        f"""
<h1>Project summary – Defender for Office 365 &amp; Entra ID P2</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Period", "January 12 – February 20, 2026"),
                    ("Partner", escape(BAYANIHAN.name)),
                ]
            )
        }
{
            grid(
                ["Workload", "Delivered", "Numbers"],
                [
                    (
                        "Defender for Office 365 P2",
                        "Safe Links, Safe Attachments, anti-phishing with impersonation "
                        "protection for 14 executives and the copra buying desk, attack simulation",
                        "380 mailboxes",
                    ),
                    (
                        "Entra ID P2",
                        "Privileged Identity Management for 11 admin roles, risk-based Conditional Access, "
                        "quarterly access reviews",
                        "380 users",
                    ),
                ],
                [24, 56, 20],
            )
        }
""",
        meta("MinCoco project summary", BC_PM.name, T(2026, 2, 23, 15, 0, 8)),
        f"{cid}|sum",
        right="Project summary",
    )
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", BAYANIHAN.name, BC_PM.name, BC_PM.title),
    ]
    acceptance = g.html_pdf(
        f"""
<h1>Acceptance Certificate</h1>
{kv([("Customer", escape(cust.name)), ("Project", "BCS-2026-004 Defender for Office 365 & Entra ID P2")])}
<p>The customer confirms that Bayanihan Cloud Solutions, Inc. deployed Defender for Office 365 Plan 2 for 380
mailboxes and Entra ID P2 (PIM for 11 admin roles, risk-based Conditional Access, access reviews) between January 12
and February 20, 2026, and accepts the work.</p>
"""
        + g.signoff("rows", parties, heading="Signatures"),
        meta("Acceptance BCS-2026-004", BC_PM.name, T(2026, 3, 27, 10, 0, 8)),
        f"{cid}|acc",
        style=css(BAYANIHAN.color),
        decor=g.Decor(BAYANIHAN, right="Acceptance Certificate", footer=escape(BAYANIHAN.name), accent=BAYANIHAN.color),
    )
    acc_scan = g.scan_pdf(
        acceptance,
        [
            *g.sign_inks("rows", parties[0], 0, "03/30/2026"),
            *g.sign_inks("rows", parties[1], 1, "03/30/2026", color=g.INK_BLACK),
        ],
        f"{cid}|accs",
        T(2026, 3, 30, 14, 0, 8),
        dpi=150,
        skew=0.6,
    )
    m = Mail(
        cc,
        [BC_PM],
        "Signed acceptance – BCS-2026-004",
        T(2026, 3, 30, 16, 12, 8),
        "Hi Maria,\n\nSorry for the delay – I was at the Iligan plant shutdown. Signed acceptance attached: we accept "
        "the Defender for Office 365 and Entra ID P2 work for our 380 users.\n\n" + signature_lines(cc),
        attachments=[("BCS-2026-004_Acceptance_signed.pdf", acc_scan)],
    )
    files = {
        "MinCoco_Project_Summary.pdf": summary,
        "Dispute/BCS-2026-004_Acceptance_signed.pdf": acc_scan,
        "Dispute/Signed acceptance – BCS-2026-004.msg": g.msg_file(m),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=BAYANIHAN,
        pc=BC_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        submitted=T(2026, 4, 10, 9, 0, 8),
        status="disputed",
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "microsoft",
                T(2026, 3, 6, 9, 0),
                "Dear Partner, the POE has no customer acknowledgement. Please upload a customer-signed document or "
                "the "
                "customer's acknowledgement e-mail within 14 days.",
            ),
            ("microsoft", T(2026, 3, 21, 9, 0), "Rejected: no response within 14 days."),
            (
                "partner",
                T(2026, 4, 10, 8, 55, 8),
                "Dispute: the customer's IT head was on a plant shutdown. Signed acceptance and his e-mail attached.",
            ),
        ],
        history=[
            ("submission", T(2026, 3, 2, 10, 0, 8), BC_PM.email),
            ("action required", T(2026, 3, 6, 9, 0), "Microsoft"),
            ("rejected", T(2026, 3, 21, 9, 0), "Microsoft"),
            ("disputed", T(2026, 4, 8, 11, 0, 8), BC_PM.email),
            ("submission", T(2026, 4, 10, 9, 0, 8), BC_PM.email),
        ],
    )
    return Bundle(
        f"{cid}_mincoco_dispute_adds_signed_acceptance",
        claim,
        files,
        "approve",
        "Dispute of a rejection for missing customer acknowledgement, submitted 20 days after the rejection (within "
        "the "
        "30-day dispute window). It now resolves the reason: a customer-signed acceptance (03/30/2026, Philippine "
        "month-first, consistent with the scan date) and the IT head's e-mail from mincocomills.com.ph accepting the "
        "Defender for Office 365 and Entra ID P2 work for 380 users. The earlier summary gives the detail.",
        "Dispute/BCS-2026-004_Acceptance_signed.pdf signed by Arnel Bautista 03/30/2026 + his e-mail 'we accept the "
        "Defender for Office 365 and Entra ID P2 work'.",
        g.cpor_ok(email_ack=True),
    )


def s496_042_cmads_acronym_and_subdomain() -> Bundle:
    cid = "4961042"
    cust = Org(
        "Compañía Minera Andina del Sur S.A.",
        "Minera Andina del Sur",
        "andinadelsur.com.pe",
        "PE",
        "Arequipa 04001",
        "Calle Mercaderes 212",
        "#bf360c",
    )
    cc = Person("Carmen Huamán", "chuaman@ti.andinadelsur.com.pe", "Jefa de TI / Head of IT", cust)
    report = g.report_pdf(
        ANDES,
        f"""
<h1>Informe de cierre / Closure report – CMADS</h1>
{kv([("Cliente / Customer", "Minera Andina del Sur (CMADS)"), ("Periodo / Period", "2 March – 29 May 2026")])}
{
            grid(
                ["Workload", "Delivered", "Numbers"],
                [
                    (
                        "Exchange Online",
                        "Migration from Zimbra, shared mailboxes for the Arequipa office and the two "
                        "mine camps, retention for mining-permit correspondence",
                        "740 + 22 mailboxes",
                    ),
                    (
                        "Teams",
                        "Teams per mine camp and shift, satellite-link meeting policies for the camps, Walkie "
                        "Talkie on 120 rugged phones",
                        "740 users",
                    ),
                ],
                [22, 56, 22],
            )
        }
""",
        meta("Informe de cierre CMADS", AN_PM.name, T(2026, 6, 2, 17, 0, -5)),
        f"{cid}|rep",
        right="Informe de cierre",
    )
    m1 = Mail(
        AN_PM,
        [cc],
        "CMADS – cierre del proyecto / project closure",
        T(2026, 6, 3, 9, 0, -5),
        "Hola Carmen,\n\nAdjunto el informe de cierre. ¿Nos confirmas la aceptación?\n\nSaludos,\nLucía\n\n"
        + g.footer_block(AN_PM),
        lang="es",
        attachments=[("Informe_de_cierre_CMADS.pdf", report)],
    )
    m2 = Mail(
        cc,
        [AN_PM],
        "RE: CMADS – cierre del proyecto / project closure",
        T(2026, 6, 4, 7, 55, -5),
        "Hola Lucía,\n\nCMADS acepta el proyecto. / CMADS accepts the project: our 740 users and 22 shared mailboxes "
        "are on Exchange Online since the Zimbra switch-off on 15 May, and Teams is in daily use at both camps, "
        "including Walkie Talkie on the 120 rugged phones.\n\nSaludos,\nCarmen Huamán\nJefa de TI – CMADS",
        quoted=m1,
        lang="es",
    )
    files = {"RE_ CMADS – cierre del proyecto.msg": g.msg_file(m2), "Informe_de_cierre_CMADS.pdf": report}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=ANDES,
        pc=AN_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 6, 16, 12, 0, -5),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_cmads_acronym_and_subdomain",
        claim,
        files,
        "approve",
        "The customer writes its name as 'CMADS' and 'Minera Andina del Sur' – the acronym and short form of Compañía "
        "Minera Andina del Sur S.A. – and its IT head writes from ti.andinadelsur.com.pe, a sub-domain of the claim's "
        "domain andinadelsur.com.pe. Her bilingual reply accepts the project with the numbers (740 users, 22 shared "
        "mailboxes, Teams at both camps).",
        "Reply from chuaman@ti.andinadelsur.com.pe, 4 Jun 2026: 'CMADS acepta el proyecto. / CMADS accepts the "
        "project'.",
        g.cpor_ok(email_ack=True),
    )


def s496_043_savannafresh_trade_name() -> Bundle:
    cid = "4961043"
    cust = Org(
        "Savanna Fresh Produce Exporters Ltd",
        "SavannaFresh",
        "savannafresh.co.ke",
        "KE",
        "Naivasha 20117",
        "Moi South Lake Road",
        "#7cb342",
    )
    cc = person(cust, "Kevin Otieno", "Head of ICT", "k.otieno")
    letter = g.html_pdf(
        f"""
<table><tr><td style="border:none;width:300pt"><h1 style="color:#7cb342">SavannaFresh</h1>
<span class="small">Fresh from Kenya · Savanna Fresh Produce Exporters Ltd · {escape(cust.address)}</span></td>
<td style="border:none;width:160pt;text-align:right">Naivasha, 14 August 2026</td></tr></table>
<p>To: Rift Valley Cloud Ltd, Nairobi</p>
<p><b>Re: Confirmation of Microsoft 365 deployment</b></p>
<p>SavannaFresh confirms that Rift Valley Cloud completed the following between 1 June and 31 July 2026:</p>
{
            ul(
                [
                    "Microsoft Teams for 420 staff at the Naivasha pack-house, the Nanyuki farm and the JKIA cold "
                    "store, with shift "
                    "channels for the pack-house lines",
                    "Microsoft 365 Apps for enterprise on 160 office PCs and laptops, replacing "
                    "Office 2013, with shared activation at the pack-house kiosks",
                ]
            )
        }
<p>We are satisfied with the work and continue with Rift Valley Cloud for support.</p>
<p style="margin-top:30pt">{escape(cc.name)}<br/>{escape(cc.title)}</p>
""",
        meta("Confirmation letter", cc.name, T(2026, 8, 14, 10, 0, 3)),
        f"{cid}|l",
        style=css("#7cb342"),
    )
    signed = g.scan_pdf(
        letter,
        [Ink(cc.name, "sig", cc.name, dx=0, dy=-34, h=30)],
        f"{cid}|s",
        T(2026, 8, 14, 15, 0, 3),
        dpi=150,
        skew=0.5,
        gray=False,
    )
    m = Mail(
        cc,
        [RV_PM],
        "Signed confirmation – SavannaFresh",
        T(2026, 8, 14, 16, 5, 3),
        "Hi Wanjiru,\n\nSigned letter attached as requested.\n\nRegards,\nKevin\nHead of ICT | SavannaFresh",
        attachments=[("SavannaFresh_confirmation_signed.pdf", signed)],
    )
    files = {"SavannaFresh_confirmation_signed.pdf": signed, "Signed confirmation – SavannaFresh.eml": g.eml(m)}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=RIFT,
        pc=RV_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "MICROSOFT 365 APPS"],
        submitted=T(2026, 9, 1, 11, 0, 3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_savannafresh_trade_name",
        claim,
        files,
        "approve",
        "The letter is on the customer's trade-name letterhead 'SavannaFresh', with the legal name Savanna Fresh "
        "Produce Exporters Ltd in the letterhead line, signed by its Head of ICT on 14 August 2026 and sent from "
        "savannafresh.co.ke: the same company as the claim's customer. It names the partner and details Teams for 420 "
        "staff at three sites and Microsoft 365 Apps on 160 devices.",
        "Letter 'SavannaFresh · Savanna Fresh Produce Exporters Ltd', signed by Kevin Otieno, 14 August 2026.",
        g.cpor_ok(email_ack=True),
    )


def s496_044_mombasa_cement_lookalike() -> Bundle:
    cid = "4961044"
    cust = Org(
        "Mombasa Cement Works Ltd",
        "Mombasa Cement Works",
        "mombasacement.co.ke",
        "KE",
        "Mombasa 80100",
        "Port Reitz Road",
        "#616161",
    )
    cc = person(cust, "Hassan Omar", "ICT Manager", "hassan.omar")
    other = Org(
        "Mombasa Cement Distributors Ltd",
        "MC Distributors",
        "mcdistributors.co.ke",
        "KE",
        "Mombasa 80100",
        "Moi Avenue, Jubilee Building",
        "#616161",
    )
    other_it = person(other, "Fatuma Said", "IT Officer", "fatuma.said")
    parties = [
        Party("Customer", other.name, other_it.name, other_it.title),
        Party("Partner", RIFT.name, RV_PM.name, RV_PM.title),
    ]
    html = f"""
<h1>Handover Certificate</h1>
{kv([("Customer", escape(other.name)), ("Customer address", escape(other.address)), ("Partner", escape(RIFT.name))])}
{
        grid(
            ["Workload", "Delivered", "Volume"],
            [
                (
                    "Microsoft Intune",
                    "Enrolment of sales-rep laptops and depot tablets; compliance; app protection for the order app",
                    "96 devices",
                ),
                ("Defender for Endpoint", "Onboarding, ASR rules, EDR block mode", "96 devices, 3 servers"),
            ],
            [24, 56, 20],
        )
    }
""" + g.signoff("columns", parties, heading="Acceptance")
    pdf = g.html_pdf(
        html,
        meta("Handover certificate", RV_PM.name, T(2026, 5, 4, 10, 0, 3)),
        f"{cid}|h",
        style=css(RIFT.color),
        decor=g.Decor(RIFT, right="Handover Certificate", footer=escape(RIFT.name), accent=RIFT.color),
    )
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("columns", parties[0], 0, "06/05/2026"),
            *g.sign_inks("columns", parties[1], 1, "06/05/2026", color=g.INK_BLACK),
        ],
        f"{cid}|s",
        T(2026, 5, 6, 12, 0, 3),
        dpi=150,
        skew=-0.5,
    )
    m = Mail(
        other_it,
        [RV_PM],
        "RE: Intune and Defender handover",
        T(2026, 5, 6, 14, 30, 3),
        "Dear Wanjiru,\n\nSigned certificate attached. All 96 devices of our depots are in Intune and Defender.\n\n"
        "Fatuma Said\nIT Officer | Mombasa Cement Distributors Ltd",
    )
    files = {"Handover_Certificate_signed.pdf": scan, "RE_ Intune and Defender handover.msg": g.msg_file(m)}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=RIFT,
        pc=RV_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 5, 25, 10, 0, 3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_mombasa_cement_lookalike_company",
        claim,
        files,
        "action_required",
        "The claim is for Mombasa Cement Works Ltd (mombasacement.co.ke, Port Reitz Road), but the certificate and the "
        "e-mail are from Mombasa Cement Distributors Ltd (mcdistributors.co.ke, Moi Avenue) – a similarly named but "
        "different company with its own domain and its own 96 depot devices. The claimed customer is never named in "
        "the POE and nothing comes from its domain.",
        "Certificate 'Customer: Mombasa Cement Distributors Ltd'; e-mail from fatuma.said@mcdistributors.co.ke.",
        {
            "partner_customer_names": "fail",
            "customer_domain": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
        container="zip-folder",
    )


def s496_045_sucrerie_gharb_microsoft_template() -> Bundle:
    cid = "4961045"
    cust = Org(
        "Sucrerie du Gharb SA",
        "Sucrerie du Gharb",
        "sucreriegharb.ma",
        "MA",
        "Sidi Slimane 14200",
        "Route de Meknès, km 4",
        "#6d4c41",
    )
    cc = person(cust, "Karim El Amrani", "Directeur des Systèmes d'Information / CIO", "k.elamrani")
    scope = (
        "<p>Sucrerie du Gharb ran a third-party antivirus without EDR on its two sugar mills and head office and had "
        "no protection for e-mail beyond Exchange Online Protection.</p>"
        + ul(
            [
                "Microsoft Defender for Endpoint: onboarded 520 workstations and 34 servers via Intune and GPO, "
                "including 60 mill control-room PCs in passive mode; ASR rules in block mode for office devices; EDR "
                "in block mode; device groups per mill.",
                "Microsoft Defender for Office 365 Plan 2: Safe Links and Safe Attachments for 610 mailboxes; "
                "impersonation protection for 12 executives and the sugar-beet purchasing team; two attack "
                "simulations (click rate 19% → 7%).",
                "Timeline: kick-off 02/03/2026, MDO live 20/03/2026, MDE rollout 23/03 – 08/05/2026, handover "
                "15/05/2026.",
            ]
        )
    )
    pdf = g.ms_poe_template(
        ATLAS,
        cust,
        cc,
        [
            ("Microsoft Defender for Endpoint (MDE)", ("Deployment", "Implementation")),
            ("Microsoft Defender for Office 365", ("Deployment", "Implementation", "Adoption/Change Mgmt.")),
        ],
        scope,
        D(2026, 3, 2),
        D(2026, 5, 15),
        f"{cid}|tpl",
    )
    signed = g.esign(
        pdf,
        cc,
        T(2026, 5, 19, 11, 20, 1),
        f"{cid}|env",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=12,
        date_anchor="Date Signed",
        date_dx=150,
        date_dy=3,
        date_text="19/05/2026",
        vendor="adobe",
        certificate=True,
        sender=AS_AM,
        ip="196.200.131.44",
    )
    files = {"POE_CPOR_Security_Sucrerie_du_Gharb_signe.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=ATLAS,
        pc=AS_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 6, 3, 10, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_sucrerie_gharb_microsoft_template_esigned",
        claim,
        files,
        "approve",
        "Microsoft's optional Security usage template, filled in for the two ticked products only (Defender for "
        "Endpoint, Defender for Office 365); the other product rows, Defender for Identity among them, are unticked "
        "and "
        "not claimed. Detailed scope (554 devices, 610 mailboxes, day-first dates), customer and partner named, and "
        "the acknowledgement e-signed through Adobe Acrobat Sign by the customer's CIO on 19/05/2026 with an audit "
        "report.",
        "Section 1: ☒ MDE, ☒ Defender for Office 365, others ☐; Section 3.1 e-signed by Karim El Amrani, Date Signed "
        "19/05/2026.",
        g.cpor_ok(),
    )


def s496_046_tanger_dispute_partner_signed_for_customer() -> Bundle:
    cid = "4961046"
    cust = Org(
        "Tanger Automotive Components SARL",
        "TAC Tanger",
        "tac-tanger.ma",
        "MA",
        "Tanger Automotive City 90000",
        "Lot 41, Zone Franche",
        "#455a64",
    )
    cc = person(cust, "Nadia Bensouda", "Responsable IT / IT Manager", "n.bensouda")
    signer_line = f"{escape(AS_AM.name)}, {escape(AS_AM.title)}, Atlas Secure"
    m1 = Mail(
        AS_SEC,
        [cc],
        "Defender for Identity & Cloud Apps – récapitulatif / summary",
        T(2026, 4, 24, 16, 0, 1),
        "Bonjour Nadia,\n\nSummary of the work completed: Defender for Identity sensors on 4 domain controllers, "
        "Defender for Cloud Apps discovery and 7 policies for 650 users. Please confirm.\n\nCordialement,\nYoussef\n\n"
        + g.footer_block(AS_SEC),
        lang="fr",
    )
    attest = g.html_pdf(
        f"""
<h1>Attestation de fin de travaux / Completion Attestation</h1>
<p>Atlas Secure SARL atteste avoir réalisé pour Tanger Automotive Components SARL le déploiement de Microsoft Defender
for Identity (4 contrôleurs de domaine) et de Microsoft Defender for Cloud Apps (7 stratégies, 650 utilisateurs). /
Atlas Secure SARL certifies that it deployed Microsoft Defender for Identity (4 domain controllers) and Microsoft
Defender for Cloud Apps (7 policies, 650 users) for Tanger Automotive Components SARL.</p>
{fields([("Pour le client / For the customer", "", 44), ("Nom / Name", signer_line, 14)], key_w=170)}
""",
        meta("Attestation fin de travaux TAC", AS_AM.name, T(2026, 6, 10, 10, 0, 1)),
        f"{cid}|att",
        style=css(ATLAS.color),
        decor=g.Decor(ATLAS, footer=escape(ATLAS.name + " · " + ATLAS.reg), accent=ATLAS.color, numbers=""),
    )
    attest = g.stamp_pdf(
        attest,
        [Ink("Pour le client / For the customer", "sig", AS_AM.name, dx=180, dy=6, h=30, color=g.INK_BLUE)],
        f"{cid}|atts",
        meta("Attestation fin de travaux TAC", AS_AM.name, T(2026, 6, 10, 10, 30, 1)),
    )
    files = {
        "Defender for Identity & Cloud Apps – recapitulatif.msg": g.msg_file(m1),
        "Dispute/Attestation_fin_de_travaux_TAC.pdf": attest,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=ATLAS,
        pc=AS_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        submitted=T(2026, 6, 12, 9, 0, 1),
        status="disputed",
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "microsoft",
                T(2026, 5, 8, 9, 0),
                "Dear Partner, the only e-mail is from the partner and the customer never accepted the work. Please "
                "upload the customer's acknowledgement.",
            ),
            ("microsoft", T(2026, 5, 20, 9, 0), "Rejected: the resubmission adds no customer acknowledgement."),
            ("partner", T(2026, 6, 12, 8, 55, 1), "Dispute: completion attestation attached."),
        ],
        history=[
            ("submission", T(2026, 5, 4, 10, 0, 1), AS_SEC.email),
            ("action required", T(2026, 5, 8, 9, 0), "Microsoft"),
            ("submission", T(2026, 5, 15, 10, 0, 1), AS_SEC.email),
            ("rejected", T(2026, 5, 20, 9, 0), "Microsoft"),
            ("disputed", T(2026, 6, 10, 11, 0, 1), AS_SEC.email),
            ("submission", T(2026, 6, 12, 9, 0, 1), AS_SEC.email),
        ],
    )
    return Bundle(
        f"{cid}_tanger_dispute_signed_by_partner_itself",
        claim,
        files,
        "reject",
        "Dispute of a rejection for missing customer acknowledgement. The dispute adds a 'completion attestation' on "
        "Atlas Secure's own letterhead, signed in the 'for the customer' box by Atlas Secure's account manager; the "
        "only e-mail is still the partner's own summary that the customer never answered. The rejection reason is not "
        "resolved, and a decision on a dispute is final: reject.",
        "Attestation 'Pour le client / For the customer' signed by Salma Idrissi, Account Manager, Atlas Secure; "
        "status "
        "disputed.",
        {"customer_acknowledgement": "fail", "activity_detail": "pass", "reused_evidence": "pass"},
    )


def s496_047_piraeus_ferries_ecif_with_acknowledgement() -> Bundle:
    cid = "4961047"
    cust = Org(
        "Piraeus Ferry Lines S.A.",
        "Piraeus Ferry Lines",
        "piraeusferries.gr",
        "GR",
        "185 38 Piraeus",
        "Akti Miaouli 59",
        "#0d47a1",
    )
    cc = person(cust, "Dimitris Kostopoulos", "IT Security Manager", "d.kostopoulos")
    ecif = g.html_pdf(
        f"""
<p class="small">Microsoft End Customer Investment Funds (ECIF) – Partner-delivered services</p>
<h1>ECIF Project Completion Report</h1>
{
            kv(
                [
                    ("ECIF project", "ECIF-GR-26-0417"),
                    ("End customer", escape(cust.name)),
                    ("Partner", escape(AEGEAN.name)),
                    ("Funded services", "Security deployment – Defender for Endpoint and Defender for Identity"),
                    ("Delivery period", "9 February – 17 April 2026"),
                ]
            )
        }
<h2>Milestones</h2>
{
            grid(
                ["Milestone", "Description", "Completed"],
                [
                    ("M1", "Design: onboarding method for 6 ships' networks and the Piraeus office", "20/02/2026"),
                    (
                        "M2",
                        "Defender for Endpoint: 430 devices (office, port agencies, 6 vessels) and 22 servers; ASR "
                        "rules; EDR block mode",
                        "27/03/2026",
                    ),
                    (
                        "M3",
                        "Defender for Identity: sensors on 5 domain controllers and AD FS; honeytokens",
                        "10/04/2026",
                    ),
                    ("M4", "Handover and knowledge transfer (3 sessions)", "17/04/2026"),
                ],
                [10, 70, 20],
            )
        }
"""
        + g.signoff(
            "columns",
            [
                Party("Partner", AEGEAN.name, AC_ARCH.name, AC_ARCH.title),
                Party("Microsoft", "Microsoft Hellas S.A.", "Partner Development Manager", ""),
            ],
            heading="Approvals",
        ),
        meta("ECIF completion ECIF-GR-26-0417", AC_ARCH.name, T(2026, 4, 20, 10, 0, 3)),
        f"{cid}|ecif",
        style=css("#0078d4"),
    )
    m1 = Mail(
        AC_ARCH,
        [cc],
        "Defender project – completion",
        T(2026, 4, 21, 12, 0, 3),
        "Dear Dimitris,\n\nThe Defender project is complete. Could you confirm the deliverables on your side?\n\nBest "
        "regards,\nNikos\n\n" + g.footer_block(AC_ARCH),
    )
    m2 = Mail(
        cc,
        [AC_ARCH],
        "RE: Defender project – completion",
        T(2026, 4, 22, 9, 10, 3),
        "Dear Nikos,\n\nConfirmed. Aegean Cloud onboarded our 430 devices – including the six vessels – and 22 servers "
        "to Defender for Endpoint with ASR and EDR in block mode, and Defender for Identity now covers our 5 domain "
        "controllers and the AD FS farm. We accept the deliverables and continue with Aegean Cloud for the monthly "
        "security review.\n\n" + signature_lines(cc),
        quoted=m1,
    )
    printed = g.printed_mail_pdf(m2, AC_ARCH, f"{cid}|print")
    files = {
        "ECIF_Project_Completion_Report_ECIF-GR-26-0417.pdf": ecif,
        "RE_ Defender project – completion.pdf": printed,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=AEGEAN,
        pc=AC_ARCH,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        submitted=T(2026, 5, 14, 10, 0, 3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_piraeus_ferries_ecif_plus_customer_email",
        claim,
        files,
        "approve",
        "ECIF documentation alone carries no customer acknowledgement (its approvals are the partner and Microsoft), "
        "but this ECIF completion report describes the work per workload in detail (430 devices and 22 servers in MDE, "
        "MDI on 5 DCs + AD FS, milestone dates) and the partner adds the separate customer acknowledgement the guide "
        "asks for: the IT security manager's e-mail from piraeusferries.gr of 22 April 2026 accepting the "
        "deliverables, "
        "printed to PDF from Outlook.",
        "ECIF report milestones M1–M4; printed e-mail from d.kostopoulos@piraeusferries.gr: 'We accept the "
        "deliverables'.",
        g.cpor_ok(email_ack=True),
    )


def s496_048_straits_pasted_penang_signature() -> Bundle:
    cid = "4961048"
    _, crop = penang_scan()
    html = f"""
<h1>Customer Acceptance Certificate</h1>
<p style="font-size:12pt">Managed Intune &amp; Defender for Endpoint services</p>
{kv([("Customer", escape(PENANG.name)), ("Service provider", escape(STRAITS.name)), ("Service start", "01/09/2026")])}
{
        grid(
            ["Service", "Scope"],
            [
                ("Intune management", "Policy and app management for 410 devices; monthly compliance report"),
                ("Defender for Endpoint operations", "Alert triage and ASR tuning for 410 devices and 15 servers"),
            ],
            [30, 70],
        )
    }
<p>The customer confirms that Straits Digital Pte. Ltd. provides the services above.</p>
{
        fields(
            [
                ("Authorised signatory", "", 44),
                ("Name", f"{escape(PENANG_IT.name)}, {escape(PENANG_IT.title)}", 14),
                ("Date signed", "", 18),
            ]
        )
    }
"""
    pdf = g.html_pdf(
        html,
        meta("Customer Acceptance Certificate", ST_PM.name, T(2026, 10, 12, 10, 0, 8)),
        f"{cid}|cert",
        style=css(STRAITS.color),
        decor=g.Decor(
            STRAITS,
            right="Customer Acceptance",
            footer=escape(STRAITS.name + " · " + STRAITS.reg),
            accent=STRAITS.color,
        ),
    )
    pasted = g.stamp_pdf(
        pdf,
        [
            Ink("Authorised signatory", "image", dx=150, dy=0, h=30, picture=crop),
            Ink("Date signed", "hand", "12/10/2026", dx=150, dy=2, h=12, color=(0, 0, 0)),
        ],
        f"{cid}|paste",
        meta("Customer Acceptance Certificate (signed)", ST_PM.name, T(2026, 10, 12, 10, 20, 8)),
    )
    files = {"Penang_Precision_Customer_Acceptance_signed.pdf": pasted}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=STRAITS,
        pc=ST_PM,
        cust=PENANG,
        cc=PENANG_IT,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 10, 19, 14, 0, 8),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_straits_signature_lifted_from_other_partner",
        claim,
        files,
        "action_required",
        "A competing claim on the same customer and workloads as 4961036. Its only POE is a born-digital certificate "
        "whose 'signature' is a picture of Goh Wei Ming's signature cut out of the scanned Klang Valley acceptance "
        "certificate on claim 4961036 (same strokes, scan grain and grey scan background), pasted into the signatory "
        "cell with a date '12/10/2026' added beside it. 4961036 holds the original. A copied/pasted signature is not "
        "a customer acknowledgement, and the "
        "evidence is lifted from another partner's claim. UNSURE: given the copying, a reviewer could reject outright.",
        "Signature image on 'Authorised signatory' identical to the customer signature on 4961036's scan; the "
        "certificate itself is a born-digital PDF.",
        {"reused_evidence": "fail", "customer_acknowledgement": "fail", "workload_match": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Partner Activities: AMMP rates by partner market, invoices, surveys, windows, public sector
# --------------------------------------------------------------------------------------------------------------


def s496_049_hokuriku_ammp_market_a() -> Bundle:
    cid = "4961049"
    cust = Org(
        "Hokuriku Precision Bearings Co., Ltd.",
        "Hokuriku Bearings",
        "hokuriku-bearings.co.jp",
        "JP",
        "Kanazawa, Ishikawa 920-0031",
        "2-5-14 Hirooka",
        "#283593",
    )
    cc = person(cust, "Kenji Yamamoto", "General Manager, IT Department", "k.yamamoto")
    consent, submitted = D(2026, 3, 2), T(2026, 6, 22, 10, 0, 9)
    files, claim = g.ammp_claim(
        cid,
        "hokuriku",
        SETO,
        SC_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Bearing inspection & traceability system (.NET, Oracle)",
        arr="USD 68,000 per year",
        dates=["2026/03/16", "2026/04/10", "2026/05/22", "2026/06/05"],
        amount=15000.0,
        inv_no="SCI-2026-0088",
        date_style="iso",
        sign_when=T(2026, 6, 12, 14, 0, 9),
        date_text="2026/06/12",
        invoice_kw={"date_style": "iso", "bank": "MUFG Bank, Okayama Branch · USD account"},
    )
    return Bundle(
        f"{cid}_hokuriku_ammp_japan_market_a",
        claim,
        files,
        "approve",
        "AMMP (Small) claim from a Japanese partner: Japan is a Market A country, so USD 15,000 is the right rate and "
        "the invoice shows it with the claim ID and partner name. The programme template with the four activities is "
        "signed by the customer (2026/06/12, year-first), both surveys are signed with name, company and title, and "
        f"the claim came {days(consent, submitted)} days after consent (xs/small: 120). The activity list is the "
        "programme's own wording shared by every AMMP claim (boilerplate).",
        "Invoice SCI-2026-0088: 'MCI Engagement Claim ID 4961049', USD 15,000.00; partner country JP (Market A).",
        g.pa_ok(),
    )


def s496_050_gulf_coast_ammp_partner_market_b() -> Bundle:
    cid = "4961050"
    cust = Org(
        "Gulf Coast Marine Supply, Inc.",
        "Gulf Coast Marine",
        "gulfcoastmarinesupply.com",
        "US",
        "Mobile, AL 36602",
        "151 Water St",
        "#00695c",
    )
    cc = person(cust, "Travis Boudreaux", "Director of IT", "tboudreaux")
    consent, submitted = D(2026, 5, 4), T(2026, 8, 27, 11, 0, -4)
    lz = g.landing_zone_doc(ISLA_VERDE, cust, f"{cid}|lz", T(2026, 6, 5, 15, 0, -4), IV_PM.name)
    files, claim = g.ammp_claim(
        cid,
        "gulfcoast",
        ISLA_VERDE,
        IV_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Ship-chandlery ordering portal (ASP.NET MVC, SQL Server)",
        arr="USD 54,000 per year",
        dates=["05/18/2026", "06/12/2026", "07/31/2026", "08/14/2026"],
        amount=12000.0,
        inv_no="IVC-2026-041",
        date_style="us_long",
        sign_when=T(2026, 8, 20, 10, 0, -4),
        date_text="08/20/2026",
        invoice_kw={"date_style": "us_long", "bank": "Banco Popular de Puerto Rico · USD wire"},
        extra={"POE/Landing_Zone_Design_Gulf_Coast_Marine.pdf": lz},
    )
    return Bundle(
        f"{cid}_gulf_coast_ammp_partner_in_market_b",
        claim,
        files,
        "approve",
        "The invoice amount follows the partner's market, not the customer's: the partner is in Puerto Rico (Market "
        "B), "
        "so the AMMP (Small) rate is USD 12,000 even though the customer is in the US (Market A) – and the invoice "
        "asks "
        "for exactly USD 12,000 with the claim ID. Signed template, landing-zone design, complete surveys, "
        f"{days(consent, submitted)} days after consent (xs/small: 120).",
        "Invoice IVC-2026-041: USD 12,000.00 for claim 4961050; partner.country PR (Market B), customer US.",
        g.pa_ok(),
    )


def s496_051_fremantle_ammp_customer_market_rate() -> Bundle:
    cid = "4961051"
    cust = Org(
        "Fremantle Cold Storage Pty Ltd",
        "Fremantle Cold Storage",
        "fremantlecold.com.au",
        "AU",
        "North Fremantle WA 6159",
        "12 Port Beach Rd",
        "#0277bd",
    )
    cc = person(cust, "Liam O'Connor", "IT Manager", "liam.oconnor")
    consent, submitted = D(2026, 2, 9), T(2026, 5, 26, 15, 0, 8)
    files, claim = g.ammp_claim(
        cid,
        "fremantle",
        STRAITS,
        ST_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Cold-store slotting and temperature logging (Java, PostgreSQL)",
        arr="USD 46,000 per year",
        dates=["23/02/2026", "20/03/2026", "01/05/2026", "08/05/2026"],
        amount=15000.0,
        inv_no="SD-INV-2026-0192",
        date_style="gb",
        sign_when=T(2026, 5, 15, 11, 0, 8),
        date_text="15/05/2026",
        invoice_kw={"date_style": "gb_long", "bank": "DBS Bank · USD account 072-884-4471"},
    )
    return Bundle(
        f"{cid}_fremantle_ammp_rate_of_customer_market",
        claim,
        files,
        "action_required",
        "Everything is in order except the invoice: the partner is in Singapore (Market B), where the AMMP (Small) "
        "rate "
        "is USD 12,000, but the invoice asks for USD 15,000 – the Market A rate of the customer's country, Australia. "
        "The invoice must match the payout for the partner's market.",
        "Invoice SD-INV-2026-0192: USD 15,000.00; partner.country SG (Market B → USD 12,000), customer AU.",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "required_documents": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_052_cementos_rimac_ammp_late() -> Bundle:
    cid = "4961052"
    cust = Org(
        "Cementos del Rímac S.A.A.",
        "Cementos del Rímac",
        "cementosrimac.com.pe",
        "PE",
        "Villa María del Triunfo, Lima 15809",
        "Av. Atocongo 2440",
        "#616161",
    )
    cc = person(cust, "Patricia Salazar", "Gerente de TI", "psalazar")
    consent, submitted = D(2026, 1, 5), T(2026, 5, 29, 17, 0, -5)
    files, claim = g.ammp_claim(
        cid,
        "rimac",
        ANDES,
        AN_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Dispatch and weighbridge portal (PHP, MySQL)",
        arr="USD 39,000 per year",
        dates=["19/01/2026", "13/02/2026", "10/04/2026", "24/04/2026"],
        amount=7500.0,
        inv_no="AN-F001-00412",
        date_style="gb",
        sign_when=T(2026, 5, 20, 12, 0, -5),
        date_text="20/05/2026",
        invoice_kw={"date_style": "gb", "bank": "BCP · Cuenta USD 193-2284471-1-02"},
    )
    return Bundle(
        f"{cid}_cementos_rimac_ammp_after_120_days",
        claim,
        files,
        "reject",
        "AMMP (Small) claims must be submitted within 120 days of customer consent (2026-01-05 → 2026-05-05); this "
        "one "
        f"was submitted on 2026-05-29, {days(consent, submitted)} days after consent. The rest is in order (Peru is "
        "Market C, USD 7,500 invoiced; signed template; surveys), but an expired claim cannot be reactivated.",
        "consent_date 2026-01-05, activity_type xs_small, submitted 2026-05-29.",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s496_053_galilee_siem_xdr_workshop() -> Bundle:
    cid = "4961053"
    cust = Org(
        "Galilee Precision Optics Ltd.",
        "Galilee Optics",
        "galileeoptics.co.il",
        "IL",
        "Karmiel 2165101",
        "9 HaMelacha St",
        "#4a148c",
    )
    cc = person(cust, "Eitan Shapiro", "IT & Security Manager", "eitan.s")
    eng = g.engagement(
        "SEC-SIEM-XDR-WS-VAR", "Usage-Defend Against Threats w/SIEM + XDR Workshop", "standard", "variable", 4200.0
    )
    consent, submitted = D(2026, 7, 6), T(2026, 9, 24, 12, 0, 3)
    report = findings_report(
        SENTINEL_ARC,
        "Defend Against Threats with SIEM + XDR – Findings and Recommendations",
        [
            ("Customer", cust.name),
            ("Engagement window", "20 July – 3 September 2026"),
            (
                "Scope",
                "Sentinel trial workspace, Defender XDR on 140 endpoints and 380 mailboxes, 2 domain controllers",
            ),
            ("MCI claim", cid),
        ],
        [
            (
                "Threats found",
                grid(
                    ["#", "Finding", "Severity"],
                    [
                        ("1", "Password spray against the VPN from 3 foreign ASNs (Sentinel analytics rule)", "High"),
                        ("2", "Inbox forwarding rule to a personal mailbox on a sales account", "High"),
                        ("3", "23 endpoints with vulnerable optics-design software versions", "Medium"),
                        ("4", "No log source for the clean-room production network", "Medium"),
                    ],
                    [6, 76, 18],
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Keep Sentinel with 6 data connectors; add the production firewall via syslog.",
                        "Defender for Endpoint on all 320 endpoints; disable external auto-forwarding.",
                        "Monthly threat hunting and incident-response runbook with the IT team.",
                    ]
                ),
            ),
        ],
        T(2026, 9, 7, 17, 0, 3),
        SA_LEAD.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        SENTINEL_ARC,
        SA_LEAD,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"SIEM_XDR_Workshop_Findings_Galilee_Optics.pdf": report},
        amount=4200.0,
        inv_no="SAC-2026-311",
        inv_day=D(2026, 9, 17),
        activities="Sentinel and Defender XDR trial, threat exploration, findings workshop",
        outcome="4 findings incl. an active password spray; Sentinel adoption plan",
        participants="7",
        invoice_kw={"date_style": "gb_long", "bank": "Bank Leumi · USD account 884-471120"},
    )
    return Bundle(
        f"{cid}_galilee_siem_xdr_workshop",
        claim,
        files,
        "approve",
        "Security Partner Activities workshop with a variable payout of USD 4,200: specific findings (password spray, "
        "forwarding rule, vulnerable software) and recommendations, invoice SAC-2026-311 with the claim ID, partner "
        "name "
        f"and USD 4,200.00, both surveys signed in full, submitted {days(consent, submitted)} days after consent "
        "(standard: 90).",
        "Invoice SAC-2026-311: 'MCI Engagement Claim ID 4961053', USD 4,200.00 = proposed payout.",
        g.pa_ok(),
    )


def s496_054_marillenhof_invoice_without_claim_id() -> Bundle:
    cid = "4961054"
    cust = Org(
        "Wachauer Marillenhof GmbH",
        "Wachauer Marillenhof",
        "marillenhof-wachau.at",
        "AT",
        "3610 Weißenkirchen in der Wachau",
        "Kremser Straße 12",
        "#ef6c00",
    )
    cc = person(cust, "Stefan Pichler", "Geschäftsführer / Managing Director", "s.pichler")
    eng = g.engagement("BA-PRESALES-ENV-VAR", "Pre-Sales Variable Envisioning Workshop", "standard", "variable", 2750.0)
    consent, submitted = D(2026, 6, 15), T(2026, 8, 25, 9, 30, 2)
    report = findings_report(
        DONAU,
        "Envisioning Workshop – Findings and Recommendations",
        [
            ("Customer", cust.name),
            ("Workshop", "7 July 2026, Weißenkirchen (5 hours)"),
            ("Participants", "8 – management, sales, farm shop, logistics"),
            ("MCI claim", cid),
        ],
        [
            (
                "Situation",
                "<p>Apricot products (jams, brandies, fresh fruit in season) are sold to 140 retailers, 60 restaurants "
                "and through a farm shop and web shop; orders arrive by phone and e-mail and are keyed into an "
                "accounting package. Harvest-season peaks (July) overload the office.</p>",
            ),
            (
                "Recommended solution",
                grid(
                    ["Phase", "Scope", "Timing"],
                    [
                        ("1", "Business Central Essentials: orders, stock by batch, invoicing (9 users)", "Q4 2026"),
                        ("2", "Shopify connector for the web shop; Power BI sales dashboard", "Q1 2027"),
                    ],
                    [10, 66, 24],
                ),
            ),
        ],
        T(2026, 7, 9, 16, 0, 2),
        DB_PC.name,
        f"{cid}|rep",
    )
    invoice = g.invoice_pdf(
        DONAU,
        "DB-RE-2026-0233",
        D(2026, 8, 19),
        [("Envisioning Workshop Dynamics 365 Business Central\nWachauer Marillenhof GmbH, 7 July 2026", 2750.0)],
        f"{cid}|inv",
        title="RECHNUNG / INVOICE",
        date_style="de",
        labels={
            "inv": "Rechnungsnr. / Invoice no.",
            "date": "Datum / Date",
            "due": "Fällig / Due",
            "bill": "Rechnungsempfänger / Bill to",
            "desc": "Leistung / Description",
            "amt": "Betrag / Amount",
            "sub": "Netto / Subtotal (pre-tax)",
            "total": "Gesamt / Total",
        },
        bank="Erste Bank · IBAN AT48 2011 1822 8447 1000 (USD)",
    )
    files, claim = pa_claim(
        cid,
        DONAU,
        DB_PC,
        cust,
        cc,
        area="Business Applications",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Envisioning_Findings_Wachauer_Marillenhof.pdf": report},
        amount=2750.0,
        inv_no="DB-RE-2026-0233",
        inv_day=D(2026, 8, 19),
        activities="Envisioning workshop on Business Central and the web shop",
        outcome="Two-phase roadmap for Business Central",
        participants="8",
        invoice_pdf_bytes=invoice,
    )
    return Bundle(
        f"{cid}_marillenhof_invoice_without_claim_id",
        claim,
        files,
        "action_required",
        "The invoice has the partner's name and the right pre-tax amount in USD (2,750.00 = proposed payout) but no "
        "MCI claim ID – only a description of the workshop. The claim ID is one of the three required invoice "
        f"elements. Findings report, surveys and timing ({days(consent, submitted)} days, standard: 90) are fine.",
        "Invoice DB-RE-2026-0233: 'Envisioning Workshop Dynamics 365 Business Central … USD 2,750.00'; no claim ID.",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_055_pohjolan_invoice_trade_name() -> Bundle:
    cid = "4961055"
    cust = Org(
        "Pohjolan Kuljetus Oy",
        "Pohjolan Kuljetus",
        "pohjolankuljetus.fi",
        "FI",
        "90100 Oulu",
        "Satamatie 21",
        "#1565c0",
    )
    cc = person(cust, "Sanna Lehtonen", "Tietohallintopäällikkö / Head of IT", "sanna.lehtonen")
    eng = g.engagement(
        "SEC-PROTECT-DATA-WS-VAR", "Sales - Protect and Govern Sensitive Data Workshop", "standard", "variable", 3600.0
    )
    consent, submitted = D(2026, 3, 9), T(2026, 5, 20, 13, 0, 3)
    report = findings_report(
        AALTO,
        "Protect and Govern Sensitive Data – Findings",
        [
            ("Customer", cust.name),
            ("Data risk check", "23 March – 17 April 2026 (SharePoint, OneDrive, Exchange)"),
            ("Participants", "6 – IT, HR, legal, transport planning"),
            ("MCI claim", cid),
        ],
        [
            (
                "What the data risk check found",
                ul(
                    [
                        "4,180 files with Finnish personal identity codes, 610 of them shared with 'anyone' links.",
                        "Driver health certificates in a transport-planning Teams channel with 38 external guests.",
                        "Customer contracts with price schedules e-mailed to personal addresses (112 cases).",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Sensitivity labels (4) with auto-labelling for identity codes and health data.",
                        "DLP policies for Exchange, SharePoint and Teams; remove 'anyone' links.",
                        "Insider Risk Management for departing employees in sales.",
                    ]
                ),
            ),
        ],
        T(2026, 4, 22, 15, 0, 3),
        AP_PM.name,
        f"{cid}|rep",
    )
    trade = Org(
        "AaltoCloud",
        "AaltoCloud",
        AALTO.domain,
        AALTO.country,
        AALTO.city,
        AALTO.street,
        AALTO.color,
        AALTO.reg,
        AALTO.phone,
    )
    invoice = g.invoice_pdf(
        trade,
        "AC-2026-1077",
        D(2026, 5, 14),
        [(f"MCI Engagement Claim ID {cid} – {eng['name']}\nCustomer: {cust.name}", 3600.0)],
        f"{cid}|inv",
        title="LASKU / INVOICE",
        date_style="de",
        bank="Nordea · USD account FI41 1572 3000 2284 47",
    )
    files, claim = pa_claim(
        cid,
        AALTO,
        AP_PM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Protect_Govern_Data_Findings_Pohjolan_Kuljetus.pdf": report},
        amount=3600.0,
        inv_no="AC-2026-1077",
        inv_day=D(2026, 5, 14),
        activities="Data risk check and workshop on protecting sensitive data",
        outcome="Labelling, DLP and insider-risk plan",
        participants="6",
        invoice_pdf_bytes=invoice,
    )
    checks = g.pa_ok()
    checks["invoice"] = ["pass", "warn"]
    return Bundle(
        f"{cid}_pohjolan_invoice_under_trade_name",
        claim,
        files,
        "approve",
        "The invoice is issued under the partner's trade name 'AaltoCloud' (its logo and name on every Aalto Pilvi Oy "
        "document) with the same business ID, Y-tunnus 3122841-7, address and domain as the claiming location Aalto "
        "Pilvi Oy; it carries the claim ID and USD 3,600.00, the proposed payout. The findings are specific, surveys "
        f"are complete, {days(consent, submitted)} days after consent. UNSURE: a strict reader may want the legal name "
        "on the invoice and ask for a corrected one.",
        "Invoice AC-2026-1077 header 'AaltoCloud · Y-tunnus 3122841-7', claim ID 4961055, USD 3,600.00.",
        checks,
    )


def s496_056_nakuru_customer_survey_no_company() -> Bundle:
    cid = "4961056"
    cust = Org(
        "Nakuru Flower Growers Ltd",
        "Nakuru Flowers",
        "nakuruflowers.co.ke",
        "KE",
        "Nakuru 20100",
        "Lanet Industrial Area",
        "#ad1457",
    )
    cc = person(cust, "Grace Wambui", "Operations Manager", "grace.wambui")
    eng = g.engagement("MW-SYNTEX-WS-VAR", "Microsoft Syntex Workshop", "standard", "variable", 1900.0)
    consent, submitted = D(2026, 2, 16), T(2026, 4, 27, 10, 0, 3)
    report = findings_report(
        RIFT,
        "Microsoft Syntex Workshop – Findings",
        [("Customer", cust.name), ("Workshop", "10 March 2026"), ("Participants", "8"), ("MCI claim", cid)],
        [
            (
                "Documents reviewed",
                "<p>Phytosanitary certificates, airway bills and grower contracts (about 2,300 documents a month) "
                "are typed into Excel by 4 clerks.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Syntex document processing model for phytosanitary certificates (pilot April 2026)",
                        "Content assembly for grower contracts",
                        "Retention labels for export records",
                    ]
                ),
            ),
        ],
        T(2026, 3, 12, 16, 0, 3),
        RV_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        RIFT,
        RV_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Syntex_Workshop_Findings_Nakuru_Flowers.pdf": report},
        amount=1900.0,
        inv_no="RVC-INV-2026-066",
        inv_day=D(2026, 4, 21),
        activities="Syntex workshop on export documents",
        outcome="Document processing pilot planned",
        participants="8",
        cust_sig={"company": ""},
        invoice_kw={"date_style": "gb_long", "bank": "KCB Bank · USD account 1284471220"},
    )
    return Bundle(
        f"{cid}_nakuru_customer_survey_without_company",
        claim,
        files,
        "reject",
        "The customer attestation's electronic signature has the full name and job title but an empty company name; "
        "the final survey question requires all three. The guide says a customer attestation without a valid signature "
        "may be rejected, and a completed customer survey cannot be re-sent on the same claim. Invoice, findings and "
        "timing are in order. UNSURE: a reviewer could instead return the claim as action_required, though the "
        "customer's survey cannot be redone.",
        "customer_attestation JSON: signature.company is empty.",
        {
            "attestations": "fail",
            "invoice": "pass",
            "submission_window": "pass",
            "required_documents": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_057_mactan_partner_survey_signed_pm() -> Bundle:
    cid = "4961057"
    cust = Org(
        "Mactan Shipyard Corporation",
        "Mactan Shipyard",
        "mactanshipyard.com.ph",
        "PH",
        "Lapu-Lapu City, Cebu 6015",
        "MEPZ 1, Pusok",
        "#01579b",
    )
    cc = person(cust, "Rodel Catapang", "IT Superintendent", "rodel.catapang")
    eng = g.engagement(
        "SEC-PRIVACY-RISK-WS-VAR", "Sales-Mitigate Privacy Risks Workshop", "standard", "variable", 2750.0
    )
    consent, submitted = D(2026, 8, 3), T(2026, 10, 20, 15, 0, 8)
    report = findings_report(
        BAYANIHAN,
        "Mitigate Privacy Risks Workshop – Findings",
        [("Customer", cust.name), ("Workshop", "September 2 and 9, 2026"), ("Participants", "10"), ("MCI claim", cid)],
        [
            (
                "Privacy risks found",
                ul(
                    [
                        "Crew personal data (passports, medical certificates) for 1,300 contract workers in open file "
                        "shares.",
                        "No data subject request process under the Data Privacy Act of 2012.",
                        "Ship-owner project files shared with 64 external guests.",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Priva Privacy Risk Management policies",
                        "Subject rights request workflow",
                        "Guest access review quarterly",
                    ]
                ),
            ),
        ],
        T(2026, 9, 11, 17, 0, 8),
        BC_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        BAYANIHAN,
        BC_AM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Privacy_Risks_Findings_Mactan_Shipyard.pdf": report},
        amount=2750.0,
        inv_no="BCS-INV-2026-0418",
        inv_day=D(2026, 10, 14),
        activities="Privacy risk workshop with findings on crew data",
        outcome="Privacy risk plan",
        participants="10",
        partner_sig={"name": "PM"},
        invoice_kw={"date_style": "us_long", "bank": "BDO Unibank · USD savings account"},
    )
    return Bundle(
        f"{cid}_mactan_partner_survey_signed_pm",
        claim,
        files,
        "action_required",
        "The partner attestation's electronic signature gives 'PM' as the full name (company and job title are filled "
        "in); 'PM' is not a person's full name, so the signature is incomplete. For the partner's survey the guide has "
        "the reviewers ask the partner to re-take it. Everything else (findings, USD 2,750 invoice with claim ID, "
        f"customer survey, {days(consent, submitted)} days) is fine.",
        "partner_attestation JSON: signature.full_name 'PM'.",
        {
            "attestations": "fail",
            "invoice": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_058_qassim_assessment_late() -> Bundle:
    cid = "4961058"
    cust = Org(
        "Al-Qassim Dates Company",
        "Qassim Dates",
        "qassimdates.com.sa",
        "SA",
        "Buraydah 52361",
        "Dates City, King Abdulaziz Road",
        "#795548",
    )
    cc = person(cust, "Mohammed Al-Dosari", "IT Manager", "m.aldosari")
    eng = g.engagement(
        "MW-COPILOT-READY-ASMT-VAR", "Modern Work – Copilot Readiness Assessment", "assessment", "variable", 1800.0
    )
    consent, submitted = D(2026, 1, 18), T(2026, 3, 31, 10, 0, 3)
    report = findings_report(
        NAJD,
        "Copilot Readiness Assessment – Findings",
        [
            ("Customer", cust.name),
            ("Assessment window", "1 – 19 February 2026"),
            ("Users in scope", "210"),
            ("MCI claim", cid),
        ],
        [
            (
                "Readiness",
                ul(
                    [
                        "SharePoint oversharing: 96 sites with 'Everyone except external users'",
                        "No sensitivity labels",
                        "Arabic/English mixed content in 14 departmental sites",
                    ]
                ),
            ),
            ("Plan", ul(["Permission clean-up (4 weeks)", "Pilot with 40 users in export sales and finance"])),
        ],
        T(2026, 2, 23, 12, 0, 3),
        ND_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        NAJD,
        ND_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Copilot_Readiness_Findings_Qassim_Dates.pdf": report},
        amount=1800.0,
        inv_no="NDS-2026-0051",
        inv_day=D(2026, 3, 26),
        activities="Copilot readiness assessment",
        outcome="Readiness findings and pilot plan",
        participants="5",
        invoice_kw={"date_style": "gb_long", "bank": "Saudi National Bank · USD account"},
    )
    return Bundle(
        f"{cid}_qassim_assessment_after_60_days",
        claim,
        files,
        "reject",
        "An assessment-type engagement must be submitted within 60 days of customer consent (2026-01-18 → 2026-03-19); "
        f"this claim came on 2026-03-31, {days(consent, submitted)} days after consent. The claim expired before "
        "submission, whatever the quality of the findings and invoice.",
        "consent_date 2026-01-18, activity_type assessment, submitted 2026-03-31.",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
        container="zip",
    )


def s496_059_douro_resubmitted_after_expiry() -> Bundle:
    cid = "4961059"
    cust = Org(
        "Vinhos do Douro Superior, S.A.",
        "Douro Superior",
        "dourosuperior-vinhos.pt",
        "PT",
        "5130-321 São João da Pesqueira",
        "Quinta da Ervamoira, EN 222",
        "#880e4f",
    )
    cc = person(cust, "Tiago Sousa", "Diretor de TI", "tiago.sousa")
    eng = g.engagement(
        "AZ-INNOV-AIAPPS-POC-VAR", "Azure Innovate PL: AI Apps Pilot/POC", "standard", "variable", 6400.0
    )
    consent = D(2026, 2, 2)
    first, asked, resubmitted = T(2026, 4, 28, 10, 0, 1), T(2026, 5, 4, 9, 0), T(2026, 6, 5, 11, 0, 1)
    report = findings_report(
        TAGUS,
        "AI Apps Pilot – Vineyard Advisor – Pilot Report",
        [
            ("Customer", cust.name),
            ("Pilot", "2 March – 17 April 2026"),
            ("Architecture", "Azure OpenAI Service, Azure AI Search, Azure App Service, Cosmos DB"),
            ("MCI claim", cid),
        ],
        [
            (
                "What was built",
                ul(
                    [
                        "Chat assistant for 14 viticulturists over 12 years of plot records, spray logs and weather "
                        "data (Portuguese and English).",
                        "Grounding on 3,400 documents indexed in Azure AI Search; answers cite the source record.",
                    ]
                ),
            ),
            (
                "Results",
                grid(
                    ["Measure", "Result"],
                    [
                        ("Answer accuracy (120 test questions)", "87%"),
                        ("Time to prepare a plot visit", "45 → 10 min"),
                        ("Estimated Azure consumption", "USD 2,100 / month"),
                    ],
                    [60, 40],
                ),
            ),
        ],
        T(2026, 4, 22, 18, 0, 1),
        TD_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        TAGUS,
        TD_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=resubmitted,
        poe={"AI_Apps_Pilot_Report_Douro_Superior.pdf": report},
        amount=6400.0,
        inv_no="TD-FT-2026-0142",
        inv_day=D(2026, 6, 3),
        activities="AI apps pilot: vineyard advisor assistant",
        outcome="Pilot with 87% answer accuracy; production plan",
        participants="14",
        invoice_kw={"date_style": "gb", "title": "FATURA / INVOICE", "bank": "Millennium bcp · USD account"},
        history=[
            ("customer consent approved", T(2026, 2, 2, 12), "-"),
            ("submission", first, TD_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", resubmitted - dt.timedelta(minutes=5), TD_PM.email),
            ("submission", resubmitted, TD_PM.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the invoice does not show the MCI claim ID. Please upload a corrected invoice and "
                "resubmit. If your claim is not completed and approved within 120 days of customer consent, the system "
                "will automatically reject it.",
            ),
            ("partner", resubmitted - dt.timedelta(minutes=2), "Corrected invoice uploaded."),
        ],
    )
    return Bundle(
        f"{cid}_douro_resubmitted_after_expiry",
        claim,
        files,
        "reject",
        f"Standard engagement: first submitted on day {days(consent, first)}, set to action required on 2026-05-04 for "
        f"a missing claim ID, and resubmitted on 2026-06-05 – day {days(consent, resubmitted)} after consent. A "
        "standard-timeline claim left in action required expires 120 days after consent (2026-06-02), and expired "
        "claims cannot be reactivated. The corrected invoice and the pilot report are fine, but the claim is out of "
        "its window.",
        "consent 2026-02-02; history: submission 04-28, action required 05-04, submission 06-05 (day 123 > 120).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s496_060_sabah_palm_dispute_submitted_late() -> Bundle:
    cid = "4961060"
    cust = Org(
        "Sabah Palm Refinery Sdn. Bhd.",
        "Sabah Palm Refinery",
        "sabahpalmrefinery.com.my",
        "MY",
        "91000 Tawau, Sabah",
        "Jalan Apas, Batu 4",
        "#558b2f",
    )
    cc = person(cust, "Jamilah Yusof", "Head of IT", "jamilah.yusof")
    eng = g.engagement("MW-FRONTLINE-WS-VAR", "Enable Frontline Workshop", "standard", "variable", 2950.0)
    consent = D(2026, 3, 9)
    rejected, disputed, submitted = T(2026, 6, 3, 9, 0), T(2026, 6, 10, 10, 0, 8), T(2026, 7, 9, 16, 0, 8)
    report = findings_report(
        KLANG,
        "Enable Frontline Workshop – Findings",
        [("Customer", cust.name), ("Workshop", "21 and 28 April 2026"), ("Participants", "12"), ("MCI claim", cid)],
        [
            (
                "Frontline today",
                "<p>640 refinery operators and mill drivers on 3 shifts; shift handovers on paper; "
                "safety permits signed on clipboards.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams Shifts for 3 shift patterns",
                        "Digital permit-to-work in Power Apps",
                        "Walkie Talkie on 80 intrinsically safe phones",
                    ]
                ),
            ),
        ],
        T(2026, 4, 30, 17, 0, 8),
        KV_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        KLANG,
        KV_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Dispute/Frontline_Workshop_Findings_Sabah_Palm.pdf": report},
        amount=2950.0,
        inv_no="KVC-INV-2026-0233",
        inv_day=D(2026, 5, 20),
        activities="Frontline workshop: Shifts, permits, Walkie Talkie",
        outcome="Frontline plan for 640 workers",
        participants="12",
        status="disputed",
        invoice_kw={"date_style": "gb_long", "bank": "Maybank · USD account 5144-7122-8470"},
        history=[
            ("customer consent approved", T(2026, 3, 9, 12), "-"),
            ("submission", T(2026, 5, 25, 10, 0, 8), KV_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, KV_PM.email),
            ("document submission", submitted - dt.timedelta(minutes=6), KV_PM.email),
            ("submission", submitted, KV_PM.email),
        ],
        comments=[
            (
                "microsoft",
                rejected,
                "Rejected: the findings and recommendations document required by the engagement was not uploaded.",
            ),
            ("partner", submitted - dt.timedelta(minutes=3), "Dispute: findings report now attached."),
        ],
    )
    return Bundle(
        f"{cid}_sabah_palm_dispute_submitted_too_late",
        claim,
        files,
        "reject",
        "The claim was rejected on 2026-06-03 for a missing findings report. The partner opened the dispute on 06-10 "
        f"but only submitted it on 2026-07-09, {days(rejected, submitted)} days after the rejection: a disputed claim "
        "expires 30 days after rejection if it is not submitted, and expired claims cannot be reactivated. The "
        "findings "
        "report now attached would have resolved the reason, but too late.",
        "History: rejected 2026-06-03, disputed 2026-06-10, submission 2026-07-09 (36 days after rejection).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s496_061_treasure_valley_disclosure_signed_by_partner() -> Bundle:
    cid = "4961061"
    cust = Org(
        "Treasure Valley Water District",
        "TVWD",
        "tvwd-idaho.gov",
        "US",
        "Meridian, ID 83642",
        "2300 E Franklin Rd",
        "#0277bd",
    )
    cc = person(cust, "Laura Whitman", "IT Director", "lwhitman")
    consent, submitted = D(2026, 4, 13), T(2026, 8, 4, 10, 0, -6)
    files, claim = g.ammp_claim(
        cid,
        "tvwd",
        CASCADE,
        CP_EM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Customer billing and meter-data portal (ASP.NET, SQL Server)",
        arr="USD 58,000 per year",
        dates=["04/27/2026", "05/22/2026", "07/10/2026", "07/24/2026"],
        amount=15000.0,
        inv_no="CPT-2026-0391",
        date_style="us_long",
        sign_when=T(2026, 7, 28, 11, 0, -6),
        date_text="07/28/2026",
        segment="public_sector",
        invoice_kw={"date_style": "us_long", "bank": "Idaho Central Credit Union · wire"},
    )
    psd = g.scan_pdf(
        psd_pdf(CASCADE, cust, g.AMMP_NAME, "USD 15,000", D(2026, 4, 20), f"{cid}|psd"),
        psd_inks("Amanda Ruiz", "Engagement Manager, Cascade Peak", "04/20/2026"),
        f"{cid}|psds",
        T(2026, 4, 20, 16, 0, -6),
        dpi=150,
        skew=0.4,
    )
    files["POE/Public_Sector_Disclosure_TVWD.pdf"] = psd
    claim["documents"].append({"path": "POE/Public_Sector_Disclosure_TVWD.pdf", "role": "public_sector_disclosure"})
    return Bundle(
        f"{cid}_treasure_valley_disclosure_signed_by_partner",
        claim,
        files,
        "action_required",
        "US water district (local government, public sector) on a Partner Activities AMMP claim, so a written "
        "disclosure acknowledged by the customer is required. The disclosure is uploaded, but its 'Customer "
        "acknowledgement' block is filled in and signed by Amanda Ruiz, Cascade Peak's own engagement manager – the "
        "customer never acknowledged it. AMMP template, USD 15,000 invoice (Market A), surveys and timing "
        f"({days(consent, submitted)} days) are fine. UNSURE: whether the defective disclosure counts as a missing "
        "required component or only as a failed public-sector check.",
        "Public_Sector_Disclosure_TVWD.pdf: acknowledgement signed 'Amanda Ruiz – Engagement Manager, Cascade Peak'.",
        {
            "public_sector": "fail",
            "required_documents": ["pass", "fail"],
            "invoice": "pass",
            "attestations": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_062_bahia_serena_disclosure_acknowledged_by_email() -> Bundle:
    cid = "4961062"
    cust = Org(
        "Municipio Autónomo de Bahía Serena",
        "Municipio de Bahía Serena",
        "bahiaserena.pr.gov",
        "PR",
        "Bahía Serena, PR 00741",
        "Calle Comercio 2, Casa Alcaldía",
        "#1565c0",
    )
    cc = person(cust, "Marisol Ortiz Pagán", "Directora de Sistemas de Información", "mortiz")
    eng = g.engagement("MW-NEXTGEN-WIN-VAR", "NextGen Windows Workshop", "standard", "variable", 2600.0)
    consent, submitted = D(2026, 5, 25), T(2026, 8, 17, 10, 0, -4)
    psd = psd_pdf(ISLA_VERDE, cust, eng["name"], "USD 2,600", D(2026, 6, 2), f"{cid}|psd")
    m1 = Mail(
        IV_PM,
        [cc],
        "Divulgación de compensación / Public Sector Disclosure – NextGen Windows Workshop",
        T(2026, 6, 2, 10, 0, -4),
        "Estimada Lcda. Ortiz,\n\nAs required for public-sector customers, attached is our written disclosure of the "
        "compensation Isla Verde Cloud may receive from Microsoft (up to USD 2,600) for the NextGen Windows Workshop. "
        "Please reply to acknowledge it.\n\nSaludos,\nCarlos Rivera Méndez\n\n" + g.footer_block(IV_PM),
        lang="es",
        attachments=[("Public_Sector_Disclosure_Bahia_Serena.pdf", psd)],
    )
    m2 = Mail(
        cc,
        [IV_PM],
        "RE: Divulgación de compensación / Public Sector Disclosure – NextGen Windows Workshop",
        T(2026, 6, 3, 14, 20, -4),
        "Estimado Carlos,\n\nRecibido y aceptado. / Received and acknowledged: the Municipality of Bahía Serena "
        "acknowledges your written disclosure of the potential compensation (up to USD 2,600) that Isla Verde Cloud "
        "may receive from Microsoft in connection with the NextGen Windows Workshop.\n\nCordialmente,\n"
        "Lcda. Marisol Ortiz Pagán\nDirectora de Sistemas de Información\nMunicipio Autónomo de Bahía Serena",
        quoted=m1,
        lang="es",
    )
    report = findings_report(
        ISLA_VERDE,
        "NextGen Windows Workshop – Findings and Recommendations",
        [
            ("Customer", cust.name),
            ("Workshop", "June 23, 2026 (City Hall and the municipal police station)"),
            ("Participants", "11 – IT, finance, municipal police, public works"),
            ("MCI claim", cid),
        ],
        [
            (
                "Estate",
                "<p>280 municipal PCs, 190 of them on Windows 10; 40 police patrol laptops; images built by "
                "hand after each hurricane-season hardware refresh.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Windows 11 with Autopilot for the 190 Windows 10 PCs (Sept – Nov 2026)",
                        "Windows 365 Cloud PCs for 25 staff at the hurricane emergency operations center",
                        "Windows Autopatch for update management",
                    ]
                ),
            ),
        ],
        T(2026, 6, 26, 16, 0, -4),
        IV_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        ISLA_VERDE,
        IV_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"NextGen_Windows_Findings_Bahia_Serena.pdf": report},
        amount=2600.0,
        inv_no="IVC-2026-057",
        inv_day=D(2026, 8, 11),
        activities="NextGen Windows workshop: Windows 11, Windows 365, Autopatch",
        outcome="Windows 11 plan for 190 PCs and 25 Cloud PCs",
        participants="11",
        segment="public_sector",
        extra_docs=[
            ("PSD/Public_Sector_Disclosure_Bahia_Serena.pdf", psd, "public_sector_disclosure"),
            ("PSD/RE_ Divulgacion de compensacion – acknowledged.msg", g.msg_file(m2), "public_sector_disclosure"),
        ],
        invoice_kw={"date_style": "us_long", "bank": "Banco Popular de Puerto Rico · USD wire"},
    )
    return Bundle(
        f"{cid}_bahia_serena_disclosure_acknowledged_by_email",
        claim,
        files,
        "approve",
        "Puerto Rico municipality on a Partner Activities claim: the standard written disclosure (shared wording) was "
        "sent to the customer, and its Director of Information Systems acknowledged it in writing by e-mail from "
        "bahiaserena.pr.gov on 3 June 2026 ('Received and acknowledged … acknowledges your written disclosure'). The "
        "disclosure's own signature block is empty, but a written e-mail acknowledgement by the customer meets the "
        "requirement. Findings, USD 2,600 invoice with claim ID, surveys and timing "
        f"({days(consent, submitted)} days) are in order.",
        "PSD e-mail reply from mortiz@bahiaserena.pr.gov: 'Recibido y aceptado. / Received and acknowledged'.",
        g.pa_ok(ps=True),
    )


def s496_063_thessalia_analytics_medium() -> Bundle:
    cid = "4961063"
    cust = Org(
        "Thessalia Dairy Union S.A.",
        "Thessalia Dairy",
        "thessaliadairy.gr",
        "GR",
        "413 34 Larissa",
        "Industrial Area of Larissa, Block 31",
        "#0277bd",
    )
    cc = person(cust, "Vasiliki Nikolaou", "Head of IT", "v.nikolaou")
    eng = g.engagement(
        "AZ-INNOV-ANALYTICS-M-VAR", "Azure Innovate PL: Analytics Deployment (Medium)", "medium", "variable", 16800.0
    )
    consent, submitted = D(2026, 1, 12), T(2026, 7, 20, 11, 0, 3)
    report = findings_report(
        AEGEAN,
        "Analytics Deployment – Delivery Report",
        [
            ("Customer", cust.name),
            ("Period", "26 January – 3 July 2026 (production since 15 June 2026)"),
            ("Platform", "Microsoft Fabric (F32), Azure Data Factory, Power BI"),
            ("MCI claim", cid),
        ],
        [
            (
                "Delivered",
                ul(
                    [
                        "Ingestion of milk collection data from 1,150 farms (daily volumes, fat and protein tests) and "
                        "ERP sales data.",
                        "Lakehouse with bronze/silver/gold layers; 11 Power BI reports for collection routes, farmer "
                        "payments and feta production yield.",
                        "Row-level security for 4 regional managers; 86 report users.",
                    ]
                ),
            ),
            ("Consumption", "<p>Estimated Azure consumption EUR 9,400 per month after go-live.</p>"),
        ],
        T(2026, 7, 6, 15, 0, 3),
        AC_ARCH.name,
        f"{cid}|rep",
        right="Delivery Report",
    )
    files, claim = pa_claim(
        cid,
        AEGEAN,
        AC_ARCH,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Analytics_Delivery_Report_Thessalia_Dairy.pdf": report},
        amount=16800.0,
        inv_no="ACS-2026-0309",
        inv_day=D(2026, 7, 14),
        activities="Analytics platform on Microsoft Fabric with Power BI reports",
        outcome="Platform in production with 11 reports and 86 users",
        participants="9",
        invoice_kw={"date_style": "gb_long", "bank": "Piraeus Bank · USD account GR16 0172 2840 0052 8447 1028 470"},
    )
    return Bundle(
        f"{cid}_thessalia_analytics_medium_within_200_days",
        claim,
        files,
        "approve",
        "Medium Azure analytics deployment (variable payout USD 16,800): delivery report with sources, layers, 11 "
        "reports, 86 users and the production date, invoice with claim ID and USD 16,800.00, both surveys signed. "
        f"Submitted {days(consent, submitted)} days after consent, within the 200 days allowed for medium projects.",
        "consent 2026-01-12 → submitted 2026-07-20; invoice ACS-2026-0309 USD 16,800.00.",
        g.pa_ok(),
    )


def s496_064_corrib_analytics_large() -> Bundle:
    cid = "4961064"
    cust = Org(
        "Corrib Logistics Group Ltd",
        "Corrib Logistics",
        "corriblogistics.ie",
        "IE",
        "Galway H91 Y2XR",
        "Parkmore Business Park West",
        "#2e7d32",
    )
    cc = person(cust, "Eoin Walsh", "Chief Data Officer", "eoin.walsh")
    eng = g.engagement(
        "AZ-INNOV-ANALYTICS-L-VAR", "Azure Innovate PL: Analytics Deployment (Large)", "large", "variable", 32000.0
    )
    consent, submitted = D(2025, 12, 1), T(2026, 8, 10, 10, 0, 1)
    shot = g.portal_screenshot(
        "Fabric | Workspaces | corrib-analytics-prod",
        [("Lakehouses", "3"), ("Pipelines", "42"), ("Reports", "27"), ("Capacity", "F64")],
        [
            ("pl_tms_shipments_daily", "Pipeline", "Succeeded", "06:10"),
            ("lh_gold_fleet", "Lakehouse", "Refreshed", "06:42"),
            ("Fleet utilisation", "Report", "Refreshed", "07:00"),
            ("Customer SLA (OTIF)", "Report", "Refreshed", "07:00"),
        ],
        ["Item", "Type", "Status", "Last run"],
        f"{cid}|shot",
        tenant="corriblogistics.ie",
    )
    w = g.Word(accent="2E7D32")
    w.header(LIFFEY, "Close-out report")
    w.h("Corrib Logistics – Enterprise analytics platform – close-out report", 0)
    w.p("Liffey Bridge Consulting Ltd · Version 1.0 · 24 July 2026 · MCI claim " + cid)
    w.h("Scope delivered", 1)
    w.table(
        [
            ["Area", "Delivered", "Numbers"],
            ["Sources", "Transport management, telematics for 610 trucks, warehouse management, finance", "9 sources"],
            ["Platform", "Microsoft Fabric F64, 3 lakehouses, 42 pipelines, Purview catalogue", "1.8 TB/month"],
            [
                "Reporting",
                "Fleet utilisation, OTIF per customer, driver hours compliance, margin per lane",
                "27 reports",
            ],
            ["Users", "Operations, commercial and finance teams in Ireland and the UK", "240 users"],
        ]
    )
    w.h("Timeline", 1)
    w.bullets(
        [
            "Design: December 2025 – January 2026",
            "Build: February – May 2026",
            "Production: 8 June 2026",
            "Hypercare and handover: June – July 2026",
        ]
    )
    w.h("Estimated Azure consumption", 1)
    w.p("EUR 21,500 per month at full production load.")
    w.picture(shot, 15)
    closeout = w.save(meta("Corrib close-out report", LB_ARCH.name, T(2026, 7, 24, 17, 0, 1)))
    files, claim = pa_claim(
        cid,
        LIFFEY,
        LB_ARCH,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Corrib_Analytics_Close-out_Report.docx": closeout},
        amount=32000.0,
        inv_no="LBC-INV-2026-118",
        inv_day=D(2026, 8, 4),
        activities="Enterprise analytics platform on Microsoft Fabric",
        outcome="27 reports for 240 users in production since 8 June 2026",
        participants="14",
        invoice_kw={"date_style": "gb_long", "bank": "Bank of Ireland · USD account IE29 BOFI 9000 1722 8447 10"},
    )
    return Bundle(
        f"{cid}_corrib_analytics_large_within_260_days",
        claim,
        files,
        "approve",
        "Large Azure analytics deployment (variable payout USD 32,000): Word close-out report with sources, platform, "
        "27 reports for 240 users, timeline, consumption estimate and an embedded workspace screenshot; invoice with "
        f"claim ID and USD 32,000.00; both surveys signed. Submitted {days(consent, submitted)} days after consent – "
        "within the 260 days allowed for large projects, although consent dates from December 2025.",
        "consent 2025-12-01 → submitted 2026-08-10 (252 days, large: 260); invoice LBC-INV-2026-118 USD 32,000.00.",
        g.pa_ok(),
        container="zip",
    )


# --------------------------------------------------------------------------------------------------------------
# an unticked template row, and a SOC runbook with a ticket export
# --------------------------------------------------------------------------------------------------------------


def s496_065_kurashiki_intune_unticked_row() -> Bundle:
    cid = "4961065"
    cust = Org(
        "Kurashiki Denim Works Co., Ltd.",
        "Kurashiki Denim",
        "kurashiki-denim.co.jp",
        "JP",
        "Kurashiki, Okayama 710-0055",
        "2-7-1 Achi",
        "#1a237e",
    )
    cc = person(cust, "Aya Fujimoto", "Manager, Information Systems", "a.fujimoto")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", SETO.name, SC_PM.name, SC_PM.title),
    ]
    sow = g.html_pdf(
        [
            f"""
<h1>Statement of Work SCI-SOW-2026-007</h1>
<p style="font-size:12pt">Microsoft Defender for Endpoint – deployment for {escape(cust.name)}</p>
{kv([("Customer", escape(cust.name)), ("Partner", escape(SETO.name)), ("Term", "2026/03/02 – 2026/05/15")])}
<h2>1. Scope</h2>
{
                ul(
                    [
                        "Onboarding of 310 office and design PCs and 70 sewing-line tablets to Defender for "
                        "Endpoint, using the "
                        "customer's existing third-party MDM and Group Policy",
                        "ASR rules (audit, then block), EDR in block mode, "
                        "device groups for the Kurashiki and Ibara plants",
                        "Two admin training sessions for the information systems team",
                    ]
                )
            }
<h2>2. Out of scope</h2>
{
                ul(
                    [
                        "Device management with Microsoft Intune – the customer keeps its current MDM contract until "
                        "2027",
                        "E-mail security",
                    ]
                )
            }
<h2>3. Fees</h2><p>Fixed price as per quotation SCI-Q-2026-011.</p>""",
            g.signoff("stacked", parties, heading="4. Signatures"),
        ],
        meta("SOW SCI-SOW-2026-007", SC_PM.name, T(2026, 2, 18, 10, 0, 9)),
        f"{cid}|sow",
        style=css(SETO.color),
        decor=g.Decor(SETO, right="SOW SCI-SOW-2026-007", footer=escape(SETO.name), accent=SETO.color),
    )
    sow_scan = g.scan_pdf(
        sow,
        [
            *g.sign_inks("stacked", parties[0], 0, "2026/02/20", page=1),
            Ink("Signature:", "seal", dx=260, dy=-10, h=58, occurrence=0, page=1, lines=("倉敷デニム",), cjk=True),
            *g.sign_inks("stacked", parties[1], 1, "2026/02/20", color=g.INK_BLACK, page=1),
        ],
        f"{cid}|sows",
        T(2026, 2, 20, 15, 0, 9),
        dpi=150,
        skew=0.5,
    )
    scope = (
        "<p>Kurashiki Denim Works replaced an expiring antivirus on its two plants with Microsoft Defender for "
        "Endpoint.</p>"
        + ul(
            [
                "Onboarded 310 office and design PCs and 70 sewing-line tablets through the customer's existing MDM "
                "and "
                "Group Policy; 6 servers through Azure Arc.",
                "ASR rules moved from audit to block after two weeks; EDR in block mode; automated investigation for "
                "office devices; device groups for the Kurashiki and Ibara plants.",
                "Timeline: 2026/03/02 kick-off, 2026/04/24 all devices onboarded, 2026/05/15 handover after two admin "
                "training sessions.",
            ]
        )
    )
    tpl = g.ms_poe_template(
        SETO,
        cust,
        cc,
        [("Microsoft Defender for Endpoint (MDE)", ("Deployment", "Implementation"))],
        scope,
        D(2026, 3, 2),
        D(2026, 5, 15),
        f"{cid}|tpl",
    )
    signed = g.esign(
        tpl,
        cc,
        T(2026, 5, 22, 14, 5, 9),
        f"{cid}|env",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=12,
        date_anchor="Date Signed",
        date_dx=150,
        date_dy=3,
        date_text="2026/05/22",
        vendor="docusign",
        certificate=True,
        sender=SC_PM,
        ip="153.142.20.61",
    )
    files = {"CPOR_POE_Security_Kurashiki_Denim_DocuSign.pdf": signed, "SOW_SCI-SOW-2026-007_signed.pdf": sow_scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=SETO,
        pc=SC_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 6, 10, 11, 0, 9),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_kurashiki_intune_only_an_unticked_row",
        claim,
        files,
        "action_required",
        "The DocuSign-signed Microsoft template (2026/05/22) and the signed SOW fully support Defender for Endpoint "
        "(380 "
        "devices, 6 servers, ASR and EDR, year-first Japanese dates). The claim also includes INTUNE, but Microsoft "
        "Intune appears only as an unticked row of the template, and the SOW lists 'Device management with Microsoft "
        "Intune' as out of scope because the customer keeps another MDM. No work connects to INTUNE: it must be "
        "removed "
        "or evidenced.",
        "Template Section 1: '☐ Microsoft Intune'; SOW section 2 'Out of scope: Device management with Microsoft "
        "Intune'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s496_066_jurong_soc_runbook_and_tickets() -> Bundle:
    cid = "4961066"
    cust = Org(
        "Jurong Specialty Chemicals Pte. Ltd.",
        "Jurong Specialty Chemicals",
        "jurongspecialtychem.com.sg",
        "SG",
        "Singapore 627835",
        "21 Sakra Avenue, Jurong Island",
        "#e65100",
    )
    cc = person(cust, "Ravi Chandran", "Head of Cyber Security", "ravi.chandran")
    parties = [
        Party("Jurong Specialty Chemicals", cust.name, cc.name, cc.title),
        Party("Straits Digital", STRAITS.name, ST_PM.name, ST_PM.title),
    ]
    runbook = g.html_pdf(
        [
            f"""
<h1>SOC Operations Runbook</h1>
<p style="font-size:12pt">Managed Detection &amp; Response for {escape(cust.name)} (JSC)</p>
{
                kv(
                    [
                        ("Version", "2.1"),
                        ("Service start", "01/03/2026"),
                        ("Owner", "Straits Digital SOC"),
                        ("Customer", escape(cust.name)),
                    ]
                )
            }
<h2>1. Environment under monitoring</h2>
{
                grid(
                    ["Source", "Coverage"],
                    [
                        ("Microsoft Defender for Endpoint", "940 endpoints incl. 120 plant HMI workstations (passive)"),
                        ("Microsoft Defender for Office 365 / Identity", "780 mailboxes / 6 domain controllers"),
                        ("Microsoft Defender for Cloud", "2 subscriptions, 64 servers"),
                        (
                            "Microsoft Sentinel",
                            "Workspace law-jsc-soc: 29 connectors, 164 analytics rules, 5 playbooks",
                        ),
                    ],
                    [36, 64],
                )
            }""",
            f"""
<h2>2. Operating procedures</h2>
{
                ul(
                    [
                        "24x7 triage of Defender XDR and Defender for Cloud incidents; high severity acknowledged "
                        "within "
                        "15 minutes, JSC duty manager phoned for any plant-network incident.",
                        "Sentinel rule tuning every Friday; custom detections for HMI logons outside shift hours.",
                        "Threat hunting: 3 hunts a month, results in the monthly service report.",
                        "Monthly security configuration assessment across Defender XDR and Defender for Cloud.",
                    ]
                )
            }
"""
            + g.signoff(
                "columns",
                parties,
                heading="3. Sign-off",
                statement="The parties confirm that Straits Digital operates the SOC service described in this runbook "
                "for JSC.",
            ),
        ],
        meta("JSC SOC Runbook v2.1", ST_PM.name, T(2026, 8, 12, 10, 0, 8)),
        f"{cid}|rb",
        style=css(STRAITS.color),
        decor=g.Decor(STRAITS, right="SOC Runbook v2.1", footer=escape(STRAITS.name), accent=STRAITS.color),
    )
    rb_signed = g.with_scanned_pages(
        runbook,
        [1],
        [
            *g.sign_inks("columns", parties[0], 0, "14/08/2026", page=1),
            *g.sign_inks("columns", parties[1], 1, "14/08/2026", color=g.INK_BLACK, page=1),
        ],
        f"{cid}|rbs",
        T(2026, 8, 14, 16, 0, 8),
        meta("JSC SOC Runbook v2.1 (signed)", ST_PM.name, T(2026, 8, 17, 9, 0, 8)),
        dpi=150,
        skew=0.6,
    )
    r = g.rng_for("jsc-tickets", cid)
    kinds = [
        ("Defender XDR", "Suspicious PowerShell on engineering laptop", "High"),
        ("Sentinel", "HMI logon outside shift hours (custom detection)", "Medium"),
        ("Defender for Cloud", "Anomalous SQL login from new ASN", "High"),
        ("Defender XDR", "User-reported phish – credential harvest", "Medium"),
        ("Sentinel", "Impossible travel – contractor account", "Low"),
        ("Defender XDR", "ASR block: Office macro child process", "Low"),
    ]
    rows = []
    for i in range(22):
        src, title, sev = kinds[r.randrange(len(kinds))]
        rows.append(
            (
                f"INC0{418220 + i * 7}",
                f"{1 + i * 30 // 22:02d}/07/2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
                src,
                title,
                sev,
                r.choice(["Resolved – TP", "Resolved – benign", "Resolved – FP, rule tuned", "Resolved – TP"]),
            )
        )
    export = g.html_pdf(
        f"""<p class="small">ServiceNow · Security Incident Response · JSC · exported 01/08/2026 08:40 SGT</p>
<h1>JSC – security incidents July 2026</h1>
{grid(["Number", "Opened", "Source", "Short description", "Severity", "State"], rows, [12, 15, 14, 35, 9, 15])}
<p class="small">22 records · assignment group 'Straits SOC L2' · tuned rules this month: 4</p>""",
        meta("Security incidents July 2026", "ServiceNow", T(2026, 8, 1, 8, 40, 8), g.CHROME),
        f"{cid}|exp",
        style=css("#293e40", family="cond", size=7.5),
    )
    files = {"JSC_SOC_Runbook_v2.1_signed.pdf": rb_signed, "JSC_security_incidents_2026-07.pdf": export}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=STRAITS,
        pc=ST_PM,
        cust=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 9, 2, 10, 0, 8),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_jurong_soc_runbook_and_ticket_export",
        claim,
        files,
        "approve",
        "Managed security services: the SOC runbook (24x7 triage in Defender XDR and Defender for Cloud, Sentinel "
        "workspace with 164 rules and 5 playbooks, weekly tuning and custom detections, 3 hunts a month, monthly "
        "configuration assessment, MDE on 940 endpoints) has a sign-off page printed, signed by the customer's Head of "
        "Cyber Security and scanned on 14/08/2026, and the ServiceNow export shows July's incidents worked by the SOC. "
        "Straits Digital's other claims (4961048, 4961051) have their own problems; this one is clean.",
        "Runbook page 2 (scan): JSC column signed by Ravi Chandran, Date 14/08/2026; incident export July 2026.",
        g.cpor_ok(),
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
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s496_") and callable(fn)]
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
    """Make ``out`` an empty directory, refusing to empty one that holds anything but a previous set H."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = sorted(out.iterdir())
    foreign = [e.name for e in entries if e.name != "expected.json" and not e.name.startswith("4961")]
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
    cli = argparse.ArgumentParser(description="Write held-out test set H: MCI claim bundles and expected.json.")
    cli.add_argument("out", type=Path, help="output directory (absent, empty, or an earlier set H)")
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
