"""Write held-out test set R for POE Reviewer: MCI claim bundles plus ``expected.json``.

Every expectation here was written from the MCI claiming guide (June 2025, shared/seed) and the bundle format
(shared/spec/claims-interchange.md) alone: what a careful human reviewer would decide from those rules, never
what the tool does. Claims 5061001-5061066, all submitted in 2026, with partners, customers, people and domains
of their own.

The document machinery (PDF, Word, e-mail, scans, photos, ink, e-signatures, digital signatures, bundles) is set
G's, imported from ``tools/make_holdout_g.py``, with a few of set H's helpers (findings reports, the Partner
Activities kit, public-sector disclosures, cropping from scans); this module adds the partners' own document
templates and the scenarios: completion and closure reports, bilingual acceptance protocols, go-live
certificates, SOW sign-off pages, a cutover runbook, SOC service reviews and envisioning decks as slides, Word
status reports, printed and quoted mail threads (.msg, .eml, PDF) in six languages, a Teams chat screenshot,
merged uploads, scans (rotated 90/180/270, 100 dpi, phone photos) with hand-written dates, DocuSign / Adobe Sign /
Yousign envelopes (one never completed) and PAdES signatures.

Queue effects:
- boilerplate, not reuse: Quarrystone IT's Engagement Completion Report template on seven customers (5061001-5061004,
  5061012, 5061015, 5061057), Rauhfels's bilingual acceptance protocol (5061008, 5061047), the standard
  public-sector disclosure wording (5061024, 5061030), the AMMP programme's activity list on every AMMP claim, the
  partners' e-mail footers and disclaimers, and one customer's single signed SOW uploaded on its two claims split by
  solution area (5061049 / 5061050);
- reuse of claim-specific evidence: the environment-figures table of 5061001 copied into 5061004; the acceptance
  e-mail of 5061045 uploaded for the sister company on 5061046; the CIO's signature from 5061047's scan pasted
  into 5061048; the invoice of 5061033 uploaded again on 5061034;
- conflicting claims (two partners, same customer and workload): 5061010 v 5061011 (Intune and Defender for
  Endpoint), 5061012 v 5061013 (Teams Phone); and two partners on one customer for different workloads, which is
  no conflict (5061014 / 5061015);
- returning claims: CPOR resubmitted after action required in time (5061051) and late (5061052); disputes in time
  and resolved (5061053), after the 30 days (5061054), in time but unresolved (5061055), and on a disassociated
  claim (5061059); Partner Activities resubmitted after action required in time (5061044) and after expiry
  (5061043).

Usage: ``python tools/make_holdout_r.py OUTDIR [--force]``. The output is byte-for-byte reproducible.
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
from PIL import Image, ImageDraw

try:
    from tools import make_holdout_g as g
    from tools import make_holdout_h as h
except ImportError:  # run as a script: python tools/make_holdout_r.py
    import make_holdout_g as g  # type: ignore[no-redef]
    import make_holdout_h as h  # type: ignore[no-redef]

Org, Person, Mail, Party, Ink, Bundle = g.Org, g.Person, g.Mail, g.Party, g.Ink, g.Bundle
T, D, person, meta, css, kv, grid, ul, paras = g.T, g.D, g.person, g.meta, g.css, g.kv, g.grid, g.ul, g.paras
fields = g.fields
NA, PASS_NA = g.NA, g.PASS_NA
FIRST_ID, LAST_ID = 5061001, 5061066
days = h.days
REALWORLD = Path("/work/shared/realworld")

# Non-approve claims whose reason is a rule of the claim's life (a window of the guide's "Status of a claim",
# "Dispute a claim" or "Conflicting Claims") rather than any one of the spec's check ids: for these no check id
# is asserted as failing.
RULE_ONLY: dict[str, str] = {
    "5061013": "conflicting claim: only one partner can be CPOR for a workload; 5061012 drove the most influence "
    "and the customer states that the claiming partner no longer supports its telephony",
    "5061052": "CPOR: resubmitted 17 days after 'Partner Action Required' (14 calendar days, then rejected)",
    "5061054": "CPOR: dispute submitted 33 days after the rejection (dispute available for 30 days only)",
    "5061059": "CPOR: a disassociated claim cannot be disputed; the partner must re-claim with a new claim",
}


# --------------------------------------------------------------------------------------------------------------
# the partners of this set and their staff
# --------------------------------------------------------------------------------------------------------------

QUARRYSTONE = Org(
    "Quarrystone IT Partners LLC",
    "Quarrystone IT",
    "quarrystoneit.com",
    "US",
    "Columbus, OH 43215",
    "250 S High St, Suite 900",
    "#37474f",
    "EIN 31-4418207",
    "+1 614 555 0139",
)
KESTRELMOOR = Org(
    "Kestrelmoor Digital Ltd",
    "Kestrelmoor",
    "kestrelmoor.co.uk",
    "GB",
    "Leeds LS1 4DY",
    "14 Park Row",
    "#6a1b9a",
    "Company no. 11482957 · VAT GB 301 4471 28",
    "+44 113 496 0712",
)
RAUHFELS = Org(
    "Rauhfels Systemhaus GmbH",
    "Rauhfels",
    "rauhfels-systemhaus.de",
    "DE",
    "90402 Nürnberg",
    "Königstraße 61",
    "#b71c1c",
    "Amtsgericht Nürnberg HRB 38812 · USt-IdNr. DE318447520",
    "+49 911 555 1870",
)
HAFENBLICK = Org(
    "Hafenblick IT GmbH",
    "Hafenblick IT",
    "hafenblick-it.de",
    "DE",
    "20457 Hamburg",
    "Am Sandtorkai 48",
    "#0277bd",
    "Amtsgericht Hamburg HRB 151204",
    "+49 40 555 2290",
)
PINECREST = Org(
    "Pinecrest Managed IT Inc.",
    "Pinecrest",
    "pinecrestmit.com",
    "US",
    "Akron, OH 44308",
    "1 Cascade Plaza, Floor 12",
    "#2e7d32",
    "EIN 34-1988024",
    "+1 330 555 0187",
)
ARDOISE = Org(
    "Ardoise Numérique SAS",
    "Ardoise Numérique",
    "ardoise-numerique.fr",
    "FR",
    "44000 Nantes",
    "9 rue de la Fosse",
    "#283593",
    "SIREN 889 402 117 · TVA FR28889402117",
    "+33 2 40 55 01 77",
)
SIERRA = Org(
    "Sierra Morena Cloud S.L.",
    "Sierra Morena Cloud",
    "sierramorenacloud.es",
    "ES",
    "14008 Córdoba",
    "Avenida Gran Capitán 12, 3º",
    "#e65100",
    "CIF B56218834",
    "+34 957 55 01 42",
)
MOSAIQ = Org(
    "Mosaiq Tecnologia Ltda.",
    "Mosaiq",
    "mosaiq.com.br",
    "BR",
    "30130-170 Belo Horizonte, MG",
    "Av. Afonso Pena 1500, 8º andar",
    "#00897b",
    "CNPJ 31.448.902/0001-17",
    "+55 31 5555 0142",
)
TAGORE = Org(
    "Tagore Cloudworks Pvt. Ltd.",
    "Tagore Cloudworks",
    "tagorecloudworks.in",
    "IN",
    "Kolkata 700091",
    "Plot DN-24, Sector V, Salt Lake",
    "#ad1457",
    "CIN U72900WB2017PTC221904 · GSTIN 19AAHCT4471M1Z2",
    "+91 33 5555 0142",
)
DUINRAND = Org(
    "Duinrand IT B.V.",
    "Duinrand IT",
    "duinrand-it.nl",
    "NL",
    "2011 VK Haarlem",
    "Kruisweg 68",
    "#f57f17",
    "KvK 70448219 · btw NL858431902B01",
    "+31 23 555 0142",
)
TESSERA = Org(
    "Tessera Cloud S.r.l.",
    "Tessera Cloud",
    "tesseracloud.it",
    "IT",
    "43121 Parma",
    "Strada della Repubblica 45",
    "#1565c0",
    "P.IVA 02977140347",
    "+39 0521 555 142",
)
CORALKEY = Org(
    "Coral Key Systems LLC",
    "Coral Key",
    "coralkeysystems.com",
    "PR",
    "San Juan, PR 00918",
    "268 Ave. Ponce de León, Suite 1010",
    "#00838f",
    "EIN 66-0894412",
    "+1 787 555 0142",
)
LARKSPUR = Org(
    "Larkspur Dynamics Group LLC",
    "Larkspur Dynamics",
    "larkspurdynamics.com",
    "US",
    "Fort Collins, CO 80524",
    "150 N College Ave, Suite 400",
    "#5d4037",
    "EIN 84-3391250",
    "+1 970 555 0142",
)
WATTLE = Org(
    "Wattle & Gum Consulting Pty Ltd",
    "Wattle & Gum",
    "wattleandgum.com.au",
    "AU",
    "Wagga Wagga NSW 2650",
    "88 Baylis Street",
    "#827717",
    "ABN 61 622 418 903",
    "+61 2 5555 0142",
)
MERLION = Org(
    "Merlion Shield Pte. Ltd.",
    "Merlion Shield",
    "merlionshield.sg",
    "SG",
    "Singapore 068898",
    "20 Cecil Street, #14-02",
    "#c62828",
    "UEN 201934412K",
    "+65 6555 0142",
)
FENNWICK = Org(
    "Fennwick Dynamics Ltd",
    "Fennwick Dynamics",
    "fennwickdynamics.co.uk",
    "GB",
    "Bristol BS1 6FL",
    "3 Narrow Quay",
    "#4527a0",
    "Company no. 12299841 · VAT GB 339 0217 64",
    "+44 117 496 0142",
)
NOPAL = Org(
    "Nopal Nube S.A. de C.V.",
    "Nopal Nube",
    "nopalnube.mx",
    "MX",
    "76000 Santiago de Querétaro, Qro.",
    "Av. Constituyentes 115, piso 4",
    "#388e3c",
    "RFC NNU170822KQ4",
    "+52 442 555 0142",
)
CHINOOK = Org(
    "Chinook Data Partners Inc.",
    "Chinook Data",
    "chinookdata.ca",
    "CA",
    "Kelowna, BC V1Y 9T1",
    "1580 Water Street, Suite 300",
    "#00695c",
    "BN 771204418",
    "+1 250 555 0142",
)

QS_PM = person(QUARRYSTONE, "Brianna Kessler", "Project Manager", "bkessler", "+1 614 555 0139")
QS_LEAD = person(QUARRYSTONE, "Marcus Oyelaran", "Modern Work Practice Lead", "moyelaran", "+1 614 555 0151")
QS_VOICE = person(QUARRYSTONE, "Trent Hargis", "Teams Voice Engineer", "thargis", "+1 614 555 0163")
KM_PM = person(KESTRELMOOR, "Imogen Thwaite", "Delivery Manager", "imogen.thwaite")
KM_SEC = person(KESTRELMOOR, "Callum Rushworth", "Security Consultant", "callum.rushworth")
RF_PM = person(RAUHFELS, "Jonas Hoffmeister", "Projektleiter / Project Lead", "j.hoffmeister")
RF_SEC = person(RAUHFELS, "Selin Karaca", "Security Consultant", "s.karaca")
HB_AM = person(HAFENBLICK, "Niklas Petersen", "Account Manager", "n.petersen")
PC_SDM = person(PINECREST, "Danielle Voss", "Service Delivery Manager", "dvoss")
PC_SEC = person(PINECREST, "Hector Villarreal", "Security Engineer", "hvillarreal")
AN_PM = person(ARDOISE, "Maëlle Guillou", "Cheffe de projet / Project Manager", "maelle.guillou")
SM_PM = person(SIERRA, "Rocío Villalba", "Jefa de Proyecto / Project Lead", "rocio.villalba")
MQ_PM = person(MOSAIQ, "Thiago Drummond", "Gerente de Projetos", "thiago.drummond")
TG_PM = person(TAGORE, "Sayantani Bose", "Delivery Manager", "sayantani.bose")
DR_PM = person(DUINRAND, "Femke Veldhuis", "Projectleider / Project Lead", "femke.veldhuis")
TS_PM = person(TESSERA, "Chiara Bonfanti", "Project Manager", "chiara.bonfanti")
CK_PM = person(CORALKEY, "Natalia Figueroa Colón", "Project Manager", "nfigueroa")
LK_SA = person(LARKSPUR, "Owen Castellano", "Solution Architect, Dynamics 365", "ocastellano")
WG_PM = person(WATTLE, "Declan Whitlock", "Project Lead", "declan.whitlock")
ML_SDM = person(MERLION, "Kavitha Raman", "SOC Service Delivery Manager", "kavitha.raman")
FW_SA = person(FENNWICK, "Harriet Ashdown", "Principal Consultant, Dynamics 365", "harriet.ashdown")
NP_PM = person(NOPAL, "Ximena Ledesma", "Gerente de Proyecto", "ximena.ledesma")
CH_PM = person(CHINOOK, "Gurpreet Sandhu", "Engagement Manager", "gurpreet.sandhu")


def footer(p: Person, disclaimer: str = "") -> str:
    """A partner's e-mail signature (the same on every mail a person sends: boilerplate, not evidence)."""
    lines = [p.name, p.title, p.org.name, f"{p.org.street} | {p.org.city}", f"T {p.phone} | www.{p.org.domain}"]
    if disclaimer:
        lines += ["", disclaimer]
    return "\n".join(lines)


QS_DISCLAIMER = (
    "This message and any attachments are confidential and intended solely for the addressee. Quarrystone IT "
    "Partners LLC is a Microsoft Solutions Partner for Modern Work. If you received this message in error, please "
    "notify the sender and delete it."
)
KM_DISCLAIMER = (
    "Kestrelmoor Digital Ltd is registered in England and Wales (11482957), 14 Park Row, Leeds LS1 4DY. This e-mail "
    "may contain confidential information; if you are not the intended recipient please delete it."
)
RF_DISCLAIMER = (
    "Rauhfels Systemhaus GmbH · Sitz Nürnberg · Amtsgericht Nürnberg HRB 38812 · Geschäftsführer: Bernd Rauhfels, "
    "Petra Wunderlich. Diese E-Mail kann vertrauliche Informationen enthalten."
)


def cust_sig(p: Person, *extra: str) -> str:
    """A customer's own e-mail signature."""
    return "\n".join([p.name, p.title, p.org.name, *extra])


def make_cpor(
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
    kind: str = "usage",
    roles: dict[str, str] | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """A CPOR claim: every uploaded file is a POE document unless ``roles`` says otherwise."""
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


def scan(pdf: bytes, inks: Sequence[Ink], seed: str, when: dt.datetime, **kw: Any) -> bytes:
    return g.scan_pdf(pdf, inks, seed, when, **kw)


def photo(
    pdf: bytes,
    inks: Sequence[Ink],
    seed: str,
    when: dt.datetime,
    page: int = 0,
    model: tuple[str, str] = ("Apple", "iPhone 14"),
) -> bytes:
    """A phone photo of one printed, signed page."""
    img = g.render(pdf, 110, inks, seed)[page]
    return g.phone_photo(img, seed, when, model=model)


def last_page(pdf: bytes) -> int:
    return g.pdf_pages(pdf) - 1


def decor(org: Org, right: str, footer_text: str = "", numbers: str = "Page {i} of {n}") -> g.Decor:
    return g.Decor(org, right=right, footer=footer_text or escape(org.name), accent=org.color, numbers=numbers)


# --------------------------------------------------------------------------------------------------------------
# Quarrystone IT: one Engagement Completion Report template for all its customers
# --------------------------------------------------------------------------------------------------------------

QS_METHOD = (
    "Quarrystone runs every engagement through the same four stages – <b>Mobilise</b>, <b>Configure</b>, "
    "<b>Roll out</b> and <b>Stabilise</b> – and closes it with this Engagement Completion Report: what was in scope, "
    "the environment figures measured at closure, the dates, what the customer's own team now owns, and the "
    "customer's acceptance. Figures are taken from the customer's tenant on the date of the report."
)
QS_FOOTER = "Quarrystone IT Partners LLC · 250 S High St, Suite 900, Columbus OH 43215 · Confidential"


def qs_report(
    cust: Org,
    ref: str,
    day: dt.date,
    summary: str,
    scope: Sequence[tuple[str, str, str]],
    figures: Sequence[tuple[str, str, str, str]],
    timeline: Sequence[tuple[str, str, str]],
    handover: Sequence[str],
    parties: Sequence[Party],
    seed: str,
    *,
    accepted_by_mail: str = "",
) -> bytes:
    """Quarrystone IT's Engagement Completion Report (the same template for every customer)."""
    cover = f"""
<p class="muted" style="margin-top:34pt">ENGAGEMENT COMPLETION REPORT</p>
<h1 style="font-size:22pt">{escape(cust.name)}</h1>
<p style="font-size:12pt">{escape(summary.split(". ")[0])}</p>
{
        kv(
            [
                ("Report reference", ref),
                ("Status", "Final – for customer acceptance"),
                ("Report date", g.fdate(day, "us_long")),
                ("Prepared by", escape(QUARRYSTONE.name)),
                ("Prepared for", escape(cust.name) + "<br/>" + escape(cust.address)),
            ]
        )
    }
<h2>About this report</h2><p>{QS_METHOD}</p>
<h2>Revision history</h2>
{
        grid(
            ["Version", "Date", "Change"],
            [
                ("0.9", g.fdate(day - dt.timedelta(days=6), "us"), "Draft for review"),
                ("1.0", g.fdate(day, "us"), "Final"),
            ],
            [18, 24, 58],
        )
    }
"""
    body = f"""
<h2>1. Executive summary</h2><p>{summary}</p>
<h2>2. Workloads in scope</h2>
{grid(["Workload", "What was delivered", "Status"], scope, [22, 62, 16])}
<h2>3. Environment figures at closure</h2>
{grid(["Site / area", "Users", "Devices", "Notes"], figures, [30, 14, 14, 42])}
<h2>4. Timeline</h2>
{grid(["Stage", "Dates", "Activities"], timeline, [16, 26, 58])}
<h2>5. Handover – what your team now owns</h2>{ul(handover)}
"""
    accept = "<h2>6. Customer acceptance</h2>"
    if accepted_by_mail:
        accept += f"<p>{accepted_by_mail}</p>"
    else:
        accept += g.signoff(
            "rows",
            parties,
            heading="",
            statement=f"By signing below, {escape(cust.name)} confirms that the workloads listed in this report were "
            f"delivered by {escape(QUARRYSTONE.name)} and accepts the engagement as complete.",
        )
    return g.report_pdf(
        QUARRYSTONE,
        [cover, body, accept],
        meta(f"{cust.short} – Engagement Completion Report", QS_PM.name, T(day.year, day.month, day.day, 15, 20, -4)),
        seed,
        right=f"Engagement Completion Report · {ref}",
        footer=QS_FOOTER,
        size=g.LETTER,
    )


def qs_signed(
    pdf: bytes, parties: Sequence[Party], dates: Sequence[str], seed: str, when: dt.datetime, **kw: Any
) -> bytes:
    """The acceptance page of a Quarrystone report printed, signed by both parties, scanned and put back."""
    p = h.sig_page(pdf, "6. Customer acceptance")
    inks = [
        *g.sign_inks("rows", parties[0], 0, dates[0], page=p),
        *g.sign_inks("rows", parties[1], 1, dates[1], page=p, color=g.INK_BLACK),
    ]
    return g.with_scanned_pages(
        pdf, [p], inks, seed, when, meta("Engagement Completion Report (signed)", "", when, g.SCANNERS[0]), **kw
    )


# --------------------------------------------------------------------------------------------------------------
# other partners' own documents
# --------------------------------------------------------------------------------------------------------------

KM_LABELS = ("Name", "Job title", "Signature", "Date")


def km_certificate(
    cust: Org,
    ref: str,
    title: str,
    facts: Sequence[tuple[str, str]],
    items: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    day: dt.date,
    seed: str,
    *,
    notes: Sequence[str] = (),
) -> bytes:
    """Kestrelmoor Digital's Go-Live &amp; Acceptance Certificate."""
    html = f"""
<h1 style="text-align:center;margin-top:10pt">{escape(title)}</h1>
<p style="text-align:center" class="muted">Kestrelmoor Digital · Certificate {escape(ref)}</p>
{kv([("Customer", escape(cust.name) + ", " + escape(cust.address)), *[(k, v) for k, v in facts]])}
<h2>Delivered into live service</h2>
{grid(["Workload", "What is live", "Volume"], items, [22, 60, 18])}
{ul(list(notes)) if notes else ""}
<p>The customer confirms that the services above were delivered by {escape(KESTRELMOOR.name)}, have been tested by
its key users and are in live service, and accepts them.</p>
""" + g.signoff("columns", parties, heading="Acceptance", labels=KM_LABELS)
    return g.html_pdf(
        html,
        meta(f"{cust.short} – {title}", KM_PM.name, T(day.year, day.month, day.day, 11, 0, 1)),
        seed,
        style=css(KESTRELMOOR.color, size=9.5),
        decor=decor(KESTRELMOOR, f"{escape(title)} · {ref}", escape(KESTRELMOOR.name + " · " + KESTRELMOOR.reg)),
    )


def km_inks(parties: Sequence[Party], date_text: str, page: int = 0, partner_date: str = "") -> list[Ink]:
    return [
        *g.sign_inks("columns", parties[0], 0, date_text, labels=KM_LABELS, page=page),
        *g.sign_inks(
            "columns", parties[1], 1, partner_date or date_text, labels=KM_LABELS, page=page, color=g.INK_BLACK
        ),
    ]


RF_LABELS = ("Name", "Funktion / Role", "Unterschrift / Signature", "Datum / Date")


def rf_protocol(
    cust: Org,
    ref: str,
    day: dt.date,
    period: str,
    rows: Sequence[tuple[str, str]],
    volumes: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    title: str = "Abnahmeprotokoll / Acceptance Protocol",
) -> bytes:
    """Rauhfels Systemhaus's bilingual acceptance protocol (German and English side by side)."""
    page1 = f"""
<h1>{escape(title)}</h1>
{
        kv(
            [
                ("Auftraggeber / Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Auftragnehmer / Contractor", escape(RAUHFELS.name) + ", " + escape(RAUHFELS.address)),
                ("Projekt-Nr. / Project no.", ref),
                ("Zeitraum / Period", period),
            ]
        )
    }
<h2>Leistungen / Services delivered</h2>
{grid(["Deutsch", "English"], rows, [50, 50])}
<h2>Mengengerüst / Volumes</h2>
{grid(["Bereich / Area", "Umsetzung / Implementation", "Menge / Volume"], volumes, [24, 56, 20])}
"""
    page2 = f"""
<h2>Abnahmeerklärung / Declaration of acceptance</h2>
<p>Der Auftraggeber bestätigt, dass die oben aufgeführten Leistungen von {escape(RAUHFELS.name)} vollständig
erbracht wurden, und erklärt hiermit die Abnahme.<br/><i>The customer confirms that the services listed above were
delivered in full by {escape(RAUHFELS.name)} and hereby declares their acceptance.</i></p>
<p>Offene Punkte / Open items: keine / none</p>
""" + g.signoff(
        "columns", parties, heading="Unterschriften / Signatures", labels=RF_LABELS, company_label="Firma / Company"
    )
    return g.html_pdf(
        [page1, page2],
        meta(f"Abnahmeprotokoll {cust.short}", RF_PM.name, T(day.year, day.month, day.day, 9, 40, 1)),
        seed,
        style=css(RAUHFELS.color, size=9),
        decor=decor(RAUHFELS, f"Abnahmeprotokoll · {ref}", escape(RAUHFELS.name + " · " + RAUHFELS.reg)),
    )


def rf_inks(parties: Sequence[Party], date_text: str, page: int, stamp: tuple[str, ...] = ()) -> list[Ink]:
    inks = [
        *g.sign_inks("columns", parties[0], 0, date_text, labels=RF_LABELS, page=page),
        *g.sign_inks("columns", parties[1], 1, date_text, labels=RF_LABELS, page=page, color=g.INK_BLACK),
    ]
    if stamp:
        inks.append(Ink(parties[0].name, "stamp", dx=40, dy=40, h=30, page=page, lines=stamp, color=(40, 60, 150)))
    return inks


def partner_report(
    org: Org,
    title: str,
    facts: Sequence[tuple[str, str]],
    sections: Sequence[tuple[str, str]],
    when: dt.datetime,
    author: str,
    seed: str,
    *,
    right: str = "",
    tail: str = "",
    size: pymupdf.Rect = g.A4,
) -> bytes:
    """A partner's own report: title, key facts, numbered sections, optional closing block."""
    html = f"<h1>{escape(title)}</h1>{kv([(k, v) for k, v in facts])}"
    html += "".join(f"<h2>{i}. {escape(hd)}</h2>{body}" for i, (hd, body) in enumerate(sections, start=1))
    parts = [html, tail] if tail else [html]
    return g.report_pdf(
        org,
        parts,
        meta(title, author, when),
        seed,
        right=right or escape(title),
        size=size,
        style=css(org.color, extra="h2 {border-bottom: 0.6pt solid #cccccc; padding-bottom: 2pt;}"),
    )


def envelope_pending(
    pdf: bytes, sender: Person, waiting: Person, sent: dt.datetime, seed: str, partner_signed: dt.datetime
) -> bytes:
    """A DocuSign envelope the customer never signed: the partner's signature, the customer's field still empty,
    and the envelope history showing 'Sent' / 'Waiting for others'."""
    envelope = g.guid("envelope", seed, upper=True)
    doc = pymupdf.open("pdf", pdf)
    arch = g._archive()
    small = g.FONT_CSS + "body {font-family: sans; font-size: 7pt; color: #444444;}"
    for page in doc:
        page.insert_htmlbox(
            pymupdf.Rect(24, 6, page.rect.width - 24, 18),
            f"<p>Docusign Envelope ID: {envelope}</p>",
            css=small,
            archive=arch,
        )
    data = g.finish(doc, meta(doc.metadata.get("title") or "", "", sent, ("DocuSign", "DocuSign PDF Generator")), seed)
    rows = (
        f"<tr><td>{escape(sender.name)}<br/>{escape(sender.email)}<br/>{escape(sender.org.name)}</td>"
        f"<td>Signature Adoption: Pre-selected Style<br/>Using IP Address: 203.0.113.48</td>"
        f"<td>Sent: {sent:%m/%d/%Y | %I:%M:%S %p}<br/>Signed: {partner_signed:%m/%d/%Y | %I:%M:%S %p}</td></tr>"
        f"<tr><td>{escape(waiting.name)}<br/>{escape(waiting.email)}<br/>{escape(waiting.org.name)}</td>"
        f"<td>&#160;</td><td>Sent: {partner_signed + dt.timedelta(minutes=1):%m/%d/%Y | %I:%M:%S %p}<br/>"
        f"Viewed: {partner_signed + dt.timedelta(days=2, hours=3):%m/%d/%Y | %I:%M:%S %p}<br/>Status: "
        f"<b>Delivered – not signed</b></td></tr>"
    )
    cert = f"""
<h1 style="color:#222222">Envelope History</h1>
{
        kv(
            [
                ("Envelope Id", envelope),
                ("Subject", "Please DocuSign: " + escape(doc.metadata.get("title") or "document")),
                ("Envelope Originator", f"{escape(sender.name)}<br/>{escape(sender.email)}"),
                ("Status", "<b>Sent</b> – waiting for others (1 of 2 signatures)"),
                ("Time Zone", "(UTC-07:00) Mountain Time (US &amp; Canada)"),
            ]
        )
    }
<h2 style="color:#222222">Recipient Events</h2>
<table><tr><th>Recipient</th><th>Signature</th><th>Timestamp</th></tr>{rows}</table>
<h2 style="color:#222222">Envelope Summary Events</h2>
{
        kv(
            [
                ("Envelope Sent", f"Hashed/Encrypted {sent:%m/%d/%Y | %I:%M:%S %p}"),
                ("Completed", "–"),
                ("Reminder sent", f"{partner_signed + dt.timedelta(days=5):%m/%d/%Y | %I:%M:%S %p}"),
            ]
        )
    }
"""
    history = g.html_pdf(cert, meta("Envelope History", "", sent, g.CHROME), seed + "|hist", style=css(size=8.5))
    return g.merge_pdfs(
        [data, history],
        meta(doc.metadata.get("title") or "", "", sent, ("DocuSign", "DocuSign PDF Generator")),
        seed + "|m",
    )


def teams_chat_png(title: str, me: Person, lines: Sequence[tuple[Person, str, str]], seed: str) -> bytes:
    """A screenshot of a Microsoft Teams chat (the messages are pixels, not a message file)."""
    w, hgt = 1500, 900
    img = Image.new("RGB", (w, hgt), (245, 245, 245))
    d = ImageDraw.Draw(img)
    purple = (70, 71, 117)
    d.rectangle((0, 0, w, 46), fill=(235, 235, 235))
    d.text((80, 13), "Search", font=g.font("DejaVuSans.ttf", 15), fill=(110, 110, 110))
    d.rectangle((0, 46, 68, hgt), fill=(235, 235, 240))
    for i, label in enumerate(["Activity", "Chat", "Teams", "Calendar", "Calls", "Files"]):
        y = 70 + i * 70
        d.rounded_rectangle((14, y, 54, y + 40), radius=8, fill=purple if label == "Chat" else (200, 200, 210))
        d.text((8, y + 44), label, font=g.font("DejaVuSans.ttf", 10), fill=(60, 60, 60))
    d.rectangle((68, 46, 400, hgt), fill=(250, 250, 250))
    d.text((88, 62), "Chat", font=g.font("DejaVuSans-Bold.ttf", 20), fill=(30, 30, 30))
    r = g.rng_for("teams", seed)
    others = ["Service Desk", "Planner", "Facilities", "Project channel"]
    for i in range(6):
        y = 110 + i * 64
        name = lines[0][0].name if i == 0 else r.choice(others)
        if i == 0:
            d.rectangle((68, y - 6, 400, y + 54), fill=(225, 225, 240))
        d.ellipse((86, y, 122, y + 36), fill=(160, 120, 200) if i == 0 else (180, 180, 190))
        d.text((134, y + 2), name, font=g.font("DejaVuSans-Bold.ttf", 14), fill=(30, 30, 30))
        d.text((134, y + 24), "…", font=g.font("DejaVuSans.ttf", 13), fill=(100, 100, 100))
    d.text((430, 62), title, font=g.font("DejaVuSans-Bold.ttf", 20), fill=(30, 30, 30))
    d.line((420, 100, w, 100), fill=(220, 220, 220))
    y = 120
    f = g.font("DejaVuSans.ttf", 15)
    for who, stamp, text in lines:
        mine = who.email == me.email
        wrapped = g._wrap(text, f, 620)
        bh = 44 + 22 * len(wrapped)
        x0 = w - 60 - 680 if mine else 480
        d.rounded_rectangle((x0, y, x0 + 680, y + bh), radius=8, fill=(232, 235, 250) if mine else (255, 255, 255))
        d.text((x0 + 16, y + 10), f"{who.name}   {stamp}", font=g.font("DejaVuSans.ttf", 12), fill=(100, 100, 100))
        for k, line in enumerate(wrapped):
            d.text((x0 + 16, y + 32 + 22 * k), line, font=f, fill=(30, 30, 30))
        y += bh + 18
    d.rounded_rectangle((440, hgt - 70, w - 40, hgt - 24), radius=6, fill="white", outline=(200, 200, 200))
    d.text((460, hgt - 58), "Type a message", font=g.font("DejaVuSans.ttf", 14), fill=(140, 140, 140))
    return g.png(img)


def printed_mail(m: Mail, owner: Person, seed: str, *, browser: bool = False) -> bytes:
    """An e-mail printed to PDF from Outlook: the owner's name, the header block, the body with its quoted history
    (set G's printout, with the header labels in a fixed-width column)."""
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
        f'<tr><td style="border:none;width:64pt;font-weight:bold;padding:1pt">{k}:</td>'
        f'<td style="border:none;width:400pt;padding:1pt">{v}</td></tr>'
        for k, v in rows
    )
    body = "".join(f"<p>{g.nb(b)}</p>" for b in g.mail_text(m).strip().split("\n\n"))
    top = (
        f'<p style="font-size:15pt;margin-bottom:6pt">{escape(m.subject)}</p>'
        if browser
        else f'<p style="font-size:13pt;font-weight:bold;margin-bottom:2pt">{escape(owner.name)}</p>'
        '<p style="border-top:1.5pt solid #000000;margin:0 0 6pt 0">&#160;</p>'
    )
    printed = m.when + dt.timedelta(days=2, hours=1)
    pdf = g.html_pdf(
        f'{top}<table style="margin-bottom:10pt">{head}</table>{body}',
        meta(m.subject, owner.name, printed, g.EDGE if browser else g.OUTLOOK),
        seed,
        style=css(size=10),
        margins=(54, 54, 54, 54),
    )
    if not browser:
        return pdf
    doc = pymupdf.open("pdf", pdf)
    arch = g._archive()
    small = g.FONT_CSS + "body {font-family: sans; font-size: 7pt; color: #333333;}"
    for i, page in enumerate(doc, start=1):
        w, hh = page.rect.width, page.rect.height
        page.insert_htmlbox(
            pymupdf.Rect(24, 10, w / 2, 24), f"<p>{printed:%m/%d/%y, %I:%M %p}</p>", css=small, archive=arch
        )
        page.insert_htmlbox(
            pymupdf.Rect(w / 2 - 80, 10, w - 24, 24),
            f"<p>Mail - {escape(owner.name)} - Outlook</p>",
            css=small,
            archive=arch,
        )
        page.insert_htmlbox(
            pymupdf.Rect(24, hh - 22, w - 60, hh - 8),
            f"<p>https://outlook.office.com/mail/id/AAQkAD{g.hexid('owa', seed, n=40)}</p>",
            css=small,
            archive=arch,
        )
        page.insert_htmlbox(
            pymupdf.Rect(w - 60, hh - 22, w - 24, hh - 8), f"<p>{i}/{len(doc)}</p>", css=small, archive=arch
        )
    return g.finish(doc, meta(m.subject, "", printed, g.EDGE), seed, subset=False)


def yousign_trail(signed: bytes, signer: Person, sender: Person, when: dt.datetime, seed: str) -> bytes:
    """A Yousign-signed document with Yousign's audit trail ('Dossier de preuve') appended."""
    request = f"{g.hexid('ys', seed, n=8).lower()}-{g.hexid('ys2', seed, n=4).lower()}"
    digest = g.hexid("sha", seed, n=64).lower()
    events = [
        (when - dt.timedelta(days=1, hours=2), "Demande de signature créée / Signature request created", sender.email),
        (
            when - dt.timedelta(days=1, hours=2) + dt.timedelta(minutes=1),
            "Invitation envoyée / Invitation sent",
            signer.email,
        ),
        (when - dt.timedelta(minutes=6), "Document consulté / Document viewed", signer.email),
        (when - dt.timedelta(minutes=1), "Code OTP validé (SMS +33 6 •• •• 41 27) / OTP verified", signer.email),
        (when, "Document signé / Document signed", signer.email),
        (when + dt.timedelta(seconds=20), "Demande de signature terminée / Signature request completed", "–"),
    ]
    rows = "".join(
        f"<tr><td>{m.astimezone(g.UTC):%d/%m/%Y %H:%M:%S} UTC</td><td>{escape(what)}</td><td>{escape(who)}</td></tr>"
        for m, what, who in events
    )
    html = f"""
<h1 style="color:#6b3fd4">Dossier de preuve / Audit trail</h1>
{
        kv(
            [
                ("Demande de signature / Request", request),
                ("Document", "PV de recette / Acceptance report (1 page)"),
                ("Empreinte SHA-256 / Hash", digest[:32] + "<br/>" + digest[32:]),
                ("Signataire / Signer", f"{escape(signer.name)} – {escape(signer.email)} – {escape(signer.org.name)}"),
                ("Niveau / Level", "Signature électronique avancée / Advanced electronic signature (eIDAS)"),
            ]
        )
    }
<h2 style="color:#6b3fd4">Événements / Events</h2>
<table><tr><th>Date</th><th>Événement / Event</th><th>Acteur / Actor</th></tr>{rows}</table>
"""
    trail = g.html_pdf(
        html, meta("Dossier de preuve", "", when, ("Yousign", "Yousign")), seed + "|trail", style=css(size=8.5)
    )
    return g.merge_pdfs([signed, trail], meta("PV de recette", "", when, ("Yousign", "Yousign")), seed + "|m")


def ack_table(label: str, name: str, title: str, *, company: str = "") -> str:
    """A customer acknowledgement block with labelled empty cells (for ink or e-signature fields)."""
    rows = [(label, "", 40), ("Name", escape(name), 16), ("Title", escape(title), 16)]
    if company:
        rows.append(("Company", escape(company), 16))
    rows.append(("Date signed", "", 18))
    return fields(rows, key_w=150)


# --------------------------------------------------------------------------------------------------------------
# Quarrystone IT: the completion-report template on several customers
# --------------------------------------------------------------------------------------------------------------

MAUMEE = Org(
    "Maumee River Logistics, Inc.",
    "Maumee River Logistics",
    "maumeeriverlogistics.com",
    "US",
    "Toledo, OH 43604",
    "1800 Front St",
    "#0d47a1",
)
MAUMEE_IT = person(MAUMEE, "Dwayne Pettibone", "Director of IT", "dpettibone")
MAUMEE_FIGURES = [
    ("Toledo HQ &amp; dispatch, 1800 Front St", "142", "168", "Autopilot; hybrid join retired"),
    ("Perrysburg cross-dock", "61", "74", "12 shared Zebra TC52 scanners as kiosk devices"),
    ("Rossford yard office", "18", "22", "Rugged tablets in yard tractors, app protection"),
    ("Drivers (mobile only)", "204", "204", "iPhone SE, MAM policies, personal devices blocked"),
    ("Servers (onboarded to Defender for Endpoint)", "–", "11", "Windows Server 2019 / 2022"),
]


def maumee_report() -> bytes:
    parties = [
        Party("Customer", MAUMEE.name, MAUMEE_IT.name, MAUMEE_IT.title),
        Party("Partner", QUARRYSTONE.name, QS_PM.name, QS_PM.title),
    ]
    return qs_report(
        MAUMEE,
        "QIT-ECR-2026-014",
        D(2026, 3, 20),
        "Quarrystone moved Maumee River Logistics' 425 users and 479 endpoints from an on-premises Configuration "
        "Manager and Symantec stack to Microsoft Intune and Microsoft Defender for Endpoint. Every dispatcher, "
        "yard and cross-dock device is now cloud-managed, and the 204 drivers' iPhones carry app protection "
        "instead of a full MDM profile.",
        [
            (
                "Microsoft Intune",
                "Autopilot for 264 Windows 11 devices; 12 kiosk scanners; compliance policies (BitLocker, OS "
                "version, Defender health); app protection for 204 driver iPhones; Windows Update rings in 3 waves",
                "Complete",
            ),
            (
                "Microsoft Defender for Endpoint",
                "Onboarding of 264 Windows devices and 11 servers; 14 of 16 ASR rules in block mode; EDR in block "
                "mode; tamper protection; device groups per site; weekly vulnerability report to the IT director",
                "Complete",
            ),
        ],
        MAUMEE_FIGURES,
        [
            ("Mobilise", "01/12/2026 – 01/23/2026", "Device inventory, SCCM collections review, pilot group of 15"),
            ("Configure", "01/26/2026 – 02/13/2026", "Autopilot profiles, compliance, MDE onboarding via Intune"),
            ("Roll out", "02/16/2026 – 03/06/2026", "Three waves: HQ, cross-dock, yard and drivers"),
            ("Stabilise", "03/09/2026 – 03/20/2026", "ASR audit-to-block, Symantec removal, SCCM decommission"),
        ],
        [
            "The IT director's team owns enrollment of new devices (Autopilot group tag per site).",
            "Quarrystone sends the Defender vulnerability report every Monday until the support renewal in July.",
            "Symantec Endpoint Protection was uninstalled from all 275 devices on 03/13/2026.",
        ],
        parties,
        "5061001|report",
    )


def s506_001_maumee_signed_page_upside_down() -> Bundle:
    cid = "5061001"
    report = maumee_report()
    parties = [
        Party("Customer", MAUMEE.name, MAUMEE_IT.name, MAUMEE_IT.title),
        Party("Partner", QUARRYSTONE.name, QS_PM.name, QS_PM.title),
    ]
    signed = qs_signed(
        report, parties, ["3/24/2026", "3/24/2026"], f"{cid}|scan", T(2026, 3, 24, 14, 5, -4), rotate=180
    )
    files = {"POE/Maumee River Logistics - Engagement Completion Report QIT-ECR-2026-014 signed.pdf": signed}
    claim = make_cpor(
        cid,
        QUARRYSTONE,
        QS_PM,
        MAUMEE,
        MAUMEE_IT,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 9, 10, 15, -4),
        files=files,
    )
    return Bundle(
        f"{cid}_maumee_completion_report",
        claim,
        files,
        "approve",
        "Quarrystone's completion report with this customer's own figures (264 Windows devices, 204 driver iPhones, "
        "11 servers, sites in Toledo, Perrysburg and Rossford), a dated timeline, and an acceptance page printed, "
        "signed by Maumee's Director of IT on 3/24/2026 and scanned upside down (rotated 180°) – still a physical "
        "signature, 16 days before submission. The template wording is shared with Quarrystone's other claims "
        "(boilerplate); 5061004 copied this report's figures table, this is the original.",
        "Last page: image-only, rotated 180°; 'Dwayne Pettibone' row signed, date 3/24/2026.",
        g.cpor_ok(),
    )


TUSCARAWAS = Org(
    "Tuscarawas Valley Credit Union",
    "TVCU",
    "tuscvalleycu.org",
    "US",
    "New Philadelphia, OH 44663",
    "330 W High Ave",
    "#1b5e20",
)
TVCU_VP = person(TUSCARAWAS, "Renee Albaugh", "VP, Operations & Technology", "ralbaugh")


def s506_002_tvcu_acceptance_then_licence_question() -> Bundle:
    cid = "5061002"
    report = qs_report(
        TUSCARAWAS,
        "QIT-ECR-2026-019",
        D(2026, 4, 24),
        "Quarrystone migrated the credit union's 188 staff mailboxes and 14 shared branch mailboxes from an "
        "Exchange 2013 server to Exchange Online and rolled out Microsoft Teams to all nine branches. Branch "
        "huddles, loan-committee meetings and member-service escalations now run in Teams.",
        [
            (
                "Exchange Online",
                "Hybrid migration of 188 mailboxes and 14 shared mailboxes in 4 batches; journaling to the "
                "compliance archive; DKIM and DMARC (p=quarantine); Exchange 2013 decommissioned",
                "Complete",
            ),
            (
                "Microsoft Teams",
                "A team per branch plus Lending, Member Services and Compliance; meeting policies with lobby for "
                "external members; 11 training sessions; Teams on 36 teller-line thin clients",
                "Complete",
            ),
        ],
        [
            ("Main office, New Philadelphia", "64", "70", "Loan committee in Teams since 03/30/2026"),
            ("Branches (8)", "124", "131", "Daily huddle per branch in its team"),
            ("Shared mailboxes", "–", "–", "14 branch mailboxes, send-as for tellers"),
            ("Exchange 2013 server", "–", "1", "Decommissioned 04/17/2026"),
        ],
        [
            ("Mobilise", "02/09/2026 – 02/20/2026", "Mailbox inventory, compliance archive review with the CCO"),
            ("Configure", "02/23/2026 – 03/13/2026", "Hybrid configuration, Teams policies, branch teams"),
            ("Roll out", "03/16/2026 – 04/10/2026", "4 mailbox batches, Teams branch by branch"),
            ("Stabilise", "04/13/2026 – 04/24/2026", "Decommission of Exchange 2013, DMARC to quarantine"),
        ],
        ["Member Services owns the branch teams' membership.", "Quarrystone keeps the journaling rule under review."],
        [],
        f"{cid}|report",
        accepted_by_mail="Customer acceptance is given by e-mail in reply to this report (see the e-mail thread "
        "uploaded with the claim).",
    )
    m1 = Mail(
        QS_PM,
        [TVCU_VP],
        "TVCU – Engagement Completion Report for acceptance",
        T(2026, 4, 27, 9, 5, -4),
        "Hi Renee,\n\nAttached is the completion report for the Exchange Online and Teams engagement "
        "(QIT-ECR-2026-019). Could you review it and reply to confirm that TVCU accepts the engagement as "
        "complete?\n\nThanks,\nBrianna\n\n" + footer(QS_PM, QS_DISCLAIMER),
        cc=[QS_LEAD],
        attachments=[("TVCU - Engagement Completion Report QIT-ECR-2026-019.pdf", report)],
    )
    m2 = Mail(
        TVCU_VP,
        [QS_PM],
        "RE: TVCU – Engagement Completion Report for acceptance",
        T(2026, 4, 29, 16, 42, -4),
        "Hi Brianna,\n\nI went through the report with our branch managers this morning. It matches what we see: "
        "all 188 mailboxes and the 14 shared branch mailboxes are on Exchange Online, the old Exchange 2013 box is "
        "gone, and all nine branches run their daily huddles in Teams.\n\nTVCU accepts the Exchange Online and "
        "Teams engagement as complete. Thanks to you and Marcus for a smooth cutover weekend.\n\nRenee\n\n"
        + cust_sig(TVCU_VP, "330 W High Ave, New Philadelphia, OH 44663", "Federally insured by NCUA"),
        cc=[QS_LEAD],
        quoted=m1,
    )
    m3 = Mail(
        QS_PM,
        [TVCU_VP],
        "RE: TVCU – Engagement Completion Report for acceptance",
        T(2026, 4, 29, 17, 3, -4),
        "Thank you, Renee – we'll close the project on our side. It was a pleasure working with your team.\n\n"
        "Brianna\n\n" + footer(QS_PM, QS_DISCLAIMER),
        cc=[QS_LEAD],
        quoted=m2,
    )
    m4 = Mail(
        TVCU_VP,
        [QS_PM],
        "RE: TVCU – Engagement Completion Report for acceptance",
        T(2026, 5, 13, 11, 20, -4),
        "Brianna – different topic, but replying here so you have the thread. We're opening the Dover branch in "
        "July. Could you send us a quote for 6 more Microsoft 365 Business Premium licences and one Teams Rooms "
        "Pro licence through our CSP agreement? Our renewal is in June, so co-terming would be ideal.\n\nThanks,\n"
        "Renee\n\n" + cust_sig(TVCU_VP, "330 W High Ave, New Philadelphia, OH 44663", "Federally insured by NCUA"),
        cc=[QS_LEAD],
        quoted=m3,
    )
    files = {
        "TVCU - Engagement Completion Report QIT-ECR-2026-019.pdf": report,
        "RE_ TVCU – Engagement Completion Report for acceptance.msg": g.msg_file(m4),
    }
    claim = make_cpor(
        cid,
        QUARRYSTONE,
        QS_PM,
        TUSCARAWAS,
        TVCU_VP,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 5, 18, 13, 0, -4),
        files=files,
    )
    return Bundle(
        f"{cid}_tvcu_completion_report_thread",
        claim,
        files,
        "approve",
        "The newest message of the uploaded .msg is the customer asking for a licence quote (a licensing e-mail, "
        "which on its own would not count), but it is the original Outlook message of one thread and quotes, "
        "unforwarded, the customer's own reply of 4/29/2026 from tuscvalleycu.org: 'TVCU accepts the Exchange "
        "Online and Teams engagement as complete', with the numbers (188 + 14 mailboxes, nine branches in Teams). "
        "The completion report gives the detail per workload and dates. The later unrelated message does not "
        "undo the acceptance.",
        "Quoted reply from ralbaugh@tuscvalleycu.org, Wed 4/29/2026: 'TVCU accepts the Exchange Online and Teams "
        "engagement as complete'.",
        g.cpor_ok(email_ack=True),
    )


SANDUSKY = Org(
    "Sandusky Bay Marine Supply Co.",
    "Sandusky Bay Marine",
    "sanduskybaymarine.com",
    "US",
    "Sandusky, OH 44870",
    "1415 First St",
    "#006064",
)
SANDUSKY_GM = person(SANDUSKY, "Gary Heppner", "General Manager", "gheppner")


def s506_003_sandusky_thanks_not_acceptance() -> Bundle:
    cid = "5061003"
    parties = [
        Party("Customer", SANDUSKY.name, SANDUSKY_GM.name, SANDUSKY_GM.title),
        Party("Partner", QUARRYSTONE.name, QS_PM.name, QS_PM.title),
    ]
    report = qs_report(
        SANDUSKY,
        "QIT-ECR-2026-006",
        D(2026, 2, 19),
        "Quarrystone moved Sandusky Bay Marine Supply's 57 staff from hosted POP mailboxes and a NAS to Exchange "
        "Online, SharePoint Online and Microsoft Teams for the store, the service yard and the parts warehouse.",
        [
            (
                "Exchange Online",
                "Migration of 57 mailboxes and 3 shared mailboxes (parts, service, sales) from POP",
                "Complete",
            ),
            (
                "SharePoint Online",
                "Parts catalogue and service manuals (310 GB) moved from the NAS into 5 sites",
                "Complete",
            ),
            ("Microsoft Teams", "Teams for store, yard and warehouse; shared tablets in the service yard", "Complete"),
        ],
        [
            ("Store, 1415 First St", "22", "24", "Front counter PCs"),
            ("Service yard", "19", "11", "Shared tablets for work orders"),
            ("Parts warehouse", "16", "9", "Scanner PCs"),
        ],
        [
            ("Mobilise", "01/05/2026 – 01/09/2026", "Mailbox and NAS inventory"),
            ("Configure", "01/12/2026 – 01/23/2026", "Tenant, SharePoint sites, Teams"),
            ("Roll out", "01/26/2026 – 02/06/2026", "Mail cutover, NAS migration"),
            ("Stabilise", "02/09/2026 – 02/19/2026", "Tablet set-up, training"),
        ],
        ["Gary Heppner owns SharePoint site permissions.", "The NAS stays read-only until 06/30/2026."],
        parties,
        f"{cid}|report",
    )
    m1 = Mail(
        QS_PM,
        [SANDUSKY_GM],
        "Sandusky Bay Marine – completion report, please sign",
        T(2026, 2, 20, 10, 10, -5),
        "Hi Gary,\n\nPlease find attached the completion report for the Microsoft 365 project. Could you sign "
        "section 6 (or simply reply that you accept the project as complete)?\n\nThank you,\nBrianna\n\n"
        + footer(QS_PM, QS_DISCLAIMER),
        attachments=[("Sandusky Bay Marine - Engagement Completion Report.pdf", report)],
    )
    ooo = Mail(
        SANDUSKY_GM,
        [QS_PM],
        "Automatic reply: Sandusky Bay Marine – completion report, please sign",
        T(2026, 2, 20, 10, 10, -5),
        "Thank you for your e-mail. I am at the Cleveland Boat Show until March 2 with limited access to e-mail. "
        "For parts orders please contact parts@sanduskybaymarine.com.\n\nGary Heppner",
        auto_reply=True,
    )
    m2 = Mail(
        SANDUSKY_GM,
        [QS_PM],
        "RE: Sandusky Bay Marine – completion report, please sign",
        T(2026, 3, 3, 8, 2, -5),
        "Got it, thanks Brianna. I'll go through it once the boat show is behind us and get back to you.\n\nGary\n\n"
        "Sent from my iPhone",
        quoted=m1,
        mailer="iPhone Mail (21E236)",
    )
    files = {
        "Sandusky Bay Marine - Engagement Completion Report.pdf": report,
        "Automatic reply_ Sandusky Bay Marine – completion report.eml": g.eml(ooo),
        "RE_ Sandusky Bay Marine – completion report, please sign.eml": g.eml(m2),
    }
    claim = make_cpor(
        cid,
        QUARRYSTONE,
        QS_PM,
        SANDUSKY,
        SANDUSKY_GM,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "SHAREPOINT ONLINE", "TEAMS"],
        submitted=T(2026, 3, 10, 15, 30, -4),
        files=files,
    )
    return Bundle(
        f"{cid}_sandusky_bay_marine_report_mails",
        claim,
        files,
        "action_required",
        "The report is detailed, but its acceptance section is unsigned, and the customer's only messages are an "
        "out-of-office auto-reply and 'Got it, thanks … I'll go through it … and get back to you' – a receipt, not "
        "an acceptance of the work. Documents without customer acknowledgement do not count; the partner should "
        "upload the signed report or the customer's reply accepting it.",
        "Section 6 sign-off rows empty; .eml 2026-03-03 from gheppner@sanduskybaymarine.com: 'Got it, thanks … "
        "get back to you'; the other .eml is an automatic reply.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
            "reused_evidence": "pass",
        },
        container="zip",
    )


LORAIN = Org(
    "Lorain Precision Castings Inc.",
    "Lorain Precision",
    "lorainprecision.com",
    "US",
    "Elyria, OH 44035",
    "900 Taylor St",
    "#bf360c",
)
LORAIN_IT = person(LORAIN, "Steven Maczko", "IT Manager", "smaczko")


def s506_004_lorain_figures_copied_from_maumee() -> Bundle:
    cid = "5061004"
    parties = [
        Party("Customer", LORAIN.name, LORAIN_IT.name, LORAIN_IT.title),
        Party("Partner", QUARRYSTONE.name, QS_PM.name, QS_PM.title),
    ]
    report = qs_report(
        LORAIN,
        "QIT-ECR-2026-023",
        D(2026, 5, 6),
        "Quarrystone brought Lorain Precision Castings' Windows devices under Microsoft Intune and protected them "
        "with Microsoft Defender for Endpoint, replacing the foundry's ageing antivirus and manual imaging.",
        [
            ("Microsoft Intune", "Autopilot, compliance policies, app protection, update rings", "Complete"),
            ("Microsoft Defender for Endpoint", "Onboarding, ASR rules, EDR in block mode, device groups", "Complete"),
        ],
        MAUMEE_FIGURES,
        [
            ("Mobilise", "03/02/2026 – 03/13/2026", "Device inventory and pilot group"),
            ("Configure", "03/16/2026 – 04/03/2026", "Autopilot, compliance, MDE onboarding"),
            ("Roll out", "04/06/2026 – 04/24/2026", "Office, foundry and machining plant"),
            ("Stabilise", "04/27/2026 – 05/06/2026", "ASR audit-to-block, antivirus removal"),
        ],
        ["Lorain's IT manager owns device enrollment.", "Quarrystone sends a monthly vulnerability summary."],
        parties,
        f"{cid}|report",
    )
    signed = qs_signed(report, parties, ["5/8/2026", "5/8/2026"], f"{cid}|scan", T(2026, 5, 8, 11, 40, -4), dpi=140)
    files = {"Lorain Precision Castings - Engagement Completion Report signed.pdf": signed}
    claim = make_cpor(
        cid,
        QUARRYSTONE,
        QS_PM,
        LORAIN,
        LORAIN_IT,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 5, 21, 9, 45, -4),
        files=files,
    )
    return Bundle(
        f"{cid}_lorain_precision_completion_report",
        claim,
        files,
        "action_required",
        "The report is signed by Lorain's IT manager, but its 'Environment figures at closure' – the only place "
        "with numbers – is the table of claim 5061001 copied word for word: Toledo HQ & dispatch at 1800 Front St, "
        "the Perrysburg cross-dock with 12 Zebra scanners, the Rossford yard and 204 drivers' iPhones are Maumee "
        "River Logistics' sites and devices, not a foundry in Elyria. Apart from it, the report lists only "
        "high-level tasks. Claim-specific evidence reused from another claim does not show this customer's work; "
        "the partner should provide Lorain's own figures. The shared template text is boilerplate; the copied "
        "figures are not.",
        "Section 3 table identical to 5061001's (Toledo HQ 142/168, Perrysburg cross-dock 61/74, Rossford yard "
        "18/22, drivers 204/204, 11 servers).",
        {"reused_evidence": "fail", "customer_acknowledgement": "pass", "acknowledgement_date": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Kestrelmoor Digital (UK)
# --------------------------------------------------------------------------------------------------------------

HARROWFIELD = Org(
    "Harrowfield Building Society",
    "Harrowfield BS",
    "harrowfieldbs.co.uk",
    "GB",
    "Halifax HX1 2RG",
    "Commercial Street 7",
    "#1a237e",
)
HARROWFIELD_IT = person(HARROWFIELD, "Rebecca Ainsworth", "Head of IT Infrastructure", "rebecca.ainsworth")


def s506_005_harrowfield_day_first_entra() -> Bundle:
    cid = "5061005"
    parties = [
        Party("Customer", HARROWFIELD.name, HARROWFIELD_IT.name, HARROWFIELD_IT.title),
        Party("Partner", KESTRELMOOR.name, KM_PM.name, KM_PM.title),
    ]
    cert = km_certificate(
        HARROWFIELD,
        "KMD-GL-0625-031",
        "Go-Live & Acceptance Certificate",
        [
            ("Go-live", "30/06/2025"),
            ("Hypercare", "30/06/2025 – 18/07/2025"),
            ("Branches", "23 branches and the Halifax head office"),
        ],
        [
            (
                "Microsoft Intune",
                "Autopilot for 412 Windows 11 devices in 23 branches and head office; compliance policies feeding "
                "Conditional Access device filters; app protection for 96 corporate iPhones",
                "508 devices",
            ),
            (
                "Microsoft Entra ID P2",
                "Privileged Identity Management for 38 admin roles with approval; risk-based Conditional Access "
                "(sign-in and user risk); quarterly access reviews for 6 privileged groups",
                "465 users",
            ),
        ],
        parties,
        D(2025, 6, 30),
        f"{cid}|cert",
        notes=["Out of scope: Windows 365, Defender for Identity."],
    )
    signed = scan(
        cert, km_inks(parties, "05/07/2025", partner_date="04/07/2025"), f"{cid}|scan", T(2025, 7, 5, 16, 0, 1)
    )
    files = {"Harrowfield BS - Go-Live Certificate KMD-GL-0625-031 (signed).pdf": signed}
    claim = make_cpor(
        cid,
        KESTRELMOOR,
        KM_PM,
        HARROWFIELD,
        HARROWFIELD_IT,
        area="Security",
        workloads=["INTUNE", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        submitted=T(2026, 6, 23, 12, 10, 1),
        files=files,
    )
    return Bundle(
        f"{cid}_harrowfield_golive_certificate",
        claim,
        files,
        "approve",
        "UK customer and UK partner: the hand-written '05/07/2025' under the customer's signature is day-first, "
        "5 July 2025 – the certificate itself prints 'Go-live 30/06/2025' and hypercare to 18/07/2025, and the "
        "partner signed '04/07/2025' – so the acknowledgement is within 12 months of submission on 2026-06-23 "
        "(read month-first it would be 7 May 2025, before go-live and too old). 'Microsoft Entra ID P2' is the "
        "current name of AZURE ACTIVE DIRECTORY PREMIUM 2: PIM for 38 roles, risk-based Conditional Access and "
        "access reviews support that workload; Intune has 508 devices.",
        "Scanned certificate: customer column signed by Rebecca Ainsworth, date '05/07/2025'; 'Go-live 30/06/2025'.",
        g.cpor_ok(),
    )


WYVERN = Org(
    "Wyvern Valley Housing Association",
    "Wyvern Valley Housing",
    "wyvernvalleyha.org.uk",
    "GB",
    "Shrewsbury SY1 1PB",
    "Castle Foregate 21",
    "#4e342e",
)
WYVERN_ICT = person(WYVERN, "Owain Pritchard", "Head of ICT", "owain.pritchard")


def s506_006_wyvern_mdi_out_of_scope_unclaimed() -> Bundle:
    cid = "5061006"
    tail = (
        "<h2>5. Customer acknowledgement</h2><p>Wyvern Valley Housing Association confirms that Kestrelmoor "
        "Digital Ltd delivered the services described in this report.</p>"
        + ack_table("Customer signature", WYVERN_ICT.name, WYVERN_ICT.title)
    )
    report = partner_report(
        KESTRELMOOR,
        "Security Uplift – Completion Report",
        [
            ("Customer", escape(WYVERN.name)),
            ("Kestrelmoor reference", "KMD-SEC-2026-004"),
            ("Engagement", "5 January 2026 – 6 February 2026"),
            ("Report date", "9 February 2026"),
        ],
        [
            (
                "Summary",
                paras(
                    "Kestrelmoor deployed Microsoft Defender for Office 365 Plan 2 and Microsoft Defender for "
                    "Endpoint for the association's 480 staff, including 160 housing officers and repairs "
                    "operatives who work from tablets."
                ),
            ),
            (
                "Scope",
                grid(
                    ["Workload", "Status", "Detail"],
                    [
                        (
                            "Defender for Office 365 (Plan 2)",
                            "Delivered",
                            "Safe Links and Safe Attachments for 480 mailboxes; anti-phishing with impersonation "
                            "protection for 12 executives; 3 attack-simulation campaigns (click rate 19% → 6%)",
                        ),
                        (
                            "Defender for Endpoint",
                            "Delivered",
                            "530 devices (370 laptops, 160 tablets) and 24 servers onboarded; ASR rules in block "
                            "mode; EDR in block mode; automated investigation on full remediation",
                        ),
                        (
                            "Defender for Identity",
                            "Out of scope",
                            "Not delivered: domain controllers stay monitored by the association's existing "
                            "third-party tool until its contract ends in 2027",
                        ),
                    ],
                    [28, 16, 56],
                ),
            ),
            (
                "Timeline",
                grid(
                    ["Week", "Activity"],
                    [
                        ("5 – 9 Jan", "Design workshop, pilot of 20 users"),
                        ("12 – 23 Jan", "MDE onboarding by Intune in 3 waves"),
                        ("26 Jan – 6 Feb", "Defender for Office policies, attack simulations"),
                    ],
                    [24, 76],
                ),
            ),
            ("Handover", ul(["Runbook for the ICT service desk", "Monthly Secure Score review for 3 months"])),
        ],
        T(2026, 2, 9, 15, 0),
        KM_SEC.name,
        f"{cid}|report",
        right="Completion Report · KMD-SEC-2026-004",
        tail=tail,
    )
    signed = g.esign(
        report,
        WYVERN_ICT,
        T(2026, 2, 11, 10, 24),
        f"{cid}|ds",
        sig_anchor="Customer signature",
        sig_dx=160,
        sig_dy=4,
        date_anchor="Date signed",
        date_dx=160,
        date_dy=2,
        date_text="11 February 2026",
        sender=KM_PM,
        ip="185.63.14.201",
    )
    files = {"Wyvern Valley HA - Security Uplift Completion Report (DocuSigned).pdf": signed}
    claim = make_cpor(
        cid,
        KESTRELMOOR,
        KM_PM,
        WYVERN,
        WYVERN_ICT,
        area="Security",
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 3, 2, 9, 30),
        files=files,
    )
    return Bundle(
        f"{cid}_wyvern_valley_security_report",
        claim,
        files,
        "approve",
        "DocuSign-signed completion report (11 February 2026, envelope ID on every page and certificate of "
        "completion) with detail for both claimed workloads: Defender for Office 365 for 480 mailboxes with attack "
        "simulations, Defender for Endpoint on 530 devices and 24 servers. The report marks Defender for Identity "
        "'Out of scope' – and the claim does not include it, so the negation costs nothing.",
        "Scope table: Defender for Identity 'Out of scope'; claimed workloads MICROSOFT DEFENDER FOR OFFICE and "
        "MICROSOFT DEFENDER ENDPOINT both 'Delivered'.",
        g.cpor_ok(),
    )


PENNINE = Org(
    "Pennine Quarry Products Ltd",
    "Pennine Quarry",
    "penninequarry.co.uk",
    "GB",
    "Skipton BD23 1UD",
    "Keighley Road, Embsay Works",
    "#455a64",
)
PENNINE_IT = person(PENNINE, "Graham Holroyd", "IT & Systems Manager", "graham.holroyd")


def s506_007_pennine_copilot_deferred_photo() -> Bundle:
    cid = "5061007"
    parties = [
        Party("Customer", PENNINE.name, PENNINE_IT.name, PENNINE_IT.title),
        Party("Partner", KESTRELMOOR.name, KM_PM.name, KM_PM.title),
    ]
    cert = km_certificate(
        PENNINE,
        "KMD-CL-2026-012",
        "Project Closure & Acceptance Note",
        [("Project", "Teams for the quarries; Copilot readiness"), ("Closure date", "10/04/2026")],
        [
            (
                "Microsoft Teams",
                "Teams for 318 staff across head office and 14 quarry sites; shift channels for weighbridge "
                "and plant teams; Teams on 40 rugged tablets in loading shovels; 6 training sessions",
                "318 users",
            ),
            (
                "Microsoft 365 Copilot",
                "Readiness assessment only: oversharing review of 46 SharePoint sites, 11 remediated. Licence "
                "purchase and Copilot deployment deferred to FY27 – not part of this engagement",
                "0 users",
            ),
        ],
        parties,
        D(2026, 4, 10),
        f"{cid}|cert",
        notes=["Out of scope: Copilot deployment (deferred to FY27), Teams Phone, Intune."],
    )
    pic = photo(
        cert, km_inks(parties, "14/04/2026"), f"{cid}|photo", T(2026, 4, 14, 13, 12, 1), model=("samsung", "SM-S918B")
    )
    files = {"IMG_20260414_131244.jpg": pic}
    claim = make_cpor(
        cid,
        KESTRELMOOR,
        KM_PM,
        PENNINE,
        PENNINE_IT,
        area="Modern Work",
        workloads=["TEAMS", "MICROSOFT 365 COPILOT"],
        submitted=T(2026, 5, 5, 10, 0, 1),
        files=files,
    )
    return Bundle(
        f"{cid}_pennine_quarry_closure_photo",
        claim,
        files,
        "action_required",
        "A phone photo of the closure note, signed by the customer's IT & Systems Manager on 14/04/2026: fine for "
        "Teams (318 users, 14 quarry sites, 40 rugged tablets). But the claim also includes MICROSOFT 365 COPILOT, "
        "and the same note says Copilot was a readiness assessment only, with 'Licence purchase and Copilot "
        "deployment deferred to FY27 – not part of this engagement' and '0 users'. The claimed workload is not "
        "supported by the POE: the partner must remove it or provide evidence of Copilot work.",
        "Photo (JPEG, EXIF 2026-04-14): Copilot row 'deferred to FY27 – not part of this engagement', '0 users'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Rauhfels Systemhaus (DE), Hafenblick IT (DE)
# --------------------------------------------------------------------------------------------------------------

MUEHLHAUSER = Org(
    "Landtechnik Mühlhauser GmbH & Co. KG",
    "Mühlhauser Landtechnik",
    "muehlhauser-landtechnik.de",
    "DE",
    "91550 Dinkelsbühl",
    "Nördlinger Straße 40",
    "#33691e",
)
MUEHLHAUSER_IT = person(MUEHLHAUSER, "Stefan Kreuzer", "Leiter IT", "s.kreuzer")


def s506_008_muehlhauser_bilingual_stamped_scan() -> Bundle:
    cid = "5061008"
    parties = [
        Party("Auftraggeber / Customer", MUEHLHAUSER.name, MUEHLHAUSER_IT.name, MUEHLHAUSER_IT.title),
        Party("Auftragnehmer / Contractor", RAUHFELS.name, RF_PM.name, RF_PM.title),
    ]
    proto = rf_protocol(
        MUEHLHAUSER,
        "RF-2025-417",
        D(2026, 3, 12),
        "12.01.2026 – 06.03.2026",
        [
            (
                "Migration von 236 Postfächern von Exchange 2016 nach Exchange Online, inkl. 18 Sammelpostfächer "
                "(Ersatzteile, Service, Vertrieb).",
                "Migration of 236 mailboxes from Exchange 2016 to Exchange Online, including 18 shared mailboxes "
                "(spare parts, service, sales).",
            ),
            (
                "Einführung von Microsoft Teams für 260 Mitarbeitende an den Standorten Dinkelsbühl, Feuchtwangen "
                "und Crailsheim; Teams je Abteilung und Werkstatt.",
                "Microsoft Teams for 260 employees at the Dinkelsbühl, Feuchtwangen and Crailsheim sites; a team per "
                "department and workshop.",
            ),
            (
                "Ablösung des Dateiservers: 1,4 TB in 9 SharePoint-Online-Sites, Berechtigungskonzept nach "
                "Abteilungen.",
                "File server replaced: 1.4 TB moved into 9 SharePoint Online sites, permissions by department.",
            ),
        ],
        [
            ("Exchange Online", "Hybrid-Migration in 3 Wellen / hybrid migration in 3 waves", "236 + 18"),
            ("Microsoft Teams", "3 Standorte, 22 Teams / 3 sites, 22 teams", "260 users"),
            ("SharePoint Online", "9 Sites, Dateiserver abgeschaltet / file server switched off", "1.4 TB"),
        ],
        parties,
        f"{cid}|proto",
    )
    inks = rf_inks(parties, "12.03.2026", 1, stamp=("LANDTECHNIK MÜHLHAUSER", "GmbH & Co. KG · Dinkelsbühl"))
    signed = scan(proto, inks, f"{cid}|scan", T(2026, 3, 12, 15, 30, 1), dpi=150, skew=0.8)
    files = {"Abnahmeprotokoll_RF-2025-417_unterschrieben.pdf": signed}
    claim = make_cpor(
        cid,
        RAUHFELS,
        RF_PM,
        MUEHLHAUSER,
        MUEHLHAUSER_IT,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 4, 15, 8, 45, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_muehlhauser_abnahmeprotokoll",
        claim,
        files,
        "approve",
        "Bilingual acceptance protocol: every statement is given in German and in English (236 + 18 mailboxes, "
        "Teams for 260 staff on three sites, 1.4 TB into 9 SharePoint sites, period 12.01.–06.03.2026), printed, "
        "signed by the customer's head of IT with the company stamp and the German day-first date '12.03.2026', "
        "and scanned. Physical signature, five weeks before submission; all three workloads described.",
        "Page 2 (scan): customer column signed by Stefan Kreuzer, stamp 'LANDTECHNIK MÜHLHAUSER', 'Datum / Date "
        "12.03.2026'.",
        g.cpor_ok(),
    )


OBERLAND = Org(
    "Kreiskliniken Oberland gGmbH",
    "Kreiskliniken Oberland",
    "kreiskliniken-oberland.de",
    "DE",
    "83646 Bad Tölz",
    "Schützenstraße 15",
    "#00695c",
)
OBERLAND_IT = person(OBERLAND, "Michael Brandl", "Leiter Informationstechnik", "m.brandl")


def s506_009_oberland_public_hospital_germany() -> Bundle:
    cid = "5061009"
    report = partner_report(
        RAUHFELS,
        "Security Operations Report – Q1 2026",
        [
            ("Customer", escape(OBERLAND.name) + " (3 hospitals, 2 medical care centres)"),
            ("Contract", "RF-MSS-2025-088, managed Defender services"),
            ("Period", "1 January – 31 March 2026"),
            ("Author", escape(RF_SEC.name) + ", " + escape(RF_SEC.title)),
        ],
        [
            (
                "Microsoft Defender for Endpoint",
                grid(
                    ["Scope", "Count", "Status"],
                    [
                        ("Clinical and administrative Windows clients", "1,340", "Onboarded; EDR in block mode"),
                        (
                            "Servers (incl. 12 for the hospital information system)",
                            "96",
                            "Onboarded; AV exclusions agreed with the HIS vendor",
                        ),
                        ("Attack surface reduction rules", "15 of 16", "Block; 1 in audit for the PACS viewer"),
                    ],
                    [52, 14, 34],
                ),
            ),
            (
                "Microsoft Defender for Identity",
                paras(
                    "Sensors on all 8 domain controllers and both AD CS servers; 3 honeytoken accounts; 27 "
                    "lateral-movement paths to sensitive accounts closed; legacy NTLMv1 removed from 4 medical-device "
                    "gateways on 19 February 2026."
                ),
            ),
            (
                "Incidents handled in the quarter",
                grid(
                    ["Date", "Incident", "Outcome"],
                    [
                        ("14.01.2026", "Credential-stuffing attempt on OWA", "Blocked; 2 accounts reset"),
                        ("03.02.2026", "Suspicious PowerShell on a ward PC", "Device isolated; USB malware removed"),
                        ("11.03.2026", "Honeytoken login attempt", "Pen-test activity confirmed with the CISO"),
                    ],
                    [16, 46, 38],
                ),
            ),
        ],
        T(2026, 4, 7, 14, 0, 2),
        RF_SEC.name,
        f"{cid}|report",
        right="Security Operations Report · Q1 2026",
    )
    m1 = Mail(
        RF_PM,
        [OBERLAND_IT],
        "Kreiskliniken Oberland – Security Operations Report Q1 2026",
        T(2026, 4, 7, 16, 10, 2),
        "Sehr geehrter Herr Brandl,\n\nanbei der Quartalsbericht Q1/2026 zu Defender for Endpoint und Defender for "
        "Identity. Wir bitten um kurze Bestätigung per E-Mail.\n\nMit freundlichen Grüßen\nJonas Hoffmeister\n\n"
        + footer(RF_PM, RF_DISCLAIMER),
        lang="de",
        attachments=[("Security Operations Report Q1 2026 - Kreiskliniken Oberland.pdf", report)],
    )
    m2 = Mail(
        OBERLAND_IT,
        [RF_PM],
        "AW: Kreiskliniken Oberland – Security Operations Report Q1 2026",
        T(2026, 4, 9, 11, 25, 2),
        "Hallo Herr Hoffmeister,\n\nvielen Dank für den Bericht. Wir bestätigen die Umsetzung wie beschrieben: "
        "Defender for Endpoint auf 1.340 Clients und 96 Servern, Defender for Identity auf allen 8 "
        "Domänencontrollern und den beiden Zertifizierungsservern. Die Leistungen für das erste Quartal nehmen wir "
        "hiermit ab.\n\nMit freundlichen Grüßen\nMichael Brandl\nLeiter Informationstechnik\nKreiskliniken Oberland "
        "gGmbH · Schützenstraße 15 · 83646 Bad Tölz\n\nDiese Nachricht kann vertrauliche Informationen enthalten. "
        "Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender.",
        lang="de",
        quoted=m1,
    )
    files = {
        "Security Operations Report Q1 2026 - Kreiskliniken Oberland.pdf": report,
        "AW_ Kreiskliniken Oberland – Security Operations Report Q1 2026.msg": g.msg_file(m2),
    }
    claim = make_cpor(
        cid,
        RAUHFELS,
        RF_PM,
        OBERLAND,
        OBERLAND_IT,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        submitted=T(2026, 4, 20, 9, 0, 2),
        files=files,
        segment="public_sector",
        comments=[
            (
                "partner",
                T(2026, 4, 20, 8, 55, 2),
                "Translation of the customer's reply of 9 April 2026: 'Thank you for the report. We confirm the "
                "implementation as described: Defender for Endpoint on 1,340 clients and 96 servers, Defender for "
                "Identity on all 8 domain controllers and both certificate servers. We hereby accept the services for "
                "the first quarter.'",
            )
        ],
    )
    return Bundle(
        f"{cid}_kreiskliniken_oberland_security",
        claim,
        files,
        "approve",
        "A public-sector customer (a county hospital operator) in Germany. The written fee-disclosure requirement "
        "applies to public-sector customers in the United States and Puerto Rico (for CPOR Modern Work and "
        "Security usage), not in Germany, so no disclosure is needed. The English quarterly report details both "
        "workloads (1,340 clients and 96 servers in MDE, MDI on 8 DCs and 2 AD CS servers, incidents by date), and "
        "the customer's reply from kreiskliniken-oberland.de confirms the numbers and accepts the services "
        "('nehmen wir hiermit ab'); the partner translated it in a claim comment.",
        "Reply from m.brandl@kreiskliniken-oberland.de, 9 Apr 2026: 'Die Leistungen … nehmen wir hiermit ab'; "
        "customer.segment public_sector, country DE.",
        {**g.cpor_ok(email_ack=True), "public_sector": PASS_NA},
    )


VOGTLAND = Org(
    "Vogtland Armaturen GmbH",
    "Vogtland Armaturen",
    "vogtland-armaturen.de",
    "DE",
    "08527 Plauen",
    "Hammerstraße 88",
    "#0d47a1",
)
VOGTLAND_IT = person(VOGTLAND, "Ralf Unger", "IT-Leiter / Head of IT", "r.unger")


def s506_010_vogtland_conflict_old_incumbent() -> Bundle:
    cid = "5061010"
    parties = [
        Party("Kunde / Customer", VOGTLAND.name, VOGTLAND_IT.name, VOGTLAND_IT.title),
        Party("Dienstleister / Provider", HAFENBLICK.name, HB_AM.name, HB_AM.title),
    ]
    html = f"""
<h1>Rollout-Abnahme / Rollout Acceptance</h1>
{
        kv(
            [
                ("Kunde / Customer", escape(VOGTLAND.name)),
                ("Projekt / Project", "Intune &amp; Defender for Endpoint Rollout"),
                ("Zeitraum / Period", "02.09.2024 – 11.10.2024"),
            ]
        )
    }
{
        grid(
            ["Leistung / Service", "Menge / Volume"],
            [
                ("Intune: Registrierung der Windows-Clients / enrollment of Windows clients", "210"),
                ("Defender for Endpoint: Onboarding Clients und Server / clients and servers", "210 + 9"),
            ],
            [76, 24],
        )
    }
<p>Der Kunde bestätigt die Durchführung des Rollouts. / The customer confirms the rollout was carried out.</p>
""" + g.signoff("columns", parties, heading="Unterschriften / Signatures", labels=RF_LABELS, company_label="Firma")
    proto = g.html_pdf(
        html,
        meta("Rollout-Abnahme Vogtland Armaturen", HB_AM.name, T(2024, 10, 14, 10, 0, 2)),
        f"{cid}|proto",
        style=css(HAFENBLICK.color),
        decor=decor(HAFENBLICK, "Rollout-Abnahme", escape(HAFENBLICK.name + " · " + HAFENBLICK.reg)),
    )
    inks = [
        *g.sign_inks("columns", parties[0], 0, "17.10.2024", labels=RF_LABELS),
        *g.sign_inks("columns", parties[1], 1, "17.10.2024", labels=RF_LABELS, color=g.INK_BLACK),
    ]
    signed = scan(proto, inks, f"{cid}|scan", T(2024, 10, 17, 12, 0, 2), dpi=150)
    msa_html = f"""
<h1 style="text-align:center">Rahmenvertrag über IT-Dienstleistungen</h1>
<p style="text-align:center">Master Services Agreement</p>
<p>zwischen / between <b>{escape(VOGTLAND.name)}</b>, {escape(VOGTLAND.address)} („Kunde“) und / and
<b>{escape(HAFENBLICK.name)}</b>, {escape(HAFENBLICK.address)} („Dienstleister“)</p>
<h2>§ 1 Vertragsgegenstand / Subject</h2>
<p>Der Dienstleister erbringt IT-Dienstleistungen nach Einzelaufträgen. Leistungsumfang, Termine und Vergütung
werden im jeweiligen Einzelauftrag festgelegt. / The provider delivers IT services under individual orders.</p>
<h2>§ 2 Laufzeit / Term</h2>
<p>Der Vertrag beginnt am 01.01.2024 und läuft bis zum 31.12.2025. / The agreement runs from 1 January 2024 to
31 December 2025.</p>
<h2>§ 3 Vergütung / Fees</h2><p>Nach Aufwand gemäß Preisblatt Anlage 2. / Time and materials per annex 2.</p>
<h2>§ 4 Haftung, Vertraulichkeit, Datenschutz</h2>
<p>Es gelten die Allgemeinen Geschäftsbedingungen des Dienstleisters in der Fassung vom 01.07.2023 sowie der
Auftragsverarbeitungsvertrag gemäß Art. 28 DSGVO (Anlage 3).</p>
<p style="margin-top:30pt">Hamburg / Plauen, 05.12.2023</p>
{
        g.signoff(
            "lines",
            [
                Party("Kunde", VOGTLAND.name, "Karsten Voigt", "Geschäftsführer"),
                Party("Dienstleister", HAFENBLICK.name, "Jan-Hendrik Möller", "Geschäftsführer"),
            ],
            heading="",
        )
    }
"""
    msa = g.html_pdf(
        msa_html,
        meta("Rahmenvertrag Vogtland Armaturen", "Hafenblick IT", T(2023, 12, 5, 10, 0, 1)),
        f"{cid}|msa",
        style=css(HAFENBLICK.color, family="serif", size=9.5),
    )
    files = {
        "Rollout-Abnahme_Vogtland_Armaturen_2024.pdf": signed,
        "Rahmenvertrag_Vogtland_Hafenblick.pdf": msa,
    }
    claim = make_cpor(
        cid,
        HAFENBLICK,
        HB_AM,
        VOGTLAND,
        VOGTLAND_IT,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 14, 14, 20, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_vogtland_hafenblick",
        claim,
        files,
        "reject",
        "Conflicting claim with 5061011 (same customer, same workloads INTUNE and MICROSOFT DEFENDER ENDPOINT), filed "
        "six days after it. "
        "Hafenblick's only acknowledgement is a rollout acceptance signed on 17.10.2024 – almost 18 months before "
        "submission – plus a master services agreement that ran 01.01.2024–31.12.2025 (an MSA without recent "
        "engagement documentation never counts). Nothing recent confirms an active engagement, while the other "
        "partner's evidence (signed April 2026) shows it runs both workloads since January 2026 and the customer "
        "states that its contract with Hafenblick ended on 31.12.2025. Rauhfels drove the most influence; this "
        "claim is rejected.",
        "Rollout-Abnahme signed '17.10.2024'; MSA term 01.01.2024–31.12.2025; competing claim 5061011.",
        {"acknowledgement_date": "fail", "reused_evidence": "pass"},
    )


def s506_011_vogtland_conflict_new_partner_wins() -> Bundle:
    cid = "5061011"
    tail = (
        "<h2>5. Customer acceptance</h2><p>Vogtland Armaturen GmbH confirms the managed services in this report "
        "for March 2026.</p>" + ack_table("Customer signature", VOGTLAND_IT.name, VOGTLAND_IT.title)
    )
    report = partner_report(
        RAUHFELS,
        "Managed Workplace Service Report – March 2026",
        [
            ("Customer", escape(VOGTLAND.name)),
            ("Service", "Managed Intune and Defender for Endpoint (contract RF-MWS-2026-003, since 01.01.2026)"),
            ("Reporting period", "1 – 31 March 2026"),
        ],
        [
            (
                "Microsoft Intune",
                grid(
                    ["Item", "Value"],
                    [
                        ("Managed Windows devices", "228 (+18 since takeover in January)"),
                        ("Compliance rate", "97.4% (target 95%)"),
                        ("Feature update to Windows 11 24H2", "Ring 1: 40 devices, 12 March"),
                        ("New Autopilot deployments", "11 (production line PCs, building B)"),
                    ],
                    [60, 40],
                ),
            ),
            (
                "Microsoft Defender for Endpoint",
                grid(
                    ["Item", "Value"],
                    [
                        ("Onboarded devices", "228 clients, 11 servers"),
                        ("Incidents investigated", "6 (1 true positive: infected USB stick, contained 19 March)"),
                        ("ASR rules", "Moved 4 rules from audit to block after 30-day review"),
                        ("Exposure score", "41 → 28"),
                    ],
                    [60, 40],
                ),
            ),
            (
                "Takeover from the previous provider",
                paras(
                    "Rauhfels took over operation of both workloads on 1 January 2026. Old Hafenblick service "
                    "accounts were disabled on 8 January 2026; the Intune and Defender administrative roles were "
                    "moved to Rauhfels's GDAP relationship."
                ),
            ),
            ("Next month", ul(["Windows 11 24H2 ring 2", "Device control policy for USB media"])),
        ],
        T(2026, 4, 1, 16, 0, 2),
        RF_SEC.name,
        f"{cid}|report",
        right="Managed Workplace Service Report · 03/2026",
        tail=tail,
    )
    signed = g.digisign(
        report,
        VOGTLAND_IT,
        T(2026, 4, 2, 9, 14, 2),
        f"{cid}|pades",
        ca_name="D-Trust Qualified Signature CA 2026-1",
        anchor="Customer signature",
        dx=160,
        dy=2,
        width=220,
        height=38,
        reason="Bestätigt / Confirmed",
        location="Plauen",
    )
    m = Mail(
        VOGTLAND_IT,
        [RF_PM],
        "Bestätigung Betreuung Intune / Defender",
        T(2026, 4, 6, 8, 31, 2),
        "Hallo Herr Hoffmeister,\n\nwie besprochen zur Vorlage bei Microsoft: Seit dem 1. Januar 2026 betreut "
        "Rauhfels unsere Intune- und Defender-for-Endpoint-Umgebung (228 Clients, 11 Server). Der Vertrag mit "
        "unserem bisherigen Dienstleister Hafenblick IT endete zum 31.12.2025.\n\nGruß\nRalf Unger\nIT-Leiter\n"
        "Vogtland Armaturen GmbH · Hammerstraße 88 · 08527 Plauen",
        lang="de",
    )
    files = {
        "Service_Report_2026-03_Vogtland_signiert.pdf": signed,
        "Bestaetigung_Vogtland_Armaturen.eml": g.eml(m),
    }
    claim = make_cpor(
        cid,
        RAUHFELS,
        RF_PM,
        VOGTLAND,
        VOGTLAND_IT,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 8, 10, 5, 2),
        files=files,
        comments=[
            (
                "partner",
                T(2026, 4, 8, 10, 0, 2),
                "The customer's e-mail of 6 April 2026 confirms that Rauhfels has run its Intune and Defender for "
                "Endpoint environment since 1 January 2026 and that the contract with the previous provider ended on "
                "31 December 2025.",
            )
        ],
    )
    return Bundle(
        f"{cid}_vogtland_rauhfels",
        claim,
        files,
        "approve",
        "Conflicting claim with 5061010. Rauhfels's March 2026 service report gives this customer's own numbers "
        "for both workloads (228 devices, 97.4% compliance, 11 servers, incidents by date, the takeover on "
        "1 January 2026) and carries a valid PAdES signature of the customer's head of IT dated 2026-04-02; the "
        "customer's e-mail confirms the takeover and that the previous provider's contract ended on 31.12.2025. "
        "Rauhfels drove the most influence and wins the workloads.",
        "PAdES signature by Ralf Unger (D-Trust test CA), 2026-04-02; e-mail from r.unger@vogtland-armaturen.de.",
        g.cpor_ok(email_ack=True),
    )


GEAUGA = Org(
    "Geauga Maple Producers Cooperative",
    "Geauga Maple",
    "geaugamaple.coop",
    "US",
    "Middlefield, OH 44062",
    "15810 Kinsman Rd",
    "#8d6e63",
)
GEAUGA_MGR = person(GEAUGA, "Ellen Troyer", "Office & IT Manager", "etroyer")


def s506_012_geauga_teams_phone_winner() -> Bundle:
    cid = "5061012"
    parties = [
        Party("Customer", GEAUGA.name, GEAUGA_MGR.name, GEAUGA_MGR.title),
        Party("Partner", QUARRYSTONE.name, QS_VOICE.name, QS_VOICE.title),
    ]
    report = qs_report(
        GEAUGA,
        "QIT-ECR-2026-021",
        D(2026, 4, 22),
        "Quarrystone replaced the cooperative's end-of-life Mitel phone system with Teams Phone for all 186 "
        "users, the three sugarhouses and the bottling plant, using Operator Connect for the 41 existing numbers.",
        [
            (
                "Teams Phone",
                "Teams Phone with Operator Connect for 186 users; 41 numbers ported; 4 auto attendants (main line, "
                "orders, grower relations, after hours); 6 call queues; 22 common-area phones in sugarhouses and "
                "bottling; Mitel MiVoice decommissioned",
                "Complete",
            ),
        ],
        [
            ("Office &amp; order desk, Middlefield", "48", "52", "Order queue with 9 agents"),
            ("Sugarhouses (3)", "71", "14", "Common-area phones, paging via Teams"),
            ("Bottling plant", "67", "8", "Rugged common-area phones"),
        ],
        [
            ("Mobilise", "02/09/2026 – 02/20/2026", "Number inventory, call-flow workshops with the order desk"),
            ("Configure", "02/23/2026 – 03/13/2026", "Operator Connect, auto attendants, queues, phone provisioning"),
            ("Roll out", "03/16/2026 – 04/03/2026", "Porting in 2 batches, Mitel switched off 04/03/2026"),
            ("Stabilise", "04/06/2026 – 04/22/2026", "Queue tuning, voicemail to e-mail, training"),
        ],
        ["Ellen Troyer owns auto-attendant holiday schedules.", "Quarrystone monitors call quality monthly."],
        parties,
        f"{cid}|report",
    )
    signed = qs_signed(report, parties, ["4/24/2026", "4/24/2026"], f"{cid}|scan", T(2026, 4, 24, 16, 0, -4))
    m = Mail(
        GEAUGA_MGR,
        [QS_PM],
        "Signed completion report – Teams Phone",
        T(2026, 5, 1, 9, 40, -4),
        "Hi Brianna,\n\nSigned report attached. For your Microsoft paperwork: we moved our phone system from the old "
        "Mitel, which Pinecrest supported, to Teams Phone with Quarrystone in February. Pinecrest's small Teams "
        "Phone pilot for the office ended in January and they no longer support our telephony. All 186 users, the "
        "sugarhouses and bottling are on Teams Phone now.\n\nEllen\n\n"
        + cust_sig(GEAUGA_MGR, "15810 Kinsman Rd, Middlefield OH"),
        cc=[QS_VOICE],
        attachments=[("Geauga Maple - Engagement Completion Report signed.pdf", signed)],
    )
    files = {
        "Geauga Maple - Engagement Completion Report signed.pdf": signed,
        "Signed completion report – Teams Phone.msg": g.msg_file(m),
    }
    claim = make_cpor(
        cid,
        QUARRYSTONE,
        QS_PM,
        GEAUGA,
        GEAUGA_MGR,
        area="Modern Work",
        workloads=["TEAMS PHONE ENABLED USERS"],
        submitted=T(2026, 5, 12, 11, 0, -4),
        files=files,
    )
    return Bundle(
        f"{cid}_geauga_maple_quarrystone",
        claim,
        files,
        "approve",
        "Conflicting claim with 5061013 on TEAMS PHONE ENABLED USERS. Quarrystone's signed completion report "
        "(4/24/2026) shows the full move of 186 users, 41 ported numbers, auto attendants, queues and 22 "
        "common-area phones, and the customer's e-mail of 5/1/2026 says it moved its telephony to Quarrystone in "
        "February and that Pinecrest's pilot ended and Pinecrest no longer supports its telephony. Quarrystone "
        "drove the most influence.",
        "Scanned acceptance page signed 4/24/2026; e-mail from etroyer@geaugamaple.coop 5/1/2026.",
        g.cpor_ok(email_ack=True),
    )


def s506_013_geauga_teams_phone_superseded() -> Bundle:
    cid = "5061013"
    html = f"""
<h1>Managed Services Monthly Report</h1>
{kv([("Client", escape(GEAUGA.name)), ("Month", "August 2025"), ("Service manager", escape(PC_SDM.name))])}
<h2>Service desk</h2>
{
        grid(
            ["Category", "Tickets", "Avg. resolution"],
            [
                ("Accounts &amp; passwords", "14", "0.6 h"),
                ("Printers", "9", "3.1 h"),
                ("Teams Phone pilot", "6", "2.4 h"),
                ("Mitel handsets", "11", "5.0 h"),
            ],
            [50, 20, 30],
        )
    }
<h2>Teams Phone pilot</h2>
<p>Pilot for 12 office users with Direct Routing through the existing Mitel gateway; 2 auto attendants for the
main line; call quality average MOS 4.2. The sugarhouses and bottling plant stay on Mitel handsets.</p>
<h2>Client sign-off</h2>
{ack_table("Client signature", GEAUGA_MGR.name, GEAUGA_MGR.title)}
"""
    pdf = g.html_pdf(
        html,
        meta("Geauga Maple - Monthly Report August 2025", PC_SDM.name, T(2025, 9, 2, 10, 0, -4)),
        f"{cid}|rep",
        style=css(PINECREST.color),
        decor=decor(PINECREST, "Managed Services Monthly Report", escape(PINECREST.name + " · Akron, Ohio")),
    )
    inks = [
        Ink("Client signature", "sig", GEAUGA_MGR.name, dx=160, dy=2, h=30),
        Ink("Date signed", "hand", "9/4/2025", dx=160, dy=1, h=13),
    ]
    signed = scan(pdf, inks, f"{cid}|scan", T(2025, 9, 4, 14, 0, -4), dpi=150)
    files = {"Geauga Maple Monthly Report Aug 2025 signed.pdf": signed}
    claim = make_cpor(
        cid,
        PINECREST,
        PC_SDM,
        GEAUGA,
        GEAUGA_MGR,
        area="Modern Work",
        workloads=["TEAMS PHONE ENABLED USERS"],
        submitted=T(2026, 5, 20, 15, 10, -4),
        files=files,
    )
    return Bundle(
        f"{cid}_geauga_maple_pinecrest",
        claim,
        files,
        "reject",
        "Conflicting claim with 5061012: only one partner can be CPOR for a workload. Pinecrest's monthly report "
        "is signed by the customer on 9/4/2025 (inside 12 months) but shows only a 12-user Teams Phone pilot on "
        "Direct Routing, with the sugarhouses and bottling plant left on Mitel. Quarrystone moved all 186 users "
        "in 2026, and the customer writes (on 5061012) that Pinecrest's pilot ended in January and Pinecrest no "
        "longer supports its telephony. Quarrystone drove the most influence; this claim loses the conflict. "
        "Nothing in this bundle on its own fails a check – the reason is the conflict rule.",
        "Monthly report August 2025: 'Teams Phone pilot … 12 office users'; signed 9/4/2025; competing claim 5061012.",
        {
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "partner_customer_names": "pass",
            "reused_evidence": "pass",
        },
    )


CHARDON = Org(
    "Chardon Hardwood Flooring Inc.",
    "Chardon Hardwood",
    "chardonhardwood.com",
    "US",
    "Chardon, OH 44024",
    "410 Water St",
    "#6d4c41",
)
CHARDON_CTRL = person(CHARDON, "Paul Zalenski", "Controller & IT Lead", "pzalenski")


def s506_014_chardon_defender_by_pinecrest() -> Bundle:
    cid = "5061014"
    report = partner_report(
        PINECREST,
        "Endpoint Security Onboarding Report",
        [
            ("Client", escape(CHARDON.name)),
            ("Scope", "Microsoft Defender for Endpoint Plan 2"),
            ("Dates", "February 2 – March 13, 2026"),
            ("Engineer", escape(PC_SEC.name)),
        ],
        [
            (
                "What we did",
                ul(
                    [
                        "Onboarded 96 Windows devices (office, 2 mills, showroom) and 4 servers through Intune and a "
                        "local script for the 2 kiln-control PCs",
                        "Replaced Webroot; tamper protection on; EDR in block mode",
                        "12 ASR rules in block mode after a 3-week audit (2 exclusions for the moulder software)",
                        "Device groups per site; e-mail alerts to the controller for high-severity incidents",
                    ]
                ),
            ),
            (
                "Results",
                grid(
                    ["Measure", "Before", "After"],
                    [
                        ("Devices with EDR", "0", "100"),
                        ("Exposure score", "63", "31"),
                        ("Critical CVEs open", "47", "6"),
                    ],
                    [50, 25, 25],
                ),
            ),
            ("Not in scope", paras("Intune configuration beyond onboarding, Teams, Microsoft 365 licensing.")),
        ],
        T(2026, 3, 16, 11, 0, -4),
        PC_SEC.name,
        f"{cid}|report",
    )
    m1 = Mail(
        PC_SDM,
        [CHARDON_CTRL],
        "Chardon Hardwood – Defender onboarding report",
        T(2026, 3, 16, 14, 0, -4),
        "Hi Paul,\n\nAttached is the onboarding report for Defender for Endpoint. Please reply to confirm you accept "
        "the work.\n\nDanielle\n\n" + footer(PC_SDM),
        attachments=[("Chardon Hardwood - Endpoint Security Onboarding Report.pdf", report)],
    )
    m2 = Mail(
        CHARDON_CTRL,
        [PC_SDM],
        "RE: Chardon Hardwood – Defender onboarding report",
        T(2026, 3, 18, 8, 15, -4),
        "Danielle,\n\nConfirmed – we accept the Defender for Endpoint onboarding as described: all 96 PCs and the 4 "
        "servers report in, Webroot is gone, and the kiln PCs are covered too.\n\nPaul Zalenski\nController & IT "
        "Lead | Chardon Hardwood Flooring Inc.",
        quoted=m1,
    )
    files = {
        "Chardon Hardwood - Endpoint Security Onboarding Report.pdf": report,
        "RE_ Chardon Hardwood – Defender onboarding report.eml": g.eml(m2),
    }
    claim = make_cpor(
        cid,
        PINECREST,
        PC_SDM,
        CHARDON,
        CHARDON_CTRL,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 3, 30, 10, 20, -4),
        files=files,
    )
    return Bundle(
        f"{cid}_chardon_pinecrest",
        claim,
        files,
        "approve",
        "Pinecrest claims MICROSOFT DEFENDER ENDPOINT for Chardon Hardwood: onboarding report with 96 devices, "
        "4 servers, ASR rules, before/after figures and dates, accepted by the customer's controller by e-mail from "
        "chardonhardwood.com on 3/18/2026. Another partner (5061015) claims TEAMS ROOMS for the same customer – a "
        "different workload, so there is no conflict: several partners can be associated with one customer "
        "across different workloads.",
        "Reply from pzalenski@chardonhardwood.com 3/18/2026: 'we accept the Defender for Endpoint onboarding'.",
        g.cpor_ok(email_ack=True),
    )


def s506_015_chardon_teams_rooms_by_quarrystone() -> Bundle:
    cid = "5061015"
    parties = [
        Party("Customer", CHARDON.name, CHARDON_CTRL.name, CHARDON_CTRL.title),
        Party("Partner", QUARRYSTONE.name, QS_PM.name, QS_PM.title),
    ]
    report = qs_report(
        CHARDON,
        "QIT-ECR-2026-017",
        D(2026, 4, 2),
        "Quarrystone equipped nine meeting spaces at Chardon Hardwood's office, two mills and the Cleveland "
        "showroom with Microsoft Teams Rooms, so that designers, mill supervisors and showroom staff meet with "
        "builders and architects from one consistent room experience.",
        [
            (
                "Microsoft Teams Rooms",
                "9 Teams Rooms on Windows (Logitech Rally Bar / Tap IP), resource accounts, room policies, "
                "proximity join, Pro Management portal enrolment, 2 front-row layouts in the showroom",
                "Complete",
            ),
        ],
        [
            ("Office, 410 Water St", "–", "4", "Board room, design studio, 2 huddle rooms"),
            ("Mills (2)", "–", "3", "Supervisor rooms, dust-rated enclosures"),
            ("Cleveland showroom", "–", "2", "Client presentation rooms"),
        ],
        [
            ("Mobilise", "03/02/2026 – 03/06/2026", "Room survey, cabling check"),
            ("Configure", "03/09/2026 – 03/20/2026", "Resource accounts, policies, Pro Management"),
            ("Roll out", "03/23/2026 – 03/27/2026", "Installation in 9 rooms"),
            ("Stabilise", "03/30/2026 – 04/02/2026", "User guides, 3 training sessions"),
        ],
        ["The controller owns the room booking policy.", "Firmware updates through Pro Management (monthly)."],
        parties,
        f"{cid}|report",
    )
    signed = g.esign(
        report,
        CHARDON_CTRL,
        T(2026, 4, 6, 13, 2, -4),
        f"{cid}|adobe",
        sig_anchor=CHARDON_CTRL.name,
        sig_dx=182,
        sig_dy=-2,
        date_anchor=CHARDON_CTRL.name,
        date_dx=294,
        date_dy=4,
        date_text="04/06/2026",
        vendor="adobe",
        sender=QS_PM,
        ip="66.212.40.17",
    )
    files = {"Chardon Hardwood - Teams Rooms Completion Report (Adobe Sign).pdf": signed}
    claim = make_cpor(
        cid,
        QUARRYSTONE,
        QS_PM,
        CHARDON,
        CHARDON_CTRL,
        area="Modern Work",
        workloads=["TEAMS ROOMS"],
        submitted=T(2026, 4, 16, 9, 0, -4),
        files=files,
    )
    return Bundle(
        f"{cid}_chardon_quarrystone",
        claim,
        files,
        "approve",
        "Quarrystone claims TEAMS ROOMS for the same customer on which Pinecrest claims Defender for Endpoint "
        "(5061014): different workloads, no conflict. The completion report (same template as Quarrystone's other "
        "claims – boilerplate) describes 9 Teams Rooms by site with dates and is e-signed through Adobe Acrobat "
        "Sign by the customer's controller on 04/06/2026, with the final audit report appended.",
        "Adobe Sign transaction ID on every page; audit report: 'Document e-signed by Paul Zalenski … 2026-04-06'.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Ardoise Numérique (FR)
# --------------------------------------------------------------------------------------------------------------

CMPN = Org(
    "Coopérative Maraîchère du Pays Nantais",
    "CMPN",
    "cmpn-maraichers.fr",
    "FR",
    "44115 Basse-Goulaine",
    "Route de la Divatte",
    "#2e7d32",
)
CMPN_IT = person(CMPN, "Yannick Le Goff", "Responsable informatique", "y.legoff")


def s506_016_cmpn_french_only() -> Bundle:
    cid = "5061016"
    parties = [
        Party("Client", CMPN.name, CMPN_IT.name, CMPN_IT.title),
        Party("Prestataire", ARDOISE.name, AN_PM.name, "Cheffe de projet"),
    ]
    html = f"""
<h1>Procès-verbal de réception</h1>
<p class="muted">Projet « Poste de travail sécurisé » – réf. AN-2026-031</p>
{
        kv(
            [
                ("Client", escape(CMPN.name) + ", " + escape(CMPN.address)),
                ("Prestataire", escape(ARDOISE.name)),
                ("Période", "du 12 janvier au 27 février 2026"),
            ]
        )
    }
<h2>Prestations réalisées</h2>
{
        grid(
            ["Prestation", "Détail", "Volume"],
            [
                (
                    "Microsoft Intune",
                    "Inscription Autopilot des postes Windows 11, règles de conformité, "
                    "protection des applications sur les smartphones des chefs de culture",
                    "184 postes, 62 mobiles",
                ),
                (
                    "Microsoft Defender for Endpoint",
                    "Déploiement sur les postes et serveurs, règles ASR en mode blocage, EDR en mode blocage",
                    "184 postes, 7 serveurs",
                ),
            ],
            [24, 56, 20],
        )
    }
<p>Le client prononce la réception des prestations ci-dessus, sans réserve.</p>
""" + g.signoff("lines", parties, heading="Signatures", labels=("Nom", "Fonction", "Signature", "Date"))
    pv = g.html_pdf(
        html,
        meta("PV de réception CMPN", AN_PM.name, T(2026, 3, 16, 10, 0, 1)),
        f"{cid}|pv",
        style=css(ARDOISE.color),
        decor=decor(ARDOISE, "Procès-verbal de réception", escape(ARDOISE.name + " · " + ARDOISE.reg)),
    )
    inks = [
        *g.sign_inks("lines", parties[0], 0, "18/03/2026", labels=("Nom", "Fonction", "Signature", "Date")),
        *g.sign_inks(
            "lines", parties[1], 1, "18/03/2026", labels=("Nom", "Fonction", "Signature", "Date"), color=g.INK_BLACK
        ),
    ]
    signed = scan(pv, inks, f"{cid}|scan", T(2026, 3, 18, 17, 0, 1))
    w = g.Word(accent="283593")
    w.header(ARDOISE, "Rapport de fin de projet")
    w.h("Rapport de fin de projet – Poste de travail sécurisé")
    w.p("Client : Coopérative Maraîchère du Pays Nantais – 184 postes, 62 smartphones, 7 serveurs.")
    w.h("1. Contexte", 2)
    w.p(
        "La coopérative gérait ses postes avec des images masterisées et un antivirus en fin de support. Les chefs "
        "de culture utilisaient leurs smartphones sans protection des données."
    )
    w.h("2. Réalisations", 2)
    w.bullets(
        [
            "Autopilot et profils de conformité Intune pour 184 postes (siège, 3 stations de conditionnement).",
            "Protection des applications Outlook et Teams sur 62 smartphones.",
            "Defender for Endpoint sur 184 postes et 7 serveurs ; 14 règles ASR en blocage.",
        ]
    )
    w.h("3. Planning", 2)
    w.table(
        [
            ["Phase", "Dates"],
            ["Cadrage", "12/01/2026 – 16/01/2026"],
            ["Déploiement", "19/01/2026 – 20/02/2026"],
            ["Stabilisation", "23/02/2026 – 27/02/2026"],
        ]
    )
    w.footer("Ardoise Numérique SAS – 9 rue de la Fosse, 44000 Nantes")
    rapport = w.save(meta("Rapport de fin de projet CMPN", AN_PM.name, T(2026, 3, 13, 18, 0, 1)))
    files = {"PV_reception_CMPN_signe.pdf": signed, "Rapport_fin_de_projet_CMPN.docx": rapport}
    claim = make_cpor(
        cid,
        ARDOISE,
        AN_PM,
        CMPN,
        CMPN_IT,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 2, 11, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_cmpn_reception",
        claim,
        files,
        "action_required",
        "The signed acceptance (procès-verbal de réception, 18/03/2026) and the project report are entirely in "
        "French, with no English version or translation. Their content would be sufficient (184 workstations, 62 "
        "phones, 7 servers, dates), but POE documents must be in English: the partner should upload an English "
        "version or a translation.",
        "Both POE files in French only ('Procès-verbal de réception', 'Rapport de fin de projet').",
        {"document_language": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
    )


GUERANDAIS = Org(
    "Transports Guérandais SAS",
    "Transports Guérandais",
    "transports-guerandais.fr",
    "FR",
    "44350 Guérande",
    "ZA de Villejames, 4 rue des Saulniers",
    "#c62828",
)
GUERANDAIS_DAF = person(GUERANDAIS, "Sophie Rivallan", "Directrice administrative et financière", "s.rivallan")


def s506_017_guerandais_bilingual_yousign() -> Bundle:
    cid = "5061017"
    html = f"""
<h1>Procès-verbal de recette / Acceptance report</h1>
<p class="muted">Projet / Project: Microsoft 365 – réf. AN-2026-044</p>
{
        kv(
            [
                ("Client / Customer", escape(GUERANDAIS.name) + " (TG)"),
                ("Prestataire / Provider", escape(ARDOISE.name)),
                ("Période / Period", "02/03/2026 – 30/04/2026"),
            ]
        )
    }
{
        grid(
            ["Français", "English"],
            [
                (
                    "Migration de 142 boîtes aux lettres (Gmail) vers Exchange Online, dont 9 boîtes partagées "
                    "(exploitation, affrètement, factures).",
                    "Migration of 142 mailboxes (Gmail) to Exchange Online, including 9 shared mailboxes (operations, "
                    "chartering, invoices).",
                ),
                (
                    "Microsoft Teams pour les 3 agences (Guérande, Saint-Nazaire, Vannes) ; canal d'astreinte "
                    "pour les 64 conducteurs.",
                    "Microsoft Teams for the 3 depots (Guérande, Saint-Nazaire, Vannes); "
                    "an on-call channel for the 64 drivers.",
                ),
                (
                    "Intranet SharePoint Online et migration du serveur de fichiers (620 Go, 11 sites).",
                    "SharePoint Online intranet and file-server migration (620 GB, 11 sites).",
                ),
            ],
            [50, 50],
        )
    }
<p>Le client prononce la recette sans réserve. / The customer accepts the deliverables without reservation.</p>
{ack_table("Signature client / Customer signature", GUERANDAIS_DAF.name, GUERANDAIS_DAF.title)}
"""
    pv = g.html_pdf(
        html,
        meta("PV de recette Transports Guérandais", AN_PM.name, T(2026, 5, 15, 11, 0, 2)),
        f"{cid}|pv",
        style=css(ARDOISE.color),
        decor=decor(ARDOISE, "PV de recette / Acceptance report", escape(ARDOISE.name + " · " + ARDOISE.reg)),
    )
    signed = g.esign(
        pv,
        GUERANDAIS_DAF,
        T(2026, 5, 19, 9, 47, 2),
        f"{cid}|ys",
        sig_anchor="Signature client",
        sig_dx=160,
        sig_dy=6,
        date_anchor="Date signed",
        date_dx=160,
        date_dy=2,
        date_text="19/05/2026",
        vendor="yousign",
        certificate=False,
        ip="90.112.44.7",
    )
    signed = yousign_trail(signed, GUERANDAIS_DAF, AN_PM, T(2026, 5, 19, 9, 47, 2), f"{cid}|ys")
    files = {"PV_recette_Transports_Guerandais_signe_Yousign.pdf": signed}
    claim = make_cpor(
        cid,
        ARDOISE,
        AN_PM,
        GUERANDAIS,
        GUERANDAIS_DAF,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 6, 1, 10, 30, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_transports_guerandais_recette",
        claim,
        files,
        "approve",
        "French/English acceptance report with every line in both languages (142 + 9 mailboxes, Teams for three "
        "depots and 64 drivers, 620 GB into 11 SharePoint sites, period 02/03–30/04/2026), e-signed through "
        "Yousign by the customer's finance director on 19/05/2026 (French day-first), with the Yousign audit "
        "trail appended. The customer signs as 'TG', its short name.",
        "Yousign signature request on every page; audit trail: 'Document signé' by "
        "s.rivallan@transports-guerandais.fr, 19/05/2026.",
        g.cpor_ok(),
    )


ARAVIS = Org(
    "Société Fromagère des Aravis SAS",
    "Fromagerie des Aravis",
    "fromagerie-aravis.fr",
    "FR",
    "74230 Thônes",
    "12 route du Col des Aravis",
    "#f9a825",
)
ARAVIS_SI = person(ARAVIS, "Bastien Mermillod", "Responsable des systèmes d'information", "b.mermillod")


def s506_018_aravis_trade_name_owa_print() -> Bundle:
    cid = "5061018"
    w = g.Word(accent="283593")
    w.header(ARDOISE, "Project status report / Rapport d'avancement")
    w.h("Status report #6 (final) – Fromagerie des Aravis")
    w.p(
        "Customer: Société Fromagère des Aravis SAS (Fromagerie des Aravis) · Date: 26/06/2026 · Status: GREEN – closed"
    )
    w.h("1. Delivered / Réalisé", 2)
    w.table(
        [
            ["Workload", "Delivered", "Users / volume"],
            [
                "Microsoft Teams",
                "Teams for the 4 sites (Thônes, La Clusaz, Le Grand-Bornand, Annecy shop); "
                "channels for the 3 affinage cellars; 2 Teams Rooms",
                "118 users",
            ],
            [
                "SharePoint Online",
                "Quality & traceability sites (AOP Reblochon dossiers), 38 sites, file server (410 GB) retired",
                "38 sites",
            ],
        ]
    )
    w.h("2. Timeline", 2)
    w.table(
        [
            ["Milestone", "Date"],
            ["Kick-off", "13/04/2026"],
            ["Teams live on all sites", "22/05/2026"],
            ["File server switched off", "19/06/2026"],
        ]
    )
    w.h("3. Risks / open points", 2)
    w.p("None. Customer acceptance requested on 26/06/2026.")
    w.footer("Ardoise Numérique SAS · 9 rue de la Fosse, 44000 Nantes · Confidential")
    status = w.save(meta("Status report 6 - Fromagerie des Aravis", AN_PM.name, T(2026, 6, 26, 17, 0, 2)))
    m1 = Mail(
        AN_PM,
        [ARAVIS_SI],
        "Fromagerie des Aravis – rapport final / final report",
        T(2026, 6, 26, 17, 20, 2),
        "Bonjour Bastien,\n\nVeuillez trouver ci-joint le rapport final du projet Teams / SharePoint. Pouvez-vous nous "
        "confirmer la recette par retour de mail ?\n\nBien cordialement,\nMaëlle\n\n" + footer(AN_PM),
        lang="fr",
        attachments=[("Status report 6 - Fromagerie des Aravis.docx", status)],
    )
    m2 = Mail(
        ARAVIS_SI,
        [AN_PM],
        "RE: Fromagerie des Aravis – rapport final / final report",
        T(2026, 6, 29, 8, 50, 2),
        "Bonjour Maëlle,\n\nTout est conforme : les 118 utilisateurs des 4 sites travaillent dans Teams, les 38 sites "
        "SharePoint qualité et traçabilité sont en place et l'ancien serveur de fichiers est éteint depuis le 19 juin."
        "\n\nNous validons la recette du projet. Merci à toute l'équipe d'Ardoise.\n\nBastien Mermillod\nResponsable "
        "SI – Fromagerie des Aravis\n12 route du Col des Aravis, 74230 Thônes",
        lang="fr",
        quoted=m1,
    )
    printed = printed_mail(m2, AN_PM, f"{cid}|print", browser=True)
    files = {
        "Status report 6 - Fromagerie des Aravis.docx": status,
        "Mail - Maelle Guillou - Outlook - recette Aravis.pdf": printed,
    }
    claim = make_cpor(
        cid,
        ARDOISE,
        AN_PM,
        ARAVIS,
        ARAVIS_SI,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 7, 8, 14, 0, 2),
        files=files,
        comments=[
            (
                "partner",
                T(2026, 7, 8, 13, 55, 2),
                "Translation of the customer's reply (29/06/2026): 'Everything is as agreed: the 118 users of the 4 "
                "sites work in Teams, the 38 quality and traceability SharePoint sites are in place and the old file "
                "server has been off since 19 June. We accept the project.' Fromagerie des Aravis is the trade name "
                "of Société Fromagère des Aravis SAS.",
            )
        ],
    )
    return Bundle(
        f"{cid}_fromagerie_aravis",
        claim,
        files,
        "approve",
        "The customer signs as 'Fromagerie des Aravis', the trade name of Société Fromagère des Aravis SAS (the "
        "status report names both; the domain fromagerie-aravis.fr is the claim's). Its reply, printed to PDF "
        "from Outlook on the web (an e-mail in PDF form is acceptable), restates the numbers and accepts the "
        "project ('Nous validons la recette du projet'); the partner translated it in a comment. The English "
        "status report gives the detail per workload (118 users, 4 sites, 38 SharePoint sites, dates).",
        "Printed reply from b.mermillod@fromagerie-aravis.fr, 29 June 2026: 'Nous validons la recette du projet'.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Sierra Morena Cloud (ES, market B)
# --------------------------------------------------------------------------------------------------------------

GUADALQUIVIR = Org(
    "Aceitunas del Guadalquivir S.A.",
    "Aceitunas Guadalquivir",
    "aceitunasguadalquivir.es",
    "ES",
    "41710 Utrera, Sevilla",
    "Carretera Utrera-Los Palacios km 3",
    "#558b2f",
)
GUADALQUIVIR_IT = person(GUADALQUIVIR, "Manuel Ortega Ruiz", "Director de Sistemas", "manuel.ortega")


def s506_019_guadalquivir_ammp_market_b() -> Bundle:
    cid = "5061019"
    files, claim = g.ammp_claim(
        cid,
        "guadalquivir",
        SIERRA,
        SM_PM,
        GUADALQUIVIR,
        GUADALQUIVIR_IT,
        consent=D(2026, 2, 9),
        submitted=T(2026, 5, 20, 10, 0, 2),
        app="Trazabilidad de lotes – batch traceability portal (.NET Framework 4.8, SQL Server 2014)",
        arr="USD 58,000 per year",
        dates=["23/02/2026", "13/03/2026", "17/04/2026", "30/04/2026"],
        amount=12000.0,
        inv_no="SMC-FV-2026-0088",
        date_style="gb",
        sign_when=T(2026, 5, 6, 12, 0, 2),
        date_text="06/05/2026",
        invoice_kw={"date_style": "gb", "title": "FACTURA / INVOICE", "bank": "CaixaBank · cuenta en USD"},
    )
    return Bundle(
        f"{cid}_guadalquivir_ammp",
        claim,
        files,
        "approve",
        "AMMP (Small) claim from a Spanish partner: Spain is a Market B country, so the fee is USD 12,000 and the "
        "invoice shows exactly that pre-tax, with the claim ID and partner name. The programme template lists the "
        "four activities with this customer's own notes and dates and is signed by both parties (06/05/2026); "
        "both surveys carry full name, company and job title; submitted 100 days after consent (limit 120). The "
        "AMMP activity list is the programme's own wording on every AMMP claim (boilerplate).",
        "Invoice SMC-FV-2026-0088: 'MCI Engagement Claim ID 5061019', USD 12,000.00; consent 2026-02-09.",
        g.pa_ok(),
    )


MONTILLA = Org(
    "Bodegas Montilla Alta S.L.",
    "Bodegas Montilla Alta",
    "bodegasmontillaalta.es",
    "ES",
    "14550 Montilla, Córdoba",
    "Avenida de Andalucía 52",
    "#6a1b4d",
)
MONTILLA_DF = person(MONTILLA, "Rafael Aguilar Priego", "Director Financiero", "rafael.aguilar")
MONTILLA_SIS = Org(
    "Montilla Sistemas y Redes S.L.",
    "Montilla Sistemas",
    "montillasistemas.es",
    "ES",
    "14550 Montilla, Córdoba",
    "Calle Corredera 18",
    "#455a64",
)
MONTILLA_SIS_TEC = person(MONTILLA_SIS, "Javier Molina", "Técnico de sistemas", "jmolina")


def s506_020_montilla_outsourced_it_accepts() -> Bundle:
    cid = "5061020"
    report = partner_report(
        SIERRA,
        "Informe de cierre / Closure report – Teams & SharePoint",
        [
            ("Cliente / Customer", escape(MONTILLA.name)),
            ("Referencia", "SMC-2026-019"),
            ("Fechas / Dates", "09/03/2026 – 24/04/2026"),
        ],
        [
            (
                "Scope delivered",
                grid(
                    ["Workload", "Detail", "Volume"],
                    [
                        (
                            "Microsoft Teams",
                            "Teams for winery, bottling line and 2 wine shops; harvest channel for the 2026 vintage "
                            "with 14 growers as guests",
                            "92 users",
                        ),
                        (
                            "SharePoint Online",
                            "Quality (DOP Montilla-Moriles), export documents, 240 GB moved from the NAS into 6 sites",
                            "6 sites",
                        ),
                    ],
                    [24, 56, 20],
                ),
            ),
            ("Training", paras("5 sessions (bodega, embotellado, tiendas), 86 of 92 users attended.")),
        ],
        T(2026, 4, 27, 13, 0, 2),
        SM_PM.name,
        f"{cid}|report",
    )
    m1 = Mail(
        SM_PM,
        [MONTILLA_DF],
        "Bodegas Montilla Alta – informe de cierre Teams y SharePoint",
        T(2026, 4, 27, 13, 30, 2),
        "Hola Rafael,\n\nTe adjunto el informe de cierre. ¿Nos confirmas la aceptación del proyecto?\n\nUn saludo,\n"
        "Rocío\n\n" + footer(SM_PM),
        cc=[MONTILLA_SIS_TEC],
        lang="es",
        attachments=[("Informe de cierre Montilla Alta.pdf", report)],
    )
    m2 = Mail(
        MONTILLA_SIS_TEC,
        [SM_PM],
        "RE: Bodegas Montilla Alta – informe de cierre Teams y SharePoint",
        T(2026, 4, 29, 18, 4, 2),
        "Hola Rocío,\n\nRafael me pide que os conteste yo, que soy quien lleva la informática de la bodega. En nombre "
        "de Bodegas Montilla Alta damos por aceptado el proyecto de Teams y SharePoint (92 usuarios, bodega, "
        "embotellado y tiendas).\n\nUn saludo,\nJavier Molina\nTécnico de sistemas\nMontilla Sistemas y Redes S.L. – "
        "servicio informático externo de Bodegas Montilla Alta\nCalle Corredera 18, Montilla",
        cc=[MONTILLA_DF],
        lang="es",
        quoted=m1,
    )
    files = {
        "Informe de cierre Montilla Alta.pdf": report,
        "RE_ Bodegas Montilla Alta – informe de cierre.eml": g.eml(m2),
    }
    claim = make_cpor(
        cid,
        SIERRA,
        SM_PM,
        MONTILLA,
        MONTILLA_DF,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 11, 9, 10, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_montilla_alta_closure",
        claim,
        files,
        "action_required",
        "The closure report is detailed and bilingual, but the only acknowledgement comes from "
        "jmolina@montillasistemas.es – Montilla Sistemas y Redes S.L., the winery's outsourced IT provider, writing "
        "'en nombre de Bodegas Montilla Alta'. Despite the shared town name it is a different company with its own "
        "domain; nobody from bodegasmontillaalta.es accepted the work (the customer's finance director is only in "
        "copy). The guide requires the acknowledgement to come from the customer's domain; the partner should "
        "obtain it from the customer itself.",
        "Acceptance .eml From: Javier Molina <jmolina@montillasistemas.es>, signature 'servicio informático externo "
        "de Bodegas Montilla Alta'; claim domain bodegasmontillaalta.es.",
        {
            "customer_domain": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Mosaiq (BR, market C) and Tagore Cloudworks (IN, market C)
# --------------------------------------------------------------------------------------------------------------


def rename_doc(files: dict[str, bytes], claim: dict[str, Any], old: str, new: str, data: bytes | None = None) -> None:
    """The partner uploaded a file under another name (or another file in the slot)."""
    content = files.pop(old)
    files[new] = data if data is not None else content
    for doc in claim["documents"]:
        if doc["path"] == old:
            doc["path"] = new


CANASTRA = Org(
    "Laticínios Serra da Canastra Ltda.",
    "Laticínios Canastra",
    "laticinioscanastra.com.br",
    "BR",
    "37928-000 São Roque de Minas, MG",
    "Rodovia MG-341, km 12",
    "#ff8f00",
)
CANASTRA_IT = person(CANASTRA, "Renata Faria", "Coordenadora de TI", "renata.faria")


def s506_021_canastra_invoice_claim_id_transposed() -> Bundle:
    cid = "5061021"
    inv = g.invoice_pdf(
        MOSAIQ,
        "MQ-NF-2026-0311",
        D(2026, 6, 5),
        [(f"MCI Engagement Claim ID 5601021 – {g.AMMP_NAME}\nCustomer: {CANASTRA.name}", 7500.0)],
        f"{cid}|inv",
        title="FATURA / INVOICE",
        date_style="gb",
        bank="Banco Itaú · conta em USD 00731-4",
    )
    files, claim = g.ammp_claim(
        cid,
        "canastra",
        MOSAIQ,
        MQ_PM,
        CANASTRA,
        CANASTRA_IT,
        consent=D(2026, 3, 2),
        submitted=T(2026, 6, 10, 15, 0, -3),
        app="Queijo Canastra traceability app (PHP 7, MySQL on-premises)",
        arr="USD 33,000 per year",
        dates=["16/03/2026", "03/04/2026", "15/05/2026", "27/05/2026"],
        amount=7500.0,
        inv_no="MQ-NF-2026-0311",
        date_style="gb",
        invoice_pdf_bytes=inv,
        sign_when=T(2026, 6, 2, 11, 0, -3),
        date_text="02/06/2026",
    )
    return Bundle(
        f"{cid}_canastra_ammp",
        claim,
        files,
        "action_required",
        "AMMP (Small) from a Brazilian partner (Market C, USD 7,500): the amount, currency and partner name on the "
        "invoice are right, the template is signed and the surveys are complete, but the claim ID on the invoice "
        "reads '5601021' – digits transposed – instead of this claim's 5061021. The invoice must show the "
        "engagement claim ID; the partner should upload a corrected invoice.",
        "Invoice MQ-NF-2026-0311 line: 'MCI Engagement Claim ID 5601021', USD 7,500.00.",
        {"invoice": "fail", "attestations": "pass", "submission_window": "pass", "reused_evidence": "pass"},
    )


CERRADO = Org(
    "Cooperativa Agroindustrial Cerrado Vivo",
    "Cerrado Vivo",
    "cerradovivo.coop.br",
    "BR",
    "75901-000 Rio Verde, GO",
    "Avenida Presidente Vargas 2100",
    "#689f38",
)
CERRADO_CIO = person(CERRADO, "Ana Cláudia Rezende", "Gerente de Tecnologia da Informação", "ana.rezende")


def s506_022_cerrado_dynamics_portuguese_reply() -> Bundle:
    cid = "5061022"
    report = partner_report(
        MOSAIQ,
        "Go-Live Report – Dynamics 365 Sales & Customer Service",
        [
            ("Customer / Cliente", escape(CERRADO.name)),
            ("Go-live", "13/04/2026"),
            ("Environments", "crm-cerradovivo (production), crm-cerradovivo-hml (UAT)"),
        ],
        [
            (
                "Dynamics 365 Sales",
                ul(
                    [
                        "Grain and input sales pipeline for 38 field sales reps in 11 branches",
                        "Cooperative member (cooperado) accounts migrated: 6,420 records from the old CRM",
                        "Price tables linked to the ERP; quote approval for discounts above 4%",
                    ]
                ),
            ),
            (
                "Dynamics 365 Customer Service",
                ul(
                    [
                        "Member service centre with 22 agents; cases from WhatsApp Business and e-mail",
                        "SLA for grain-delivery disputes (48 h) and input-credit questions (24 h)",
                        "Knowledge base of 140 articles in Portuguese",
                    ]
                ),
            ),
            (
                "Timeline",
                grid(
                    ["Phase", "Dates"],
                    [
                        ("Design", "05/01/2026 – 30/01/2026"),
                        ("Build", "02/02/2026 – 20/03/2026"),
                        ("UAT", "23/03/2026 – 08/04/2026"),
                        ("Go-live and hypercare", "13/04/2026 – 08/05/2026"),
                    ],
                    [50, 50],
                ),
            ),
        ],
        T(2026, 5, 11, 10, 0, -3),
        MQ_PM.name,
        f"{cid}|report",
    )
    m1 = Mail(
        MQ_PM,
        [CERRADO_CIO],
        "Cerrado Vivo – relatório de go-live Dynamics 365",
        T(2026, 5, 11, 11, 0, -3),
        "Olá Ana Cláudia,\n\nSegue o relatório de go-live (em inglês, para a Microsoft). Por favor, confirme o aceite "
        "do projeto.\n\nAbraço,\nThiago\n\n" + footer(MQ_PM),
        lang="pt",
        attachments=[("Go-Live Report Cerrado Vivo.pdf", report)],
    )
    m2 = Mail(
        CERRADO_CIO,
        [MQ_PM],
        "RE: Cerrado Vivo – relatório de go-live Dynamics 365",
        T(2026, 5, 12, 9, 5, -3),
        "Bom dia Thiago,\n\nConfirmo o aceite. O Dynamics 365 Sales está em uso pelos 38 vendedores de campo nas 11 "
        "filiais e a central de atendimento ao cooperado opera no Customer Service com os 22 atendentes desde 13 de "
        "abril. Projeto aprovado.\n\nAtenciosamente,\nAna Cláudia Rezende\nGerente de TI – Cooperativa Agroindustrial "
        "Cerrado Vivo",
        lang="pt",
        quoted=m1,
    )
    files = {
        "Go-Live Report Cerrado Vivo.pdf": report,
        "RE_ Cerrado Vivo – relatorio de go-live Dynamics 365.msg": g.msg_file(m2),
    }
    claim = make_cpor(
        cid,
        MOSAIQ,
        MQ_PM,
        CERRADO,
        CERRADO_CIO,
        area="Business Applications",
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION", "DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        submitted=T(2026, 5, 25, 16, 0, -3),
        files=files,
        comments=[
            (
                "partner",
                T(2026, 5, 25, 15, 55, -3),
                "Customer reply (12/05/2026), translated: 'I confirm the acceptance. Dynamics 365 Sales is used by the "
                "38 field sales reps in the 11 branches and the member service centre runs on Customer Service with "
                "the 22 agents since 13 April. Project approved.'",
            )
        ],
    )
    return Bundle(
        f"{cid}_cerrado_vivo_dynamics",
        claim,
        files,
        "approve",
        "Business Applications usage for Sales and Customer Service: the English go-live report gives the detail "
        "per product (38 sellers in 11 branches, 6,420 member records, 22 service agents, SLAs, dates), and the "
        "customer's reply from cerradovivo.coop.br confirms the numbers and accepts ('Confirmo o aceite … Projeto "
        "aprovado'); the partner translated it in a comment.",
        "Reply from ana.rezende@cerradovivo.coop.br, 12/05/2026: 'Confirmo o aceite … Projeto aprovado'.",
        g.cpor_ok(email_ack=True),
    )


GODAVARI = Org(
    "Godavari Grape Exporters Pvt. Ltd.",
    "Godavari Grapes",
    "godavarigrapes.in",
    "IN",
    "Nashik 422003",
    "Gat No. 214, Dindori Road, Mhasrul",
    "#7b1fa2",
)
GODAVARI_IT = person(GODAVARI, "Prakash Deshmukh", "Head – IT & Systems", "prakash.deshmukh")


def s506_023_godavari_hotel_receipt_as_invoice() -> Bundle:
    cid = "5061023"
    eng = g.engagement(
        "MW-DIGITAL-WORKFORCE-VAR", "Microsoft 365 Digital Workforce Workshop", "standard", "variable", 2400.0
    )
    report = h.findings_report(
        TAGORE,
        "Digital Workforce Workshop – Findings & Recommendations",
        [
            ("Customer", GODAVARI.name),
            ("Workshop dates", "21 and 28 April 2026"),
            ("Participants", "11 (operations, export documentation, packhouse supervisors)"),
            ("MCI claim", cid),
        ],
        [
            (
                "Current state",
                "<p>140 office and packhouse staff; export documentation (phytosanitary certificates, EU residue "
                "reports) prepared in e-mail attachments; packhouse shift hand-over on WhatsApp.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams channels per export market (EU, UK, Middle East) with document libraries",
                        "Approvals in Power Automate for residue-report sign-off",
                        "Shifts and frontline Teams on 24 shared packhouse tablets",
                    ]
                ),
            ),
        ],
        T(2026, 4, 30, 17, 0, 5.5),
        TG_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        TAGORE,
        TG_PM,
        GODAVARI,
        GODAVARI_IT,
        area="Modern Work",
        eng=eng,
        consent=D(2026, 4, 6),
        submitted=T(2026, 6, 1, 12, 0, 5.5),
        poe={"Digital_Workforce_Workshop_Findings_Godavari.pdf": report},
        amount=2400.0,
        inv_no="TCW-INV-26-0118",
        inv_day=D(2026, 5, 26),
        activities="Digital workforce workshop: Teams for export documentation, approvals, frontline",
        outcome="Roadmap for 140 staff and 24 packhouse tablets",
        participants="11",
    )
    oyo = (REALWORLD / "invoices" / "oyo.pdf").read_bytes()
    rename_doc(files, claim, "Invoice_TCW-INV-26-0118.pdf", "Invoice_Godavari_Workshop.pdf", oyo)
    return Bundle(
        f"{cid}_godavari_workshop",
        claim,
        files,
        "action_required",
        "Findings report, surveys and timing (56 days after consent, standard limit 90) are fine, but the file in "
        "the invoice slot, 'Invoice_Godavari_Workshop.pdf', is an OYO hotel payment receipt from 2017 (Rs 1,939, "
        "guest 'Sanjay', Chennai) – no claim ID, not Tagore Cloudworks, not USD 2,400. The partner uploaded the "
        "wrong file; it must upload its invoice with the claim ID, its name and the proposed payout in USD.",
        "Invoice slot: 'PAYMENT RECEIPT … OYO 4189 Resort Nanganallur … Grand Total Rs 1939'.",
        {"invoice": "fail", "attestations": "pass", "submission_window": "pass", "reused_evidence": "pass"},
    )


HOOGHLY = Org(
    "Hooghly Municipal Water Board",
    "HMWB",
    "hmwb.wb.gov.in",
    "IN",
    "Chinsurah, Hooghly 712101",
    "Jal Bhavan, G.T. Road",
    "#01579b",
)
HOOGHLY_EE = person(HOOGHLY, "Subhajit Chatterjee", "Executive Engineer (IT Cell)", "ee.itcell")


def s506_024_hooghly_public_sector_ammp_with_psd() -> Bundle:
    cid = "5061024"
    files, claim = g.ammp_claim(
        cid,
        "hooghly",
        TAGORE,
        TG_PM,
        HOOGHLY,
        HOOGHLY_EE,
        consent=D(2026, 1, 19),
        submitted=T(2026, 5, 8, 11, 30, 5.5),
        app="Water connection & billing portal (Java 8, Oracle 11g)",
        arr="USD 41,000 per year",
        dates=["02/02/2026", "27/02/2026", "10/04/2026", "24/04/2026"],
        amount=7500.0,
        inv_no="TCW-INV-26-0092",
        date_style="gb",
        segment="public_sector",
        sign_when=T(2026, 4, 29, 12, 0, 5.5),
        date_text="29/04/2026",
        invoice_kw={"date_style": "in", "bank": "HDFC Bank · EEFC account (USD)"},
    )
    psd = h.psd_pdf(
        TAGORE,
        HOOGHLY,
        "AMMP App/Data Modernization (Small): water connection & billing portal",
        "USD 7,500",
        D(2026, 1, 27),
        f"{cid}|psd",
        style="gb_long",
    )
    psd_signed = scan(
        psd,
        h.psd_inks(
            HOOGHLY_EE.name, HOOGHLY_EE.title, "27/01/2026", seal=("HOOGHLY MUNICIPAL", "WATER BOARD", "IT CELL")
        ),
        f"{cid}|psds",
        T(2026, 1, 27, 15, 0, 5.5),
    )
    files["PSD/Public_Sector_Disclosure_HMWB_signed.pdf"] = psd_signed
    claim["documents"].append(
        {"path": "PSD/Public_Sector_Disclosure_HMWB_signed.pdf", "role": "public_sector_disclosure"}
    )
    return Bundle(
        f"{cid}_hooghly_water_ammp",
        claim,
        files,
        "approve",
        "A government water board in India on a Partner Activities claim, so a written public sector disclosure "
        "acknowledged by the customer is required – and it is there: the standard disclosure wording (shared by "
        "every public-sector claim, boilerplate), signed, sealed and dated 27/01/2026 by the board's Executive "
        "Engineer. AMMP (Small) from an Indian partner (Market C): invoice USD 7,500 with the claim ID; signed "
        "programme template; both surveys complete; submitted 109 days after consent (limit 120).",
        "PSD: customer acknowledgement signed by Subhajit Chatterjee with the board's seal, 27/01/2026; invoice USD "
        "7,500.00.",
        g.pa_ok(ps=True),
    )


DURGAPUR = Org(
    "Durgapur Alloy Castings Pvt. Ltd.",
    "Durgapur Alloy",
    "durgapuralloy.co.in",
    "IN",
    "Durgapur 713212",
    "Plot 41, Angadpur Industrial Area",
    "#5d4037",
)
DURGAPUR_IT = person(DURGAPUR, "Ritwik Banerjee", "Manager – IT", "ritwik.banerjee")


def s506_025_durgapur_assessment_after_60_days() -> Bundle:
    cid = "5061025"
    eng = g.engagement(
        "MW-COPILOT-READY-ASSESS", "Microsoft 365 Copilot Readiness Assessment", "assessment", "variable", 1800.0
    )
    consent, submitted = D(2026, 2, 2), T(2026, 4, 17, 10, 0, 5.5)
    report = h.findings_report(
        TAGORE,
        "Copilot Readiness Assessment – Durgapur Alloy Castings",
        [("Customer", DURGAPUR.name), ("Assessment", "16 – 27 February 2026"), ("MCI claim", cid)],
        [
            (
                "Findings",
                ul(
                    [
                        "212 Microsoft 365 E3 users; 31 SharePoint sites, 9 open to 'Everyone except external users'",
                        "No sensitivity labels; 4,800 files with customer drawings shared by link",
                    ]
                ),
            ),
            ("Recommendations", ul(["Remove broad access on 9 sites", "Pilot Copilot for 25 users in Q2"])),
        ],
        T(2026, 3, 2, 16, 0, 5.5),
        TG_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        TAGORE,
        TG_PM,
        DURGAPUR,
        DURGAPUR_IT,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Copilot_Readiness_Assessment_Durgapur.pdf": report},
        amount=1800.0,
        inv_no="TCW-INV-26-0071",
        inv_day=D(2026, 4, 10),
        activities="Copilot readiness assessment: oversharing and labelling review",
        outcome="Remediation plan and pilot proposal",
        participants="7",
        invoice_kw={"date_style": "in"},
    )
    return Bundle(
        f"{cid}_durgapur_assessment",
        claim,
        files,
        "reject",
        f"An assessment-type engagement must be submitted within 60 days of customer consent (2026-02-02, so by "
        f"2026-04-03); this claim was submitted on 2026-04-17, {days(consent, submitted)} days after consent. The "
        "claim expired before submission ('not submitted claim expired'), and expired claims cannot be reactivated. "
        "The report, invoice and surveys are otherwise in order.",
        "consent_date 2026-02-02, activity_type assessment, submitted 2026-04-17.",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Duinrand IT (NL)
# --------------------------------------------------------------------------------------------------------------

ZAANSTREEK = Org(
    "Zaanstreek Cacao B.V.",
    "Zaanstreek Cacao",
    "zaanstreekcacao.nl",
    "NL",
    "1541 KA Koog aan de Zaan",
    "Lagedijk 212",
    "#4e342e",
)
ZAANSTREEK_IT = person(ZAANSTREEK, "Joost Kaptein", "IT Manager", "joost.kaptein")


def s506_026_zaanstreek_pades_acceptance() -> Bundle:
    cid = "5061026"
    html = f"""
<h1>Acceptance Form – Defender &amp; Entra</h1>
{
        kv(
            [
                ("Customer", escape(ZAANSTREEK.name) + ", " + escape(ZAANSTREEK.address)),
                ("Supplier", escape(DUINRAND.name)),
                ("Project", "DR-2026-007 – secure the cocoa plant's office and OT-adjacent endpoints"),
                ("Period", "12 January – 13 March 2026"),
            ]
        )
    }
<h2>Delivered</h2>
{
        grid(
            ["Workload", "Delivered", "Volume"],
            [
                (
                    "Microsoft Defender for Endpoint",
                    "Onboarding via Intune and GPO for the 6 line-control PCs; "
                    "ASR rules in block mode (13); EDR in block mode; device tags for OT-adjacent devices",
                    "244 devices",
                ),
                (
                    "Microsoft Entra ID P2",
                    "Risk-based Conditional Access, PIM for 19 admin roles, access reviews "
                    "for supplier guest accounts (quarterly)",
                    "268 users",
                ),
            ],
            [26, 56, 18],
        )
    }
<h2>Acceptance</h2>
<p>{escape(ZAANSTREEK.name)} accepts the deliverables above as delivered by {escape(DUINRAND.name)}</p>
{ack_table("Customer signature", ZAANSTREEK_IT.name, ZAANSTREEK_IT.title)}
"""
    pdf = g.html_pdf(
        html,
        meta("Acceptance Form DR-2026-007", DR_PM.name, T(2026, 3, 16, 10, 0, 1)),
        f"{cid}|form",
        style=css(DUINRAND.color),
        decor=decor(DUINRAND, "Acceptance Form · DR-2026-007", escape(DUINRAND.name + " · " + DUINRAND.reg)),
    )
    signed = g.digisign(
        pdf,
        ZAANSTREEK_IT,
        T(2026, 3, 17, 14, 22, 1),
        f"{cid}|pades",
        ca_name="QuoVadis Qualified Web ID CA G2",
        anchor="Customer signature",
        dx=160,
        dy=2,
        width=220,
        height=38,
        reason="Akkoord / Approved",
    )
    files = {"Acceptance_Form_DR-2026-007_signed.pdf": signed}
    claim = make_cpor(
        cid,
        DUINRAND,
        DR_PM,
        ZAANSTREEK,
        ZAANSTREEK_IT,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        submitted=T(2026, 3, 30, 11, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_zaanstreek_acceptance_form",
        claim,
        files,
        "approve",
        "English acceptance form with a valid PAdES digital signature of the customer's IT manager (certificate "
        "issued to Zaanstreek Cacao B.V., signed 2026-03-17), covering both claimed workloads with numbers: "
        "Defender for Endpoint on 244 devices and Entra ID P2 (the current name of AZURE ACTIVE DIRECTORY PREMIUM "
        "2) for 268 users with PIM and access reviews.",
        "Digital signature field 'Signature_JoostKaptein', validates; signed 2026-03-17.",
        g.cpor_ok(),
    )


BETUWE = Org(
    "Betuwe Fruitveiling Coöperatie U.A.",
    "Betuwe Fruitveiling",
    "betuwefruitveiling.nl",
    "NL",
    "4001 LS Tiel",
    "Veilingweg 9",
    "#c0ca33",
)
BETUWE_IT = person(BETUWE, "Jeroen van Hattem", "Coördinator ICT", "j.vanhattem")


def s506_027_betuwe_teams_chat_screenshot() -> Bundle:
    cid = "5061027"
    w = g.Word(accent="F57F17")
    w.header(DUINRAND, "Handover document")
    w.h("Handover – Microsoft 365 for Betuwe Fruitveiling")
    w.p("Project DR-2026-015 · 2 February – 27 March 2026 · version 1.0")
    w.table(
        [
            ["Workload", "Delivered", "Volume"],
            [
                "Exchange Online",
                "Migration from Kerio Connect; 6 shared mailboxes (inkoop, veiling, logistiek)",
                "131 mailboxes",
            ],
            ["Microsoft Teams", "Teams for auction hall, cold stores and office; clock-room channel", "150 users"],
        ]
    )
    w.h("Customer sign-off", 2)
    w.table([["Name", "Signature", "Date"], [BETUWE_IT.name, "", ""]])
    w.footer("Duinrand IT B.V. · Kruisweg 68, 2011 VK Haarlem")
    handover = w.save(meta("Handover DR-2026-015", DR_PM.name, T(2026, 3, 30, 15, 0, 2)))
    shot = teams_chat_png(
        BETUWE_IT.name,
        DR_PM,
        [
            (
                DR_PM,
                "30-3 15:12",
                "Hoi Jeroen, het overdrachtsdocument staat in het projectkanaal. Kun je akkoord geven "
                "zodat we het project kunnen afsluiten?",
            ),
            (BETUWE_IT, "31-3 08:47", "Ziet er goed uit, akkoord. Approved from our side, thanks Femke!"),
            (DR_PM, "31-3 08:49", "Top, dank je!"),
        ],
        f"{cid}|teams",
    )
    files = {"Handover_DR-2026-015_Betuwe.docx": handover, "Teams chat - akkoord Jeroen.png": shot}
    claim = make_cpor(
        cid,
        DUINRAND,
        DR_PM,
        BETUWE,
        BETUWE_IT,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 4, 9, 10, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_betuwe_handover",
        claim,
        files,
        "action_required",
        "The handover document is detailed but its customer sign-off row is empty, and the only customer "
        "'acknowledgement' is a PNG screenshot of a Teams chat in which the customer writes 'akkoord … Approved'. "
        "A screenshot is a flat image – not a verifiable signature and not an original e-mail – and the guide "
        "rejects flat images and screenshots. The partner should obtain a signed handover or an e-mail from "
        "betuwefruitveiling.nl.",
        "'Teams chat - akkoord Jeroen.png' (screenshot); Word sign-off table empty.",
        {"customer_acknowledgement": "fail", "activity_detail": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Tessera Cloud (IT, market B)
# --------------------------------------------------------------------------------------------------------------

TARO = Org(
    "Caseificio Valle del Taro Soc. Agr. Coop.",
    "Caseificio Valle del Taro",
    "caseificiovalletaro.it",
    "IT",
    "43043 Borgo Val di Taro (PR)",
    "Via Nazionale 118",
    "#fbc02d",
)
TARO_IT = person(TARO, "Davide Pellegri", "Responsabile IT", "d.pellegri")
IT_INVOICE_LABELS = {
    "inv": "Fattura n. / Invoice no.",
    "date": "Data / Date",
    "due": "Scadenza / Due",
    "bill": "Destinatario / Bill to",
    "desc": "Descrizione / Description",
    "amt": "Importo / Amount",
    "sub": "Imponibile / Subtotal (pre-tax)",
    "total": "Totale / Total",
}


def s506_028_taro_workshop_invoice_with_iva() -> Bundle:
    cid = "5061028"
    eng = g.engagement("SEC-THREAT-PROT-VAR", "Threat Protection Engagement", "standard", "variable", 3900.0)
    report = h.findings_report(
        TESSERA,
        "Threat Protection Engagement – Findings & Recommendations",
        [
            ("Customer", TARO.name),
            ("Engagement", "9 – 27 March 2026 (Defender XDR trial tenant, 3 workshops)"),
            ("MCI claim", cid),
        ],
        [
            (
                "Threats observed during the engagement",
                ul(
                    [
                        "Password spray from 2 foreign IP ranges against 14 accounts (2 successful sign-ins, no MFA)",
                        "Invoice-fraud e-mail campaign impersonating the milk-transport contractor (37 messages)",
                        "41 devices with a vulnerable remote-access tool (CVE in v7.1)",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "MFA and Conditional Access for all 96 users, starting with the administration office",
                        "Defender for Office 365 impersonation protection for the 6 staff who approve payments",
                        "Remove the legacy remote-access tool; onboard the 52 PCs to Defender for Endpoint",
                    ]
                ),
            ),
        ],
        T(2026, 3, 30, 18, 0, 2),
        TS_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        TESSERA,
        TS_PM,
        TARO,
        TARO_IT,
        area="Security",
        eng=eng,
        consent=D(2026, 2, 23),
        submitted=T(2026, 4, 22, 9, 0, 2),
        poe={"Threat_Protection_Findings_Valle_del_Taro.pdf": report},
        amount=3900.0,
        inv_no="TC-2026-FT-0144",
        inv_day=D(2026, 4, 15),
        activities="Threat protection engagement: Defender XDR findings, 3 workshops",
        outcome="Remediation roadmap, MFA plan",
        participants="6",
        invoice_kw={
            "vat": 0.22,
            "vat_label": "IVA",
            "title": "FATTURA / INVOICE",
            "labels": IT_INVOICE_LABELS,
            "date_style": "gb",
            "bank": "Crédit Agricole Italia · conto in USD · IBAN IT60 X054 2811 1010 0000 0123 456",
        },
    )
    return Bundle(
        f"{cid}_valle_del_taro_workshop",
        claim,
        files,
        "approve",
        "Variable-payout security engagement with a proposed payout of USD 3,900: the bilingual Italian/English "
        "invoice shows the claim ID, the partner's name and 'Imponibile / Subtotal (pre-tax) USD 3,900.00', with "
        "22% IVA added below it. The guide asks for the pre-tax amount to match (VAT not required, not "
        "forbidden). Findings report with specific threats and recommendations; both surveys signed with name, "
        "company and title; submitted 58 days after consent (limit 90).",
        "Invoice TC-2026-FT-0144: 'Imponibile / Subtotal (pre-tax) USD 3,900.00', 'IVA 22% USD 858.00'.",
        g.pa_ok(),
    )


SECCHIA = Org(
    "Ceramiche Monte Secchia S.p.A.",
    "Ceramiche Monte Secchia",
    "montesecchia.it",
    "IT",
    "41049 Sassuolo (MO)",
    "Via Radici in Piano 310",
    "#8e24aa",
)
SECCHIA_CIO = person(SECCHIA, "Elisa Montanari", "CIO", "elisa.montanari")
MS_ITALY = Org("Microsoft S.r.l.", "Microsoft", "microsoft.com", "IT", "20154 Milano", "Viale Pasubio 21")
MS_PDM = person(MS_ITALY, "Federico Sala", "Partner Development Manager", "fesala")


def s506_029_secchia_microsoft_on_thread() -> Bundle:
    cid = "5061029"
    report = partner_report(
        TESSERA,
        "Delivery Report – Microsoft 365 Apps & Teams",
        [
            ("Customer", escape(SECCHIA.name)),
            ("Project", "TC-P-2026-009"),
            ("Period", "19 January – 20 March 2026"),
        ],
        [
            (
                "Microsoft 365 Apps",
                paras(
                    "Office 2016 (volume licence) replaced by Microsoft 365 Apps for enterprise on 412 PCs in the "
                    "Sassuolo plant, the Fiorano warehouse and the Milan showroom; Monthly Enterprise Channel; 38 "
                    "Excel macros for kiln scheduling tested and fixed; cloud policy for 14 settings."
                ),
            ),
            (
                "Microsoft Teams",
                paras(
                    "Teams for 430 users; channels for the 3 production lines and the quality lab; Teams meetings "
                    "with 60 distributors in 18 countries; 4 meeting rooms with Teams Rooms on Android."
                ),
            ),
            (
                "Timeline",
                grid(
                    ["Phase", "Dates"],
                    [
                        ("Pilot (IT and quality lab)", "19/01 – 30/01/2026"),
                        ("Wave 1 – plant", "02/02 – 20/02/2026"),
                        ("Wave 2 – warehouse and showroom", "23/02 – 13/03/2026"),
                        ("Closure", "16/03 – 20/03/2026"),
                    ],
                    [60, 40],
                ),
            ),
        ],
        T(2026, 3, 23, 12, 0, 1),
        TS_PM.name,
        f"{cid}|report",
    )
    m1 = Mail(
        TS_PM,
        [SECCHIA_CIO],
        "Monte Secchia – delivery report M365 Apps & Teams",
        T(2026, 3, 23, 14, 0, 1),
        "Dear Elisa,\n\nplease find attached the delivery report. Federico from Microsoft is in copy as agreed. "
        "Could you confirm your acceptance?\n\nBest regards,\nChiara\n\n" + footer(TS_PM),
        cc=[MS_PDM],
        attachments=[("Delivery Report Monte Secchia.pdf", report)],
    )
    m2 = Mail(
        MS_PDM,
        [TS_PM, SECCHIA_CIO],
        "RE: Monte Secchia – delivery report M365 Apps & Teams",
        T(2026, 3, 23, 15, 30, 1),
        "Great work, Chiara and team – congratulations to Elisa on moving the whole plant in two waves.\n\n"
        "Federico Sala\nPartner Development Manager | Microsoft Italia",
        quoted=m1,
    )
    m3 = Mail(
        SECCHIA_CIO,
        [TS_PM],
        "R: Monte Secchia – delivery report M365 Apps & Teams",
        T(2026, 3, 24, 9, 10, 1),
        "Ciao Chiara,\n\nconfermo: il progetto è stato completato come descritto nel report – Microsoft 365 Apps su "
        "412 PC e Teams per 430 utenti, comprese le 4 sale riunioni. Lo accettiamo formalmente. Grazie a tutto il "
        "team Tessera.\n\nElisa Montanari\nCIO – Ceramiche Monte Secchia S.p.A.\n\nQuesto messaggio è riservato "
        "ai destinatari indicati. Se lo avete ricevuto per errore, vi preghiamo di cancellarlo.",
        cc=[MS_PDM],
        lang="it",
        quoted=m2,
    )
    files = {
        "Delivery Report Monte Secchia.pdf": report,
        "R_ Monte Secchia – delivery report M365 Apps & Teams.msg": g.msg_file(m3),
    }
    claim = make_cpor(
        cid,
        TESSERA,
        TS_PM,
        SECCHIA,
        SECCHIA_CIO,
        area="Modern Work",
        workloads=["MICROSOFT 365 APPS", "TEAMS"],
        submitted=T(2026, 4, 7, 10, 0, 2),
        files=files,
        comments=[
            (
                "partner",
                T(2026, 4, 7, 9, 58, 2),
                "Customer reply, translated: 'I confirm: the project was completed as described in the report – "
                "Microsoft 365 Apps on 412 PCs and Teams for 430 users, including the 4 meeting rooms. We formally "
                "accept it.'",
            )
        ],
    )
    return Bundle(
        f"{cid}_monte_secchia_delivery",
        claim,
        files,
        "approve",
        "The thread includes a congratulation from a Microsoft partner development manager (microsoft.com), but "
        "Microsoft is only copied – the customer is Ceramiche Monte Secchia, and the acknowledgement is the CIO's "
        "own reply from montesecchia.it accepting the project with the numbers (412 PCs, 430 users, 4 rooms); "
        "translated by the partner. The English delivery report gives detail and dates for both workloads.",
        "Top message from elisa.montanari@montesecchia.it, 24/03/2026: 'Lo accettiamo formalmente'; Microsoft "
        "only in Cc / quoted.",
        g.cpor_ok(email_ack=True),
        container="zip",
    )


# --------------------------------------------------------------------------------------------------------------
# public sector: Coral Key Systems (PR), Larkspur Dynamics (US)
# --------------------------------------------------------------------------------------------------------------

VEGA_MARINA = Org(
    "Autoridad de Acueductos Municipales de Vega Marina",
    "AAM Vega Marina",
    "aamvegamarina.pr.gov",
    "PR",
    "Vega Marina, PR 00693",
    "Calle Betances 14",
    "#0277bd",
)
VEGA_DIR = person(VEGA_MARINA, "Héctor Luis Santiago Rivera", "Director Ejecutivo", "hsantiago")
VEGA_IT = person(VEGA_MARINA, "Marisol Cintrón", "Gerente de Sistemas de Información", "mcintron")


def s506_030_vega_marina_public_sector_with_psd() -> Bundle:
    cid = "5061030"
    psd = h.psd_pdf(
        CORALKEY,
        VEGA_MARINA,
        "Microsoft Defender for Endpoint and Defender for Office 365 deployment and operation (CPOR Security usage)",
        "the Security usage incentive calculated by Microsoft on the Authority's active Defender usage, "
        "estimated at USD 5,800 for 2026",
        D(2026, 2, 4),
        f"{cid}|psd",
    )
    psd_signed = scan(
        psd,
        h.psd_inks(VEGA_DIR.name, VEGA_DIR.title, "02/05/2026", seal=("AUTORIDAD DE ACUEDUCTOS", "VEGA MARINA")),
        f"{cid}|psds",
        T(2026, 2, 5, 11, 0, -4),
    )
    tail = (
        "<h2>5. Customer acknowledgement</h2><p>The Authority confirms the work described in this report.</p>"
        + ack_table("Customer signature", VEGA_IT.name, VEGA_IT.title)
    )
    report = partner_report(
        CORALKEY,
        "Completion Report – Defender for Endpoint & Defender for Office 365",
        [
            ("Customer", escape(VEGA_MARINA.name)),
            ("Reference", "CK-2026-PS-004"),
            ("Period", "February 9 – April 3, 2026"),
        ],
        [
            (
                "Defender for Endpoint",
                paras(
                    "Onboarded 318 Windows devices (administration, 2 treatment plants, 6 pump stations) and 14 "
                    "servers including the SCADA historian (passive mode, exclusions agreed with its vendor); ASR "
                    "rules in block mode; device isolation runbook for the plant operators."
                ),
            ),
            (
                "Defender for Office 365",
                paras(
                    "Safe Links and Safe Attachments for 286 mailboxes; anti-phishing with impersonation protection "
                    "for the Board and the billing office; 2 attack-simulation campaigns (click rate 22% → 7%)."
                ),
            ),
            (
                "Timeline",
                grid(
                    ["Phase", "Dates"],
                    [
                        ("Design", "02/09 – 02/20/2026"),
                        ("Pilot", "02/23 – 03/06/2026"),
                        ("Rollout", "03/09 – 03/27/2026"),
                        ("Handover", "03/30 – 04/03/2026"),
                    ],
                    [50, 50],
                ),
            ),
            ("Public sector disclosure", paras("Signed by the Executive Director on 02/05/2026 (separate document).")),
        ],
        T(2026, 4, 6, 10, 0, -4),
        CK_PM.name,
        f"{cid}|report",
        tail=tail,
    )
    signed = g.esign(
        report,
        VEGA_IT,
        T(2026, 4, 8, 15, 3, -4),
        f"{cid}|ds",
        sig_anchor="Customer signature",
        sig_dx=160,
        sig_dy=4,
        date_anchor="Date signed",
        date_dx=160,
        date_dy=2,
        date_text="04/08/2026",
        sender=CK_PM,
        ip="24.139.88.12",
    )
    files = {
        "Completion Report CK-2026-PS-004 (DocuSign).pdf": signed,
        "Public Sector Disclosure - AAM Vega Marina (signed).pdf": psd_signed,
    }
    claim = make_cpor(
        cid,
        CORALKEY,
        CK_PM,
        VEGA_MARINA,
        VEGA_IT,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 4, 21, 10, 0, -4),
        files=files,
        segment="public_sector",
        roles={"Public Sector Disclosure - AAM Vega Marina (signed).pdf": "public_sector_disclosure"},
    )
    return Bundle(
        f"{cid}_vega_marina_defender",
        claim,
        files,
        "approve",
        "A Puerto Rico municipal water authority (public sector), Security usage: the written fee disclosure (the "
        "standard wording, shared with other public-sector claims) is acknowledged in writing – signed, sealed and "
        "dated 02/05/2026 by the Executive Director. The completion report (318 devices, 14 servers, 286 mailboxes, "
        "dates) is e-signed through DocuSign by the Authority's IT manager on 04/08/2026.",
        "PSD customer acknowledgement signed by Héctor Luis Santiago Rivera, 02/05/2026; DocuSign certificate of "
        "completion for Marisol Cintrón.",
        g.cpor_ok(ps=True),
    )


LARES = Org(
    "Consorcio Escolar Lares-Utuado",
    "Consorcio Escolar Lares-Utuado",
    "celu.pr.gov",
    "PR",
    "Lares, PR 00669",
    "Carr. 111 km 2.3",
    "#2e7d32",
)
LARES_IT = person(LARES, "José A. Vélez Morales", "Director de Tecnología", "jvelez")


def s506_031_lares_schools_no_disclosure() -> Bundle:
    cid = "5061031"
    parties = [
        Party("Customer", LARES.name, LARES_IT.name, LARES_IT.title),
        Party("Partner", CORALKEY.name, CK_PM.name, CK_PM.title),
    ]
    html = f"""
<h1>Project Acceptance – Teams &amp; SharePoint for Schools</h1>
{
        kv(
            [
                ("Customer", escape(LARES.name) + " (14 public schools)"),
                ("Partner", escape(CORALKEY.name)),
                ("Reference", "CK-2026-EDU-002"),
                ("Period", "January 12 – March 20, 2026"),
            ]
        )
    }
{
        grid(
            ["Workload", "Delivered", "Volume"],
            [
                (
                    "Microsoft Teams",
                    "Class teams for grades 6–12 in 14 schools, staff teams per school, parent "
                    "meetings with lobby, 18 training sessions for teachers",
                    "2,140 students, 236 staff",
                ),
                (
                    "SharePoint Online",
                    "Consortium intranet, curriculum libraries per subject, migration of 380 GB "
                    "from school file servers",
                    "16 sites",
                ),
            ],
            [22, 58, 20],
        )
    }
<p>The customer confirms that the work above was delivered by {escape(CORALKEY.name)} and accepts it.</p>
""" + g.signoff("columns", parties, heading="Signatures")
    pdf = g.html_pdf(
        html,
        meta("Project Acceptance CK-2026-EDU-002", CK_PM.name, T(2026, 3, 23, 10, 0, -4)),
        f"{cid}|acc",
        style=css(CORALKEY.color),
        decor=decor(CORALKEY, "Project Acceptance · CK-2026-EDU-002"),
    )
    inks = [
        *g.sign_inks("columns", parties[0], 0, "03/25/2026"),
        *g.sign_inks("columns", parties[1], 1, "03/25/2026", color=g.INK_BLACK),
    ]
    signed = scan(pdf, inks, f"{cid}|scan", T(2026, 3, 25, 13, 0, -4))
    files = {"Project Acceptance CK-2026-EDU-002 signed.pdf": signed}
    claim = make_cpor(
        cid,
        CORALKEY,
        CK_PM,
        LARES,
        LARES_IT,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 4, 14, 9, 0, -4),
        files=files,
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_lares_utuado_schools",
        claim,
        files,
        "action_required",
        "A public school consortium in Puerto Rico (education = public sector) on a Modern Work usage claim: the "
        "partner must disclose its potential Microsoft fees in writing and the customer must acknowledge the "
        "disclosure in writing. The signed acceptance is good (2,140 students, 236 staff, 16 sites, 03/25/2026), "
        "but no disclosure was uploaded anywhere in the bundle.",
        "customer.segment public_sector, country PR; no public_sector_disclosure document and no disclosure text.",
        {"public_sector": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
    )


ARAPAHO = Org(
    "Arapaho Plains County",
    "Arapaho Plains County",
    "arapahoplainsco.gov",
    "US",
    "Sterling Ridge, CO 80751",
    "County Administration Building, 400 Main St",
    "#37474f",
)
ARAPAHO_HS = person(ARAPAHO, "Lorraine Whitfeather", "Director, Department of Human Services", "lwhitfeather")


def s506_032_arapaho_county_dynamics_no_psd_needed() -> Bundle:
    cid = "5061032"
    parties = [
        Party("County", ARAPAHO.name, ARAPAHO_HS.name, ARAPAHO_HS.title),
        Party("Partner", LARKSPUR.name, LK_SA.name, LK_SA.title),
    ]
    html = f"""
<h1>Go-Live Sign-Off</h1>
<p class="muted">Dynamics 365 Customer Service – Human Services Contact Center</p>
{
        kv(
            [
                ("Customer", escape(ARAPAHO.name) + ", Colorado"),
                ("Implementation partner", escape(LARKSPUR.name)),
                ("Go-live", "March 30, 2026"),
                ("Hypercare", "March 30 – April 24, 2026"),
            ]
        )
    }
<h2>Scope in production</h2>
{
        grid(
            ["Area", "Configuration", "Volume"],
            [
                (
                    "Case management",
                    "Benefit-enquiry cases (SNAP, LEAP, child care assistance) with routing by "
                    "program; 3 SLAs; case merge and parent/child cases",
                    "31 agents",
                ),
                (
                    "Omnichannel",
                    "Voice (Azure Communication Services), chat on the county website, e-mail to case",
                    "4 queues",
                ),
                ("Knowledge", "212 articles in English and Spanish; portal search", "212 articles"),
                ("Integrations", "Eligibility system lookup (read-only), document upload to SharePoint", "2"),
            ],
            [20, 62, 18],
        )
    }
<p>The county confirms that the scope above is live in production and was implemented by
{escape(LARKSPUR.name)}</p>
""" + g.signoff("rows", parties, heading="Sign-off")
    pdf = g.html_pdf(
        html,
        meta("Go-Live Sign-Off Arapaho Plains County", LK_SA.name, T(2026, 4, 24, 10, 0, -6)),
        f"{cid}|gl",
        style=css(LARKSPUR.color),
        decor=decor(LARKSPUR, "Go-Live Sign-Off", escape(LARKSPUR.name + " · Fort Collins, CO")),
        size=g.LETTER,
    )
    inks = [
        *g.sign_inks("rows", parties[0], 0, "4/27/2026"),
        *g.sign_inks("rows", parties[1], 1, "4/27/2026", color=g.INK_BLACK),
    ]
    signed = scan(pdf, inks, f"{cid}|scan", T(2026, 4, 27, 15, 0, -6), dpi=150)
    files = {"Arapaho Plains County - Go-Live Sign-Off (signed).pdf": signed}
    claim = make_cpor(
        cid,
        LARKSPUR,
        LK_SA,
        ARAPAHO,
        ARAPAHO_HS,
        area="Business Applications",
        workloads=["DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        submitted=T(2026, 5, 6, 11, 0, -6),
        files=files,
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_arapaho_county_customer_service",
        claim,
        files,
        "approve",
        "A US county (public sector) on a Business Applications usage claim. The guide's public-sector disclosure "
        "rule for CPOR applies to Modern Work and Security usage incentive claims; Dynamics 365 Customer Service "
        "is neither, so no disclosure is required. The go-live sign-off details the scope (31 agents, 4 queues, "
        "212 articles, integrations, go-live 3/30/2026) and is signed by the Director of Human Services on "
        "4/27/2026.",
        "Scanned sign-off: county row signed by Lorraine Whitfeather, 4/27/2026; workload DYNAMICS 365 CUSTOMER "
        "SERVICE ENTERPRISE.",
        {**g.cpor_ok(), "public_sector": PASS_NA},
    )


# --------------------------------------------------------------------------------------------------------------
# Wattle & Gum (AU, market A): AMMP, one invoice on two claims
# --------------------------------------------------------------------------------------------------------------

RIVERINA = Org(
    "Riverina Citrus Growers Co-operative Ltd",
    "Riverina Citrus",
    "riverinacitrus.com.au",
    "AU",
    "Griffith NSW 2680",
    "21 Jondaryan Avenue",
    "#ef6c00",
)
RIVERINA_IT = person(RIVERINA, "Mel Catanzariti", "ICT Manager", "mel.catanzariti")
GOULBURN = Org(
    "Goulburn Valley Cannery Pty Ltd",
    "GV Cannery",
    "gvcannery.com.au",
    "AU",
    "Shepparton VIC 3630",
    "110 Corio Street",
    "#c62828",
)
GOULBURN_IT = person(GOULBURN, "Tom Brereton", "Head of Technology", "tom.brereton")


def riverina_invoice() -> bytes:
    """Wattle & Gum's invoice for claim 5061033 (later uploaded on 5061034 as well)."""
    return g.invoice_pdf(
        WATTLE,
        "WG-INV-2026-0417",
        D(2026, 6, 26),
        [(f"MCI Engagement Claim ID 5061033 – {g.AMMP_NAME}\nCustomer: {RIVERINA.name}", 15000.0)],
        "5061033|inv",
        date_style="gb_long",
        bank="Commonwealth Bank · foreign currency account (USD) 06 2540 1099 8821",
    )


def s506_033_riverina_ammp_low_dpi_scan() -> Bundle:
    cid = "5061033"
    files, claim = g.ammp_claim(
        cid,
        "riverina",
        WATTLE,
        WG_PM,
        RIVERINA,
        RIVERINA_IT,
        consent=D(2026, 3, 16),
        submitted=T(2026, 7, 2, 10, 0, 10),
        app="Grower payments & packhouse intake system (VB6 front end, SQL Server 2008 R2)",
        arr="USD 64,000 per year",
        dates=["30/03/2026", "24/04/2026", "05/06/2026", "19/06/2026"],
        amount=15000.0,
        inv_no="WG-INV-2026-0417",
        date_style="gb",
        invoice_pdf_bytes=riverina_invoice(),
        sign_when=T(2026, 6, 23, 14, 0, 10),
        date_text="23/06/2026",
        scan_kw={"dpi": 100, "skew": 0.9, "quality": 45},
    )
    return Bundle(
        f"{cid}_riverina_ammp",
        claim,
        files,
        "approve",
        "AMMP (Small) claim from an Australian partner (Market A, USD 15,000): the signed programme template was "
        "scanned at only ~100 dpi, but it is legible and carries the four activities with this customer's own "
        "notes, dates and both signatures (23/06/2026); invoice WG-INV-2026-0417 shows this claim's ID, the "
        "partner and USD 15,000.00; both surveys complete; submitted 108 days after consent (limit 120). Claim "
        "5061034 later re-uploaded this invoice; this is its own claim.",
        "Template scan at 100 dpi; invoice line 'MCI Engagement Claim ID 5061033', USD 15,000.00.",
        g.pa_ok(),
    )


def s506_034_goulburn_ammp_invoice_of_other_claim() -> Bundle:
    cid = "5061034"
    files, claim = g.ammp_claim(
        cid,
        "goulburn",
        WATTLE,
        WG_PM,
        GOULBURN,
        GOULBURN_IT,
        consent=D(2026, 3, 23),
        submitted=T(2026, 7, 6, 9, 30, 10),
        app="Fruit-intake scheduling & grower portal (ASP.NET WebForms, SQL Server 2012)",
        arr="USD 52,000 per year",
        dates=["06/04/2026", "01/05/2026", "12/06/2026", "26/06/2026"],
        amount=15000.0,
        inv_no="WG-INV-2026-0417",
        date_style="gb",
        invoice_pdf_bytes=riverina_invoice(),
        sign_when=T(2026, 6, 30, 11, 0, 10),
        date_text="30/06/2026",
    )
    return Bundle(
        f"{cid}_goulburn_ammp",
        claim,
        files,
        "action_required",
        "Signed template, surveys and timing are fine, but the invoice uploaded is WG-INV-2026-0417 – the invoice "
        "of claim 5061033, showing claim ID 5061033 and 'Customer: Riverina Citrus Growers Co-operative Ltd'. "
        "Each claim must have its own unique invoice with its own claim ID; the same invoice cannot support two "
        "claims. The partner should upload an invoice for claim 5061034.",
        "Invoice file identical to 5061033's: 'MCI Engagement Claim ID 5061033', Riverina Citrus.",
        {"invoice": "fail", "reused_evidence": "fail", "attestations": "pass", "submission_window": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Merlion Shield (SG): managed security services
# --------------------------------------------------------------------------------------------------------------

KALLANG = Org(
    "Kallang Basin Foods Pte. Ltd.",
    "Kallang Basin Foods",
    "kallangbasinfoods.com.sg",
    "SG",
    "Singapore 339407",
    "7 Kallang Place, #05-01",
    "#00897b",
)
KALLANG_CISO = person(KALLANG, "Daniel Koh Wee Liang", "Head of Information Security", "daniel.koh")


def s506_035_kallang_mss_quarterly_review() -> Bundle:
    cid = "5061035"
    chart = g.bar_chart(
        "Incidents by severity – Q1 2026",
        ["Jan", "Feb", "Mar"],
        [
            ("High", [3, 2, 4], (198, 40, 40)),
            ("Medium", [11, 9, 14], (251, 140, 0)),
            ("Low", [26, 31, 22], (67, 160, 71)),
        ],
    )
    slides = [
        (
            "Kallang Basin Foods – SOC Quarterly Service Review",
            paras(
                "Q1 2026 · Merlion Shield Managed XDR &amp; SIEM",
                "Prepared for Daniel Koh Wee Liang, Head of Information Security",
            ),
        ),
        (
            "Service scope",
            ul(
                [
                    "24x7 SOC triage, investigation and response in Microsoft Defender XDR and Defender for Cloud",
                    "Microsoft Sentinel operated by Merlion: 18 data connectors, 142 analytics rules, 9 playbooks",
                    "Monthly threat hunting across Defender XDR and Defender for Cloud",
                    "Quarterly security configuration assessment (Secure Score, Defender for Cloud recommendations)",
                    "Defender for Endpoint on 610 devices and 48 servers (scope minimum met)",
                ]
            ),
        ),
        ("Incidents", '<p><img src="chart.png" width="620"/></p>'),
        (
            "Q1 highlights",
            grid(
                ["Date", "Event", "Action"],
                [
                    (
                        "17 Jan",
                        "BEC attempt on finance (supplier bank change)",
                        "Mailbox rule removed, user reset, 4 min MTTA",
                    ),
                    ("08 Feb", "Cobalt Strike beacon on a warehouse PC", "Device isolated at 02:14 SGT, contained"),
                    ("21 Mar", "Hunt: OAuth apps with mail.read", "3 consent grants revoked"),
                ],
                [14, 46, 40],
            ),
        ),
        (
            "Tuning and detections",
            ul(
                [
                    "27 rules tuned (false positives −38%)",
                    "6 custom detections: cold-chain sensor gateway logins, payroll export, new MFA method on execs",
                    "Secure Score 52% → 61%; 14 Defender for Cloud recommendations closed",
                ]
            ),
        ),
    ]
    deck = g.html_pdf(
        [f"<h2>{escape(t)}</h2>{b}" for t, b in slides],
        meta("Kallang Basin Foods SOC QSR Q1 2026", ML_SDM.name, T(2026, 4, 10, 17, 0, 8), g.PPT),
        f"{cid}|deck",
        size=g.SLIDE,
        margins=(54, 70, 54, 50),
        style=css(
            MERLION.color, size=15, extra=f"h2 {{font-size: 24pt; color: {MERLION.color};}} td, th {{font-size: 12pt;}}"
        ),
        images={"chart.png": chart},
        decor=g.Decor(MERLION, footer="Merlion Shield Pte. Ltd. · Confidential", accent=MERLION.color, numbers="{i}"),
    )
    m1 = Mail(
        ML_SDM,
        [KALLANG_CISO],
        "Kallang Basin Foods – SOC Quarterly Service Review Q1 2026",
        T(2026, 4, 13, 10, 0, 8),
        "Hi Daniel,\n\nAttached is the Q1 service review deck we walked through on Friday. Please reply to confirm "
        "it reflects the service.\n\nRegards,\nKavitha\n\n" + footer(ML_SDM),
        attachments=[("Kallang Basin Foods SOC QSR Q1 2026.pdf", deck)],
    )
    m2 = Mail(
        KALLANG_CISO,
        [ML_SDM],
        "RE: Kallang Basin Foods – SOC Quarterly Service Review Q1 2026",
        T(2026, 4, 14, 9, 20, 8),
        "Hi Kavitha,\n\nConfirmed. The deck reflects the managed SOC service Merlion runs for us: 24x7 monitoring "
        "and response in Defender XDR and Defender for Cloud, the Sentinel workspace with its rules and playbooks, "
        "the monthly hunts and the quarterly configuration review. The containment of the warehouse PC in February "
        "at 2 am was exactly why we outsourced this.\n\nDaniel\n\nDaniel Koh Wee Liang\nHead of Information Security\n"
        "Kallang Basin Foods Pte. Ltd.",
        quoted=m1,
    )
    files = {
        "Kallang Basin Foods SOC QSR Q1 2026.pdf": deck,
        "RE_ Kallang Basin Foods – SOC Quarterly Service Review Q1 2026.msg": g.msg_file(m2),
    }
    claim = make_cpor(
        cid,
        MERLION,
        ML_SDM,
        KALLANG,
        KALLANG_CISO,
        area="Security",
        kind="managed_security_services",
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 4, 28, 11, 0, 8),
        files=files,
    )
    return Bundle(
        f"{cid}_kallang_soc_review",
        claim,
        files,
        "approve",
        "Managed security services with every qualifying element in the service review deck: 24x7 SOC triage and "
        "response in Defender XDR and Defender for Cloud, Sentinel operated by the partner (18 connectors, 142 "
        "rules, 9 playbooks), monthly threat hunts, quarterly configuration assessments, rule tuning and 6 custom "
        "detections, MDE on 610 devices. The customer's Head of Information Security confirms the service by "
        "e-mail from kallangbasinfoods.com.sg on 14 April 2026.",
        "Deck slide 2 'Service scope'; reply from daniel.koh@kallangbasinfoods.com.sg: 'Confirmed. The deck "
        "reflects the managed SOC service Merlion runs for us'.",
        g.cpor_ok(email_ack=True),
    )


PASIR = Org(
    "Pasir Panjang Cold Stores Pte. Ltd.",
    "Pasir Panjang Cold Stores",
    "ppcoldstores.com.sg",
    "SG",
    "Singapore 117440",
    "31 Pasir Panjang Road",
    "#1565c0",
)
PASIR_IT = person(PASIR, "Vanessa Tan Hui Min", "IT Manager", "vanessa.tan")


def s506_036_pasir_business_hours_soc() -> Bundle:
    cid = "5061036"
    parties = [
        Party("Customer", PASIR.name, PASIR_IT.name, PASIR_IT.title),
        Party("Service provider", MERLION.name, ML_SDM.name, ML_SDM.title),
    ]
    html = f"""
<h1>Service Confirmation – Managed Endpoint Security</h1>
{
        kv(
            [
                ("Customer", escape(PASIR.name)),
                ("Service provider", escape(MERLION.name)),
                ("Service start", "1 November 2025"),
                ("Reference", "MS-SC-2025-118"),
            ]
        )
    }
<h2>Service description</h2>
{
        grid(
            ["Service element", "Detail"],
            [
                (
                    "Monitoring hours",
                    "Business hours: Monday–Friday 08:00–18:00 SGT. Alerts outside these hours are "
                    "e-mailed to the customer's IT mailbox and reviewed on the next business day.",
                ),
                (
                    "Tools",
                    "Microsoft Defender for Endpoint portal. SIEM: the customer's own third-party log platform "
                    "(not operated by Merlion). Microsoft Sentinel is not used.",
                ),
                (
                    "Deployment",
                    "Defender for Endpoint sensors on 280 devices and 12 servers; Intune compliance "
                    "policies; BitLocker enforcement",
                ),
                ("Patch management", "Monthly Windows and third-party patching for 292 devices"),
                ("Support", "Troubleshooting of Defender and Intune policy issues via the service desk"),
            ],
            [26, 74],
        )
    }
<p>The customer confirms that Merlion Shield provides the services described above.</p>
""" + g.signoff("columns", parties, heading="Signatures")
    pdf = g.html_pdf(
        html,
        meta("Service Confirmation MS-SC-2025-118", ML_SDM.name, T(2026, 5, 4, 10, 0, 8)),
        f"{cid}|sc",
        style=css(MERLION.color),
        decor=decor(MERLION, "Service Confirmation · MS-SC-2025-118"),
    )
    inks = [
        *g.sign_inks("columns", parties[0], 0, "06/05/2026"),
        *g.sign_inks("columns", parties[1], 1, "06/05/2026", color=g.INK_BLACK),
    ]
    signed = scan(pdf, inks, f"{cid}|scan", T(2026, 5, 6, 16, 0, 8))
    files = {"Service Confirmation MS-SC-2025-118 signed.pdf": signed}
    claim = make_cpor(
        cid,
        MERLION,
        ML_SDM,
        PASIR,
        PASIR_IT,
        area="Security",
        kind="managed_security_services",
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 5, 14, 9, 0, 8),
        files=files,
    )
    return Bundle(
        f"{cid}_pasir_panjang_service",
        claim,
        files,
        "action_required",
        "Signed and specific, but the service does not qualify as managed security services: monitoring is "
        "business hours only (not a 24/7 SOC), Microsoft Sentinel is explicitly not used, there is no threat "
        "hunting, and the rest is what the guide lists as out of scope for this workload (sensor deployment, "
        "Intune policies, patch management, troubleshooting). The POE does not support the claimed workload "
        "MANAGED SECURITY SERVICES.",
        "'Monitoring hours: Business hours: Monday–Friday 08:00–18:00 SGT'; 'Microsoft Sentinel is not used'.",
        {"workload_match": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Fennwick Dynamics (UK): Business Applications
# --------------------------------------------------------------------------------------------------------------

COTSWOLD = Org(
    "Cotswold Oak Joinery Ltd",
    "Cotswold Oak Joinery",
    "cotswoldoakjoinery.co.uk",
    "GB",
    "Stroud GL5 3JD",
    "Brimscombe Port Mill",
    "#795548",
)
COTSWOLD_MD = person(COTSWOLD, "Alistair Penfold", "Managing Director", "alistair.penfold")


def s506_037_cotswold_presales_day_first() -> Bundle:
    cid = "5061037"
    slides = [
        (
            "Cotswold Oak Joinery × Fennwick Dynamics",
            paras("Envisioning workshop – Dynamics 365 Sales", "Workshop held 14/01/2026 at Brimscombe Port Mill"),
        ),
        (
            "Where you are today",
            ul(
                [
                    "Enquiries from architects and homeowners arrive by phone, web form and show visits",
                    "Quotes for bespoke staircases and orangeries built in Excel – 3 to 5 days per quote",
                    "No view of the 140 open opportunities; follow-ups depend on two estimators",
                ]
            ),
        ),
        (
            "What we showed",
            ul(
                [
                    "Demo 1: lead capture from the website and show visits into Dynamics 365 Sales",
                    "Demo 2: opportunity pipeline by product line (staircases, windows, orangeries)",
                    "Demo 3: quote with product bundles and approval above 15% discount",
                ]
            ),
        ),
        (
            "Proposed pilot",
            grid(
                ["Item", "Proposal"],
                [
                    ("Users", "6 (2 estimators, 3 sales, MD)"),
                    ("Duration", "3 weeks in February"),
                    ("Licences", "Dynamics 365 Sales Professional, 9 users after the pilot"),
                ],
                [30, 70],
            ),
        ),
    ]
    deck = g.slides_pdf(
        FENNWICK,
        slides,
        meta("Cotswold Oak Joinery envisioning workshop", FW_SA.name, T(2026, 1, 14, 16, 0), g.PPT),
        f"{cid}|deck",
        "Fennwick Dynamics Ltd · Confidential",
    )
    note_html = f"""
<h1>Pilot Scoping Note</h1>
{
        kv(
            [
                ("Customer", escape(COTSWOLD.name)),
                ("Partner", escape(FENNWICK.name)),
                ("Pilot", "Dynamics 365 Sales Professional – 6 users, 3 weeks"),
            ]
        )
    }
<h2>Agreed pilot scope</h2>
{
        ul(
            [
                "Lead capture from web form and show visits",
                "Opportunity pipeline by product line",
                "Quote template for staircases with discount approval",
                "Weekly review with the MD",
            ]
        )
    }
<h2>Success criteria</h2>
{ul(["Quote turnaround under 1 day for standard staircases", "All open opportunities visible to the MD"])}
<h2>Customer agreement</h2>
<p>Cotswold Oak Joinery agrees to run the pilot described above with Fennwick Dynamics before deciding on
licences.</p>
{ack_table("Signed for the customer", COTSWOLD_MD.name, COTSWOLD_MD.title)}
"""
    note = g.html_pdf(
        note_html,
        meta("Pilot Scoping Note - Cotswold Oak Joinery", FW_SA.name, T(2026, 2, 2, 11, 0)),
        f"{cid}|note",
        style=css(FENNWICK.color),
        decor=decor(FENNWICK, "Pilot Scoping Note"),
    )
    inks = [
        Ink("Signed for the customer", "sig", COTSWOLD_MD.name, dx=160, dy=2, h=30),
        Ink("Date signed", "hand", "03/02/2026", dx=160, dy=1, h=13),
    ]
    signed = scan(note, inks, f"{cid}|scan", T(2026, 2, 3, 12, 0), dpi=150)
    files = {
        "Cotswold Oak Joinery - Envisioning Workshop.pdf": deck,
        "Pilot Scoping Note - signed.pdf": signed,
    }
    claim = make_cpor(
        cid,
        FENNWICK,
        FW_SA,
        COTSWOLD,
        COTSWOLD_MD,
        area="Business Applications",
        kind="pre_sales",
        workloads=["DYNAMICS 365 SALES PROFESSIONAL"],
        submitted=T(2026, 3, 30, 10, 0, 1),
        files=files,
        transaction=D(2026, 2, 27),
    )
    return Bundle(
        f"{cid}_cotswold_oak_presales",
        claim,
        files,
        "approve",
        "Pre-sales claim with the transaction on 2026-02-27. The envisioning deck records the workshop and three "
        "demos on '14/01/2026' and the pilot scoping note is signed by the customer's managing director with the "
        "hand-written date '03/02/2026'. UK customer and UK partner write day-first: 14 January and 3 February 2026, "
        "both before the transaction (read month-first, 03/02 would be 2 March, after it – but '14/01' on the same "
        "papers cannot be month-first). The engagement proof predates the transaction and describes the pre-sales "
        "activities in depth.",
        "Deck slide 1 'Workshop held 14/01/2026'; scoping note signed, 'Date signed 03/02/2026'; transaction_date "
        "2026-02-27.",
        g.cpor_ok(),
    )


TAMAR = Org(
    "Tamar Estuary Boatworks Ltd",
    "Tamar Boatworks",
    "tamarboatworks.co.uk",
    "GB",
    "Saltash PL12 6LX",
    "Ashtorre Wharf",
    "#0d47a1",
)
TAMAR_MD = person(TAMAR, "Kerensa Trewin", "Managing Director", "kerensa.trewin")


def s506_038_tamar_signed_order_form_as_poe() -> Bundle:
    cid = "5061038"
    order_html = f"""
<h1>Subscription Order Form</h1>
<p class="muted">Microsoft Cloud Solution Provider – Dynamics 365 Business Central</p>
{
        kv(
            [
                ("Order no.", "FD-OF-2026-0042"),
                ("Customer", escape(TAMAR.name) + ", " + escape(TAMAR.address)),
                ("Reseller", escape(FENNWICK.name)),
                ("Order date", "12 March 2026"),
                ("Term", "12 months, annual commitment"),
            ]
        )
    }
{
        grid(
            ["Product", "Qty", "Unit price / month", "Total / year"],
            [
                ("Dynamics 365 Business Central Essentials", "12", "£56.30", "£8,107.20"),
                ("Dynamics 365 Business Central Team Members", "8", "£6.60", "£633.60"),
                ("Business Central additional environment", "1", "£33.40", "£400.80"),
            ],
            [46, 10, 22, 22],
        )
    }
<p><b>Total annual commitment: £9,141.60 excl. VAT.</b> Prices per the Microsoft CSP price list of March 2026.
Licences are non-cancellable after 7 days. Payment: monthly in advance by direct debit.</p>
<p>By signing, the customer orders the subscriptions above under the Microsoft Customer Agreement.</p>
{ack_table("Authorised signature", TAMAR_MD.name, TAMAR_MD.title, company=TAMAR.name)}
"""
    order = g.html_pdf(
        order_html,
        meta("Subscription Order Form FD-OF-2026-0042", "Fennwick Dynamics", T(2026, 3, 12, 9, 0)),
        f"{cid}|order",
        style=css(FENNWICK.color),
        decor=decor(FENNWICK, "Subscription Order Form"),
    )
    inks = [
        Ink("Authorised signature", "sig", TAMAR_MD.name, dx=160, dy=2, h=30),
        Ink("Date signed", "hand", "13/03/2026", dx=160, dy=1, h=13),
    ]
    signed = scan(order, inks, f"{cid}|scan", T(2026, 3, 13, 10, 0))
    quote_html = f"""
<h1>Quotation Q-2026-0117</h1>
{kv([("Prepared for", escape(TAMAR.name)), ("Valid until", "31 March 2026"), ("Prepared by", escape(FW_SA.name))])}
{
        grid(
            ["Item", "Price"],
            [
                ("Dynamics 365 Business Central Essentials × 12 (annual)", "£8,107.20"),
                ("Team Members × 8 (annual)", "£633.60"),
                ("Implementation – fixed price, 18 days", "£14,850.00"),
                ("Data migration from Sage 50 (opening balances, 2 years of history)", "£2,400.00"),
            ],
            [76, 24],
        )
    }
<p>All prices exclude VAT. Payment terms: 30 days.</p>
"""
    quote = g.html_pdf(
        quote_html,
        meta("Quotation Q-2026-0117", "Fennwick Dynamics", T(2026, 3, 2, 9, 0)),
        f"{cid}|quote",
        style=css(FENNWICK.color),
        decor=decor(FENNWICK, "Quotation"),
    )
    files = {"Tamar_Estuary_POE_signed.pdf": signed, "Quote_Q-2026-0117.pdf": quote}
    claim = make_cpor(
        cid,
        FENNWICK,
        FW_SA,
        TAMAR,
        TAMAR_MD,
        area="Business Applications",
        kind="revenue",
        workloads=["DYNAMICS 365 BUSINESS CENTRAL ESSENTIALS"],
        submitted=T(2026, 3, 25, 14, 0),
        files=files,
        opt_out=True,
    )
    return Bundle(
        f"{cid}_tamar_boatworks_revenue",
        claim,
        files,
        "action_required",
        "The file named 'Tamar_Estuary_POE_signed.pdf' is, by its content, a CSP subscription order form for "
        "Business Central licences – a transactional contract for a licensing sale – even though the customer's "
        "MD signed it; the other file is a pricing quote. Both are documents the guide never accepts as POE, and "
        "neither describes any work the partner drove with the customer. The partner must provide real proof of "
        "its engagement (e.g. the customer acknowledging its demos, fit-gap or implementation work).",
        "'Subscription Order Form … Total annual commitment: £9,141.60'; 'Quotation Q-2026-0117'.",
        {"unacceptable_documents": "fail", "activity_detail": "fail", "reused_evidence": "pass"},
    )


EXMOOR = Org(
    "Exmoor Spring Water Ltd",
    "Exmoor Spring Water",
    "exmoorspringwater.co.uk",
    "GB",
    "Dulverton TA22 9HL",
    "Barle Valley Bottling Works",
    "#0288d1",
)
EXMOOR_FD = person(EXMOOR, "Gemma Huxtable", "Finance Director", "gemma.huxtable")


def s506_039_exmoor_runbook_signoff_sideways() -> Bundle:
    cid = "5061039"
    parties = [
        Party("Customer", EXMOOR.name, EXMOOR_FD.name, EXMOOR_FD.title),
        Party("Partner", FENNWICK.name, FW_SA.name, "Principal Consultant"),
    ]
    steps = [
        (
            "1",
            "Fri 17:00",
            "Freeze postings in Sage 200; final stock count at bottling works",
            "Exmoor finance",
            "Done",
        ),
        (
            "2",
            "Fri 19:00",
            "Export trial balance, open AR/AP, 1,240 customer and 310 vendor records",
            "Fennwick",
            "Done",
        ),
        ("3", "Sat 09:00", "Load master data into Business Central production (4 companies)", "Fennwick", "Done"),
        ("4", "Sat 14:00", "Load opening balances; reconcile to TB (difference £0.00)", "Both", "Done"),
        ("5", "Sat 17:00", "Configure 3 bank feeds, EDI orders from 2 supermarket chains", "Fennwick", "Done"),
        ("6", "Sun 10:00", "Smoke test: sales order → pick → invoice for 5 SKUs", "Exmoor ops", "Done"),
        ("7", "Sun 15:00", "Go / no-go call", "Both", "GO"),
        ("8", "Mon 07:00", "First live invoices; hypercare desk open (2 weeks)", "Fennwick", "Done"),
    ]
    page1 = f"""
<h1>Cutover Runbook – Dynamics 365 Business Central</h1>
{
        kv(
            [
                ("Customer", escape(EXMOOR.name)),
                ("Cutover weekend", "Friday 13 – Monday 16 March 2026"),
                (
                    "Users going live",
                    "27 Business Central Premium users (finance, sales office, warehouse, production)",
                ),
            ],
            key_w=160,
            total=730,
        )
    }
{grid(["#", "When", "Step", "Owner", "Status"], steps, [4, 10, 60, 14, 12], total=730)}
"""
    page2 = """
<h2>Go-live sign-off</h2>
<p>The parties confirm that the cutover steps above were completed and that Business Central is the system of
record for Exmoor Spring Water from Monday 16 March 2026 (manufacturing and warehouse modules included).</p>
""" + g.signoff("rows", parties, heading="")
    runbook = g.html_pdf(
        [page1, page2],
        meta("Cutover Runbook Exmoor Spring Water", FW_SA.name, T(2026, 3, 12, 18, 0)),
        f"{cid}|rb",
        size=g.A4_LAND,
        margins=(56, 62, 56, 50),
        style=css(FENNWICK.color, size=9),
        decor=decor(FENNWICK, "Cutover Runbook · v1.3"),
    )
    inks = [
        # the landscape page stretches the sign-off table: place the ink by the column headings
        *[
            Ink("Signature", "sig", p.name, dx=4, h=30, page=1, yanchor=p.name, y_dy=-4, color=c)
            for p, c in ((parties[0], g.INK_BLUE), (parties[1], g.INK_BLACK))
        ],
        *[
            Ink("Date", "hand", "16/03/2026", dx=2, h=13, page=1, yanchor=p.name, y_dy=2, color=c)
            for p, c in ((parties[0], g.INK_BLUE), (parties[1], g.INK_BLACK))
        ],
    ]
    signed = g.with_scanned_pages(
        runbook,
        [1],
        inks,
        f"{cid}|scan",
        T(2026, 3, 17, 9, 0),
        meta("Cutover Runbook Exmoor (signed)", "", T(2026, 3, 17, 9, 0), g.SCANNERS[4]),
        rotate=270,
    )
    files = {"Exmoor_Cutover_Runbook_v1.3_signed.pdf": signed}
    claim = make_cpor(
        cid,
        FENNWICK,
        FW_SA,
        EXMOOR,
        EXMOOR_FD,
        area="Business Applications",
        workloads=["DYNAMICS 365 BUSINESS CENTRAL PREMIUM"],
        submitted=T(2026, 4, 1, 10, 0, 1),
        files=files,
    )
    return Bundle(
        f"{cid}_exmoor_cutover",
        claim,
        files,
        "approve",
        "A cutover runbook with every step of the Business Central go-live (27 Premium users, 4 companies, 1,240 "
        "customers and 310 vendors migrated, opening balances reconciled, EDI and bank feeds, go/no-go) and a "
        "sign-off table signed by hand by the customer's Finance Director on 16/03/2026; the signed page came back "
        "from the scanner turned 270°. Physical signature, two weeks before submission.",
        "Page 2: image-only, rotated; 'Gemma Huxtable' row signed, 16/03/2026.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Nopal Nube (MX)
# --------------------------------------------------------------------------------------------------------------

NOPAL_BAJIO = Org(
    "Inmobiliaria Nopal del Bajío S.A. de C.V.",
    "Inmobiliaria Nopal",
    "inmobiliarianopal.mx",
    "MX",
    "76090 Santiago de Querétaro, Qro.",
    "Blvd. Bernardo Quintana 4100",
    "#6d4c41",
)
NOPAL_BAJIO_ADM = person(NOPAL_BAJIO, "Rodrigo Anaya Trejo", "Director de Administración", "rodrigo.anaya")


def s506_040_nopal_bajio_group_company() -> Bundle:
    cid = "5061040"
    letter_html = f"""
<p style="font-size:15pt;color:#6d4c41"><b>Inmobiliaria Nopal del Bajío</b></p>
<p class="small">Una empresa de Grupo Nopal · Blvd. Bernardo Quintana 4100, Querétaro · inmobiliarianopal.mx</p>
<p style="margin-top:20pt">Santiago de Querétaro, 8 de abril de 2026</p>
<p><b>Carta de conformidad / Letter of acceptance</b></p>
<p>Por medio de la presente confirmamos que Nopal Nube, la empresa de tecnología de Grupo Nopal, completó la
migración de nuestras 64 cuentas de correo a Exchange Online y la implementación de Microsoft Teams para las 5
oficinas de ventas y administración de desarrollos, como parte del programa de servicios de TI compartidos del
Grupo.<br/><i>We confirm that Nopal Nube, Grupo Nopal's technology company, completed the migration of our 64
mailboxes to Exchange Online and the roll-out of Microsoft Teams for our 5 sales and property-management offices,
as part of the Group's shared IT services programme.</i></p>
{ack_table("Firma / Signature", NOPAL_BAJIO_ADM.name, NOPAL_BAJIO_ADM.title)}
"""
    letter = g.html_pdf(
        letter_html,
        meta("Carta de conformidad", NOPAL_BAJIO_ADM.name, T(2026, 4, 8, 12, 0, -6)),
        f"{cid}|letter",
        style=css("#6d4c41"),
    )
    inks = [
        Ink("Firma / Signature", "sig", NOPAL_BAJIO_ADM.name, dx=160, dy=4, h=30),
        Ink("Date signed", "hand", "08/04/2026", dx=160, dy=1, h=13),
    ]
    signed = scan(letter, inks, f"{cid}|scan", T(2026, 4, 8, 16, 0, -6))
    report = partner_report(
        NOPAL,
        "Informe de servicio / Service report – Exchange Online y Teams",
        [("Cliente", escape(NOPAL_BAJIO.name)), ("Periodo", "02/02/2026 – 27/03/2026")],
        [
            ("Exchange Online", paras("Migración de 64 buzones desde el hosting anterior; 5 buzones compartidos.")),
            ("Microsoft Teams", paras("Equipos por oficina de ventas (5) y por desarrollo inmobiliario (9).")),
        ],
        T(2026, 3, 30, 10, 0, -6),
        NP_PM.name,
        f"{cid}|rep",
        right="Nopal Nube es una empresa de Grupo Nopal",
    )
    files = {"Carta_de_conformidad_Inmobiliaria_Nopal.pdf": signed, "Informe_servicio_Inmobiliaria_Nopal.pdf": report}
    claim = make_cpor(
        cid,
        NOPAL,
        NP_PM,
        NOPAL_BAJIO,
        NOPAL_BAJIO_ADM,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 4, 20, 11, 0, -6),
        files=files,
    )
    return Bundle(
        f"{cid}_inmobiliaria_nopal",
        claim,
        files,
        "reject",
        "The customer is an affiliate of the claiming partner: its letterhead reads 'Una empresa de Grupo Nopal', "
        "its letter calls Nopal Nube 'Grupo Nopal's technology company' delivering the 'Group's shared IT services "
        "programme', and the partner's own report header says 'Nopal Nube es una empresa de Grupo Nopal'. "
        "Partners are not eligible for incentives where the customer is a partner affiliate; the signed, detailed "
        "letter does not change that.",
        "Customer letterhead 'Una empresa de Grupo Nopal'; partner report header 'Nopal Nube es una empresa de "
        "Grupo Nopal'.",
        {"ineligible_customer": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
    )


MAYAB = Org(
    "Frigoríficos del Mayab S.A. de C.V.",
    "Frigoríficos del Mayab",
    "frigorificosmayab.com.mx",
    "MX",
    "97302 Mérida, Yuc.",
    "Carretera Mérida-Progreso km 9.5",
    "#00838f",
)
MAYAB_IT = person(MAYAB, "Luis Alberto Canché Pool", "Jefe de Sistemas", "luis.canche")


def s506_041_mayab_phone_photo_acta() -> Bundle:
    cid = "5061041"
    parties = [
        Party("Cliente / Customer", MAYAB.name, MAYAB_IT.name, MAYAB_IT.title),
        Party("Proveedor / Supplier", NOPAL.name, NP_PM.name, NP_PM.title),
    ]
    labels = ("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date")
    html = f"""
<h1>Acta de entrega / Delivery record</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(MAYAB.name)),
                ("Proveedor / Supplier", escape(NOPAL.name)),
                ("Proyecto / Project", "NN-2026-021 Teams y SharePoint"),
                ("Periodo / Period", "02/02/2026 – 10/04/2026"),
            ]
        )
    }
{
        grid(
            ["Español", "English"],
            [
                (
                    "Microsoft Teams para 176 usuarios: planta de sacrificio, 3 centros de distribución y oficinas; "
                    "canales por turno y por ruta de reparto.",
                    "Microsoft Teams for 176 users: processing plant, 3 "
                    "distribution centres and offices; channels per shift and per delivery route.",
                ),
                (
                    "SharePoint Online: 12 sitios (calidad TIF, inocuidad, logística); migración de 520 GB del "
                    "servidor de archivos.",
                    "SharePoint Online: 12 sites (TIF quality, food safety, logistics); 520 GB "
                    "migrated from the file server.",
                ),
                ("Capacitación: 9 sesiones, 161 asistentes.", "Training: 9 sessions, 161 attendees."),
            ],
            [50, 50],
        )
    }
<p>El cliente recibe los trabajos a su entera satisfacción. / The customer accepts the work as delivered.</p>
""" + g.signoff("columns", parties, heading="Firmas / Signatures", labels=labels, company_label="Empresa / Company")
    acta = g.html_pdf(
        html,
        meta("Acta de entrega NN-2026-021", NP_PM.name, T(2026, 4, 13, 10, 0, -6)),
        f"{cid}|acta",
        style=css(NOPAL.color),
        decor=decor(NOPAL, "Acta de entrega · NN-2026-021", escape(NOPAL.name + " · " + NOPAL.reg)),
    )
    inks = [
        *g.sign_inks("columns", parties[0], 0, "15/04/2026", labels=labels),
        *g.sign_inks("columns", parties[1], 1, "15/04/2026", labels=labels, color=g.INK_BLACK),
        Ink(
            MAYAB_IT.name,
            "stamp",
            dx=55,
            dy=48,
            h=30,
            lines=("FRIGORÍFICOS DEL MAYAB", "SISTEMAS · RECIBIDO"),
            color=(120, 40, 140),
        ),
    ]
    pic = photo(acta, inks, f"{cid}|photo", T(2026, 4, 15, 12, 33, -6), model=("motorola", "moto g84 5G"))
    files = {"WhatsApp Image 2026-04-15 at 12.34.10.jpeg": pic}
    claim = make_cpor(
        cid,
        NOPAL,
        NP_PM,
        MAYAB,
        MAYAB_IT,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 4, 10, 0, -6),
        files=files,
    )
    return Bundle(
        f"{cid}_frigorificos_mayab",
        claim,
        files,
        "approve",
        "A phone photo (taken at an angle, sent over WhatsApp) of the printed delivery record, signed by the "
        "customer's head of systems and stamped 'RECIBIDO', hand-dated '15/04/2026' (Mexico writes day-first; "
        "the record's period ends 10/04/2026). The record is bilingual, every line in Spanish and English, with "
        "176 users, 12 SharePoint sites, 520 GB and training numbers: a physical signature with detail for both "
        "workloads, 19 days before submission.",
        "JPEG (EXIF 2026-04-15): customer column signed by Luis Alberto Canché Pool, 'Fecha / Date 15/04/2026', stamp.",
        g.cpor_ok(),
        container="zip-folder",
    )


# --------------------------------------------------------------------------------------------------------------
# Chinook Data (CA, market A): Azure Partner Activities and their windows
# --------------------------------------------------------------------------------------------------------------


def chinook_delivery_report(
    cust: Org,
    title: str,
    facts: Sequence[tuple[str, str]],
    rows: Sequence[tuple[str, str]],
    when: dt.datetime,
    seed: str,
) -> bytes:
    return h.findings_report(
        CHINOOK,
        title,
        facts,
        [
            ("What was delivered", grid(["Component", "Detail"], rows, [28, 72])),
            (
                "Handover",
                ul(
                    [
                        "Runbook and architecture diagram handed to the customer's IT team",
                        "Two weeks of hypercare after go-live",
                    ]
                ),
            ),
        ],
        when,
        CH_PM.name,
        seed,
        right="Delivery Report",
    )


OKANAGAN = Org(
    "Okanagan Orchards Co-operative",
    "Okanagan Orchards",
    "okanaganorchards.coop",
    "CA",
    "Kelowna, BC V1X 4K4",
    "1473 Water Street",
    "#e53935",
)
OKANAGAN_IT = person(OKANAGAN, "Priya Gill", "Director of Information Systems", "priya.gill")


def s506_042_okanagan_medium_day_185() -> Bundle:
    cid = "5061042"
    eng = g.engagement(
        "AZ-INNOV-ANALYTICS-DEP-M-VAR",
        "Azure Innovate PL: Analytics Deployment (Medium)",
        "medium",
        "variable",
        18400.0,
    )
    consent, submitted = D(2025, 12, 1), T(2026, 6, 4, 11, 0, -7)
    report = chinook_delivery_report(
        OKANAGAN,
        "Analytics Deployment – Delivery Report",
        [("Customer", OKANAGAN.name), ("Production date", "4 May 2026"), ("MCI claim", cid)],
        [
            (
                "Sources",
                "Packhouse line sensors (IoT Hub), grower delivery tickets (SQL Server), cold-storage "
                "controllers (CSV drops), 3 years of export sales from the ERP",
            ),
            (
                "Platform",
                "Microsoft Fabric lakehouse (bronze/silver/gold), 14 pipelines, Azure Data Factory for the "
                "on-premises gateway",
            ),
            (
                "Reports",
                "9 Power BI reports: grower payments, fruit grade-out, storage atmosphere, export margins; 73 users",
            ),
            ("Consumption", "Estimated USD 3,900 / month from month 3 in production"),
        ],
        T(2026, 5, 29, 16, 0, -7),
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        CHINOOK,
        CH_PM,
        OKANAGAN,
        OKANAGAN_IT,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Analytics_Deployment_Delivery_Report_Okanagan.pdf": report},
        amount=18400.0,
        inv_no="CDP-2026-0188",
        inv_day=D(2026, 6, 1),
        activities="Analytics deployment on Fabric: 14 pipelines, 9 Power BI reports",
        outcome="Production analytics platform, 73 users",
        participants="12",
        invoice_kw={"date_style": "us_long", "bank": "RBC Royal Bank · USD account 01234-5678901"},
    )
    return Bundle(
        f"{cid}_okanagan_analytics",
        claim,
        files,
        "approve",
        f"Medium project (variable payout USD 18,400) submitted {days(consent, submitted)} days after consent: "
        "medium projects have 200 days (the 120-day limit belongs to XS/small projects). Delivery report with "
        "sources, Fabric platform, 14 pipelines, 9 reports for 73 users and the production date; invoice with the "
        "claim ID and USD 18,400.00; both surveys complete.",
        "consent_date 2025-12-01, activity_type medium, submitted 2026-06-04 (185 days ≤ 200).",
        g.pa_ok(),
    )


KOOTENAY = Org(
    "Kootenay Timber Products Ltd.",
    "Kootenay Timber",
    "kootenaytimber.ca",
    "CA",
    "Cranbrook, BC V1C 3H8",
    "2200 Industrial Road 2",
    "#558b2f",
)
KOOTENAY_IT = person(KOOTENAY, "Scott McAllister", "IT Manager", "scott.mcallister")


def s506_043_kootenay_resubmitted_after_150_days() -> Bundle:
    cid = "5061043"
    eng = g.engagement(
        "AZ-INNOV-AIAPPS-DEP-XS-VAR", "Azure Innovate PL: AI Apps Deployment (XS)", "xs_small", "variable", 9600.0
    )
    consent = D(2026, 1, 12)
    first, asked, again = T(2026, 4, 22, 10, 0, -7), T(2026, 4, 28, 9, 0), T(2026, 6, 17, 14, 0, -7)
    report = chinook_delivery_report(
        KOOTENAY,
        "AI Apps Deployment – Delivery Report",
        [("Customer", KOOTENAY.name), ("Production date", "10 April 2026"), ("MCI claim", cid)],
        [
            (
                "Application",
                "Log-grading assistant: photos of log decks graded by Azure AI Vision custom model, "
                "results in a Power App for 18 scalers",
            ),
            (
                "Azure services",
                "Azure AI Vision, Azure OpenAI Service (grade explanations), Azure Functions, Cosmos DB",
            ),
            ("Outcome", "Grading time per deck 11 → 3 minutes; 94% agreement with certified scalers"),
        ],
        T(2026, 4, 17, 15, 0, -7),
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        CHINOOK,
        CH_PM,
        KOOTENAY,
        KOOTENAY_IT,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=again,
        poe={"AI_Apps_Delivery_Report_Kootenay.pdf": report},
        amount=9600.0,
        inv_no="CDP-2026-0203",
        inv_day=D(2026, 6, 15),
        activities="AI apps deployment: log-grading assistant",
        outcome="Log-grading assistant in production for 18 scalers",
        participants="9",
        history=[
            ("customer consent approved", T(2026, 1, 12, 12), "-"),
            ("submission", first, CH_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", again - dt.timedelta(minutes=4), CH_PM.email),
            ("submission", again, CH_PM.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the customer survey has not been completed. Please ask the customer to complete it and "
                "resubmit the claim.",
            ),
            ("partner", again - dt.timedelta(minutes=2), "Customer survey completed; corrected invoice date."),
        ],
    )
    return Bundle(
        f"{cid}_kootenay_ai_apps",
        claim,
        files,
        "reject",
        f"XS project: first submitted on day {days(consent, first)} (in time), set to action required on 2026-04-28, "
        f"and resubmitted on 2026-06-17 – day {days(consent, again)} after consent. An XS/small claim left in "
        "action required expires 150 days after consent (2026-06-11), and expired claims cannot be reactivated. "
        "The documents are now complete, but the claim is out of its window.",
        "consent 2026-01-12; history: submission 04-22, action required 04-28, submission 06-17 (day 156 > 150).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


PEACE = Org(
    "Peace River Grain Terminal Ltd.",
    "Peace River Grain",
    "peacerivergrain.ca",
    "CA",
    "Dawson Creek, BC V1G 4H8",
    "900 Alaska Avenue",
    "#f9a825",
)
PEACE_IT = person(PEACE, "Janelle Fortier", "Controller", "janelle.fortier")


def s506_044_peace_river_resubmitted_in_time() -> Bundle:
    cid = "5061044"
    eng = g.engagement(
        "AZ-INNOV-ANALYTICS-DEP-S-VAR",
        "Azure Innovate PL: Analytics Deployment (Small)",
        "xs_small",
        "variable",
        11200.0,
    )
    consent = D(2026, 2, 16)
    first, asked, again = T(2026, 5, 22, 10, 0, -7), T(2026, 5, 27, 9, 0), T(2026, 7, 4, 9, 30, -7)
    report = chinook_delivery_report(
        PEACE,
        "Analytics Deployment – Delivery Report",
        [("Customer", PEACE.name), ("Production date", "8 May 2026"), ("MCI claim", cid)],
        [
            ("Sources", "Truck scale tickets, grain grading lab results, rail car loading (SQL Server, CSV)"),
            ("Platform", "Azure Synapse serverless SQL over Data Lake Storage; 6 Data Factory pipelines"),
            (
                "Reports",
                "4 Power BI reports (intake by grade, elevator inventory, rail loading, grower statements); 22 users",
            ),
            ("Consumption", "Estimated USD 1,650 / month"),
        ],
        T(2026, 5, 15, 15, 0, -7),
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        CHINOOK,
        CH_PM,
        PEACE,
        PEACE_IT,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=again,
        poe={"Analytics_Delivery_Report_Peace_River.pdf": report},
        amount=11200.0,
        inv_no="CDP-2026-0219",
        inv_day=D(2026, 7, 2),
        activities="Analytics deployment: Synapse, 6 pipelines, 4 Power BI reports",
        outcome="Grain intake analytics for 22 users",
        participants="8",
        history=[
            ("customer consent approved", T(2026, 2, 16, 12), "-"),
            ("submission", first, CH_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", again - dt.timedelta(minutes=5), CH_PM.email),
            ("submission", again, CH_PM.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the invoice does not show the MCI claim ID. Please upload a corrected invoice and "
                "resubmit.",
            ),
            ("partner", again - dt.timedelta(minutes=3), "Corrected invoice CDP-2026-0219 with the claim ID uploaded."),
        ],
    )
    return Bundle(
        f"{cid}_peace_river_analytics",
        claim,
        files,
        "approve",
        f"Small project: first submitted on day {days(consent, first)} (limit 120), set to action required for a "
        f"missing claim ID on the invoice, and resubmitted on day {days(consent, again)} – inside the 150 days an "
        "XS/small claim may stay in action required. The corrected invoice shows the claim ID, partner and USD "
        "11,200.00; report and surveys are complete.",
        "History: submission 05-22, action required 05-27, submission 07-04 (day 138 ≤ 150); invoice CDP-2026-0219.",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# reuse across the queue: one customer's acceptance on its sister company, a pasted signature
# --------------------------------------------------------------------------------------------------------------

RIBBLESDALE = Org(
    "Ribblesdale Foods Ltd",
    "Ribblesdale Foods",
    "ribblesdalefoods.co.uk",
    "GB",
    "Clitheroe BB7 1QD",
    "Salthill Industrial Estate",
    "#2e7d32",
)
RIBBLESDALE_OPS = person(RIBBLESDALE, "Nadia Haworth", "Operations Director", "nadia.haworth")
RIBBLE_VALLEY = Org(
    "Ribble Valley Creamery Ltd",
    "Ribble Valley Creamery",
    "ribblevalleycreamery.co.uk",
    "GB",
    "Longridge PR3 3BP",
    "Inglewhite Road",
    "#0277bd",
)
RIBBLE_VALLEY_IT = person(RIBBLE_VALLEY, "Owen Pilling", "IT Lead", "owen.pilling")


def ribblesdale_acceptance() -> Mail:
    m1 = Mail(
        KM_PM,
        [RIBBLESDALE_OPS],
        "Ribblesdale Foods – Teams & SharePoint closure",
        T(2026, 5, 11, 15, 0, 1),
        "Hi Nadia,\n\nAs discussed, attached is the closure summary. Could you confirm acceptance by reply?\n\nKind "
        "regards,\nImogen\n\n" + footer(KM_PM, KM_DISCLAIMER),
    )
    return Mail(
        RIBBLESDALE_OPS,
        [KM_PM],
        "RE: Ribblesdale Foods – Teams & SharePoint closure",
        T(2026, 5, 12, 8, 40, 1),
        "Morning Imogen,\n\nHappy to confirm acceptance. Teams is live for all 214 Ribblesdale Foods staff across the "
        "Clitheroe bakery and the two distribution depots, the shift-handover channels are used on every line, and "
        "the 17 SharePoint sites (QA, HACCP, recipes, customer specs) replaced the old S: drive. We accept the "
        "project as complete.\n\nThanks to you and Callum.\n\nNadia Haworth\nOperations Director\nRibblesdale "
        "Foods Ltd | part of Ribblesdale Food Group",
        quoted=m1,
    )


def km_closure_summary(cust: Org, rows: Sequence[tuple[str, str, str]], when: dt.datetime, seed: str) -> bytes:
    return partner_report(
        KESTRELMOOR,
        "Closure Summary – Teams & SharePoint",
        [("Customer", escape(cust.name)), ("Closure", g.fdate(when, "gb_long"))],
        [("Delivered", grid(["Workload", "Detail", "Volume"], rows, [22, 60, 18]))],
        when,
        KM_PM.name,
        seed,
        right="Closure Summary",
    )


def s506_045_ribblesdale_acceptance_original() -> Bundle:
    cid = "5061045"
    summary = km_closure_summary(
        RIBBLESDALE,
        [
            (
                "Microsoft Teams",
                "Teams for bakery, 2 depots and office; shift-handover channels on 6 lines",
                "214 users",
            ),
            ("SharePoint Online", "17 sites (QA, HACCP, recipes, customer specs); S: drive retired", "17 sites"),
        ],
        T(2026, 5, 11, 14, 0, 1),
        f"{cid}|sum",
    )
    files = {
        "Closure Summary - Ribblesdale Foods.pdf": summary,
        "RE_ Ribblesdale Foods – Teams & SharePoint closure.msg": g.msg_file(ribblesdale_acceptance()),
    }
    claim = make_cpor(
        cid,
        KESTRELMOOR,
        KM_PM,
        RIBBLESDALE,
        RIBBLESDALE_OPS,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 26, 10, 0, 1),
        files=files,
    )
    return Bundle(
        f"{cid}_ribblesdale_closure",
        claim,
        files,
        "approve",
        "The customer's Operations Director accepts the project by e-mail from ribblesdalefoods.co.uk on 12 May "
        "2026 and names her own company's numbers (214 staff, the Clitheroe bakery and two depots, 17 SharePoint "
        "sites); the closure summary matches. The same e-mail was later uploaded on claim 5061046 for a sister "
        "company – this bundle is where it belongs.",
        "Reply from nadia.haworth@ribblesdalefoods.co.uk, 12 May 2026: 'We accept the project as complete'.",
        g.cpor_ok(email_ack=True),
    )


def s506_046_ribble_valley_sister_company_reuses_mail() -> Bundle:
    cid = "5061046"
    summary = km_closure_summary(
        RIBBLE_VALLEY,
        [
            ("Microsoft Teams", "Teams for the creamery and the farm shop; dairy-intake channel", "86 users"),
            ("SharePoint Online", "6 sites (QA, cheese recipes, retailer specs)", "6 sites"),
        ],
        T(2026, 5, 20, 14, 0, 1),
        f"{cid}|sum",
    )
    files = {
        "Closure Summary - Ribble Valley Creamery.pdf": summary,
        "RE_ Ribblesdale Foods – Teams & SharePoint closure.msg": g.msg_file(ribblesdale_acceptance()),
    }
    claim = make_cpor(
        cid,
        KESTRELMOOR,
        KM_PM,
        RIBBLE_VALLEY,
        RIBBLE_VALLEY_IT,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 6, 2, 10, 0, 1),
        files=files,
        comments=[
            (
                "partner",
                T(2026, 6, 2, 9, 55, 1),
                "Ribble Valley Creamery is part of Ribblesdale Food Group; group acceptance attached.",
            )
        ],
    )
    return Bundle(
        f"{cid}_ribble_valley_closure",
        claim,
        files,
        "action_required",
        "The only acknowledgement is the very e-mail uploaded on claim 5061045: sent from ribblesdalefoods.co.uk by "
        "the sister company's Operations Director about Ribblesdale Foods' 214 staff, bakery and depots. This "
        "claim's customer is Ribble Valley Creamery (ribblevalleycreamery.co.uk, 86 users); being in the same group "
        "does not make another company's acceptance this customer's acknowledgement. Evidence reused from another "
        "claim, from the wrong domain; the partner needs Ribble Valley Creamery's own acknowledgement.",
        ".msg identical to 5061045's, From: nadia.haworth@ribblesdalefoods.co.uk; claim domain "
        "ribblevalleycreamery.co.uk.",
        {
            "reused_evidence": "fail",
            "customer_domain": "fail",
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
        },
    )


HOCHRHEIN = Org(
    "Hochrhein Kunststofftechnik GmbH",
    "Hochrhein Kunststofftechnik",
    "hochrhein-kunststoff.de",
    "DE",
    "79761 Waldshut-Tiengen",
    "Im Wasen 7",
    "#6a1b9a",
)
HOCHRHEIN_CIO = person(HOCHRHEIN, "Dr. Katrin Albiez", "CIO", "k.albiez")
HOCHRHEIN_PARTIES = [
    Party("Auftraggeber / Customer", HOCHRHEIN.name, HOCHRHEIN_CIO.name, HOCHRHEIN_CIO.title),
    Party("Auftragnehmer / Contractor", RAUHFELS.name, RF_PM.name, RF_PM.title),
]


def hochrhein_protocol() -> bytes:
    return rf_protocol(
        HOCHRHEIN,
        "RF-2026-052",
        D(2026, 4, 27),
        "09.02.2026 – 24.04.2026",
        [
            (
                "Microsoft Teams für 340 Mitarbeitende in Waldshut und Bad Säckingen; Teams je Schicht und "
                "Spritzgussmaschinenhalle; 3 Besprechungsräume.",
                "Microsoft Teams for 340 employees in Waldshut and Bad Säckingen; teams per shift and injection-"
                "moulding hall; 3 meeting rooms.",
            ),
            (
                "SharePoint Online: 14 Sites (Werkzeugbau, Qualität IATF 16949, Einkauf); Migration von 2,1 TB "
                "vom Dateiserver.",
                "SharePoint Online: 14 sites (tool shop, IATF 16949 quality, purchasing); 2.1 TB migrated from the "
                "file server.",
            ),
        ],
        [
            ("Microsoft Teams", "2 Standorte, 31 Teams / 2 sites, 31 teams", "340 users"),
            ("SharePoint Online", "14 Sites / 14 sites", "2.1 TB"),
        ],
        HOCHRHEIN_PARTIES,
        "5061047|proto",
    )


def hochrhein_scan() -> bytes:
    inks = rf_inks(HOCHRHEIN_PARTIES, "29.04.2026", 1)
    return scan(hochrhein_protocol(), inks, "5061047|scan", T(2026, 4, 29, 11, 0, 2), dpi=150, skew=0.25, rotate=90)


def s506_047_hochrhein_protocol_scanned_sideways() -> Bundle:
    cid = "5061047"
    files = {"Abnahmeprotokoll_RF-2026-052_Hochrhein.pdf": hochrhein_scan()}
    claim = make_cpor(
        cid,
        RAUHFELS,
        RF_PM,
        HOCHRHEIN,
        HOCHRHEIN_CIO,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 11, 9, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_hochrhein_teams_sharepoint",
        claim,
        files,
        "approve",
        "Rauhfels's bilingual acceptance protocol (German and English on every line: 340 employees on two sites, "
        "31 teams, 14 SharePoint sites, 2.1 TB, period 09.02.–24.04.2026), signed by hand by the customer's CIO on "
        "29.04.2026 and scanned with both pages turned 90°. The same template as Rauhfels's other claims "
        "(boilerplate). Claim 5061048 later pasted this signature into another document; this scan is the "
        "original.",
        "Scan, pages rotated 90°; page 2 customer column signed by Dr. Katrin Albiez, '29.04.2026'.",
        g.cpor_ok(),
    )


def s506_048_hochrhein_signature_pasted() -> Bundle:
    cid = "5061048"
    proto = hochrhein_protocol()
    sig_ink = g.sign_inks("columns", HOCHRHEIN_PARTIES[0], 0, "", labels=RF_LABELS, page=1)[0]
    with pymupdf.open("pdf", proto) as doc:
        _, x0, y0 = g.ink_origin(doc, sig_ink)
    crop = h.crop_from_scan(hochrhein_scan(), 1, (x0 - 6, y0 - 4, x0 + 132, y0 + 36), 150, turn=90)
    html = f"""
<h1>Leistungsbestätigung / Service Confirmation</h1>
{
        kv(
            [
                ("Kunde / Customer", escape(HOCHRHEIN.name)),
                ("Dienstleister / Provider", escape(RAUHFELS.name)),
                ("Zeitraum / Period", "04.05.2026 – 29.05.2026"),
            ]
        )
    }
{
        grid(
            ["Leistung / Service", "Umfang / Scope"],
            [
                (
                    "Microsoft Defender for Endpoint",
                    "Onboarding of 352 clients and 18 servers; ASR rules; EDR in block mode",
                ),
                ("Microsoft Defender for Office 365", "Safe Links, Safe Attachments, anti-phishing for 340 mailboxes"),
            ],
            [36, 64],
        )
    }
<p>Der Kunde bestätigt die oben genannten Leistungen. / The customer confirms the services above.</p>
{ack_table("Customer signature", HOCHRHEIN_CIO.name, HOCHRHEIN_CIO.title)}
"""
    pdf = g.html_pdf(
        html,
        meta("Leistungsbestaetigung Hochrhein Defender", RF_PM.name, T(2026, 6, 1, 10, 0, 2)),
        f"{cid}|lb",
        style=css(RAUHFELS.color),
        decor=decor(RAUHFELS, "Leistungsbestätigung", escape(RAUHFELS.name + " · " + RAUHFELS.reg)),
    )
    pasted = g.stamp_pdf(
        pdf,
        [
            Ink("Customer signature", "image", dx=158, dy=2, h=34, picture=crop),
            Ink("Date signed", "hand", "01.06.2026", dx=158, dy=1, h=12, color=(0, 0, 0)),
        ],
        f"{cid}|paste",
        meta("Leistungsbestaetigung Hochrhein Defender (signed)", RF_PM.name, T(2026, 6, 1, 10, 12, 2)),
    )
    files = {"Leistungsbestaetigung_Hochrhein_Defender_unterschrieben.pdf": pasted}
    claim = make_cpor(
        cid,
        RAUHFELS,
        RF_PM,
        HOCHRHEIN,
        HOCHRHEIN_CIO,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 6, 3, 9, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_hochrhein_defender",
        claim,
        files,
        "action_required",
        "A born-digital service confirmation whose 'customer signature' is a picture: the CIO's signature cut out "
        "of the scanned acceptance protocol of claim 5061047 (same strokes, scan grain and grey background) and "
        "pasted into the signature cell, with a typed-looking date added. "
        "Copying or pasting physical signatures is not acceptable and the image is reused evidence from another "
        "claim; there is no genuine acknowledgement of the Defender work. The partner must obtain the customer's "
        "own signature or e-mail for this claim.",
        "Signature image in 'Customer signature' identical to the signature on 5061047's scan; the document is a "
        "born-digital PDF.",
        {"customer_acknowledgement": "fail", "reused_evidence": "fail", "workload_match": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Duinrand IT: one signed SOW, two claims split by solution area (not reuse)
# --------------------------------------------------------------------------------------------------------------

KENNEMER = Org(
    "Kennemer Tuinbouw B.V.",
    "Kennemer Tuinbouw",
    "kennemertuinbouw.nl",
    "NL",
    "1906 AA Limmen",
    "Rijksweg 141",
    "#43a047",
)
KENNEMER_DIR = person(KENNEMER, "Sander Kuijpers", "Algemeen directeur", "sander.kuijpers")
KENNEMER_PARTIES = [
    Party("Customer", KENNEMER.name, KENNEMER_DIR.name, KENNEMER_DIR.title),
    Party("Supplier", DUINRAND.name, DR_PM.name, DR_PM.title),
]


def kennemer_files() -> dict[str, bytes]:
    scope = f"""
<h1>Statement of Work – Modern Workplace &amp; Security</h1>
{
        kv(
            [
                ("Customer", escape(KENNEMER.name) + ", " + escape(KENNEMER.address)),
                ("Supplier", escape(DUINRAND.name)),
                ("SOW reference", "DR-SOW-2026-003"),
                ("Term", "12 January – 27 March 2026"),
            ]
        )
    }
<h2>1. Background</h2>
<p>Kennemer Tuinbouw grows tulip bulbs and cut flowers on 4 sites around Limmen and Heiloo with 120 permanent and
up to 90 seasonal staff. Today it uses a local file server, Gmail for office staff and unmanaged laptops.</p>
<h2>2. Workstream A – Teams &amp; SharePoint (Modern Work)</h2>
{
        ul(
            [
                "Microsoft Teams for 120 permanent staff and seasonal team leads; channels per greenhouse and per "
                "export customer",
                "SharePoint Online: 8 sites (cultivation, phytosanitary export papers, HR); 600 GB "
                "from the file server",
                "4 training sessions in Dutch",
            ]
        )
    }
<h2>3. Workstream B – Intune &amp; Defender for Endpoint (Security)</h2>
{
        ul(
            [
                "Intune: Autopilot for 64 laptops, 30 shared greenhouse tablets as kiosk devices, compliance policies",
                "Defender for Endpoint on 94 devices and 2 servers; ASR rules; EDR in block mode",
            ]
        )
    }
<h2>4. Planning</h2>
{
        grid(
            ["Week", "Workstream A", "Workstream B"],
            [
                ("3–5", "Design, tenant", "Intune design"),
                ("6–9", "Teams roll-out, SharePoint migration", "Autopilot and tablets"),
                ("10–13", "Training, closure", "Defender onboarding, closure"),
            ],
            [16, 42, 42],
        )
    }
"""
    sign = """
<h2>5. Agreement</h2>
<p>The parties agree to the scope and planning above. Invoicing per workstream on completion.</p>
""" + g.signoff("columns", KENNEMER_PARTIES, heading="Signatures")
    sow = g.html_pdf(
        [scope, sign],
        meta("SOW DR-SOW-2026-003 Kennemer Tuinbouw", DR_PM.name, T(2026, 1, 7, 10, 0, 1)),
        "5061049|sow",
        style=css(DUINRAND.color),
        decor=decor(DUINRAND, "Statement of Work · DR-SOW-2026-003", escape(DUINRAND.name + " · " + DUINRAND.reg)),
    )
    inks = [
        *g.sign_inks("columns", KENNEMER_PARTIES[0], 0, "9-1-2026", page=1),
        *g.sign_inks("columns", KENNEMER_PARTIES[1], 1, "9-1-2026", page=1, color=g.INK_BLACK),
    ]
    signed = g.with_scanned_pages(
        sow,
        [1],
        inks,
        "5061049|scan",
        T(2026, 1, 9, 15, 0, 1),
        meta("SOW DR-SOW-2026-003 (signed)", "", T(2026, 1, 9, 15, 0, 1)),
    )
    m1 = Mail(
        DR_PM,
        [KENNEMER_DIR],
        "Afronding project Kennemer Tuinbouw – beide workstreams",
        T(2026, 3, 30, 16, 0, 2),
        "Beste Sander,\n\nBeide workstreams zijn afgerond (zie bijgevoegde opleverlijst). Kun je per mail akkoord "
        "geven op de oplevering?\n\nMet vriendelijke groet,\nFemke Veldhuis\n\n" + footer(DR_PM),
        lang="nl",
    )
    m2 = Mail(
        KENNEMER_DIR,
        [DR_PM],
        "RE: Afronding project Kennemer Tuinbouw – beide workstreams",
        T(2026, 4, 2, 7, 55, 2),
        "Hoi Femke,\n\nAkkoord op de oplevering van beide workstreams. Teams en de 8 SharePoint-sites zijn in gebruik "
        "op alle 4 locaties, en de 64 laptops en 30 kastablets draaien via Intune met Defender. / Both workstreams "
        "accepted: Teams and the 8 SharePoint sites are in use on all 4 sites, and the 64 laptops and 30 greenhouse "
        "tablets run under Intune with Defender.\n\nGroet,\nSander Kuijpers\nKennemer Tuinbouw B.V.",
        lang="nl",
        quoted=m1,
    )
    return {
        "SOW_DR-SOW-2026-003_Kennemer_signed.pdf": signed,
        "RE_ Afronding project Kennemer Tuinbouw.eml": g.eml(m2),
    }


def s506_049_kennemer_modern_work_half() -> Bundle:
    cid = "5061049"
    files = kennemer_files()
    claim = make_cpor(
        cid,
        DUINRAND,
        DR_PM,
        KENNEMER,
        KENNEMER_DIR,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 4, 14, 10, 0, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_kennemer_modern_work",
        claim,
        files,
        "approve",
        "One project, two claims split by solution area (this one for Teams and SharePoint, 5061050 for Intune and "
        "Defender). Both upload the same signed SOW and the same closing e-mail – that is not reuse: the documents "
        "are this customer's own, name both workstreams, and each claim covers a different part of them. The SOW "
        "(signed by hand 9-1-2026, Dutch day-first) details workstream A (120 staff, 8 sites, 600 GB, planning), "
        "and the customer's bilingual e-mail of 2 April 2026 from kennemertuinbouw.nl accepts delivery of both "
        "workstreams.",
        "Signed SOW page 2 (scan); e-mail from sander.kuijpers@kennemertuinbouw.nl: 'Akkoord op de oplevering van "
        "beide workstreams … Both workstreams accepted'.",
        g.cpor_ok(email_ack=True),
    )


def s506_050_kennemer_security_half() -> Bundle:
    cid = "5061050"
    files = kennemer_files()
    claim = make_cpor(
        cid,
        DUINRAND,
        DR_PM,
        KENNEMER,
        KENNEMER_DIR,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 14, 10, 20, 2),
        files=files,
    )
    return Bundle(
        f"{cid}_kennemer_security",
        claim,
        files,
        "approve",
        "The Security half of the Kennemer Tuinbouw project (see 5061049): the same signed SOW details workstream B "
        "(Autopilot for 64 laptops, 30 kiosk tablets, Defender for Endpoint on 94 devices and 2 servers), and the "
        "customer's e-mail accepts both workstreams. The same customer's documents split across its two claims by "
        "solution area are not reused evidence.",
        "Signed SOW section 3 'Workstream B – Intune & Defender for Endpoint'; acceptance e-mail 2 April 2026.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# returning CPOR claims: resubmissions after action required, disputes
# --------------------------------------------------------------------------------------------------------------


def acceptance_letter(
    partner: Org,
    pm: Person,
    cust: Org,
    signer: Person,
    title: str,
    body: str,
    rows: Sequence[tuple[str, str, str]],
    when: dt.datetime,
    seed: str,
    *,
    label: str = "Customer signature",
) -> bytes:
    """A one-page acceptance letter the partner drafts and the customer signs."""
    html = f"""
<h1>{escape(title)}</h1>
{
        kv(
            [
                ("Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Partner", escape(partner.name)),
                ("Date", g.fdate(when, "gb_long")),
            ]
        )
    }
<p>{body}</p>
{grid(["Workload", "Delivered", "Volume"], rows, [22, 60, 18])}
{ack_table(label, signer.name, signer.title)}
"""
    return g.html_pdf(
        html,
        meta(title, pm.name, when),
        seed,
        style=css(partner.color),
        decor=decor(partner, escape(title), escape(partner.name + " · " + partner.reg)),
    )


def signed_letter(pdf: bytes, signer: Person, date_text: str, seed: str, when: dt.datetime, **kw: Any) -> bytes:
    inks = [
        Ink("Customer signature", "sig", signer.name, dx=160, dy=2, h=30),
        Ink("Date signed", "hand", date_text, dx=160, dy=1, h=13),
    ]
    return scan(pdf, inks, seed, when, **kw)


CABO_GATA = Org(
    "Salinas de Cabo de Gata S.L.",
    "Salinas Cabo de Gata",
    "salinascabodegata.es",
    "ES",
    "04150 Cabo de Gata, Almería",
    "Paraje Las Salinas s/n",
    "#90a4ae",
)
CABO_GATA_GER = person(CABO_GATA, "Inmaculada Gómez Segura", "Gerente", "inmaculada.gomez")


def s506_051_cabo_gata_resubmitted_in_time() -> Bundle:
    cid = "5061051"
    rows = [
        ("Exchange Online", "Migration of 48 mailboxes from the hosting provider; 4 shared mailboxes", "48 + 4"),
        ("Microsoft Teams", "Teams for the salt works, packing plant and visitor centre; 2 shift channels", "55 users"),
    ]
    report = partner_report(
        SIERRA,
        "Closure report – Exchange Online & Teams",
        [("Customer", escape(CABO_GATA.name)), ("Reference", "SMC-2026-011"), ("Period", "12/01/2026 – 20/02/2026")],
        [
            ("Delivered", grid(["Workload", "Detail", "Volume"], rows, [22, 60, 18])),
            ("Training", paras("3 sessions at the salt works, 51 of 55 users attended.")),
        ],
        T(2026, 2, 23, 12, 0, 1),
        SM_PM.name,
        f"{cid}|report",
    )
    letter = acceptance_letter(
        SIERRA,
        SM_PM,
        CABO_GATA,
        CABO_GATA_GER,
        "Carta de aceptación / Acceptance letter",
        "Salinas de Cabo de Gata S.L. confirma que Sierra Morena Cloud S.L. ha realizado los trabajos siguientes y "
        "los acepta. / Salinas de Cabo de Gata S.L. confirms that Sierra Morena Cloud S.L. carried out the work "
        "below and accepts it.",
        rows,
        T(2026, 3, 10, 10, 0, 1),
        f"{cid}|letter",
    )
    signed = signed_letter(letter, CABO_GATA_GER, "12/03/2026", f"{cid}|scan", T(2026, 3, 12, 13, 0, 1))
    first, asked, again = T(2026, 3, 2, 10, 0, 1), T(2026, 3, 5, 9, 30), T(2026, 3, 14, 11, 0, 1)
    files = {"Informe_cierre_SMC-2026-011.pdf": report, "Carta_aceptacion_Salinas_Cabo_de_Gata_firmada.pdf": signed}
    claim = make_cpor(
        cid,
        SIERRA,
        SM_PM,
        CABO_GATA,
        CABO_GATA_GER,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=again,
        files=files,
        history=[
            ("submission", first, SM_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", again - dt.timedelta(minutes=6), SM_PM.email),
            ("submission", again, SM_PM.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the closure report has no customer acknowledgement. Please upload a document signed "
                "by the customer, or the customer's e-mail accepting the work, within 14 calendar days.",
            ),
            ("partner", again - dt.timedelta(minutes=3), "Signed acceptance letter uploaded."),
        ],
    )
    return Bundle(
        f"{cid}_cabo_de_gata_resubmission",
        claim,
        files,
        "approve",
        f"Set to action required on 2026-03-05 for a missing customer acknowledgement and resubmitted on 2026-03-14, "
        f"{days(asked, again)} days later (within the 14 calendar days). The resubmission adds exactly what was "
        "asked: a bilingual acceptance letter signed by the customer's general manager on 12/03/2026, restating the "
        "workloads and volumes of the closure report.",
        "History: action required 2026-03-05, submission 2026-03-14; signed 'Carta de aceptación / Acceptance "
        "letter', 12/03/2026.",
        g.cpor_ok(),
    )


GRAGNANO = Org(
    "Pastificio Gragnano Antico S.r.l.",
    "Pastificio Gragnano Antico",
    "gragnanoantico.it",
    "IT",
    "80054 Gragnano (NA)",
    "Via Roma 212",
    "#ffb300",
)
GRAGNANO_DA = person(GRAGNANO, "Salvatore Di Martino", "Direttore Amministrativo", "s.dimartino")


def s506_052_gragnano_resubmitted_after_17_days() -> Bundle:
    cid = "5061052"
    rows = [
        (
            "Microsoft Teams",
            "Teams for the pasta factory, the drying rooms and the 2 shops; shift channels",
            "74 users",
        ),
        ("SharePoint Online", "HACCP and IGP Gragnano certification library; 180 GB migrated", "5 sites"),
    ]
    report = partner_report(
        TESSERA,
        "Delivery Report – Teams & SharePoint",
        [("Customer", escape(GRAGNANO.name)), ("Project", "TC-P-2026-004"), ("Period", "12/01/2026 – 13/02/2026")],
        [("Delivered", grid(["Workload", "Detail", "Volume"], rows, [22, 60, 18]))],
        T(2026, 2, 16, 12, 0, 1),
        TS_PM.name,
        f"{cid}|report",
    )
    letter = acceptance_letter(
        TESSERA,
        TS_PM,
        GRAGNANO,
        GRAGNANO_DA,
        "Lettera di accettazione / Acceptance letter",
        "Il cliente conferma che Tessera Cloud S.r.l. ha eseguito le attività seguenti e le accetta. / The customer "
        "confirms that Tessera Cloud S.r.l. carried out the work below and accepts it.",
        rows,
        T(2026, 3, 16, 10, 0, 1),
        f"{cid}|letter",
    )
    signed = signed_letter(letter, GRAGNANO_DA, "17/03/2026", f"{cid}|scan", T(2026, 3, 17, 12, 0, 1))
    first, asked, again = T(2026, 2, 23, 10, 0, 1), T(2026, 3, 2, 9, 0), T(2026, 3, 19, 16, 0, 1)
    files = {"Delivery_Report_Gragnano.pdf": report, "Lettera_accettazione_Gragnano_firmata.pdf": signed}
    claim = make_cpor(
        cid,
        TESSERA,
        TS_PM,
        GRAGNANO,
        GRAGNANO_DA,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=again,
        files=files,
        history=[
            ("submission", first, TS_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", again - dt.timedelta(minutes=5), TS_PM.email),
            ("submission", again, TS_PM.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the delivery report carries no customer acknowledgement. Please provide it within 14 "
                "calendar days, or the claim will be rejected.",
            ),
            ("partner", again - dt.timedelta(minutes=2), "Sorry for the delay – signed letter attached."),
        ],
    )
    return Bundle(
        f"{cid}_gragnano_resubmission",
        claim,
        files,
        "reject",
        f"Set to 'Partner Action Required' on 2026-03-02 and resubmitted only on 2026-03-19, {days(asked, again)} "
        "days later. The partner has fourteen calendar days to resubmit with the requested information, otherwise "
        "the claim is rejected. The signed letter would have resolved the request, but it came too late; the "
        "partner can file a new claim.",
        "History: action required 2026-03-02, submission 2026-03-19 (17 days > 14).",
        {"customer_acknowledgement": "pass", "acknowledgement_date": "pass", "reused_evidence": "pass"},
    )


VALE_ACO = Org(
    "Transportes Rodoviários Vale do Aço Ltda.",
    "TRVA",
    "trvaledoaco.com.br",
    "BR",
    "35160-000 Ipatinga, MG",
    "Avenida Pedro Linhares Gomes 3900",
    "#455a64",
)
VALE_ACO_IT = person(VALE_ACO, "Marcelo Andrade Pires", "Gerente de TI", "marcelo.pires")


def s506_053_vale_aco_dispute_in_time_resolved() -> Bundle:
    cid = "5061053"
    report = partner_report(
        MOSAIQ,
        "Relatório de entrega / Delivery report – Intune & Defender",
        [("Customer", escape(VALE_ACO.name)), ("Reference", "MQ-2026-017"), ("Period", "02/02/2026 – 10/04/2026")],
        [
            (
                "Delivered",
                grid(
                    ["Workload", "Detail", "Volume"],
                    [
                        (
                            "Microsoft Intune",
                            "Autopilot for 148 office PCs; 210 Android rugged phones in trucks as "
                            "dedicated devices (route app, camera for delivery proof)",
                            "358 devices",
                        ),
                        (
                            "Microsoft Defender for Endpoint",
                            "Onboarding of 148 PCs and 9 servers; ASR rules; EDR in "
                            "block mode; mobile threat defense on the 210 phones",
                            "367 devices",
                        ),
                    ],
                    [24, 58, 18],
                ),
            ),
        ],
        T(2026, 4, 14, 12, 0, -3),
        MQ_PM.name,
        f"{cid}|report",
    )
    html = f"""
<h1>Termo de Aceite / Acceptance Statement</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(VALE_ACO.name)),
                ("Fornecedor / Supplier", escape(MOSAIQ.name)),
                ("Projeto / Project", "MQ-2026-017 Intune &amp; Defender"),
            ]
        )
    }
{
        grid(
            ["Português", "English"],
            [
                (
                    "Intune: 148 PCs via Autopilot e 210 celulares robustos dos caminhões como dispositivos dedicados.",
                    "Intune: 148 PCs via Autopilot and 210 rugged truck phones as dedicated devices.",
                ),
                (
                    "Defender for Endpoint em 148 PCs, 9 servidores e 210 celulares.",
                    "Defender for Endpoint on 148 PCs, 9 servers and 210 phones.",
                ),
            ],
            [50, 50],
        )
    }
<p>O cliente aceita os serviços acima. / The customer accepts the services above.</p>
{ack_table("Customer signature", VALE_ACO_IT.name, VALE_ACO_IT.title)}
"""
    term = g.html_pdf(
        html,
        meta("Termo de Aceite MQ-2026-017", MQ_PM.name, T(2026, 5, 21, 10, 0, -3)),
        f"{cid}|term",
        style=css(MOSAIQ.color),
        decor=decor(MOSAIQ, "Termo de Aceite · MQ-2026-017", escape(MOSAIQ.name + " · " + MOSAIQ.reg)),
    )
    signed = g.esign(
        term,
        VALE_ACO_IT,
        T(2026, 5, 22, 14, 41, -3),
        f"{cid}|ds",
        sig_anchor="Customer signature",
        sig_dx=160,
        sig_dy=4,
        date_anchor="Date signed",
        date_dx=160,
        date_dy=2,
        date_text="22/05/2026",
        sender=MQ_PM,
        ip="177.54.201.16",
    )
    rejected, disputed, again = T(2026, 5, 4, 9, 0), T(2026, 5, 20, 11, 0, -3), T(2026, 5, 26, 10, 0, -3)
    files = {"Relatorio_entrega_MQ-2026-017.pdf": report, "Dispute/Termo_de_Aceite_MQ-2026-017_DocuSign.pdf": signed}
    claim = make_cpor(
        cid,
        MOSAIQ,
        MQ_PM,
        VALE_ACO,
        VALE_ACO_IT,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=again,
        files=files,
        status="disputed",
        history=[
            ("submission", T(2026, 4, 20, 10, 0, -3), MQ_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, MQ_PM.email),
            ("document submission", again - dt.timedelta(minutes=4), MQ_PM.email),
            ("submission", again, MQ_PM.email),
        ],
        comments=[
            ("microsoft", rejected, "Rejected: the POE contains no customer acknowledgement of the work."),
            ("partner", again - dt.timedelta(minutes=2), "Dispute: customer-signed acceptance statement attached."),
        ],
    )
    return Bundle(
        f"{cid}_vale_do_aco_dispute",
        claim,
        files,
        "approve",
        f"Rejected on 2026-05-04 for a missing customer acknowledgement; disputed and submitted on 2026-05-26, "
        f"{days(rejected, again)} days after the rejection (within the 30-day dispute window). The dispute resolves "
        "the reason: a bilingual acceptance statement e-signed through DocuSign by the customer's IT manager on "
        "22/05/2026, matching the delivery report (358 Intune devices, 367 in Defender for Endpoint).",
        "Status disputed; history rejected 05-04, submission 05-26; DocuSign certificate for Marcelo Andrade Pires.",
        g.cpor_ok(),
        container="zip-folder",
    )


KURSEONG = Org(
    "Kurseong Hills Tea Estates Pvt. Ltd.",
    "Kurseong Hills Tea",
    "kurseonghillstea.in",
    "IN",
    "Kurseong, Darjeeling 734203",
    "Hill Cart Road, Dowhill",
    "#2e7d32",
)
KURSEONG_GM = person(KURSEONG, "Anirban Pradhan", "General Manager – Administration", "anirban.pradhan")


def s506_054_kurseong_dispute_after_33_days() -> Bundle:
    cid = "5061054"
    rows = [
        ("Exchange Online", "Migration of 62 mailboxes from the ISP's mail server; shared mailbox for auctions", "62"),
        ("Microsoft Teams", "Teams for 3 gardens, the factory and the Kolkata auction office", "70 users"),
    ]
    letter = acceptance_letter(
        TAGORE,
        TG_PM,
        KURSEONG,
        KURSEONG_GM,
        "Customer Acceptance Letter",
        "Kurseong Hills Tea Estates confirms that Tagore Cloudworks completed the work below between 5 January and "
        "20 February 2026 and accepts it.",
        rows,
        T(2026, 3, 12, 10, 0, 5.5),
        f"{cid}|letter",
    )
    signed = signed_letter(letter, KURSEONG_GM, "12-03-2026", f"{cid}|scan", T(2026, 3, 12, 15, 0, 5.5))
    rejected, again = T(2026, 2, 10, 9, 0), T(2026, 3, 15, 11, 0, 5.5)
    files = {"Dispute/Customer_Acceptance_Letter_Kurseong_signed.pdf": signed}
    claim = make_cpor(
        cid,
        TAGORE,
        TG_PM,
        KURSEONG,
        KURSEONG_GM,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=again,
        files=files,
        status="disputed",
        history=[
            ("submission", T(2026, 1, 22, 10, 0, 5.5), TG_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", again - dt.timedelta(minutes=30), TG_PM.email),
            ("document submission", again - dt.timedelta(minutes=5), TG_PM.email),
            ("submission", again, TG_PM.email),
        ],
        comments=[
            ("microsoft", rejected, "Rejected: the POE carries no date for the customer's acknowledgement."),
            ("partner", again - dt.timedelta(minutes=3), "Dispute: dated and signed acceptance letter attached."),
        ],
    )
    return Bundle(
        f"{cid}_kurseong_dispute",
        claim,
        files,
        "reject",
        f"Rejected on 2026-02-10; the dispute was opened and submitted on 2026-03-15, {days(rejected, again)} days "
        "after the rejection. The dispute action is only available for 30 days after rejection; after that a new "
        "claim must be submitted. The signed and dated letter is fine in itself, but it cannot revive this claim.",
        "Status disputed; history: rejected 2026-02-10, disputed and submitted 2026-03-15 (33 days).",
        {"customer_acknowledgement": "pass", "acknowledgement_date": "pass", "reused_evidence": "pass"},
    )


MORBIHAN = Org(
    "Conserverie Morbihannaise SAS",
    "Conserverie Morbihannaise",
    "conserverie-morbihannaise.fr",
    "FR",
    "56170 Quiberon",
    "Zone artisanale du Plein Ouest",
    "#1565c0",
)
MORBIHAN_DG = person(MORBIHAN, "Gwenaëlle Le Bihan", "Directrice générale", "g.lebihan")


def s506_055_morbihan_dispute_adds_po_only() -> Bundle:
    cid = "5061055"
    report = partner_report(
        ARDOISE,
        "Project report – Microsoft 365",
        [("Customer", escape(MORBIHAN.name)), ("Reference", "AN-2026-029"), ("Period", "09/03/2026 – 24/04/2026")],
        [
            (
                "Delivered",
                grid(
                    ["Workload", "Detail", "Volume"],
                    [
                        ("Exchange Online", "Migration of 58 mailboxes from OVH; shared mailboxes for orders", "58"),
                        ("Microsoft Teams", "Teams for the cannery, the shop and the sales team", "64 users"),
                    ],
                    [22, 60, 18],
                ),
            ),
        ],
        T(2026, 4, 27, 12, 0, 2),
        AN_PM.name,
        f"{cid}|report",
    )
    po_html = f"""
<h1>Bon de commande / Purchase order BC-2026-118</h1>
{
        kv(
            [
                ("Acheteur / Buyer", escape(MORBIHAN.name)),
                ("Fournisseur / Supplier", escape(ARDOISE.name)),
                ("Date", "02/03/2026"),
            ]
        )
    }
{
        grid(
            ["Désignation / Item", "Qté / Qty", "Prix / Price"],
            [
                ("Microsoft 365 Business Standard – abonnement annuel / annual subscription", "64", "€ 9 830,40"),
                ("Prestation de migration / migration services (forfait / fixed price)", "1", "€ 7 200,00"),
            ],
            [62, 12, 26],
        )
    }
<p>Total HT / excl. VAT: € 17 030,40 · Conditions de paiement : 30 jours fin de mois.</p>
{ack_table("Bon pour accord / Approved", MORBIHAN_DG.name, MORBIHAN_DG.title)}
"""
    po = g.html_pdf(
        po_html, meta("BC-2026-118", MORBIHAN_DG.name, T(2026, 3, 2, 9, 0, 1)), f"{cid}|po", style=css("#1565c0")
    )
    po_signed = scan(
        po,
        [
            Ink("Bon pour accord", "sig", MORBIHAN_DG.name, dx=160, dy=4, h=30),
            Ink("Date signed", "hand", "02/03/2026", dx=160, dy=1, h=13),
        ],
        f"{cid}|pos",
        T(2026, 3, 2, 11, 0, 1),
    )
    m = Mail(
        AN_PM,
        [MORBIHAN_DG],
        "Conserverie Morbihannaise – récapitulatif du projet / project summary",
        T(2026, 6, 17, 18, 0, 2),
        "Bonjour Madame Le Bihan,\n\nPour mémoire, voici le récapitulatif des travaux réalisés / for the record, a "
        "summary of the work done:\n- 58 mailboxes migrated to Exchange Online\n- Teams for 64 users (cannery, shop, "
        "sales)\n\nBien cordialement,\nMaëlle Guillou\n\n" + footer(AN_PM),
        lang="fr",
    )
    rejected, disputed, again = T(2026, 6, 2, 9, 0), T(2026, 6, 16, 10, 0, 2), T(2026, 6, 18, 10, 0, 2)
    files = {
        "Project_report_AN-2026-029.pdf": report,
        "Dispute/Bon_de_commande_BC-2026-118.pdf": po_signed,
        "Dispute/Conserverie Morbihannaise – recapitulatif du projet.msg": g.msg_file(m),
    }
    claim = make_cpor(
        cid,
        ARDOISE,
        AN_PM,
        MORBIHAN,
        MORBIHAN_DG,
        area="Modern Work",
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=again,
        files=files,
        status="disputed",
        history=[
            ("submission", T(2026, 5, 11, 10, 0, 2), AN_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, AN_PM.email),
            ("document submission", again - dt.timedelta(minutes=4), AN_PM.email),
            ("submission", again, AN_PM.email),
        ],
        comments=[
            (
                "microsoft",
                rejected,
                "Rejected: the project report is not acknowledged by the customer. A customer signature or the "
                "customer's e-mail accepting the work is required.",
            ),
            (
                "partner",
                again - dt.timedelta(minutes=2),
                "Dispute: signed purchase order and our project summary attached.",
            ),
        ],
    )
    return Bundle(
        f"{cid}_morbihannaise_dispute",
        claim,
        files,
        "reject",
        "A dispute filed in time (16 days after the rejection for missing customer acknowledgement), but it does "
        "not resolve the reason: it adds the customer's signed purchase order for licences and migration services "
        "(a purchase order is never POE, signature or not) and the partner's own summary e-mail, which the "
        "customer never answered. There is still no customer acknowledgement of the work, and a decision on a "
        "dispute is final.",
        "Status disputed; 'Bon de commande / Purchase order BC-2026-118' signed 02/03/2026; .msg from "
        "maelle.guillou@ardoise-numerique.fr only.",
        {"customer_acknowledgement": "fail", "reused_evidence": "pass"},
    )


BIG_THOMPSON = Org(
    "Big Thompson Outfitters LLC",
    "Big Thompson Outfitters",
    "bigthompsonoutfitters.com",
    "US",
    "Loveland, CO 80537",
    "520 N Lincoln Ave",
    "#ef6c00",
)
BIG_THOMPSON_COO = person(BIG_THOMPSON, "Casey Marwick", "Chief Operating Officer", "cmarwick")


def s506_056_big_thompson_docusign_not_completed() -> Bundle:
    cid = "5061056"
    html = f"""
<h1>Project Completion Certificate</h1>
<p class="muted">Dynamics 365 Sales – wholesale and dealer channel</p>
{kv([("Customer", escape(BIG_THOMPSON.name)), ("Partner", escape(LARKSPUR.name)), ("Go-live", "April 20, 2026")])}
{
        grid(
            ["Area", "Delivered"],
            [
                ("Accounts", "412 dealer and outfitter accounts migrated from Salesforce Essentials"),
                ("Pipeline", "Seasonal pre-book opportunities for 19 sales reps; product catalog with 2,300 SKUs"),
                ("Integration", "Orders to Business Central via Dataverse virtual tables"),
            ],
            [24, 76],
        )
    }
<h2>Signatures</h2>
{
        fields(
            [
                ("Partner signature", "", 40),
                ("Partner", escape(LK_SA.name) + ", " + escape(LK_SA.title), 16),
                ("Customer signature", "", 40),
                ("Customer", escape(BIG_THOMPSON_COO.name) + ", " + escape(BIG_THOMPSON_COO.title), 16),
                ("Date signed", "", 18),
            ],
            key_w=150,
        )
    }
"""
    pdf = g.html_pdf(
        html,
        meta("Project Completion Certificate - Big Thompson Outfitters", LK_SA.name, T(2026, 5, 4, 9, 0, -6)),
        f"{cid}|cert",
        style=css(LARKSPUR.color),
        decor=decor(LARKSPUR, "Project Completion Certificate"),
    )
    with_partner = g.stamp_pdf(
        pdf, [Ink("Partner signature", "sig", LK_SA.name, dx=160, dy=4, h=30, color=(0, 0, 0))], f"{cid}|psig"
    )
    pending = envelope_pending(
        with_partner, LK_SA, BIG_THOMPSON_COO, T(2026, 5, 4, 9, 30, -6), f"{cid}|env", T(2026, 5, 4, 9, 41, -6)
    )
    files = {"Big Thompson - Project Completion Certificate (DocuSign).pdf": pending}
    claim = make_cpor(
        cid,
        LARKSPUR,
        LK_SA,
        BIG_THOMPSON,
        BIG_THOMPSON_COO,
        area="Business Applications",
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        submitted=T(2026, 5, 15, 10, 0, -6),
        files=files,
    )
    return Bundle(
        f"{cid}_big_thompson_completion",
        claim,
        files,
        "action_required",
        "The certificate carries a DocuSign envelope ID, which makes it look e-signed, but only the partner signed "
        "it: the 'Customer signature' cell is empty and the appended envelope history says 'Status: Sent – waiting "
        "for others (1 of 2 signatures)', the customer's recipient event 'Delivered – not signed', 'Completed: –'. "
        "There is no customer acknowledgement; the partner should upload the completed envelope or the customer's "
        "e-mail.",
        "Envelope history page: 'Status Sent – waiting for others'; customer 'Delivered – not signed'.",
        {"customer_acknowledgement": "fail", "activity_detail": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# eligibility, dates, disassociation, merged uploads, older agreements
# --------------------------------------------------------------------------------------------------------------

QS_LABS = Org(
    "Quarrystone Labs LLC",
    "Quarrystone Labs",
    "quarrystonelabs.com",
    "US",
    "Columbus, OH 43215",
    "250 S High St, Suite 1100",
    "#546e7a",
)
QS_LABS_ENG = person(QS_LABS, "Ravi Subramaniam", "Head of Engineering", "rsubramaniam")


def s506_057_quarrystone_labs_own_subsidiary() -> Bundle:
    cid = "5061057"
    parties = [
        Party("Customer", QS_LABS.name, QS_LABS_ENG.name, QS_LABS_ENG.title),
        Party("Partner", QUARRYSTONE.name, QS_PM.name, QS_PM.title),
    ]
    report = qs_report(
        QS_LABS,
        "QIT-ECR-2026-020",
        D(2026, 4, 28),
        "Quarrystone moved Quarrystone Labs, the software-engineering subsidiary of Quarrystone IT Partners, off "
        "its separate Google Workspace onto Microsoft Teams and SharePoint Online in the group's Microsoft 365 "
        "tenant design, so that the 58 developers share channels and documentation with the parent company.",
        [
            (
                "Microsoft Teams",
                "Teams for 58 developers and 6 product squads; shared channels with the parent",
                "Complete",
            ),
            ("SharePoint Online", "Engineering wiki and design documents (95 GB) moved from Google Drive", "Complete"),
        ],
        [("Labs floor, Suite 1100", "58", "64", "Same building as Quarrystone IT Partners")],
        [
            ("Mobilise", "03/02/2026 – 03/06/2026", "Google Workspace inventory"),
            ("Configure", "03/09/2026 – 03/27/2026", "Teams, SharePoint sites, shared channels"),
            ("Roll out", "03/30/2026 – 04/17/2026", "Migration of mail, Drive and chats"),
            ("Stabilise", "04/20/2026 – 04/28/2026", "Google Workspace switched off"),
        ],
        ["Quarrystone Labs' engineering managers own their squads' teams."],
        parties,
        f"{cid}|report",
    )
    signed = qs_signed(report, parties, ["4/30/2026", "4/30/2026"], f"{cid}|scan", T(2026, 4, 30, 10, 0, -4))
    files = {"Quarrystone Labs - Engagement Completion Report signed.pdf": signed}
    claim = make_cpor(
        cid,
        QUARRYSTONE,
        QS_PM,
        QS_LABS,
        QS_LABS_ENG,
        area="Modern Work",
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 7, 9, 0, -4),
        files=files,
    )
    return Bundle(
        f"{cid}_quarrystone_labs",
        claim,
        files,
        "reject",
        "The customer is the claiming partner's own subsidiary: the report describes Quarrystone Labs as 'the "
        "software-engineering subsidiary of Quarrystone IT Partners', in the same building, moved into the group's "
        "tenant design with shared channels to the parent. The domain differs (quarrystonelabs.com), but partners "
        "and their affiliates are not eligible for incentives where the customer is a partner affiliate.",
        "Report summary: 'Quarrystone Labs, the software-engineering subsidiary of Quarrystone IT Partners'.",
        {"ineligible_customer": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
    )


MEDINA = Org(
    "Medina County Feed & Seed Co.",
    "Medina Feed & Seed",
    "medinafeedseed.com",
    "US",
    "Medina, OH 44256",
    "3340 Pearl Rd",
    "#7cb342",
)
MEDINA_OM = person(MEDINA, "Gail Hostetler", "Office Manager", "ghostetler")


def s506_058_medina_month_first_too_old() -> Bundle:
    cid = "5061058"
    html = f"""
<h1>Project Completion Form</h1>
{
        kv(
            [
                ("Client", escape(MEDINA.name)),
                ("Project", "Device security – Intune &amp; Defender"),
                ("Project period", "03/03/2025 – 05/30/2025"),
                ("Pinecrest PM", escape(PC_SDM.name)),
            ]
        )
    }
<h2>Work completed</h2>
{
        grid(
            ["Item", "Detail", "Qty"],
            [
                ("Intune enrollment", "Store, warehouse and mill office PCs; compliance and BitLocker", "38"),
                ("Intune app protection", "Drivers' and sales reps' phones", "22"),
                ("Defender for Endpoint", "PCs and the 2 servers; Norton removed; ASR rules", "40"),
            ],
            [28, 58, 14],
        )
    }
<p>Client confirms the work above is complete.</p>
{ack_table("Client signature", MEDINA_OM.name, MEDINA_OM.title)}
"""
    form = g.html_pdf(
        html,
        meta("Project Completion Form - Medina Feed & Seed", PC_SDM.name, T(2025, 6, 2, 10, 0, -4)),
        f"{cid}|form",
        style=css(PINECREST.color),
        decor=decor(PINECREST, "Project Completion Form"),
        size=g.LETTER,
    )
    inks = [
        Ink("Client signature", "sig", MEDINA_OM.name, dx=160, dy=2, h=30),
        Ink("Date signed", "hand", "06/08/2025", dx=160, dy=0, h=16),
    ]
    pic = photo(form, inks, f"{cid}|photo", T(2025, 6, 8, 15, 40, -4), model=("Apple", "iPhone 12"))
    files = {"IMG_4471.JPG": pic}
    claim = make_cpor(
        cid,
        PINECREST,
        PC_SDM,
        MEDINA,
        MEDINA_OM,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 7, 2, 10, 0, -4),
        files=files,
    )
    return Bundle(
        f"{cid}_medina_feed_seed_form",
        claim,
        files,
        "action_required",
        "US customer and US partner: the hand-written '06/08/2025' on the photographed completion form is "
        "month-first, June 8, 2025 – the form prints the project period as 03/03/2025 – 05/30/2025 (month-first) "
        "and the photo's EXIF date is 2025-06-08. That is more than 12 months before submission on 2026-07-02, "
        "and nothing recent confirms the engagement is still active (read day-first, 6 August 2025, it would "
        "wrongly pass). The partner needs a recent acknowledgement.",
        "Photo: 'Date signed 06/08/2025'; 'Project period 03/03/2025 – 05/30/2025'; EXIF 2025:06:08.",
        {"acknowledgement_date": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
    )


WADSWORTH = Org(
    "Wadsworth Ceramic Insulators Inc.",
    "Wadsworth Ceramic",
    "wadsworthceramic.com",
    "US",
    "Wadsworth, OH 44281",
    "1150 Seville Rd",
    "#795548",
)
WADSWORTH_IT = person(WADSWORTH, "Doug Rinehart", "IT Manager", "drinehart")


def s506_059_wadsworth_dispute_of_disassociation() -> Bundle:
    cid = "5061059"
    html = f"""
<h1>Managed Services Monthly Report</h1>
{kv([("Client", escape(WADSWORTH.name)), ("Month", "February 2026"), ("Service manager", escape(PC_SDM.name))])}
<h2>Intune</h2>
<p>172 managed Windows devices, compliance 95.1%; 6 new kiln-control PCs enrolled as kiosks; Windows 11 24H2 ring 1
(30 devices).</p>
<h2>Defender for Endpoint</h2>
<p>172 devices and 7 servers onboarded; 3 incidents investigated (1 true positive: macro malware in a supplier
invoice, contained 02/11/2026); 2 ASR rules moved to block.</p>
<h2>Client sign-off</h2>
{ack_table("Client signature", WADSWORTH_IT.name, WADSWORTH_IT.title)}
"""
    pdf = g.html_pdf(
        html,
        meta("Wadsworth Ceramic - Monthly Report Feb 2026", PC_SDM.name, T(2026, 3, 2, 10, 0, -5)),
        f"{cid}|rep",
        style=css(PINECREST.color),
        decor=decor(PINECREST, "Managed Services Monthly Report", escape(PINECREST.name + " · Akron, Ohio")),
    )
    inks = [
        Ink("Client signature", "sig", WADSWORTH_IT.name, dx=160, dy=2, h=30),
        Ink("Date signed", "hand", "3/4/2026", dx=160, dy=1, h=13),
    ]
    signed = scan(pdf, inks, f"{cid}|scan", T(2026, 3, 4, 14, 0, -5))
    approved, disassociated = T(2025, 9, 23, 10, 0), T(2026, 2, 27, 9, 0)
    disputed, again = T(2026, 3, 6, 9, 0, -5), T(2026, 3, 6, 9, 20, -5)
    files = {"Dispute/Wadsworth Monthly Report Feb 2026 signed.pdf": signed}
    claim = make_cpor(
        cid,
        PINECREST,
        PC_SDM,
        WADSWORTH,
        WADSWORTH_IT,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=again,
        files=files,
        status="disputed",
        history=[
            ("submission", T(2025, 9, 15, 10, 0, -4), PC_SDM.email),
            ("approval", approved, "Microsoft"),
            ("disassociated", disassociated, "Microsoft"),
            ("disputed", disputed, PC_SDM.email),
            ("document submission", again - dt.timedelta(minutes=3), PC_SDM.email),
            ("submission", again, PC_SDM.email),
        ],
        comments=[
            (
                "microsoft",
                disassociated,
                "Your association for INTUNE and MICROSOFT DEFENDER ENDPOINT has been disassociated: another partner's "
                "claim for the same workloads was approved after conflict review.",
            ),
            (
                "partner",
                again - dt.timedelta(minutes=1),
                "We dispute the disassociation – we still run the service, see the signed February report.",
            ),
        ],
    )
    return Bundle(
        f"{cid}_wadsworth_dispute",
        claim,
        files,
        "reject",
        "The claim was approved in 2025 and disassociated on 2026-02-27 after another partner won a conflict on "
        "the same workloads; the partner then used 'Dispute' on it. The dispute feature is not available for "
        "disassociated claims: a partner who believes it is the right POR must re-claim through a new CPOR claim "
        "with updated POE. The signed February report may well support such a new claim, but this dispute cannot "
        "be accepted.",
        "History: approval 2025-09-23, disassociated 2026-02-27, disputed 2026-03-06; status disputed.",
        {"customer_acknowledgement": "pass", "acknowledgement_date": "pass", "reused_evidence": "pass"},
    )


TELOK = Org(
    "Telok Blangah Hotels Pte. Ltd.",
    "Telok Blangah Hotels",
    "telokblangahhotels.com.sg",
    "SG",
    "Singapore 098632",
    "1 Telok Blangah Heights",
    "#ad1457",
)
TELOK_IT = person(TELOK, "Nur Aisyah Rahman", "IT Director", "aisyah.rahman")


def s506_060_telok_merged_pdf_with_quote() -> Bundle:
    cid = "5061060"
    quote_html = f"""
<h1>Quotation MS-Q-2025-311</h1>
{kv([("Customer", escape(TELOK.name)), ("Date", "18 November 2025"), ("Valid for", "30 days")])}
{
        grid(
            ["Item", "Amount (SGD)"],
            [
                ("Defender for Endpoint deployment – 3 hotels, fixed price", "18,400.00"),
                ("Defender for Office 365 configuration and 2 phishing simulations", "6,200.00"),
                ("Project management (10%)", "2,460.00"),
            ],
            [72, 28],
        )
    }
<p>Total SGD 27,060.00 excl. GST. Payment 50% on order, 50% on completion.</p>
<h2>Terms</h2>
<p>This quotation excludes Microsoft licences, which are billed separately under the customer's CSP agreement.
Work outside the stated scope is charged at SGD 210 per hour.</p>
"""
    quote = g.html_pdf(
        quote_html,
        meta("Quotation MS-Q-2025-311", "Merlion Shield", T(2025, 11, 18, 10, 0, 8)),
        f"{cid}|quote",
        style=css(MERLION.color),
        decor=decor(MERLION, "Quotation"),
    )
    tail = (
        "<h2>4. Customer acknowledgement</h2><p>Telok Blangah Hotels confirms the deployment described above.</p>"
        + ack_table("Customer signature", TELOK_IT.name, TELOK_IT.title)
    )
    report = partner_report(
        MERLION,
        "Security Deployment Completion Report",
        [
            ("Customer", escape(TELOK.name)),
            ("Reference", "MS-PRJ-2026-006"),
            ("Period", "5 January – 27 February 2026"),
        ],
        [
            (
                "Defender for Endpoint",
                paras(
                    "Onboarded 226 devices across 3 hotels (front office, back office, 40 kiosk check-in PCs) and 16 "
                    "servers, including the property-management system; ASR rules in block; EDR in block mode."
                ),
            ),
            (
                "Defender for Office 365",
                paras(
                    "Safe Links and Safe Attachments for 390 mailboxes; impersonation protection for the reservations "
                    "and finance teams; 2 simulations (click rate 17% → 5%)."
                ),
            ),
            (
                "Timeline",
                grid(
                    ["Phase", "Dates"],
                    [
                        ("Pilot", "05/01 – 16/01/2026"),
                        ("Roll-out", "19/01 – 20/02/2026"),
                        ("Closure", "23/02 – 27/02/2026"),
                    ],
                    [50, 50],
                ),
            ),
        ],
        T(2026, 3, 2, 10, 0, 8),
        ML_SDM.name,
        f"{cid}|report",
        tail=tail,
    )
    p = last_page(report)
    report_signed = g.with_scanned_pages(
        report,
        [p],
        [
            Ink("Customer signature", "sig", TELOK_IT.name, dx=160, dy=2, h=30, page=p),
            Ink("Date signed", "hand", "04/03/2026", dx=160, dy=1, h=13, page=p),
        ],
        f"{cid}|scan",
        T(2026, 3, 4, 12, 0, 8),
        meta("report", "", T(2026, 3, 4, 12, 0, 8)),
    )
    m1 = Mail(
        ML_SDM,
        [TELOK_IT],
        "Telok Blangah – Defender deployment closure",
        T(2026, 3, 2, 11, 0, 8),
        "Dear Aisyah,\n\nPlease find the completion report attached for your signature.\n\nRegards,\nKavitha\n\n"
        + footer(ML_SDM),
    )
    m2 = Mail(
        TELOK_IT,
        [ML_SDM],
        "RE: Telok Blangah – Defender deployment closure",
        T(2026, 3, 4, 12, 30, 8),
        "Dear Kavitha,\n\nSigned copy attached. We confirm the deployment across the three hotels is complete – all "
        "226 devices and 16 servers report to Defender, and the phishing simulations went well.\n\nBest regards,\n"
        "Nur Aisyah Rahman\nIT Director, Telok Blangah Hotels",
        quoted=m1,
    )
    printed = printed_mail(m2, ML_SDM, f"{cid}|print")
    merged = g.merge_pdfs(
        [quote, report_signed, printed],
        meta(
            "Telok Blangah POE pack",
            ML_SDM.name,
            T(2026, 3, 9, 10, 0, 8),
            ("Adobe Acrobat Pro (64-bit)", "Adobe PDF Library 24.2"),
        ),
        f"{cid}|merge",
    )
    files = {"Telok_Blangah_POE_pack.pdf": merged}
    claim = make_cpor(
        cid,
        MERLION,
        ML_SDM,
        TELOK,
        TELOK_IT,
        area="Security",
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 3, 16, 10, 0, 8),
        files=files,
    )
    return Bundle(
        f"{cid}_telok_blangah_poe_pack",
        claim,
        files,
        "approve",
        "One merged PDF holding three documents: the partner's quotation (page 1; a quote on its own never "
        "counts), the completion report with a hand-signed acknowledgement page scanned back in (IT Director, "
        "04/03/2026), and the customer's confirming e-mail printed from Outlook. The evidence is not only the quote: "
        "the signed report gives detail for both workloads (226 devices, 16 servers, 390 mailboxes, dates) and the "
        "e-mail from telokblangahhotels.com.sg confirms it.",
        "Merged PDF: quotation MS-Q-2025-311, then the report (signed page scanned), then the printed e-mail.",
        g.cpor_ok(email_ack=True),
    )


BARBERTON = Org(
    "Barberton Valve & Fitting Co.",
    "Barberton Valve",
    "barbertonvalve.com",
    "US",
    "Barberton, OH 44203",
    "600 W Tuscarawas Ave",
    "#455a64",
)
BARBERTON_CTRL = Person("Lisa Kovach", "lkovach@plant.barbertonvalve.com", "Plant Controller & IT", BARBERTON)


def s506_061_barberton_old_sow_recent_confirmation() -> Bundle:
    cid = "5061061"
    sow_html = f"""
<h1>Managed Endpoint Services – Statement of Work</h1>
{
        kv(
            [
                ("Client", escape(BARBERTON.name)),
                ("Provider", escape(PINECREST.name)),
                ("Term", "36 months from April 1, 2024"),
            ]
        )
    }
{
        ul(
            [
                "Intune management of all Windows devices and company phones: enrollment, compliance, updates",
                "Defender for Endpoint: onboarding, alert triage in business hours, monthly vulnerability review",
                "Monthly service report to the plant controller",
            ]
        )
    }
{ack_table("Client signature", BARBERTON_CTRL.name, BARBERTON_CTRL.title)}
"""
    sow = g.html_pdf(
        sow_html,
        meta("SOW Barberton Valve", PC_SDM.name, T(2024, 3, 15, 10, 0, -4)),
        f"{cid}|sow",
        style=css(PINECREST.color),
        decor=decor(PINECREST, "Statement of Work"),
    )
    sow_signed = scan(
        sow,
        [
            Ink("Client signature", "sig", BARBERTON_CTRL.name, dx=160, dy=2, h=30),
            Ink("Date signed", "hand", "3/18/2024", dx=160, dy=1, h=13),
        ],
        f"{cid}|sows",
        T(2024, 3, 18, 11, 0, -4),
    )
    report = partner_report(
        PINECREST,
        "Managed Services Monthly Report – April 2026",
        [("Client", escape(BARBERTON.name)), ("Month", "April 2026")],
        [
            (
                "Intune",
                grid(
                    ["Item", "Value"],
                    [
                        ("Managed devices", "188 (164 PCs, 24 phones)"),
                        ("Compliance", "96%"),
                        ("Stale devices removed", "23"),
                        ("Windows 11 24H2", "ring 2: 60 devices"),
                    ],
                    [60, 40],
                ),
            ),
            (
                "Defender for Endpoint",
                grid(
                    ["Item", "Value"],
                    [
                        ("Onboarded", "164 PCs, 5 servers"),
                        ("Incidents", "4 (0 true positives)"),
                        ("Critical vulnerabilities open", "9 → 2"),
                    ],
                    [60, 40],
                ),
            ),
        ],
        T(2026, 5, 4, 10, 0, -4),
        PC_SDM.name,
        f"{cid}|rep",
    )
    m1 = Mail(
        PC_SDM,
        [BARBERTON_CTRL],
        "Barberton Valve – April service report",
        T(2026, 5, 4, 11, 0, -4),
        "Hi Lisa,\n\nApril's report is attached. As we discussed, could you confirm that Pinecrest still runs your "
        "Intune and Defender service?\n\nThanks,\nDanielle\n\n" + footer(PC_SDM),
        attachments=[("Barberton Valve - Monthly Report April 2026.pdf", report)],
    )
    m2 = Mail(
        BARBERTON_CTRL,
        [PC_SDM],
        "RE: Barberton Valve – April service report",
        T(2026, 5, 6, 8, 5, -4),
        "Hi Danielle,\n\nConfirmed – Pinecrest continues to manage our Intune and Defender for Endpoint environment "
        "under the managed services agreement. The numbers match our dashboards (188 devices, 96% compliant, 164 PCs "
        "and 5 servers in Defender). Thanks for cleaning up the 23 stale devices and for the 24H2 rollout.\n\nLisa "
        "Kovach\nPlant Controller & IT | Barberton Valve & Fitting Co.",
        quoted=m1,
    )
    files = {
        "SOW Managed Endpoint Services - signed 2024.pdf": sow_signed,
        "Barberton Valve - Monthly Report April 2026.pdf": report,
        "RE_ Barberton Valve – April service report.msg": g.msg_file(m2),
    }
    claim = make_cpor(
        cid,
        PINECREST,
        PC_SDM,
        BARBERTON,
        BARBERTON_CTRL,
        area="Security",
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 5, 19, 10, 0, -4),
        files=files,
    )
    return Bundle(
        f"{cid}_barberton_managed_services",
        claim,
        files,
        "approve",
        "The signed SOW dates from 3/18/2024, more than 12 months before submission – but the guide accepts an "
        "older signature when a recent customer acknowledgement confirms active engagement, and here the customer's "
        "e-mail of 5/6/2026 from plant.barbertonvalve.com (a sub-domain of the claim's domain barbertonvalve.com) "
        "confirms that Pinecrest still manages both workloads and "
        "describes the current work (188 devices, 96% compliance, 164 PCs and 5 servers in Defender, stale-device "
        "clean-up, 24H2 rollout), matching the April 2026 report.",
        "SOW signed 3/18/2024; reply from lkovach@plant.barbertonvalve.com, 5/6/2026: 'Pinecrest continues to "
        "manage our Intune and Defender for Endpoint environment'.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Partner Activities: an activity not performed, an incomplete survey, a late medium project, a PR partner
# --------------------------------------------------------------------------------------------------------------

NIJAR = Org(
    "Hortofrutícola Campo de Níjar S.Coop.And.",
    "Campo de Níjar",
    "campodenijar.es",
    "ES",
    "04100 Níjar, Almería",
    "Carretera de Campohermoso km 2",
    "#43a047",
)
NIJAR_IT = person(NIJAR, "Francisco Javier Úbeda", "Responsable TIC", "fj.ubeda")


def s506_062_nijar_ammp_assessment_not_done() -> Bundle:
    cid = "5061062"
    parties = [
        Party("Customer", NIJAR.name, NIJAR_IT.name, NIJAR_IT.title),
        Party("Partner", SIERRA.name, SM_PM.name, SM_PM.title),
    ]
    notes = g.ammp_notes(cid, "Greenhouse harvest planning (Java EE)")
    done = [
        (
            "No – not performed",
            "Descoped: the customer relied on an assessment by its previous vendor (2024); no "
            "compatibility review in this engagement",
        ),
        ("17/04/2026", notes[1]),
        ("29/05/2026", notes[2]),
        ("05/06/2026", notes[3]),
    ]
    poe = g.ammp_poe(
        SIERRA,
        NIJAR,
        cid,
        "Greenhouse harvest planning (Java EE, Oracle)",
        "USD 46,000 per year",
        done,
        paras(
            "Sierra Morena Cloud re-platformed the harvest-planning application to Azure between April and June "
            "2026; production since 29/05/2026."
        ),
        parties,
        D(2026, 6, 12),
        f"{cid}|ammp",
        date_style="gb",
        author=SM_PM.name,
    )
    inks = [
        *g.sign_inks("columns", parties[0], 0, "12/06/2026"),
        *g.sign_inks("columns", parties[1], 1, "12/06/2026", color=g.INK_BLACK),
    ]
    signed = scan(poe, inks, f"{cid}|ammps", T(2026, 6, 12, 13, 0, 2), dpi=150, skew=0.5)
    files, claim = h.pa_claim(
        cid,
        SIERRA,
        SM_PM,
        NIJAR,
        NIJAR_IT,
        area="Azure",
        eng=g.engagement("AMMP-ADM-S", g.AMMP_NAME, "xs_small", "fixed"),
        consent=D(2026, 3, 9),
        submitted=T(2026, 6, 25, 10, 0, 2),
        poe={"POE/AMMP_POE_Campo_de_Nijar_signed.pdf": signed},
        amount=12000.0,
        inv_no="SMC-FV-2026-0131",
        inv_day=D(2026, 6, 18),
        activities="Landing zone, re-platforming of the harvest-planning app, Defender for Cloud",
        outcome="Harvest planning on Azure since 29/05/2026",
        participants="6",
        invoice_kw={"date_style": "gb", "title": "FACTURA / INVOICE", "bank": "CaixaBank · cuenta en USD"},
    )
    return Bundle(
        f"{cid}_campo_de_nijar_ammp",
        claim,
        files,
        "action_required",
        "AMMP (Small) with invoice (Market B, USD 12,000), surveys and timing in order, but the signed programme "
        "template itself records the first required activity, 'Application Compatibility Assessment/Review', as "
        "'No – not performed … descoped'. The engagement lists the activities that must be completed for it to "
        "count as fully delivered; the assessment is one of them (only the security set-up is 'recommended'). The "
        "partner must show the assessment was delivered.",
        "AMMP template row 1: 'No – not performed', 'Descoped … no compatibility review in this engagement'.",
        {"activity_detail": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


ACETAIA = Org(
    "Acetaia Ducale di Modena S.r.l.",
    "Acetaia Ducale",
    "acetaiaducale.it",
    "IT",
    "41126 Modena",
    "Strada Vignolese 1280",
    "#4e342e",
)
ACETAIA_IT = person(ACETAIA, "Marco Ferrarini", "Responsabile Sistemi Informativi", "m.ferrarini")


def s506_063_acetaia_customer_survey_no_title() -> Bundle:
    cid = "5061063"
    eng = g.engagement("MW-FRONTLINE-WS-VAR", "Enable Frontline Workshop", "standard", "variable", 2600.0)
    report = h.findings_report(
        TESSERA,
        "Enable Frontline Workshop – Findings",
        [("Customer", ACETAIA.name), ("Workshop", "5 and 12 May 2026"), ("Participants", "9"), ("MCI claim", cid)],
        [
            (
                "Frontline today",
                "<p>48 cellar, bottling and shop staff without company e-mail; barrel-ageing logs "
                "kept on paper in 3 acetaie.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams with Shifts for bottling and shop",
                        "Barrel-log app in Power Apps on 8 shared tablets",
                        "Viva Connections home for frontline news",
                    ]
                ),
            ),
        ],
        T(2026, 5, 15, 17, 0, 2),
        TS_PM.name,
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        TESSERA,
        TS_PM,
        ACETAIA,
        ACETAIA_IT,
        area="Modern Work",
        eng=eng,
        consent=D(2026, 4, 13),
        submitted=T(2026, 6, 15, 11, 0, 2),
        poe={"Frontline_Workshop_Findings_Acetaia_Ducale.pdf": report},
        amount=2600.0,
        inv_no="TC-2026-FT-0201",
        inv_day=D(2026, 6, 8),
        activities="Frontline workshop: Shifts, barrel-log app, Viva Connections",
        outcome="Frontline roadmap for 48 workers",
        participants="9",
        invoice_kw={"title": "FATTURA / INVOICE", "labels": IT_INVOICE_LABELS, "date_style": "gb"},
        cust_sig={"title": ""},
    )
    return Bundle(
        f"{cid}_acetaia_ducale_workshop",
        claim,
        files,
        "reject",
        "The customer attestation's electronic signature has the full name (Marco Ferrarini) and the company but an "
        "empty job title; the final survey question requires all three, and the guide says a customer attestation "
        "without a valid signature may get the claim rejected. The findings report, invoice (USD 2,600 with the "
        "claim ID) and timing (63 days, limit 90) are fine.",
        "customer_attestation signature: full_name 'Marco Ferrarini', company set, job_title ''.",
        {"attestations": "fail", "invoice": "pass", "submission_window": "pass", "reused_evidence": "pass"},
    )


SIMILKAMEEN = Org(
    "Similkameen Valley Vineyards Ltd.",
    "Similkameen Vineyards",
    "similkameenvineyards.ca",
    "CA",
    "Keremeos, BC V0X 1N3",
    "2860 Highway 3",
    "#6a1b9a",
)
SIMILKAMEEN_IT = person(SIMILKAMEEN, "Marc-André Leblanc", "Director of Operations", "ma.leblanc")


def s506_064_similkameen_medium_day_214() -> Bundle:
    cid = "5061064"
    eng = g.engagement(
        "AZ-INNOV-ANALYTICS-DEP-M-VAR",
        "Azure Innovate PL: Analytics Deployment (Medium)",
        "medium",
        "variable",
        16200.0,
    )
    consent, submitted = D(2025, 10, 20), T(2026, 5, 22, 10, 0, -7)
    report = chinook_delivery_report(
        SIMILKAMEEN,
        "Analytics Deployment – Delivery Report",
        [("Customer", SIMILKAMEEN.name), ("Production date", "20 April 2026"), ("MCI claim", cid)],
        [
            ("Sources", "Vineyard weather stations, fermentation tank probes, wine-club sales (Shopify export)"),
            ("Platform", "Microsoft Fabric lakehouse, 9 pipelines, real-time tank dashboard via Eventstream"),
            ("Reports", "6 Power BI reports, 31 users"),
        ],
        T(2026, 5, 15, 15, 0, -7),
        f"{cid}|rep",
    )
    files, claim = h.pa_claim(
        cid,
        CHINOOK,
        CH_PM,
        SIMILKAMEEN,
        SIMILKAMEEN_IT,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Analytics_Deployment_Delivery_Report_Similkameen.pdf": report},
        amount=16200.0,
        inv_no="CDP-2026-0176",
        inv_day=D(2026, 5, 19),
        activities="Analytics deployment on Fabric: tank dashboard, 6 reports",
        outcome="Analytics platform in production for 31 users",
        participants="7",
        invoice_kw={"date_style": "us_long", "bank": "RBC Royal Bank · USD account 01234-5678901"},
    )
    return Bundle(
        f"{cid}_similkameen_analytics",
        claim,
        files,
        "reject",
        f"Medium project submitted {days(consent, submitted)} days after customer consent (2025-10-20 → 2026-05-22); "
        "medium projects expire 200 days after consent if not submitted (2026-05-08). Expired claims cannot be "
        "reactivated; the report, invoice and surveys do not change that.",
        "consent_date 2025-10-20, activity_type medium, submitted 2026-05-22 (214 days > 200).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


MONTEVERDE = Org(
    "Café Hacienda Monteverde Inc.",
    "Hacienda Monteverde",
    "haciendamonteverde.com",
    "PR",
    "Jayuya, PR 00664",
    "Carr. 144 km 9.1, Bo. Coabey",
    "#5d4037",
)
MONTEVERDE_IT = person(MONTEVERDE, "Yolanda Maldonado", "Gerente de Operaciones", "ymaldonado")


def s506_065_monteverde_ammp_partner_pr_market_b() -> Bundle:
    cid = "5061065"
    files, claim = g.ammp_claim(
        cid,
        "monteverde",
        CORALKEY,
        CK_PM,
        MONTEVERDE,
        MONTEVERDE_IT,
        consent=D(2026, 2, 2),
        submitted=T(2026, 5, 26, 10, 0, -4),
        app="Online coffee store & subscription engine (PHP, MySQL)",
        arr="USD 29,000 per year",
        dates=["02/16/2026", "03/13/2026", "04/24/2026", "05/08/2026"],
        amount=12000.0,
        inv_no="CK-INV-2026-044",
        date_style="us",
        sign_when=T(2026, 5, 14, 11, 0, -4),
        date_text="05/14/2026",
        invoice_kw={"date_style": "us_long", "bank": "Banco Popular de Puerto Rico · USD account"},
    )
    return Bundle(
        f"{cid}_monteverde_ammp",
        claim,
        files,
        "approve",
        "AMMP (Small) from a partner in Puerto Rico, a Market B country: the fee is USD 12,000 (not the US Market A "
        "rate), and the invoice shows exactly that with the claim ID and partner name. Commercial customer (a coffee "
        "estate), so no public-sector disclosure. Signed programme template with this customer's notes and US "
        "month-first dates, both surveys complete, submitted 113 days after consent (limit 120).",
        "Invoice CK-INV-2026-044: USD 12,000.00, 'MCI Engagement Claim ID 5061065'; partner.country PR.",
        g.pa_ok(),
    )


WOODLANDS = Org(
    "Woodlands Precision Plastics Pte. Ltd.",
    "Woodlands Precision",
    "woodlandsprecision.com.sg",
    "SG",
    "Singapore 738322",
    "21 Woodlands Industrial Park E1",
    "#0097a7",
)
WOODLANDS_IT = person(WOODLANDS, "Raymond Lim Choon Hock", "IT & Security Manager", "raymond.lim")


def s506_066_woodlands_template_cloud_apps_unticked() -> Bundle:
    cid = "5061066"
    scope = ul(
        [
            "Entra ID P2: risk-based Conditional Access for 310 users in the Woodlands and Tuas plants; PIM for 22 "
            "admin roles; quarterly access reviews for 40 supplier guest accounts.",
            "Defender for Endpoint: 286 devices and 14 servers onboarded; ASR and EDR in block mode; pilot with the "
            "quality lab in weeks 1–2.",
        ]
    )
    template = g.ms_poe_template(
        MERLION,
        WOODLANDS,
        WOODLANDS_IT,
        [
            ("Microsoft Entra ID P2 (formerly AADP P2)", ("Deployment", "Implementation")),
            ("Microsoft Defender for Endpoint (MDE)", ("Deployment", "Implementation")),
        ],
        scope,
        D(2026, 1, 12),
        D(2026, 3, 20),
        f"{cid}|tpl",
    )
    signed = g.esign(
        template,
        WOODLANDS_IT,
        T(2026, 3, 24, 10, 12, 8),
        f"{cid}|adobe",
        sig_anchor="Signature",
        sig_dx=160,
        sig_dy=6,
        date_anchor="Date Signed",
        date_dx=160,
        date_dy=2,
        date_text="24/03/2026",
        vendor="adobe",
        sender=ML_SDM,
        ip="116.14.82.30",
    )
    files = {"CPOR POE Template - Woodlands Precision (signed).pdf": signed}
    claim = make_cpor(
        cid,
        MERLION,
        ML_SDM,
        WOODLANDS,
        WOODLANDS_IT,
        area="Security",
        workloads=[
            "AZURE ACTIVE DIRECTORY PREMIUM 2",
            "MICROSOFT DEFENDER ENDPOINT",
            "MICROSOFT DEFENDER FOR CLOUD APPS",
        ],
        submitted=T(2026, 4, 6, 10, 0, 8),
        files=files,
    )
    return Bundle(
        f"{cid}_woodlands_security_template",
        claim,
        files,
        "action_required",
        "Microsoft's optional Security usage template, e-signed through Adobe Acrobat Sign by the customer on "
        "24/03/2026, fully supports Entra ID P2 and Defender for Endpoint (ticked, with 310 users, 286 devices, 14 "
        "servers and dates). But the claim also includes MICROSOFT DEFENDER FOR CLOUD APPS, whose template row is "
        "unticked (☐) and which the scope never mentions – the row is only printed because the template lists every "
        "product. That workload is not connected to the POE.",
        "Template: '☐ Microsoft Defender for Cloud Apps (formerly MCAS)' unticked; claim workloads include MICROSOFT "
        "DEFENDER FOR CLOUD APPS.",
        {"workload_match": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
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
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s506_") and callable(fn)]
    bundles = [fn() for fn in builders]
    ids = [b.claim_id for b in bundles]
    if len(set(ids)) != len(ids) or len({b.entry for b in bundles}) != len(bundles):
        raise RuntimeError("claim ids and bundle names must be unique")
    if sorted(int(i) for i in ids) != list(range(FIRST_ID, LAST_ID + 1)):
        raise RuntimeError("claims must be numbered 5061001-5061066 without gaps")
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
    """Make ``out`` an empty directory, refusing to empty one that holds anything but a previous set R."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = sorted(out.iterdir())
    foreign = [e.name for e in entries if e.name != "expected.json" and not e.name.startswith("50610")]
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
    cli = argparse.ArgumentParser(description="Write held-out test set R: MCI claim bundles and expected.json.")
    cli.add_argument("out", type=Path, help="output directory (absent, empty, or an earlier set R)")
    cli.add_argument("--force", action="store_true", help="replace whatever OUTDIR holds")
    opts = cli.parse_args(argv)
    started = time.perf_counter()
    _clear(opts.out, opts.force)
    build(opts.out)
    expected = json.loads((opts.out / "expected.json").read_text(encoding="utf-8"))
    tally = {
        d: sum(1 for e in expected.values() if e["decision"] == d) for d in ("approve", "action_required", "reject")
    }
    lines = [f"{len(expected)} bundles in {opts.out}: " + ", ".join(f"{k} {v}" for k, v in tally.items())]
    lines.append(f"built in {time.perf_counter() - started:.1f} s")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
