"""Checks partner_customer_names and workload_match (seed: valid proof of execution, items 2 and 4)."""

from __future__ import annotations

import html
from pathlib import Path

import pymupdf
import pytest

from poe_reviewer.checks import partner_customer_names as names_check
from poe_reviewer.checks import workload_match as workload_check
from poe_reviewer.documents.model import Document, FormField, Segment, Word
from poe_reviewer.documents.registry import extract_document
from poe_reviewer.findings.checkboxes import text_box_state
from poe_reviewer.findings.workloads import catalogue, lookup
from poe_reviewer.policy import load_policy
from tests.builders import context, email_doc, make_claim, page_doc

# The seed's Valid POE example, Section 3 (customer acknowledgement page).
SEED_VALID_CONTACTS = """Valid for use in the following MCI incentives:
Security Usage
Section 3. (Required): Partner and Customer Contact Information
Partner Company Name Fabrikam
Customer Company Name Contoso
Customer Signatory Name (printed) John Doe
Customer Signatory Role or Job Title Chief Information Security Officer
Engagement Start and End Date June 1, 2025 – September 10, 2025
Section 3.1 (Required): Customer Acknowledgment*
*Customer acknowledgement must be dated within 12 months of claim submission. Applicable for Dates Signed field below.
E-Signed by: John Doe
Signature Date Signe 6/5/2025"""

# The seed's Valid POE example, Section 1 (workload checklist) as a PDF renders the boxes.
SEED_CHECKLIST = """Section 1 (Required): Select product(s)/workload(s) and activity type
☐ Microsoft Entra ID P2 (formerly AADP P2) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Defender for Endpoint (MDE) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Purview Information Protection (MIP) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☒ Microsoft Intune ☒ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Purview Insider Risk Management (IRM) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Defender for Identity ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Defender for Office 365 ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt.
☐ Microsoft Defender for Cloud Apps (formerly MCAS) ☐ Deployment ☐ Implementation ☐ Adoption/Change Mgmt."""


def _workloads(*names: str) -> list[dict[str, object]]:
    return [{"name": n, "subscription_id": None} for n in names]


def scan_doc(path: str = "POE/scan.pdf") -> Document:
    """A scanned page: a PDF without a text layer (no OCR)."""
    return Document(path=path, role="poe", kind="pdf", sha256="0" * 64, page_count=1, page_sizes=[(612.0, 792.0)])


# -- partner_customer_names ------------------------------------------------------------------


def test_names_seed_valid_example_passes_with_located_quotes() -> None:
    r = names_check.run(context(make_claim(), page_doc(SEED_VALID_CONTACTS)))
    assert r.status == "pass"
    quotes = [e.quote for e in r.evidence]
    assert quotes == ["Partner Company Name Fabrikam", "Customer Company Name Contoso"]
    assert all(e.page == 1 and e.bbox is not None for e in r.evidence)


def test_names_tolerate_case_suffixes_and_line_breaks() -> None:
    doc = page_doc("Statement of work between FABRIKAM INC. and CONTOSO\nLIMITED for Intune")
    r = names_check.run(context(make_claim(), doc))
    assert r.status == "pass", r.summary


def test_customer_name_only_in_email_addresses_fails() -> None:
    body = "Hi Priya,\nthe rollout went well, thanks to the Fabrikam team.\nJohn"
    r = names_check.run(context(make_claim(), email_doc(body)))
    assert r.status == "fail"
    assert "The customer's name 'Contoso Ltd' does not appear in the POE documents" in r.summary
    assert "only in e-mail addresses" in r.summary
    assert "john.doe@contoso.com" in [e.quote for e in r.evidence]
    assert "partner's name 'Fabrikam, Inc.' appears" in r.summary


def test_partner_missing_is_named() -> None:
    r = names_check.run(context(make_claim(), page_doc("Contoso Ltd confirms the Intune deployment.")))
    assert r.status == "fail"
    assert r.summary.startswith("The partner's name 'Fabrikam, Inc.' does not appear")
    assert "customer's name 'Contoso Ltd' appears" in r.summary


def test_a_customer_email_to_the_partners_own_domain_names_the_partner() -> None:
    body = "Hi Priya,\nContoso Ltd accepts the Intune rollout to our 1,200 devices.\nJohn"
    r = names_check.run(context(make_claim(), email_doc(body, to="pkaur@fabrikam.com")))
    assert r.status == "pass", r.summary
    assert "is an e-mail between the customer and the partner's domain fabrikam.com" in r.summary
    # the partner's web address on a page is no exchange with the customer
    page = page_doc("Contoso Ltd confirms the Intune deployment. More at www.fabrikam.com")
    assert names_check.run(context(make_claim(), page)).status == "fail"


def test_a_name_without_its_legal_form_is_the_name() -> None:
    claim = make_claim(partner__name="Miradouro Sistemas, Lda.", customer__name="Klinikum Neckartal gGmbH")
    doc = page_doc("MIRADOURO SISTEMAS\nRelatório final para Klinikum Neckartal")
    r = names_check.run(context(claim, doc))
    assert r.status == "pass", r.summary


def test_contact_person_does_not_stand_in_for_the_company() -> None:
    doc = page_doc("Partner Company Name Fabrikam\nCustomer Signatory Name (printed) John Doe")
    r = names_check.run(context(make_claim(), doc))
    assert r.status == "fail"
    assert "customer's name 'Contoso Ltd'" in r.summary


def test_name_in_a_file_name_only_does_not_count() -> None:
    doc = page_doc("Fabrikam delivered the work described in Contoso_SOW_v2.pdf")
    r = names_check.run(context(make_claim(), doc))
    assert r.status == "fail"
    assert "only in e-mail addresses, web addresses or file names" in r.summary


def test_invoice_is_not_poe_evidence_for_names() -> None:
    invoice = page_doc("Invoice from Fabrikam to Contoso Ltd", path="invoice.pdf", role="invoice")
    poe = page_doc("Deployment notes", path="POE/poe.pdf")
    r = names_check.run(context(make_claim(), invoice, poe))
    assert r.status == "fail"


def test_names_in_an_email_attachment_count() -> None:
    mail = email_doc("See attached.", sender="pkaur@fabrikam.com")
    mail.children.append(page_doc(SEED_VALID_CONTACTS, path="POE/ack.msg!/sow.pdf"))
    r = names_check.run(context(make_claim(), mail))
    assert r.status == "pass"
    assert {e.document for e in r.evidence} == {"POE/ack.msg!/sow.pdf"}


def test_names_scan_without_text_warns() -> None:
    r = names_check.run(context(make_claim(), scan_doc()))
    assert r.status == "warn"
    assert "no readable text" in r.summary


def test_names_missing_from_text_but_a_scan_may_show_them_warns() -> None:
    r = names_check.run(context(make_claim(), page_doc("Fabrikam rollout notes"), scan_doc()))
    assert r.status == "warn"
    assert "POE/scan.pdf could not be read" in r.summary


def test_short_form_of_a_longer_customer_name_warns() -> None:
    claim = make_claim(customer__name="Contoso Pharmaceuticals Ltd")
    r = names_check.run(context(claim, page_doc(SEED_VALID_CONTACTS)))
    assert r.status == "warn"
    assert "short form 'Contoso'" in r.summary


def test_names_without_poe_documents_warns() -> None:
    r = names_check.run(context(make_claim()))
    assert r.status == "warn"


@pytest.mark.realworld
def test_names_realworld_email(realworld: Path) -> None:
    """A real Outlook message from leeds.gov.uk signed "Leeds City Council"; no partner name in it."""
    doc = extract_document((realworld / "msg/TxtSampleEmail.msg").read_bytes(), "POE/TxtSampleEmail.msg", "poe")
    assert doc.error is None
    claim = make_claim(customer__name="Leeds City Council", customer__domain="leeds.gov.uk")
    r = names_check.run(context(claim, doc))
    assert r.status == "fail"
    assert r.summary.startswith("The partner's name 'Fabrikam, Inc.' does not appear in the POE documents")
    assert "customer's name 'Leeds City Council' appears in POE/TxtSampleEmail.msg" in r.summary
    # "Leeds Gov" is only in the address: a short form "Leeds" is shown for the reviewer to judge.
    claim = make_claim(customer__name="Leeds Gov", partner__name="Wilson, Chris")
    r = names_check.run(context(claim, doc))
    assert r.status == "warn"
    assert "short form 'Leeds'" in r.summary


@pytest.mark.realworld
def test_names_realworld_unreadable_and_scanned(realworld: Path) -> None:
    docs = [
        extract_document((realworld / name).read_bytes(), f"POE/{Path(name).name}", "poe")
        for name in ("pdf_odd/grayscale-image.pdf", "invoices/corruptedV2PDF.pdf")
    ]
    r = names_check.run(context(make_claim(), *docs))
    assert r.status == "warn"


# -- names.py: legal forms only at the end of a name -----------------------------------------

# Names whose legal-form words stand inside them, and the usual suspects: each must be found in a
# document that writes it out, whatever the layout of the line around it.
REAL_NAMES = [
    "Harlow County Department of Public Works",
    "Kiwi Orchard Co-operative Ltd",
    "Bank of the West",
    "Müller GmbH & Co. KG",
    "Contoso Ltd",
    "CONTOSO LIMITED",
    "Contoso, Inc.",
    "The Walt Disney Company",
    "Procter & Gamble Co.",
    "AT&T Inc.",
    "A.B.C. Consulting S.A.",
    "Großhandel Süd GmbH",
    "Munson's Pickles and Preserves Farm",
    "Contoso Ltd (UK)",
    "PT Telkom Indonesia Tbk",
    "Grupo Bimbo S.A.B. de C.V.",
    "Firma XYZ Sp. z o.o.",
    "Tata Consultancy Services Private Limited",
    "Fabrikam Public Company Limited",
    "Banco de Chile",
    "Société Générale S.A.",
    "Northwind Traders Holdings plc",
    "Baumann Präzisionstechnik GmbH",
    "Booking.com B.V.",
    "Group Health Cooperative",
    "Ministry of Health and Family Welfare",
    "Sterling Row Apartments LLC",
    "3M Company",
]
LAYOUTS = [
    "Customer: {name}",
    "Partner Company Name {name}\nCustomer Company Name Other Org",
    "This statement of work is entered into by {name} (the Customer).",
    "{name}",
    "Signed for and on behalf of {name}, by John Doe",
]


def test_legal_words_inside_a_name_are_part_of_it() -> None:
    from poe_reviewer.names import find_name, name_pattern, same_name, tokens

    assert tokens("Harlow County Department of Public Works") == [
        "harlow", "county", "department", "of", "public", "works",
    ]
    assert tokens("Kiwi Orchard Co-operative Ltd") == ["kiwi", "orchard", "co", "operative"]
    assert tokens("Bank of the West") == ["bank", "of", "the", "west"]
    assert tokens("Müller GmbH & Co. KG") == ["muller"]
    assert tokens("The Walt Disney Company") == ["walt", "disney"]
    for name in ("Harlow County Department of Public Works", "Kiwi Orchard Co-operative Ltd", "Bank of the West"):
        rx = name_pattern(name)
        assert rx is not None
        assert rx.search(name.lower()), name
    assert same_name("Contoso Ltd", "CONTOSO LIMITED")
    assert same_name("Contoso Ltd", "Contoso, Inc.")
    assert same_name("Contoso Ltd (UK)", "Contoso (UK) Limited")
    assert not same_name("Contoso Ltd", "Contoso Pharma Ltd")
    # a document may write legal-form words between the words of a name
    assert find_name(page_doc("Müller GmbH & Co. Maschinenbau KG"), "Müller Maschinenbau GmbH")
    # the full name of the holdout's public-sector customer is found, not only a short form
    claim = make_claim(customer__name="Harlow County Department of Public Works")
    poe = page_doc("Partner Fabrikam, Inc.\nCustomer Harlow County Department of Public Works")
    r = names_check.run(context(claim, poe))
    assert r.status == "pass", r.summary


@pytest.mark.parametrize("name", REAL_NAMES)
def test_find_name_finds_every_name_in_a_document_that_writes_it(name: str) -> None:
    """Property: whatever the name and the line around it, find_name finds the name as written."""
    from poe_reviewer.names import find_name, name_pattern

    for layout in LAYOUTS:
        for written in (name, name.upper(), name.replace(" ", "\n", 1)):
            doc = page_doc(layout.format(name=written))
            hits = find_name(doc, name)
            assert hits, f"{name!r} not found in {layout.format(name=written)!r}"
            # the hit starts where the name starts (nothing of the layout swallowed); "The" may be left out
            text = doc.segments[0].text
            starts = {text.find(written), text.find(written.split(None, 1)[-1])}
            assert hits[0].start in starts, (hits[0].quote, text)
    rx = name_pattern(name)
    assert rx is not None


def test_short_form_never_ends_on_a_connector() -> None:
    claim = make_claim(customer__name="Harlow County Department of Public Works")
    r = names_check.run(context(claim, page_doc("Partner Fabrikam, Inc.\nCustomer Harlow County Department of Roads")))
    assert r.status == "warn"
    assert "short form 'Harlow County Department'" in r.summary


# -- workload catalogue ----------------------------------------------------------------------


def test_catalogue_has_seed_references_and_the_seed_workloads() -> None:
    policy = load_policy()
    entries = catalogue(policy)
    assert all(e.seed for e in entries)
    names = {e.name for e in entries}
    for seed_name in (
        "AZURE ACTIVE DIRECTORY PREMIUM 2", "INTUNE", "MICROSOFT DEFENDER ENDPOINT",
        "MICROSOFT DEFENDER FOR CLOUD APPS", "MICROSOFT DEFENDER FOR IDENTITY", "MICROSOFT DEFENDER FOR OFFICE",
        "MICROSOFT INFORMATION PROTECTION",
        "INSIDER RISK MANAGER", "EXCHANGE ONLINE", "SHAREPOINT ONLINE", "TEAMS", "TEAMS ROOMS",
        "TEAMS PHONE ENABLED USERS", "TEAMS FOR FRONTLINE WORKERS", "VIVA ENGAGE", "MICROSOFT 365 APPS",
        "MICROSOFT 365 COPILOT", "MANAGED SECURITY SERVICES", "DYNAMICS 365 SALES ENTERPRISE EDITION",
        "DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE", "POWER AUTOMATE", "COMMON DATA SERVICE DATABASE CAPACITY",
    ):  # fmt: skip
        assert seed_name in names


@pytest.mark.parametrize(
    ("claimed", "entry"),
    [
        ("INTUNE", "INTUNE"),
        ("intune", "INTUNE"),
        ("DYNAMICS 365 SALES ENTERPRISE - GCCHIGH", "DYNAMICS 365 SALES ENTERPRISE EDITION"),
        ("DYNAMICS 365 MARKETING ADDNL CONTACTS TIER 5", "DYNAMICS 365 MARKETING"),
        ("DYNAMICS 365 OPERATIONS - SANDBOX TIER 4:STANDARD PERFORMANCE TESTING", "DYNAMICS 365 OPERATIONS"),
        ("POWER AUTOMATE PER USER PLAN", "POWER AUTOMATE"),
        ("MICROSOFT DYNAMICS CRM ONLINE", "MICROSOFT DYNAMICS CRM ONLINE"),
        (
            "DYNAMICS 365 ENTERPRISE EDITION - ADDITIONAL PORTAL (QUALIFIED OFFER)",
            "DYNAMICS 365 CUSTOMER ENGAGEMENT PLAN",
        ),
    ],
)
def test_lookup_of_claims_system_spellings(claimed: str, entry: str) -> None:
    found = lookup(claimed, catalogue(load_policy()))
    assert found is not None
    assert found.name == entry


def test_unknown_workload_is_not_in_catalogue() -> None:
    assert lookup("CONTOSO WIDGETS PLAN", catalogue(load_policy())) is None


@pytest.mark.parametrize(
    ("line", "state"),
    [
        ("☒ Microsoft Intune ☒ Deployment", "checked"),
        ("☐ Microsoft Intune (MEM) ☐ Deployment", "unchecked"),
        ("[x] Microsoft Intune", "checked"),
        ("[ ] Microsoft Intune", "unchecked"),
        ('<input checked="" type="checkbox"/> Microsoft Intune', "checked"),
        ('<input type="checkbox"/> Microsoft Intune', "unchecked"),
        ("\uf0fe Microsoft Intune", "checked"),
        ("Microsoft Intune ☒", "checked"),
        ("Microsoft Intune R2 Device enrolment and compliance policies ☐", "unchecked"),
        ("Microsoft Intune C1 Device enrolment ☒", "checked"),
        ("We rolled out Microsoft Intune to 900 devices and then trained the help desk. ☐", None),
        ("Microsoft Intune ☒ Deployment ☐", None),
        ("We deployed Microsoft Intune to 900 devices", None),
        ("☒ Deployment ☐ Implementation. We also rolled out Microsoft Intune", None),
    ],
)
def test_checkbox_state_in_front_of_a_name(line: str, state: str | None) -> None:
    start = line.index("Microsoft Intune")
    assert text_box_state(line, start, start + len("Microsoft Intune")) == state


# -- workload_match --------------------------------------------------------------------------


@pytest.mark.parametrize(("box", "status"), [("☒", "pass"), ("☐", "fail")])
def test_a_name_wrapped_in_a_table_cell_is_found_with_its_row_box(box: str, status: str) -> None:
    # a PDF table row by row: the first cell "Microsoft 365 / Copilot" wraps onto the row's next line
    table = (
        "Workload Ref Standard activity Delivered\n"
        f"Microsoft 365 C1 Data-oversharing assessment (SharePoint Advanced Management {box}\n"
        "Copilot reports)\n"
        f"Microsoft 365 C2 Licence assignment plan and pilot group {box}\n"
        "Copilot\n"
    )
    claim = make_claim(workloads=_workloads("MICROSOFT 365 COPILOT"))
    r = workload_check.run(context(claim, page_doc(table)))
    assert r.status == status, r.summary
    assert "Microsoft 365" in r.evidence[0].quote


def test_seed_checklist_checked_intune_passes() -> None:
    claim = make_claim(workloads=_workloads("INTUNE"))
    r = workload_check.run(context(claim, page_doc(SEED_CHECKLIST)))
    assert r.status == "pass"
    assert "INTUNE: checked on page 1" in r.summary
    assert r.evidence[0].quote.startswith("☒ Microsoft Intune ☒ Deployment")


def test_unchecked_workload_is_not_evidence() -> None:
    claim = make_claim()  # INTUNE + MICROSOFT DEFENDER ENDPOINT
    r = workload_check.run(context(claim, page_doc(SEED_CHECKLIST)))
    assert r.status == "fail"
    assert "(MICROSOFT DEFENDER ENDPOINT)" in r.summary
    assert "MICROSOFT DEFENDER ENDPOINT: only listed with an unchecked box" in r.summary
    assert "INTUNE: checked" in r.summary


def test_missing_workload_fails_and_found_one_is_quoted() -> None:
    doc = page_doc("Scope: enrol 900 Windows 10 devices in Microsoft Intune with Autopilot.")
    r = workload_check.run(context(make_claim(), doc))
    assert r.status == "fail"
    assert "1 of 2 claimed workloads is not evidenced" in r.summary
    assert "MICROSOFT DEFENDER ENDPOINT: not mentioned in the POE" in r.summary
    assert "INTUNE: mentioned on page 1 of POE/poe.pdf" in r.summary


def test_aliases_and_former_names_match() -> None:
    doc = page_doc(
        "Onboarded 900 endpoints to Defender ATP and configured Azure AD Premium P2 risk policies.\n"
        "Microsoft Endpoint Manager compliance policies for all devices."
    )
    claim = make_claim(
        workloads=_workloads("INTUNE", "MICROSOFT DEFENDER ENDPOINT", "AZURE ACTIVE DIRECTORY PREMIUM 2")
    )
    r = workload_check.run(context(claim, doc))
    assert r.status == "pass", r.summary


def test_a_word_comment_naming_a_workload_is_a_remark_not_evidence() -> None:
    # the customer's comment on the partner's report: "we have not started Viva Insights - take it out"
    report = Document(
        path="POE/Final report.docx", role="poe", kind="docx", sha256="c" * 64,
        segments=[
            Segment("Microsoft Teams: a team per vessel (14) for 420 users. Delivered.", None, "paragraph"),
            Segment("Kari: Vi har ikke startet med Viva Insights. / Not started yet: Viva Insights.", None, "comment"),
        ],
    )  # fmt: skip
    r = workload_check.run(context(make_claim(workloads=_workloads("TEAMS", "VIVA INSIGHTS")), report))
    assert r.status == "fail", r.summary
    assert "(VIVA INSIGHTS)" in r.summary


def test_a_feature_only_defender_for_identity_has_evidences_it() -> None:
    # a table cell that wraps "Microsoft Defender for | Identity" round its row still names its honeytokens
    claim = make_claim(workloads=_workloads("MICROSOFT DEFENDER FOR IDENTITY"))
    doc = page_doc("Microsoft Defender for Sensors on 5 domain controllers; honeytoken accounts for 2 old admins")
    r = workload_check.run(context(claim, doc))
    assert r.status == "pass", r.summary


def test_acronym_must_be_a_whole_word_and_upper_case() -> None:
    claim = make_claim(workloads=_workloads("MICROSOFT DEFENDER ENDPOINT"))
    for text in ("The MDEX project and made-up words like SMDE.", "mde in lower case is not the product"):
        r = workload_check.run(context(claim, page_doc(text)))
        assert r.status == "fail", text
    r = workload_check.run(context(claim, page_doc("MDE onboarding of 500 servers.")))
    assert r.status == "pass"


def test_teams_alone_does_not_satisfy_teams_rooms() -> None:
    claim = make_claim(workloads=_workloads("TEAMS ROOMS"))
    r = workload_check.run(context(claim, page_doc("We rolled out Microsoft Teams to 1200 users.")))
    assert r.status == "warn"
    assert "only the related name 'Microsoft Teams'" in r.summary
    r = workload_check.run(context(claim, page_doc("Installed 14 Microsoft Teams Rooms in the Seattle office.")))
    assert r.status == "pass"


def test_family_name_only_while_a_sibling_workload_is_evidenced_is_missing() -> None:
    """TEAMS ROOMS claimed, the POE is a Teams Phone (Direct Routing) migration: "Teams" belongs to both."""
    claim = make_claim(workloads=_workloads("TEAMS ROOMS"))
    phone = page_doc(
        "Teams Phone migration for Cabrera Voss: Direct Routing through two SBCs, 4 offices.\n"
        "Emergency calling configured for all 4 offices; Teams-certified desk phones for 80 users."
    )
    r = workload_check.run(context(claim, phone))
    assert r.status == "fail", r.summary
    assert "shares with TEAMS PHONE ENABLED USERS" in r.summary
    assert any("Direct Routing" in e.quote or "Teams Phone" in e.quote for e in r.evidence)
    # with nothing else evidenced, the family name alone still only warns
    r = workload_check.run(context(claim, page_doc("We rolled out Microsoft Teams to 1200 users.")))
    assert r.status == "warn"
    # a name of its own ("meeting rooms") is not explained by Teams Phone: the reviewer decides
    rooms = page_doc(phone.segments[0].text + "\nTeams devices for the 6 meeting rooms in Lisbon.")
    assert workload_check.run(context(claim, rooms)).status == "warn"
    # both claimed: TEAMS PHONE passes, TEAMS ROOMS is the one not evidenced
    both = make_claim(workloads=_workloads("TEAMS ROOMS", "TEAMS PHONE"))
    r = workload_check.run(context(both, phone))
    assert r.status == "fail"
    assert "1 of 2 claimed workloads is not evidenced in the POE (TEAMS ROOMS)" in r.summary


def test_teams_rooms_text_does_not_evidence_teams() -> None:
    claim = make_claim(workloads=_workloads("TEAMS"))
    r = workload_check.run(context(claim, page_doc("Installed 14 Microsoft Teams Rooms in the Seattle office.")))
    assert r.status == "fail"
    r = workload_check.run(context(claim, page_doc("Migrated 300 users from Slack to Microsoft Teams.")))
    assert r.status == "pass"


def test_unknown_workload_matches_on_its_own_words() -> None:
    claim = make_claim(workloads=_workloads("CONTOSO WIDGETS PLAN"))
    r = workload_check.run(context(claim, page_doc("Configured Contoso Widgets for 40 users.")))
    assert r.status == "pass"
    assert "not in the workload catalogue; matched on its own words" in r.summary
    r = workload_check.run(context(claim, page_doc("Configured other things.")))
    assert r.status == "fail"


def test_checked_form_field_is_strong_evidence() -> None:
    doc = page_doc("Workloads delivered: see boxes")
    mde = "Microsoft Defender for Endpoint"
    doc.form_fields = [
        FormField("intune", "checkbox", "Yes", page=1, bbox=(60, 200, 70, 210), checked=True, label="Microsoft Intune"),
        FormField("mde", "checkbox", "Off", page=1, bbox=(60, 220, 70, 230), checked=False, label=mde),
    ]
    r = workload_check.run(context(make_claim(), doc))
    assert r.status == "fail"
    assert "INTUNE: checkbox 'Microsoft Intune' is checked" in r.summary
    assert "MICROSOFT DEFENDER ENDPOINT: only listed with an unchecked box" in r.summary


def test_unchecked_form_widget_left_of_the_label_is_not_evidence() -> None:
    # A PDF form whose boxes are widgets: the label is text, the box a field just left of it.
    words = [Word("Microsoft", (90, 100, 140, 110)), Word("Intune", (144, 100, 176, 110))]
    seg = Segment.from_lines([words], page=1)
    doc = Document("POE/form.pdf", "poe", "pdf", "1" * 64, page_count=1, segments=[seg])
    doc.form_fields = [FormField("Check1", "checkbox", "Off", page=1, bbox=(72, 100, 82, 110), checked=False)]
    claim = make_claim(workloads=_workloads("INTUNE"))
    r = workload_check.run(context(claim, doc))
    assert r.status == "fail"
    doc.form_fields = [FormField("Check1", "checkbox", "Yes", page=1, bbox=(72, 100, 82, 110), checked=True)]
    assert workload_check.run(context(claim, doc)).status == "pass"


def test_plain_mention_despite_unchecked_box_warns() -> None:
    doc = page_doc(SEED_CHECKLIST + "\nWe also onboarded 300 servers to Microsoft Defender for Endpoint.")
    r = workload_check.run(context(make_claim(), doc))
    assert r.status == "warn"
    assert "box in the workload list is unchecked" in r.summary


def test_workloads_in_email_body_count() -> None:
    mail = email_doc("Fabrikam finished the Intune and MDE rollout for our 800 laptops.")
    r = workload_check.run(context(make_claim(), mail))
    assert r.status == "pass"
    assert all(e.page is None for e in r.evidence)


def test_workload_match_not_applicable_without_workloads() -> None:
    r = workload_check.run(context(make_claim(workloads=[]), page_doc("x")))
    assert r.status == "not_applicable"


def test_workload_match_scan_warns() -> None:
    r = workload_check.run(context(make_claim(), scan_doc()))
    assert r.status == "warn"


def test_missing_workload_with_a_scan_beside_warns() -> None:
    r = workload_check.run(context(make_claim(), page_doc("Microsoft Intune rollout"), scan_doc()))
    assert r.status == "warn"
    assert "POE/scan.pdf could not be read" in r.summary


@pytest.mark.realworld
def test_workload_match_realworld_documents(realworld: Path) -> None:
    """Real documents that never mention a Microsoft workload fail; unreadable ones only warn."""
    readable = extract_document((realworld / "pdf_odd/google-doc-document.pdf").read_bytes(), "POE/doc.pdf", "poe")
    r = workload_check.run(context(make_claim(), readable))
    assert r.status == "fail"
    broken = extract_document((realworld / "invoices/corruptedV2PDF.pdf").read_bytes(), "POE/broken.pdf", "poe")
    assert workload_check.run(context(make_claim(), broken)).status == "warn"


def checklist_pdf(text: str, *, glyphs: bool) -> bytes:
    """A real PDF of the text: with a font that has the box glyphs, or with Helvetica, which loses them."""
    pdf = pymupdf.open()
    page = pdf.new_page()
    if glyphs:
        body = "".join(f"<p style='font-size:8px;margin:0'>{html.escape(line)}</p>" for line in text.splitlines())
        page.insert_htmlbox(pymupdf.Rect(40, 40, 570, 800), body)
    else:
        for i, line in enumerate(text.splitlines()):
            page.insert_text((40, 60 + 12 * i), line, fontsize=8, fontname="helv")
    data: bytes = pdf.tobytes()
    return data


def test_checklist_in_a_real_pdf_with_box_glyphs() -> None:
    doc = extract_document(checklist_pdf(SEED_CHECKLIST, glyphs=True), "POE/template.pdf", "poe")
    assert "☒ Microsoft Intune" in doc.text
    r = workload_check.run(context(make_claim(), doc))
    assert r.status == "fail"
    assert "INTUNE: checked on page 1 of POE/template.pdf" in r.summary
    assert "MICROSOFT DEFENDER ENDPOINT: only listed with an unchecked box" in r.summary
    assert r.evidence[0].bbox is not None


def test_checklist_in_a_real_pdf_that_lost_its_box_glyphs_warns() -> None:
    doc = extract_document(checklist_pdf(SEED_CHECKLIST, glyphs=False), "POE/template.pdf", "poe")
    assert "☒" not in doc.text
    claim = make_claim(workloads=_workloads("MICROSOFT DEFENDER ENDPOINT"))
    r = workload_check.run(context(claim, doc))
    assert r.status == "warn"
    assert "whether its box is ticked cannot be read" in r.summary


def test_a_checklist_row_that_ocr_wrapped_under_its_workload_name_is_still_a_checklist_row() -> None:
    # the scanned template: each name on its own line, its boxes (read as "0" or "&") on the line below
    scan = (
        "Section 1 (Required): Select product(s)/workload(s) and activity type\n"
        "| Microsoft Defender for Endpoint (MDE) | & Deployment Implementation Adoption/\nChange Mgmt.\n"
        "Microsoft Defender for Identity\n0 Deployment 0 Implementation 0 Adoption/\nChange Mgmt.\n"
        "Section 2 (Required): Scope of Work Details\n"
        "* Onboarding of 160 PCs and 6 servers to Defender for Endpoint through Group Policy."
    )
    claim = make_claim(workloads=_workloads("MICROSOFT DEFENDER ENDPOINT", "MICROSOFT DEFENDER FOR IDENTITY"))
    r = workload_check.run(context(claim, page_doc(scan)))
    assert r.status == "warn", r.summary
    assert "MICROSOFT DEFENDER FOR IDENTITY: only listed on a tick-box checklist" in r.summary


# -- scope and negation (issue 11, class 3) -------------------------------------------------------------------
D365 = [
    {"name": "DYNAMICS 365 SALES ENTERPRISE EDITION", "subscription_id": None},
    {"name": "DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE", "subscription_id": None},
]


@pytest.mark.parametrize(
    "text",
    [
        "Steering committee #5 – Dynamics 365 Sales & Customer Service. 64 account managers live.",
        "Van Leeuwen confirms Mercator as implementation partner for Dynamics 365\nSales and Customer Service.",
    ],
)
def test_two_products_sharing_one_brand_are_both_named(text: str) -> None:
    r = workload_check.run(context(make_claim(workloads=D365), page_doc(text)))
    assert r.status == "pass", r.summary
    assert "DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE: mentioned" in r.summary


def test_a_brand_followed_by_plain_words_names_no_second_product() -> None:
    text = "Dynamics 365 Sales went live for 64 users; Sales and customer service teams were trained."
    r = workload_check.run(context(make_claim(workloads=D365), page_doc(text)))
    assert r.status == "fail", r.summary
    assert "DYNAMICS 365 CUSTOMER SERVICE ENTERPRISE" in r.summary


TWO = [{"name": "INTUNE", "subscription_id": None}, {"name": "MICROSOFT DEFENDER ENDPOINT", "subscription_id": None}]


@pytest.mark.parametrize(
    "text",
    [
        "We deployed Microsoft Intune to 1,200 devices.\n"
        "Microsoft Defender for Endpoint is out of scope for this engagement.",
        "We deployed Microsoft Intune to 1,200 devices.\nDefender for Endpoint onboarding was deferred to Phase 2.",
        "Scope of work\nMicrosoft Intune deployment to 1,200 devices.\n"
        "Out of scope\nMicrosoft Defender for Endpoint\nPurview",
        "Intune: 1,200 devices enrolled | done\nMicrosoft Defender for Endpoint | not included in this engagement",
        "We deployed Microsoft Intune to 1,200 devices.\nNo Defender for Endpoint work was performed in phase 1.",
        "We deployed Microsoft Intune to 1,200 devices.\nDefender for Endpoint onboarding is planned for FY27.",
        "Intune now manages 1,200 devices. Defender for Endpoint was planned, but the servers still run 2008.",
        "Intune: 1,200 devices enrolled.\nDefender for Endpoint could not be deployed before the hardware refresh.",
        "Intune: 1,200 devices enrolled. As discussed, Defender for Endpoint will be taken up next financial year.",
        "Intune: 1,200 devices enrolled.\nSteerCo 12-Mar-2026: Defender for Endpoint removed from scope.",
        "Intune: 1,200 devices enrolled.\nBudget freeze. No Defender for Endpoint devices onboarded or licensed.",
        # a bilingual protocol's row whose English half OCR put on another line
        "Intune | Wdrozenie 1200 urzadzen / 1,200 devices enrolled | Zakonczono\n"
        "| Defender for Endpoint Wdrozenie - poza zakresem tego etapu | Poza zakresem /",
        # a scope table: the line above starts with "Microsoft", which is no cell wrapped onto this one
        "Workload Status\nMicrosoft Intune In scope - 1,200 devices enrolled\nDefender for Endpoint Out of scope -\n"
        "the customer keeps its current antivirus; no Defender for Endpoint work in this engagement",
        # descoped in the scope table; its bare name on a milestone row does not bring it back
        "Intune | 1,200 devices enrolled | Done\nDefender for Endpoint | DESCOPED - SteerCo 12-Mar-2026\n"
        "Milestones\nIntune rollout 09-Apr-2026\nDefender for Endpoint 12-Mar-2026",
        # only promised for later, or said to be no part of the work
        "Intune: 1,200 devices.\nServers keep their antivirus; a Defender for Endpoint pilot may follow in 2027",
        "Intune: 1,200 devices enrolled.\nNo Defender for Endpoint licences or sensors are part of this engagement.",
        # a row that counts what was delivered, and the count is none (holdout-r 5061007, a false approval)
        "Microsoft Intune | 1,200 laptops enrolled | 1,200 devices\n"
        "Microsoft Defender for Endpoint | Readiness assessment only: review of 46 servers | 0 devices",
    ],
)
def test_a_workload_named_only_as_out_of_scope_is_not_evidenced(text: str) -> None:
    r = workload_check.run(context(make_claim(workloads=TWO), page_doc(text)))
    assert r.status == "fail"
    assert "MICROSOFT DEFENDER ENDPOINT: named only as out of scope" in r.summary


@pytest.mark.parametrize(
    "text",
    [
        "We deployed Microsoft Intune to 1,200 devices and onboarded them to Microsoft Defender for Endpoint.\n"
        "Exclusions\nServers excluded from the Intune enrollment.",
        "We deployed Microsoft Intune and Microsoft Defender for Endpoint to 1,200 devices; "
        "legacy servers were excluded.",
        "Out of scope\nWindows Server 2012\nScope of work\n"
        "Microsoft Intune and Microsoft Defender for Endpoint rollout.",
        # counts that are not none, or a none that is not the row's count of what was delivered
        "Microsoft Intune | 1,200 laptops enrolled | 1,200 devices\n"
        "Microsoft Defender for Endpoint | onboarded, 0 devices left unprotected | 10 devices",
    ],
)
def test_an_exclusion_beside_work_in_scope_does_not_take_the_workload_out(text: str) -> None:
    assert workload_check.run(context(make_claim(workloads=TWO), page_doc(text))).status == "pass"


# -- names as written (issue 11, class 6) ---------------------------------------------------------------------
from poe_reviewer.checks.base import CheckResult  # noqa: E402


def _names(partner: str, customer: str, text: str, **more: object) -> CheckResult:
    claim = make_claim(partner__name=partner, customer__name=customer, **more)
    return names_check.run(context(claim, page_doc(text)))


def test_a_name_whose_accented_letters_ocr_misread_on_a_scan_is_found() -> None:
    from poe_reviewer.names import find_name

    scan = page_doc("Protokol odbioru / Acceptance Protocol\nKlient / Customer Zutawy Agro Sp. z 0.0.")
    scan.segments[0].label = "ocr"
    assert find_name(scan, "Żuławy Agro Sp. z o.o.")
    # an umlaut read as two letters
    umlaut = page_doc("Auftraggeber / Customer Hanseatische Kiihlhaus AG (HKA), Hamburg")
    umlaut.segments[0].label = "ocr"
    assert find_name(umlaut, "Hanseatische Kühlhaus AG")
    # typed text is read as written: the misreading is OCR's, not the partner's
    typed = page_doc("Klient / Customer Zutawy Agro Sp. z o.o.")
    assert not find_name(typed, "Żuławy Agro Sp. z o.o.")
    # a name without accents has nothing OCR could misread that way: a similar name is another company
    other = page_doc("Customer: Contosso Ltd")
    other.segments[0].label = "ocr"
    assert not find_name(other, "Contoso Ltd")


def test_a_short_form_that_drops_only_business_words_is_the_companys_name() -> None:
    r = _names("Granary Row Technology LLC", "Contoso Ltd", "Granary Row deployed Intune for Contoso.")
    assert r.status == "pass", r.summary
    assert "appears as 'Granary Row'" in r.summary
    assert "describing the business" in r.summary


def test_a_short_form_or_acronym_with_the_companys_domain_in_the_document_is_its_name() -> None:
    text = "Fabrikam report for Arden Mills.\nContact: maria.kessler@ardenmills.com"
    r = _names("Fabrikam, Inc.", "Arden Mills Bakery Co.", text, customer__domain="ardenmills.com")
    assert r.status == "pass", r.summary
    assert "its domain ardenmills.com stands in the same document" in r.summary
    acronym = "Fabrikam upgraded the CVUSD tenant.\nJane Roe, IT Director, jroe@cvusd.org"
    r = _names("Fabrikam, Inc.", "Cedar Valley Unified School District", acronym, customer__domain="cvusd.org")
    assert r.status == "pass", r.summary


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Customer Contoso Pharma\nPartner Fabrikam, Inc.", "pass"),  # 'Pharma' for 'Pharmaceuticals'
        ("Customer Contoso Pharmacy\nPartner Fabrikam, Inc.", "warn"),  # another word, not a clipped one
        ("Customer Contoso Ph\nPartner Fabrikam, Inc.", "warn"),  # too little of the word to tell
        ("Customer Contosso Pharma\nPartner Fabrikam, Inc.", "fail"),  # a similarly named other company
    ],
)
def test_a_clipped_word_of_the_name_is_the_companys_name(text: str, status: str) -> None:
    r = _names("Fabrikam, Inc.", "Contoso Pharmaceuticals Ltd", text)
    assert r.status == status, r.summary
    if status == "pass":
        assert "appears as 'Contoso Pharma'" in r.summary
        assert "it writes 'Pharma' for 'Pharmaceuticals'" in r.summary


def test_a_short_form_nothing_ties_to_the_company_still_needs_a_person() -> None:
    r = _names("Fabrikam, Inc.", "Arden Mills Bakery Co.", "Fabrikam report for Arden Mills.")
    assert r.status == "warn"
    assert "confirm it is the same company" in r.summary


def test_a_similarly_named_other_company_is_no_form_of_the_name() -> None:
    r = _names("Fabrikam, Inc.", "Contoso Ltd", "Fabrikam report for Contosso Ltd.\ncontact@contosso.com")
    assert r.status == "fail"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the short form goes on as another company's full name: a different company
        ("Customer Westgate Medical Group Pty Ltd\nPartner Harbourline Technology Pty Ltd", "fail"),
        ("Westgate Medical Clinics Pty Ltd accepts the work of Harbourline Technology Pty Ltd.", "fail"),
        # the claimed name's own words, in part or clipped, or a short form in prose: not another company
        ("Customer Westgate Medical Pty Ltd\nPartner Harbourline Technology Pty Ltd", "warn"),
        ("Customer Westgate Medical Supp. Pty Ltd\nPartner Harbourline Technology Pty Ltd", "pass"),
        ("Westgate Medical Staff were trained by Harbourline Technology Pty Ltd.", "warn"),
    ],
)
def test_a_similar_full_company_name_is_another_company(text: str, status: str) -> None:
    r = _names("Harbourline Technology Pty Ltd", "Westgate Medical Supplies Pty Ltd", text)
    assert r.status == status, r.summary
    if status == "fail":
        assert "is a similarly named, different company" in r.summary


def test_a_scanned_tick_form_whose_boxes_the_reader_cannot_see_is_not_evidence_of_every_row() -> None:
    # OCR reads the rows of a "tick each service delivered" form but none of its boxes: an unticked
    # row reads like a ticked one, so the check cannot say the workload was delivered
    form = (
        "Service Acceptance Form\nTick each service delivered and accepted:\nDone | Service Details\n"
        "Microsoft Intune enrollment of 96 laptops with compliance policies.\n"
        "Microsoft Defender for Endpoint onboarding of 96 devices.\n"
        "Customer signature confirms the ticked services were delivered and accepted."
    )
    r = workload_check.run(context(make_claim(workloads=TWO), page_doc(form)))
    assert r.status == "warn", r.summary
    assert "only listed on a tick-box checklist" in r.summary
    # where the reader sees the boxes, the ticked rows are evidence
    ticked = form.replace("Microsoft Intune", "☒ Microsoft Intune")
    ticked = ticked.replace("Microsoft Defender", "☒ Microsoft Defender")
    assert workload_check.run(context(make_claim(workloads=TWO), page_doc(ticked))).status == "pass"


def test_the_templates_product_list_read_without_its_boxes_evidences_only_what_section_2_describes() -> None:
    # the seed's POE template scanned: OCR reads "☐" as "O" or loses it, and "☒" too, so the product list
    # says nothing of what was selected; the narrative of Section 2 does
    form = (
        "Section 1 (Required): Select product(s)/workload(s) and activity\ntype\n"
        "Microsoft Entra ID P2 (formerly AADP P2)\n| O Microsoft Defender for Endpoint (MDE)\nMicrosoft Intune\n"
        "lo Deployment 0 Implementation 0 Adoption/\nSection 2 (Required): Scope of Work Details\n"
        "Karoo Cloud enrolled 290 Windows laptops via Autopilot and 160 Zebra handhelds (Android\n"
        "Enterprise dedicated) in Intune between 2 February and 27 March 2026, created 9 compliance\n"
    )
    r = workload_check.run(context(make_claim(workloads=TWO), page_doc(form)))
    assert r.status == "warn", r.summary
    assert "MICROSOFT DEFENDER ENDPOINT: only listed on a tick-box checklist" in r.summary
    assert "INTUNE: only listed" not in r.summary  # the narrative's mention is evidence


def test_a_workload_deferred_in_a_sentence_the_page_wrapped_is_not_evidenced() -> None:
    report = (
        "1. Engagement summary\n"
        "Harbourline deployed Microsoft Defender for Endpoint for the firm's 410 fee earners and support staff.\n"
        "Staff were trained in two sessions. Sensitivity labelling of client matter files with Microsoft\n"
        "Purview Information Protection was moved to a second phase by the firm's risk committee, to\n"
        "follow the document management system upgrade.\n"
    )
    claim = make_claim(workloads=[{"name": "MICROSOFT DEFENDER ENDPOINT", "subscription_id": None},
                                  {"name": "MICROSOFT INFORMATION PROTECTION", "subscription_id": None}])  # fmt: skip
    r = workload_check.run(context(claim, page_doc(report)))
    assert r.status == "fail", r.summary
    assert "MICROSOFT INFORMATION PROTECTION: named only as out of scope" in r.summary
    # a sentence that ends on the name's line says nothing of the next one
    done = report.replace(
        "with Microsoft\nPurview Information Protection was moved to a second phase",
        "with Microsoft Purview Information Protection went live.\nThe DMS upgrade is a second phase",
    )
    assert workload_check.run(context(claim, page_doc(done))).status == "pass"
    # a cue after the name said again belongs to the later name ("Teams ... Teams Phone not in scope")
    row = (
        "Teams for auction staff and the 26 buyers' 74 users representatives (guests), auction-day channel with\n"
        "the clock-sale schedule, Teams Phone not in scope\n"
    )
    teams = make_claim(workloads=[{"name": "TEAMS", "subscription_id": None}])
    assert workload_check.run(context(teams, page_doc(row))).status == "pass"


def test_an_acronym_keeps_or_drops_small_words_and_never_spells_a_dotted_legal_form() -> None:
    from poe_reviewer.checks.partner_customer_names import acronym_of

    assert acronym_of("Compañía Minera Andina del Sur S.A.") == "CMAS"
    assert acronym_of("Compañía Minera Andina del Sur S.A.", small_words=True) == "CMADS"
    text = "CMADS acepta el proyecto. / CMADS accepts the project.\nFabrikam, Inc."
    r = _names("Fabrikam, Inc.", "Compañía Minera Andina del Sur S.A.", text, customer__domain="cmads.cl")
    assert "Only the short form 'CMADS' of the customer's name" in r.summary, r.summary  # no domain to tie it


@pytest.mark.parametrize(
    ("customer", "written", "status"),
    [
        ("Koninklijke Van Dijk Bouwgroep N.V.", "Van Dijk Bouwgroep", "pass"),  # "Royal" opens the legal name only
        ("Gebr. Lindner Armaturen GmbH", "Lindner Armaturen GmbH", "pass"),
        ("Koninklijke Van Dijk Bouwgroep N.V.", "Koninklijke Philips", "fail"),  # the opening word alone is no name
    ],
)
def test_a_name_without_the_words_that_open_its_registered_form_is_the_companys(
    customer: str, written: str, status: str
) -> None:
    r = _names("Fabrikam, Inc.", customer, f"Fabrikam delivered Teams for {written}.")
    assert r.status == status, r.summary


MSS = [{"name": "MANAGED SECURITY SERVICES", "subscription_id": None}]
MSS_REPORT = (
    "Cedar Peak MDR - quarterly service review for Okanagan Orchards\n"
    "Managed Security Service: alert triage in Microsoft Defender XDR for 380 endpoints, incident response, "
    "threat hunting and monthly alert tuning.\n"
)


@pytest.mark.parametrize(
    ("coverage", "ok"),
    [
        ("Service coverage: 24/7 SOC with analysts on shift around the clock.", True),
        ("Service coverage: Business-hours SOC (Monday-Friday 07:00-17:00). After-hours alerts are e-mailed to "
         "your IT team and reviewed the next business day.", False),
        ("Thank you for the Essentials service you run for us during business hours.", False),
        # a service tier named for its hours, alerts waiting for the next working day
        ("Service tier: Kestrel Essentials (business hours)", False),
        ("Alerts raised outside these hours are queued and triaged at the start of the next business day.", False),
        ("Response targets: P1 acknowledged within 30 minutes in service hours; no out-of-\nhours response.", False),
        ("Overnight response: the duty manager is phoned for every P1; 24x7 cover continues.", True),
    ],
)
def test_a_managed_security_service_is_a_24x7_soc(coverage: str, ok: bool) -> None:
    """Seed, Managed Security Services Attribution in CPOR, qualification 1: "Provides 24/7 SOC service"."""
    claim = make_claim(claim_kind="managed_security_services", workloads=MSS)
    r = workload_check.run(context(claim, page_doc(MSS_REPORT + coverage)))
    assert (r.status == "pass") is ok, r.summary
    if not ok:
        assert "24/7 SOC" in r.summary
        assert r.evidence[0].page == 1


def test_a_soc_on_other_vendors_tools_is_no_microsoft_managed_security_service() -> None:
    """Qualifications 1-5: the SOC works in Microsoft 365 Defender / Defender for Cloud and Sentinel, "Microsoft
    Defender for Endpoint at a minimum"; a 24/7 MDR on CrowdStrike and Splunk is not that workload."""
    claim = make_claim(claim_kind="managed_security_services", workloads=MSS)
    other = (
        "Managed Detection and Response, 24/7 SOC for Saguaro Copper\nCrowdStrike Falcon Insight XDR on 2,140 "
        "endpoints; Splunk Enterprise Security as SIEM; threat hunting and incident response by our analysts."
    )
    r = workload_check.run(context(claim, page_doc(other)))
    assert r.status == "fail", r.summary
    assert "Defender for Endpoint at a minimum" in r.summary
    assert workload_check.run(context(claim, page_doc(MSS_REPORT))).status == "pass"
