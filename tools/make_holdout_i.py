"""Write held-out test set I for POE Reviewer: MCI claim bundles plus ``expected.json``.

Like sets G and H, every expectation here was written from the MCI claiming guide (June 2025, shared/seed) and the
bundle format (shared/spec/claims-interchange.md) alone: what a careful human reviewer would decide from those
rules, never what the tool does. Claims 4971001-4971999, all submitted in 2026, with partners and customers of
their own (US, UK, Germany, France, India, Brazil, Japan, Australia, Spain). The document machinery (PDF, Word,
e-mail, scans, photos, ink, e-signatures, bundles) is set G's, imported from ``tools/make_holdout_g.py``; this module
only adds the scenarios and the partners' own templates.

Most partners use their own document template for several customers (delivery summaries, go-live certificates,
bilingual acceptance records, workshop minutes, workshop reports, close-out memos: boilerplate the queue must not
flag), the public-sector disclosure wording is shared by several claims, two partners claim the same customer's
workloads, and five pairs of claims share real evidence: a signed page, a customer's seal and signature image, a
report's figures, an acknowledging e-mail, and one invoice raised for two claims.

Usage: ``python tools/make_holdout_i.py OUTDIR [--force]``. The output is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

import pymupdf

try:
    from tools import make_holdout_g as g
except ImportError:  # run as a script from tools/: python make_holdout_i.py
    import make_holdout_g as g  # type: ignore[no-redef]

Org, Person, Mail, Party, Ink, Bundle = g.Org, g.Person, g.Mail, g.Party, g.Ink, g.Bundle
T, D, person, meta, css, kv, grid, ul, fields = g.T, g.D, g.person, g.meta, g.css, g.kv, g.grid, g.ul, g.fields
NA, PASS_NA = g.NA, g.PASS_NA
Meta = g.Meta
FIRST_ID, LAST_ID = 4971001, 4971999


def days(a: dt.date | dt.datetime, b: dt.date | dt.datetime) -> int:
    """Whole days from ``a`` to ``b`` (dates of datetimes in their own offset)."""
    da = a.date() if isinstance(a, dt.datetime) else a
    db = b.date() if isinstance(b, dt.datetime) else b
    return (db - da).days


def months_text(a: dt.date, b: dt.date) -> str:
    """'11.4 months' from ``a`` to ``b`` (30.44-day months), for the reasons written into expected.json."""
    return f"{days(a, b) / 30.44:.1f} months"


_CACHE: dict[str, Any] = {}


# --------------------------------------------------------------------------------------------------------------
# the partners of this set
# --------------------------------------------------------------------------------------------------------------

GRANITE = Org(
    "Granite Peak IT Services Inc.",
    "Granite Peak IT",
    "granitepeakit.com",
    "US",
    "Denver, CO 80202",
    "1700 Lincoln St, Suite 2150",
    "#37474f",
    "EIN 84-3310927",
    "+1 303 555 0119",
)
THAMES = Org(
    "Thameside Cloud Ltd",
    "Thameside Cloud",
    "thamesidecloud.co.uk",
    "GB",
    "Reading RG1 1AX",
    "Forbury Place, 43 Forbury Road",
    "#00695c",
    "Company No. 10938274 · VAT GB 274 1938 22",
    "+44 118 555 0193",
)
RHEINWERK = Org(
    "Rheinwerk Digital GmbH",
    "Rheinwerk Digital",
    "rheinwerk-digital.de",
    "DE",
    "50667 Köln",
    "Hohenzollernring 72",
    "#1a237e",
    "HRB 99314 Amtsgericht Köln · USt-IdNr. DE331294807",
    "+49 221 555 0137",
)
LUMIERE = Org(
    "Lumière Numérique SAS",
    "Lumière Numérique",
    "lumiere-numerique.fr",
    "FR",
    "69002 Lyon",
    "18 quai Jules Courmont",
    "#6a1b9a",
    "SIREN 852 331 904 · TVA FR42852331904",
    "+33 4 72 55 01 39",
)
KAVERI = Org(
    "Kaveri Cloudtech Pvt. Ltd.",
    "Kaveri Cloudtech",
    "kavericloudtech.in",
    "IN",
    "Bengaluru 560103",
    "Prestige Tech Park, Tower Jupiter, 4th Floor, Outer Ring Road",
    "#ef6c00",
    "CIN U72900KA2015PTC082231 · GSTIN 29AAGCK8823P1Z2",
    "+91 80 4555 0127",
)
IPE = Org(
    "Ipê Sistemas Ltda.",
    "Ipê Sistemas",
    "ipesistemas.com.br",
    "BR",
    "Curitiba – PR, 80250-104",
    "Av. Sete de Setembro 4923, 12º andar",
    "#2e7d32",
    "CNPJ 28.331.904/0001-62",
    "+55 41 3555 0193",
)
HOSHIZORA = Org(
    "Hoshizora Systems K.K.",
    "Hoshizora Systems",
    "hoshizora-sys.co.jp",
    "JP",
    "Fukuoka 812-0011",
    "2-1-1 Hakata-eki-mae, Hakata-ku",
    "#283593",
    "",
    "+81 92 555 0144",
)
WATTLE = Org(
    "Wattle Street Security Pty Ltd",
    "Wattle Street Security",
    "wattlestreet.com.au",
    "AU",
    "Adelaide SA 5000",
    "Level 9, 70 Franklin Street",
    "#558b2f",
    "ABN 41 622 331 904",
    "+61 8 8555 0131",
)
BLUEGUM = Org(
    "Bluegum Digital Pty Ltd",
    "Bluegum Digital",
    "bluegumdigital.com.au",
    "AU",
    "Perth WA 6000",
    "Level 14, 251 St Georges Terrace",
    "#0277bd",
    "ABN 63 609 441 872",
    "+61 8 6555 0188",
)
CUYAHOGA = Org(
    "Cuyahoga Secure LLC",
    "Cuyahoga Secure",
    "cuyahogasecure.com",
    "US",
    "Cleveland, OH 44114",
    "1375 E 9th St, Suite 1800",
    "#b71c1c",
    "EIN 82-4413390",
    "+1 216 555 0175",
)
MESETA = Org(
    "Meseta Nube S.L.",
    "Meseta Nube",
    "mesetanube.es",
    "ES",
    "47001 Valladolid",
    "Calle Santiago 22, 3º",
    "#c62828",
    "CIF B47883310",
    "+34 983 555 019",
)

# partner staff
GP_PM = person(GRANITE, "Heather Lindgren", "Delivery Manager", "hlindgren", "+1 303 555 0119")
GP_SEC = person(GRANITE, "Marcus Oyelaran", "Security Practice Lead", "moyelaran")
GP_AZ = person(GRANITE, "Kevin Tran", "Azure Solutions Architect", "ktran")
TC_PM = person(THAMES, "Oliver Pritchard", "Project Manager", "oliver.pritchard")
TC_LEAD = person(THAMES, "Priya Raman", "Modern Work Practice Lead", "priya.raman")
RW_PM = person(RHEINWERK, "Katrin Böhm", "Projektleiterin / Project Manager", "k.boehm")
RW_SEC = person(RHEINWERK, "Jonas Albers", "Security Consultant", "j.albers")
LN_PM = person(LUMIERE, "Camille Ferrand", "Cheffe de projet / Project Manager", "c.ferrand")
LN_CONS = person(LUMIERE, "Hugo Marchetti", "Consultant Modern Work", "h.marchetti")
KC_PM = person(KAVERI, "Divya Narayanan", "Engagement Manager", "divya.n")
KC_AM = person(KAVERI, "Arjun Rao", "Partner Programs Lead", "arjun.rao")
IS_PM = person(IPE, "Fernanda Kowalski", "Gerente de Projetos / Project Manager", "fernanda.kowalski")
IS_BA = person(IPE, "Thiago Moreira", "Consultor Dynamics 365", "thiago.moreira")
HS_PM = person(HOSHIZORA, "Aiko Nakamura", "Project Manager", "a.nakamura")
HS_ARCH = person(HOSHIZORA, "Ren Takahashi", "Cloud Architect", "r.takahashi")
WS_SOC = person(WATTLE, "Declan Murray", "SOC Service Manager", "declan.murray")
WS_PM = person(WATTLE, "Jasmine Okafor", "Security Project Manager", "jasmine.okafor")
BG_AM = person(BLUEGUM, "Craig Dawson", "Account Director", "craig.dawson")
BG_PM = person(BLUEGUM, "Sophie Nguyen", "Project Lead", "sophie.nguyen")
CS_LEAD = person(CUYAHOGA, "Nathan Brooks", "Public Sector Practice Lead", "nbrooks")
CS_SOC = person(CUYAHOGA, "Teresa Kowal", "SOC Manager", "tkowal")
MN_PM = person(MESETA, "Sergio Calvo", "Jefe de Proyecto / Project Manager", "sergio.calvo")
MN_BA = person(MESETA, "Lucía Herrero", "Consultora Dynamics 365", "lucia.herrero")


def signature_lines(p: Person, extra: str = "") -> str:
    """A customer's own e-mail signature."""
    return f"{p.name}\n{p.title}\n{p.org.name}" + (f"\n{extra}" if extra else "")


def sig_page(pdf: bytes, marker: str) -> int:
    return g.page_of(pdf, marker)


def scanned_signoff(
    pdf: bytes,
    marker: str,
    inks_for_page: Any,
    seed: str,
    when: dt.datetime,
    m: Meta,
    **kw: Any,
) -> bytes:
    """Print the sign-off page of a digital report, sign it by hand, scan it and put it back."""
    page = sig_page(pdf, marker)
    return g.with_scanned_pages(pdf, [page], inks_for_page(page), seed, when, m, **kw)


# --------------------------------------------------------------------------------------------------------------
# partners' own templates, each used for several customers (boilerplate, not evidence)
# --------------------------------------------------------------------------------------------------------------

GRANITE_INTRO = (
    "Granite Peak closes every engagement with a Delivery Summary: what was in scope, what we delivered, the figures "
    "measured in the customer's tenant on the date of this summary, the schedule we kept, and the customer's sign-off. "
    "Granite Peak IT Services is a Microsoft Solutions Partner for Modern Work, Security and Azure."
)
GRANITE_FOOTER = "Granite Peak IT Services Inc. · 1700 Lincoln St, Suite 2150, Denver CO 80202 · Confidential"


def granite_summary(
    cust: Org,
    ref: str,
    day: dt.date,
    overview: str,
    delivered: Sequence[tuple[str, str, str]],
    numbers: Sequence[tuple[str, str, str]],
    schedule: Sequence[tuple[str, str, str]],
    seed: str,
    *,
    parties: Sequence[Party] = (),
    accepted_by_mail: str = "",
    engagement_name: str = "",
) -> bytes:
    """Granite Peak IT's Delivery Summary (one template for all its customers)."""
    cover = f"""
<p class="muted" style="margin-top:30pt">DELIVERY SUMMARY</p>
<h1 style="font-size:22pt">{escape(cust.name)}</h1>
<p style="font-size:12pt">{escape(engagement_name or overview.split(".")[0])}</p>
{
        kv(
            [
                ("Reference", ref),
                ("Date", g.fdate(day, "us_long")),
                ("Prepared by", f"{escape(GRANITE.name)}"),
                ("Customer", escape(cust.name)),
            ]
        )
    }
<h2>How to read this summary</h2><p>{GRANITE_INTRO}</p>
<h2>1. Engagement overview</h2><p>{overview}</p>
"""
    body = f"""
<h2>2. What we delivered</h2>
{grid(["Workload", "Delivered", "Status"], delivered, [20, 64, 16])}
<h2>3. By the numbers</h2>
{grid(["Measure", "At start", "At close"], numbers, [56, 22, 22])}
<h2>4. Schedule</h2>
{grid(["Phase", "Dates", "Work"], schedule, [16, 28, 56])}
"""
    accept = "<h2>5. Customer sign-off</h2>"
    if accepted_by_mail:
        accept += f"<p>{accepted_by_mail}</p>"
    else:
        accept += g.signoff(
            "columns",
            parties,
            heading="",
            statement=f"{escape(cust.name)} confirms that {escape(GRANITE.name)} delivered the work described in "
            f"Delivery Summary {escape(ref)} and accepts it.",
            labels=("Name", "Title", "Signed", "Date"),
        )
    return g.report_pdf(
        GRANITE,
        [cover + body, accept],
        meta(f"{cust.short} – Delivery Summary {ref}", GP_PM.name, T(day.year, day.month, day.day, 15, 10, -6)),
        seed,
        right=f"Delivery Summary · {ref}",
        footer=GRANITE_FOOTER,
        size=g.LETTER,
    )


def granite_inks(parties: Sequence[Party], date_text: str, page: int, partner_date: str = "") -> list[Ink]:
    labels = ("Name", "Title", "Signed", "Date")
    return [
        *g.sign_inks("columns", parties[0], 0, date_text, labels=labels, page=page),
        *g.sign_inks("columns", parties[1], 1, partner_date or date_text, labels=labels, color=g.INK_BLACK, page=page),
    ]


THAMES_NOTE = (
    "This certificate records that the services below have been taken into live use at the end of hypercare. By "
    "signing, the customer confirms go-live and the handover of day-to-day administration to its own IT team. "
    "Thameside Cloud Ltd issues one certificate per project."
)
TC_LABELS = ("Name", "Position", "Signature", "Date signed")


def thames_certificate(
    cust: Org,
    ref: str,
    golive: dt.date,
    hypercare: str,
    items: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    notes: str = "",
) -> bytes:
    """Thameside Cloud's Go-Live Certificate (the same form for every customer)."""
    html = f"""
<h1 style="text-align:center">Go-Live Certificate</h1>
<p style="text-align:center" class="muted">{THAMES_NOTE}</p>
{
        kv(
            [
                ("Certificate no.", ref),
                ("Customer", escape(cust.name)),
                ("Customer address", escape(cust.address)),
                ("Delivery partner", escape(THAMES.name)),
                ("Go-live", g.fdate(golive, "gb_long")),
                ("Hypercare", hypercare),
            ]
        )
    }
<h2>Services taken live</h2>
{grid(["Service", "What went live", "Users / devices"], items, [20, 60, 20])}
{f"<p>{notes}</p>" if notes else ""}
""" + g.signoff(
        "columns",
        parties,
        heading="Sign-off",
        statement=f"{escape(cust.name)} confirms that the services above went live as described and were delivered "
        f"by {escape(THAMES.name)}.",
        labels=TC_LABELS,
        company_label="Organisation",
    )
    return g.html_pdf(
        html,
        meta(f"Go-Live Certificate {ref}", TC_PM.name, T(golive.year, golive.month, golive.day, 11, 0, 0)),
        seed,
        style=css(THAMES.color, size=9),
        decor=g.Decor(
            THAMES,
            right=f"Go-Live Certificate · {ref}",
            footer=escape(THAMES.name + " · " + THAMES.reg),
            accent=THAMES.color,
        ),
    )


def thames_inks(parties: Sequence[Party], dates: Sequence[str], page: int | None = None) -> list[Ink]:
    out: list[Ink] = []
    for k, (party, day) in enumerate(zip(parties, dates, strict=True)):
        color = g.INK_BLACK if party.org == THAMES.name else g.INK_BLUE
        out += g.sign_inks("columns", party, k, day, labels=TC_LABELS, color=color, page=page)
    return out


RW_LABELS = ("Name", "Funktion / Role", "Unterschrift / Signature", "Datum / Date")
RW_FOOTER = (
    "Rheinwerk Digital GmbH · Hohenzollernring 72 · 50667 Köln · HRB 99314 · "
    "Ein Unternehmen der Rhein-Ruhr Handelsgruppe AG"
)


def rheinwerk_protocol(
    cust: Org,
    ref: str,
    day: dt.date,
    period: str,
    rows: Sequence[tuple[str, str]],
    appendix: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    sign_note: str = "",
) -> bytes:
    """Rheinwerk Digital's bilingual acceptance record (Abnahmeprotokoll): German and English side by side."""
    page1 = f"""
<h1>Abnahmeprotokoll / Acceptance Record</h1>
{
        kv(
            [
                ("Auftraggeber / Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Auftragnehmer / Contractor", escape(RHEINWERK.name) + ", " + escape(RHEINWERK.address)),
                ("Projekt / Project", ref),
                ("Zeitraum / Period", period),
            ]
        )
    }
{grid(["Deutsch", "English"], rows, [50, 50])}
"""
    page2 = f"""
<h2>Technische Anlage / Technical appendix</h2>
{grid(["Bereich / Area", "Umsetzung / Implementation", "Umfang / Volume"], appendix, [22, 58, 20])}
<p><b>Abnahme:</b> Der Auftraggeber bestätigt, dass die oben genannten Leistungen von {escape(RHEINWERK.name)} erbracht
wurden, und nimmt sie hiermit ab.<br/><b>Acceptance:</b> The customer confirms that the services above were delivered
by {escape(RHEINWERK.name)} and hereby accepts them.</p>
{f"<p>{sign_note}</p>" if sign_note else ""}
""" + g.signoff("columns", parties, heading="Abnahme / Sign-off", labels=RW_LABELS, company_label="Firma / Company")
    return g.html_pdf(
        [page1, page2],
        meta(f"Abnahmeprotokoll {cust.short}", RW_PM.name, T(day.year, day.month, day.day, 9, 30, 1)),
        seed,
        style=css(RHEINWERK.color, size=9),
        decor=g.Decor(RHEINWERK, right=f"Abnahmeprotokoll · {ref}", footer=escape(RW_FOOTER), accent=RHEINWERK.color),
    )


LN_INTRO = (
    "Lumière Numérique records every steering committee and workshop in the same minutes format: attendees, the "
    "points discussed with the decision taken on each, and the actions with an owner and a due date. Minutes are "
    "sent to all attendees within two working days."
)


def lumiere_minutes(
    cust: Org,
    ref: str,
    day: dt.date,
    title: str,
    attendees: Sequence[tuple[str, str, str]],
    items: Sequence[tuple[str, str, str]],
    actions: Sequence[tuple[str, str, str]],
    seed: str,
    *,
    french_only: bool = False,
    signoff_parties: Sequence[Party] = (),
) -> bytes:
    """Lumière Numérique's meeting minutes (bilingual headings, English content; or French throughout)."""
    if french_only:
        head = ("Compte rendu", "Participants", "Points abordés", "Relevé de décisions", "Actions")
        cols = (["Nom", "Organisation", "Fonction"], ["Sujet", "Discussion", "Décision"], ["Action", "Qui", "Échéance"])
        intro = (
            "Lumière Numérique consigne chaque comité de pilotage et chaque atelier dans le même format : "
            "participants, "
            "points abordés et décision prise, actions avec responsable et échéance."
        )
    else:
        head = (
            "Compte rendu / Minutes",
            "Participants / Attendees",
            "Points abordés / Items discussed",
            "Décisions / Decisions",
            "Actions",
        )
        cols = (
            ["Name", "Organisation", "Role"],
            ["Topic", "Discussion", "Decision"],
            ["Action", "Owner", "Due"],
        )
        intro = LN_INTRO
    html = f"""
<h1>{head[0]}</h1>
<p style="font-size:12pt">{escape(title)}</p>
{
        kv(
            [
                ("Client / Customer" if not french_only else "Client", escape(cust.name)),
                ("Réf. / Ref." if not french_only else "Référence", ref),
                ("Date", g.fdate(day, "gb") if not french_only else g.fdate(day, "fr_long")),
                ("Rédigé par / Written by" if not french_only else "Rédigé par", escape(LN_PM.name)),
            ]
        )
    }
<p class="small">{intro}</p>
<h2>{head[1]}</h2>{grid(cols[0], attendees, [30, 38, 32])}
<h2>{head[2]}</h2>{grid(cols[1], items, [18, 56, 26])}
<h2>{head[4]}</h2>{grid(cols[2], actions, [56, 24, 20])}
"""
    parts = [html]
    if signoff_parties:
        labels = ("Nom / Name", "Fonction / Role", "Visa / Signature", "Date")
        parts.append(
            g.signoff(
                "columns",
                signoff_parties,
                heading="Validation du compte rendu / Approval of the minutes",
                labels=labels,
                company_label="Société / Company",
            )
        )
    return g.report_pdf(
        LUMIERE,
        parts,
        meta(f"CR {ref} {cust.short}", LN_PM.name, T(day.year, day.month, day.day, 18, 0, 1)),
        seed,
        right=f"{head[0]} · {ref}",
        footer="Lumière Numérique SAS · 18 quai Jules Courmont, 69002 Lyon · " + escape(LUMIERE.reg),
    )


def findings_pdf(
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


KAVERI_METHOD = (
    "Every Kaveri Cloudtech workshop report follows the same structure: the customer's situation as found, what we "
    "showed and tried in the customer's own tenant, the recommendations agreed with the participants, and a dated "
    "plan. Numbers are the customer's, collected during the workshop."
)


def kaveri_report(
    cust: Org,
    title: str,
    facts: Sequence[tuple[str, str]],
    situation: str,
    shown: Sequence[str],
    plan: Sequence[tuple[str, str, str]],
    when: dt.datetime,
    seed: str,
) -> bytes:
    """Kaveri Cloudtech's workshop report template (one structure for every customer)."""
    return findings_pdf(
        KAVERI,
        title,
        facts,
        [
            ("About this report", f"<p class='small'>{KAVERI_METHOD}</p>"),
            ("1. Situation as found", f"<p>{situation}</p>"),
            ("2. What we showed and tried", ul(list(shown))),
            ("3. Recommendations and plan", grid(["Step", "Scope", "When"], plan, [16, 62, 22])),
        ],
        when,
        KC_PM.name,
        seed,
        right="Workshop Report",
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


def crop_from_scan(scan: bytes, page: int, box: tuple[float, float, float, float], dpi: int) -> bytes:
    """Cut a rectangle (PDF points of the unscanned page) out of a scanned page image, as a copier would."""
    import io

    from PIL import Image

    with pymupdf.open("pdf", scan) as sc:
        xref = sc[page].get_images()[0][0]
        img = Image.open(io.BytesIO(sc.extract_image(xref)["image"]))
        img.load()
    k = dpi / 72.0
    x0, y0, x1, y1 = box
    return g.png(img.crop((int(x0 * k), int(y0 * k), int(x1 * k), int(y1 * k))).convert("RGB"))


def cpor(cid: str, **kw: Any) -> dict[str, Any]:
    """A CPOR claim (usage unless told otherwise)."""
    kw.setdefault("program", "cpor")
    kw.setdefault("kind", "usage")
    return g.make_claim(cid, **kw)


# --------------------------------------------------------------------------------------------------------------
# Granite Peak IT (US): one Delivery Summary template, several customers; a copied summary; an MSA with a review
# --------------------------------------------------------------------------------------------------------------

ARKVALLEY = Org(
    "Arkansas Valley Seed Co.",
    "Arkansas Valley Seed",
    "arkvalleyseed.com",
    "US",
    "Rocky Ford, CO 81067",
    "410 N Main St",
    "#795548",
)
ARK_OPS = person(ARKVALLEY, "Dwayne Ortega", "Operations & IT Manager", "dortega")
ARK_OVERVIEW = (
    "Granite Peak brought {name}'s 412 Windows laptops and shop-floor PCs at the Rocky Ford seed-cleaning plant, the "
    "La Junta warehouse and two grower-service offices under Microsoft Intune, and onboarded them with 9 servers to "
    "Microsoft Defender for Endpoint, replacing a hosted antivirus console whose contract lapsed in January 2026."
)
ARK_DELIVERED = [
    (
        "Intune",
        "Autopilot for 96 replacement laptops, enrollment of 316 existing devices, compliance policies (BitLocker, OS "
        "version, Defender status), Windows Update rings in three waves, kiosk profile for the 22 seed-lab PCs",
        "Live",
    ),
    (
        "Defender for Endpoint",
        "Onboarding of 412 devices and 9 servers (incl. the seed-lab LIMS server), attack surface reduction rules in "
        "block mode, EDR in block mode, device groups per site, alerts routed to the IT on-call mailbox",
        "Live",
    ),
]
ARK_NUMBERS = [
    ("Devices enrolled in Intune", "0", "412"),
    ("Devices + servers onboarded to Defender for Endpoint", "0", "421"),
    ("Compliant devices", "–", "96.4%"),
    ("Hosted antivirus agents remaining", "388", "0"),
]
ARK_SCHEDULE = [
    ("Discover", "12/01/2025 – 12/12/2025", "Device inventory at 4 sites, grower-office connectivity check"),
    ("Build", "12/15/2025 – 01/16/2026", "Intune configuration, MDE onboarding package, ASR rules in audit"),
    ("Pilot", "01/19/2026 – 01/30/2026", "IT and the La Junta warehouse (48 devices)"),
    ("Rollout", "02/02/2026 – 02/27/2026", "Rocky Ford plant and seed lab, grower-service offices"),
    ("Close", "03/02/2026 – 03/06/2026", "ASR to block mode, admin training (3 sessions)"),
]


def s497_001_arkansas_valley_signed_summary() -> Bundle:
    cid = "4971001"
    parties = [
        Party("Customer", ARKVALLEY.name, ARK_OPS.name, ARK_OPS.title),
        Party("Partner", GRANITE.name, GP_SEC.name, GP_SEC.title),
    ]
    report = granite_summary(
        ARKVALLEY,
        "GPIT-DS-2026-014",
        D(2026, 3, 6),
        ARK_OVERVIEW.format(name="Arkansas Valley Seed"),
        ARK_DELIVERED,
        ARK_NUMBERS,
        ARK_SCHEDULE,
        f"{cid}|ds",
        parties=parties,
        engagement_name="Intune and Defender for Endpoint rollout",
    )
    signed = scanned_signoff(
        report,
        "5. Customer sign-off",
        lambda page: granite_inks(parties, "03/11/2026", page, "3/11/26"),
        f"{cid}|scan",
        T(2026, 3, 11, 14, 5, -6),
        meta("Arkansas Valley Seed – Delivery Summary (signed)", GP_SEC.name, T(2026, 3, 12, 8, 30, -6)),
        dpi=150,
        skew=0.35,
    )
    name = "Arkansas Valley Seed - Delivery Summary GPIT-DS-2026-014 signed.pdf"
    claim = cpor(
        cid,
        area="Security",
        partner=GRANITE,
        pc=GP_SEC,
        cust=ARKVALLEY,
        cc=ARK_OPS,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 8, 10, 20, -6),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_arkansas_valley_signed_delivery_summary",
        claim,
        {name: signed},
        "approve",
        "Granite Peak's Delivery Summary for this seed company: 412 devices in Intune, 421 devices and servers in "
        "Defender for Endpoint, site names, phases with dates, and a sign-off page printed, signed by the customer's "
        "Operations & IT Manager and scanned back in. US customer and partner: '03/11/2026' is March 11, 2026, four "
        "weeks before submission (either reading is well inside 12 months). The summary template (intro, headings, "
        "sign-off wording) is shared with Granite's other claims: boilerplate. Claim 4971003 later reuses this "
        "summary's figures and narrative for another customer: this claim holds the original (its own sites, signed "
        "first, submitted first).",
        "Scanned page '5. Customer sign-off': signature of Dwayne Ortega, '03/11/2026'; section 3: 412 / 421 devices.",
        g.cpor_ok(),
    )


def s497_002_bents_fort_iphone_reply_acronym() -> Bundle:
    cid = "4971002"
    cust = Org(
        "Bent's Fort Outfitters, Inc.",
        "Bent's Fort",
        "bentsfort.com",
        "US",
        "Pueblo, CO 81003",
        "215 S Union Ave",
        "#8d6e63",
    )
    cc = person(cust, "Lacey Whitehorse", "Office & IT Manager", "lwhitehorse")
    report = granite_summary(
        cust,
        "GPIT-DS-2026-022",
        D(2026, 5, 29),
        "Granite Peak moved Bent's Fort Outfitters from Google Workspace to Microsoft 365: 138 mailboxes and 6 shared "
        "mailboxes to Exchange Online, and Microsoft Teams for the staff of the 5 stores, the Pueblo warehouse and "
        "the head office. Cutover weekend: May 16–17, 2026.",
        [
            (
                "Exchange Online",
                "Migration of 138 user mailboxes (9.4 years of mail, 1.2 TB) and 6 shared mailboxes (orders, returns, "
                "wholesale, HR, accounts payable, guide bookings) from Google Workspace; MX cutover; DKIM/DMARC; "
                "retention policy of 7 years for accounts payable",
                "Live",
            ),
            (
                "Teams",
                "Teams for 138 staff: one team per store, a warehouse team with a shift channel, a guides team for "
                "the river-trip season; Teams meetings replacing Google Meet; calendar delegation for store managers",
                "Live",
            ),
        ],
        [
            ("Mailboxes on Exchange Online", "0", "144"),
            ("Staff active in Teams (week after cutover)", "0", "131 of 138"),
            ("Google Workspace licences", "142", "0 (cancelled May 31)"),
        ],
        [
            ("Discover", "03/23/2026 – 04/03/2026", "Mailbox sizes, shared inbox use, store staffing"),
            ("Build", "04/06/2026 – 04/30/2026", "Tenant, migration batches, Teams structure"),
            ("Migrate", "05/04/2026 – 05/17/2026", "Pre-stage mail, cutover weekend May 16–17"),
            ("Adopt", "05/18/2026 – 05/29/2026", "Store visits, 6 Teams sessions, Google cancellation"),
        ],
        f"{cid}|ds",
        accepted_by_mail="Acceptance was given by e-mail by Bent's Fort's Office &amp; IT Manager (uploaded with this "
        "summary).",
        engagement_name="Google Workspace to Microsoft 365 migration",
    )
    m1 = Mail(
        GP_PM,
        [cc],
        "Bent's Fort – M365 migration: delivery summary for sign-off",
        T(2026, 6, 1, 9, 12, -6),
        "Hi Lacey,\n\nAttached is the delivery summary for the move to Microsoft 365. Headline numbers: 138 user "
        "mailboxes and 6 shared mailboxes on Exchange Online, Teams for all 138 staff, Google Workspace licences "
        "cancelled on May 31.\n\nCould you reply to confirm Bent's Fort accepts the migration?\n\nThanks,\nHeather\n\n"
        + g.footer_block(GP_PM),
        attachments=[("BFO_Delivery_Summary_GPIT-DS-2026-022.pdf", report)],
    )
    m2 = Mail(
        cc,
        [GP_PM],
        "Re: Bent's Fort – M365 migration: delivery summary for sign-off",
        T(2026, 6, 3, 7, 48, -6),
        "Hi Heather,\n\nLooks right to me. All 138 of us are on Outlook and Teams, the 6 shared boxes work (returns "
        "and "
        "guide bookings were the ones we worried about) and Google is cancelled as of May 31. The river guides are "
        "already using their Teams channel for trip rosters.\n\nBFO accepts the migration as delivered. Thanks for "
        "the weekend cutover!\n\nLacey\n\nSent from my iPhone",
        quoted=m1,
        style="apple",
        mailer="iPhone Mail (21F90)",
    )
    files = {
        "BFO_Delivery_Summary_GPIT-DS-2026-022.pdf": report,
        "Re_ Bent's Fort – M365 migration delivery summary.eml": g.eml(m2),
    }
    claim = cpor(
        cid,
        area="Modern Work",
        partner=GRANITE,
        pc=GP_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 6, 24, 13, 40, -6),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_bents_fort_iphone_reply_with_acronym",
        claim,
        files,
        "approve",
        "The acceptance is a reply from the customer's Office & IT Manager, sent from her iPhone at bentsfort.com on "
        "June 3, 2026, with Granite's request quoted below it. She writes the company as 'BFO' and signs only 'Lacey' "
        "(no company signature on a phone), but the sender domain is the claim's, the quoted request names Bent's "
        "Fort, and she restates the numbers (138 users, 6 shared mailboxes, Google cancelled May 31) and accepts "
        "the migration. The delivery summary gives the detail per workload with dates. Template text shared with "
        "Granite's other claims: boilerplate.",
        "Reply from lwhitehorse@bentsfort.com, 3 Jun 2026: 'BFO accepts the migration as delivered.'",
        g.cpor_ok(email_ack=True),
    )


def s497_003_cache_la_poudre_copied_summary() -> Bundle:
    cid = "4971003"
    cust = Org(
        "Cache la Poudre Brewing Company",
        "Cache la Poudre Brewing",
        "cachelapoudrebrew.com",
        "US",
        "Fort Collins, CO 80524",
        "1020 Linden St",
        "#f9a825",
    )
    cc = person(cust, "Megan Albright", "Director of Brewery Operations", "malbright")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", GRANITE.name, GP_SEC.name, GP_SEC.title),
    ]
    report = granite_summary(
        cust,
        "GPIT-DS-2026-031",
        D(2026, 5, 15),
        ARK_OVERVIEW.format(name="Cache la Poudre Brewing"),
        ARK_DELIVERED,
        ARK_NUMBERS,
        [
            ("Discover", "02/02/2026 – 02/13/2026", "Device inventory at 4 sites, grower-office connectivity check"),
            ("Build", "02/16/2026 – 03/13/2026", "Intune configuration, MDE onboarding package, ASR rules in audit"),
            ("Pilot", "03/16/2026 – 03/27/2026", "IT and the La Junta warehouse (48 devices)"),
            ("Rollout", "03/30/2026 – 05/08/2026", "Rocky Ford plant and seed lab, grower-service offices"),
            ("Close", "05/11/2026 – 05/15/2026", "ASR to block mode, admin training (3 sessions)"),
        ],
        f"{cid}|ds",
        parties=parties,
        engagement_name="Intune and Defender for Endpoint rollout",
    )
    signed = scanned_signoff(
        report,
        "5. Customer sign-off",
        lambda page: granite_inks(parties, "05/20/2026", page, "5/20/26"),
        f"{cid}|scan",
        T(2026, 5, 20, 16, 40, -6),
        meta("Cache la Poudre – Delivery Summary (signed)", GP_SEC.name, T(2026, 5, 21, 9, 0, -6)),
        dpi=150,
        skew=-0.4,
    )
    name = "Cache la Poudre Brewing - Delivery Summary GPIT-DS-2026-031 signed.pdf"
    claim = cpor(
        cid,
        area="Security",
        partner=GRANITE,
        pc=GP_SEC,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 6, 2, 11, 5, -6),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_cache_la_poudre_summary_copies_other_customer",
        claim,
        {name: signed},
        "action_required",
        "This brewery's signed Delivery Summary repeats, word for word and figure for figure, the overview, delivered "
        "work and numbers of claim 4971001's summary for Arkansas Valley Seed: '412 Windows laptops and shop-floor PCs "
        "at the Rocky Ford seed-cleaning plant, the La Junta warehouse and two grower-service offices', 22 seed-lab "
        "PCs, the seed-lab LIMS server – places and systems a brewery in Fort Collins does not have. Only the customer "
        "name and the schedule dates were changed. 4971001 holds the original (signed March 11, submitted first). "
        "The detail says nothing true about this customer's work, so the activity detail is not evidence for this "
        "claim; the partner must provide POE describing what was done at Cache la Poudre.",
        "Section 1: '…Cache la Poudre Brewing's 412 Windows laptops and shop-floor PCs at the Rocky Ford seed-cleaning "
        "plant, the La Junta warehouse…' – identical to 4971001's summary.",
        {
            "reused_evidence": "fail",
            "activity_detail": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "ineligible_customer": "pass",
        },
    )


def s497_004_front_range_dental_generic_letter() -> Bundle:
    cid = "4971004"
    cust = Org(
        "Front Range Dental Partners, PLLC",
        "Front Range Dental",
        "frontrangedental.com",
        "US",
        "Colorado Springs, CO 80903",
        "102 N Cascade Ave, Suite 400",
        "#00838f",
    )
    cc = person(cust, "Rosa Delgado", "Practice Administrator", "rdelgado")
    html = f"""
<p style="margin-top:10pt">{g.fdate(D(2026, 2, 16), "us_long")}</p>
<p><b>To whom it may concern</b></p>
<h1 style="font-size:15pt">Customer Confirmation – Microsoft 365 Services</h1>
<p>This letter confirms that {escape(GRANITE.name)} is the Microsoft partner of {escape(cust.name)} and provides the
following services to our practice:</p>
{
        ul(
            [
                "Microsoft 365 deployment and setup",
                "License assignment and user onboarding",
                "Security configuration (Intune, Defender)",
                "Testing",
                "Ongoing support and remediation",
                "User training and adoption materials",
            ]
        )
    }
<p>Engagement period: ongoing.</p>
<p>We are satisfied with the services provided and agree that Granite Peak IT Services will be our partner on
Microsoft 365 and security solutions.</p>
<p style="margin-top:18pt">For {escape(cust.name)}:</p>
{fields([("Signature", "", 40), ("Name", escape(cc.name), 16), ("Title", escape(cc.title), 16), ("Date", "", 18)])}
"""
    pdf = g.html_pdf(
        html,
        meta("Customer Confirmation Letter", GP_SEC.name, T(2026, 2, 16, 10, 0, -7)),
        f"{cid}|letter",
        style=css(GRANITE.color, size=10),
        decor=g.Decor(GRANITE, footer=escape(GRANITE_FOOTER), numbers="", accent=GRANITE.color),
    )
    scan = g.scan_pdf(
        pdf,
        [
            Ink("Signature", "sig", cc.name, dx=150, dy=4, h=30),
            Ink("Date", "hand", "2/17/2026", dx=150, dy=2, h=13),
        ],
        f"{cid}|scan",
        T(2026, 2, 17, 12, 0, -7),
        dpi=150,
        skew=0.6,
    )
    name = "Front Range Dental - Customer Confirmation (signed).pdf"
    claim = cpor(
        cid,
        area="Security",
        partner=GRANITE,
        pc=GP_SEC,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 3, 4, 9, 15, -7),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_front_range_dental_generic_confirmation",
        claim,
        {name: scan},
        "action_required",
        "A signed, dated (2/17/2026) letter from the customer's practice administrator – but all it says is a list of "
        "high-level tasks: 'deployment and setup', 'security configuration (Intune, Defender)', 'testing', 'ongoing "
        "support', 'user training', with an 'ongoing' engagement period. No users or devices, no timeline, no "
        "description of what was configured in Intune or Defender for Endpoint. The guide lists exactly this as "
        "insufficient material; the partner must add POE that states the activities in detail.",
        "Letter bullets: 'Testing', 'Ongoing support and remediation'; 'Engagement period: ongoing'.",
        {
            "activity_detail": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "partner_customer_names": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_005_platte_river_msa_with_quarterly_review() -> Bundle:
    cid = "4971005"
    cust = Org(
        "Platte River Federal Credit Union",
        "Platte River FCU",
        "platteriverfcu.org",
        "US",
        "Casper, WY 82601",
        "300 E 2nd St",
        "#1565c0",
    )
    cc = person(cust, "Janelle Whitaker", "VP, Information Technology", "jwhitaker")
    cfo = person(cust, "Robert Lasky", "Chief Financial Officer", "rlasky")
    msa_terms = """
<h1>Master Services Agreement</h1>
<p>This Master Services Agreement ("Agreement") is entered into as of September 14, 2023 by and between
<b>Granite Peak IT Services Inc.</b>, 1700 Lincoln St, Suite 2150, Denver CO 80202 ("Provider") and <b>Platte River
Federal Credit Union</b>, 300 E 2nd St, Casper WY 82601 ("Client").</p>
<h2>1. Services</h2><p>Provider will perform the services described in one or more Service Schedules executed under
this Agreement. Each Service Schedule sets out the scope, service levels and fees of the services it covers.</p>
<h2>2. Term</h2><p>The Agreement has an initial term of three (3) years and renews for successive one-year terms unless
either party gives ninety (90) days' written notice.</p>
<h2>3. Fees and payment</h2><p>Fees are set out in each Service Schedule and are invoiced monthly in arrears, payable
within thirty (30) days.</p>
<h2>4. Confidentiality</h2><p>Each party will protect the other party's confidential information with at least the
care it uses for its own, and in any case reasonable care, including member data subject to the Gramm-Leach-Bliley
Act.</p>
<h2>5. Limitation of liability</h2><p>Except for breaches of confidentiality, neither party's liability will exceed
the fees paid in the twelve (12) months preceding the claim.</p>
<h2>6. Governing law</h2><p>This Agreement is governed by the laws of the State of Wyoming.</p>
"""
    parties = [
        Party("Client", cust.name, cfo.name, cfo.title),
        Party("Provider", GRANITE.name, "Daniel Harcourt", "President"),
    ]
    msa_sig = g.signoff(
        "lines",
        parties,
        heading="Signatures",
        statement="IN WITNESS WHEREOF the parties have executed this Agreement as of the date first written above.",
    )
    msa = g.html_pdf(
        [msa_terms, msa_sig],
        meta("MSA Granite Peak - Platte River FCU", "Daniel Harcourt", T(2023, 9, 12, 10, 0, -6)),
        f"{cid}|msa",
        style=css(GRANITE.color, family="serif", size=10),
        decor=g.Decor(GRANITE, footer="MSA GPIT-2023-077 · Confidential", accent=GRANITE.color),
    )
    msa_scan = g.scan_pdf(
        msa,
        [
            *g.sign_inks("lines", parties[0], 0, "9/14/23"),
            *g.sign_inks("lines", parties[1], 1, "9/14/23", color=g.INK_BLACK),
        ],
        f"{cid}|msas",
        T(2023, 9, 14, 15, 0, -6),
        dpi=120,
        skew=0.5,
    )
    deck = g.slides_pdf(
        GRANITE,
        [
            (
                "Q4 2025 Quarterly Service Review – Platte River FCU",
                "<p>Managed security services under Service Schedule SS-02 (Defender for Endpoint and Defender for "
                "Office 365)</p><p>Review meeting: January 29, 2026, Casper branch office and Teams</p>"
                "<p>Attendees: Janelle Whitaker (VP IT), Carl Mendes (IT Security Analyst), Marcus Oyelaran and "
                "Heather Lindgren (Granite Peak)</p>",
            ),
            (
                "Defender for Endpoint – Q4 2025",
                ul(
                    [
                        "486 devices onboarded (11 branches, operations center, 38 teller workstations in kiosk mode)",
                        "214 alerts triaged, 9 incidents investigated; 1 confirmed (malicious browser extension on 3 "
                        "devices, contained in 22 minutes)",
                        "ASR rule for Office child processes moved from audit to block on November 18, 2025",
                        "Exposure score 38 → 27 after patching the check-imaging workstations",
                    ]
                ),
            ),
            (
                "Defender for Office 365 – Q4 2025",
                ul(
                    [
                        "410 mailboxes protected (Plan 2); Safe Links and Safe Attachments for all users",
                        "3 attack-simulation campaigns (1,230 messages); click rate 11.2% → 4.6%",
                        "Impersonation protection added for the CEO, CFO and 6 loan officers",
                        "64 user-reported phishing messages handled; 2 tenant block-list updates",
                    ]
                ),
            ),
            (
                "Q1 2026 plan",
                ul(
                    [
                        "Device control for USB storage on teller workstations (February)",
                        "Automated investigation to full remediation for low-severity alerts (March)",
                        "Next review: April 2026",
                    ]
                ),
            ),
        ],
        meta("Q4 2025 QSR Platte River FCU", GP_SEC.name, T(2026, 1, 28, 17, 0, -7), g.PPT),
        f"{cid}|deck",
        footer="Granite Peak IT Services · Quarterly Service Review · Confidential",
    )
    m1 = Mail(
        GP_SEC,
        [cc],
        "Q4 2025 Quarterly Service Review – deck and minutes",
        T(2026, 1, 30, 9, 0, -7),
        "Hi Janelle,\n\nThanks for your time yesterday. The deck is attached; the Q1 actions are on the last slide. "
        "Please let me know if the figures match what you see on your side.\n\nBest,\nMarcus\n\n"
        + g.footer_block(GP_SEC),
        attachments=[("Platte River FCU - Q4 2025 QSR.pdf", deck)],
    )
    m2 = Mail(
        cc,
        [GP_SEC],
        "RE: Q4 2025 Quarterly Service Review – deck and minutes",
        T(2026, 2, 3, 11, 26, -7),
        "Marcus,\n\nThe figures match our consoles (486 devices in Defender for Endpoint, 410 mailboxes on Defender "
        "for Office 365 P2, click rate down to 4.6%). I'm confirming that Granite Peak continues to run our Defender "
        "for Endpoint and Defender for Office 365 under Service Schedule SS-02 of our MSA, and we agree with the Q1 "
        "plan – go ahead with USB device control on the teller workstations in February.\n\nThanks,\n"
        + signature_lines(cc, "300 E 2nd St, Casper WY 82601"),
        quoted=m1,
    )
    files = {
        "MSA_GPIT-2023-077_Platte_River_FCU_executed.pdf": msa_scan,
        "Platte River FCU - Q4 2025 QSR.pdf": deck,
        "RE_ Q4 2025 Quarterly Service Review.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        area="Security",
        partner=GRANITE,
        pc=GP_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 2, 18, 15, 30, -7),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_platte_river_msa_with_recent_service_review",
        claim,
        files,
        "approve",
        "The executed 2023 MSA would not count on its own, but the guide only excludes MSAs 'that do not contain "
        "recent "
        "documentation proving the engagement'. Here it comes with the Q4 2025 service review deck (486 devices in "
        "Defender for Endpoint, 410 mailboxes on Defender for Office 365, incidents, ASR changes, phishing campaigns) "
        "and the VP IT's reply of February 3, 2026 from platteriverfcu.org confirming the figures and that Granite "
        "Peak "
        "continues to run both workloads. Recent, detailed, acknowledged by the customer.",
        "Customer reply 2026-02-03: 'I'm confirming that Granite Peak continues to run our Defender for Endpoint and "
        "Defender for Office 365 under Service Schedule SS-02 of our MSA'.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Thameside Cloud (UK): one Go-Live Certificate, several customers; a signed page uploaded twice
# --------------------------------------------------------------------------------------------------------------

DEE = Org(
    "Dee Estuary Ferry Company Ltd",
    "Dee Estuary Ferries",
    "deeferries.co.uk",
    "GB",
    "Chester CH1 4LT",
    "Sealand Road Quay",
    "#0277bd",
)
DEE_IT = person(DEE, "Gareth Pryce-Jones", "Head of IT", "gareth.pryce-jones")


def dee_photo() -> bytes:
    """Dee Estuary's go-live certificate, signed on paper and photographed with a phone (uploaded twice)."""
    if "dee" not in _CACHE:
        parties = [
            Party("Customer", DEE.name, DEE_IT.name, DEE_IT.title),
            Party("Delivery partner", THAMES.name, TC_PM.name, TC_PM.title),
        ]
        pdf = thames_certificate(
            DEE,
            "TC-GL-2026-007",
            D(2026, 2, 23),
            "23 February – 3 March 2026",
            [
                (
                    "Teams Phone",
                    "Operator Connect numbers for 164 users ported from the old ISDN30 system, incl. the ticket "
                    "offices "
                    "and the bridge handsets of MV Hilbre and MV Talacre; 3 auto attendants (timetable line, group "
                    "bookings, lost property); 5 call queues; emergency locations for the 3 terminals",
                    "164 users",
                ),
                (
                    "Teams Rooms",
                    "5 Teams Rooms on Windows (Neat Bar + Pad) at the Chester head office and Mostyn terminal, 2 Teams "
                    "Rooms on Android in the crew briefing rooms; room mailboxes and booking rules",
                    "7 rooms",
                ),
            ],
            parties,
            "4971006|cert",
            notes="Open item at go-live: the Mostyn terminal's paging system stays on the analogue line until its "
            "replacement in April 2026.",
        )
        page = g.render(pdf, 110, thames_inks(parties, ["04/03/2026", "04/03/2026"]), "4971006|ink")[0]
        _CACHE["dee"] = g.phone_photo(page, "4971006|photo", T(2026, 3, 4, 16, 10, 0), ("samsung", "SM-S921B"))
    return bytes(_CACHE["dee"])


def s497_006_dee_estuary_photographed_certificate() -> Bundle:
    cid = "4971006"
    name = "IMG_20260304_161012.jpg"
    claim = cpor(
        cid,
        area="Modern Work",
        partner=THAMES,
        pc=TC_PM,
        cust=DEE,
        cc=DEE_IT,
        workloads=["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        submitted=T(2026, 3, 23, 10, 0, 0),
        docs=[(name, "poe")],
        comments=[("partner", T(2026, 3, 23, 9, 58, 0), "Photo of the signed go-live certificate attached.")],
    )
    return Bundle(
        f"{cid}_dee_estuary_photographed_golive_certificate",
        claim,
        {name: dee_photo()},
        "approve",
        "A phone photo (JPEG, taken at an angle on a desk) of Thameside's Go-Live Certificate, signed by hand by the "
        "ferry company's Head of IT and by Thameside's project manager, both dated '04/03/2026' – UK day-first, 4 "
        "March 2026, the day after hypercare ended (printed 23 February – 3 March 2026). A photo of a physically "
        "signed paper document is acceptable. Detail: 164 Teams Phone users ported from ISDN30, 3 auto attendants, 5 "
        "queues, 7 Teams Rooms. The certificate form is shared with Thameside's other claims (boilerplate). The same "
        "photo is uploaded again on claim 4971008 for another customer: this claim holds the original (it names this "
        "customer and was submitted first).",
        "Photo IMG_20260304_161012.jpg: certificate TC-GL-2026-007 for Dee Estuary Ferry Company, signature of Gareth "
        "Pryce-Jones, 'Date signed 04/03/2026'.",
        g.cpor_ok(),
    )


def s497_007_cotswold_stone_docusign_certificate() -> Bundle:
    cid = "4971007"
    cust = Org(
        "Cotswold Stone Merchants Ltd",
        "Cotswold Stone",
        "cotswoldstone.co.uk",
        "GB",
        "Cirencester GL7 1YZ",
        "Love Lane Industrial Estate",
        "#a1887f",
    )
    cc = person(cust, "Harriet Blake", "Finance & IT Director", "harriet.blake")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Delivery partner", THAMES.name, TC_LEAD.name, TC_LEAD.title),
    ]
    pdf = thames_certificate(
        cust,
        "TC-GL-2026-002",
        D(2026, 1, 19),
        "19 – 23 January 2026",
        [
            (
                "Exchange Online",
                "Migration of 88 mailboxes and 4 shared mailboxes (sales, quarry orders, accounts, HR) from a hosted "
                "Exchange 2016 service; MX cutover; mobile access for the 3 quarry sites",
                "92 mailboxes",
            ),
            (
                "SharePoint Online",
                "11 sites replacing the Cirencester file server (640 GB): one per quarry, sales, estimating, health & "
                "safety (with retention of 6 years), finance; OneDrive for all 88 users",
                "11 sites",
            ),
        ],
        parties,
        f"{cid}|cert",
    )
    signed = g.esign(
        pdf,
        cc,
        T(2026, 1, 26, 10, 14, 0),
        f"{cid}|env",
        sig_anchor="Signature",
        sig_dx=100,
        sig_dy=8,
        date_anchor="Date signed",
        date_dx=100,
        date_dy=3,
        date_text="26/01/2026",
        vendor="docusign",
        sender=TC_LEAD,
        ip="51.148.71.23",
    )
    name = "TC-GL-2026-002 Go-Live Certificate Cotswold Stone (Completed).pdf"
    claim = cpor(
        cid,
        area="Modern Work",
        partner=THAMES,
        pc=TC_LEAD,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "SHAREPOINT ONLINE"],
        submitted=T(2026, 2, 9, 14, 25, 0),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_cotswold_stone_docusign_certificate",
        claim,
        {name: signed},
        "approve",
        "Thameside's Go-Live Certificate e-signed through DocuSign by the customer's Finance & IT Director on 26 "
        "January "
        "2026: envelope ID on every page, the signature box with its signer ID, and the certificate of completion "
        "appended. Detail: 88 mailboxes and 4 shared mailboxes moved to Exchange Online, 11 SharePoint sites replacing "
        "a 640 GB file server. The partner's column is left unsigned, which does not matter: the customer's "
        "acknowledgement is what counts. Certificate form shared with Thameside's other claims (boilerplate).",
        "DocuSign certificate of completion: signer Harriet Blake, harriet.blake@cotswoldstone.co.uk, signed "
        "01/26/2026.",
        g.cpor_ok(),
        container="zip",
    )


def s497_008_pennine_textile_signed_page_of_other_customer() -> Bundle:
    cid = "4971008"
    cust = Org(
        "Pennine Textile Finishers Ltd",
        "Pennine Textile",
        "penninetextile.co.uk",
        "GB",
        "Huddersfield HD1 6QA",
        "Colne Bridge Mills, Bradley Road",
        "#5d4037",
    )
    cc = person(cust, "Ian Sutcliffe", "IT Manager", "ian.sutcliffe")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Delivery partner", THAMES.name, TC_PM.name, TC_PM.title),
    ]
    pdf = thames_certificate(
        cust,
        "TC-GL-2026-019",
        D(2026, 4, 20),
        "20 April – 1 May 2026",
        [
            (
                "Teams Phone",
                "Teams Phone with Operator Connect for 96 office and dye-house staff; 2 auto attendants; 3 call queues "
                "(orders, dye-house scheduling, accounts)",
                "96 users",
            ),
            ("Teams Rooms", "3 Teams Rooms on Android (Yealink MeetingBar A30) in the mill offices", "3 rooms"),
        ],
        parties,
        f"{cid}|cert",
    )
    files = {
        "TC-GL-2026-019 Go-Live Certificate Pennine Textile.pdf": pdf,
        "Signed certificate page.jpg": dee_photo(),
    }
    claim = cpor(
        cid,
        area="Modern Work",
        partner=THAMES,
        pc=TC_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        submitted=T(2026, 5, 12, 11, 30, 1),
        docs=[(p, "poe") for p in files],
        comments=[
            ("partner", T(2026, 5, 12, 11, 28, 1), "Certificate attached, with a photo of the signed certificate page.")
        ],
    )
    return Bundle(
        f"{cid}_pennine_textile_signed_page_of_other_customer",
        claim,
        files,
        "action_required",
        "Pennine Textile's own go-live certificate (96 Teams Phone users, 3 rooms) is the born-digital file with empty "
        "signature and date cells. The 'signed certificate page' uploaded beside it is the very photo submitted on "
        "claim "
        "4971006: it shows certificate TC-GL-2026-007 for Dee Estuary Ferry Company, signed by Dee Estuary's Head of "
        "IT. 4971006 holds the original. Nothing signed or written by Pennine Textile acknowledges this work, and the "
        "signed page belongs to another claim.",
        "'Signed certificate page.jpg': byte-identical to 4971006's IMG_20260304_161012.jpg (customer 'Dee Estuary "
        "Ferry Company Ltd'); Pennine certificate unsigned.",
        {
            "customer_acknowledgement": "fail",
            "reused_evidence": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
        },
    )


def s497_009_humber_cold_stores_empty_signature_cells() -> Bundle:
    cid = "4971009"
    cust = Org(
        "Humber Cold Stores Ltd",
        "Humber Cold Stores",
        "humbercoldstores.co.uk",
        "GB",
        "Hull HU9 5PQ",
        "Alexandra Dock, Hedon Road",
        "#1976d2",
    )
    cc = person(cust, "Nadia Hussain", "Operations Director", "nadia.hussain")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Delivery partner", THAMES.name, TC_PM.name, TC_PM.title),
    ]
    pdf = thames_certificate(
        cust,
        "TC-GL-2026-024",
        D(2026, 5, 18),
        "18 – 29 May 2026",
        [
            (
                "Intune",
                "Enrollment of 142 laptops and 60 rugged Android handhelds used by the pickers (dedicated-device "
                "mode), compliance policies, app deployment of the warehouse management client",
                "202 devices",
            ),
            (
                "Microsoft 365 Apps",
                "Microsoft 365 Apps for enterprise for 142 office users, shared computer activation on 12 "
                "dock-office PCs, update channel policy",
                "142 users",
            ),
        ],
        parties,
        f"{cid}|cert",
    )
    m = Mail(
        TC_PM,
        [cc],
        "Humber Cold Stores – go-live certificate for signature",
        T(2026, 6, 2, 9, 40, 1),
        "Dear Nadia,\n\nHypercare for the Intune and Microsoft 365 Apps rollout finished on Friday. Attached is the "
        "go-live certificate; could you sign it and send it back when you have a moment?\n\nKind regards,\nOliver\n\n"
        + g.footer_block(TC_PM),
        attachments=[("TC-GL-2026-024 Go-Live Certificate.pdf", pdf)],
    )
    files = {
        "GoLive_Certificate_HCS_SIGNED.pdf": pdf,
        "Humber Cold Stores – go-live certificate for signature.msg": g.msg_file(m),
    }
    claim = cpor(
        cid,
        area="Modern Work",
        partner=THAMES,
        pc=TC_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 6, 15, 15, 5, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_humber_cold_stores_signed_file_with_empty_cells",
        claim,
        files,
        "action_required",
        "Despite its file name, 'GoLive_Certificate_HCS_SIGNED.pdf' is the born-digital certificate with empty "
        "Signature and Date signed cells – byte for byte the attachment of the partner's own e-mail asking the "
        "customer to sign it. There is no reply from humbercoldstores.co.uk and no signature anywhere. The certificate "
        "itself is detailed (202 devices in Intune incl. 60 rugged handhelds, 142 Microsoft 365 Apps users); only the "
        "customer acknowledgement is missing.",
        "Certificate sign-off table: Signature and Date signed cells empty; the .msg is from oliver.pritchard@"
        "thamesidecloud.co.uk asking 'could you sign it and send it back'.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "partner_customer_names": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_010_chiltern_valley_low_dpi_scan() -> Bundle:
    cid = "4971010"
    cust = Org(
        "Chiltern Valley Foods Ltd",
        "Chiltern Valley Foods",
        "chilternvalleyfoods.co.uk",
        "GB",
        "High Wycombe HP12 3RE",
        "Cressex Business Park, Lincoln Road",
        "#689f38",
    )
    cc = person(cust, "Tom Ashworth", "IT & Systems Manager", "tom.ashworth")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Delivery partner", THAMES.name, TC_LEAD.name, TC_LEAD.title),
    ]
    pdf = thames_certificate(
        cust,
        "TC-GL-2026-005",
        D(2026, 2, 9),
        "9 – 13 February 2026",
        [
            (
                "Intune",
                "Autopilot for 236 office and field-sales laptops; 40 shared production-line PCs as multi-app kiosks "
                "with a shift sign-in; compliance and BitLocker policies; Windows Update for Business rings",
                "276 devices",
            ),
            (
                "Microsoft 365 Apps",
                "Microsoft 365 Apps for enterprise on 236 laptops (monthly enterprise channel), shared computer "
                "activation on the 40 line PCs, legacy Office 2016 removed",
                "236 users + 40 PCs",
            ),
        ],
        parties,
        f"{cid}|cert",
    )
    scan = g.scan_pdf(
        pdf,
        thames_inks(parties, ["17/02/2026", "17/02/2026"]),
        f"{cid}|scan",
        T(2026, 2, 17, 12, 0, 0),
        dpi=100,
        skew=0.8,
        quality=45,
    )
    name = "scan_0217_1200.pdf"
    claim = cpor(
        cid,
        area="Modern Work",
        partner=THAMES,
        pc=TC_LEAD,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 3, 10, 9, 45, 0),
        docs=[(name, "poe")],
        status="under_review",
    )
    return Bundle(
        f"{cid}_chiltern_valley_low_resolution_scan",
        claim,
        {name: scan},
        "approve",
        "A coarse 100-dpi greyscale scan (file 'scan_0217_1200.pdf', no text layer) of Thameside's go-live "
        "certificate, "
        "still readable: customer Chiltern Valley Foods, 276 devices in Intune (236 laptops, 40 line PCs as kiosks), "
        "Microsoft 365 Apps on 236 laptops, and the IT & Systems Manager's signature dated '17/02/2026' (day-first, "
        "17 February 2026). A physically signed scanned document naming this customer. Form shared with Thameside's "
        "other claims (boilerplate).",
        "Scanned certificate TC-GL-2026-005: signature of Tom Ashworth, 'Date signed 17/02/2026'.",
        g.cpor_ok(),
    )


def s497_011_norfolk_broads_old_sow_recent_email() -> Bundle:
    cid = "4971011"
    cust = Org(
        "Norfolk Broads Boatyards Ltd",
        "Norfolk Broads Boatyards",
        "broadsboatyards.co.uk",
        "GB",
        "Wroxham NR12 8AJ",
        "The Rhond, Hoveton",
        "#00838f",
    )
    cc = person(cust, "Simon Gedge", "Managing Director", "simon.gedge")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Supplier", THAMES.name, TC_LEAD.name, TC_LEAD.title),
    ]
    sow = g.html_pdf(
        [
            f"""
<h1>Statement of Work TC-SOW-2024-031</h1>
<p style="font-size:12pt">Managed device security – Intune and Defender for Endpoint</p>
{
                kv(
                    [
                        ("Customer", escape(cust.name)),
                        ("Supplier", escape(THAMES.name)),
                        ("Term", "12 months from 1 December 2024, renewing annually"),
                    ]
                )
            }
<h2>1. Scope</h2>
{
                ul(
                    [
                        "Enroll and manage the customer's laptops and the yard tablets in Microsoft Intune (about 200 "
                        "devices at Wroxham, Horning and Potter Heigham).",
                        "Onboard all devices to Microsoft Defender for Endpoint; attack surface reduction rules; "
                        "monthly vulnerability review with the Managing Director.",
                        "Monthly patch compliance report; quarterly service review.",
                    ]
                )
            }
<h2>2. Fees</h2><p>GBP 1,450 per month, invoiced monthly in advance.</p>
""",
            g.signoff("rows", parties, heading="3. Signatures"),
        ],
        meta("SOW TC-SOW-2024-031", TC_LEAD.name, T(2024, 11, 12, 15, 0, 0)),
        f"{cid}|sow",
        style=css(THAMES.color),
        decor=g.Decor(THAMES, right="Statement of Work", footer=escape(THAMES.name), accent=THAMES.color),
    )
    sow_scan = g.scan_pdf(
        sow,
        [
            *g.sign_inks("rows", parties[0], 0, "14/11/2024"),
            *g.sign_inks("rows", parties[1], 1, "14/11/24", color=g.INK_BLACK),
        ],
        f"{cid}|sows",
        T(2024, 11, 14, 16, 0, 0),
        dpi=150,
        skew=-0.3,
    )
    m1 = Mail(
        TC_LEAD,
        [cc],
        "Annual service review – Intune & Defender",
        T(2026, 2, 24, 10, 5, 0),
        "Hi Simon,\n\nAhead of our annual review, a quick summary of the past year under TC-SOW-2024-031: 212 devices "
        "managed in Intune (168 laptops, 44 yard tablets), all onboarded to Defender for Endpoint; 3 high-severity "
        "incidents contained (two phishing-led token thefts in the hire office, one USB malware case at Horning); "
        "patch compliance 97% in January. The new Potter Heigham hire base went live on the same policies in "
        "October.\n\nWould you confirm you're happy for us to carry on as is for 2026?\n\nBest,\nPriya\n\n"
        + g.footer_block(TC_LEAD),
    )
    m2 = Mail(
        cc,
        [TC_LEAD],
        "RE: Annual service review – Intune & Defender",
        T(2026, 2, 27, 17, 22, 0),
        "Hi Priya,\n\nHappy to confirm. Thameside Cloud continues to manage our Intune and Defender for Endpoint "
        "estate – the 212 devices at Wroxham, Horning and Potter Heigham – and the monthly vulnerability reviews have "
        "been useful, especially after the Horning USB incident. Please carry on for 2026 on the same terms; I've "
        "signed the renewal order already.\n\nRegards,\n" + signature_lines(cc),
        quoted=m1,
    )
    files = {
        "SOW TC-SOW-2024-031 signed.pdf": sow_scan,
        "RE_ Annual service review – Intune & Defender.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        area="Security",
        partner=THAMES,
        pc=TC_LEAD,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 3, 16, 10, 30, 0),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_norfolk_broads_old_sow_with_recent_confirmation",
        claim,
        files,
        "approve",
        "The signed SOW is dated 14/11/2024, 16 months before submission (2026-03-16) – older than 12 months. The "
        "guide "
        "allows such POE with a recent acknowledgement confirming active engagement, and here it is: the Managing "
        "Director's reply of 27 February 2026 from broadsboatyards.co.uk confirms that Thameside 'continues to manage "
        "our Intune and Defender for Endpoint estate – the 212 devices at Wroxham, Horning and Potter Heigham', with "
        "the year's detail quoted below it (incidents, patch compliance, new site).",
        "SOW signed 14/11/2024; customer e-mail 27 Feb 2026: 'Thameside Cloud continues to manage our Intune and "
        "Defender for Endpoint estate'.",
        g.cpor_ok(email_ack=True),
    )


def s497_012_solent_marine_msp_cosigns() -> Bundle:
    cid = "4971012"
    cust = Org(
        "Solent Marine Engineering Ltd",
        "Solent Marine",
        "solentmarine-eng.co.uk",
        "GB",
        "Southampton SO14 3XB",
        "Ocean Village, 6 Channel Way",
        "#01579b",
    )
    cc = person(cust, "Claire Fenwick", "Finance Director", "claire.fenwick")
    msp = Org(
        "Wessex IT Support Ltd",
        "Wessex IT",
        "wessexitsupport.co.uk",
        "GB",
        "Eastleigh SO50 9FD",
        "Unit 4, Barton Park",
        "#455a64",
    )
    eng = person(msp, "Dan Cheung", "Senior Support Engineer", "dan.cheung")
    parties = [
        Party("Customer (approver)", cust.name, cc.name, cc.title),
        Party("Customer's IT provider (technical review)", msp.name, eng.name, eng.title),
        Party("Delivery partner", THAMES.name, TC_PM.name, TC_PM.title),
    ]
    pdf = thames_certificate(
        cust,
        "TC-GL-2026-031",
        D(2026, 7, 6),
        "6 – 17 July 2026",
        [
            (
                "Teams",
                "Teams for 174 staff in the Southampton yard, the Cowes workshop and 14 field engineers; a team per "
                "vessel refit project (22 teams) with shared drawings; guest access for 3 naval architects",
                "174 users",
            ),
            (
                "SharePoint Online",
                "Project document centre with 22 refit sites created from a template, a quality-manual site with "
                "approvals, and 1.4 TB migrated from the NAS; retention of 10 years on class-society certificates",
                "24 sites",
            ),
        ],
        parties,
        f"{cid}|cert",
        notes="Wessex IT Support Ltd remains Solent Marine's day-to-day IT provider and reviewed the configuration "
        "before go-live.",
    )
    scan = g.scan_pdf(
        pdf,
        thames_inks(parties, ["21/07/2026", "20/07/2026", "21/07/2026"]),
        f"{cid}|scan",
        T(2026, 7, 21, 15, 30, 1),
        dpi=150,
        skew=0.5,
    )
    name = "Solent Marine – Go-Live Certificate TC-GL-2026-031 (signed).pdf"
    claim = cpor(
        cid,
        area="Modern Work",
        partner=THAMES,
        pc=TC_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 8, 3, 10, 15, 1),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_solent_marine_it_provider_cosigns",
        claim,
        {name: scan},
        "approve",
        "The certificate has three signatures: the customer's own Finance Director as approver (21/07/2026), the "
        "customer's outsourced IT provider Wessex IT Support as technical reviewer, and Thameside. An IT provider's "
        "signature alone would not be the customer's acknowledgement, but here the customer itself signs and accepts; "
        "the provider's signature is extra. Detail: 174 Teams users, 22 refit-project teams, 24 SharePoint sites, 1.4 "
        "TB migrated.",
        "Scanned sign-off: 'Customer (approver) – Solent Marine Engineering Ltd – Claire Fenwick, Finance Director', "
        "signed, 21/07/2026; Wessex IT column signed 20/07/2026.",
        g.cpor_ok(),
    )


def typed_text(pdf: bytes, entries: Sequence[tuple[str, int, float, float, str]], seed: str) -> bytes:
    """Type values next to labels (label, occurrence, dx, dy, text), as a form filled in on screen."""
    doc = pymupdf.open("pdf", pdf)
    for label, occurrence, dx, dy, text in entries:
        no, rect = g._locate(doc, Ink(label, "hand", occurrence=occurrence))
        doc[no].insert_text((rect.x0 + dx, rect.y1 + dy), text, fontname="helv", fontsize=9.5)
    data = g._fix_id(doc.tobytes(garbage=3, deflate=True), seed)
    doc.close()
    return data


# --------------------------------------------------------------------------------------------------------------
# Rheinwerk Digital (Germany): one bilingual acceptance record, several customers; German-only; the partner's parent
# --------------------------------------------------------------------------------------------------------------


def rw_parties(cust: Org, cc: Person, cc_role: str, who: Person = RW_PM) -> list[Party]:
    return [
        Party("Auftraggeber / Customer", cust.name, cc.name, cc_role),
        Party("Auftragnehmer / Contractor", RHEINWERK.name, who.name, who.title.split(" / ")[0]),
    ]


def rw_inks(parties: Sequence[Party], dates: Sequence[str], page: int | None = None) -> list[Ink]:
    return [
        *g.sign_inks("columns", parties[0], 0, dates[0], labels=RW_LABELS, page=page),
        *g.sign_inks("columns", parties[1], 1, dates[1], labels=RW_LABELS, color=g.INK_BLACK, page=page),
    ]


def s497_013_eifeler_muehlenwerke_pades() -> Bundle:
    cid = "4971013"
    cust = Org(
        "Eifeler Mühlenwerke GmbH",
        "Eifeler Mühlenwerke",
        "eifeler-muehlenwerke.de",
        "DE",
        "53902 Bad Münstereifel",
        "Mühlenstraße 14",
        "#6d4c41",
        "HRB 3871 Amtsgericht Bonn",
    )
    cc = person(cust, "Dr. Stefan Kürten", "Geschäftsführer / Managing Director", "s.kuerten")
    parties = rw_parties(cust, cc, "Geschäftsführer", RW_SEC)
    pdf = rheinwerk_protocol(
        cust,
        "RWD-2026-011",
        D(2026, 3, 24),
        "12. Januar – 20. März 2026 / 12 January – 20 March 2026",
        [
            (
                "<b>Defender for Endpoint</b><br/>Onboarding von 188 Clients und 14 Servern (inkl. Mühlensteuerung "
                "und Waagen-PCs), ASR-Regeln im Blockmodus, EDR im Blockmodus, Gerätegruppen je Standort",
                "<b>Defender for Endpoint</b><br/>Onboarding of 188 clients and 14 servers (incl. the mill control "
                "and weighbridge PCs), ASR rules in block mode, EDR in block mode, device groups per site",
            ),
            (
                "<b>Defender for Identity</b><br/>Sensoren auf 3 Domänencontrollern und dem AD-FS-Server, "
                "Honeytoken-Konten, Alarmweiterleitung an die IT-Rufbereitschaft",
                "<b>Defender for Identity</b><br/>Sensors on 3 domain controllers and the AD FS server, honeytoken "
                "accounts, alert forwarding to the IT on-call team",
            ),
        ],
        [
            (
                "Defender for Endpoint",
                "Onboarding via GPO and Intune, 9 ASR rules, 2 exclusions for the SCADA HMI",
                "202",
            ),
            (
                "Defender for Identity",
                "Sensor v2.x, lateral-movement paths reviewed, 4 honeytoken accounts",
                "4 sensors",
            ),
            ("Schulung / Training", "2 Sitzungen für das IT-Team (3 Personen) / 2 sessions for IT (3 people)", "2"),
        ],
        parties,
        f"{cid}|prot",
    )
    pdf = typed_text(pdf, [("Datum / Date", 0, 100, -2, "27.03.2026")], f"{cid}|typed")
    signed = g.digisign(
        pdf,
        cc,
        T(2026, 3, 27, 11, 42, 1),
        f"{cid}|sig",
        ca_name="D-Trust Qualified Signature CA 2-2",
        anchor="Unterschrift / Signature",
        dx=98,
        dy=1,
        width=168,
        height=42,
        reason="Abnahme / Acceptance RWD-2026-011",
        location="Bad Münstereifel",
    )
    name = "RWD-2026-011_Abnahmeprotokoll_Eifeler_Muehlenwerke_signiert.pdf"
    claim = cpor(
        cid,
        area="Security",
        partner=RHEINWERK,
        pc=RW_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"],
        submitted=T(2026, 4, 20, 9, 10, 2),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_eifeler_muehlenwerke_digitally_signed_record",
        claim,
        {name: signed},
        "approve",
        "Rheinwerk's bilingual acceptance record (every statement in German and English): 188 clients and 14 servers "
        "in Defender for Endpoint, Defender for Identity sensors on 3 domain controllers and AD FS, period 12 January "
        "– 20 March 2026. Signed with a PAdES digital signature by the customer's managing director on 2026-03-27 "
        "(typed date 27.03.2026); the signature validates and covers the whole file. Template shared with Rheinwerk's "
        "other claims; the footer line naming Rheinwerk's parent group is boilerplate on all its documents.",
        "Digital signature 'Dr. Stefan Kürten', signing time 2026-03-27, reason 'Abnahme / Acceptance RWD-2026-011'.",
        g.cpor_ok(),
    )


def s497_014_brauhaus_siebengebirge_rotated_stamp() -> Bundle:
    cid = "4971014"
    cust = Org(
        "Brauhaus Siebengebirge GmbH",
        "Siebengebirgs Bräu",
        "siebengebirgs-braeu.de",
        "DE",
        "53639 Königswinter",
        "Drachenfelsstraße 2",
        "#bf360c",
    )
    cc = person(cust, "Martina Lohmar", "Leiterin Verwaltung & IT", "m.lohmar")
    parties = rw_parties(cust, cc, "Leiterin Verwaltung & IT")
    pdf = rheinwerk_protocol(
        cust,
        "RWD-2026-004",
        D(2026, 2, 10),
        "5. Januar – 6. Februar 2026 / 5 January – 6 February 2026",
        [
            (
                "<b>Exchange Online</b><br/>Migration von 74 Postfächern und 5 Sammelpostfächern (Bestellungen, "
                "Gastronomie, Brauereiführungen, Buchhaltung, Personal) von einem gehosteten Exchange",
                "<b>Exchange Online</b><br/>Migration of 74 mailboxes and 5 shared mailboxes (orders, hospitality, "
                "brewery tours, accounting, HR) from a hosted Exchange service",
            ),
            (
                "<b>Microsoft Teams</b><br/>Teams für 74 Mitarbeitende in Brauerei, Gaststätte und Logistik; "
                "Schichtkanäle für Sudhaus und Abfüllung; Teams-Besprechungen mit Getränkehändlern",
                "<b>Microsoft Teams</b><br/>Teams for 74 employees in the brewery, the tavern and logistics; shift "
                "channels for the brewhouse and bottling; Teams meetings with beverage wholesalers",
            ),
        ],
        [
            ("Exchange Online", "Cutover-Migration, 46 GB, MX-Umstellung am 24.01.2026, DMARC", "79 Postfächer"),
            ("Teams", "9 Teams, 6 Schichtkanäle, Gastzugang für 2 Händler", "74 Nutzer"),
        ],
        parties,
        f"{cid}|prot",
    )
    page = sig_page(pdf, "Abnahme / Sign-off")
    inks = [
        *rw_inks(parties, ["12.02.2026", "12.02.26"], page),
        Ink(
            "Abnahme / Sign-off",
            "stamp",
            dx=300,
            dy=-6,
            h=44,
            lines=("BRAUHAUS SIEBENGEBIRGE GmbH", "Siebengebirgs Bräu · Königswinter"),
            page=page,
        ),
    ]
    scan = g.scan_pdf(pdf, inks, f"{cid}|scan", T(2026, 2, 12, 15, 20, 1), dpi=150, skew=0.2, rotate=90, scanner=0)
    name = "Scan_Abnahme_Siebengebirge_20260212.pdf"
    claim = cpor(
        cid,
        area="Modern Work",
        partner=RHEINWERK,
        pc=RW_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 3, 3, 10, 0, 1),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_brauhaus_siebengebirge_rotated_scan_with_stamp",
        claim,
        {name: scan},
        "approve",
        "The bilingual acceptance record was printed, signed by the brewery's head of administration & IT, stamped "
        "with the company stamp (legal name plus the trade name 'Siebengebirgs Bräu', which is also the customer's "
        "e-mail domain) and dated '12.02.2026' by hand – German day-first, 12 February 2026 – then scanned sideways "
        "(rotated 90°). Detail per workload: 79 mailboxes to Exchange Online, Teams for 74 staff with shift channels.",
        "Rotated scan, page 2: signature of Martina Lohmar, '12.02.2026', stamp 'BRAUHAUS SIEBENGEBIRGE GmbH · "
        "Siebengebirgs Bräu'.",
        g.cpor_ok(),
    )


def s497_015_rheinhagen_public_sector_germany() -> Bundle:
    cid = "4971015"
    cust = Org(
        "Stadtverwaltung Rheinhagen",
        "Stadt Rheinhagen",
        "rheinhagen.de",
        "DE",
        "53424 Rheinhagen",
        "Rathausplatz 1",
        "#1565c0",
    )
    cc = person(cust, "Thomas Wirtz", "Leiter Digitalisierung & IT", "t.wirtz")
    parties = rw_parties(cust, cc, "Leiter Digitalisierung & IT")
    pdf = rheinwerk_protocol(
        cust,
        "RWD-2026-026",
        D(2026, 4, 17),
        "2. Februar – 10. April 2026 / 2 February – 10 April 2026",
        [
            (
                "<b>Microsoft Teams</b><br/>Teams für 312 Beschäftigte in Rathaus, Bauhof, Bürgerbüro und 4 Kitas; "
                "Teams je Fachbereich (14); Besprechungsrichtlinien für Ratssitzungen",
                "<b>Microsoft Teams</b><br/>Teams for 312 staff in the town hall, the municipal works depot, the "
                "citizens' office and 4 day-care centres; one team per department (14); meeting policies for council "
                "meetings",
            ),
            (
                "<b>SharePoint Online</b><br/>Intranet 'Rheinhagen intern', 14 Fachbereichsseiten, Migration von "
                "860 GB vom Dateiserver, Aufbewahrungsregeln nach Aktenplan",
                "<b>SharePoint Online</b><br/>Intranet 'Rheinhagen intern', 14 department sites, 860 GB migrated "
                "from the file server, retention rules following the filing plan",
            ),
        ],
        [
            ("Teams", "14 Teams, Gastzugang nur für Ratsmitglieder (31)", "312 Nutzer"),
            ("SharePoint Online", "Hub-Site, 14 Seiten, Vertraulichkeitsbezeichnungen (3)", "15 Seiten"),
        ],
        parties,
        f"{cid}|prot",
    )
    signed = g.esign(
        pdf,
        cc,
        T(2026, 4, 22, 14, 3, 2),
        f"{cid}|env",
        sig_anchor="Unterschrift / Signature",
        sig_dx=100,
        sig_dy=10,
        date_anchor="Datum / Date",
        date_dx=100,
        date_dy=3,
        date_text="22.04.2026",
        vendor="adobe",
        sender=RW_PM,
        ip="91.64.122.7",
    )
    name = "RWD-2026-026_Abnahmeprotokoll_Stadt_Rheinhagen_signed.pdf"
    claim = cpor(
        cid,
        area="Modern Work",
        partner=RHEINWERK,
        pc=RW_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 6, 11, 20, 2),
        segment="public_sector",
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_stadt_rheinhagen_public_sector_germany",
        claim,
        {name: signed},
        "approve",
        "German municipality (public sector, government) on a CPOR Modern Work usage claim. The guide's written "
        "fee-disclosure requirement for CPOR applies to public-sector customers in the United States and Puerto Rico; "
        "none is needed for Germany. The bilingual acceptance record (312 Teams users, 14 department teams, 15 "
        "SharePoint sites, 860 GB migrated) is e-signed through Adobe Acrobat Sign by the town's head of "
        "digitalisation & IT on 22.04.2026, with transaction ID and final audit report.",
        "Adobe Acrobat Sign audit report: 'Document e-signed by Thomas Wirtz (t.wirtz@rheinhagen.de)', 2026-04-22; "
        "customer country DE, segment public_sector.",
        g.cpor_ok(),
    )


def s497_016_westerwaelder_steinzeug_german_only() -> Bundle:
    cid = "4971016"
    cust = Org(
        "Westerwälder Steinzeug GmbH",
        "Westerwälder Steinzeug",
        "ww-steinzeug.de",
        "DE",
        "56203 Höhr-Grenzhausen",
        "Töpferstraße 31",
        "#8d6e63",
    )
    cc = person(cust, "Andreas Krämer", "IT-Leiter", "a.kraemer")
    form = g.html_pdf(
        f"""
<table><tr><td style="border:none;width:300pt"><h1 style="color:#8d6e63">Westerwälder Steinzeug GmbH</h1>
{escape(cust.address)}</td><td style="border:none;width:160pt;text-align:right"><b>Formular QM-F-117</b><br/>
Abnahmebestätigung</td></tr></table>
<h2>Abnahmebestätigung für Dienstleistungen</h2>
{
            kv(
                [
                    ("Lieferant", escape(RHEINWERK.name) + ", Köln"),
                    ("Bestellung", "4500018823 vom 08.12.2025"),
                    ("Leistung", "Einführung Microsoft Intune und Microsoft 365 Apps"),
                    ("Leistungszeitraum", "12.01.2026 – 27.03.2026"),
                ]
            )
        }
<h2>Abgenommene Leistungen</h2>
{
            grid(
                ["Pos.", "Beschreibung", "Menge"],
                [
                    (
                        "1",
                        "Registrierung der Notebooks und Produktions-PCs in Intune, Konformitätsrichtlinien, "
                        "BitLocker, Update-Ringe",
                        "164 Geräte",
                    ),
                    (
                        "2",
                        "Verteilung von Microsoft 365 Apps for Enterprise, Ablösung Office 2016, "
                        "Freigabe der Makros für Brennkurven-Tabellen",
                        "131 Nutzer",
                    ),
                    ("3", "Kiosk-Modus für 18 Glasur- und Ofensteuerungs-PCs", "18 PCs"),
                ],
                [8, 72, 20],
            )
        }
<p>Die oben genannten Leistungen wurden vollständig und mangelfrei erbracht und werden hiermit abgenommen.</p>
{fields([("Ort, Datum", "", 20), ("Unterschrift Besteller", "", 40), ("Name in Druckbuchstaben", "", 20)], key_w=150)}
""",
        meta("QM-F-117 Abnahmebestaetigung", cc.name, T(2026, 3, 30, 9, 0, 2)),
        f"{cid}|form",
        style=css("#8d6e63", size=9.5),
    )
    form_scan = g.scan_pdf(
        form,
        [
            Ink("Ort, Datum", "hand", "Höhr-Grenzhausen, 31.03.2026", dx=160, dy=2, h=13),
            Ink("Unterschrift Besteller", "sig", cc.name, dx=160, dy=4, h=30),
            Ink("Name in Druckbuchstaben", "hand", "A. KRÄMER", dx=160, dy=2, h=13),
        ],
        f"{cid}|scan",
        T(2026, 3, 31, 10, 30, 2),
        dpi=150,
        skew=0.4,
    )
    status = g.report_pdf(
        RHEINWERK,
        f"""
<h1>Statusbericht Projekt RWD-2025-061</h1>
<p style="font-size:12pt">Westerwälder Steinzeug GmbH – Einführung Intune und Microsoft 365 Apps</p>
{kv([("Stand", "27.03.2026"), ("Projektleitung", escape(RW_PM.name)), ("Ampel", "Grün – abgeschlossen")])}
<h2>Erledigt</h2>
{
            ul(
                [
                    "164 Geräte in Intune registriert (112 Notebooks, 52 Produktions-PCs), davon 18 im Kiosk-Modus an "
                    "den Glasur- und Ofensteuerungen.",
                    "Microsoft 365 Apps for Enterprise für 131 Nutzer; Office 2016 vollständig entfernt.",
                    "Konformitätsrichtlinien mit BitLocker und Mindest-Build; 97 % der Geräte konform.",
                ]
            )
        }
<h2>Offene Punkte</h2><p>Keine. Übergabe an die interne IT am 27.03.2026 erfolgt.</p>
""",
        meta("Statusbericht RWD-2025-061", RW_PM.name, T(2026, 3, 27, 16, 0, 1)),
        f"{cid}|status",
        right="Statusbericht",
        footer=escape(RW_FOOTER),
    )
    files = {
        "Abnahmebestaetigung_QM-F-117_unterschrieben.pdf": form_scan,
        "Statusbericht_RWD-2025-061_final.pdf": status,
    }
    claim = cpor(
        cid,
        area="Modern Work",
        partner=RHEINWERK,
        pc=RW_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 4, 14, 10, 45, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_westerwaelder_steinzeug_german_only",
        claim,
        files,
        "action_required",
        "Both documents are in German only: the customer's own acceptance form QM-F-117 (signed by the IT manager, "
        "'Höhr-Grenzhausen, 31.03.2026') and Rheinwerk's status report. Unlike Rheinwerk's usual bilingual record, "
        "neither has an English version or translation. POE review is done on English documents, so the partner must "
        "upload an English version; the content would otherwise support Intune (164 devices) and Microsoft 365 Apps "
        "(131 users).",
        "'Die oben genannten Leistungen wurden vollständig und mangelfrei erbracht und werden hiermit abgenommen.' – "
        "no English text in either file.",
        {
            "document_language": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_017_rhein_ruhr_group_is_partners_parent() -> Bundle:
    cid = "4971017"
    cust = Org(
        "Rhein-Ruhr Handelsgruppe AG",
        "Rhein-Ruhr Handelsgruppe",
        "rrh-gruppe.de",
        "DE",
        "45127 Essen",
        "Huyssenallee 58",
        "#263238",
        "HRB 28811 Amtsgericht Essen",
    )
    cc = person(cust, "Michael Overbeck", "Konzern-CIO / Group CIO", "m.overbeck")
    parties = rw_parties(cust, cc, "Konzern-CIO")
    pdf = rheinwerk_protocol(
        cust,
        "RWD-2026-033",
        D(2026, 6, 5),
        "2. März – 29. Mai 2026 / 2 March – 29 May 2026",
        [
            (
                "<b>Microsoft Intune</b><br/>Registrierung von 1.240 Notebooks der Holding und der 6 "
                "Handelsgesellschaften, Konformitätsrichtlinien, Autopilot für Neugeräte",
                "<b>Microsoft Intune</b><br/>Enrollment of 1,240 laptops of the holding and its 6 trading companies, "
                "compliance policies, Autopilot for new devices",
            ),
            (
                "<b>Defender for Endpoint</b><br/>Onboarding von 1.240 Geräten und 86 Servern, ASR-Regeln, "
                "zentrale Alarmierung an das Konzern-SOC",
                "<b>Defender for Endpoint</b><br/>Onboarding of 1,240 devices and 86 servers, ASR rules, central "
                "alerting to the group SOC",
            ),
        ],
        [
            ("Intune", "Autopilot, 7 Konformitätsrichtlinien, Update-Ringe", "1.240 Geräte"),
            ("Defender for Endpoint", "ASR, EDR im Blockmodus, Gerätegruppen je Gesellschaft", "1.326"),
        ],
        parties,
        f"{cid}|prot",
        sign_note="<b>Konzerninterne Leistung / intra-group service</b> – erbracht im Rahmen des konzerninternen "
        "IT-Rahmenvertrags RRH-IT-2024 zwischen der Rhein-Ruhr Handelsgruppe AG und ihrer Tochtergesellschaft "
        "Rheinwerk Digital GmbH / delivered under the group's intra-group IT framework agreement RRH-IT-2024 between "
        "Rhein-Ruhr Handelsgruppe AG and its subsidiary Rheinwerk Digital GmbH.",
    )
    page = sig_page(pdf, "Abnahme / Sign-off")
    scan = g.with_scanned_pages(
        pdf,
        [page],
        rw_inks(parties, ["09.06.2026", "09.06.2026"], page),
        f"{cid}|scan",
        T(2026, 6, 9, 11, 0, 2),
        meta("Abnahmeprotokoll RRH (unterschrieben)", RW_PM.name, T(2026, 6, 9, 14, 0, 2)),
        dpi=150,
        skew=0.3,
    )
    name = "RWD-2026-033_Abnahmeprotokoll_RRH_Konzern.pdf"
    claim = cpor(
        cid,
        area="Security",
        partner=RHEINWERK,
        pc=RW_SEC,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 6, 23, 9, 30, 2),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_rhein_ruhr_group_is_the_partners_parent",
        claim,
        {name: scan},
        "reject",
        "The customer is the claiming partner's own parent company: Rheinwerk Digital's footer on every page reads "
        "'Ein "
        "Unternehmen der Rhein-Ruhr Handelsgruppe AG', and the signed record itself calls the work an 'intra-group "
        "service … between Rhein-Ruhr Handelsgruppe AG and its subsidiary Rheinwerk Digital GmbH'. Partners and their "
        "affiliates may not earn incentives for activity with a customer that is a partner affiliate. The signed, "
        "detailed record (1,240 devices) does not change that.",
        "Sign-off page: 'Konzerninterne Leistung / intra-group service … its subsidiary Rheinwerk Digital GmbH'; "
        "footer "
        "'Ein Unternehmen der Rhein-Ruhr Handelsgruppe AG'.",
        {
            "ineligible_customer": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_018_mosel_saar_medium_resubmitted_after_230_days() -> Bundle:
    cid = "4971018"
    cust = Org(
        "Weinkellerei Mosel-Saar eG",
        "Weinkellerei Mosel-Saar",
        "moselsaar-wein.de",
        "DE",
        "54290 Trier",
        "Ruwerer Straße 40",
        "#880e4f",
    )
    cc = person(cust, "Sabine Hoffmann", "Leiterin IT / Head of IT", "s.hoffmann")
    eng = g.engagement(
        "AZ-INNOV-ANALYTICS-M-VAR", "Azure Innovate PL: Analytics Deployment (Medium)", "medium", "variable", 15400.0
    )
    consent = D(2025, 11, 3)
    first, asked, resubmitted = T(2026, 5, 12, 10, 0, 2), T(2026, 5, 20, 9, 0), T(2026, 6, 27, 12, 0, 2)
    report = findings_pdf(
        RHEINWERK,
        "Analytics Deployment – Delivery Report",
        [
            ("Customer", cust.name),
            ("Period", "17 November 2025 – 30 April 2026 (production since 13 April 2026)"),
            ("Platform", "Microsoft Fabric (F16), Azure Data Factory, Power BI"),
            ("MCI claim", cid),
        ],
        [
            (
                "Delivered",
                ul(
                    [
                        "Ingestion of grape deliveries from 410 member growers (weight, must weight in °Oechsle, "
                        "vineyard parcel) and cellar data from 3 wineries.",
                        "Lakehouse with bronze/silver/gold layers; 9 Power BI reports: grower payments, harvest "
                        "by parcel, tank occupancy, bottling yield.",
                        "Row-level security for the 3 cellar masters; 52 report users.",
                    ]
                ),
            ),
            ("Consumption", "<p>Estimated Azure consumption EUR 6,900 per month after go-live.</p>"),
        ],
        T(2026, 5, 4, 16, 0, 2),
        RW_PM.name,
        f"{cid}|rep",
        right="Delivery Report",
    )
    files, claim = pa_claim(
        cid,
        RHEINWERK,
        RW_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=resubmitted,
        poe={"Analytics_Delivery_Report_Mosel-Saar.pdf": report},
        amount=15400.0,
        inv_no="RWD-RE-2026-0188",
        inv_day=D(2026, 6, 24),
        activities="Analytics platform on Microsoft Fabric with Power BI reports for grower payments and cellar data",
        outcome="Platform in production with 9 reports and 52 users",
        participants="8",
        invoice_kw={"date_style": "de", "bank": "Sparkasse Trier · USD-Konto DE41 5855 0130 0004 1188 12"},
        history=[
            ("customer consent approved", T(2025, 11, 3, 12), "-"),
            ("submission", first, RW_PM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", resubmitted - dt.timedelta(minutes=5), RW_PM.email),
            ("submission", resubmitted, RW_PM.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the invoice amount is shown in EUR only. Please upload an invoice showing the claim ID, "
                "the partner name and the amount in USD, and resubmit.",
            ),
            ("partner", resubmitted - dt.timedelta(minutes=2), "Corrected USD invoice uploaded."),
        ],
    )
    return Bundle(
        f"{cid}_mosel_saar_medium_resubmitted_after_230_days",
        claim,
        files,
        "reject",
        f"Medium Azure analytics deployment: first submitted on day {days(consent, first)} after consent (within the "
        f"200 days), set to action required on 2026-05-20 for a EUR-only invoice, and resubmitted on 2026-06-27 – day "
        f"{days(consent, resubmitted)} after consent. A medium-project claim left in action required expires 230 days "
        "after consent (2026-06-21), and expired claims cannot be reactivated. The corrected invoice and the delivery "
        "report would be fine, but the claim is out of its window.",
        "consent 2025-11-03; history: submission 05-12, action required 05-20, submission 06-27 (day 236 > 230).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Lumière Numérique (France): one minutes format, several customers; replies in French with or without English
# --------------------------------------------------------------------------------------------------------------


def s497_019_vercors_minutes_french_reply_with_english() -> Bundle:
    cid = "4971019"
    cust = Org(
        "Coopérative Laitière du Vercors",
        "Laiterie du Vercors",
        "laiterie-vercors.fr",
        "FR",
        "38250 Villard-de-Lans",
        "Route des Laiteries",
        "#0277bd",
    )
    cc = person(cust, "Élodie Reynaud", "Responsable des systèmes d'information", "e.reynaud")
    minutes = lumiere_minutes(
        cust,
        "LN-COPIL-2026-008",
        D(2026, 3, 12),
        "Closing steering committee – Teams and SharePoint Online project",
        [
            (escape(cc.name), escape(cust.short), "IS manager"),
            ("Jean-Marc Bouvier", escape(cust.short), "Plant director, Villard-de-Lans"),
            (escape(LN_PM.name), "Lumière Numérique", "Project manager"),
            (escape(LN_CONS.name), "Lumière Numérique", "Modern Work consultant"),
        ],
        [
            (
                "Teams",
                "146 users on Teams across the 3 dairy plants, the collection service and the head office; 1 team "
                "per plant with a shift channel; milk-collection drivers (22) on Teams mobile for route changes.",
                "Delivered – no open item",
            ),
            (
                "SharePoint Online",
                "9 sites (1 per plant, quality, collection, finance, HR, direction) replacing the Grenoble file "
                "server; 520 GB migrated; AOP Vercors-Lait quality records with 10-year retention.",
                "Delivered – file server read-only from 31/03/2026",
            ),
            ("Adoption", "6 training sessions (58 people); 2 champions per plant.", "Closed"),
        ],
        [
            ("Switch the file server to read-only", "É. Reynaud", "31/03/2026"),
            ("Hand over the admin guide to the IS team", "C. Ferrand", "20/03/2026"),
        ],
        f"{cid}|cr",
    )
    m1 = Mail(
        LN_PM,
        [cc],
        "CR comité de pilotage de clôture – Teams / SharePoint",
        T(2026, 3, 13, 11, 0, 1),
        "Bonjour Élodie,\n\nVeuillez trouver ci-joint le compte rendu du comité de pilotage de clôture d'hier "
        "(rédigé en anglais pour notre dossier Microsoft). Pouvez-vous nous confirmer votre validation ?\n\n"
        "Bien cordialement,\nCamille Ferrand\n\n" + g.footer_block(LN_PM),
        lang="fr",
        attachments=[("CR_LN-COPIL-2026-008_Laiterie_du_Vercors.pdf", minutes)],
    )
    m2 = Mail(
        cc,
        [LN_PM],
        "RE: CR comité de pilotage de clôture – Teams / SharePoint",
        T(2026, 3, 16, 8, 52, 1),
        "Bonjour Camille,\n\nNous avons relu le compte rendu du comité de pilotage du 12/03/2026. Les chiffres sont "
        "conformes : 146 utilisateurs sur Teams, 9 sites SharePoint, 520 Go migrés. La Coopérative valide la clôture "
        "du projet Teams et SharePoint Online réalisé par Lumière Numérique.\n\nCordialement,\nÉlodie Reynaud\n\n"
        "--- English version below ---\n\nHello Camille,\n\nWe have reviewed the minutes of the steering committee of "
        "12/03/2026. The figures are correct: 146 users on Teams, 9 SharePoint sites, 520 GB migrated. The "
        "Cooperative approves the closure of the Teams and SharePoint Online project delivered by Lumière "
        "Numérique.\n\nKind regards,\n" + signature_lines(cc),
        quoted=m1,
        lang="fr",
    )
    files = {
        "CR_LN-COPIL-2026-008_Laiterie_du_Vercors.pdf": minutes,
        "RE_ CR comité de pilotage de clôture.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        area="Modern Work",
        partner=LUMIERE,
        pc=LN_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 4, 2, 14, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_vercors_minutes_and_french_reply_with_english",
        claim,
        files,
        "approve",
        "Lumière's closing steering-committee minutes (headings French/English, content in English: 146 Teams users, 9 "
        "SharePoint sites, 520 GB, 22 drivers on Teams mobile) and the customer's reply from laiterie-vercors.fr of 16 "
        "March 2026, written in French with a full English version below it: 'The Cooperative approves the closure of "
        "the Teams and SharePoint Online project delivered by Lumière Numérique'. Everything a reviewer needs is in "
        "English. Minutes format shared with Lumière's other claims (boilerplate).",
        "Reply from e.reynaud@laiterie-vercors.fr: '--- English version below --- … The Cooperative approves the "
        "closure…'.",
        g.cpor_ok(email_ack=True),
    )


def s497_020_croix_rousse_out_of_office_and_received() -> Bundle:
    cid = "4971020"
    cust = Org(
        "Tissages de la Croix-Rousse SA",
        "Tissages de la Croix-Rousse",
        "tissages-croixrousse.fr",
        "FR",
        "69004 Lyon",
        "27 rue d'Austerlitz",
        "#ad1457",
    )
    cc = person(cust, "Philippe Girard", "Directeur administratif et financier", "p.girard")
    assistant = person(cust, "Nathalie Perrin", "Assistante de direction", "n.perrin")
    minutes = lumiere_minutes(
        cust,
        "LN-COPIL-2026-014",
        D(2026, 5, 5),
        "Closing steering committee – Exchange Online and Teams",
        [
            (escape(cc.name), escape(cust.short), "CFO, project sponsor"),
            ("Karim Bensaïd", escape(cust.short), "IT technician"),
            (escape(LN_PM.name), "Lumière Numérique", "Project manager"),
        ],
        [
            (
                "Exchange Online",
                "62 mailboxes and 4 shared mailboxes (orders, samples, export, accounts) migrated from the on-premises "
                "Exchange 2013 server, decommissioned on 24/04/2026.",
                "Delivered",
            ),
            (
                "Teams",
                "Teams for 62 staff at the Lyon weaving mill and the Paris showroom; a team per collection (4) shared "
                "with 2 fashion-house clients as guests.",
                "Delivered",
            ),
        ],
        [("Sponsor's acceptance of the project", "P. Girard", "15/05/2026")],
        f"{cid}|cr",
    )
    m1 = Mail(
        LN_PM,
        [cc],
        "Clôture du projet Exchange Online / Teams – validation",
        T(2026, 5, 7, 9, 30, 2),
        "Bonjour Monsieur Girard,\n\nSuite au comité de clôture du 5 mai, voici le compte rendu. Pourriez-vous nous "
        "confirmer par retour de mail votre validation de la clôture du projet ?\n\nBien cordialement,\nCamille "
        "Ferrand\n\n" + g.footer_block(LN_PM),
        lang="fr",
        attachments=[("CR_LN-COPIL-2026-014.pdf", minutes)],
    )
    m2 = Mail(
        cc,
        [LN_PM],
        "Réponse automatique : Clôture du projet Exchange Online / Teams – validation",
        T(2026, 5, 7, 9, 30, 2),
        "Bonjour,\n\nJe suis absent du bureau jusqu'au lundi 18 mai inclus, sans accès à ma messagerie. Pour toute "
        "urgence, merci de contacter Nathalie Perrin (n.perrin@tissages-croixrousse.fr).\n\nI am out of the office "
        "until Monday 18 May with no access to e-mail. For urgent matters please contact Nathalie Perrin.\n\n"
        "Philippe Girard",
        quoted=m1,
        lang="fr",
        auto_reply=True,
    )
    m3 = Mail(
        assistant,
        [LN_PM],
        "RE: Clôture du projet Exchange Online / Teams – validation",
        T(2026, 5, 7, 14, 12, 2),
        "Bonjour Madame Ferrand,\n\nMerci, bien reçu. Je transmets votre message à M. Girard à son retour le 18 "
        "mai.\n\n"
        "Thanks, received – I will pass it on to Mr Girard when he is back on 18 May.\n\nBien cordialement,\n"
        + signature_lines(assistant),
        quoted=m2,
        lang="fr",
    )
    files = {
        "CR_LN-COPIL-2026-014_Croix-Rousse.pdf": minutes,
        "RE_ Clôture du projet Exchange Online Teams – validation.msg": g.msg_file(m3),
    }
    claim = cpor(
        cid,
        area="Modern Work",
        partner=LUMIERE,
        pc=LN_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 5, 13, 16, 45, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_croix_rousse_out_of_office_and_received",
        claim,
        files,
        "action_required",
        "The thread holds Lumière's request for validation, the CFO's automatic out-of-office reply (away until 18 "
        "May) "
        "and a reply from his assistant at tissages-croixrousse.fr: 'Merci, bien reçu … Thanks, received – I will pass "
        "it on to Mr Girard when he is back'. Confirming receipt is not accepting or approving the work, the minutes "
        "themselves list the sponsor's acceptance as an open action (due 15/05/2026), and the claim was submitted on "
        "13 May, before he was back. The minutes are specific (62 mailboxes, 4 collection teams); the acknowledgement "
        "is missing.",
        "Top message from n.perrin@tissages-croixrousse.fr: 'Thanks, received – I will pass it on to Mr Girard when he "
        "is back on 18 May'; below it an automatic reply.",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_021_aravis_french_only_minutes_and_reply() -> Bundle:
    cid = "4971021"
    cust = Org(
        "Fromagerie des Aravis SARL",
        "Fromagerie des Aravis",
        "fromagerie-aravis.fr",
        "FR",
        "74450 Le Grand-Bornand",
        "215 route du Bouchet",
        "#f9a825",
    )
    cc = person(cust, "Sylvain Pollet", "Gérant", "s.pollet")
    minutes = lumiere_minutes(
        cust,
        "LN-COPIL-2026-019",
        D(2026, 6, 18),
        "Comité de clôture – Exchange Online et Teams",
        [
            (escape(cc.name), escape(cust.short), "Gérant"),
            ("Aurélie Missillier", escape(cust.short), "Responsable administrative"),
            (escape(LN_CONS.name), "Lumière Numérique", "Consultant"),
        ],
        [
            (
                "Exchange Online",
                "Migration des 28 boîtes aux lettres depuis l'hébergeur précédent, 3 boîtes partagées (commandes, "
                "affinage, expéditions), bascule MX le 30/05/2026.",
                "Livré",
            ),
            (
                "Teams",
                "Teams pour les 28 salariés de la fromagerie et des 2 boutiques ; canal par cave d'affinage ; réunions "
                "avec les coopératives laitières.",
                "Livré",
            ),
        ],
        [("Archivage des anciens e-mails sur le NAS", "A. Missillier", "30/06/2026")],
        f"{cid}|cr",
        french_only=True,
    )
    m1 = Mail(
        LN_CONS,
        [cc],
        "Compte rendu du comité de clôture",
        T(2026, 6, 19, 10, 0, 2),
        "Bonjour Monsieur Pollet,\n\nVous trouverez ci-joint le compte rendu du comité de clôture. Merci de nous "
        "faire part de votre accord.\n\nCordialement,\nHugo Marchetti\n\n" + g.footer_block(LN_CONS),
        lang="fr",
        attachments=[("CR_LN-COPIL-2026-019.pdf", minutes)],
    )
    m2 = Mail(
        cc,
        [LN_CONS],
        "RE: Compte rendu du comité de clôture",
        T(2026, 6, 19, 18, 40, 2),
        "Bonjour,\n\nBon pour accord. Les 28 boîtes sont migrées et l'équipe utilise Teams tous les jours, y compris "
        "dans les boutiques. Merci pour le travail.\n\nSylvain Pollet\nGérant – Fromagerie des Aravis",
        quoted=m1,
        lang="fr",
    )
    files = {
        "CR_LN-COPIL-2026-019_Aravis.pdf": minutes,
        "RE_ Compte rendu du comité de clôture.eml": g.eml(m2),
    }
    claim = cpor(
        cid,
        area="Modern Work",
        partner=LUMIERE,
        pc=LN_CONS,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 7, 6, 10, 20, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_aravis_french_only_minutes_and_reply",
        claim,
        files,
        "action_required",
        "Both the minutes and the customer's approval ('Bon pour accord', from fromagerie-aravis.fr, 19 June 2026) are "
        "entirely in French, with no English version – unlike Lumière's usual minutes, which carry English content. "
        "POE review is done on English documents, so the partner must upload an English version or translation. The "
        "content itself would support Exchange Online (28 mailboxes, 3 shared) and Teams (28 staff).",
        "Minutes 'Compte rendu – Comité de clôture' in French only; reply 'Bon pour accord. Les 28 boîtes sont "
        "migrées…'.",
        {
            "document_language": "fail",
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_022_rhodaniens_copilot_signed_minutes() -> Bundle:
    cid = "4971022"
    cust = Org(
        "Transports Rhodaniens SA",
        "Transports Rhodaniens",
        "transports-rhodaniens.fr",
        "FR",
        "69007 Lyon",
        "Port Édouard Herriot, 12 rue de Dunkerque",
        "#37474f",
    )
    cc = person(cust, "Laurent Chabert", "Directeur des opérations", "l.chabert")
    labels = ("Nom / Name", "Fonction / Role", "Visa / Signature", "Date")
    parties = [
        Party("Client / Customer", cust.name, cc.name, "Directeur des opérations"),
        Party("Prestataire / Partner", LUMIERE.name, LN_PM.name, "Cheffe de projet"),
    ]
    minutes = lumiere_minutes(
        cust,
        "LN-COPIL-2026-003",
        D(2026, 1, 21),
        "Copilot adoption – quarterly steering committee",
        [
            (escape(cc.name), escape(cust.short), "COO, sponsor"),
            ("Inès Bouzid", escape(cust.short), "IT manager"),
            (escape(LN_PM.name), "Lumière Numérique", "Project manager"),
            (escape(LN_CONS.name), "Lumière Numérique", "Adoption consultant"),
        ],
        [
            (
                "Microsoft 365 Copilot",
                "180 licences assigned in 3 waves (dispatch, customer service, finance); 84% weekly active users in "
                "December; 14 prompt templates for dispatch (barge slot requests, delay notices in FR/EN/DE).",
                "Wave 4 (40 drivers' supervisors) approved for February",
            ),
            (
                "Viva Insights",
                "Copilot dashboard for the 3 departments; meeting-hours baseline vs December: customer service "
                "−3.1 h per person per week; 2 manager sessions on the dashboard.",
                "Keep the dashboard; review in April",
            ),
            (
                "Governance",
                "SharePoint oversharing review done on 46 sites before wave 3; 2 sites restricted.",
                "Closed",
            ),
        ],
        [
            ("Assign licences for wave 4", "I. Bouzid", "02/02/2026"),
            ("Prompt workshop for supervisors", "H. Marchetti", "10/02/2026"),
        ],
        f"{cid}|cr",
        signoff_parties=parties,
    )
    page = sig_page(minutes, "Validation du compte rendu")
    scan = g.with_scanned_pages(
        minutes,
        [page],
        [
            *g.sign_inks("columns", parties[0], 0, "23/01/2026", labels=labels, page=page),
            *g.sign_inks("columns", parties[1], 1, "22/01/2026", labels=labels, color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2026, 1, 23, 11, 0, 1),
        meta("CR LN-COPIL-2026-003 signé", LN_PM.name, T(2026, 1, 23, 15, 0, 1)),
        dpi=150,
        skew=-0.5,
    )
    name = "CR_COPIL_Copilot_T1_Transports_Rhodaniens_signe.pdf"
    claim = cpor(
        cid,
        area="Modern Work",
        partner=LUMIERE,
        pc=LN_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT 365 COPILOT", "VIVA INSIGHTS"],
        submitted=T(2026, 2, 11, 9, 0, 1),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_rhodaniens_copilot_minutes_signed_by_hand",
        claim,
        {name: scan},
        "approve",
        "Steering-committee minutes for Copilot adoption (180 licences in 3 waves, 84% weekly active, 14 dispatch "
        "prompt templates; Viva Insights Copilot dashboard with a measured change in meeting hours), whose approval "
        "page was signed by hand by the customer's COO ('23/01/2026', day-first) and scanned back in. Recent, specific "
        "to both claimed workloads, acknowledged by the customer. Minutes format shared with Lumière's other claims "
        "(boilerplate).",
        "Scanned 'Validation du compte rendu' page: Laurent Chabert's signature, '23/01/2026'.",
        g.cpor_ok(),
    )


def s497_023_chocolaterie_dispute_still_unsigned() -> Bundle:
    cid = "4971023"
    cust = Org(
        "Chocolaterie des Monts du Lyonnais SAS",
        "Chocolaterie des Monts du Lyonnais",
        "chocolaterie-montslyonnais.fr",
        "FR",
        "69590 Saint-Symphorien-sur-Coise",
        "ZA du Plomb, 4 rue des Artisans",
        "#4e342e",
    )
    cc = person(cust, "Agnès Thollet", "Directrice générale", "a.thollet")
    report = g.report_pdf(
        LUMIERE,
        f"""
<h1>Delivery report – Intune and Defender for Business</h1>
{kv([("Customer", escape(cust.name)), ("Period", "January – March 2026"), ("Reference", "LN-PRJ-2026-006")])}
{
            grid(
                ["Workload", "Delivered", "Volume"],
                [
                    ("Intune", "Enrollment of laptops and shop tablets, compliance, Wi-Fi profiles", "48 devices"),
                    (
                        "Defender for Endpoint",
                        "Onboarding, ASR rules, web protection for the e-shop back office",
                        "48 devices",
                    ),
                ],
                [24, 56, 20],
            )
        }
""",
        meta("Delivery report LN-PRJ-2026-006", LN_PM.name, T(2026, 3, 20, 17, 0, 1)),
        f"{cid}|rep",
        right="Delivery report",
    )
    attest = g.html_pdf(
        f"""
<h1>Attestation client / Customer attestation</h1>
<p>Nous soussignés, {escape(cust.name)}, attestons que Lumière Numérique SAS a déployé Microsoft Intune et Microsoft
Defender for Endpoint sur 48 appareils entre janvier et mars 2026.</p>
<p>We, {escape(cust.name)}, confirm that Lumière Numérique SAS deployed Microsoft Intune and Microsoft Defender for
Endpoint on 48 devices between January and March 2026.</p>
{kv([("Nom / Name", escape(cc.name)), ("Fonction / Role", escape(cc.title)), ("Date", "14/04/2026")])}
<p class="small">Validé oralement par la cliente lors de l'appel du 13/04/2026 / Approved orally by the customer on the
call of 13/04/2026.</p>
""",
        meta("Attestation client", LN_PM.name, T(2026, 4, 14, 9, 0, 2)),
        f"{cid}|att",
        style=css(LUMIERE.color),
        decor=g.Decor(LUMIERE, footer=escape(LUMIERE.name), numbers="", accent=LUMIERE.color),
    )
    files = {
        "LN-PRJ-2026-006_Delivery_report.pdf": report,
        "Dispute/Attestation_client_Chocolaterie.pdf": attest,
    }
    rejected, disputed, resubmitted = T(2026, 4, 2, 10, 0), T(2026, 4, 10, 9, 0, 2), T(2026, 4, 14, 11, 0, 2)
    claim = cpor(
        cid,
        area="Security",
        partner=LUMIERE,
        pc=LN_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=resubmitted,
        status="disputed",
        docs=[(p, "poe") for p in files],
        history=[
            ("submission", T(2026, 3, 24, 10, 0, 1), LN_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, LN_PM.email),
            ("submission", resubmitted, LN_PM.email),
        ],
        comments=[
            (
                "microsoft",
                rejected,
                "Rejected: the POE does not contain any customer acknowledgement (signature, e-signature or e-mail "
                "from "
                "the customer) of the work claimed.",
            ),
            (
                "partner",
                resubmitted - dt.timedelta(minutes=3),
                "Dispute: please find the customer attestation attached. The customer validated it orally on 13/04.",
            ),
        ],
    )
    return Bundle(
        f"{cid}_chocolaterie_dispute_adds_unsigned_attestation",
        claim,
        files,
        "reject",
        "A dispute of a rejection for missing customer acknowledgement, submitted 12 days after the rejection (within "
        "30 days). The only new document is an 'attestation client' written by Lumière itself: the customer's "
        "director's name and title are typed, there is no signature, no e-signature and no e-mail from the customer, "
        "and a note says it was 'approved orally'. That does not resolve the reason for the rejection, and a rejected "
        "dispute is final.",
        "Attestation_client_Chocolaterie.pdf: typed 'Nom / Name Agnès Thollet', no signature; 'Approved orally by the "
        "customer on the call of 13/04/2026'.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_024_savonnerie_standard_after_90_days() -> Bundle:
    cid = "4971024"
    cust = Org(
        "Savonnerie du Vieux-Port SAS",
        "Savonnerie du Vieux-Port",
        "savonnerie-vieuxport.fr",
        "FR",
        "13002 Marseille",
        "36 quai du Lazaret",
        "#26a69a",
    )
    cc = person(cust, "Karine Santoni", "Responsable administrative et IT", "k.santoni")
    eng = g.engagement(
        "MW-TEAMS-PHONE-ENV-VAR", "Modern Work – Teams Phone Envisioning Workshop", "standard", "variable", 2300.0
    )
    consent, submitted = D(2026, 3, 2), T(2026, 6, 7, 18, 30, 2)
    report = findings_pdf(
        LUMIERE,
        "Teams Phone Envisioning Workshop – Findings and Recommendations",
        [
            ("Customer", cust.name),
            ("Workshop", "14 April 2026, Marseille (half day) + 21 April 2026 (Teams)"),
            ("Participants", "7 – management, customer service, shop, IT"),
            ("MCI claim", cid),
        ],
        [
            (
                "Telephony today",
                "<p>An end-of-life IPBX with 34 extensions, a separate number for the factory shop and 2 mobile phones "
                "for the sales reps; missed calls from hotel and spa customers during the summer peak are not "
                "tracked.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams Phone with Operator Connect for 34 users; keep the 04 91 numbers.",
                        "Auto attendant FR/EN and a call queue for hotel and spa orders with call-back.",
                        "Teams Phone on mobile for the 2 sales reps instead of separate lines.",
                    ]
                ),
            ),
        ],
        T(2026, 4, 23, 17, 0, 2),
        LN_CONS.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        LUMIERE,
        LN_CONS,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Teams_Phone_Envisioning_Findings_Savonnerie.pdf": report},
        amount=2300.0,
        inv_no="LN-F-2026-0147",
        inv_day=D(2026, 6, 3),
        activities="Teams Phone envisioning workshop: current telephony, auto attendant and call queue design",
        outcome="Teams Phone plan for 34 users with a hotel-order call queue",
        participants="7",
        invoice_kw={"date_style": "gb", "title": "FACTURE / INVOICE", "bank": "Crédit Agricole · compte USD"},
    )
    return Bundle(
        f"{cid}_savonnerie_standard_submitted_after_90_days",
        claim,
        files,
        "reject",
        "A standard-timeline engagement must be submitted within 90 days of customer consent (2026-03-02 → "
        f"2026-05-31); this claim was submitted on 2026-06-07, {days(consent, submitted)} days after consent. The "
        "claim expired before submission ('not submitted claim expired'), whatever the quality of the findings, "
        "invoice and surveys, and expired claims cannot be reactivated.",
        "consent_date 2026-03-02, activity_type standard, submitted 2026-06-07 (day 97).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
        container="zip-folder",
    )


# --------------------------------------------------------------------------------------------------------------
# Kaveri Cloudtech (India): Partner Activities workshops in one report template; one invoice for two claims
# --------------------------------------------------------------------------------------------------------------

KC_BANK = "HDFC Bank, Whitefield branch · EEFC USD account 50200044871220"


def kc_invoice_kw(**extra: Any) -> dict[str, Any]:
    return {"date_style": "in", "bank": KC_BANK, "title": "TAX INVOICE", **extra}


def s497_025_hosur_copilot_workshop_gst_invoice() -> Bundle:
    cid = "4971025"
    cust = Org(
        "Hosur Auto Stampings Pvt. Ltd.",
        "Hosur Auto Stampings",
        "hosurstampings.in",
        "IN",
        "Hosur 635126, Tamil Nadu",
        "Plot 41, SIPCOT Industrial Complex Phase II",
        "#455a64",
    )
    cc = person(cust, "Senthil Kumar R.", "Head – IT & Digital", "senthil.kumar")
    eng = g.engagement(
        "MW-COPILOT-ENV-WS-VAR", "Microsoft 365 Copilot Envisioning Workshop", "standard", "variable", 3400.0
    )
    consent, submitted = D(2026, 2, 2), T(2026, 4, 13, 11, 30, 5.5)
    report = kaveri_report(
        cust,
        "Microsoft 365 Copilot Envisioning Workshop – Report",
        [
            ("Customer", cust.name),
            ("Workshop dates", "24 February and 3 March 2026 (2 × 4 hours, Hosur plant)"),
            ("Participants", "11 – plant head, production planning, quality, purchase, IT"),
            ("MCI claim", cid),
        ],
        "Hosur Auto Stampings presses body panels for two car makers from 3 plants (620 staff, 140 office users). "
        "Planners rebuild the weekly press schedule from e-mails and Excel; quality engineers write 8D reports by "
        "hand from line-stop notes; purchase compares 30–40 steel quotations a month manually.",
        [
            "Copilot in Outlook and Teams on the planners' real press-schedule threads (trial licences for 10 users).",
            "Copilot in Word drafting an 8D report from the February line-stop notes of Press Line 4.",
            "Copilot in Excel comparing 12 steel-coil quotations; a Copilot Studio agent for the quality manual.",
            "SharePoint permissions check on 22 sites before any rollout (5 sites with 'Everyone' access found).",
        ],
        [
            ("Prepare", "Fix permissions on the 5 overshared sites; sensitivity labels for drawings", "April 2026"),
            ("Pilot", "Copilot for 25 users: planning, quality, purchase", "May – June 2026"),
            ("Scale", "Copilot for 110 office users; 8D drafting agent", "Q3 2026"),
        ],
        T(2026, 3, 6, 17, 0, 5.5),
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        KAVERI,
        KC_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Copilot_Envisioning_Report_Hosur_Auto_Stampings.pdf": report},
        amount=3400.0,
        inv_no="KCT_26-27_0012",
        inv_day=D(2026, 4, 8),
        activities="Two Copilot envisioning sessions with scenarios on our own planning, quality and purchase data",
        outcome="Copilot pilot for 25 users agreed after permissions clean-up",
        participants="11",
        invoice_kw=kc_invoice_kw(vat=0.18, vat_label="IGST"),
    )
    return Bundle(
        f"{cid}_hosur_copilot_workshop_invoice_with_gst",
        claim,
        files,
        "approve",
        "Variable-payout Copilot envisioning workshop (proposed payout USD 3,400): Kaveri's report describes the "
        "customer's own situation, the scenarios tried in its tenant and a dated plan. The invoice shows the claim ID, "
        "Kaveri's name and a pre-tax amount of USD 3,400.00, with 18% IGST added below the subtotal – the guide asks "
        "for the pre-tax amount to match and says VAT is not required, not that it is forbidden. Both surveys signed "
        f"in full; submitted {days(consent, submitted)} days after consent (standard: 90). Report structure shared "
        "with Kaveri's other claims (boilerplate).",
        "Invoice KCT_26-27_0012: 'Subtotal (pre-tax) USD 3,400.00', 'IGST 18% USD 612.00', claim ID 4971025.",
        g.pa_ok(),
    )


def s497_026_mysuru_smart_city_psd_india() -> Bundle:
    cid = "4971026"
    cust = Org(
        "Mysuru Smart City Development Agency",
        "Mysuru Smart City",
        "mysurusmartcity.gov.in",
        "IN",
        "Mysuru 570024, Karnataka",
        "Integrated Command and Control Centre, Krishnaraja Boulevard",
        "#1565c0",
    )
    cc = person(cust, "Dr. Kavya Shetty", "Chief Technology Officer", "cto")
    eng = g.engagement(
        "SEC-SIEM-XDR-SALES-VAR", "Sales - Defend Against Threats with SIEM Plus XDR", "standard", "variable", 4000.0
    )
    consent, submitted = D(2026, 4, 20), T(2026, 7, 3, 10, 0, 5.5)
    report = kaveri_report(
        cust,
        "Defend Against Threats with SIEM Plus XDR – Workshop Report",
        [
            ("Customer", f"{cust.name} (MSCDA) – Government of Karnataka special purpose vehicle"),
            ("Engagement window", "4 May – 12 June 2026"),
            ("Scope", "Sentinel trial workspace, Defender XDR on 260 endpoints and 300 mailboxes"),
            ("MCI claim", cid),
        ],
        "The command-and-control centre runs 1,100 traffic and surveillance cameras, the city's water SCADA "
        "dashboards and 300 staff mailboxes. Security logs sit in 4 separate consoles; no one correlates firewall, "
        "mail and endpoint alerts, and the 2025 phishing incident took 9 days to scope.",
        [
            "Microsoft Sentinel trial with 7 connectors (Entra ID, Defender XDR, the perimeter firewall via syslog).",
            "Defender XDR on 260 endpoints: a live attack-simulation on 3 test machines and the incident graph.",
            "Threat exploration: 2 real findings – password spray on the citizen-grievance portal's admin accounts "
            "and an auto-forwarding rule to a personal mailbox.",
        ],
        [
            ("Fix", "Block legacy authentication; remove forwarding rules; MFA for portal admins", "July 2026"),
            ("Adopt", "Sentinel with 7 connectors and 12 analytics rules; 24×7 alert routing", "Aug – Sep 2026"),
            ("Extend", "SCADA network monitoring feed into Sentinel", "Q4 2026"),
        ],
        T(2026, 6, 15, 17, 0, 5.5),
        f"{cid}|rep",
    )
    psd = g.scan_pdf(
        psd_pdf(KAVERI, cust, eng["name"], "USD 4,000", D(2026, 4, 27), f"{cid}|psd", style="gb_long"),
        psd_inks("Dr. Kavya Shetty", "Chief Technology Officer", "28-04-2026", seal=("MSCDA", "MYSURU")),
        f"{cid}|psds",
        T(2026, 4, 28, 12, 0, 5.5),
        dpi=150,
        skew=0.5,
    )
    files, claim = pa_claim(
        cid,
        KAVERI,
        KC_PM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"SIEM_XDR_Workshop_Report_MSCDA.pdf": report},
        amount=4000.0,
        inv_no="KCT_26-27_0104",
        inv_day=D(2026, 6, 29),
        activities="Sentinel and Defender XDR trial, threat exploration and a findings workshop",
        outcome="2 live findings fixed; Sentinel adoption plan with 7 connectors",
        participants="9",
        segment="public_sector",
        extra_docs=[("PSD/Public_Sector_Disclosure_MSCDA_signed.pdf", psd, "public_sector_disclosure")],
        invoice_kw=kc_invoice_kw(),
    )
    return Bundle(
        f"{cid}_mysuru_smart_city_public_sector_with_disclosure",
        claim,
        files,
        "approve",
        "Partner Activities claim for an Indian government agency: public-sector customers in India, the US and Puerto "
        "Rico need a Public Sector Disclosure on Partner Activities claims, and it is there – the standard wording, "
        "signed by the agency's CTO with its seal, '28-04-2026' (Indian day-first, 28 April 2026, after consent and "
        "before the work). Specific report (2 live findings, 7 connectors), invoice with claim ID and USD 4,000.00 "
        "= proposed payout, both surveys signed, submitted "
        f"{days(consent, submitted)} days after consent (standard: 90). Disclosure wording shared with other "
        "public-sector claims: boilerplate.",
        "PSD scan: acknowledgement signed by Dr. Kavya Shetty, CTO, seal 'MSCDA', '28-04-2026'.",
        g.pa_ok(ps=True),
    )


NILGIRI = Org(
    "Nilgiri Tea Estates Ltd",
    "Nilgiri Tea Estates",
    "nilgiritea.co.in",
    "IN",
    "Coonoor 643101, Tamil Nadu",
    "Sim's Park Road",
    "#2e7d32",
)
NILGIRI_IT = person(NILGIRI, "Anand Raghavan", "General Manager – IT", "anand.raghavan")


def nilgiri_invoice() -> bytes:
    """One Kaveri invoice raised for two claims of the same customer."""
    if "nilgiri" not in _CACHE:
        _CACHE["nilgiri"] = g.invoice_pdf(
            KAVERI,
            "KCT/26-27/0318",
            D(2026, 8, 21),
            [
                (
                    "MCI Engagement Claim ID 4971027 – Modern Work – Frontline Workers Envisioning Workshop\n"
                    "Customer: Nilgiri Tea Estates Ltd, Coonoor",
                    2600.0,
                ),
                (
                    "MCI Engagement Claim ID 4971028 – Business Applications – Power Platform Envisioning Workshop\n"
                    "Customer: Nilgiri Tea Estates Ltd, Coonoor",
                    2100.0,
                ),
            ],
            "4971027|inv",
            **kc_invoice_kw(),
        )
    return bytes(_CACHE["nilgiri"])


def nilgiri_claim(
    cid: str, eng: dict[str, Any], area: str, report: bytes, submitted: dt.datetime, other: str, **kw: Any
) -> Bundle:
    consent = D(2026, 6, 1)
    files, claim = pa_claim(
        cid,
        KAVERI,
        KC_AM,
        NILGIRI,
        NILGIRI_IT,
        area=area,
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={f"Workshop_Report_{cid}_Nilgiri.pdf": report},
        amount=eng["proposed_payout_usd"],
        inv_no="KCT_26-27_0318",
        inv_day=D(2026, 8, 21),
        invoice_pdf_bytes=nilgiri_invoice(),
        **kw,
    )
    first = cid < other
    return Bundle(
        f"{cid}_nilgiri_one_invoice_for_two_claims",
        claim,
        files,
        "action_required",
        f"Workshop report, surveys and timing ({days(consent, submitted)} days after consent, standard: 90) are fine, "
        f"but invoice KCT/26-27/0318 covers two claims – this one and {other} – with a combined total of USD 4,700.00. "
        "Each claim must have a separate, unique invoice showing its own claim ID and amount; the same invoice file "
        "is uploaded on both claims. "
        + (
            "This is the first claim of the pair, but the invoice was made for both, so it fails here too."
            if first
            else f"This is the second claim of the pair ({other} was submitted first); the invoice fails on both."
        ),
        "Invoice KCT/26-27/0318: lines for claim 4971027 (USD 2,600) and claim 4971028 (USD 2,100), total USD "
        "4,700.00, uploaded on both claims.",
        {
            "invoice": "fail",
            "reused_evidence": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
        },
    )


def s497_027_nilgiri_frontline_shared_invoice() -> Bundle:
    cid = "4971027"
    report = kaveri_report(
        NILGIRI,
        "Frontline Workers Envisioning Workshop – Report",
        [
            ("Customer", NILGIRI.name),
            ("Workshop", "25 June 2026, Coonoor factory (full day)"),
            ("Participants", "13 – estate managers, factory manager, HR, IT"),
            ("MCI claim", cid),
        ],
        "Four estates and one factory with 2,100 workers; 180 field supervisors record plucking weights in paper "
        "registers that are typed in at night; shift and leave changes go through phone calls to the estate office.",
        [
            "Teams Shifts with the factory's three-shift roster for the withering and rolling sections.",
            "A Power Apps tablet form for plucking weights per field, shown offline on a supervisor's tablet.",
            "Walkie Talkie in Teams on 2 rugged phones between the factory floor and the boiler house.",
        ],
        [
            ("Pilot", "Shifts and Walkie Talkie for the Coonoor factory (140 staff)", "Sept 2026"),
            ("Extend", "Frontline licences for 180 supervisors on shared tablets", "Nov 2026"),
        ],
        T(2026, 6, 27, 17, 0, 5.5),
        f"{cid}|rep",
    )
    return nilgiri_claim(
        cid,
        g.engagement(
            "MW-FRONTLINE-ENV-VAR",
            "Modern Work – Frontline Workers Envisioning Workshop",
            "standard",
            "variable",
            2600.0,
        ),
        "Modern Work",
        report,
        T(2026, 8, 24, 10, 0, 5.5),
        "4971028",
        activities="Frontline workshop: Shifts, Walkie Talkie and a plucking-weight form",
        outcome="Frontline pilot for the factory agreed",
        participants="13",
    )


def s497_028_nilgiri_power_platform_shared_invoice() -> Bundle:
    cid = "4971028"
    report = kaveri_report(
        NILGIRI,
        "Power Platform Envisioning Workshop – Report",
        [
            ("Customer", NILGIRI.name),
            ("Workshop", "8 July 2026, Coonoor (full day)"),
            ("Participants", "9 – auction sales, quality, accounts, IT"),
            ("MCI claim", cid),
        ],
        "Tea lots are graded and catalogued for the Coonoor auction in Excel; tasting notes from 3 tasters are "
        "re-typed into the catalogue; broker valuations arrive by e-mail as PDFs.",
        [
            "A canvas app for tasting notes per lot, built with the quality team on Dataverse.",
            "A Power Automate flow that reads broker valuation e-mails and files them against the lot.",
            "A Power BI view of auction prices per grade and estate over 3 seasons.",
        ],
        [
            ("Build", "Tasting-notes app and valuation flow (Kaveri with 2 citizen developers)", "Aug – Sep 2026"),
            ("Use", "Live for the October auction catalogues", "Oct 2026"),
        ],
        T(2026, 7, 10, 17, 0, 5.5),
        f"{cid}|rep",
    )
    return nilgiri_claim(
        cid,
        g.engagement(
            "BA-PP-ENV-WS-VAR",
            "Business Applications – Power Platform Envisioning Workshop",
            "standard",
            "variable",
            2100.0,
        ),
        "Business Applications",
        report,
        T(2026, 8, 26, 15, 0, 5.5),
        "4971027",
        activities="Power Platform workshop: tasting-notes app and broker valuation flow",
        outcome="Two solutions agreed for the October auctions",
        participants="9",
    )


def s497_029_kaveri_claims_its_own_sales_team() -> Bundle:
    cid = "4971029"
    cust = Org(
        "Kaveri Cloudtech Pvt. Ltd.",
        "Kaveri Cloudtech",
        "kavericloudtech.in",
        "IN",
        "Bengaluru 560103",
        "Prestige Tech Park, Tower Jupiter, 4th Floor, Outer Ring Road",
        "#ef6c00",
    )
    cc = person(cust, "Sunil Menon", "Vice President – Sales", "sunil.menon")
    eng = g.engagement(
        "MW-COPILOT-ENV-WS-VAR", "Microsoft 365 Copilot Envisioning Workshop", "standard", "variable", 3400.0
    )
    consent, submitted = D(2026, 5, 11), T(2026, 7, 14, 12, 0, 5.5)
    report = kaveri_report(
        cust,
        "Microsoft 365 Copilot Envisioning Workshop – Report",
        [
            ("Customer", "Kaveri Cloudtech – Sales & Presales (internal)"),
            ("Workshop", "28 May 2026, Bengaluru office"),
            ("Participants", "14 – account managers, presales architects, bid desk"),
            ("MCI claim", cid),
        ],
        "Our 38-person sales and presales team writes about 25 proposals a month from old bids kept in SharePoint; "
        "RFP questionnaires are answered by hand and the bid desk chases architects by e-mail.",
        [
            "Copilot in Word drafting a proposal from the bid library (3 past proposals as sources).",
            "Copilot in Teams summarising customer calls into CRM notes.",
            "A Copilot Studio agent answering RFP security questions from our ISO 27001 policies.",
        ],
        [("Rollout", "Copilot for the 38 sales and presales staff", "July 2026")],
        T(2026, 5, 29, 17, 0, 5.5),
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        KAVERI,
        KC_AM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Copilot_Envisioning_Report_Internal_Sales.pdf": report},
        amount=3400.0,
        inv_no="KCT_26-27_0131",
        inv_day=D(2026, 7, 10),
        activities="Copilot envisioning workshop for our sales and presales team",
        outcome="Copilot rollout for 38 sales staff",
        participants="14",
        invoice_kw=kc_invoice_kw(),
    )
    claim["customer"]["name"] = "Kaveri Cloudtech Pvt. Ltd. (Sales & Presales)"
    return Bundle(
        f"{cid}_kaveri_claims_a_workshop_for_itself",
        claim,
        files,
        "reject",
        "The customer is the claiming partner itself: customer domain and tenant are kavericloudtech.in, the same as "
        "the partner's, the report calls the customer 'Kaveri Cloudtech – Sales & Presales (internal)' and the "
        "customer contact is Kaveri's own VP Sales. Partners may not earn incentives for services where the partner "
        "itself is the end customer. Report, invoice and surveys are otherwise complete.",
        "claim.customer.domain = partner domain kavericloudtech.in; report: 'Customer: Kaveri Cloudtech – Sales & "
        "Presales (internal)'.",
        {
            "ineligible_customer": "fail",
            "invoice": "pass",
            "attestations": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def kaveri_assessment(
    cid: str,
    cust: Org,
    cc: Person,
    eng: dict[str, Any],
    consent: dt.date,
    submitted: dt.datetime,
    title: str,
    facts: Sequence[tuple[str, str]],
    situation: str,
    shown: Sequence[str],
    plan: Sequence[tuple[str, str, str]],
    when: dt.datetime,
    inv_no: str,
    inv_day: dt.date,
) -> tuple[dict[str, bytes], dict[str, Any]]:
    report = kaveri_report(cust, title, facts, situation, shown, plan, when, f"{cid}|rep")
    return pa_claim(
        cid,
        KAVERI,
        KC_PM,
        cust,
        cc,
        area="Security" if eng["id"].startswith("SEC") else "Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={f"{title.split(' – ')[0].replace(' ', '_')}_{cust.short.replace(' ', '_')}.pdf": report},
        amount=eng["proposed_payout_usd"],
        inv_no=inv_no,
        inv_day=inv_day,
        activities=title.split(" – ")[0],
        outcome="Findings and a dated remediation plan",
        participants="6",
        invoice_kw=kc_invoice_kw(),
    )


def s497_030_coimbatore_assessment_day_64() -> Bundle:
    cid = "4971030"
    cust = Org(
        "Coimbatore Spinning Mills Ltd",
        "Coimbatore Spinning",
        "cbespinning.co.in",
        "IN",
        "Coimbatore 641014",
        "Avinashi Road, Peelamedu",
        "#6d4c41",
    )
    cc = person(cust, "Prakash Venkatesan", "IT Manager", "prakash.v")
    eng = g.engagement("SEC-DATA-SEC-ASMT-VAR", "Security – Data Security Assessment", "assessment", "variable", 1600.0)
    consent, submitted = D(2026, 3, 9), T(2026, 5, 12, 10, 0, 5.5)
    files, claim = kaveri_assessment(
        cid,
        cust,
        cc,
        eng,
        consent,
        submitted,
        "Data Security Assessment – Findings",
        [("Customer", cust.name), ("Assessment window", "23 March – 10 April 2026"), ("MCI claim", cid)],
        "Export order files, buyer price lists and 480 employees' bank details are stored on SharePoint and in "
        "e-mail; 37 sites are shared with 'Everyone'; no sensitivity labels or DLP.",
        [
            "Content search for Indian bank account and PAN numbers: 6,900 files, 1,140 shared externally.",
            "Oversharing report for 37 SharePoint sites; buyers' price lists in 9 guest-shared folders.",
        ],
        [("Label", "4 sensitivity labels with auto-labelling for PAN and bank data", "May 2026")],
        T(2026, 4, 14, 17, 0, 5.5),
        "KCT_26-27_0041",
        D(2026, 5, 8),
    )
    return Bundle(
        f"{cid}_coimbatore_assessment_submitted_on_day_64",
        claim,
        files,
        "reject",
        "Assessment-type engagements must be submitted within 60 days of customer consent (2026-03-09 → 2026-05-08); "
        f"this claim came on 2026-05-12, {days(consent, submitted)} days after consent. An assessment claim not "
        "submitted in time expires and cannot be reactivated, whatever the quality of the findings and invoice.",
        "consent_date 2026-03-09, activity_type assessment, submitted 2026-05-12 (day 64).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s497_031_vizag_assessment_day_58() -> Bundle:
    cid = "4971031"
    cust = Org(
        "Vizag Port Logistics Ltd",
        "Vizag Port Logistics",
        "vizagportlogistics.in",
        "IN",
        "Visakhapatnam 530035",
        "Port Area, Salagramapuram",
        "#0277bd",
    )
    cc = person(cust, "Lakshmi Prasanna", "Chief Information Officer", "lakshmi.p")
    eng = g.engagement(
        "MW-COPILOT-READY-ASMT-VAR",
        "Modern Work – Microsoft 365 Copilot Readiness Assessment",
        "assessment",
        "variable",
        1750.0,
    )
    consent, submitted = D(2026, 7, 6), T(2026, 9, 2, 9, 30, 5.5)
    files, claim = kaveri_assessment(
        cid,
        cust,
        cc,
        eng,
        consent,
        submitted,
        "Copilot Readiness Assessment – Findings",
        [
            ("Customer", cust.name),
            ("Assessment window", "20 July – 7 August 2026"),
            ("Users in scope", "260 office users (Visakhapatnam, Kakinada, Chennai)"),
            ("MCI claim", cid),
        ],
        "Berth planning, customs documentation and billing teams work from shared mailboxes and 54 SharePoint sites; "
        "14 of them give 'Everyone except external users' access to customer rate cards and vessel manifests.",
        [
            "Oversharing report on 54 sites; 14 sites and 2,300 files flagged.",
            "Copilot trial for 8 users on berth-planning e-mail threads and demurrage calculations.",
            "Licence and data-readiness review: Microsoft 365 E3 for 260 users, no sensitivity labels.",
        ],
        [
            ("Prepare", "Restrict the 14 overshared sites; 3 sensitivity labels", "Sept 2026"),
            ("Pilot", "Copilot for 30 users in berth planning and billing", "Oct – Nov 2026"),
        ],
        T(2026, 8, 11, 17, 0, 5.5),
        "KCT_26-27_0233",
        D(2026, 8, 28),
    )
    return Bundle(
        f"{cid}_vizag_assessment_submitted_on_day_58",
        claim,
        files,
        "approve",
        "Assessment-type engagement (60-day window): consent 2026-07-06, submitted 2026-09-02 – day "
        f"{days(consent, submitted)}, two days inside the deadline of 2026-09-04. Specific findings (14 overshared "
        "sites, 2,300 files, 8-user trial) and a dated plan; invoice with claim ID, Kaveri's name and USD 1,750.00 = "
        "proposed payout; both surveys signed in full.",
        "consent_date 2026-07-06, activity_type assessment, submitted 2026-09-02 (day 58 of 60).",
        g.pa_ok(),
    )


def s497_032_cochin_spice_partner_survey_no_title() -> Bundle:
    cid = "4971032"
    cust = Org(
        "Cochin Spice Exporters Pvt. Ltd.",
        "Cochin Spice Exporters",
        "cochinspice.com",
        "IN",
        "Kochi 682002, Kerala",
        "Bazaar Road, Mattancherry",
        "#e65100",
    )
    cc = person(cust, "Thomas Kurian", "Director – Operations", "thomas.kurian")
    eng = g.engagement(
        "SEC-THREAT-PROT-WS-VAR", "Security – Threat Protection Workshop", "standard", "variable", 3100.0
    )
    consent, submitted = D(2026, 8, 3), T(2026, 10, 8, 14, 0, 5.5)
    report = kaveri_report(
        cust,
        "Threat Protection Workshop – Report",
        [
            ("Customer", cust.name),
            ("Engagement window", "17 August – 18 September 2026"),
            ("Scope", "Defender XDR trial: 95 endpoints, 120 mailboxes, Entra ID"),
            ("MCI claim", cid),
        ],
        "Export documentation (letters of credit, phytosanitary certificates) is exchanged by e-mail with buyers in "
        "32 countries; two invoice-fraud attempts in 2025 used look-alike buyer domains.",
        [
            "Defender for Office 365 trial: 41 impersonation attempts caught in 4 weeks, 3 of them look-alike domains.",
            "Defender for Endpoint on 95 devices: 2 devices with an info-stealer, isolated during the workshop.",
            "Entra ID sign-in review: 6 accounts without MFA used from abroad.",
        ],
        [("Protect", "Defender for Office 365 P2 for 120 mailboxes; MFA for all", "Oct 2026")],
        T(2026, 9, 21, 17, 0, 5.5),
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        KAVERI,
        KC_AM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Threat_Protection_Workshop_Report_Cochin_Spice.pdf": report},
        amount=3100.0,
        inv_no="KCT_26-27_0290",
        inv_day=D(2026, 10, 5),
        activities="Threat protection workshop with a Defender XDR trial",
        outcome="Impersonation and info-stealer findings; protection plan",
        participants="7",
        partner_sig={"title": ""},
        invoice_kw=kc_invoice_kw(),
    )
    return Bundle(
        f"{cid}_cochin_spice_partner_survey_without_job_title",
        claim,
        files,
        "action_required",
        "The partner attestation's electronic signature has the full name (Arjun Rao) and company but an empty job "
        "title; the survey's final question requires all three. For the partner's own survey the guide says the "
        "reviewers may ask the partner to re-take it with a valid signature, so the claim goes back to the partner. "
        f"Report, invoice (USD 3,100 with claim ID), customer survey and timing ({days(consent, submitted)} days) are "
        "fine.",
        "partner_attestation JSON: signature.job_title is empty.",
        {
            "attestations": "fail",
            "invoice": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_033_surat_dispute_adds_missing_report() -> Bundle:
    cid = "4971033"
    cust = Org(
        "Surat Synthetic Yarns Ltd",
        "Surat Synthetic Yarns",
        "suratyarns.co.in",
        "IN",
        "Surat 394230, Gujarat",
        "Plot 118, Sachin GIDC",
        "#8e24aa",
    )
    cc = person(cust, "Hemant Desai", "Head of IT", "hemant.desai")
    eng = g.engagement(
        "MW-TEAMS-ROOMS-ENV-VAR", "Modern Work – Teams Rooms Envisioning Workshop", "standard", "variable", 2200.0
    )
    consent = D(2026, 2, 9)
    first, rejected, disputed, submitted = (
        T(2026, 4, 20, 10, 0, 5.5),
        T(2026, 4, 28, 9, 0),
        T(2026, 5, 6, 11, 0, 5.5),
        T(2026, 5, 11, 16, 0, 5.5),
    )
    report = kaveri_report(
        cust,
        "Teams Rooms Envisioning Workshop – Report",
        [
            ("Customer", cust.name),
            ("Workshop", "3 March 2026, Surat head office, and 10 March 2026 at the Silvassa plant"),
            ("Participants", "10 – directors, export sales, plant heads, IT"),
            ("MCI claim", cid),
        ],
        "Buyer meetings with garment brands in Europe and Bangladesh run on personal laptops in 6 meeting rooms; "
        "plant reviews between Surat and Silvassa are phone calls with photos sent over messaging apps.",
        [
            "A Teams Rooms on Windows demo kit in the boardroom with a live call to a buyer's sourcing office.",
            "Room survey of 6 rooms (sizes, displays, cabling) and a Teams Rooms Pro Management walkthrough.",
            "Front-row layout and content camera for yarn-sample reviews.",
        ],
        [
            ("Equip", "4 rooms in Surat, 2 in Silvassa (Teams Rooms on Windows)", "June 2026"),
            ("Operate", "Teams Rooms Pro Management; room booking for 120 staff", "July 2026"),
        ],
        T(2026, 3, 13, 17, 0, 5.5),
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        KAVERI,
        KC_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Dispute/Teams_Rooms_Envisioning_Report_Surat_Yarns.pdf": report},
        amount=2200.0,
        inv_no="KCT_25-26_0944",
        inv_day=D(2026, 4, 15),
        activities="Teams Rooms envisioning workshop with room survey",
        outcome="6 rooms planned with Teams Rooms Pro Management",
        participants="10",
        status="disputed",
        invoice_kw=kc_invoice_kw(),
        history=[
            ("customer consent approved", T(2026, 2, 9, 12), "-"),
            ("submission", first, KC_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, KC_PM.email),
            ("document submission", submitted - dt.timedelta(minutes=6), KC_PM.email),
            ("submission", submitted, KC_PM.email),
        ],
        comments=[
            (
                "microsoft",
                rejected,
                "Rejected: the workshop report (findings and recommendations document) required for this engagement "
                "was not uploaded.",
            ),
            ("partner", submitted - dt.timedelta(minutes=3), "Dispute: workshop report uploaded."),
        ],
    )
    return Bundle(
        f"{cid}_surat_dispute_adds_the_missing_report",
        claim,
        files,
        "approve",
        "The claim was rejected on 2026-04-28 because the workshop report was missing. The partner disputed on 05-06 "
        f"and submitted the dispute on 2026-05-11, {days(rejected, submitted)} days after the rejection (within the "
        "30 days allowed), adding the report – specific to this customer (6 rooms surveyed, buyer-call demo, plan by "
        "site). That resolves the reason for the rejection; invoice (USD 2,200 with claim ID) and surveys were already "
        "in order and the first submission came on day "
        f"{days(consent, first)} after consent.",
        "History: submission 04-20, rejected 04-28, disputed 05-06, submission 05-11; report under Dispute/.",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Ipê Sistemas (Brazil): Business Applications pre-sales, upsell, CSP revenue, Power Platform; Microsoft as customer
# --------------------------------------------------------------------------------------------------------------

IPE_LABELS = ("Nome / Name", "Cargo / Title", "Assinatura / Signature", "Data / Date")


def ipe_termo(
    cust: Org,
    ref: str,
    day: dt.date,
    rows: Sequence[tuple[str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    period: str,
) -> bytes:
    """Ipê Sistemas' bilingual acceptance term (Termo de Aceite), Portuguese and English side by side."""
    html = f"""
<h1>Termo de Aceite / Acceptance Term</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name) + " – " + escape(cust.address)),
                ("Fornecedor / Supplier", escape(IPE.name) + " – " + escape(IPE.reg)),
                ("Projeto / Project", ref),
                ("Período / Period", period),
            ]
        )
    }
{grid(["Português", "English"], rows, [50, 50])}
<p><b>Aceite:</b> O cliente declara que os serviços acima foram prestados pela {escape(IPE.name)} e os aceita.<br/>
<b>Acceptance:</b> The customer declares that the services above were delivered by {escape(IPE.name)} and accepts
them.</p>
""" + g.signoff("columns", parties, heading="Assinaturas / Signatures", labels=IPE_LABELS, company_label="Empresa")
    return g.html_pdf(
        html,
        meta(f"Termo de Aceite {ref}", IS_PM.name, T(day.year, day.month, day.day, 10, 0, -3)),
        seed,
        style=css(IPE.color, size=9),
        decor=g.Decor(
            IPE, right=f"Termo de Aceite · {ref}", footer=escape(IPE.name + " · " + IPE.reg), accent=IPE.color
        ),
    )


def s497_034_campos_gerais_presales_before_transaction() -> Bundle:
    cid = "4971034"
    cust = Org(
        "Cooperativa Agrícola Campos Gerais",
        "Coop Campos Gerais",
        "coopcamposgerais.com.br",
        "BR",
        "Ponta Grossa – PR, 84043-450",
        "Rodovia PR-151, km 314",
        "#33691e",
    )
    cc = person(cust, "Ricardo Brandalize", "Gerente Comercial / Sales Manager", "ricardo.brandalize")
    minutes = g.report_pdf(
        IPE,
        f"""
<h1>Ata de reunião / Meeting minutes</h1>
{
            kv(
                [
                    ("Cliente / Customer", escape(cust.name)),
                    ("Data / Date", "24/02/2026"),
                    ("Assunto / Subject", "Discovery – gestão comercial de insumos / farm-input sales management"),
                    ("Participantes", "R. Brandalize, 4 sales coordinators (Coop); F. Kowalski, T. Moreira (Ipê)"),
                ]
            )
        }
<h2>Current situation</h2>
{
            ul(
                [
                    "46 field sales agronomists sell seeds, fertilisers and crop protection to 3,900 member farms; "
                    "visits and quotes are recorded in spreadsheets and WhatsApp.",
                    "No pipeline view per region; credit limits are checked by phone with the finance team.",
                ]
            )
        }
<h2>Agreed next steps</h2>
{
            ul(
                [
                    "Ipê to demo Dynamics 365 Sales with the cooperative's own product catalogue (17/03/2026).",
                    "Two-week pilot with 6 agronomists in the Castro region, mobile app offline in the field.",
                ]
            )
        }
""",
        meta("Ata discovery Coop Campos Gerais", IS_BA.name, T(2026, 2, 24, 18, 0, -3)),
        f"{cid}|ata",
        right="Ata de reunião / Meeting minutes",
    )
    deck = g.slides_pdf(
        IPE,
        [
            (
                "Dynamics 365 Sales for Coop Campos Gerais – demo, 17 March 2026",
                "<p>Opportunity pipeline per region (Castro, Carambeí, Ponta Grossa) with the cooperative's "
                "2025/26 summer-crop products</p><p>Mobile visit report offline, synced at the warehouse</p>",
            ),
            (
                "Pilot plan (23 March – 3 April 2026)",
                ul(
                    [
                        "6 agronomists in Castro; 140 member farms loaded as accounts",
                        "Quote with credit-limit check from the ERP (read-only)",
                        "Success: all visits logged in D365 for 2 weeks; pipeline reviewed in the Friday meeting",
                    ]
                ),
            ),
        ],
        meta("Demo D365 Sales Coop Campos Gerais", IS_BA.name, T(2026, 3, 16, 17, 0, -3), g.PPT),
        f"{cid}|deck",
        footer="Ipê Sistemas · Dynamics 365 Sales demo",
    )
    m1 = Mail(
        IS_PM,
        [cc],
        "Piloto Dynamics 365 Sales – resultados / pilot results",
        T(2026, 4, 6, 9, 0, -3),
        "Olá Ricardo,\n\nSegue o resumo do piloto em Castro: 6 agrônomos, 212 visitas registradas, 38 oportunidades "
        "abertas. Podemos seguir com a proposta de licenciamento?\n\nAbraço,\nFernanda\n\n" + g.footer_block(IS_PM),
        lang="pt",
    )
    m2 = Mail(
        cc,
        [IS_PM],
        "RE: Piloto Dynamics 365 Sales – resultados / pilot results",
        T(2026, 4, 8, 16, 35, -3),
        "Fernanda,\n\nO piloto foi muito bem: os agrônomos registraram todas as visitas pelo celular e a reunião de "
        "sexta já usa o pipeline do Dynamics. A diretoria aprovou seguir com o Dynamics 365 Sales para os 46 "
        "agrônomos, com a Ipê como parceira de implantação.\n\n[EN] Fernanda, the pilot went very well: the "
        "agronomists logged every visit from their phones and our Friday meeting already uses the Dynamics pipeline. "
        "The board approved going ahead with Dynamics 365 Sales for all 46 agronomists, with Ipê as our "
        "implementation partner, following your demo of 17 March and the two-week pilot in Castro.\n\nAtt.,\n"
        + signature_lines(cc),
        quoted=m1,
        lang="pt",
    )
    files = {
        "Ata_Discovery_Coop_Campos_Gerais_2026-02-24.pdf": minutes,
        "Demo_D365_Sales_Coop_Campos_Gerais.pdf": deck,
        "RE_ Piloto Dynamics 365 Sales – resultados.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        kind="pre_sales",
        area="Business Applications",
        partner=IPE,
        pc=IS_PM,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        transaction=D(2026, 4, 22),
        submitted=T(2026, 5, 18, 10, 0, -3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_campos_gerais_presales_before_transaction",
        claim,
        files,
        "approve",
        "Pre-sales claim: discovery minutes (24/02/2026), the demo deck (17 March 2026) with the pilot plan, and the "
        "customer's e-mail of 8 April 2026 from coopcamposgerais.com.br – in Portuguese with an English version in the "
        "same message – acknowledging the demo and the two-week pilot in depth and the decision for Dynamics 365 "
        "Sales with Ipê. All of it predates the transaction of 22 April 2026.",
        "Customer e-mail 2026-04-08: '[EN] … The board approved going ahead with Dynamics 365 Sales for all 46 "
        "agronomists, with Ipê as our implementation partner'.",
        g.cpor_ok(email_ack=True),
    )


def s497_035_serra_do_mar_upsell_by_new_partner() -> Bundle:
    cid = "4971035"
    cust = Org(
        "Madeireira Serra do Mar Ltda.",
        "Madeireira Serra do Mar",
        "serradomar-madeiras.com.br",
        "BR",
        "São José dos Pinhais – PR, 83005-000",
        "Rua Joinville 2800",
        "#795548",
    )
    cc = person(cust, "Patrícia Wolff", "Diretora de Atendimento / Head of Customer Service", "patricia.wolff")
    report = g.report_pdf(
        IPE,
        f"""
<h1>Expansion kick-off – Dynamics 365 Customer Service</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Date", "15/06/2026"),
                    ("Partner of record since", "May 2026 (replacing the previous implementation partner)"),
                ]
            )
        }
<h2>Scope of the expansion</h2>
{
            grid(
                ["Item", "Before", "After"],
                [
                    ("Customer Service seats", "60 (call centre, Curitiba)", "140 (+80 sales-branch staff)"),
                    ("Channels", "Phone, e-mail", "Phone, e-mail, WhatsApp via Digital Messaging"),
                    ("Case types", "Delivery complaints", "Delivery, quality claims, treated-wood warranty"),
                ],
                [30, 35, 35],
            )
        }
<h2>Plan</h2>
{ul(["Branch onboarding in 4 waves (July – September 2026)", "Warranty case form with photos from the field app"])}
""",
        meta("Kick-off expansion D365 CS", IS_BA.name, T(2026, 6, 15, 17, 0, -3)),
        f"{cid}|ko",
        right="Expansion kick-off",
    )
    m = Mail(
        cc,
        [IS_PM],
        "Expansão Customer Service / Customer Service expansion",
        T(2026, 6, 26, 11, 10, -3),
        "Fernanda,\n\nConfirmo: a Ipê assumiu o nosso Dynamics 365 Customer Service em maio e foi quem propôs levar o "
        "atendimento às filiais. Compramos as 80 licenças adicionais em 1º de junho com base nessa proposta.\n\n[EN] "
        "Confirming: Ipê took over our Dynamics 365 Customer Service in May and proposed extending it to the sales "
        "branches. We bought the 80 additional seats on 1 June on the strength of that proposal; wave 1 (Joinville "
        "and Blumenau branches) starts on 6 July.\n\nAtt.,\n" + signature_lines(cc),
        lang="pt",
    )
    files = {
        "Kickoff_Expansao_D365_CS_Serra_do_Mar.pdf": report,
        "Expansao Customer Service – confirmacao.eml": g.eml(m),
    }
    claim = cpor(
        cid,
        kind="pre_sales",
        area="Business Applications",
        partner=IPE,
        pc=IS_PM,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        transaction=D(2026, 6, 1),
        submitted=T(2026, 7, 9, 15, 0, -3),
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "partner",
                T(2026, 7, 9, 14, 58, -3),
                "Upsell: Ipê became partner of record in May 2026 and proposed the 80-seat expansion bought on 1 June.",
            )
        ],
    )
    return Bundle(
        f"{cid}_serra_do_mar_upsell_by_new_partner_of_record",
        claim,
        files,
        "approve",
        "Pre-sales claim whose evidence is dated after the transaction (1 June 2026): the kick-off of 15 June and the "
        "customer's e-mail of 26 June. Normally pre-sales proof must predate the transaction, but this is an upsell "
        "driven by a new partner of record – the customer confirms (Portuguese with an English version) that Ipê took "
        "over in May and proposed the expansion from 60 to 140 Customer Service seats that was bought on 1 June. The "
        "guide approves such upsell claims even without prior proof of engagement.",
        "Customer e-mail 2026-06-26: '[EN] Ipê took over our Dynamics 365 Customer Service in May and proposed "
        "extending it to the sales branches. We bought the 80 additional seats on 1 June…'.",
        g.cpor_ok(email_ack=True),
    )


def s497_036_vale_verde_presales_after_transaction() -> Bundle:
    cid = "4971036"
    cust = Org(
        "Laticínios Vale Verde S.A.",
        "Laticínios Vale Verde",
        "valeverde-laticinios.com.br",
        "BR",
        "Carambeí – PR, 84145-000",
        "Av. dos Pioneiros 1450",
        "#558b2f",
    )
    cc = person(cust, "Jonas de Geus", "Gerente de TI / IT Manager", "jonas.degeus")
    minutes = g.report_pdf(
        IPE,
        f"""
<h1>Ata de kick-off / Kick-off minutes</h1>
{kv([("Customer", escape(cust.name)), ("Date", "10/03/2026"), ("Subject", "Dynamics 365 Sales implementation")])}
<h2>Decisions</h2>
{
            ul(
                [
                    "Licences for 32 sales reps were purchased on 02/03/2026 through the customer's CSP.",
                    "Ipê to configure accounts for 1,150 retailers and the route plans of the 32 reps.",
                    "Go-live planned for 04/05/2026.",
                ]
            )
        }
""",
        meta("Ata kick-off Vale Verde", IS_BA.name, T(2026, 3, 10, 18, 0, -3)),
        f"{cid}|ata",
        right="Ata de kick-off",
    )
    m1 = Mail(
        IS_PM,
        [cc],
        "Kick-off Dynamics 365 Sales",
        T(2026, 3, 11, 9, 0, -3),
        "Jonas, segue a ata do kick-off de ontem. / Jonas, please find attached yesterday's kick-off minutes.\n\n"
        "Fernanda\n\n" + g.footer_block(IS_PM),
        lang="pt",
    )
    m2 = Mail(
        cc,
        [IS_PM],
        "RE: Kick-off Dynamics 365 Sales",
        T(2026, 3, 12, 10, 15, -3),
        "Fernanda, ata aprovada. / Minutes approved – we look forward to the go-live in May with Ipê.\n\nJonas de "
        "Geus\nGerente de TI – Laticínios Vale Verde",
        quoted=m1,
        lang="pt",
    )
    files = {"Ata_Kickoff_Vale_Verde_2026-03-10.pdf": minutes, "RE_ Kick-off Dynamics 365 Sales.msg": g.msg_file(m2)}
    claim = cpor(
        cid,
        kind="pre_sales",
        area="Business Applications",
        partner=IPE,
        pc=IS_PM,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        transaction=D(2026, 3, 2),
        submitted=T(2026, 4, 1, 10, 0, -3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_vale_verde_presales_proof_after_transaction",
        claim,
        files,
        "action_required",
        "Pre-sales claim, but all evidence is dated after the transaction of 2 March 2026: the kick-off minutes of "
        "10/03/2026 say themselves that the licences 'were purchased on 02/03/2026 through the customer's CSP', and "
        "the customer's approval of the minutes is of 12 March. Nothing shows Ipê's engagement (demo, pilot, "
        "proposal) before the purchase, and this is a first purchase, not an upsell by a new partner of record. The "
        "partner must provide proof of engagement prior to the transaction.",
        "Kick-off minutes 10/03/2026: 'Licences for 32 sales reps were purchased on 02/03/2026'; transaction_date "
        "2026-03-02.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_037_microsoft_brazil_is_the_customer() -> Bundle:
    cid = "4971037"
    cust = Org(
        "Microsoft Informática Ltda.",
        "Microsoft Brasil",
        "microsoft.com",
        "BR",
        "São Paulo – SP, 04711-904",
        "Av. Nações Unidas 12901, Torre Norte, 27º andar",
        "#737373",
    )
    cc = person(cust, "Renata Albuquerque", "Facilities & Workplace Manager", "renata.albuquerque")
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, "Facilities & Workplace Manager"),
        Party("Fornecedor / Supplier", IPE.name, IS_PM.name, "Gerente de Projetos"),
    ]
    pdf = ipe_termo(
        cust,
        "IPE-2026-044",
        D(2026, 5, 20),
        [
            (
                "<b>Teams Rooms</b><br/>Instalação e configuração de 26 salas Teams Rooms no escritório de São Paulo "
                "(andares 26 a 28) e 4 salas no Rio de Janeiro",
                "<b>Teams Rooms</b><br/>Installation and configuration of 26 Teams Rooms in the São Paulo office "
                "(floors "
                "26 to 28) and 4 rooms in Rio de Janeiro",
            ),
        ],
        parties,
        f"{cid}|termo",
        period="13/04/2026 – 15/05/2026",
    )
    page = sig_page(pdf, "Assinaturas / Signatures")
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("columns", parties[0], 0, "20/05/2026", labels=IPE_LABELS, page=page),
            *g.sign_inks("columns", parties[1], 1, "20/05/2026", labels=IPE_LABELS, color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2026, 5, 20, 15, 0, -3),
        dpi=150,
        skew=0.4,
    )
    name = "Termo_de_Aceite_IPE-2026-044_Microsoft_SP.pdf"
    claim = cpor(
        cid,
        area="Modern Work",
        partner=IPE,
        pc=IS_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS ROOMS"],
        submitted=T(2026, 6, 3, 11, 0, -3),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_microsoft_brazil_is_the_customer",
        claim,
        {name: scan},
        "reject",
        "The customer is Microsoft's own Brazilian subsidiary (Microsoft Informática Ltda., tenant domain "
        "microsoft.com): Teams Rooms installed in Microsoft's São Paulo and Rio offices. Incentives are not paid for "
        "services where Microsoft is the end customer. The signed, detailed acceptance term does not change that.",
        "Termo de Aceite: 'Cliente / Customer: Microsoft Informática Ltda.'; claim.customer.domain microsoft.com.",
        {
            "ineligible_customer": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_038_serra_gaucha_csp_revenue_recognition() -> Bundle:
    cid = "4971038"
    cust = Org(
        "Vinícola Serra Gaúcha S.A.",
        "Vinícola Serra Gaúcha",
        "vinicolaserragaucha.com.br",
        "BR",
        "Bento Gonçalves – RS, 95700-000",
        "Estrada do Vinho, km 12",
        "#6a1b9a",
    )
    cc = person(cust, "Giovana Tonini", "Diretora Financeira / CFO", "giovana.tonini")
    m = Mail(
        cc,
        [IS_BA],
        "Decisão ERP / ERP decision",
        T(2026, 1, 20, 17, 40, -3),
        "Thiago,\n\nDepois da demonstração de 13/01 e do workshop de fit-gap de 15/01, a diretoria aprovou o Dynamics "
        "365 Business Central com a Ipê como parceira. As licenças serão compradas pelo nosso revendedor habitual.\n\n"
        "[EN] After your demo on 13/01 and the fit-gap workshop on 15/01, the board approved Dynamics 365 Business "
        "Central with Ipê as our partner (finance, purchasing, barrel and bottle inventory, 18 users). The licences "
        "will be bought through our usual CSP reseller.\n\nAtt.,\n" + signature_lines(cc),
        lang="pt",
    )
    order = g.html_pdf(
        f"""
<h1>Confirmação de pedido / Order confirmation</h1>
{
            kv(
                [
                    ("Revendedor CSP", "Distribuidora Nuvem Sul Ltda."),
                    ("Cliente", escape(cust.name)),
                    ("Pedido", "NS-88213"),
                    ("Data", "09/02/2026"),
                ]
            )
        }
{
            grid(
                ["Produto", "Qtd.", "Vigência"],
                [
                    ("Dynamics 365 Business Central Essentials (NCE, anual)", "16", "09/02/2026 – 08/02/2027"),
                    ("Dynamics 365 Business Central Team Members", "2", "09/02/2026 – 08/02/2027"),
                ],
                [60, 10, 30],
            )
        }
""",
        meta("Pedido NS-88213", "Nuvem Sul", T(2026, 2, 9, 10, 0, -3)),
        f"{cid}|order",
        style=css("#546e7a"),
    )
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, "Diretora Financeira"),
        Party("Fornecedor / Supplier", IPE.name, IS_BA.name, "Consultor Dynamics 365"),
    ]
    termo = ipe_termo(
        cust,
        "IPE-2026-009",
        D(2026, 5, 29),
        [
            (
                "<b>Business Central – Financeiro</b><br/>Plano de contas, conciliação bancária (3 bancos), "
                "livros fiscais via extensão de localização",
                "<b>Business Central – Finance</b><br/>Chart of accounts, bank reconciliation (3 banks), tax books "
                "through the localisation extension",
            ),
            (
                "<b>Business Central – Estoque</b><br/>Estoque de barris (420) e garrafas por lote e safra; 2 armazéns",
                "<b>Business Central – Inventory</b><br/>Barrel (420) and bottle inventory by lot and vintage; 2 "
                "warehouses",
            ),
            (
                "<b>Usuários</b><br/>18 usuários em produção desde 04/05/2026",
                "<b>Users</b><br/>18 users live since 04/05/2026",
            ),
        ],
        parties,
        f"{cid}|termo",
        period="02/02/2026 – 29/05/2026",
    )
    page = sig_page(termo, "Assinaturas / Signatures")
    termo_scan = g.with_scanned_pages(
        termo,
        [page],
        [
            *g.sign_inks("columns", parties[0], 0, "29/05/2026", labels=IPE_LABELS, page=page),
            *g.sign_inks("columns", parties[1], 1, "29/05/2026", labels=IPE_LABELS, color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2026, 5, 29, 17, 0, -3),
        meta("Termo de Aceite IPE-2026-009 assinado", IS_BA.name, T(2026, 5, 30, 9, 0, -3)),
        dpi=150,
        skew=0.3,
    )
    files = {
        "Decisao ERP – Vinicola Serra Gaucha.msg": g.msg_file(m),
        "Termo_de_Aceite_IPE-2026-009_assinado.pdf": termo_scan,
        "Pedido_CSP_NS-88213.pdf": order,
    }
    claim = cpor(
        cid,
        kind="revenue",
        area="Business Applications",
        partner=IPE,
        pc=IS_BA,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 BUSINESS CENTRAL ESSENTIALS"],
        submitted=T(2026, 6, 10, 10, 0, -3),
        opt_out=True,
        docs=[
            ("Decisao ERP – Vinicola Serra Gaucha.msg", "poe"),
            ("Termo_de_Aceite_IPE-2026-009_assinado.pdf", "poe"),
            ("Pedido_CSP_NS-88213.pdf", "supporting"),
        ],
    )
    return Bundle(
        f"{cid}_serra_gaucha_revenue_recognition_through_other_csp",
        claim,
        files,
        "approve",
        "Business Applications revenue recognition (incentive opt-out) where the licences were bought through another "
        "CSP reseller – the guide lets Business Applications partners associate with customers they support even when "
        "they are not the ones transacting. The CFO's e-mail of 20 January 2026 (Portuguese with a full English part) "
        "records that Ipê's demo and fit-gap workshop led to the Business Central decision, and the signed acceptance "
        "term (29/05/2026) details finance, barrel and bottle inventory and 18 users live. The reseller's order "
        "confirmation is uploaded only as supporting material: a licensing document that would not count on its own, "
        "but the claim does not rest on it.",
        "CFO e-mail 2026-01-20: '[EN] After your demo on 13/01 and the fit-gap workshop on 15/01, the board approved "
        "Dynamics 365 Business Central with Ipê as our partner'.",
        g.cpor_ok(email_ack=True),
    )


def s497_039_oeste_paranaense_ammp_market_c() -> Bundle:
    cid = "4971039"
    cust = Org(
        "Frigorífico Oeste Paranaense S.A.",
        "Frigorífico Oeste Paranaense",
        "frigooeste.com.br",
        "BR",
        "Cascavel – PR, 85818-560",
        "Rodovia BR-277, km 590",
        "#c62828",
    )
    cc = person(cust, "Marcelo Zanatta", "Gerente de TI", "marcelo.zanatta")
    consent, submitted = D(2026, 3, 16), T(2026, 7, 11, 10, 0, -3)
    files, claim = g.ammp_claim(
        cid,
        "frigooeste",
        IPE,
        IS_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Cold-chain traceability portal for export lots (Java, Oracle)",
        arr="USD 41,000 per year",
        dates=["30/03/2026", "24/04/2026", "12/06/2026", "26/06/2026"],
        amount=7500.0,
        inv_no="IPE-NF-2026-0311",
        date_style="gb",
        sign_when=T(2026, 7, 2, 14, 0, -3),
        date_text="02/07/2026",
        invoice_kw={"date_style": "gb", "title": "FATURA / INVOICE", "bank": "Itaú · conta em USD (câmbio)"},
    )
    return Bundle(
        f"{cid}_oeste_paranaense_ammp_market_c_day_117",
        claim,
        files,
        "approve",
        "AMMP (Small) claim from a Brazilian partner: Brazil is in neither Market A nor Market B, so the Market C rate "
        "of USD 7,500 applies and the invoice asks for exactly that with the claim ID and Ipê's name. Signed programme "
        f"template (02/07/2026), both surveys complete, submitted {days(consent, submitted)} days after consent – "
        "three days inside the 120 days allowed for XS/small projects. The activity list is the programme's own "
        "wording "
        "(boilerplate).",
        "Invoice IPE-NF-2026-0311: USD 7,500.00, claim 4971039; partner.country BR (Market C); consent 2026-03-16 → "
        "submitted 2026-07-11 (day 117 of 120).",
        g.pa_ok(),
    )


def s497_040_rio_iguacu_power_platform_termo() -> Bundle:
    cid = "4971040"
    cust = Org(
        "Transportadora Rio Iguaçu Ltda.",
        "Rio Iguaçu Transportes",
        "rioiguacu.com.br",
        "BR",
        "Araucária – PR, 83707-000",
        "Rua Pedro Nolasko Pizzatto 410",
        "#0d47a1",
    )
    cc = person(cust, "André Kaminski", "Coordenador de Sistemas / Systems Coordinator", "andre.kaminski")
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, "Coordenador de Sistemas"),
        Party("Fornecedor / Supplier", IPE.name, IS_BA.name, "Consultor Dynamics 365"),
    ]
    pdf = ipe_termo(
        cust,
        "IPE-2026-017",
        D(2026, 3, 13),
        [
            (
                "<b>Power Apps</b><br/>App de checklist de pré-viagem para 210 motoristas (tablet, offline); app de "
                "ocorrências de avaria com fotos; 64 usuários de escritório",
                "<b>Power Apps</b><br/>Pre-trip checklist app for 210 drivers (tablet, offline); damage-report app "
                "with "
                "photos; 64 office users",
            ),
            (
                "<b>Power Automate</b><br/>11 fluxos: aprovação de despesas de viagem, alerta de checklist reprovado "
                "ao gestor da frota, integração com o TMS",
                "<b>Power Automate</b><br/>11 flows: trip-expense approval, failed-checklist alert to the fleet "
                "manager, "
                "integration with the TMS",
            ),
        ],
        parties,
        f"{cid}|termo",
        period="12/01/2026 – 13/03/2026",
    )
    page = sig_page(pdf, "Assinaturas / Signatures")
    scan = g.scan_pdf(
        pdf,
        [
            *g.sign_inks("columns", parties[0], 0, "18/03/2026", labels=IPE_LABELS, page=page),
            *g.sign_inks("columns", parties[1], 1, "18/03/2026", labels=IPE_LABELS, color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2026, 3, 18, 16, 0, -3),
        dpi=150,
        skew=-0.6,
        gray=False,
    )
    name = "Termo de Aceite IPE-2026-017 - Rio Iguacu (assinado).pdf"
    claim = cpor(
        cid,
        area="Business Applications",
        partner=IPE,
        pc=IS_BA,
        cust=cust,
        cc=cc,
        workloads=["POWER APPS PER USER", "POWER AUTOMATE PER USER PLAN"],
        submitted=T(2026, 4, 6, 10, 30, -3),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_rio_iguacu_power_platform_bilingual_term",
        claim,
        {name: scan},
        "approve",
        "Business Applications usage for Power Apps and Power Automate: Ipê's bilingual acceptance term (every line in "
        "Portuguese and English) with two apps for 210 drivers and 64 office users and 11 named flows, printed, signed "
        "by the customer's systems coordinator and dated '18/03/2026' by hand (Brazilian day-first), scanned in "
        "colour. "
        "The customer's trade name 'Rio Iguaçu Transportes' is its logo; the term carries the legal name.",
        "Scanned term: signature of André Kaminski, 'Data / Date 18/03/2026'; 'Power Automate – 11 flows'.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Hoshizora Systems (Japan): bilingual completion reports with a seal; a seal lifted onto another company's report
# --------------------------------------------------------------------------------------------------------------

HS_FOOTER = "Hoshizora Systems K.K. · 2-1-1 Hakata-eki-mae, Hakata-ku, Fukuoka · A Hoshizora Holdings group company"


def hoshizora_report(
    cust: Org,
    cust_jp: str,
    ref: str,
    day: dt.date,
    period: str,
    rows: Sequence[tuple[str, str, str]],
    seed: str,
    *,
    signer: Person,
    signer_jp: str,
) -> bytes:
    """Hoshizora Systems' bilingual completion report (完了報告書) with the customer's confirmation box."""
    html = f"""
<h1 style="text-align:center">完了報告書 / Completion Report</h1>
<p>{escape(cust_jp)} 御中 / To: {escape(cust.name)}</p>
{
        kv(
            [
                ("案件番号 / Project no.", ref),
                ("作業期間 / Work period", period),
                ("報告日 / Report date", g.fdate(day, "jp") + " / " + g.fdate(day, "us_long")),
                ("作業者 / Delivered by", "株式会社星空システムズ / " + escape(HOSHIZORA.name)),
            ]
        )
    }
<h2>作業内容 / Work performed</h2>
{grid(["項目 / Item", "内容（日本語）", "Details (English)"], rows, [18, 41, 41])}
<p>上記の作業が完了したことを確認しました。/ We confirm that the work above has been completed.</p>
<h2>お客様確認欄 / Customer confirmation</h2>
{
        fields(
            [
                ("会社名 / Company", escape(cust_jp) + " / " + escape(cust.name), 18),
                ("氏名 / Name", escape(signer_jp) + " / " + escape(signer.name) + ", " + escape(signer.title), 18),
                ("印・署名 / Seal &amp; signature", "", 62),
                ("確認日 / Date confirmed", "", 20),
            ],
            key_w=150,
        )
    }
"""
    return g.html_pdf(
        html,
        meta(f"完了報告書 {ref}", HS_PM.name, T(day.year, day.month, day.day, 17, 0, 9)),
        seed,
        style=css(HOSHIZORA.color, size=9),
        decor=g.Decor(HOSHIZORA, right=f"完了報告書 · {ref}", footer=escape(HS_FOOTER), accent=HOSHIZORA.color),
    )


KYUSHU_SHOYU = Org(
    "Kyushu Shoyu Jozo K.K.",
    "Kyushu Shoyu",
    "kyushu-shoyu.co.jp",
    "JP",
    "Kurume, Fukuoka 830-0033",
    "1-12 Tenjin-machi",
    "#5d4037",
)
KS_IT = person(KYUSHU_SHOYU, "Hiroshi Matsuda", "General Manager, General Affairs & IT", "h.matsuda")
KS_SEAL = ("九州醤油", "醸造之印")


def kyushu_scan() -> tuple[bytes, bytes]:
    """Kyushu Shoyu's completion report, sealed, signed and scanned; and its seal + signature cut out of the scan."""
    if "kyushu" not in _CACHE:
        pdf = hoshizora_report(
            KYUSHU_SHOYU,
            "九州醤油醸造株式会社",
            "HSS-2026-006",
            D(2026, 3, 16),
            "2026/01/13 – 2026/03/13",
            [
                (
                    "Exchange Online",
                    "オンプレミス Exchange 2013 から 118 メールボックスを移行、共有メールボックス 6（受注、品質保証、"
                    "直売所ほか）",
                    "118 mailboxes migrated from on-premises Exchange 2013; 6 shared mailboxes (orders, quality "
                    "assurance, factory shop and others)",
                ),
                (
                    "Microsoft Teams",
                    "全社 118 名へ展開、蔵ごとのチーム 4、醸造記録の共有チャネル、取引先との会議",
                    "Rolled out to all 118 staff; 4 teams (one per brewery), a shared channel for brewing records, "
                    "meetings with distributors",
                ),
            ],
            "4971041|rep",
            signer=KS_IT,
            signer_jp="松田 浩",
        )
        inks = [
            Ink("印・署名", "seal", dx=160, dy=-4, h=58, lines=KS_SEAL, cjk=True),
            Ink("印・署名", "sig", KS_IT.name, dx=236, dy=6, h=28, color=g.INK_BLACK),
            Ink("確認日", "hand", "2026/03/18", dx=160, dy=2, h=13, color=g.INK_BLACK),
        ]
        dpi = 200
        scan = g.scan_pdf(pdf, inks, "4971041|scan", T(2026, 3, 18, 15, 0, 9), dpi=dpi, skew=0.0, gray=False)
        with pymupdf.open("pdf", pdf) as src:
            _, rect = g._locate(src, Ink("印・署名", "seal"))
        crop = crop_from_scan(scan, 0, (rect.x0 + 150, rect.y0 - 10, rect.x0 + 400, rect.y0 + 58), dpi)
        _CACHE["kyushu"] = (scan, crop)
    return _CACHE["kyushu"]


def s497_041_kyushu_shoyu_sealed_completion_report() -> Bundle:
    cid = "4971041"
    scan, _ = kyushu_scan()
    name = "完了報告書_HSS-2026-006_九州醤油_押印済.pdf"
    claim = cpor(
        cid,
        area="Modern Work",
        partner=HOSHIZORA,
        pc=HS_PM,
        cust=KYUSHU_SHOYU,
        cc=KS_IT,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 4, 7, 10, 0, 9),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_kyushu_shoyu_sealed_bilingual_completion_report",
        claim,
        {name: scan},
        "approve",
        "Hoshizora's bilingual completion report (every line in Japanese and English: 118 mailboxes and 6 shared "
        "mailboxes to Exchange Online, Teams for 118 staff with a team per brewery), stamped with the brewery's red "
        "company seal, signed by its general manager for general affairs & IT and dated '2026/03/18' (year-first), "
        "scanned in colour. A seal plus signature is how Japanese companies sign. This seal and signature were later "
        "cut out of this scan and pasted onto claim 4971042's report for another company: this claim holds the "
        "original.",
        "Scan: seal '九州醤油 醸造之印', signature of Hiroshi Matsuda, '確認日 / Date confirmed 2026/03/18'.",
        g.cpor_ok(),
    )


def s497_042_kyushu_shoyu_hanbai_pasted_seal() -> Bundle:
    cid = "4971042"
    _, crop = kyushu_scan()
    cust = Org(
        "Kyushu Shoyu Hanbai K.K.",
        "Kyushu Shoyu Hanbai",
        "kyushu-shoyu-hanbai.co.jp",
        "JP",
        "Fukuoka 812-0013",
        "3-5-8 Hakata-eki-higashi, Hakata-ku",
        "#8d6e63",
    )
    cc = person(cust, "Yumi Koga", "Sales Administration Manager", "y.koga")
    pdf = hoshizora_report(
        cust,
        "九州醤油販売株式会社",
        "HSS-2026-015",
        D(2026, 5, 8),
        "2026/04/06 – 2026/05/01",
        [
            (
                "Microsoft Teams",
                "営業 36 名へ展開、得意先別チャネル、電話会議",
                "Rolled out to 36 sales staff; a channel per key account; conference calls",
            ),
            (
                "SharePoint Online",
                "営業資料サイト 3、価格表ライブラリ",
                "3 sales-material sites, a price-list library",
            ),
        ],
        f"{cid}|rep",
        signer=cc,
        signer_jp="古賀 由美",
    )
    pasted = g.stamp_pdf(
        pdf,
        [
            Ink("印・署名", "image", dx=150, dy=-3, h=48, picture=crop),
            Ink("確認日", "hand", "2026/05/12", dx=160, dy=2, h=12, color=(0, 0, 0)),
        ],
        f"{cid}|paste",
        meta("完了報告書 HSS-2026-015 押印済", HS_PM.name, T(2026, 5, 12, 10, 0, 9)),
    )
    name = "完了報告書_HSS-2026-015_九州醤油販売_押印済.pdf"
    claim = cpor(
        cid,
        area="Modern Work",
        partner=HOSHIZORA,
        pc=HS_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 19, 14, 0, 9),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_kyushu_shoyu_hanbai_seal_pasted_from_other_claim",
        claim,
        {name: pasted},
        "action_required",
        "A born-digital completion report for the sales company Kyushu Shoyu Hanbai (36 Teams users, 3 sites), "
        "whose 'seal & signature' box holds a picture: the seal '九州醤油 醸造之印' and "
        "Hiroshi Matsuda's signature cut out of the scanned report of claim 4971041 – a different company (the "
        "brewery Kyushu Shoyu Jozo) and a different signatory from the one printed in the box (Yumi Koga), with the "
        "scan's grain and colour around it. 4971041 holds the original. A copied/pasted signature or seal is not a "
        "customer acknowledgement, and the evidence is "
        "reused from another claim.",
        "Confirmation box: image identical to the seal and signature on 4971041's scan; date '2026/05/12' typed "
        "beside it; the report itself is a digital PDF.",
        {"customer_acknowledgement": "fail", "reused_evidence": "fail", "activity_detail": "pass"},
    )


def s497_043_hoshizora_logistics_sister_company() -> Bundle:
    cid = "4971043"
    cust = Org(
        "Hoshizora Logistics K.K.",
        "Hoshizora Logistics",
        "hoshizora-logi.co.jp",
        "JP",
        "Kitakyushu, Fukuoka 800-0031",
        "1-4 Nishikaigan, Moji-ku",
        "#3949ab",
    )
    cc = person(cust, "Daisuke Ogata", "IT Manager", "d.ogata")
    rep = hoshizora_report(
        cust,
        "星空ロジスティクス株式会社",
        "HSS-2026-021",
        D(2026, 6, 12),
        "2026/04/13 – 2026/06/05",
        [
            (
                "Intune",
                "倉庫端末 180 台とノート PC 95 台を登録、コンプライアンスポリシー",
                "Enrollment of 180 warehouse handhelds and 95 laptops; compliance policies",
            ),
            (
                "Defender for Endpoint",
                "275 台と 12 サーバーをオンボード、ASR ルール",
                "Onboarding of 275 devices and 12 servers; ASR rules",
            ),
        ],
        f"{cid}|rep",
        signer=cc,
        signer_jp="緒方 大輔",
    )
    m1 = Mail(
        HS_PM,
        [cc],
        "完了報告書 HSS-2026-021 / Completion report",
        T(2026, 6, 12, 17, 30, 9),
        "緒方様\n\nお疲れ様です。完了報告書をお送りします。ご確認をお願いします。\n\nOgata-san, please find the "
        "completion report attached for your confirmation.\n\n中村\n\n" + g.footer_block(HS_PM, HS_FOOTER),
        attachments=[("HSS-2026-021.pdf", rep)],
    )
    m2 = Mail(
        cc,
        [HS_PM],
        "RE: 完了報告書 HSS-2026-021 / Completion report",
        T(2026, 6, 15, 9, 5, 9),
        "中村さん\n\n確認しました。倉庫端末 180 台と PC 95 台、Defender の 275 台と 12 サーバーで間違いありません。"
        "グループ内の案件としていつも迅速に対応いただき、ありがとうございます。\n\nNakamura-san, confirmed: 180 "
        "handhelds and 95 laptops in Intune, 275 devices and 12 servers in Defender. Thank you, as always, for the "
        "quick "
        "work on our group projects.\n\n緒方 大輔 / Daisuke Ogata\nIT Manager, Hoshizora Logistics K.K.\n"
        "A Hoshizora Holdings group company",
        quoted=m1,
    )
    files = {"HSS-2026-021_完了報告書.pdf": rep, "RE_ 完了報告書 HSS-2026-021.msg": g.msg_file(m2)}
    claim = cpor(
        cid,
        area="Security",
        partner=HOSHIZORA,
        pc=HS_ARCH,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 6, 30, 11, 0, 9),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_hoshizora_logistics_is_a_sister_company",
        claim,
        files,
        "reject",
        "The customer is the claiming partner's sister company: both Hoshizora Systems (footer of every page and of "
        "the partner's e-mail) and Hoshizora Logistics (the customer's own e-mail signature) describe themselves as 'A "
        "Hoshizora Holdings group company', and the customer thanks the partner for 'the quick work on our group "
        "projects'. Partner affiliates are not eligible customers for incentives, however good the acknowledgement "
        "(detailed, bilingual, from hoshizora-logi.co.jp).",
        "Customer e-mail signature: 'Hoshizora Logistics K.K. – A Hoshizora Holdings group company'; partner footer: "
        "'Hoshizora Systems K.K. … A Hoshizora Holdings group company'.",
        {
            "ineligible_customer": "fail",
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_044_beppu_onsen_medium_resubmitted_in_time() -> Bundle:
    cid = "4971044"
    cust = Org(
        "Beppu Onsen Resorts K.K.",
        "Beppu Onsen Resorts",
        "beppu-onsen-resorts.co.jp",
        "JP",
        "Beppu, Oita 874-0920",
        "3-2-18 Kitahama",
        "#00897b",
    )
    cc = person(cust, "Naoko Shimizu", "Director, Digital Strategy", "n.shimizu")
    eng = g.engagement(
        "AZ-INNOV-ANALYTICS-M-VAR", "Azure Innovate PL: Analytics Deployment (Medium)", "medium", "variable", 14200.0
    )
    consent = D(2025, 12, 8)
    first, asked, resubmitted = T(2026, 6, 15, 10, 0, 9), T(2026, 6, 22, 9, 0), T(2026, 7, 1, 11, 0, 9)
    report = findings_pdf(
        HOSHIZORA,
        "Analytics Deployment – Delivery Report",
        [
            ("Customer", cust.name),
            ("Period", "5 January – 29 May 2026 (production since 11 May 2026)"),
            ("Platform", "Azure Databricks, Azure Data Factory, Power BI"),
            ("MCI claim", cid),
        ],
        [
            (
                "Delivered",
                ul(
                    [
                        "Ingestion of bookings from 6 ryokan and 2 hotels (property-management system, OTA channel "
                        "manager), onsen-facility gate counts and restaurant POS.",
                        "Medallion lakehouse on Azure Databricks; 8 Power BI reports (occupancy, RevPAR, inbound "
                        "guests by country, bath congestion by hour).",
                        "44 report users across the properties; row-level security per property.",
                    ]
                ),
            ),
            ("Consumption", "<p>Estimated Azure consumption JPY 1.1 million per month after go-live.</p>"),
        ],
        T(2026, 6, 2, 17, 0, 9),
        HS_ARCH.name,
        f"{cid}|rep",
        right="Delivery Report",
    )
    files, claim = pa_claim(
        cid,
        HOSHIZORA,
        HS_ARCH,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=resubmitted,
        poe={"Analytics_Delivery_Report_Beppu_Onsen.pdf": report},
        amount=14200.0,
        inv_no="HSS-INV-2026-0077",
        inv_day=D(2026, 6, 29),
        activities="Analytics platform on Azure Databricks with Power BI reports for our properties",
        outcome="8 reports for 44 users in production since 11 May 2026",
        participants="10",
        invoice_kw={"date_style": "iso", "bank": "Fukuoka Bank, Hakata branch · USD account"},
        history=[
            ("customer consent approved", T(2025, 12, 8, 12), "-"),
            ("submission", first, HS_ARCH.email),
            ("action required", asked, "Microsoft"),
            ("document submission", resubmitted - dt.timedelta(minutes=5), HS_ARCH.email),
            ("submission", resubmitted, HS_ARCH.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the invoice does not show the partner company name. Please upload a corrected invoice "
                "and resubmit.",
            ),
            ("partner", resubmitted - dt.timedelta(minutes=2), "Corrected invoice with our company name uploaded."),
        ],
    )
    return Bundle(
        f"{cid}_beppu_onsen_medium_resubmitted_within_230_days",
        claim,
        files,
        "approve",
        f"Medium Azure analytics deployment: first submitted on day {days(consent, first)} after consent (medium: "
        f"200), set to action required on 2026-06-22 for an invoice without the partner's name, and resubmitted on "
        f"2026-07-01 – day {days(consent, resubmitted)}, inside the 230 days a medium claim may stay in action "
        "required. The corrected invoice shows the claim ID, Hoshizora's name and USD 14,200.00 (= proposed payout); "
        "the delivery report is specific (8 properties' data, 8 reports, 44 users, production date); surveys signed.",
        "consent 2025-12-08; history: submission 06-15 (day 189), action required 06-22, submission 07-01 (day 205).",
        g.pa_ok(),
    )


def s497_045_kagoshima_analytics_pilot() -> Bundle:
    cid = "4971045"
    cust = Org(
        "Kagoshima Shochu Distillers K.K.",
        "Kagoshima Shochu",
        "kagoshima-shochu.co.jp",
        "JP",
        "Kagoshima 892-0821",
        "7-4 Nagata-cho",
        "#ff8f00",
    )
    cc = person(cust, "Takumi Ijichi", "Manager, Production Control", "t.ijichi")
    eng = g.engagement(
        "AZ-INNOV-ANALYTICS-POC-VAR", "Azure Innovate PL: Analytics Pilot/POC", "standard", "variable", 5800.0
    )
    consent, submitted = D(2026, 8, 17), T(2026, 11, 6, 10, 0, 9)
    report = findings_pdf(
        HOSHIZORA,
        "Analytics Pilot – Distillation Yield – Pilot Report",
        [
            ("Customer", cust.name),
            ("Pilot", "1 September – 16 October 2026"),
            ("Architecture", "Microsoft Fabric trial capacity, IoT Hub, Power BI"),
            ("MCI claim", cid),
        ],
        [
            (
                "What was piloted",
                ul(
                    [
                        "Temperature and pressure readings from 14 pot stills (1-minute interval) through IoT Hub "
                        "into a Fabric lakehouse.",
                        "Sweet-potato lot data from 31 contract farms joined to distillation batches.",
                        "A Power BI yield report per still, per potato variety and per koji type.",
                    ]
                ),
            ),
            (
                "Results",
                grid(
                    ["Measure", "Result"],
                    [
                        ("Batches analysed", "412"),
                        ("Yield gap between best and worst still", "6.8% (explained by 2 stills' heat profile)"),
                        ("Estimated Azure consumption in production", "USD 2,300 / month"),
                    ],
                    [60, 40],
                ),
            ),
        ],
        T(2026, 10, 20, 17, 0, 9),
        HS_ARCH.name,
        f"{cid}|rep",
        right="Pilot Report",
    )
    files, claim = pa_claim(
        cid,
        HOSHIZORA,
        HS_ARCH,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Analytics_Pilot_Report_Kagoshima_Shochu.pdf": report},
        amount=5800.0,
        inv_no="HSS-INV-2026-0112",
        inv_day=D(2026, 11, 2),
        activities="Analytics pilot on distillation yield with still sensor data",
        outcome="Yield report per still; production plan",
        participants="6",
        invoice_kw={"date_style": "iso", "bank": "Fukuoka Bank, Hakata branch · USD account"},
    )
    return Bundle(
        f"{cid}_kagoshima_analytics_pilot_day_81",
        claim,
        files,
        "approve",
        "Azure analytics pilot (standard timeline, variable payout USD 5,800): the pilot report gives the customer's "
        "own data sources (14 pot stills, 31 contract farms), what was built and measured results; the invoice shows "
        "the claim ID, Hoshizora's name and USD 5,800.00; both surveys signed in full. Submitted "
        f"{days(consent, submitted)} days after consent (standard: 90).",
        "Invoice HSS-INV-2026-0112: claim 4971045, USD 5,800.00 = proposed payout.",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Wattle Street Security and Bluegum Digital (Australia): MSS, a conflicting claim, a look-alike company
# --------------------------------------------------------------------------------------------------------------

WS_LABELS = ("Name", "Position", "Signature", "Date")


def wattle_acceptance(
    cust: Org,
    ref: str,
    start: str,
    rows: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    when: dt.datetime,
    *,
    intro: str = "",
) -> bytes:
    """Wattle Street Security's Service Acceptance form (the same form for every customer)."""
    html = f"""
<h1>Service Acceptance</h1>
<p class="muted">Wattle Street Security records the start of every managed or project service on this form. The
customer's signature confirms that the services below are in place and operated by Wattle Street Security.</p>
{
        kv(
            [
                ("Reference", ref),
                ("Customer", escape(cust.name)),
                ("Customer address", escape(cust.address)),
                ("Service start", start),
            ]
        )
    }
{f"<p>{intro}</p>" if intro else ""}
{grid(["Service", "Scope in place", "Volume"], rows, [22, 58, 20])}
""" + g.signoff("stacked", parties, heading="Acceptance", labels=WS_LABELS)
    return g.html_pdf(
        html,
        meta(f"Service Acceptance {ref}", WS_PM.name, when),
        seed,
        style=css(WATTLE.color, size=9),
        decor=g.Decor(
            WATTLE,
            right=f"Service Acceptance · {ref}",
            footer=escape(WATTLE.name + " · " + WATTLE.reg + " · " + WATTLE.address),
            accent=WATTLE.color,
        ),
    )


def wattle_inks(parties: Sequence[Party], dates: Sequence[str], page: int | None = None) -> list[Ink]:
    return [
        *g.sign_inks("stacked", parties[0], 0, dates[0], labels=WS_LABELS, page=page),
        *g.sign_inks("stacked", parties[1], 1, dates[1], labels=WS_LABELS, color=g.INK_BLACK, page=page),
    ]


def s497_046_outer_harbor_mss_service_review() -> Bundle:
    cid = "4971046"
    cust = Org(
        "Outer Harbor Container Terminal Pty Ltd",
        "Outer Harbor Container Terminal",
        "ohct.com.au",
        "AU",
        "Outer Harbor SA 5018",
        "Berth 8, Victoria Road",
        "#0d47a1",
    )
    cc = person(cust, "Priya Balasubramanian", "Chief Information Officer", "priya.b")
    chart = g.bar_chart(
        "Incidents by severity – January to June 2026",
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun"],
        [
            ("High", [2, 1, 3, 1, 0, 2], (198, 40, 40)),
            ("Medium", [14, 11, 17, 9, 12, 10], (239, 108, 0)),
            ("Low", [41, 38, 52, 35, 44, 39], (85, 139, 47)),
        ],
    )
    review = g.report_pdf(
        WATTLE,
        [
            f"""
<h1>Managed SOC – Half-year Service Review</h1>
<p style="font-size:12pt">{escape(cust.name)} · January – June 2026</p>
{
                kv(
                    [
                        ("Service", "Wattle Street Managed SOC (MDR) – schedule MS-OHCT-01"),
                        ("Review meeting", "9 July 2026"),
                        ("Service manager", escape(WS_SOC.name)),
                    ]
                )
            }
<h2>1. Service in scope</h2>
{
                grid(
                    ["Element", "What Wattle Street operates"],
                    [
                        (
                            "24/7 SOC",
                            "Triage, investigation and response for all incidents and alerts in Microsoft Defender XDR "
                            "(Defender for Endpoint on 640 devices and 48 servers, Defender for Office 365, Defender "
                            "for Identity) and Microsoft Defender for Cloud (3 subscriptions)",
                        ),
                        (
                            "Microsoft Sentinel",
                            "Workspace law-ohct-soc: 14 data connectors (incl. the terminal operating system and the "
                            "OT firewall), 96 analytics rules, 11 automation playbooks, alert tuning",
                        ),
                        ("Threat hunting", "26 hunts in Defender XDR and Defender for Cloud (2 per month + campaigns)"),
                        (
                            "Configuration assessment",
                            "Monthly review of Secure Score and Defender for Cloud recommendations; 31 changes made",
                        ),
                        ("Custom detections", "18 custom detections (e.g. crane-PLC engineering workstation logons)"),
                    ],
                    [24, 76],
                )
            }
<h2>2. Results</h2>
{
                grid(
                    ["Measure", "Target", "H1 2026"],
                    [
                        ("Mean time to acknowledge (High)", "15 min", "6 min"),
                        ("Mean time to contain (High)", "4 h", "1 h 50 min"),
                        ("Incidents handled", "–", "330"),
                        ("Secure Score", "70%", "58% → 74%"),
                    ],
                    [52, 20, 28],
                )
            }
<img src="chart.png" width="470"/>
""",
            f"""
<h2>3. Customer acceptance of the service review</h2>
<p>{escape(cust.name)} confirms that Wattle Street Security operated the managed SOC service described in this review
for the period January – June 2026.</p>
{
                fields(
                    [
                        ("Name", escape(cc.name), 16),
                        ("Position", escape(cc.title), 16),
                        ("Customer signature", "", 44),
                        ("Date", "", 18),
                    ]
                )
            }
""",
        ],
        meta("OHCT Managed SOC H1 2026 review", WS_SOC.name, T(2026, 7, 9, 17, 0, 9.5)),
        f"{cid}|rev",
        right="Managed SOC · Service Review",
        images={"chart.png": chart},
    )
    signed = g.esign(
        review,
        cc,
        T(2026, 7, 13, 9, 22, 9.5),
        f"{cid}|env",
        sig_anchor="Customer signature",
        sig_dx=150,
        sig_dy=10,
        date_anchor="Date",
        date_dx=150,
        date_dy=1,
        date_text="13/07/2026",
        vendor="adobe",
        sender=WS_SOC,
        ip="203.45.112.9",
    )
    name = "OHCT_Managed_SOC_Service_Review_H1-2026_signed.pdf"
    claim = cpor(
        cid,
        kind="managed_security_services",
        area="Security",
        partner=WATTLE,
        pc=WS_SOC,
        cust=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 7, 27, 10, 0, 9.5),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_outer_harbor_managed_soc_review_esigned",
        claim,
        {name: signed},
        "approve",
        "Managed security services with every qualifying element named in the half-year service review: 24/7 SOC "
        "triage and response in Defender XDR (Defender for Endpoint on 640 devices and 48 servers) and Defender for "
        "Cloud, Sentinel management (14 connectors, 96 analytics rules, 11 playbooks, tuning), 26 threat hunts, "
        "monthly configuration assessments and 18 custom detections, with measured results. The customer's CIO "
        "e-signed the acceptance page through Adobe Acrobat Sign on 13/07/2026 (audit report appended).",
        "Adobe Sign audit report: 'Document e-signed by Priya Balasubramanian (priya.b@ohct.com.au)', 2026-07-13; "
        "section 1 lists 24/7 SOC, Sentinel, hunting, configuration assessment, custom detections.",
        g.cpor_ok(),
    )


MURRAY = Org(
    "Murray Bridge Meat Processors Pty Ltd",
    "Murray Bridge Meat",
    "mbmeat.com.au",
    "AU",
    "Murray Bridge SA 5253",
    "Lot 12, Maurice Road",
    "#ad1457",
)
MURRAY_IT = person(MURRAY, "Brett Sandercock", "IT Manager", "brett.sandercock")


def s497_047_murray_bridge_new_partner_wins() -> Bundle:
    cid = "4971047"
    parties = [
        Party("Customer", MURRAY.name, MURRAY_IT.name, MURRAY_IT.title),
        Party("Wattle Street Security", WATTLE.name, WS_PM.name, WS_PM.title),
    ]
    form = wattle_acceptance(
        MURRAY,
        "WSS-SA-2026-004",
        "01/01/2026 (transition from the previous provider completed 16/01/2026)",
        [
            (
                "Intune",
                "Re-enrollment of 260 laptops and 140 shared production-floor tablets into a clean tenant "
                "configuration; 9 compliance policies; Autopilot reset for 35 devices left unmanaged by the previous "
                "provider",
                "400 devices",
            ),
            (
                "Defender for Endpoint",
                "Onboarding of 400 devices and 22 servers (incl. the abattoir line-control servers), ASR rules in "
                "block mode, EDR in block mode, weekly vulnerability report to the IT Manager",
                "422 endpoints",
            ),
        ],
        parties,
        f"{cid}|form",
        T(2026, 2, 9, 15, 0, 10.5),
    )
    page = sig_page(form, "Acceptance")
    scan = g.scan_pdf(
        form,
        wattle_inks(parties, ["11/02/2026", "11/02/2026"], page),
        f"{cid}|scan",
        T(2026, 2, 11, 14, 30, 10.5),
        dpi=150,
        skew=0.3,
    )
    m = Mail(
        MURRAY_IT,
        [WS_PM],
        "Partner of record – Intune and Defender",
        T(2026, 2, 12, 9, 10, 10.5),
        "Hi Jasmine,\n\nFor your Microsoft claim: since 1 January 2026 Wattle Street Security manages our Intune and "
        "Defender for Endpoint environment – the 400 devices and 22 servers on the signed service acceptance. Our "
        "contract with Bluegum Digital for device management ended on 31 December 2025 and they no longer have access "
        "to our tenant.\n\nCheers,\n" + signature_lines(MURRAY_IT),
    )
    files = {
        "WSS-SA-2026-004 Service Acceptance Murray Bridge (signed).pdf": scan,
        "Partner of record – Intune and Defender.msg": g.msg_file(m),
    }
    claim = cpor(
        cid,
        area="Security",
        partner=WATTLE,
        pc=WS_PM,
        cust=MURRAY,
        cc=MURRAY_IT,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 3, 2, 11, 0, 10.5),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_murray_bridge_incoming_partner_with_recent_poe",
        claim,
        files,
        "approve",
        "One of two claims on the same customer and workloads (the other is 4971048 by the previous partner, Bluegum "
        "Digital). This one is the incoming partner's: a service acceptance signed by the customer's IT Manager on "
        "11/02/2026 (day-first) with 400 devices in Intune and 422 endpoints in Defender for Endpoint, and his e-mail "
        "of 12 February 2026 from mbmeat.com.au stating that Wattle Street has managed both workloads since 1 January "
        "2026 and that Bluegum's contract ended on 31 December 2025. On its own it is a clean claim; in the conflict "
        "it is the partner with recent, detailed, acknowledged influence.",
        "Customer e-mail 2026-02-12: 'since 1 January 2026 Wattle Street Security manages our Intune and Defender for "
        "Endpoint environment … Our contract with Bluegum Digital … ended on 31 December 2025'.",
        g.cpor_ok(email_ack=True),
    )


def s497_048_murray_bridge_incumbent_with_old_form() -> Bundle:
    cid = "4971048"
    parties = [
        Party("Customer", MURRAY.name, MURRAY_IT.name, MURRAY_IT.title),
        Party("Bluegum Digital", BLUEGUM.name, BG_AM.name, BG_AM.title),
    ]
    form = g.report_pdf(
        BLUEGUM,
        [
            f"""
<h1>Managed Device Services – Onboarding Form</h1>
{
                kv(
                    [
                        ("Customer", escape(MURRAY.name)),
                        ("Service", "Managed Intune and Defender for Endpoint"),
                        ("Service commencement", "20/01/2025"),
                        ("Term", "12 months"),
                    ]
                )
            }
{
                grid(
                    ["Workload", "Onboarding scope", "Volume"],
                    [
                        ("Intune", "Enrollment of laptops and production tablets; compliance policies", "370 devices"),
                        ("Defender for Endpoint", "Onboarding of devices and servers; EDR", "390 endpoints"),
                    ],
                    [24, 56, 20],
                )
            }
""",
            g.signoff("rows", parties, heading="Signatures"),
        ],
        meta("Onboarding form Murray Bridge", BG_AM.name, T(2025, 2, 3, 16, 0, 8)),
        f"{cid}|form",
        right="Managed Device Services",
    )
    page = sig_page(form, "Signatures")
    scan = g.scan_pdf(
        form,
        [
            *g.sign_inks("rows", parties[0], 0, "05/02/2025", page=page),
            *g.sign_inks("rows", parties[1], 1, "05/02/2025", color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2025, 2, 5, 11, 0, 10.5),
        dpi=150,
        skew=-0.4,
    )
    name = "Murray Bridge Meat - Onboarding Form (signed).pdf"
    claim = cpor(
        cid,
        area="Security",
        partner=BLUEGUM,
        pc=BG_AM,
        cust=MURRAY,
        cc=MURRAY_IT,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 3, 18, 9, 0, 8),
        docs=[(name, "poe")],
        comments=[
            (
                "partner",
                T(2026, 3, 18, 8, 55, 8),
                "Bluegum Digital is the existing partner of record for this customer. Signed onboarding form attached.",
            )
        ],
    )
    return Bundle(
        f"{cid}_murray_bridge_incumbent_with_13_month_old_form",
        claim,
        {name: scan},
        "action_required",
        "The previous partner's claim in the conflict over Murray Bridge Meat (see 4971047). Its only POE is an "
        "onboarding form signed by the customer on '05/02/2025' – Australian day-first, 5 February 2025, 13.3 months "
        "before submission on 2026-03-18 (the form's own 'Service commencement 20/01/2025' can only be read "
        "day-first). Signatures older than 12 months need a recent POE or a customer acknowledgement confirming active "
        "engagement, and there is none; the partner is asked for up-to-date POE. UNSURE: a reviewer deciding the "
        "conflict with 4971047's customer e-mail at hand (Bluegum's contract ended on 31 December 2025) could reject "
        "this claim outright.",
        "Signed onboarding form: 'Date 05/02/2025'; submitted 2026-03-18; no later document.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "partner_customer_names": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_049_riverland_citrus_day_first_inside_12_months() -> Bundle:
    cid = "4971049"
    cust = Org(
        "Riverland Citrus Packers Pty Ltd",
        "Riverland Citrus",
        "riverlandcitrus.com.au",
        "AU",
        "Renmark SA 5341",
        "84 Renmark Avenue",
        "#f57c00",
    )
    cc = person(cust, "Kylie Pannell", "General Manager", "kylie.pannell")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Wattle Street Security", WATTLE.name, WS_PM.name, WS_PM.title),
    ]
    form = wattle_acceptance(
        cust,
        "WSS-SA-2025-011",
        "17/03/2025",
        [
            (
                "Defender for Office 365",
                "Plan 2 for 86 mailboxes: Safe Links, Safe Attachments, impersonation protection for the GM and the "
                "3 export-sales staff who handle letters of credit; quarterly attack simulations",
                "86 mailboxes",
            ),
            (
                "Information Protection",
                "4 sensitivity labels (Public, Internal, Export-Confidential, Grower-Confidential); auto-labelling "
                "of grower payment statements; encryption for export price lists sent to 14 importers",
                "86 users",
            ),
        ],
        parties,
        f"{cid}|form",
        T(2025, 3, 31, 15, 0, 10.5),
    )
    scan = g.scan_pdf(
        form,
        wattle_inks(parties, ["03/04/2025", "03/04/2025"]),
        f"{cid}|scan",
        T(2025, 4, 3, 12, 0, 10.5),
        dpi=150,
        skew=0.5,
    )
    name = "WSS-SA-2025-011_Riverland_Citrus_signed.pdf"
    submitted = T(2026, 3, 25, 10, 0, 10.5)
    claim = cpor(
        cid,
        area="Security",
        partner=WATTLE,
        pc=WS_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT INFORMATION PROTECTION"],
        submitted=submitted,
        docs=[(name, "poe")],
    )
    signed = D(2025, 4, 3)
    return Bundle(
        f"{cid}_riverland_citrus_day_first_date_inside_12_months",
        claim,
        {name: scan},
        "approve",
        "Australian customer and partner: the hand-written '03/04/2025' is day-first, 3 April 2025 – the same form "
        "prints 'Service start 17/03/2025', which only reads day-first – so the signature is "
        f"{days(signed, submitted)} days ({months_text(signed, submitted.date())}) before submission on 2026-03-25, "
        "inside 12 months. Read month-first (March 4, 2025) it would be just over 12 months old. Detail: Defender for "
        "Office 365 P2 for 86 mailboxes with named protections, 4 sensitivity labels with auto-labelling and "
        "encryption. Acceptance form shared with Wattle Street's other claims (boilerplate).",
        "Scanned form WSS-SA-2025-011: customer signature of Kylie Pannell, 'Date 03/04/2025'; 'Service start "
        "17/03/2025'.",
        g.cpor_ok(),
    )


def s497_050_coral_coast_lookalike_company() -> Bundle:
    cid = "4971050"
    cust = Org(
        "Coral Coast Hospitality Group Pty Ltd",
        "Coral Coast Hospitality",
        "coralcoasthg.com.au",
        "AU",
        "Cairns QLD 4870",
        "48 Esplanade",
        "#00838f",
    )
    cc = person(cust, "Luke Fahey", "Group IT Manager", "luke.fahey")
    other = Org(
        "Coral Coast Hotels & Resorts Pty Ltd",
        "Coral Coast Hotels",
        "coralcoasthotels.com.au",
        "AU",
        "Broome WA 6725",
        "12 Cable Beach Road",
        "#26a69a",
    )
    oc = person(other, "Rebecca Moyle", "IT Coordinator", "rebecca.moyle")
    parties = [
        Party("Customer", other.name, oc.name, oc.title),
        Party("Wattle Street Security", WATTLE.name, WS_PM.name, WS_PM.title),
    ]
    form = wattle_acceptance(
        other,
        "WSS-SA-2026-019",
        "04/05/2026",
        [
            (
                "Defender for Endpoint",
                "Onboarding of 118 devices at the Cable Beach and Roebuck Bay resorts, ASR rules, EDR in block mode",
                "118 devices",
            ),
            ("Intune", "Enrollment of 96 laptops and 22 front-desk PCs; compliance policies", "118 devices"),
        ],
        parties,
        f"{cid}|form",
        T(2026, 5, 15, 15, 0, 8),
    )
    scan = g.scan_pdf(
        form,
        wattle_inks(parties, ["19/05/2026", "19/05/2026"]),
        f"{cid}|scan",
        T(2026, 5, 19, 12, 0, 8),
        dpi=150,
        skew=0.4,
    )
    m = Mail(
        oc,
        [WS_PM],
        "Signed acceptance – Coral Coast",
        T(2026, 5, 19, 13, 5, 8),
        "Hi Jasmine,\n\nSigned acceptance attached – all 118 devices at Cable Beach and Roebuck Bay are showing in "
        "Defender and Intune. Thanks for the quick turnaround before the dry season.\n\nRegards,\n"
        + signature_lines(oc, "Broome WA"),
        attachments=[("WSS-SA-2026-019 signed.pdf", scan)],
    )
    files = {"WSS-SA-2026-019_Coral_Coast_signed.pdf": scan, "Signed acceptance – Coral Coast.eml": g.eml(m)}
    claim = cpor(
        cid,
        area="Security",
        partner=WATTLE,
        pc=WS_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 6, 1, 10, 0, 9.5),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_coral_coast_similar_name_other_company",
        claim,
        files,
        "action_required",
        "The claim is for Coral Coast Hospitality Group Pty Ltd of Cairns (coralcoasthg.com.au), but the signed "
        "acceptance and the e-mail come from Coral Coast Hotels & Resorts Pty Ltd of Broome (coralcoasthotels.com.au) "
        "– a different company with a similar name, two resorts on the other side of the country. Nothing links the "
        "two or mentions the Cairns group. The evidence acknowledges work for another company, so it cannot support "
        "this customer's claim.",
        "Form: 'Customer: Coral Coast Hotels & Resorts Pty Ltd, 12 Cable Beach Road, Broome'; e-mail from "
        "rebecca.moyle@coralcoasthotels.com.au; claim domain coralcoasthg.com.au.",
        {
            "partner_customer_names": "fail",
            "customer_domain": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_051_ningaloo_word_report_apple_mail() -> Bundle:
    cid = "4971051"
    cust = Org(
        "Ningaloo Reef Tours Pty Ltd",
        "Ningaloo Reef Tours",
        "ningalooreeftours.com.au",
        "AU",
        "Exmouth WA 6707",
        "3 Maidstone Crescent",
        "#0097a7",
    )
    cc = person(cust, "Hamish Dowling", "Operations Director", "hamish")
    w = g.Word(accent="0277BD")
    w.header(BLUEGUM, "Project closure report")
    w.h("Ningaloo Reef Tours – Viva Engage and Viva Connections – closure report", 0)
    w.p("Bluegum Digital Pty Ltd · Version 1.1 · 14 August 2026 · Project BGD-2026-027")
    w.h("Why", 1)
    w.p(
        "Ningaloo Reef Tours runs whale-shark, manta and reef tours from Exmouth and Coral Bay with 96 seasonal staff "
        "(skippers, dive masters, spotter-plane crew, booking office). Safety notices, roster swaps and the daily "
        "sighting reports were shared in three consumer chat groups that new seasonal staff could not find."
    )
    w.h("What we delivered", 1)
    w.table(
        [
            ["Workload", "Delivered", "Numbers"],
            [
                "Viva Engage",
                "Communities for Safety Notices (required reading), Sightings, Exmouth Crew, Coral Bay Crew, "
                "Spotter Plane; storylines for the directors; announcement workflow for weather cancellations",
                "5 communities, 96 members",
            ],
            [
                "Viva Connections",
                "Dashboard in Teams with the roster card, the daily weather and sea-state card, vessel checklist "
                "links and the booking-office phone list; home site on SharePoint",
                "96 users, 7 cards",
            ],
        ]
    )
    w.h("Timeline", 1)
    w.bullets(
        [
            "Design with the operations director: 8–19 June 2026",
            "Build and content migration from the chat groups: 22 June – 17 July 2026",
            "Go-live for the whale-shark season crew: 20 July 2026",
            "Adoption check (82 of 96 staff active weekly): 10 August 2026",
        ]
    )
    report = w.save(meta("Ningaloo closure report", BG_PM.name, T(2026, 8, 14, 16, 0, 8)))
    m1 = Mail(
        BG_PM,
        [cc],
        "Ningaloo – Viva closure report",
        T(2026, 8, 14, 16, 30, 8),
        "Hi Hamish,\n\nClosure report attached. Could you reply to confirm you're happy for us to close the project?"
        "\n\nCheers,\nSophie\n\n" + g.footer_block(BG_PM),
        attachments=[("BGD-2026-027 Ningaloo closure report.docx", report)],
    )
    m2 = Mail(
        cc,
        [BG_PM],
        "Re: Ningaloo – Viva closure report",
        T(2026, 8, 15, 6, 12, 8),
        "Morning Sophie,\n\nAll good from our side – the crew actually read the safety notices now, the sightings "
        "community is busier than the old chat, and the roster card on the Connections dashboard is the first thing "
        "the skippers open. Happy for Bluegum to close the Viva Engage and Viva Connections project.\n\nHamish\n\n"
        "Hamish Dowling | Operations Director | Ningaloo Reef Tours",
        quoted=m1,
        style="apple",
        mailer="Apple Mail (2.3826.600.51.1.1)",
    )
    files = {
        "BGD-2026-027 Ningaloo closure report.docx": report,
        "Re_ Ningaloo – Viva closure report.eml": g.eml(m2),
    }
    claim = cpor(
        cid,
        area="Modern Work",
        partner=BLUEGUM,
        pc=BG_PM,
        cust=cust,
        cc=cc,
        workloads=["VIVA ENGAGE", "VIVA CONNECTIONS"],
        submitted=T(2026, 9, 1, 9, 0, 8),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_ningaloo_word_report_and_apple_mail_reply",
        claim,
        files,
        "approve",
        "A Word closure report (5 Viva Engage communities for 96 seasonal staff, a Viva Connections dashboard with 7 "
        "cards, dated timeline, 82 of 96 active weekly) and the customer's reply from ningalooreeftours.com.au (Apple "
        "Mail, report request quoted below) of 15 August 2026: 'Happy for Bluegum to close the Viva Engage and Viva "
        "Connections project', with concrete observations on each workload. Bluegum's other claim in this set "
        "(4971048) has a problem; this one is clean.",
        "Reply from hamish@ningalooreeftours.com.au, 15 Aug 2026: 'Happy for Bluegum to close the Viva Engage and Viva "
        "Connections project.'",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Cuyahoga Secure (US): public-sector claims with the shared disclosure wording; a forwarded licence e-mail;
# one acknowledgement e-mail uploaded for two companies
# --------------------------------------------------------------------------------------------------------------

CS_INTRO = (
    "Cuyahoga Secure closes every implementation with this memo: the scope as delivered, the measured state of the "
    "customer's tenant at close, what the customer's team now owns, and how the customer accepted the work."
)


def cuyahoga_memo(
    cust: Org,
    ref: str,
    day: dt.date,
    summary: str,
    rows: Sequence[tuple[str, str, str]],
    metrics: Sequence[tuple[str, str]],
    owns: Sequence[str],
    acceptance: str,
    seed: str,
) -> bytes:
    """Cuyahoga Secure's Implementation Close-out Memo (one format for every customer)."""
    html = f"""
<p class="muted">IMPLEMENTATION CLOSE-OUT MEMO</p>
<h1>{escape(cust.name)}</h1>
{kv([("Memo", ref), ("Date", g.fdate(day, "us_long")), ("From", escape(CUYAHOGA.name)), ("To", escape(cust.name))])}
<p class="small">{CS_INTRO}</p>
<h2>Summary</h2><p>{summary}</p>
<h2>Scope as delivered</h2>{grid(["Workload", "Delivered", "Volume"], rows, [22, 58, 20])}
<h2>State at close</h2>{grid(["Measure", "Value"], metrics, [64, 36])}
<h2>Your team now owns</h2>{ul(list(owns))}
<h2>Acceptance</h2><p>{acceptance}</p>
"""
    return g.report_pdf(
        CUYAHOGA,
        html,
        meta(f"Close-out memo {ref}", CS_LEAD.name, T(day.year, day.month, day.day, 16, 0, -4)),
        seed,
        right=f"Close-out Memo · {ref}",
        footer="Cuyahoga Secure LLC · 1375 E 9th St, Suite 1800, Cleveland OH 44114 · Confidential",
        size=g.LETTER,
    )


def s497_052_lake_erie_transit_public_sector_disclosure() -> Bundle:
    cid = "4971052"
    cust = Org(
        "Lake Erie Regional Transit Authority",
        "LERTA",
        "lerta-ohio.gov",
        "US",
        "Sandusky, OH 44870",
        "222 Meigs St",
        "#1565c0",
    )
    cc = person(cust, "Gordon Fitch", "Director of Information Technology", "gfitch")
    cfo = person(cust, "Marcia Doyle", "Chief Financial Officer", "mdoyle")
    psd = g.scan_pdf(
        psd_pdf(
            CUYAHOGA,
            cust,
            "deployment and management of Microsoft Defender for Office 365 and Microsoft Entra Conditional Access",
            "the Microsoft Commerce Incentives usage incentive for these workloads (estimated USD 5,800 per year)",
            D(2026, 2, 13),
            f"{cid}|psd",
        ),
        psd_inks(cfo.name, cfo.title, "02/17/2026"),
        f"{cid}|psds",
        T(2026, 2, 17, 14, 0, -5),
        dpi=150,
        skew=0.4,
    )
    memo = cuyahoga_memo(
        cust,
        "CS-CO-2026-018",
        D(2026, 5, 29),
        "Cuyahoga Secure protected LERTA's 412 mailboxes with Defender for Office 365 Plan 2 and put Conditional "
        "Access "
        "in front of every sign-in of its 455 staff, drivers' supervisors and dispatchers, replacing a third-party "
        "mail "
        "gateway and per-app MFA.",
        [
            (
                "Defender for Office 365",
                "Plan 2 for 412 mailboxes: Safe Links, Safe Attachments, anti-phishing with impersonation protection "
                "for the board and finance; 2 attack simulations; MX moved off the legacy gateway",
                "412 mailboxes",
            ),
            (
                "Entra Conditional Access",
                "12 policies: MFA for all, block legacy authentication, compliant device for the fare-system admin "
                "portal, named locations for the 3 garages, break-glass accounts excluded",
                "455 users",
            ),
        ],
        [
            ("Phishing simulation click rate", "14.1% → 5.3%"),
            ("Sign-ins covered by MFA", "100% (was 38%)"),
            ("Legacy-authentication sign-ins per week", "1,930 → 0"),
        ],
        ["LERTA IT owns the Conditional Access policies and break-glass accounts.", "Quarterly review with Cuyahoga."],
        "Accepted by LERTA's Director of Information Technology by e-mail on June 2, 2026 (attached).",
        f"{cid}|memo",
    )
    m1 = Mail(
        CS_LEAD,
        [cc],
        "LERTA – close-out memo CS-CO-2026-018",
        T(2026, 5, 29, 16, 30, -4),
        "Gordon,\n\nAttached is the close-out memo for the Defender for Office 365 and Conditional Access work. Please "
        "reply with LERTA's acceptance if you agree.\n\nThanks,\nNathan\n\n" + g.footer_block(CS_LEAD),
        attachments=[("CS-CO-2026-018 LERTA close-out memo.pdf", memo)],
    )
    m2 = Mail(
        cc,
        [CS_LEAD],
        "RE: LERTA – close-out memo CS-CO-2026-018",
        T(2026, 6, 2, 8, 14, -4),
        "Nathan,\n\nLERTA accepts the work in the memo. The 12 Conditional Access policies are enforced for all 455 "
        "users, the old mail gateway is gone, and the last phishing simulation came in at 5.3%.\n\nGordon Fitch\n"
        "Director of Information Technology\nLake Erie Regional Transit Authority",
        quoted=m1,
    )
    files = {
        "CS-CO-2026-018 LERTA close-out memo.pdf": memo,
        "RE_ LERTA – close-out memo CS-CO-2026-018.msg": g.msg_file(m2),
        "LERTA Public Sector Disclosure signed.pdf": psd,
    }
    claim = cpor(
        cid,
        area="Security",
        partner=CUYAHOGA,
        pc=CS_LEAD,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "AZURE ACTIVE DIRECTORY PREMIUM CONDITIONAL ACCESS"],
        submitted=T(2026, 6, 16, 10, 0, -4),
        segment="public_sector",
        docs=[
            ("CS-CO-2026-018 LERTA close-out memo.pdf", "poe"),
            ("RE_ LERTA – close-out memo CS-CO-2026-018.msg", "poe"),
            ("LERTA Public Sector Disclosure signed.pdf", "public_sector_disclosure"),
        ],
    )
    return Bundle(
        f"{cid}_lake_erie_transit_public_sector_with_disclosure",
        claim,
        files,
        "approve",
        "US regional transit authority (government, public sector) on a CPOR Security usage claim: the partner "
        "disclosed its potential Microsoft compensation in writing (the standard disclosure wording, shared with "
        "other public-sector claims) and the authority's CFO acknowledged it by hand on 02/17/2026. "
        "The close-out memo details both workloads (412 mailboxes on Defender for Office 365 P2, 12 Conditional "
        "Access policies for 455 users) and the IT director accepts it by e-mail from lerta-ohio.gov on June 2, 2026.",
        "Disclosure scan: acknowledgement signed by Marcia Doyle, Chief Financial Officer, '02/17/2026'; e-mail from "
        "gfitch@lerta-ohio.gov: 'LERTA accepts the work in the memo'.",
        g.cpor_ok(email_ack=True, ps=True),
    )


def s497_053_portage_lakes_disclosure_never_acknowledged() -> Bundle:
    cid = "4971053"
    cust = Org(
        "Portage Lakes Local School District",
        "Portage Lakes Schools",
        "portagelakes-k12.org",
        "US",
        "Akron, OH 44319",
        "4010 Manchester Rd",
        "#6a1b9a",
    )
    cc = person(cust, "Dana Whitmore", "Technology Coordinator", "dwhitmore")
    psd = psd_pdf(
        CUYAHOGA,
        cust,
        "deployment and management of Microsoft Intune and Microsoft Teams",
        "the Microsoft Commerce Incentives usage incentive for these workloads (estimated USD 4,100 per year)",
        D(2026, 3, 2),
        f"{cid}|psd",
    )
    memo = cuyahoga_memo(
        cust,
        "CS-CO-2026-024",
        D(2026, 6, 19),
        "Cuyahoga Secure moved the district's 1,480 student Chromebook-replacement laptops and 260 staff laptops to "
        "Microsoft Intune and set up Teams for staff and classes in its 5 buildings before the summer break.",
        [
            (
                "Intune",
                "Autopilot with shared-device mode for 1,480 student laptops, 260 staff laptops, web-content "
                "filtering policy, state testing kiosk profile",
                "1,740 devices",
            ),
            ("Teams", "Staff teams per building, 318 class teams from the student information system", "318 classes"),
        ],
        [("Devices enrolled", "1,740"), ("Class teams", "318"), ("Staff active in Teams (May)", "84%")],
        ["District technology office owns Autopilot group tags and class-team archiving."],
        "Accepted by the district's Technology Coordinator by e-mail on June 23, 2026 (attached).",
        f"{cid}|memo",
    )
    m1 = Mail(
        CS_LEAD,
        [cc],
        "Portage Lakes – close-out memo and disclosure",
        T(2026, 6, 19, 15, 0, -4),
        "Hi Dana,\n\nAttached are the close-out memo and, as required for public-sector customers, our written "
        "disclosure of the compensation Cuyahoga Secure may receive from Microsoft. Could you confirm acceptance of "
        "the work, and sign and return the disclosure?\n\nThanks,\nNathan\n\n" + g.footer_block(CS_LEAD),
        attachments=[("CS-CO-2026-024 close-out memo.pdf", memo), ("Public Sector Disclosure.pdf", psd)],
    )
    m2 = Mail(
        cc,
        [CS_LEAD],
        "RE: Portage Lakes – close-out memo and disclosure",
        T(2026, 6, 23, 9, 40, -4),
        "Nathan,\n\nThe memo is right – all 1,740 laptops are in Intune and the 318 class teams are live. We accept "
        "the project. Thanks to your team for finishing before the last week of school.\n\nDana Whitmore\nTechnology "
        "Coordinator\nPortage Lakes Local School District",
        quoted=m1,
    )
    files = {
        "CS-CO-2026-024 Portage Lakes close-out memo.pdf": memo,
        "RE_ Portage Lakes – close-out memo and disclosure.msg": g.msg_file(m2),
        "Public Sector Disclosure - Portage Lakes.pdf": psd,
    }
    claim = cpor(
        cid,
        area="Modern Work",
        partner=CUYAHOGA,
        pc=CS_LEAD,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "TEAMS"],
        submitted=T(2026, 7, 8, 10, 0, -4),
        segment="public_sector",
        docs=[
            ("CS-CO-2026-024 Portage Lakes close-out memo.pdf", "poe"),
            ("RE_ Portage Lakes – close-out memo and disclosure.msg", "poe"),
            ("Public Sector Disclosure - Portage Lakes.pdf", "public_sector_disclosure"),
        ],
    )
    return Bundle(
        f"{cid}_portage_lakes_disclosure_not_acknowledged",
        claim,
        files,
        "action_required",
        "US public school district (education, public sector), Modern Work usage: the written fee disclosure must be "
        "acknowledged by the customer in writing. The disclosure uploaded is the partner's unsigned PDF, and the "
        "district's reply accepts the project (1,740 laptops in Intune, 318 class teams) but says nothing about the "
        "disclosure it was asked to sign. Work and acknowledgement of the work are fine; the public-sector requirement "
        "is not met until the district acknowledges the disclosure.",
        "'Public Sector Disclosure - Portage Lakes.pdf': Customer acknowledgement block empty; reply from "
        "dwhitmore@portagelakes-k12.org: 'We accept the project.' (no mention of the disclosure).",
        {
            "public_sector": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_054_erie_shores_forwarded_licence_confirmation() -> Bundle:
    cid = "4971054"
    cust = Org(
        "Erie Shores Marina Group LLC",
        "Erie Shores Marina",
        "erieshoresmarina.com",
        "US",
        "Port Clinton, OH 43452",
        "1 Lakeshore Dr",
        "#00838f",
    )
    cc = person(cust, "Kyle Brandt", "Controller", "kbrandt")
    reseller = Org(
        "Buckeye Cloud Licensing Inc.",
        "Buckeye Cloud",
        "buckeyecloud.com",
        "US",
        "Columbus, OH 43215",
        "41 S High St",
        "#546e7a",
    )
    rep = person(reseller, "Order Desk", "Customer Orders", "orders")
    m1 = Mail(
        rep,
        [cc],
        "Your order confirmation BCL-77120 – Microsoft 365 E5",
        T(2026, 4, 6, 13, 2, -4),
        "Thank you for your order.\n\nOrder: BCL-77120\nCustomer: Erie Shores Marina Group LLC\nProduct: Microsoft 365 "
        "E5 (NCE, annual commitment, monthly billing) – quantity 85\nStart date: April 6, 2026\n\nYour licences are "
        "now "
        "available in your Microsoft 365 admin center.\n\nBuckeye Cloud Licensing – Order Desk",
    )
    m2 = Mail(
        cc,
        [CS_SOC],
        "FW: Your order confirmation BCL-77120 – Microsoft 365 E5",
        T(2026, 4, 6, 15, 40, -4),
        "Teresa – FYI, the E5 licences are in. Let's get the Intune and Defender rollout going as discussed.\n\nKyle",
        quoted=m1,
        forward=True,
    )
    plan = cuyahoga_memo(
        cust,
        "CS-PLAN-2026-031",
        D(2026, 4, 10),
        "Planned rollout of Microsoft Intune and Defender for Endpoint for Erie Shores Marina's 3 marinas and the "
        "boat-storage yard, following the customer's move to Microsoft 365 E5.",
        [
            ("Intune", "Planned: enrollment of laptops and dock-office PCs, compliance policies", "about 85"),
            ("Defender for Endpoint", "Planned: onboarding of all devices, ASR rules in audit first", "about 90"),
        ],
        [("Planned start", "April 20, 2026"), ("Planned end", "June 12, 2026")],
        ["To be agreed at kick-off."],
        "To be accepted at the end of the project.",
        f"{cid}|plan",
    )
    files = {
        "FW_ Your order confirmation BCL-77120 – Microsoft 365 E5.msg": g.msg_file(m2),
        "CS-PLAN-2026-031 Erie Shores rollout plan.pdf": plan,
    }
    claim = cpor(
        cid,
        area="Security",
        partner=CUYAHOGA,
        pc=CS_SOC,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 28, 11, 0, -4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_erie_shores_forwarded_licence_order_only",
        claim,
        files,
        "action_required",
        "The only customer e-mail is the controller forwarding a reseller's licence order confirmation (85 Microsoft "
        "365 E5) with one line: 'the E5 licences are in. Let's get the Intune and Defender rollout going'. The guide "
        "lists both customer e-mails about licensing purchases and e-mails forwarded from customers as insufficient. "
        "The other document is Cuyahoga's own rollout plan with 'planned' scope and 'about 85' devices, written before "
        "any work and not acknowledged by the customer. Nothing shows the deployment was done or accepted.",
        "'FW: Your order confirmation BCL-77120 – Microsoft 365 E5' from kbrandt@erieshoresmarina.com; plan: "
        "'Planned: enrollment of laptops…', 'To be accepted at the end of the project.'",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "fail",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


LORAIN = Org(
    "Lorain Harbor Steel Fabricators Inc.",
    "Lorain Harbor Steel",
    "lorainharborsteel.com",
    "US",
    "Lorain, OH 44052",
    "1800 E 28th St",
    "#455a64",
)
LORAIN_IT = person(LORAIN, "Craig Novotny", "IT Manager", "cnovotny")


def lorain_ack() -> bytes:
    """Lorain Harbor Steel Fabricators' acceptance e-mail (uploaded on two claims)."""
    if "lorain" not in _CACHE:
        m1 = Mail(
            CS_SOC,
            [LORAIN_IT],
            "Lorain Harbor Steel – Intune/Defender close-out",
            T(2026, 7, 24, 15, 0, -4),
            "Craig,\n\nThe close-out memo is attached. Could you confirm acceptance?\n\nTeresa\n\n"
            + g.footer_block(CS_SOC),
        )
        m2 = Mail(
            LORAIN_IT,
            [CS_SOC],
            "RE: Lorain Harbor Steel – Intune/Defender close-out",
            T(2026, 7, 28, 7, 55, -4),
            "Teresa,\n\nConfirmed: 238 laptops and 64 shop-floor tablets are enrolled in Intune, and all 302 devices "
            "plus "
            "the 11 servers in the fab shop and the 2 CNC programming stations are onboarded to Defender for Endpoint. "
            "Lorain Harbor Steel Fabricators accepts the Intune and Defender for Endpoint rollout as delivered by "
            "Cuyahoga Secure.\n\nCraig Novotny\nIT Manager\nLorain Harbor Steel Fabricators Inc.",
            quoted=m1,
        )
        _CACHE["lorain"] = g.msg_file(m2)
    return bytes(_CACHE["lorain"])


def s497_055_lorain_steel_acceptance_original() -> Bundle:
    cid = "4971055"
    memo = cuyahoga_memo(
        LORAIN,
        "CS-CO-2026-029",
        D(2026, 7, 24),
        "Cuyahoga Secure enrolled Lorain Harbor Steel Fabricators' 238 laptops and 64 shop-floor tablets in Microsoft "
        "Intune and onboarded them, with 11 servers, to Microsoft Defender for Endpoint.",
        [
            (
                "Intune",
                "Autopilot for 40 new laptops, enrollment of 198 existing laptops and 64 rugged tablets used for "
                "cut lists at the plasma tables; compliance and update rings",
                "302 devices",
            ),
            (
                "Defender for Endpoint",
                "Onboarding of 302 devices and 11 servers, incl. 2 CNC programming stations excluded from automatic "
                "remediation; ASR rules in block mode",
                "313 endpoints",
            ),
        ],
        [("Devices in Intune", "302"), ("Endpoints in Defender", "313"), ("Compliant devices", "95.7%")],
        ["Lorain IT owns compliance policies and the Defender alert queue during business hours."],
        "Accepted by Lorain Harbor Steel's IT Manager by e-mail on July 28, 2026 (attached).",
        f"{cid}|memo",
    )
    files = {
        "CS-CO-2026-029 Lorain Harbor Steel close-out memo.pdf": memo,
        "RE_ Lorain Harbor Steel – Intune-Defender close-out.msg": lorain_ack(),
    }
    claim = cpor(
        cid,
        area="Security",
        partner=CUYAHOGA,
        pc=CS_SOC,
        cust=LORAIN,
        cc=LORAIN_IT,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 8, 11, 10, 0, -4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_lorain_steel_acceptance_email_original",
        claim,
        files,
        "approve",
        "Cuyahoga's close-out memo (302 devices in Intune, 313 endpoints in Defender for Endpoint, CNC stations) and "
        "the customer's IT Manager's reply of July 28, 2026 from lorainharborsteel.com restating the numbers and "
        "accepting the rollout. The same e-mail file is uploaded again on claim 4971056 for a sister company: this "
        "claim holds the original (the e-mail is from this customer's domain, names this company and its numbers, "
        "and was submitted first). Memo format shared with Cuyahoga's other claims (boilerplate).",
        "Reply from cnovotny@lorainharborsteel.com, 28 Jul 2026: 'Lorain Harbor Steel Fabricators accepts the Intune "
        "and Defender for Endpoint rollout as delivered by Cuyahoga Secure.'",
        g.cpor_ok(email_ack=True),
    )


def s497_056_lorain_logistics_reuses_sister_acceptance() -> Bundle:
    cid = "4971056"
    cust = Org(
        "Lorain Harbor Steel Logistics LLC",
        "LHS Logistics",
        "lhslogistics.com",
        "US",
        "Lorain, OH 44052",
        "2100 E 28th St",
        "#607d8b",
    )
    cc = person(cust, "Angela Ruiz", "Operations Manager", "aruiz")
    memo = cuyahoga_memo(
        cust,
        "CS-CO-2026-035",
        D(2026, 9, 4),
        "Cuyahoga Secure enrolled LHS Logistics' dispatch laptops and truck tablets in Microsoft Intune and onboarded "
        "them to Microsoft Defender for Endpoint.",
        [
            ("Intune", "Enrollment of 26 dispatch laptops and 41 in-cab tablets; compliance policies", "67 devices"),
            ("Defender for Endpoint", "Onboarding of 67 devices; ASR rules", "67 devices"),
        ],
        [("Devices in Intune", "67"), ("Devices in Defender", "67")],
        ["LHS Logistics' operations manager owns device assignments."],
        "Accepted by e-mail (attached).",
        f"{cid}|memo",
    )
    files = {
        "CS-CO-2026-035 LHS Logistics close-out memo.pdf": memo,
        "RE_ Intune-Defender close-out (acceptance).msg": lorain_ack(),
    }
    claim = cpor(
        cid,
        area="Security",
        partner=CUYAHOGA,
        pc=CS_SOC,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 9, 15, 10, 0, -4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_lhs_logistics_reuses_sister_company_acceptance",
        claim,
        files,
        "action_required",
        "The only acknowledgement is the e-mail already submitted on claim 4971055: it comes from "
        "lorainharborsteel.com, not this customer's domain lhslogistics.com, is signed by the fabrication company's IT "
        "Manager, and accepts 302 devices and 11 servers of Lorain Harbor Steel Fabricators – not the 67 dispatch and "
        "truck devices of this logistics company. 4971055 holds the original. Related companies are separate "
        "customers; this one has not acknowledged anything.",
        "'RE_ Intune-Defender close-out (acceptance).msg' byte-identical to 4971055's e-mail, from "
        "cnovotny@lorainharborsteel.com; claim domain lhslogistics.com.",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "fail",
            "reused_evidence": "fail",
            "activity_detail": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Meseta Nube (Spain): AMMP in Market B, Dynamics 365 go-live records, quotes and orders, late claims
# --------------------------------------------------------------------------------------------------------------

MN_LABELS = ("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date")


def meseta_acta(
    cust: Org,
    ref: str,
    day: dt.date,
    rows: Sequence[tuple[str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    golive: str,
) -> bytes:
    """Meseta Nube's bilingual go-live record (Acta de puesta en marcha)."""
    html = f"""
<h1>Acta de puesta en marcha / Go-live record</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name) + " – " + escape(cust.address)),
                ("Partner", escape(MESETA.name) + " – " + escape(MESETA.reg)),
                ("Proyecto / Project", ref),
                ("Puesta en marcha / Go-live", golive),
            ]
        )
    }
{grid(["Español", "English"], rows, [50, 50])}
<p><b>Conformidad:</b> El cliente confirma la puesta en marcha de las soluciones anteriores, implantadas por
{escape(MESETA.name)}.<br/><b>Acceptance:</b> The customer confirms the go-live of the solutions above, implemented by
{escape(MESETA.name)}.</p>
""" + g.signoff("columns", parties, heading="Firmas / Signatures", labels=MN_LABELS, company_label="Empresa")
    return g.html_pdf(
        html,
        meta(f"Acta puesta en marcha {ref}", MN_PM.name, T(day.year, day.month, day.day, 12, 0, 2)),
        seed,
        style=css(MESETA.color, size=9),
        decor=g.Decor(
            MESETA, right=f"Acta de puesta en marcha · {ref}", footer=escape(MESETA.name), accent=MESETA.color
        ),
    )


def s497_057_harinera_castellana_ammp_market_b() -> Bundle:
    cid = "4971057"
    cust = Org(
        "Harinera Castellana S.A.",
        "Harinera Castellana",
        "harineracastellana.es",
        "ES",
        "47400 Medina del Campo (Valladolid)",
        "Polígono Las Salinas, parcela 12",
        "#a1887f",
    )
    cc = person(cust, "Álvaro Sanz", "Director de Sistemas", "alvaro.sanz")
    consent, submitted = D(2026, 5, 4), T(2026, 8, 7, 10, 0, 2)
    files, claim = g.ammp_claim(
        cid,
        "harinera",
        MESETA,
        MN_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Flour-order and silo-scheduling portal (PHP, MySQL)",
        arr="USD 36,000 per year",
        dates=["18/05/2026", "12/06/2026", "17/07/2026", "31/07/2026"],
        amount=12000.0,
        inv_no="MN-FAC-2026-0192",
        date_style="gb",
        sign_when=T(2026, 8, 3, 12, 0, 2),
        date_text="03/08/2026",
        invoice_kw={"date_style": "gb", "title": "FACTURA / INVOICE", "bank": "Caja Rural · cuenta en USD"},
    )
    return Bundle(
        f"{cid}_harinera_castellana_ammp_market_b",
        claim,
        files,
        "approve",
        "AMMP (Small) claim from a Spanish partner: Spain is a Market B country, so the rate is USD 12,000, and the "
        "invoice asks for exactly that with the claim ID and Meseta Nube's name. The programme template with the four "
        "required activities is signed by the customer (03/08/2026, day-first), both surveys are complete, submitted "
        f"{days(consent, submitted)} days after consent (XS/small: 120). Activity list is the programme's wording.",
        "Invoice MN-FAC-2026-0192: USD 12,000.00, claim 4971057; partner.country ES (Market B).",
        g.pa_ok(),
    )


def s497_058_talleres_duero_dynamics_adobe_sign() -> Bundle:
    cid = "4971058"
    cust = Org(
        "Talleres Duero Automoción S.L.",
        "Talleres Duero",
        "talleresduero.es",
        "ES",
        "47012 Valladolid",
        "Calle Cobalto 17, Polígono San Cristóbal",
        "#37474f",
    )
    cc = person(cust, "Beatriz Ortega", "Directora Comercial y de Posventa", "beatriz.ortega")
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, "Directora Comercial"),
        Party("Partner", MESETA.name, MN_BA.name, "Consultora Dynamics 365"),
    ]
    pdf = meseta_acta(
        cust,
        "MN-2026-012",
        D(2026, 4, 24),
        [
            (
                "<b>Dynamics 365 Sales</b><br/>Oportunidades y ofertas para 28 comerciales (recambios y utillaje para "
                "3 fabricantes de automóviles), catálogo de 4.200 referencias, previsión de ventas trimestral",
                "<b>Dynamics 365 Sales</b><br/>Opportunities and quotes for 28 sales reps (spare parts and tooling for "
                "3 car makers), a 4,200-item catalogue, quarterly sales forecast",
            ),
            (
                "<b>Dynamics 365 Customer Service</b><br/>Casos de garantía y reclamaciones de calidad (8D) para 14 "
                "agentes de posventa, SLA de 48 h, portal para 60 talleres",
                "<b>Dynamics 365 Customer Service</b><br/>Warranty and quality-claim (8D) cases for 14 after-sales "
                "agents, 48-hour SLA, portal for 60 repair shops",
            ),
        ],
        parties,
        f"{cid}|acta",
        golive="13/04/2026",
    )
    signed = g.esign(
        pdf,
        cc,
        T(2026, 4, 28, 13, 37, 2),
        f"{cid}|env",
        sig_anchor="Firma / Signature",
        sig_dx=100,
        sig_dy=10,
        date_anchor="Fecha / Date",
        date_dx=100,
        date_dy=3,
        date_text="28/04/2026",
        vendor="adobe",
        sender=MN_BA,
        ip="88.26.140.31",
    )
    name = "MN-2026-012 Acta puesta en marcha Talleres Duero - firmado.pdf"
    claim = cpor(
        cid,
        area="Business Applications",
        partner=MESETA,
        pc=MN_BA,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION", "DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        submitted=T(2026, 5, 12, 10, 0, 2),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_talleres_duero_dynamics_golive_adobe_sign",
        claim,
        {name: signed},
        "approve",
        "Business Applications usage: Meseta's bilingual go-live record (every line in Spanish and English) for "
        "Dynamics 365 Sales (28 reps, 4,200-item catalogue, forecasting) and Dynamics 365 Customer Service (14 agents, "
        "warranty and 8D cases, portal for 60 repair shops), go-live 13/04/2026, e-signed through Adobe Acrobat Sign "
        "by the customer's sales and after-sales director on 28/04/2026 (audit report appended). Each claimed "
        "workload has its own described scope.",
        "Adobe Sign audit report: 'Document e-signed by Beatriz Ortega (beatriz.ortega@talleresduero.es)', 2026-04-28.",
        g.cpor_ok(),
    )


def s497_059_ceramicas_tormes_quote_order_and_po() -> Bundle:
    cid = "4971059"
    cust = Org(
        "Cerámicas del Tormes S.A.",
        "Cerámicas del Tormes",
        "ceramicastormes.es",
        "ES",
        "37008 Salamanca",
        "Carretera de Ledesma km 3",
        "#bf360c",
    )
    cc = person(cust, "Rosa Prieto", "Directora Financiera", "rosa.prieto")
    quote = g.html_pdf(
        f"""
<h1>Presupuesto / Quotation MN-P-2026-044</h1>
{kv([("Cliente", escape(cust.name)), ("Fecha", "12/01/2026"), ("Validez", "30 días")])}
{
            grid(
                ["Concepto", "Uds.", "Precio", "Importe"],
                [
                    ("Dynamics 365 Business Central Essentials (NCE anual)", "22", "70,00 €/mes", "18.480,00 €"),
                    ("Dynamics 365 Business Central Team Members", "10", "8,00 €/mes", "960,00 €"),
                    ("Implantación: finanzas, compras, almacén (bolsa de horas)", "180 h", "62,00 €/h", "11.160,00 €"),
                ],
                [52, 10, 18, 20],
            )
        }
<p><b>Total (IVA no incluido): 30.600,00 €</b></p>
<h2>Aceptación del cliente / Customer acceptance</h2>
{fields([("Conforme – firma y sello", "", 44), ("Fecha", "", 18)], key_w=170)}
""",
        meta("Presupuesto MN-P-2026-044", MN_PM.name, T(2026, 1, 12, 11, 0, 1)),
        f"{cid}|q",
        style=css(MESETA.color),
        decor=g.Decor(MESETA, footer=escape(MESETA.name + " · " + MESETA.reg), numbers="", accent=MESETA.color),
    )
    quote_signed = g.scan_pdf(
        quote,
        [
            Ink("Conforme – firma y sello", "sig", cc.name, dx=180, dy=2, h=30),
            Ink(
                "Conforme – firma y sello",
                "stamp",
                dx=300,
                dy=-4,
                h=40,
                lines=("CERÁMICAS DEL TORMES S.A.", "CIF A37112233 · Salamanca"),
            ),
            Ink("Fecha", "hand", "19/01/2026", dx=180, dy=1, h=13, occurrence=1),
        ],
        f"{cid}|qs",
        T(2026, 1, 19, 13, 0, 1),
        dpi=150,
        skew=0.5,
    )
    po = g.html_pdf(
        f"""
<h1 style="color:#bf360c">Cerámicas del Tormes S.A.</h1>
<p>{escape(cust.address)} · CIF A37112233</p>
<h2>PEDIDO DE COMPRA / PURCHASE ORDER Nº 2026-0087</h2>
{kv([("Proveedor", escape(MESETA.name)), ("Fecha", "21/01/2026"), ("Ref. presupuesto", "MN-P-2026-044")])}
{
            grid(
                ["Línea", "Descripción", "Importe"],
                [
                    ("1", "Licencias Dynamics 365 Business Central según presupuesto", "19.440,00 €"),
                    ("2", "Servicios de implantación (180 h)", "11.160,00 €"),
                ],
                [10, 66, 24],
            )
        }
<p>Condiciones de pago: 60 días fecha factura.</p>
""",
        meta("Pedido 2026-0087", cc.name, T(2026, 1, 21, 9, 0, 1)),
        f"{cid}|po",
        style=css("#bf360c"),
    )
    order_form = g.html_pdf(
        f"""
<h1>Formulario de pedido CSP / CSP order form</h1>
{
            kv(
                [
                    ("Partner CSP", escape(MESETA.name)),
                    ("Cliente final", escape(cust.name)),
                    ("Dominio", cust.domain),
                    ("Fecha de alta", "26/01/2026"),
                ]
            )
        }
{
            grid(
                ["Producto", "Cantidad", "Plazo", "Facturación"],
                [
                    ("Dynamics 365 Business Central Essentials", "22", "1 año", "Mensual"),
                    ("Dynamics 365 Business Central Team Members", "10", "1 año", "Mensual"),
                ],
                [46, 14, 16, 24],
            )
        }
<p>El cliente acepta el Microsoft Customer Agreement (aceptación registrada el 26/01/2026 por rosa.prieto@
ceramicastormes.es).</p>
""",
        meta("Pedido CSP Ceramicas del Tormes", MN_PM.name, T(2026, 1, 26, 12, 0, 1)),
        f"{cid}|csp",
        style=css(MESETA.color),
    )
    files = {
        "Presupuesto_MN-P-2026-044_firmado.pdf": quote_signed,
        "Pedido_2026-0087.pdf": po,
        "Formulario_pedido_CSP.pdf": order_form,
    }
    claim = cpor(
        cid,
        area="Business Applications",
        partner=MESETA,
        pc=MN_PM,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 BUSINESS CENTRAL ESSENTIALS"],
        submitted=T(2026, 3, 9, 10, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_ceramicas_tormes_quote_po_and_order_form",
        claim,
        files,
        "action_required",
        "Everything uploaded is transactional: a pricing quote signed and stamped 'Conforme' by the CFO (19/01/2026), "
        "the customer's purchase order 2026-0087 and Meseta's CSP order form recording the Microsoft Customer "
        "Agreement acceptance. The guide never accepts pricing quotes, purchase orders or licensing contracts as POE – "
        "a signature on a quote accepts a price, not delivered work – and no document describes any Business Central "
        "implementation (users, modules, timeline, go-live). The partner must provide real POE of the work.",
        "Quote MN-P-2026-044 signed 'Conforme' 19/01/2026; PO 2026-0087; CSP order form – no delivery document.",
        {
            "unacceptable_documents": "fail",
            "activity_detail": "fail",
            "customer_acknowledgement": "fail",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_060_tierra_de_campos_large_after_260_days() -> Bundle:
    cid = "4971060"
    cust = Org(
        "Aceites de Tierra de Campos S.A.",
        "Aceites Tierra de Campos",
        "aceitestierradecampos.es",
        "ES",
        "34300 Paredes de Nava (Palencia)",
        "Carretera de Frechilla s/n",
        "#827717",
    )
    cc = person(cust, "Jorge Merino", "Director de Operaciones", "jorge.merino")
    eng = g.engagement(
        "AZ-INNOV-ANALYTICS-L-VAR", "Azure Innovate PL: Analytics Deployment (Large)", "large", "variable", 29000.0
    )
    consent, submitted = D(2025, 10, 6), T(2026, 7, 1, 10, 0, 2)
    report = findings_pdf(
        MESETA,
        "Analytics Deployment – Close-out Report",
        [
            ("Customer", cust.name),
            ("Period", "20 October 2025 – 12 June 2026 (production since 18 May 2026)"),
            ("Platform", "Microsoft Fabric F64, Azure Data Factory, Power BI"),
            ("MCI claim", cid),
        ],
        [
            (
                "Delivered",
                ul(
                    [
                        "Ingestion from the crushing plant's PLC historian, 2 refineries' ERP and 9 silos' "
                        "sensors; 1.4 TB per month.",
                        "Lakehouse with 3 layers; 21 Power BI reports (oil yield per seed lot, refinery losses, "
                        "energy per tonne) for 130 users.",
                    ]
                ),
            ),
            ("Consumption", "<p>Estimated Azure consumption EUR 18,500 per month after go-live.</p>"),
        ],
        T(2026, 6, 19, 17, 0, 2),
        MN_PM.name,
        f"{cid}|rep",
        right="Close-out Report",
    )
    files, claim = pa_claim(
        cid,
        MESETA,
        MN_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Analytics_Closeout_Report_Tierra_de_Campos.pdf": report},
        amount=29000.0,
        inv_no="MN-FAC-2026-0171",
        inv_day=D(2026, 6, 26),
        activities="Enterprise analytics platform on Microsoft Fabric",
        outcome="21 reports for 130 users in production since 18 May 2026",
        participants="12",
        invoice_kw={"date_style": "gb", "title": "FACTURA / INVOICE", "bank": "Caja Rural · cuenta en USD"},
    )
    return Bundle(
        f"{cid}_tierra_de_campos_large_submitted_after_260_days",
        claim,
        files,
        "reject",
        "Large Azure analytics deployment (variable payout USD 29,000): large, XL and XXL projects must be submitted "
        f"within 260 days of customer consent (2025-10-06 → 2026-06-23); this one came on 2026-07-01, day "
        f"{days(consent, submitted)}. The claim expired before submission and cannot be reactivated, although the "
        "report, invoice and surveys are in order.",
        "consent_date 2025-10-06, activity_type large, submitted 2026-07-01 (day 268 > 260).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s497_061_guijuelo_ammp_day_126() -> Bundle:
    cid = "4971061"
    cust = Org(
        "Embutidos de Guijuelo S.L.",
        "Embutidos de Guijuelo",
        "embutidosguijuelo.es",
        "ES",
        "37770 Guijuelo (Salamanca)",
        "Calle Filiberto Villalobos 41",
        "#8e24aa",
    )
    cc = person(cust, "Marta Hernández", "Responsable de TI", "marta.hernandez")
    consent, submitted = D(2026, 2, 2), T(2026, 6, 8, 10, 0, 2)
    files, claim = g.ammp_claim(
        cid,
        "guijuelo",
        MESETA,
        MN_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Curing-room traceability and export labelling system (.NET, SQL Server)",
        arr="USD 29,000 per year",
        dates=["16/02/2026", "13/03/2026", "08/05/2026", "22/05/2026"],
        amount=12000.0,
        inv_no="MN-FAC-2026-0133",
        date_style="gb",
        sign_when=T(2026, 5, 27, 12, 0, 2),
        date_text="27/05/2026",
        invoice_kw={"date_style": "gb", "title": "FACTURA / INVOICE", "bank": "Caja Rural · cuenta en USD"},
    )
    return Bundle(
        f"{cid}_guijuelo_ammp_submitted_on_day_126",
        claim,
        files,
        "reject",
        "AMMP (Small) claims must be submitted within 120 days of customer consent (2026-02-02 → 2026-06-02); this one "
        f"was submitted on 2026-06-08, {days(consent, submitted)} days after consent. Everything else is in order "
        "(Market B rate USD 12,000, signed template, surveys), but the claim expired before submission.",
        "consent_date 2026-02-02, activity_type xs_small, submitted 2026-06-08 (day 126).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
        container="zip",
    )


def s497_062_lacteos_del_esla_customer_says_other_partner() -> Bundle:
    cid = "4971062"
    cust = Org(
        "Lácteos del Esla S.L.",
        "Lácteos del Esla",
        "lacteosdelesla.es",
        "ES",
        "24200 Valencia de Don Juan (León)",
        "Avenida de Palanquinos 6",
        "#1e88e5",
    )
    cc = person(cust, "Iván Robles", "Director Comercial", "ivan.robles")
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, "Director Comercial"),
        Party("Partner", MESETA.name, MN_BA.name, "Consultora Dynamics 365"),
    ]
    acta = meseta_acta(
        cust,
        "MN-2025-031",
        D(2025, 11, 14),
        [
            (
                "<b>Dynamics 365 Sales</b><br/>Cuentas de 640 distribuidores, rutas de 18 comerciales, ofertas de "
                "quesos y yogures por canal",
                "<b>Dynamics 365 Sales</b><br/>640 distributor accounts, routes for 18 sales reps, cheese and yoghurt "
                "quotes per channel",
            ),
        ],
        parties,
        f"{cid}|acta",
        golive="03/11/2025",
    )
    page = sig_page(acta, "Firmas / Signatures")
    acta_scan = g.scan_pdf(
        acta,
        [
            *g.sign_inks("columns", parties[0], 0, "14/11/2025", labels=MN_LABELS, page=page),
            *g.sign_inks("columns", parties[1], 1, "14/11/2025", labels=MN_LABELS, color=g.INK_BLACK, page=page),
        ],
        f"{cid}|scan",
        T(2025, 11, 14, 13, 0, 1),
        dpi=150,
        skew=0.3,
    )
    m1 = Mail(
        MN_BA,
        [cc],
        "Confirmación partner Dynamics 365 Sales",
        T(2026, 5, 4, 10, 0, 2),
        "Hola Iván,\n\nEstamos registrando nuestra asociación como partner de Dynamics 365 Sales ante Microsoft. ¿Nos "
        "confirmas que seguimos dando soporte a vuestro Dynamics 365 Sales?\n\nUn saludo,\nLucía\n\n"
        + g.footer_block(MN_BA),
        lang="es",
    )
    m2 = Mail(
        cc,
        [MN_BA],
        "RE: Confirmación partner Dynamics 365 Sales",
        T(2026, 5, 5, 17, 20, 2),
        "Hola Lucía,\n\nNo podemos confirmarlo: cerramos el contrato de soporte con Meseta el 31 de marzo y desde "
        "abril el Dynamics 365 Sales lo lleva otro partner. Por favor, no nos registréis como cliente vuestro.\n\n"
        "[EN] We cannot confirm this: we ended the support contract with Meseta on 31 March and since April our "
        "Dynamics 365 Sales is supported by another partner. Please do not register us as your customer.\n\n"
        "Saludos,\n" + signature_lines(cc),
        quoted=m1,
        lang="es",
    )
    files = {
        "MN-2025-031 Acta puesta en marcha Lacteos del Esla (firmada).pdf": acta_scan,
        "RE_ Confirmacion partner Dynamics 365 Sales.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        area="Business Applications",
        partner=MESETA,
        pc=MN_BA,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        submitted=T(2026, 5, 11, 9, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_lacteos_del_esla_customer_says_it_left",
        claim,
        files,
        "reject",
        "The go-live record signed on 14/11/2025 would on its own be recent enough, but the partner also uploaded "
        "the customer's reply of 5 May 2026 from lacteosdelesla.es (Spanish with an English part): the support "
        "contract with Meseta ended on 31 March, another partner supports Dynamics 365 Sales since April, and 'please "
        "do not register us as your customer'. The customer itself denies an active engagement, so the claim cannot "
        "be approved and no further POE from this partner can overturn the customer's statement. UNSURE: a reviewer "
        "could instead return it as action_required.",
        "Customer reply 2026-05-05: '[EN] We cannot confirm this: we ended the support contract with Meseta on 31 "
        "March … Please do not register us as your customer.'",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_063_picos_de_europa_status_deck_spanish_reply() -> Bundle:
    cid = "4971063"
    cust = Org(
        "Grupo Hostelero Picos de Europa S.L.",
        "Picos de Europa Hoteles",
        "picoshoteles.es",
        "ES",
        "33550 Cangas de Onís (Asturias)",
        "Avenida de Covadonga 21",
        "#2e7d32",
    )
    cc = person(cust, "Covadonga Suárez", "Directora de Operaciones", "covadonga.suarez")
    deck = g.slides_pdf(
        MESETA,
        [
            (
                "Grupo Picos de Europa – Teams Phone y Teams Rooms – estado final / final status",
                "<p>Status deck for the closing meeting, 2 October 2026</p><p>7 hotels, the central reservations "
                "office in Cangas de Onís and the events department</p>",
            ),
            (
                "Teams Phone",
                ul(
                    [
                        "212 users on Teams Phone with Operator Connect; hotel numbers ported from 7 separate PBXs",
                        "Central reservations: 1 call queue with 16 agents, auto attendant ES/EN/FR, overflow to "
                        "the hotels at night",
                        "Emergency addresses configured per hotel",
                    ]
                ),
            ),
            (
                "Teams Rooms",
                ul(
                    [
                        "9 Teams Rooms on Android in meeting and events rooms (Neat Board in 2 conference halls)",
                        "Room booking for the events department; 14 weddings and 6 conferences held with hybrid guests "
                        "since July",
                    ]
                ),
            ),
            (
                "Timeline",
                grid(
                    ["Phase", "Dates"],
                    [
                        ("Design", "4 – 29 May 2026"),
                        ("Porting and rollout (7 hotels)", "1 June – 24 July 2026"),
                        ("Rooms", "6 – 31 July 2026"),
                        ("Hypercare", "August – September 2026"),
                    ],
                    [60, 40],
                ),
            ),
        ],
        meta("Estado final Teams Picos de Europa", MN_PM.name, T(2026, 10, 1, 18, 0, 2), g.PPT),
        f"{cid}|deck",
        footer="Meseta Nube · estado del proyecto / project status",
    )
    m1 = Mail(
        MN_PM,
        [cc],
        "Cierre del proyecto Teams Phone y Teams Rooms",
        T(2026, 10, 2, 17, 0, 2),
        "Hola Covadonga,\n\nTe adjunto la presentación de estado final que revisamos hoy. ¿Nos confirmas el cierre?\n\n"
        "Un saludo,\nSergio\n\n" + g.footer_block(MN_PM),
        lang="es",
        attachments=[("Estado_final_Teams_Picos_de_Europa.pdf", deck)],
    )
    m2 = Mail(
        cc,
        [MN_PM],
        "RE: Cierre del proyecto Teams Phone y Teams Rooms",
        T(2026, 10, 5, 9, 30, 2),
        "Hola Sergio,\n\nConfirmamos el cierre: los 212 usuarios de los 7 hoteles están en Teams Phone, la cola de "
        "reservas centrales funciona con los 16 agentes y las 9 salas Teams Rooms se usan a diario.\n\n[English] Hello "
        "Sergio, we confirm the closure of the project: the 212 users of the 7 hotels are on Teams Phone, the central "
        "reservations queue works with its 16 agents and the 9 Teams Rooms are used every day. Grupo Picos de Europa "
        "accepts the Teams Phone and Teams Rooms project delivered by Meseta Nube.\n\nUn saludo,\n"
        + signature_lines(cc),
        quoted=m1,
        lang="es",
    )
    files = {
        "Estado_final_Teams_Picos_de_Europa.pdf": deck,
        "RE_ Cierre del proyecto Teams Phone y Teams Rooms.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        area="Modern Work",
        partner=MESETA,
        pc=MN_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        submitted=T(2026, 10, 19, 10, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_picos_de_europa_status_deck_and_bilingual_reply",
        claim,
        files,
        "approve",
        "A final status deck (212 Teams Phone users ported from 7 PBXs, a 16-agent reservations queue, 9 Teams Rooms, "
        "dated timeline) and the operations director's reply of 5 October 2026 from picoshoteles.es – the group writes "
        "its name as 'Grupo Picos de Europa' and trades as 'Picos de Europa Hoteles' – in Spanish with a full English "
        "version accepting the project. Both claimed workloads are described with numbers.",
        "Reply from covadonga.suarez@picoshoteles.es: '[English] … Grupo Picos de Europa accepts the Teams Phone and "
        "Teams Rooms project delivered by Meseta Nube.'",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# more Partner Activities (Granite, Thameside) and Kaveri's CPOR claims: a deferred workload, a sub-domain
# --------------------------------------------------------------------------------------------------------------


def s497_064_cripple_creek_ammp_market_a() -> Bundle:
    cid = "4971064"
    cust = Org(
        "Cripple Creek Mining Supply Co.",
        "Cripple Creek Mining Supply",
        "cripplecreeksupply.com",
        "US",
        "Colorado Springs, CO 80907",
        "2830 N Prospect St",
        "#6d4c41",
    )
    cc = person(cust, "Travis Ekland", "IT Director", "tekland")
    consent, submitted = D(2026, 6, 1), T(2026, 9, 14, 10, 0, -6)
    lz = g.landing_zone_doc(GRANITE, cust, f"{cid}|lz", T(2026, 7, 2, 15, 0, -6), GP_AZ.name)
    files, claim = g.ammp_claim(
        cid,
        "cripplecreek",
        GRANITE,
        GP_AZ,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Parts-ordering and mine-site delivery tracking portal (ASP.NET, SQL Server)",
        arr="USD 62,000 per year",
        dates=["06/15/2026", "07/10/2026", "08/21/2026", "09/04/2026"],
        amount=15000.0,
        inv_no="GPIT-INV-2026-0412",
        date_style="us_long",
        sign_when=T(2026, 9, 8, 11, 0, -6),
        date_text="09/08/2026",
        invoice_kw={"date_style": "us_long", "bank": "FirstBank Colorado · wire"},
        extra={"POE/Landing_Zone_Design_Cripple_Creek.pdf": lz},
    )
    return Bundle(
        f"{cid}_cripple_creek_ammp_market_a",
        claim,
        files,
        "approve",
        "AMMP (Small) claim from a US partner (Market A): USD 15,000 is the right rate and the invoice shows it with "
        "the claim ID and Granite Peak's name. Signed programme template with the four activities ('09/08/2026', "
        "US month-first, September 8), a landing-zone design as supporting material, both surveys complete, submitted "
        f"{days(consent, submitted)} days after consent (XS/small: 120).",
        "Invoice GPIT-INV-2026-0412: USD 15,000.00, claim 4971064; partner.country US (Market A).",
        g.pa_ok(),
    )


def s497_065_boulder_creek_customer_survey_no_title() -> Bundle:
    cid = "4971065"
    cust = Org(
        "Boulder Creek Organic Foods, Inc.",
        "Boulder Creek Organic",
        "bouldercreekorganic.com",
        "US",
        "Boulder, CO 80301",
        "5600 Arapahoe Ave",
        "#7cb342",
    )
    cc = person(cust, "Nina Castellano", "Director of Operations", "ncastellano")
    eng = g.engagement(
        "MW-FRONTLINE-ENV-VAR", "Modern Work – Frontline Workers Envisioning Workshop", "standard", "variable", 2800.0
    )
    consent, submitted = D(2026, 4, 6), T(2026, 6, 15, 11, 0, -6)
    report = findings_pdf(
        GRANITE,
        "Frontline Workers Envisioning Workshop – Findings",
        [
            ("Customer", cust.name),
            ("Workshop", "April 28, 2026, Boulder production kitchen (4 hours)"),
            ("Participants", "9 – operations, kitchen leads, warehouse, HR"),
            ("MCI claim", cid),
        ],
        [
            (
                "Frontline today",
                "<p>210 kitchen, packing and delivery staff on 3 shifts; schedules on a whiteboard photo sent by "
                "text; food-safety checklists on paper binders audited monthly.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams Shifts for the 3 kitchen shifts and 2 delivery routes (pilot June 2026).",
                        "Digital HACCP checklists in Power Apps on 12 shared tablets.",
                        "Frontline licences with shared-device sign-in on the packing line.",
                    ]
                ),
            ),
        ],
        T(2026, 4, 30, 17, 0, -6),
        GP_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        GRANITE,
        GP_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Frontline_Envisioning_Findings_Boulder_Creek.pdf": report},
        amount=2800.0,
        inv_no="GPIT-INV-2026-0233",
        inv_day=D(2026, 6, 10),
        activities="Frontline envisioning workshop: Shifts, HACCP checklists, shared devices",
        outcome="Shifts pilot and digital checklists planned",
        participants="9",
        cust_sig={"title": ""},
        invoice_kw={"date_style": "us_long", "bank": "FirstBank Colorado · wire"},
    )
    return Bundle(
        f"{cid}_boulder_creek_customer_survey_without_job_title",
        claim,
        files,
        "reject",
        "The customer attestation's electronic signature has the full name and the company but an empty job title; "
        "the final survey question requires all three, and the guide says a customer attestation without a valid "
        "signature may get the claim rejected. Once a customer survey response is recorded it cannot be re-sent on "
        "the same claim. Findings, invoice (USD 2,800 with claim ID) and timing "
        f"({days(consent, submitted)} days) are in order. UNSURE: a reviewer could return it as action_required "
        "instead, though the customer's survey cannot be redone on this claim.",
        "customer_attestation JSON: signature.job_title is empty.",
        {
            "attestations": "fail",
            "invoice": "pass",
            "submission_window": "pass",
            "required_documents": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_066_lakeland_dispute_submitted_after_30_days() -> Bundle:
    cid = "4971066"
    cust = Org(
        "Lakeland Outdoor Centres Ltd",
        "Lakeland Outdoor Centres",
        "lakelandoutdoor.co.uk",
        "GB",
        "Ambleside LA22 0EU",
        "Rothay Road",
        "#2e7d32",
    )
    cc = person(cust, "Fiona Heslop", "Head of Operations", "fiona.heslop")
    eng = g.engagement(
        "MW-TEAMS-ROOMS-ENV-VAR", "Modern Work – Teams Rooms Envisioning Workshop", "standard", "variable", 2400.0
    )
    consent = D(2026, 3, 2)
    first, rejected, disputed, submitted = (
        T(2026, 5, 11, 10, 0, 1),
        T(2026, 5, 20, 9, 0),
        T(2026, 5, 28, 14, 0, 1),
        T(2026, 6, 22, 16, 0, 1),
    )
    report = findings_pdf(
        THAMES,
        "Teams Rooms Envisioning Workshop – Findings",
        [
            ("Customer", cust.name),
            ("Workshop", "1 April 2026, Ambleside centre"),
            ("Participants", "8 – operations, instructors' leads, bookings, IT"),
            ("MCI claim", cid),
        ],
        [
            (
                "Today",
                "<p>5 outdoor centres hold daily safety briefings and school-group planning calls on a laptop and a "
                "speakerphone; remote instructors cannot see the weather and route boards.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams Rooms on Android in the 5 briefing rooms, with a content camera for the route board.",
                        "Teams Rooms Pro Management; booking for school-group planning calls.",
                    ]
                ),
            ),
        ],
        T(2026, 4, 3, 17, 0, 1),
        TC_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        THAMES,
        TC_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Teams_Rooms_Envisioning_Findings_Lakeland.pdf": report},
        amount=2400.0,
        inv_no="TC-INV-2026-0377",
        inv_day=D(2026, 6, 19),
        activities="Teams Rooms envisioning workshop for our briefing rooms",
        outcome="Teams Rooms plan for 5 briefing rooms",
        participants="8",
        status="disputed",
        invoice_kw={"date_style": "gb_long", "bank": "Lloyds Bank · USD account GB29 LOYD 3091 2284 4710 22"},
        history=[
            ("customer consent approved", T(2026, 3, 2, 12), "-"),
            ("submission", first, TC_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, TC_PM.email),
            ("document submission", submitted - dt.timedelta(minutes=5), TC_PM.email),
            ("submission", submitted, TC_PM.email),
        ],
        comments=[
            (
                "microsoft",
                rejected,
                "Rejected: the invoice does not show the MCI claim ID and the amount does not match the proposed "
                "payout.",
            ),
            ("partner", submitted - dt.timedelta(minutes=2), "Dispute: corrected invoice attached."),
        ],
    )
    return Bundle(
        f"{cid}_lakeland_dispute_submitted_33_days_after_rejection",
        claim,
        files,
        "reject",
        "The claim was rejected on 2026-05-20 for a wrong invoice. The partner opened the dispute on 05-28 but only "
        f"submitted it on 2026-06-22, {days(rejected, submitted)} days after the rejection: a disputed claim that is "
        "not submitted within 30 days of the rejection expires ('disputed claim expired'), and expired claims cannot "
        "be reactivated. The corrected invoice (USD 2,400 with claim ID) would have fixed the reason, but too late.",
        "History: rejected 2026-05-20, disputed 2026-05-28, submission 2026-06-22 (33 days after rejection).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s497_067_mangalore_cashew_viva_engage_deferred() -> Bundle:
    cid = "4971067"
    cust = Org(
        "Mangalore Cashew Exporters Ltd",
        "Mangalore Cashew",
        "mangalorecashew.in",
        "IN",
        "Mangaluru 575001, Karnataka",
        "Bunder Road, Old Port",
        "#a1887f",
    )
    cc = person(cust, "Nitin Shenoy", "Head – IT", "nitin.shenoy")
    w = g.Word(accent="EF6C00")
    w.header(KAVERI, "Closure report")
    w.h("Mangalore Cashew Exporters – Microsoft 365 collaboration – closure report", 0)
    w.p("Kaveri Cloudtech Pvt. Ltd. · Version 1.0 · 21 August 2026 · Project KCT-PRJ-2026-019")
    w.h("Scope and status at closure", 1)
    w.table(
        [
            ["Workload", "Scope", "Status"],
            [
                "Teams",
                "Teams for 240 staff at the processing unit, 3 export offices and 6 buying agents in Kollam and "
                "Panruti; a team per buyer market (EU, US, Middle East)",
                "Delivered",
            ],
            [
                "SharePoint Online",
                "Export documentation library (bills of lading, phytosanitary certificates) with 8-year retention; "
                "quality-lab site; 410 GB migrated",
                "Delivered",
            ],
            [
                "Viva Engage",
                "Company-wide communities for the processing-unit workforce",
                "Deferred to FY2027 – not delivered (customer decision, 12 Aug 2026)",
            ],
        ]
    )
    w.h("Numbers at closure", 1)
    w.bullets(["240 Teams users, 31 teams", "9 SharePoint sites, 410 GB", "Viva Engage: 0 communities (deferred)"])
    report = w.save(meta("Mangalore Cashew closure report", KC_PM.name, T(2026, 8, 21, 17, 0, 5.5)))
    m1 = Mail(
        KC_PM,
        [cc],
        "Closure report – KCT-PRJ-2026-019",
        T(2026, 8, 21, 18, 0, 5.5),
        "Dear Nitin,\n\nPlease find the closure report attached. Kindly confirm acceptance.\n\nRegards,\nDivya\n\n"
        + g.footer_block(KC_PM),
        attachments=[("KCT-PRJ-2026-019 closure report.docx", report)],
    )
    m2 = Mail(
        cc,
        [KC_PM],
        "RE: Closure report – KCT-PRJ-2026-019",
        T(2026, 8, 24, 11, 5, 5.5),
        "Dear Divya,\n\nWe accept the Teams and SharePoint Online work as per the closure report (240 users, 9 sites). "
        "As discussed, Viva Engage will be taken up next financial year.\n\nRegards,\n" + signature_lines(cc),
        quoted=m1,
    )
    files = {
        "KCT-PRJ-2026-019 closure report.docx": report,
        "RE_ Closure report – KCT-PRJ-2026-019.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        area="Modern Work",
        partner=KAVERI,
        pc=KC_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE", "VIVA ENGAGE"],
        submitted=T(2026, 9, 7, 10, 0, 5.5),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_mangalore_cashew_viva_engage_deferred",
        claim,
        files,
        "action_required",
        "The Word closure report and the customer's reply from mangalorecashew.in support Teams (240 users, 31 teams) "
        "and SharePoint Online (9 sites, 410 GB), but the claim also includes VIVA ENGAGE, which the report marks "
        "'Deferred to FY2027 – not delivered' and the customer's e-mail says 'will be taken up next financial year'. "
        "Every claimed workload must connect to work in the POE: Viva Engage must be removed or evidenced.",
        "Closure report row 'Viva Engage … Deferred to FY2027 – not delivered'; reply: 'We accept the Teams and "
        "SharePoint Online work'.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "acknowledgement_date": "pass",
            "reused_evidence": "pass",
        },
    )


def s497_068_tkel_reply_from_subdomain() -> Bundle:
    cid = "4971068"
    cust = Org(
        "Tiruppur Knitwear Exporters Ltd",
        "TKEL",
        "tkel.co.in",
        "IN",
        "Tiruppur 641604, Tamil Nadu",
        "Avinashi Road, Anupparpalayam",
        "#3949ab",
    )
    cc = person(cust, "Karthik Subramaniam", "Manager – Information Systems", "karthik.s")
    sender = Person(cc.name, "karthik.s@corp.tkel.co.in", cc.title, cust, cc.phone)
    report = kaveri_report(
        cust,
        "Defender for Endpoint and Defender for Office 365 – Deployment Report",
        [
            ("Customer", cust.name),
            ("Period", "6 July – 28 August 2026"),
            ("Sites", "Tiruppur head office, 2 knitting units, dyeing unit, Chennai export office"),
            ("Reference", "KCT-PRJ-2026-022"),
        ],
        "TKEL's 310 users exchange tech packs and purchase orders with 40 overseas buyers by e-mail; a 2025 "
        "business-e-mail-compromise attempt changed a buyer's bank details. Endpoints ran a free antivirus.",
        [
            "Defender for Endpoint onboarded on 296 devices and 8 servers; ASR rules in block mode; EDR in block mode.",
            "Defender for Office 365 Plan 2 for 310 mailboxes: Safe Links, Safe Attachments, impersonation protection "
            "for the finance team and 12 merchandisers.",
            "Attack simulation for 310 users (click rate 17% → 6% after training).",
        ],
        [
            ("Handover", "IS team owns ASR exclusions and the quarantine review", "28 Aug 2026"),
            ("Review", "Quarterly Secure Score review with Kaveri", "Nov 2026"),
        ],
        T(2026, 8, 28, 17, 0, 5.5),
        f"{cid}|rep",
    )
    m1 = Mail(
        KC_PM,
        [cc],
        "TKEL – Defender deployment report",
        T(2026, 8, 29, 10, 0, 5.5),
        "Dear Karthik,\n\nPlease find attached the deployment report for Defender for Endpoint and Defender for Office "
        "365. Kindly confirm TKEL's acceptance.\n\nRegards,\nDivya\n\n" + g.footer_block(KC_PM),
        attachments=[("KCT-PRJ-2026-022 TKEL deployment report.pdf", report)],
    )
    m2 = Mail(
        sender,
        [KC_PM],
        "RE: TKEL – Defender deployment report",
        T(2026, 9, 1, 9, 40, 5.5),
        "Dear Divya,\n\nChecked with our consoles: 296 devices and 8 servers in Defender for Endpoint, 310 mailboxes "
        "on "
        "Defender for Office 365 P2, and the phishing click rate is down to 6%. TKEL accepts the deployment done by "
        "Kaveri Cloudtech.\n\nRegards,\nKarthik S.\nManager – IS, TKEL\nTiruppur",
        quoted=m1,
    )
    files = {
        "KCT-PRJ-2026-022 TKEL deployment report.pdf": report,
        "RE_ TKEL – Defender deployment report.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        area="Security",
        partner=KAVERI,
        pc=KC_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 9, 21, 11, 0, 5.5),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_tkel_acronym_reply_from_subdomain",
        claim,
        files,
        "approve",
        "The customer calls itself 'TKEL' (its domain is tkel.co.in; legal name Tiruppur Knitwear Exporters Ltd) and "
        "its IS manager replies from corp.tkel.co.in – a sub-domain of the claim's domain – confirming the numbers "
        "(296 devices and 8 servers in Defender for Endpoint, 310 mailboxes on Defender for Office 365) and 'TKEL "
        "accepts the deployment done by Kaveri Cloudtech'. Kaveri's report names the customer in full and details both "
        "workloads (report structure shared with Kaveri's other claims: boilerplate).",
        "Reply from karthik.s@corp.tkel.co.in, 1 Sep 2026: 'TKEL accepts the deployment done by Kaveri Cloudtech.'",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# assembly and output (set G's validation, bundle writer and expected.json layout)
# --------------------------------------------------------------------------------------------------------------


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
    loose = [
        k
        for k, v in b.checks.items()
        if isinstance(v, list) and not (values(v) <= {"pass", NA} or values(v) <= {"fail", "warn"})
    ]
    if loose and "UNSURE" not in b.why:
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
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s497_") and callable(fn)]
    bundles = [fn() for fn in builders]
    ids = [b.claim_id for b in bundles]
    if len(set(ids)) != len(ids) or len({b.entry for b in bundles}) != len(bundles):
        raise RuntimeError("claim ids and bundle names must be unique")
    for b in bundles:
        _vet(b)
    return bundles


def build(out_dir: Path) -> None:
    """Write every bundle and ``expected.json`` into ``out_dir`` (created if absent)."""
    bundles = build_all()
    out_dir.mkdir(parents=True, exist_ok=True)
    for b in bundles:
        g.write_bundle(out_dir, b)
    text = json.dumps(g.expected(bundles), indent=2, ensure_ascii=False) + "\n"
    (out_dir / "expected.json").write_text(text, encoding="utf-8")


def _clear(out: Path, force: bool) -> None:
    """Make ``out`` an empty directory, refusing to empty one that holds anything but a previous set I."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = sorted(out.iterdir())
    foreign = [e.name for e in entries if e.name != "expected.json" and not e.name.startswith("4971")]
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
    cli = argparse.ArgumentParser(description="Write held-out test set I: MCI claim bundles and expected.json.")
    cli.add_argument("out", type=Path, help="output directory (absent, empty, or an earlier set I)")
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
