"""Checks document_language (seed reviewer comment: English only) and activity_detail (seed item 3)."""

from __future__ import annotations

import html
from pathlib import Path

import pymupdf
import pytest

from poe_reviewer.checks import activity_detail
from poe_reviewer.checks import document_language as language
from poe_reviewer.documents.model import Document, QuotedMessage
from poe_reviewer.documents.registry import extract_document
from tests.builders import PARTNER_ACTIVITIES, context, email_doc, make_claim, page_doc
from tests.conftest import read_realworld

# -- the seed's POE examples (seed ~lines 255-330), checkboxes as a PDF renders them -----------

SEED_VALID_SCOPE = """Valid for use in the following MCI incentives:
Security Usage
Section 1 (Required): Select product(s)/workload(s) and activity type
☐ Microsoft Entra ID P2 (formerly AADP P2) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Defender for Endpoint (MDE) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Purview Information Protection (MIP) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☒ Microsoft Intune ☒ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Purview Insider Risk Management (IRM) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Defender for Identity ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Defender for Office 365 ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Defender for Cloud Apps (formerly MCAS) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
Section 2 (Required): Scope of Work Details
Describe in detail the work performed following the product and activity selection in Section 1:
Generic high-level descriptions will not be accepted.
- Contoso is using an endpoint management solution but not leveraging MDM features.
- All mobile devices are issued, but users can use them as personal devices.
- No protection is in place for corporate data on mobile devices (both user-owned and corporate-owned).
- Plans are in place to retire the current endpoint management tool and replace it with a modern solution, i.e. Microsoft Intune
- Approximately 1000 users:
- ~900 Windows 10 workstations
Prepare Phase (weeks 6-9)
- Complete deployment/configuration of systems
- Provide input to the test plan
- Jointly track and resolve issues/defects
- Jointly test phase results
- Manage Hybrid Azure AD join and Group Policy for Windows 10 enrollment
- Manage any required DNS or firewall changes
- Sign-off on Prepare phase completion
Transform Phase (weeks 10-13)
- Confirmation of pilot users and all end-user communications
- Configuration of endpoints
- Logging and triage of issues
- Evaluation of the environment against the critical success factors
- Sign-off on Transform phase completion
Project Week 1 Week 2 Week 3 Week 4 Week 5 Week 6 Week 7 Week 8 Week 9 Week 10 Week 11 Week 12 Week 13 Week 14
Modern Endpoint
Establishment
Plan
Prepare
Transform
Transition
Contoso is responsible for:
- Completing any required upgrades or patching.
- End-user communications and support"""  # noqa: E501 - the seed's text, verbatim

SEED_VALID_CONTACTS = """Section 3. (Required): Partner and Customer Contact Information
Partner Company Name Fabrikam
Customer Company Name Contoso
Customer Signatory Name (printed) John Doe
Customer Signatory Role or Job Title Chief Information Security Officer
Engagement Start and End Date June 1, 2025 – September 10, 2025
Section 3.1 (Required): Customer Acknowledgment*
*Customer acknowledgement must be dated within 12 months of claim submission. Applicable for Dates Signed field below.
E-Signed by: John Doe
Signature Date Signe 6/5/2025"""

SEED_INVALID_EMAIL = """Hello,
We agree that Fabrikam will be our partner on M365 solutions.
Best,
John Doe
Chief Information Security Officer
Contoso
Reply Forward
Tue 6/10/2025 9:35 AM"""

SEED_INVALID_FORM = """Valid for use in the following MCI incentives:
Security Usage
Section 1 (Required): Select product(s)/workload(s) and activity type
☐ Microsoft Entra ID P2 (formerly AADP P2) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Defender for Endpoint (MDE) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Purview Information Protection (MIP) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☒ Microsoft Intune ☒ Deployment ☒ Implementation ☒ Adoption/Change Mgmt.
☐ Microsoft Purview Insider Risk Management (IRM) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Defender for Identity ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Defender for Office 365 ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Defender for Cloud Apps (formerly MCAS) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
Section 2 (Required): Scope of Work Details
Describe in detail the work performed following the product and activity selection in Section 1:
Generic high-level descriptions will not be accepted.
Assistance for license assignment, deployment setup and guidance. Advisory and remediation activities, support tickets, adoption training and providing adoption materials.
Provides remote guidance for:
• Licensing your end users
• Configuring identities used by Intune by leveraging either on-premises Active Directory or cloud identities (Microsoft Entra ID)
• Adding users to your Microsoft Intune subscription, defining IT admin roles, and creating user and device groups
• Configuring MDM authority based on management needs
Section 3. (Required): Partner and Customer Contact Information
Partner Company Name Fabrikam
Customer Company Name Contoso
Customer Signatory Name (printed) John Doe
Customer Signatory Role or Job Title Chief Information Security Officer
Engagement Start and End Date"""  # noqa: E501 - the seed's text, verbatim

FRENCH_POE = """Nous avons déployé Microsoft Intune pour l'ensemble des postes de travail du client.
La configuration des stratégies de conformité a été réalisée avec l'équipe informatique de Contoso.
Le projet s'est déroulé en trois phases entre juin et septembre, avec une formation des utilisateurs finaux
et un accompagnement au changement pour les responsables de chaque site."""


def scan_doc(path: str = "POE/scan.pdf") -> Document:
    return Document(path=path, role="poe", kind="pdf", sha256="0" * 64, page_count=1, page_sizes=[(612.0, 792.0)])


def rw(realworld: Path, name: str, role: str = "poe") -> Document:
    return extract_document((realworld / name).read_bytes(), f"POE/{Path(name).name}", role)


# -- document_language -----------------------------------------------------------------------


def test_english_poe_passes_with_a_sample_quote() -> None:
    r = language.run(context(make_claim(), page_doc(SEED_VALID_SCOPE)))
    assert r.status == "pass"
    assert r.evidence
    assert r.evidence[0].page == 1


def test_french_poe_fails_naming_document_and_language() -> None:
    poe = page_doc(SEED_VALID_SCOPE)
    french = page_doc(FRENCH_POE, path="POE/Rapport.pdf")
    r = language.run(context(make_claim(), poe, french))
    assert r.status == "fail"
    assert not r.reject  # fixable: upload an English version
    assert "POE/Rapport.pdf is in French" in r.summary
    assert "upload an English language version" in r.summary
    assert [e.document for e in r.evidence] == ["POE/Rapport.pdf"]
    assert r.evidence[0].quote.startswith("Nous avons déployé Microsoft Intune")


def test_english_email_with_a_short_foreign_disclaimer_passes() -> None:
    body = SEED_VALID_SCOPE.split("Section 2 (Required): Scope of Work Details")[1] + "\nCe message est confidentiel."
    r = language.run(context(make_claim(), email_doc(body)))
    assert r.status == "pass"


def test_half_and_half_document_warns_as_mixed() -> None:
    english = "\n".join(SEED_VALID_SCOPE.splitlines()[15:27])
    r = language.run(context(make_claim(), page_doc(english + "\n" + FRENCH_POE + "\n" + FRENCH_POE)))
    assert r.status in ("warn", "fail")
    assert "French" in r.summary


def test_too_little_text_warns_rather_than_fails() -> None:
    r = language.run(context(make_claim(), page_doc("Signed: J. Doe"), scan_doc()))
    assert r.status == "warn"
    assert "too little text" in r.summary


def test_short_english_acknowledgement_passes_with_a_note() -> None:
    r = language.run(context(make_claim(), email_doc("Yes, we approve the Intune work you did for us.")))
    assert r.status == "pass"
    assert "little text" in r.summary


def test_language_is_reproducible() -> None:
    doc = page_doc(FRENCH_POE)
    first = language.run(context(make_claim(), doc))
    assert all(language.run(context(make_claim(), doc)) == first for _ in range(3))


def test_survey_and_attestation_are_not_language_checked() -> None:
    survey = page_doc(FRENCH_POE, path="customer_survey.json", role="customer_attestation")
    r = language.run(context(make_claim(), page_doc(SEED_VALID_SCOPE), survey))
    assert r.status == "pass"


def test_no_documents_warns() -> None:
    assert language.run(context(make_claim())).status == "warn"


@pytest.mark.realworld
@pytest.mark.parametrize(
    ("name", "status", "language_name"),
    [
        ("invoices/Facture_F20180027.pdf", "fail", "French"),
        ("msg/EmailWith2Attachments.msg", "fail", "Dutch"),
        ("msg/RtfWithShortRussianString.msg", "warn", "Russian"),
        ("msg/Hello_CJK.msg", "warn", None),
        ("msg/TxtSampleEmail.msg", "pass", None),
        ("invoices/SammyMaystoneLinesTest.pdf", "pass", None),
    ],
)
def test_language_realworld(realworld: Path, name: str, status: str, language_name: str | None) -> None:
    r = language.run(context(make_claim(), rw(realworld, name)))
    assert r.status == status, r.summary
    if language_name:
        assert language_name in r.summary


@pytest.mark.realworld
def test_language_realworld_unreadable(realworld: Path) -> None:
    r = language.run(context(make_claim(), rw(realworld, "invoices/corruptedV2PDF.pdf")))
    assert r.status == "warn"


# -- activity_detail -------------------------------------------------------------------------


def test_seed_valid_example_passes() -> None:
    docs = [page_doc(SEED_VALID_SCOPE, path="POE/sow.pdf"), page_doc(SEED_VALID_CONTACTS, path="POE/ack.pdf")]
    r = activity_detail.run(context(make_claim(), *docs))
    assert r.status == "pass", r.summary
    assert "'Approximately 1000 users'" in r.summary
    assert "'~900 Windows 10 workstations'" in r.summary
    assert "a timeline ('Prepare Phase'" in r.summary
    quotes = [e.quote for e in r.evidence]
    assert "Manage Hybrid Azure AD join and Group Policy for Windows 10 enrollment" in quotes


def test_seed_valid_scope_alone_passes() -> None:
    assert activity_detail.run(context(make_claim(), page_doc(SEED_VALID_SCOPE))).status == "pass"


def test_seed_invalid_example_fails_naming_what_is_missing() -> None:
    docs = [page_doc(SEED_INVALID_EMAIL, path="POE/email.pdf"), page_doc(SEED_INVALID_FORM, path="POE/form.pdf")]
    r = activity_detail.run(context(make_claim(), *docs))
    assert r.status == "fail"
    assert "no users or devices in scope, no timeline, tasks are generic" in r.summary
    assert "'Assistance for license assignment, deployment setup and guidance.'" in r.summary
    assert r.evidence


def test_seed_invalid_form_fails_on_its_own() -> None:
    r = activity_detail.run(context(make_claim(), page_doc(SEED_INVALID_FORM)))
    assert r.status == "fail"


def test_seed_invalid_form_fails_when_the_list_is_one_line() -> None:
    # The claims system's HTML export puts the guidance list on one line.
    one_line = SEED_INVALID_FORM.replace("\n• ", " ")
    assert activity_detail.run(context(make_claim(), page_doc(one_line))).status == "fail"


def test_seed_invalid_acknowledgement_email_fails() -> None:
    mail = email_doc("Hello,\nWe agree that Fabrikam will be our partner on M365 solutions.\nBest,\nJohn Doe")
    r = activity_detail.run(context(make_claim(), mail))
    assert r.status == "fail"
    assert "no users or devices in scope, no timeline" in r.summary


def test_list_of_high_level_tasks_fails() -> None:
    doc = page_doc("Services provided: planning, testing, ongoing support, training, documentation.")
    r = activity_detail.run(context(make_claim(), doc))
    assert r.status == "fail"
    assert "tasks are generic" in r.summary


def test_product_benefit_text_fails() -> None:
    doc = page_doc(
        "Microsoft Intune helps you secure and manage your devices seamlessly.\n"
        "Empower your users to be productive on any device while you protect your organization's data.\n"
        "Microsoft Defender for Endpoint provides industry-leading protection for your business."
    )
    assert activity_detail.run(context(make_claim(), doc)).status == "fail"


def test_partly_specific_email_warns() -> None:
    mail = email_doc(
        "Hi Priya, confirming that Fabrikam enrolled our 350 laptops in Microsoft Intune last month. Thanks, John"
    )
    r = activity_detail.run(context(make_claim(), mail))
    assert r.status == "warn"
    assert "'350 laptops'" in r.summary


@pytest.mark.parametrize(
    "text",
    [
        # one concrete task, with the devices in scope and the timeline beside it
        "Between 2 June 2025 and 29 August 2025 Fabrikam enrolled our 350 laptops in Microsoft Intune.",
        # two concrete tasks with the people in scope, no timeline
        "Fabrikam enrolled our 350 laptops in Microsoft Intune. They also onboarded the laptops to Defender for "
        "Endpoint with attack surface reduction rules in block mode.",
    ],
)
def test_users_in_scope_with_a_timeline_or_a_second_task_are_detail_enough(text: str) -> None:
    r = activity_detail.run(context(make_claim(), email_doc(f"Hi Priya, {text} Thanks, John")))
    assert r.status == "pass", r.summary


def test_detailed_email_passes() -> None:
    mail = email_doc(
        "Hi Priya,\n"
        "Confirming the work Fabrikam delivered between 2 June 2025 and 29 August 2025:\n"
        "- Onboarded 1,200 workstations and 85 servers to Microsoft Defender for Endpoint\n"
        "- Configured attack surface reduction rules and EDR in block mode for all endpoints\n"
        "- Deployed Intune compliance policies and Conditional Access for 1,500 users\n"
        "Our legacy antivirus has been retired.\nJohn"
    )
    r = activity_detail.run(context(make_claim(), mail))
    assert r.status == "pass", r.summary


def test_labelled_counts_and_deliverables_without_verbs_count() -> None:
    """Completion certificates list scope as labelled counts and the work as deliverables, not verbs."""
    certificate = page_doc(
        "Acceptance Certificate – Microsoft Defender for Cloud Apps\n"
        "Engagement June 9, 2025 – August 8, 2025\n"
        "Users in scope | 1,350\n"
        "Services delivered\n"
        "• App connectors for Microsoft 365, Salesforce and Google Workspace; 9 activity and file policies.\n"
        "• Conditional Access policies for 3 user groups.\n"
    )
    r = activity_detail.run(context(make_claim(), certificate))
    assert r.status == "pass", r.summary
    assert "'Users in scope | 1,350'" in r.summary
    assert "3 concrete tasks" in r.summary
    for text, quote in (
        ("Users: 140 field technicians, 12 dispatchers", "140 field technicians"),
        ("Devices in scope: 900", "Devices in scope: 900"),
        ("Mailboxes protected 1,150 user and 46 shared", "1,150 user"),
        ("Asset registry of 5,600 county assets", "5,600 county assets"),
    ):
        r = activity_detail.run(context(make_claim(), page_doc(text)))
        assert f"'{quote}'" in r.summary, (text, r.summary)
    # a year, a product version or a duration after a unit is no count
    for text in ("Users 2025 roll-out plan", "Devices 10 months of support", "Microsoft 365 users"):
        r = activity_detail.run(context(make_claim(), page_doc(text)))
        assert "users/devices in scope" not in r.summary, (text, r.summary)
    # a product's promise naming deliverables is no task of this engagement
    promo = page_doc("App connectors for Salesforce and Slack provides visibility into every cloud app.")
    assert "no concrete tasks" in activity_detail.run(context(make_claim(), promo)).summary
    plain = page_doc("App connectors for Salesforce and Slack with session policies for contractors.")
    assert "1 concrete task" in activity_detail.run(context(make_claim(), plain)).summary
    # and the seed's invalid example still fails
    r = activity_detail.run(context(make_claim(), page_doc(SEED_INVALID_FORM)))
    assert r.status == "fail", r.summary


WORK_TABLE = (
    "Implementation Completion Report\n"
    "Period January 12 – April 3, 2026\n"
    "Summary\n"
    "Redwood moved the City's 310 employees from on-premises Exchange 2013 to Exchange Online (GCC).\n"
    "Work delivered\n"
    "{header}\n"
    "Exchange Online 310 mailboxes and 22 shared mailboxes to GCC; litigation hold for Complete\n"
    "records retention (WA State RCW 40.14); journaling retired\n"
    "Microsoft Teams Teams per department (11), council packet workflow, guest access for Complete\n"
    "the county\n"
    "Key figures\n"
    "Mailboxes 310\n"
)


def test_rows_of_a_table_of_work_per_workload_are_concrete_tasks() -> None:
    # the seed's "detailed explanation of the services and technology provided per product group",
    # written as table rows without a verb
    table = page_doc(WORK_TABLE.format(header="Workload Activities delivered Status"))
    r = activity_detail.run(context(make_claim(), table))
    assert r.status == "pass", r.summary
    assert "3 concrete tasks" in r.summary
    # the same rows without a header saying they are the work done are not counted as tasks
    r = activity_detail.run(context(make_claim(), page_doc(WORK_TABLE.format(header="Notes"))))
    assert "; 1 concrete task tied to a technology" in r.summary, r.summary
    # a row of a table that names no product is no task of a product group
    generic = page_doc("Workload Activities delivered Status\nDeployment, configuration, testing Complete\n")
    r = activity_detail.run(context(make_claim(), generic))
    assert r.status == "fail", r.summary
    assert "tasks are generic" in r.summary


FIT_GAP = (
    "Business Central fit-gap workshop - summary\n"
    "Workshop 22 January 2026, Motueka\n"
    "Processes reviewed\n"
    "{header}\n"
    "Grower contracts and hop pool Gap Extension for pool accounting payments\n"
    "Kiln and pelletising production Fit Manufacturing, 2 production BOMs\n"
    "Users\n"
    "24 users: finance (6), kiln and pelletising operations (11), export and sales (7).\n"
)


def test_rows_under_a_work_performed_heading_are_the_work_done() -> None:
    rows = (
        "Entra ID P2 Privileged Identity Management for 22 admin roles;\n"
        "risk-based Conditional Access for 610 users;\n"
        "Defender for Identity sensors on 4 domain controllers and the AD CS server;\n"
    )
    r = activity_detail.run(context(make_claim(), page_doc("Acceptance Certificate\nWork performed | Scope\n" + rows)))
    assert r.status == "pass", r.summary
    assert "3 concrete tasks" in r.summary
    # a sentence that starts with the words is no heading
    prose = "Work performed by Fabrikam in the spring included several weeks of meetings with the team.\n"
    assert "3 concrete tasks" not in activity_detail.run(context(make_claim(), page_doc(prose + rows))).summary


def test_rows_of_a_fit_gap_analysis_are_the_pre_sales_work() -> None:
    # a pre-sales fit-gap workshop's record: each process reviewed, whether it fits and how
    r = activity_detail.run(context(make_claim(), page_doc(FIT_GAP.format(header="Process Fit Approach"))))
    assert r.status == "pass", r.summary
    assert "2 concrete tasks" in r.summary
    r = activity_detail.run(context(make_claim(), page_doc(FIT_GAP.format(header="Notes"))))
    assert r.status != "pass", r.summary


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Extraction of import documents for the 12-person customs team.", "'12-person'"),
        ("Teams Phone for 190 users across 3 plants.", "'190 users'"),
        ("A 24-hour cutover window and a 2-factor sign-in for admins.", None),  # no people counted
        # a workshop counts its participants; an app the people who use it
        ("Workshop 9 April 2026\nParticipants 12 – quarry, polishing unit, dispatch", "'Participants 12'"),
        ("Block inspection app (Power Apps canvas + Dataverse), used by 9 supervisors.", "'9 supervisors'"),
    ],
)
def test_a_team_counted_in_one_word_is_the_people_in_scope(text: str, scope: str | None) -> None:
    r = activity_detail.run(context(make_claim(), page_doc(text)))
    if scope is None:
        assert "users/devices in scope" not in r.summary, r.summary
    else:
        assert f"users/devices in scope ({scope}" in r.summary, r.summary


def test_office_365_is_not_a_user_count() -> None:
    doc = page_doc("Configured Office 365 users and Microsoft 365 licenses.")
    r = activity_detail.run(context(make_claim(), doc))
    assert "users/devices in scope" not in r.summary


def test_activity_scan_without_text_warns() -> None:
    r = activity_detail.run(context(make_claim(), scan_doc()))
    assert r.status == "warn"


def test_activity_generic_text_with_a_scan_beside_warns() -> None:
    r = activity_detail.run(context(make_claim(), page_doc(SEED_INVALID_EMAIL), scan_doc()))
    assert r.status == "warn"
    assert "could not be read" in r.summary


def test_activity_detail_applies_to_partner_activities() -> None:
    claim = make_claim(PARTNER_ACTIVITIES)
    r = activity_detail.run(context(claim, page_doc(SEED_VALID_SCOPE, path="poe.pdf")))
    assert r.status == "pass"


def test_invoice_text_is_not_activity_evidence() -> None:
    invoice = page_doc(SEED_VALID_SCOPE, path="invoice.pdf", role="invoice")
    r = activity_detail.run(context(make_claim(), invoice, page_doc(SEED_INVALID_EMAIL)))
    assert r.status == "fail"


@pytest.mark.realworld
@pytest.mark.parametrize(
    "name", ["msg/TxtSampleEmail.msg", "pdf_odd/google-doc-document.pdf", "invoices/SammyMaystoneLinesTest.pdf"]
)
def test_activity_realworld_unrelated_documents_do_not_pass(realworld: Path, name: str) -> None:
    r = activity_detail.run(context(make_claim(), rw(realworld, name)))
    assert r.status in ("fail", "warn"), r.summary


@pytest.mark.realworld
def test_activity_realworld_every_document_gives_a_verdict(realworld: Path) -> None:
    for path in sorted([*realworld.glob("msg/*.msg"), *realworld.glob("docx/*.docx"), *realworld.glob("eml/*")]):
        doc = read_realworld(path, f"POE/{path.name}", "poe")
        r = activity_detail.run(context(make_claim(), doc))
        assert r.status in ("pass", "fail", "warn"), path.name


def seed_pdf(pages: list[str], *, glyphs: bool) -> bytes:
    """The seed's example pages as a real PDF (checkbox glyphs kept, or lost as with Helvetica)."""
    pdf = pymupdf.open()
    for text in pages:
        page = pdf.new_page()
        if glyphs:
            body = "".join(f"<p style='font-size:8px;margin:0'>{html.escape(line)}</p>" for line in text.splitlines())
            page.insert_htmlbox(pymupdf.Rect(40, 40, 570, 800), body)
        else:
            for i, line in enumerate(text.splitlines()):
                page.insert_text((40, 60 + 12 * i), line, fontsize=8, fontname="helv")
    data: bytes = pdf.tobytes()
    return data


@pytest.mark.parametrize("glyphs", [True, False])
def test_seed_examples_as_real_pdfs_are_separated(glyphs: bool) -> None:
    valid = extract_document(seed_pdf([SEED_VALID_SCOPE, SEED_VALID_CONTACTS], glyphs=glyphs), "POE/v.pdf", "poe")
    invalid = extract_document(seed_pdf([SEED_INVALID_FORM, SEED_INVALID_EMAIL], glyphs=glyphs), "POE/i.pdf", "poe")
    assert activity_detail.run(context(make_claim(), valid)).status == "pass"
    r = activity_detail.run(context(make_claim(), invalid))
    assert r.status == "fail"
    assert r.evidence
    assert all(e.page is not None for e in r.evidence)


def test_short_foreign_cover_email_with_english_attachment_only_warns() -> None:
    from poe_reviewer.checks import document_language
    from tests.builders import context, email_doc, make_claim, page_doc

    cover = email_doc(
        "Hola Priya, adjunto el acta de aceptación firmada del proyecto de Intune. "
        "Quedamos a la espera de la siguiente fase. Saludos cordiales, Juan",
    )
    attachment = page_doc(
        "Acceptance certificate. Contoso confirms that Fabrikam has completed the deployment of Microsoft "
        "Intune for 1,200 users in the Madrid and Sevilla offices, including the enrollment of all Windows "
        "devices and the configuration of compliance policies for the finance team.",
        path="POE/ack.msg!/acceptance.pdf",
    )
    cover.children.append(attachment)
    r = document_language.run(context(make_claim(), cover))
    assert r.status == "warn", r.summary
    assert "POE/ack.msg" in r.summary


# -- bilingual documents (issue 11, class 7) ------------------------------------------------------------------
EN = (
    "Acceptance of services. The customer confirms that the partner has deployed Microsoft Intune to all "
    "1,200 company laptops, configured the compliance policies and trained the service desk. The work was "
    "completed on schedule and is accepted by the customer. "
)
DE = (
    "Abnahme der Leistungen. Der Kunde bestätigt, dass der Partner Microsoft Intune auf allen 1.200 "
    "Firmen-Laptops bereitgestellt, die Richtlinien zur Konformität eingerichtet und den Service Desk "
    "geschult hat. Die Arbeiten wurden termingerecht abgeschlossen und vom Kunden abgenommen. "
)


def test_a_bilingual_document_with_a_full_english_text_is_english() -> None:
    from poe_reviewer.checks import document_language

    r = document_language.run(context(make_claim(), page_doc(DE * 2 + "\n" + EN * 2)))
    assert r.status == "pass", r.summary
    assert "Bilingual, with a full English text: POE/poe.pdf in English and German" in r.summary


def test_a_german_document_with_an_english_line_is_not_english() -> None:
    from poe_reviewer.checks import document_language

    mostly_german = DE * 3 + "\nSummary: Intune deployed."
    assert document_language.run(context(make_claim(), page_doc(mostly_german))).status == "fail"


def _mixed_lines(left: str, right: str) -> str:
    return "\n".join(f"{a} {b}" for a, b in zip(left.splitlines(), right.splitlines(), strict=False))


def _side_by_side_pdf(left: str, right: str) -> Document:
    """A form printing two texts side by side: a label column, then the columns, row by row."""
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 60), "Abnahmeerklärung / Acceptance Certificate", fontsize=14)
    for y, (label, value) in zip(
        (90, 106, 122),
        (("Auftraggeber / Customer", "Contoso Ltd"), ("Auftragnehmer / Partner", "Fabrikam, Inc."),
         ("Zeitraum / Period", "01.06.2026 - 11.09.2026")),
        strict=True,
    ):  # fmt: skip
        page.insert_text((72, y), label, fontsize=10)
        page.insert_text((250, y), value, fontsize=10)
    page.insert_textbox(pymupdf.Rect(72, 140, 290, 700), left, fontsize=10)
    page.insert_textbox(pymupdf.Rect(320, 140, 540, 700), right, fontsize=10)
    return extract_document(pdf.tobytes(), "POE/acceptance.pdf", "poe")


# a service list as such forms print it: short items, few of the words prose is made of
DE_ITEMS = (
    "Vertraulichkeitsstufen für 1.700 Mitarbeitende veröffentlicht.\n"
    "Automatische Klassifizierung von Konstruktionszeichnungen (CAD) in 12 SharePoint-Sites.\n"
    "Verschlüsselung für 'Streng vertraulich' inklusive Freigabe an 40 Zulieferer.\n"
    "Schulung von 25 Key-Usern und Übergabe an den Betrieb.\n"
    "Der Auftraggeber bestätigt die vollständige Erbringung der Leistungen und erklärt die Abnahme.\n"
)
EN_ITEMS = (
    "Confidentiality labels published to 1,700 employees.\n"
    "Automatic classification of design drawings (CAD) in 12 SharePoint sites.\n"
    "Encryption for 'Highly confidential' including sharing with 40 suppliers.\n"
    "Training of 25 key users and handover to operations.\n"
    "The customer confirms that the services were delivered in full and accepts them.\n"
)


def test_two_texts_side_by_side_with_a_full_english_one_are_english() -> None:
    # read line by line, every line mixes both languages and the page reads as German
    assert language.run(context(make_claim(), page_doc(_mixed_lines(DE_ITEMS, EN_ITEMS)))).status == "fail"
    r = language.run(context(make_claim(), _side_by_side_pdf(DE_ITEMS, EN_ITEMS)))
    assert r.status == "pass", r.summary
    assert "Bilingual, with a full English text: POE/acceptance.pdf in English and German" in r.summary


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (DE_ITEMS, DE_ITEMS),  # both columns German
        (DE_ITEMS * 2, "Intune deployed.\nAccepted."),  # an English note beside a German text
        (DE_ITEMS, EN_ITEMS.replace("1,700", "900").replace("12", "3").replace("40", "8")),  # not the same text
    ],
)
def test_side_by_side_columns_without_the_same_english_text_are_not_english(left: str, right: str) -> None:
    r = language.run(context(make_claim(), _side_by_side_pdf(left, right)))
    assert r.status in ("warn", "fail"), r.summary
    assert "Bilingual" not in r.summary


def test_an_english_form_in_columns_stays_english() -> None:
    r = language.run(context(make_claim(), _side_by_side_pdf(EN_ITEMS, EN_ITEMS)))
    assert r.status == "pass", r.summary
    assert "Bilingual" not in r.summary


def test_a_purchase_order_in_another_language_asks_for_no_translation() -> None:
    # a purchase order never counts as POE (the unacceptable-documents check says so): nothing in it is
    # reviewed, so its language asks nothing of the partner
    order = page_doc(
        "BESTELLUNG / PURCHASE ORDER 4500088213\nBestelldatum 02.03.2026\nLieferant: Fabrikam, Inc.\n"
        "Pos. Menge Bezeichnung Einzelpreis Gesamtpreis\n1 180 Microsoft 365 E3 Lizenzen 33,00 EUR 5.940,00 EUR\n"
        "Zahlungsbedingungen: 30 Tage netto. Bitte geben Sie die Bestellnummer auf allen Rechnungen an. "
        "Lieferung an die Lagerhalle 3, Wareneingang.\nGesamtbetrag netto 5.940,00 EUR",
        "POE/Bestellung_4500088213.pdf",
    )
    r = language.run(context(make_claim(), page_doc(EN * 3), order))
    assert r.status == "pass", r.summary
    # the same German text as a report of the work is a document to translate
    report = page_doc(DE_ITEMS * 2, "POE/Abschlussbericht.pdf")
    assert language.run(context(make_claim(), page_doc(EN * 3), report)).status in ("warn", "fail")


def test_an_automatic_reply_in_another_language_asks_for_no_translation() -> None:
    from tests.builders import email_doc as message

    auto_reply = message(
        "Bonjour, je suis absente jusqu'au 3 novembre inclus. Pour toute urgence, merci de contacter le support.",
        subject="Réponse automatique : PV de réception",
        path="POE/Réponse automatique.eml",
    )
    r = language.run(context(make_claim(), page_doc(EN * 3), auto_reply))
    assert r.status == "pass", r.summary
    # a French message written by a person is a document to translate
    person = message(
        "Bonjour, merci pour le rapport. Nous validons le déploiement sur tous les postes de travail du siège.",
        subject="PV de réception",
        path="POE/Réponse.eml",
    )
    assert language.run(context(make_claim(), page_doc(EN * 3), person)).status in ("warn", "fail")


def test_a_form_that_writes_each_statement_twice_after_a_slash_is_english() -> None:
    # each line: the other language, a slash, the same in English (wrapped lines run on)
    pairs = "\n".join(f"{de} / {en}" for de, en in zip(DE_ITEMS.splitlines(), EN_ITEMS.splitlines(), strict=True))
    r = language.run(context(make_claim(), page_doc("Abnahmeprotokoll / Acceptance certificate\n" + pairs)))
    assert r.status == "pass", r.summary
    assert "in English and German" in r.summary


# The OCR reading of a scanned two-column acceptance test report, every statement in Italian and English:
# a row's two languages often run into one piece, so the English pieces alone lack the row's numbers.
OCR_TWO_COLUMNS = """3 Tiber Cloud
Verbale di collaudo - TC-P-2025-031
Verbale di collaudo / Acceptance test report
/ Customer
| Fornitore / Supplier
eseguito / Tests
run
Acque Minerali Dolomiti S.p.A., Via delle Fonti 7, 32032 Feltre BL
| Tiber Cloud S.r.l.
Phone (190 utenti / users) e 5 Teams Rooms / and 5 Teams
Rooms
dal 27/10/2025 al 07/11/2025 / from 27/10/2025 to 07/11/2025
Numeri portati da TIM a Operator Connect: 190 utenti, 3 code di chiamata, 2 risponditori automatici. /
Numbers ported from TIM to Operator Connect: 190 users, 3 call queues, 2 auto attendants.
#
T04
TOS
TO6
Prova / Test Esito /
Result
Chiamata in uscita da numero geografico / Outbound call from a geographic OK
| number
| Coda 'Ordini con 8 agenti, fuori orario / ‘Horeca queue,
| agents, after hours |
| Risponditore automatico IT/EN / IT/EN auto attendant | OK
di emergenza 112 con indirizzo dello stabilimento /112 }
emergency call with plant address
| Sala (Teams Rooms, Windows): riunione ibrida con 14 : |
partecipanti / 'Marmolada' room (Teams Rooms on Windows): hybrid
meeting with
| Sale di produzione (4 x Teams Rooms su Android) / Production rooms (4x OK
14 participants
Teams Rooms on Android)
cliente dichiara il collaudo superato con esito positivo. / The customer declares the acceptance tests
passed.
Firme / Signatures
Cliente / Customer Fornitore / Supplier
Societa /
Company
/ Name
/ Role
| Firma / Signature |
Data / Date
Tiber Cloud
| 09/11/2025 09/11/2025
Acque Minerali Dolomiti S.p.A. Tiber Cloud S.r.l.
| Chiara De Marchi | Giulia Ferri
|
ICT Manager Project Manager
50 |
P.IVA 15522841006 - REA RM-1598841 Page 1 of 1"""


# A Dutch/English acceptance form whose short pieces a language detector reads as a third language
# (Afrikaans, German): either language's noise, which does not make the English text less complete.
NL_FORM = """Acceptatieformulier / Acceptance form AF-2026-044
Opdrachtgever / Client Westland Kwekerijen B.V.
Leverancier / Supplier Polder ICT B.V., Delft
Periode / Period 02-02-2026 t/m 27-03-2026
Door ondertekening bevestigt de opdrachtgever dat de werkzaamheden zijn uitgevoerd. / By signing, the client \
confirms that the work has been carried out.
Werkzaamheden / Work delivered
SharePoint Online: 1,8 TB / 1.8 TB van de fileserver naar 18 teamsites (teelt, inkoop, logistiek) / file server \
migrated to 18 team sites
Teams voor 190 medewerkers / Teams for 190 staff, incl. 40 kassenmedewerkers op gedeelde tablets
Kanalen per kaslocatie (Naaldwijk, Honselersdijk, Maasdijk) met gekoppelde bibliotheken
Training 6 sessies / 6 sessions; 10 site-eigenaren / site owners
Naam / Name Joris van Dijk
Functie / Role Manager ICT
Datum / Date 30-03-2026
Polder ICT B.V. · KvK 30187299 · Page 1 of 1"""


def test_a_bilingual_form_is_english_whatever_third_language_its_short_pieces_read_as() -> None:
    r = language.run(context(make_claim(), page_doc(NL_FORM)))
    assert r.status == "pass", r.summary
    assert "in English and Dutch" in r.summary
    # the Dutch statements alone are Dutch
    dutch = "\n".join(line.split(" / ")[0] for line in NL_FORM.splitlines())
    assert language.run(context(make_claim(), page_doc(dutch))).status != "pass"


# A French/English acceptance report of short "Libellé / Label" lines, its statements in two columns, and the
# e-signature platform's bilingual audit trail, as extracted from the PDF: read across line ends, the text between
# two slashes runs from one line's English label into the next line's French one; read line by line, each half
# is one language.
FR_FORM = """Yousign – signature request 4d07a082-de78
PV de recette / Acceptance report
Procès-verbal de recette / Acceptance report
Projet / Project: Microsoft 365 – réf. AN-2026-044
Client / Customer Transports Guérandais SAS (TG)
Prestataire / Provider Ardoise Numérique SAS
Période / Period 02/03/2026 – 30/04/2026
Français English
Migration de 142 boîtes aux lettres (Gmail) Migration of 142 mailboxes (Gmail) to
vers Exchange Online, dont 9 boîtes partagées Exchange Online, including 9 shared mailboxes
(exploitation, affrètement, factures). (operations, chartering, invoices).
Microsoft Teams pour les 3 agences (Guérande, Microsoft Teams for the 3 depots (Guérande,
Saint-Nazaire, Vannes) ; canal d'astreinte pour Saint-Nazaire, Vannes); an on-call channel for
les 64 conducteurs. the 64 drivers.
Intranet SharePoint Online et migration du SharePoint Online intranet and file-server
serveur de fichiers (620 Go, 11 sites). migration (620 GB, 11 sites).
Le client prononce la recette sans réserve. / The customer accepts the deliverables without
reservation.
Signature client / Customer
signature
Sophie Rivallan (May 19, 2026 09:47 GMT+2)
Name Sophie Rivallan
Title Directrice administrative et financière
Date signed
19/05/2026
Ardoise Numérique SAS · SIREN 889 402 117 · TVA FR28889402117 Page 1 of 1
Dossier de preuve / Audit trail
Demande de signature / 4d07a082-de78
Request
Document PV de recette / Acceptance report (1 page)
Empreinte SHA-256 / Hash 94fd9e33f0f00cd1d1955802f3fffb6c
b7135c2e5881d949988d87ee25cb76d0
Signataire / Signer Sophie Rivallan – s.rivallan@transports-guerandais.fr – Transports
Guérandais SAS
Niveau / Level Signature électronique avancée / Advanced electronic signature (eIDAS)
Événements / Events
Date Événement / Event Acteur / Actor
18/05/2026 05:47:00 Demande de signature créée / Signature maelle.guillou@ardoise-
UTC request created numerique.fr
18/05/2026 05:48:00 Invitation envoyée / Invitation sent s.rivallan@transports-
UTC guerandais.fr
19/05/2026 07:41:00 Document consulté / Document viewed s.rivallan@transports-
UTC guerandais.fr
19/05/2026 07:46:00 Code OTP validé (SMS +33 6 •• •• 41 27) / OTP s.rivallan@transports-
UTC verified guerandais.fr
19/05/2026 07:47:00 Document signé / Document signed s.rivallan@transports-
UTC guerandais.fr
19/05/2026 07:47:20 Demande de signature terminée / Signature –
UTC request completed"""


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (OCR_TWO_COLUMNS, "Italian"),  # a two-column form whose rows OCR ran together
        (FR_FORM, "French"),  # short "Libellé / Label" lines with an e-signature audit trail
    ],
)
def test_a_bilingual_form_that_says_everything_in_english_too_is_english(text: str, other: str) -> None:
    r = language.run(context(make_claim(), page_doc(text)))
    assert r.status == "pass", r.summary
    assert f"in English and {other}" in r.summary
    # the other language's statements alone (every English piece dropped) are not English
    alone = "\n".join(line.split(" / ")[0] for line in text.splitlines())
    assert language.run(context(make_claim(), page_doc(alone))).status != "pass"


def test_slashes_between_two_german_texts_do_not_make_them_english() -> None:
    pairs = "\n".join(f"{de} / {de}" for de in DE_ITEMS.splitlines())
    assert language.run(context(make_claim(), page_doc(pairs))).status == "fail"
    # nor an English text that is not the same as the German one
    other = EN_ITEMS.replace("1,700", "900").replace("12", "3").replace("40", "8").replace("25", "5")
    pairs = "\n".join(f"{de} / {en}" for de, en in zip(DE_ITEMS.splitlines(), other.splitlines(), strict=True))
    assert language.run(context(make_claim(), page_doc(pairs))).status != "pass"


def test_a_document_in_another_language_with_its_english_translation_beside_it_is_read_in_english() -> None:
    german = page_doc(DE_ITEMS * 2, "POE/Abnahmeprotokoll.pdf")
    english = page_doc(EN_ITEMS * 2, "POE/Acceptance_translation.pdf")
    r = language.run(context(make_claim(), german, english))
    assert r.status == "pass", r.summary
    assert (
        "With their English translation: POE/Abnahmeprotokoll.pdf (German) in POE/Acceptance_translation.pdf"
        in r.summary
    )
    # an English text that is not the same text (other numbers) translates nothing
    other = page_doc(EN_ITEMS.replace("1,700", "900").replace("12", "3").replace("40", "8").replace("25", "5") * 2)
    assert language.run(context(make_claim(), german, other)).status == "fail"


# -- what real acceptance records list (issue 11) -------------------------------------------------------------
GO_LIVE_RECORD = """Go-Live Record
Microsoft Dynamics 365 Business Central
Customer Cortiças do Alentejo, S.A.
Go-live 01/06/2026
Area Scope Users
Finance Accounting, treasury and SAF-T reporting 8 users
Purchasing Cork purchasing from 64 growers 5 users
Production Stopper batches with traceability 9 users
The customer confirms go-live on 1 June 2026.
"""


def test_a_go_live_record_listing_the_work_per_area_is_detailed() -> None:
    # one product, its functional areas as rows, users per area: the work per product group
    r = activity_detail.run(context(make_claim(), page_doc(GO_LIVE_RECORD)))
    assert r.status == "pass", r.summary
    assert "3 concrete tasks" in r.summary
    # without the header that says the rows are the scope, a row naming one feature is no task
    r = activity_detail.run(context(make_claim(), page_doc(GO_LIVE_RECORD.replace("Area Scope Users", "Notes"))))
    assert "2 concrete tasks" in r.summary, r.summary


def test_features_of_a_workload_set_up_for_counted_devices_are_concrete_tasks() -> None:
    closing = (
        "Final numbers before we close the project (go-live 14 September 2026):\n"
        "- Intune: 410 laptops with Autopilot and 60 rugged tablets, 12 compliance policies\n"
        "- Defender for Endpoint: 470 devices and 18 servers, ASR rules in block mode, EDR in block mode\n"
        "- DLP policies for Exchange, SharePoint and Teams\n"
    )
    r = activity_detail.run(context(make_claim(), email_doc(closing)))
    assert r.status == "pass", r.summary
    assert "3 concrete tasks" in r.summary


@pytest.mark.parametrize(
    "line",
    [
        "~900 Windows 10 workstations",  # scope: what is counted is no feature set up
        "Microsoft 365 E5 brings together Office 365, Intune and Windows",  # products named, nothing built
        "Data risk check between 23 March and 17 April 2026 (SharePoint, OneDrive)",  # a date counts nothing
    ],
)
def test_products_named_beside_scope_or_dates_are_no_task(line: str) -> None:
    r = activity_detail.run(context(make_claim(), page_doc(line + "\n")))
    assert "tied to a technology" not in r.summary, r.summary


def test_an_english_email_signed_with_foreign_names_and_an_address_is_english() -> None:
    body = (
        "Hi Andrei,\n\nWe accept the project. 318 laptops and the 44 MES kiosks are in Intune and all 362 devices "
        "plus the 14 servers report to Defender. Thanks for the quick fix on the kiosk profile.\n\n"
        "Cristina Ionescu\nȘef Departament IT\nBanat Auto Parts SRL\nStrada Gheorghe Lazăr 24\n\n"
        "From: Andrei Popescu\nSubject: Status report\n\nHi Cristina,\nAttached is the final status report. "
        "Please confirm acceptance so we can close the project.\n\nAndrei Popescu\nManager de Proiect\n"
        "Carpați Cloud SRL\nStrada Avram Iancu 18 | Cluj-Napoca\n"
    )
    r = language.run(context(make_claim(), email_doc(body)))
    assert r.status == "pass", r.summary
    assert "Romanian" not in r.summary


def test_an_english_reply_quoting_earlier_messages_in_another_language_is_english() -> None:
    own = (
        "Bonjour Camille,\n\nNous avons relu le compte rendu du comité de pilotage du 12/03/2026. Les chiffres sont "
        "conformes : 146 utilisateurs sur Teams, 9 sites SharePoint, 520 Go migrés. La Coopérative valide la clôture "
        "du projet.\n\n--- English version below ---\n\nHello Camille,\n\nWe have reviewed the minutes of the steering "
        "committee of 12/03/2026. The figures are correct: 146 users on Teams, 9 SharePoint sites, 520 GB migrated. "
        "The Cooperative approves the closure of the project.\n"
    )
    quoted = (
        "\nDe : Camille Ferrand\nEnvoyé : vendredi 13 mars 2026 11:00\nObjet : Compte rendu\n\nBonjour Élodie, "
        "veuillez trouver ci-joint le compte rendu du comité de pilotage de clôture d'hier, rédigé en anglais pour "
        "notre dossier. Pouvez-vous nous confirmer votre validation ? Nous restons à votre disposition pour toute "
        "question sur la migration des sites et des équipes.\n"
    ) * 2

    def reply(own: str) -> Document:
        mail = email_doc(own + quoted, own_text=own)
        mail.email.quoted = [QuotedMessage("Camille Ferrand", "13 mars 2026", "Compte rendu", quoted)]  # type: ignore[union-attr]
        return mail

    r = language.run(context(make_claim(), reply(own)))
    assert r.status == "pass", r.summary
    assert "quotes earlier messages in French" in r.summary
    # the author's own words only in French: the e-mail is French, whatever it quotes
    assert language.run(context(make_claim(), reply(own.split("--- English")[0]))).status == "fail"


def test_a_bilingual_form_whose_addresses_stand_once_is_english() -> None:
    # the parties' addresses (street numbers, four-digit postcodes) are written once, in no language's half
    form = """Abnahmeprotokoll DB-2026-019
Abnahmeprotokoll / Acceptance Record
Dynamics 365 Business Central & Power Automate
Kunde / Customer Salzach Holzbau GmbH, Salinenstraße 40, 5400 Hallein (FN 214887 t)
Partner Donau BizApps GmbH, Praterstraße 31, 1020 Wien
Auftrag / Order DB-2026-019 vom / of 12.01.2026
Produktivstart / Go-live 04.05.2026
Bereich / Area Leistung / Delivered Benutzer / Users
Business Central Finanzbuchhaltung, Einkauf, Lager (Holzlager Hallein und Kuchl), Projektabrechnung für
Holzbauprojekte für 38 Benutzer / Finance, purchasing, warehouse (timber yards Hallein and Kuchl), project
accounting for timber-construction jobs for 38 users
Power Automate 7 Flows: Bestellfreigabe, Kranplanung, Lieferschein-Upload aus der Baustellen-App / 7 flows:
purchase approval, crane scheduling, delivery-note upload from the site app
Der Kunde bestätigt den Produktivbetrieb seit 04.05.2026 und nimmt die Leistungen ab. / The
customer confirms productive operation since 4 May 2026 and accepts the services."""
    r = language.run(context(make_claim(), page_doc(form)))
    assert r.status == "pass", r.summary


def test_a_year_before_a_capitalised_word_is_no_postcode() -> None:
    from poe_reviewer.checks.document_language import _ADDRESS_NUMBER

    text = "Periodo / Period 2 de marzo - 24 de abril de 2026 Defender for Endpoint; 5400 Hallein; Praterstraße 31"
    found = {m.group("n") or m.group("p") or m.group("s") for m in _ADDRESS_NUMBER.finditer(text)}
    assert found == {"5400", "31"}
    # a street whose name is one compound word: its number stands before the postcode
    street = "Ballindamm 27, 20095 Hamburg"
    found = {m.group("n") or m.group("p") or m.group("s") for m in _ADDRESS_NUMBER.finditer(street)}
    assert found == {"27", "20095"}


AMMP = {"id": "AMMP-ADM-S", "name": "AMMP App/Data Modernization (Small)", "activity_type": "xs_small",
        "payout_type": "fixed", "proposed_payout_usd": None}  # fmt: skip
AMMP_DONE = (
    "Required activities\nApplication Compatibility Assessment/Review | 03/03/2026 | 9 applications reviewed\n"
    "Landing Zone Setup or Review | 20/03/2026 | hub-and-spoke landing zone, 4 subscriptions, 14 policies\n"
    "Modernization activities | 28/04/2026 | traceability system rebuilt on Azure App Service and Azure SQL\n"
    "The migration to Azure was completed on 28/04/2026 for the 120 users of the traceability system.\n"
)


@pytest.mark.parametrize(
    ("said", "stopped"),
    [
        ("Modernization activities | Deferred | Postponed by the customer to Q4 2026 - app not migrated", False),
        ("At the customer's request the migration of the traceability system was postponed until after the harvest.",
         False),
        ("Landing Zone Setup or Review | Planned - Not started: the existing subscription is used as-is.", False),
        # a scanned template's row, its cells wrapped: "Completed" says no
        ("Application Compatibility No - not\nAssessment/Review performed", False),
        ("Descoped: the customer relied on an earlier assessment; no compatibility review in this engagement", False),
        ("We've decided not to move off Splunk this year. Please stop work on the migration.", True),
        ("The customer cancelled the migration after the assessment.", True),
    ],
)  # fmt: skip
def test_a_migration_engagement_the_poe_shows_not_delivered_fails(said: str, stopped: bool) -> None:
    """AMMP Summary: "The following activities must be completed for your customer engagement to be considered
    fully delivered". The partner's own upload saying a required activity is deferred or not started asks for it
    done and shown (action required); an engagement the customer stopped will not be delivered (reject)."""
    claim = make_claim(PARTNER_ACTIVITIES, engagement=AMMP, workloads=[])
    r = activity_detail.run(context(claim, page_doc(AMMP_DONE + said)))
    assert r.status == "fail", r.summary
    assert r.reject is stopped
    assert ("was stopped, not delivered" if stopped else "is not done yet") in r.summary
    assert " ".join(r.evidence[0].quote.split()) in " ".join(said.split())
    # the delivered engagement passes; a workshop's later plans are no part of its delivery
    assert activity_detail.run(context(claim, page_doc(AMMP_DONE))).status == "pass"
    workshop = make_claim(PARTNER_ACTIVITIES)
    assert "not delivered" not in activity_detail.run(context(workshop, page_doc(AMMP_DONE + said))).summary


@pytest.mark.parametrize(
    "report",
    [
        # a pilot's report: what was built, counted
        "AI Apps Pilot - Grain Grading Assistant - Pilot Report\nCustomer Red River Grain Terminals Ltd\n"
        "Pilot 26 January - 20 February 2026\nArchitecture Azure OpenAI Service, Azure AI Vision, Azure Functions\n"
        "What was built\n• Assistant that reads grading guides and sample photos to suggest grade and dockage at the "
        "3 prairie terminals.\n• Used by 16 graders in parallel with manual grading during the pilot.",
        # a workshop's findings: its recommendations for this customer are what it delivered
        "Modern Work Frontline Workshop - Findings\nWorkshop dates 23 and 30 June 2026\nRecommendations\n"
        "• Teams with frontline licences and shared-device sign-in on 120 zonal tablets.\n"
        "• Shifts for valve-operation rosters; Approvals for material requisitions in 9 zones.",
    ],
)
def test_a_pilots_or_workshops_short_report_states_its_work_in_detail(report: str) -> None:
    r = activity_detail.run(context(make_claim(PARTNER_ACTIVITIES), page_doc(report)))
    assert r.status == "pass", r.summary
