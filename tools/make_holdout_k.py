"""Write held-out test set K for POE Reviewer: MCI claim bundles plus ``expected.json``.

Like sets G and H, every expectation here was written from the MCI claiming guide (June 2025, shared/seed) and the
bundle format (shared/spec/claims-interchange.md) alone: what a careful human reviewer would decide from those rules,
never what the tool does. Claims 4991001-4991099, all submitted in 2026, with partners and customers of their own
(Australia, Norway, Czechia, Portugal, Brazil, Colombia, Chile, Vietnam, Nigeria, Kenya, Saudi Arabia, Japan,
Thailand, the United States, Puerto Rico, India, Ireland, Austria and Belgium). The document machinery (PDF, Word,
e-mail, scans, photos, ink, e-signatures, bundles) is set G's, imported from ``tools/make_holdout_g.py``; this module
adds the scenarios and the partners' own templates (acceptance certificates, bilingual protocols, Word reports with
tracked changes and comments, a PDF with an unsigned signature field, a Teams chat export, SOC reports, ...).

Several partners reuse their own template for several customers and the public-sector claims share the standard
disclosure wording (boilerplate the queue must not flag); six pairs share claim-specific evidence: a signature cut out
of a scan, one customer's acceptance e-mail, an invoice, a report's figures, a SOC screenshot and a whole claim
submitted twice. One pair is a conflicting claim on the same customer and workload.

Usage: ``python tools/make_holdout_k.py OUTDIR [--force]``. The output is byte-for-byte reproducible.
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
except ImportError:  # run as a script: python tools/make_holdout_k.py
    import make_holdout_g as g  # type: ignore[no-redef]

Org, Person, Mail, Party, Ink, Bundle = g.Org, g.Person, g.Mail, g.Party, g.Ink, g.Bundle
T, D, person, meta, css, kv, grid, ul, fields = g.T, g.D, g.person, g.meta, g.css, g.kv, g.grid, g.ul, g.fields
NA, PASS_NA = g.NA, g.PASS_NA
FIRST_ID, LAST_ID = 4991001, 4991099
_CACHE: dict[str, Any] = {}


def days(a: dt.date | dt.datetime, b: dt.date | dt.datetime) -> int:
    """Whole days from ``a`` to ``b`` (dates of datetimes in their own offset)."""
    da = a.date() if isinstance(a, dt.datetime) else a
    db = b.date() if isinstance(b, dt.datetime) else b
    return (db - da).days


def sig_lines(p: Person, *extra: str) -> str:
    """A customer's own e-mail signature (short: customers rarely carry a disclaimer)."""
    return "\n".join([p.name, p.title, p.org.name, *extra])


def cached(key: str, make: Any) -> Any:
    """Build a shared artefact once (two claims carry the very same bytes)."""
    if key not in _CACHE:
        _CACHE[key] = make()
    return _CACHE[key]


def typed(pdf: bytes, entries: Sequence[tuple[str, int, str]], seed: str, dx: float = 150, size: float = 9.5) -> bytes:
    """Type values into a form's empty cells (label, occurrence of the label, text)."""
    doc = pymupdf.open("pdf", pdf)
    for label, occurrence, text in entries:
        no, rect = g._locate(doc, Ink(label, "hand", occurrence=occurrence))
        doc[no].insert_text((rect.x0 + dx, rect.y1 - 1.5), text, fontname="helv", fontsize=size)
    data = g._fix_id(doc.tobytes(garbage=3, deflate=True), seed)
    doc.close()
    return data


def crop_scan(scan: bytes, page: int, box: tuple[float, float, float, float], dpi: int, turn: int = 0) -> bytes:
    """Cut a rectangle (PDF points of the unscanned page) out of a scanned page, undoing the scan's rotation."""
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
    """The standard public-sector disclosure (the wording every public-sector claim shares: boilerplate)."""
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


def findings(
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
    html += "".join(f"<h2>{escape(hd)}</h2>{body}" for hd, body in sections)
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
    workloads: Sequence[str],
    submitted: dt.datetime,
    files: dict[str, bytes],
    *,
    area: str = "Modern Work",
    kind: str = "usage",
    roles: dict[str, str] | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """A CPOR claim.json: every file a POE unless ``roles`` says otherwise."""
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


def with_photo_page(pdf: bytes, page: int, inks: Sequence[Ink], seed: str, when: dt.datetime, **kw: Any) -> bytes:
    """A phone photo of one printed page of a document, signed by hand on paper."""
    img = g.render(pdf, 130, inks, seed)[page]
    img = g.scanify(img, f"{seed}|paper", skew=0.0, gray=False, noise=4, blur=0.3, shadow=False)
    return g.phone_photo(img, f"{seed}|photo", when, **kw)


def teams_chat_pdf(
    title: str,
    members: str,
    msgs: Sequence[tuple[Person, dt.datetime, str]],
    owner: Person,
    seed: str,
    printed: dt.datetime,
) -> bytes:
    """A Microsoft Teams chat printed to PDF from the browser (name, time, message; external users tagged)."""
    rows = ""
    for who, when, text in msgs:
        ini = "".join(x[0] for x in who.name.split()[:2]).upper()
        ext = "" if who.org == owner.org else ' <span style="color:#8a6d00">(External)</span>'
        rows += (
            f'<table style="margin:0 0 8pt 0"><tr><td style="border:none;width:26pt;vertical-align:top">'
            f'<p style="background-color:#6264a7;color:#ffffff;text-align:center;font-weight:bold;'
            f'padding:5pt 0">{ini}</p></td><td style="border:none;background-color:#f5f5f5;padding:5pt 8pt">'
            f"<p><b>{escape(who.name)}</b>{ext} <span style='color:#616161'>{when:%d/%m/%Y %H:%M}</span><br/>"
            f'<span style="color:#616161;font-size:7.5pt">{escape(who.email)}</span></p>'
            f"{''.join(f'<p>{g.nb(par)}</p>' for par in text.split(chr(10) * 2))}</td></tr></table>"
        )
    html = (
        f'<p style="font-size:14pt;font-weight:bold;margin-bottom:2pt">{escape(title)}</p>'
        f'<p style="color:#616161;margin-bottom:10pt">Chat · {escape(members)}</p>{rows}'
    )
    pdf = g.html_pdf(
        html,
        meta(title, owner.name, printed, g.EDGE),
        seed,
        style=css("#6264a7", size=9),
        margins=(40, 44, 40, 40),
    )
    doc = pymupdf.open("pdf", pdf)
    small = g.FONT_CSS + "body {font-family: sans; font-size: 7pt; color: #333333;}"
    arch = g._archive()
    for i, page in enumerate(doc, start=1):
        w, hgt = page.rect.width, page.rect.height
        page.insert_htmlbox(
            pymupdf.Rect(24, 10, w / 2, 24), f"<p>{printed:%d/%m/%Y, %H:%M}</p>", css=small, archive=arch
        )
        page.insert_htmlbox(
            pymupdf.Rect(w / 2, 10, w - 24, 24),
            f'<p style="text-align:right">Chat | {escape(title)} | Microsoft Teams</p>',
            css=small,
            archive=arch,
        )
        page.insert_htmlbox(
            pymupdf.Rect(24, hgt - 22, w - 60, hgt - 8),
            f"<p>https://teams.microsoft.com/v2/?chat=19:{g.hexid('chat', seed, n=32).lower()}@unq.gbl.spaces</p>",
            css=small,
            archive=arch,
        )
        page.insert_htmlbox(
            pymupdf.Rect(w - 60, hgt - 22, w - 24, hgt - 8), f"<p>{i}/{len(doc)}</p>", css=small, archive=arch
        )
    return g.finish(doc, meta(title, "", printed, g.EDGE), seed, subset=False)


def printed_mail(m: Mail, owner: Person, seed: str) -> bytes:
    """An e-mail printed from Outlook desktop ('Print' → PDF printer): owner's name, rule, header block, body."""
    lab = g.QUOTE_LABELS.get(m.lang, g.QUOTE_LABELS["en"])
    rows = [
        (lab[0], f"{escape(m.frm.name)} &lt;{escape(m.frm.email)}&gt;"),
        (lab[1], escape(g._sent_label(m.when, m.lang))),
        (lab[2], escape(g._names(m.to))),
    ]
    if m.cc:
        rows.append((lab[3], escape(g._names(m.cc))))
    rows.append((lab[4], escape(m.subject)))
    head = "".join(
        f'<tr><td style="border:none;width:70pt;font-weight:bold;padding:1pt">{k}:</td>'
        f'<td style="border:none;width:400pt;padding:1pt">{v}</td></tr>'
        for k, v in rows
    )
    body = "".join(f"<p>{g.nb(b)}</p>" for b in g.mail_text(m).strip().split("\n\n"))
    html = (
        f'<p style="font-size:13pt;font-weight:bold;margin-bottom:2pt">{escape(owner.name)}</p><hr/>'
        f'<table style="margin-bottom:10pt">{head}</table>{body}'
    )
    style = css(size=10, family="sans", extra="hr {border: 0; border-top: 1.5pt solid #000000;}")
    return g.html_pdf(
        html,
        meta(m.subject, owner.name, m.when + dt.timedelta(days=1), g.OUTLOOK),
        seed,
        style=style,
        margins=(54, 54, 54, 54),
    )


def blank_signature_field(
    pdf: bytes,
    anchor: str,
    seed: str,
    when: dt.datetime,
    name: str,
    *,
    dx: float = 0,
    dy: float = 0,
    width: float = 200,
    height: float = 40,
) -> bytes:
    """Add an empty (unsigned) signature form field at an anchor, as Acrobat's 'Prepare Form' does."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields as sfields

    with pymupdf.open("pdf", pdf) as doc:
        no, rect = g._locate(doc, Ink(anchor, "sig"))
        page_h = doc[no].rect.height
    x0, y0 = rect.x0 + dx, rect.y0 + dy
    box = (int(x0), int(page_h - y0 - height), int(x0 + width), int(page_h - y0))
    with g._frozen_signing(when, seed):
        w = IncrementalPdfFileWriter(io.BytesIO(pdf))
        sfields.append_signature_field(w, sfields.SigFieldSpec(name, on_page=no, box=box))
        out = io.BytesIO()
        w.write(out)
    return out.getvalue()


# --------------------------------------------------------------------------------------------------------------
# the partners of this set and their people
# --------------------------------------------------------------------------------------------------------------

KESTREL = Org(
    "Kestrel Cloud Services Pty Ltd",
    "Kestrel Cloud",
    "kestrelcloud.com.au",
    "AU",
    "Brisbane QLD 4000",
    "Level 14, 145 Eagle Street",
    "#00695c",
    "ABN 61 624 118 903",
    "+61 7 3555 0198",
)
FJORDLINE = Org(
    "Fjordline IT AS",
    "Fjordline IT",
    "fjordline-it.no",
    "NO",
    "5003 Bergen",
    "Strandkaien 18",
    "#1565c0",
    "Org.nr. 921 448 306 MVA",
    "+47 55 30 12 40",
)
NORDKAPP = Org(
    "Nordkapp Data AS",
    "Nordkapp Data",
    "nordkappdata.no",
    "NO",
    "9008 Tromsø",
    "Storgata 91",
    "#37474f",
    "Org.nr. 915 602 771 MVA",
    "+47 77 60 44 10",
)
TATRA = Org(
    "Tatra Systems s.r.o.",
    "Tatra Systems",
    "tatrasystems.cz",
    "CZ",
    "602 00 Brno",
    "Holandská 878/2",
    "#2e7d32",
    "IČO 07412698, DIČ CZ07412698",
    "+420 541 555 210",
)
BRISA = Org(
    "Brisa Digital, Lda.",
    "Brisa Digital",
    "brisadigital.pt",
    "PT",
    "4150-170 Porto",
    "Avenida da Boavista 1837, 6.º",
    "#ef6c00",
    "NIPC 514 882 930",
    "+351 22 555 0147",
)
IPE = Org(
    "Ipê Tecnologia Ltda.",
    "Ipê Tecnologia",
    "ipetecnologia.com.br",
    "BR",
    "Curitiba – PR, 80250-104",
    "Av. Sete de Setembro, 4214, 9º andar",
    "#6a1b9a",
    "CNPJ 31.884.207/0001-52",
    "+55 41 3555 2290",
)
ANDINA = Org(
    "Andina Nube S.A.S.",
    "Andina Nube",
    "andinanube.co",
    "CO",
    "Medellín, Antioquia",
    "Carrera 43A # 1-50, Torre 2, Of. 804",
    "#00838f",
    "NIT 901.338.472-6",
    "+57 604 555 1320",
)
PATAGONIA = Org(
    "Patagonia Cloud SpA",
    "Patagonia Cloud",
    "patagoniacloud.cl",
    "CL",
    "Las Condes, Santiago",
    "Av. Apoquindo 4501, Of. 1202",
    "#283593",
    "RUT 77.214.908-3",
    "+56 2 2555 0871",
)
MEKONG = Org(
    "Mekong Cloud Solutions JSC",
    "Mekong Cloud",
    "mekongcloud.vn",
    "VN",
    "District 1, Ho Chi Minh City",
    "12th Floor, 65 Le Loi Boulevard, Ben Nghe Ward",
    "#c62828",
    "Enterprise code 0316884215",
    "+84 28 3555 0912",
)
LAGOSBAY = Org(
    "Lagos Bay Technologies Ltd",
    "Lagos Bay Tech",
    "lagosbaytech.com.ng",
    "NG",
    "Victoria Island, Lagos",
    "Plot 1412 Ahmadu Bello Way",
    "#1b5e20",
    "RC 1482271",
    "+234 1 555 0634",
)
SAVANNA = Org(
    "Savanna Secure Ltd",
    "Savanna Secure",
    "savannasecure.co.ke",
    "KE",
    "Westlands, Nairobi",
    "The Mirage, Tower 2, Chiromo Road",
    "#bf360c",
    "PIN P051827743K",
    "+254 20 555 0193",
)
HIJAZ = Org(
    "Hijaz Digital Co.",
    "Hijaz Digital",
    "hijazdigital.sa",
    "SA",
    "Jeddah 23511",
    "Prince Sultan Road, Al Zahra District, Office 307",
    "#00796b",
    "CR 4030418827 · VAT 310 447 812 900 003",
    "+966 12 555 0417",
)
SAKURA = Org(
    "Sakura Bridge K.K.",
    "Sakura Bridge",
    "sakurabridge.co.jp",
    "JP",
    "Kita-ku, Osaka 531-6017",
    "Umeda Sky Building Tower East 17F, 1-1-88 Oyodonaka",
    "#ad1457",
    "",
    "+81 6 6555 0148",
)
LANNA = Org(
    "Lanna Cloud Co., Ltd.",
    "Lanna Cloud",
    "lannacloud.co.th",
    "TH",
    "Mueang Chiang Mai 50200",
    "88/9 Nimmanhaemin Road, Suthep",
    "#4527a0",
    "Tax ID 0505564012873",
    "+66 53 555 018",
)
PRAIRIE = Org(
    "Prairie Ridge Technology Group LLC",
    "Prairie Ridge",
    "prairieridgetech.com",
    "US",
    "Omaha, NE 68102",
    "1625 Farnam St, Suite 700",
    "#455a64",
    "EIN 47-3318260",
    "+1 402 555 0133",
)
CARIBE = Org(
    "Caribe Nube LLC",
    "Caribe Nube",
    "caribenube.com",
    "PR",
    "San Juan, PR 00918",
    "268 Ave. Muñoz Rivera, Suite 1105",
    "#0277bd",
    "",
    "+1 787 555 0164",
)
COROMANDEL = Org(
    "Coromandel Cloud Services Pvt. Ltd.",
    "Coromandel Cloud",
    "coromandelcloud.in",
    "IN",
    "Chennai 600006",
    "4th Floor, Palladium Towers, 129 Greams Road",
    "#e65100",
    "CIN U72900TN2019PTC128841 · GSTIN 33AAKCC4418R1ZQ",
    "+91 44 5555 0172",
)
BURREN = Org(
    "Burren Technology Ltd",
    "Burren Technology",
    "burrentech.ie",
    "IE",
    "Galway H91 X2T7",
    "Unit 4, Galway Technology Park, Parkmore",
    "#2e7d32",
    "CRO 648215 · VAT IE 3612845TH",
    "+353 91 555 032",
)
WACHAU = Org(
    "Wachau Cloud Consulting GmbH",
    "Wachau Cloud",
    "wachaucloud.at",
    "AT",
    "3500 Krems an der Donau",
    "Ringstraße 44",
    "#5d4037",
    "FN 498221 s · UID ATU73318409",
    "+43 2732 555 081",
)
MEUSE = Org(
    "Meuse & Senne Consulting SRL",
    "Meuse & Senne",
    "meuse-senne.be",
    "BE",
    "1000 Bruxelles",
    "Rue Royale 97",
    "#3949ab",
    "BCE/KBO 0768.442.915",
    "+32 2 555 04 12",
)

KC_PM = person(KESTREL, "Hamish Doyle", "Delivery Manager", "hamish.doyle", "+61 7 3555 0198")
KC_SEC = person(KESTREL, "Priya Raman", "Senior Security Consultant", "priya.raman", "+61 7 3555 0142")
FL_PM = person(FJORDLINE, "Sigrid Nygaard", "Prosjektleder / Project Manager", "sigrid.nygaard")
FL_SEC = person(FJORDLINE, "Eirik Solheim", "Sikkerhetsrådgiver / Security Advisor", "eirik.solheim")
NK_AM = person(NORDKAPP, "Trond Berg", "Key Account Manager", "trond.berg")
TS_PM = person(TATRA, "Lukáš Horák", "Projektový manažer / Project Manager", "lukas.horak")
TS_UC = person(TATRA, "Veronika Dvořáková", "Konzultantka UC / UC Consultant", "veronika.dvorakova")
BD_PM = person(BRISA, "Marta Figueiredo", "Gestora de Projeto / Project Manager", "marta.figueiredo")
IP_PM = person(IPE, "Juliana Pacheco", "Gerente de Projetos Dynamics 365", "juliana.pacheco")
AN_PM = person(ANDINA, "Santiago Restrepo", "Gerente de Proyectos / Project Manager", "santiago.restrepo")
AN_PS = person(ANDINA, "Daniela Ocampo", "Consultora Preventa Dynamics 365", "daniela.ocampo")
PG_PM = person(PATAGONIA, "Camila Fuentes", "Jefa de Proyecto / Project Lead", "camila.fuentes")
MK_PM = person(MEKONG, "Nguyen Thi Lan", "Project Manager", "lan.nguyen")
LB_PM = person(LAGOSBAY, "Chinedu Eze", "Project Manager", "chinedu.eze")
LB_AM = person(LAGOSBAY, "Funmilayo Adeyemi", "Account Manager", "funmi.adeyemi")
SV_SDM = person(SAVANNA, "Achieng Otieno", "SOC Service Delivery Manager", "achieng.otieno")
SV_ENG = person(SAVANNA, "Brian Kiprono", "Security Engineer", "brian.kiprono")
HD_PM = person(HIJAZ, "Khalid Al-Harbi", "Project Manager", "k.alharbi")
SB_PM = person(SAKURA, "Kenji Nakamura", "Project Manager", "k.nakamura")
LN_PM = person(LANNA, "Siriporn Wongsa", "Project Manager", "siriporn.w")
PR_PM = person(PRAIRIE, "Kelsey Lindgren", "Public Sector Practice Lead", "klindgren")
PR_SEC = person(PRAIRIE, "Marcus Boyd", "Security Engineer", "mboyd")
CN_PM = person(CARIBE, "Yolanda Figueroa Rosa", "Gerente de Proyectos / Project Manager", "yfigueroa")
CC_PM = person(COROMANDEL, "Lakshmi Narayanan", "Engagement Manager", "lakshmi.n")
BT_PM = person(BURREN, "Niamh Keane", "Modern Work Lead", "niamh.keane")
BT_CONS = person(BURREN, "Darragh Walsh", "Copilot Adoption Consultant", "darragh.walsh")
WC_PC = person(WACHAU, "Mag. Stefan Gruber", "Senior Consultant Dynamics 365", "s.gruber")
MS_PM = person(MEUSE, "Wouter Janssens", "Projectleider / Chef de projet", "wouter.janssens")
MS_AM = person(MEUSE, "Céline Dubois", "Account Manager", "celine.dubois")


# --------------------------------------------------------------------------------------------------------------
# Kestrel Cloud Services: one Service Acceptance Certificate, four customers
# --------------------------------------------------------------------------------------------------------------

KC_LABELS = ("Name", "Position", "Signature", "Date signed")
KESTREL_TERMS = (
    "Acceptance is given under clause 9 of Kestrel Cloud Services' Master Services Terms. Defects notified in writing "
    "within 30 days of acceptance are remedied at Kestrel's cost. Ongoing support, where ordered, is provided under "
    "the customer's managed services schedule."
)
KESTREL_FOOTER = "Kestrel Cloud Services Pty Ltd · ABN 61 624 118 903 · Level 14, 145 Eagle Street, Brisbane QLD"


def kestrel_certificate(
    cust: Org,
    ref: str,
    day: dt.date,
    engagement_name: str,
    period: str,
    sites: str,
    services: Sequence[tuple[str, str, str, str]],
    evidence: Sequence[str],
    parties: Sequence[Party],
    seed: str,
) -> bytes:
    """Kestrel Cloud Services' Service Acceptance Certificate (the same form for every customer)."""
    ident = escape(cust.name) + (f" ({escape(cust.reg)})" if cust.reg else "")
    html = f"""
<h1>Service Acceptance Certificate</h1>
<p class="muted">Kestrel Cloud Services · Delivery Assurance</p>
{
        kv(
            [
                ("Certificate no.", ref),
                ("Customer", ident),
                ("Site(s)", escape(sites)),
                ("Engagement", escape(engagement_name)),
                ("Delivery period", escape(period)),
                ("Issued", g.fdate(day, "gb_long")),
            ]
        )
    }
<h2>1. Services accepted</h2>
{grid(["Workload", "What Kestrel delivered", "Volume", "Status"], services, [18, 54, 15, 13])}
<h2>2. Evidence reviewed with the customer</h2>{ul([escape(e) for e in evidence])}
<h2>3. Terms</h2><p class="small">{KESTREL_TERMS}</p>
"""
    accept = f"""<h2>4. Acceptance</h2>
<p>Certificate {ref} – {escape(cust.name)}. The customer accepts the services listed in section 1 as delivered by
Kestrel Cloud Services Pty Ltd and in production use.</p>
""" + g.signoff("stacked", parties, heading="", labels=KC_LABELS)
    return g.report_pdf(
        KESTREL,
        [html, accept],
        meta(
            f"{cust.short} – Service Acceptance Certificate {ref}",
            KC_PM.name,
            T(day.year, day.month, day.day, 16, 0, 10),
        ),
        seed,
        right=f"Service Acceptance Certificate · {ref}",
        footer=KESTREL_FOOTER,
    )


def kestrel_inks(parties: Sequence[Party], date_text: str) -> list[Ink]:
    return [
        *g.sign_inks("stacked", parties[0], 0, date_text, labels=KC_LABELS),
        *g.sign_inks("stacked", parties[1], 1, date_text, labels=KC_LABELS, color=g.INK_BLACK),
    ]


DDGC = Org(
    "Darling Downs Grain Co-operative Ltd",
    "DDGC",
    "ddgrain.com.au",
    "AU",
    "Toowoomba QLD 4350",
    "214 Anzac Avenue, Harristown",
    "#8d6e63",
    "ABN 38 102 774 615",
)
DDGC_IT = person(DDGC, "Bronwyn Pearce", "IT Manager", "bronwyn.pearce")


def ddgc_scan_and_mail() -> tuple[bytes, bytes]:
    """DDGC's signed certificate (a 100 dpi scan) and the IT manager's acceptance e-mail carrying it."""

    def make() -> tuple[bytes, bytes]:
        parties = [
            Party("Signed for the customer", DDGC.name, DDGC_IT.name, DDGC_IT.title),
            Party("Signed for Kestrel Cloud Services", KESTREL.name, KC_PM.name, KC_PM.title),
        ]
        cert = kestrel_certificate(
            DDGC,
            "KCS-SAC-2026-011",
            D(2026, 3, 9),
            "Endpoint management and protection – Microsoft Intune and Defender for Endpoint",
            "12 January – 6 March 2026",
            "Toowoomba head office; Dalby, Goondiwindi and Pittsworth receival sites",
            [
                (
                    "Microsoft Intune",
                    "Windows Autopilot for 96 replacement laptops; enrolment of 316 existing Windows devices; Android "
                    "Enterprise dedicated mode for 38 rugged Zebra scanners at the receival silos; compliance policies "
                    "(BitLocker, OS build, Defender status); three Windows update rings",
                    "412 Windows, 38 Android",
                    "Accepted",
                ),
                (
                    "Defender for Endpoint",
                    "Onboarding of all 450 Intune devices and 14 servers (weighbridge and grain-quality systems); ASR "
                    "rules in block mode after a three-week audit; EDR in block mode; device groups per site; alerts "
                    "routed to the DDGC IT on-call phone",
                    "464 devices",
                    "Accepted",
                ),
            ],
            [
                "Intune device export of 06/03/2026: 412 Windows and 38 Android devices, 98.1% compliant",
                "Defender device inventory of 06/03/2026: 464 onboarded, none unprotected",
                "Harvest-period pilot at the Dalby receival site (19–30 January 2026), signed off by the site "
                "supervisor",
            ],
            parties,
            "4991001|cert",
        )
        scan = g.scan_pdf(
            cert,
            kestrel_inks(parties, "10/03/2026"),
            "4991001|scan",
            T(2026, 3, 10, 15, 58, 10),
            dpi=100,
            skew=0.8,
            quality=55,
            scanner=2,
        )
        m1 = Mail(
            KC_PM,
            [DDGC_IT],
            "DDGC – Service Acceptance Certificate KCS-SAC-2026-011",
            T(2026, 3, 9, 16, 20, 10),
            "Hi Bronwyn,\n\nAttached is the service acceptance certificate for the Intune and Defender for Endpoint "
            "project. If you are happy with it, please sign and send it back – a reply confirming acceptance is "
            "fine as well.\n\nCheers,\nHamish\n\n" + g.footer_block(KC_PM),
            attachments=[("KCS-SAC-2026-011.pdf", cert)],
        )
        m2 = Mail(
            DDGC_IT,
            [KC_PM],
            "RE: DDGC – Service Acceptance Certificate KCS-SAC-2026-011",
            T(2026, 3, 10, 16, 42, 10),
            "Hi Hamish,\n\nSigned copy attached. For the record, the numbers match what we see: 412 Windows devices "
            "and the 38 silo scanners in Intune, 464 devices and servers in Defender, ASR in block mode since 16 "
            "February. DDGC accepts the Intune and Defender for Endpoint services as delivered by Kestrel.\n\n"
            "Thanks to Priya for the harvest-site pilot – the Dalby crew never noticed the change.\n\nCheers,\n"
            "Bronwyn\n\n" + sig_lines(DDGC_IT, "214 Anzac Avenue, Harristown QLD 4350"),
            quoted=m1,
            attachments=[("KCS-SAC-2026-011 signed.pdf", scan)],
        )
        return scan, g.msg_file(m2)

    return cached("ddgc", make)  # type: ignore[no-any-return]


def s499_001_ddgc_low_dpi_scan_and_mail() -> Bundle:
    cid = "4991001"
    scan, msg = ddgc_scan_and_mail()
    files = {
        "POE/KCS-SAC-2026-011_DDGC_signed.pdf": scan,
        "POE/RE_ DDGC – Service Acceptance Certificate KCS-SAC-2026-011.msg": msg,
    }
    claim = cpor(
        cid,
        KESTREL,
        KC_PM,
        DDGC,
        DDGC_IT,
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 4, 14, 11, 20, 10),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_ddgc_low_dpi_scan_and_acceptance_mail",
        claim,
        files,
        "approve",
        "Kestrel's Service Acceptance Certificate KCS-SAC-2026-011, signed in ink by DDGC's IT manager and Kestrel's "
        "delivery manager on 10/03/2026 (Australian day-first: 10 March 2026, five weeks before submission) and "
        "scanned at only 100 dpi, plus her reply from ddgrain.com.au accepting the Intune and Defender for Endpoint "
        "services and repeating the numbers (412 Windows devices, 38 silo scanners, 464 devices in Defender). The "
        "certificate layout and its terms paragraph are Kestrel's boilerplate, shared with 4991002-4991004. The same "
        "e-mail file reappears on 4991004 for another company: this claim holds the original (its own customer, its "
        "own certificate).",
        "Scanned certificate (100 dpi) with two signatures and '10/03/2026'; reply from bronwyn.pearce@ddgrain.com.au: "
        "'DDGC accepts the Intune and Defender for Endpoint services as delivered by Kestrel.'",
        g.cpor_ok(email_ack=True),
    )


def s499_002_schhs_acceptance_deep_in_thread() -> Bundle:
    cid = "4991002"
    cust = Org(
        "Sunshine Coast Hospital and Health Service",
        "SCHHS",
        "schhs.org.au",
        "AU",
        "Birtinya QLD 4575",
        "6 Doherty Street",
        "#0277bd",
    )
    cc = Person("Grant McAllister", "grant.mcallister@ict.schhs.org.au", "Director, ICT Infrastructure", cust)
    facilities = person(cust, "Leanne Tully", "Facilities Coordinator, Nambour Hospital", "leanne.tully")
    parties = [
        Party("Signed for the customer", cust.name, cc.name, cc.title),
        Party("Signed for Kestrel Cloud Services", KESTREL.name, KC_PM.name, KC_PM.title),
    ]
    cert = kestrel_certificate(
        cust,
        "KCS-SAC-2026-004",
        D(2026, 2, 13),
        "Microsoft Teams Rooms and Teams Meetings for clinical collaboration",
        "3 November 2025 – 13 February 2026",
        "SCUH Birtinya, Nambour, Caloundra and Gympie hospitals; 9 community health centres",
        [
            (
                "Teams Rooms",
                "41 Teams Rooms on Windows (Logitech Rally Bar Mini + Tap) in ward and multidisciplinary-team rooms; "
                "23 Teams Rooms on Android (Poly Studio X52) at community health centres; Teams Rooms Pro "
                "Management; resource accounts and booking policies",
                "64 rooms",
                "Accepted",
            ),
            (
                "Teams Meetings",
                "Meeting policies for three staff groups (clinical, corporate, contractors); virtual visits through "
                "Bookings for 9 outpatient clinics; live captions and transcription; recordings kept 90 days under "
                "the records policy",
                "3,900 staff",
                "Accepted",
            ),
        ],
        [
            "Teams Rooms Pro Management health report of 12/02/2026: 64 of 64 rooms healthy",
            "Bookings virtual-visit calendars live for 9 outpatient clinics since 02/02/2026",
            "Teams usage report (January 2026): 3,912 meeting organisers and participants",
        ],
        parties,
        f"{cid}|cert",
    )
    subject = "SCHHS – Service Acceptance Certificate KCS-SAC-2026-004"
    m1 = Mail(
        KC_PM,
        [cc],
        subject,
        T(2026, 2, 13, 14, 10, 10),
        "Hi Grant,\n\nPlease find attached the service acceptance certificate for the Teams Rooms and Teams Meetings "
        "rollout. Could you confirm SCHHS's acceptance by reply, or sign the certificate if you prefer?\n\n"
        "Kind regards,\nHamish\n\n" + g.footer_block(KC_PM),
        attachments=[("KCS-SAC-2026-004.pdf", cert)],
    )
    m2 = Mail(
        cc,
        [KC_PM],
        "RE: " + subject,
        T(2026, 2, 18, 8, 51, 10),
        "Hamish,\n\nNo need for a wet signature – under our delegations I can accept by e-mail. SCHHS accepts the "
        "Teams Rooms and Teams Meetings services in KCS-SAC-2026-004 as delivered by Kestrel: all 64 rooms show "
        "healthy in Pro Management and the outpatient clinics have run their virtual visits through Bookings since "
        "2 February.\n\nRegards,\nGrant\n\n" + sig_lines(cc, "Digital Health Directorate"),
        quoted=m1,
    )
    m3 = Mail(
        KC_PM,
        [cc],
        "RE: " + subject,
        T(2026, 2, 18, 10, 2, 10),
        "Thanks Grant, much appreciated. Hypercare continues to 27 February as agreed.\n\nHamish",
        quoted=m2,
    )
    m4 = Mail(
        cc,
        [KC_PM],
        "RE: " + subject,
        T(2026, 3, 2, 15, 30, 10),
        "Hamish,\n\nSeparate topic: could Kestrel quote for replacing the old Polycom system in the Nambour "
        "boardroom? Leanne Tully from facilities will coordinate access.\n\nGrant",
        quoted=m3,
    )
    m5 = Mail(
        KC_PM,
        [cc],
        "RE: " + subject,
        T(2026, 3, 3, 9, 12, 10),
        "Hi Grant, hi Leanne,\n\nQuote KCS-Q-2026-031 will follow from our sales desk today. Our installers could "
        "come on Thursday 12 March – where should they park?\n\nHamish",
        cc=[facilities],
        quoted=m4,
    )
    m6 = Mail(
        facilities,
        [KC_PM],
        "RE: " + subject,
        T(2026, 3, 10, 11, 48, 10),
        "Hi Hamish,\n\nParking for the installers is on level B2 of the multi-storey car park, visitor bays 14–16. "
        "Please sign in at Nambour main reception; Thursday 12 March from 7:30 is fine.\n\nThanks,\nLeanne\n\n"
        + sig_lines(facilities),
        cc=[cc],
        quoted=m5,
    )
    files = {
        "RE_ SCHHS – Service Acceptance Certificate KCS-SAC-2026-004.eml": g.eml(m6),
        "KCS-SAC-2026-004_SCHHS.pdf": cert,
    }
    claim = cpor(
        cid,
        KESTREL,
        KC_PM,
        cust,
        cc,
        ["TEAMS ROOMS", "TEAMS MEETINGS"],
        T(2026, 3, 20, 10, 5, 10),
        files,
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_schhs_acceptance_deep_in_thread",
        claim,
        files,
        "approve",
        "The uploaded .eml is the latest message of a long thread – a facilities coordinator at schhs.org.au about "
        "parking for installers of an unrelated boardroom job – but its quoted history holds, four replies down, the "
        "Director of ICT Infrastructure (grant.mcallister@ict.schhs.org.au, a subdomain of the customer's domain) "
        "writing on 18 Feb 2026 'SCHHS accepts the Teams Rooms and Teams Meetings services in KCS-SAC-2026-004 as "
        "delivered by Kestrel', with 64 rooms and the Bookings virtual visits. The customer calls itself by its "
        "acronym SCHHS. It is an Australian public health service: the public-sector disclosure applies only to US and "
        "Puerto Rico customers for CPOR, so none is needed. Kestrel's certificate layout is boilerplate.",
        "Quoted message of 18 Feb 2026 from grant.mcallister@ict.schhs.org.au under later replies about a "
        "Polycom quote "
        "and parking.",
        g.cpor_ok(email_ack=True),
    )


def s499_003_lockyer_adobe_sign() -> Bundle:
    cid = "4991003"
    cust = Org(
        "Lockyer Valley Fresh Produce Pty Ltd",
        "Lockyer Fresh",
        "lockyerfresh.com.au",
        "AU",
        "Gatton QLD 4343",
        "38 Spencer Street",
        "#558b2f",
        "ABN 71 139 406 225",
    )
    cc = person(cust, "Tom Nguyen", "Chief Financial Officer", "tom.nguyen")
    parties = [
        Party("Signed for the customer", cust.name, cc.name, cc.title),
        Party("Signed for Kestrel Cloud Services", KESTREL.name, KC_SEC.name, KC_SEC.title),
    ]
    cert = kestrel_certificate(
        cust,
        "KCS-SAC-2026-027",
        D(2026, 6, 2),
        "E-mail and information protection – Defender for Office 365 and Microsoft Purview",
        "13 April – 29 May 2026",
        "Gatton packing shed and office; Brisbane Markets sales desk",
        [
            (
                "Defender for Office 365",
                "Safe Links and Safe Attachments for all mailboxes; impersonation protection for the 12 executives and "
                "the accounts-payable team (supplier bank-detail fraud); three attack-simulation campaigns, click rate "
                "down from 14% to 4%",
                "260 mailboxes",
                "Accepted",
            ),
            (
                "Purview Information Protection",
                "Four sensitivity labels (Public, Internal, Confidential – Grower Contracts, Highly Confidential – "
                "Payroll); auto-labelling of grower contract templates; DLP rule for supermarket pricing files sent "
                "outside the company",
                "260 users, 4 labels",
                "Accepted",
            ),
        ],
        [
            "Defender threat-protection status report of 28/05/2026 (1,904 phishing messages blocked in May)",
            "Attack-simulation results, campaigns 1–3",
            "Purview label activity explorer: 11,480 labelled items in the first 4 weeks",
        ],
        parties,
        f"{cid}|cert",
    )
    signed = g.esign(
        cert,
        cc,
        T(2026, 6, 4, 9, 37, 10),
        f"{cid}|adobe",
        sig_anchor="Signature:",
        sig_dx=64,
        sig_dy=-8,
        date_anchor="Date signed:",
        date_text="04/06/2026",
        date_dx=72,
        date_dy=1,
        vendor="adobe",
        certificate=True,
        sender=KC_SEC,
        ip="203.45.118.27",
    )
    files = {"KCS-SAC-2026-027_Lockyer Fresh - signed.pdf": signed}
    claim = cpor(
        cid,
        KESTREL,
        KC_SEC,
        cust,
        cc,
        ["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT INFORMATION PROTECTION"],
        T(2026, 6, 16, 13, 40, 10),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_lockyer_fresh_adobe_sign",
        claim,
        files,
        "approve",
        "Kestrel's certificate signed through Adobe Acrobat Sign by the customer's CFO on 4 June 2026; the Final "
        "Audit Report appended to the PDF records the signer's e-mail at lockyerfresh.com.au, the time and IP "
        "address – a verifiable e-signature. Detail per workload: Defender for Office 365 for 260 mailboxes with "
        "impersonation protection and three simulation campaigns; four sensitivity labels, auto-labelling and a DLP "
        "rule. Certificate layout is Kestrel's boilerplate (shared with 4991001/4991002/4991004).",
        "Adobe Sign transaction ID on every page; audit report 'Document e-signed by Tom Nguyen "
        "(tom.nguyen@lockyerfresh.com.au)'.",
        g.cpor_ok(),
    )


def s499_004_ddg_logistics_reuses_coop_mail() -> Bundle:
    cid = "4991004"
    cust = Org(
        "Darling Downs Grain Logistics Pty Ltd",
        "DDG Logistics",
        "ddglogistics.com.au",
        "AU",
        "Torrington QLD 4350",
        "9 Carrington Road",
        "#6d4c41",
        "ABN 52 611 928 043",
    )
    cc = person(cust, "Shane Kelleher", "Operations Manager", "shane.kelleher")
    parties = [
        Party("Signed for the customer", cust.name, cc.name, cc.title),
        Party("Signed for Kestrel Cloud Services", KESTREL.name, KC_PM.name, KC_PM.title),
    ]
    cert = kestrel_certificate(
        cust,
        "KCS-SAC-2026-019",
        D(2026, 4, 20),
        "Fleet device management – Microsoft Intune",
        "2 March – 17 April 2026",
        "Torrington depot; 120 prime movers",
        [
            (
                "Microsoft Intune",
                "Android Enterprise dedicated mode for 120 in-cab Samsung Galaxy Tab Active5 tablets (kiosk with the "
                "transport-management and ELD apps); 22 depot PCs enrolled with compliance policies; remote wipe "
                "procedure for lost tablets",
                "142 devices",
                "Delivered",
            ),
        ],
        [
            "Intune device export of 17/04/2026: 120 Android tablets, 22 Windows PCs",
            "Driver sign-off sheet for the in-cab kiosk rollout (depot briefing 9 April 2026)",
        ],
        parties,
        f"{cid}|cert",
    )
    _, msg = ddgc_scan_and_mail()
    files = {
        "KCS-SAC-2026-019_DDG_Logistics.pdf": cert,
        "Customer acceptance email.msg": msg,
    }
    claim = cpor(cid, KESTREL, KC_PM, cust, cc, ["INTUNE"], T(2026, 5, 6, 9, 5, 10), files)
    return Bundle(
        f"{cid}_ddg_logistics_reuses_coop_acceptance",
        claim,
        files,
        "action_required",
        "Kestrel's own certificate for DDG Logistics (120 in-cab tablets, 22 depot PCs) is detailed but its signature "
        "blocks are empty. The only acknowledgement, 'Customer acceptance email.msg', is byte for byte the e-mail on "
        "claim 4991001: Bronwyn Pearce of ddgrain.com.au accepting certificate KCS-SAC-2026-011 for Darling Downs "
        "Grain Co-operative's own 412 Windows devices and 38 silo scanners. That is a different company with its own "
        "domain; 4991001 holds the original. Nothing from ddglogistics.com.au acknowledges the tablet work, so the "
        "partner must obtain the logistics company's own acceptance.",
        "'Customer acceptance email.msg' from bronwyn.pearce@ddgrain.com.au about KCS-SAC-2026-011 (identical to "
        "4991001's file); certificate KCS-SAC-2026-019 unsigned.",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "fail",
            "activity_detail": "pass",
            "reused_evidence": "fail",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Word revisions: tracked changes and comments, as a customer returns a report
# --------------------------------------------------------------------------------------------------------------


def _rev_attrs(el: Any, rid: int, author: str, when: dt.datetime) -> None:
    from docx.oxml.ns import qn

    el.set(qn("w:id"), str(rid))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), when.astimezone(g.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))


def track_delete(paragraph: Any, rid: int, author: str, when: dt.datetime) -> None:
    """Mark every run of a paragraph as deleted by a reviewer (Word's w:del with w:delText)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    runs = list(paragraph._p.findall(qn("w:r")))
    if not runs:
        return
    wdel = OxmlElement("w:del")
    _rev_attrs(wdel, rid, author, when)
    runs[0].addprevious(wdel)
    for r in runs:
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        wdel.append(r)


def track_insert(paragraph: Any, text: str, rid: int, author: str, when: dt.datetime) -> Any:
    """Append text to a paragraph as a tracked insertion; returns the inserted run's python-docx Run."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.text.run import Run

    ins = OxmlElement("w:ins")
    _rev_attrs(ins, rid, author, when)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    paragraph._p.append(ins)
    return Run(r, paragraph)


def word_comment(doc: Any, runs: Any, text: str, author: str, initials: str, when: dt.datetime) -> None:
    c = doc.add_comment(runs, text=text, author=author, initials=initials)
    c._comment_elm.date = when.astimezone(g.UTC).replace(tzinfo=None)


def track_revisions_on(doc: Any) -> None:
    """Turn on Track Changes (w:trackRevisions goes before w:defaultTabStop in the settings sequence)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = doc.settings.element
    tab = settings.find(qn("w:defaultTabStop"))
    track = OxmlElement("w:trackRevisions")
    if tab is not None:
        tab.addprevious(track)
    else:
        settings.append(track)


# --------------------------------------------------------------------------------------------------------------
# Fjordline IT: one Sluttrapport (final report and acceptance), four customers; Nordkapp Data's competing claim
# --------------------------------------------------------------------------------------------------------------

FL_LABELS = ("Navn / Name", "Stilling / Title", "Signatur / Signature", "Dato / Date")
FJORDLINE_INTRO = (
    "Sluttrapporten oppsummerer leveransen, status ved avslutning og kundens aksept. / This final report summarises "
    "the delivery, its status at closure and the customer's acceptance. Fjordline IT leverer alle prosjekter i fire "
    "faser: Kartlegging, Pilot, Utrulling og Overlevering / Fjordline IT delivers every project in four phases: "
    "Discovery, Pilot, Rollout and Handover."
)


def fjordline_report(
    cust: Org,
    ref: str,
    day: dt.date,
    summary: str,
    deliverables: Sequence[tuple[str, str, str, str]],
    milestones: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    author: str = "Sigrid Nygaard",
) -> bytes:
    """Fjordline IT's Sluttrapport: Norwegian/English headings, English body, acceptance page."""
    page1 = f"""
<h1>Sluttrapport / Final Report</h1>
<p style="font-size:12pt">{escape(cust.name)}</p>
{
        kv(
            [
                ("Referanse / Reference", ref),
                ("Kunde / Customer", escape(cust.name) + (", " + escape(cust.reg) if cust.reg else "")),
                ("Leverandør / Supplier", escape(FJORDLINE.name) + ", " + escape(FJORDLINE.reg)),
                ("Dato / Date", g.fdate(day, "de")),
            ]
        )
    }
<p class="small">{FJORDLINE_INTRO}</p>
<h2>1. Sammendrag / Summary</h2><p>{summary}</p>
<h2>2. Leveranser / Deliverables</h2>
{grid(["Område / Area", "Levert / Delivered", "Omfang / Volume", "Status"], deliverables, [18, 52, 16, 14])}
"""
    page2 = f"""
<h2>3. Milepæler / Milestones</h2>
{grid(["Milepæl / Milestone", "Dato / Date", "Merknad / Note"], milestones, [30, 20, 50])}
<h2>4. Aksept / Acceptance</h2>
<p>Kunden bekrefter at leveransene i punkt 2 er levert av {escape(FJORDLINE.name)} og godkjenner dem.<br/>
The customer confirms that the deliverables in section 2 were delivered by {escape(FJORDLINE.name)} and accepts
them.</p>
""" + g.signoff("stacked", parties, heading="", labels=FL_LABELS)
    return g.report_pdf(
        FJORDLINE,
        [page1, page2],
        meta(f"Sluttrapport {cust.short} {ref}", author, T(day.year, day.month, day.day, 14, 30, 1)),
        seed,
        right=f"Sluttrapport · {ref}",
        footer=f"{escape(FJORDLINE.name)} · {escape(FJORDLINE.street)}, {escape(FJORDLINE.city)} · "
        f"{escape(FJORDLINE.reg)}",
        numbers="Side {i} av {n}",
    )


def fjordline_inks(parties: Sequence[Party], date_text: str, page: int = 1) -> list[Ink]:
    return [
        *g.sign_inks("stacked", parties[0], 0, date_text, labels=FL_LABELS, page=page),
        *g.sign_inks("stacked", parties[1], 1, date_text, labels=FL_LABELS, color=g.INK_BLACK, page=page),
    ]


HARDANGER = Org(
    "Hardanger Laks AS",
    "Hardanger Laks",
    "hardangerlaks.no",
    "NO",
    "5600 Norheimsund",
    "Sandvenvegen 40",
    "#00838f",
    "Org.nr. 986 221 407",
)
HARDANGER_IT = person(HARDANGER, "Ola Tveit", "IT-sjef / Head of IT", "ola.tveit")


def s499_005_hardanger_laks_phone_photo() -> Bundle:
    cid = "4991005"
    parties = [
        Party("For kunden / For the customer", HARDANGER.name, HARDANGER_IT.name, HARDANGER_IT.title),
        Party("For leverandøren / For the supplier", FJORDLINE.name, FL_SEC.name, FL_SEC.title),
    ]
    report = fjordline_report(
        HARDANGER,
        "FIT-2026-014",
        D(2026, 2, 27),
        "Fjordline IT moved Hardanger Laks' office PCs, the rugged tablets on its nine feed barges and its servers "
        "to Microsoft Intune and Microsoft Defender for Endpoint, replacing an on-premises management server and a "
        "third-party antivirus. The barge tablets run in shared-device mode so that feeding crews on rotation use "
        "the same device.",
        [
            (
                "Microsoft Intune",
                "Autopilot for 64 new laptops; enrolment of 122 office PCs; 44 rugged tablets on the 9 feed barges in "
                "shared-device mode; compliance policies and update rings; app protection for the feeding-control "
                "app",
                "186 PCs, 44 tablets",
                "Levert / Delivered",
            ),
            (
                "Defender for Endpoint",
                "Onboarding of 186 PCs, 44 tablets and 22 servers (6 of them on the barges, over satellite link); ASR "
                "rules in block mode; tamper protection; alerts routed to Fjordline's 24/7 on-call",
                "252 devices",
                "Levert / Delivered",
            ),
        ],
        [
            ("Oppstart / Kick-off", "12.01.2026", "Inventory of 230 devices and 22 servers"),
            ("Pilot – lokalitet Rosendal", "02.02.2026", "One barge, 5 tablets, 2 servers; satellite bandwidth test"),
            ("Utrulling / Rollout", "09.02.–20.02.2026", "Office in Norheimsund, 8 remaining barges by boat"),
            ("Overlevering / Handover", "27.02.2026", "Admin training for 2 IT staff; runbook FIT-RB-031"),
        ],
        parties,
        "4991005|report",
        author=FL_SEC.name,
    )
    photo = with_photo_page(
        report,
        1,
        fjordline_inks(parties, "04.03.2026"),
        "4991005|ink",
        T(2026, 3, 4, 15, 32, 1),
        model=("samsung", "SM-S921B"),
    )
    files = {
        "Sluttrapport_Hardanger_Laks_FIT-2026-014.pdf": report,
        "20260304_153211.jpg": photo,
    }
    claim = cpor(
        cid,
        FJORDLINE,
        FL_SEC,
        HARDANGER,
        HARDANGER_IT,
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 3, 23, 9, 40, 1),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_hardanger_laks_phone_photo_of_signed_page",
        claim,
        files,
        "approve",
        "Fjordline's final report FIT-2026-014 (186 PCs and 44 barge tablets in Intune, 252 devices in Defender for "
        "Endpoint, Norwegian/English headings, English body) and a phone photo, taken at an angle, of its acceptance "
        "page signed in ink by Hardanger Laks' head of IT and dated 04.03.2026 – 19 days before submission. A photo "
        "of a wet-ink signed page is a physically signed document. Nordkapp Data's claim 4991006 competes for INTUNE "
        "on the same customer with an old framework agreement and licence e-mails only: this claim shows the partner "
        "actually driving the workload. The report layout is Fjordline's boilerplate (also on 4991007-4991009).",
        "Photo 20260304_153211.jpg: 'For kunden / For the customer – Hardanger Laks AS', signature of Ola Tveit, "
        "'Dato / Date: 04.03.2026'.",
        g.cpor_ok(),
    )


def s499_006_nordkapp_competing_claim_msa_and_licences() -> Bundle:
    cid = "4991006"
    buyer = person(HARDANGER, "Marit Hauge", "Innkjøpssjef / Head of Purchasing", "marit.hauge")
    msa_html = f"""
<h1>Rammeavtale / Framework Agreement</h1>
<p class="muted">IT-tjenester og lisenser / IT services and licences</p>
{
        kv(
            [
                ("Avtalenummer / Agreement no.", "NK-RA-2023-117"),
                ("Kunde / Customer", escape(HARDANGER.name) + ", " + escape(HARDANGER.reg)),
                ("Leverandør / Supplier", escape(NORDKAPP.name) + ", " + escape(NORDKAPP.reg)),
                ("Varighet / Term", "01.10.2023 – 30.09.2026, automatisk fornyelse / automatic renewal"),
            ]
        )
    }
<h2>1. Formål / Purpose</h2>
<p>Avtalen regulerer kjøp av programvarelisenser og konsulenttjenester. / This agreement governs the purchase of
software licences and consulting services on call-off.</p>
<h2>2. Tjenester / Services</h2>
<p>Leverandøren kan levere lisenser (Microsoft CSP), support og konsulenttimer etter avrop. Hvert avrop beskrives i
egen bestilling. / The supplier may deliver licences (Microsoft CSP), support and consulting hours on call-off. Each
call-off is described in a separate order.</p>
<h2>3. Priser / Prices</h2><p>Timepris konsulent / hourly rate: NOK 1 450 ekskl. mva. Lisenser til gjeldende
CSP-pris / licences at the current CSP price.</p>
<h2>4. Signaturer / Signatures</h2>
""" + g.signoff(
        "lines",
        [
            Party("Kunde", HARDANGER.name, "Ola Tveit", "IT-sjef"),
            Party("Leverandør", NORDKAPP.name, NK_AM.name, NK_AM.title),
        ],
        heading="",
    )
    msa = g.html_pdf(
        msa_html,
        meta("Rammeavtale NK-RA-2023-117", NK_AM.name, T(2023, 9, 12, 10, 0, 2)),
        f"{cid}|msa",
        style=css(NORDKAPP.color, size=9.5),
        decor=g.Decor(
            NORDKAPP, right="Rammeavtale NK-RA-2023-117", footer=escape(NORDKAPP.name), accent=NORDKAPP.color
        ),
    )
    msa_scan = g.scan_pdf(
        msa,
        [
            Ink("Ola Tveit", "sig", "Ola Tveit", dx=6, dy=-36, h=30),
            Ink("Date: ____", "hand", "14.09.2023", dx=30, dy=-6, h=13, occurrence=0),
            Ink(NK_AM.name, "sig", NK_AM.name, dx=6, dy=-36, h=30, color=g.INK_BLACK),
            Ink("Date: ____", "hand", "14.09.2023", dx=30, dy=-6, h=13, occurrence=1, color=g.INK_BLACK),
        ],
        f"{cid}|msas",
        T(2023, 9, 14, 13, 0, 2),
        dpi=150,
        skew=0.4,
    )
    quote = g.report_pdf(
        NORDKAPP,
        f"""<h1>Tilbud / Quote NK-T-2025-882</h1>
{
            kv(
                [
                    ("Kunde / Customer", escape(HARDANGER.name)),
                    ("Dato / Date", "02.12.2025"),
                    ("Gyldig til / Valid until", "31.12.2025"),
                ]
            )
        }
{
            grid(
                ["Produkt / Product", "Antall / Qty", "Pris/mnd / Price/month", "Sum 12 mnd"],
                [
                    ("Microsoft 365 Business Premium (årlig / annual)", "230", "NOK 236,00", "NOK 651 360,00"),
                    ("Microsoft Defender for Endpoint P2 (servere / servers)", "22", "NOK 52,00", "NOK 13 728,00"),
                ],
                [46, 14, 20, 20],
            )
        }
<p>Prisene er ekskl. mva. / Prices exclude VAT.</p>""",
        meta("Tilbud NK-T-2025-882", NK_AM.name, T(2025, 12, 2, 9, 0, 1)),
        f"{cid}|quote",
        right="Tilbud NK-T-2025-882",
    )
    m1 = Mail(
        NK_AM,
        [buyer],
        "Fornyelse Microsoft 365-lisenser 2026",
        T(2025, 12, 2, 9, 30, 1),
        "Hei Marit,\n\nVedlagt tilbud på fornyelse av lisensene for 2026. / Attached is our quote for the 2026 licence "
        "renewal.\n\nMvh\nTrond Berg\nNordkapp Data AS",
        attachments=[("NK-T-2025-882.pdf", quote)],
    )
    m2 = Mail(
        buyer,
        [NK_AM],
        "SV: Fornyelse Microsoft 365-lisenser 2026",
        T(2026, 1, 8, 12, 14, 1),
        "Hei Trond,\n\nVi bekrefter fornyelse av 230 Microsoft 365 Business Premium og 22 Defender for Endpoint for "
        "servere i henhold til tilbud NK-T-2025-882. / We confirm the renewal of 230 Microsoft 365 Business Premium "
        "and 22 Defender for Endpoint server licences as per quote NK-T-2025-882. Please send the invoice to "
        "faktura@hardangerlaks.no.\n\nMvh\n" + sig_lines(buyer),
        quoted=m1,
    )
    files = {
        "Rammeavtale_Hardanger_Laks_NK-RA-2023-117.pdf": msa_scan,
        "SV_ Fornyelse Microsoft 365-lisenser 2026.msg": g.msg_file(m2),
        "Tilbud_NK-T-2025-882.pdf": quote,
    }
    claim = cpor(
        cid,
        NORDKAPP,
        NK_AM,
        HARDANGER,
        HARDANGER_IT,
        ["INTUNE"],
        T(2026, 4, 2, 14, 10, 2),
        files,
        area="Security",
        status="under_review",
    )
    return Bundle(
        f"{cid}_nordkapp_competing_claim_msa_and_licences",
        claim,
        files,
        "reject",
        "A competing claim for INTUNE on Hardanger Laks, already claimed by Fjordline in 4991005 with a "
        "detailed report "
        "and a customer-signed acceptance of March 2026. Nordkapp's POE is a framework agreement signed in September "
        "2023 (an MSA with no recent engagement documentation), a licence quote and the purchasing manager's e-mail "
        "confirming a licence renewal – all of them document types the guide never accepts, and none mentions Intune "
        "work. Comparing the two claims, Nordkapp shows no influence on the workload; it loses the conflict. UNSURE: a "
        "reviewer could first return it as action_required for up-to-date POE before deciding the conflict.",
        "Rammeavtale signed 14.09.2023; e-mail from marit.hauge@hardangerlaks.no 'We confirm the renewal of 230 "
        "Microsoft 365 Business Premium…'; quote NK-T-2025-882.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "fail",
            "unacceptable_documents": "fail",
            "reused_evidence": "pass",
        },
    )


def s499_007_fensfjord_kommune_docusign() -> Bundle:
    cid = "4991007"
    cust = Org(
        "Fensfjord kommune",
        "Fensfjord kommune",
        "fensfjord.kommune.no",
        "NO",
        "5915 Hjelmås",
        "Rådhusvegen 3",
        "#1565c0",
        "Org.nr. 964 967 214",
    )
    cc = person(cust, "Hilde Sandvik", "IKT-leder / Head of ICT", "hilde.sandvik")
    parties = [
        Party("For kunden / For the customer", cust.name, cc.name, cc.title),
        Party("For leverandøren / For the supplier", FJORDLINE.name, FL_PM.name, FL_PM.title),
    ]
    report = fjordline_report(
        cust,
        "FIT-2026-022",
        D(2026, 5, 8),
        "Fjordline IT replaced the municipality's end-of-life telephone exchange with Microsoft Teams Phone for all "
        "municipal employees and equipped the town hall, the health centre and the two youth schools with Microsoft "
        "Teams Rooms. The citizen service centre (Servicetorget) and the out-of-hours GP switchboard now run as Teams "
        "call queues.",
        [
            (
                "Teams Phone",
                "Operator Connect with 1,080 ported numbers; 9 call queues (Servicetorget, home care, child welfare, "
                "building permits, GP switchboard and 4 schools); 3 auto attendants with opening hours and holiday "
                "schedules; emergency addresses for 21 locations",
                "1,080 users",
                "Levert / Delivered",
            ),
            (
                "Teams Rooms",
                "18 rooms: 11 Teams Rooms on Windows in the town hall and health centre, 7 Teams Rooms on Android in "
                "the schools; Pro Management and room mailboxes",
                "18 rooms",
                "Levert / Delivered",
            ),
        ],
        [
            ("Oppstart / Kick-off", "05.01.2026", "Number plan and call-flow workshops with 9 service units"),
            ("Pilot", "02.02.–20.02.2026", "Servicetorget and IT (64 users), 2 rooms"),
            ("Utrulling / Rollout", "23.02.–24.04.2026", "Porting in 4 waves; rooms installed after school hours"),
            ("Overlevering / Handover", "08.05.2026", "Queue administration handed to Servicetorget"),
        ],
        parties,
        f"{cid}|report",
        author=FL_PM.name,
    )
    signed = g.esign(
        report,
        cc,
        T(2026, 5, 11, 13, 4, 2),
        f"{cid}|ds",
        sig_anchor="Signatur / Signature:",
        sig_dx=130,
        sig_dy=2,
        date_anchor="Dato / Date:",
        date_text="11.05.2026",
        date_dx=80,
        date_dy=1,
        vendor="docusign",
        certificate=True,
        sender=FL_PM,
        ip="89.162.40.77",
    )
    files = {"Sluttrapport FIT-2026-022 Fensfjord kommune - signert.pdf": signed}
    claim = cpor(
        cid,
        FJORDLINE,
        FL_PM,
        cust,
        cc,
        ["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        T(2026, 6, 2, 10, 15, 2),
        files,
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_fensfjord_kommune_docusign",
        claim,
        files,
        "approve",
        "Norwegian municipality (public sector), Modern Work usage: Fjordline's final report signed through DocuSign "
        "by the municipality's head of ICT on 11.05.2026, certificate of completion appended. Teams Phone for 1,080 "
        "users with 9 named call queues, 18 Teams Rooms. The public-sector disclosure is required only for US and "
        "Puerto Rico customers on CPOR claims, so none is needed here. Report layout is Fjordline's boilerplate.",
        "DocuSign envelope ID on every page, 'Signed by' Hilde Sandvik on the acceptance block; certificate of "
        "completion with hilde.sandvik@fensfjord.kommune.no.",
        g.cpor_ok(),
    )


def s499_008_vestland_rederi_tracked_changes() -> Bundle:
    cid = "4991008"
    cust = Org(
        "Vestland Rederi AS",
        "Vestland Rederi",
        "vestlandrederi.no",
        "NO",
        "6003 Ålesund",
        "Notenesgata 14",
        "#283593",
        "Org.nr. 913 884 602",
    )
    cc = person(cust, "Kari Bø", "Kvalitets- og IT-sjef / Head of Quality and IT", "kari.bo")
    reviewed = T(2026, 4, 14, 8, 55, 2)
    w = g.Word(accent="1565C0")
    w.header(FJORDLINE, "Sluttrapport · FIT-2026-019")
    w.footer("Fjordline IT AS · Strandkaien 18, 5003 Bergen · Org.nr. 921 448 306 MVA")
    w.h("Sluttrapport / Final Report – Vestland Rederi AS", 0)
    w.p(
        "Referanse / Reference: FIT-2026-019 · Dato / Date: 10.04.2026 · Versjon / Version: 0.9 – til godkjenning / "
        "for approval"
    )
    w.p(FJORDLINE_INTRO, italic=True, size=9)
    w.h("1. Sammendrag / Summary", 1)
    w.p(
        "Fjordline IT gave the crews of Vestland Rederi's 14 offshore supply vessels and the Ålesund shore office one "
        "collaboration platform: a team per vessel in Microsoft Teams with shift channels, and SharePoint Online as "
        "the controlled document system for vessel procedures (ISM/ISPS), replacing a file server and paper binders."
    )
    w.h("2. Leveranser / Deliverables", 1)
    table = w.table(
        [
            ["Område / Area", "Levert / Delivered", "Omfang / Volume", "Status"],
            [
                "Microsoft Teams",
                "A team per vessel (14) with shift channels; Teams on 84 bridge and engine-room tablets over VSAT with "
                "low-bandwidth meeting policy; crew onboarding in Norwegian, Polish and Filipino",
                "420 users",
                "Levert / Delivered",
            ],
            [
                "SharePoint Online",
                "38 sites: one per vessel for procedures and checklists, plus HSEQ, crewing and technical; "
                "migration of "
                "410 GB from the file server; approval workflow for ISM procedure changes",
                "38 sites, 410 GB",
                "Levert / Delivered",
            ],
            [
                "Viva Insights",
                "Manager insights and the Copilot dashboard for the 40 shore-based managers",
                "40 managers",
                "Levert / Delivered",
            ],
        ]
    )
    viva = table.rows[3]
    track_delete(viva.cells[2].paragraphs[0], 101, cc.name, reviewed)
    track_delete(viva.cells[3].paragraphs[0], 102, cc.name, reviewed)
    track_insert(
        viva.cells[3].paragraphs[0],
        "Ikke startet – utsatt til Q4 2026 / Not started – postponed to Q4 2026",
        103,
        cc.name,
        reviewed,
    )
    word_comment(
        w.d,
        viva.cells[0].paragraphs[0].runs,
        "Vi har ikke startet med Viva Insights – lisensene er ikke kjøpt. Ta det ut av rapporten før vi signerer. / "
        "We have not started Viva Insights – the licences have not been bought. Please take it out of the report "
        "before we sign.",
        cc.name,
        "KB",
        reviewed,
    )
    word_comment(w.d, table.rows[1].cells[3].paragraphs[0].runs, "OK – godkjent / approved.", cc.name, "KB", reviewed)
    w.h("3. Milepæler / Milestones", 1)
    w.table(
        [
            ["Milepæl / Milestone", "Dato / Date", "Merknad / Note"],
            ["Oppstart / Kick-off", "19.01.2026", "Vessel visits planned around crew changes"],
            ["Pilot – MV Vestland Fjell", "09.02.2026", "One vessel, 30 crew, VSAT bandwidth test"],
            ["Utrulling / Rollout", "16.02.–27.03.2026", "13 vessels at crew changes; file server migration"],
            ["Overlevering / Handover", "10.04.2026", "Site owners trained per vessel"],
        ]
    )
    w.h("4. Aksept / Acceptance", 1)
    w.p("The customer confirms that the deliverables in section 2 were delivered by Fjordline IT AS and accepts them.")
    w.table(
        [
            ["", "For kunden / For the customer", "For leverandøren / For the supplier"],
            ["Navn / Name", "", "Sigrid Nygaard"],
            ["Signatur / Signature", "", ""],
            ["Dato / Date", "", ""],
        ]
    )
    track_revisions_on(w.d)
    docx_bytes = w.save(meta("Sluttrapport FIT-2026-019 Vestland Rederi", cc.name, reviewed), revision=7)
    m1 = Mail(
        FL_PM,
        [cc],
        "Sluttrapport FIT-2026-019 – til godkjenning / for approval",
        T(2026, 4, 10, 15, 20, 2),
        "Hei Kari,\n\nHer er sluttrapporten til gjennomlesning. / Here is the final report for your review – once "
        "approved we will send it for signature.\n\nMvh\nSigrid\n\n" + g.footer_block(FL_PM),
    )
    m2 = Mail(
        cc,
        [FL_PM],
        "SV: Sluttrapport FIT-2026-019 – til godkjenning / for approval",
        T(2026, 4, 14, 9, 6, 2),
        "Hi Sigrid,\n\nWe have gone through the final report. Teams and SharePoint Online are approved – Vestland "
        "Rederi accepts those two deliveries: the vessel teams work on all 14 ships and the procedure sites replaced "
        "the binders on board.\n\nViva Insights is another matter: we have not started it and no licences are bought "
        "(planned for Q4). I have marked it in the attached document with tracked changes and a comment – please take "
        "it out of the report.\n\nBest regards,\nKari\n\n" + sig_lines(cc),
        quoted=m1,
        attachments=[("Sluttrapport_FIT-2026-019_KB.docx", docx_bytes)],
    )
    files = {
        "Sluttrapport_FIT-2026-019_Vestland_Rederi_KB-kommentarer.docx": docx_bytes,
        "SV_ Sluttrapport FIT-2026-019 – til godkjenning.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        FJORDLINE,
        FL_PM,
        cust,
        cc,
        ["TEAMS", "SHAREPOINT ONLINE", "VIVA INSIGHTS"],
        T(2026, 4, 29, 11, 0, 2),
        files,
    )
    return Bundle(
        f"{cid}_vestland_rederi_tracked_changes_remove_viva",
        claim,
        files,
        "action_required",
        "The customer's head of quality and IT accepts Teams (14 vessel teams, 420 users) and SharePoint Online (38 "
        "sites, 410 GB) by e-mail from vestlandrederi.no on 14 April 2026. The claim also includes VIVA INSIGHTS, but "
        "in the Word report she returned, the Viva Insights row carries her tracked deletion of 'Levert / Delivered', "
        "the tracked insertion 'Not started – postponed to Q4 2026' and a comment 'We have not started Viva Insights – "
        "the licences have not been bought'; her e-mail says the same. A workload the customer says was not started "
        "is not connected to any work: remove it or evidence it. Reading only the report's accepted text (ignoring "
        "the revisions) would wrongly show Viva Insights as delivered.",
        "Tracked change in the docx: deleted 'Levert / Delivered', inserted 'Not started – postponed to Q4 2026' by "
        "Kari Bø; e-mail: 'Viva Insights … we have not started it'.",
        {
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "activity_detail": "pass",
            "workload_match": "fail",
            "reused_evidence": "pass",
        },
    )


def s499_009_sogn_kraft_old_report_recent_review() -> Bundle:
    cid = "4991009"
    cust = Org(
        "Sogn Kraft AS",
        "Sogn Kraft",
        "sognkraft.no",
        "NO",
        "6856 Sogndal",
        "Fosshaugane 12",
        "#0d47a1",
        "Org.nr. 979 552 318",
    )
    cc = person(cust, "Astrid Lunde", "Leder IT-sikkerhet / Head of IT Security", "astrid.lunde")
    parties = [
        Party("For kunden / For the customer", cust.name, cc.name, cc.title),
        Party("For leverandøren / For the supplier", FJORDLINE.name, FL_SEC.name, FL_SEC.title),
    ]
    report = fjordline_report(
        cust,
        "FIT-2025-003",
        D(2025, 1, 24),
        "Fjordline IT deployed Microsoft Defender for Identity on Sogn Kraft's domain controllers and AD FS "
        "servers and "
        "Microsoft Defender for Cloud Apps for all users, as the first step of the utility's security programme "
        "required by its NIS audit. Fjordline operates both workloads afterwards under security services agreement "
        "FIT-SA-2025-02.",
        [
            (
                "Defender for Identity",
                "Sensors on 8 domain controllers and 2 AD FS servers; honeytoken accounts; lateral-movement path "
                "review with the AD team; alerts to Fjordline's security operations",
                "10 sensors",
                "Levert / Delivered",
            ),
            (
                "Defender for Cloud Apps",
                "App discovery through Defender for Endpoint; 14 session and access policies; OAuth app governance; "
                "monthly shadow-IT report to the CIO",
                "640 users",
                "Levert / Delivered",
            ),
        ],
        [
            ("Oppstart / Kick-off", "04.11.2024", "NIS audit findings reviewed"),
            ("Pilot", "25.11.2024", "2 DCs, IT department in Cloud Apps"),
            ("Utrulling / Rollout", "02.12.2024–17.01.2025", "All DCs and AD FS, all 640 users"),
            ("Overlevering / Handover", "24.01.2025", "Operation under FIT-SA-2025-02"),
        ],
        parties,
        f"{cid}|report",
        author=FL_SEC.name,
    )
    scan = g.scan_pdf(
        report, fjordline_inks(parties, "28.01.2025"), f"{cid}|scan", T(2025, 1, 28, 14, 5, 1), dpi=150, skew=-0.5
    )
    m1 = Mail(
        FL_SEC,
        [cc],
        "Kvartalsgjennomgang Q1 2026 – Defender for Identity og Cloud Apps",
        T(2026, 3, 16, 16, 0, 1),
        "Hei Astrid,\n\nTakk for møtet i dag. Vedlagt presentasjonen fra kvartalsgjennomgangen. / Thanks for today's "
        "meeting; the quarterly review deck is attached.\n\nMvh\nEirik\n\n" + g.footer_block(FL_SEC),
    )
    m2 = Mail(
        cc,
        [FL_SEC],
        "SV: Kvartalsgjennomgang Q1 2026 – Defender for Identity og Cloud Apps",
        T(2026, 3, 17, 10, 22, 1),
        "Hi Eirik,\n\n(In English, as your claims team asked.) For the record: Fjordline continues to operate our "
        "Defender for Identity and Defender for Cloud Apps setup under the security services agreement. Since the "
        "go-live in January 2025 MDI covers all 8 domain controllers and both AD FS servers, and this quarter "
        "you added "
        "the sensor on the new DC in Årdal. In Cloud Apps the 14 policies cover our 640 users, and your review of "
        "OT-vendor apps in February closed 9 unsanctioned apps. Sogn Kraft confirms its active engagement with "
        "Fjordline on both workloads.\n\nVennlig hilsen / Kind regards\nAstrid\n\n" + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "Sluttrapport_FIT-2025-003_Sogn_Kraft_signert.pdf": scan,
        "SV_ Kvartalsgjennomgang Q1 2026.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        FJORDLINE,
        FL_SEC,
        cust,
        cc,
        ["MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        T(2026, 4, 9, 13, 25, 2),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_sogn_kraft_old_signature_recent_confirmation",
        claim,
        files,
        "approve",
        "The signed final report is dated 28.01.2025 – more than 12 months before submission on 2026-04-09 – but the "
        "guide accepts such POE with a recent customer acknowledgement confirming active engagement, and there is one: "
        "the head of IT security writes from sognkraft.no on 17 March 2026 that Fjordline continues to operate MDI (8 "
        "DCs + 2 AD FS, a new sensor this quarter) and Cloud Apps (14 policies, 640 users) and 'confirms its active "
        "engagement with Fjordline on both workloads'. Report layout is Fjordline's boilerplate.",
        "Scan signed 28.01.2025; e-mail from astrid.lunde@sognkraft.no, 17 Mar 2026: 'Fjordline continues to operate "
        "our Defender for Identity and Defender for Cloud Apps setup'.",
        g.cpor_ok(email_ack=True),
    )


# --------------------------------------------------------------------------------------------------------------
# Tatra Systems: one bilingual Předávací protokol (handover protocol), three customers
# --------------------------------------------------------------------------------------------------------------

TS_LABELS = ("Jméno / Name", "Funkce / Position", "Podpis / Signature", "Datum / Date")


def tatra_protocol(
    cust: Org,
    ref: str,
    day: dt.date,
    subject: str,
    items: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
    *,
    place: str = "",
    author: str = "Lukáš Horák",
) -> bytes:
    """Tatra Systems' handover protocol: Czech with English under every line, one page, two signature columns."""
    html = f"""
<h1 style="text-align:center">Předávací protokol<br/><span style="font-size:12pt">Handover Protocol</span></h1>
{
        kv(
            [
                ("Číslo protokolu / Protocol no.", ref),
                ("Objednatel / Customer", f"{escape(cust.name)}, {escape(cust.address)}, {escape(cust.reg)}"),
                ("Zhotovitel / Contractor", f"{escape(TATRA.name)}, {escape(TATRA.address)}, {escape(TATRA.reg)}"),
                ("Předmět / Subject", escape(subject)),
                ("Místo předání / Place", escape(place or cust.city)),
                ("Datum předání / Date of handover", g.fdate(day, "cz")),
            ],
            key_w=170,
        )
    }
<h2>Předávané plnění / Work handed over</h2>
{grid(["Položka / Item", "Popis / Description", "Rozsah / Scope"], items, [18, 62, 20])}
<p><b>Výhrady / Reservations:</b> žádné / none</p>
<p>Objednatel potvrzuje převzetí díla v rozsahu tohoto protokolu bez výhrad.<br/><i>The customer confirms that it
takes over the work in the scope of this protocol without reservations.</i></p>
""" + g.signoff("columns", parties, heading="", labels=TS_LABELS, company_label="Společnost / Company")
    return g.html_pdf(
        html,
        meta(f"Předávací protokol {ref}", author, T(day.year, day.month, day.day, 10, 0, 1)),
        seed,
        style=css(TATRA.color, size=8.8),
        decor=g.Decor(
            TATRA,
            right=f"Předávací protokol · {ref}",
            footer=f"{escape(TATRA.name)} · {escape(TATRA.address)} · {escape(TATRA.reg)}",
            accent=TATRA.color,
            numbers="Strana {i} z {n}",
        ),
    )


def tatra_parties(cust: Org, cc: Person, pm: Person = TS_PM) -> list[Party]:
    return [
        Party("Předávající / Handed over by", TATRA.name, pm.name, pm.title),
        Party("Přebírající / Taken over by", cust.name, cc.name, cc.title),
    ]


MORSTROJ = Org(
    "Moravská strojírna a.s.",
    "Moravská strojírna",
    "morstroj.cz",
    "CZ",
    "779 00 Olomouc",
    "Šlechtitelů 813/21",
    "#455a64",
    "IČO 25841307",
)
MORSTROJ_IT = person(MORSTROJ, "Ing. Pavel Novotný", "Ředitel IT / IT Director", "pavel.novotny")
MORSTROJ_STAMP = ("MORAVSKÁ STROJÍRNA a.s.", "Šlechtitelů 813/21, 779 00 Olomouc", "IČO 25841307")


def morstroj_signed() -> tuple[bytes, bytes]:
    """The signed and stamped Intune/Defender protocol scanned sideways, and the unscanned original."""

    def make() -> tuple[bytes, bytes]:
        parties = tatra_parties(MORSTROJ, MORSTROJ_IT)
        proto = tatra_protocol(
            MORSTROJ,
            "TS-PP-2026-007",
            D(2026, 2, 12),
            "Microsoft Intune a Microsoft Defender for Endpoint – správa a ochrana koncových zařízení / endpoint "
            "management and protection",
            [
                (
                    "Microsoft Intune",
                    "Registrace 410 počítačů (Autopilot pro 60 nových) a 95 tabletů ve výrobních halách; zásady shody, "
                    "aktualizační kruhy, BitLocker.<br/><i>Enrolment of 410 PCs (Autopilot for 60 new ones) and 95 "
                    "tablets in the production halls; compliance policies, update rings, BitLocker.</i>",
                    "505 zařízení / devices",
                ),
                (
                    "Defender for Endpoint",
                    "Nasazení na 505 zařízení a 31 serverů; pravidla ASR a EDR v režimu blokování; skupiny zařízení "
                    "podle závodu.<br/><i>Onboarding of 505 devices and 31 servers; ASR rules and EDR in block mode; "
                    "device groups per plant.</i>",
                    "536 zařízení / devices",
                ),
            ],
            parties,
            "4991010|proto",
            place="Olomouc, závod Hodolany",
        )
        inks = [
            *g.sign_inks("columns", parties[0], 0, "12. 2. 2026", labels=TS_LABELS, color=g.INK_BLACK),
            *g.sign_inks("columns", parties[1], 1, "12. 2. 2026", labels=TS_LABELS),
            Ink(
                MORSTROJ_IT.name,
                "stamp",
                dx=110,
                dy=0,
                h=40,
                lines=MORSTROJ_STAMP,
                yanchor=TS_LABELS[2],
                y_dy=-6,
                yocc=-1,
            ),
        ]
        scan = g.scan_pdf(proto, inks, "4991010|scan", T(2026, 2, 12, 14, 40, 1), dpi=150, skew=0.5, rotate=90)
        return scan, proto

    return cached("morstroj", make)  # type: ignore[no-any-return]


def s499_010_moravska_strojirna_sideways_scan() -> Bundle:
    cid = "4991010"
    scan, _ = morstroj_signed()
    files = {"Scan_20260212_144012.pdf": scan}
    claim = cpor(
        cid,
        TATRA,
        TS_PM,
        MORSTROJ,
        MORSTROJ_IT,
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 3, 5, 10, 30, 1),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_moravska_strojirna_sideways_scan",
        claim,
        files,
        "approve",
        "Tatra's bilingual (Czech with English under every line) handover protocol TS-PP-2026-007, signed by the "
        "customer's IT director with the company's rubber stamp and dated in the Czech way '12. 2. 2026' (12 February "
        "2026), scanned sideways (page rotated 90°) as an image-only PDF. Intune for 505 devices, Defender for "
        "Endpoint on 536 devices and servers; submitted three weeks later. Tatra's protocol layout is boilerplate "
        "shared with 4991011-4991013. Claim 4991011 pastes the signature cut out of this scan onto another protocol: "
        "this claim holds the original.",
        "Scan_20260212_144012.pdf (rotated 90°): 'Přebírající / Taken over by – Moravská strojírna a.s.', signature of "
        "Ing. Pavel Novotný, stamp with IČO 25841307, '12. 2. 2026'.",
        g.cpor_ok(),
    )


def s499_011_moravska_strojirna_pasted_signature() -> Bundle:
    cid = "4991011"
    scan, original = morstroj_signed()
    parties = tatra_parties(MORSTROJ, MORSTROJ_IT, TS_UC)
    with pymupdf.open("pdf", original) as doc:
        _, x0, y0 = g.ink_origin(doc, Ink(parties[1].name, "sig", dx=2, dy=0, yanchor=TS_LABELS[2], y_dy=4, yocc=-1))
    crop = crop_scan(scan, 0, (x0 - 4, y0 - 3, x0 + 118, y0 + 37), 150, turn=90)
    proto = tatra_protocol(
        MORSTROJ,
        "TS-PP-2026-031",
        D(2026, 6, 18),
        "Microsoft Teams Phone a Teams Rooms – hlasové služby a zasedací místnosti / voice and meeting rooms",
        [
            (
                "Teams Phone",
                "Operator Connect s přenesením 320 čísel z ústředny Siemens; 6 front hovorů (recepce, servis, "
                "nákup…).<br/><i>Operator Connect with 320 numbers ported from the Siemens PBX; 6 call queues "
                "(reception, service, purchasing…).</i>",
                "320 uživatelů / users",
            ),
            (
                "Teams Rooms",
                "12 místností Teams Rooms on Windows v Olomouci a Přerově.<br/><i>12 Teams Rooms on Windows in "
                "Olomouc and Přerov.</i>",
                "12 místností / rooms",
            ),
        ],
        parties,
        f"{cid}|proto",
        place="Olomouc",
        author=TS_UC.name,
    )
    pasted = g.stamp_pdf(
        proto,
        [Ink(parties[1].name, "image", dx=2, dy=0, h=34, picture=crop, yanchor=TS_LABELS[2], y_dy=2, yocc=-1)],
        f"{cid}|paste",
    )
    doc = pymupdf.open("pdf", pasted)
    no, x1, y1 = g.ink_origin(doc, Ink(parties[1].name, "hand", dx=2, yanchor=TS_LABELS[3], y_dy=2, yocc=-1))
    doc[no].insert_text((x1 + 2, y1 + 10), "18. 6. 2026", fontname="helv", fontsize=9)
    pasted = g.finish(
        doc, meta("Předávací protokol TS-PP-2026-031", TS_UC.name, T(2026, 6, 18, 16, 2, 2)), f"{cid}|fin", subset=False
    )
    files = {"TS-PP-2026-031_predavaci_protokol_podepsany.pdf": pasted}
    claim = cpor(
        cid,
        TATRA,
        TS_UC,
        MORSTROJ,
        MORSTROJ_IT,
        ["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        T(2026, 7, 1, 9, 50, 2),
        files,
    )
    return Bundle(
        f"{cid}_moravska_strojirna_signature_pasted_from_scan",
        claim,
        files,
        "action_required",
        "A born-digital protocol (Teams Phone for 320 users, 12 Teams Rooms) with a typed date '18. 6. 2026' whose "
        "'signature' is a picture: the IT director's signature cut out of the scanned protocol of claim 4991010 – same "
        "strokes, grey scan background and grain, even the stamp's edge and the cell border – pasted into the 'Taken "
        "over by' cell. Copying/pasting physical signatures is listed as not acceptable POE, so there is no valid "
        "customer acknowledgement of the voice and rooms work; 4991010 holds the original. The detail itself is "
        "specific. UNSURE: a reviewer who treats the paste as deliberate could reject outright.",
        "Signature image in the customer's column identical to the ink on 4991010's scan; the rest of the page is "
        "born-digital text.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
            "reused_evidence": "fail",
        },
    )


def s499_012_zlata_hvezda_czech_mail_with_english() -> Bundle:
    cid = "4991012"
    cust = Org(
        "Jihočeské pivovary a.s.",
        "Zlatá Hvězda",
        "jcpivovary.cz",
        "CZ",
        "370 01 České Budějovice",
        "Budějovická 412",
        "#f9a825",
        "IČO 60827811",
    )
    cc = person(cust, "Mgr. Jana Kratochvílová", "Vedoucí IT / Head of IT", "jana.kratochvilova")
    proto = tatra_protocol(
        cust,
        "TS-PP-2026-019",
        D(2026, 4, 23),
        "Exchange Online a Microsoft Teams – pivovar Zlatá Hvězda / for the Zlatá Hvězda brewery",
        [
            (
                "Exchange Online",
                "Migrace 240 schránek z Exchange 2013 a 14 sdílených schránek (objednávky, expedice, "
                "reklamace).<br/><i>Migration of 240 mailboxes from Exchange 2013 and 14 shared mailboxes (orders, "
                "dispatch, complaints).</i>",
                "254 schránek / mailboxes",
            ),
            (
                "Microsoft Teams",
                "Týmy pro varnu, stáčírnu, sklad a obchod; Teams na 12 tabletech ve výrobě; školení vedoucích "
                "směn.<br/><i>Teams for the brewhouse, bottling, warehouse and sales; Teams on 12 production tablets; "
                "training for shift leaders.</i>",
                "240 uživatelů / users",
            ),
        ],
        tatra_parties(cust, cc),
        f"{cid}|proto",
    )
    m1 = Mail(
        TS_PM,
        [cc],
        "Předávací protokol TS-PP-2026-019 – Exchange Online a Teams",
        T(2026, 4, 23, 15, 5, 2),
        "Dobrý den, paní Kratochvílová,\n\nv příloze posílám předávací protokol. Prosím o potvrzení převzetí.\n\n"
        "S pozdravem\nLukáš Horák\n\n" + g.footer_block(TS_PM),
        attachments=[("TS-PP-2026-019.pdf", proto)],
    )
    m2 = Mail(
        cc,
        [TS_PM],
        "RE: Předávací protokol TS-PP-2026-019 – Exchange Online a Teams",
        T(2026, 4, 27, 8, 41, 2),
        "Dobrý den, pane Horáku,\n\nprošli jsme předávací protokol TS-PP-2026-019. Potvrzuji, že pivovar převzal "
        "migraci na Exchange Online (240 schránek a 14 sdílených schránek) a nasazení Microsoft Teams pro všech 240 "
        "zaměstnanců bez výhrad. Podepsaný protokol pošlu poštou, až se vrátí ředitel.\n\n--- English version ---\n\n"
        "Dear Mr Horák,\n\nWe have reviewed handover protocol TS-PP-2026-019. I confirm that the brewery has taken "
        "over the migration to Exchange Online (240 mailboxes and 14 shared mailboxes) and the Microsoft Teams rollout "
        "for all 240 employees without reservations. The signed protocol will follow by post once our managing "
        "director is back.\n\nS pozdravem / Kind regards\nJana Kratochvílová\nVedoucí IT | Pivovar Zlatá Hvězda\n"
        "Budějovická 412, 370 01 České Budějovice",
        quoted=m1,
    )
    ooo = Mail(
        cc,
        [TS_PM],
        "Automatická odpověď: Předávací protokol TS-PP-2026-019 – Exchange Online a Teams",
        T(2026, 4, 23, 15, 5, 2),
        "Dobrý den,\n\ndo 26. 4. 2026 jsem mimo kancelář s omezeným přístupem k e-mailu. V naléhavých případech "
        "volejte IT helpdesk pivovaru, linka 240.\n\nI am out of the office until 26 April 2026 with limited access "
        "to e-mail. For urgent matters please call the brewery IT helpdesk, extension 240.\n\nJana Kratochvílová",
        quoted=m1,
        auto_reply=True,
    )
    files = {
        "Automatická odpověď_ Předávací protokol TS-PP-2026-019.msg": g.msg_file(ooo),
        "RE_ Předávací protokol TS-PP-2026-019.msg": g.msg_file(m2),
        "TS-PP-2026-019_Zlata_Hvezda.pdf": proto,
    }
    claim = cpor(cid, TATRA, TS_PM, cust, cc, ["EXCHANGE ONLINE", "TEAMS"], T(2026, 5, 12, 10, 10, 2), files)
    return Bundle(
        f"{cid}_zlata_hvezda_czech_mail_with_english",
        claim,
        files,
        "approve",
        "The customer's head of IT accepts the work by e-mail from jcpivovary.cz (the claim's domain) on 27 "
        "April 2026, "
        "in Czech with a complete English version underneath: Exchange Online (240 + 14 mailboxes) and Teams for 240 "
        "employees taken over 'without reservations'. She signs as 'Pivovar Zlatá Hvězda', the brewery's trade name; "
        "the protocol names the legal entity Jihočeské pivovary a.s. and the brewery together, so it is the same "
        "customer. Her out-of-office auto-reply to the first request is uploaded too; it is not the acknowledgement, "
        "and it does not undo the real reply four days later. The unsigned bilingual protocol is Tatra's boilerplate "
        "layout (as on 4991010/4991011/4991013).",
        "Reply from jana.kratochvilova@jcpivovary.cz: '--- English version --- … I confirm that the brewery has taken "
        "over … without reservations.'",
        g.cpor_ok(email_ack=True),
    )


def s499_013_krkonosska_czech_only_acceptance() -> Bundle:
    cid = "4991013"
    cust = Org(
        "Krkonošská textilní a.s.",
        "Krkonošská textilní",
        "krtex.cz",
        "CZ",
        "543 01 Vrchlabí",
        "Tkalcovská 1120",
        "#8e24aa",
        "IČO 46504877",
    )
    cc = person(cust, "Ing. Martin Šimek", "Vedoucí informatiky / Head of IT", "martin.simek")
    proto = tatra_protocol(
        cust,
        "TS-PP-2026-024",
        D(2026, 5, 20),
        "SharePoint Online a Microsoft Teams – migrace souborového serveru / file server migration",
        [
            (
                "SharePoint Online",
                "26 webů (kvalita, nákup, vývoj vzorů, výroba); migrace 780 GB ze souborového serveru; oprávnění "
                "podle oddělení.<br/><i>26 sites (quality, purchasing, pattern design, production); migration of 780 "
                "GB from the file server; permissions per department.</i>",
                "26 webů / sites",
            ),
            (
                "Microsoft Teams",
                "Teams pro 310 zaměstnanců včetně tří směn v tkalcovně (sdílená zařízení); směnové "
                "kanály.<br/><i>Teams "
                "for 310 employees including three shifts in the weaving mill (shared devices); shift channels.</i>",
                "310 uživatelů / users",
            ),
        ],
        tatra_parties(cust, cc),
        f"{cid}|proto",
    )
    m1 = Mail(
        TS_PM,
        [cc],
        "Předávací protokol TS-PP-2026-024",
        T(2026, 5, 20, 16, 0, 2),
        "Dobrý den, pane Šimku,\n\nv příloze je předávací protokol k SharePointu a Teams. Prosím o podpis nebo "
        "potvrzení e-mailem.\n\nS pozdravem\nLukáš Horák\n\n" + g.footer_block(TS_PM),
        attachments=[("TS-PP-2026-024.pdf", proto)],
    )
    m2 = Mail(
        cc,
        [TS_PM],
        "RE: Předávací protokol TS-PP-2026-024",
        T(2026, 5, 25, 13, 17, 2),
        "Dobrý den, pane Horáku,\n\nprotokol TS-PP-2026-024 jsme prošli s vedením závodu. Práce na SharePointu i Teams "
        "přebíráme bez výhrad, migrace souborového serveru proběhla v pořádku a směny v tkalcovně už Teams používají. "
        "Podepsaný originál zatím nemáme – ředitel je do konce měsíce na dovolené, proto potvrzuji převzetí tímto "
        "e-mailem.\n\nS pozdravem\n" + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "RE_ Předávací protokol TS-PP-2026-024.msg": g.msg_file(m2),
        "TS-PP-2026-024.pdf": proto,
    }
    claim = cpor(cid, TATRA, TS_PM, cust, cc, ["SHAREPOINT ONLINE", "TEAMS"], T(2026, 6, 8, 9, 30, 2), files)
    return Bundle(
        f"{cid}_krkonosska_textilni_czech_only_acceptance",
        claim,
        files,
        "action_required",
        "The protocol is bilingual but unsigned; the only acknowledgement is the head of IT's reply from krtex.cz, "
        "written entirely in Czech with no English part ('Práce na SharePointu i Teams přebíráme bez výhrad…'). The "
        "guide's review works on English documentation: the partner must upload an English version or translation of "
        "the acknowledgement. Compare 4991012, where the same kind of Czech reply carries a full English version. The "
        "scope itself (26 sites, 780 GB, 310 Teams users) is detailed.",
        "Reply from martin.simek@krtex.cz in Czech only; protocol TS-PP-2026-024 with empty signature cells.",
        {
            "document_language": "fail",
            "customer_domain": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Brisa Digital: one Word closure report (Relatório de Encerramento), used for several customers
# --------------------------------------------------------------------------------------------------------------


def brisa_report(
    cust: Org,
    ref: str,
    day: dt.date,
    background: str,
    scope: Sequence[Sequence[str]],
    timeline: Sequence[Sequence[str]],
    signer: Person,
) -> tuple[Any, Any]:
    """Brisa Digital's closure report in Word (Portuguese headings with English, English body); returns the
    python-docx wrapper and the acceptance paragraph (for comments)."""
    w = g.Word(accent="EF6C00", base_font="Calibri", size=10.5)
    w.header(BRISA, f"Relatório de Encerramento · {ref}")
    w.footer(f"{BRISA.name} · {BRISA.street}, {BRISA.city} · {BRISA.reg}")
    w.h("Relatório de Encerramento de Projeto / Project Closure Report", 0)
    w.table(
        [
            ["Cliente / Customer", cust.name],
            ["Referência / Reference", ref],
            ["Data / Date", g.fdate(day, "gb")],
            ["Gestora de projeto / Project manager", f"{BD_PM.name}, {BRISA.name}"],
        ],
        header=False,
    )
    w.h("1. Enquadramento / Background", 1)
    w.p(background)
    w.h("2. Âmbito entregue / Delivered scope", 1)
    w.table([["Workload", "Entregue / Delivered", "Volume", "Estado / Status"], *scope])
    w.h("3. Cronograma / Timeline", 1)
    w.table([["Fase / Phase", "Datas / Dates", "Atividades / Activities"], *timeline])
    w.h("4. Aceitação / Acceptance", 1)
    w.p(
        f"O cliente confirma que o âmbito descrito na secção 2 foi entregue pela {BRISA.name} e aceita o projeto como "
        f"concluído. / The customer confirms that the scope in section 2 was delivered by {BRISA.name} and accepts the "
        "project as complete."
    )
    para = w.d.paragraphs[-1]
    w.table(
        [
            ["", "Pelo cliente / For the customer", f"Pela {BRISA.short} / For {BRISA.short}"],
            ["Nome / Name", signer.name, BD_PM.name],
            ["Assinatura / Signature", "", ""],
            ["Data / Date", "", ""],
        ]
    )
    return w, para


def s499_014_vinhos_do_tamega_portuguese_with_translation() -> Bundle:
    cid = "4991014"
    cust = Org(
        "Vinhos do Tâmega, S.A.",
        "Vinhos do Tâmega",
        "vinhosdotamega.pt",
        "PT",
        "4600-011 Amarante",
        "Quinta da Lixa, Estrada Nacional 15",
        "#7b1fa2",
        "NIPC 503 118 442",
    )
    cc = person(cust, "Sofia Carvalho", "Diretora de Sistemas de Informação / CIO", "sofia.carvalho")
    w, _ = brisa_report(
        cust,
        "BD-RE-2026-008",
        D(2026, 3, 27),
        "Vinhos do Tâmega kept its quality and vineyard documents on a file server in Amarante and coordinated the "
        "harvest by phone and WhatsApp. Brisa Digital moved the documents to SharePoint Online and introduced "
        "Microsoft Teams for the office, the cellar and the seasonal harvest crews.",
        [
            [
                "SharePoint Online",
                "22 sites (quality, oenology, vineyard parcels, export, certification); 640 GB migrated from the file "
                "server; retention labels for IVDP certification records",
                "22 sites, 640 GB",
                "Concluído / Done",
            ],
            [
                "Microsoft Teams",
                "Teams for 120 office and cellar staff and 60 seasonal workers (frontline licences, shared tablets in "
                "the cellar); harvest channel per quinta; Shifts for the bottling line",
                "180 users",
                "Concluído / Done",
            ],
        ],
        [
            ["Levantamento / Discovery", "05/01 – 16/01/2026", "File server analysis, 1.9 million files"],
            ["Migração / Migration", "19/01 – 27/02/2026", "SharePoint sites, 3 migration waves"],
            ["Adoção / Adoption", "02/03 – 27/03/2026", "Teams rollout, 9 training sessions, harvest channels"],
        ],
        cc,
    )
    report = w.save(meta("Relatório de Encerramento BD-RE-2026-008", BD_PM.name, T(2026, 3, 27, 17, 40, 0)))
    m1 = Mail(
        BD_PM,
        [cc],
        "Relatório de Encerramento BD-RE-2026-008 – SharePoint e Teams",
        T(2026, 3, 27, 18, 2, 0),
        "Olá Sofia,\n\nEm anexo o relatório de encerramento. Agradecia a vossa aceitação por escrito.\n\n"
        "Cumprimentos,\nMarta Figueiredo\n\n" + g.footer_block(BD_PM),
        lang="pt",
        attachments=[("BD-RE-2026-008.docx", report)],
    )
    m2 = Mail(
        cc,
        [BD_PM],
        "RE: Relatório de Encerramento BD-RE-2026-008 – SharePoint e Teams",
        T(2026, 3, 31, 11, 26, 1),
        "Olá Marta,\n\nConfirmamos a aceitação do projeto descrito no relatório BD-RE-2026-008: os 22 sites do "
        "SharePoint Online com os 640 GB migrados e o Microsoft Teams para os 180 utilizadores, incluindo as equipas "
        "da vindima. A Vinhos do Tâmega aceita o projeto como concluído.\n\n[English translation]\n\nHello Marta,\n\n"
        "We confirm our acceptance of the project described in report BD-RE-2026-008: the 22 SharePoint Online sites "
        "with the 640 GB migrated, and Microsoft Teams for the 180 users, including the harvest crews. Vinhos do "
        "Tâmega accepts the project as complete.\n\nCumprimentos / Regards,\n" + sig_lines(cc),
        quoted=m1,
        lang="pt",
    )
    files = {
        "RE_ Relatório de Encerramento BD-RE-2026-008.msg": g.msg_file(m2),
        "BD-RE-2026-008_Vinhos_do_Tamega.docx": report,
    }
    claim = cpor(cid, BRISA, BD_PM, cust, cc, ["SHAREPOINT ONLINE", "TEAMS"], T(2026, 4, 16, 10, 20, 1), files)
    return Bundle(
        f"{cid}_vinhos_do_tamega_portuguese_with_translation",
        claim,
        files,
        "approve",
        "The CIO accepts the project by e-mail from vinhosdotamega.pt on 31 March 2026, in Portuguese followed by her "
        "own English translation: 22 SharePoint sites with 640 GB migrated and Teams for 180 users including the "
        "harvest crews. Brisa's Word closure report (Portuguese headings, English body) gives the detail. Brisa's "
        "report template is boilerplate (also on 4991016).",
        "Reply from sofia.carvalho@vinhosdotamega.pt: '[English translation] … Vinhos do Tâmega accepts the project as "
        "complete.'",
        g.cpor_ok(email_ack=True),
        container="zip",
    )


def s499_015_avetex_merged_customer() -> Bundle:
    cid = "4991015"
    old = Org(
        "Têxteis Ave & Cávado, Lda.",
        "Têxteis Ave & Cávado",
        "textave.pt",
        "PT",
        "4760-727 Vila Nova de Famalicão",
        "Rua da Indústria 214, Ribeirão",
        "#00695c",
        "NIPC 506 774 128",
    )
    cust = Org(
        "AveTex Group, S.A.",
        "AveTex",
        "avetex.pt",
        "PT",
        "4760-727 Vila Nova de Famalicão",
        "Rua da Indústria 214, Ribeirão",
        "#00695c",
        "NIPC 518 003 271",
    )
    signer_old = person(old, "Rui Mendes", "Diretor de Sistemas de Informação", "rui.mendes")
    cc = person(cust, "Rui Mendes", "Diretor de Sistemas de Informação / IT Director", "rui.mendes")
    parties = [
        Party("Pelo cliente / For the customer", old.name, signer_old.name, signer_old.title),
        Party("Pela Brisa Digital / For Brisa Digital", BRISA.name, BD_PM.name, BD_PM.title),
    ]
    html = f"""
<h1>Auto de Aceitação / Acceptance Record</h1>
{
        kv(
            [
                ("Cliente / Customer", f"{escape(old.name)} · {escape(old.reg)} · {escape(old.domain)}"),
                ("Fornecedor / Supplier", f"{escape(BRISA.name)} · {escape(BRISA.reg)}"),
                (
                    "Projeto / Project",
                    "BD-PRJ-2025-061 – Gestão e proteção de postos de trabalho / endpoint management and protection",
                ),
                ("Período / Period", "03/11/2025 – 16/01/2026"),
            ]
        )
    }
{
        grid(
            ["Workload", "Entregue / Delivered", "Volume"],
            [
                (
                    "Microsoft Intune",
                    "Autopilot para 140 portáteis novos; inscrição de 260 PCs existentes e 120 terminais Android na "
                    "tecelagem e expedição / Autopilot for 140 new laptops; enrolment of 260 existing PCs and 120 "
                    "Android terminals in weaving and dispatch",
                    "520 dispositivos / devices",
                ),
                (
                    "Defender for Endpoint",
                    "Integração de 520 dispositivos e 18 servidores; regras ASR em modo de bloqueio / "
                    "onboarding of 520 "
                    "devices and 18 servers; ASR rules in block mode",
                    "538",
                ),
            ],
            [20, 58, 22],
        )
    }
<p>O cliente declara aceitar os trabalhos acima como concluídos. / The customer declares that it accepts the work
above as complete.</p>
""" + g.signoff(
        "columns",
        parties,
        heading="",
        labels=("Nome / Name", "Cargo / Title", "Assinatura / Signature", "Data / Date"),
        company_label="Empresa / Company",
    )
    record = g.html_pdf(
        html,
        meta("Auto de Aceitação BD-PRJ-2025-061", BD_PM.name, T(2026, 1, 19, 10, 0, 0)),
        f"{cid}|rec",
        style=css(BRISA.color, size=9),
        decor=g.Decor(
            BRISA, right="Auto de Aceitação · BD-PRJ-2025-061", footer=escape(BRISA.name), accent=BRISA.color
        ),
    )
    labels = ("Nome / Name", "Cargo / Title", "Assinatura / Signature", "Data / Date")
    scan = g.scan_pdf(
        record,
        [
            *g.sign_inks("columns", parties[0], 0, "20/01/2026", labels=labels),
            *g.sign_inks("columns", parties[1], 1, "20/01/2026", labels=labels, color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 1, 20, 17, 10, 0),
        dpi=150,
        skew=-0.4,
    )
    m1 = Mail(
        BD_PM,
        [cc],
        "Intune e Defender – nome do cliente no Partner Center",
        T(2026, 4, 7, 16, 30, 1),
        "Olá Rui,\n\nA Microsoft vai rever o nosso registo como parceiro para o Intune e o Defender. O auto de "
        "aceitação de janeiro ainda tem o nome Têxteis Ave & Cávado – pode confirmar-nos, em inglês, a fusão e que "
        "continuamos a gerir estes serviços?\n\nObrigada,\nMarta\n\n" + g.footer_block(BD_PM),
        lang="pt",
    )
    m2 = Mail(
        cc,
        [BD_PM],
        "RE: Intune e Defender – nome do cliente no Partner Center",
        T(2026, 4, 8, 9, 52, 1),
        "Hello Marta,\n\nConfirmed. On 1 March 2026 Têxteis Ave & Cávado, Lda. and Fiação do Cávado merged into "
        "AveTex Group, S.A.; our Microsoft 365 tenant and mail moved from textave.pt to avetex.pt the same weekend. "
        "The acceptance record I signed on 20 January for the Intune and Defender for Endpoint project stands for "
        "AveTex Group, and Brisa Digital continues to manage Intune and Defender for all 520 devices and the 18 "
        "servers, now including the 60 devices of the former Fiação do Cávado spinning mill that you onboarded in "
        "March.\n\nBest regards,\nRui Mendes\nDiretor de Sistemas de Informação | AveTex Group, "
        "S.A.\n(formerly Têxteis "
        "Ave & Cávado)",
        quoted=m1,
        lang="pt",
    )
    files = {
        "Auto_de_Aceitacao_BD-PRJ-2025-061_assinado.pdf": scan,
        "RE_ Intune e Defender – nome do cliente no Partner Center.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        BRISA,
        BD_PM,
        cust,
        cc,
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 4, 21, 15, 0, 1),
        files,
        area="Security",
        comments=[
            (
                "partner",
                T(2026, 4, 21, 14, 58, 1),
                "Customer renamed after a merger on 1 March 2026 – see the IT director's e-mail.",
            )
        ],
    )
    return Bundle(
        f"{cid}_avetex_signed_under_old_name_after_merger",
        claim,
        files,
        "approve",
        "The signed acceptance record (20/01/2026, Portuguese day-first) names the customer by its former name Têxteis "
        "Ave & Cávado, Lda. and its old domain textave.pt; the claim is for AveTex Group, S.A. (avetex.pt). The same "
        "IT director writes from avetex.pt on 8 April 2026 that the company merged into AveTex Group on 1 March 2026, "
        "that the record he signed stands for AveTex, and that Brisa continues to manage Intune and Defender for 520 "
        "devices and 18 servers. The customer's own statement connects the names and domains; the signature is three "
        "months old and the work is detailed (Autopilot for 140 laptops, 120 Android terminals, ASR in block mode).",
        "Scanned record signed by Rui Mendes for 'Têxteis Ave & Cávado, Lda.'; e-mail from rui.mendes@avetex.pt: 'On 1 "
        "March 2026 Têxteis Ave & Cávado, Lda. … merged into AveTex Group, S.A.'",
        g.cpor_ok(email_ack=True),
    )


def s499_016_serra_da_estrela_word_comment_only() -> Bundle:
    cid = "4991016"
    cust = Org(
        "Farmácias Serra da Estrela, Lda.",
        "Farmácias Serra da Estrela",
        "farmaciasserradaestrela.pt",
        "PT",
        "6300-559 Guarda",
        "Rua Batalha Reis 18",
        "#2e7d32",
        "NIPC 509 220 814",
    )
    cc = person(cust, "Paulo Sá", "Diretor Administrativo e Financeiro", "paulo.sa")
    w, accept_para = brisa_report(
        cust,
        "BD-RE-2026-015",
        D(2026, 5, 22),
        "The group's 14 pharmacies in the districts of Guarda and Castelo Branco used a hosted POP mail service with "
        "no filtering; two pharmacies lost supplier payments to fake bank-detail e-mails in 2025. Brisa Digital moved "
        "all mailboxes to Exchange Online and introduced Defender for Office 365.",
        [
            [
                "Exchange Online",
                "Migration of 96 mailboxes and 14 shared pharmacy mailboxes; shared calendar for on-duty rosters "
                "(farmácia de serviço)",
                "110 mailboxes",
                "Concluído / Done",
            ],
            [
                "Defender for Office 365",
                "Safe Links, Safe Attachments, impersonation protection for the finance team and the 14 technical "
                "directors; two phishing simulations",
                "110 mailboxes",
                "Concluído / Done",
            ],
        ],
        [
            ["Migração / Migration", "06/04 – 30/04/2026", "Two waves, pharmacies migrated after closing time"],
            ["Proteção / Protection", "04/05 – 22/05/2026", "Policies, simulations, training for finance"],
        ],
        cc,
    )
    word_comment(
        w.d,
        accept_para.runs,
        "Aprovado. Obrigado a toda a equipa. / Approved – thanks to the whole team.",
        cc.name,
        "PS",
        T(2026, 5, 26, 10, 12, 1),
    )
    report = w.save(meta("Relatório de Encerramento BD-RE-2026-015", cc.name, T(2026, 5, 26, 10, 14, 1)), revision=5)
    files = {"Relatorio_Encerramento_BD-RE-2026-015_aprovado.docx": report}
    claim = cpor(
        cid,
        BRISA,
        BD_PM,
        cust,
        cc,
        ["EXCHANGE ONLINE", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 6, 9, 16, 45, 1),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_serra_da_estrela_approval_only_as_word_comment",
        claim,
        files,
        "action_required",
        "The only 'acknowledgement' is a Word comment, 'Aprovado. … / Approved – thanks to the whole team.', attached "
        "to the acceptance paragraph of Brisa's closure report with the customer's director as comment author; the "
        "signature table in the same document is empty and there is no e-mail. A comment's author name is just a "
        "setting in the editing copy of Word – it is not a signature, an e-signature or an e-mail from the customer's "
        "domain. The scope is specific (110 mailboxes, 14 pharmacies). The partner must provide a real customer "
        "acknowledgement. Brisa's report template is boilerplate (as on 4991014).",
        "Relatorio_Encerramento_BD-RE-2026-015_aprovado.docx: comment by 'Paulo Sá' – 'Aprovado'; signature cells "
        "empty.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "workload_match": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Ipê Tecnologia (Brazil): Termo de Aceite
# --------------------------------------------------------------------------------------------------------------

IP_LABELS = ("Nome / Name", "Cargo / Title", "Assinatura / Signature", "Data / Date")


def ipe_termo(
    cust: Org,
    ref: str,
    day: dt.date,
    modules: Sequence[tuple[str, str, str]],
    parties: Sequence[Party],
    seed: str,
) -> bytes:
    html = f"""
<h1>Termo de Aceite / Acceptance Term</h1>
<p class="muted">Implantação Microsoft Dynamics 365 · {escape(ref)}</p>
{
        kv(
            [
                ("Cliente / Customer", f"{escape(cust.name)} – {escape(cust.short)}<br/>{escape(cust.reg)}"),
                ("Fornecedor / Supplier", f"{escape(IPE.name)}<br/>{escape(IPE.reg)}"),
                ("Entrada em produção / Go-live", g.fdate(day, "gb")),
            ]
        )
    }
<h2>Escopo aceito / Accepted scope</h2>
{grid(["Módulo / Module", "Entregas / Deliverables", "Usuários / Users"], modules, [22, 60, 18])}
<p>O cliente declara que as entregas acima foram implantadas pela {escape(IPE.name)}, testadas por seus usuários-chave
e estão em uso produtivo, e dá o presente aceite. / The customer declares that the deliverables above were
implemented by {escape(IPE.name)}, tested by its key users and are in productive use, and hereby accepts them.</p>
""" + g.signoff("rows", parties, heading="Assinaturas / Signatures", labels=IP_LABELS)
    return g.html_pdf(
        html,
        meta(f"Termo de Aceite {ref}", IP_PM.name, T(day.year, day.month, day.day, 9, 30, -3)),
        seed,
        style=css(IPE.color, size=9),
        decor=g.Decor(
            IPE,
            right=f"Termo de Aceite · {ref}",
            footer=f"{escape(IPE.name)} · {escape(IPE.address)}",
            accent=IPE.color,
            numbers="Página {i} de {n}",
        ),
    )


def s499_017_coopervale_termo_upside_down() -> Bundle:
    cid = "4991017"
    cust = Org(
        "Cooperativa Agroindustrial Vale do Iguaçu",
        "Coopervale",
        "coopervale.coop.br",
        "BR",
        "Cascavel – PR, 85812-000",
        "Rodovia BR-277, km 591",
        "#2e7d32",
        "CNPJ 77.884.112/0001-40",
    )
    cc = person(cust, "Eduardo Schneider", "Gerente de TI / IT Manager", "eduardo.schneider")
    parties = [
        Party("Cliente / Customer", cust.short, cc.name, cc.title),
        Party("Fornecedor / Supplier", IPE.short, IP_PM.name, IP_PM.title),
    ]
    termo = ipe_termo(
        cust,
        "IP-TA-2026-004",
        D(2026, 3, 16),
        [
            (
                "Dynamics 365 Sales",
                "Funil de contratos de grãos e de vendas de insumos para 31 lojas; app móvel offline para visitas dos "
                "agrônomos; integração de preços com o TOTVS Protheus / Pipeline for grain contracts and farm-input "
                "sales in 31 stores; offline mobile app for agronomists' farm visits; price integration with TOTVS "
                "Protheus",
                "58",
            ),
            (
                "Dynamics 365 Customer Service",
                "Central 0800 para cooperados: casos, SLA para reclamações de sementes e fertilizantes, base de "
                "conhecimento / Member hotline: cases, SLAs for seed and fertiliser complaints, knowledge base",
                "14",
            ),
        ],
        parties,
        f"{cid}|termo",
    )
    inks = [
        *g.sign_inks("rows", parties[0], 0, "16/03/2026", labels=IP_LABELS),
        *g.sign_inks("rows", parties[1], 1, "16/03/2026", labels=IP_LABELS, color=g.INK_BLACK),
    ]
    scan = g.scan_pdf(termo, inks, f"{cid}|scan", T(2026, 3, 17, 9, 12, -3), dpi=150, skew=0.4, rotate=180)
    files = {"Termo de Aceite Coopervale - assinado.pdf": scan}
    claim = cpor(
        cid,
        IPE,
        IP_PM,
        cust,
        cc,
        ["DYNAMICS 365 SALES ENTERPRISE EDITION", "DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        T(2026, 4, 6, 14, 20, -3),
        files,
        area="Business Applications",
    )
    return Bundle(
        f"{cid}_coopervale_termo_scanned_upside_down",
        claim,
        files,
        "approve",
        "Ipê's bilingual (Portuguese/English) acceptance term, signed in ink by the cooperative's IT manager and "
        "dated 16/03/2026 (Brazilian day-first), scanned upside down (180°). It names the customer by its legal name "
        "and its usual short name 'Coopervale'. Detail matches both claimed workloads: Dynamics 365 Sales for 58 "
        "agronomists and sellers in 31 stores with the Protheus price integration, Customer Service for 14 hotline "
        "agents with SLAs.",
        "Scanned term (rotated 180°): 'Cliente / Customer – Coopervale', signature of Eduardo Schneider, '16/03/2026'.",
        g.cpor_ok(),
        container="zip-folder",
    )


def s499_018_lacticampos_only_reseller_confirms() -> Bundle:
    cid = "4991018"
    cust = Org(
        "Laticínios Campos Gerais S.A.",
        "Lacticampos",
        "lacticampos.com.br",
        "BR",
        "Castro – PR, 84165-000",
        "Av. dos Imigrantes, 2150",
        "#0277bd",
        "CNPJ 80.442.615/0001-09",
    )
    cc = person(cust, "Renata Moura", "Coordenadora de TI", "renata.moura")
    reseller = Org(
        "TecnoSul Distribuição de Software Ltda.",
        "TecnoSul",
        "tecnosul.com.br",
        "BR",
        "Porto Alegre – RS, 90010-190",
        "Rua dos Andradas, 1001",
        "#455a64",
    )
    rs = person(reseller, "Fernando Lima", "Gerente de Contas CSP / CSP Account Manager", "fernando.lima")
    report = g.report_pdf(
        IPE,
        f"""
<h1>Relatório de Implantação / Implementation Report</h1>
{
            kv(
                [
                    ("Cliente / Customer", escape(cust.name)),
                    ("Projeto / Project", "IP-PRJ-2026-012 – Dynamics 365 Sales"),
                    ("Período / Period", "12/01/2026 – 27/03/2026"),
                ]
            )
        }
<h2>Entregas / Deliverables</h2>
{
            grid(
                ["Item", "Descrição / Description", "Volume"],
                [
                    (
                        "Contas e contatos",
                        "Migração de 6.300 clientes (supermercados, padarias) do CRM legado / "
                        "migration of 6,300 customers from the legacy CRM",
                        "6.300",
                    ),
                    (
                        "Oportunidades",
                        "Processo de venda para redes de supermercados com aprovação de desconto / sales "
                        "process for supermarket chains with discount approval",
                        "48 vendedores / sellers",
                    ),
                    (
                        "Mobile",
                        "App offline para vendedores de rota no interior do Paraná / offline app for route sellers",
                        "31",
                    ),
                ],
                [22, 60, 18],
            )
        }
<p>Go-live: 02/03/2026. Hypercare: 02/03 – 27/03/2026.</p>""",
        meta("Relatório de Implantação IP-PRJ-2026-012", IP_PM.name, T(2026, 3, 30, 11, 0, -3)),
        f"{cid}|rep",
        right="Relatório de Implantação",
    )
    m1 = Mail(
        IP_PM,
        [rs],
        "Lacticampos – confirmação da implantação",
        T(2026, 4, 13, 10, 2, -3),
        "Oi Fernando,\n\nPara o registro no Partner Center, você consegue nos confirmar por e-mail que a Ipê fez a "
        "implantação do Dynamics 365 Sales na Lacticampos?\n\nObrigada,\nJuliana\n\n" + g.footer_block(IP_PM),
        lang="pt",
    )
    m2 = Mail(
        rs,
        [IP_PM],
        "RE: Lacticampos – confirmação da implantação",
        T(2026, 4, 13, 15, 48, -3),
        "Juliana,\n\nConfirmamos que a Ipê Tecnologia realizou a implantação do Dynamics 365 Sales para nosso cliente "
        "Laticínios Campos Gerais S.A. (48 usuários, licenças faturadas pela TecnoSul via CSP desde "
        "fevereiro/2026).\n\n"
        "We confirm that Ipê Tecnologia implemented Dynamics 365 Sales for our customer Laticínios Campos Gerais S.A. "
        "(48 users, licences billed by TecnoSul through CSP since February 2026).\n\nAbraço,\n" + sig_lines(rs),
        quoted=m1,
        lang="pt",
    )
    files = {
        "RE_ Lacticampos – confirmação da implantação.msg": g.msg_file(m2),
        "Relatorio_Implantacao_IP-PRJ-2026-012.pdf": report,
    }
    claim = cpor(
        cid,
        IPE,
        IP_PM,
        cust,
        cc,
        ["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        T(2026, 4, 20, 9, 15, -3),
        files,
        area="Business Applications",
    )
    return Bundle(
        f"{cid}_lacticampos_only_the_reseller_confirms",
        claim,
        files,
        "action_required",
        "The customer bought its licences through a CSP reseller, TecnoSul, and the only confirmation of Ipê's work is "
        "an e-mail from TecnoSul's account manager (tecnosul.com.br), requested by Ipê. A reseller in the licensing "
        "chain is a third party, not the customer: nobody at lacticampos.com.br acknowledges the implementation. "
        "Ipê's implementation report is detailed (48 sellers, 6,300 accounts migrated, offline route app) but is "
        "partner-only. The partner must get the customer's own acknowledgement.",
        "E-mail from fernando.lima@tecnosul.com.br: 'We confirm that Ipê Tecnologia implemented Dynamics 365 Sales for "
        "our customer…'.",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Andina Nube (Colombia): Informe de Implementación + Acta de Entrega, pre-sales, ECIF
# --------------------------------------------------------------------------------------------------------------


def andina_informe(cust: Org, ref: str, day: dt.date, seed: str, *, author: str = "Santiago Restrepo") -> bytes:
    """Andina Nube's implementation report for a Finance + Supply Chain Management go-live. The figures are those of
    the coffee exporter it was written for (claim 4991019); 4991020 reuses them word for word."""
    name = escape(cust.name)
    html = [
        f"""
<h1>Informe de Implementación<br/><span style="font-size:13pt">Implementation Report</span></h1>
{
            kv(
                [
                    ("Cliente / Customer", name),
                    ("Referencia / Reference", ref),
                    ("Solución / Solution", "Dynamics 365 Finance + Dynamics 365 Supply Chain Management"),
                    ("Salida en vivo / Go-live", "2 de marzo de 2026 / 2 March 2026"),
                    ("Fecha del informe / Report date", g.fdate(day, "es_long")),
                ]
            )
        }
<h2>1. Resumen / Summary</h2>
<p>{name} reemplazó su ERP local por Dynamics 365 Finance y Supply Chain Management. La operación cubre la trilla de
Popayán, la bodega de exportación en el puerto de Buenaventura y la oficina comercial de Bogotá. / {name} replaced its
on-premises ERP with Dynamics 365 Finance and Supply Chain Management, covering the Popayán dry mill, the export
warehouse at the port of Buenaventura and the Bogotá sales office.</p>
<h2>2. Usuarios / Users</h2>
{
            grid(
                ["Área / Area", "Usuarios / Users", "Módulos / Modules"],
                [
                    ("Finanzas / Finance", "22", "GL, AP, AR, bancos, activos fijos, factura electrónica DIAN"),
                    ("Bodegas / Warehouses", "31", "WMS en 3 bodegas, conteos cíclicos, despacho a puerto"),
                    ("Compras / Procurement", "9", "Compra de café pergamino a 1.400 caficultores, anticipos"),
                    ("Exportaciones / Export", "12", "Contratos de exportación, lotes, certificados de origen"),
                ],
                [26, 16, 58],
            )
        }
""",
        f"""
<h2>3. Trazabilidad / Traceability</h2>
<p>Trazabilidad por lote desde la compra en finca hasta el contenedor: 11.200 sacos de 70 kg por mes, con la
puntuación de taza (SCA) y la certificación (Rainforest, orgánico) en cada lote. / Lot traceability from farm purchase
to container: 11,200 70-kg sacks per month, with cup score (SCA) and certification (Rainforest, organic) on every
lot.</p>
<h2>4. Integraciones / Integrations</h2>
{
            ul(
                [
                    "Factura electrónica DIAN (proveedor tecnológico)",
                    "Precio diario de la bolsa de Nueva York (ICE) para contratos",
                    "Básculas de la trilla (3) y de la bodega de Buenaventura (2)",
                ]
            )
        }
<h2>5. Cronograma / Timeline</h2>
{
            grid(
                ["Fase / Phase", "Fechas / Dates"],
                [
                    ("Diseño / Design", "3 nov – 12 dic 2025"),
                    ("Construcción / Build", "15 dic 2025 – 30 ene 2026"),
                    ("Pruebas / Testing (UAT)", "2 feb – 20 feb 2026"),
                    ("Salida en vivo / Go-live", "2 mar 2026"),
                    ("Estabilización / Hypercare", "2 mar – 27 mar 2026"),
                ],
                [50, 50],
            )
        }
""",
    ]
    return g.report_pdf(
        ANDINA,
        html,
        meta(f"Informe de Implementación {ref}", author, T(day.year, day.month, day.day, 17, 0, -5)),
        seed,
        right=f"Informe de Implementación · {ref}",
        footer=f"{escape(ANDINA.name)} · {escape(ANDINA.reg)} · Medellín",
        numbers="Página {i} de {n}",
    )


def andina_acta(cust: Org, cc: Person, ref: str, report_ref: str, day: dt.date, seed: str) -> bytes:
    html = f"""
<h1>Acta de Entrega y Aceptación</h1>
<p class="muted">Delivery and Acceptance Record · {escape(ref)}</p>
{
        kv(
            [
                ("Cliente / Customer", f"{escape(cust.name)} · {escape(cust.reg)}"),
                ("Proveedor / Supplier", f"{escape(ANDINA.name)} · {escape(ANDINA.reg)}"),
                ("Objeto / Subject", "Implementación de Dynamics 365 Finance y Supply Chain Management"),
                ("Informe / Report", escape(report_ref)),
            ]
        )
    }
<p>El cliente recibe a satisfacción la implementación descrita en el informe {escape(report_ref)}, en operación
desde el 2 de marzo de 2026. / The customer accepts as satisfactory the implementation described in report
{escape(report_ref)}, in operation since 2 March 2026.</p>
<p style="margin-top:16pt"><b>Por el cliente / For the customer:</b></p>
<p>{escape(cc.name)} – {escape(cc.title)}</p>
<p style="height:44pt">Firma / Signature:</p>
<p>Fecha / Date:</p>
"""
    return g.html_pdf(
        html,
        meta(f"Acta de Entrega {ref}", AN_PM.name, T(day.year, day.month, day.day, 9, 0, -5)),
        seed,
        style=css(ANDINA.color),
        decor=g.Decor(ANDINA, right=f"Acta {ref}", footer=escape(ANDINA.name), accent=ANDINA.color, numbers=""),
    )


def s499_019_cafe_alto_cauca_report_and_acta() -> Bundle:
    cid = "4991019"
    cust = Org(
        "Café Alto Cauca S.A.S.",
        "Café Alto Cauca",
        "cafealtocauca.com.co",
        "CO",
        "Popayán, Cauca",
        "Vía Panamericana km 4, Bodega 7",
        "#5d4037",
        "NIT 900.744.218-3",
    )
    cc = person(cust, "María Fernanda Muñoz", "Gerente Administrativa y Financiera", "mfmunoz")
    report = andina_informe(cust, "AN-IMP-2026-006", D(2026, 3, 30), f"{cid}|inf")
    acta = andina_acta(cust, cc, "AN-AC-2026-006", "AN-IMP-2026-006", D(2026, 3, 31), f"{cid}|acta")
    signed = g.esign(
        acta,
        cc,
        T(2026, 4, 1, 10, 14, -5),
        f"{cid}|adobe",
        sig_anchor="Firma / Signature:",
        sig_dx=100,
        sig_dy=-6,
        date_anchor="Fecha / Date:",
        date_text="01/04/2026",
        date_dx=80,
        vendor="adobe",
        sender=AN_PM,
        ip="181.49.112.30",
    )
    files = {
        "Informe_Implementacion_AN-IMP-2026-006.pdf": report,
        "Acta_Entrega_AN-AC-2026-006_firmada.pdf": signed,
    }
    claim = cpor(
        cid,
        ANDINA,
        AN_PM,
        cust,
        cc,
        ["DYNAMICS 365 FINANCE", "DYNAMICS 365 SUPPLY CHAIN MANAGEMENT"],
        T(2026, 4, 20, 11, 0, -5),
        files,
        area="Business Applications",
    )
    return Bundle(
        f"{cid}_cafe_alto_cauca_report_and_esigned_acta",
        claim,
        files,
        "approve",
        "Bilingual (Spanish/English) implementation report for a coffee exporter – 74 users across finance, three "
        "warehouses (Popayán dry mill, Buenaventura port, Bogotá), procurement from 1,400 growers and export, lot "
        "traceability for 11,200 sacks a month, DIAN e-invoicing – and an acceptance record e-signed through Adobe "
        "Acrobat Sign by the customer's administrative and financial manager on 1 April 2026 (audit report "
        "appended). Claim 4991020 copies this report's figures for a textile company: this claim holds the original "
        "– the numbers fit its own business (coffee sacks, growers, port warehouse).",
        "Acta AN-AC-2026-006 with Adobe Sign audit report (mfmunoz@cafealtocauca.com.co); report section 3 "
        "'11,200 70-kg sacks per month'.",
        g.cpor_ok(),
    )


def s499_020_textiles_quindio_copied_report() -> Bundle:
    cid = "4991020"
    cust = Org(
        "Textiles Quindío S.A.S.",
        "Textiles Quindío",
        "textilesquindio.com.co",
        "CO",
        "Armenia, Quindío",
        "Calle 50 # 19-40, Zona Industrial",
        "#ad1457",
        "NIT 901.102.557-1",
    )
    cc = person(cust, "Jorge Iván Giraldo", "Gerente General", "jigiraldo")
    report = andina_informe(cust, "AN-IMP-2026-014", D(2026, 6, 8), f"{cid}|inf")
    acta = andina_acta(cust, cc, "AN-AC-2026-014", "AN-IMP-2026-014", D(2026, 6, 9), f"{cid}|acta")
    signed = g.esign(
        acta,
        cc,
        T(2026, 6, 10, 16, 2, -5),
        f"{cid}|adobe",
        sig_anchor="Firma / Signature:",
        sig_dx=100,
        sig_dy=-6,
        date_anchor="Fecha / Date:",
        date_text="10/06/2026",
        date_dx=80,
        vendor="adobe",
        sender=AN_PM,
        ip="190.85.44.118",
    )
    files = {
        "Informe_Implementacion_AN-IMP-2026-014.pdf": report,
        "Acta_Entrega_AN-AC-2026-014_firmada.pdf": signed,
    }
    claim = cpor(
        cid,
        ANDINA,
        AN_PM,
        cust,
        cc,
        ["DYNAMICS 365 FINANCE", "DYNAMICS 365 SUPPLY CHAIN MANAGEMENT"],
        T(2026, 6, 30, 15, 30, -5),
        files,
        area="Business Applications",
    )
    return Bundle(
        f"{cid}_textiles_quindio_report_copied_from_coffee_exporter",
        claim,
        files,
        "action_required",
        "The acceptance record is genuinely e-signed by the textile company's general manager (10 June 2026), but the "
        "implementation report it accepts is claim 4991019's report with only the customer name changed: a textile "
        "manufacturer in Armenia described with 'the Popayán dry mill', 'the export warehouse at the port of "
        "Buenaventura', 'purchase of parchment coffee from 1,400 growers', '11,200 70-kg sacks per month' with cup "
        "scores, and even the same go-live date of 2 March 2026. Copied figures and narrative say nothing true about "
        "this customer's work (a generic document reused from another claim); 4991019 holds the original. The "
        "partner must describe the work actually done here.",
        "Report section 1 'the Popayán dry mill … port of Buenaventura'; section 3 '11,200 70-kg sacks per month' – "
        "identical to 4991019.",
        {
            "customer_acknowledgement": "pass",
            "activity_detail": "fail",
            "reused_evidence": "fail",
        },
    )


def s499_021_lacteos_aburra_presales_demos() -> Bundle:
    cid = "4991021"
    cust = Org(
        "Lácteos del Valle de Aburrá S.A.",
        "Lácteos Aburrá",
        "lacteosaburra.com.co",
        "CO",
        "Bello, Antioquia",
        "Autopista Norte km 18",
        "#1976d2",
        "NIT 890.911.427-5",
    )
    cc = person(cust, "Alejandro Vélez", "Director Comercial / Sales Director", "avelez")
    deck = g.slides_pdf(
        ANDINA,
        [
            (
                "Lácteos Aburrá – Dynamics 365 Sales",
                "<p>Demostraciones y prueba de concepto / Demos and proof of concept</p><p>Febrero 2026</p>"
                "<p>Daniela Ocampo · Andina Nube</p>",
            ),
            (
                "Situación actual / Today",
                ul(
                    [
                        "36 vendedores de ruta y 4 ejecutivos de cadenas; pedidos en Excel y WhatsApp",
                        "Listas de precio por canal (tiendas, cadenas, institucional) en SIESA",
                        "Sin visibilidad de la cartera por cliente en la ruta",
                    ]
                ),
            ),
            (
                "Agenda",
                grid(
                    ["Fecha", "Sesión", "Participantes"],
                    [
                        ("10 feb 2026", "Demo 1: oportunidad → cotización para tiendas y cadenas", "Comercial (8)"),
                        ("19 feb 2026", "Demo 2: integración con SIESA – precios y cartera", "TI, cartera (5)"),
                        (
                            "23–26 feb 2026",
                            "Prueba de concepto con 5 vendedores en ruta (Bello, Copacabana)",
                            "5 vendedores",
                        ),
                    ],
                    [18, 60, 22],
                ),
            ),
            (
                "Propuesta / Proposal",
                ul(
                    [
                        "36 licencias Dynamics 365 Sales Enterprise + 4 Sales Professional",
                        "Integración SIESA (precios, cartera, pedidos)",
                        "Salida en vivo objetivo: mayo 2026",
                    ]
                ),
            ),
        ],
        meta("Lacteos Aburra - D365 Sales demos", AN_PS.name, T(2026, 2, 9, 18, 0, -5), g.PPT),
        f"{cid}|deck",
        footer=f"{escape(ANDINA.name)} · Confidencial",
    )
    m1 = Mail(
        AN_PS,
        [cc],
        "Lácteos Aburrá – resultados de la prueba de concepto Dynamics 365 Sales",
        T(2026, 2, 26, 17, 30, -5),
        "Alejandro, buenas tardes:\n\nAdjunto el resumen de las demostraciones y de la prueba de concepto con "
        "los cinco "
        "vendedores. Quedo atenta a sus comentarios.\n\nSaludos,\nDaniela Ocampo\n\n" + g.footer_block(AN_PS),
        lang="es",
        attachments=[("Lacteos_Aburra_D365_Sales_demos.pdf", deck)],
    )
    m2 = Mail(
        cc,
        [AN_PS],
        "RE: Lácteos Aburrá – resultados de la prueba de concepto Dynamics 365 Sales",
        T(2026, 2, 27, 9, 5, -5),
        "Daniela, buenos días:\n\n(English below for your Microsoft team.)\n\nThank you for the two demonstrations – "
        "the opportunity-to-quote flow for shops and chains on 10 February and the SIESA price and receivables "
        "integration on 19 February – and for the proof of concept with five of our route sellers in Bello and "
        "Copacabana from 23 to 26 February. The sellers could see each shop's receivables on the phone for the first "
        "time, which convinced our management. We have decided to buy 36 Dynamics 365 Sales Enterprise and 4 Sales "
        "Professional licences and to go ahead with Andina Nube for the implementation starting in March.\n\nCordial "
        "saludo,\n" + sig_lines(cc, "Lácteos Aburrá"),
        quoted=m1,
        lang="es",
    )
    files = {
        "RE_ Lácteos Aburrá – resultados de la prueba de concepto.msg": g.msg_file(m2),
        "Lacteos_Aburra_D365_Sales_demos.pdf": deck,
    }
    claim = cpor(
        cid,
        ANDINA,
        AN_PS,
        cust,
        cc,
        ["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        T(2026, 4, 7, 10, 40, -5),
        files,
        area="Business Applications",
        kind="pre_sales",
        transaction=D(2026, 3, 16),
    )
    return Bundle(
        f"{cid}_lacteos_aburra_presales_demos_before_purchase",
        claim,
        files,
        "approve",
        "Pre-sales claim, transaction on 16 March 2026. The customer's sales director writes from lacteosaburra.com.co "
        "on 27 February 2026 – before the transaction – acknowledging in depth the two demos (10 and 19 February), the "
        "four-day proof of concept with five route sellers, and the decision to buy 36 Sales Enterprise licences with "
        "Andina Nube. The demo deck dated February 2026 backs it. That is exactly the proof of prior engagement the "
        "guide asks for.",
        "E-mail 27 Feb 2026 from avelez@lacteosaburra.com.co: 'Thank you for the two demonstrations … We have decided "
        "to buy 36 Dynamics 365 Sales Enterprise'; transaction_date 2026-03-16.",
        g.cpor_ok(email_ack=True),
    )


def s499_022_ferreteria_quote_before_mail_after() -> Bundle:
    cid = "4991022"
    cust = Org(
        "Ferretería Industrial de Antioquia S.A.S.",
        "Ferretería Industrial",
        "ferreteriaindustrial.com.co",
        "CO",
        "Itagüí, Antioquia",
        "Calle 30 # 41-12",
        "#e64a19",
        "NIT 811.004.339-2",
    )
    cc = person(cust, "Carolina Arango", "Gerente de TI", "carango")
    quote = g.report_pdf(
        ANDINA,
        f"""
<h1>Cotización / Quotation AN-COT-2026-044</h1>
{
            kv(
                [
                    ("Cliente / Customer", escape(cust.name)),
                    ("Fecha / Date", "10/03/2026"),
                    ("Validez / Valid until", "09/04/2026"),
                ]
            )
        }
{
            grid(
                ["Ítem", "Descripción / Description", "Cant.", "Valor / Amount (COP)"],
                [
                    (
                        "1",
                        "Dynamics 365 Sales Enterprise – suscripción anual / annual subscription",
                        "40",
                        "COP 201.600.000",
                    ),
                    (
                        "2",
                        "Implementación Dynamics 365 Sales – 320 horas / implementation, 320 hours",
                        "1",
                        "COP 96.000.000",
                    ),
                    ("3", "Capacitación usuarios clave / key-user training", "1", "COP 8.400.000"),
                ],
                [8, 58, 10, 24],
            )
        }
<p><b>Total antes de IVA / Total before VAT:</b> COP 306.000.000</p>
<p class="small">Condiciones: pago 30 días; precios de licenciamiento sujetos a la TRM del día de facturación.</p>""",
        meta("Cotización AN-COT-2026-044", AN_PS.name, T(2026, 3, 10, 11, 0, -5)),
        f"{cid}|quote",
        right="Cotización AN-COT-2026-044",
    )
    m1 = Mail(
        AN_PM,
        [cc],
        "Ferretería Industrial – kickoff y sprint 1 Dynamics 365 Sales",
        T(2026, 5, 11, 18, 0, -5),
        "Carolina, buenas tardes:\n\nAdjunto el acta del cierre del sprint 1. ¿Nos confirmas que están de acuerdo?\n\n"
        "Saludos,\nSantiago\n\n" + g.footer_block(AN_PM),
        lang="es",
    )
    m2 = Mail(
        cc,
        [AN_PM],
        "RE: Ferretería Industrial – kickoff y sprint 1 Dynamics 365 Sales",
        T(2026, 5, 12, 8, 20, -5),
        "Santiago, buenos días:\n\nSí, de acuerdo. Thank you for the kickoff session on 21 April and for sprint 1: the "
        "40 sellers are loaded with their territories, and the quote templates for construction companies are "
        "working. We are happy with Andina's work so far.\n\nSaludos,\n" + sig_lines(cc),
        quoted=m1,
        lang="es",
    )
    files = {
        "Cotizacion_AN-COT-2026-044.pdf": quote,
        "RE_ Ferretería Industrial – kickoff y sprint 1.msg": g.msg_file(m2),
    }
    claim = cpor(
        cid,
        ANDINA,
        AN_PM,
        cust,
        cc,
        ["DYNAMICS 365 SALES ENTERPRISE EDITION"],
        T(2026, 5, 20, 9, 0, -5),
        files,
        area="Business Applications",
        kind="pre_sales",
        transaction=D(2026, 4, 1),
    )
    return Bundle(
        f"{cid}_ferreteria_industrial_quote_before_mail_after",
        claim,
        files,
        "action_required",
        "Pre-sales claim, transaction on 1 April 2026. The only document dated before it is Andina's own pricing "
        "quotation of 10 March 2026 – a pricing quote is never POE and carries no customer acknowledgement. The "
        "customer's e-mail (12 May 2026, ferreteriaindustrial.com.co) does acknowledge Andina's work, but it is about "
        "the kickoff of 21 April and implementation sprint 1, after the transaction, and no upsell by a new partner is "
        "claimed. The partner must show pre-sales engagement acknowledged by the customer before the transaction.",
        "Quote AN-COT-2026-044 dated 10/03/2026; customer e-mail 12 May 2026 'Thank you for the kickoff session on 21 "
        "April'; transaction_date 2026-04-01.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


def s499_023_transportes_magdalena_ecif_only() -> Bundle:
    cid = "4991023"
    cust = Org(
        "Transportes del Magdalena S.A.S.",
        "Transportes Magdalena",
        "transmagdalena.com.co",
        "CO",
        "Barranquilla, Atlántico",
        "Vía 40 # 73-290",
        "#00897b",
        "NIT 802.015.664-8",
    )
    cc = person(cust, "Rafael Barrios", "Director de Operaciones", "rbarrios")
    ecif = g.html_pdf(
        f"""
<p class="small">Microsoft End Customer Investment Funds (ECIF)</p>
<h1>ECIF Statement of Work</h1>
{
            kv(
                [
                    ("Partner", escape(ANDINA.name)),
                    ("End customer", escape(cust.name)),
                    ("Solution area", "Business Applications"),
                    ("Funded amount", "USD 18,000"),
                    ("Program period", "FY26 Q3 – Q4"),
                ]
            )
        }
<h2>Activities funded</h2>
{
            grid(
                ["Phase", "Description"],
                [
                    ("Envisioning", "Solution envisioning for field service"),
                    ("Deployment", "Deployment of Dynamics 365 Field Service"),
                    ("Training", "End-user and administrator training"),
                    ("Hypercare", "Post go-live support"),
                ],
                [25, 75],
            )
        }
<h2>Deliverables</h2>{ul(["Configured Field Service environment", "Training materials", "Closure report"])}
<h2>Approvals</h2>
{
            kv(
                [
                    ("Partner", f"{escape(AN_PM.name)}, {escape(AN_PM.title)} – approved 02/02/2026"),
                    ("Microsoft", "Approved in ECIF tool, request ECIF-CO-26-00871"),
                ]
            )
        }
""",
        meta("ECIF SOW Transportes Magdalena", AN_PM.name, T(2026, 2, 2, 12, 0, -5)),
        f"{cid}|ecif",
        style=css("#5e5e5e", size=9.5),
    )
    files = {"ECIF_SOW_Transportes_Magdalena_FieldService.pdf": ecif}
    claim = cpor(
        cid,
        ANDINA,
        AN_PM,
        cust,
        cc,
        ["DYNAMICS 365 FIELD SERVICE"],
        T(2026, 6, 15, 14, 0, -5),
        files,
        area="Business Applications",
    )
    return Bundle(
        f"{cid}_transportes_magdalena_ecif_sow_only",
        claim,
        files,
        "action_required",
        "The only POE is an ECIF statement of work: a high-level list of funded phases ('Deployment of Dynamics 365 "
        "Field Service', 'Training', 'Post go-live support') approved by the partner and in Microsoft's ECIF tool. The "
        "guide names exactly this: ECIF documents with a high-level description and no customer acknowledgement are "
        "not accepted; the partner needs detailed activities and a separate customer acknowledgement of the work.",
        "ECIF SOW: approvals by Andina Nube and 'Microsoft – ECIF tool' only; activities one line each.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "fail",
            "unacceptable_documents": "fail",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Patagonia Cloud (Chile)
# --------------------------------------------------------------------------------------------------------------


def s499_024_vina_casablanca_alta_deck_and_reply_all() -> Bundle:
    cid = "4991024"
    cust = Org(
        "Viña Casablanca Alta S.A.",
        "VCA",
        "vinacasablancaalta.cl",
        "CL",
        "Casablanca, Valparaíso",
        "Ruta 68 km 64",
        "#6a1b9a",
        "RUT 96.874.220-1",
    )
    cc = person(cust, "Rodrigo Saavedra", "Gerente de Administración y Finanzas", "rsaavedra")
    enologa = person(cust, "Francisca Lagos", "Enóloga Jefe / Head Winemaker", "flagos")
    deck = g.slides_pdf(
        PATAGONIA,
        [
            (
                "VCA – Cierre de proyecto Microsoft 365",
                "<p>Comité de cierre · 14 de abril de 2026</p><p>Patagonia Cloud SpA</p>",
            ),
            (
                "Alcance entregado / Delivered scope",
                grid(
                    ["Workload", "Entregado", "Usuarios"],
                    [
                        (
                            "Microsoft Teams",
                            "Equipos por cuartel de viñedo, bodega y exportación; Teams en 24 tablets de terreno",
                            "145",
                        ),
                        (
                            "SharePoint Online",
                            "Fichas técnicas de 38 vinos, trazabilidad de barricas, 410 GB migrados",
                            "145",
                        ),
                    ],
                    [26, 56, 18],
                ),
            ),
            (
                "Fuera de alcance / Out of scope",
                ul(["Viva Engage – se evaluará en la fase 2 (no incluido)", "Telefonía Teams – sin fecha"]),
            ),
            (
                "Próximos pasos",
                ul(["Soporte mensual (bolsa de 20 horas)", "Revisión de permisos de SharePoint en julio"]),
            ),
        ],
        meta("VCA cierre de proyecto", PG_PM.name, T(2026, 4, 13, 19, 0, -4), g.PPT),
        f"{cid}|deck",
        footer="Patagonia Cloud SpA · Confidencial",
    )
    m1 = Mail(
        PG_PM,
        [cc, enologa],
        "VCA – comité de cierre Microsoft 365",
        T(2026, 4, 14, 18, 10, -4),
        "Estimados Rodrigo y Francisca:\n\nAdjunto la presentación del comité de cierre de hoy. Les pido confirmar la "
        "aceptación del proyecto respondiendo a este correo.\n\nSaludos,\nCamila Fuentes\n\n" + g.footer_block(PG_PM),
        lang="es",
        attachments=[("VCA_cierre_M365.pdf", deck)],
    )
    m2 = Mail(
        cc,
        [PG_PM],
        "RE: VCA – comité de cierre Microsoft 365",
        T(2026, 4, 15, 10, 3, -4),
        "Camila:\n\nConfirmed on behalf of VCA (Viña Casablanca Alta): we accept the Microsoft 365 project as "
        "presented "
        "at yesterday's closing committee – Teams for our 145 people, including the 24 field tablets in the vineyard "
        "blocks, and SharePoint Online with the technical sheets of our 38 wines and the barrel traceability (410 GB "
        "moved off the old server). Viva Engage stays out, as agreed.\n\nSaludos cordiales,\n" + sig_lines(cc),
        cc=[enologa],
        quoted=m1,
        lang="es",
    )
    files = {
        "RE_ VCA – comité de cierre Microsoft 365.eml": g.eml(m2),
        "VCA_cierre_M365.pdf": deck,
    }
    claim = cpor(cid, PATAGONIA, PG_PM, cust, cc, ["TEAMS", "SHAREPOINT ONLINE"], T(2026, 5, 4, 12, 0, -4), files)
    return Bundle(
        f"{cid}_vina_casablanca_alta_deck_and_reply_all",
        claim,
        files,
        "approve",
        "A closing-committee slide deck and the finance manager's reply-all from vinacasablancaalta.cl (15 April 2026, "
        "English with Spanish greeting): 'we accept the Microsoft 365 project' with the numbers for both claimed "
        "workloads – Teams for 145 people and 24 field tablets, SharePoint with 38 wine sheets and 410 GB. "
        "The customer "
        "calls itself by its initials VCA. The deck lists Viva Engage as out of scope, and Viva Engage is not claimed.",
        "Reply from rsaavedra@vinacasablancaalta.cl: 'Confirmed on behalf of VCA (Viña Casablanca Alta): we accept the "
        "Microsoft 365 project'.",
        g.cpor_ok(email_ack=True),
    )


def s499_025_salmones_chiloe_handwritten_date_only() -> Bundle:
    cid = "4991025"
    cust = Org(
        "Salmones Chiloé Sur S.A.",
        "Salmones Chiloé Sur",
        "salmoneschiloesur.cl",
        "CL",
        "Castro, Chiloé",
        "Camino a Nercón 1820",
        "#0277bd",
        "RUT 76.318.552-K",
    )
    cc = person(cust, "Patricio Cárcamo", "Jefe de Informática", "pcarcamo")
    html = f"""
<h1>Acta de Recepción Conforme</h1>
<p class="muted">Patagonia Cloud SpA · Proyecto PC-2026-009 · Intune y Microsoft 365 Apps</p>
{
        kv(
            [
                ("Cliente", f"{escape(cust.name)} · RUT {escape(cust.reg[4:])}"),
                ("Proveedor", f"{escape(PATAGONIA.name)} · {escape(PATAGONIA.reg)}"),
                ("Período", "enero a marzo de 2026"),
                ("Sitios", "Oficina Castro, planta de proceso Quellón, 11 centros de cultivo"),
            ]
        )
    }
<h2>Trabajos recibidos / Work received</h2>
{
        grid(
            ["Workload", "Descripción / Description", "Dispositivos"],
            [
                (
                    "Microsoft Intune",
                    "Inscripción de 340 PCs (Autopilot para 80 nuevos) y 90 tablets robustas de los centros de cultivo "
                    "en modo dispositivo compartido; políticas de cumplimiento / Enrolment of 340 PCs (Autopilot for "
                    "80 new ones) and 90 rugged tablets at the farming sites in shared-device mode; compliance",
                    "430",
                ),
                (
                    "Microsoft 365 Apps",
                    "Despliegue de Microsoft 365 Apps por Intune a 340 PCs; canal mensual empresarial; activación "
                    "compartida en la planta / Deployment of Microsoft 365 Apps through Intune to 340 PCs; monthly "
                    "enterprise channel; shared activation at the plant",
                    "340",
                ),
            ],
            [20, 62, 18],
        )
    }
<p>El cliente declara recibir conforme los trabajos descritos. / The customer declares the work above received to
its satisfaction.</p>
<table style="margin-top:24pt"><tr>
<td style="border:none;width:230pt"><p style="height:40pt">&#160;</p>
<p style="border-top:0.8pt solid #000000">{escape(cc.name)}<br/>{escape(cc.title)}<br/><b>{escape(cust.name)}</b></p>
</td><td style="border:none;width:200pt"><p style="height:40pt">&#160;</p>
<p style="border-top:0.8pt solid #000000">Fecha:</p></td></tr></table>
"""
    acta = g.html_pdf(
        html,
        meta("Acta de Recepcion Conforme PC-2026-009", PG_PM.name, T(2026, 3, 31, 12, 0, -3)),
        f"{cid}|acta",
        style=css(PATAGONIA.color, size=9.5),
        decor=g.Decor(
            PATAGONIA, right="Acta PC-2026-009", footer=escape(PATAGONIA.name), accent=PATAGONIA.color, numbers=""
        ),
    )
    scan = g.scan_pdf(
        acta,
        [
            Ink(cc.name, "sig", cc.name, dx=10, dy=-42, h=34),
            Ink("Fecha:", "hand", "3/4/26", dx=20, dy=-24, h=16),
        ],
        f"{cid}|scan",
        T(2026, 4, 3, 17, 44, -3),
        dpi=150,
        skew=0.9,
    )
    files = {"Acta Recepcion Conforme PC-2026-009 firmada.pdf": scan}
    claim = cpor(
        cid,
        PATAGONIA,
        PG_PM,
        cust,
        cc,
        ["INTUNE", "MICROSOFT 365 APPS"],
        T(2026, 5, 19, 11, 10, -4),
        files,
    )
    return Bundle(
        f"{cid}_salmones_chiloe_date_only_handwritten",
        claim,
        files,
        "approve",
        "One-page acceptance record (Acta de Recepción Conforme), signed in ink by the customer's head of IT; the "
        "printed page has no date of its own ('Período: enero a marzo de 2026'), and the only date is handwritten "
        "above the 'Fecha:' line: '3/4/26'. Chile writes day-first (3 April 2026), but either reading – 3 April or 4 "
        "March 2026 – is within 12 months of submission on 2026-05-19, and both come after the work period, so the "
        "ambiguity does not matter. Intune for 340 PCs and 90 rugged tablets, Microsoft 365 Apps on 340 PCs.",
        "Scanned acta: signature of Patricio Cárcamo, handwritten '3/4/26' at 'Fecha:'.",
        g.cpor_ok(),
    )


def s499_026_andes_sur_copilot_workshop() -> Bundle:
    cid = "4991026"
    cust = Org(
        "Constructora Andes Sur S.A.",
        "Andes Sur",
        "andessur.cl",
        "CL",
        "Providencia, Santiago",
        "Av. Nueva Providencia 2155, piso 9",
        "#f57c00",
        "RUT 96.502.118-4",
    )
    cc = person(cust, "Macarena Ibáñez", "Gerente de Transformación Digital", "mibanez")
    eng = g.engagement("MW-COPILOT-ACCEL-VAR", "Copilot Accelerate Workshop", "standard", "variable", 2900.0)
    consent, submitted = D(2026, 3, 9), T(2026, 5, 19, 15, 0, -4)
    report = findings(
        PATAGONIA,
        "Copilot Accelerate Workshop – Hallazgos y recomendaciones / Findings and recommendations",
        [
            ("Cliente / Customer", cust.name),
            ("Fechas / Dates", "7 y 14 de abril de 2026 (2 × 4 h)"),
            ("Participantes / Participants", "14 – gerentes de obra, oficina técnica, finanzas, TI"),
            ("Claim MCI", cid),
        ],
        [
            (
                "Escenarios priorizados / Prioritised scenarios",
                ul(
                    [
                        "Resumen de actas de obra y libros de obra digitales (12 obras activas) con Copilot en Teams.",
                        "Borradores de respuesta a RFIs de mandantes a partir de especificaciones técnicas en "
                        "SharePoint.",
                        "Análisis de estados de pago en Excel con Copilot para la gerencia de finanzas.",
                    ]
                ),
            ),
            (
                "Preparación de datos / Data readiness",
                "<p>Permisos heredados en 3 sitios de obras sobrecompartidos; etiquetas de sensibilidad inexistentes. "
                "Se recomienda limpiar permisos antes del piloto. / Overshared permissions on 3 project sites; no "
                "sensitivity labels. Clean up before the pilot.</p>",
            ),
            (
                "Plan / Plan",
                grid(
                    ["Paso / Step", "Alcance / Scope", "Cuándo / When"],
                    [
                        ("Piloto / Pilot", "25 usuarios: 4 gerentes de obra, oficina técnica", "Junio 2026"),
                        ("Ampliación / Expansion", "120 usuarios administrativos", "Sept 2026"),
                    ],
                    [22, 56, 22],
                ),
            ),
        ],
        T(2026, 4, 16, 18, 0, -4),
        PG_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        PATAGONIA,
        PG_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Hallazgos_Copilot_Andes_Sur.pdf": report},
        amount=2900.0,
        inv_no="PG-F-2026-0117",
        inv_day=D(2026, 5, 12),
        activities="Two Copilot workshop sessions: scenarios for site minutes, RFIs and payment statements",
        outcome="Copilot pilot for 25 users agreed, data-readiness actions identified",
        participants="14",
        invoice_kw={"date_style": "gb", "bank": "Banco de Chile · cuenta USD"},
    )
    return Bundle(
        f"{cid}_andes_sur_copilot_workshop",
        claim,
        files,
        "approve",
        "Partner Activities claim (variable payout USD 2,900): a findings report specific to a construction company "
        "(site minutes for 12 active projects, RFIs, payment statements, overshared project sites, a 25-user pilot), "
        f"invoice PG-F-2026-0117 with the claim ID and USD 2,900.00 pre-tax, both surveys signed with name, "
        f"company and "
        f"title, submitted {days(consent, submitted)} days after consent (standard timeline: 90).",
        "Invoice line 'MCI Engagement Claim ID 4991026 – Copilot Accelerate Workshop' USD 2,900.00; consent "
        "2026-03-09, submitted 2026-05-19.",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Mekong Cloud (Vietnam): Biên bản nghiệm thu, a printed e-mail scanned, Partner Activities
# --------------------------------------------------------------------------------------------------------------


def mekong_minutes(
    cust: Org,
    vn_name: str,
    ref: str,
    day: dt.date,
    items: Sequence[tuple[str, str, str]],
    signer: Person,
    seed: str,
) -> bytes:
    """Mekong Cloud's acceptance minutes: Vietnamese with English, Party A / Party B blocks for signature and seal."""
    html = f"""
<p style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>Độc lập – Tự do – Hạnh phúc</p>
<h1 style="text-align:center;font-size:17pt">BIÊN BẢN NGHIỆM THU<br/><span style="font-size:11pt">ACCEPTANCE MINUTES
</span></h1>
<p style="text-align:center">Số / No.: {escape(ref)}</p>
<p style="text-align:right"><i>TP. Hồ Chí Minh, ngày {day.day} tháng {day.month} năm {day.year}</i></p>
<p><b>BÊN A / PARTY A (Khách hàng / Customer):</b> {escape(vn_name)} ({escape(cust.name)})<br/>
Địa chỉ / Address: {escape(cust.address)} · {escape(cust.reg)}<br/>
Đại diện / Represented by: {escape(signer.name)} – {escape(signer.title)}</p>
<p><b>BÊN B / PARTY B (Nhà thầu / Contractor):</b> {escape(MEKONG.name)}<br/>
Địa chỉ / Address: {escape(MEKONG.address)} · {escape(MEKONG.reg)}<br/>
Đại diện / Represented by: {escape(MK_PM.name)} – {escape(MK_PM.title)}</p>
<p>Hai bên cùng nghiệm thu các hạng mục sau / Both parties have inspected and accepted the following items:</p>
{grid(["Hạng mục / Item", "Nội dung / Content", "Khối lượng / Volume"], items, [20, 60, 20])}
<p><b>Kết luận / Conclusion:</b> Bên A đồng ý nghiệm thu toàn bộ các hạng mục trên. / Party A accepts all of the
items above.</p>
<table style="margin-top:10pt"><tr>
<td style="border:none;width:230pt;text-align:center"><b>ĐẠI DIỆN BÊN A</b><br/>FOR PARTY A<br/><i>(Ký, ghi rõ họ tên,
đóng dấu)</i><p style="height:70pt">&#160;</p><b>{escape(signer.name)}</b></td>
<td style="border:none;width:230pt;text-align:center"><b>ĐẠI DIỆN BÊN B</b><br/>FOR PARTY B<br/><i>(Ký, ghi rõ họ tên,
đóng dấu)</i><p style="height:70pt">&#160;</p><b>{escape(MK_PM.name)}</b></td></tr></table>
"""
    return g.html_pdf(
        html,
        meta(f"Bien ban nghiem thu {ref}", MK_PM.name, T(day.year, day.month, day.day, 9, 0, 7)),
        seed,
        style=css(MEKONG.color, family="serif", size=9.5),
        margins=(60, 50, 56, 50),
    )


def mekong_inks(signer: Person, seal: tuple[str, ...]) -> list[Ink]:
    return [
        Ink(signer.name, "seal", dx=-40, dy=-74, h=74, lines=seal, occurrence=1),
        Ink(signer.name, "sig", signer.name, dx=10, dy=-44, h=34, color=g.INK_BLUE, occurrence=1),
        Ink(
            MK_PM.name,
            "seal",
            dx=-30,
            dy=-74,
            h=74,
            lines=("MEKONG CLOUD", "SOLUTIONS JSC", "MST 0316884215"),
            occurrence=1,
        ),
        Ink(MK_PM.name, "sig", MK_PM.name, dx=8, dy=-44, h=34, color=g.INK_BLUE, occurrence=1),
    ]


def s499_027_saigon_precision_bien_ban_with_seal() -> Bundle:
    cid = "4991027"
    cust = Org(
        "Saigon Precision Mechanics JSC",
        "Saigon Precision",
        "saigonprecision.com.vn",
        "VN",
        "Thu Duc City, Ho Chi Minh City",
        "Lot C3, Cat Lai Industrial Park",
        "#37474f",
        "MST 0312448915",
    )
    cc = person(cust, "Trần Minh Đức", "Giám đốc CNTT / IT Director", "duc.tran")
    minutes = mekong_minutes(
        cust,
        "Công ty Cổ phần Cơ khí Chính xác Sài Gòn",
        "27/2026/BBNT-MKC",
        D(2026, 3, 20),
        [
            (
                "Exchange Online",
                "Chuyển 380 hộp thư từ máy chủ Exchange 2016 và 22 hộp thư dùng chung / Migration of 380 mailboxes "
                "from Exchange 2016 and 22 shared mailboxes (sales, purchasing, QA)",
                "402 hộp thư / mailboxes",
            ),
            (
                "Microsoft Teams",
                "Triển khai Teams cho 380 nhân viên; nhóm theo xưởng CNC, QA, kinh doanh xuất khẩu / Teams for 380 "
                "staff; teams per CNC workshop, QA and export sales",
                "380 người dùng / users",
            ),
            (
                "Microsoft 365 Apps",
                "Cài đặt Microsoft 365 Apps cho 260 máy tính, thay thế Office 2013 / Microsoft 365 Apps on 260 PCs "
                "replacing Office 2013",
                "260 máy / PCs",
            ),
        ],
        cc,
        f"{cid}|bb",
    )
    scan = g.scan_pdf(
        minutes,
        mekong_inks(cc, ("CÔNG TY CỔ PHẦN", "CƠ KHÍ CHÍNH XÁC", "SÀI GÒN")),
        f"{cid}|scan",
        T(2026, 3, 20, 16, 5, 7),
        dpi=150,
        skew=0.5,
        gray=False,
    )
    files = {"BBNT_27-2026_Saigon_Precision_signed.pdf": scan}
    claim = cpor(
        cid,
        MEKONG,
        MK_PM,
        cust,
        cc,
        ["EXCHANGE ONLINE", "TEAMS", "MICROSOFT 365 APPS"],
        T(2026, 4, 8, 10, 0, 7),
        files,
    )
    return Bundle(
        f"{cid}_saigon_precision_acceptance_minutes_with_seal",
        claim,
        files,
        "approve",
        "Vietnamese acceptance minutes (Biên bản nghiệm thu) with English under every line, signed by the "
        "customer's IT "
        "director over the company's red seal and countersigned by Mekong, dated 'ngày 20 tháng 3 năm 2026' (20 March "
        "2026). The customer appears under its Vietnamese legal name with the English name in brackets. Exchange "
        "Online (402 mailboxes), Teams (380 users) and Microsoft 365 Apps (260 PCs), each detailed.",
        "Colour scan: 'ĐẠI DIỆN BÊN A / FOR PARTY A', red seal 'CƠ KHÍ CHÍNH XÁC SÀI GÒN', signature of Trần Minh Đức.",
        g.cpor_ok(),
    )


def s499_028_da_nang_seafood_printed_mail_scanned() -> Bundle:
    cid = "4991028"
    cust = Org(
        "Da Nang Seafood Export JSC",
        "Da Nang Seafood",
        "danangseafood.com.vn",
        "VN",
        "Son Tra District, Da Nang",
        "Tho Quang Fishing Port, Lot B2",
        "#0288d1",
        "MST 0400512887",
    )
    cc = person(cust, "Phạm Thu Hà", "Trưởng phòng CNTT / Head of IT", "ha.pham")
    m1 = Mail(
        MK_PM,
        [cc],
        "Da Nang Seafood – SharePoint & Teams handover",
        T(2026, 5, 4, 14, 0, 7),
        "Dear Ms Ha,\n\nPlease find the handover summary of the SharePoint Online and Teams project. Could you "
        "confirm Da Nang Seafood's acceptance?\n\nBest regards,\nNguyen Thi Lan\n\n" + g.footer_block(MK_PM),
    )
    m2 = Mail(
        cc,
        [MK_PM],
        "RE: Da Nang Seafood – SharePoint & Teams handover",
        T(2026, 5, 6, 9, 25, 7),
        "Dear Ms Lan,\n\nDa Nang Seafood accepts the SharePoint Online and Teams project delivered by Mekong Cloud. "
        "The 17 SharePoint sites hold our HACCP and export documents (520 GB moved from the file server, including "
        "the EU and US customer audit files), and Teams is used by our 210 office and factory staff, with the QC "
        "channels on the tablets at the freezing lines. Thank you to your team for the weekend migration.\n\n"
        "Best regards,\n" + sig_lines(cc, "Tho Quang Fishing Port, Da Nang"),
        quoted=m1,
    )
    printed = printed_mail(m2, MK_PM, f"{cid}|print")
    scan = g.scan_pdf(printed, [], f"{cid}|scan", T(2026, 5, 8, 11, 3, 7), dpi=150, skew=-0.7, scanner=4)
    summary = g.report_pdf(
        MEKONG,
        f"""<h1>Handover summary – SharePoint Online &amp; Teams</h1>
{kv([("Customer", escape(cust.name)), ("Period", "2 March – 30 April 2026"), ("Project", "MKC-PRJ-2026-031")])}
{
            grid(
                ["Workload", "Delivered", "Volume"],
                [
                    (
                        "SharePoint Online",
                        "17 sites (HACCP, QA, export documents, customer audits); file server "
                        "migration; retention for export certificates (5 years)",
                        "17 sites, 520 GB",
                    ),
                    (
                        "Microsoft Teams",
                        "Teams for office and factory staff; QC channels on 16 tablets at the "
                        "freezing lines; shift handover notes",
                        "210 users",
                    ),
                ],
                [22, 58, 20],
            )
        }""",
        meta("Handover summary Da Nang Seafood", MK_PM.name, T(2026, 5, 4, 11, 0, 7)),
        f"{cid}|sum",
        right="Handover summary",
    )
    files = {
        "Scan_DNSE_acceptance_email.pdf": scan,
        "Handover_summary_Da_Nang_Seafood.pdf": summary,
    }
    claim = cpor(cid, MEKONG, MK_PM, cust, cc, ["SHAREPOINT ONLINE", "TEAMS"], T(2026, 5, 22, 14, 30, 7), files)
    return Bundle(
        f"{cid}_da_nang_seafood_printed_email_scanned",
        claim,
        files,
        "approve",
        "The customer's acceptance e-mail (ha.pham@danangseafood.com.vn, 6 May 2026) was printed from Outlook and "
        "scanned: an image-only PDF that needs OCR. The guide accepts e-mail acknowledgements in PDF form; what it "
        "rules out are flat images (JPEG/screenshots) of signatures or e-mails, and this is a PDF of the complete "
        "printed message with its From/Sent/To header and quoted request. The content is specific: 17 SharePoint "
        "sites with 520 GB, Teams for 210 staff with QC channels at the freezing lines. UNSURE: a strict reviewer "
        "could treat a scanned printout like a flat image and ask for the original .msg.",
        "Scanned printout: 'From: Phạm Thu Hà <ha.pham@danangseafood.com.vn>' … 'Da Nang Seafood accepts the "
        "SharePoint Online and Teams project delivered by Mekong Cloud.'",
        {**g.cpor_ok(email_ack=True), "customer_acknowledgement": ["pass", "warn"]},
    )


def s499_029_ben_thanh_garment_invoice_in_vnd() -> Bundle:
    cid = "4991029"
    cust = Org(
        "Ben Thanh Garment Corporation",
        "Ben Thanh Garment",
        "benthanhgarment.vn",
        "VN",
        "Tan Binh District, Ho Chi Minh City",
        "112 Cong Hoa Street",
        "#5e35b1",
    )
    cc = person(cust, "Võ Hoàng Nam", "IT Manager", "nam.vo")
    eng = g.engagement(
        "MW-TEAMS-PHONE-ROOMS-WS-VAR", "Teams Phone and Rooms Envisioning Workshop", "standard", "variable", 2400.0
    )
    consent, submitted = D(2026, 2, 16), T(2026, 4, 28, 10, 0, 7)
    report = findings(
        MEKONG,
        "Teams Phone and Rooms Envisioning Workshop – Findings",
        [
            ("Customer", cust.name),
            ("Workshop", "24 March 2026, Tan Binh head office"),
            ("Participants", "11 – IT, admin, sales, HR"),
            ("MCI claim", cid),
        ],
        [
            (
                "Current state",
                "<p>Panasonic KX-TDA PBX (2009) with 260 extensions; 14 meeting rooms with consumer webcams; buyers in "
                "the US and EU meet the merchandising team over personal Zoom accounts.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Teams Phone with Operator Connect (Viettel) for 260 users; 4 call queues for merchandising "
                        "and HR.",
                        "Teams Rooms on Android in 6 buyer-facing rooms, Pro Management.",
                        "Retire the PBX after the Tet 2027 peak season.",
                    ]
                ),
            ),
        ],
        T(2026, 3, 27, 17, 0, 7),
        MK_PM.name,
        f"{cid}|rep",
    )
    invoice = g.invoice_pdf(
        MEKONG,
        "MKC-HD-2026-0088",
        D(2026, 4, 20),
        [(f"MCI Engagement Claim ID {cid} – {eng['name']}\nCustomer: {cust.name}", 61200000.0)],
        f"{cid}|inv",
        currency="VND",
        date_style="gb",
        labels={"sub": "Cộng tiền hàng / Subtotal (pre-tax)", "total": "Tổng cộng / Total"},
        bank="Vietcombank – CN Sài Gòn · TK 0071 000 884 215",
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
        poe={"Findings_Teams_Phone_Rooms_Ben_Thanh.pdf": report},
        amount=2400.0,
        inv_no="MKC-HD-2026-0088",
        inv_day=D(2026, 4, 20),
        activities="Teams Phone and Teams Rooms envisioning workshop with PBX and meeting-room review",
        outcome="Teams Phone for 260 users and 6 Teams Rooms recommended",
        participants="11",
        invoice_pdf_bytes=invoice,
    )
    return Bundle(
        f"{cid}_ben_thanh_garment_invoice_in_vnd",
        claim,
        files,
        "action_required",
        "Findings report, surveys and timing (71 days after consent, standard: 90) are fine, and the invoice shows the "
        "claim ID and the partner's name, but its amount is VND 61,200,000.00 only. The guide requires the invoice "
        "amount in US dollars, matching the payout (here the proposed payout of USD 2,400). The partner must upload an "
        "invoice in USD.",
        "Invoice MKC-HD-2026-0088: 'VND 61,200,000.00'; no USD amount.",
        {
            "invoice": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s499_030_can_tho_rice_submitted_after_90_days() -> Bundle:
    cid = "4991030"
    cust = Org(
        "Can Tho Rice Milling JSC",
        "Can Tho Rice",
        "canthorice.com.vn",
        "VN",
        "Ninh Kieu District, Can Tho",
        "Tra Noc 1 Industrial Park, Lot 19",
        "#827717",
    )
    cc = person(cust, "Huỳnh Thanh Tâm", "Deputy Director", "tam.huynh")
    eng = g.engagement("MW-WIN11-W365-WS-VAR", "Windows 11 and Windows 365 Workshop", "standard", "variable", 2200.0)
    consent, submitted = D(2026, 3, 2), T(2026, 6, 7, 9, 30, 7)
    report = findings(
        MEKONG,
        "Windows 11 and Windows 365 Workshop – Findings",
        [
            ("Customer", cust.name),
            ("Workshop", "14 April 2026"),
            ("Participants", "7 – IT, finance, mill managers"),
            ("MCI claim", cid),
        ],
        [
            (
                "Estate",
                "<p>190 PCs, 71% on Windows 10; 12 weighbridge and dryer-control PCs on Windows 7 embedded.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Windows 11 Enterprise for 150 office PCs through Autopilot reset, July–September 2026.",
                        "Windows 365 Cloud PCs for 18 buyers who work from paddy collection points.",
                        "Isolate the Windows 7 control PCs on a separate VLAN until the vendor upgrade.",
                    ]
                ),
            ),
        ],
        T(2026, 4, 16, 17, 0, 7),
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
        poe={"Findings_Windows_Can_Tho_Rice.pdf": report},
        amount=2200.0,
        inv_no="MKC-HD-2026-0131",
        inv_day=D(2026, 6, 1),
        activities="Windows 11 and Windows 365 workshop with estate review",
        outcome="Windows 11 plan for 150 PCs, 18 Cloud PCs for buyers",
        participants="7",
        invoice_kw={"date_style": "gb"},
    )
    return Bundle(
        f"{cid}_can_tho_rice_submitted_after_90_days",
        claim,
        files,
        "reject",
        f"Standard-timeline Partner Activities claim: consent on 2026-03-02, first submitted on 2026-06-07 – "
        f"{days(consent, submitted)} days later. A claim never submitted within 90 days of customer consent expires "
        "('Not submitted claim expired') and cannot be reactivated. The findings report, USD 2,200 invoice and surveys "
        "are in order, but too late.",
        "consent_date 2026-03-02, activity_type standard, submitted 2026-06-07 (day 97).",
        {
            "submission_window": "fail",
            "invoice": "pass",
            "attestations": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Lagos Bay Technologies (Nigeria)
# --------------------------------------------------------------------------------------------------------------


def lagosbay_certificate(
    cust: Org,
    ref: str,
    period: str,
    golive: str,
    items: Sequence[tuple[str, str, str]],
    signer: Person,
    seed: str,
    when: dt.datetime,
) -> bytes:
    html = f"""
<h1>Certificate of Completion</h1>
{
        kv(
            [
                ("Certificate ref.", ref),
                ("Client", f"{escape(cust.name)}, {escape(cust.address)}"),
                ("Project period", period),
                ("Go-live", golive),
            ]
        )
    }
<h2>Scope completed</h2>
{grid(["Workload", "Work completed", "Volume"], items, [20, 62, 18])}
<p>We, the undersigned, confirm that the work described above was completed by {escape(LAGOSBAY.name)} to our
satisfaction and is in live use.</p>
<table style="margin-top:18pt"><tr>
<td style="border:none;width:230pt"><p><b>For and on behalf of the Client</b></p><p style="height:40pt">&#160;</p>
<p style="border-top:0.8pt solid #000000">{escape(signer.name)}<br/>{escape(signer.title)}</p>
<p>Date: ____________________</p></td>
<td style="border:none;width:200pt"><p><b>Company stamp</b></p></td></tr></table>
"""
    return g.report_pdf(
        LAGOSBAY,
        html,
        meta(f"Certificate of Completion {ref}", LB_PM.name, when),
        seed,
        right=f"Certificate of Completion · {ref}",
        footer=f"{escape(LAGOSBAY.name)} · {escape(LAGOSBAY.address)} · {escape(LAGOSBAY.reg)}",
    )


def s499_031_lekki_freight_day_first_decides() -> Bundle:
    cid = "4991031"
    cust = Org(
        "Lekki Freight Terminals Ltd",
        "Lekki Freight",
        "lekkifreight.com.ng",
        "NG",
        "Lekki Free Zone, Lagos",
        "Terminal Road, Ibeju-Lekki",
        "#01579b",
        "RC 1290448",
    )
    cc = person(cust, "Babatunde Adewale", "Head, Information Technology", "b.adewale")
    cert = lagosbay_certificate(
        cust,
        "LBT-COC-2025-061",
        "22/09/2025 – 31/10/2025",
        "28/10/2025",
        [
            (
                "Exchange Online",
                "Migration of 310 mailboxes from the hosted Zimbra service; 18 shared mailboxes for the terminal "
                "operations desks (berth planning, gate, customs liaison); mobile access for 120 yard supervisors",
                "328 mailboxes",
            ),
            (
                "Defender for Office 365",
                "Safe Links and Safe Attachments for all mailboxes; impersonation protection for finance and the "
                "shipping-line liaison team (fake invoice fraud); quarantine policies; two phishing simulations",
                "328 mailboxes",
            ),
        ],
        cc,
        f"{cid}|cert",
        T(2025, 11, 3, 10, 0, 1),
    )
    scan = g.scan_pdf(
        cert,
        [
            Ink(cc.name, "sig", cc.name, dx=10, dy=-44, h=36),
            Ink("Date: ____", "hand", "05/11/2025", dx=34, dy=-8, h=14),
            Ink(
                "Company stamp",
                "stamp",
                dx=0,
                dy=14,
                h=52,
                lines=("LEKKI FREIGHT TERMINALS LTD", "RECEIVED – IT DEPT", "05 NOV 2025"),
                color=(40, 60, 150),
            ),
        ],
        f"{cid}|scan",
        T(2025, 11, 5, 14, 20, 1),
        dpi=150,
        skew=0.6,
        rotate=270,
    )
    files = {"LBT-COC-2025-061 Lekki Freight (signed).pdf": scan}
    claim = cpor(
        cid,
        LAGOSBAY,
        LB_PM,
        cust,
        cc,
        ["EXCHANGE ONLINE", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 10, 21, 12, 0, 1),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_lekki_freight_day_first_date_decides",
        claim,
        files,
        "approve",
        "Nigerian customer and partner: the handwritten '05/11/2025' beside the IT head's signature is day-first, 5 "
        "November 2025 – the certificate prints its period as 22/09/2025 – 31/10/2025 and go-live 28/10/2025, readable "
        "only day-first, and the received stamp says '05 NOV 2025'. That is 350 days before submission on 2026-10-21, "
        "inside 12 months; read month-first (May 11, 2025) it would be 17 months old. Scanned sideways (270°). "
        "Exchange Online and Defender for Office 365 for 328 mailboxes, detailed.",
        "Scan (rotated 270°): signature of Babatunde Adewale, 'Date: 05/11/2025', stamp 'RECEIVED – IT DEPT 05 NOV "
        "2025'.",
        g.cpor_ok(),
    )


def s499_032_lagos_bay_ghana_own_subsidiary() -> Bundle:
    cid = "4991032"
    cust = Org(
        "Lagos Bay Technologies Ghana Ltd",
        "Lagos Bay Tech Ghana",
        "lagosbaytech.com.gh",
        "GH",
        "Airport City, Accra",
        "5th Floor, Atlantic Tower, Liberation Road",
        "#1b5e20",
        "Reg. No. CS118842015",
    )
    cc = person(cust, "Kwame Asante", "Managing Director", "kwame.asante")
    letter = g.html_pdf(
        f"""
<table><tr><td style="border:none;width:300pt"><p style="font-size:15pt;color:#1b5e20"><b>{escape(cust.name)}</b></p>
<p class="small">{escape(cust.address)} · {escape(cust.reg)}<br/>A member of the Lagos Bay Technologies Group –
wholly owned by Lagos Bay Technologies Ltd, Lagos</p></td></tr></table>
<hr/>
<p>10 February 2026</p>
<p>Lagos Bay Technologies Ltd<br/>Plot 1412 Ahmadu Bello Way<br/>Victoria Island, Lagos</p>
<p><b>ACCEPTANCE: MICROSOFT TEAMS AND SHAREPOINT ONLINE – ACCRA OFFICE</b></p>
<p>Following the opening of our Accra office, Lagos Bay Technologies' Modern Work team moved our 46 staff onto the
group's Microsoft 365 standards: Microsoft Teams with the Ghana sales, delivery and finance teams, Teams on 6 meeting
room devices, and SharePoint Online with 9 sites for client projects and the Ghana Revenue Authority filings.</p>
<p>We confirm that this work was completed on 6 February 2026 and accept it.</p>
<p>Yours faithfully,</p><p style="height:44pt">&#160;</p>
<p>{escape(cc.name)}<br/>{escape(cc.title)}</p>
""",
        meta("Acceptance letter Accra office", cc.name, T(2026, 2, 10, 10, 0, 0)),
        f"{cid}|letter",
        style=css("#1b5e20", size=10, extra="hr {border:0; border-top: 1pt solid #1b5e20;}"),
    )
    scan = g.scan_pdf(
        letter,
        [Ink(cc.name, "sig", cc.name, dx=0, dy=-40, h=34, color=g.INK_BLACK)],
        f"{cid}|scan",
        T(2026, 2, 10, 15, 0, 0),
        dpi=150,
        skew=0.3,
    )
    files = {"Acceptance_letter_Accra.pdf": scan}
    claim = cpor(cid, LAGOSBAY, LB_AM, cust, cc, ["TEAMS", "SHAREPOINT ONLINE"], T(2026, 3, 3, 9, 0, 1), files)
    return Bundle(
        f"{cid}_lagos_bay_claims_its_own_ghana_subsidiary",
        claim,
        files,
        "reject",
        "The customer is the claiming partner's own subsidiary: the letterhead of Lagos Bay Technologies "
        "Ghana Ltd says "
        "'A member of the Lagos Bay Technologies Group – wholly owned by Lagos Bay Technologies Ltd, Lagos', and the "
        "letter describes moving the Accra office onto 'the group's Microsoft 365 standards'. Partners and their "
        "affiliates cannot earn incentives for work on a partner-affiliate customer, however good the POE; the names "
        "differ only by the country and the domain (lagosbaytech.com.gh vs lagosbaytech.com.ng).",
        "Letterhead: 'wholly owned by Lagos Bay Technologies Ltd, Lagos'; signed by the Ghana subsidiary's MD.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


def s499_033_kano_agro_quote_po_order_form() -> Bundle:
    cid = "4991033"
    cust = Org(
        "Kano Agro-Allied Industries Ltd",
        "Kano Agro-Allied",
        "kanoagroallied.com.ng",
        "NG",
        "Sharada Industrial Estate, Kano",
        "Plot 88, Sharada Phase II",
        "#33691e",
        "RC 402118",
    )
    cc = person(cust, "Aminu Bello", "IT Manager", "aminu.bello")
    buyer = person(cust, "Hauwa Musa", "Procurement Manager", "hauwa.musa")
    lines = [
        ("Microsoft 365 E3 (annual, CSP)", "180", "NGN 51,840,000.00"),
        (
            "Implementation services – Exchange Online migration and Intune enrolment (20 man-days)",
            "1",
            "NGN 9,000,000.00",
        ),
    ]
    quote = g.report_pdf(
        LAGOSBAY,
        f"""<h1>Quotation LBT-QT-2026-118</h1>
{kv([("Client", escape(cust.name)), ("Date", "19/01/2026"), ("Validity", "30 days")])}
{grid(["Description", "Qty", "Amount"], lines, [62, 10, 28])}
<p><b>Total (excl. VAT 7.5%):</b> NGN 60,840,000.00</p>""",
        meta("Quotation LBT-QT-2026-118", LB_AM.name, T(2026, 1, 19, 11, 0, 1)),
        f"{cid}|q",
        right="Quotation",
    )
    po = g.html_pdf(
        f"""<p style="font-size:15pt"><b>{escape(cust.name)}</b></p><p class="small">{escape(cust.address)}</p>
<h1>PURCHASE ORDER 4500018832</h1>
{
            kv(
                [
                    ("Vendor", escape(LAGOSBAY.name)),
                    ("PO date", "02/02/2026"),
                    ("Quotation ref.", "LBT-QT-2026-118"),
                    ("Delivery", "Kano head office"),
                ]
            )
        }
{grid(["Item", "Qty", "Amount"], lines, [62, 10, 28])}
<p>Approved by: {escape(buyer.name)}, {escape(buyer.title)}</p>
<p style="height:30pt">Signature:</p>""",
        meta("PO 4500018832", buyer.name, T(2026, 2, 2, 9, 0, 1)),
        f"{cid}|po",
        style=css("#33691e"),
    )
    po = g.scan_pdf(
        po, [Ink("Signature:", "sig", buyer.name, dx=70, dy=-6, h=30)], f"{cid}|pos", T(2026, 2, 2, 12, 0, 1), dpi=150
    )
    order = g.report_pdf(
        LAGOSBAY,
        f"""<h1>Order Form – Microsoft Cloud Services</h1>
{
            kv(
                [
                    ("Order no.", "LBT-OF-2026-031"),
                    ("Client", escape(cust.name)),
                    ("Start date", "01/02/2026"),
                    ("Term", "12 months"),
                ]
            )
        }
{grid(["Service", "Qty", "Amount"], lines, [62, 10, 28])}
<p>The Client orders the services above under Lagos Bay Technologies' standard terms. Licences are provisioned on the
Client's tenant kanoagroallied.onmicrosoft.com.</p>
<p><b>Accepted for the Client:</b> {escape(cc.name)}, {escape(cc.title)}</p>
<p style="height:34pt">Signature / date:</p>""",
        meta("Order form LBT-OF-2026-031", LB_AM.name, T(2026, 1, 30, 9, 0, 1)),
        f"{cid}|of",
        right="Order Form",
    )
    order = g.scan_pdf(
        order,
        [
            Ink("Signature / date:", "sig", cc.name, dx=100, dy=-8, h=30),
            Ink("Signature / date:", "hand", "31/01/2026", dx=240, dy=-2, h=14),
        ],
        f"{cid}|ofs",
        T(2026, 1, 31, 15, 0, 1),
        dpi=150,
    )
    files = {
        "Quotation_LBT-QT-2026-118.pdf": quote,
        "PO_4500018832.pdf": po,
        "Order_Form_LBT-OF-2026-031_signed.pdf": order,
    }
    claim = cpor(cid, LAGOSBAY, LB_AM, cust, cc, ["EXCHANGE ONLINE", "INTUNE"], T(2026, 3, 18, 10, 0, 1), files)
    return Bundle(
        f"{cid}_kano_agro_quote_po_and_order_form",
        claim,
        files,
        "action_required",
        "All three documents are transactional: Lagos Bay's quotation, the customer's purchase order 4500018832 signed "
        "by its procurement manager, and an order form for 180 Microsoft 365 E3 licences plus '20 man-days' of "
        "implementation signed by the IT manager on 31/01/2026. Pricing quotes, purchase orders and licensing "
        "contracts are never POE; a signature on an order acknowledges a purchase, not work performed; and nothing "
        "describes what was actually done in Exchange Online or Intune.",
        "Quotation LBT-QT-2026-118, PO 4500018832, Order Form LBT-OF-2026-031 – no delivery document.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "fail",
            "unacceptable_documents": "fail",
            "reused_evidence": "pass",
        },
    )


def s499_034_oyo_packaging_letter_of_appreciation() -> Bundle:
    cid = "4991034"
    cust = Org(
        "Oyo Packaging Industries Plc",
        "Oyo Packaging",
        "oyopackaging.com.ng",
        "NG",
        "Ibadan, Oyo State",
        "Plot 22, Oluyole Industrial Estate",
        "#bf360c",
        "RC 18821",
    )
    cc = person(cust, "Mrs. Folake Adeyinka", "Managing Director", "folake.adeyinka")
    letter = g.html_pdf(
        f"""
<p style="font-size:16pt;color:#bf360c"><b>{escape(cust.name.upper())}</b></p>
<p class="small">{escape(cust.address)} · {escape(cust.reg)} · www.{escape(cust.domain)}</p><hr/>
<p>Our ref: OPI/MD/026/2026<br/>12th February, 2026</p>
<p>The Managing Director<br/>Lagos Bay Technologies Ltd<br/>Victoria Island, Lagos</p>
<p><b>LETTER OF APPRECIATION</b></p>
<p>We are pleased to confirm that Lagos Bay Technologies Ltd has been our trusted Microsoft partner for Microsoft 365
and security since 2024, providing deployment, configuration, testing, training and ongoing support.</p>
<p>Their team has been professional and responsive, and we are satisfied with their services. We look forward to a
continued relationship.</p>
<p>Yours faithfully,<br/>For: Oyo Packaging Industries Plc</p><p style="height:44pt">&#160;</p>
<p>{escape(cc.name)}<br/>{escape(cc.title)}</p>""",
        meta("Letter of appreciation", cc.name, T(2026, 2, 12, 10, 0, 1)),
        f"{cid}|letter",
        style=css("#bf360c", size=10.5, extra="hr {border:0; border-top: 1pt solid #bf360c;}"),
    )
    scan = g.scan_pdf(
        letter,
        [
            Ink(cc.name, "sig", cc.name, dx=0, dy=-42, h=36, color=g.INK_BLACK),
            Ink(
                "Yours faithfully",
                "stamp",
                dx=230,
                dy=20,
                h=54,
                lines=("OYO PACKAGING INDUSTRIES PLC", "MANAGING DIRECTOR'S OFFICE", "12 FEB 2026"),
            ),
        ],
        f"{cid}|scan",
        T(2026, 2, 13, 9, 0, 1),
        dpi=150,
        skew=-0.6,
    )
    files = {"Letter_of_Appreciation_Oyo_Packaging.pdf": scan}
    claim = cpor(
        cid,
        LAGOSBAY,
        LB_AM,
        cust,
        cc,
        ["EXCHANGE ONLINE", "INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 3, 2, 11, 0, 1),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_oyo_packaging_generic_letter_of_appreciation",
        claim,
        files,
        "action_required",
        "A signed and stamped letter from the customer's managing director (12 February 2026) – a real, dated customer "
        "acknowledgement – but its only content is that Lagos Bay is 'our trusted Microsoft partner for Microsoft 365 "
        "and security … providing deployment, configuration, testing, training and ongoing support'. That is the "
        "guide's invalid example: a list of high-level tasks, no users or devices, no timeline, and no mention of "
        "Exchange Online, Intune or Defender for Endpoint. The partner must provide detail per claimed workload.",
        "Letter: 'our trusted Microsoft partner for Microsoft 365 and security since 2024, providing deployment, "
        "configuration, testing, training and ongoing support'.",
        {
            "customer_acknowledgement": "pass",
            "activity_detail": "fail",
            "workload_match": "fail",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Savanna Secure (Kenya): managed SOC reports, a Teams chat
# --------------------------------------------------------------------------------------------------------------

SOC_KPIS = [
    ("Alerts triaged (Defender XDR + Sentinel)", "1,284"),
    ("Incidents investigated", "37"),
    ("Confirmed true positives", "4 (2 BEC attempts, 1 credential stuffing, 1 malicious USB on a factory PC)"),
    ("Mean time to acknowledge", "11 min"),
    ("Mean time to resolve", "2 h 40 min"),
    ("Proactive threat hunts", "12"),
    ("Microsoft Secure Score", "61% → 68%"),
]
SAVANNA_SCOPE = (
    "Savanna Secure's managed SOC runs around the clock from Nairobi: analysts triage, investigate and respond to "
    "incidents in Microsoft Defender XDR and Microsoft Sentinel, manage the Sentinel workspace (connectors, analytics "
    "rules, automation playbooks), hunt for threats every week, and review the security configuration each month."
)


def savanna_soc_report(
    cust: Org,
    month: str,
    day: dt.date,
    kpis: Sequence[tuple[str, str]],
    shot: bytes,
    details: Sequence[tuple[str, str]],
    seed: str,
) -> bytes:
    """Savanna Secure's Monthly SOC Service Report (one layout for every customer)."""
    page1 = f"""
<h1>Monthly SOC Service Report</h1>
<p style="font-size:12pt">{escape(cust.name)} · {escape(month)}</p>
<p class="small">{SAVANNA_SCOPE}</p>
<h2>1. Key figures</h2>{grid(["Measure", "This month"], kpis, [55, 45])}
<h2>2. Service delivered this month</h2>{grid(["Area", "Activities"], details, [26, 74])}
"""
    page2 = """<h2>3. Incident queue (Defender portal, month end)</h2>
<img src="shot.png" width="480"/>
<p class="small">Screenshot taken by the SOC shift lead at month end.</p>"""
    return g.report_pdf(
        SAVANNA,
        [page1, page2],
        meta(f"SOC report {cust.short} {month}", SV_SDM.name, T(day.year, day.month, day.day, 9, 0, 3)),
        seed,
        right=f"Monthly SOC Service Report · {escape(month)}",
        footer=f"{escape(SAVANNA.name)} · {escape(SAVANNA.address)} · SOC hotline +254 20 555 0199",
        images={"shot.png": shot},
    )


def rvtea_shot() -> bytes:
    return cached(  # type: ignore[no-any-return]
        "rvtea_shot",
        lambda: g.portal_screenshot(
            "Defender | Incidents & alerts",
            [("Active incidents", "3"), ("Resolved (30 days)", "34"), ("High severity", "1"), ("Devices", "642")],
            [
                ("41288", "Suspicious inbox forwarding rule", "High", "Resolved – TP"),
                ("41271", "Password spray against Entra ID", "Medium", "Resolved – TP"),
                ("41263", "USB malware blocked – KER-FAC-PC-017", "Medium", "Resolved – TP"),
                ("41240", "Impossible travel – finance user", "Low", "Resolved – benign"),
                ("41219", "Suspicious PowerShell on KER-SRV-DC02", "Medium", "In progress"),
            ],
            ["Incident ID", "Title", "Severity", "Status"],
            "4991035|shot",
            tenant="rvtea.co.ke",
        ),
    )


RVTEA_DETAILS = [
    (
        "24/7 SOC",
        "Triage and response for 642 endpoints in Defender for Endpoint (Kericho factories, Nairobi office, "
        "Mombasa auction desk); 2 BEC attempts contained within 20 minutes",
    ),
    (
        "Sentinel",
        "Connectors: Defender XDR, Entra ID, Office 365, FortiGate firewalls (3 sites); 14 analytics rules "
        "tuned, 2 new custom detections for the SAP logon pattern; 6 automation playbooks",
    ),
    ("Threat hunting", "12 hunts incl. living-off-the-land binaries on factory PCs and OAuth consent grants"),
    ("Configuration", "Secure Score review: ASR rules for the factory PCs moved to block; 9 recommendations closed"),
]


def s499_035_rift_valley_tea_managed_soc() -> Bundle:
    cid = "4991035"
    cust = Org(
        "Rift Valley Tea Estates Ltd",
        "Rift Valley Tea",
        "rvtea.co.ke",
        "KE",
        "Kericho",
        "Moi Highway, Kericho Town",
        "#2e7d32",
    )
    cc = person(cust, "Grace Wambui", "Head of ICT", "grace.wambui")
    report = savanna_soc_report(cust, "May 2026", D(2026, 6, 3), SOC_KPIS, rvtea_shot(), RVTEA_DETAILS, f"{cid}|rep")
    m1 = Mail(
        SV_SDM,
        [cc],
        "Rift Valley Tea – Monthly SOC Service Report, May 2026",
        T(2026, 6, 3, 11, 0, 3),
        "Hi Grace,\n\nPlease find the May SOC report attached. Highlights: 37 incidents investigated, 4 true "
        "positives contained, Secure Score up to 68%.\n\nRegards,\nAchieng\n\n" + g.footer_block(SV_SDM),
        attachments=[("SOC_Report_RVTEA_2026-05.pdf", report)],
    )
    m2 = Mail(
        cc,
        [SV_SDM],
        "RE: Rift Valley Tea – Monthly SOC Service Report, May 2026",
        T(2026, 6, 4, 8, 47, 3),
        "Hi Achieng,\n\nThanks – reviewed with our CFO this morning. For your partner claim: Rift Valley Tea confirms "
        "that Savanna Secure has run our 24/7 SOC since September 2025 – monitoring and responding in Defender XDR for "
        "our 642 endpoints, managing our Sentinel workspace (the FortiGate connector and the SAP logon detections you "
        "built), weekly threat hunting and the monthly Secure Score review. The two BEC attempts in May were "
        "contained before any payment went out.\n\nRegards,\n" + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "SOC_Report_RVTEA_2026-05.pdf": report,
        "RE_ Rift Valley Tea – Monthly SOC Service Report, May 2026.msg": g.msg_file(m2),
        "Defender_incidents_2026-05-31.png": rvtea_shot(),
    }
    claim = cpor(
        cid,
        SAVANNA,
        SV_SDM,
        cust,
        cc,
        ["MANAGED SECURITY SERVICES"],
        T(2026, 6, 16, 10, 0, 3),
        files,
        area="Security",
        kind="managed_security_services",
        roles={"Defender_incidents_2026-05-31.png": "supporting"},
    )
    return Bundle(
        f"{cid}_rift_valley_tea_managed_soc",
        claim,
        files,
        "approve",
        "Managed security services claim that meets the guide's MSS qualifications: 24/7 SOC triage and response in "
        "Defender XDR (with Defender for Endpoint on 642 endpoints), management of Microsoft Sentinel (connectors, 14 "
        "tuned analytics rules, custom detections, 6 playbooks), weekly threat hunting and a monthly Secure Score "
        "configuration review – in Savanna's May report and confirmed in the Head of ICT's own words from rvtea.co.ke "
        "on 4 June 2026. The report layout and its scope paragraph are Savanna's boilerplate (also on 4991036). "
        "4991036 reuses this claim's figures and its Defender screenshot (tenant rvtea.co.ke): this claim holds the "
        "original.",
        "E-mail from grace.wambui@rvtea.co.ke: 'Rift Valley Tea confirms that Savanna Secure has run our 24/7 SOC "
        "since September 2025'; screenshot tenant label 'rvtea.co.ke'.",
        g.cpor_ok(email_ack=True),
    )


def s499_036_nakuru_flour_copied_soc_report() -> Bundle:
    cid = "4991036"
    cust = Org(
        "Nakuru Flour Mills Ltd",
        "Nakuru Flour",
        "nakuruflour.co.ke",
        "KE",
        "Nakuru",
        "Industrial Area, Lake Road",
        "#f9a825",
    )
    cc = person(cust, "Peter Mwangi", "IT Manager", "peter.mwangi")
    report = savanna_soc_report(cust, "May 2026", D(2026, 6, 5), SOC_KPIS, rvtea_shot(), RVTEA_DETAILS, f"{cid}|rep")
    m1 = Mail(
        SV_SDM,
        [cc],
        "Nakuru Flour – Monthly SOC Service Report, May 2026",
        T(2026, 6, 5, 12, 0, 3),
        "Hi Peter,\n\nAttached is your May SOC report.\n\nRegards,\nAchieng\n\n" + g.footer_block(SV_SDM),
        attachments=[("SOC_Report_NFM_2026-05.pdf", report)],
    )
    m2 = Mail(
        cc,
        [SV_SDM],
        "RE: Nakuru Flour – Monthly SOC Service Report, May 2026",
        T(2026, 6, 8, 14, 12, 3),
        "Hi Achieng,\n\nThanks, received. Nakuru Flour confirms that Savanna Secure provides our SOC service.\n\n"
        "Peter\n\n" + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "SOC_Report_NFM_2026-05.pdf": report,
        "RE_ Nakuru Flour – Monthly SOC Service Report, May 2026.msg": g.msg_file(m2),
        "Defender_incidents_2026-05-31.png": rvtea_shot(),
    }
    claim = cpor(
        cid,
        SAVANNA,
        SV_SDM,
        cust,
        cc,
        ["MANAGED SECURITY SERVICES"],
        T(2026, 6, 22, 9, 0, 3),
        files,
        area="Security",
        kind="managed_security_services",
        roles={"Defender_incidents_2026-05-31.png": "supporting"},
    )
    return Bundle(
        f"{cid}_nakuru_flour_soc_report_copied_from_other_customer",
        claim,
        files,
        "action_required",
        "The 'Nakuru Flour' May SOC report carries word for word the figures and activities of claim 4991035's report "
        "for Rift Valley Tea – 1,284 alerts, 37 incidents, 642 endpoints at 'Kericho factories, Nairobi office, "
        "Mombasa auction desk', FortiGate firewalls at 3 sites, SAP logon detections – and the very same Defender "
        "screenshot, whose tenant label reads rvtea.co.ke and whose device names start with KER-. The layout and "
        "scope paragraph are Savanna's boilerplate, but the figures are claim-specific and belong to 4991035, which "
        "holds the original. The customer's one-line 'confirms that Savanna Secure provides our SOC service' adds no "
        "detail. Nothing shows the SOC work actually done for this flour mill.",
        "Report section 2 'Kericho factories, Nairobi office, Mombasa auction desk'; screenshot tenant 'rvtea.co.ke' – "
        "identical to 4991035.",
        {
            "customer_acknowledgement": "pass",
            "activity_detail": "fail",
            "reused_evidence": "fail",
        },
    )


def s499_037_lakeside_hotels_teams_chat() -> Bundle:
    cid = "4991037"
    cust = Org(
        "Lakeside Hotels & Resorts (Kisumu) Ltd",
        "Lakeside Hotels",
        "lakesidehotels.co.ke",
        "KE",
        "Kisumu",
        "Dunga Road, Milimani",
        "#00838f",
    )
    cc = person(cust, "Otieno Ochieng", "ICT Manager", "otieno.ochieng")
    gm = person(cust, "Sarah Njeri", "Group Finance Manager", "sarah.njeri")
    report = g.report_pdf(
        SAVANNA,
        f"""<h1>Deployment Report – Defender for Office 365 &amp; Purview Information Protection</h1>
{kv([("Customer", escape(cust.name)), ("Period", "9 March – 24 April 2026"), ("Reference", "SVS-DR-2026-017")])}
{
            grid(
                ["Workload", "Delivered", "Scope"],
                [
                    (
                        "Defender for Office 365",
                        "Safe Links and Safe Attachments; impersonation protection for the "
                        "reservations and finance mailboxes (fake booking-payment fraud); attack simulation for 180 "
                        "staff",
                        "212 mailboxes",
                    ),
                    (
                        "Purview Information Protection",
                        "Labels 'Guest Data – Confidential' and 'Finance – "
                        "Restricted'; auto-labelling of passport scans and card-payment forms; DLP for guest data sent "
                        "outside",
                        "212 users, 3 hotels",
                    ),
                ],
                [24, 56, 20],
            )
        }
<h2>Timeline</h2>{
            ul(
                [
                    "Design workshop: 9–13 March 2026",
                    "Pilot at the Kisumu hotel: 16–27 March 2026",
                    "Rollout to Naivasha and Diani: 30 March – 17 April 2026",
                    "Handover: 24 April 2026",
                ]
            )
        }""",
        meta("Deployment report SVS-DR-2026-017", SV_ENG.name, T(2026, 4, 24, 16, 0, 3)),
        f"{cid}|rep",
        right="Deployment Report",
    )
    chat = teams_chat_pdf(
        "Lakeside Hotels – Defender & Purview handover",
        f"{cc.name}, {gm.name}, {SV_ENG.name}, {SV_SDM.name}",
        [
            (
                SV_ENG,
                T(2026, 4, 24, 16, 30, 3),
                "Hi Otieno, the deployment report SVS-DR-2026-017 is in the Files tab. "
                "Pilot and rollout are done for all three hotels.",
            ),
            (
                SV_SDM,
                T(2026, 4, 24, 16, 34, 3),
                "Could you confirm acceptance here in the chat so that we can close the project?",
            ),
            (
                cc,
                T(2026, 4, 27, 9, 2, 3),
                "Morning all. Confirmed – Lakeside Hotels accepts the Defender for Office 365 "
                "and Purview deployment as per SVS-DR-2026-017: the reservations and finance mailboxes are "
                "protected, and "
                "the passport scans are now labelled automatically in all three hotels (Kisumu, Naivasha, Diani).",
            ),
            (
                gm,
                T(2026, 4, 27, 9, 15, 3),
                "Agreed from finance – the fake booking-payment e-mails have stopped reaching my team. Thank you.",
            ),
            (SV_ENG, T(2026, 4, 27, 9, 20, 3), "Thanks both! 👍"),
        ],
        SV_SDM,
        f"{cid}|chat",
        T(2026, 4, 28, 10, 5, 3),
    )
    files = {
        "Teams chat - Lakeside Hotels handover.pdf": chat,
        "SVS-DR-2026-017_Deployment_Report.pdf": report,
    }
    claim = cpor(
        cid,
        SAVANNA,
        SV_SDM,
        cust,
        cc,
        ["MICROSOFT DEFENDER FOR OFFICE", "MICROSOFT INFORMATION PROTECTION"],
        T(2026, 5, 11, 11, 30, 3),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_lakeside_hotels_acceptance_in_teams_chat",
        claim,
        files,
        "approve",
        "The customer's acknowledgement is a Microsoft Teams chat printed to PDF: the ICT manager, shown as "
        "an external "
        "participant with his lakesidehotels.co.ke address, writes on 27 April 2026 'Lakeside Hotels accepts the "
        "Defender for Office 365 and Purview deployment as per SVS-DR-2026-017' and the finance manager agrees. The "
        "deployment report is specific (212 mailboxes, auto-labelling of passport scans in three hotels). A chat "
        "message from the customer's own account is a written customer acknowledgement with date and domain. UNSURE: "
        "the guide only names e-mail (.msg/PDF), paper and e-signatures; a strict reviewer could ask for an e-mail.",
        "Teams chat PDF: 'Otieno Ochieng (External) 27/04/2026 09:02 – Confirmed – Lakeside Hotels accepts the "
        "Defender for Office 365 and Purview deployment'.",
        {**g.cpor_ok(email_ack=True), "customer_acknowledgement": ["pass", "warn"]},
    )


# --------------------------------------------------------------------------------------------------------------
# Hijaz Digital (Saudi Arabia): AMMP (Market B), an invoice used twice, Hijri dates
# --------------------------------------------------------------------------------------------------------------

RED_SEA = Org(
    "Red Sea Logistics Co.",
    "Red Sea Logistics",
    "redsealogistics.sa",
    "SA",
    "Jeddah 22312",
    "Jeddah Islamic Port, Gate 10",
    "#0277bd",
    "CR 4030288514",
)
RED_SEA_CTO = person(RED_SEA, "Faisal Al-Ghamdi", "Chief Technology Officer", "f.alghamdi")


def red_sea_claim() -> tuple[dict[str, bytes], dict[str, Any]]:
    return cached(  # type: ignore[no-any-return]
        "red_sea",
        lambda: g.ammp_claim(
            "4991038",
            "red_sea",
            HIJAZ,
            HD_PM,
            RED_SEA,
            RED_SEA_CTO,
            consent=D(2026, 1, 11),
            submitted=T(2026, 4, 27, 11, 0, 3),
            app="Track & Trace portal (.NET, SQL Server)",
            arr="USD 48,000 per year",
            dates=["02/02/2026", "16/02/2026", "30/03/2026", "13/04/2026"],
            amount=12000.0,
            inv_no="HD-INV-2026-0041",
            date_style="gb_long",
            invoice_kw={"date_style": "gb", "bank": "Saudi National Bank · USD account SA44 1000 0000 0184 2271 9903"},
            sign_when=T(2026, 4, 19, 12, 30, 3),
            date_text="19/04/2026",
        ),
    )


def s499_038_red_sea_logistics_ammp_market_b() -> Bundle:
    cid = "4991038"
    files, claim = red_sea_claim()
    return Bundle(
        f"{cid}_red_sea_logistics_ammp_market_b",
        claim,
        dict(files),
        "approve",
        "AMMP App/Data Modernization (Small) for a Jeddah port logistics company: the programme's POE template filled "
        "in with the customer's own facts and signed by its CTO on 19/04/2026, both surveys signed, and invoice "
        "HD-INV-2026-0041 with the claim ID and USD 12,000.00 – the Market B rate, Saudi Arabia being a Market B "
        "country. Submitted 106 days after consent (xs/small: 120). 4991039 uploads this very invoice: this claim "
        "holds the original (its own claim ID and customer on the invoice).",
        "Invoice HD-INV-2026-0041: 'MCI Engagement Claim ID 4991038 – AMMP App/Data Modernization (Small)', USD "
        "12,000.00; partner country SA.",
        g.pa_ok(),
    )


def s499_039_taif_rose_reuses_red_sea_invoice() -> Bundle:
    cid = "4991039"
    cust = Org(
        "Taif Rose Products Co.",
        "Taif Rose",
        "taifrose.sa",
        "SA",
        "Taif 26521",
        "Al Hada Road, Al Shafa",
        "#c2185b",
        "CR 4032241187",
    )
    cc = person(cust, "Noura Al-Zahrani", "IT Director", "n.alzahrani")
    red_files, _ = red_sea_claim()
    invoice = red_files["Invoice_HD-INV-2026-0041.pdf"]
    files, claim = g.ammp_claim(
        cid,
        "taif_rose",
        HIJAZ,
        HD_PM,
        cust,
        cc,
        consent=D(2026, 2, 1),
        submitted=T(2026, 5, 18, 10, 30, 3),
        app="Rose harvest & distillery scheduling app (Java, Oracle)",
        arr="USD 36,000 per year",
        dates=["22/02/2026", "08/03/2026", "26/04/2026", "10/05/2026"],
        amount=12000.0,
        inv_no="HD-INV-2026-0041",
        date_style="gb_long",
        invoice_pdf_bytes=invoice,
        sign_when=T(2026, 5, 12, 13, 0, 3),
        date_text="12/05/2026",
    )
    return Bundle(
        f"{cid}_taif_rose_reuses_red_sea_invoice",
        claim,
        files,
        "action_required",
        "The AMMP template is signed by the customer's IT director (12/05/2026), the surveys are complete and "
        "the claim "
        "came 106 days after consent – but the invoice is claim 4991038's invoice HD-INV-2026-0041, byte for byte: it "
        "names claim ID 4991038 and Red Sea Logistics, not this claim. Each claim needs its own unique invoice with "
        "its own claim ID; 4991038 holds the original. The partner must upload an invoice for this claim (USD 12,000, "
        "Market B).",
        "Invoice_HD-INV-2026-0041.pdf on this claim: 'MCI Engagement Claim ID 4991038 … Customer: Red Sea Logistics "
        "Co.' – identical to 4991038's file.",
        {
            "invoice": "fail",
            "reused_evidence": "fail",
            "attestations": "pass",
            "submission_window": "pass",
            "required_documents": "pass",
        },
    )


def s499_040_al_balad_hotels_hijri_and_gregorian() -> Bundle:
    cid = "4991040"
    cust = Org(
        "Al-Balad Heritage Hotels Co.",
        "Al-Balad Hotels",
        "albaladhotels.sa",
        "SA",
        "Jeddah 22234",
        "Al-Dahab Street, Historic Jeddah",
        "#6d4c41",
        "CR 4030377102",
    )
    cc = person(cust, "Omar Bakhsh", "IT Manager", "o.bakhsh")
    ar = 'dir="rtl" style="text-align:right"'
    html = f"""
<table><tr><td style="border:none;width:220pt"><h1>Acceptance Certificate</h1></td>
<td style="border:none;width:220pt;text-align:right" dir="rtl"><h1>شهادة قبول الأعمال</h1></td></tr></table>
<table>
<tr><td style="width:220pt">Customer: {escape(cust.name)}</td><td {ar.replace('style="', 'style="width:220pt;')}>
العميل: شركة فنادق البلد التراثية</td></tr>
<tr><td>Contractor: {escape(HIJAZ.name)}</td><td {ar}>المقاول: شركة حجاز الرقمية</td></tr>
<tr><td>Reference: HD-ACC-2026-012</td><td {ar}>المرجع: HD-ACC-2026-012</td></tr>
<tr><td>Date: 15 April 2026</td><td {ar}>التاريخ: 27 شوال 1447هـ الموافق 15 أبريل 2026م</td></tr>
</table>
<h2>Scope accepted / نطاق الأعمال المقبولة</h2>
{
        grid(
            ["Workload", "Work performed", "Scope"],
            [
                (
                    "Entra ID P2",
                    "Privileged Identity Management for 22 admin roles; risk-based Conditional Access; access reviews "
                    "for the 4 hotel property-management systems; identity protection for 610 users",
                    "610 users",
                ),
                (
                    "Defender for Identity",
                    "Sensors on 4 domain controllers (Jeddah, AlUla, Madinah) and the AD CS server; honeytoken "
                    "accounts; lateral-movement review with the IT team",
                    "5 sensors",
                ),
            ],
            [20, 62, 18],
        )
    }
<p>The customer confirms that the work above was performed by {escape(HIJAZ.name)} and accepts it.</p>
<p {ar}>يقر العميل بأن الأعمال الموضحة أعلاه قد نفذتها شركة حجاز الرقمية ويقبلها.</p>
<table style="margin-top:10pt"><tr><td style="width:140pt">Name / الاسم</td><td style="width:300pt">{escape(cc.name)}
</td></tr><tr><td>Title / المسمى الوظيفي</td><td>{escape(cc.title)}</td></tr>
<tr><td style="height:40pt">Signature / التوقيع</td><td></td></tr>
<tr><td style="height:40pt">Company stamp / ختم الشركة</td><td></td></tr></table>
"""
    cert = g.report_pdf(
        HIJAZ,
        html,
        meta("Acceptance Certificate HD-ACC-2026-012", HD_PM.name, T(2026, 4, 15, 10, 0, 3)),
        f"{cid}|cert",
        right="HD-ACC-2026-012",
        footer=f"{escape(HIJAZ.name)} · {escape(HIJAZ.reg)}",
    )
    scan = g.scan_pdf(
        cert,
        [
            Ink("Signature / ", "sig", cc.name, dx=160, dy=2, h=32, color=g.INK_BLUE),
            Ink(
                "Company stamp / ",
                "seal",
                dx=200,
                dy=-14,
                h=64,
                lines=("AL-BALAD HERITAGE", "HOTELS CO.", "JEDDAH"),
                color=(40, 90, 60),
            ),
        ],
        f"{cid}|scan",
        T(2026, 4, 15, 15, 30, 3),
        dpi=150,
        skew=0.4,
    )
    files = {"HD-ACC-2026-012_signed.pdf": scan}
    claim = cpor(
        cid,
        HIJAZ,
        HD_PM,
        cust,
        cc,
        ["AZURE ACTIVE DIRECTORY PREMIUM 2", "MICROSOFT DEFENDER FOR IDENTITY"],
        T(2026, 5, 5, 13, 0, 3),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_al_balad_hotels_hijri_and_gregorian_dates",
        claim,
        files,
        "approve",
        "Arabic/English acceptance certificate signed by the customer's IT manager with the company stamp; the date is "
        "given both as 27 Shawwal 1447 AH and as 15 April 2026 – three weeks before submission. Entra ID P2 (PIM for "
        "22 admin roles, risk-based Conditional Access, 610 users) and Defender for Identity (5 sensors) are each "
        "detailed.",
        "Scan: 'Date: 15 April 2026' / 'التاريخ: 27 شوال 1447هـ'; signature and green company stamp.",
        g.cpor_ok(),
    )


def s499_041_jeddah_medical_copilot_only_planned() -> Bundle:
    cid = "4991041"
    cust = Org(
        "Jeddah Medical Supplies Co.",
        "JMS",
        "jeddahmedsupply.sa",
        "SA",
        "Jeddah 21442",
        "Industrial City Phase 3, Street 41",
        "#1565c0",
        "CR 4030199028",
    )
    cc = person(cust, "Hani Barakat", "IT Manager", "h.barakat")
    html = f"""
<h1>Project Acceptance – Microsoft 365 Apps</h1>
{
        kv(
            [
                ("Customer", escape(cust.name)),
                ("Contractor", escape(HIJAZ.name)),
                ("Reference", "HD-ACC-2026-019"),
                ("Period", "1 March – 30 April 2026"),
            ]
        )
    }
<h2>Delivered</h2>
{
        grid(
            ["Workload", "Work performed", "Scope"],
            [
                (
                    "Microsoft 365 Apps",
                    "Deployment of Microsoft 365 Apps for enterprise (monthly enterprise channel) "
                    "to 420 PCs through Intune, replacing Office 2016; Arabic and English language packs; shared "
                    "computer activation for 36 warehouse PCs",
                    "420 PCs",
                ),
            ],
            [22, 60, 18],
        )
    }
<h2>Next phase (not part of this acceptance)</h2>
{
        grid(
            ["Workload", "Plan", "Status"],
            [
                (
                    "Microsoft 365 Copilot",
                    "Readiness assessment and pilot for 20 sales and tender staff; licences to "
                    "be purchased after the assessment",
                    "Planned Q3 2026 – not started",
                ),
            ],
            [22, 56, 22],
        )
    }
<p>The customer accepts the delivered work listed under "Delivered".</p>
<p style="height:40pt">Customer signature:</p><p>Date:</p>
"""
    pdf = g.report_pdf(
        HIJAZ,
        html,
        meta("Project Acceptance HD-ACC-2026-019", HD_PM.name, T(2026, 5, 3, 10, 0, 3)),
        f"{cid}|acc",
        right="HD-ACC-2026-019",
        footer=f"{escape(HIJAZ.name)} · {escape(HIJAZ.reg)}",
    )
    signed = g.esign(
        pdf,
        cc,
        T(2026, 5, 4, 9, 40, 3),
        f"{cid}|ds",
        sig_anchor="Customer signature:",
        sig_dx=120,
        sig_dy=-4,
        date_anchor="Date:",
        date_text="04/05/2026",
        date_dx=40,
        vendor="docusign",
        sender=HD_PM,
        ip="188.48.23.161",
    )
    files = {"HD-ACC-2026-019_Completed.pdf": signed}
    claim = cpor(
        cid,
        HIJAZ,
        HD_PM,
        cust,
        cc,
        ["MICROSOFT 365 APPS", "MICROSOFT 365 COPILOT"],
        T(2026, 5, 20, 10, 0, 3),
        files,
    )
    return Bundle(
        f"{cid}_jeddah_medical_copilot_only_a_next_phase",
        claim,
        files,
        "action_required",
        "The DocuSign-signed acceptance (4 May 2026) fully supports MICROSOFT 365 APPS: 420 PCs through Intune with "
        "Arabic and English language packs and shared activation on 36 warehouse PCs. The claim also includes "
        "MICROSOFT 365 COPILOT, which the document lists only under 'Next phase (not part of this acceptance)': a "
        "readiness assessment 'Planned Q3 2026 – not started', licences not yet bought. No work connects to Copilot: "
        "remove it or provide POE for it.",
        "Table 'Next phase (not part of this acceptance)': 'Microsoft 365 Copilot … Planned Q3 2026 – not started'.",
        {
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "workload_match": "fail",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Sakura Bridge (Japan): 検収書 with era dates, Partner Activities
# --------------------------------------------------------------------------------------------------------------


def sakura_kenshu(
    jp_name: str,
    ref: str,
    jp_date: str,
    en_date: str,
    subject: str,
    items: Sequence[tuple[str, str, str]],
    period: str,
    signer: str,
    seed: str,
    when: dt.datetime,
) -> bytes:
    """A customer's acceptance certificate (検収書) on Sakura Bridge's bilingual form, seal box bottom right."""
    html = f"""
<h1 style="text-align:center;font-size:20pt">検 収 書<br/><span style="font-size:10pt">Certificate of Acceptance
</span></h1>
<p>株式会社サクラブリッジ 御中 / To: Sakura Bridge K.K.</p>
<p style="text-align:right">No. {escape(ref)}<br/>{jp_date}<br/>Date: {escape(en_date)}</p>
<p>件名 / Subject: {escape(subject)}</p>
<p>下記の作業について、検収いたしました。/ We have inspected and accepted the work below.</p>
{grid(["項目 / Item", "内容 / Details", "数量 / Qty"], items, [20, 62, 18])}
<p>作業期間 / Work period: {escape(period)}</p>
<table style="margin-top:26pt"><tr><td style="border:none;width:250pt"></td>
<td style="border:none;width:210pt"><p>{jp_name}</p><p>{signer}　　　　印</p></td></tr></table>
"""
    return g.html_pdf(
        html,
        meta(f"検収書 {ref}", SB_PM.name, when),
        seed,
        style=css("#333333", size=10),
    )


def s499_042_naniwa_gas_kiki_reiwa_date() -> Bundle:
    cid = "4991042"
    cust = Org(
        "Naniwa Gas Kiki K.K.",
        "Naniwa Gas Kiki",
        "naniwa-gaskiki.co.jp",
        "JP",
        "Higashiosaka, Osaka 577-0011",
        "3-9-14 Arakawa",
        "#00695c",
    )
    cc = person(cust, "Daisuke Mori", "IT Section Manager (情報システム課長)", "d.mori")
    jp = sakura_kenshu(
        "なにわガス機器株式会社",
        "SB-2026-031",
        "令和8年3月18日",
        "18 March 2026 (Reiwa 8)",
        "Exchange Online 移行および Defender for Office 365 導入 / Exchange Online migration and Defender for Office "
        "365",
        [
            (
                "Exchange Online",
                "オンプレミス Exchange 2016 からメールボックス 350 件を移行、サービス受付用共有メールボックス "
                "12 件 / 350 mailboxes migrated from Exchange 2016, 12 shared mailboxes for service dispatch",
                "362",
            ),
            (
                "Defender for Office 365",
                "安全なリンク・安全な添付ファイル、代理店 140 社を装うなりすまし対策、標的型攻撃訓練 2 回 / "
                "Safe Links and Attachments, impersonation protection against fake dealer e-mails (140 dealers), 2 "
                "phishing drills",
                "362",
            ),
        ],
        "2026年1月13日～2026年3月13日 / 13 January – 13 March 2026",
        "情報システム課長　森 大輔",
        f"{cid}|jp",
        T(2026, 3, 18, 10, 0, 9),
    )
    scan = g.scan_pdf(
        jp,
        [Ink("印", "seal", dx=-22, dy=-24, h=58, lines=("なにわ", "ガス機器"), cjk=True)],
        f"{cid}|scan",
        T(2026, 3, 18, 16, 10, 9),
        dpi=150,
        skew=0.3,
        gray=False,
    )
    files = {"検収書_SB-2026-031_なにわガス機器.pdf": scan}
    claim = cpor(
        cid,
        SAKURA,
        SB_PM,
        cust,
        cc,
        ["EXCHANGE ONLINE", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 4, 6, 10, 30, 9),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_naniwa_gas_kiki_kenshusho_reiwa_date",
        claim,
        files,
        "approve",
        "A Japanese acceptance certificate (検収書) on Sakura Bridge's bilingual form, sealed with the customer's red "
        "company seal (hanko – how Japanese companies sign) by the IT section manager. Its date is in the Japanese era "
        "calendar, 令和8年3月18日 (Reiwa 8 = 2026), with '18 March 2026' beside it – 19 days before submission. Every "
        "line has its English: 362 mailboxes migrated to Exchange Online, Defender for Office 365 with impersonation "
        "protection and two phishing drills.",
        "Scan: '令和8年3月18日 / Date: 18 March 2026', red seal 'なにわ ガス機器' on 印.",
        g.cpor_ok(),
    )


def s499_043_kobe_harbor_reiwa_7_too_old() -> Bundle:
    cid = "4991043"
    cust = Org(
        "Kobe Harbor Logistics K.K.",
        "Kobe Harbor Logistics",
        "kobeharbor-logi.co.jp",
        "JP",
        "Chuo-ku, Kobe 650-0042",
        "1-5 Hatoba-cho",
        "#1a237e",
    )
    cc = person(cust, "Yumi Fujita", "General Affairs Manager (総務課長)", "y.fujita")
    jp = sakura_kenshu(
        "神戸ハーバーロジスティクス株式会社",
        "SB-2025-007",
        "令和7年2月14日",
        "R7.2.14",
        "Microsoft Teams / SharePoint Online 導入 / rollout",
        [
            (
                "Microsoft Teams",
                "全社 480 名への展開、倉庫別チーム 18、シフト連絡チャネル / Rollout to 480 staff, 18 "
                "warehouse teams, shift channels",
                "480",
            ),
            (
                "SharePoint Online",
                "通関書類・品質記録のサイト 28、ファイルサーバー 900GB 移行 / 28 sites for customs "
                "and quality records, 900 GB file server migration",
                "28",
            ),
        ],
        "令和6年11月～令和7年2月 / R6.11 – R7.2",
        "総務課長　藤田 由美",
        f"{cid}|jp",
        T(2025, 2, 14, 10, 0, 9),
    )
    scan = g.scan_pdf(
        jp,
        [Ink("印", "seal", dx=-22, dy=-24, h=58, lines=("神戸ハーバー", "ロジ"), cjk=True)],
        f"{cid}|scan",
        T(2025, 2, 14, 17, 0, 9),
        dpi=150,
        skew=-0.4,
        gray=False,
    )
    files = {"検収書_SB-2025-007.pdf": scan}
    claim = cpor(cid, SAKURA, SB_PM, cust, cc, ["TEAMS", "SHAREPOINT ONLINE"], T(2026, 3, 19, 15, 0, 9), files)
    return Bundle(
        f"{cid}_kobe_harbor_kenshusho_reiwa_7_too_old",
        claim,
        files,
        "action_required",
        "The sealed 検収書 is dated 令和7年2月14日, written in the English line as 'R7.2.14' – Reiwa 7 is 2025, so the "
        "acknowledgement is of 14 February 2025, 13 months before submission on 2026-03-19 (the work period 'R6.11 – "
        "R7.2' confirms it). There is no recent acknowledgement confirming active engagement, so the 12-month rule is "
        "not met; the partner must provide a recent customer confirmation. The content (480 Teams users, 28 "
        "SharePoint sites) is detailed.",
        "Scan: '令和7年2月14日 / Date: R7.2.14', seal '神戸ハーバー ロジ'.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s499_044_sakai_chemical_assessment_in_time() -> Bundle:
    cid = "4991044"
    cust = Org(
        "Sakai Chemical Works K.K.",
        "Sakai Chemical",
        "sakai-chem.co.jp",
        "JP",
        "Sakai-ku, Sakai, Osaka 590-0985",
        "2-3 Ebisujima-cho",
        "#4e342e",
    )
    cc = person(cust, "Takuya Ishikawa", "Information Security Manager", "t.ishikawa")
    eng = g.engagement("SEC-TPE-ASSESS-VAR", "Threat Protection Engagement", "assessment", "variable", 4000.0)
    consent, submitted = D(2026, 4, 6), T(2026, 5, 31, 18, 0, 9)
    report = findings(
        SAKURA,
        "Threat Protection Engagement – Findings and Recommendations",
        [
            ("Customer", cust.name),
            ("Engagement period", "20 April – 22 May 2026"),
            ("Participants", "6 – information security, plant IT, OT engineering"),
            ("MCI claim", cid),
        ],
        [
            (
                "Threat exploration (Defender XDR trial, 3 weeks)",
                grid(
                    ["Finding", "Count", "Severity"],
                    [
                        ("Phishing e-mails impersonating a chemical supplier", "41", "High"),
                        ("Devices without disk encryption (plant offices)", "63", "Medium"),
                        ("Legacy authentication sign-ins (SMTP AUTH, POP)", "1,220", "High"),
                        ("Unsanctioned cloud storage apps in use", "14", "Medium"),
                    ],
                    [60, 16, 24],
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Block legacy authentication after moving 3 scanners to OAuth (June 2026).",
                        "Defender for Office 365 impersonation protection for the 9 raw-material suppliers.",
                        "Onboard the 63 plant-office PCs to Defender for Endpoint; keep OT network isolated.",
                    ]
                ),
            ),
        ],
        T(2026, 5, 25, 17, 0, 9),
        SB_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        SAKURA,
        SB_PM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"TPE_Findings_Sakai_Chemical.pdf": report},
        amount=4000.0,
        inv_no="SB-INV-2026-0058",
        inv_day=D(2026, 5, 27),
        activities="Three-week threat exploration with Defender XDR and a results workshop",
        outcome="Legacy auth block planned, 63 PCs to onboard, supplier impersonation protection",
        participants="6",
        invoice_kw={"date_style": "iso"},
    )
    return Bundle(
        f"{cid}_sakai_chemical_assessment_within_60_days",
        claim,
        files,
        "approve",
        f"Assessment-type engagement (Threat Protection Engagement, variable payout USD 4,000): consent 2026-04-06, "
        f"submitted 2026-05-31 – {days(consent, submitted)} days, inside the 60-day assessment deadline. Findings "
        "specific to this customer (41 supplier-impersonation phishing e-mails, 1,220 legacy-auth sign-ins, 63 "
        "unencrypted plant PCs), invoice with claim ID and USD 4,000.00, both surveys signed.",
        "consent_date 2026-04-06, activity_type assessment, submitted 2026-05-31 (day 55).",
        g.pa_ok(),
    )


def s499_045_setsu_foods_large_after_260_days() -> Bundle:
    cid = "4991045"
    cust = Org(
        "Setsu Foods K.K.",
        "Setsu Foods",
        "setsufoods.co.jp",
        "JP",
        "Amagasaki, Hyogo 660-0095",
        "1-12 Daimotsu-cho",
        "#ef6c00",
    )
    cc = person(cust, "Hiroshi Yamada", "Data Platform Lead", "h.yamada")
    eng = g.engagement("AZ-INNOVATE-ANALYTICS-L", "Azure Innovate PL: Analytics Deployment (Large)", "large", "fixed")
    consent, submitted = D(2025, 7, 14), T(2026, 4, 17, 11, 0, 9)
    report = findings(
        SAKURA,
        "Analytics Deployment – Delivery Report",
        [
            ("Customer", cust.name),
            ("Production date", "2 March 2026"),
            ("Platform", "Microsoft Fabric (F64), Azure Data Factory, Power BI"),
            ("MCI claim", cid),
        ],
        [
            (
                "Delivered",
                ul(
                    [
                        "Lakehouse for production, quality and sales data of 4 plants (Amagasaki, Kakogawa, Nara, "
                        "Shiga); 86 source tables from the MES and SAP.",
                        "Yield and waste dashboards for 140 plant managers; daily refresh at 05:00 JST.",
                        "Estimated Azure consumption: USD 210,000 per year.",
                    ]
                ),
            ),
        ],
        T(2026, 3, 30, 12, 0, 9),
        SB_PM.name,
        f"{cid}|rep",
        right="Delivery Report",
    )
    files, claim = pa_claim(
        cid,
        SAKURA,
        SB_PM,
        cust,
        cc,
        area="Azure",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Analytics_Delivery_Report_Setsu_Foods.pdf": report},
        amount=30000.0,
        inv_no="SB-INV-2026-0037",
        inv_day=D(2026, 4, 10),
        activities="Fabric lakehouse and Power BI dashboards for four plants, production from 2 March 2026",
        outcome="Analytics platform in production",
        participants="12",
        invoice_kw={"date_style": "iso"},
    )
    return Bundle(
        f"{cid}_setsu_foods_large_project_after_260_days",
        claim,
        files,
        "reject",
        f"Large project (Azure Innovate analytics deployment): consent on 2025-07-14, first submitted on 2026-04-17 – "
        f"{days(consent, submitted)} days later. Large, XL and XXL projects expire if not submitted within 260 days "
        "of customer consent, and an expired claim cannot be reactivated, whatever the delivery report shows.",
        "consent_date 2025-07-14, activity_type large, submitted 2026-04-17 (day 277 > 260).",
        {"submission_window": "fail", "attestations": "pass", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Lanna Cloud (Thailand): a clean claim submitted twice, a service-desk auto-acknowledgement
# --------------------------------------------------------------------------------------------------------------


def lanna_handover(
    cust: Org, th_name: str, ref: str, day: dt.date, rows: Sequence[tuple[str, str, str]], seed: str
) -> bytes:
    html = f"""
<h1>รายงานส่งมอบงาน<br/><span style="font-size:13pt">Handover Report</span></h1>
{
        kv(
            [
                ("ลูกค้า / Customer", f"{escape(th_name)}<br/>{escape(cust.name)}"),
                ("เลขที่ / Reference", ref),
                ("วันที่ / Date", g.fdate(day, "gb_long")),
                ("ผู้ส่งมอบ / Delivered by", f"{escape(LANNA.name)} · {escape(LANNA.reg)}"),
            ]
        )
    }
<h2>ขอบเขตงาน / Scope delivered</h2>
{grid(["Workload", "รายละเอียด / Details", "จำนวน / Volume"], rows, [20, 62, 18])}
"""
    return g.report_pdf(
        LANNA,
        html,
        meta(f"Handover Report {ref}", LN_PM.name, T(day.year, day.month, day.day, 15, 0, 7)),
        seed,
        right=f"Handover Report · {ref}",
        footer=f"{escape(LANNA.name)} · {escape(LANNA.address)}",
    )


DOI_SAKET = Org(
    "Doi Saket Coffee Roasters Co., Ltd.",
    "Doi Saket Coffee",
    "doisaketcoffee.co.th",
    "TH",
    "Doi Saket, Chiang Mai 50220",
    "199 Moo 3, Chiang Mai–Chiang Rai Road",
    "#6d4c41",
    "Tax ID 0505559002184",
)
DOI_SAKET_MD = person(DOI_SAKET, "Kanokwan Inthachai", "Managing Director", "kanokwan")


def doi_saket_files() -> dict[str, bytes]:
    def make() -> dict[str, bytes]:
        report = lanna_handover(
            DOI_SAKET,
            "บริษัท ดอยสะเก็ด คอฟฟี่ โรสเตอร์ส จำกัด",
            "LNC-HO-2026-012",
            D(2026, 4, 24),
            [
                (
                    "Exchange Online",
                    "ย้ายอีเมลจากโฮสติ้งเดิม 74 กล่อง / 74 mailboxes moved from the old hosting "
                    "provider; shared mailboxes for export orders and café wholesale",
                    "74 + 4",
                ),
                (
                    "Microsoft Teams",
                    "ทีมสำหรับโรงคั่ว ร้านกาแฟ 6 สาขา และฝ่ายส่งออก / teams for the roastery, 6 "
                    "cafés and export; Teams on café tablets for stock requests",
                    "74 users",
                ),
                (
                    "SharePoint Online",
                    "เอกสารรับรองมาตรฐานอินทรีย์และ Fair Trade / organic and Fair Trade "
                    "certification records; green-bean lot sheets (120 GB)",
                    "9 sites",
                ),
            ],
            "4991046|rep",
        )
        csp = g.html_pdf(
            """<p style="font-size:14pt"><b>Siam Distribution Co., Ltd.</b></p><p class="small">Microsoft CSP indirect
reseller · Bangkok</p><h1>TAX INVOICE INV-2026-00418</h1>"""
            + kv(
                [
                    ("Customer", "Doi Saket Coffee Roasters Co., Ltd."),
                    ("Date", "2 March 2026"),
                    ("Reseller of record", "Lanna Cloud Co., Ltd."),
                ]
            )
            + grid(
                ["Item", "Qty", "Amount (THB)"],
                [
                    ("Microsoft 365 Business Standard (annual)", "74", "THB 339,216.00"),
                    ("Exchange Online Plan 1 (shared / café)", "4", "THB 6,912.00"),
                ],
                [60, 10, 30],
            )
            + "<p>VAT 7%: THB 24,228.96 · Total: THB 370,356.96</p>",
            meta("INV-2026-00418", "Siam Distribution", T(2026, 3, 2, 9, 0, 7)),
            "4991046|csp",
            style=css("#37474f"),
        )
        m1 = Mail(
            LN_PM,
            [DOI_SAKET_MD],
            "Handover – Doi Saket Coffee Microsoft 365",
            T(2026, 4, 24, 16, 0, 7),
            "Dear Khun Kanokwan,\n\nPlease find our handover report LNC-HO-2026-012 attached. Could you confirm "
            "acceptance?\n\nBest regards,\nSiriporn\n\n" + g.footer_block(LN_PM),
            attachments=[("LNC-HO-2026-012.pdf", report)],
        )
        m2 = Mail(
            DOI_SAKET_MD,
            [LN_PM],
            "RE: Handover – Doi Saket Coffee Microsoft 365",
            T(2026, 4, 27, 10, 20, 7),
            "สวัสดีค่ะ Khun Siriporn,\n\nDoi Saket Coffee accepts the Microsoft 365 project in LNC-HO-2026-012: all 74 "
            "mailboxes are on Exchange Online, the roastery, the six cafés and export work in Teams, and our organic "
            "and Fair Trade records are in SharePoint in time for the June audit. Thank you to the Lanna team.\n\n"
            "ขอบคุณค่ะ\n" + sig_lines(DOI_SAKET_MD),
            quoted=m1,
        )
        return {
            "RE_ Handover – Doi Saket Coffee Microsoft 365.msg": g.msg_file(m2),
            "LNC-HO-2026-012_Handover_Report.pdf": report,
            "CSP_Invoice_SiamDist_INV-2026-00418.pdf": csp,
        }

    return cached("doi_saket", make)  # type: ignore[no-any-return]


def doi_saket_claim(cid: str, submitted: dt.datetime, comments: Sequence[tuple[str, dt.datetime, str]] = ()) -> Any:
    files = doi_saket_files()
    return files, cpor(
        cid,
        LANNA,
        LN_PM,
        DOI_SAKET,
        DOI_SAKET_MD,
        ["EXCHANGE ONLINE", "TEAMS", "SHAREPOINT ONLINE"],
        submitted,
        files,
        roles={"CSP_Invoice_SiamDist_INV-2026-00418.pdf": "supporting"},
        comments=comments,
    )


def s499_046_doi_saket_coffee_with_reseller_invoice() -> Bundle:
    cid = "4991046"
    files, claim = doi_saket_claim(cid, T(2026, 5, 14, 9, 30, 7))
    return Bundle(
        f"{cid}_doi_saket_coffee_acceptance_and_reseller_invoice",
        claim,
        dict(files),
        "approve",
        "The managing director accepts the Microsoft 365 project by e-mail from doisaketcoffee.co.th on 27 April 2026 "
        "(Thai greeting, English body) with the specifics of all three workloads: 74 mailboxes on Exchange Online, "
        "Teams for the roastery, six cafés and export, SharePoint for organic and Fair Trade records. Lanna's "
        "bilingual handover report backs it. The CSP reseller's licence invoice is uploaded as supporting: a "
        "licensing document never counts as POE, but it does not spoil the valid POE beside it. Claim 4991047 is this "
        "same claim submitted again two days later: this one is the original.",
        "Reply from kanokwan@doisaketcoffee.co.th: 'Doi Saket Coffee accepts the Microsoft 365 project in "
        "LNC-HO-2026-012'.",
        g.cpor_ok(email_ack=True),
    )


def s499_047_doi_saket_coffee_submitted_twice() -> Bundle:
    cid = "4991047"
    files, claim = doi_saket_claim(
        cid,
        T(2026, 5, 16, 14, 5, 7),
        comments=[
            (
                "partner",
                T(2026, 5, 16, 14, 4, 7),
                "Resubmitting Doi Saket Coffee – the first claim has not moved from Submitted.",
            )
        ],
    )
    return Bundle(
        f"{cid}_doi_saket_coffee_same_claim_submitted_twice",
        claim,
        dict(files),
        "reject",
        "The same partner claims the same customer and the same three workloads again, two days after 4991046, with "
        "byte-identical files (acceptance e-mail, handover report, reseller invoice) and a comment saying it is a "
        "resubmission because the first claim 'has not moved'. Only one partner association per workload exists; a "
        "duplicate adds nothing and is closed, while 4991046 – the original – is reviewed on its merits.",
        "All three files identical to 4991046; partner comment 'Resubmitting Doi Saket Coffee – the first "
        "claim has not "
        "moved from Submitted.'",
        {
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "fail",
        },
        container="zip",
    )


def s499_048_lampang_ceramics_service_desk_auto_reply() -> Bundle:
    cid = "4991048"
    cust = Org(
        "Lampang Ceramics Co., Ltd.",
        "Lampang Ceramics",
        "lampangceramics.co.th",
        "TH",
        "Mueang Lampang 52100",
        "88 Moo 9, Phahonyothin Road",
        "#ad1457",
        "Tax ID 0525538000417",
    )
    cc = person(cust, "Anucha Saelee", "IT Supervisor", "anucha.s")
    desk = Person("IT Service Desk", "servicedesk@lampangceramics.co.th", "Service Desk", cust)
    report = lanna_handover(
        cust,
        "บริษัท ลำปางเซรามิก จำกัด",
        "LNC-HO-2026-019",
        D(2026, 6, 5),
        [
            (
                "Microsoft Intune",
                "Autopilot สำหรับ 60 เครื่องใหม่ และลงทะเบียน 190 เครื่องเดิม / Autopilot for 60 new "
                "PCs, enrolment of 190 existing PCs; kiosk mode on 24 kiln-control tablets",
                "274",
            ),
            (
                "Defender for Endpoint",
                "ติดตั้งบน 274 เครื่อง และ 9 เซิร์ฟเวอร์ / onboarding of 274 devices and 9 servers; ASR in block mode",
                "283",
            ),
        ],
        f"{cid}|rep",
    )
    m1 = Mail(
        LN_PM,
        [desk],
        "Handover LNC-HO-2026-019 – please forward to Khun Anucha for acceptance",
        T(2026, 6, 5, 15, 30, 7),
        "Dear Service Desk,\n\nKhun Anucha asked us to send the handover report through the service desk. Please pass "
        "it to him for acceptance of the Intune and Defender project.\n\nBest regards,\nSiriporn\n\n"
        + g.footer_block(LN_PM),
        attachments=[("LNC-HO-2026-019.pdf", report)],
    )
    m2 = Mail(
        desk,
        [LN_PM],
        "[INC0048213] RE: Handover LNC-HO-2026-019 – please forward to Khun Anucha for acceptance",
        T(2026, 6, 5, 15, 31, 7),
        "This is an automated response. Your request has been received and logged as INC0048213 (category: General "
        "enquiry, priority: P4). An agent will contact you within 3 business days.\n\nPlease do not reply to this "
        "message.\n\nLampang Ceramics IT Service Desk",
        quoted=m1,
        auto_reply=True,
        mailer="ServiceNow",
    )
    files = {
        "INC0048213 RE_ Handover LNC-HO-2026-019.msg": g.msg_file(m2),
        "LNC-HO-2026-019_Handover_Report.pdf": report,
    }
    claim = cpor(
        cid,
        LANNA,
        LN_PM,
        cust,
        cc,
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 6, 19, 10, 0, 7),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_lampang_ceramics_service_desk_auto_reply",
        claim,
        files,
        "action_required",
        "The only message from the customer's domain is the IT service desk's automated ticket acknowledgement "
        "('Your request has been received and logged as INC0048213 … Please do not reply'), sent one minute after "
        "the partner's request. An auto-reply from a ticketing system is not a person at the customer accepting the "
        "work; nobody at Lampang Ceramics says anything about the delivery. The handover report (274 devices in "
        "Intune, 283 in Defender) is partner-only.",
        "servicedesk@lampangceramics.co.th: automated response 'logged as INC0048213', Auto-Submitted: auto-replied.",
        {
            "customer_acknowledgement": "fail",
            "customer_domain": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Prairie Ridge Technology Group (US public sector) and Caribe Nube (Puerto Rico): completion reports and the
# standard public-sector disclosure
# --------------------------------------------------------------------------------------------------------------


def prairie_report(
    cust: Org,
    ref: str,
    day: dt.date,
    overview: str,
    scope: Sequence[tuple[str, str, str]],
    timeline: Sequence[tuple[str, str]],
    signer: Person,
    seed: str,
    *,
    author: str = "Kelsey Lindgren",
) -> bytes:
    """Prairie Ridge's Project Completion Report (one layout for all its customers), sign-off on page 2."""
    page1 = f"""
<h1>Project Completion Report</h1>
{
        kv(
            [
                ("Customer", escape(cust.name)),
                ("Project", ref),
                ("Report date", g.fdate(day, "us_long")),
                ("Prepared by", f"{escape(PRAIRIE.name)}, {escape(PRAIRIE.address)}"),
            ]
        )
    }
<h2>1. Overview</h2><p>{overview}</p>
<h2>2. Scope and outcomes</h2>{grid(["Workload", "What we delivered", "Scale"], scope, [20, 62, 18])}
"""
    page2 = f"""
<h2>3. Timeline</h2>{grid(["Milestone", "Date"], timeline, [70, 30])}
<h2>4. Customer sign-off</h2>
<p>By signing, {escape(cust.name)} confirms that Prairie Ridge Technology Group completed the work in section 2.</p>
""" + g.signoff(
        "lines",
        [Party("Customer", cust.name, signer.name, signer.title), Party("Partner", PRAIRIE.name, author, PR_PM.title)],
        heading="",
    )
    return g.report_pdf(
        PRAIRIE,
        [page1, page2],
        meta(f"{cust.short} Project Completion Report", author, T(day.year, day.month, day.day, 15, 0, -5)),
        seed,
        right=f"Project Completion Report · {ref}",
        footer="Prairie Ridge Technology Group LLC · 1625 Farnam St, Suite 700, Omaha NE · Confidential",
        size=g.LETTER,
    )


def prairie_inks(signer: Person, date_text: str, partner_date: str = "") -> list[Ink]:
    return [
        Ink(signer.name, "sig", signer.name, dx=6, dy=-36, h=30),
        Ink("Date: ____", "hand", date_text, dx=30, dy=-6, h=13, occurrence=0),
        Ink(PR_PM.name, "sig", PR_PM.name, dx=6, dy=-36, h=30, color=g.INK_BLACK),
        Ink("Date: ____", "hand", partner_date or date_text, dx=30, dy=-6, h=13, occurrence=1, color=g.INK_BLACK),
    ]


def s499_049_platte_valley_schools_docusign_disclosure() -> Bundle:
    cid = "4991049"
    cust = Org(
        "Platte Valley Public Schools",
        "Platte Valley Schools",
        "plattevalleyschools.org",
        "US",
        "Columbus, NE 68601",
        "2508 27th Street",
        "#283593",
    )
    cc = person(cust, "Jenna Hruska", "Director of Technology", "jhruska")
    supt = person(cust, "Dr. Mark Vosberg", "Superintendent", "mvosberg")
    report = prairie_report(
        cust,
        "PRT-2026-004",
        D(2026, 2, 27),
        "Prairie Ridge brought the district's Windows laptops under Microsoft Intune and set up Microsoft Teams for "
        "classes and staff across 7 schools, replacing an on-premises imaging server and a third-party video tool.",
        [
            (
                "Intune",
                "Autopilot for 1,450 student laptops (grades 6–12) and 310 staff laptops; shared-device "
                "policies for 180 library and lab PCs; app deployment for state testing",
                "1,940 devices",
            ),
            (
                "Teams",
                "620 class teams provisioned from the student information system; staff teams per building; "
                "meeting policies for students (no private chats, no external access)",
                "4,100 students, 380 staff",
            ),
        ],
        [
            ("Kick-off", "11/03/2025"),
            ("Autopilot pilot (Lakeview Middle School)", "12/08/2025"),
            ("Rollout to 7 schools", "01/05/2026 – 02/13/2026"),
            ("Handover to district IT", "02/27/2026"),
        ],
        cc,
        f"{cid}|rep",
    )
    psd = psd_pdf(
        PRAIRIE,
        cust,
        "Microsoft Intune and Teams usage – CPOR",
        "the applicable usage incentive",
        D(2026, 2, 9),
        f"{cid}|psd",
    )
    psd = typed(psd, [("Name", 0, supt.name), ("Title", 0, supt.title), ("Date", 1, "2/11/2026")], f"{cid}|psdf")
    psd = g.esign(
        psd,
        supt,
        T(2026, 2, 11, 14, 22, -6),
        f"{cid}|psdenv",
        sig_anchor="Signature",
        sig_dx=150,
        sig_dy=6,
        vendor="docusign",
        certificate=True,
        sender=PR_PM,
        ip="204.234.18.90",
    )
    m1 = Mail(
        PR_PM,
        [cc],
        "Platte Valley – Project Completion Report PRT-2026-004",
        T(2026, 3, 2, 16, 10, -6),
        "Hi Jenna,\n\nAttached is the completion report for the Intune and Teams project. Could you confirm the "
        "district's acceptance by reply?\n\nThanks,\nKelsey\n\n" + g.footer_block(PR_PM),
        attachments=[("PRT-2026-004.pdf", report)],
    )
    m2 = Mail(
        cc,
        [PR_PM],
        "RE: Platte Valley – Project Completion Report PRT-2026-004",
        T(2026, 3, 4, 7, 48, -6),
        "Kelsey,\n\nPlatte Valley Public Schools accepts the Intune and Teams work in PRT-2026-004. All 1,450 student "
        "laptops and the staff devices came through Autopilot before the spring testing window, and the 620 class "
        "teams synced from PowerSchool without a single manual fix.\n\nJenna\n\n" + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "PRT-2026-004 Completion Report.pdf": report,
        "RE_ Platte Valley – Project Completion Report PRT-2026-004.msg": g.msg_file(m2),
        "Public Sector Disclosure - Platte Valley Public Schools (DocuSign).pdf": psd,
    }
    claim = cpor(
        cid,
        PRAIRIE,
        PR_PM,
        cust,
        cc,
        ["INTUNE", "TEAMS"],
        T(2026, 3, 25, 10, 0, -5),
        files,
        segment="public_sector",
        roles={"Public Sector Disclosure - Platte Valley Public Schools (DocuSign).pdf": "public_sector_disclosure"},
    )
    return Bundle(
        f"{cid}_platte_valley_schools_docusign_disclosure",
        claim,
        files,
        "approve",
        "US school district (education = public sector), Modern Work and Security usage: the written public-sector "
        "fee disclosure is acknowledged by the superintendent through DocuSign (2/11/2026, certificate of completion "
        "attached), and the director of technology accepts the Intune and Teams work by e-mail from "
        "plattevalleyschools.org on 4 March 2026, with the numbers (1,450 student laptops, 620 class teams). The "
        "disclosure wording is the standard text shared by every public-sector claim, and the report layout is "
        "Prairie Ridge's: both boilerplate.",
        "DocuSign disclosure 'Customer: Platte Valley Public Schools' signed by Dr. Mark Vosberg; reply 'Platte Valley "
        "Public Schools accepts the Intune and Teams work in PRT-2026-004'.",
        g.cpor_ok(email_ack=True, ps=True),
    )


def s499_050_prairie_bend_city_wet_ink_disclosure() -> Bundle:
    cid = "4991050"
    cust = Org(
        "City of Prairie Bend, Nebraska",
        "City of Prairie Bend",
        "prairiebendne.gov",
        "US",
        "Prairie Bend, NE 68847",
        "400 W Railroad Street",
        "#1b5e20",
    )
    cc = person(cust, "Luis Ortega", "IT Manager", "lortega")
    admin = person(cust, "Karen Dvorak", "City Administrator", "kdvorak")
    report = prairie_report(
        cust,
        "PRT-2026-011",
        D(2026, 5, 18),
        "Prairie Ridge replaced the city's legacy antivirus and e-mail gateway with Microsoft Defender for Endpoint "
        "and Defender for Office 365 after a ransomware scare at the utility billing office in January 2026.",
        [
            (
                "Defender for Endpoint",
                "Onboarding of 240 devices and 16 servers (city hall, police, utilities, "
                "library); ASR rules in block mode; isolation playbook agreed with the police department",
                "256 devices",
            ),
            (
                "Defender for Office 365",
                "Safe Links, Safe Attachments, impersonation protection for the finance "
                "department and the city administrator; quarterly attack simulation",
                "265 mailboxes",
            ),
        ],
        [
            ("Kick-off", "03/02/2026"),
            ("Pilot – utility billing office", "03/16/2026"),
            ("Rollout all departments", "03/30/2026 – 05/08/2026"),
            ("Handover", "05/18/2026"),
        ],
        cc,
        f"{cid}|rep",
    )
    signed = g.with_scanned_pages(
        report,
        [1],
        prairie_inks(cc, "5/20/2026"),
        f"{cid}|scan",
        T(2026, 5, 20, 11, 30, -5),
        meta("City of Prairie Bend – Completion Report (signed)", PR_SEC.name, T(2026, 5, 21, 9, 0, -5)),
        dpi=150,
        skew=0.5,
    )
    psd = g.scan_pdf(
        psd_pdf(
            PRAIRIE,
            cust,
            "Microsoft Defender usage – CPOR",
            "the applicable Security usage incentive",
            D(2026, 5, 18),
            f"{cid}|psd",
        ),
        psd_inks(admin.name, admin.title, "5/22/2026", seal=("CITY OF PRAIRIE BEND", "NEBRASKA")),
        f"{cid}|psds",
        T(2026, 5, 22, 15, 0, -5),
        dpi=150,
        skew=-0.3,
    )
    files = {
        "PRT-2026-011 Completion Report - signed.pdf": signed,
        "PSD City of Prairie Bend signed.pdf": psd,
    }
    claim = cpor(
        cid,
        PRAIRIE,
        PR_SEC,
        cust,
        cc,
        ["MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR OFFICE"],
        T(2026, 6, 11, 10, 0, -5),
        files,
        area="Security",
        segment="public_sector",
        roles={"PSD City of Prairie Bend signed.pdf": "public_sector_disclosure"},
    )
    return Bundle(
        f"{cid}_prairie_bend_city_wet_ink_disclosure",
        claim,
        files,
        "approve",
        "US city government, Security usage: the completion report's sign-off page was signed in ink by the city's IT "
        "manager on 5/20/2026 (US month-first; the report prints 03/02/2026 – 05/18/2026 milestones) and scanned back "
        "into the report, and the standard public-sector disclosure is signed by the City Administrator with the city "
        "seal on 5/22/2026. Defender for Endpoint on 256 devices and Defender for Office 365 for 265 mailboxes, "
        "detailed. Disclosure wording and report layout are boilerplate.",
        "Scanned sign-off page with Luis Ortega's signature '5/20/2026'; PSD signed by Karen Dvorak, City "
        "Administrator, seal 'CITY OF PRAIRIE BEND'.",
        g.cpor_ok(ps=True),
    )


def s499_051_elkhorn_bluffs_health_no_disclosure() -> Bundle:
    cid = "4991051"
    cust = Org(
        "Elkhorn Bluffs Public Health District",
        "Elkhorn Bluffs Health",
        "elkhornbluffshealth.org",
        "US",
        "Norfolk, NE 68701",
        "1401 Riverside Blvd",
        "#00897b",
    )
    cc = person(cust, "Dana Schroeder", "IT Coordinator", "dschroeder")
    report = prairie_report(
        cust,
        "PRT-2026-013",
        D(2026, 6, 12),
        "Prairie Ridge moved the health district's laptops and tablets, used by nurses in the field, to Microsoft "
        "Intune and onboarded them to Defender for Endpoint, so that lost devices with patient data can be wiped.",
        [
            (
                "Intune",
                "Autopilot for 85 laptops; 60 iPads for home-visit nurses with app protection for the EHR app; "
                "remote wipe procedure",
                "145 devices",
            ),
            (
                "Defender for Endpoint",
                "Onboarding of 145 devices and 4 servers; web content filtering; alerts to the IT coordinator's phone",
                "149 devices",
            ),
        ],
        [("Kick-off", "04/06/2026"), ("Rollout", "04/20/2026 – 06/05/2026"), ("Handover", "06/12/2026")],
        cc,
        f"{cid}|rep",
    )
    signed = g.with_scanned_pages(
        report,
        [1],
        prairie_inks(cc, "6/15/2026"),
        f"{cid}|scan",
        T(2026, 6, 15, 13, 0, -5),
        meta("Elkhorn Bluffs – Completion Report (signed)", PR_SEC.name, T(2026, 6, 16, 9, 0, -5)),
        dpi=150,
        skew=0.4,
    )
    files = {"PRT-2026-013 Completion Report - signed.pdf": signed}
    claim = cpor(
        cid,
        PRAIRIE,
        PR_SEC,
        cust,
        cc,
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 7, 1, 10, 0, -5),
        files,
        area="Security",
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_elkhorn_bluffs_health_no_disclosure",
        claim,
        files,
        "action_required",
        "A US public health district (government healthcare = public sector) on a Security usage claim. The completion "
        "report is signed by the district's IT coordinator (6/15/2026) and detailed (145 devices in Intune, 149 in "
        "Defender for Endpoint), but there is no written fee disclosure acknowledged by the customer – for US "
        "public-sector customers the partner claiming as CPOR must disclose its potential Microsoft compensation in "
        "writing and have the customer acknowledge it. The partner must upload the acknowledged disclosure.",
        "Only file: the signed completion report; no public_sector_disclosure document; segment public_sector, "
        "country US.",
        {
            "public_sector": "fail",
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s499_052_sandhills_cattle_customer_moved_on() -> Bundle:
    cid = "4991052"
    cust = Org(
        "Sandhills Cattle Feeders Inc.",
        "Sandhills Cattle",
        "sandhillscattle.com",
        "US",
        "Broken Bow, NE 68822",
        "44750 Highway 2",
        "#795548",
    )
    cc = person(cust, "Ron Petersen", "Controller", "rpetersen")
    sow = g.report_pdf(
        PRAIRIE,
        f"""<h1>Statement of Work – Teams Phone</h1>
{kv([("Customer", escape(cust.name)), ("SOW no.", "PRT-SOW-2024-022"), ("Date", "August 12, 2024")])}
<h2>Scope</h2>
{
            ul(
                [
                    "Teams Phone with Operator Connect for 48 users at the feedlot office and the Broken Bow office",
                    "2 auto attendants (main line, cattle buyers) and 1 call queue for the scale house",
                    "Number porting from the local telephone company",
                    "Training for office staff",
                ]
            )
        }
<h2>Schedule</h2><p>September – October 2024.</p>
<h2>Acceptance</h2>"""
        + g.signoff("lines", [Party("Customer", cust.name, cc.name, cc.title)], heading=""),
        meta("SOW PRT-SOW-2024-022", PR_PM.name, T(2024, 8, 12, 10, 0, -5)),
        f"{cid}|sow",
        right="Statement of Work",
        size=g.LETTER,
    )
    sow = g.scan_pdf(
        sow,
        [Ink(cc.name, "sig", cc.name, dx=6, dy=-36, h=30), Ink("Date: ____", "hand", "8/14/2024", dx=30, dy=-6, h=13)],
        f"{cid}|sows",
        T(2024, 8, 14, 11, 0, -5),
        dpi=150,
    )
    m1 = Mail(
        PR_PM,
        [cc],
        "Sandhills Cattle – Teams Phone check-in",
        T(2026, 4, 20, 9, 30, -5),
        "Hi Ron,\n\nChecking in on the Teams Phone setup – anything you need from us this quarter? We'd also like to "
        "register as your Microsoft partner for Teams Phone.\n\nKelsey\n\n" + g.footer_block(PR_PM),
    )
    m2 = Mail(
        cc,
        [PR_PM],
        "RE: Sandhills Cattle – Teams Phone check-in",
        T(2026, 4, 21, 16, 5, -5),
        "Kelsey,\n\nThanks for reaching out. As I mentioned at the stock show, we moved our phones and Teams support "
        "to Heartland Voice & Data in January when they took over our IT contract; they added the third site and the "
        "scale-house phones. We have nothing open with Prairie Ridge at the moment.\n\nRon\n\n" + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "PRT-SOW-2024-022 signed.pdf": sow,
        "RE_ Sandhills Cattle – Teams Phone check-in.msg": g.msg_file(m2),
    }
    claim = cpor(cid, PRAIRIE, PR_PM, cust, cc, ["TEAMS PHONE ENABLED USERS"], T(2026, 5, 4, 10, 0, -5), files)
    return Bundle(
        f"{cid}_sandhills_cattle_customer_moved_to_another_partner",
        claim,
        files,
        "reject",
        "The signed SOW dates from August 2024 (more than 12 months before submission on 2026-05-04), and the only "
        "recent customer message does the opposite of confirming active engagement: the controller writes on 21 April "
        "2026 that the company moved its phones and Teams support to another partner in January and has 'nothing "
        "open with Prairie Ridge'. The customer's own statement defeats the claim; no further POE from this partner "
        "can show it currently drives the workload. UNSURE: a reviewer could return it as action_required for a "
        "recent acknowledgement, though the customer has already said there is none.",
        "SOW signed 8/14/2024; reply from rpetersen@sandhillscattle.com: 'we moved our phones and Teams support to "
        "Heartland Voice & Data in January … nothing open with Prairie Ridge'.",
        {
            "acknowledgement_date": "fail",
            "customer_acknowledgement": ["fail", "warn"],
            "customer_domain": "pass",
            "reused_evidence": "pass",
        },
    )


def s499_053_dawson_valley_county_dynamics_no_disclosure_needed() -> Bundle:
    cid = "4991053"
    cust = Org(
        "Dawson Valley County, Nebraska",
        "Dawson Valley County",
        "dawsonvalleycounty.gov",
        "US",
        "Lexington, NE 68850",
        "700 N Washington St",
        "#4e342e",
    )
    cc = person(cust, "Brenda Kuhlman", "County Clerk and IT Director", "bkuhlman")
    report = prairie_report(
        cust,
        "PRT-2026-009",
        D(2026, 4, 17),
        "Prairie Ridge implemented Dynamics 365 Customer Service as the county's citizen request system (road "
        "maintenance, weeds, permits), replacing a shared mailbox and a spreadsheet.",
        [
            (
                "Dynamics 365 Customer Service",
                "Case types for 14 request categories; routing to roads, weed control "
                "and zoning; SLA of 5 business days; citizen portal form; knowledge articles for the front desk",
                "22 agents",
            ),
        ],
        [("Kick-off", "01/12/2026"), ("Go-live", "03/30/2026"), ("Hypercare end", "04/17/2026")],
        cc,
        f"{cid}|rep",
    )
    signed = g.with_scanned_pages(
        report,
        [1],
        prairie_inks(cc, "4/21/2026"),
        f"{cid}|scan",
        T(2026, 4, 21, 10, 0, -5),
        meta("Dawson Valley County – Completion Report (signed)", PR_PM.name, T(2026, 4, 22, 9, 0, -5)),
        dpi=150,
        skew=0.3,
    )
    files = {"PRT-2026-009 Completion Report - signed.pdf": signed}
    claim = cpor(
        cid,
        PRAIRIE,
        PR_PM,
        cust,
        cc,
        ["DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE"],
        T(2026, 5, 12, 10, 0, -5),
        files,
        area="Business Applications",
        segment="public_sector",
    )
    return Bundle(
        f"{cid}_dawson_valley_county_dynamics_no_disclosure_needed",
        claim,
        files,
        "approve",
        "US county government on a Business Applications usage claim. The guide's public-sector disclosure "
        "requirement applies to Modern Work & Security usage incentive claims (Business Applications usage is a "
        "non-incentivized recognition), so no disclosure is needed here. The completion report is signed by the "
        "county clerk and IT director on 4/21/2026 and details Customer Service for 22 agents with 14 request "
        "categories. Report layout is Prairie Ridge's boilerplate.",
        "Scanned sign-off page signed by Brenda Kuhlman '4/21/2026'; workload DYNAMICS 365 CUSTOMER SERVICE "
        "ENTERPRISE, segment public_sector.",
        g.cpor_ok(),
    )


def s499_054_villa_coral_puerto_rico_bilingual() -> Bundle:
    cid = "4991054"
    cust = Org(
        "Municipio de Villa Coral",
        "Municipio de Villa Coral",
        "villacoral.pr.gov",
        "PR",
        "Villa Coral, PR 00683",
        "Calle Luna 12, Casa Alcaldía",
        "#0277bd",
    )
    cc = person(cust, "Ivette Rosario Cruz", "Directora de Sistemas de Información", "irosario")
    labels = ("Nombre / Name", "Cargo / Title", "Firma / Signature", "Fecha / Date")
    parties = [
        Party("Municipio / Municipality", cust.name, cc.name, cc.title),
        Party("Contratista / Contractor", CARIBE.name, CN_PM.name, CN_PM.title),
    ]
    cert = g.report_pdf(
        CARIBE,
        f"""<h1>Certificación de Aceptación<br/><span style="font-size:13pt">Acceptance Certification</span></h1>
{
            kv(
                [
                    ("Cliente / Customer", escape(cust.name)),
                    ("Proyecto / Project", "CN-2026-006 – Defender for Endpoint e Intune"),
                    ("Período / Period", "2 de marzo – 24 de abril de 2026"),
                ]
            )
        }
{
            grid(
                ["Workload", "Trabajo realizado / Work performed", "Alcance / Scope"],
                [
                    (
                        "Defender for Endpoint",
                        "Integración de 310 equipos y 12 servidores (Alcaldía, Policía "
                        "Municipal, Obras Públicas, CDT); reglas ASR en bloqueo / onboarding of 310 devices and 12 "
                        "servers; ASR rules in block mode",
                        "322",
                    ),
                    (
                        "Intune",
                        "Inscripción de 310 equipos; Autopilot para 90 nuevos; políticas de cumplimiento y "
                        "cifrado BitLocker / enrolment of 310 devices, Autopilot for 90 new ones, compliance and "
                        "BitLocker",
                        "310",
                    ),
                ],
                [20, 62, 18],
            )
        }
<p>El Municipio certifica que los trabajos fueron realizados por {escape(CARIBE.name)} y los acepta. / The
Municipality certifies that the work was performed by {escape(CARIBE.name)} and accepts it.</p>
"""
        + g.signoff("columns", parties, heading="", labels=labels, company_label="Entidad / Entity"),
        meta("Certificacion de Aceptacion CN-2026-006", CN_PM.name, T(2026, 4, 27, 10, 0, -4)),
        f"{cid}|cert",
        right="CN-2026-006",
        footer=f"{escape(CARIBE.name)} · {escape(CARIBE.address)}",
    )
    cert = g.scan_pdf(
        cert,
        [
            *g.sign_inks("columns", parties[0], 0, "28/04/2026", labels=labels),
            *g.sign_inks("columns", parties[1], 1, "28/04/2026", labels=labels, color=g.INK_BLACK),
        ],
        f"{cid}|certs",
        T(2026, 4, 28, 14, 0, -4),
        dpi=150,
        skew=0.4,
    )
    psd_en = psd_pdf(
        CARIBE,
        cust,
        "Microsoft Defender for Endpoint and Intune usage – CPOR",
        "the applicable Security usage incentive",
        D(2026, 4, 20),
        f"{cid}|psd",
    )
    psd = g.scan_pdf(
        psd_en,
        psd_inks(cc.name, "Directora de Sistemas", "21/04/2026", seal=("MUNICIPIO DE", "VILLA CORAL", "P.R.")),
        f"{cid}|psds",
        T(2026, 4, 21, 11, 0, -4),
        dpi=150,
        skew=0.6,
    )
    files = {
        "Certificacion_Aceptacion_CN-2026-006.pdf": cert,
        "Divulgacion_Sector_Publico_Villa_Coral.pdf": psd,
    }
    claim = cpor(
        cid,
        CARIBE,
        CN_PM,
        cust,
        cc,
        ["MICROSOFT DEFENDER ENDPOINT", "INTUNE"],
        T(2026, 5, 14, 10, 0, -4),
        files,
        area="Security",
        segment="public_sector",
        roles={"Divulgacion_Sector_Publico_Villa_Coral.pdf": "public_sector_disclosure"},
    )
    return Bundle(
        f"{cid}_villa_coral_puerto_rico_bilingual_certification",
        claim,
        files,
        "approve",
        "Puerto Rico municipality (public sector), Security usage: Puerto Rico is one of the two places where CPOR "
        "public-sector claims need the written fee disclosure acknowledged by the customer, and it is there – the "
        "standard wording (boilerplate shared with other claims), signed by the municipality's director of "
        "information systems with the municipal seal on 21/04/2026. The bilingual Spanish/English acceptance "
        "certification is signed by her on 28/04/2026 (day-first, as the Spanish period '2 de marzo – 24 de abril' "
        "shows): Defender for Endpoint on 322 devices, Intune for 310.",
        "Signed certification CN-2026-006 '28/04/2026'; disclosure 'Customer: Municipio de Villa Coral' signed and "
        "sealed.",
        g.cpor_ok(ps=True),
        container="zip-folder",
    )


# --------------------------------------------------------------------------------------------------------------
# Coromandel Cloud (India): Partner Activities with and without the public-sector disclosure, a dispute
# --------------------------------------------------------------------------------------------------------------


def s499_055_tn_coastal_fisheries_data_security_with_psd() -> Bundle:
    cid = "4991055"
    cust = Org(
        "Tamil Nadu Coastal Fisheries Development Corporation Ltd",
        "TNCFDC",
        "tncfdc.tn.gov.in",
        "IN",
        "Nandanam, Chennai 600035",
        "Fisheries Complex, Anna Salai",
        "#01579b",
    )
    cc = person(cust, "R. Senthil Kumar", "Chief Technical Officer", "cto")
    eng = g.engagement("SEC-DATA-SECURITY-ENG-VAR", "Data Security Engagement", "standard", "variable", 3300.0)
    consent, submitted = D(2026, 5, 4), T(2026, 7, 20, 11, 0, 5.5)
    report = findings(
        COROMANDEL,
        "Data Security Engagement – Findings and Recommendations",
        [
            ("Customer", f"{cust.name} (TNCFDC) – State Government undertaking"),
            ("Engagement", "1 June – 26 June 2026"),
            ("Participants", "9 – IT, finance, harbour operations, legal"),
            ("MCI claim", cid),
        ],
        [
            (
                "Data risk check (Purview, 3 weeks)",
                grid(
                    ["Finding", "Items"],
                    [
                        ("Files with Aadhaar numbers of fishers (subsidy records) shared with 'Anyone' links", "2,318"),
                        ("Tender documents e-mailed to personal Gmail accounts", "74"),
                        ("Departed employees' OneDrives still holding harbour revenue data", "11"),
                    ],
                    [80, 20],
                ),
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Sensitivity labels 'Fisher PII' and 'Tender – Restricted', auto-labelling of Aadhaar numbers.",
                        "DLP policy blocking Aadhaar data to external recipients; remove 'Anyone' links.",
                        "Offboarding runbook for OneDrive retention (90 days) with HR.",
                    ]
                ),
            ),
        ],
        T(2026, 6, 29, 17, 0, 5.5),
        CC_PM.name,
        f"{cid}|rep",
    )
    psd = g.scan_pdf(
        psd_pdf(COROMANDEL, cust, eng["name"], "USD 3,300", D(2026, 5, 11), f"{cid}|psd", style="gb_long"),
        psd_inks(cc.name, cc.title, "12-05-2026", seal=("TNCFDC", "CHENNAI")),
        f"{cid}|psds",
        T(2026, 5, 12, 12, 0, 5.5),
        dpi=150,
        skew=0.5,
    )
    files, claim = pa_claim(
        cid,
        COROMANDEL,
        CC_PM,
        cust,
        cc,
        area="Security",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"DSE_Findings_TNCFDC.pdf": report},
        amount=3300.0,
        inv_no="CCS-INV-2026-0112",
        inv_day=D(2026, 7, 15),
        activities="Three-week Purview data risk check and a findings workshop",
        outcome="Labels, DLP for Aadhaar data and offboarding runbook agreed",
        participants="9",
        segment="public_sector",
        extra_docs=[("PSD_TNCFDC_signed.pdf", psd, "public_sector_disclosure")],
        invoice_kw={"date_style": "in", "bank": "HDFC Bank, Greams Road · USD inward remittance"},
    )
    return Bundle(
        f"{cid}_tn_coastal_fisheries_data_security_with_disclosure",
        claim,
        files,
        "approve",
        "Partner Activities claim for an Indian state-government corporation: India is one of the three countries "
        "where public-sector Partner Activities claims need a Public Sector Disclosure, and it is uploaded – the "
        "standard wording, signed and sealed by the CTO on 12-05-2026. Findings specific to the customer (2,318 files "
        "with fishers' Aadhaar numbers shared by 'Anyone' links), invoice with claim ID and USD 3,300 (the proposed "
        f"payout), both surveys signed, submitted {days(consent, submitted)} days after consent. Disclosure wording "
        "is boilerplate.",
        "PSD_TNCFDC_signed.pdf signed by R. Senthil Kumar, seal 'TNCFDC CHENNAI', '12-05-2026'.",
        g.pa_ok(ps=True),
    )


def s499_056_trichy_polytechnic_no_psd() -> Bundle:
    cid = "4991056"
    cust = Org(
        "Government Polytechnic College, Tiruchirappalli",
        "GPT Trichy",
        "gpttrichy.edu.in",
        "IN",
        "Tiruchirappalli 620022",
        "Thuvakudi, Trichy–Thanjavur Road",
        "#4a148c",
    )
    cc = person(cust, "Dr. M. Anbarasi", "Principal", "principal")
    eng = g.engagement("MW-EDU-TEAMS-WS-VAR", "Microsoft 365 for Education Workshop", "standard", "variable", 2100.0)
    consent, submitted = D(2026, 6, 1), T(2026, 8, 10, 10, 0, 5.5)
    report = findings(
        COROMANDEL,
        "Microsoft 365 for Education Workshop – Findings",
        [
            ("Customer", f"{cust.name} (Government of Tamil Nadu)"),
            ("Workshop", "2 July 2026"),
            ("Participants", "18 – principal, heads of 6 departments, exam cell, IT"),
            ("MCI claim", cid),
        ],
        [
            (
                "Current state",
                "<p>2,900 diploma students and 160 faculty; internal assessment marks kept in spreadsheets; lab "
                "manuals printed each semester; no student e-mail accounts.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Student accounts (A1) for 2,900 students; class teams per department and semester.",
                        "Assignments for internal assessments in 6 departments from the odd semester 2026.",
                        "OneNote Class Notebook for lab manuals in Mechanical and Civil engineering.",
                    ]
                ),
            ),
        ],
        T(2026, 7, 6, 17, 0, 5.5),
        CC_PM.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        COROMANDEL,
        CC_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Education_Workshop_Findings_GPT_Trichy.pdf": report},
        amount=2100.0,
        inv_no="CCS-INV-2026-0140",
        inv_day=D(2026, 8, 4),
        activities="Microsoft 365 for Education workshop with Teams, Assignments and Class Notebook demos",
        outcome="Student accounts and class teams planned for the odd semester",
        participants="18",
        segment="public_sector",
        invoice_kw={"date_style": "in"},
    )
    return Bundle(
        f"{cid}_trichy_polytechnic_no_disclosure",
        claim,
        files,
        "action_required",
        "A government polytechnic (education = public sector) in India on a Partner Activities claim: India, the "
        "United States and Puerto Rico are the countries where a Public Sector Disclosure must be included, and none "
        "is uploaded. Findings, invoice (claim ID, USD 2,100 = proposed payout), surveys and timing "
        f"({days(consent, submitted)} days) are otherwise fine. The partner must add the disclosure acknowledged by "
        "the college.",
        "documents: findings, invoice, two surveys – no public_sector_disclosure; segment public_sector, country IN.",
        {
            "required_documents": "fail",
            "public_sector": "fail",
            "invoice": "pass",
            "attestations": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def s499_057_sri_kaveri_dispute_with_corrected_invoice() -> Bundle:
    cid = "4991057"
    cust = Org(
        "Sri Kaveri Textiles Ltd",
        "Sri Kaveri Textiles",
        "srikaveritextiles.com",
        "IN",
        "Erode 638011",
        "SIPCOT Industrial Growth Centre, Perundurai",
        "#00695c",
    )
    cc = person(cust, "K. Venkatesh", "General Manager – IT", "venkatesh.k")
    eng = g.engagement("BA-D365-ENVISION-VAR", "Dynamics 365 Envisioning Workshop", "standard", "variable", 2750.0)
    consent = D(2026, 2, 9)
    first, rejected = T(2026, 4, 20, 11, 0, 5.5), T(2026, 4, 28, 9, 0)
    disputed, submitted = T(2026, 5, 8, 10, 0, 5.5), T(2026, 5, 14, 15, 30, 5.5)
    report = findings(
        COROMANDEL,
        "Dynamics 365 Envisioning Workshop – Findings",
        [
            ("Customer", cust.name),
            ("Workshop", "24 and 25 March 2026, Perundurai mill"),
            ("Participants", "13 – MD, marketing, export, production planning, IT"),
            ("MCI claim", cid),
        ],
        [
            (
                "Findings",
                "<p>Export orders for 38 buyers in Europe tracked in e-mail and Tally; sample requests take 9 days to "
                "reach production planning; no view of pending orders by yarn count.</p>",
            ),
            (
                "Recommendations",
                ul(
                    [
                        "Dynamics 365 Sales for 22 export and domestic marketing staff, buyer-wise pipeline.",
                        "Sample-request process in Power Automate linked to production planning.",
                        "Integration with Tally for invoices and outstanding payments.",
                    ]
                ),
            ),
        ],
        T(2026, 3, 27, 18, 0, 5.5),
        CC_PM.name,
        f"{cid}|rep",
    )
    corrected = g.invoice_pdf(
        COROMANDEL,
        "CCS/26-27/0009-R1",
        D(2026, 5, 7),
        [
            (
                f"MCI Engagement Claim ID {cid} – {eng['name']}\nCustomer: {cust.name}\n(replaces invoice "
                f"CCS/26-27/0009)",
                2750.0,
            )
        ],
        f"{cid}|inv2",
        date_style="in",
        bank="HDFC Bank, Greams Road · USD inward remittance",
    )
    files, claim = pa_claim(
        cid,
        COROMANDEL,
        CC_PM,
        cust,
        cc,
        area="Business Applications",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Envisioning_Findings_Sri_Kaveri.pdf": report},
        amount=2750.0,
        inv_no="CCS-26-27-0009-R1",
        inv_day=D(2026, 5, 7),
        activities="Two-day Dynamics 365 envisioning workshop for export sales and sample requests",
        outcome="Dynamics 365 Sales for 22 users and a sample-request flow recommended",
        participants="13",
        status="disputed",
        invoice_pdf_bytes=corrected,
        history=[
            ("customer consent approved", T(2026, 2, 9, 12), "-"),
            ("submission", first, CC_PM.email),
            ("rejected", rejected, "Microsoft"),
            ("disputed", disputed, CC_PM.email),
            ("document submission", submitted - dt.timedelta(minutes=5), CC_PM.email),
            ("submission", submitted, CC_PM.email),
        ],
        comments=[
            ("microsoft", rejected, "Rejected: the invoice CCS/26-27/0009 does not show the MCI claim ID."),
            (
                "partner",
                submitted - dt.timedelta(minutes=2),
                "Dispute: corrected invoice CCS/26-27/0009-R1 with the claim ID uploaded.",
            ),
        ],
    )
    return Bundle(
        f"{cid}_sri_kaveri_dispute_with_corrected_invoice",
        claim,
        files,
        "approve",
        f"First submitted on day {days(consent, first)} after consent (standard: 90), rejected on 2026-04-28 because "
        f"the invoice lacked the claim ID, disputed and resubmitted {days(rejected, submitted)} days after the "
        "rejection – inside the 30-day dispute window – with corrected invoice CCS/26-27/0009-R1 that shows the "
        "claim ID, Coromandel's name and USD 2,750 (= proposed payout). The rejection reason is resolved; findings "
        "and surveys are fine. The dispute submission falls on day "
        f"{days(consent, submitted)} after consent, but the 90-day limit applies to claims never submitted, and "
        "this one was submitted on day 70.",
        "History: submission 04-20, rejected 04-28 (no claim ID), disputed 05-08, submission 05-14; invoice R1 'MCI "
        "Engagement Claim ID 4991057'.",
        g.pa_ok(),
    )


# --------------------------------------------------------------------------------------------------------------
# Burren Technology (Ireland): Copilot adoption, a personal mailbox, a survey filled in by the partner, a customer
# that belongs to Microsoft
# --------------------------------------------------------------------------------------------------------------


def burren_report(
    cust: Org,
    ref: str,
    day: dt.date,
    summary: str,
    rows: Sequence[tuple[str, str, str]],
    numbers: Sequence[tuple[str, str]],
    seed: str,
) -> bytes:
    html = f"""
<h1>Adoption Report</h1>
<p style="font-size:12pt">{escape(cust.name)}</p>
{kv([("Reference", ref), ("Date", g.fdate(day, "gb_long")), ("Consultant", f"{BT_CONS.name}, {BT_CONS.title}")])}
<h2>Summary</h2><p>{summary}</p>
<h2>What we delivered</h2>{grid(["Workload", "Activities", "Scope"], rows, [22, 60, 18])}
<h2>Adoption at closure</h2>{grid(["Measure", "Value"], numbers, [64, 36])}
"""
    return g.report_pdf(
        BURREN,
        html,
        meta(f"Adoption Report {ref}", BT_CONS.name, T(day.year, day.month, day.day, 16, 0, 1)),
        seed,
        right=f"Adoption Report · {ref}",
        footer=f"{escape(BURREN.name)} · {escape(BURREN.address)} · {escape(BURREN.reg)}",
    )


def s499_058_atlantic_seafoods_copilot_and_viva() -> Bundle:
    cid = "4991058"
    cust = Org(
        "Atlantic Seafoods Rossaveel Ltd",
        "Atlantic Seafoods",
        "atlanticseafoods.ie",
        "IE",
        "Rossaveel, Co. Galway H91 D2X4",
        "Rossaveel Harbour",
        "#0277bd",
    )
    cc = person(cust, "Siobhán Ní Fhlatharta", "Chief Operating Officer", "siobhan.nifhlatharta")
    report = burren_report(
        cust,
        "BT-AR-2026-014",
        D(2026, 5, 29),
        "Burren ran a 10-week Copilot adoption programme for the seafood processor's office, sales and quality teams, "
        "and set up Viva Insights so that managers can see Copilot usage and meeting load for their teams.",
        [
            (
                "Microsoft 365 Copilot",
                "Licence assignment for 240 users in 3 waves; 14 role-based prompt libraries "
                "(sales to EU retailers, HACCP quality, logistics); 22 champions; weekly clinics",
                "240 users",
            ),
            (
                "Viva Insights",
                "Copilot dashboard for the leadership team; manager insights for 18 managers; meeting "
                "hygiene plans for the sales team",
                "18 managers",
            ),
        ],
        [
            ("Copilot monthly active users", "212 of 240 (88%)"),
            ("Copilot actions per user per week", "31"),
            ("Managers using Viva Insights each week", "15 of 18"),
            ("Meeting hours saved (self-reported)", "2.1 h per user per week"),
        ],
        f"{cid}|rep",
    )
    m1 = Mail(
        BT_PM,
        [cc],
        "Atlantic Seafoods – Copilot adoption report BT-AR-2026-014",
        T(2026, 5, 29, 16, 30, 1),
        "Hi Siobhán,\n\nAttached is the adoption report from the Copilot programme. Could you confirm acceptance?\n\n"
        "Míle buíochas,\nNiamh\n\n" + g.footer_block(BT_PM),
        attachments=[("BT-AR-2026-014.pdf", report)],
    )
    m2 = Mail(
        cc,
        [BT_PM],
        "RE: Atlantic Seafoods – Copilot adoption report BT-AR-2026-014",
        T(2026, 6, 2, 8, 40, 1),
        "Hi Niamh,\n\nAccepted – Atlantic Seafoods signs off the Copilot and Viva Insights programme as described in "
        "BT-AR-2026-014. 212 of our 240 Copilot users are active every month, the quality team's HACCP prompts are "
        "in daily use, and the leadership team reviews the Copilot dashboard in Viva Insights at every Monday "
        "meeting.\n\nThanks to Darragh and the champions.\n\nSiobhán\n\n" + sig_lines(cc),
        quoted=m1,
    )
    files = {
        "RE_ Atlantic Seafoods – Copilot adoption report.msg": g.msg_file(m2),
        "BT-AR-2026-014_Atlantic_Seafoods.pdf": report,
    }
    claim = cpor(
        cid,
        BURREN,
        BT_PM,
        cust,
        cc,
        ["MICROSOFT 365 COPILOT", "VIVA INSIGHTS"],
        T(2026, 6, 15, 12, 0, 1),
        files,
    )
    return Bundle(
        f"{cid}_atlantic_seafoods_copilot_and_viva_insights",
        claim,
        files,
        "approve",
        "The COO accepts the Copilot and Viva Insights programme by e-mail from atlanticseafoods.ie on 2 June 2026, "
        "restating the figures (212 of 240 Copilot users active, HACCP prompts, Copilot dashboard in Viva Insights). "
        "Burren's adoption report gives the detail per workload: 3 licence waves, 14 role-based prompt libraries, 22 "
        "champions; manager insights for 18 managers. Both claimed workloads are on the guide's usage list.",
        "Reply from siobhan.nifhlatharta@atlanticseafoods.ie: 'Accepted – Atlantic Seafoods signs off the Copilot and "
        "Viva Insights programme'.",
        g.cpor_ok(email_ack=True),
    )


def s499_059_kinvara_distillery_personal_gmail() -> Bundle:
    cid = "4991059"
    cust = Org(
        "Kinvara Distillery Ltd",
        "Kinvara Distillery",
        "kinvaradistillery.ie",
        "IE",
        "Kinvara, Co. Galway H91 K2P0",
        "Quay Road",
        "#bf360c",
    )
    cc = person(cust, "Declan Fahy", "Managing Director", "declan.fahy")
    gmail = Org("Google", "Gmail", "gmail.com", "US", "", "")
    personal = Person("Declan Fahy", "declanfahy.kinvara@gmail.com", "Managing Director", gmail)
    report = burren_report(
        cust,
        "BT-AR-2026-019",
        D(2026, 6, 19),
        "Burren moved the distillery's team from a shared Gmail workspace to Microsoft 365 and introduced Teams and "
        "SharePoint for the distillery, the visitor centre and the export office.",
        [
            (
                "Microsoft Teams",
                "Teams for 38 staff, a channel per cask warehouse, visitor-centre shift chat on 4 shared tablets",
                "38 users",
            ),
            (
                "SharePoint Online",
                "Cask register, excise records (Revenue warehouse-keeper returns) and export "
                "documents; 95 GB migrated from Google Drive",
                "6 sites",
            ),
        ],
        [("Teams weekly active users", "35 of 38"), ("Files migrated from Google Drive", "41,200")],
        f"{cid}|rep",
    )
    m1 = Mail(
        BT_PM,
        [cc],
        "Kinvara Distillery – adoption report BT-AR-2026-019",
        T(2026, 6, 19, 17, 0, 1),
        "Hi Declan,\n\nHere is the closing report for the Microsoft 365 move. Would you confirm you're happy to sign "
        "off?\n\nNiamh\n\n" + g.footer_block(BT_PM),
        attachments=[("BT-AR-2026-019.pdf", report)],
    )
    m2 = Mail(
        personal,
        [BT_PM],
        "Re: Kinvara Distillery – adoption report BT-AR-2026-019",
        T(2026, 6, 21, 11, 3, 1),
        "Niamh – sorry, on holidays and can't get into the work mail on my phone. Happy to sign off: Teams is working "
        "for all 38 of us, the cask register and excise records are in SharePoint and the Google Drive is gone. "
        "Thanks for the smooth move.\n\nDeclan\nSent from my iPhone",
        quoted=m1,
        style="gmail",
        mailer="iPhone Mail (21F90)",
    )
    files = {
        "Re_ Kinvara Distillery – adoption report BT-AR-2026-019.eml": g.eml(m2),
        "BT-AR-2026-019_Kinvara_Distillery.pdf": report,
    }
    claim = cpor(cid, BURREN, BT_PM, cust, cc, ["TEAMS", "SHAREPOINT ONLINE"], T(2026, 7, 2, 10, 0, 1), files)
    return Bundle(
        f"{cid}_kinvara_distillery_sign_off_from_personal_gmail",
        claim,
        files,
        "action_required",
        "The managing director's sign-off is specific (38 Teams users, cask register and excise records in "
        "SharePoint) but it comes from a personal address, declanfahy.kinvara@gmail.com ('can't get into the work "
        "mail on my phone'), not from kinvaradistillery.ie. The guide requires the customer's domain to be correct "
        "whatever the format; a Gmail address proves nothing about who sent it. The partner should obtain the same "
        "confirmation from his company mailbox. UNSURE: whether a reviewer records this as a failed acknowledgement "
        "or only as a failed domain check.",
        "From: Declan Fahy <declanfahy.kinvara@gmail.com> – 'Happy to sign off'; claim domain kinvaradistillery.ie.",
        {
            "customer_domain": "fail",
            "customer_acknowledgement": ["fail", "warn"],
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s499_060_clare_island_ferries_survey_filled_by_partner() -> Bundle:
    cid = "4991060"
    cust = Org(
        "Clare Island Ferries Ltd",
        "Clare Island Ferries",
        "clareislandferries.ie",
        "IE",
        "Roonagh Pier, Louisburgh, Co. Mayo",
        "Roonagh Pier",
        "#006064",
    )
    cc = person(cust, "Máire O'Malley", "Operations Manager", "maire.omalley")
    eng = g.engagement("MW-COPILOT-ENVISION-VAR", "Copilot Envisioning Workshop", "standard", "variable", 2600.0)
    consent, submitted = D(2026, 3, 2), T(2026, 5, 5, 14, 0, 1)
    report = findings(
        BURREN,
        "Copilot Envisioning Workshop – Findings",
        [
            ("Customer", cust.name),
            ("Workshop", "8 April 2026, Louisburgh"),
            ("Participants", "7 – operations, bookings, finance"),
            ("MCI claim", cid),
        ],
        [
            (
                "Scenarios",
                ul(
                    [
                        "Weather-cancellation notices to booked passengers drafted with Copilot.",
                        "Summaries of the daily crew and vessel logs for the harbour master.",
                        "Season-ticket and group-booking e-mails answered from the bookings mailbox.",
                    ]
                ),
            ),
            ("Plan", "<p>Pilot with 5 users in the 2026 summer season; review in September.</p>"),
        ],
        T(2026, 4, 10, 16, 0, 1),
        BT_CONS.name,
        f"{cid}|rep",
    )
    files, claim = pa_claim(
        cid,
        BURREN,
        BT_PM,
        cust,
        cc,
        area="Modern Work",
        eng=eng,
        consent=consent,
        submitted=submitted,
        poe={"Copilot_Envisioning_Findings_Clare_Island_Ferries.pdf": report},
        amount=2600.0,
        inv_no="BT-INV-2026-0066",
        inv_day=D(2026, 4, 28),
        activities="Copilot envisioning workshop on cancellations, logs and bookings",
        outcome="Copilot pilot for 5 users in the summer season",
        participants="7",
        cust_sig={"name": BT_CONS.name, "company": BURREN.name, "title": BT_CONS.title},
        invoice_kw={"date_style": "gb_long", "bank": "AIB Galway · USD account IE29 AIBK 9311 5212 3456 78"},
    )
    return Bundle(
        f"{cid}_clare_island_ferries_customer_survey_filled_by_partner",
        claim,
        files,
        "reject",
        "The customer attestation's electronic signature reads 'Darragh Walsh – Burren Technology Ltd – Copilot "
        "Adoption Consultant': the partner's own consultant completed the customer's survey. The customer attestation "
        "must be signed by the customer (full name, company, job title); a signature by the partner is not a valid "
        "customer attestation, and once a customer survey is recorded it cannot be re-sent on the claim. Findings, "
        "invoice and timing (64 days) are otherwise fine. UNSURE: a reviewer could return it as action_required, "
        "though the survey cannot be redone on this claim.",
        "customer_attestation JSON: signature {full_name: 'Darragh Walsh', company: 'Burren Technology Ltd', "
        "job_title: "
        "'Copilot Adoption Consultant'}.",
        {
            "attestations": "fail",
            "invoice": "pass",
            "submission_window": "pass",
            "reused_evidence": "pass",
        },
    )


def s499_061_corrib_speech_a_microsoft_company() -> Bundle:
    cid = "4991061"
    cust = Org(
        "Corrib Speech Technologies Ltd",
        "Corrib Speech",
        "corribspeech.ie",
        "IE",
        "Galway H91 R6C2",
        "Block C, Mervue Business Park",
        "#5c6bc0",
    )
    cc = person(cust, "Aidan Concannon", "Head of IT Operations", "aidan.concannon")
    letter = g.html_pdf(
        f"""
<table><tr><td style="border:none;width:300pt"><p style="font-size:15pt;color:#5c6bc0"><b>Corrib Speech</b></p>
<p class="small">{escape(cust.name)} · {escape(cust.address)}<br/>a Microsoft company</p></td></tr></table><hr/>
<p>12 March 2026</p>
<p>Burren Technology Ltd<br/>Galway Technology Park, Parkmore, Galway</p>
<p><b>Acceptance – Teams Phone and Teams Rooms, Mervue office</b></p>
<p>Following the completion of Microsoft Corporation's acquisition of Corrib Speech Technologies on 3 November 2025,
our Galway office had to move from its own telephony and meeting-room systems onto the Microsoft standards before
the integration deadline. Burren Technology ported our 160 numbers to Teams Phone, set up 3 call queues for the
customer-support desk and equipped 9 meeting rooms with Teams Rooms on Windows, between 5 January and 27 February
2026.</p>
<p>We confirm the work was completed and accept it.</p>
<p>Signed:</p><p style="height:44pt">&#160;</p>
<p>{escape(cc.name)}<br/>{escape(cc.title)}</p>
""",
        meta("Acceptance letter Corrib Speech", cc.name, T(2026, 3, 12, 10, 0, 0)),
        f"{cid}|letter",
        style=css("#5c6bc0", size=10, extra="hr {border:0; border-top: 1pt solid #5c6bc0;}"),
    )
    scan = g.scan_pdf(
        letter,
        [Ink(cc.name, "sig", cc.name, dx=0, dy=-40, h=34)],
        f"{cid}|scan",
        T(2026, 3, 12, 15, 0, 0),
        dpi=150,
        skew=0.3,
    )
    files = {"Corrib Speech - acceptance letter.pdf": scan}
    claim = cpor(
        cid,
        BURREN,
        BT_PM,
        cust,
        cc,
        ["TEAMS PHONE ENABLED USERS", "TEAMS ROOMS"],
        T(2026, 3, 30, 11, 0, 1),
        files,
    )
    return Bundle(
        f"{cid}_corrib_speech_a_microsoft_company",
        claim,
        files,
        "reject",
        "The customer is Microsoft: Corrib Speech's letterhead reads 'a Microsoft company', and the letter explains "
        "that Microsoft Corporation completed its acquisition on 3 November 2025 and that the work moved the office "
        "onto Microsoft's standards. Incentives are not paid for services where Microsoft is the end customer – the "
        "customer's own domain (corribspeech.ie) does not change who owns it. The signed letter and its detail (160 "
        "numbers, 9 Teams Rooms) are otherwise fine.",
        "Letterhead 'Corrib Speech Technologies Ltd … a Microsoft company'; 'Microsoft Corporation's acquisition of "
        "Corrib Speech Technologies on 3 November 2025'.",
        {"ineligible_customer": "fail", "reused_evidence": "pass"},
    )


# --------------------------------------------------------------------------------------------------------------
# Wachau Cloud Consulting (Austria): a qualified e-signature, and a signature field nobody signed
# --------------------------------------------------------------------------------------------------------------


def wachau_abnahme(
    cust: Org, ref: str, day: dt.date, rows: Sequence[tuple[str, str, str]], golive: str, signer: Person, seed: str
) -> bytes:
    html = f"""
<h1>Abnahmeprotokoll / Acceptance Record</h1>
<p style="font-size:11pt">Microsoft Dynamics 365 Business Central</p>
{
        kv(
            [
                ("Kunde / Customer", f"{escape(cust.name)}, {escape(cust.address)} ({escape(cust.reg)})"),
                ("Auftragnehmer / Contractor", f"{escape(WACHAU.name)}, {escape(WACHAU.address)}"),
                ("Projekt / Project", ref),
                ("Produktivstart / Go-live", golive),
            ]
        )
    }
{grid(["Bereich / Area", "Leistung / Delivered", "Benutzer / Users"], rows, [20, 62, 18])}
<p>Der Kunde bestätigt den Produktivbetrieb und nimmt die Leistungen ab. / The customer confirms productive
operation and accepts the services.</p>
<p style="margin-top:12pt">Name: {escape(signer.name)}, {escape(signer.title)}</p>
<p style="margin-top:8pt">Unterschrift Kunde / Customer signature:</p>
"""
    return g.html_pdf(
        html,
        meta(f"Abnahmeprotokoll {ref}", WC_PC.name, T(day.year, day.month, day.day, 9, 0, 1)),
        seed,
        style=css(WACHAU.color),
        decor=g.Decor(
            WACHAU,
            right=f"Abnahmeprotokoll {ref}",
            footer=escape(WACHAU.name + " · " + WACHAU.reg),
            accent=WACHAU.color,
        ),
    )


def s499_062_kremser_schleifmittel_pades() -> Bundle:
    cid = "4991062"
    cust = Org(
        "Kremser Schleifmittel GmbH",
        "Kremser Schleifmittel",
        "kremser-schleifmittel.at",
        "AT",
        "3500 Krems an der Donau",
        "Gewerbeparkstraße 9",
        "#455a64",
        "FN 87214 g",
    )
    cc = person(cust, "DI Andrea Hofbauer", "Geschäftsführerin / Managing Director", "a.hofbauer")
    pdf = wachau_abnahme(
        cust,
        "WC-2026-009",
        D(2026, 3, 24),
        [
            (
                "Business Central",
                "Finanzbuchhaltung, Einkauf, Lager (2 Standorte), Produktion mit Stücklisten für "
                "Schleifscheiben, Chargenverfolgung / finance, purchasing, warehouse (2 sites), production with bills "
                "of materials for grinding wheels, batch tracking",
                "34",
            ),
            (
                "Power Apps",
                "Qualitätsprüfungs-App für die Bruchprüfung an 3 Prüfständen / quality-inspection app for "
                "burst tests on 3 test benches",
                "12",
            ),
        ],
        "02.03.2026",
        cc,
        f"{cid}|doc",
    )
    signed = g.digisign(
        pdf,
        cc,
        T(2026, 3, 26, 10, 44, 1),
        f"{cid}|sig",
        ca_name="ID Austria Qualified CA 2025",
        anchor="Unterschrift Kunde / Customer signature:",
        dy=16,
        reason="Abnahme / Acceptance",
    )
    files = {"Abnahmeprotokoll_WC-2026-009_signiert.pdf": signed}
    claim = cpor(
        cid,
        WACHAU,
        WC_PC,
        cust,
        cc,
        ["DYNAMICS 365 BUSINESS CENTRAL PREMIUM", "POWER APPS PER USER PLAN"],
        T(2026, 4, 14, 9, 20, 2),
        files,
        area="Business Applications",
    )
    return Bundle(
        f"{cid}_kremser_schleifmittel_qualified_esignature",
        claim,
        files,
        "approve",
        "German/English acceptance record signed with a PAdES digital signature by the customer's managing director on "
        "2026-03-26 (certificate issued to her under an Austrian qualified CA); the signature covers the whole file "
        "and validates – a verifiable electronic signature. Business Central for 34 users (finance, two warehouses, "
        "production with bills of materials, batch tracking) and a Power Apps inspection app for 12 users.",
        "Digital signature field 'Signature_DIAndreaHofbauer', signing time 2026-03-26, document unchanged since.",
        g.cpor_ok(),
    )


def s499_063_waldviertler_unsigned_signature_field() -> Bundle:
    cid = "4991063"
    cust = Org(
        "Waldviertler Holzwerke GmbH",
        "Waldviertler Holzwerke",
        "wv-holzwerke.at",
        "AT",
        "3950 Gmünd",
        "Sägewerkstraße 3",
        "#33691e",
        "FN 55120 m",
    )
    cc = person(cust, "Ing. Markus Pichler", "Leiter IT / Head of IT", "m.pichler")
    pdf = wachau_abnahme(
        cust,
        "WC-2026-017",
        D(2026, 6, 8),
        [
            (
                "Business Central",
                "Finanzbuchhaltung und Rundholzeinkauf mit Waldbesitzer-Gutschriften; Lager für "
                "Schnittholz / finance and round-timber purchasing with forest-owner credit notes; sawn-timber "
                "warehouse",
                "19",
            ),
        ],
        "01.06.2026",
        cc,
        f"{cid}|doc",
    )
    pdf = blank_signature_field(
        pdf,
        "Unterschrift Kunde / Customer signature:",
        f"{cid}|field",
        T(2026, 6, 8, 9, 30, 2),
        "Unterschrift_Kunde",
        dy=16,
        width=220,
        height=44,
    )
    m1 = Mail(
        WC_PC,
        [cc],
        "Bitte um Unterschrift – Abnahmeprotokoll WC-2026-017",
        T(2026, 6, 8, 10, 5, 2),
        "Sehr geehrter Herr Ing. Pichler,\n\nanbei das Abnahmeprotokoll zur Business-Central-Einführung. Bitte im "
        "Signaturfeld digital unterschreiben (Adobe Reader: Feld anklicken) und retournieren.\n\nMit freundlichen "
        "Grüßen\nStefan Gruber\n\n" + g.footer_block(WC_PC),
        lang="de",
        attachments=[("Abnahmeprotokoll_WC-2026-017.pdf", pdf)],
    )
    files = {
        "Abnahmeprotokoll_WC-2026-017.pdf": pdf,
        "Bitte um Unterschrift – Abnahmeprotokoll WC-2026-017.msg": g.msg_file(m1),
    }
    claim = cpor(
        cid,
        WACHAU,
        WC_PC,
        cust,
        cc,
        ["DYNAMICS 365 BUSINESS CENTRAL ESSENTIALS"],
        T(2026, 6, 25, 14, 0, 2),
        files,
        area="Business Applications",
    )
    return Bundle(
        f"{cid}_waldviertler_signature_field_left_empty",
        claim,
        files,
        "action_required",
        "The acceptance record contains a PDF signature form field ('Unterschrift_Kunde') under 'Unterschrift Kunde / "
        "Customer signature' – but the field was never signed: it holds no signature value, and nothing is drawn in "
        "it. The only e-mail is the partner's own request to sign, with no reply. A document prepared for signature "
        "is not a signed one; there is no customer acknowledgement. The scope (Business Central for 19 users, "
        "round-timber purchasing) is detailed.",
        "Abnahmeprotokoll_WC-2026-017.pdf: empty /Sig field 'Unterschrift_Kunde'; .msg from s.gruber@wachaucloud.at "
        "'Bitte … digital unterschreiben'.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


# --------------------------------------------------------------------------------------------------------------
# Meuse & Senne Consulting (Belgium): a trilingual acceptance report, and a dispute signed by the partner itself
# --------------------------------------------------------------------------------------------------------------

MS_LABELS = ("Naam / Nom / Name", "Functie / Fonction / Title", "Handtekening / Signature", "Datum / Date")


def meuse_pv(
    cust: Org, ref: str, day: dt.date, rows: Sequence[tuple[str, str, str]], parties: Sequence[Party], seed: str
) -> bytes:
    html = f"""
<h1>Opleveringsverslag · Procès-verbal de réception</h1>
<p class="muted">Acceptance report · {escape(ref)}</p>
{
        kv(
            [
                ("Klant / Client / Customer", f"{escape(cust.name)}, {escape(cust.address)}, {escape(cust.reg)}"),
                ("Leverancier / Fournisseur", f"{escape(MEUSE.name)}, {escape(MEUSE.address)}, {escape(MEUSE.reg)}"),
                ("Datum / Date", g.fdate(day, "gb")),
            ],
            key_w=170,
        )
    }
{grid(["Workload", "Geleverd / Livré / Delivered", "Omvang / Volume"], rows, [20, 62, 18])}
<p>De klant aanvaardt de hierboven beschreven prestaties. / Le client accepte les prestations décrites ci-dessus. /
The customer accepts the services described above.</p>
""" + g.signoff("columns", parties, heading="", labels=MS_LABELS, company_label="Bedrijf / Société")
    return g.html_pdf(
        html,
        meta(f"PV {ref}", MS_PM.name, T(day.year, day.month, day.day, 10, 0, 1)),
        seed,
        style=css(MEUSE.color, size=8.8),
        decor=g.Decor(
            MEUSE, right=f"PV · {ref}", footer=f"{escape(MEUSE.name)} · {escape(MEUSE.reg)}", accent=MEUSE.color
        ),
    )


def s499_064_van_aelst_trilingual_pv() -> Bundle:
    cid = "4991064"
    cust = Org(
        "Biscuiterie Van Aelst NV",
        "Van Aelst",
        "vanaelst-biscuits.be",
        "BE",
        "2500 Lier",
        "Mechelsesteenweg 212",
        "#8d6e63",
        "KBO 0428.117.540",
    )
    cc = person(cust, "Els Peeters", "IT-manager", "els.peeters")
    parties = [
        Party("Klant / Client", cust.name, cc.name, cc.title),
        Party("Leverancier / Fournisseur", MEUSE.name, MS_PM.name, "Projectleider"),
    ]
    pv = meuse_pv(
        cust,
        "MS-PV-2026-008",
        D(2026, 3, 17),
        [
            (
                "Teams Rooms",
                "14 vergaderzalen (Lier, Gent, sales office Lille): Teams Rooms on Windows met Logitech "
                "Rally; Pro Management / 14 rooms with Teams Rooms on Windows, Pro Management",
                "14 zalen / rooms",
            ),
            (
                "Teams Phone",
                "Operator Connect, 210 nummers geporteerd van de Mitel-centrale; 5 wachtrijen (klantendienst "
                "NL/FR, aankoop, receptie) / 210 numbers ported from the Mitel PBX; 5 call queues",
                "210 users",
            ),
        ],
        parties,
        f"{cid}|pv",
    )
    scan = g.scan_pdf(
        pv,
        [
            *g.sign_inks("columns", parties[0], 0, "17/03/2026", labels=MS_LABELS),
            *g.sign_inks("columns", parties[1], 1, "17/03/2026", labels=MS_LABELS, color=g.INK_BLACK),
        ],
        f"{cid}|scan",
        T(2026, 3, 17, 16, 30, 1),
        dpi=150,
        skew=-0.5,
    )
    files = {"PV_MS-PV-2026-008_ondertekend.pdf": scan}
    claim = cpor(
        cid,
        MEUSE,
        MS_PM,
        cust,
        cc,
        ["TEAMS ROOMS", "TEAMS PHONE ENABLED USERS"],
        T(2026, 4, 2, 11, 0, 2),
        files,
    )
    return Bundle(
        f"{cid}_van_aelst_trilingual_acceptance_report",
        claim,
        files,
        "approve",
        "Trilingual (Dutch/French/English) acceptance report signed in ink by the customer's IT manager and Meuse & "
        "Senne's project lead, dated 17/03/2026 (Belgian day-first) and scanned. Teams Rooms in 14 rooms across three "
        "sites and Teams Phone for 210 ported numbers with 5 call queues – both claimed workloads detailed.",
        "Scan: 'Klant / Client – Biscuiterie Van Aelst NV', signature of Els Peeters, '17/03/2026'.",
        g.cpor_ok(),
    )


def s499_065_haute_sambre_dispute_signed_by_partner() -> Bundle:
    cid = "4991065"
    cust = Org(
        "Brasserie de la Haute Sambre SA",
        "Haute Sambre",
        "hautesambre.be",
        "BE",
        "6530 Thuin",
        "Rue de la Brasserie 4",
        "#6d4c41",
        "BCE 0441.228.906",
    )
    cc = person(cust, "Marc Lambert", "Administrateur délégué", "marc.lambert")
    posing = Person(cc.name, MS_AM.email, cc.title, cust)
    parties = [
        Party("Klant / Client", cust.name, cc.name, cc.title),
        Party("Leverancier / Fournisseur", MEUSE.name, MS_AM.name, MS_AM.title),
    ]
    pv = meuse_pv(
        cust,
        "MS-PV-2026-014",
        D(2026, 5, 8),
        [
            (
                "Exchange Online",
                "Migration de 85 boîtes aux lettres depuis l'hébergeur / 85 mailboxes migrated from "
                "the hosting provider; boîtes partagées commandes et export",
                "85",
            ),
            (
                "Teams",
                "Teams pour 85 utilisateurs, tablettes en salle de brassage / Teams for 85 users, tablets in "
                "the brewhouse",
                "85",
            ),
        ],
        parties,
        f"{cid}|pv",
    )
    signed = g.esign(
        pv,
        posing,
        T(2026, 5, 11, 17, 48, 2),
        f"{cid}|ds",
        sig_anchor=cc.name,
        sig_dx=4,
        sig_dy=58,
        vendor="docusign",
        certificate=True,
        sender=MS_AM,
        ip="91.183.44.12",
    )
    summary = g.report_pdf(
        MEUSE,
        f"""<h1>Rapport de projet / Project report – Haute Sambre</h1>
{kv([("Client", escape(cust.name)), ("Période / Period", "2 février – 27 mars 2026")])}
<p>Migration de 85 boîtes aux lettres et déploiement de Teams, y compris 6 tablettes en salle de brassage. /
Migration of 85 mailboxes and Teams rollout, including 6 brewhouse tablets.</p>""",
        meta("Rapport de projet Haute Sambre", MS_AM.name, T(2026, 3, 30, 15, 0, 2)),
        f"{cid}|rep",
        right="Rapport de projet",
    )
    files = {
        "Dispute/PV_MS-PV-2026-014_DocuSign.pdf": signed,
        "Rapport_projet_Haute_Sambre.pdf": summary,
    }
    claim = cpor(
        cid,
        MEUSE,
        MS_AM,
        cust,
        cc,
        ["EXCHANGE ONLINE", "TEAMS"],
        T(2026, 5, 12, 9, 15, 2),
        files,
        status="disputed",
        comments=[
            (
                "microsoft",
                T(2026, 4, 10, 9, 0),
                "Dear Partner, the POE contains no customer acknowledgement. Please upload the customer's acceptance.",
            ),
            (
                "microsoft",
                T(2026, 4, 27, 9, 0),
                "Rejected: the resubmission still contains no customer acknowledgement.",
            ),
            ("partner", T(2026, 5, 12, 9, 10, 2), "Dispute: PV de réception signed by Marc Lambert via DocuSign."),
        ],
        history=[
            ("submission", T(2026, 4, 7, 10, 0, 2), MS_AM.email),
            ("action required", T(2026, 4, 10, 9, 0), "Microsoft"),
            ("submission", T(2026, 4, 22, 10, 0, 2), MS_AM.email),
            ("rejected", T(2026, 4, 27, 9, 0), "Microsoft"),
            ("disputed", T(2026, 5, 11, 16, 0, 2), MS_AM.email),
            ("submission", T(2026, 5, 12, 9, 15, 2), MS_AM.email),
        ],
    )
    return Bundle(
        f"{cid}_haute_sambre_dispute_esigned_from_partner_mailbox",
        claim,
        files,
        "reject",
        "Dispute of a rejection for missing customer acknowledgement (rejected 2026-04-27, disputed and submitted "
        "within 30 days). The new 'signed' acceptance report is a DocuSign envelope whose certificate of completion "
        "shows the signer 'Marc Lambert' with the e-mail address celine.dubois@meuse-senne.be – the partner's own "
        "account manager, who also sent the envelope – from the partner's IP address. The signature was made from the "
        "partner's mailbox in the customer's name: it is not the customer's acknowledgement, so the rejection reason "
        "is not resolved, and a decision on a dispute is final.",
        "DocuSign certificate: signer 'Marc Lambert', 'celine.dubois@meuse-senne.be'; envelope originator Céline "
        "Dubois; status disputed.",
        {
            "customer_acknowledgement": "fail",
            "activity_detail": "pass",
            "reused_evidence": "pass",
        },
    )


def s499_067_frigorifico_austral_msp_then_customer_confirms() -> Bundle:
    cid = "4991067"
    cust = Org(
        "Frigorífico Austral S.A.",
        "Frigorífico Austral",
        "frigorificoaustral.cl",
        "CL",
        "Osorno, Los Lagos",
        "Ruta 215 km 4",
        "#b71c1c",
        "RUT 96.118.340-2",
    )
    cc = person(cust, "Verónica Schwarzenberg", "Gerente de Administración y Finanzas", "vschwarzenberg")
    msp_org = Org("SoporteSur Servicios TI Ltda.", "SoporteSur", "soportesur.cl", "CL", "Osorno", "Av. Mackenna 1140")
    msp = person(msp_org, "Felipe Oyarzún", "Ingeniero de Soporte / Support Engineer", "foyarzun")
    summary = g.report_pdf(
        PATAGONIA,
        f"""<h1>Informe de cierre / Closure report – Intune &amp; Defender for Endpoint</h1>
{
            kv(
                [
                    ("Cliente / Customer", escape(cust.name)),
                    ("Proyecto / Project", "PC-2026-014"),
                    ("Período / Period", "6 de abril – 29 de mayo de 2026"),
                ]
            )
        }
{
            grid(
                ["Workload", "Entregado / Delivered", "Volumen"],
                [
                    (
                        "Intune",
                        "Inscripción de 150 PCs y 60 tablets robustas de la planta faenadora (modo "
                        "compartido) / enrolment of 150 PCs and 60 rugged tablets at the slaughter plant "
                        "(shared mode); compliance and BitLocker",
                        "210",
                    ),
                    (
                        "Defender for Endpoint",
                        "Integración de 210 equipos y 7 servidores; ASR en bloqueo; alertas a "
                        "SoporteSur / onboarding of 210 devices and 7 servers; ASR in block mode; alerts to the "
                        "customer's IT provider SoporteSur",
                        "217",
                    ),
                ],
                [20, 62, 18],
            )
        }""",
        meta("Informe de cierre PC-2026-014", PG_PM.name, T(2026, 5, 29, 17, 0, -4)),
        f"{cid}|rep",
        right="Informe de cierre PC-2026-014",
    )
    m1 = Mail(
        PG_PM,
        [cc],
        "Frigorífico Austral – cierre del proyecto Intune y Defender",
        T(2026, 6, 1, 10, 0, -4),
        "Verónica:\n\nAdjunto el informe de cierre PC-2026-014. ¿Nos confirman la aceptación del proyecto?\n\n"
        "Saludos,\nCamila\n\n" + g.footer_block(PG_PM),
        cc=[msp],
        lang="es",
        attachments=[("PC-2026-014.pdf", summary)],
    )
    m2 = Mail(
        msp,
        [PG_PM],
        "RE: Frigorífico Austral – cierre del proyecto Intune y Defender",
        T(2026, 6, 2, 9, 12, -4),
        "Camila, as Frigorífico Austral's IT provider we have checked the handover: 210 devices are in Intune "
        "including the 60 plant tablets, and 217 devices and servers report to Defender, with the alerts reaching "
        "our service desk. From a technical point of view everything matches the closure report.\n\nSaludos,\n"
        + sig_lines(msp),
        cc=[cc],
        quoted=m1,
        lang="es",
    )
    m3 = Mail(
        cc,
        [PG_PM, msp],
        "RE: Frigorífico Austral – cierre del proyecto Intune y Defender",
        T(2026, 6, 2, 12, 40, -4),
        "Camila, Felipe:\n\nConfirmado. Frigorífico Austral acepta el proyecto de Intune y Defender for Endpoint "
        "según el informe PC-2026-014. / Confirmed: Frigorífico Austral accepts the Intune and Defender for Endpoint "
        "project as per closure report PC-2026-014.\n\nSaludos,\n" + sig_lines(cc),
        quoted=m2,
        lang="es",
    )
    files = {
        "RE_ Frigorífico Austral – cierre del proyecto Intune y Defender.msg": g.msg_file(m3),
        "Informe_cierre_PC-2026-014.pdf": summary,
    }
    claim = cpor(
        cid,
        PATAGONIA,
        PG_PM,
        cust,
        cc,
        ["INTUNE", "MICROSOFT DEFENDER ENDPOINT"],
        T(2026, 6, 16, 11, 0, -4),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_frigorifico_austral_it_provider_then_customer_confirms",
        claim,
        files,
        "approve",
        "The detailed technical confirmation in the thread comes from the customer's outsourced IT provider "
        "(soportesur.cl) – a third party whose word alone would not be the customer's acknowledgement – but the "
        "top message is the customer's own finance and administration manager replying to all from "
        "frigorificoaustral.cl on 2 June 2026: 'Frigorífico Austral accepts the Intune and Defender for Endpoint "
        "project as per closure report PC-2026-014', in Spanish and English. The closure report details 210 devices "
        "in Intune and 217 in Defender.",
        "Top message from vschwarzenberg@frigorificoaustral.cl: 'Confirmed: Frigorífico Austral accepts the Intune "
        "and Defender for Endpoint project'; below it the IT provider's technical check.",
        g.cpor_ok(email_ack=True),
    )


def s499_066_thika_horticulture_unticked_checklist_row() -> Bundle:
    cid = "4991066"
    cust = Org(
        "Thika Horticulture Exporters Ltd",
        "Thika Horticulture",
        "thikahort.co.ke",
        "KE",
        "Thika",
        "Garissa Road, Makongeni",
        "#558b2f",
    )
    cc = person(cust, "Joseph Kamau", "ICT Manager", "joseph.kamau")
    rows = [
        (
            "\u2611",
            "Defender for Identity",
            "Sensors on 4 domain controllers (Thika pack house, Nairobi office); honeytoken accounts; "
            "lateral-movement review with ICT",
            "Done 06/05/2026",
        ),
        (
            "\u2611",
            "Entra ID P2",
            "Privileged Identity Management for 12 admin roles; quarterly access reviews for the export-"
            "documentation app; risk-based sign-in policy for 380 users",
            "Done 13/05/2026",
        ),
        (
            "\u2610",
            "Defender for Cloud Apps",
            "App discovery from firewall logs; policies for file-sharing apps used by flower buyers",
            "Pending – customer to provide firewall log upload",
        ),
    ]
    html = f"""
<h1>Go-Live Checklist</h1>
<p class="muted">Savanna Secure · Identity protection project SVS-PRJ-2026-021</p>
{kv([("Customer", escape(cust.name)), ("Go-live", "18/05/2026"), ("Prepared by", SV_ENG.name)])}
{grid(["", "Workload", "Item", "Status"], rows, [5, 20, 50, 25])}
<p>Items ticked above are live and handed over to the customer's ICT team. Unticked items remain open.</p>
<p style="margin-top:14pt">Customer sign-off: {escape(cc.name)}, {escape(cc.title)}</p>
<p style="height:40pt">Signature:</p><p>Date:</p>
"""
    checklist = g.report_pdf(
        SAVANNA,
        html,
        meta("Go-Live Checklist SVS-PRJ-2026-021", SV_ENG.name, T(2026, 5, 18, 15, 0, 3)),
        f"{cid}|cl",
        right="Go-Live Checklist",
        footer=f"{escape(SAVANNA.name)} · {escape(SAVANNA.address)}",
    )
    scan = g.scan_pdf(
        checklist,
        [
            Ink("Signature:", "sig", cc.name, dx=80, dy=-4, h=32),
            Ink("Date:", "hand", "19/05/2026", dx=50, dy=-2, h=13),
        ],
        f"{cid}|scan",
        T(2026, 5, 19, 12, 0, 3),
        dpi=120,
        skew=0.7,
    )
    files = {"GoLive_Checklist_Thika_signed.pdf": scan}
    claim = cpor(
        cid,
        SAVANNA,
        SV_ENG,
        cust,
        cc,
        ["MICROSOFT DEFENDER FOR IDENTITY", "AZURE ACTIVE DIRECTORY PREMIUM 2", "MICROSOFT DEFENDER FOR CLOUD APPS"],
        T(2026, 6, 3, 10, 0, 3),
        files,
        area="Security",
    )
    return Bundle(
        f"{cid}_thika_horticulture_unticked_checklist_row",
        claim,
        files,
        "action_required",
        "Savanna's go-live checklist, signed by the customer's ICT manager on 19/05/2026 and scanned at 120 dpi, "
        "ticks Defender for Identity (4 DCs) and Entra ID P2 (PIM for 12 roles, 380 users) as done. The third "
        "claimed workload, Defender for Cloud Apps, is on an unticked row marked 'Pending – customer to provide "
        "firewall log upload', and the checklist says unticked items remain open. No delivered work connects to "
        "MICROSOFT DEFENDER FOR CLOUD APPS: remove it or evidence it; the other two workloads are supported.",
        "Checklist row '\u2610 Defender for Cloud Apps … Pending – customer to provide firewall log upload'.",
        {
            "customer_acknowledgement": "pass",
            "activity_detail": "pass",
            "workload_match": "fail",
            "reused_evidence": "pass",
        },
        container="zip",
    )


# --------------------------------------------------------------------------------------------------------------
# assembly and output (set G's validation, bundle writer and expected.json layout)
# --------------------------------------------------------------------------------------------------------------


def _values(v: Any) -> set[str]:
    return set(v if isinstance(v, list) else [v])


def _vet(b: Bundle) -> None:
    """The rules every bundle of this set keeps (and set G's bundle validation)."""
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
        if isinstance(v, list) and not (_values(v) <= {"pass", NA} or _values(v) <= {"fail", "warn"})
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
    builders = [fn for name, fn in sorted(globals().items()) if name.startswith("s499_") and callable(fn)]
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
    """Make ``out`` an empty directory, refusing to empty one that holds anything but a previous set K."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SystemExit(f"{out} exists and is not a directory")
    entries = sorted(out.iterdir())
    foreign = [e.name for e in entries if e.name != "expected.json" and not e.name.startswith("4991")]
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
    cli = argparse.ArgumentParser(description="Write held-out test set K: MCI claim bundles and expected.json.")
    cli.add_argument("out", type=Path, help="output directory (absent, empty, or an earlier set K)")
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
