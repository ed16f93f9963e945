"""Write held-out test set J for POE Reviewer: MCI claim bundles plus ``expected.json``.

Like sets G and H, every expectation here was written from the MCI claiming guide (June 2025, shared/seed) and
the bundle format (shared/spec/claims-interchange.md) alone: what a careful human reviewer would decide from those
rules, never what the tool does. Claims 4981001-4981999, all submitted in 2026, with partners and customers of
their own in Canada, the Netherlands, Italy, Sweden, Singapore, South Africa, Korea, New Zealand, the UAE, Poland,
Mexico, the US, Puerto Rico and India, over both programmes (CPOR and Partner Activities). The document machinery
(PDF, Word, e-mail, scans, photos, ink, e-signatures, bundles) is set G's, imported from ``tools/make_holdout_g.py``;
this module only adds the scenarios and the partners' own templates.

The documents are the partners' own formats: service delivery summaries, workshop minutes, service handover
letters, status decks, bilingual acceptance protocols and actas, inspection certificates with company seals,
closure reports, go-live certificates and customer letters on their own letterhead, next to e-mail threads
(replies quoted below, forwards, auto-replies, replies in other languages with or without an English part),
scans (rotated, low resolution), phone photos, e-signature envelopes and a digitally signed PDF.

Several partners use their own template for several customers (boilerplate the queue must not flag), the
public-sector disclosure wording is shared by several claims, and six pairs share claim-specific evidence: a
signed page photographed again for another customer, a company seal cut from one customer's certificate, a
workshop's findings and figures, a customer's acceptance e-mail reused by a subcontractor, one invoice for two
claims, and a claim submitted twice.

Usage: ``python tools/make_holdout_j.py OUTDIR [--force]``. The output is byte-for-byte reproducible.
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
except ImportError:  # run as a script: python tools/make_holdout_j.py
    import make_holdout_g as g  # type: ignore[no-redef]

Org, Person, Mail, Party, Ink, Bundle = g.Org, g.Person, g.Mail, g.Party, g.Ink, g.Bundle
T, D, person, meta, css, kv, grid, ul, fields = g.T, g.D, g.person, g.meta, g.css, g.kv, g.grid, g.ul, g.fields
NA, PASS_NA = g.NA, g.PASS_NA
FIRST_ID, LAST_ID = 4981001, 4981999
_CACHE: dict[str, Any] = {}


def days(a: dt.date | dt.datetime, b: dt.date | dt.datetime) -> int:
    """Whole days from ``a`` to ``b`` (dates of datetimes in their own offset)."""
    da = a.date() if isinstance(a, dt.datetime) else a
    db = b.date() if isinstance(b, dt.datetime) else b
    return (db - da).days


def sig_lines(p: Person, extra: str = "") -> str:
    """A customer's own e-mail signature: name, title, company (customers rarely carry more)."""
    return f"{p.name}\n{p.title}\n{p.org.name}" + (f"\n{extra}" if extra else "")


def cached(key: str, make: Any) -> Any:
    """Build a document once: files shared by two claims must be the very same bytes."""
    if key not in _CACHE:
        _CACHE[key] = make()
    return _CACHE[key]


# --------------------------------------------------------------------------------------------------------------
# the partners of this set
# --------------------------------------------------------------------------------------------------------------

MAPLEGATE = Org(
    "Maplegate Digital Inc.",
    "Maplegate",
    "maplegatedigital.ca",
    "CA",
    "Toronto, ON M5J 2N1",
    "200 Bay Street, Suite 2410",
    "#b71c1c",
    "BN 784412093 RC0001",
    "+1 416 555 0193",
)
ZUIDERZEE = Org(
    "Zuiderzee IT Partners B.V.",
    "Zuiderzee IT",
    "zuiderzee-it.nl",
    "NL",
    "3511 EP Utrecht",
    "Catharijnesingel 47",
    "#00695c",
    "KvK 74418822 · btw NL859912448B01",
    "+31 30 555 0147",
)
TIBER = Org(
    "Tiber Cloud S.r.l.",
    "Tiber Cloud",
    "tibercloud.it",
    "IT",
    "00185 Roma RM",
    "Via Marsala 34",
    "#8e24aa",
    "P.IVA 15522841006 · REA RM-1598841",
    "+39 06 5555 0148",
)
FJARD = Org(
    "Fjärd Moln AB",
    "Fjärd Moln",
    "fjardmoln.se",
    "SE",
    "411 04 Göteborg",
    "Södra Hamngatan 19",
    "#1565c0",
    "Org.nr 559218-4471",
    "+46 31 555 01 49",
)
KALLANG = Org(
    "Kallang Digital Pte. Ltd.",
    "Kallang Digital",
    "kallangdigital.sg",
    "SG",
    "Singapore 039594",
    "9 Raffles Boulevard, #12-04 Millenia Tower",
    "#00838f",
    "UEN 201822841K",
    "+65 6555 0150",
)
KAROO = Org(
    "Karoo Digital (Pty) Ltd",
    "Karoo Digital",
    "karoodigital.co.za",
    "ZA",
    "Cape Town, 8001",
    "4th Floor, 80 Strand Street",
    "#e65100",
    "Reg. No. 2016/284471/07 · VAT 4180284471",
    "+27 21 555 0151",
)
HALLASAN = Org(
    "Hallasan Cloud Co., Ltd.",
    "Hallasan Cloud",
    "hallasancloud.co.kr",
    "KR",
    "Seoul 06164",
    "Teheran-ro 521, Gangnam-gu",
    "#2e7d32",
    "Business Reg. No. 220-88-41552",
    "+82 2 555 0152",
)
RIMU = Org(
    "Rimu Technology Limited",
    "Rimu Technology",
    "rimutech.co.nz",
    "NZ",
    "Wellington 6011",
    "Level 6, 157 Lambton Quay",
    "#33691e",
    "NZBN 9429048812254",
    "+64 4 555 0153",
)
DUNE = Org(
    "Dune Crest Technologies L.L.C.",
    "Dune Crest",
    "dunecrest.ae",
    "AE",
    "Dubai",
    "Office 1804, Bay Square Building 11, Business Bay",
    "#c29100",
    "Trade Licence No. 884215 · TRN 100284471500003",
    "+971 4 555 0154",
)
TATRA = Org(
    "Tatra Chmura sp. z o.o.",
    "Tatra Chmura",
    "tatrachmura.pl",
    "PL",
    "31-072 Kraków",
    "ul. Wielopole 18",
    "#283593",
    "KRS 0000788412 · NIP 6762588412",
    "+48 12 555 01 55",
)
BESKID = Org(
    "Beskid Systems sp. z o.o.",
    "Beskid Systems",
    "beskidsystems.pl",
    "PL",
    "43-300 Bielsko-Biała",
    "ul. Cechowa 9",
    "#5d4037",
    "KRS 0000641190 · NIP 5472201144",
    "+48 33 555 01 56",
)
SIERRA = Org(
    "Sierra Madre Nube, S.A. de C.V.",
    "Sierra Madre Nube",
    "sierramadrenube.mx",
    "MX",
    "San Pedro Garza García, N.L., C.P. 66260",
    "Av. Ricardo Margáin Zozaya 440, Piso 9",
    "#ad1457",
    "RFC SMN180412KQ4",
    "+52 81 5555 0157",
)
PRAIRIE = Org(
    "Prairie Ridge Technology Group LLC",
    "Prairie Ridge",
    "prairieridgetech.com",
    "US",
    "Omaha, NE 68102",
    "1620 Dodge Street, Suite 1100",
    "#0d47a1",
    "EIN 47-2284117",
    "+1 402 555 0158",
)
YUNQUE = Org(
    "El Yunque Digital LLC",
    "El Yunque Digital",
    "elyunquedigital.com",
    "PR",
    "San Juan, PR 00918",
    "250 Ave. Ponce de León, Suite 702",
    "#2e7d32",
    "EIN 66-0841127",
    "+1 787 555 0159",
)
GODAVARI = Org(
    "Godavari Cloud Services Pvt. Ltd.",
    "Godavari Cloud",
    "godavaricloud.in",
    "IN",
    "Hyderabad 500081",
    "Cyber Towers, 4th Floor, HITEC City",
    "#6a1b9a",
    "CIN U72900TG2015PTC098841 · GSTIN 36AAGCG4471M1Z2",
    "+91 40 6755 0160",
)

MG_PM = person(MAPLEGATE, "Ann Lefebvre", "Delivery Lead", "alefebvre", "+1 416 555 0193")
MG_SEC = person(MAPLEGATE, "Daniel Okafor", "Security Practice Lead", "dokafor")
ZZ_PM = person(ZUIDERZEE, "Sanne Visser", "Projectleider / Project Lead", "s.visser")
ZZ_SEC = person(ZUIDERZEE, "Joris Bakker", "Security Consultant", "j.bakker")
TB_PM = person(TIBER, "Giulia Ferri", "Project Manager", "g.ferri")
TB_ARCH = person(TIBER, "Marco Santoro", "Cloud Architect", "m.santoro")
FJ_PM = person(FJARD, "Elin Johansson", "Projektledare / Project Manager", "elin.johansson")
FJ_SEC = person(FJARD, "Oskar Lindgren", "Säkerhetskonsult / Security Consultant", "oskar.lindgren")
KD_SDM = person(KALLANG, "Priya Raghavan", "Service Delivery Manager", "priya.r")
KD_SEC = person(KALLANG, "Marcus Teo", "Principal Security Consultant", "marcus.teo")
KR_PM = person(KAROO, "Thandi Mokoena", "Project Manager", "thandi.mokoena")
KR_SEC = person(KAROO, "Ruan Botha", "Security Lead", "ruan.botha")
HS_PM = person(HALLASAN, "Park Ji-hoon", "Project Manager", "jihoon.park")
HS_ARCH = person(HALLASAN, "Choi Min-seo", "Cloud Architect", "minseo.choi")
RM_LEAD = person(RIMU, "Hemi Walker", "Engagement Lead", "hemi.walker")
RM_SEC = person(RIMU, "Sophie Tait", "Security Consultant", "sophie.tait")
DC_PM = person(DUNE, "Rohit Nair", "Project Manager", "rohit.nair")
DC_AM = person(DUNE, "Layla Haddad", "Account Director", "layla.haddad")
TC_PM = person(TATRA, "Katarzyna Nowak", "Kierownik projektu / Project Manager", "k.nowak")
BS_TECH = person(BESKID, "Paweł Zając", "Kierownik serwisu / Service Manager", "p.zajac")
SM_PM = person(SIERRA, "Alejandro Garza", "Gerente de Proyecto", "agarza")
SM_BA = person(SIERRA, "Mariana Treviño", "Consultora Dynamics 365", "mtrevino")
PR_EM = person(PRAIRIE, "Brandon Kessler", "Engagement Manager", "bkessler")
PR_SEC = person(PRAIRIE, "Lauren Mitchell", "Security Consultant", "lmitchell")
EY_PM = person(YUNQUE, "Coral Rosario Vega", "Project Manager", "crosario")
GC_PM = person(GODAVARI, "Srinivas Reddy", "Delivery Manager", "srinivas.reddy")
GC_AM = person(GODAVARI, "Lakshmi Prasanna", "Partner Programs Manager", "lakshmi.p")


# --------------------------------------------------------------------------------------------------------------
# small document helpers
# --------------------------------------------------------------------------------------------------------------


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
    """A Partner Activities claim: its POE files, extra documents, and set G's invoice + survey kit."""
    kit_files, kit_docs = g.pa_kit(
        cid,
        partner,
        pc,
        cc,
        eng["name"],
        amount,
        inv_no,
        inv_day,
        T(inv_day.year, inv_day.month, inv_day.day, 11, 0) - dt.timedelta(days=2),
        T(inv_day.year, inv_day.month, inv_day.day, 11, 0) - dt.timedelta(days=1),
        activities=activities,
        outcome=outcome,
        participants=participants,
        **kit,
    )
    files = {**poe, **{p: b for p, b, _ in extra_docs}, **kit_files}
    docs = [*[(p, "poe") for p in poe], *[(p, r) for p, _, r in extra_docs], *kit_docs]
    hist = history or [
        ("customer consent approved", T(consent.year, consent.month, consent.day, 12), "-"),
        ("document submission", submitted - dt.timedelta(minutes=5), pc.email),
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
    """Hand-filled acknowledgement block of the standard disclosure."""
    inks = [
        Ink("Name", "hand", signer, dx=150, dy=2, h=13, occurrence=0),
        Ink("Title", "hand", title, dx=150, dy=2, h=13, occurrence=0),
        Ink("Signature", "sig", signer, dx=150, dy=4, h=30, occurrence=0),
        Ink("Date", "hand", date_text, dx=150, dy=2, h=13, occurrence=1),
    ]
    if seal:
        inks.append(Ink("Signature", "seal", dx=300, dy=-6, h=54, occurrence=0, color=(60, 60, 160), lines=seal))
    return inks


def crop_scan(scan: bytes, page: int, box: tuple[float, float, float, float], dpi: int) -> bytes:
    """Cut a rectangle (PDF points of the unscanned page) out of a scanned page, as a copier or a snipping tool
    would."""
    with pymupdf.open("pdf", scan) as sc:
        xref = sc[page].get_images()[0][0]
        img = Image.open(io.BytesIO(sc.extract_image(xref)["image"]))
        img.load()
    k = dpi / 72.0
    x0, y0, x1, y1 = box
    return g.png(img.crop((int(x0 * k), int(y0 * k), int(x1 * k), int(y1 * k))).convert("RGB"))


def customer_letter(
    cust: Org,
    cc: Person,
    place_date: str,
    to: str,
    subject: str,
    paragraphs: Sequence[str],
    seed: str,
    when: dt.datetime,
    *,
    closing: str = "Yours sincerely,",
    reg_line: str = "",
    size: pymupdf.Rect = g.A4,
) -> bytes:
    """A letter on the customer's own letterhead, with room for a signature above the printed name."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"""
<p style="text-align:right">{escape(place_date)}</p>
<p>{to}</p>
<p><b>{subject}</b></p>
{body}
<p style="margin-top:10pt">{closing}</p>
<p style="height:42pt">&#160;</p>
<p style="border-top:0.8pt solid #000000;width:200pt;padding-top:2pt">{escape(cc.name)}<br/>{escape(cc.title)}<br/>
<b>{escape(cust.name)}</b></p>
"""
    foot = escape(cust.name + " · " + cust.address) + (f" · {escape(reg_line)}" if reg_line else "")
    return g.html_pdf(
        html,
        meta(subject, cc.name, when, g.WORD),
        seed,
        size=size,
        style=css(cust.color, size=10),
        decor=g.Decor(cust, right=escape(cust.domain), footer=foot, numbers="", accent=cust.color),
    )


def letter_sig(cc: Person, date_text: str = "") -> list[Ink]:
    """The ink on a :func:`customer_letter`: a signature above the printed name (and a date beside it)."""
    inks = [Ink(cc.name, "sig", cc.name, dx=4, dy=-40, h=32)]
    if date_text:
        inks.append(Ink(cc.name, "hand", date_text, dx=230, dy=-18, h=13))
    return inks


def gmail_print(m: Mail, owner: str, seed: str, printed: dt.datetime) -> bytes:
    """A conversation printed from Gmail in the browser (Google Workspace customers print their mail this way)."""
    head = (
        f'<table style="margin-bottom:6pt"><tr><td style="border:none;width:300pt"><b>{escape(m.frm.name)}</b> '
        f'&lt;{escape(m.frm.email)}&gt;</td><td style="border:none;text-align:right;width:170pt">'
        f"{m.when:%a, %b %d, %Y at %I:%M %p}</td></tr>"
        f'<tr><td style="border:none" colspan="2">To: {escape(", ".join(p.name + " <" + p.email + ">" for p in m.to))}'
        "</td></tr></table>"
    )
    text = g.mail_text(m).strip()
    body = "".join(f"<p>{g.nb(b)}</p>" for b in text.split("\n\n"))
    html = (
        f'<p style="font-size:9pt"><b>Gmail</b> &#160;&#160; {escape(owner)}</p><hr/>'
        f'<p style="font-size:14pt">{escape(m.subject)}</p><p class="small">1 message</p><hr/>{head}{body}'
    )
    pdf = g.html_pdf(
        html,
        meta(f"Gmail - {m.subject}", "", printed, g.CHROME),
        seed,
        style=css(size=9.5, extra="hr {border: 0; border-top: 0.8pt solid #999999;}"),
        margins=(40, 40, 40, 40),
    )
    doc = pymupdf.open("pdf", pdf)
    small = g.FONT_CSS + "body {font-family: sans; font-size: 7pt; color: #333333;}"
    arch = g._archive()
    for i, page in enumerate(doc, start=1):
        w, h = page.rect.width, page.rect.height
        page.insert_htmlbox(
            pymupdf.Rect(24, 10, w / 2, 24), f"<p>{printed:%m/%d/%y, %I:%M %p}</p>", css=small, archive=arch
        )
        page.insert_htmlbox(
            pymupdf.Rect(w / 2, 10, w - 24, 24),
            f'<p style="text-align:right">Gmail - {escape(m.subject)}</p>',
            css=small,
            archive=arch,
        )
        page.insert_htmlbox(
            pymupdf.Rect(24, h - 22, w - 60, h - 8),
            f"<p>https://mail.google.com/mail/u/0/?ik={g.hexid('ik', seed, n=10).lower()}&amp;view=pt&amp;"
            f"search=all&amp;permthid=thread-f:{int(g.hexid('th', seed, n=15), 16)}</p>",
            css=small,
            archive=arch,
        )
        page.insert_htmlbox(
            pymupdf.Rect(w - 60, h - 22, w - 24, h - 8), f"<p>{i}/{len(doc)}</p>", css=small, archive=arch
        )
    return g.finish(doc, meta(f"Gmail - {m.subject}", "", printed, g.CHROME), seed, subset=False)


def photo_of(
    pdf: bytes, inks: Sequence[Ink], ink_seed: str, seed: str, when: dt.datetime, *, page_no: int = 0, **kw: Any
) -> bytes:
    """A phone photo of one page of a printed, hand-signed document."""
    page = g.render(pdf, 130, inks, ink_seed)[page_no]
    page = g.scanify(page, f"{seed}|paper", skew=0.0, gray=False, noise=4, blur=0.3, shadow=False)
    return g.phone_photo(page, seed, when, **kw)


# --------------------------------------------------------------------------------------------------------------
# the partners' own templates (each used for several customers: the shared wording is boilerplate)
# --------------------------------------------------------------------------------------------------------------

MAPLE_ABOUT = (
    "Every Maplegate engagement closes with this Service Delivery Summary. It records what was delivered per "
    "workload, the figures at handover, the milestones, the items left open and the customer's sign-off. Rows "
    "marked <i>Out of scope</i> were not part of the engagement."
)
MAPLE_FOOTER = "Maplegate Digital Inc. · 200 Bay Street, Suite 2410, Toronto ON · Confidential"


def maplegate_sds(
    cust: Org,
    ref: str,
    day: dt.date,
    contract: str,
    window: str,
    cust_lead: str,
    delivered: Sequence[tuple[str, str, str]],
    numbers: Sequence[tuple[str, str]],
    milestones: Sequence[tuple[str, str, str]],
    open_items: Sequence[str],
    seed: str,
    *,
    parties: Sequence[Party] = (),
    accepted_by_mail: str = "",
    author: str = "",
) -> bytes:
    """Maplegate Digital's Service Delivery Summary (one template for all its customers)."""
    page1 = f"""
<p class="muted" style="margin-top:10pt">SERVICE DELIVERY SUMMARY</p>
<h1 style="font-size:21pt">{escape(cust.name)}</h1>
{
        kv(
            [
                ("Reference", ref),
                ("Issued", day.isoformat()),
                ("Contract", escape(contract)),
                ("Delivery window", window),
                ("Maplegate lead", escape(author or MG_PM.name)),
                ("Customer lead", escape(cust_lead)),
            ]
        )
    }
<p>{MAPLE_ABOUT}</p>
<h2>1. What we delivered</h2>
{grid(["Workload", "Delivered", "Status"], delivered, [22, 60, 18])}
<h2>2. Figures at handover</h2>
{grid(["Measure", "At handover"], numbers, [64, 36])}
"""
    page2 = f"""
<h2>3. Milestones</h2>
{grid(["Milestone", "Date", "Notes"], milestones, [28, 18, 54])}
<h2>4. Open items and recommendations</h2>{ul(open_items)}
<h2>5. Customer sign-off</h2>
"""
    if accepted_by_mail:
        page2 += f"<p>{accepted_by_mail}</p>"
    else:
        page2 += g.signoff(
            "rows",
            parties,
            heading="",
            statement=f"{escape(cust.name)} confirms that the services in section 1 were delivered by Maplegate "
            "Digital Inc. and accepts them into production.",
        )
    return g.report_pdf(
        MAPLEGATE,
        [page1, page2],
        meta(f"{cust.short} - Service Delivery Summary", author or MG_PM.name, T(day.year, day.month, day.day, 16)),
        seed,
        right=f"Service Delivery Summary · {ref}",
        footer=MAPLE_FOOTER,
        size=g.LETTER,
    )


def rows_inks(pdf: bytes, marker: str, parties: Sequence[Party], date_text: str) -> list[Ink]:
    """Customer (blue) and partner (black) ink on a 'rows' sign-off found on the page that prints ``marker``."""
    page = g.page_of(pdf, marker)
    return [
        *g.sign_inks("rows", parties[0], 0, date_text, page=page),
        *g.sign_inks("rows", parties[1], 1, date_text, color=g.INK_BLACK, page=page),
    ]


ZZ_INTRO = (
    "Verslag volgens het vaste Zuiderzee-format: aanwezigen, besproken punten, besluiten en actiepunten. / Minutes "
    "in Zuiderzee's standard format: attendees, points discussed, decisions and action items."
)
ZZ_FOOTER = "Zuiderzee IT Partners B.V. · Catharijnesingel 47, 3511 EP Utrecht · KvK 74418822"


def zuiderzee_minutes(
    cust: Org,
    title: str,
    ref: str,
    date_text: str,
    place: str,
    attendees: Sequence[tuple[str, str, str]],
    points: str,
    decisions: Sequence[tuple[str, str]],
    actions: Sequence[tuple[str, str, str, str]],
    seed: str,
    when: dt.datetime,
    *,
    closing: str = "",
) -> bytes:
    """Zuiderzee IT Partners' minutes (workshops and steering committees): Dutch headings, English content."""
    html = f"""
<h1>{escape(title)}</h1>
<p class="muted">{ZZ_INTRO}</p>
{
        kv(
            [
                ("Klant / Customer", escape(cust.name)),
                ("Referentie / Reference", ref),
                ("Datum / Date", date_text),
                ("Locatie / Location", escape(place)),
            ]
        )
    }
<h2>Aanwezig / Attendees</h2>
{grid(["Naam / Name", "Organisatie / Organisation", "Rol / Role"], attendees, [30, 38, 32])}
<h2>Besproken / Points discussed</h2>{points}
<h2>Besluiten / Decisions</h2>{grid(["#", "Besluit / Decision"], decisions, [7, 93])}
<h2>Actiepunten / Action items</h2>
{grid(["#", "Actie / Action", "Eigenaar / Owner", "Gereed / Due"], actions, [6, 56, 22, 16])}
{closing}
"""
    return g.report_pdf(
        ZUIDERZEE,
        html,
        meta(title, ZZ_PM.name, when),
        seed,
        right=f"Verslag / Minutes · {ref}",
        footer=ZZ_FOOTER,
    )


KD_CLOSING = (
    "Kallang Digital will continue to run the service under the schedule referenced above. We would be grateful if "
    "you could countersign this letter to acknowledge the handover; a copy is kept with the service records."
)


def kallang_letter(
    cust: Org,
    cc: Person,
    ref: str,
    day: dt.date,
    salutation: str,
    subject: str,
    opening: str,
    components: Sequence[tuple[str, str]],
    figures: Sequence[tuple[str, str]],
    seed: str,
    *,
    schedule: str,
    sender: Person = KD_SDM,
) -> bytes:
    """Kallang Digital's service handover letter, countersigned by the customer (one form for every customer)."""
    html = f"""
<p>{g.fdate(day, "gb_long")}</p>
<p>{escape(cc.name)}<br/>{escape(cc.title)}<br/>{escape(cust.name)}<br/>{escape(cust.address)}</p>
<p>Our ref: {ref}</p>
<p>{escape(salutation)}</p>
<p><b>{escape(subject)}</b></p>
<p>{opening}</p>
{grid(["Service component", "What was set up and is now running"], components, [30, 70])}
{grid(["Figure at handover", "Value"], figures, [62, 38])}
<p>{KD_CLOSING} Service schedule: {escape(schedule)}.</p>
<p>Yours sincerely,<br/><br/>{escape(sender.name)}<br/>{escape(sender.title)}, {escape(KALLANG.name)}</p>
"""
    ack = f"""
<p>Our ref: {ref} – {escape(subject)}</p>
<p style="margin-top:8pt"><b>ACKNOWLEDGED AND ACCEPTED</b> for and on behalf of {escape(cust.name)}</p>
{
        fields(
            [
                ("Name", escape(cc.name), 16),
                ("Designation", escape(cc.title), 16),
                ("Authorised signature", "", 40),
                ("Date signed", "", 18),
            ]
        )
    }
"""
    return g.html_pdf(
        [html, ack],
        meta(subject, sender.name, T(day.year, day.month, day.day, 10, 0, 8)),
        seed,
        style=css(KALLANG.color, size=9),
        decor=g.Decor(
            KALLANG,
            right=escape(KALLANG.domain) + " · " + escape(KALLANG.phone),
            footer=escape(KALLANG.name + " · " + KALLANG.address + " · " + KALLANG.reg),
            numbers="Page {i} of {n}",
            accent=KALLANG.color,
        ),
    )


def kallang_inks(cc: Person, date_text: str) -> list[Ink]:
    return [
        Ink("Authorised signature", "sig", cc.name, dx=150, dy=4, h=30),
        Ink("Date signed", "hand", date_text, dx=150, dy=1, h=13),
    ]


DC_HOW = (
    "Dune Crest reports every project in the same deck: status at a glance, scope and delivery per workload, key "
    "figures, milestones, and decisions and risks. The final deck closes the project and carries the customer's "
    "acceptance."
)
DC_FOOTER = "Dune Crest Technologies L.L.C. · Business Bay, Dubai · Confidential"


def dune_deck(
    cust: Org,
    project: str,
    week: str,
    day: dt.date,
    cust_pm: str,
    glance: Sequence[tuple[str, str, str]],
    scope: Sequence[tuple[str, str, str]],
    figures: Sequence[tuple[str, str]],
    milestones: Sequence[tuple[str, str, str]],
    decisions: Sequence[str],
    seed: str,
    *,
    parties: Sequence[Party] = (),
) -> bytes:
    """Dune Crest's project status deck (16:9), the same layout for every customer."""
    slides = [
        (
            f"{project} – Final status report",
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Reporting week", week),
                    ("Date", g.fdate(day, "gb_abbr")),
                    ("Dune Crest PM", escape(DC_PM.name)),
                    ("Customer PM", escape(cust_pm)),
                ],
                key_w=200,
                total=800,
            )
            + f"<p style='font-size:12pt'>{DC_HOW}</p>",
        ),
        ("Status at a glance", grid(["Area", "RAG", "Comment"], glance, [22, 10, 68], total=840)),
        ("Scope and delivery", grid(["Workload", "Delivered", "Status"], scope, [20, 62, 18], total=840)),
        ("Key figures", grid(["Measure", "Value"], figures, [65, 35], total=840)),
        ("Milestones", grid(["Milestone", "Planned", "Actual"], milestones, [50, 25, 25], total=840)),
        ("Decisions and risks", ul(list(decisions))),
    ]
    if parties:
        slides.append(
            (
                "Acceptance",
                f"<p style='font-size:12pt'>{escape(cust.name)} accepts the project as delivered by Dune Crest "
                "Technologies L.L.C. and closes it.</p>" + g.signoff("lines", parties, heading=""),
            )
        )
    return g.slides_pdf(
        DUNE,
        slides,
        meta(f"{cust.short} - {project} - status", DC_PM.name, T(day.year, day.month, day.day, 15, 0, 4), g.PPT),
        seed,
        DC_FOOTER,
    )


TC_LABELS = ("Imię i nazwisko / Name", "Stanowisko / Title", "Podpis / Signature", "Data / Date")
TC_CLAUSE = (
    "Zamawiający potwierdza, że prace opisane w niniejszym protokole zostały wykonane przez Tatra Chmura sp. z o.o., "
    "i odbiera je bez zastrzeżeń. / The customer confirms that the work described in this protocol was carried out "
    "by Tatra Chmura sp. z o.o. and accepts it without reservations."
)


def tatra_protocol(
    cust: Org,
    ref: str,
    date_text: str,
    contract: str,
    period: str,
    rows: Sequence[tuple[str, str, str]],
    seed: str,
    when: dt.datetime,
    *,
    parties: Sequence[Party] = (),
    digital_anchor: str = "",
) -> bytes:
    """Tatra Chmura's bilingual acceptance protocol (Protokół odbioru), the same form for every customer."""
    page1 = f"""
<h1>Protokół odbioru / Acceptance Protocol</h1>
<p class="muted">nr / no. {ref}</p>
{
        kv(
            [
                ("Zamawiający / Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Wykonawca / Contractor", escape(TATRA.name) + ", " + escape(TATRA.address)),
                ("Umowa / Contract", escape(contract)),
                ("Okres realizacji / Period", period),
                ("Data protokołu / Date", date_text),
            ]
        )
    }
<h2>Zakres prac / Scope of work</h2>
{grid(["Zakres (PL)", "Scope (EN)", "Ilość / Volume"], rows, [38, 42, 20])}
"""
    page2 = f"<h2>Odbiór / Acceptance</h2><p>{TC_CLAUSE}</p>"
    if digital_anchor:
        page2 += (
            "<p>Dokument podpisany kwalifikowanym podpisem elektronicznym. / Document signed with a qualified "
            f"electronic signature.</p><p style='margin-top:10pt'>{digital_anchor}</p>"
        )
    else:
        page2 += g.signoff("columns", parties, heading="", labels=TC_LABELS, company_label="Firma / Company")
    return g.html_pdf(
        [page1, page2],
        meta(f"Protokol odbioru {ref}", TC_PM.name, when),
        seed,
        style=css(TATRA.color, size=9),
        decor=g.Decor(
            TATRA,
            right=f"Protokół odbioru / Acceptance Protocol · {ref}",
            footer=escape(TATRA.name + " · " + TATRA.address + " · " + TATRA.reg),
            accent=TATRA.color,
        ),
    )


def columns_inks(
    pdf: bytes,
    marker: str,
    parties: Sequence[Party],
    date_text: str,
    labels: tuple[str, str, str, str],
) -> list[Ink]:
    page = g.page_of(pdf, marker)
    return [
        *g.sign_inks("columns", parties[0], 0, date_text, labels=labels, page=page),
        *g.sign_inks("columns", parties[1], 1, date_text, labels=labels, color=g.INK_BLACK, page=page),
    ]


def col_inks(
    pdf: bytes,
    marker: str,
    party: Party,
    date_text: str,
    *,
    labels: tuple[str, str, str, str] = ("Name", "Title", "Signature", "Date"),
    color: tuple[int, int, int] = g.INK_BLUE,
) -> list[Ink]:
    """Ink on a 'columns' sign-off (on the page that prints ``marker``) whose party name is also printed earlier
    on that page: the last printing of the name on the page is the one in the sign-off table."""
    page = g.page_of(pdf, marker)
    with pymupdf.open("pdf", pdf) as doc:
        occ = len(doc[page].search_for(party.name)) - 1
    common: dict[str, Any] = {"color": color, "page": page, "occurrence": occ, "yocc": -1}
    return [
        Ink(party.name, "sig", party.name, dx=2, h=30, yanchor=labels[2], y_dy=4, **common),
        Ink(party.name, "hand", date_text, dx=2, h=13, yanchor=labels[3], y_dy=2, **common),
    ]


SM_LABELS = ("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date")
SM_CLAUSE = (
    "Las partes firman la presente acta para hacer constar la entrega y recepción de los módulos descritos. / The "
    "parties sign this record to confirm the delivery and acceptance of the modules described."
)


def sierra_acta(
    cust: Org,
    folio: str,
    date_text: str,
    project: str,
    modules: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    when: dt.datetime,
) -> bytes:
    """Sierra Madre Nube's bilingual delivery-and-acceptance record (Acta de Entrega-Recepción)."""
    html = f"""
<h1>Acta de Entrega-Recepción / Delivery and Acceptance Record</h1>
{
        kv(
            [
                ("Folio", folio),
                ("Cliente / Customer", escape(cust.name)),
                ("Proyecto / Project", escape(project)),
                ("Proveedor / Provider", escape(SIERRA.name)),
                ("Fecha / Date", date_text),
            ]
        )
    }
<h2>Módulos entregados / Modules delivered</h2>
{grid(["Entregable (ES)", "Deliverable (EN)", "Usuarios / Users"], modules, [40, 42, 18])}
<p>{SM_CLAUSE}</p>
""" + g.signoff("rows", parties, heading="Firmas / Signatures", labels=SM_LABELS)
    return g.html_pdf(
        html,
        meta(f"Acta de entrega {folio}", SM_PM.name, when),
        seed,
        size=g.LETTER,
        style=css(SIERRA.color, size=9),
        decor=g.Decor(
            SIERRA, right=f"Acta {folio}", footer=escape(SIERRA.name + " · " + SIERRA.reg), accent=SIERRA.color
        ),
    )


RIMU_INTRO = (
    "Rimu Technology reports every workshop the same way: who took part, what we found in the customer's own "
    "environment, what we recommend, and the next steps agreed with the customer."
)


def rimu_report(
    cust: Org,
    title: str,
    facts: Sequence[tuple[str, str]],
    findings: Sequence[tuple[str, str, str]],
    recommendations: Sequence[str],
    next_steps: Sequence[tuple[str, str, str]],
    seed: str,
    when: dt.datetime,
    *,
    author: str = "",
) -> bytes:
    """Rimu Technology's workshop report (findings and roadmap)."""
    html = f"""
<p class="muted">WORKSHOP REPORT</p>
<h1>{escape(title)}</h1>
<p style="font-size:12pt">{escape(cust.name)}</p>
{kv([(k, escape(v)) for k, v in facts])}
<p class="small">{RIMU_INTRO}</p>
<h2>What we found</h2>
{grid(["Area", "Finding", "Evidence"], findings, [18, 50, 32])}
<h2>What we recommend</h2>{ul(recommendations)}
<h2>Next steps</h2>{grid(["Step", "Owner", "When"], next_steps, [60, 20, 20])}
"""
    return g.report_pdf(
        RIMU,
        html,
        meta(f"{cust.short} - {title}", author or RM_SEC.name, when),
        seed,
        right="Workshop report",
        footer="Rimu Technology Limited · Level 6, 157 Lambton Quay, Wellington · rimutech.co.nz",
    )


FJ_LABELS = ("Namn / Name", "Titel / Title", "Underskrift / Signature", "Datum / Date")


def fjard_report(
    cust: Org,
    ref: str,
    date_text: str,
    summary: str,
    rows: Sequence[tuple[str, str, str]],
    timeline: Sequence[str],
    seed: str,
    when: dt.datetime,
    *,
    parties: Sequence[Party] = (),
) -> bytes:
    """Fjärd Moln's delivery report (Leveransrapport): Swedish headings, English content, stacked sign-off."""
    page1 = f"""
<h1>Leveransrapport / Delivery report</h1>
{
        kv(
            [
                ("Kund / Customer", escape(cust.name)),
                ("Referens / Reference", ref),
                ("Datum / Date", date_text),
                ("Leverantör / Supplier", escape(FJARD.name)),
            ]
        )
    }
<h2>Sammanfattning / Summary</h2><p>{summary}</p>
<h2>Leverans per arbetsbelastning / Delivery per workload</h2>
{grid(["Workload", "Delivered", "Volume"], rows, [22, 58, 20])}
<h2>Tidslinje / Timeline</h2>{ul(timeline)}
"""
    parts = [page1]
    if parties:
        parts.append(
            "<h2>Godkännande / Acceptance</h2><p>Kunden godkänner leveransen ovan. / The customer accepts the "
            "delivery described above.</p>" + g.signoff("stacked", parties, heading="", labels=FJ_LABELS)
        )
    return g.report_pdf(
        FJARD,
        parts,
        meta(f"Leveransrapport {cust.short}", FJ_PM.name, when),
        seed,
        right=f"Leveransrapport · {ref}",
        footer="Fjärd Moln AB · Södra Hamngatan 19, Göteborg · Org.nr 559218-4471",
    )


def stacked_inks(parties: Sequence[Party], date_text: str, labels: tuple[str, str, str, str]) -> list[Ink]:
    return [
        *g.sign_inks("stacked", parties[0], 0, date_text, labels=labels),
        *g.sign_inks("stacked", parties[1], 1, date_text, labels=labels, color=g.INK_BLACK),
    ]


def hallasan_cert(
    cust: Org,
    cust_ko: str,
    ref: str,
    period: str,
    rows: Sequence[tuple[str, str, str]],
    signer: Person,
    date_line: str,
    seed: str,
    when: dt.datetime,
) -> bytes:
    """Hallasan Cloud's inspection and acceptance certificate (검수 확인서), Korean and English side by side."""
    html = f"""
<h1>검수 확인서 / Inspection &amp; Acceptance Certificate</h1>
<p class="muted">No. {ref}</p>
{
        kv(
            [
                ("고객사 / Customer", f"{escape(cust_ko)} / {escape(cust.name)}"),
                ("수행사 / Partner", f"(주)한라산클라우드 / {escape(HALLASAN.name)}"),
                ("수행 기간 / Period", period),
            ]
        )
    }
<h2>검수 내역 / Items inspected</h2>
{grid(["항목 / Item", "내용 / Work performed", "수량 / Volume"], rows, [20, 60, 20])}
<p>위 내역에 대하여 검수를 완료하였음을 확인합니다. / We confirm that the items above have been inspected and
accepted.</p>
<p style="margin-top:8pt">{date_line}</p>
<h2>검수자 / Inspected by</h2>
{
        fields(
            [
                ("회사 / Company", f"{escape(cust_ko)} / {escape(cust.name)}", 16),
                ("성명 / Name", escape(signer.name), 16),
                ("직위 / Title", escape(signer.title), 16),
                ("서명 (인) / Signature (seal)", "", 52),
            ]
        )
    }
"""
    return g.html_pdf(
        html,
        meta("검수 확인서", HS_PM.name, when),
        seed,
        style=css(HALLASAN.color, size=9.5),
        decor=g.Decor(HALLASAN, right="검수 확인서 · " + ref, footer=escape(HALLASAN.name), accent=HALLASAN.color),
    )


def hallasan_inks(cust_ko: str, signer_roman: str) -> list[Ink]:
    return [
        Ink("Signature (seal)", "sig", signer_roman, dx=150, dy=6, h=28, color=g.INK_BLACK),
        Ink("Signature (seal)", "seal", dx=250, dy=-6, h=56, lines=(cust_ko, "대표이사"), cjk=True),
    ]


EY_LABELS = ("Nombre / Name", "Puesto / Title", "Firma / Signature", "Fecha / Date")


def yunque_closure(
    cust: Org,
    ref: str,
    date_text: str,
    summary_es: str,
    summary_en: str,
    rows: Sequence[tuple[str, str, str]],
    timeline: Sequence[str],
    seed: str,
    when: dt.datetime,
    *,
    parties: Sequence[Party] = (),
    note: str = "",
) -> bytes:
    """El Yunque Digital's bilingual closure report (Informe de cierre)."""
    page1 = f"""
<h1>Informe de cierre / Closure report</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name)),
                ("Referencia / Reference", ref),
                ("Fecha / Date", date_text),
                ("Socio / Partner", escape(YUNQUE.name)),
            ]
        )
    }
<h2>Resumen / Summary</h2><p>{summary_es}</p><p><i>{summary_en}</i></p>
<h2>Entregables / Deliverables</h2>
{grid(["Carga de trabajo / Workload", "Entregado / Delivered", "Volumen / Volume"], rows, [24, 56, 20])}
<h2>Cronología / Timeline</h2>{ul(timeline)}
"""
    page2 = "<h2>Aceptación / Acceptance</h2>"
    if note:
        page2 += f"<p>{note}</p>"
    if parties:
        page2 += g.signoff(
            "columns",
            parties,
            heading="",
            statement="El cliente acepta los entregables descritos. / The customer accepts the deliverables described.",
            labels=EY_LABELS,
            company_label="Entidad / Entity",
        )
    return g.report_pdf(
        YUNQUE,
        [page1, page2],
        meta(f"Informe de cierre {cust.short}", EY_PM.name, when),
        seed,
        right=f"Informe de cierre · {ref}",
        footer="El Yunque Digital LLC · 250 Ave. Ponce de León, San Juan PR",
        size=g.LETTER,
    )


def partner_report(
    partner: Org,
    title: str,
    facts: Sequence[tuple[str, str]],
    sections: Sequence[tuple[str, str]],
    when: dt.datetime,
    author: str,
    seed: str,
    *,
    right: str = "Findings &amp; Recommendations",
    size: pymupdf.Rect = g.A4,
) -> bytes:
    """A partner's own findings / delivery report."""
    html = f"<h1>{escape(title)}</h1>{kv([(k, escape(v)) for k, v in facts])}"
    html += "".join(f"<h2>{escape(h)}</h2>{body}" for h, body in sections)
    return g.report_pdf(
        partner,
        html,
        meta(title, author, when),
        seed,
        right=right,
        size=size,
        style=css(partner.color, extra="h2 {border-bottom: 0.6pt solid #cccccc; padding-bottom: 2pt;}"),
    )


# --------------------------------------------------------------------------------------------------------------
# Maplegate Digital (Canada): one Service Delivery Summary template, five customers
# --------------------------------------------------------------------------------------------------------------


def s498_001_laurentide_cu_signed_summary() -> Bundle:
    cid = "4981001"
    cust = Org(
        "Laurentide Credit Union Limited",
        "Laurentide CU",
        "laurentidecu.ca",
        "CA",
        "Sudbury, ON P3E 1H2",
        "125 Durham Street",
        "#1b5e20",
    )
    cc = person(cust, "Marc-André Gauthier", "Director, IT Infrastructure", "magauthier")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", MAPLEGATE.name, MG_PM.name, MG_PM.title),
    ]
    sds = maplegate_sds(
        cust,
        "MGD-SDS-26-014",
        D(2026, 3, 13),
        "MSA-LCU-2025, SOW 3",
        "2025-11-17 – 2026-03-06",
        cc.title,
        [
            (
                "Exchange Online",
                "Hybrid migration from Exchange Server 2016: 448 user mailboxes and 38 shared mailboxes (branch, "
                "lending, member services) in 5 batches; mail flow cut over to Exchange Online Protection; "
                "journaling to the compliance archive for the 7-year retention rule",
                "In production",
            ),
            (
                "SharePoint Online",
                "Intranet hub and 9 department sites (Lending, Member Services, Finance, Compliance, HR, IT, "
                "Marketing, Risk, Branch Operations); 62,000 files moved from the F: and G: shares with ShareGate; "
                "retention labels for member files",
                "In production",
            ),
            (
                "Teams Phone",
                "Not part of this engagement – the credit union keeps its Mitel system until the 2027 contract end",
                "Out of scope",
            ),
        ],
        [
            ("Mailboxes migrated (user / shared)", "448 / 38"),
            ("Branches on Exchange Online", "14 of 14"),
            ("Files migrated to SharePoint", "62,000 (1.4 TB)"),
            ("Department sites live", "9 + intranet hub"),
            ("Service desk tickets in the first two weeks", "31, all closed"),
        ],
        [
            ("Design sign-off", "2025-11-28", "Hybrid design, batch plan, retention rules"),
            ("Batch 1 – IT and pilot branch", "2025-12-09", "41 mailboxes"),
            ("Batches 2–5", "2026-01-13 – 2026-02-17", "407 user and 38 shared mailboxes"),
            ("SharePoint migration", "2026-02-23 – 2026-03-06", "9 sites, 62,000 files"),
            ("Handover", "2026-03-13", "This summary"),
        ],
        [
            "Decommission the Exchange 2016 server after the April audit (customer).",
            "Review retention labels every quarter (recommended).",
        ],
        f"{cid}|sds",
        parties=parties,
    )
    page = g.page_of(sds, "5. Customer sign-off")
    signed = g.with_scanned_pages(
        sds,
        [page],
        rows_inks(sds, "5. Customer sign-off", parties, "2026-03-18"),
        f"{cid}|scan",
        T(2026, 3, 18, 15, 40, -4),
        meta("Laurentide CU - Service Delivery Summary (signed)", MG_PM.name, T(2026, 3, 19, 9, 5, -4)),
        dpi=150,
        skew=0.7,
    )
    name = "Laurentide CU - Service Delivery Summary MGD-SDS-26-014 - signed.pdf"
    files = {name: signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=MAPLEGATE,
        pc=MG_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "SHAREPOINT ONLINE"],
        submitted=T(2026, 4, 20, 14, 10, -4),
        docs=[(name, "poe")],
    )
    return Bundle(
        f"{cid}_laurentide_cu_signed_delivery_summary",
        claim,
        files,
        "approve",
        "Maplegate's Service Delivery Summary (its template for every customer, see 4981002-4981005: boilerplate) "
        "with this credit union's own figures – 448 user and 38 shared mailboxes over 14 branches, 9 SharePoint "
        "sites and 62,000 files – and its sign-off page printed, signed by the Director, IT Infrastructure and "
        "scanned back in, dated '2026-03-18' by hand (ISO order, unambiguous), 33 days before submission. Teams "
        "Phone is marked out of scope in the summary and is not claimed.",
        "Scanned sign-off page: customer row signed by Marc-André Gauthier, '2026-03-18'.",
        g.cpor_ok(),
    )


def s498_002_thunder_bay_grain_bilingual_reply() -> Bundle:
    cid = "4981002"
    cust = Org(
        "Thunder Bay Grain Terminals Ltd.",
        "TBGT",
        "tbgrain.ca",
        "CA",
        "Thunder Bay, ON P7B 6T3",
        "400 Shipyard Road",
        "#4e342e",
    )
    cc = person(cust, "Nathalie Bouchard", "IT Manager / Gestionnaire TI", "nbouchard")
    sds = maplegate_sds(
        cust,
        "MGD-SDS-26-031",
        D(2026, 5, 22),
        "SOW TBGT-SEC-01",
        "2026-02-02 – 2026-05-15",
        cc.name,
        [
            (
                "Intune",
                "Enrollment of 212 Windows laptops and desktops (office, 3 elevators, ship-loading control room) and "
                "46 rugged Android tablets used by the elevator crews as dedicated devices; compliance policies "
                "(BitLocker, OS build, Defender status); Windows Update rings with a separate ring for the "
                "control-room PCs",
                "In production",
            ),
            (
                "Defender for Endpoint",
                "Onboarding of 258 devices and 11 servers; ASR rules in block mode except 2 rules kept in audit on "
                "the grain-grading PCs; EDR in block mode; device groups per site; exclusions agreed with the PLC "
                "vendor for the control-room HMI stations",
                "In production",
            ),
        ],
        [
            ("Devices in Intune (Windows / Android)", "212 / 46"),
            ("Compliant at handover", "96%"),
            ("Devices + servers in Defender for Endpoint", "258 + 11"),
            ("ASR rules in block mode", "14 of 16"),
            ("High-severity alerts open at handover", "0"),
        ],
        [
            ("Design and pilot (IT office)", "2026-02-02 – 2026-02-20", "24 devices"),
            ("Elevators A–C", "2026-02-23 – 2026-04-10", "188 PCs, 46 tablets"),
            ("Servers and control room", "2026-04-13 – 2026-05-08", "11 servers, HMI exclusions"),
            ("ASR to block mode", "2026-05-15", "14 rules"),
        ],
        ["Review the 2 audit-mode ASR rules with the PLC vendor in Q3.", "Monthly vulnerability review (optional)."],
        f"{cid}|sds",
        accepted_by_mail="Acceptance was given by TBGT's IT Manager by e-mail (attached to the claim).",
        author=MG_SEC.name,
    )
    m1 = Mail(
        MG_SEC,
        [cc],
        "TBGT – Intune & Defender – Service Delivery Summary",
        T(2026, 5, 26, 16, 5, -4),
        "Hi Nathalie,\n\nPlease find attached the Service Delivery Summary for the Intune and Defender for Endpoint "
        "project. Could you confirm TBGT's acceptance by reply?\n\nThanks,\nDaniel\n\n" + g.footer_block(MG_SEC),
        attachments=[("TBGT - Service Delivery Summary MGD-SDS-26-031.pdf", sds)],
    )
    m2 = Mail(
        cc,
        [MG_SEC],
        "RE: TBGT – Intune & Defender – Service Delivery Summary",
        T(2026, 5, 28, 8, 47, -4),
        "Bonjour Daniel,\n\nNous avons vérifié le sommaire avec l'équipe : 212 postes et 46 tablettes dans Intune, "
        "258 appareils et 11 serveurs dans Defender for Endpoint, et les exclusions pour les postes HMI "
        "fonctionnent. TBGT accepte les services livrés par Maplegate.\n\n— English follows —\n\nHi Daniel,\n\n"
        "We checked the summary with the team: 212 PCs and 46 tablets in Intune, 258 devices and 11 servers in "
        "Defender for Endpoint, and the exclusions for the HMI stations work. TBGT accepts the services delivered "
        "by Maplegate.\n\nMerci / Thanks,\n" + sig_lines(cc),
        quoted=m1,
        lang="fr",
    )
    files = {
        "TBGT - Service Delivery Summary MGD-SDS-26-031.pdf": sds,
        "RE TBGT - Intune & Defender - Service Delivery Summary.msg": g.msg_file(m2),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=MAPLEGATE,
        pc=MG_SEC,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 6, 15, 9, 30, -4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_thunder_bay_grain_french_english_reply",
        claim,
        files,
        "approve",
        "The customer's IT Manager replies from tbgrain.ca on 28 May 2026, first in French and then with a full "
        "English version ('— English follows —'): she repeats the figures (212 PCs and 46 tablets in Intune, 258 "
        "devices and 11 servers in Defender for Endpoint) and states 'TBGT accepts the services delivered by "
        "Maplegate'. The English part makes the acknowledgement reviewable. The summary is Maplegate's shared "
        "template (boilerplate) with this customer's numbers.",
        "Reply from nbouchard@tbgrain.ca, 28 May 2026: 'TBGT accepts the services delivered by Maplegate.'",
        g.cpor_ok(email_ack=True),
    )


def s498_003_rideau_ortho_old_signature_thanks_only() -> Bundle:
    cid = "4981003"
    cust = Org(
        "Rideau Orthodontic Group Professional Corporation",
        "Rideau Ortho",
        "rideauortho.ca",
        "CA",
        "Ottawa, ON K1S 3W5",
        "1200 Bank Street, Suite 300",
        "#0277bd",
    )
    cc = person(cust, "Kevin Tremblay", "Practice Systems Manager", "ktremblay")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", MAPLEGATE.name, MG_PM.name, MG_PM.title),
    ]
    sds = maplegate_sds(
        cust,
        "MGD-SDS-25-022",
        D(2025, 4, 17),
        "SOW RIDEAU-MW-01",
        "2025-01-20 – 2025-04-11",
        cc.title,
        [
            (
                "Teams",
                "Teams for 96 staff across 6 clinics; a team per clinic with scheduling and lab-case channels; Teams "
                "meetings for the weekly doctors' call; retention policy for chats",
                "In production",
            ),
            (
                "Microsoft 365 Apps",
                "Microsoft 365 Apps for enterprise on 118 front-desk and treatment-room PCs; shared computer "
                "activation on 22 chair-side PCs; Outlook profiles moved from the former hosted Exchange",
                "In production",
            ),
        ],
        [
            ("Staff on Teams", "96"),
            ("Clinic teams", "6"),
            ("PCs with Microsoft 365 Apps (+ shared activation)", "118 (+22)"),
        ],
        [
            ("Kick-off", "2025-01-20", "Clinic survey"),
            ("Apps rollout", "2025-02-03 – 2025-03-14", "6 clinics, after hours"),
            ("Teams go-live", "2025-03-24", "All clinics"),
            ("Handover", "2025-04-17", "This summary"),
        ],
        ["Move the lab-case channel to a shared channel with the lab (recommended)."],
        f"{cid}|sds",
        parties=parties,
    )
    page = g.page_of(sds, "5. Customer sign-off")
    signed = g.with_scanned_pages(
        sds,
        [page],
        rows_inks(sds, "5. Customer sign-off", parties, "2025-04-24"),
        f"{cid}|scan",
        T(2025, 4, 24, 12, 30, -4),
        meta("Rideau Ortho - SDS (signed)", MG_PM.name, T(2025, 4, 25, 9, 0, -4)),
        dpi=150,
        skew=-0.4,
    )
    m1 = Mail(
        MG_PM,
        [cc],
        "Checking in – Rideau Ortho",
        T(2026, 4, 21, 10, 12, -4),
        "Hi Kevin,\n\nQuick check-in from Maplegate – it has been a year since the Teams rollout. Anything we can "
        "help with? Happy to set up a call in May.\n\nAnn\n\n" + g.footer_block(MG_PM),
    )
    m2 = Mail(
        cc,
        [MG_PM],
        "RE: Checking in – Rideau Ortho",
        T(2026, 4, 24, 16, 58, -4),
        "Thanks Ann! All good on our end. Have a great weekend.\n\nKevin\n\nSent from my iPhone",
        quoted=m1,
        mailer="iPhone Mail (21F90)",
    )
    files = {
        "Rideau Ortho - Service Delivery Summary - signed.pdf": signed,
        "RE Checking in - Rideau Ortho.eml": g.eml(m2),
    }
    submitted = T(2026, 5, 6, 11, 20, -4)
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=MAPLEGATE,
        pc=MG_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "MICROSOFT 365 APPS"],
        submitted=submitted,
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_rideau_ortho_old_signature_thanks_only",
        claim,
        files,
        "action_required",
        "The signed Service Delivery Summary (Teams for 96 staff in 6 clinics, Microsoft 365 Apps on 118 PCs) is "
        "signed by the Practice Systems Manager on '2025-04-24' – 12 months and 12 days before submission on "
        "2026-05-06. Usage POE older than 12 months needs a recent acknowledgement confirming active engagement, "
        "e.g. an e-mail describing the work. The only recent message is 'Thanks Ann! All good on our end. Have a "
        "great weekend.' (24 Apr 2026), an answer to a check-in: it describes no work and confirms no ongoing "
        "engagement. The partner must add a recent acknowledgement.",
        "Scanned sign-off dated '2025-04-24'; e-mail of 24 Apr 2026 from ktremblay@rideauortho.ca: 'Thanks Ann! All "
        "good on our end.'",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "workload_match": "pass",
            "reused_evidence": "pass",
        },
    )


def s498_004_fundy_ferries_letter_on_letterhead() -> Bundle:
    cid = "4981004"
    cust = Org(
        "Fundy Coastal Ferries Ltd.",
        "Fundy Ferries",
        "fundyferries.ca",
        "CA",
        "Saint John, NB E2L 4Z6",
        "45 Water Street",
        "#01579b",
    )
    cc = person(cust, "Colin MacLeod", "Director of Information Systems", "cmacleod")
    letter = customer_letter(
        cust,
        cc,
        "Saint John, September 4, 2026",
        "Maplegate Digital Inc.<br/>200 Bay Street, Suite 2410<br/>Toronto, ON M5J 2N1",
        "Re: Confirmation of services – Microsoft Entra ID P2 and Microsoft Defender for Identity",
        [
            "This letter confirms that Maplegate Digital Inc. has delivered, and continues to support, the following "
            "identity security services for Fundy Coastal Ferries:",
            "<b>Microsoft Entra ID P2.</b> Privileged Identity Management for our 22 administrative roles, with "
            "just-in-time activation and approval for Global and Exchange administrators; quarterly access reviews "
            "for the 640 office and terminal staff and for the 180 seasonal deck-crew accounts created each May; "
            "sign-in and user risk policies from Identity Protection, tested with our service desk in July 2026.",
            "<b>Microsoft Defender for Identity.</b> Sensors on our 6 domain controllers and on the certificate "
            "authority server at the Saint John terminal; honeytoken accounts; alert routing to our on-call "
            "engineer; lateral movement paths reviewed every month with Maplegate's security team.",
            "The work started in March 2026; the monthly security reviews with Maplegate are ongoing.",
        ],
        f"{cid}|letter",
        T(2026, 9, 4, 11, 0, -3),
        closing="Yours truly,",
        size=g.LETTER,
    )
    scan = g.scan_pdf(letter, letter_sig(cc), f"{cid}|scan", T(2026, 9, 4, 14, 22, -3), dpi=150, skew=0.5)
    sds = maplegate_sds(
        cust,
        "MGD-SDS-26-058",
        D(2026, 8, 28),
        "SOW FCF-ID-02",
        "2026-03-09 – 2026-07-31",
        cc.name,
        [
            (
                "Entra ID P2",
                "PIM for 22 roles (approval for Global and Exchange administrators), access reviews for 640 staff and "
                "180 seasonal accounts, Identity Protection sign-in and user risk policies",
                "In production",
            ),
            (
                "Defender for Identity",
                "Sensors on 6 domain controllers and 1 AD CS server, honeytoken accounts, alert routing to on-call",
                "In production",
            ),
        ],
        [
            ("Privileged roles under PIM", "22"),
            ("Identities in access reviews (staff / seasonal)", "640 / 180"),
            ("Servers with an MDI sensor", "7"),
        ],
        [
            ("Design", "2026-03-09 – 2026-03-27", "Role inventory"),
            ("PIM and access reviews", "2026-04-06 – 2026-05-29", "Before the seasonal hiring"),
            ("MDI sensors", "2026-06-08 – 2026-06-19", "7 servers"),
            ("Risk policies live", "2026-07-31", "Tested with the service desk"),
        ],
        ["Monthly lateral-movement review continues under the managed services agreement."],
        f"{cid}|sds",
        accepted_by_mail="Customer confirmation: see Fundy Coastal Ferries' signed letter of September 4, 2026.",
        author=MG_SEC.name,
    )
    files = {
        "Fundy Ferries - confirmation letter (signed).pdf": scan,
        "Fundy Ferries - Service Delivery Summary MGD-SDS-26-058.pdf": sds,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=MAPLEGATE,
        pc=MG_SEC,
        cust=cust,
        cc=cc,
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2", "MICROSOFT DEFENDER FOR IDENTITY"],
        submitted=T(2026, 9, 21, 10, 0, -3),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_fundy_ferries_letter_on_own_letterhead",
        claim,
        files,
        "approve",
        "A letter on Fundy Coastal Ferries' own letterhead, dated September 4, 2026 and signed by hand above the "
        "printed name of its Director of Information Systems, confirming Maplegate's Entra ID P2 work (PIM for 22 "
        "roles, access reviews for 640 staff and 180 seasonal accounts, risk policies) and Defender for Identity "
        "(6 DCs + AD CS, honeytokens), and that the monthly reviews are ongoing. The undated signature takes the "
        "letter's date, 17 days before submission. Maplegate's summary (shared template) repeats the figures.",
        "Scanned letter 'Re: Confirmation of services', signature above 'Colin MacLeod, Director of Information "
        "Systems', dated September 4, 2026.",
        g.cpor_ok(),
    )


def s498_005_northshore_joint_venture() -> Bundle:
    cid = "4981005"
    cust = Org(
        "Northshore Clinical Data Services Inc.",
        "Northshore CDS",
        "northshorecds.ca",
        "CA",
        "North Bay, ON P1B 8K4",
        "1500 Fisher Street, Unit 12",
        "#6a1b9a",
    )
    cc = person(cust, "Rebecca Lindqvist", "General Manager", "rlindqvist")
    parties = [
        Party("Customer", cust.name, cc.name, cc.title),
        Party("Partner", MAPLEGATE.name, MG_PM.name, MG_PM.title),
    ]
    sds = maplegate_sds(
        cust,
        "MGD-SDS-26-040",
        D(2026, 6, 12),
        "Shared services schedule B to the shareholders' agreement (Maplegate Digital 50% / NFHT 50%)",
        "2026-03-02 – 2026-06-05",
        cc.name,
        [
            (
                "Teams",
                "Teams for the JV's 74 staff and 31 contracted physicians; a team per partner clinic; secure "
                "meetings for case conferences",
                "In production",
            ),
            (
                "SharePoint Online",
                "Document centre for data-sharing agreements and privacy impact assessments; 6 sites; sensitivity "
                "labels for personal health information",
                "In production",
            ),
        ],
        [("Users on Teams", "105"), ("SharePoint sites", "6"), ("Documents migrated", "18,400")],
        [
            ("Kick-off", "2026-03-02", "With both shareholders"),
            ("Teams go-live", "2026-04-20", ""),
            ("SharePoint go-live", "2026-06-05", ""),
        ],
        ["Services continue at cost under the shareholders' shared services schedule."],
        f"{cid}|sds",
        parties=parties,
    )
    page = g.page_of(sds, "5. Customer sign-off")
    signed = g.with_scanned_pages(
        sds,
        [page],
        rows_inks(sds, "5. Customer sign-off", parties, "2026-06-16"),
        f"{cid}|scan",
        T(2026, 6, 16, 11, 0, -4),
        meta("Northshore CDS - SDS (signed)", MG_PM.name, T(2026, 6, 16, 15, 0, -4)),
        dpi=150,
        skew=0.3,
    )
    letter = customer_letter(
        cust,
        cc,
        "North Bay, June 18, 2026",
        "Maplegate Digital Inc., Partner Programs",
        "Microsoft 365 services for Northshore CDS",
        [
            "Northshore Clinical Data Services is the joint venture that Maplegate Digital Inc. and the Northshore "
            "Family Health Team formed in 2024 to run shared clinical data services; each shareholder holds 50%.",
            "As agreed in the shareholders' shared services schedule, Maplegate's team set up Microsoft Teams for "
            "our 74 staff and 31 contracted physicians and our SharePoint document centre (6 sites, 18,400 "
            "documents). We confirm the services are in production.",
        ],
        f"{cid}|letter",
        T(2026, 6, 18, 10, 0, -4),
        reg_line="A joint venture of Maplegate Digital Inc. and Northshore Family Health Team",
        size=g.LETTER,
    )
    letter = g.scan_pdf(letter, letter_sig(cc), f"{cid}|lscan", T(2026, 6, 18, 15, 30, -4), dpi=150, skew=-0.3)
    files = {"Northshore CDS - SDS - signed.pdf": signed, "Northshore CDS - letter.pdf": letter}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=MAPLEGATE,
        pc=MG_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 7, 8, 13, 0, -4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_northshore_partner_joint_venture",
        claim,
        files,
        "reject",
        "The customer is a 50/50 joint venture of the claiming partner: its letterhead reads 'A joint venture of "
        "Maplegate Digital Inc. and Northshore Family Health Team', its letter says each shareholder holds 50%, and "
        "the summary's contract is the shareholders' shared services schedule (services at cost). Partners may not "
        "earn incentives for a customer that is a partner affiliate; better POE cannot change that. UNSURE: the "
        "guide does not define 'affiliate'; a jointly controlled company is one under the usual definition.",
        "Letterhead footer 'A joint venture of Maplegate Digital Inc. and Northshore Family Health Team'; SDS "
        "contract 'shareholders' agreement (Maplegate Digital 50% / NFHT 50%)'.",
        {"ineligible_customer": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Zuiderzee IT Partners (Netherlands): minutes for workshops and steering committees
# --------------------------------------------------------------------------------------------------------------

ZZ_INVOICE = {
    "labels": {
        "inv": "Factuurnummer / Invoice no.",
        "date": "Factuurdatum / Invoice date",
        "due": "Vervaldatum / Due date",
        "bill": "Aan / Bill to",
        "desc": "Omschrijving / Description",
        "amt": "Bedrag / Amount",
        "sub": "Subtotaal excl. btw / Subtotal (pre-tax)",
        "total": "Totaal / Total",
    },
    "title": "FACTUUR / INVOICE",
    "date_style": "gb",
    "bank": "ING Bank · USD-rekening NL42 INGB 0008 8412 27 · BIC INGBNL2A",
}


def s498_006_lekstroom_privacy_workshop_public_nl() -> Bundle:
    cid = "4981006"
    cust = Org(
        "Hoogheemraadschap Lekstroom",
        "Lekstroom",
        "lekstroom.nl",
        "NL",
        "2871 RD Schoonhoven",
        "Veerstraat 12",
        "#0277bd",
    )
    cc = person(cust, "Ingrid Mulder", "CISO", "i.mulder")
    eng = g.engagement(
        "SEC-PRIVACY-RISK-WS-VAR", "Sales-Mitigate Privacy Risks Workshop", "standard", "variable", 3400.0
    )
    consent, submitted = D(2026, 2, 9), T(2026, 4, 21, 10, 15, 2)
    minutes = zuiderzee_minutes(
        cust,
        "Workshopverslag / Workshop minutes – Mitigate Privacy Risks",
        "ZZ-WS-2026-017",
        "10 en 11 maart 2026 / 10 and 11 March 2026",
        "Lekstroom, Schoonhoven",
        [
            ("Ingrid Mulder", "Lekstroom", "CISO"),
            ("Ruud de Jong", "Lekstroom", "Functionaris gegevensbescherming / DPO"),
            ("Anouk Smit", "Lekstroom", "Teamleider Vergunningen / Permits"),
            ("Bas Kok", "Lekstroom", "Applicatiebeheer / Application management"),
            ("Joris Bakker", "Zuiderzee IT Partners", "Security Consultant"),
            ("Sanne Visser", "Zuiderzee IT Partners", "Projectleider / Project Lead"),
        ],
        ul(
            [
                "Privacy risk scan over 1.8 TB in SharePoint and OneDrive: 14,200 files containing citizen service "
                "numbers (BSN) and 3,100 with bank account numbers (IBAN), most in the permits team's old project "
                "sites.",
                "Permit applications arrive as e-mail attachments in 6 shared mailboxes; no DLP policy exists.",
                "62 guest users have access to the dike-inspection team; 19 have not signed in for 12 months.",
                "Subject rights requests are handled by hand: 41 in 2025, 23 days on average. Microsoft Priva "
                "Subject Rights Requests was demonstrated on a copy of one closed request.",
            ]
        ),
        [
            (
                "1",
                "Sensitivity labels 'Intern' and 'Vertrouwelijk – persoonsgegevens' first for the permits team "
                "(pilot, 45 users).",
            ),
            ("2", "DLP policy for BSN and IBAN in Exchange and SharePoint in test mode for 4 weeks."),
            ("3", "Guest access review for the dike-inspection team before the end of April."),
        ],
        [
            ("1", "Draft label taxonomy", "Joris Bakker", "25-03-2026"),
            ("2", "Update the DPIA for Microsoft Purview", "Ruud de Jong", "15-04-2026"),
            ("3", "Remove the 19 inactive guests", "Bas Kok", "30-04-2026"),
        ],
        f"{cid}|min",
        T(2026, 3, 13, 16, 0, 1),
    )
    files, claim = pa_claim(
        cid,
        ZUIDERZEE,
        ZZ_SEC,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Workshopverslag_Lekstroom_ZZ-WS-2026-017.pdf": minutes},
        amount=3400.0,
        inv_no="ZZ-F-2026-0088",
        inv_day=D(2026, 4, 14),
        activities="Privacy risk workshop: data scan, DLP and labels, guest access, subject rights",
        outcome="Label pilot for 45 users, DLP in test mode, guest clean-up",
        participants="6",
        segment="public_sector",
        invoice_kw=ZZ_INVOICE,
    )
    return Bundle(
        f"{cid}_lekstroom_privacy_workshop_dutch_public_sector",
        claim,
        files,
        "approve",
        "Partner Activities privacy workshop for a Dutch water authority (government, so public sector). The guide "
        "requires a Public Sector Disclosure on Partner Activities claims only for public-sector customers in India, "
        "the United States and Puerto Rico, so none is needed in the Netherlands. Zuiderzee's minutes (Dutch "
        "headings, English content; the same layout on its other claims) record the customer's own findings – "
        "14,200 files with BSN, 6 shared mailboxes without DLP, 19 inactive guests – and decisions; invoice "
        "ZZ-F-2026-0088 shows the claim ID and USD 3,400.00 (= proposed payout), both surveys are signed, and the "
        f"claim came {days(consent, submitted)} days after consent (standard: 90).",
        "Minutes ZZ-WS-2026-017 (10–11 March 2026); invoice 'MCI Engagement Claim ID 4981006', USD 3,400.00; "
        "segment public_sector, country NL.",
        g.pa_ok(),
    )


def s498_007_van_oordt_dutch_reply_english_below() -> Bundle:
    cid = "4981007"
    cust = Org(
        "Bakkerij Van Oordt B.V.",
        "Van Oordt",
        "vanoordt.nl",
        "NL",
        "4811 AP Breda",
        "Bakkersweg 8",
        "#bf360c",
        "KvK 20041183",
    )
    cc = person(cust, "Wouter van Oordt", "Manager ICT & Facilitair", "wouter")
    minutes = zuiderzee_minutes(
        cust,
        "Stuurgroep 4 (afsluiting) / Steering committee 4 (closure)",
        "ZZ-SG-2026-041",
        "4 juni 2026 / 4 June 2026",
        "Van Oordt, Breda (and Microsoft Teams)",
        [
            ("Wouter van Oordt", "Van Oordt", "Manager ICT & Facilitair"),
            ("Lisa Hermans", "Van Oordt", "HR / internal communication"),
            ("Hans Peeters", "Van Oordt", "Productiemanager / Production manager"),
            ("Sanne Visser", "Zuiderzee IT Partners", "Projectleider / Project Lead"),
        ],
        ul(
            [
                "Teams is live for all 410 staff: 3 bakeries (Breda, Tilburg, Roosendaal) and 28 shops; shift teams "
                "with Shifts for the 260 bakery-floor staff; Walkie Talkie on 40 shared shop phones.",
                "SharePoint Online: 11 sites, including the HACCP and food-safety library (2,300 documents, "
                "versioning, approval flow for recipe changes).",
                "Viva Engage: company community 'Van Oordt Vers' with 370 members and a weekly post by the owners; "
                "communities for shop managers and drivers.",
                "Adoption in May: 86% of staff active in Teams every week.",
            ]
        ),
        [
            ("1", "The project is closed; remaining points move to the Zuiderzee support contract."),
            ("2", "Zuiderzee sends a quarterly adoption report for Teams and Viva Engage."),
        ],
        [
            ("1", "Archive the project team", "Sanne Visser", "30-06-2026"),
            ("2", "First quarterly adoption report", "Zuiderzee", "01-10-2026"),
        ],
        f"{cid}|min",
        T(2026, 6, 5, 14, 0, 2),
    )
    m1 = Mail(
        ZZ_PM,
        [cc],
        "Verslag stuurgroep 4 – afsluiting",
        T(2026, 6, 8, 10, 2, 2),
        "Hoi Wouter,\n\nBijgaand het verslag van de laatste stuurgroep. Wil je bevestigen dat Van Oordt het project "
        "accepteert?\n\nGroet,\nSanne\n\n" + g.footer_block(ZZ_PM),
        lang="nl",
        attachments=[("Verslag_SG4_Van_Oordt.pdf", minutes)],
    )
    m2 = Mail(
        cc,
        [ZZ_PM],
        "RE: Verslag stuurgroep 4 – afsluiting",
        T(2026, 6, 12, 7, 41, 2),
        "Hoi Sanne,\n\nAkkoord met het verslag. VOB accepteert het project: Teams voor alle 410 medewerkers in de 3 "
        "bakkerijen en 28 winkels, de 11 SharePoint-sites met de HACCP-documentatie en Viva Engage met 370 leden. "
        "Dank aan het hele team!\n\nEnglish below:\n\nHi Sanne,\n\nI agree with the minutes. VOB accepts the "
        "project: Teams for all 410 staff in the 3 bakeries and 28 shops, the 11 SharePoint sites with the HACCP "
        "documentation and Viva Engage with 370 members. Thanks to the whole team!\n\nGroet / Regards,\n"
        + sig_lines(cc),
        quoted=m1,
        lang="nl",
    )
    files = {
        "Verslag_SG4_Van_Oordt_ZZ-SG-2026-041.pdf": minutes,
        "RE Verslag stuurgroep 4 - afsluiting.msg": g.msg_file(m2),
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
        workloads=["TEAMS", "SHAREPOINT ONLINE", "VIVA ENGAGE"],
        submitted=T(2026, 6, 30, 9, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_van_oordt_dutch_reply_with_english",
        claim,
        files,
        "approve",
        "The customer, who writes its name as 'VOB' (Bakkerij Van Oordt B.V., same domain vanoordt.nl), replies "
        "from its own domain on 12 June 2026 in Dutch and again in English ('English below'): it agrees with the "
        "closure minutes and accepts the project with its own numbers – Teams for 410 staff in 3 bakeries and 28 "
        "shops, 11 SharePoint sites, Viva Engage with 370 members – covering all three claimed workloads. The "
        "minutes layout is Zuiderzee's standard format (boilerplate).",
        "Reply from wouter@vanoordt.nl, 12 Jun 2026: 'VOB accepts the project: Teams for all 410 staff … Viva "
        "Engage with 370 members.'",
        g.cpor_ok(email_ack=True),
        container="zip",
    )


def s498_008_dordtse_workshop_after_90_days() -> Bundle:
    cid = "4981008"
    cust = Org(
        "Dordtse Scheepsreparatie B.V.",
        "DSR",
        "dordtsescheepsreparatie.nl",
        "NL",
        "3313 LA Dordrecht",
        "Zeehavenweg 3",
        "#37474f",
    )
    cc = person(cust, "Mark Verhoeven", "Hoofd ICT / Head of IT", "m.verhoeven")
    eng = g.engagement(
        "MW-DIGITAL-WORKFORCE-VAR", "Microsoft 365 Digital Workforce Workshop", "standard", "variable", 2800.0
    )
    consent, submitted = D(2026, 1, 12), T(2026, 4, 16, 15, 40, 2)
    minutes = zuiderzee_minutes(
        cust,
        "Workshopverslag / Workshop minutes – Digital Workforce",
        "ZZ-WS-2026-006",
        "3 februari 2026 / 3 February 2026",
        "DSR, Dordrecht – werfkantoor / yard office",
        [
            ("Mark Verhoeven", "DSR", "Hoofd ICT / Head of IT"),
            ("Gerrit Kuipers", "DSR", "Werfleider / Yard manager"),
            ("Naima El Idrissi", "DSR", "HR"),
            ("Sanne Visser", "Zuiderzee IT Partners", "Projectleider / Project Lead"),
        ],
        ul(
            [
                "180 yard workers (welders, fitters, riggers) have no company e-mail; work orders are printed and "
                "collected in the yard office each morning.",
                "Toolbox meetings and safety instructions on paper; sign-off lists scanned by HR.",
                "Office staff (55) use Microsoft 365; yard supervisors share 6 tablets.",
            ]
        ),
        [
            ("1", "Pilot Teams with Shifts and a digital toolbox checklist for 2 repair crews (24 workers)."),
            ("2", "Frontline licences for yard staff to be budgeted in Q2."),
        ],
        [("1", "Pilot plan", "Sanne Visser", "20-02-2026"), ("2", "Budget proposal", "Mark Verhoeven", "31-03-2026")],
        f"{cid}|min",
        T(2026, 2, 5, 11, 0, 1),
    )
    files, claim = pa_claim(
        cid,
        ZUIDERZEE,
        ZZ_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Workshopverslag_DSR_ZZ-WS-2026-006.pdf": minutes},
        amount=2800.0,
        inv_no="ZZ-F-2026-0079",
        inv_day=D(2026, 4, 10),
        activities="Digital workforce workshop for yard workers",
        outcome="Pilot for 24 yard workers with Shifts and digital toolbox",
        participants="4",
        invoice_kw=ZZ_INVOICE,
    )
    return Bundle(
        f"{cid}_dordtse_workshop_submitted_after_90_days",
        claim,
        files,
        "reject",
        "Standard-timeline engagement: a claim must be submitted within 90 days of customer consent (2026-01-12 → "
        f"2026-04-12). It was submitted on 2026-04-16, {days(consent, submitted)} days after consent, so it expired "
        "as 'not submitted' and expired claims cannot be reactivated. Minutes, invoice (USD 2,800.00 = proposed "
        "payout) and surveys would otherwise be fine.",
        "consent_date 2026-01-12, activity_type standard, submitted 2026-04-16 (day 94 > 90).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s498_009_tvi_invoice_wrong_claim_id() -> Bundle:
    cid = "4981009"
    cust = Org(
        "Tilburgse Verpakkingsindustrie B.V.",
        "TVI",
        "tvi-verpakking.nl",
        "NL",
        "5048 AB Tilburg",
        "Kraaivenstraat 21",
        "#558b2f",
    )
    cc = person(cust, "Esther Claassen", "IT Manager", "e.claassen")
    eng = g.engagement("SEC-HYBRID-CLOUD-WS-VAR", "Hybrid Cloud Security Workshop", "standard", "variable", 3900.0)
    consent, submitted = D(2026, 5, 4), T(2026, 7, 13, 11, 0, 2)
    minutes = zuiderzee_minutes(
        cust,
        "Workshopverslag / Workshop minutes – Hybrid Cloud Security",
        "ZZ-WS-2026-029",
        "9 juni 2026 / 9 June 2026",
        "TVI, Tilburg",
        [
            ("Esther Claassen", "TVI", "IT Manager"),
            ("Koen Dekkers", "TVI", "Systeembeheerder / Systems administrator"),
            ("Joris Bakker", "Zuiderzee IT Partners", "Security Consultant"),
        ],
        ul(
            [
                "Defender for Cloud secure score 38% on the 2 Azure subscriptions (ERP test, print portal); 4 storage "
                "accounts with public network access; no just-in-time VM access.",
                "14 on-premises servers (2 hypervisors, 12 VMs) without EDR; SQL Server 2016 for the MES.",
                "Azure Arc onboarding tested on 2 servers during the workshop; Defender for Servers plan 1 "
                "recommended.",
            ]
        ),
        [
            ("1", "Enable Defender CSPM and Defender for Servers P1 on both subscriptions and all Arc servers."),
            ("2", "Close public access on the 4 storage accounts before 1 July."),
        ],
        [
            ("1", "Arc onboarding of the 12 VMs", "Koen Dekkers", "26-06-2026"),
            ("2", "Storage fixes", "Joris Bakker", "01-07-2026"),
        ],
        f"{cid}|min",
        T(2026, 6, 11, 15, 0, 2),
    )
    invoice = g.invoice_pdf(
        ZUIDERZEE,
        "ZZ-F-2026-0131",
        D(2026, 7, 8),
        [(f"MCI Engagement Claim ID 4918009 – {eng['name']}\nCustomer: {cust.name}", 3900.0)],
        f"{cid}|inv",
        **ZZ_INVOICE,
    )
    files, claim = pa_claim(
        cid,
        ZUIDERZEE,
        ZZ_SEC,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Workshopverslag_TVI_ZZ-WS-2026-029.pdf": minutes},
        amount=3900.0,
        inv_no="ZZ-F-2026-0131",
        inv_day=D(2026, 7, 8),
        activities="Hybrid cloud security workshop: Defender for Cloud, Arc, storage exposure",
        outcome="Defender CSPM and Defender for Servers plan, storage fixes",
        participants="3",
        invoice_pdf_bytes=invoice,
    )
    return Bundle(
        f"{cid}_tvi_invoice_with_wrong_claim_id",
        claim,
        files,
        "action_required",
        "The invoice has the partner's name and the right amount (USD 3,900.00 = proposed payout) but names claim "
        "'4918009' – two digits swapped – instead of 4981009. The engagement claim ID is one of the three required "
        "invoice elements, and an invoice naming another claim number does not identify this claim. Minutes, "
        f"surveys and timing ({days(consent, submitted)} days, standard: 90) are fine; a corrected invoice is needed.",
        "Invoice ZZ-F-2026-0131: 'MCI Engagement Claim ID 4918009 – Hybrid Cloud Security Workshop', USD 3,900.00.",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s498_010_melkunie_adobe_sign_acceptance() -> Bundle:
    cid = "4981010"
    cust = Org(
        "Melkunie Brabant B.V.",
        "Melkunie Brabant",
        "melkuniebrabant.nl",
        "NL",
        "5651 GH Eindhoven",
        "Zuivelplein 2",
        "#1565c0",
    )
    cc = person(cust, "Femke de Wit", "Manager ICT", "f.dewit")
    rows = [
        (
            "<b>Teams Rooms</b><br/>16 vergaderruimtes: 9 Teams Rooms op Windows (Logitech Rally Bar + Tap) en 7 op "
            "Android (Yealink MeetingBar A30) op het hoofdkantoor en in de zuivelfabrieken Veghel en Oss",
            "<b>Teams Rooms</b><br/>16 meeting rooms: 9 Teams Rooms on Windows (Logitech Rally Bar + Tap) and 7 on "
            "Android (Yealink MeetingBar A30) at head office and the Veghel and Oss dairies",
        ),
        (
            "<b>Teams-vergaderingen</b><br/>Vergaderbeleid voor 520 kantoormedewerkers; webinars voor de "
            "ledenvergaderingen van de coöperatie (1.100 melkveehouders, 2 sessies)",
            "<b>Teams meetings</b><br/>Meeting policies for 520 office staff; webinars for the cooperative's member "
            "meetings (1,100 dairy farmers, 2 sessions)",
        ),
    ]
    html = f"""
<h1>Opleverdocument / Go-live acceptance</h1>
{
        kv(
            [
                ("Klant / Customer", escape(cust.name)),
                ("Leverancier / Supplier", escape(ZUIDERZEE.name)),
                ("Project", "Teams Rooms &amp; Meetings – ZZ-P-2026-012"),
                ("Live sinds / Live since", "3 augustus 2026 / 3 August 2026"),
            ]
        )
    }
{grid(["Nederlands", "English"], rows, [50, 50])}
<h2>Akkoord / Acceptance</h2>
<p>Melkunie Brabant accepteert de oplevering zoals hierboven beschreven. / Melkunie Brabant accepts the delivery
as described above.</p>
<p style="margin-top:14pt">Handtekening klant / Customer signature:</p>
<p style="margin-top:58pt">{escape(cc.name)}, {escape(cc.title)}</p>
"""
    pdf = g.html_pdf(
        html,
        meta("Opleverdocument Teams Rooms Melkunie Brabant", ZZ_PM.name, T(2026, 8, 17, 16, 0, 2)),
        f"{cid}|doc",
        style=css(ZUIDERZEE.color),
        decor=g.Decor(ZUIDERZEE, right="Opleverdocument · ZZ-P-2026-012", footer=ZZ_FOOTER, accent=ZUIDERZEE.color),
    )
    signed = g.esign(
        pdf,
        cc,
        T(2026, 8, 19, 14, 12, 2),
        f"{cid}|adobe",
        sig_anchor="Handtekening klant / Customer signature:",
        sig_dx=10,
        sig_dy=14,
        vendor="adobe",
        certificate=True,
        sender=ZZ_PM,
        ip="145.131.22.40",
    )
    files = {"Opleverdocument_Teams_Rooms_Melkunie_signed.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=ZUIDERZEE,
        pc=ZZ_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS ROOMS", "TEAMS MEETINGS"],
        submitted=T(2026, 9, 7, 10, 30, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_melkunie_acrobat_sign_go_live",
        claim,
        files,
        "approve",
        "Dutch/English go-live acceptance with every line in both languages – 16 Teams Rooms (9 Windows, 7 "
        "Android) at three sites, meeting policies for 520 office staff and webinars for 1,100 member farmers – "
        "e-signed through Adobe Acrobat Sign by the customer's ICT manager on 19 August 2026, with the transaction "
        "ID on the page and the Acrobat Sign audit report appended: a verifiable eSignature, 19 days before "
        "submission.",
        "Acrobat Sign signature 'Femke de Wit (Aug 19, 2026 …)', Final Audit Report with e-sign event.",
        g.cpor_ok(),
    )


def s498_011_kaashandel_no_longer_engaged() -> Bundle:
    cid = "4981011"
    cust = Org(
        "Hollandse Kaashandel Woerden B.V.",
        "Kaashandel Woerden",
        "kaashandelwoerden.nl",
        "NL",
        "3446 GA Woerden",
        "Kaasmarkt 14",
        "#f9a825",
    )
    cc = person(cust, "Peter Schouten", "Financieel directeur / CFO", "p.schouten")
    parties = [
        Party("Klant / Customer", cust.name, cc.name, "Financieel directeur"),
        Party("Leverancier / Supplier", ZUIDERZEE.name, ZZ_PM.name, "Projectleider"),
    ]
    closing = g.signoff("columns", parties, heading="Akkoord / Sign-off")
    minutes = zuiderzee_minutes(
        cust,
        "Opleververslag / Handover minutes – Microsoft 365",
        "ZZ-SG-2024-077",
        "22 november 2024 / 22 November 2024",
        "Kaashandel Woerden",
        [
            ("Peter Schouten", "Kaashandel Woerden", "Financieel directeur / CFO"),
            ("Sanne Visser", "Zuiderzee IT Partners", "Projectleider / Project Lead"),
        ],
        ul(
            [
                "Exchange Online: 64 mailboxes and 5 shared mailboxes (orders, export, quality) migrated from the "
                "hosted Exchange 2013 platform.",
                "Microsoft 365 Apps on 58 PCs and laptops in the office, the warehouse and the cheese shop.",
            ]
        ),
        [("1", "Project closed; support by Zuiderzee under the 2025 support contract.")],
        [("1", "Remove the hosted Exchange accounts", "Sanne Visser", "13-12-2024")],
        f"{cid}|min",
        T(2024, 11, 22, 15, 0, 1),
        closing=closing,
    )
    inks = [
        *col_inks(minutes, "Akkoord / Sign-off", parties[0], "22-11-2024"),
        *col_inks(minutes, "Akkoord / Sign-off", parties[1], "22-11-2024", color=g.INK_BLACK),
    ]
    signed = g.scan_pdf(minutes, inks, f"{cid}|scan", T(2024, 11, 25, 9, 10, 1), dpi=150, skew=0.4)
    m1 = Mail(
        ZZ_PM,
        [cc],
        "Microsoft 365 – partnerregistratie",
        T(2026, 3, 9, 11, 20, 1),
        "Hi Peter,\n\nFor Microsoft's partner programme we are registering the customers whose Microsoft 365 "
        "environment we support. Could you confirm that Zuiderzee is still your partner for Exchange Online and "
        "Microsoft 365 Apps?\n\nKind regards,\nSanne\n\n" + g.footer_block(ZZ_PM),
    )
    m2 = Mail(
        cc,
        [ZZ_PM],
        "RE: Microsoft 365 – partnerregistratie",
        T(2026, 3, 10, 8, 55, 1),
        "Hi Sanne,\n\nI can confirm that Zuiderzee migrated our mail and rolled out Office in November 2024 – that "
        "went well. As you know, since 1 February this year our IT, including Microsoft 365, is managed by Groene "
        "Hart ICT, so we no longer have a support contract with you.\n\nGroet,\n" + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "Opleververslag_M365_Kaashandel_Woerden_getekend.pdf": signed,
        "RE Microsoft 365 - partnerregistratie.eml": g.eml(m2),
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
        workloads=["EXCHANGE ONLINE", "MICROSOFT 365 APPS"],
        submitted=T(2026, 3, 23, 10, 0, 1),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_kaashandel_customer_moved_to_other_partner",
        claim,
        files,
        "reject",
        "The signed handover minutes are from 22-11-2024, 16 months before submission on 2026-03-23. Such old POE "
        "needs a recent acknowledgement confirming active engagement, and the only recent e-mail (10 March 2026, "
        "kaashandelwoerden.nl) does the opposite: it confirms the 2024 migration but says that since 1 February "
        "2026 Microsoft 365 is managed by another provider and there is no longer a support contract with "
        "Zuiderzee. The customer itself denies an active engagement, so no further POE can support this usage "
        "claim. UNSURE: a reviewer could return it as action_required instead, but the customer's statement would "
        "stand.",
        "Minutes signed '22-11-2024'; e-mail from p.schouten@kaashandelwoerden.nl: 'since 1 February this year our "
        "IT, including Microsoft 365, is managed by Groene Hart ICT'.",
        {
            "acknowledgement_date": "fail",
            "customer_domain": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Tiber Cloud (Italy, Market B)
# --------------------------------------------------------------------------------------------------------------

TB_INVOICE: dict[str, Any] = {
    "labels": {
        "inv": "Fattura n. / Invoice no.",
        "date": "Data / Date",
        "due": "Scadenza / Due",
        "bill": "Spett.le / Bill to",
        "desc": "Descrizione / Description",
        "amt": "Importo / Amount",
        "sub": "Imponibile / Subtotal (pre-tax)",
        "total": "Totale / Total",
    },
    "title": "FATTURA / INVOICE",
    "date_style": "gb",
    "bank": "Intesa Sanpaolo · conto in USD IT60 X030 6905 0201 0000 0884 127 · Operazione non imponibile art. 7-ter",
}


def s498_012_ceramiche_valdarno_ammp_market_b() -> Bundle:
    cid = "4981012"
    cust = Org(
        "Ceramiche Valdarno S.p.A.",
        "Ceramiche Valdarno",
        "ceramichevaldarno.it",
        "IT",
        "52025 Montevarchi AR",
        "Via Aretina 212",
        "#bf360c",
    )
    cc = person(cust, "Lorenzo Bianchi", "Responsabile IT / Head of IT", "l.bianchi")
    consent, submitted = D(2026, 1, 19), T(2026, 5, 8, 11, 20, 2)
    lz = g.landing_zone_doc(TIBER, cust, f"{cid}|lz", T(2026, 3, 6, 17, 0, 1), TB_ARCH.name)
    files, claim = g.ammp_claim(
        cid,
        "ceramiche",
        TIBER,
        TB_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Portale ordini B2B (dealer order portal)",
        arr="USD 64,000 / year",
        dates=["12/02/2026", "06/03/2026", "10/04/2026", "17/04/2026"],
        amount=12000.0,
        inv_no="TC-2026-0041",
        date_style="gb",
        invoice_kw=TB_INVOICE,
        sign_when=T(2026, 4, 27, 12, 0, 2),
        date_text="27/04/2026",
        extra={"POE/Landing_zone_design_Ceramiche_Valdarno.pdf": lz},
    )
    return Bundle(
        f"{cid}_ceramiche_valdarno_ammp_italy_market_b",
        claim,
        files,
        "approve",
        "AMMP (Small) claim from an Italian partner: Italy is a Market B country, so the rate is USD 12,000 and the "
        "invoice asks for exactly that, with the claim ID and partner name. The programme template with the four "
        "required activities is signed by the customer's head of IT on 27/04/2026 (Italian day-first), the "
        "landing-zone design is attached, both surveys are signed with name, company and title, and the claim came "
        f"{days(consent, submitted)} days after consent (xs/small: 120). The activity list is the programme's own "
        "wording (boilerplate).",
        "Invoice TC-2026-0041: 'MCI Engagement Claim ID 4981012', USD 12,000.00; partner.country IT (Market B).",
        g.pa_ok(),
    )


def s498_013_pastificio_letter_italian_only() -> Bundle:
    cid = "4981013"
    cust = Org(
        "Pastificio Fratelli Marchetti S.r.l.",
        "Pastificio Marchetti",
        "pastificiomarchetti.it",
        "IT",
        "80054 Gragnano NA",
        "Via Roma 118",
        "#f57f17",
    )
    cc = person(cust, "Antonio Marchetti", "Amministratore delegato", "a.marchetti")
    letter = customer_letter(
        cust,
        cc,
        "Gragnano, 15 giugno 2026",
        "Spett.le Tiber Cloud S.r.l.<br/>Via Marsala 34<br/>00185 Roma",
        "Oggetto: conferma dei servizi Microsoft 365",
        [
            "Con la presente confermiamo che Tiber Cloud S.r.l. ha completato per il nostro pastificio la migrazione "
            "della posta elettronica a Exchange Online (126 caselle personali e 9 caselle condivise per ordini, "
            "export e qualità) e l'introduzione di Microsoft Teams per i 140 dipendenti dello stabilimento di "
            "Gragnano e degli uffici commerciali di Napoli.",
            "Il servizio è in produzione dal 25 maggio 2026; Tiber Cloud continua a seguirci con il supporto mensile "
            "e con la formazione dei nuovi capi turno.",
        ],
        f"{cid}|letter",
        T(2026, 6, 15, 10, 0, 2),
        closing="Distinti saluti,",
    )
    scan = g.scan_pdf(letter, letter_sig(cc), f"{cid}|scan", T(2026, 6, 15, 17, 5, 2), dpi=150, skew=0.6)
    report = partner_report(
        TIBER,
        "Project close-out report – Exchange Online and Teams",
        [
            ("Customer", cust.name),
            ("Period", "6 April – 25 May 2026"),
            ("Project manager", TB_PM.name),
        ],
        [
            (
                "Exchange Online",
                "<p>126 user mailboxes and 9 shared mailboxes (ordini, export, qualità) migrated from the Aruba "
                "hosted mail service with a cutover migration on 16 May; SPF, DKIM and DMARC configured; "
                "quarantine notifications for the 3 office managers.</p>",
            ),
            (
                "Teams",
                "<p>Teams for 140 staff: a team per production line (4 lines, 3 shifts), a team for the Naples sales "
                "office, shift-change checklists in Planner; 6 training sessions for shift leaders.</p>",
            ),
        ],
        T(2026, 6, 1, 15, 0, 2),
        TB_PM.name,
        f"{cid}|rep",
        right="Close-out report",
    )
    files = {"Lettera_conferma_Pastificio_Marchetti_firmata.pdf": scan, "Close-out_report_Marchetti.pdf": report}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=TIBER,
        pc=TB_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 7, 6, 9, 40, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_pastificio_marchetti_italian_only_letter",
        claim,
        files,
        "action_required",
        "The customer's acknowledgement is a letter on its own letterhead signed by the managing director on 15 June "
        "2026 – but it is entirely in Italian, with no English version or translation anywhere in the claim. POE "
        "review is done on English documents, and the guide's reviewers ask for an English version of non-English "
        "documentation. The partner's English close-out report gives the detail but is not the customer's "
        "acknowledgement. The partner must upload an English version of the letter. UNSURE: a reviewer reading "
        "that the letter repeats the report's figures (126 + 9 mailboxes, 140 Teams users) might accept it.",
        "'Lettera_conferma…firmata.pdf': 'Con la presente confermiamo che Tiber Cloud S.r.l. ha completato…' – "
        "Italian only.",
        {
            "document_language": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s498_014_olio_sabino_survey_by_partner_pm() -> Bundle:
    cid = "4981014"
    cust = Org(
        "Olio Sabino Società Cooperativa Agricola",
        "Olio Sabino",
        "oliosabino.it",
        "IT",
        "02032 Fara in Sabina RI",
        "Strada Provinciale 41, km 3",
        "#558b2f",
    )
    cc = person(cust, "Stefano Rinaldi", "Direttore / General Manager", "s.rinaldi")
    eng = g.engagement(
        "AZ-INNOV-AIAPPS-POC-VAR", "Azure Innovate PL: AI Apps Pilot/POC", "standard", "variable", 6800.0
    )
    consent, submitted = D(2026, 3, 2), T(2026, 5, 19, 15, 0, 2)
    report = partner_report(
        TIBER,
        "AI Apps Pilot – Olive-oil quality assistant",
        [
            ("Customer", cust.name),
            ("Pilot", "23 March – 30 April 2026"),
            ("Architecture", "Azure OpenAI Service, Azure AI Search, Azure Functions, Azure SQL Database"),
            ("MCI claim", cid),
        ],
        [
            (
                "What was built",
                ul(
                    [
                        "Assistant for the cooperative's 4 tasters and 2 agronomists: answers questions over 9 "
                        "years of lab analyses (acidity, peroxides, polyphenols) for 310 member farms.",
                        "Daily import of the mill's lab results from the LIMS export; answers cite the analysis batch.",
                    ]
                ),
            ),
            (
                "Results",
                grid(
                    ["Measure", "Result"],
                    [
                        ("Correct answers on 90 test questions", "84%"),
                        ("Time to prepare a member's quality report", "40 → 8 min"),
                        ("Estimated Azure consumption in production", "USD 1,300 / month"),
                    ],
                    [60, 40],
                ),
            ),
        ],
        T(2026, 5, 6, 18, 0, 2),
        TB_ARCH.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        TIBER,
        TB_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"AI_Apps_Pilot_Report_Olio_Sabino.pdf": report},
        amount=6800.0,
        inv_no="TC-2026-0067",
        inv_day=D(2026, 5, 14),
        activities="AI assistant pilot over lab analyses",
        outcome="Pilot with 84% correct answers; production plan",
        participants="6",
        invoice_kw=TB_INVOICE,
        cust_sig={"name": TB_PM.name, "company": TIBER.name, "title": TB_PM.title},
        comments=[
            (
                "partner",
                submitted - dt.timedelta(minutes=3),
                "The customer's contact was travelling, so our project manager completed the customer survey with "
                "him over the phone.",
            )
        ],
    )
    return Bundle(
        f"{cid}_olio_sabino_customer_survey_signed_by_partner",
        claim,
        files,
        "reject",
        "The customer attestation was filled in by the partner: its electronic signature reads 'Giulia Ferri, Tiber "
        "Cloud S.r.l., Project Manager' – the partner's own PM (she also signs the partner survey), as the partner's "
        "comment admits. The customer attestation must be completed and signed by the customer; a signature that is "
        "not the customer's is not valid and the guide says the claim may then be rejected. A completed customer "
        "survey cannot be re-sent on the same claim. The pilot report and the USD 6,800 invoice are otherwise fine. "
        "UNSURE: a reviewer could return it as action_required, though the survey cannot be redone on this claim.",
        "customer_attestation JSON: signature {full_name 'Giulia Ferri', company 'Tiber Cloud S.r.l.', job_title "
        "'Project Manager'}.",
        {
            "attestations": "fail",
            "invoice": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s498_015_acque_dolomiti_verbale_day_first() -> Bundle:
    cid = "4981015"
    cust = Org(
        "Acque Minerali Dolomiti S.p.A.",
        "Acque Dolomiti",
        "acquedolomiti.it",
        "IT",
        "32032 Feltre BL",
        "Via delle Fonti 7",
        "#0277bd",
    )
    cc = person(cust, "Chiara De Marchi", "ICT Manager", "c.demarchi")
    labels = ("Nome / Name", "Ruolo / Role", "Firma / Signature", "Data / Date")
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, cc.title),
        Party("Fornitore / Supplier", TIBER.name, TB_PM.name, TB_PM.title),
    ]
    tests = [
        ("T01", "Chiamata in uscita da numero geografico / Outbound call from a geographic number", "OK"),
        ("T02", "Coda 'Ordini Horeca' con 8 agenti, fuori orario / 'Horeca orders' queue, 8 agents, after hours", "OK"),
        ("T03", "Risponditore automatico IT/EN / IT/EN auto attendant", "OK"),
        (
            "T04",
            "Chiamata di emergenza 112 con indirizzo dello stabilimento / 112 emergency call with plant address",
            "OK",
        ),
        (
            "T05",
            "Sala 'Marmolada' (Teams Rooms, Windows): riunione ibrida con 14 partecipanti / 'Marmolada' room "
            "(Teams Rooms on Windows): hybrid meeting with 14 participants",
            "OK",
        ),
        (
            "T06",
            "Sale di produzione (4 × Teams Rooms su Android) / Production rooms (4 × Teams Rooms on Android)",
            "OK",
        ),
    ]
    html = f"""
<h1>Verbale di collaudo / Acceptance test report</h1>
{
        kv(
            [
                ("Cliente / Customer", escape(cust.name) + ", " + escape(cust.address)),
                ("Fornitore / Supplier", escape(TIBER.name)),
                ("Oggetto / Scope", "Teams Phone (190 utenti / users) e 5 Teams Rooms / and 5 Teams Rooms"),
                ("Collaudo eseguito / Tests run", "dal 27/10/2025 al 07/11/2025 / from 27/10/2025 to 07/11/2025"),
            ]
        )
    }
<p>Numeri portati da TIM a Operator Connect: 190 utenti, 3 code di chiamata, 2 risponditori automatici. / Numbers
ported from TIM to Operator Connect: 190 users, 3 call queues, 2 auto attendants.</p>
{grid(["#", "Prova / Test", "Esito / Result"], tests, [7, 78, 15])}
<p>Il cliente dichiara il collaudo superato con esito positivo. / The customer declares the acceptance tests
passed.</p>
""" + g.signoff("columns", parties, heading="Firme / Signatures", labels=labels, company_label="Società / Company")
    pdf = g.html_pdf(
        html,
        meta("Verbale di collaudo Teams Phone", TB_PM.name, T(2025, 11, 7, 17, 0, 1)),
        f"{cid}|doc",
        style=css(TIBER.color, size=9),
        decor=g.Decor(
            TIBER,
            right="Verbale di collaudo · TC-P-2025-031",
            footer=escape(TIBER.name + " · " + TIBER.reg),
            accent=TIBER.color,
        ),
    )
    inks = [
        *col_inks(pdf, "Firme / Signatures", parties[0], "09/11/2025", labels=labels),
        *col_inks(pdf, "Firme / Signatures", parties[1], "09/11/2025", labels=labels, color=g.INK_BLACK),
    ]
    scan = g.scan_pdf(pdf, inks, f"{cid}|scan", T(2025, 11, 10, 9, 20, 1), dpi=150, skew=0.8)
    files = {"Verbale_collaudo_Teams_Acque_Dolomiti_firmato.pdf": scan}
    submitted = T(2026, 10, 27, 10, 0, 1)
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=TIBER,
        pc=TB_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        submitted=submitted,
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_acque_dolomiti_verbale_day_first_date",
        claim,
        files,
        "approve",
        "Italian customer and partner: the hand-written '09/11/2025' on the signed acceptance test report is "
        "day-first, 9 November 2025 – the report prints 'dal 27/10/2025 al 07/11/2025', readable only day-first – "
        f"so the signature is {days(D(2025, 11, 9), submitted)} days (11.6 months) before submission on 2026-10-27. "
        "Read month-first (September 11, 2025) it would be over 12 months old. Every line is in Italian and English: "
        "190 Teams Phone users ported to Operator Connect, 3 call queues, 5 Teams Rooms, tests passed.",
        "Scan: customer column signed by Chiara De Marchi, 'Data / Date 09/11/2025'; tests 27/10/2025 – 07/11/2025.",
        g.cpor_ok(),
    )


TIBER_LUGANO = Org(
    "Tiber Cloud Lugano SA",
    "Tiber Cloud",
    "tibercloud.ch",
    "CH",
    "6900 Lugano",
    "Via Nassa 21",
    "#8e24aa",
    "CHE-284.411.902 IVA",
    "+41 91 555 01 48",
)


def s498_016_ticino_precision_wrong_partner_location() -> Bundle:
    cid = "4981016"
    cust = Org(
        "Ticino Precision Parts SA",
        "Ticino Precision",
        "ticinoprecision.ch",
        "CH",
        "6850 Mendrisio",
        "Via Industria 14",
        "#455a64",
    )
    cc = person(cust, "Luca Bernasconi", "Head of IT", "l.bernasconi")
    ch_pm = person(TIBER_LUGANO, "Sara Keller", "Project Manager", "s.keller")
    consent, submitted = D(2026, 3, 2), T(2026, 6, 15, 10, 30, 2)
    invoice = g.invoice_pdf(
        TIBER_LUGANO,
        "TCL-2026-019",
        D(2026, 6, 10),
        [(f"MCI Engagement Claim ID {cid} – {g.AMMP_NAME}\nCustomer: {cust.name}", 15000.0)],
        f"{cid}|inv",
        date_style="de",
        bank="PostFinance · USD account CH18 0900 0000 8841 2290 2",
    )
    files, claim = g.ammp_claim(
        cid,
        "ticino",
        TIBER,
        TB_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Production planning web app (CNC scheduling)",
        arr="USD 41,000 / year",
        dates=["23.03.2026", "10.04.2026", "15.05.2026", "22.05.2026"],
        amount=15000.0,
        inv_no="TCL-2026-019",
        date_style="de",
        invoice_pdf_bytes=invoice,
        sign_when=T(2026, 6, 3, 15, 0, 2),
        date_text="03.06.2026",
    )
    claim["comments"] = [
        {
            "author": "partner",
            "at": g.iso(submitted - dt.timedelta(minutes=2)),
            "text": "Please note: this claim was created under our Rome location by mistake. The engagement was "
            f"delivered and invoiced by Tiber Cloud Lugano SA (Switzerland, PM {ch_pm.name}). Please move the "
            "claim to our Lugano location, or reject it so that we can claim again.",
        }
    ]
    return Bundle(
        f"{cid}_ticino_precision_claimed_on_wrong_location",
        claim,
        files,
        "reject",
        "The claim was created under the partner's Italian location (Tiber Cloud S.r.l., Market B: USD 12,000), but "
        "the engagement was delivered and invoiced by its Swiss entity Tiber Cloud Lugano SA, which bills USD 15,000 "
        "(the Market A rate). The invoice therefore carries neither the claiming partner's name nor the right amount "
        "for the claiming location, and the partner's own comment asks to move the claim or reject it. The guide: "
        "the partner location ID cannot be changed once a claim exists – the partner must cancel it, or comment to "
        "ask the POE team to reject it, and create a new claim with the right location.",
        "Partner comment 'created under our Rome location by mistake … reject it so that we can claim again'; "
        "invoice TCL-2026-019 from Tiber Cloud Lugano SA, USD 15,000.00.",
        {"invoice": "fail", "attestations": "pass", "submission_window": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Fjärd Moln (Sweden)
# --------------------------------------------------------------------------------------------------------------

FJ_INVOICE: dict[str, Any] = {
    "labels": {
        "inv": "Fakturanr / Invoice no.",
        "date": "Fakturadatum / Invoice date",
        "due": "Förfallodatum / Due date",
        "bill": "Kund / Bill to",
        "desc": "Beskrivning / Description",
        "amt": "Belopp / Amount",
        "sub": "Summa exkl. moms / Subtotal (pre-tax)",
        "total": "Att betala / Total",
    },
    "title": "FAKTURA / INVOICE",
    "date_style": "iso",
    "bank": "SEB · USD-konto SE45 5000 0000 0583 9825 7466 · Omvänd skattskyldighet",
}


def fjard_shared_invoice() -> bytes:
    """One Fjärd invoice raised for two claims of two different customers."""
    return bytes(
        cached(
            "fj_shared_inv",
            lambda: g.invoice_pdf(
                FJARD,
                "FM-2026-0114",
                D(2026, 4, 24),
                [
                    (
                        "MCI Engagement Claim ID 4981017 – Sales - Protect and Govern Sensitive Data Workshop\n"
                        "Customer: Bohusläns Trävaror AB",
                        3600.0,
                    ),
                    (
                        "MCI Engagement Claim ID 4981018 – NextGen Windows Workshop\nCustomer: Vänerns Båtvarv AB",
                        2400.0,
                    ),
                ],
                "4981017|inv",
                **FJ_INVOICE,
            ),
        )
    )


def fjard_shared_claim(
    cid: str,
    cust: Org,
    cc: Person,
    eng: dict[str, Any],
    area: str,
    consent: dt.date,
    submitted: dt.datetime,
    report: bytes,
    report_name: str,
    other: str,
    **kw: Any,
) -> Bundle:
    files, claim = pa_claim(
        cid,
        FJARD,
        FJ_PM,
        cust,
        cc,
        area=area,
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={report_name: report},
        amount=eng["proposed_payout_usd"],
        inv_no="FM-2026-0114",
        inv_day=D(2026, 4, 24),
        invoice_pdf_bytes=fjard_shared_invoice(),
        **kw,
    )
    return Bundle(
        f"{cid}_{cust.short.lower().replace(' ', '_').replace('ä', 'a').replace('å', 'a')}_one_invoice_two_claims",
        claim,
        files,
        "action_required",
        f"Findings report, surveys and timing ({days(consent, submitted)} days after consent, standard: 90) are in "
        f"order, but invoice FM-2026-0114 is a consolidated invoice for two claims of two different customers – "
        f"this one and {other} – totalling USD 6,000.00, and the same invoice file is uploaded on both claims. The "
        "guide requires a separate, unique invoice per claim whose amount is that claim's payout. Neither claim "
        "holds an original: the invoice was made for both, so both are flagged.",
        "Invoice FM-2026-0114: lines for 4981017 (USD 3,600) and 4981018 (USD 2,400), total USD 6,000.00, on both "
        "claims.",
        {
            "invoice": "fail",
            "reused_evidence": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
        },
    )


def s498_017_bohuslans_travaror_shared_invoice() -> Bundle:
    cid = "4981017"
    cust = Org(
        "Bohusläns Trävaror AB",
        "Bohusläns Trävaror",
        "bohustra.se",
        "SE",
        "451 75 Uddevalla",
        "Sågverksvägen 4",
        "#6d4c41",
    )
    cc = person(cust, "Magnus Ek", "IT-chef / Head of IT", "magnus.ek")
    eng = g.engagement(
        "SEC-PROTECT-GOVERN-WS-VAR",
        "Sales - Protect and Govern Sensitive Data Workshop",
        "standard",
        "variable",
        3600.0,
    )
    report = partner_report(
        FJARD,
        "Protect and Govern Sensitive Data – Workshop findings",
        [("Customer", cust.name), ("Workshop", "24–25 March 2026, Uddevalla"), ("Participants", "7"), ("Claim", cid)],
        [
            (
                "Data risk check",
                "<p>Content scan of SharePoint and OneDrive (2.2 TB): 8,900 files with Swedish personal identity "
                "numbers (personnummer), mostly payroll exports in the HR team's OneDrive; 1,450 files with "
                "customer price agreements shared with 'Anyone' links; 37 external sharing links older than 2 "
                "years.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Sensitivity labels 'Intern', 'Konfidentiell' and 'Personuppgifter' with auto-labelling for "
                        "personnummer.",
                        "DLP for personnummer in Exchange, SharePoint and Teams; block 'Anyone' links for the sales "
                        "site.",
                        "Insider risk policy for departing employees in sales (price lists).",
                    ]
                ),
            ),
        ],
        T(2026, 3, 27, 16, 0, 1),
        FJ_SEC.name,
        f"{cid}|rep",
    )
    return fjard_shared_claim(
        cid,
        cust,
        cc,
        eng,
        "Security",
        D(2026, 2, 16),
        T(2026, 4, 28, 9, 0, 2),
        report,
        "Workshop_findings_Bohuslans_Travaror.pdf",
        "4981018",
        activities="Sensitive data workshop: content scan, labels, DLP",
        outcome="Label and DLP plan; insider risk policy for sales",
        participants="7",
    )


def s498_018_vanerns_batvarv_shared_invoice() -> Bundle:
    cid = "4981018"
    cust = Org(
        "Vänerns Båtvarv AB",
        "Vänerns Båtvarv",
        "vanernsbatvarv.se",
        "SE",
        "542 30 Mariestad",
        "Hamnplan 2",
        "#0277bd",
    )
    cc = person(cust, "Karin Sjöberg", "Ekonomi- och IT-chef / CFO and IT manager", "karin.sjoberg")
    eng = g.engagement("MW-NEXTGEN-WIN-VAR", "NextGen Windows Workshop", "standard", "variable", 2400.0)
    report = partner_report(
        FJARD,
        "NextGen Windows Workshop – Findings",
        [("Customer", cust.name), ("Workshop", "1 April 2026, Mariestad"), ("Participants", "5"), ("Claim", cid)],
        [
            (
                "Estate",
                "<p>74 PCs: 51 on Windows 10 (end of support passed), 9 CAD workstations for hull design on Windows 10 "
                "Pro with local admin rights, 14 yard PCs shared by shifts; images built by hand by an external "
                "technician.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Windows 11 Enterprise with Autopilot for the 51 office PCs, June–August 2026.",
                        "Windows 365 Cloud PCs for the 6 designers who work from the Gothenburg office.",
                        "Shared-PC mode for the 14 yard PCs.",
                    ]
                ),
            ),
        ],
        T(2026, 4, 3, 15, 0, 2),
        FJ_PM.name,
        f"{cid}|rep",
    )
    return fjard_shared_claim(
        cid,
        cust,
        cc,
        eng,
        "Modern Work",
        D(2026, 2, 23),
        T(2026, 4, 28, 9, 20, 2),
        report,
        "Workshop_findings_Vanerns_Batvarv.pdf",
        "4981017",
        activities="Windows 11 and Windows 365 workshop with estate review",
        outcome="Windows 11 plan for 51 PCs, 6 Cloud PCs",
        participants="5",
    )


def s498_019_skaraborg_out_of_office_quotes_request() -> Bundle:
    cid = "4981019"
    cust = Org(
        "Skaraborgs Mejeriförening ek. för.",
        "Skaraborgsmejeriet",
        "skaraborgsmejeri.se",
        "SE",
        "541 34 Skövde",
        "Mejerivägen 10",
        "#1565c0",
    )
    cc = person(cust, "Anders Lund", "IT-chef / Head of IT", "anders.lund")
    report = fjard_report(
        cust,
        "FM-P-2026-033",
        "2026-08-07",
        "Fjärd Moln rolled out Microsoft Defender for Office 365 Plan 2 for all 540 mailboxes and onboarded the "
        "dairy's 486 PCs and 19 servers to Microsoft Defender for Endpoint between 1 June and 31 July 2026.",
        [
            (
                "Defender for Office 365",
                "Safe Links and Safe Attachments for 540 mailboxes, anti-phishing with impersonation protection for "
                "the board and 14 finance users, 2 attack simulations (312 and 298 users)",
                "540 mailboxes",
            ),
            (
                "Defender for Endpoint",
                "Onboarding through Intune and Group Policy, ASR rules in block mode, EDR in block mode, device "
                "groups for the 3 dairies and the lab",
                "486 PCs, 19 servers",
            ),
        ],
        ["1–19 June: design and pilot (IT, finance)", "22 June – 17 July: rollout per site", "20–31 July: ASR block"],
        f"{cid}|rep",
        T(2026, 8, 7, 15, 0, 2),
    )
    m1 = Mail(
        FJ_SEC,
        [cc],
        "Leveransrapport Defender – Skaraborgs Mejeriförening",
        T(2026, 8, 10, 13, 58, 2),
        "Hej Anders,\n\nAttached is the delivery report for the Defender rollout. If you agree with it, a short "
        'reply such as "Skaraborgs Mejeriförening accepts the Defender rollout delivered by Fjärd Moln" is all we '
        "need for our records.\n\nVänliga hälsningar / Best regards,\nOskar\n\n" + g.footer_block(FJ_SEC),
        attachments=[("Leveransrapport_FM-P-2026-033.pdf", report)],
        lang="sv",
    )
    m2 = Mail(
        cc,
        [FJ_SEC],
        "Automatiskt svar: Leveransrapport Defender – Skaraborgs Mejeriförening",
        T(2026, 8, 10, 13, 58, 2),
        "Hej! Jag är på semester till och med 24 augusti och läser inte e-post. Vid brådskande ärenden, kontakta "
        "IT-supporten på 0500-55 01 00.\n\nHi! I am on leave until 24 August and will not read e-mail. For urgent "
        "matters, please call the IT service desk on +46 500 55 01 00.\n\nAnders Lund",
        quoted=m1,
        lang="sv",
        auto_reply=True,
    )
    files = {
        "Leveransrapport_FM-P-2026-033.pdf": report,
        "Automatiskt svar Leveransrapport Defender.msg": g.msg_file(m2),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=FJARD,
        pc=FJ_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 8, 19, 16, 10, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_skaraborg_out_of_office_quoting_request",
        claim,
        files,
        "action_required",
        "The only message from the customer's domain is the IT chief's automatic out-of-office reply (Swedish and "
        "English, 'I am on leave until 24 August'). Below it, the auto-reply quotes the partner's request – "
        "including the partner's suggested wording 'Skaraborgs Mejeriförening accepts the Defender rollout "
        "delivered by Fjärd Moln'. That sentence was written by the partner; nobody at the customer accepted or "
        "approved anything. The delivery report itself is specific (540 mailboxes, 486 PCs + 19 servers). The "
        "partner must provide a real customer acknowledgement.",
        "'Automatiskt svar' from anders.lund@skaraborgsmejeri.se (Auto-Submitted: auto-replied), quoting Oskar "
        "Lindgren's 'a short reply such as …'.",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s498_020_alingsas_textil_iso_date_near_limit() -> Bundle:
    cid = "4981020"
    cust = Org(
        "Alingsås Textilväveri AB",
        "Alingsås Textil",
        "alingsastextil.se",
        "SE",
        "441 30 Alingsås",
        "Nolhagavägen 3",
        "#7b1fa2",
    )
    cc = person(cust, "Sofia Nyberg", "Driftchef IT / IT Operations Manager", "sofia.nyberg")
    parties = [
        Party("Kund / Customer", cust.name, cc.name, "Driftchef IT"),
        Party("Leverantör / Supplier", FJARD.name, FJ_PM.name, "Projektledare"),
    ]
    report = fjard_report(
        cust,
        "FM-P-2025-071",
        "2025-11-14",
        "Fjärd Moln moved the weaving mill's mail from an on-premises Exchange 2013 server to Exchange Online and "
        "introduced Microsoft Teams for office, design and production staff.",
        [
            (
                "Exchange Online",
                "Hybrid migration of 232 mailboxes and 11 shared mailboxes (order desk, design studio, export), "
                "connectors for the ERP's order confirmations, retention for the export documents",
                "243 mailboxes",
            ),
            (
                "Teams",
                "Teams for 232 users, a team per production hall and for the design studio, Teams meetings for "
                "weekly customer collections reviews with 3 fashion houses",
                "232 users",
            ),
        ],
        ["22 Sep – 3 Oct: design", "6 Oct – 31 Oct: migration in 3 batches", "3–14 Nov: Teams rollout and training"],
        f"{cid}|rep",
        T(2025, 11, 14, 15, 0, 1),
        parties=parties,
    )
    scan = g.scan_pdf(
        report,
        stacked_inks(parties, "2025-11-20", FJ_LABELS),
        f"{cid}|scan",
        T(2025, 11, 20, 11, 0, 1),
        dpi=150,
        skew=-0.5,
    )
    submitted = T(2026, 11, 3, 9, 15, 1)
    files = {"Leveransrapport_Alingsas_Textil_signerad.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=FJARD,
        pc=FJ_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=submitted,
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_alingsas_textil_iso_date_eleven_months",
        claim,
        files,
        "approve",
        "Scanned delivery report (Swedish headings, English content: 232 + 11 mailboxes, 232 Teams users) signed "
        "by the customer's IT operations manager with the hand-written ISO date '2025-11-20' – "
        f"{days(D(2025, 11, 20), submitted)} days before submission on 2026-11-03, inside the 12 months by about two "
        "weeks. ISO year-month-day order leaves no doubt about the date.",
        "Scan page 2: 'Underskrift / Signature' of Sofia Nyberg, 'Datum / Date: 2025-11-20'.",
        g.cpor_ok(),
        container="zip-folder",
    )


def s498_021_kinnekulle_dispute_same_invoice() -> Bundle:
    cid = "4981021"
    cust = Org(
        "Kinnekulle Stenhuggeri AB",
        "Kinnekulle Sten",
        "kinnekullesten.se",
        "SE",
        "533 94 Hällekis",
        "Brottsvägen 1",
        "#616161",
    )
    cc = person(cust, "Jonas Wiklund", "VD / Managing Director", "jonas.wiklund")
    eng = g.engagement(
        "SEC-PROTECT-GOVERN-WS-VAR",
        "Sales - Protect and Govern Sensitive Data Workshop",
        "standard",
        "variable",
        3300.0,
    )
    consent = D(2026, 3, 2)
    first, rejected, disputed, submitted = (
        T(2026, 5, 11, 10, 0, 2),
        T(2026, 5, 19, 9, 0),
        T(2026, 5, 26, 14, 0, 2),
        T(2026, 5, 27, 9, 30, 2),
    )
    report = partner_report(
        FJARD,
        "Protect and Govern Sensitive Data – Workshop findings",
        [("Customer", cust.name), ("Workshop", "14 April 2026, Hällekis"), ("Participants", "4"), ("Claim", cid)],
        [
            (
                "Data risk check",
                "<p>1,100 files with personnummer in the payroll folder synced to the managing director's OneDrive; "
                "quarry blasting permits and drawings shared with 12 contractors through 'Anyone' links.</p>",
            ),
            ("Recommendations", ul(["Labels and DLP for personnummer.", "Guest access with expiry for contractors."])),
        ],
        T(2026, 4, 16, 15, 0, 2),
        FJ_SEC.name,
        f"{cid}|rep",
    )
    invoice = g.invoice_pdf(
        FJARD,
        "FM-2026-0152",
        D(2026, 5, 6),
        [(f"MCI Engagement Claim ID {cid} – {eng['name']}\nCustomer: {cust.name}", 3800.0)],
        f"{cid}|inv",
        **FJ_INVOICE,
    )
    files, claim = pa_claim(
        cid,
        FJARD,
        FJ_SEC,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Workshop_findings_Kinnekulle.pdf": report},
        amount=3300.0,
        inv_no="FM-2026-0152",
        inv_day=D(2026, 5, 6),
        invoice_pdf_bytes=invoice,
        activities="Sensitive data workshop",
        outcome="Labels and DLP for personnummer; contractor guest access",
        participants="4",
        status="disputed",
        history=[
            ("customer consent approved", T(2026, 3, 2, 12), "-"),
            ("submission", first, FJ_SEC.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, FJ_SEC.email),
            ("document submission", submitted - dt.timedelta(minutes=4), FJ_SEC.email),
            ("submission", submitted, FJ_SEC.email),
        ],
        comments=[
            (
                "microsoft",
                rejected,
                "Rejected: the invoice amount (USD 3,800.00) does not match the proposed payout for this engagement "
                "(USD 3,300.00).",
            ),
            ("partner", submitted - dt.timedelta(minutes=2), "Dispute: invoice re-uploaded."),
        ],
    )
    return Bundle(
        f"{cid}_kinnekulle_dispute_reuploads_same_invoice",
        claim,
        files,
        "reject",
        "Dispute of a rejection for a wrong invoice amount (USD 3,800 against a proposed payout of USD 3,300). The "
        "dispute was opened and submitted in time (8 days after the rejection), but the 're-uploaded' invoice is "
        "the same FM-2026-0152 for USD 3,800.00: the reason for the rejection is not resolved, and a decision on a "
        "dispute is final.",
        "Invoice FM-2026-0152: USD 3,800.00; engagement proposed_payout_usd 3300; status disputed.",
        {"invoice": "fail", "attestations": "pass", "submission_window": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Kallang Digital (Singapore): one service handover letter, four customers
# --------------------------------------------------------------------------------------------------------------

MDR_COMPONENTS = [
    (
        "24x7 SOC triage and response",
        "Kallang's SOC triages, investigates and responds to incidents and alerts in Microsoft Defender XDR and "
        "Microsoft Defender for Cloud around the clock; P1 response within 15 minutes; containment actions (device "
        "isolation, account disable) pre-approved in the runbook",
    ),
    (
        "Microsoft Sentinel management",
        "Data connectors, analytics rules, alert tuning and automation playbooks managed by the SOC; incidents "
        "worked in Sentinel",
    ),
    ("Threat hunting", "Monthly hunts in Defender XDR and Defender for Cloud on a themed hypothesis"),
    (
        "Configuration assessment",
        "Quarterly review of Secure Score and Defender for Cloud recommendations; changes only on the customer's "
        "approval",
    ),
]


def mdr_report(
    cust: Org,
    month: str,
    rows: Sequence[tuple[str, str]],
    incidents: Sequence[Sequence[str]],
    seed: str,
    when: dt.datetime,
) -> bytes:
    """Kallang's monthly MDR service report."""
    return partner_report(
        KALLANG,
        f"MDR monthly service report – {month}",
        [("Customer", cust.name), ("Service", "Managed Detection & Response (Microsoft)"), ("Period", month)],
        [
            ("Service figures", grid(["Measure", "Value"], rows, [60, 40])),
            (
                "Notable incidents",
                grid(["Incident", "Source", "Severity", "Outcome"], incidents, [38, 22, 12, 28]),
            ),
        ],
        when,
        KD_SDM.name,
        seed,
        right="MDR service report",
    )


def s498_022_tanjong_rhu_mss_low_dpi_letter() -> Bundle:
    cid = "4981022"
    cust = Org(
        "Tanjong Rhu Shipping Pte. Ltd.",
        "TR Shipping",
        "trshipping.com.sg",
        "SG",
        "Singapore 436898",
        "11 Tanjong Rhu Road, #08-01",
        "#01579b",
    )
    cc = person(cust, "Daniel Lim", "Chief Information Security Officer", "daniel.lim")
    letter = kallang_letter(
        cust,
        cc,
        "KD/MDR/2026/031",
        D(2026, 8, 10),
        "Dear Daniel,",
        "Handover of the Managed Detection & Response service",
        "Following the onboarding completed on 31 July 2026, Kallang Digital's Security Operations Centre has taken "
        "over 24x7 monitoring and response for Tanjong Rhu Shipping's Microsoft security estate. The service now "
        "covers:",
        [
            *MDR_COMPONENTS[:1],
            (
                "Microsoft Sentinel management",
                "Workspace 'trs-sentinel-sea': 14 data connectors (Defender XDR, Entra ID, Azure Activity, Fortinet "
                "firewalls, vessel VSAT gateways via CEF); 118 analytics rules tuned; 6 automation playbooks "
                "(phishing triage, impossible travel, crew account lock)",
            ),
            (
                "Threat hunting",
                "Monthly hunts in Defender XDR and Defender for Cloud; 3 hunts during onboarding (OT remote access, "
                "mailbox rules, crew-PC USB use)",
            ),
            MDR_COMPONENTS[3],
            (
                "Tuning and custom detections",
                "Weekly tuning; 9 custom detections, e.g. crew account sign-in from outside the vessel's voyage region",
            ),
        ],
        [
            ("Endpoints in Defender for Endpoint", "1,020 (incl. 260 crew PCs on 22 vessels)"),
            ("Servers protected by Defender for Cloud", "64"),
            ("Incidents handled in July (onboarding month)", "142, of which 4 high severity"),
            ("Mean time to acknowledge, P1", "7 minutes"),
        ],
        f"{cid}|letter",
        schedule="MDR-TRS-2026 (36 months)",
    )
    scan = g.scan_pdf(
        letter, kallang_inks(cc, "12/08/2026"), f"{cid}|scan", T(2026, 8, 12, 17, 40, 8), dpi=100, skew=1.1, quality=50
    )
    report = mdr_report(
        cust,
        "July 2026",
        [
            ("Incidents triaged", "142"),
            ("High / medium / low / informational", "4 / 31 / 77 / 30"),
            ("Threat hunts", "3"),
            ("Analytics rules tuned", "118"),
            ("Secure Score (start → end of month)", "41% → 58%"),
        ],
        [
            ("Phishing wave against crew accounts", "Defender for Office 365", "High", "34 messages purged, 2 resets"),
            ("Impossible travel, chartering desk", "Entra ID Protection", "Medium", "Confirmed VPN, closed"),
            ("Crypto-miner on a test VM", "Defender for Cloud", "High", "VM isolated, image rebuilt"),
        ],
        f"{cid}|rep",
        T(2026, 8, 5, 18, 0, 8),
    )
    files = {
        "TRS_MDR_Handover_Letter_KD-MDR-2026-031_countersigned.pdf": scan,
        "TRS_MDR_Monthly_Report_2026-07.pdf": report,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=KALLANG,
        pc=KD_SDM,
        cust=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=T(2026, 8, 31, 10, 0, 8),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_tanjong_rhu_mss_handover_letter_low_dpi",
        claim,
        files,
        "approve",
        "Managed security services with every qualifying element: 24x7 SOC triage and response in Defender XDR and "
        "Defender for Cloud, Sentinel management (14 connectors, 118 rules tuned, 6 playbooks), monthly threat "
        "hunts, configuration assessment and custom detections, with MDE on 1,020 endpoints. Kallang's handover "
        "letter is countersigned by the customer's CISO on 12/08/2026 (Singapore day-first, 19 days before "
        "submission) and scanned at only 100 dpi – grainy but legible. The July service report backs the figures. "
        "The letter form is shared with Kallang's other claims (boilerplate).",
        "Scanned letter, box 'ACKNOWLEDGED AND ACCEPTED for and on behalf of Tanjong Rhu Shipping': signature of "
        "Daniel Lim, 'Date signed 12/08/2026'.",
        g.cpor_ok(),
    )


def envelope_pending(
    pdf: bytes, signer: Person, sender: Person, sent: dt.datetime, viewed: dt.datetime, seed: str
) -> bytes:
    """A document sent for e-signature whose envelope is still waiting for the signer: the envelope ID is stamped
    on the pages, the signature field is empty and the envelope summary says 'Sent'."""
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
    summary = g.html_pdf(
        f"""
<h1 style="color:#222222">Envelope Summary</h1>
{
            kv(
                [
                    ("Envelope Id", envelope),
                    ("Subject", "Complete with Docusign: " + escape(doc.metadata.get("title") or "Document")),
                    ("Status", "Sent"),
                    ("Envelope Originator", f"{escape(sender.name)}<br/>{escape(sender.email)}"),
                    ("Sent", f"{sent:%m/%d/%Y | %I:%M:%S %p}"),
                ]
            )
        }
<h2 style="color:#222222">Recipient Events</h2>
<table><tr><th>Recipient</th><th>Type</th><th>Status</th><th>Timestamp</th></tr>
<tr><td>{escape(signer.name)}<br/>{escape(signer.email)}</td><td>Needs to Sign</td><td>Delivered</td>
<td>Sent: {sent:%m/%d/%Y | %I:%M:%S %p}<br/>Viewed: {viewed:%m/%d/%Y | %I:%M:%S %p}</td></tr>
<tr><td>{escape(sender.name)}<br/>{escape(sender.email)}</td><td>Carbon Copy</td><td>–</td><td>–</td></tr>
</table>
""",
        meta("Envelope Summary", "", viewed, g.CHROME),
        seed + "|sum",
        style=css(size=8.5),
    )
    with pymupdf.open("pdf", summary) as s:
        doc.insert_pdf(s)
    return g.finish(
        doc,
        g.Meta(doc.metadata.get("title") or "", "", "DocuSign", "DocuSign PDF Generator", viewed),
        seed,
        subset=False,
    )


def s498_023_pasir_panjang_envelope_not_signed() -> Bundle:
    cid = "4981023"
    cust = Org(
        "Pasir Panjang Cold Stores Pte. Ltd.",
        "PP Cold Stores",
        "ppcoldstores.com.sg",
        "SG",
        "Singapore 118532",
        "31 Pasir Panjang Wholesale Centre Road",
        "#0097a7",
    )
    cc = person(cust, "Lim Wei Jie", "IT Manager", "lim.weijie")
    letter = kallang_letter(
        cust,
        cc,
        "KD/DS/2026/022",
        D(2026, 6, 1),
        "Dear Wei Jie,",
        "Handover of the device security service – Intune and Defender for Endpoint",
        "The device security rollout for Pasir Panjang Cold Stores was completed on 29 May 2026. Kallang Digital "
        "now operates the following for your 3 cold-storage warehouses and head office:",
        [
            (
                "Microsoft Intune",
                "Enrollment of 210 Windows PCs and 140 Zebra handheld scanners (Android Enterprise dedicated mode); "
                "compliance policies; app deployment of the warehouse management client; update rings",
            ),
            (
                "Microsoft Defender for Endpoint",
                "Onboarding of 210 PCs and 12 servers; ASR rules in block mode; EDR in block mode; device groups "
                "per warehouse; weekly vulnerability report",
            ),
        ],
        [
            ("Devices in Intune (PCs / scanners)", "210 / 140"),
            ("Devices + servers in MDE", "210 + 12"),
            ("Compliant devices", "94%"),
        ],
        f"{cid}|letter",
        schedule="DS-PPCS-2026 (24 months)",
    )
    pending = envelope_pending(letter, cc, KD_SDM, T(2026, 6, 2, 9, 14, 8), T(2026, 6, 2, 11, 42, 8), f"{cid}|env")
    files = {"PPCS - Handover letter KD-DS-2026-022 (Docusign).pdf": pending}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=KALLANG,
        pc=KD_SDM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 6, 10, 15, 20, 8),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_pasir_panjang_docusign_envelope_not_signed",
        claim,
        files,
        "action_required",
        "The handover letter carries a Docusign envelope ID on every page, which makes it look e-signed – but the "
        "'Authorised signature' and 'Date signed' cells are empty and the appended envelope summary says 'Status: "
        "Sent', with the customer's IT manager as 'Needs to Sign – Delivered' (viewed, never signed). An e-signature "
        "that was never applied is no acknowledgement. The detail (210 PCs, 140 scanners, 12 servers) is fine; the "
        "partner must upload the completed envelope or another customer acknowledgement.",
        "Envelope Summary: 'Status Sent'; recipient Lim Wei Jie 'Needs to Sign', status 'Delivered'; signature cell "
        "blank.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
            "reused_evidence": "pass",
        },
    )


def s498_024_changi_airfreight_resubmitted_after_14_days() -> Bundle:
    cid = "4981024"
    cust = Org(
        "Changi Airfreight Handling Pte. Ltd.",
        "Changi Airfreight",
        "changiairfreight.com.sg",
        "SG",
        "Singapore 819830",
        "Changi Airfreight Centre, 115 Airport Cargo Road",
        "#283593",
    )
    cc = person(cust, "Nur Aisyah Rahman", "Head of Cyber Security", "aisyah.rahman")
    letter = kallang_letter(
        cust,
        cc,
        "KD/MDR/2026/012",
        D(2026, 4, 6),
        "Dear Aisyah,",
        "Handover of the Managed Detection & Response service",
        "Kallang Digital's SOC took over 24x7 monitoring and response for Changi Airfreight Handling on 1 April "
        "2026. The service covers:",
        [
            *MDR_COMPONENTS,
            ("Tuning and custom detections", "Weekly tuning; custom detections for the cargo community system"),
        ],
        [("Endpoints in Defender for Endpoint", "760"), ("Sentinel analytics rules", "96"), ("Playbooks", "4")],
        f"{cid}|letter",
        schedule="MDR-CAH-2026 (24 months)",
    )
    march = mdr_report(
        cust,
        "March 2026",
        [("Incidents triaged", "88"), ("Threat hunts", "1"), ("Analytics rules tuned", "96")],
        [("Suspicious inbox rule, cargo sales", "Defender XDR", "Medium", "Rule removed, user retrained")],
        f"{cid}|rep3",
        T(2026, 4, 8, 18, 0, 8),
    )
    april = mdr_report(
        cust,
        "April 2026",
        [("Incidents triaged", "104"), ("Threat hunts", "2"), ("Custom detections added", "3")],
        [("Brute force on VPN gateway", "Sentinel (Fortinet)", "High", "Source blocked, MFA enforced")],
        f"{cid}|rep4",
        T(2026, 5, 22, 18, 0, 8),
    )
    first, asked, resubmitted = T(2026, 4, 27, 10, 0, 8), T(2026, 5, 5, 9, 0), T(2026, 5, 26, 16, 45, 8)
    files = {
        "CAH_MDR_Handover_Letter_KD-MDR-2026-012.pdf": letter,
        "CAH_MDR_Monthly_Report_2026-03.pdf": march,
        "CAH_MDR_Monthly_Report_2026-04.pdf": april,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="managed_security_services",
        area="Security",
        partner=KALLANG,
        pc=KD_SDM,
        cust=cust,
        cc=cc,
        workloads=["MANAGED SECURITY SERVICES"],
        submitted=resubmitted,
        docs=[(p, "poe") for p in files],
        history=[
            ("submission", first, KD_SDM.email),
            ("under review", first + dt.timedelta(days=1), "Microsoft"),
            ("action required", asked, "Microsoft"),
            ("document submission", resubmitted - dt.timedelta(minutes=3), KD_SDM.email),
            ("submission", resubmitted, KD_SDM.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the POE does not contain a customer acknowledgement: the handover letter is not "
                "countersigned and there is no e-mail from the customer. Please upload a customer-signed document or "
                "an e-mail from the customer acknowledging the managed security services and resubmit within 14 "
                "calendar days, otherwise the claim is rejected.",
            ),
            ("partner", resubmitted - dt.timedelta(minutes=1), "Added the April service report."),
        ],
    )
    return Bundle(
        f"{cid}_changi_airfreight_resubmitted_after_14_days",
        claim,
        files,
        "reject",
        "CPOR claim set to partner action required on 2026-05-05 for a missing customer acknowledgement. A claim in "
        "that status must be resubmitted within 14 calendar days or it is rejected; the partner resubmitted on "
        f"2026-05-26, {days(asked, resubmitted)} days later, and even then added only another monthly report "
        "written by itself. The handover letter is still not countersigned and nothing comes from the customer. "
        "The service described would qualify as MSS, but the claim has neither a customer acknowledgement nor a "
        "timely response.",
        "History: action required 2026-05-05, submission 2026-05-26 (21 days); handover letter's acceptance box empty.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s498_025_serangoon_biotech_rotated_scan() -> Bundle:
    cid = "4981025"
    cust = Org(
        "Serangoon Biotech Pte. Ltd.",
        "Serangoon Biotech",
        "serangoonbiotech.com.sg",
        "SG",
        "Singapore 138667",
        "10 Biopolis Road, #05-11 Chromos",
        "#6a1b9a",
    )
    cc = person(cust, "Dr. Rachel Koh", "Head of Compliance & Data Protection Officer", "rachel.koh")
    letter = kallang_letter(
        cust,
        cc,
        "KD/DS/2026/007",
        D(2026, 2, 27),
        "Dear Dr. Koh,",
        "Handover of the data security service – Microsoft Purview",
        "The Microsoft Purview rollout for Serangoon Biotech's research and clinical teams was completed on 20 "
        "February 2026. Kallang Digital now runs the following with your compliance team:",
        [
            (
                "Microsoft Purview Information Protection",
                "Sensitivity labels (Public, Internal, Confidential, Highly Confidential – Clinical) published to "
                "380 users; auto-labelling for patient identifiers and trial IDs in SharePoint and Exchange; "
                "label-based encryption for the 4 clinical trial sites",
            ),
            (
                "Microsoft Purview Insider Risk Management",
                "Policies for data theft by departing users and data leaks by priority users (42 scientists in the "
                "assay team); HR connector from the HR system; weekly alert triage with the compliance officer",
            ),
        ],
        [
            ("Users with labels", "380"),
            ("Documents auto-labelled in February", "126,400"),
            ("Insider risk policies / priority users", "2 / 42"),
            ("Insider risk alerts triaged in February", "17"),
        ],
        f"{cid}|letter",
        schedule="DS-SBT-2026 (24 months)",
    )
    scan = g.scan_pdf(
        letter, kallang_inks(cc, "03/03/2026"), f"{cid}|scan", T(2026, 3, 3, 16, 5, 8), dpi=100, skew=0.4, rotate=90
    )
    files = {"SBT_Purview_Handover_countersigned.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=KALLANG,
        pc=KD_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT INFORMATION PROTECTION", "INSIDER RISK MANAGER"],
        submitted=T(2026, 3, 23, 9, 45, 8),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_serangoon_biotech_sideways_low_dpi_scan",
        claim,
        files,
        "approve",
        "Kallang's handover letter for Microsoft Purview (380 labelled users, auto-labelling of patient identifiers "
        "and trial IDs, 2 insider risk policies over 42 priority users, HR connector) countersigned by the "
        "customer's Head of Compliance on 03/03/2026, 20 days before submission. The page was scanned sideways "
        "(rotated 90°) at 100 dpi – awkward to read but a physically signed document. Letter form shared with "
        "Kallang's other claims (boilerplate).",
        "Rotated scan: 'Authorised signature' of Dr. Rachel Koh, 'Date signed 03/03/2026'.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Karoo Digital (South Africa)
# --------------------------------------------------------------------------------------------------------------


def karoo_summary(
    cust: Org,
    title: str,
    facts: Sequence[tuple[str, str]],
    rows: Sequence[tuple[str, str, str]],
    timeline: Sequence[str],
    seed: str,
    when: dt.datetime,
    author: str,
) -> bytes:
    return partner_report(
        KAROO,
        title,
        facts,
        [
            ("What we delivered", grid(["Workload", "Delivered", "Numbers"], rows, [22, 56, 22])),
            ("Timeline", ul(timeline)),
        ],
        when,
        author,
        seed,
        right="Rollout summary",
    )


BOLAND = Org(
    "Boland Managed IT (Pty) Ltd",
    "Boland IT",
    "bolandmit.co.za",
    "ZA",
    "Paarl, 7646",
    "12 Main Street",
    "#37474f",
)


def s498_026_stellenbosch_fruit_msp_then_customer() -> Bundle:
    cid = "4981026"
    cust = Org(
        "Stellenbosch Fruit Packers (Pty) Ltd",
        "SFP",
        "sfpack.co.za",
        "ZA",
        "Stellenbosch, 7600",
        "31 Adam Tas Road",
        "#558b2f",
    )
    cc = person(cust, "Ilse Joubert", "Financial Director", "ilse.joubert")
    msp = person(BOLAND, "Jacques Steyn", "Account Manager", "jacques")
    summary = karoo_summary(
        cust,
        "Exchange Online and Teams – rollout summary",
        [("Customer", cust.name), ("Period", "12 January – 13 February 2026"), ("Customer's IT provider", BOLAND.name)],
        [
            (
                "Exchange Online",
                "Migration from the hosted Exchange platform: 184 mailboxes and 12 shared order mailboxes (one per "
                "export market); mail flow through Exchange Online Protection; mobile access for 40 field staff",
                "196 mailboxes",
            ),
            (
                "Teams",
                "Teams for office staff and packhouse supervisors in the 2 packhouses; a team per export market; "
                "Shifts for the 24 supervisors",
                "184 users",
            ),
        ],
        ["12–23 Jan: design with Boland IT", "26 Jan – 6 Feb: migration", "9–13 Feb: Teams rollout and training"],
        f"{cid}|sum",
        T(2026, 2, 16, 15, 0, 2),
        KR_PM.name,
    )
    m1 = Mail(
        KR_PM,
        [msp, cc],
        "SFP – Exchange Online & Teams – project completion",
        T(2026, 2, 17, 9, 30, 2),
        "Hi Jacques, hi Ilse,\n\nThe Exchange Online and Teams rollout for SFP is complete; the summary is attached. "
        "Could you please confirm SFP's acceptance?\n\nKind regards,\nThandi\n\n" + g.footer_block(KR_PM),
        attachments=[("SFP - rollout summary.pdf", summary)],
    )
    m2 = Mail(
        msp,
        [KR_PM],
        "RE: SFP – Exchange Online & Teams – project completion",
        T(2026, 2, 19, 11, 5, 2),
        "Thandi,\n\nOn behalf of SFP we confirm the migration is complete from our side: all mailboxes work and the "
        "packhouse teams are in use.\n\nJacques Steyn\nAccount Manager | Boland Managed IT\nOutsourced IT for "
        "Stellenbosch Fruit Packers",
        cc=[cc],
        quoted=m1,
    )
    m3 = Mail(
        cc,
        [KR_PM, msp],
        "RE: SFP – Exchange Online & Teams – project completion",
        T(2026, 2, 20, 8, 14, 2),
        "Thandi, Jacques,\n\nI confirm for SFP: the move to Exchange Online (184 mailboxes and the 12 shared order "
        "mailboxes) and Teams for our office and both packhouses are complete and in use. SFP accepts the project as "
        "delivered by Karoo Digital.\n\nRegards,\n" + sig_lines(cc),
        quoted=m2,
    )
    files = {
        "SFP - rollout summary.pdf": summary,
        "RE SFP - Exchange Online & Teams - project completion.eml": g.eml(m3),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=KAROO,
        pc=KR_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 3, 9, 10, 10, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_stellenbosch_fruit_msp_then_customer_reply_all",
        claim,
        files,
        "approve",
        "The thread starts with a confirmation 'on behalf of SFP' from the customer's outsourced IT provider (Boland "
        "Managed IT, bolandmit.co.za) – which alone would not be the customer's acknowledgement – but the customer's "
        "own Financial Director then replies to all from sfpack.co.za on 20 Feb 2026: the 184 + 12 mailboxes and "
        "Teams for office and both packhouses are complete, and 'SFP accepts the project as delivered by Karoo "
        "Digital'. The customer writes its name as 'SFP', its trading short form (same domain).",
        "Top message from ilse.joubert@sfpack.co.za: 'SFP accepts the project as delivered by Karoo Digital.'",
        g.cpor_ok(email_ack=True),
    )


def s498_027_cape_vineyard_lookalike_estate() -> Bundle:
    cid = "4981027"
    cust = Org(
        "Cape Vineyard Holdings (Pty) Ltd",
        "Cape Vineyard Holdings",
        "capevineyard.co.za",
        "ZA",
        "Franschhoek, 7690",
        "1 Huguenot Road",
        "#880e4f",
        "Reg. No. 2009/114871/07",
    )
    cc = person(cust, "Willem Fourie", "IT Manager", "willem.fourie")
    other = Org(
        "Cape Vineyards Estates (Pty) Ltd",
        "Cape Vineyards Estates",
        "capevineyardsestates.co.za",
        "ZA",
        "Paarl, 7646",
        "Farm 412, R45 Wine Route",
        "#6a1b9a",
        "Reg. No. 2014/208833/07",
    )
    signer = person(other, "Anja Pretorius", "Operations Manager", "anja")
    letter = customer_letter(
        other,
        signer,
        "Paarl, 12 May 2026",
        "Karoo Digital (Pty) Ltd<br/>80 Strand Street, Cape Town",
        "Re: Microsoft Intune rollout",
        [
            "We confirm that Karoo Digital has enrolled our devices in Microsoft Intune: 64 iPads used in the "
            "tasting rooms and the wine shop, 22 phones of the vineyard managers and 30 office laptops, with "
            "compliance policies and the point-of-sale app deployed to the iPads.",
            "The service has been running since 20 April 2026 and Karoo Digital supports it monthly.",
        ],
        f"{cid}|letter",
        T(2026, 5, 12, 9, 0, 2),
        closing="Kind regards,",
        reg_line=other.reg,
    )
    scan = g.scan_pdf(letter, letter_sig(signer), f"{cid}|scan", T(2026, 5, 12, 14, 0, 2), dpi=150, skew=0.5)
    mail = Mail(
        signer,
        [KR_SEC],
        "Signed letter – Intune",
        T(2026, 5, 12, 14, 22, 2),
        "Hi Ruan,\n\nSigned letter attached, as discussed.\n\nAnja\n\n"
        + sig_lines(signer, "www.capevineyardsestates.co.za"),
        attachments=[("Intune letter signed.pdf", scan)],
    )
    files = {"Intune letter signed.pdf": scan, "Signed letter - Intune.msg": g.msg_file(mail)}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=KAROO,
        pc=KR_SEC,
        cust=cust,
        cc=cc,
        workloads=["INTUNE"],
        submitted=T(2026, 5, 25, 12, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_cape_vineyard_letter_from_lookalike_estate",
        claim,
        files,
        "action_required",
        "The claim is for Cape Vineyard Holdings (Pty) Ltd (capevineyard.co.za, Franschhoek, reg. 2009/114871/07), "
        "but the signed letter is on the letterhead of Cape Vineyards Estates (Pty) Ltd – Paarl, reg. "
        "2014/208833/07 – and the covering e-mail comes from capevineyardsestates.co.za: a similarly named but "
        "different company. Nothing names the claimed customer or comes from its domain; the partner must show "
        "that the work was for the claimed customer (or claim the right one).",
        "Letterhead 'Cape Vineyards Estates (Pty) Ltd · Reg. No. 2014/208833/07'; e-mail from "
        "anja@capevineyardsestates.co.za.",
        {
            "partner_customer_names": "fail",
            "customer_domain": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s498_028_mossel_bay_customer_denies_partner() -> Bundle:
    cid = "4981028"
    cust = Org(
        "Mossel Bay Marine Engineering (Pty) Ltd",
        "MB Marine",
        "mbmarine.co.za",
        "ZA",
        "Mossel Bay, 6506",
        "9 Harbour Road",
        "#00695c",
    )
    cc = person(cust, "Grant Hendricks", "IT Manager", "grant.hendricks")
    summary = karoo_summary(
        cust,
        "Security onboarding summary",
        [("Customer", cust.name), ("Period", "February – May 2026")],
        [
            (
                "Defender for Endpoint",
                "Onboarding of workshop and office PCs, ASR rules, EDR in block mode",
                "140 devices",
            ),
            ("Entra ID P2", "Risk-based Conditional Access, PIM for administrators", "150 users"),
        ],
        ["February: assessment", "March–April: onboarding", "May: tuning"],
        f"{cid}|sum",
        T(2026, 6, 30, 12, 0, 2),
        KR_SEC.name,
    )
    m1 = Mail(
        cc,
        [KR_SEC],
        "Partner association request – Karoo Digital",
        T(2026, 7, 14, 8, 30, 2),
        "Hi Ruan,\n\nWe received a notification from Microsoft that Karoo Digital has asked to be associated with "
        "our tenant for Defender for Endpoint and Entra ID P2. We met you for a proposal in January but decided not "
        "to go ahead; our Defender and Entra setup was done by our group IT team in Durban, who support us. We do "
        "not recognise the work in your summary and have denied the association request in the portal. Please "
        "withdraw the claim.\n\nRegards,\n" + sig_lines(cc),
    )
    files = {"MB Marine - security onboarding summary.pdf": summary, "Partner association request.eml": g.eml(m1)}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=KAROO,
        pc=KR_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        submitted=T(2026, 7, 16, 9, 0, 2),
        docs=[(p, "poe") for p in files],
        comments=[
            (
                "partner",
                T(2026, 7, 16, 8, 58, 2),
                "The customer's IT manager may not be aware of the remote onboarding work we did; please review the "
                "summary.",
            )
        ],
    )
    return Bundle(
        f"{cid}_mossel_bay_customer_denies_the_partner",
        claim,
        files,
        "reject",
        "The only customer document is the customer's IT manager writing from mbmarine.co.za that the company "
        "decided not to go ahead with Karoo Digital after a January proposal, that its Defender and Entra setup "
        "was done by its group IT team, that it does not recognise the work in Karoo's summary, and that it has "
        "denied the association request. The rest is the partner's own unsigned summary. The customer denies the "
        "partner's role, so no POE can support the claim. UNSURE: a reviewer could return it as action_required "
        "instead, but the customer's statement would stand.",
        "E-mail from grant.hendricks@mbmarine.co.za, 14 Jul 2026: 'We do not recognise the work in your summary "
        "and have denied the association request in the portal.'",
        {"customer_acknowledgement": "fail", "customer_domain": "pass", "reused_evidence": "pass"},
    )


def s498_029_langeberg_citrus_mobile_reply() -> Bundle:
    cid = "4981029"
    cust = Org(
        "Langeberg Citrus Co-operative Ltd",
        "Langeberg Citrus",
        "langebergcitrus.co.za",
        "ZA",
        "Robertson, 6705",
        "55 Voortrekker Road",
        "#ef6c00",
    )
    cc = person(cust, "Pieter van Wyk", "Operations Director", "pieter")
    summary = karoo_summary(
        cust,
        "Frontline rollout summary – Teams and Viva Connections",
        [("Customer", cust.name), ("Period", "3 August – 18 September 2026"), ("Sites", "Robertson and Ashton")],
        [
            (
                "Teams for frontline workers",
                "Frontline licences for 380 packhouse staff; Shifts with 4 shift patterns in 2 packhouses; Tasks "
                "for QC checks per packing line; shared devices at 12 line stations",
                "380 users",
            ),
            (
                "Viva Connections",
                "Home site in Teams with the packhouse dashboard, safety notices and 3 cards (my shift, payslip "
                "link, leave request)",
                "2 packhouses",
            ),
        ],
        ["3–14 Aug: design and pilot (line 1)", "17 Aug – 11 Sep: rollout", "14–18 Sep: supervisor training"],
        f"{cid}|sum",
        T(2026, 9, 18, 15, 0, 2),
        KR_PM.name,
    )
    m1 = Mail(
        KR_PM,
        [cc],
        "Langeberg Citrus – frontline rollout complete",
        T(2026, 9, 21, 16, 40, 2),
        "Hi Pieter,\n\nThe frontline rollout is complete – summary attached. Could you confirm you're happy for us to "
        "sign off the project?\n\nThanks,\nThandi\n\n" + g.footer_block(KR_PM),
        attachments=[("Langeberg Citrus - rollout summary.pdf", summary)],
    )
    m2 = Mail(
        cc,
        [KR_PM],
        "Re: Langeberg Citrus – frontline rollout complete",
        T(2026, 9, 22, 6, 12, 2),
        "Confirmed – 380 packhouse staff on Teams with Shifts, and the Viva Connections home site is live in both "
        "packhouses. Happy to sign off on the project.\n\nPieter\n\nSent from my iPhone",
        quoted=m1,
        style="apple",
        mailer="iPhone Mail (22A3354)",
    )
    files = {
        "Langeberg Citrus - rollout summary.pdf": summary,
        "Re Langeberg Citrus - frontline rollout complete.eml": g.eml(m2),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=KAROO,
        pc=KR_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS FOR FRONTLINE WORKERS", "VIVA CONNECTIONS"],
        submitted=T(2026, 10, 5, 11, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_langeberg_citrus_short_mobile_reply",
        claim,
        files,
        "approve",
        "A short reply sent from a phone, without a formal signature block, but from the customer's Operations "
        "Director at langebergcitrus.co.za (22 Sep 2026) and concrete: '380 packhouse staff on Teams with Shifts, "
        "and the Viva Connections home site is live in both packhouses. Happy to sign off on the project.' It names "
        "both claimed workloads and accepts the work; the quoted request and the summary give the detail.",
        "Reply from pieter@langebergcitrus.co.za: 'Confirmed – 380 packhouse staff on Teams with Shifts … Happy to "
        "sign off on the project.'",
        g.cpor_ok(email_ack=True),
        container="zip",
    )


def s498_065_nmb_auto_parts_go_live_certificate() -> Bundle:
    cid = "4981065"
    cust = Org(
        "Nelson Mandela Bay Auto Parts (Pty) Ltd",
        "NMB Auto Parts",
        "nmbautoparts.co.za",
        "ZA",
        "Gqeberha, 6001",
        "14 Neave Road, Struandale",
        "#37474f",
    )
    cc = person(cust, "Sibusiso Dlamini", "Head of IT", "sibusiso.dlamini")
    html = f"""
<h1 style="text-align:center">Go-Live Certificate</h1>
<p style="text-align:center" class="muted">Certificate no. KD-GL-2026-006</p>
{
        kv(
            [
                ("Customer", escape(cust.name)),
                ("Implementation partner", escape(KAROO.name)),
                ("Go-live", "2026/02/02"),
                ("Hypercare", "2026/02/02 – 2026/02/10"),
            ]
        )
    }
<h2>Scope taken live</h2>
{
        grid(
            ["Workload", "Delivered", "Coverage"],
            [
                (
                    "Microsoft Defender for Identity",
                    "Sensors on 5 domain controllers and the AD FS server; honeytoken accounts for the 2 old "
                    "admin accounts; alert e-mails to the IT on-call rota",
                    "5 DCs + AD FS",
                ),
                (
                    "Microsoft Defender for Cloud Apps",
                    "Cloud discovery through Defender for Endpoint on 612 devices; 41 unsanctioned apps blocked; 3 "
                    "session policies for the dealer portal and payroll; OAuth app governance",
                    "740 users",
                ),
            ],
            [28, 52, 20],
        )
    }
<p>The customer confirms that the scope above was implemented by Karoo Digital, tested with its IT team and taken
into production use.</p>
{
        fields(
            [
                ("Customer name", escape(cc.name), 16),
                ("Position", escape(cc.title), 16),
                ("Customer signature", "", 42),
                ("Signed on", "", 18),
            ]
        )
    }
"""
    pdf = g.html_pdf(
        html,
        meta("Go-Live Certificate NMB Auto Parts", KR_SEC.name, T(2026, 2, 10, 15, 0, 2)),
        f"{cid}|cert",
        style=css(KAROO.color),
        decor=g.Decor(
            KAROO,
            right="Go-Live Certificate",
            footer=escape(KAROO.name + " · " + KAROO.reg),
            numbers="",
            accent=KAROO.color,
        ),
    )
    inks = [
        Ink("Customer signature", "sig", cc.name, dx=150, dy=4, h=30),
        Ink("Signed on", "hand", "2026/02/11", dx=150, dy=1, h=13),
        Ink(
            "Customer signature",
            "stamp",
            dx=300,
            dy=-4,
            h=46,
            color=(52, 64, 150),
            lines=("RECEIVED", "NMB AUTO PARTS", "IT DEPARTMENT"),
        ),
    ]
    scan = g.scan_pdf(pdf, inks, f"{cid}|scan", T(2026, 2, 11, 12, 0, 2), dpi=110, skew=-0.9, quality=52)
    files = {"NMB Auto Parts Go-Live Certificate signed.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=KAROO,
        pc=KR_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        submitted=T(2026, 3, 2, 9, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_nmb_auto_parts_stamped_go_live_certificate",
        claim,
        files,
        "approve",
        "Karoo's go-live certificate for Defender for Identity (5 DCs + AD FS, honeytokens) and Defender for Cloud "
        "Apps (740 users, discovery on 612 devices, 41 apps blocked, 3 session policies), signed by the customer's "
        "Head of IT and stamped 'RECEIVED – NMB AUTO PARTS – IT DEPARTMENT'; hand-written date '2026/02/11' "
        "(year-first, as South Africans often write it), 19 days before submission. Scanned at 110 dpi.",
        "Scan: 'Customer signature' of Sibusiso Dlamini, company stamp, 'Signed on 2026/02/11'.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Hallasan Cloud (Korea)
# --------------------------------------------------------------------------------------------------------------

DAEGU = Org(
    "Daegu Precision Machinery Co., Ltd.",
    "Daegu Precision",
    "dgprecision.co.kr",
    "KR",
    "Daegu 42706",
    "Seongseo-ro 71, Dalseo-gu",
    "#1565c0",
)
DAEGU_KO = "대구정밀기계(주)"
DAEGU_IT = person(DAEGU, "Kim Dong-hyun", "IT Team Leader (정보팀장)", "donghyun.kim")


def daegu_cert() -> tuple[bytes, bytes]:
    """Daegu Precision's inspection certificate: the digital original and the signed, sealed scan."""

    def make() -> tuple[bytes, bytes]:
        pdf = hallasan_cert(
            DAEGU,
            DAEGU_KO,
            "HSC-IA-2026-014",
            "2026. 2. 2. ~ 2026. 3. 27.",
            [
                (
                    "Intune",
                    "업무용 PC 420대, 현장 태블릿 60대 등록, 규정 준수 정책, Windows 업데이트 링 / Enrolled 420 "
                    "office PCs and 60 shop-floor tablets; compliance policies; Windows Update rings",
                    "480",
                ),
                (
                    "Defender for Endpoint",
                    "PC 420대, 서버 18대 온보딩, ASR 규칙 차단 모드, EDR 차단 모드 / Onboarded 420 PCs and 18 "
                    "servers; ASR rules and EDR in block mode",
                    "438",
                ),
            ],
            DAEGU_IT,
            "2026. 4. 7. / 7 April 2026",
            "4981030|cert",
            T(2026, 4, 6, 17, 0, 9),
        )
        scan = g.scan_pdf(
            pdf,
            hallasan_inks("대구정밀기계", "Kim Donghyun"),
            "4981030|scan",
            T(2026, 4, 7, 15, 30, 9),
            dpi=150,
            skew=0.5,
            gray=False,
        )
        return pdf, scan

    return tuple(cached("daegu", make))  # type: ignore[return-value]


def s498_030_daegu_precision_sealed_certificate() -> Bundle:
    cid = "4981030"
    _, scan = daegu_cert()
    files = {"검수확인서_대구정밀기계_HSC-IA-2026-014.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=HALLASAN,
        pc=HS_PM,
        cust=DAEGU,
        cc=DAEGU_IT,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 4, 27, 10, 0, 9),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_daegu_precision_sealed_inspection_certificate",
        claim,
        files,
        "approve",
        "Korean/English inspection and acceptance certificate with every statement in both languages (420 PCs + 60 "
        "tablets in Intune, 420 PCs + 18 servers in MDE), dated 2026. 4. 7. (7 April 2026), signed by the "
        "customer's IT team leader and sealed with the company seal '대구정밀기계' – the way Korean companies sign. "
        "20 days before submission. The seal and signature were later cut out of this very scan and pasted onto "
        "claim 4981031's certificate for another customer: this claim holds the original (its own customer named, "
        "physically sealed, earlier).",
        "Scan: 'Signature (seal)' cell with signature and red seal '대구정밀기계 / 사용인감'; date 2026. 4. 7.",
        g.cpor_ok(),
    )


def s498_031_pohang_fittings_pasted_seal() -> Bundle:
    cid = "4981031"
    cust = Org(
        "Pohang Steel Fittings Co., Ltd.",
        "Pohang Fittings",
        "phfittings.co.kr",
        "KR",
        "Pohang 37871",
        "Cheolgang-ro 118, Nam-gu",
        "#455a64",
    )
    cust_ko = "포항강관부품(주)"
    cc = person(cust, "Jung Ha-eun", "General Manager, IT (IT팀장)", "haeun.jung")
    digital, scan = daegu_cert()
    with pymupdf.open("pdf", digital) as doc:
        no, rect = g._locate(doc, Ink("Signature (seal)", "sig"))
    crop = crop_scan(scan, no, (rect.x0 + 140, rect.y0 - 10, rect.x0 + 330, rect.y0 + 56), 150)
    cert = hallasan_cert(
        cust,
        cust_ko,
        "HSC-IA-2026-022",
        "2026. 4. 13. ~ 2026. 5. 29.",
        [
            (
                "Intune",
                "업무용 PC 180대, 현장 태블릿 24대 등록, 규정 준수 정책 / Enrolled 180 office PCs and 24 shop-floor "
                "tablets; compliance policies",
                "204",
            ),
            (
                "Defender for Endpoint",
                "PC 180대, 서버 7대 온보딩, ASR 규칙 차단 모드 / Onboarded 180 PCs and 7 servers; ASR rules in block "
                "mode",
                "187",
            ),
        ],
        cc,
        "2026. 6. 2. / 2 June 2026",
        f"{cid}|cert",
        T(2026, 6, 1, 17, 0, 9),
    )
    pasted = g.stamp_pdf(
        cert,
        [Ink("Signature (seal)", "image", dx=140, dy=-10, h=66, picture=crop)],
        f"{cid}|paste",
        meta("검수 확인서", HS_PM.name, T(2026, 6, 2, 10, 0, 9)),
    )
    files = {"검수확인서_포항강관부품_HSC-IA-2026-022.pdf": pasted}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=HALLASAN,
        pc=HS_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 6, 15, 11, 0, 9),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_pohang_fittings_seal_cut_from_other_certificate",
        claim,
        files,
        "action_required",
        "A born-digital certificate for Pohang Steel Fittings whose 'Signature (seal)' cell holds a picture, not ink: "
        "the signature and red company seal cut out of Daegu Precision Machinery's scanned certificate on claim "
        "4981030, grey scan background included – and the seal reads '대구정밀기계' (Daegu Precision), not this "
        "customer. A copied/pasted signature and another company's seal are no acknowledgement by this customer, "
        "and the evidence is lifted from another claim, which holds the original. The partner must provide a real "
        "acknowledgement from Pohang Steel Fittings. UNSURE: given the copying, a reviewer could reject outright.",
        "Signature cell image identical to the seal and signature on 4981030's scan; seal text '대구정밀기계'.",
        {
            "customer_acknowledgement": "fail",
            "reused_evidence": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
        },
    )


def s498_032_jeju_green_tea_korean_reply_with_english() -> Bundle:
    cid = "4981032"
    cust = Org(
        "Jeju Green Tea Farms Co., Ltd.",
        "Jeju Green Tea",
        "jejugreentea.co.kr",
        "KR",
        "Seogwipo, Jeju 63514",
        "Sinsan-ro 88",
        "#2e7d32",
    )
    cc = person(cust, "Oh Seung-min", "General Affairs & IT Manager", "seungmin.oh")
    report = partner_report(
        HALLASAN,
        "Completion report – Microsoft Teams and SharePoint Online",
        [("Customer", cust.name), ("Period", "11 May – 26 June 2026"), ("Project manager", HS_PM.name)],
        [
            (
                "Teams",
                "<p>Teams for 165 staff at the Seogwipo head office and the 3 tea estates (Hallim, Pyoseon, "
                "Namwon); a team per estate with harvest-planning channels; Teams meetings for the weekly buyer "
                "calls with Seoul department stores; 5 shared iPads in the processing plant.</p>",
            ),
            (
                "SharePoint Online",
                "<p>8 sites: quality (HACCP records, organic certification), export documents (Japan, Taiwan), HR, "
                "finance, marketing and 3 estate sites; 14,600 files moved from the NAS; retention for export "
                "certificates (5 years).</p>",
            ),
        ],
        T(2026, 6, 29, 17, 0, 9),
        HS_PM.name,
        f"{cid}|rep",
        right="Completion report",
    )
    m1 = Mail(
        HS_PM,
        [cc],
        "[Hallasan Cloud] Teams / SharePoint 완료 보고서 – Completion report",
        T(2026, 7, 1, 14, 0, 9),
        "오승민 과장님,\n\n완료 보고서를 첨부합니다. 검토 후 승인 부탁드립니다.\n\nDear Mr. Oh, please find attached "
        "the completion report; we would be grateful for your approval.\n\n박지훈 / Park Ji-hoon\n"
        + g.footer_block(HS_PM),
        attachments=[("Completion_report_Jeju_Green_Tea.pdf", report)],
    )
    m2 = Mail(
        cc,
        [HS_PM],
        "RE: [Hallasan Cloud] Teams / SharePoint 완료 보고서 – Completion report",
        T(2026, 7, 3, 9, 25, 9),
        "박지훈 매니저님,\n\n보내주신 완료 보고서 확인했습니다. Teams는 본사와 다원 3곳 직원 165명이 사용 중이며, "
        "SharePoint 사이트 8개(품질·수출 서류 포함)도 정상 운영되고 있습니다. 제주그린티는 한라산클라우드가 수행한 "
        "프로젝트를 승인합니다.\n\n[English]\nDear Mr. Park,\n\nWe have reviewed the completion report. Teams is in "
        "use by our 165 staff at head office and the 3 tea estates, and the 8 SharePoint sites (including the "
        "quality and export documents) are running as planned. Jeju Green Tea approves the project delivered by "
        "Hallasan Cloud.\n\n감사합니다 / Thank you,\n" + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "Completion_report_Jeju_Green_Tea.pdf": report,
        "RE Completion report - Jeju Green Tea.msg": g.msg_file(m2),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=HALLASAN,
        pc=HS_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 7, 20, 10, 30, 9),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_jeju_green_tea_korean_reply_with_english_part",
        claim,
        files,
        "approve",
        "The customer's approval (3 July 2026, jejugreentea.co.kr) is written first in Korean and then in full in "
        "English ('[English] … Jeju Green Tea approves the project delivered by Hallasan Cloud'), repeating the "
        "numbers: Teams for 165 staff at head office and 3 tea estates, 8 SharePoint sites. The English part makes "
        "the acknowledgement reviewable; the completion report is in English.",
        "Reply from seungmin.oh@jejugreentea.co.kr: '[English] … Jeju Green Tea approves the project delivered by "
        "Hallasan Cloud.'",
        g.cpor_ok(email_ack=True),
    )


def s498_033_busan_harbour_ai_pilot() -> Bundle:
    cid = "4981033"
    cust = Org(
        "Busan Harbour Logistics Co., Ltd.",
        "Busan Harbour Logistics",
        "busanharbourlogistics.co.kr",
        "KR",
        "Busan 48939",
        "Chungjang-daero 206, Jung-gu",
        "#0277bd",
    )
    cc = person(cust, "Lee Jae-won", "Digital Transformation Team Leader", "jaewon.lee")
    eng = g.engagement(
        "AZ-INNOV-AIAPPS-POC-VAR", "Azure Innovate PL: AI Apps Pilot/POC", "standard", "variable", 6200.0
    )
    consent, submitted = D(2026, 3, 16), T(2026, 5, 28, 10, 0, 9)
    report = partner_report(
        HALLASAN,
        "AI 앱 파일럿 보고서 / AI Apps Pilot Report – Customs document assistant",
        [
            ("고객사 / Customer", cust.name),
            ("기간 / Pilot", "2026. 4. 6. ~ 2026. 5. 15. / 6 April – 15 May 2026"),
            (
                "구성 / Architecture",
                "Azure OpenAI Service, Azure AI Document Intelligence, Azure AI Search, App Service",
            ),
            ("MCI claim", cid),
        ],
        [
            (
                "구축 내용 / What was built",
                ul(
                    [
                        "수입 신고 서류(인보이스, B/L, 원산지증명서) 자동 추출 – 통관팀 12명 사용 / "
                        "Extraction of import documents (invoices, bills of lading, certificates of origin) for the "
                        "12-person customs team.",
                        "HS 코드 추천과 근거 문서 인용 / HS code suggestions citing the source documents.",
                    ]
                ),
            ),
            (
                "결과 / Results",
                grid(
                    ["지표 / Measure", "결과 / Result"],
                    [
                        ("필드 추출 정확도 / Field extraction accuracy (400 documents)", "93%"),
                        ("신고서 작성 시간 / Time to prepare a declaration", "35 → 9 min"),
                        ("예상 Azure 사용량 / Estimated Azure consumption", "USD 2,400 / month"),
                    ],
                    [62, 38],
                ),
            ),
        ],
        T(2026, 5, 18, 18, 0, 9),
        HS_ARCH.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        HALLASAN,
        HS_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"AI_Apps_Pilot_Report_Busan_Harbour_Logistics.pdf": report},
        amount=6200.0,
        inv_no="HSC-2026-0058",
        inv_day=D(2026, 5, 22),
        activities="AI pilot: customs document extraction and HS code suggestions",
        outcome="Pilot with 93% extraction accuracy; production plan",
        participants="12",
        invoice_kw={
            "title": "청구서 / INVOICE",
            "date_style": "iso",
            "labels": {"inv": "번호 / Invoice no.", "date": "일자 / Date", "due": "지급기한 / Due date"},
            "bank": "KEB Hana Bank · USD account 267-910044-88132",
        },
    )
    return Bundle(
        f"{cid}_busan_harbour_ai_apps_pilot",
        claim,
        files,
        "approve",
        "AI Apps Pilot/POC (variable payout USD 6,200) for a Korean logistics company: the Korean/English pilot "
        "report gives every statement in both languages (customs document extraction for 12 users, 93% accuracy on "
        "400 documents, 35 → 9 minutes per declaration, consumption estimate); the invoice shows the claim ID, "
        "partner name and USD 6,200.00; both surveys are signed in full; submitted "
        f"{days(consent, submitted)} days after consent (standard: 90).",
        "Invoice HSC-2026-0058: 'MCI Engagement Claim ID 4981033', USD 6,200.00 = proposed payout.",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Rimu Technology (New Zealand)
# --------------------------------------------------------------------------------------------------------------

RM_INVOICE: dict[str, Any] = {
    "title": "TAX INVOICE",
    "date_style": "gb_long",
    "bank": "ANZ Bank New Zealand · USD account 01-1839-0884127-USD · Zero-rated supply (GST 0%)",
}
SIEM_XDR = g.engagement(
    "SEC-SIEM-XDR-WS-VAR", "Usage-Defend Against Threats w/SIEM + XDR Workshop", "standard", "variable", 4600.0
)
WTM_FINDINGS = [
    (
        "Identity",
        "14 risky sign-ins in 30 days for 2 service accounts (svc-scada-hist, svc-backup) from 3 countries; both "
        "accounts are excluded from MFA",
        "Entra ID Protection risky sign-ins report",
    ),
    (
        "Endpoints",
        "File server WTM-FS01 still accepts SMBv1; 37 of 212 devices have no Defender for Endpoint sensor (the "
        "mill-floor PCs at the green chain and the kilns)",
        "Defender XDR device inventory",
    ),
    (
        "E-mail",
        "312 phishing messages delivered to inboxes in 30 days, 9 users clicked; no Safe Links policy for the sawmill "
        "shift mailboxes",
        "Defender for Office 365 Threat Explorer",
    ),
    (
        "SIEM",
        "Sentinel proof of concept during the workshop: 9 data connectors, 41 analytics rules, 63 incidents in 48 "
        "hours of which 5 true positives",
        "Sentinel workspace 'wtm-sentinel-poc'",
    ),
]
WTM_RECS = [
    "Remove the MFA exclusions of svc-scada-hist and svc-backup; use workload identities with Conditional Access.",
    "Disable SMBv1 on WTM-FS01 and onboard the 37 mill-floor PCs to Defender for Endpoint.",
    "Safe Links and Safe Attachments for all mailboxes, including the sawmill shift mailboxes.",
    "Move the Sentinel proof of concept to production with 14 connectors and the 5 tuned rules.",
]


def s498_034_whanganui_timber_siem_xdr_workshop() -> Bundle:
    cid = "4981034"
    cust = Org(
        "Whanganui Timber Mills Limited",
        "Whanganui Timber",
        "whanganuitimber.co.nz",
        "NZ",
        "Whanganui 4501",
        "210 Heads Road",
        "#6d4c41",
    )
    cc = person(cust, "Craig Hollis", "IT Manager", "craig.hollis")
    consent, submitted = D(2026, 4, 13), T(2026, 6, 29, 15, 0, 12)
    report = rimu_report(
        cust,
        "Defend Against Threats with SIEM + XDR",
        [
            ("Workshop", "19–20 May 2026, Whanganui"),
            ("Participants", "Craig Hollis (IT Manager), 2 IT staff, CFO; Rimu: 2 consultants"),
            ("MCI claim", cid),
        ],
        WTM_FINDINGS,
        WTM_RECS,
        [
            ("Remove MFA exclusions of the 2 service accounts", "WTM IT", "June 2026"),
            ("SMBv1 off on WTM-FS01, onboard 37 PCs", "WTM IT / Rimu", "June 2026"),
            ("Sentinel production design", "Rimu", "July 2026"),
        ],
        f"{cid}|rep",
        T(2026, 5, 22, 16, 0, 12),
    )
    files, claim = pa_claim(
        cid,
        RIMU,
        RM_SEC,
        cust,
        cc,
        area="Security",
        eng=SIEM_XDR,
        consent=consent,
        submitted=submitted,
        poe={"Workshop_report_Whanganui_Timber_SIEM_XDR.pdf": report},
        amount=4600.0,
        inv_no="RT-INV-2026-0091",
        inv_day=D(2026, 6, 24),
        activities="SIEM + XDR workshop with Sentinel proof of concept",
        outcome="MFA, SMBv1 and endpoint gaps found; Sentinel production plan",
        participants="4",
        invoice_kw=RM_INVOICE,
    )
    return Bundle(
        f"{cid}_whanganui_timber_siem_xdr_workshop",
        claim,
        files,
        "approve",
        "SIEM + XDR workshop (variable payout USD 4,600) with findings from the customer's own environment – 14 "
        "risky sign-ins for 2 named service accounts, SMBv1 on WTM-FS01, 37 of 212 devices without a sensor, 312 "
        "phishing messages, a Sentinel proof of concept with 9 connectors and 41 rules – and dated next steps; "
        "invoice with claim ID and USD 4,600.00; both surveys signed; submitted "
        f"{days(consent, submitted)} days after consent (standard: 90). The same findings were later copied into "
        "claim 4981035 for another customer: this claim holds the original (its host names and accounts are this "
        "sawmill's own).",
        "Report table 'What we found': svc-scada-hist, WTM-FS01, 'sawmill shift mailboxes', wtm-sentinel-poc; "
        "invoice RT-INV-2026-0091 USD 4,600.00.",
        g.pa_ok(),
    )


def s498_035_taranaki_dairy_copied_findings() -> Bundle:
    cid = "4981035"
    cust = Org(
        "Taranaki Dairy Transport Limited",
        "Taranaki Dairy Transport",
        "taranakidairytransport.co.nz",
        "NZ",
        "New Plymouth 4312",
        "18 Katere Road",
        "#0277bd",
    )
    cc = person(cust, "Melissa Barrett", "Operations & IT Manager", "melissa.barrett")
    consent, submitted = D(2026, 6, 8), T(2026, 8, 24, 14, 0, 12)
    report = rimu_report(
        cust,
        "Defend Against Threats with SIEM + XDR",
        [
            ("Workshop", "28–29 July 2026, New Plymouth"),
            ("Participants", "Melissa Barrett (Operations & IT Manager), fleet controller; Rimu: 1 consultant"),
            ("MCI claim", cid),
        ],
        WTM_FINDINGS,
        WTM_RECS,
        [
            ("Remove MFA exclusions of the 2 service accounts", "TDT IT", "August 2026"),
            ("Sentinel production design", "Rimu", "September 2026"),
        ],
        f"{cid}|rep",
        T(2026, 7, 31, 16, 0, 12),
    )
    files, claim = pa_claim(
        cid,
        RIMU,
        RM_SEC,
        cust,
        cc,
        area="Security",
        eng=SIEM_XDR,
        consent=consent,
        submitted=submitted,
        poe={"Workshop_report_Taranaki_Dairy_Transport_SIEM_XDR.pdf": report},
        amount=4600.0,
        inv_no="RT-INV-2026-0133",
        inv_day=D(2026, 8, 19),
        activities="SIEM and XDR workshop",
        outcome="Security findings and Sentinel plan",
        participants="3",
        invoice_kw=RM_INVOICE,
    )
    return Bundle(
        f"{cid}_taranaki_dairy_findings_copied_from_sawmill",
        claim,
        files,
        "action_required",
        "The findings and recommendations of this milk-tanker operator's workshop report are word for word those of "
        "claim 4981034's report for Whanganui Timber Mills: the same 14 risky sign-ins for 'svc-scada-hist' and "
        "'svc-backup', file server 'WTM-FS01', '37 of 212 devices … mill-floor PCs at the green chain and the "
        "kilns', 'sawmill shift mailboxes', Sentinel workspace 'wtm-sentinel-poc'. Only the cover facts changed. "
        "4981034 holds the original (a sawmill's own host names); this report says nothing true about this "
        "customer's environment, so the POE document does not show the engagement was delivered here. The partner "
        "must provide this customer's real findings.",
        "Report 'What we found': 'WTM-FS01', 'sawmill shift mailboxes', 'wtm-sentinel-poc' – identical to 4981034.",
        {
            "reused_evidence": "fail",
            "activity_detail": "fail",
            "invoice": "pass",
            "attestations": "pass",
            "submission_window": "pass",
        },
        container="zip",
    )


def s498_036_te_awa_council_board_minutes() -> Bundle:
    cid = "4981036"
    cust = Org(
        "Te Awa District Council",
        "Te Awa DC",
        "teawa.govt.nz",
        "NZ",
        "Te Awa 3920",
        "42 Queen Street",
        "#00796b",
    )
    cc = person(cust, "Kerry Ngata", "Digital Services Manager", "kerry.ngata")
    sender = Person(cc.name, "kerry.ngata@digital.teawa.govt.nz", cc.title, cust, cc.phone)
    w = g.Word(accent="33691E")
    w.header(RIMU, "Project Board minutes")
    w.footer("Rimu Technology Limited · Level 6, 157 Lambton Quay, Wellington")
    w.h("Te Awa District Council – Microsoft 365 Programme", 1)
    w.p("Project Board – Meeting 6 (final) · 22 April 2026 · Council Chambers and Teams", bold=True)
    w.table(
        [
            ["Attendee", "Role"],
            ["Kerry Ngata", "Digital Services Manager, Te Awa DC (chair)"],
            ["Aroha Tipene", "Group Manager Corporate Services, Te Awa DC"],
            ["Dean Fraser", "Records and Information Lead, Te Awa DC"],
            ["Hemi Walker", "Engagement Lead, Rimu Technology"],
        ]
    )
    w.h("1. Delivery status", 2)
    w.table(
        [
            ["Workload", "Delivered", "Status"],
            [
                "Microsoft Teams",
                "Teams for 310 council staff including 90 field staff (parks, three waters, roading); a team per "
                "activity; Teams meetings for council committees with live captions",
                "Complete",
            ],
            [
                "SharePoint Online",
                "12 sites for council records (resource consents, LGOIMA requests, council meetings); 410,000 "
                "documents migrated from the old EDRMS; retention aligned to the General Disposal Authority",
                "Complete",
            ],
        ]
    )
    w.h("2. Decisions", 2)
    w.bullets(
        [
            "The board accepts the programme as delivered and closes it.",
            "Rimu continues under the council's managed service agreement (quarterly adoption and records reviews).",
        ]
    )
    w.h("3. Actions", 2)
    w.table([["#", "Action", "Owner"], ["1", "Circulate these minutes for approval", "Hemi Walker"]])
    minutes = w.save(meta("Project Board 6 minutes", RM_LEAD.name, T(2026, 4, 23, 9, 0, 12)))
    m1 = Mail(
        RM_LEAD,
        [sender],
        "Te Awa DC M365 – Project Board 6 minutes for approval",
        T(2026, 4, 23, 11, 0, 12),
        "Kia ora Kerry,\n\nAttached are the minutes of the final Project Board. Could you approve them on behalf of "
        "the council?\n\nNgā mihi,\nHemi\n\n" + g.footer_block(RM_LEAD),
        attachments=[("Project Board 6 minutes.docx", minutes)],
    )
    m2 = Mail(
        sender,
        [RM_LEAD],
        "RE: Te Awa DC M365 – Project Board 6 minutes for approval",
        T(2026, 4, 28, 15, 30, 12),
        "Kia ora Hemi,\n\nThe Project Board minutes of 22 April are approved. Te Awa District Council accepts the "
        "Microsoft 365 programme as complete: Teams for our 310 staff, field crews included, and the 12 SharePoint "
        "records sites with the EDRMS migration. We look forward to the quarterly reviews under the managed service "
        "agreement.\n\nNgā mihi,\n" + sig_lines(cc, "Te Awa District Council | 42 Queen Street"),
        quoted=m1,
    )
    files = {
        "Project Board 6 minutes.docx": minutes,
        "RE Te Awa DC M365 - Project Board 6 minutes for approval.msg": g.msg_file(m2),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=RIMU,
        pc=RM_LEAD,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 5, 18, 14, 0, 12),
        segment="public_sector",
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_te_awa_council_board_minutes_approved",
        claim,
        files,
        "approve",
        "A New Zealand district council (public sector) on a CPOR Modern Work usage claim: the guide's written "
        "fee-disclosure requirement for CPOR applies to public-sector customers in the US and Puerto Rico only, so "
        "none is needed. The Word minutes of the final project board give the detail (310 staff on Teams, 12 "
        "SharePoint records sites, 410,000 documents) and the council's Digital Services Manager approves them and "
        "accepts the programme by e-mail on 28 April 2026 from digital.teawa.govt.nz – a sub-domain of the claim's "
        "domain teawa.govt.nz.",
        "Reply from kerry.ngata@digital.teawa.govt.nz: 'Te Awa District Council accepts the Microsoft 365 programme "
        "as complete'.",
        g.cpor_ok(email_ack=True),
    )


def s498_037_canterbury_grain_large_after_260_days() -> Bundle:
    cid = "4981037"
    cust = Org(
        "Canterbury Grain Growers Co-operative Limited",
        "Canterbury Grain",
        "canterburygrain.co.nz",
        "NZ",
        "Ashburton 7700",
        "95 Range Street",
        "#f9a825",
    )
    cc = person(cust, "Nikhil Rao", "Head of Data & Analytics", "nikhil.rao")
    eng = g.engagement(
        "AZ-INNOV-ANALYTICS-L-VAR", "Azure Innovate PL: Analytics Deployment (Large)", "large", "variable", 30000.0
    )
    consent, submitted = D(2025, 10, 6), T(2026, 7, 1, 14, 0, 12)
    report = partner_report(
        RIMU,
        "Analytics deployment – delivery report",
        [
            ("Customer", cust.name),
            ("Production since", "18 May 2026"),
            ("Platform", "Microsoft Fabric (F64), Azure Data Factory, Power BI"),
            ("MCI claim", cid),
        ],
        [
            (
                "Sources and data",
                "<p>Grain intake weighbridges at 6 sites, silo sensors (1,200 probes), the co-operative's ERP and NIWA "
                "weather data; 4 years of history loaded; medallion lakehouse with 38 tables.</p>",
            ),
            (
                "Reports",
                "<p>19 Power BI reports for 140 users: intake by grade, silo condition, member payments, freight "
                "planning.</p>",
            ),
            ("Consumption", "<p>Estimated Azure consumption: USD 11,500 / month.</p>"),
        ],
        T(2026, 6, 20, 16, 0, 12),
        RM_LEAD.name,
        f"{cid}|rep",
        right="Delivery report",
    )
    files, claim = pa_claim(
        cid,
        RIMU,
        RM_LEAD,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Analytics_delivery_report_Canterbury_Grain.pdf": report},
        amount=30000.0,
        inv_no="RT-INV-2026-0102",
        inv_day=D(2026, 6, 26),
        activities="Analytics deployment on Microsoft Fabric",
        outcome="19 reports for 140 users in production",
        participants="9",
        invoice_kw=RM_INVOICE,
    )
    return Bundle(
        f"{cid}_canterbury_grain_large_after_260_days",
        claim,
        files,
        "reject",
        "Large projects must be submitted within 260 days of customer consent (2025-10-06 → 2026-06-23); this claim "
        f"was submitted on 2026-07-01, {days(consent, submitted)} days after consent. A claim not submitted in time "
        "expires and cannot be reactivated, whatever the quality of the delivery report (Fabric platform, 19 "
        "reports for 140 users) and the USD 30,000 invoice.",
        "consent_date 2025-10-06, activity_type large, submitted 2026-07-01 (day 268 > 260).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s498_038_nelson_hops_revenue_business_central() -> Bundle:
    cid = "4981038"
    cust = Org(
        "Nelson Hop Growers Limited",
        "Nelson Hops",
        "nelsonhops.co.nz",
        "NZ",
        "Motueka 7120",
        "77 High Street",
        "#558b2f",
    )
    cc = person(cust, "Grace Whitfield", "Chief Financial Officer", "grace.whitfield")
    fitgap = partner_report(
        RIMU,
        "Business Central fit-gap workshop – summary",
        [("Customer", cust.name), ("Workshop", "22 January 2026, Motueka"), ("Demo", "14 January 2026 (remote)")],
        [
            (
                "Processes reviewed",
                grid(
                    ["Process", "Fit", "Approach"],
                    [
                        ("Grower contracts and hop pool payments", "Gap", "Extension for pool accounting"),
                        ("Kiln and pelletising production", "Fit", "Manufacturing, 2 production BOMs"),
                        ("Export documents (EU, US)", "Partial", "Report layouts, MPI certificates attached"),
                        ("Finance and GST", "Fit", "Standard"),
                    ],
                    [44, 14, 42],
                ),
            ),
            ("Users", "<p>24 users: finance (6), kiln and pelletising operations (11), export and sales (7).</p>"),
        ],
        T(2026, 1, 23, 17, 0, 13),
        RM_LEAD.name,
        f"{cid}|fg",
        right="Fit-gap summary",
    )
    m1 = Mail(
        RM_LEAD,
        [cc],
        "Nelson Hops – Business Central fit-gap summary",
        T(2026, 1, 26, 9, 0, 13),
        "Hi Grace,\n\nAs promised, the fit-gap summary from Thursday's workshop is attached.\n\nNgā mihi,\nHemi\n\n"
        + g.footer_block(RM_LEAD),
        attachments=[("BC fit-gap summary - Nelson Hops.pdf", fitgap)],
    )
    m2 = Mail(
        cc,
        [RM_LEAD],
        "RE: Nelson Hops – Business Central fit-gap summary",
        T(2026, 1, 28, 14, 20, 13),
        "Hi Hemi,\n\nThanks for the demo on 14 January and the fit-gap workshop last week. Our board met yesterday "
        "and approved Dynamics 365 Business Central Premium with Rimu as our implementation partner: 24 users across "
        "finance, kiln operations and export, with manufacturing for the pelletising plant and the pool-payment "
        "extension you proposed. We will order the licences through Rimu in February.\n\nKind regards,\n"
        + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "BC fit-gap summary - Nelson Hops.pdf": fitgap,
        "RE Nelson Hops - Business Central fit-gap summary.eml": g.eml(m2),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="revenue",
        area="Business Applications",
        partner=RIMU,
        pc=RM_LEAD,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 BUSINESS CENTRAL PREMIUM"],
        submitted=T(2026, 3, 11, 14, 30, 13),
        docs=[(p, "poe") for p in files],
        opt_out=True,
    )
    return Bundle(
        f"{cid}_nelson_hops_revenue_recognition_business_central",
        claim,
        files,
        "approve",
        "Business Applications revenue recognition (incentive opt-out): the customer's CFO writes from "
        "nelsonhops.co.nz on 28 January 2026 that, after Rimu's demo (14 January) and fit-gap workshop (22 "
        "January), the board approved Business Central Premium with Rimu as implementation partner – 24 users, "
        "manufacturing for the pelletising plant, the pool-payment extension – before the licences were ordered. "
        "The fit-gap summary gives processes and users. Pre-sales engagement acknowledged in depth, before the "
        "transaction.",
        "E-mail from grace.whitfield@nelsonhops.co.nz, 28 Jan 2026: 'our board … approved Dynamics 365 Business "
        "Central Premium with Rimu as our implementation partner'.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Dune Crest Technologies (UAE): one status deck layout, several customers
# --------------------------------------------------------------------------------------------------------------


def s498_039_al_qudra_status_deck_and_email() -> Bundle:
    cid = "4981039"
    cust = Org(
        "Al Qudra Logistics L.L.C.",
        "Al Qudra Logistics",
        "alqudralogistics.ae",
        "AE",
        "Dubai",
        "Plot 598-1094, Dubai Investments Park 2",
        "#00695c",
    )
    cc = person(cust, "Hassan Al Marzooqi", "IT Manager", "h.almarzooqi")
    deck = dune_deck(
        cust,
        "Microsoft 365 Migration",
        "Week 12 (final)",
        D(2026, 1, 29),
        cc.name,
        [
            ("Scope", "G", "Both workloads delivered"),
            ("Schedule", "G", "Closed one week early"),
            ("Budget", "G", "Within budget"),
            ("Adoption", "A", "Warehouse teams still learning Shifts – 2 refresher sessions booked"),
        ],
        [
            (
                "Exchange Online",
                "Migration of 520 mailboxes and 34 shared mailboxes from Exchange 2016; hybrid removed; mail flow "
                "through Exchange Online Protection; Arabic/English signatures",
                "Done",
            ),
            (
                "Teams",
                "Teams for 520 office and warehouse users; a team per warehouse (DIP, JAFZA, Abu Dhabi); Shifts for "
                "160 warehouse staff; Teams meetings with customers' freight forwarders",
                "Done",
            ),
        ],
        [("Mailboxes migrated", "520 + 34 shared"), ("Teams users", "520"), ("Weekly active (week 12)", "87%")],
        [
            ("Design sign-off", "10-Nov-2025", "10-Nov-2025"),
            ("Mailbox migration", "19-Dec-2025", "17-Dec-2025"),
            ("Teams rollout", "29-Jan-2026", "22-Jan-2026"),
        ],
        ["Decommission Exchange 2016 after backup retention (customer, March 2026).", "No open risks."],
        f"{cid}|deck",
    )
    m1 = Mail(
        DC_PM,
        [cc],
        "Al Qudra – M365 migration – final status deck",
        T(2026, 2, 1, 10, 5, 4),
        "Dear Hassan,\n\nPlease find the final status deck attached. Kindly confirm Al Qudra's acceptance so we can "
        "close the project.\n\nBest regards,\nRohit\n\n" + g.footer_block(DC_PM),
        attachments=[("Al Qudra - final status deck.pdf", deck)],
    )
    m2 = Mail(
        cc,
        [DC_PM],
        "RE: Al Qudra – M365 migration – final status deck",
        T(2026, 2, 2, 9, 47, 4),
        "Rohit,\n\nAccepted. Al Qudra Logistics confirms the Microsoft 365 project is complete: all 520 mailboxes and "
        "the 34 shared mailboxes are on Exchange Online and Teams is live in the three warehouses.\n\nThank you,\n"
        + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "Al Qudra - final status deck.pdf": deck,
        "RE Al Qudra - M365 migration - final status deck.msg": g.msg_file(m2),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=DUNE,
        pc=DC_PM,
        cust=cust,
        cc=cc,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=T(2026, 2, 16, 11, 0, 4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_al_qudra_status_deck_accepted_by_email",
        claim,
        files,
        "approve",
        "Dune Crest's final status deck (its standard layout, shared with 4981040 and 4981043: boilerplate) with "
        "this customer's scope and numbers – 520 + 34 mailboxes on Exchange Online, Teams for 520 users in 3 "
        "warehouses with Shifts for 160 – and the IT Manager's reply from alqudralogistics.ae on 2 February 2026: "
        "'Accepted. Al Qudra Logistics confirms the Microsoft 365 project is complete', repeating the figures.",
        "Reply from h.almarzooqi@alqudralogistics.ae: 'Accepted. Al Qudra Logistics confirms the Microsoft 365 "
        "project is complete'.",
        g.cpor_ok(email_ack=True),
    )


def s498_040_saadiyat_catering_rooms_descoped() -> Bundle:
    cid = "4981040"
    cust = Org(
        "Saadiyat Catering Services L.L.C.",
        "Saadiyat Catering",
        "saadiyatcatering.ae",
        "AE",
        "Abu Dhabi",
        "Mussafah Industrial Area, M-26",
        "#ad1457",
    )
    cc = person(cust, "Mariam Al Dhaheri", "Head of IT", "m.aldhaheri")
    parties = [Party("Customer", cust.name, cc.name, cc.title), Party("Dune Crest", DUNE.name, DC_PM.name, DC_PM.title)]
    deck = dune_deck(
        cust,
        "Teams Collaboration",
        "Week 10 (final)",
        D(2026, 4, 16),
        "Operations Excellence Office",
        [
            ("Scope", "A", "Teams Rooms descoped by SteerCo (budget freeze)"),
            ("Schedule", "G", "Teams rollout completed on plan"),
            ("Adoption", "G", "Kitchen supervisors using Shifts at all 14 sites"),
        ],
        [
            (
                "Teams",
                "Teams for 680 staff at 14 client sites (hospitals, schools, corporate offices); a team per site; "
                "Shifts for 420 kitchen staff; Teams meetings for the daily menu briefing",
                "Done",
            ),
            (
                "Teams Rooms",
                "DESCOPED – SteerCo 12-Mar-2026: budget freeze; the 4 boardrooms keep the existing Poly video bars. "
                "No Teams Rooms devices installed or licensed",
                "Descoped",
            ),
        ],
        [("Teams users", "680"), ("Sites live", "14 of 14"), ("Teams Rooms installed", "0 (descoped)")],
        [
            ("Design sign-off", "19-Feb-2026", "19-Feb-2026"),
            ("Teams rollout", "09-Apr-2026", "09-Apr-2026"),
            ("Teams Rooms", "16-Apr-2026", "Descoped 12-Mar-2026"),
        ],
        ["SteerCo 12-Mar-2026: Teams Rooms removed from scope; may return in the 2027 budget."],
        f"{cid}|deck",
        parties=parties,
    )
    page = g.pdf_pages(deck) - 1
    inks = [
        *g.sign_inks("lines", parties[0], 0, "21/04/2026", page=page),
        *g.sign_inks("lines", parties[1], 1, "21/04/2026", color=g.INK_BLACK, page=page),
    ]
    scan = g.scan_pdf(deck, inks, f"{cid}|scan", T(2026, 4, 21, 13, 0, 4), dpi=120, skew=0.4)
    files = {"Saadiyat Catering - Teams Collaboration - final deck signed.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=DUNE,
        pc=DC_PM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "TEAMS ROOMS"],
        submitted=T(2026, 5, 4, 10, 0, 4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_saadiyat_catering_teams_rooms_descoped",
        claim,
        files,
        "action_required",
        "The final deck's acceptance slide is signed by the customer's Head of IT on 21/04/2026 and supports TEAMS "
        "(680 staff at 14 sites, Shifts for 420 kitchen staff). But the claim also includes TEAMS ROOMS, which the "
        "same deck marks 'DESCOPED – SteerCo 12-Mar-2026 … No Teams Rooms devices installed or licensed'. A "
        "workload the POE itself says was removed from scope is not connected to any work: the partner must remove "
        "it or evidence work on it.",
        "Scope slide row 'Teams Rooms – DESCOPED … 0 installed'; acceptance slide signed 21/04/2026.",
        {
            "workload_match": "fail",
            "customer_acknowledgement": "pass",
            "acknowledgement_date": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s498_041_palm_crescent_partner_is_customers_agent() -> Bundle:
    cid = "4981041"
    cust = Org(
        "Palm Crescent Holdings L.L.C.",
        "Palm Crescent",
        "palmcrescent.ae",
        "AE",
        "Dubai",
        "Villa 12, Al Sufouh 2",
        "#5d4037",
    )
    cc = person(cust, "Tariq Al Hashimi", "Chief Operating Officer", "t.alhashimi")
    letter = customer_letter(
        cust,
        cc,
        "Dubai, 18 March 2026",
        "To whom it may concern",
        "Confirmation of services – Dune Crest Technologies",
        [
            "Dune Crest Technologies L.L.C. acts as Palm Crescent's appointed IT and licensing agent under our Agency "
            "Agreement dated 3 March 2024: it procures and administers our Microsoft subscriptions on our behalf, "
            "holds delegated administration of our tenant and reports to our board as our agent.",
            "In that role Dune Crest enrolled our 85 staff laptops and phones in Microsoft Intune and onboarded them "
            "and our 6 servers to Microsoft Defender for Endpoint between January and March 2026.",
        ],
        f"{cid}|letter",
        T(2026, 3, 18, 10, 0, 4),
        closing="Sincerely,",
    )
    scan = g.scan_pdf(letter, letter_sig(cc), f"{cid}|scan", T(2026, 3, 18, 13, 0, 4), dpi=150, skew=0.3)
    files = {"Palm Crescent - confirmation letter.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=DUNE,
        pc=DC_AM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 3, 30, 12, 0, 4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_palm_crescent_partner_acts_as_customers_agent",
        claim,
        files,
        "reject",
        "The customer's own letter says the claiming partner is its appointed IT and licensing agent under an "
        "agency agreement: it buys and administers the customer's Microsoft subscriptions on its behalf and reports "
        "to its board as its agent. Partners are not eligible for incentives on activity connected to a customer to "
        "which they owe agency or fiduciary duty, so the claim cannot be approved whatever the POE. UNSURE: the "
        "guide states this rule only in an example rejection comment, not in the POE requirements.",
        "Letter: 'Dune Crest Technologies L.L.C. acts as Palm Crescent's appointed IT and licensing agent under our "
        "Agency Agreement dated 3 March 2024'.",
        {"ineligible_customer": "fail", "customer_acknowledgement": "pass", "reused_evidence": "pass"},
    )


def s498_042_sharjah_coatings_order_form_po_msa() -> Bundle:
    cid = "4981042"
    cust = Org(
        "Sharjah Industrial Coatings L.L.C.",
        "SIC Coatings",
        "sicoatings.ae",
        "AE",
        "Sharjah",
        "Industrial Area 6, Street 14",
        "#1565c0",
    )
    cc = person(cust, "Vinod Menon", "IT Manager", "vinod.menon")
    buyer = person(cust, "Samira Khoury", "Procurement Manager", "procurement")
    order = g.html_pdf(
        f"""
<h1>Order Form OF-2026-0412</h1>
{
            kv(
                [
                    ("Customer", escape(cust.name)),
                    ("Supplier", escape(DUNE.name)),
                    ("Date", "02-Mar-2026"),
                    ("Term", "12 months from 01-Apr-2026"),
                ]
            )
        }
{
            grid(
                ["Item", "Qty", "Unit price (USD)", "Total (USD)"],
                [
                    (
                        "Microsoft 365 Copilot – annual subscription (NCE, annual commitment)",
                        "150",
                        "360.00",
                        "54,000.00",
                    ),
                    ("Dune Crest licence administration fee", "1", "1,200.00", "1,200.00"),
                ],
                [52, 10, 19, 19],
            )
        }
<p><b>Total (excl. VAT): USD 55,200.00</b>. Prices valid until 31-Mar-2026. Subject to the Master Services
Agreement of 14 September 2023.</p>
<h2>Customer acceptance</h2>
{
            fields(
                [
                    ("Name", escape(buyer.name), 16),
                    ("Title", escape(buyer.title), 16),
                    ("Signature", "", 40),
                    ("Date", "", 16),
                ]
            )
        }
""",
        meta("Order Form OF-2026-0412", DC_AM.name, T(2026, 3, 2, 10, 0, 4)),
        f"{cid}|of",
        style=css(DUNE.color),
        decor=g.Decor(DUNE, right="Order Form", footer=DC_FOOTER, numbers="", accent=DUNE.color),
    )
    order = g.scan_pdf(
        order,
        [
            Ink("Signature", "sig", buyer.name, dx=150, dy=4, h=30, occurrence=0),
            Ink("Date", "hand", "05-03-2026", dx=150, dy=1, h=13, occurrence=1),
        ],
        f"{cid}|ofs",
        T(2026, 3, 5, 12, 0, 4),
        dpi=150,
    )
    po = customer_letter(
        cust,
        buyer,
        "Sharjah, 05-Mar-2026",
        f"Supplier: {escape(DUNE.name)}, Business Bay, Dubai",
        "PURCHASE ORDER No. 45001822",
        [
            grid(
                ["Line", "Description", "Qty", "Amount (USD)"],
                [
                    ("10", "Microsoft 365 Copilot licences, annual, per Order Form OF-2026-0412", "150", "54,000.00"),
                    ("20", "Licence administration fee", "1", "1,200.00"),
                ],
                [8, 62, 10, 20],
            ),
            "Delivery: licences to be assigned in tenant sicoatings.onmicrosoft.com from 01-Apr-2026. Payment 60 "
            "days after invoice. Please quote the PO number on your invoice.",
        ],
        f"{cid}|po",
        T(2026, 3, 5, 11, 0, 4),
        closing="Authorised by,",
    )
    m = Mail(
        buyer,
        [DC_AM],
        "PO 45001822 – Microsoft 365 Copilot licences",
        T(2026, 3, 5, 12, 40, 4),
        "Dear Layla,\n\nPlease process the attached PO 45001822 for 150 Microsoft 365 Copilot licences, annual "
        "commitment, starting 1 April, and share the invoice.\n\nRegards,\n" + sig_lines(buyer),
        attachments=[("PO 45001822.pdf", po)],
    )
    msa = g.html_pdf(
        [
            f"""
<h1>Master Services Agreement</h1>
<p>This Master Services Agreement is made on 14 September 2023 between {escape(DUNE.name)} ("Supplier") and
{escape(cust.name)} ("Customer").</p>
<h2>1. Services</h2><p>Supplier will provide IT services described in Order Forms or Statements of Work agreed
under this Agreement. Each Order Form forms part of this Agreement.</p>
<h2>2. Fees and payment</h2><p>Fees are set out in each Order Form. Invoices are payable within 60 days.</p>
<h2>3. Term</h2><p>This Agreement runs for 3 years and renews for 1-year periods unless terminated on 90 days'
notice.</p>
<h2>4. Confidentiality, liability, governing law</h2><p>Each party keeps the other's information confidential.
Liability is limited to the fees paid in the previous 12 months. This Agreement is governed by the laws of the
Emirate of Dubai.</p>
""",
            f"""
<h2>Signatures</h2>
{
                fields(
                    [
                        ("For the Supplier", escape(DC_AM.name) + ", " + escape(DC_AM.title), 40),
                        ("For the Customer", escape(cc.name) + ", " + escape(cc.title), 40),
                        ("Date", "14 September 2023", 16),
                    ]
                )
            }
""",
        ],
        meta("MSA Dune Crest - SIC", DC_AM.name, T(2023, 9, 14, 10, 0, 4)),
        f"{cid}|msa",
        style=css(DUNE.color),
        decor=g.Decor(DUNE, right="Master Services Agreement", footer=DC_FOOTER, accent=DUNE.color),
    )
    msa = g.scan_pdf(
        msa,
        [
            Ink("For the Supplier", "sig", DC_AM.name, dx=150, dy=14, h=26, color=g.INK_BLACK),
            Ink("For the Customer", "sig", cc.name, dx=150, dy=14, h=26),
        ],
        f"{cid}|msas",
        T(2023, 9, 15, 9, 0, 4),
        dpi=150,
    )
    files = {
        "Order Form OF-2026-0412 signed.pdf": order,
        "PO 45001822 - Microsoft 365 Copilot licences.msg": g.msg_file(m),
        "MSA Dune Crest - SIC 2023.pdf": msa,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=DUNE,
        pc=DC_AM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT 365 COPILOT"],
        submitted=T(2026, 4, 22, 10, 0, 4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_sharjah_coatings_order_form_po_and_msa",
        claim,
        files,
        "action_required",
        "Everything uploaded is a document the guide never accepts as POE: a signed order form with licence prices "
        "(a pricing quote / licensing transaction for 150 Copilot licences), the customer's purchase order and its "
        "procurement e-mail asking to process it (an e-mail about a licence purchase), and a 2023 master services "
        "agreement with no recent engagement documentation. The signatures on them accept a purchase, not delivered "
        "work, and nothing describes Copilot adoption or usage activities. The partner must provide real POE.",
        "Order Form OF-2026-0412 (150 × Microsoft 365 Copilot @ USD 360.00), PO 45001822, e-mail 'Please process the "
        "attached PO…', MSA of 14 September 2023.",
        {
            "unacceptable_documents": "fail",
            "activity_detail": "fail",
            "customer_acknowledgement": "fail",
            "ineligible_customer": "pass",
            "reused_evidence": "pass",
        },
    )


def s498_043_ras_al_khor_photographed_acceptance_slide() -> Bundle:
    cid = "4981043"
    cust = Org(
        "Ras Al Khor Cold Chain L.L.C.",
        "RAK Cold Chain",
        "rakcoldchain.ae",
        "AE",
        "Dubai",
        "Ras Al Khor Industrial Area 2, Plot 118",
        "#0277bd",
    )
    cc = person(cust, "Imran Qureshi", "IT & Systems Manager", "imran.qureshi")
    parties = [Party("Customer", cust.name, cc.name, cc.title), Party("Dune Crest", DUNE.name, DC_PM.name, DC_PM.title)]
    deck = dune_deck(
        cust,
        "Device Security",
        "Week 8 (final)",
        D(2026, 5, 12),
        cc.name,
        [
            ("Scope", "G", "Intune and Conditional Access delivered"),
            ("Schedule", "G", "On plan"),
            ("Compliance", "G", "97% of devices compliant"),
        ],
        [
            (
                "Intune",
                "Enrollment of 190 laptops, 75 rugged handhelds in the cold rooms (dedicated mode) and 60 drivers' "
                "phones; compliance policies; Windows Update rings",
                "Done",
            ),
            (
                "Conditional Access",
                "8 policies: MFA for all 260 users, compliant device for the WMS and Microsoft 365, block legacy "
                "authentication, drivers' app allowed from UAE and Oman only",
                "Done",
            ),
        ],
        [("Devices in Intune", "325"), ("Compliant", "97%"), ("Conditional Access policies", "8"), ("Users", "260")],
        [
            ("Design sign-off", "24-Mar-2026", "24-Mar-2026"),
            ("Enrollment complete", "07-May-2026", "05-May-2026"),
            ("CA policies enforced", "12-May-2026", "12-May-2026"),
        ],
        ["No open risks; monthly compliance report under the support contract."],
        f"{cid}|deck",
        parties=parties,
    )
    last = g.pdf_pages(deck) - 1
    inks = [
        *g.sign_inks("lines", parties[0], 0, "14/05/2026", page=last),
        *g.sign_inks("lines", parties[1], 1, "14/05/2026", color=g.INK_BLACK, page=last),
    ]
    photo = photo_of(
        deck,
        inks,
        f"{cid}|ink",
        f"{cid}|photo",
        T(2026, 5, 14, 16, 21, 4),
        page_no=last,
        model=("samsung", "SM-S921B"),
        portrait=False,
    )
    files = {"RAK Cold Chain - final status deck.pdf": deck, "20260514_162108.jpg": photo}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=DUNE,
        pc=DC_PM,
        cust=cust,
        cc=cc,
        workloads=["INTUNE", "AZURE ACTIVE DIRECTORY PREMIUM CONDITIONAL ACCESS"],
        submitted=T(2026, 6, 1, 9, 30, 4),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_ras_al_khor_photographed_acceptance_slide",
        claim,
        files,
        "approve",
        "Dune Crest's final deck (shared layout: boilerplate) gives 325 devices in Intune and 8 Conditional Access "
        "policies for 260 users; its last slide was printed, signed by the customer's IT & Systems Manager with the "
        "date 14/05/2026 and photographed with a phone (landscape, at an angle). A photo of a wet-ink signed page is "
        "a physically signed document, not a flat e-mail image; 18 days before submission.",
        "Photo 20260514_162108.jpg: acceptance slide signed by Imran Qureshi, 'Date: 14/05/2026'.",
        g.cpor_ok(),
    )


def s498_044_microsoft_gulf_immersion_workshop() -> Bundle:
    cid = "4981044"
    cust = Org(
        "Microsoft Gulf FZ-LLC",
        "Microsoft Gulf",
        "microsoft.com",
        "AE",
        "Dubai",
        "Dubai Internet City, Building 5",
        "#00a4ef",
    )
    cc = person(cust, "Aisha Rahman", "Partner Technology Strategist", "aisha.rahman")
    eng = g.engagement(
        "DEV-SURFACE-CIE-VAR", "Surface - Customer Immersion Experience Workshop", "standard", "variable", 1600.0
    )
    consent, submitted = D(2026, 2, 2), T(2026, 3, 16, 10, 0, 4)
    report = partner_report(
        DUNE,
        "Surface Customer Immersion Experience – session report",
        [
            ("Customer", cust.name),
            ("Session", "24 February 2026, Microsoft office, Dubai Internet City"),
            ("Participants", "14 Microsoft Gulf employees (partner and device sales teams)"),
            ("MCI claim", cid),
        ],
        [
            (
                "Agenda",
                ul(
                    [
                        "Hands-on with Surface Pro and Surface Laptop for Business: Windows 11, Copilot key, Windows "
                        "Hello.",
                        "Device management scenario with Intune and Autopilot on 10 demo devices.",
                        "Discussion of how Microsoft Gulf's sellers can position the experience with their accounts.",
                    ]
                ),
            ),
            ("Outcome", "<p>Microsoft Gulf's team will run the experience with 3 enterprise accounts in Q2.</p>"),
        ],
        T(2026, 2, 26, 15, 0, 4),
        DC_PM.name,
        f"{cid}|rep",
        right="Session report",
    )
    files, claim = pa_claim(
        cid,
        DUNE,
        DC_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Surface_CIE_session_report_Microsoft_Gulf.pdf": report},
        amount=1600.0,
        inv_no="DCT-INV-2026-0073",
        inv_day=D(2026, 3, 10),
        activities="Surface immersion session for our partner and device sales teams",
        outcome="Session for 14 Microsoft employees",
        participants="14",
        invoice_kw={"date_style": "gb_abbr", "bank": "Emirates NBD · USD account AE07 0260 0010 1588 4215 001"},
    )
    return Bundle(
        f"{cid}_microsoft_gulf_is_the_customer",
        claim,
        files,
        "reject",
        "The Partner Activities 'customer' is Microsoft itself: Microsoft Gulf FZ-LLC, domain microsoft.com, the "
        "session held in Microsoft's Dubai office for 14 Microsoft employees of its partner and device sales teams. "
        "Partners are not eligible for incentives on services where Microsoft is the end customer, however complete "
        "the report, invoice and surveys are.",
        "Customer 'Microsoft Gulf FZ-LLC', domain microsoft.com; report: '14 Microsoft Gulf employees (partner and "
        "device sales teams)'.",
        {"ineligible_customer": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Tatra Chmura and Beskid Systems (Poland): one acceptance protocol form, three customers; a subcontractor's claim
# --------------------------------------------------------------------------------------------------------------

PODHALE = Org(
    "Zakłady Mięsne Podhale S.A.",
    "ZM Podhale",
    "zmpodhale.pl",
    "PL",
    "34-400 Nowy Targ",
    "ul. Kolejowa 41",
    "#b71c1c",
    "KRS 0000211830",
)
PODHALE_IT = person(PODHALE, "Tomasz Wróbel", "Kierownik IT / IT Manager", "t.wrobel")


def podhale_acceptance_mail() -> bytes:
    """ZM Podhale's acceptance e-mail to Tatra Chmura (its subcontractor in copy): uploaded on two claims."""

    def make() -> bytes:
        m1 = Mail(
            TC_PM,
            [PODHALE_IT],
            "Odbiór wdrożenia Intune i Defender / Acceptance – Intune and Defender",
            T(2026, 3, 11, 16, 0, 1),
            "Panie Tomaszu,\n\nw załączeniu protokół odbioru. Prosimy o potwierdzenie odbioru.\n\nDear Tomasz, the "
            "acceptance protocol is attached; please confirm acceptance.\n\nKatarzyna Nowak\n" + g.footer_block(TC_PM),
            cc=[BS_TECH],
        )
        m2 = Mail(
            PODHALE_IT,
            [TC_PM],
            "RE: Odbiór wdrożenia Intune i Defender / Acceptance – Intune and Defender",
            T(2026, 3, 12, 9, 40, 1),
            "Pani Katarzyno,\n\npotwierdzam odbiór wdrożenia Intune i Defender for Endpoint wykonanego przez Tatra "
            "Chmura: 380 urządzeń w Intune, 380 urządzeń i 14 serwerów w Defenderze. Podziękowania także dla Pawła "
            "z Państwa podwykonawcy Beskid Systems za przygotowanie 320 laptopów.\n\nDear Katarzyna,\n\nI confirm "
            "acceptance of the Intune and Defender for Endpoint rollout delivered by Tatra Chmura: 380 devices in "
            "Intune, 380 devices and 14 servers in Defender. Thanks also to Paweł from your subcontractor Beskid "
            "Systems for staging the 320 laptops.\n\nPozdrawiam / Regards,\n" + sig_lines(PODHALE_IT),
            cc=[BS_TECH],
            quoted=m1,
        )
        return g.eml(m2)

    return bytes(cached("podhale_mail", make))


def s498_045_zm_podhale_protocol_and_acceptance() -> Bundle:
    cid = "4981045"
    parties = [
        Party("Zamawiający / Customer", PODHALE.name, PODHALE_IT.name, "Kierownik IT"),
        Party("Wykonawca / Contractor", TATRA.name, TC_PM.name, "Kierownik projektu"),
    ]
    protocol = tatra_protocol(
        PODHALE,
        "TC/PO/2026/009",
        "12.03.2026",
        "Umowa / Contract TC/2025/118 z dnia / of 18.11.2025",
        "05.01.2026 – 06.03.2026",
        [
            (
                "Wdrożenie Microsoft Intune: 320 laptopów i komputerów biurowych, 60 terminali na halach "
                "produkcyjnych (tryb współdzielony), zasady zgodności, pierścienie aktualizacji",
                "Microsoft Intune: 320 laptops and office PCs, 60 shared terminals on the production halls, "
                "compliance policies, update rings",
                "380 urządzeń / devices",
            ),
            (
                "Microsoft Defender for Endpoint: 380 urządzeń i 14 serwerów, reguły ASR w trybie blokowania, EDR",
                "Microsoft Defender for Endpoint: 380 devices and 14 servers onboarded, ASR rules in block mode, EDR",
                "394",
            ),
            (
                "Przygotowanie laptopów (staging, Autopilot) – podwykonawca Beskid Systems sp. z o.o.",
                "Laptop staging and Autopilot registration – subcontractor Beskid Systems sp. z o.o.",
                "320 laptopów / laptops",
            ),
        ],
        f"{cid}|prot",
        T(2026, 3, 11, 15, 0, 1),
        parties=parties,
    )
    inks = [
        *columns_inks(protocol, "Odbiór / Acceptance", parties, "12.03.2026", TC_LABELS),
        Ink(
            "Odbiór / Acceptance",
            "stamp",
            dx=240,
            dy=-4,
            h=40,
            color=(52, 64, 150),
            lines=("ZAKŁADY MIĘSNE PODHALE S.A.", "Dział IT · Nowy Targ"),
        ),
    ]
    signed = g.with_scanned_pages(
        protocol,
        [g.page_of(protocol, "Odbiór / Acceptance")],
        inks,
        f"{cid}|scan",
        T(2026, 3, 12, 11, 0, 1),
        meta("Protokol odbioru TC-PO-2026-009 (podpisany)", TC_PM.name, T(2026, 3, 12, 14, 0, 1)),
        dpi=150,
        skew=0.5,
    )
    files = {
        "Protokol_odbioru_TC-PO-2026-009_podpisany.pdf": signed,
        "RE Odbior wdrozenia Intune i Defender.eml": podhale_acceptance_mail(),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=TATRA,
        pc=TC_PM,
        cust=PODHALE,
        cc=PODHALE_IT,
        workloads=["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        submitted=T(2026, 3, 30, 10, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_zm_podhale_signed_protocol_and_acceptance_mail",
        claim,
        files,
        "approve",
        "Tatra Chmura's bilingual acceptance protocol (its standard form, also on 4981047/4981048: boilerplate) "
        "signed and stamped by the customer's IT manager on 12.03.2026 (380 devices in Intune, 380 devices + 14 "
        "servers in MDE), and his e-mail from zmpodhale.pl accepting 'the Intune and Defender for Endpoint rollout "
        "delivered by Tatra Chmura' in Polish and English. The same e-mail file was later uploaded by the "
        "subcontractor Beskid Systems on claim 4981046: this claim holds the original – the e-mail is addressed to "
        "Tatra and accepts Tatra's work.",
        "Protocol page 2 (scan): customer column signed by Tomasz Wróbel, stamp, '12.03.2026'; e-mail 'I confirm "
        "acceptance of the … rollout delivered by Tatra Chmura'.",
        g.cpor_ok(email_ack=True),
    )


def s498_046_beskid_subcontractor_reuses_acceptance() -> Bundle:
    cid = "4981046"
    staging = partner_report(
        BESKID,
        "Raport z przygotowania urządzeń / Device staging report",
        [
            ("Klient końcowy / End customer", PODHALE.name),
            ("Zleceniodawca / Ordered by", "Tatra Chmura sp. z o.o. (zlecenie / order BS/2026/014)"),
            ("Okres / Period", "12.01.2026 – 20.02.2026"),
        ],
        [
            (
                "Zakres / Scope",
                ul(
                    [
                        "Rozpakowanie i przygotowanie 320 laptopów Dell Latitude 5450 / Unboxing and preparation of "
                        "320 Dell Latitude 5450 laptops",
                        "Rejestracja skrótów sprzętowych w Autopilot / Upload of hardware hashes to Autopilot",
                        "Etykiety inwentarzowe i wydanie użytkownikom / Asset tags and hand-out to users",
                    ]
                ),
            ),
        ],
        T(2026, 2, 23, 15, 0, 1),
        BS_TECH.name,
        f"{cid}|rep",
        right="Raport serwisowy / Service report",
    )
    files = {
        "RE Odbior wdrozenia Intune i Defender.eml": podhale_acceptance_mail(),
        "Raport_staging_ZM_Podhale.pdf": staging,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=BESKID,
        pc=BS_TECH,
        cust=PODHALE,
        cc=PODHALE_IT,
        workloads=["INTUNE"],
        submitted=T(2026, 4, 20, 11, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_beskid_subcontractor_reuses_customers_acceptance",
        claim,
        files,
        "action_required",
        "A competing CPOR claim on ZM Podhale's Intune by Beskid Systems, whose only customer document is the very "
        "e-mail file of claim 4981045: it is addressed to Tatra Chmura and accepts 'the Intune and Defender for "
        "Endpoint rollout delivered by Tatra Chmura', mentioning Beskid only as Tatra's subcontractor for laptop "
        "staging. Beskid's own report shows staging work ordered by Tatra, not Intune work for the customer. "
        "4981045 holds the original; the acknowledgement is reused and does not acknowledge Beskid's claimed role. "
        "UNSURE: as the loser of a conflict on the same workload a reviewer could reject it outright.",
        "E-mail (identical to 4981045's file) from t.wrobel@zmpodhale.pl to k.nowak@tatrachmura.pl: 'rollout "
        "delivered by Tatra Chmura … your subcontractor Beskid Systems'.",
        {
            "reused_evidence": "fail",
            "customer_acknowledgement": "fail",
            "customer_domain": "pass",
            "ineligible_customer": "pass",
        },
    )


def s498_047_browar_sowa_qualified_e_signature() -> Bundle:
    cid = "4981047"
    cust = Org(
        "Browar Sowa sp. z o.o.",
        "Browar Sowa",
        "browarsowa.pl",
        "PL",
        "30-552 Kraków",
        "ul. Przemysłowa 12",
        "#4e342e",
        "KRS 0000512288",
    )
    cc = person(cust, "Marek Sowa", "Prezes Zarządu / CEO", "m.sowa")
    anchor = "Za Zamawiającego / For the customer:"
    protocol = tatra_protocol(
        cust,
        "TC/PO/2026/031",
        "08.09.2026",
        "Zamówienie / Order TC/Z/2026/044",
        "06.07.2026 – 28.08.2026",
        [
            (
                "Microsoft Teams dla 95 pracowników: browar, 2 puby firmowe, przedstawiciele handlowi; zespoły "
                "zmianowe warzelni",
                "Microsoft Teams for 95 staff: brewery, 2 company pubs, sales reps; brewhouse shift teams",
                "95 użytkowników / users",
            ),
            (
                "SharePoint Online: 7 witryn (receptury, HACCP, dokumenty akcyzowe, sprzedaż), migracja 21 000 plików "
                "z serwera NAS",
                "SharePoint Online: 7 sites (recipes, HACCP, excise documents, sales), 21,000 files migrated from the "
                "NAS",
                "7 witryn / sites",
            ),
        ],
        f"{cid}|prot",
        T(2026, 9, 7, 16, 0, 2),
        digital_anchor=anchor,
    )
    signed = g.digisign(
        protocol,
        cc,
        T(2026, 9, 8, 14, 20, 2),
        f"{cid}|sig",
        ca_name="PolSign Qualified CA 1",
        anchor=anchor,
        dy=16,
        reason="Odbiór / Acceptance",
    )
    files = {"Protokol_odbioru_TC-PO-2026-031_Browar_Sowa_podpisany_QES.pdf": signed}
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
        submitted=T(2026, 9, 21, 9, 0, 2),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_browar_sowa_digitally_signed_protocol",
        claim,
        files,
        "approve",
        "Tatra's bilingual acceptance protocol (every line in Polish and English: Teams for 95 staff, 7 SharePoint "
        "sites, 21,000 files) signed with a PAdES digital signature by the customer's CEO on 2026-09-08; the "
        "signature validates and covers the whole document – a verifiable electronic signature, 13 days before "
        "submission. Protocol form shared with Tatra's other claims (boilerplate).",
        "Digital signature 'Marek Sowa', reason 'Odbiór / Acceptance', signing time 2026-09-08.",
        g.cpor_ok(),
    )


def s498_048_szpital_dunajow_public_hospital_poland() -> Bundle:
    cid = "4981048"
    cust = Org(
        "Szpital Powiatowy w Dunajowie",
        "Szpital Dunajów",
        "szpital-dunajow.pl",
        "PL",
        "34-700 Dunajów",
        "ul. Szpitalna 5",
        "#1565c0",
    )
    cc = person(cust, "Agnieszka Kowalczyk", "Kierownik Działu Informatyki / Head of IT", "a.kowalczyk")
    parties = [
        Party("Zamawiający / Customer", cust.name, cc.name, "Kierownik Działu Informatyki"),
        Party("Wykonawca / Contractor", TATRA.name, TC_PM.name, "Kierownik projektu"),
    ]
    protocol = tatra_protocol(
        cust,
        "TC/PO/2026/004",
        "17.02.2026",
        "Umowa / Contract ZP/14/2025 (zamówienie publiczne / public procurement)",
        "10.11.2025 – 13.02.2026",
        [
            (
                "Microsoft Defender for Office 365 Plan 2: 640 skrzynek, Safe Links, Safe Attachments, symulacja "
                "phishingu dla 610 pracowników",
                "Microsoft Defender for Office 365 Plan 2: 640 mailboxes, Safe Links, Safe Attachments, phishing "
                "simulation for 610 staff",
                "640 skrzynek / mailboxes",
            ),
            (
                "Microsoft Entra ID P2: dostęp warunkowy oparty na ryzyku, PIM dla 9 administratorów, przeglądy "
                "dostępu dla 120 lekarzy kontraktowych",
                "Microsoft Entra ID P2: risk-based Conditional Access, PIM for 9 administrators, access reviews for "
                "120 contract physicians",
                "690 użytkowników / users",
            ),
        ],
        f"{cid}|prot",
        T(2026, 2, 16, 15, 0, 1),
        parties=parties,
    )
    inks = [
        *columns_inks(protocol, "Odbiór / Acceptance", parties, "17.02.2026", TC_LABELS),
        Ink(
            "Odbiór / Acceptance",
            "stamp",
            dx=240,
            dy=-4,
            h=40,
            color=(52, 64, 150),
            lines=("SZPITAL POWIATOWY W DUNAJOWIE", "Dział Informatyki"),
        ),
    ]
    scan = g.scan_pdf(protocol, inks, f"{cid}|scan", T(2026, 2, 17, 12, 0, 1), dpi=150, skew=-0.6)
    files = {"Protokol_odbioru_TC-PO-2026-004_Szpital_Dunajow.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=TATRA,
        pc=TC_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER FOR OFFICE", "AZURE ACTIVE DIRECTORY PREMIUM 2"],
        submitted=T(2026, 3, 9, 10, 0, 1),
        segment="public_sector",
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_szpital_dunajow_polish_public_hospital",
        claim,
        files,
        "approve",
        "A Polish county hospital (public sector, healthcare) on a CPOR Security usage claim: the written "
        "fee-disclosure requirement applies to public-sector customers in the US and Puerto Rico only, so none is "
        "needed. Tatra's bilingual protocol (640 mailboxes on Defender for Office 365 P2, Entra ID P2 risk policies, "
        "PIM for 9 admins, access reviews for 120 contract physicians) is signed by the hospital's Head of IT and "
        "stamped with the hospital's department stamp on 17.02.2026, 20 days before submission.",
        "Scan page 2: customer column signed by Agnieszka Kowalczyk, stamp 'SZPITAL POWIATOWY W DUNAJOWIE', "
        "'17.02.2026'.",
        g.cpor_ok(),
        container="zip-folder",
    )


# --------------------------------------------------------------------------------------------------------------
# Sierra Madre Nube (Mexico)
# --------------------------------------------------------------------------------------------------------------

GFR = Org(
    "Grupo Ferretero Regiomontano, S.A. de C.V.",
    "GFR",
    "gfregio.com.mx",
    "MX",
    "Monterrey, N.L., C.P. 64000",
    "Av. Constitución 1450 Ote.",
    "#e65100",
    "RFC GFR950612AB3",
)
GFR_SALES = person(GFR, "Rodrigo Salinas", "Director Comercial / Sales Director", "rsalinas")


def gfr_acta() -> tuple[bytes, list[Ink]]:
    """GFR's acta (digital) and the ink its signatories put on it."""

    def make() -> tuple[bytes, list[Ink]]:
        parties = [
            Party("Cliente / Customer", GFR.name, GFR_SALES.name, "Director Comercial"),
            Party("Proveedor / Provider", SIERRA.name, SM_PM.name, SM_PM.title),
        ]
        acta = sierra_acta(
            GFR,
            "SMN-AER-2026-019",
            "12/06/2026",
            "CRM de ventas y servicio / Sales and service CRM",
            [
                (
                    "Dynamics 365 Sales: embudo de ventas para 48 vendedores de mostrador y de campo; cotizaciones "
                    "integradas con el ERP",
                    "Dynamics 365 Sales: sales pipeline for 48 counter and field sellers; quotes integrated with the "
                    "ERP",
                    "48",
                ),
                (
                    "Dynamics 365 Customer Service: casos de garantía y devoluciones, 3 colas, SLA de 48 horas",
                    "Dynamics 365 Customer Service: warranty and returns cases, 3 queues, 48-hour SLA",
                    "22",
                ),
                (
                    "Migración de 12,400 cuentas y 31,000 contactos desde el CRM anterior",
                    "Migration of 12,400 accounts and 31,000 contacts from the previous CRM",
                    "–",
                ),
            ],
            parties,
            "4981049|acta",
            T(2026, 6, 11, 18, 0, -6),
        )
        page = g.page_of(acta, "Firmas / Signatures")
        inks = [
            *g.sign_inks("rows", parties[0], 0, "12/06/2026", page=page),
            *g.sign_inks("rows", parties[1], 1, "12/06/2026", color=g.INK_BLACK, page=page),
        ]
        return acta, inks

    acta, inks = cached("gfr", make)
    return acta, list(inks)


def s498_049_gfr_signed_acta() -> Bundle:
    cid = "4981049"
    acta, inks = gfr_acta()
    scan = g.scan_pdf(acta, inks, "4981049|ink", T(2026, 6, 12, 17, 10, -6), dpi=150, skew=0.6)
    files = {"Acta_Entrega_SMN-AER-2026-019_GFR_firmada.pdf": scan}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Business Applications",
        partner=SIERRA,
        pc=SM_PM,
        cust=GFR,
        cc=GFR_SALES,
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION", "DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        submitted=T(2026, 7, 6, 10, 0, -6),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_gfr_signed_bilingual_acta",
        claim,
        files,
        "approve",
        "Bilingual Spanish/English delivery-and-acceptance record with every line in both languages: Dynamics 365 "
        "Sales for 48 sellers, Customer Service for warranty and returns with 3 queues (22 agents), 12,400 accounts "
        "migrated. Signed by the customer's sales director on 12/06/2026 (Mexican day-first; 24 days before "
        "submission) and scanned. The customer writes its name 'GFR', its usual short form. A phone photo of this "
        "very signed page was later uploaded on claim 4981050 for another customer: this claim holds the original.",
        "Scan: customer row 'Rodrigo Salinas', signature, 'Fecha 12/06/2026'.",
        g.cpor_ok(),
    )


def s498_050_agricola_bajio_photo_of_other_acta() -> Bundle:
    cid = "4981050"
    cust = Org(
        "Distribuidora Agrícola del Bajío, S.A. de C.V.",
        "Agrícola del Bajío",
        "dagbajio.com.mx",
        "MX",
        "Celaya, Gto., C.P. 38010",
        "Carretera Panamericana km 48",
        "#33691e",
    )
    cc = person(cust, "Verónica Ibarra", "Gerente de Ventas / Sales Manager", "vibarra")
    parties = [
        Party("Cliente / Customer", cust.name, cc.name, "Gerente de Ventas"),
        Party("Proveedor / Provider", SIERRA.name, SM_BA.name, SM_BA.title),
    ]
    own = sierra_acta(
        cust,
        "SMN-AER-2026-027",
        "31/07/2026",
        "CRM de ventas / Sales CRM",
        [
            (
                "Dynamics 365 Sales: embudo de ventas para 26 vendedores de campo (semillas y fertilizantes)",
                "Dynamics 365 Sales: sales pipeline for 26 field sellers (seeds and fertilisers)",
                "26",
            ),
        ],
        parties,
        f"{cid}|acta",
        T(2026, 7, 30, 18, 0, -6),
    )
    gfr, inks = gfr_acta()
    photo = photo_of(
        gfr,
        inks,
        "4981049|ink",
        f"{cid}|photo",
        T(2026, 8, 3, 12, 31, -6),
        model=("motorola", "moto g84 5G"),
    )
    photo = g.jpeg(Image.open(io.BytesIO(photo)), quality=70)
    files = {
        "Acta_Entrega_SMN-AER-2026-027_Agricola_Bajio.pdf": own,
        "WhatsApp Image 2026-08-03 at 12.31.44.jpeg": photo,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Business Applications",
        partner=SIERRA,
        pc=SM_BA,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        submitted=T(2026, 8, 17, 11, 0, -6),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_agricola_bajio_photo_of_another_customers_acta",
        claim,
        files,
        "action_required",
        "The customer's own acta (26 field sellers on Dynamics 365 Sales) has empty signature rows. The 'signed' "
        "evidence is a WhatsApp phone photo of a different acta: folio SMN-AER-2026-019 of Grupo Ferretero "
        "Regiomontano, with GFR's sales director's signature and '12/06/2026' – the very signed page of claim "
        "4981049, photographed again. 4981049 holds the original. Nothing from Distribuidora Agrícola del Bajío "
        "acknowledges this work.",
        "Photo shows 'Cliente / Customer: Grupo Ferretero Regiomontano … Rodrigo Salinas', folio SMN-AER-2026-019; "
        "the claim's own acta unsigned.",
        {
            "customer_acknowledgement": "fail",
            "reused_evidence": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
        },
    )


SIERRA_US = Org(
    "Sierra Madre Nube USA LLC",
    "Sierra Madre Nube",
    "sierramadrenube.com",
    "US",
    "Laredo, TX 78040",
    "1100 Matamoros Street, Suite 300",
    "#ad1457",
    "EIN 88-2204471",
    "+1 956 555 0157",
)


def s498_051_cagolfo_ammp_invoice_from_us_affiliate() -> Bundle:
    cid = "4981051"
    cust = Org(
        "Cementos y Agregados del Golfo, S.A. de C.V.",
        "CA Golfo",
        "cagolfo.com.mx",
        "MX",
        "Veracruz, Ver., C.P. 91700",
        "Blvd. Adolfo Ruiz Cortines 3497",
        "#616161",
    )
    cc = person(cust, "Héctor Lozano", "Gerente de TI / IT Manager", "hlozano")
    consent, submitted = D(2026, 2, 2), T(2026, 5, 18, 10, 0, -6)
    invoice = g.invoice_pdf(
        SIERRA_US,
        "SMN-US-2026-0031",
        D(2026, 5, 12),
        [(f"MCI Engagement Claim ID {cid} – {g.AMMP_NAME}\nCustomer: {cust.name}", 7500.0)],
        f"{cid}|inv",
        date_style="us_long",
        bank="Falcon International Bank, Laredo · ACH routing 114924742",
    )
    files, claim = g.ammp_claim(
        cid,
        "cagolfo",
        SIERRA,
        SM_PM,
        cust,
        cc,
        consent=consent,
        submitted=submitted,
        app="Portal de despacho de concreto (ready-mix dispatch portal)",
        arr="USD 38,000 / year",
        dates=["23/02/2026", "13/03/2026", "17/04/2026", "24/04/2026"],
        amount=7500.0,
        inv_no="SMN-US-2026-0031",
        date_style="gb",
        invoice_pdf_bytes=invoice,
        sign_when=T(2026, 5, 6, 13, 0, -6),
        date_text="06/05/2026",
    )
    return Bundle(
        f"{cid}_cagolfo_ammp_invoice_from_us_affiliate",
        claim,
        files,
        "action_required",
        "AMMP (Small) claim on the partner's Mexican location (Market C, USD 7,500): template signed, surveys "
        f"complete, {days(consent, submitted)} days after consent (xs/small: 120). But the invoice is issued by "
        "Sierra Madre Nube USA LLC (Laredo, Texas, EIN 88-2204471) – a different legal entity from the claiming "
        "partner Sierra Madre Nube, S.A. de C.V. The invoice must carry the partner name associated with the "
        "claiming location ID; the partner must upload an invoice from the claiming entity. UNSURE: the guide lets "
        "the location's payment profile prevail over other invoice details, so a lenient reviewer might accept an "
        "affiliate's invoice that has the right claim ID and amount.",
        "Invoice SMN-US-2026-0031 header 'Sierra Madre Nube USA LLC · 1100 Matamoros Street, Laredo TX', USD "
        "7,500.00, claim 4981051; partner on the claim: Sierra Madre Nube, S.A. de C.V. (MX).",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "required_documents": "pass",
            "reused_evidence": "pass",
        },
    )


def s498_052_huasteca_presales_field_service() -> Bundle:
    cid = "4981052"
    cust = Org(
        "Lácteos La Huasteca, S.A. de C.V.",
        "Lácteos La Huasteca",
        "lacteoshuasteca.com.mx",
        "MX",
        "Ciudad Valles, S.L.P., C.P. 79000",
        "Carretera México-Laredo km 365",
        "#1565c0",
    )
    cc = person(cust, "Julio César Ortega", "Director de Operaciones / COO", "jcortega")
    minutes = partner_report(
        SIERRA,
        "Minuta de taller de descubrimiento / Discovery workshop minutes",
        [
            ("Cliente / Customer", cust.name),
            ("Fecha / Date", "10/03/2026"),
            ("Asistentes / Attendees", "J. C. Ortega (COO), 2 maintenance supervisors, IT lead; Sierra: 2"),
        ],
        [
            (
                "Situación actual / Current situation",
                "<p>35 técnicos dan mantenimiento a 1,900 tanques de enfriamiento en ranchos proveedores; órdenes en "
                "papel y WhatsApp. / 35 technicians maintain 1,900 cooling tanks at supplier ranches; work orders on "
                "paper and WhatsApp.</p>",
            ),
            (
                "Próximos pasos / Next steps",
                ul(
                    [
                        "Demo de Dynamics 365 Field Service el 24/03 / Field Service demo on 24 March",
                        "Piloto de 3 semanas con 6 técnicos en 2 rutas / 3-week pilot with 6 technicians on 2 routes",
                    ]
                ),
            ),
        ],
        T(2026, 3, 10, 18, 0, -6),
        SM_BA.name,
        f"{cid}|min",
        right="Minuta / Minutes",
    )
    deck = g.slides_pdf(
        SIERRA,
        [
            ("Dynamics 365 Field Service para Lácteos La Huasteca", "<p>Demo – 24/03/2026</p>"),
            (
                "Escenario / Scenario",
                ul(
                    [
                        "Órdenes de trabajo preventivas por tanque (cada 90 días) / Preventive work orders per tank",
                        "Programación de rutas de 35 técnicos / Route scheduling for 35 technicians",
                        "App móvil sin conexión en ranchos / Offline mobile app at ranches",
                    ]
                ),
            ),
            ("Piloto / Pilot", "<p>6 técnicos · 2 rutas · 3 semanas (30/03 – 17/04)</p>"),
        ],
        meta("Demo Field Service Huasteca", SM_BA.name, T(2026, 3, 24, 9, 0, -6), g.PPT),
        f"{cid}|deck",
        "Sierra Madre Nube · Confidencial",
    )
    m1 = Mail(
        SM_PM,
        [cc],
        "Piloto Field Service – resultados / pilot results",
        T(2026, 4, 6, 18, 0, -6),
        "Julio César,\n\nCompartimos los resultados del piloto. / Sharing the pilot results.\n\nSaludos,\nAlejandro\n\n"
        + g.footer_block(SM_PM),
        lang="es",
    )
    m2 = Mail(
        cc,
        [SM_PM],
        "RE: Piloto Field Service – resultados / pilot results",
        T(2026, 4, 8, 9, 12, -6),
        "Alejandro,\n\nGracias por las dos demos (24 de marzo y 2 de abril) y por el piloto de 3 semanas con 6 "
        "técnicos en las rutas de Tamuín y Ébano: las órdenes preventivas y la app sin conexión funcionaron bien. "
        "Compraremos Dynamics 365 Field Service para nuestros 35 técnicos con Sierra Madre Nube como socio.\n\n"
        "In English: thank you for the two demos (24 March and 2 April) and the 3-week pilot with 6 technicians on "
        "the Tamuín and Ébano routes – the preventive work orders and the offline app worked well. We will buy "
        "Dynamics 365 Field Service for our 35 technicians with Sierra Madre Nube as our partner.\n\nSaludos,\n"
        + sig_lines(cc),
        quoted=m1,
        lang="es",
    )
    files = {
        "Minuta_taller_descubrimiento_Huasteca.pdf": minutes,
        "Demo_Field_Service_Huasteca.pdf": deck,
        "RE Piloto Field Service - resultados.msg": g.msg_file(m2),
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="pre_sales",
        area="Business Applications",
        partner=SIERRA,
        pc=SM_PM,
        cust=cust,
        cc=cc,
        workloads=["DYNAMICS 365 FIELD SERVICE"],
        submitted=T(2026, 6, 2, 10, 0, -6),
        transaction=D(2026, 5, 15),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_huasteca_presales_demos_and_pilot",
        claim,
        files,
        "approve",
        "Pre-sales claim: the discovery workshop minutes (10/03/2026), the demo deck (24/03/2026) and the COO's "
        "e-mail of 8 April 2026 from lacteoshuasteca.com.mx acknowledging in depth the two demos and the 3-week pilot "
        "(6 technicians, two routes) and announcing the purchase with Sierra Madre Nube as partner – all before the "
        "transaction of 15 May 2026, as the guide requires. The e-mail is in Spanish with a full English part.",
        "E-mail 8 Apr 2026: 'thank you for the two demos … and the 3-week pilot … We will buy Dynamics 365 Field "
        "Service … with Sierra Madre Nube as our partner'; transaction_date 2026-05-15.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Prairie Ridge Technology Group (US): public sector and Partner Activities
# --------------------------------------------------------------------------------------------------------------

PR_INVOICE: dict[str, Any] = {"date_style": "us_long", "bank": "First National Bank of Omaha · ACH 104000016"}


def s498_053_platte_valley_college_psd_and_letter() -> Bundle:
    cid = "4981053"
    cust = Org(
        "Platte Valley Community College",
        "PVCC",
        "pvcc.edu",
        "US",
        "Columbus, NE 68601",
        "4500 63rd Street",
        "#1b5e20",
    )
    cc = person(cust, "Gary Lindstrom", "Chief Information Officer", "glindstrom")
    vp = person(cust, "Dr. Janice Holloway", "Vice President of Administrative Services", "jholloway")
    psd = psd_pdf(
        PRAIRIE,
        cust,
        "Microsoft Defender for Endpoint and Defender for Office 365 usage – CPOR",
        "the applicable Security usage incentive",
        D(2026, 7, 20),
        f"{cid}|psd",
    )
    psd = g.scan_pdf(
        psd, psd_inks(vp.name, vp.title, "7/21/2026"), f"{cid}|psds", T(2026, 7, 21, 14, 0, -5), dpi=150, skew=0.4
    )
    letter = customer_letter(
        cust,
        cc,
        "Columbus, Nebraska – August 6, 2026",
        "Prairie Ridge Technology Group LLC<br/>1620 Dodge Street, Suite 1100, Omaha, NE 68102",
        "Re: Microsoft Defender for Endpoint and Defender for Office 365 – confirmation of services",
        [
            "Platte Valley Community College confirms that Prairie Ridge Technology Group deployed and continues to "
            "support the following at our Columbus, Norfolk and Grand Island campuses:",
            "<b>Microsoft Defender for Endpoint</b> on 1,480 faculty and staff devices, 620 lab and library PCs and "
            "36 servers, with attack surface reduction rules in block mode, device groups per campus and a weekly "
            "vulnerability review with our infrastructure team.",
            "<b>Microsoft Defender for Office 365 Plan 2</b> for 2,150 faculty and staff mailboxes: Safe Links, Safe "
            "Attachments, impersonation protection for the President's cabinet and financial aid office, and "
            "quarterly phishing simulations (the May 2026 campaign reached 1,940 employees).",
            "The deployment ran from February to June 2026; Prairie Ridge's monthly security reviews continue.",
        ],
        f"{cid}|letter",
        T(2026, 8, 6, 10, 0, -5),
        closing="Sincerely,",
        size=g.LETTER,
    )
    scan = g.scan_pdf(letter, letter_sig(cc), f"{cid}|lscan", T(2026, 8, 6, 15, 0, -5), dpi=150, skew=-0.5)
    files = {
        "PVCC - CIO confirmation letter (signed).pdf": scan,
        "PVCC - Public Sector Disclosure (signed).pdf": psd,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=PRAIRIE,
        pc=PR_SEC,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        submitted=T(2026, 8, 24, 9, 0, -5),
        segment="public_sector",
        docs=[
            ("PVCC - CIO confirmation letter (signed).pdf", "poe"),
            ("PVCC - Public Sector Disclosure (signed).pdf", "public_sector_disclosure"),
        ],
    )
    return Bundle(
        f"{cid}_platte_valley_college_disclosure_and_cio_letter",
        claim,
        files,
        "approve",
        "US public community college (education: public sector) on a CPOR Security usage claim, so the written fee "
        "disclosure acknowledged by the customer in writing is required – and it is there: the standard disclosure "
        "(wording shared with other public-sector claims: boilerplate) signed by hand by the college's VP of "
        "Administrative Services on 7/21/2026. The CIO's letter on the college's letterhead, signed above his "
        "printed name on August 6, 2026, details both workloads (MDE on 1,480 + 620 devices and 36 servers; MDO P2 "
        "for 2,150 mailboxes).",
        "Signed disclosure 'Customer: Platte Valley Community College', Dr. Janice Holloway, 7/21/2026; CIO letter "
        "signed by Gary Lindstrom.",
        g.cpor_ok(ps=True),
    )


def s498_054_elkhorn_library_disclosure_signed_by_msp() -> Bundle:
    cid = "4981054"
    cust = Org(
        "Elkhorn Valley Library District",
        "EVLD",
        "evld.org",
        "US",
        "Norfolk, NE 68701",
        "308 W Braasch Avenue",
        "#6a1b9a",
    )
    cc = person(cust, "Diane Kroeger", "Library District Director", "dkroeger")
    msp = Org("Heartland Managed IT LLC", "Heartland IT", "heartlandmit.com", "US", "Norfolk, NE 68701", "110 N 4th St")
    msp_am = person(msp, "Travis Oberg", "Account Manager", "toberg")
    psd = psd_pdf(
        PRAIRIE,
        cust,
        "Microsoft Teams and SharePoint Online usage – CPOR",
        "the applicable Modern Work usage incentive",
        D(2026, 9, 14),
        f"{cid}|psd",
    )
    psd = g.scan_pdf(
        psd,
        psd_inks(msp_am.name, "Account Manager, Heartland Managed IT (on behalf of EVLD)", "9/16/2026"),
        f"{cid}|psds",
        T(2026, 9, 16, 11, 0, -5),
        dpi=150,
        skew=0.3,
    )
    summary = partner_report(
        PRAIRIE,
        "Elkhorn Valley Library District – Teams and SharePoint rollout summary",
        [("Customer", cust.name), ("Period", "June 1 – September 4, 2026"), ("Branches", "9")],
        [
            (
                "Teams",
                "<p>Teams for the district's 84 staff at 9 branches and the bookmobile; a team per branch; Teams "
                "meetings for the monthly board meeting with public live event for patrons.</p>",
            ),
            (
                "SharePoint Online",
                "<p>Intranet and 5 sites (collections, programs, facilities, HR, board records); 23,000 files moved "
                "from the district's file server.</p>",
            ),
        ],
        T(2026, 9, 8, 16, 0, -5),
        PR_EM.name,
        f"{cid}|sum",
        right="Rollout summary",
        size=g.LETTER,
    )
    m1 = Mail(
        PR_EM,
        [cc],
        "EVLD – Teams & SharePoint rollout complete",
        T(2026, 9, 9, 10, 0, -5),
        "Hi Diane,\n\nThe rollout summary is attached. Could you confirm the district's acceptance?\n\nBest,\n"
        "Brandon\n\n" + g.footer_block(PR_EM),
        attachments=[("EVLD rollout summary.pdf", summary)],
    )
    m2 = Mail(
        cc,
        [PR_EM],
        "RE: EVLD – Teams & SharePoint rollout complete",
        T(2026, 9, 10, 14, 5, -5),
        "Brandon,\n\nConfirmed – all 9 branches and the bookmobile team are working in Teams, and the intranet and "
        "5 SharePoint sites are live with our files moved. The Elkhorn Valley Library District accepts the rollout "
        "as delivered by Prairie Ridge.\n\nThank you,\n" + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "EVLD rollout summary.pdf": summary,
        "RE EVLD - Teams & SharePoint rollout complete.eml": g.eml(m2),
        "EVLD Public Sector Disclosure - signed.pdf": psd,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=PRAIRIE,
        pc=PR_EM,
        cust=cust,
        cc=cc,
        workloads=["TEAMS", "SHAREPOINT ONLINE"],
        submitted=T(2026, 10, 19, 10, 0, -5),
        segment="public_sector",
        docs=[
            ("EVLD rollout summary.pdf", "poe"),
            ("RE EVLD - Teams & SharePoint rollout complete.eml", "poe"),
            ("EVLD Public Sector Disclosure - signed.pdf", "public_sector_disclosure"),
        ],
    )
    return Bundle(
        f"{cid}_elkhorn_library_disclosure_signed_by_it_provider",
        claim,
        files,
        "action_required",
        "US library district (local government: public sector), Modern Work usage. The work is acknowledged by the "
        "District Director from evld.org on 10 Sep 2026 with detail (9 branches, bookmobile, 5 SharePoint sites). "
        "But the public-sector fee disclosure's acknowledgement block is filled in and signed by the account manager "
        "of Heartland Managed IT, the district's outsourced IT provider, 'on behalf of EVLD'. The guide requires the "
        "disclosure to be acknowledged in writing by the customer; an IT provider is a third party. The district "
        "itself must acknowledge the disclosure.",
        "Disclosure acknowledgement: 'Travis Oberg – Account Manager, Heartland Managed IT (on behalf of EVLD)', "
        "9/16/2026.",
        {
            "public_sector": "fail",
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s498_055_sandhills_beef_frontline_day_86() -> Bundle:
    cid = "4981055"
    cust = Org(
        "Sandhills Beef Processors, Inc.",
        "Sandhills Beef",
        "sandhillsbeef.com",
        "US",
        "Broken Bow, NE 68822",
        "1900 S E Street",
        "#8d6e63",
    )
    cc = person(cust, "Marcus Dietz", "Director of Operations", "mdietz")
    eng = g.engagement("MW-FRONTLINE-WS-VAR", "Enable Frontline Workshop", "standard", "variable", 2900.0)
    consent, submitted = D(2026, 3, 2), T(2026, 5, 27, 9, 30, -5)
    report = partner_report(
        PRAIRIE,
        "Enable Frontline Workshop – Findings & Recommendations",
        [
            ("Customer", cust.name),
            ("Workshop", "April 14 and 21, 2026, Broken Bow plant"),
            ("Participants", "9 – operations, safety, HR, IT"),
            ("MCI claim", cid),
        ],
        [
            (
                "Frontline today",
                "<p>540 production workers on 2 shifts plus a sanitation crew; shift schedules posted on paper in "
                "the break rooms; USDA food-safety checklists on clipboards; safety notices in English and Spanish "
                "printed weekly.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams with Shifts for the 540 workers on 40 shared kiosks and personal phones (opt-in).",
                        "Digital HACCP pre-operational checklist in Power Apps for the 14 sanitation leads.",
                        "Bilingual safety announcements in Viva Connections.",
                    ]
                ),
            ),
            ("Next steps", "<p>Pilot with the fabrication floor (120 workers) in June 2026.</p>"),
        ],
        T(2026, 4, 23, 17, 0, -5),
        PR_EM.name,
        f"{cid}|rep",
        size=g.LETTER,
    )
    files, claim = pa_claim(
        cid,
        PRAIRIE,
        PR_EM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Frontline_Workshop_Findings_Sandhills_Beef.pdf": report},
        amount=2900.0,
        inv_no="PRT-2026-0188",
        inv_day=D(2026, 5, 20),
        activities="Frontline workshop: shifts, checklists, bilingual announcements",
        outcome="Frontline plan for 540 workers; pilot in June",
        participants="9",
        invoice_kw=PR_INVOICE,
    )
    return Bundle(
        f"{cid}_sandhills_beef_frontline_workshop_day_86",
        claim,
        files,
        "approve",
        "Enable Frontline Workshop (variable payout USD 2,900) for a US meat processor: specific findings (540 "
        "workers on 2 shifts, paper schedules, clipboard HACCP checklists) and recommendations; invoice with claim "
        "ID, partner name and USD 2,900.00; both surveys signed. Submitted "
        f"{days(consent, submitted)} days after consent – close to, but within, the 90 days of the standard "
        "timeline. Commercial customer: no disclosure needed.",
        "consent 2026-03-02 → submitted 2026-05-27 (86 days, standard: 90); invoice PRT-2026-0188 USD 2,900.00.",
        g.pa_ok(),
        container="zip",
    )


def s498_056_loup_river_ai_apps_xs_after_120_days() -> Bundle:
    cid = "4981056"
    cust = Org(
        "Loup River Irrigation Company",
        "Loup River Irrigation",
        "loupriverirrigation.com",
        "US",
        "Genoa, NE 68640",
        "620 Willard Avenue",
        "#0277bd",
    )
    cc = person(cust, "Amy Kasper", "General Manager", "akasper")
    eng = g.engagement(
        "AZ-INNOV-AIAPPS-XS-VAR", "Azure Innovate PL: AI Apps Deployment (XS)", "xs_small", "variable", 9000.0
    )
    consent, submitted = D(2026, 1, 5), T(2026, 5, 12, 10, 0, -5)
    report = partner_report(
        PRAIRIE,
        "AI Apps Deployment – Water order assistant",
        [
            ("Customer", cust.name),
            ("Production since", "April 20, 2026"),
            ("Architecture", "Azure OpenAI Service, Azure AI Search, Azure Container Apps, Azure SQL"),
            ("MCI claim", cid),
        ],
        [
            (
                "Solution",
                "<p>Assistant for 410 member farmers placing irrigation water orders by text message and web chat; "
                "checks canal capacity and headgate schedules; hands off to the 3 ditch riders.</p>",
            ),
            ("Results", "<p>1,260 orders in the first 3 weeks; 71% handled without staff.</p>"),
        ],
        T(2026, 5, 5, 16, 0, -5),
        PR_EM.name,
        f"{cid}|rep",
        size=g.LETTER,
    )
    files, claim = pa_claim(
        cid,
        PRAIRIE,
        PR_EM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"AI_Apps_Deployment_Loup_River.pdf": report},
        amount=9000.0,
        inv_no="PRT-2026-0179",
        inv_day=D(2026, 5, 8),
        activities="Water order assistant on Azure OpenAI",
        outcome="Assistant in production for 410 members",
        participants="5",
        invoice_kw=PR_INVOICE,
    )
    return Bundle(
        f"{cid}_loup_river_ai_apps_xs_after_120_days",
        claim,
        files,
        "reject",
        "XS/small project: the claim had to be submitted within 120 days of customer consent (2026-01-05 → "
        f"2026-05-05); it was submitted on 2026-05-12, {days(consent, submitted)} days after consent. The claim "
        "expired before submission; the delivery report and the USD 9,000 invoice cannot change that.",
        "consent_date 2026-01-05, activity_type xs_small, submitted 2026-05-12 (day 127 > 120).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s498_057_cornhusker_mutual_ms_template_docusign() -> Bundle:
    cid = "4981057"
    cust = Org(
        "Cornhusker Mutual Insurance Company",
        "Cornhusker Mutual",
        "cornhuskermutual.com",
        "US",
        "Lincoln, NE 68508",
        "1301 O Street",
        "#c62828",
    )
    cc = person(cust, "Rebecca Sorensen", "Chief Information Security Officer", "rsorensen")
    scope = (
        "<p><b>Microsoft Entra ID P2</b> – Deployment and implementation for 1,140 employees and 380 independent "
        "agents: Privileged Identity Management for 31 admin roles with approval for Global, Security and Exchange "
        "administrators; quarterly access reviews for agent accounts; Identity Protection user and sign-in risk "
        "policies; workload identity Conditional Access for 12 service principals.</p>"
        "<p><b>Microsoft Defender for Cloud Apps</b> – Deployment: cloud discovery through Defender for Endpoint on "
        "1,260 devices; 57 unsanctioned apps blocked (file sharing, AI note-takers); session policies for the claims "
        "system and the agent portal; OAuth app governance.</p>"
        "<p>Timeline: design March 2–20, PIM and access reviews March 23 – April 30, Defender for Cloud Apps May "
        "4 – June 19, hypercare to June 26, 2026.</p>"
    )
    template = g.ms_poe_template(
        PRAIRIE,
        cust,
        cc,
        [
            ("Microsoft Entra ID P2 (formerly AADP P2)", ("Deployment", "Implementation")),
            ("Microsoft Defender for Cloud Apps (formerly MCAS)", ("Deployment",)),
        ],
        scope,
        D(2026, 3, 2),
        D(2026, 6, 26),
        f"{cid}|tpl",
    )
    signed = g.esign(
        template,
        cc,
        T(2026, 7, 14, 15, 2, -5),
        f"{cid}|ds",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=12,
        date_anchor="Date Signed",
        date_dx=150,
        date_dy=3,
        date_text="7/14/2026",
        vendor="docusign",
        sender=PR_SEC,
        ip="63.240.18.77",
    )
    files = {"Cornhusker_Mutual_CPOR_Security_POE_signed.pdf": signed}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=PRAIRIE,
        pc=PR_SEC,
        cust=cust,
        cc=cc,
        workloads=["AZURE ACTIVE DIRECTORY PREMIUM 2", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        submitted=T(2026, 7, 27, 10, 0, -5),
        docs=[(p, "poe") for p in files],
    )
    return Bundle(
        f"{cid}_cornhusker_mutual_ms_template_docusign",
        claim,
        files,
        "approve",
        "Microsoft's optional Security usage POE template, completed the way the guide's valid example is: Entra ID "
        "P2 and Defender for Cloud Apps ticked with their activity types, a detailed scope (31 PIM roles, access "
        "reviews for 380 agents, discovery on 1,260 devices, 57 apps blocked, dated timeline), partner and customer "
        "named, engagement dates, and the customer acknowledgement e-signed through Docusign by the CISO on "
        "7/14/2026 with the certificate of completion. The unticked product rows are not claimed.",
        "Section 3.1: Docusign signature of Rebecca Sorensen, 'Date Signed 7/14/2026'; certificate of completion.",
        g.cpor_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# El Yunque Digital (Puerto Rico)
# --------------------------------------------------------------------------------------------------------------


def typed_fields(pdf: bytes, entries: Sequence[tuple[str, int, str]], seed: str, dx: float = 150) -> bytes:
    """Type values into a form's empty cells (label, occurrence of the label, text), as e-sign fields do."""
    doc = pymupdf.open("pdf", pdf)
    for label, occurrence, text in entries:
        no, rect = g._locate(doc, Ink(label, "hand", occurrence=occurrence))
        doc[no].insert_text((rect.x0 + dx, rect.y1 - 1.5), text, fontname="helv", fontsize=9.5)
    data = g._fix_id(doc.tobytes(garbage=3, deflate=True), seed)
    doc.close()
    return data


def s498_058_rio_claro_municipality_adobe_disclosure() -> Bundle:
    cid = "4981058"
    cust = Org(
        "Municipio Autónomo de Río Claro",
        "Municipio de Río Claro",
        "rioclaro.pr.gov",
        "PR",
        "Río Claro, PR 00745",
        "Calle José de Diego 1, Casa Alcaldía",
        "#1565c0",
    )
    cc = person(cust, "Ivelisse Santiago Colón", "Directora de Sistemas de Información", "isantiago")
    parties = [
        Party("Municipio / Customer", cust.name, cc.name, "Directora de Sistemas"),
        Party("Socio / Partner", YUNQUE.name, EY_PM.name, EY_PM.title),
    ]
    psd = psd_pdf(
        YUNQUE,
        cust,
        "Microsoft Defender for Endpoint and Intune usage – CPOR",
        "the applicable Security usage incentive",
        D(2026, 9, 21),
        f"{cid}|psd",
    )
    psd = typed_fields(psd, [("Name", 0, cc.name), ("Title", 0, cc.title), ("Date", 1, "9/23/2026")], f"{cid}|psdf")
    psd = g.esign(
        psd,
        cc,
        T(2026, 9, 23, 10, 41, -4),
        f"{cid}|psdenv",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=6,
        vendor="adobe",
        certificate=True,
        sender=EY_PM,
        ip="138.199.40.12",
    )
    report = yunque_closure(
        cust,
        "EYD-CR-2026-014",
        "25/09/2026",
        "El Yunque Digital incorporó 420 computadoras municipales y 60 tabletas de la policía municipal a Intune y "
        "las protegió, junto con 18 servidores, con Defender for Endpoint.",
        "El Yunque Digital enrolled 420 municipal computers and 60 municipal police tablets in Intune and protected "
        "them, with 18 servers, with Defender for Endpoint.",
        [
            (
                "Intune",
                "Autopilot para 150 equipos nuevos, inscripción de 270 existentes y 60 tabletas (modo dedicado); "
                "políticas de cumplimiento / Autopilot for 150 new PCs, enrollment of 270 existing ones and 60 "
                "tablets (dedicated mode); compliance policies",
                "480",
            ),
            (
                "Defender for Endpoint",
                "Incorporación de 480 dispositivos y 18 servidores, reglas ASR en bloqueo / Onboarding of 480 "
                "devices and 18 servers, ASR rules in block mode",
                "498",
            ),
        ],
        ["Junio / June: diseño / design", "Julio–agosto / July–August: despliegue / rollout", "Septiembre: cierre"],
        f"{cid}|rep",
        T(2026, 9, 25, 15, 0, -4),
        parties=parties,
    )
    inks = [
        *col_inks(report, "Aceptación / Acceptance", parties[0], "25/09/2026", labels=EY_LABELS),
        *col_inks(report, "Aceptación / Acceptance", parties[1], "25/09/2026", labels=EY_LABELS, color=g.INK_BLACK),
    ]
    signed = g.with_scanned_pages(
        report,
        [g.page_of(report, "Aceptación / Acceptance")],
        inks,
        f"{cid}|scan",
        T(2026, 9, 25, 16, 30, -4),
        meta("Informe de cierre Río Claro (firmado)", EY_PM.name, T(2026, 9, 28, 9, 0, -4)),
        dpi=150,
        skew=0.5,
    )
    files = {
        "Informe_de_cierre_EYD-CR-2026-014_Rio_Claro_firmado.pdf": signed,
        "Public Sector Disclosure - Municipio de Rio Claro (Acrobat Sign).pdf": psd,
    }
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Security",
        partner=YUNQUE,
        pc=EY_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        submitted=T(2026, 10, 13, 10, 0, -4),
        segment="public_sector",
        docs=[
            ("Informe_de_cierre_EYD-CR-2026-014_Rio_Claro_firmado.pdf", "poe"),
            ("Public Sector Disclosure - Municipio de Rio Claro (Acrobat Sign).pdf", "public_sector_disclosure"),
        ],
    )
    return Bundle(
        f"{cid}_rio_claro_municipality_e_signed_disclosure",
        claim,
        files,
        "approve",
        "Puerto Rico municipality (public sector) on a CPOR Security usage claim: the standard fee disclosure "
        "(shared wording: boilerplate) is acknowledged by the municipality's Director of Information Systems "
        "through Adobe Acrobat Sign on 9/23/2026 with the audit report, and the bilingual closure report (every "
        "statement in Spanish and English: 480 devices in Intune, 480 devices + 18 servers in MDE) is signed by her "
        "on 25/09/2026, 18 days before submission.",
        "Acrobat Sign disclosure 'Customer: Municipio Autónomo de Río Claro' signed by Ivelisse Santiago Colón; "
        "signed closure report.",
        g.cpor_ok(ps=True),
    )


CEIBA = Org(
    "Farmacias La Ceiba, Inc.",
    "Farmacias La Ceiba",
    "farmaciaslaceiba.com",
    "PR",
    "Bayamón, PR 00959",
    "Carr. 2 km 11.7, Urb. Hermanas Dávila",
    "#2e7d32",
)
CEIBA_IT = person(CEIBA, "Ana Lucía Torres", "Directora de Tecnología / CTO", "atorres")


def ceiba_files() -> dict[str, bytes]:
    """Farmacias La Ceiba's closure report and acceptance e-mail (submitted twice)."""

    def make() -> dict[str, bytes]:
        report = yunque_closure(
            CEIBA,
            "EYD-CR-2026-009",
            "15/05/2026",
            "Migración del correo de 38 farmacias y la oficina central a Exchange Online e implantación de Teams "
            "para 260 usuarios.",
            "Mail of 38 pharmacies and head office migrated to Exchange Online; Teams rolled out to 260 users.",
            [
                (
                    "Exchange Online",
                    "300 buzones (260 usuarios y 40 buzones compartidos de farmacia) migrados desde Google Workspace / "
                    "300 mailboxes (260 users and 40 shared pharmacy mailboxes) migrated from Google Workspace",
                    "300",
                ),
                (
                    "Teams",
                    "Un equipo por región (4) y canales por farmacia; turnos con Shifts para 180 técnicos de "
                    "farmacia / A team per region (4) with a channel per pharmacy; Shifts for 180 pharmacy technicians",
                    "260",
                ),
            ],
            ["Marzo / March: diseño / design", "Abril / April: migración / migration", "Mayo / May: Teams"],
            "4981059|rep",
            T(2026, 5, 15, 16, 0, -4),
            note="La aceptación del cliente se recibió por correo electrónico (adjunto). / The customer's acceptance "
            "was received by e-mail (attached).",
        )
        m1 = Mail(
            EY_PM,
            [CEIBA_IT],
            "Informe de cierre – Exchange Online y Teams",
            T(2026, 5, 18, 10, 0, -4),
            "Ana Lucía,\n\nAdjunto el informe de cierre. ¿Nos confirmas la aceptación del proyecto?\n\nSaludos,\n"
            "Coral\n\n" + g.footer_block(EY_PM),
            lang="es",
            attachments=[("Informe_de_cierre_EYD-CR-2026-009.pdf", report)],
        )
        m2 = Mail(
            CEIBA_IT,
            [EY_PM],
            "RE: Informe de cierre – Exchange Online y Teams",
            T(2026, 5, 20, 8, 30, -4),
            "Coral,\n\nConfirmamos: los 300 buzones están en Exchange Online y Teams funciona en las 38 farmacias. "
            "Farmacias La Ceiba acepta el proyecto.\n\nWe confirm: all 300 mailboxes are on Exchange Online and Teams "
            "is working in all 38 pharmacies. Farmacias La Ceiba accepts the project.\n\nSaludos,\n"
            + sig_lines(CEIBA_IT),
            quoted=m1,
            lang="es",
        )
        return {
            "Informe_de_cierre_EYD-CR-2026-009.pdf": report,
            "RE Informe de cierre - Exchange Online y Teams.msg": g.msg_file(m2),
        }

    return dict(cached("ceiba", make))


def ceiba_claim(
    cid: str, submitted: dt.datetime, comments: Sequence[tuple[str, dt.datetime, str]] = ()
) -> tuple[dict[str, bytes], dict[str, Any]]:
    files = ceiba_files()
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=YUNQUE,
        pc=EY_PM,
        cust=CEIBA,
        cc=CEIBA_IT,
        workloads=["EXCHANGE ONLINE", "TEAMS"],
        submitted=submitted,
        docs=[(p, "poe") for p in files],
        comments=comments,
    )
    return files, claim


def s498_059_farmacias_la_ceiba_original() -> Bundle:
    cid = "4981059"
    files, claim = ceiba_claim(cid, T(2026, 6, 8, 10, 0, -4))
    return Bundle(
        f"{cid}_farmacias_la_ceiba_closure_and_acceptance",
        claim,
        files,
        "approve",
        "Bilingual closure report (300 mailboxes migrated from Google Workspace, Teams for 260 users in 38 "
        "pharmacies, Shifts for 180 technicians) and the CTO's bilingual e-mail from farmaciaslaceiba.com of 20 May "
        "2026: 'Farmacias La Ceiba accepts the project.' A commercial customer in Puerto Rico needs no disclosure. "
        "The partner submitted the same claim again nine days later as 4981060; this first submission is the "
        "original.",
        "Reply from atorres@farmaciaslaceiba.com: 'Farmacias La Ceiba acepta el proyecto. … accepts the project.'",
        g.cpor_ok(email_ack=True),
    )


def s498_060_farmacias_la_ceiba_duplicate() -> Bundle:
    cid = "4981060"
    submitted = T(2026, 6, 17, 9, 30, -4)
    files, claim = ceiba_claim(
        cid,
        submitted,
        [
            (
                "partner",
                submitted - dt.timedelta(minutes=2),
                "Resubmitting this claim – Partner Center showed an error when we submitted on June 8 and we were "
                "not sure it went through.",
            )
        ],
    )
    return Bundle(
        f"{cid}_farmacias_la_ceiba_submitted_twice",
        claim,
        files,
        "action_required",
        "The same customer, workloads and identical files as claim 4981059, submitted nine days later because the "
        "partner was 'not sure it went through'. The evidence is already on 4981059, which holds the original; "
        "this duplicate must not be approved a second time – the partner should cancel it (or ask for it to be "
        "rejected). UNSURE: a reviewer could reject the duplicate outright.",
        "Files byte-identical to 4981059's; partner comment 'Resubmitting this claim – Partner Center showed an "
        "error…'.",
        {
            "reused_evidence": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "customer_domain": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Godavari Cloud Services (India)
# --------------------------------------------------------------------------------------------------------------

GC_INVOICE: dict[str, Any] = {
    "title": "TAX INVOICE (EXPORT OF SERVICES)",
    "date_style": "in",
    "bank": "HDFC Bank, HITEC City branch · EEFC USD account 50200088412270 · LUT ARN AD360326004471X",
}


def s498_061_nallamala_irrigation_public_sector_pa() -> Bundle:
    cid = "4981061"
    cust = Org(
        "Nallamala Irrigation Development Corporation Limited",
        "NIDC",
        "nidc.ap.gov.in",
        "IN",
        "Kurnool 518001",
        "Jala Soudha, Budhawarpet",
        "#1565c0",
    )
    cc = person(cust, "K. Venkata Ramana", "General Manager (IT)", "gm.it")
    eng = g.engagement("MW-FRONTLINE-WS-VAR", "Enable Frontline Workshop", "standard", "variable", 2650.0)
    consent, submitted = D(2026, 7, 6), T(2026, 9, 14, 11, 0, 5.5)
    report = partner_report(
        GODAVARI,
        "Enable Frontline Workshop – Findings",
        [
            ("Customer", cust.name),
            ("Workshop", "11 and 12 August 2026, Kurnool"),
            ("Participants", "11 – superintending engineers, IT, HR"),
            ("MCI claim", cid),
        ],
        [
            (
                "Frontline today",
                "<p>420 field staff (canal inspectors, gate operators, work inspectors) across 3 circles report gate "
                "openings and canal breaches by phone calls and paper registers; water release orders reach the "
                "field by WhatsApp groups.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams for frontline workers with a channel per canal division (14) for release orders.",
                        "Power Apps form for breach reports with photo and GPS, routed to the division engineer.",
                        "Shifts for gate operators during the kharif release season.",
                    ]
                ),
            ),
        ],
        T(2026, 8, 14, 17, 0, 5.5),
        GC_PM.name,
        f"{cid}|rep",
    )
    psd = psd_pdf(
        GODAVARI,
        cust,
        "Enable Frontline Workshop – MCI Partner Activities",
        "USD 2,650",
        D(2026, 8, 17),
        f"{cid}|psd",
        style="gb_long",
    )
    psd = g.scan_pdf(
        psd,
        psd_inks(cc.name, cc.title, "18-08-2026", seal=("NIDC", "KURNOOL")),
        f"{cid}|psds",
        T(2026, 8, 18, 15, 0, 5.5),
        dpi=150,
        skew=0.6,
    )
    files, claim = pa_claim(
        cid,
        GODAVARI,
        GC_AM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Frontline_Workshop_Findings_NIDC.pdf": report},
        amount=2650.0,
        inv_no="GCS-EXP-26-27-0042",
        inv_day=D(2026, 9, 8),
        activities="Frontline workshop for field staff: release orders, breach reports, shifts",
        outcome="Frontline plan for 420 field staff",
        participants="11",
        segment="public_sector",
        extra_docs=[("PSD_NIDC_signed.pdf", psd, "public_sector_disclosure")],
        invoice_kw=GC_INVOICE,
    )
    return Bundle(
        f"{cid}_nallamala_irrigation_public_sector_frontline",
        claim,
        files,
        "approve",
        "Partner Activities claim for an Indian state government corporation (public sector): India is one of the "
        "three countries where public-sector Partner Activities claims need the Public Sector Disclosure, and it is "
        "there – the standard wording (shared with other public-sector claims: boilerplate), signed, sealed and "
        "dated 18-08-2026 by the customer's GM (IT). Specific findings (420 field staff, 14 canal divisions), "
        "invoice with claim ID and USD 2,650.00 (= proposed payout), both surveys signed, "
        f"{days(consent, submitted)} days after consent (standard: 90).",
        "PSD_NIDC_signed.pdf: acknowledgement signed by K. Venkata Ramana, seal 'NIDC · KURNOOL', '18-08-2026'.",
        g.pa_ok(ps=True),
    )


def s498_062_secunderabad_pharma_invoice_digits_swapped() -> Bundle:
    cid = "4981062"
    cust = Org(
        "Secunderabad Pharma Packaging Pvt. Ltd.",
        "SPP",
        "spppl.co.in",
        "IN",
        "Hyderabad 500076",
        "Plot 22, IDA Nacharam",
        "#00838f",
    )
    cc = person(cust, "Pradeep Kumar Goud", "Manager – IT", "pradeep.goud")
    eng = g.engagement("SEC-HYBRID-CLOUD-WS-VAR", "Hybrid Cloud Security Workshop", "standard", "variable", 2450.0)
    consent, submitted = D(2026, 4, 20), T(2026, 6, 22, 11, 0, 5.5)
    report = partner_report(
        GODAVARI,
        "Hybrid Cloud Security Workshop – Findings",
        [("Customer", cust.name), ("Workshop", "19 May 2026, Nacharam"), ("Participants", "5"), ("MCI claim", cid)],
        [
            (
                "Findings",
                ul(
                    [
                        "Defender for Cloud secure score 31% on the validation-data subscription; 2 VMs with RDP open "
                        "to the internet.",
                        "21 on-premises servers (LIMS, serialisation, file) without EDR; Azure Arc tested on 2.",
                        "Backups of the serialisation database kept on the same storage account without immutability.",
                    ]
                ),
            ),
            (
                "Recommendations",
                ul(["Close RDP, enable JIT access.", "Defender for Servers P2 via Arc.", "Immutable vault backups."]),
            ),
        ],
        T(2026, 5, 21, 17, 0, 5.5),
        GC_PM.name,
        f"{cid}|rep",
    )
    invoice = g.invoice_pdf(
        GODAVARI,
        "GCS-EXP-26-27-0019",
        D(2026, 6, 15),
        [(f"MCI Engagement Claim ID {cid} – {eng['name']}\nCustomer: {cust.name}", 2540.0)],
        f"{cid}|inv",
        **GC_INVOICE,
    )
    files, claim = pa_claim(
        cid,
        GODAVARI,
        GC_AM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Hybrid_Cloud_Security_Findings_SPP.pdf": report},
        amount=2450.0,
        inv_no="GCS-EXP-26-27-0019",
        inv_day=D(2026, 6, 15),
        invoice_pdf_bytes=invoice,
        activities="Hybrid cloud security workshop",
        outcome="RDP closed, Defender for Servers via Arc, immutable backups planned",
        participants="5",
    )
    return Bundle(
        f"{cid}_secunderabad_pharma_invoice_amount_digits_swapped",
        claim,
        files,
        "action_required",
        "The invoice carries the claim ID and the partner's name, but asks for USD 2,540.00 while the engagement's "
        "proposed payout is USD 2,450.00 (two digits swapped). The pre-tax amount must match the payout; a "
        "corrected invoice is needed. Findings, surveys and timing "
        f"({days(consent, submitted)} days, standard: 90) are fine.",
        "Invoice GCS-EXP-26-27-0019: USD 2,540.00; engagement proposed_payout_usd 2450.",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s498_063_warangal_cotton_medium_action_required_expired() -> Bundle:
    cid = "4981063"
    cust = Org(
        "Warangal Cotton Mills Limited",
        "Warangal Cotton",
        "warangalcotton.in",
        "IN",
        "Warangal 506002",
        "Station Road, Kazipet",
        "#8d6e63",
    )
    cc = person(cust, "Sudheer Rao Kalvakuntla", "Chief Digital Officer", "sudheer.k")
    eng = g.engagement(
        "AZ-INNOV-ANALYTICS-M-VAR", "Azure Innovate PL: Analytics Deployment (Medium)", "medium", "variable", 16500.0
    )
    consent = D(2025, 11, 10)
    first, asked, resubmitted = T(2026, 4, 27, 10, 0, 5.5), T(2026, 5, 6, 9, 0), T(2026, 7, 2, 12, 0, 5.5)
    report = partner_report(
        GODAVARI,
        "Analytics Deployment – Delivery report",
        [
            ("Customer", cust.name),
            ("Production since", "30 March 2026"),
            ("Platform", "Azure Synapse Analytics, Azure Data Factory, Power BI"),
            ("MCI claim", cid),
        ],
        [
            (
                "Delivered",
                "<p>Spinning and weaving data from 2 mills (48 ring frames, 120 looms) and the SAP system; 14 Power BI "
                "reports for 62 users; yarn quality and energy dashboards.</p>",
            ),
            ("Consumption", "<p>Estimated Azure consumption: USD 6,200 / month.</p>"),
        ],
        T(2026, 4, 20, 17, 0, 5.5),
        GC_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        GODAVARI,
        GC_AM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=resubmitted,
        poe={"Analytics_Delivery_Report_Warangal_Cotton.pdf": report},
        amount=16500.0,
        inv_no="GCS-EXP-26-27-0027",
        inv_day=D(2026, 6, 30),
        activities="Analytics platform for mills: quality and energy dashboards",
        outcome="14 reports for 62 users in production",
        participants="8",
        invoice_kw=GC_INVOICE,
        history=[
            ("customer consent approved", T(2025, 11, 10, 12), "-"),
            ("submission", first, GC_AM.email),
            ("action required", asked, "Microsoft"),
            ("document submission", resubmitted - dt.timedelta(minutes=5), GC_AM.email),
            ("submission", resubmitted, GC_AM.email),
        ],
        comments=[
            (
                "microsoft",
                asked,
                "Dear Partner, the invoice does not show the MCI engagement claim ID. Please upload a corrected "
                "invoice and resubmit. Claims left in Action Required expire at the engagement's post-submission "
                "deadline.",
            ),
            ("partner", resubmitted - dt.timedelta(minutes=2), "Corrected invoice with the claim ID uploaded."),
        ],
    )
    return Bundle(
        f"{cid}_warangal_cotton_medium_left_in_action_required",
        claim,
        files,
        "reject",
        f"Medium project: first submitted on day {days(consent, first)} after consent (within 200), set to action "
        "required on 2026-05-06 for a missing claim ID, and resubmitted on 2026-07-02 – day "
        f"{days(consent, resubmitted)} after consent. A medium claim left in action required expires 230 days after "
        "consent (2026-06-28), and expired claims cannot be reactivated. The corrected invoice and the delivery "
        "report are fine, but too late.",
        "consent 2025-11-10; history: submission 04-27, action required 05-06, submission 07-02 (day 234 > 230).",
        {"submission_window": "fail", "invoice": "pass", "attestations": "pass", "reused_evidence": "pass"},
    )


def s498_064_nizam_textiles_gmail_forward_with_confirmation() -> Bundle:
    cid = "4981064"
    cust = Org(
        "Nizam Textiles Limited",
        "Nizam Textiles",
        "nizamtextiles.in",
        "IN",
        "Secunderabad 500003",
        "Sardar Patel Road",
        "#4527a0",
    )
    cc = person(cust, "Ravi Shankar Varma", "Head – IT", "ravi.varma")
    md = person(cust, "Farhan Ali Khan", "Managing Director", "md")
    report = partner_report(
        GODAVARI,
        "Microsoft 365 rollout – Delivery report",
        [("Customer", cust.name), ("Period", "5 January – 30 January 2026"), ("Sites", "Secunderabad office, 2 mills")],
        [
            (
                "Microsoft 365 Apps",
                "<p>Microsoft 365 Apps for enterprise on 410 PCs (office, Jangaon and Nalgonda mills) via Intune; "
                "shared computer activation on 24 shift PCs; macros in the costing workbooks tested.</p>",
            ),
            (
                "Exchange Online",
                "<p>410 mailboxes and 16 shared mailboxes (export, dyeing orders, purchase) migrated from the Zimbra "
                "server; DKIM and DMARC set up.</p>",
            ),
        ],
        T(2026, 2, 2, 17, 0, 5.5),
        GC_PM.name,
        f"{cid}|rep",
        right="Delivery report",
    )
    internal = Mail(
        md,
        [cc],
        "Office 365 project",
        T(2026, 2, 5, 19, 2, 5.5),
        "Ravi,\n\nApproved. Good work by the Godavari team on the Office rollout – please close the project with "
        "them.\n\nFarhan",
        style="gmail",
        mailer="Gmail",
    )
    fwd = Mail(
        cc,
        [GC_PM],
        "Fwd: Office 365 project",
        T(2026, 2, 6, 10, 15, 5.5),
        "Srinivas,\n\nForwarding our MD's approval below. From IT's side also confirmed: Microsoft 365 Apps is "
        "installed on all 410 PCs in the Secunderabad office and the 2 mills, and all 410 mailboxes plus the 16 "
        "shared mailboxes have moved to Exchange Online. Nizam Textiles accepts the project as delivered by "
        "Godavari Cloud.\n\nRegards,\n" + sig_lines(cc),
        quoted=internal,
        forward=True,
        style="gmail",
        mailer="Gmail",
    )
    printed = gmail_print(fwd, f"{GC_PM.name} <{GC_PM.email}>", f"{cid}|gmail", T(2026, 2, 20, 11, 40, 5.5))
    files = {"Gmail - Fwd_ Office 365 project.pdf": printed, "Delivery_report_Nizam_Textiles.pdf": report}
    claim = g.make_claim(
        cid,
        program="cpor",
        kind="usage",
        area="Modern Work",
        partner=GODAVARI,
        pc=GC_PM,
        cust=cust,
        cc=cc,
        workloads=["MICROSOFT 365 APPS", "EXCHANGE ONLINE"],
        submitted=T(2026, 2, 23, 10, 0, 5.5),
        docs=[(p, "poe") for p in files],
    )
    checks = g.cpor_ok(email_ack=True)
    checks["customer_acknowledgement"] = ["pass", "warn"]
    return Bundle(
        f"{cid}_nizam_textiles_gmail_forward_with_own_confirmation",
        claim,
        files,
        "approve",
        "The customer's Head – IT forwards his managing director's internal approval to the partner (printed from "
        "Gmail, the partner's mail system) – but above the forward he writes his own confirmation from "
        "nizamtextiles.in on 6 February 2026: Microsoft 365 Apps on 410 PCs, 410 + 16 mailboxes on Exchange "
        "Online, 'Nizam Textiles accepts the project as delivered by Godavari Cloud'. The guide calls e-mails "
        "forwarded from customers insufficient, but here the forwarding text itself is the customer's own detailed "
        "acknowledgement; the forwarded part only adds to it. UNSURE: a strict reviewer could treat the message as "
        "a forward and ask for a direct acknowledgement.",
        "Gmail print 'Fwd: Office 365 project' from ravi.varma@nizamtextiles.in: 'Nizam Textiles accepts the project "
        "as delivered by Godavari Cloud.'",
        checks,
    )


# --------------------------------------------------------------------------------------------------------------
# assembly and output (set G's validation, bundle writer and expected.json layout)
# --------------------------------------------------------------------------------------------------------------


def _values(v: Any) -> set[str]:
    return set(v if isinstance(v, list) else [v])


def _vet(b: Bundle) -> None:
    """The rules every bundle of this set keeps (and set H's: a label needs a failing check, and so on)."""
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
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s498_") and callable(fn)]
    bundles = [fn() for fn in builders]
    ids = [b.claim_id for b in bundles]
    if len(set(ids)) != len(ids) or len({b.entry for b in bundles}) != len(bundles):
        raise RuntimeError("claim ids and bundle names must be unique")
    for b in bundles:
        _vet(b)
    return bundles


def build(out_dir: Path) -> None:
    """Write every bundle and ``expected.json`` into ``out_dir`` (created if absent)."""
    _CACHE.clear()
    bundles = build_all()
    out_dir.mkdir(parents=True, exist_ok=True)
    for b in bundles:
        g.write_bundle(out_dir, b)
    text = json.dumps(g.expected(bundles), indent=2, ensure_ascii=False) + "\n"
    (out_dir / "expected.json").write_text(text, encoding="utf-8")


def _clear(out: Path, force: bool) -> None:
    """Make ``out`` an empty directory, refusing to empty one that holds anything but a previous set J."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = sorted(out.iterdir())
    foreign = [e.name for e in entries if e.name != "expected.json" and not e.name.startswith("4981")]
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
    cli = argparse.ArgumentParser(description="Write held-out test set J: MCI claim bundles and expected.json.")
    cli.add_argument("out", type=Path, help="output directory (absent, empty, or an earlier set J)")
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
