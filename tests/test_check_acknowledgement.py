"""customer_acknowledgement: each piece of acknowledgement evidence gets its own verdict."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from pathlib import Path

import pymupdf
import pytest

from poe_reviewer.checks import customer_acknowledgement as ca
from poe_reviewer.checks.base import CheckResult
from poe_reviewer.documents.model import Document, ImageInfo, QuotedMessage, Segment, SignatureField
from poe_reviewer.documents.registry import extract_document
from poe_reviewer.findings.acknowledgements import find_acknowledgements
from poe_reviewer.policy import Policy, load_policy
from tests.builders import PARTNER_ACTIVITIES, context, email_doc, make_claim, page_doc
from tests.conftest import SEED, read_realworld

CLAIM = make_claim()

# The seed's own valid example (section 3.1 of the POE template), as its text layer reads.
SEED_VALID = """Section 3. (Required): Partner and Customer Contact Information
Partner Company Name Fabrikam
Customer Company Name Contoso
Customer Signatory Name (printed) John Doe
Customer Signatory Role or Job Title Chief Information Security Officer
Engagement Start and End Date June 1, 2025 - September 10, 2025
Section 3.1 (Required): Customer Acknowledgment*
E-Signed by: John Doe
Signature Date Signe 6/5/2025

098C77187874542ABA164484C281E7731"""

DOCUSIGN = """DocuSign Envelope ID: 4F2A1B3C-1234-4ABC-9DEF-0123456789AB
Statement of Work - Microsoft Intune deployment for Contoso Ltd
Customer signature
DocuSigned by:
{signer}
B1C2D3E4F5A6478
6/5/2025"""


def run(*docs: Document, claim=CLAIM) -> CheckResult:  # type: ignore[no-untyped-def]
    return ca.run(context(claim, *docs))


# -- eSignatures --------------------------------------------------------------------------------
def test_seed_valid_example_passes_with_signer_date_and_location() -> None:
    r = run(page_doc(SEED_VALID, "POE/Contoso_Intune_POE_signed.pdf"))
    assert r.status == "pass"
    assert "signed by John Doe (Contoso Ltd) on 2025-06-05" in r.summary
    assert "098C7718" in r.summary
    assert "POE/Contoso_Intune_POE_signed.pdf p.1" in r.summary
    assert any(e.quote == "098C77187874542ABA164484C281E7731" and e.bbox for e in r.evidence)
    assert all(e.page == 1 for e in r.evidence)


def test_seed_form_without_signature_id_is_not_verifiable() -> None:
    text = SEED_VALID.replace("098C77187874542ABA164484C281E7731", "")
    r = run(page_doc(text))
    assert r.status == "warn"
    assert "cannot be verified" in r.summary


def test_blank_template_signature_fields_are_not_a_signature() -> None:
    r = run(page_doc("Section 3.1 (Required): Customer Acknowledgment*\nE-Signed by:\nSignature Date Signed"))
    assert r.status == "fail"
    assert "the signature fields were not signed" in r.summary


def test_payment_transaction_id_is_no_esignature() -> None:
    r = run(page_doc("Payment receipt\nTransaction ID: 8AB123456789012345678901\nAmount: $500.00"))
    assert r.summary == "No customer signature or acknowledgement found in the POE."


def test_docusign_signed_by_customer_contact() -> None:
    r = run(page_doc(DOCUSIGN.format(signer="John Doe"), "POE/sow.pdf"))
    assert r.status == "pass"
    assert r.summary.startswith("Valid: DocuSign envelope 4F2A1B3C… signed by John Doe (Contoso Ltd) on 2025-06-05")
    assert any(e.quote == "4F2A1B3C-1234-4ABC-9DEF-0123456789AB" for e in r.evidence)


def test_docusign_signed_only_by_the_partner_fails() -> None:
    r = run(page_doc(DOCUSIGN.format(signer="Priya Kaur")))
    assert r.status == "fail"
    assert "signed only by the partner" in r.summary
    assert "Priya Kaur" in r.summary
    assert not r.reject


def test_docusign_signer_of_unknown_side_needs_review_and_the_block_company_decides() -> None:
    # nothing ties Mary Major to the customer: never valid on its own
    r = run(page_doc(DOCUSIGN.format(signer="Mary Major")))
    assert r.status == "warn"
    assert "Mary Major (company not shown)" in r.summary
    assert "check who signed" in r.summary
    # the company rows of the signer's block say whose signature it is
    for company, status in (("Contoso Ltd", "pass"), ("Fabrikam, Inc.", "fail")):
        block = DOCUSIGN.format(signer="Mary Major") + f"\nName Mary Major\nTitle Director of IT\nCompany {company}"
        r = run(page_doc(block))
        assert r.status == status, (company, r.summary)


@pytest.mark.parametrize(("company", "status"), [("Contoso Ltd", "pass"), ("Fabrikam, Inc.", "fail")])
def test_a_form_naming_the_organisation_above_the_signature_says_whose_it_is(company: str, status: str) -> None:
    # a disclosure's acknowledgement block: the organisation, then the name, then the signature
    form = (
        "DocuSign Envelope ID: 4F2A1B3C-1234-4ABC-9DEF-0123456789AB\n"
        "By signing below, the organisation acknowledges in writing that it has received and read this disclosure.\n"
        f"Acknowledgement\nCustomer {company}\nName Mary Major\nTitle General Manager\n"
        "Signature DocuSigned by:\nMary Major\nB1C2D3E4F5A6478\nDate 6/5/2025"
    )
    r = run(page_doc(form))
    assert r.status == status, r.summary


def test_an_acrobat_sign_stamp_names_its_signer_without_the_audit_report() -> None:
    # the transaction id on the page and the signature stamp under the signature, no audit report attached
    page = (
        "Endpoint Security Delivery Report for Contoso Ltd\nClient acceptance\nSignature John Doe\n"
        "John Doe (8/9/2025 07:52 CDT)\nName / Title John Doe, CISO\nDate 8/9/2025\n"
        "Adobe Acrobat Sign Transaction ID: CBJCHBCAABAAE9386CD146215BB1FF833B14B63B4021"
    )
    r = run(page_doc(page))
    assert r.status == "pass", r.summary
    assert "Adobe Acrobat Sign transaction CBJCHBCA… signed by John Doe (Contoso Ltd) on 2025-08-09" in r.summary


def test_docusign_certificate_signer_events_not_carbon_copies() -> None:
    cert = """Certificate Of Completion
Envelope Id: 4F2A1B3C12344ABC9DEF0123456789AB Status: Completed
Signer Events Signature Timestamp
Priya Kaur
pkaur@fabrikam.com
Sent: 6/1/2025 Signed: 6/1/2025
Carbon Copy Events Status Timestamp
John Doe
john.doe@contoso.com
Sent: 6/1/2025"""
    r = run(page_doc(cert))
    assert r.status == "fail", r.summary
    signed = cert.replace(
        "Priya Kaur\npkaur@fabrikam.com\nSent: 6/1/2025 Signed: 6/1/2025",
        "Jane Roe\njane.roe@contoso.com\nSigned: 6/5/2025",
    )
    signed = signed.replace("Signed: 6/5/2025", "Sent: 6/1/2025 Viewed: 6/2/2025 Signed: 6/5/2025")
    r2 = run(page_doc(signed))
    assert r2.status == "pass"
    assert "Jane Roe (Contoso Ltd) on 2025-06-05" in r2.summary  # the signing date, not the sending date


@pytest.mark.parametrize("status", ["Sent", "Delivered", "Declined", "Voided"])
def test_an_envelope_nobody_finished_signing_is_no_esignature(status: str) -> None:
    # downloaded before completion: the customer is listed as a signer, but only sent and viewed
    cert = f"""Certificate Of Completion
Envelope Id: 4F2A1B3C12344ABC9DEF0123456789AB Status: {status}
Signer Events Signature Timestamp
Jane Roe
jane.roe@contoso.com
Sent: 6/1/2025 Viewed: 6/2/2025
Envelope Summary Events Status Timestamps"""
    r = run(page_doc(cert))
    assert r.status == "fail", r.summary
    assert f"was never completed: its certificate says 'Status: {status}'" in r.summary
    finished = cert.replace(f"Status: {status}", "Status: Completed").replace(
        "Viewed: 6/2/2025", "Viewed: 6/2/2025 Signed: 6/5/2025"
    )
    assert run(page_doc(finished)).status == "pass"


def test_docusign_certificate_with_mixed_columns_reads_the_signers_address() -> None:
    """Certificate tables come out of PDFs as rows mixing columns; the page-1 signer block has no
    address, the certificate's row has it: the signer is the partner's own VP."""
    claim = make_claim(partner__domains=["apexridgecloud.com"], partner__name="Apex Ridge Cloud Inc.")
    pages = """Docusign Envelope ID: 50FE5576-4A9D-5694-96B5-F6375E6A594B
Viva Engage Roll-out – Completion Report
Approved for delivery
Signature DocuSigned by:
Kara Lindholm
E2EC95A6940B3A0CF02D3F62679FBA7A
Date Signed 7/24/2025

Certificate Of Completion
Envelope Id: 50FE55764A9D569496B5F6375E6A594B
Envelope Originator: Cody Sandoval, csandoval@apexridgecloud.com
Signer Events Signature Timestamp
Kara Lindholm DocuSigned by: Sent: 7/24/2025 | 09:02
{email} Kara Lindholm AM
VP Professional Services E2EC95A6940B3A0CF02D3F62679FBA7A Viewed: 7/24/2025 |
Security Level: Email, Account Authentication Signature Adoption: Pre-selected 09:30 AM
(None) Style Signed: 7/24/2025 |
In Person Signer Events Signature Timestamp
Carbon Copy Events Status Timestamp
Cody Sandoval COPIED Sent: 7/24/2025 | 09:31 AM
csandoval@apexridgecloud.com"""
    r = run(page_doc(pages.format(email="klindholm@apexridgecloud.com")), claim=claim)
    assert r.status == "fail", r.summary
    assert "signed only by the partner" in r.summary
    r = run(page_doc(pages.format(email="kara.lindholm@contoso.com")), claim=claim)
    assert r.status == "pass", r.summary
    assert "Kara Lindholm (Contoso Ltd)" in r.summary


def test_adobe_acrobat_sign_audit_report() -> None:
    text = """Intune SOW - Final Audit Report 2025-06-05
Created: 2025-06-01
Transaction ID: CBJCHBCAABAAq1w2e3r4t5y6u7i8o9p0
Document e-signed by John Doe (john.doe@contoso.com)
Signature Date: 2025-06-05 - 4:45:12 PM GMT - Time Source: server
Agreement completed. 2025-06-05"""
    r = run(page_doc(text, "POE/audit.pdf"))
    assert r.status == "pass"
    assert "Adobe Acrobat Sign transaction CBJCHBCA…" in r.summary
    assert "John Doe (Contoso Ltd) on 2025-06-05" in r.summary


def test_dropbox_sign_audit_trail_by_customer_domain() -> None:
    text = """Audit trail
Title Intune deployment acceptance
Document ID 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567
Dropbox Sign
06/05/2025 16:45:12 UTC Signed by Mary Major (mary.major@contoso.com)"""
    r = run(page_doc(text))
    assert r.status == "pass"
    assert "Dropbox Sign" in r.summary
    assert "Mary Major (Contoso Ltd)" in r.summary


YOUSIGN = """Procès-verbal de recette / Acceptance certificate
Client : Contoso Ltd Customer: Contoso Ltd
Signature J. Doe P. Kaur
Signé électroniquement via Yousign · 19/03/2026 17:08 · 52de24c0a8a3
Dossier de preuve / Audit trail
Identifiant de la procédure / 52de24c0a8a365fa1eb4f44d
Signature request ID
19/03/2026 16:51:02 Invitation envoyée / Invitation sent john.doe@contoso.com
19/03/2026 17:08:13 Signé / Signed John Doe — signature électronique avancée
19/03/2026 17:21:37 Signé / Signed Priya Kaur — signature électronique simple
19/03/2026 17:21:39 Procédure terminée / Completed"""

SIGNHOST = """Acceptatieformulier / Acceptance form AF-2026-031
Opdrachtgever / Client Contoso Ltd
Handtekening / Signature J. Doe
Ondertekend via Signhost · 764b7a37de28b84cbf62
Bewijsdocument / Evidence report
Signhost (Evidos B.V.)
Transactie / Transaction 764b7a37de28b84cbf62
Ondertekenaar / Signer John Doe, john.doe@contoso.com
Ondertekend / Signed 14-03-2026 10:41:27 CET"""

SKRIBBLE = """Minutes of the Steering Committee - Intune rollout accepted
Chair Minutes
J. Doe P. Kaur
Signed with Skribble (QES) · 30.06.2026 18:12 CEST · 06e04e3932ea
Signature report
Skribble AG · skribble.com
Document ID 06e04e3932ea
Status Completed
Signer Signature standard Signed at Identification
Priya Kaur (pkaur@fabrikam- Advanced electronic 30.06.2026 E-mail + SMS
com) signature (AES) 17:40:11 CEST
John Doe Qualified electronic 30.06.2026 Video identification,
(john.doe@contoso.com) signature (QES), EU law 18:12:47 CEST"""


@pytest.mark.parametrize(
    ("text", "platform"),
    [(YOUSIGN, "Yousign signature request 52de24c0…"), (SIGNHOST, "Signhost transaction 764b7a37…"),
     (SKRIBBLE, "Skribble document 06e04e3932ea")],
)  # fmt: skip
def test_european_trust_service_envelopes_name_the_customers_signer(text: str, platform: str) -> None:
    r = run(page_doc(text))
    assert r.status == "pass", r.summary
    assert f"{platform} signed by John Doe (Contoso Ltd)" in r.summary
    assert "with its certificate of completion" in r.summary


def test_a_yousign_page_without_its_audit_trail_names_the_signer_by_its_stamp() -> None:
    page = """Yousign – signature request 4a30c081-5fd7
Procès-verbal de recette / Acceptance Report
Client / Customer Contoso Ltd
Le client prononce la recette sans réserve. / The customer accepts the work without reservation.
Nom / Name John Doe
Signature
John Doe (Jun 02, 2026 08:55 GMT+2)
Date
02/06/2026"""
    r = run(page_doc(page))
    assert r.status == "pass", r.summary
    assert "signed by John Doe (Contoso Ltd)" in r.summary


@pytest.mark.parametrize("stamped", [True, False])
def test_an_envelope_page_without_a_signer_name_is_signed_by_the_customer_whose_block_it_stamps(stamped: bool) -> None:
    from poe_reviewer.documents.model import SignatureBlock

    # "DocuSigned by:" over a picture and an id, no certificate: the customer's block prints the name
    lines = [
        "Docusign Envelope ID: 77A2AD89-1B2C-4D5E-8F90-112233445566",
        "Carta de aceptación / Acceptance letter",
        "The customer confirms the services above were delivered and accepts them.",
        "Por el cliente / For the customer",
        "Nombre / Name: John Doe",
        "Firma / Signature:",
        "DocuSigned by:" if stamped else "",
        "AFB28A9579E9153...",
        "",
        "",
        "Por Fabrikam / For Fabrikam",
        "Nombre / Name: Priya Kaur",
        "" if stamped else "DocuSigned by:",
    ]
    doc = page_doc("\n".join(lines))
    doc.signature_blocks = [
        SignatureBlock(page=1, label="Signature", bbox=(60, 110, 400, 190), ink=False, source="text",
                       name="John Doe Nombre", company="Por el cliente / For the customer"),
    ]  # fmt: skip
    r = run(doc)
    if stamped:
        assert r.status == "pass", r.summary
        assert "DocuSign envelope 77A2AD89… signed by John Doe (Contoso Ltd)" in r.summary
    else:  # the platform stamped only the partner's block
        assert r.status == "warn", r.summary
        assert "names no signer that could be read" in r.summary


def test_an_acrobat_sign_stamp_with_the_month_in_words_names_the_signer() -> None:
    page = """Customer Acknowledgment
Powered by Adobe Acrobat Sign
Signature
John Doe (Jun 30, 2026 15:04 GMT-5)
Date Signed
6/30/2026"""
    r = run(page_doc(page))
    assert "signed by John Doe (Contoso Ltd)" in r.summary, r.summary


def test_an_envelope_signed_by_another_organisations_address_is_no_customer_signature() -> None:
    # the customer's outsourced IT provider signs in the customer's block: its own address says whose it is
    cert = """Customer acceptance - Contoso Ltd
DocuSigned by:
Greg Novak
Certificate Of Completion
Envelope Id: 5F52E3F9A1B2C3D4E5F60718293A4B5C Status: Completed
Signer Events Signature Timestamp
Greg Novak
gnovak@netcare-it.com
Signed: 8/18/2025 10:02:11 AM
Envelope Summary Events"""
    r = run(page_doc(cert))
    assert r.status == "fail", r.summary
    assert "of another organisation (netcare-it.com)" in r.summary
    # a domain with a word of the customer's name may be the customer's own: the block decides
    assert run(page_doc(cert.replace("netcare-it.com", "contoso-emea.com"))).status != "fail"


def test_a_mention_of_docusign_is_no_signature() -> None:
    r = run(email_doc("I will send the SOW through DocuSign tomorrow.", sender="pkaur@fabrikam.com"))
    assert r.status == "fail"
    assert "DocuSign envelope" not in r.summary


def test_real_pdf_made_with_pymupdf() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 40), "DocuSign Envelope ID: 4F2A1B3C-1234-4ABC-9DEF-0123456789AB", fontsize=8)
    page.insert_text((72, 100), "Statement of Work: Microsoft Intune deployment for Contoso Ltd", fontsize=11)
    page2 = pdf.new_page()
    page2.insert_text((72, 500), "Customer signature", fontsize=11)
    page2.insert_text((72, 520), "DocuSigned by:", fontsize=8)
    page2.insert_text((72, 535), "John Doe", fontsize=14)
    page2.insert_text((300, 535), "Date: June 5, 2025", fontsize=11)
    doc = extract_document(pdf.tobytes(), "POE/sow.pdf", "poe")
    r = run(doc)
    assert r.status == "pass"
    assert "on 2025-06-05 in POE/sow.pdf p.2" in r.summary
    signer = next(e for e in r.evidence if "John Doe" in e.quote)
    assert signer.page == 2
    assert signer.bbox is not None
    assert 500 < signer.bbox[1] < 540


# -- digital signatures ------------------------------------------------------------------------------
def _signed_pdf(signer: str | None) -> Document:
    doc = page_doc("Statement of Work for Contoso Ltd", "POE/signed.pdf")
    doc.signatures = [
        SignatureField("Signature1", True, page=1, bbox=(72, 600, 300, 650), signer=signer,
                       signing_time=dt.datetime(2025, 6, 5, tzinfo=dt.UTC))
    ]  # fmt: skip
    return doc


def test_digitally_signed_document_without_validation_is_warn() -> None:
    # validation comes from the PDF extractor (tests/test_signatures.py); a field without it is never passed
    r = run(_signed_pdf("John Doe"))
    assert r.status == "warn"
    assert "not cryptographically validated" in r.summary
    assert r.evidence[0].bbox == (72, 600, 300, 650)


def test_digitally_signed_by_the_partner_only_fails() -> None:
    r = run(_signed_pdf("Priya Kaur"))
    assert r.status == "fail"
    assert "signed only by the partner" in r.summary


# -- e-mails -----------------------------------------------------------------------------------------
def test_customer_email_acknowledging_the_work_passes() -> None:
    r = run(email_doc("Hi Priya,\nWe confirm that Fabrikam has deployed Intune to our 900 devices.\nThanks, John"))
    assert r.status == "pass"
    assert "john.doe@contoso.com" in r.summary
    assert "We confirm that Fabrikam has deployed Intune" in r.summary
    assert r.evidence[0].quote == "We confirm that Fabrikam has deployed Intune to our 900 devices."


def test_quoted_sentence_survives_abbreviations() -> None:
    r = run(email_doc("Hi Priya,\nI can confirm that Fabrikam, Inc. has migrated all 900 mailboxes. Regards"))
    assert r.status == "pass"
    assert r.evidence[0].quote == "I can confirm that Fabrikam, Inc. has migrated all 900 mailboxes."


def test_customer_email_from_a_subdomain_passes() -> None:
    r = run(email_doc("I confirm the Intune deployment is completed.", sender="john.doe@emea.contoso.com"))
    assert r.status == "pass"


def test_seed_invalid_example_is_an_ambiguous_acknowledgement() -> None:
    body = "Hello,\n\nWe agree that Fabrikam will be our partner on M365 solutions.\n\nBest,\nJohn Doe"
    r = run(email_doc(body, subject="Partner"))
    assert r.status == "fail"
    assert "ambiguous acknowledgement" in r.summary
    assert r.evidence[0].quote == "We agree that Fabrikam will be our partner on M365 solutions."


PRE_SALES = make_claim(
    claim_kind="pre_sales", solution_area="Business Applications", transaction_date="2026-05-15",
    workloads=[{"name": "DYNAMICS 365 FIELD SERVICE", "subscription_id": None}],
)  # fmt: skip
IN_DEPTH = (
    "Thank you for the two demos (24 March and 2 April) and the 3-week pilot with 6 technicians on the "
    "northern routes. We will buy Dynamics 365 Field Service for our 35 technicians with Fabrikam as our partner."
)


def test_a_pre_sales_customer_naming_the_demos_and_pilot_in_depth_acknowledges_the_engagement() -> None:
    """Seed, Pre-Sales only: "An e-mail, demos, pilots of the customer acknowledging (in depth) these pre-sales
    activities" - even where the message goes on to name the partner for the purchase."""
    r = run(email_doc(IN_DEPTH, subject="RE: pilot results"), claim=PRE_SALES)
    assert r.status == "pass", r.summary
    assert r.evidence[0].quote.startswith("Thank you for the two demos (24 March and 2 April)")
    # on a usage claim the same words prove no delivered work: the partner clause makes them ambiguous
    assert run(email_doc(IN_DEPTH, subject="RE: pilot results")).status == "fail"


def test_the_two_demos_told_in_the_next_sentence_acknowledge_the_engagement() -> None:
    """One mention can name several activities ("the two demos"), and the customer may give their detail
    in the sentence after it."""
    own = (
        "Thanks - the two demos did the job. Seeing the work order dispatched from the mobile app (14 April) and "
        "the route plan for 35 technicians (5 May) convinced our managers. We have decided to go with Dynamics 365 "
        "Field Service, with Fabrikam as our implementation partner."
    )
    r = run(email_doc(own, subject="RE: fit-gap summary after the demos"), claim=PRE_SALES)
    assert r.status == "pass", r.summary
    assert r.evidence[0].quote == "Thanks - the two demos did the job."
    # one demo, and no detail anywhere: still only a choice of partner
    vague = "Thanks - the demo did the job. We have decided to go with Fabrikam as our implementation partner."
    assert run(email_doc(vague, subject="RE: next steps"), claim=PRE_SALES).status == "fail"


@pytest.mark.parametrize(
    "own",
    [
        "Thanks for the demo. We agree that Fabrikam will be our partner on Dynamics 365.",  # one activity, no detail
        "Thanks for the demos and the workshop. We agree that Fabrikam will be our partner.",  # no date, no figure
        "We agree that Fabrikam will be our partner on M365 solutions.",  # the seed's invalid example
    ],
)
def test_a_pre_sales_thanks_without_depth_is_no_acknowledgement(own: str) -> None:
    assert run(email_doc(own, subject="RE: next steps"), claim=PRE_SALES).status == "fail"


def test_licence_purchase_email_is_not_valid() -> None:
    r = run(email_doc("We confirm the purchase of 500 Intune licenses per your quote.", subject="RE: license order"))
    assert r.status == "fail"
    assert "licence purchase" in r.summary


@pytest.mark.parametrize(
    ("subject", "flag"),
    [("RE: Intune deployment", True), ("FW: Intune deployment", False), ("WG: Intune", False)],
)
def test_forwarded_email_is_not_valid(subject: str, flag: bool) -> None:
    r = run(email_doc("We confirm that Fabrikam has deployed Intune.", subject=subject, forwarded=flag))
    assert r.status == "fail"
    assert "forwarded" in r.summary


def test_partner_email_without_customer_reply_is_not_valid() -> None:
    r = run(email_doc("We have deployed Intune to 900 devices.", sender="pkaur@fabrikam.com", sender_name="Priya Kaur"))
    assert r.status == "fail"
    assert "partner's own e-mail" in r.summary


def test_customer_words_only_in_partner_quote_need_review() -> None:
    doc = email_doc("Thanks John, see below.", sender="pkaur@fabrikam.com", sender_name="Priya Kaur")
    assert doc.email is not None
    doc.email.quoted = [
        QuotedMessage("John Doe <john.doe@contoso.com>", "1 Aug 2025", "Intune",
                      "We confirm that Fabrikam has deployed Intune to all 900 devices.")
    ]  # fmt: skip
    r = run(doc)
    assert r.status == "warn"
    assert "appears only quoted" in r.summary


def test_acknowledgement_words_in_the_quoted_partner_text_do_not_count() -> None:
    body = "Thanks, received.\n\nFrom: Priya Kaur <pkaur@fabrikam.com>\nWe confirm that we have deployed Intune."
    doc = email_doc(body, own_text="Thanks, received.", subject="Hello")
    assert doc.email is not None
    doc.email.quoted = [
        QuotedMessage("Priya Kaur <pkaur@fabrikam.com>", None, None, "We confirm that we have deployed Intune.")
    ]
    r = run(doc)
    assert r.status == "fail"
    assert "only thanks or confirms receipt" in r.summary


def test_short_approval_of_the_partner_work_description_passes() -> None:
    doc = email_doc("Approved, thanks.", subject="Sign-off request")
    assert doc.email is not None
    doc.email.quoted = [
        QuotedMessage("Priya Kaur <pkaur@fabrikam.com>", None, "Sign-off request",
                      "Please confirm we deployed Intune to 900 devices and trained 20 administrators.")
    ]  # fmt: skip
    assert run(doc).status == "pass"


def test_sender_domain_checks() -> None:
    gmail = run(email_doc("We confirm that Fabrikam has deployed Intune.", sender="john.doe@gmail.com"))
    assert gmail.status == "fail"
    assert "personal mailbox (gmail.com)" in gmail.summary
    other = run(email_doc("We confirm that Fabrikam has deployed Intune.", sender="j@northwind.com"))
    assert other.status == "fail"
    assert "not the customer's domain contoso.com" in other.summary
    lookalike = run(email_doc("We confirm that Fabrikam has deployed Intune.", sender="j@contoso-group.com"))
    assert lookalike.status == "warn"
    assert "contoso-group.com" in lookalike.summary
    no_domain = make_claim(customer__domain=None, customer__contact=None)
    unknown = run(email_doc("We confirm that Fabrikam has deployed Intune.", sender="j@contoso.com"), claim=no_domain)
    assert unknown.status == "warn"
    assert "names no customer domain" in unknown.summary


def test_free_mail_contact_address_is_not_a_customer_domain() -> None:
    claim = make_claim(customer__contact={"name": "John Doe", "email": "johndoe@gmail.com"})
    r = run(email_doc("We confirm that Fabrikam has deployed Intune.", sender="other@gmail.com"), claim=claim)
    assert r.status == "fail"
    assert "personal mailbox (gmail.com)" in r.summary


def test_signed_fee_disclosure_is_not_acknowledgement_of_the_work() -> None:
    psd = page_doc(SEED_VALID, "PSD/disclosure.pdf", role="public_sector_disclosure")
    assert run(psd).status == "fail"


def test_email_not_in_english_needs_a_reader() -> None:
    body = "Hallo Priya, wir bestätigen hiermit, dass die Einführung von Intune auf allen Geräten fertig ist."
    r = run(email_doc(body))
    assert r.status == "warn"
    assert "not in English" in r.summary


def test_printed_email_thread_in_a_pdf() -> None:
    thread = """Priya Kaur
From: John Doe <john.doe@contoso.com>
Sent: Tuesday, June 10, 2025 9:35 AM
To: Priya Kaur <pkaur@fabrikam.com>
Subject: RE: Intune deployment sign-off
Hi Priya,
I confirm that Fabrikam has completed the Intune deployment for our 900 Windows devices.
Regards, John
From: Priya Kaur <pkaur@fabrikam.com>
Sent: Monday, June 9, 2025 4:00 PM
To: John Doe <john.doe@contoso.com>
Subject: Intune deployment sign-off
Hi John, please confirm."""
    r = run(page_doc(thread, "POE/thread.pdf"))
    assert r.status == "pass"
    assert "printed e-mail from John Doe <john.doe@contoso.com> on 2025-06-10" in r.summary
    assert r.evidence[0].page == 1
    assert r.evidence[0].bbox is not None


def test_screenshot_of_an_email_is_a_flat_image() -> None:
    text = """From: John Doe <john.doe@contoso.com>
Sent: Tuesday, June 10, 2025 9:35 AM
To: Priya Kaur
Subject: RE: Intune
We confirm that Fabrikam has deployed Intune."""
    shot = Document(path="POE/screenshot.png", role="poe", kind="image", sha256="1" * 64, page_count=1)
    shot.segments = [Segment(text, 1, "ocr")]
    shot.images = [ImageInfo("1" * 64, 1280, 720, page=1)]
    r = run(shot)
    assert r.status == "fail"
    assert "picture of an e-mail" in r.summary
    assert "flat image" in r.summary


# -- partner activities: the customer attestation survey ---------------------------------------------------
def _survey(signature: dict[str, str], respondent: str = "customer") -> Document:
    data = {
        "format": "poe-attestation/1",
        "claim_id": "3016006",
        "respondent": respondent,
        "completed_at": "2025-07-02T10:11:00Z",
        "answers": [{"question": "Did the partner deliver the engagement as described?", "answer": "Yes"}],
        "signature": signature,
    }
    text = "Survey: customer attestation\nElectronic signature: " + ", ".join(signature.values())
    doc = Document(path="customer_survey.json", role="customer_attestation", kind="survey", sha256="6" * 64)
    doc.segments = [Segment(text, None, "survey")]
    doc.data = data
    return doc


def test_partner_activities_customer_attestation_is_the_acknowledgement() -> None:
    claim = make_claim(PARTNER_ACTIVITIES)
    signed = _survey({"full_name": "Susie Jones", "company": "Contoso Ltd", "job_title": "IT Systems Administrator"})
    r = run(signed, claim=claim)
    assert r.status == "pass"
    assert "customer attestation survey customer_survey.json signed by Susie Jones (Contoso Ltd" in r.summary
    assert "on 2025-07-02" in r.summary
    unsigned = _survey({"full_name": "", "company": "Contoso Ltd", "job_title": ""})
    assert run(unsigned, claim=claim).status == "fail"
    for_partner = _survey({"full_name": "Priya Kaur", "company": "Fabrikam, Inc.", "job_title": "PM"})
    assert "signed for the partner" in run(for_partner, claim=claim).summary
    # a CPOR claim has no attestation surveys: an attestation file there is not its acknowledgement
    assert run(signed).status == "fail"


# -- images, scans, signature blocks ---------------------------------------------------------------------
def _image(path: str, width: int, height: int) -> Document:
    return Document(path=path, role="poe", kind="image", sha256="2" * 64, page_count=1,
                    images=[ImageInfo("2" * 64, width, height, page=1)])  # fmt: skip


def test_flat_signature_image_is_not_valid() -> None:
    r = run(_image("POE/signature.jpg", 600, 200))
    assert r.status == "fail"
    assert "POE/signature.jpg is a flat image (600x200 px)" in r.summary


def test_picture_of_a_page_needs_visual_review() -> None:
    r = run(_image("POE/signed_scan.jpg", 2480, 3508))
    assert r.status == "warn"
    assert "OCR not yet available" in r.summary


def test_scanned_pdf_page_needs_visual_review() -> None:
    doc = page_doc("Statement of Work for Contoso Ltd: deploy Intune.", "POE/sow.pdf")
    doc.page_count = 2
    doc.images = [ImageInfo("3" * 64, 2480, 3508, page=2, bbox=(0, 0, 612, 792))]
    r = run(doc)
    assert r.status == "warn"
    assert "scanned page without text in POE/sow.pdf p.2" in r.summary


def test_signature_block_with_image_beside_it_needs_review() -> None:
    doc = page_doc("Customer Signature:\nName: John Doe\nDate: 6/5/2025", "POE/sow.pdf")
    doc.images = [ImageInfo("4" * 64, 300, 100, page=1, bbox=(200, 60, 320, 100))]
    r = run(doc)
    assert r.status == "warn"
    assert "signature image beside the signature block" in r.summary


def test_empty_signature_block_is_not_valid() -> None:
    r = run(page_doc("Customer Signature:\nName: John Doe\nDate:", "POE/sow.pdf"))
    assert r.status == "fail"
    assert "the signature block in POE/sow.pdf p.1 is empty: neither signed nor dated" in r.summary


def _word(text: str, *pictures: ImageInfo) -> Document:
    return Document(path="POE/certificate.docx", role="poe", kind="docx", sha256="5" * 64,
                    segments=[Segment(text, None, "paragraph")], images=list(pictures))  # fmt: skip


def test_picture_in_a_word_signature_block_is_a_pasted_signature() -> None:
    """A Word file cannot carry a physical signature: the picture was pasted (seed: not accepted)."""
    text = (
        "Work completed\nSharePoint hub site with 14 department sites.\nCustomer acceptance\nCustomer signature:\n"
        "Name: George Pemberton, CIO\nDate: August 4, 2025"
    )
    r = run(_word(text, ImageInfo("6" * 64, 400, 120, name="image1.png")))
    assert r.status == "fail", r.summary
    assert "is a picture pasted into an editable Word file (image1.png, 400x120 px)" in r.summary
    assert "Copying/pasting physical signatures" in r.summary
    assert not r.reject
    assert any(e.document == "POE/certificate.docx" for e in r.evidence)
    # a real .docx with a picture under the signature label reads the same
    import io

    from docx import Document as WordDocument
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (400, 120), "white").save(picture, "PNG")
    word = WordDocument()
    for line in text.splitlines():
        word.add_paragraph(line)
    word.add_picture(io.BytesIO(picture.getvalue()))
    data = io.BytesIO()
    word.save(data)
    r = run(extract_document(data.getvalue(), "POE/certificate.docx", "poe"))
    assert r.status == "fail", r.summary
    assert "pasted into an editable Word file" in r.summary


def test_template_with_empty_signature_line_is_not_dated_by_its_engagement_dates() -> None:
    """The printed signatory name is no place of signature, and the engagement period dates no signature."""
    filled = SEED_VALID.replace("John Doe", "Victor Nguyen").replace(
        "E-Signed by: Victor Nguyen\nSignature Date Signe 6/5/2025\n\n098C77187874542ABA164484C281E7731",
        "Signature\nDate Signed",
    )
    r = run(page_doc(filled, "POE/template.pdf"))
    assert r.status == "fail", r.summary
    assert "dated 2025-06-01" not in r.summary
    assert "2025-09-10" not in r.summary
    assert "is empty: neither signed nor dated" in r.summary
    # a real date beside the signature line still reads as dated (a person must look for the ink)
    signed = filled.replace("Date Signed", "Date Signed 6/5/2025")
    r = run(page_doc(signed, "POE/template.pdf"))
    assert r.status == "warn", r.summary
    assert "dated 2025-06-05" in r.summary


def test_dated_signature_block_without_readable_signature_needs_review() -> None:
    # the date may stand before the label (German protocols: "Ort, Datum ... / Unterschrift")
    for text in (
        "Accepted by\nPatricia Kowalski, Director of IT\nDate 08/28/2025",
        "Ort, Datum Dresden, 12.08.2025\nUnterschrift Auftraggeber\nDr. Katrin Albers",
    ):
        r = run(page_doc(text, "POE/acceptance.pdf"))
        assert r.status == "warn", text
        assert "no readable signature" in r.summary
    assert "dated 2025-08-12" in r.summary


# -- the whole check -------------------------------------------------------------------------------------
def test_best_valid_piece_decides_and_the_others_are_listed() -> None:
    fw = email_doc("We confirm the work.", subject="FW: done", path="POE/fw.msg")
    r = run(fw, page_doc(DOCUSIGN.format(signer="John Doe"), "POE/sow.pdf"))
    assert r.status == "pass"
    assert r.summary.startswith("Valid: DocuSign envelope")
    assert (
        "not valid: e-mail from John Doe <john.doe@contoso.com> on 2025-08-01 in POE/fw.msg is a forwarded" in r.summary
    )
    assert all(e.document == "POE/sow.pdf" for e in r.evidence)


def test_nothing_at_all_fails() -> None:
    r = run(page_doc("Intune deployment notes: 900 devices enrolled.", "POE/notes.pdf"))
    assert r.status == "fail"
    assert r.summary == "No customer signature or acknowledgement found in the POE."


def test_unreadable_document_is_warned_about_not_failed() -> None:
    broken = Document(path="POE/scan.pdf", role="poe", kind="pdf", sha256="5" * 64, error="the PDF is damaged")
    r = run(broken)
    assert r.status == "warn"
    assert "POE/scan.pdf (the PDF is damaged)" in r.summary


def test_invoice_role_is_not_acknowledgement_evidence() -> None:
    r = run(page_doc(SEED_VALID, "invoice.pdf", role="invoice"))
    assert r.status == "fail"


def test_wording_comes_from_the_policy() -> None:
    policy = load_policy()
    sections = {name: copy.deepcopy(dict(policy[name])) for name in policy}
    ack = sections["acknowledgement"]["email"]["acknowledge"]
    sections["acknowledgement"]["email"]["acknowledge"] = [p for p in ack if "approved" not in p]
    ctx = context(CLAIM, email_doc("Approved.", subject="RE: Intune deployment"))
    assert ca.run(ctx).status == "pass"
    ctx.policy = Policy(sections)
    assert ca.run(ctx).status != "pass"


def test_every_policy_entry_cites_the_seed() -> None:
    section = load_policy()["acknowledgement"]
    for key in ("esignature", "signature_block", "flat_image", "pasted_signature", "email"):
        assert section[key]["seed"], key
    if SEED.is_file():
        text = SEED.read_text(encoding="utf-8")
        for key in ("esignature", "signature_block", "flat_image", "pasted_signature", "email"):
            assert section[key]["seed"] in text, key


# -- real documents -------------------------------------------------------------------------------------
@pytest.mark.realworld
def test_real_world_documents_never_break_the_check(realworld: Path) -> None:
    statuses: dict[str, str] = {}
    for folder in ("msg", "eml", "signed_pdf", "images", "docx", "pdf_odd"):
        for path in sorted((realworld / folder).iterdir()):
            doc = read_realworld(path, f"POE/{path.name}", "poe")
            r = run(doc)
            assert r.status in ("pass", "fail", "warn"), (path, r)
            assert r.summary.strip()
            statuses[f"{folder}/{path.name}"] = r.status
    # an intact signature by a certificate that does not name the customer is never passed
    assert statuses["signed_pdf/pdf-acrobat.pdf"] == "warn"
    # unreadable files are a warning, not the partner's failure
    assert statuses["pdf_odd/minimal-aes256.pdf"] == "warn"
    # mail from strangers is no customer acknowledgement
    assert statuses["msg/TxtSampleEmail.msg"] == "fail"


# -- one reading of a date, one list of personal mailboxes (the findings both checks share) -------------
GB_THREAD = """From: John Doe <john.doe@contoso.com>
Sent: 06/05/2025 10:12
To: Priya Kaur <pkaur@fabrikam.com>
Subject: RE: Intune deployment sign-off
Hi Priya,
I confirm that Fabrikam has completed the Intune deployment for our 900 Windows devices.
Regards, John"""


def test_a_printed_email_from_a_day_first_country_is_dated_the_same_by_both_acknowledgement_checks() -> None:
    # "Sent: 06/05/2025" from a GB customer is 6 May 2025; the acknowledgement check once read 5 June
    from poe_reviewer.checks import acknowledgement_date

    claim = make_claim(customer__country="GB")
    doc = page_doc(GB_THREAD, "POE/thread.pdf")
    r = run(doc, claim=claim)
    assert r.status == "pass"
    assert "on 2025-05-06" in r.summary
    assert "2025-06-05" not in r.summary
    dated = acknowledgement_date.run(context(claim, doc))
    assert "2025-05-06" in dated.summary
    assert "2025-06-05" not in dated.summary


def test_personal_mailboxes_are_one_list_for_every_check() -> None:
    # t-online.de is in resources/policy/domains.toml [consumer] (the customer-domain check's list) and was
    # missing from the acknowledgement check's own shorter list
    r = run(email_doc("We confirm that Fabrikam has deployed Intune.", sender="john.doe@t-online.de"))
    assert r.status == "fail"
    assert "personal mailbox (t-online.de)" in r.summary
    assert "free_mail_domains" not in load_policy()["acknowledgement"]


# -- acceptance, not just a reply (issue 11, class 2) -----------------------------------------------------
def _reply(own: str, *quoted: QuotedMessage, subject: str = "RE: Intune deployment", **kw: object) -> Document:
    doc = email_doc(own, own_text=own, subject=subject, **kw)  # type: ignore[arg-type]
    assert doc.email is not None
    doc.email.quoted = list(quoted)
    return doc


ACCEPTANCE = QuotedMessage(
    "John Doe <john.doe@contoso.com>", "Tuesday, 15 July 2025 10:02", "RE: Intune deployment",
    "Hi Priya,\nWe confirm that the Intune deployment to our 1,200 devices is complete and accepted.\nJohn",
)  # fmt: skip
PARTNER_REPORT = QuotedMessage(
    "Priya Kaur <pkaur@fabrikam.com>", "Monday, 14 July 2025 17:40", "Intune deployment",
    "Hi John, attached is the completion report of the Intune deployment. Please confirm.",
)  # fmt: skip


@pytest.mark.parametrize(
    "own",
    [
        "Thanks for the August review.\nJohn",
        "Received, thanks. We will review and come back to you.\nJohn",
        "Many thanks Priya, noted.",
    ],
)
def test_a_reply_that_only_thanks_or_confirms_receipt_is_no_acceptance(own: str) -> None:
    r = run(_reply(own, PARTNER_REPORT))
    assert r.status == "fail"
    assert "only thanks or confirms receipt" in r.summary


@pytest.mark.parametrize(
    ("subject", "own", "headers"),
    [
        ("Automatic reply: Intune deployment", "I am out of the office until 4 August with limited access to e-mail.",
         []),
        ("RE: Intune deployment", "Thank you for your message.", [("Auto-Submitted", "auto-replied")]),
        ("Automatische Antwort: Intune", "Ich bin bis zum 4. August nicht im Büro.", []),
        ("Réponse automatique : Intune", "Je suis absent jusqu'au 4 août.", []),
        ("RE: Intune deployment", "Estoy fuera de la oficina hasta el 4 de agosto.",
         [("X-Auto-Response-Suppress", "All")]),
    ],
)  # fmt: skip
def test_an_automatic_reply_never_counts(subject: str, own: str, headers: list[tuple[str, str]]) -> None:
    doc = _reply(own, PARTNER_REPORT, subject=subject)
    assert doc.email is not None
    doc.email.headers = headers
    r = run(doc)
    assert r.status == "fail"
    assert "automatic reply" in r.summary


def test_an_automatic_reply_on_top_of_a_thread_takes_nothing_from_the_acceptance_below_it() -> None:
    # a printed thread whose newest message is the out-of-office of someone copied
    doc = _reply("I am out of the office until 4 August with limited access to e-mail.", ACCEPTANCE, PARTNER_REPORT,
                 subject="Automatic reply: RE: Intune deployment")  # fmt: skip
    r = run(doc)
    assert r.status == "pass", r.summary
    assert "whose thread holds the customer's acceptance by John Doe" in r.summary


def test_an_acceptance_earlier_in_the_thread_counts_under_a_later_customer_message() -> None:
    later = _reply("Also, can we move Thursday's meeting to 3 pm?\nJohn", ACCEPTANCE, PARTNER_REPORT)
    r = run(later)
    assert r.status == "pass"
    assert "thread holds the customer's acceptance by John Doe" in r.summary
    assert "2025-07-15" in r.summary  # the acceptance's own date, read from its Sent line
    assert r.evidence[0].quote.startswith("We confirm that the Intune deployment")


def test_a_later_purchase_order_message_does_not_make_an_acceptance_a_licence_email() -> None:
    later = _reply("Could you send the quote and your PO number for the 500 E5 licence renewal?\nJohn",
                   ACCEPTANCE, PARTNER_REPORT)  # fmt: skip
    assert run(later).status == "pass"


def test_an_acceptance_quoted_below_a_forward_is_not_the_senders_thread() -> None:
    forward = QuotedMessage("John Doe <john.doe@contoso.com>", "15 July 2025", "Intune", "---", kind="forward")
    r = run(_reply("See below.", forward, ACCEPTANCE))
    assert r.status != "pass"
    assert "thread holds" not in r.summary


def test_the_date_of_a_thread_acceptance_is_the_acceptance_not_the_later_message() -> None:
    from poe_reviewer.findings.acknowledgements import acknowledgement_dates

    later = _reply("Also, can we move Thursday's meeting?\nJohn", ACCEPTANCE, PARTNER_REPORT,
                   date=dt.datetime(2025, 9, 1, 9, 0, tzinfo=dt.UTC))  # fmt: skip
    dates = acknowledgement_dates(context(CLAIM, later))
    assert [(d.date.isoformat(), d.kind) for d in dates] == [("2025-07-15", "quoted customer e-mail")]


# -- empty acknowledgement blocks (issue 11, class 4) --------------------------------------------------------
EMPTY_BLOCK = """Fabrikam Intune Deployment - Completion Report
Fabrikam deployed Microsoft Intune to 1,200 Windows devices at Contoso between May and July 2025.
The deliverables were reviewed and approved by the customer on 3 September 2025.
Customer Acknowledgement
Customer signature: ______________________
Name: ______________________
Date: ______________________
"""


def test_an_empty_signature_block_is_not_acknowledged_whatever_the_prose_says() -> None:
    r = run(page_doc(EMPTY_BLOCK))
    assert r.status == "fail"
    assert "is empty: neither signed nor dated" in r.summary


def test_prose_saying_approved_by_is_no_place_to_sign_but_a_form_label_is() -> None:
    prose = page_doc("The migration plan was approved by the customer's CIO on 3 September 2025.\n")
    assert "signature block" not in run(prose).summary
    form = page_doc("Approved by: ______________\nDate: 03/09/2025\n")
    assert "signature block in POE/poe.pdf p.1 dated" in run(form).summary


@pytest.mark.parametrize(
    "own",
    [
        "Yes – confirmed. Fabrikam completed the Intune rollout as described below. Contoso accepts the work.\nJohn",
        "I've read the closure report and shared it with our FD. Contoso is happy to accept the Intune deployment.",
        "Contoso accepts Phase 1. The compliance policies on our 1,200 devices work as agreed.",
        "CVUSD approves the Intune close-out as presented on September 22: the 1,200 laptops are managed in "
        "Intune. Thank you to the Fabrikam team.",
    ],
)
def test_acceptance_as_customers_write_it(own: str) -> None:
    assert run(_reply(own, PARTNER_REPORT)).status == "pass"


@pytest.mark.parametrize(
    "own",
    [
        "Confirming what we agreed at Tuesday's SteerCo: Contoso accepts the closure of the Intune programme.",
        "Hi Priya,\nconfirming acceptance of the Intune deployment done by Fabrikam as summarised below.",
        "All 1,200 devices are enrolled - please treat this as our sign-off on the Intune project.",
    ],
)
def test_acceptance_said_as_a_noun_counts(own: str) -> None:
    # the customer names the acceptance ("acceptance of", "our sign-off on", "the closure of") instead of the verb
    assert run(_reply(own, PARTNER_REPORT)).status == "pass"


@pytest.mark.parametrize(
    "own",
    [
        "Yes - happy to close. The compliance policies are live on all 1,200 devices.",
        "Happy to confirm. Fabrikam manages our Intune devices under the MSA: all 1,200 laptops are enrolled.",
        "The summary matches what we saw. The Intune pilot with the six field reps convinced us.",
        "As requested, a short confirmation in English. Since January Fabrikam has configured Intune for our "
        "1,200 devices.",
        "Confirming receipt and acceptance of the July Intune report.",
        "We're happy with the Intune deployment on our 1,200 devices.",
    ],
)
def test_a_reply_to_the_partners_request_for_confirmation_accepts(own: str) -> None:
    assert run(_reply(own, PARTNER_REPORT)).status == "pass"


def test_happy_to_confirm_a_meeting_is_no_acceptance() -> None:
    own = "Happy to confirm the meeting on Tuesday at 10:00 for the Intune workshop."
    assert run(_reply(own, PARTNER_REPORT)).status != "pass"


@pytest.mark.parametrize(
    "own",
    [
        "The Intune deployment has not been approved yet: 40 kiosks still fail compliance.",
        "We cannot accept the Intune deployment until the kiosks are enrolled.",
        "One thing before we accept the Intune project: are the kiosks enrolled?",
    ],
)
def test_acceptance_wording_turned_round_is_no_acceptance(own: str) -> None:
    r = run(_reply(own, PARTNER_REPORT))
    assert r.status != "pass", r.summary


def test_an_acceptance_beside_a_negation_in_another_clause_still_counts() -> None:
    own = "The open issue was not critical, and we accept the Intune deployment as complete."
    assert run(_reply(own, PARTNER_REPORT)).status == "pass"


def test_confirming_only_that_the_partner_is_our_partner_is_ambiguous() -> None:
    # the seed's invalid example, as customers write it: friendly, names the partner, accepts no work
    own = "Hi Priya, Happy to confirm that Fabrikam is our Microsoft partner and we appreciate all the team's work."
    r = run(_reply(own, PARTNER_REPORT))
    assert r.status == "fail"
    assert "ambiguous acknowledgement" in r.summary


@pytest.mark.parametrize(
    "own",
    [
        "Thank you for the health check, but we have not engaged Fabrikam for Intune. Please do not register "
        "Fabrikam as our partner for this workload.",
        "Please do not register Fabrikam Inc as our Microsoft partner.",
        "We have never worked with Fabrikam on Intune.",
    ],
)
def test_a_customer_who_denies_the_partners_part_refuses_and_the_claim_is_rejected(own: str) -> None:
    r = run(_reply(own, PARTNER_REPORT))
    assert r.status == "fail", r.summary
    assert r.reject
    assert "refuses (" in r.summary


def test_a_customer_who_has_ended_the_engagement_outweighs_an_old_signature_and_the_claim_is_rejected() -> None:
    # the 12-month rule asks for a recent acknowledgement confirming active engagement; the customer's
    # recent e-mail says the opposite, and the valid signature on the old paper does not outweigh it
    own = (
        "I can confirm that Fabrikam migrated our mail in November 2024 - that went well. Since 1 February our "
        "IT is managed by Northwind, so we no longer have a support contract with you."
    )
    r = run(page_doc(SEED_VALID, "POE/Contoso_Intune_POE_signed.pdf"), _reply(own, PARTNER_REPORT))
    assert r.status == "fail", r.summary
    assert r.reject
    assert r.summary.startswith("The customer's own words deny the partner's claimed work")
    assert "which does not outweigh it" in r.summary
    # without the e-mail, the signed POE passes
    assert run(page_doc(SEED_VALID, "POE/Contoso_Intune_POE_signed.pdf")).status == "pass"


@pytest.mark.parametrize(
    ("own", "refused"),
    [
        ("Thanks for reaching out. We moved our Teams support to Northwind in January. We have nothing open with "
         "Fabrikam at the moment.", True),
        ("We have no project with you right now, the old contract ended in March.", True),
        ("Confirmed: the managed service agreement ended on 28 February 2026; from March we manage Exchange and "
         "Teams with our own team. Thanks for two years of good support.", True),
        ("We signed the new agreement with Northwind, so we won't need Fabrikam for Intune going forward.", True),
        # another provider's contract ending is how the partner came in
        ("The previous provider's support contract ended in March; we accept Fabrikam's Intune deployment.", False),
        # work still going on is no refusal
        ("We have nothing open with the help desk at the moment: Fabrikam closed every Intune ticket. We accept the "
         "Intune deployment.", False),
    ],
)  # fmt: skip
def test_a_customer_with_nothing_open_with_the_partner_refuses(own: str, refused: bool) -> None:
    r = run(_reply(own, PARTNER_REPORT))
    assert r.reject is refused, r.summary


@pytest.mark.parametrize(
    "own",
    [
        "Our own IT team and another partner did this rollout. Please withdraw any registration of Fabrikam as our "
        "partner for Intune.",
        "Please remove Fabrikam as our partner of record for Intune.",
    ],
)
def test_a_customer_who_asks_to_withdraw_the_partners_registration_refuses(own: str) -> None:
    r = run(_reply(own, PARTNER_REPORT))
    assert r.status == "fail", r.summary
    assert r.reject, r.summary


def test_an_acceptance_naming_every_workload_before_the_word_deployment_accepts() -> None:
    own = (
        "We went through report #14 at our security committee yesterday. Contoso accepts the Defender for "
        "Identity and Defender for Office 365 deployment as described. Thanks to you and the team."
    )
    r = run(_reply(own, PARTNER_REPORT))
    assert r.status == "pass", r.summary


def test_not_engaging_another_partner_is_no_refusal() -> None:
    own = "We confirm that Fabrikam completed the Intune deployment; we have not engaged any other partner for it."
    r = run(_reply(own, PARTNER_REPORT))
    assert r.status == "pass", r.summary


def test_a_colleague_accepting_for_the_company_names_the_project_in_many_words() -> None:
    own = (
        "Johan is on leave, so I'm replying on his behalf. Contoso accepts the Intune and Conditional Access "
        "project as delivered by Fabrikam."
    )
    r = run(_reply(own, PARTNER_REPORT))
    assert r.status == "pass", r.summary


def test_the_customer_confirming_the_partners_minutes_accepts_them() -> None:
    own = "Tomasz,\nminutes confirmed without changes, including the acceptance of phase 2 (Intune).\nMarek"
    r = run(_reply(own, PARTNER_REPORT, subject="RE: Minutes - Intune SteerCo"))
    assert r.status == "pass", r.summary


# -- the strength of an acknowledgement (issue 11) -----------------------------------------------------------
ACCEPTING = "We confirm that Fabrikam completed the Intune deployment to our 1,200 devices. John"
TRAVELLED = [
    ("Received", "from mail-eur.contoso.com (10.1.2.3) by mx.fabrikam.com with ESMTPS; Fri, 1 Aug 2025 09:30:12 +0000"),
    ("Message-ID", "<a1b2c3@mail-eur.contoso.com>"),
    ("Authentication-Results", "mx.fabrikam.com; spf=pass smtp.mailfrom=contoso.com; dkim=pass header.d=contoso.com; "
                               "dmarc=pass action=none header.from=contoso.com"),
]  # fmt: skip


def _strength_of(headers: list[tuple[str, str]]) -> str:
    doc = email_doc(ACCEPTING)
    assert doc.email is not None
    doc.email.headers = headers
    r = run(doc)
    assert r.status == "pass", r.summary
    return r.summary


def test_a_customer_email_that_travelled_with_dkim_and_dmarc_is_strong() -> None:
    summary = _strength_of(TRAVELLED)
    assert "strength: strong (it went through the customer's mail host mail-eur.contoso.com" in summary
    assert "DKIM and DMARC pass for the customer's domain" in summary


def test_a_customer_email_without_transport_headers_is_weak_and_says_why() -> None:
    assert "strength: weak (no transport headers: a message that never went through a mail server" in _strength_of([])


def test_a_customer_email_whose_domain_failed_dmarc_is_for_a_person_and_very_weak() -> None:
    doc = email_doc(ACCEPTING)
    assert doc.email is not None
    failing = ("Authentication-Results", "mx.fabrikam.com; dmarc=fail header.from=contoso.com")
    doc.email.headers = [*TRAVELLED[:2], failing]
    r = run(doc)
    assert r.status == "warn", r.summary
    assert "DMARC failing for the customer's domain: it may not come from the customer" in r.summary
    [fact] = [f for f in r.facts or () if getattr(f, "verdict", None) == "undecidable"]
    assert fact.strength_label == "very weak"  # type: ignore[union-attr]


def test_a_customer_address_on_mail_sent_from_the_partners_tenant_is_no_acknowledgement() -> None:
    from poe_reviewer.checks import customer_domain

    # what Exchange Online records for a message a partner's user sent with the customer's From: address
    doc = email_doc(ACCEPTING)
    assert doc.email is not None
    doc.email.headers = [
        ("Return-Path", "dtheriault@fabrikam.com"),
        ("Received", "from DM6PR05MB5602.namprd05.prod.outlook.com by SA1PR05MB3521.namprd05.prod.outlook.com"),
        ("Authentication-Results", "spf=pass (sender IP is 2603:10b6:347:14c::24) smtp.mailfrom=fabrikam.com; "
                                   "dkim=pass (signature was verified) header.d=fabrikam.com;dmarc=fail "
                                   "action=quarantine header.from=contoso.com;compauth=fail reason=000"),
    ]  # fmt: skip
    r = run(doc)
    assert r.status == "fail", r.summary
    assert "was sent from the partner's own mail system (fabrikam.com) under the customer's address" in r.summary
    d = customer_domain.run(context(CLAIM, doc))
    assert d.status == "fail", d.summary
    assert "(fabrikam.com) under the customer's address" in d.summary
    # a forwarder that broke DMARC without the partner's domain leaves it for a person
    doc.email.headers = [(k, v.replace("fabrikam.com", "lists.example.org")) for k, v in doc.email.headers]
    assert run(doc).status == "warn"
    assert customer_domain.run(context(CLAIM, doc)).status == "warn"


def test_the_strength_is_a_typed_fact_of_the_result() -> None:
    doc = email_doc(ACCEPTING)
    r = run(doc)
    [fact] = [f for f in r.facts or () if getattr(f, "verdict", None) == "valid"]
    assert fact.strength_label == "weak"  # type: ignore[union-attr]
    assert "no transport headers" in (fact.strength_reason or "")  # type: ignore[union-attr]


@pytest.mark.realworld
def test_transport_headers_of_real_mail_are_read_offline(realworld: Path) -> None:
    from poe_reviewer.findings.acknowledgements.strength import read_transport

    eml = extract_document((realworld / "eml/UTF-8_Test.eml").read_bytes(), "POE/a.eml", "poe")
    assert eml.email is not None
    t = read_transport(eml.email.headers, ["gmail.com"])
    assert t.travelled
    assert t.auth == {"spf": "pass", "dkim": "pass", "dmarc": "pass"}
    assert t.message_id_domain == "mail.gmail.com"
    msg = extract_document((realworld / "msg/TxtSampleEmail.msg").read_bytes(), "POE/b.msg", "poe")
    assert msg.email is not None
    assert read_transport(msg.email.headers, ["leeds.gov.uk"]).customer_host == "pifmbx04.leeds.gov.uk"


@pytest.mark.parametrize(
    "rows",
    [
        "| Marcia Doyle\n‘Title Chief Financial Officer\n|\n‘Date",  # the "Name" label lost by OCR
        "| Dr. Marcia Doyle |\n| Chief Financial Officer\n‘Signature | : =\n| Date",  # both labels lost
        "| R. Marcia Doyle\n|\nTitle Chief Financial Officer\nDate | 12-05-2026",  # an initial; a border line between
    ],
)
def test_a_scanned_signatory_named_above_her_title_is_read_when_the_name_label_is_lost(rows: str) -> None:
    from poe_reviewer.documents.model import SignatureBlock

    text = "Customer acknowledgement\nThe customer accepts the Intune deployment described above.\n" + rows
    doc = page_doc(text, "POE/acceptance_signed.pdf")
    doc.signature_blocks = [
        SignatureBlock(page=1, label="Signature", bbox=(70, 400, 500, 440), ink=True, source="scan", date="02/17/2026")
    ]
    r = run(doc)
    named = ("Marcia Doyle", "Dr. Marcia Doyle", "R. Marcia Doyle")
    assert any(f"signatory {n}" in r.summary for n in named), r.summary
    # without a title under it, a lone capitalised line is no signatory
    doc.segments[0].text = text.replace("Chief Financial Officer", "").replace("Title", "")
    assert "no printed signatory name" in run(doc).summary


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("Client name: D. Kiprono", "D. Kiprono"),  # the party before "name", an initial
        ("Naam Name Yvonne Verhoeven ]", "Yvonne Verhoeven"),  # a bilingual label whose slash OCR lost
        ("| Name: Dr. Katrin Vogt", "Dr. Katrin Vogt"),
        ("| Customer name | Sibusiso Dlamini", "Sibusiso Dlamini"),  # a table's cell border
    ],
)
def test_a_scanned_signatory_is_read_from_the_name_field_as_forms_write_it(row: str, name: str) -> None:
    from poe_reviewer.documents.model import SignatureBlock

    text = f"Customer acknowledgement\nThe customer accepts the Intune deployment described above.\n{row}\nDate"
    doc = page_doc(text, "POE/acceptance_signed.pdf")
    doc.signature_blocks = [
        SignatureBlock(page=1, label="Signature", bbox=(70, 400, 500, 440), ink=True, source="scan", date="02/17/2026")
    ]
    r = run(doc)
    assert r.status == "pass", r.summary
    assert f"signatory {name}" in r.summary
    # a header row of labels names nobody
    doc.segments[0].text = text.replace(row, "Name Title Signature Date")
    assert "no printed signatory name" in run(doc).summary


def test_a_label_that_opens_a_sentence_is_no_place_to_sign() -> None:
    from poe_reviewer.documents.model import SignatureBlock

    text = "Acceptance\nThe customer accepts the deployment described above.\nCustomer signature\nDate"
    doc = page_doc(text, "POE/acceptance_signed.pdf")
    statement = SignatureBlock(
        page=1, label="The customer accepts", bbox=(70, 300, 500, 330), ink=False, source="text",
        typed="the deployment described above.",
    )  # fmt: skip
    doc.signature_blocks = [statement]
    r = run(doc)
    assert 'The customer accepts" in' not in r.summary, r.summary
    assert "a typed name is not a signature" not in r.summary


def test_a_signature_in_the_block_the_form_gives_the_customer_counts_without_a_readable_name() -> None:
    from poe_reviewer.documents.model import SignatureBlock

    text = "Acceptance\nThe customer accepts the Intune deployment described above.\nCustomer signature\nDate"
    doc = page_doc(text, "POE/acceptance_signed.pdf")
    block = SignatureBlock(
        page=1, label="Customer signature", bbox=(70, 400, 500, 440), ink=True, source="scan", date="02/17/2026"
    )
    doc.signature_blocks = [block]
    r = run(doc)
    assert r.status == "pass", r.summary
    assert 'in the block "Customer signature", no printed signatory name on 2026-02-17' in r.summary
    assert "its signatory's name unread" in r.summary  # the strength says why it is weaker
    # a block that does not say whose it is, signed by a name nobody can read, is for a person
    doc.signature_blocks = [dataclasses.replace(block, label="Signature")]
    r = run(doc)
    assert r.status == "warn", r.summary
    assert "the printed name of the signature could not be read" in r.summary


def _scanned_form(lines: list[tuple[str, float]]) -> Document:
    """A scanned page whose words have boxes: each (line, top in points) at x 70, 5 pt per letter."""
    from poe_reviewer.documents.model import Word

    rows = []
    for text, top in lines:
        x, row = 70.0, []
        for word in text.split():
            row.append(Word(word, (x, top, x + 5 * len(word), top + 12)))
            x += 5 * len(word) + 5
        rows.append(row)
    doc = page_doc("", "PSD/disclosure_signed.pdf")
    doc.segments = [Segment.from_lines(rows, 1, "ocr")]
    return doc


@pytest.mark.parametrize(
    ("heading", "status", "said"),
    [
        ("Customer acknowledgement", "pass", "no printed signatory name"),  # the heading gives the block
        ("Disclosed by the Partner", "fail", "signed for the partner"),
        ("Customer Partner", "warn", "the printed name of the signature could not be read"),  # both columns
    ],
)
def test_a_bare_signature_row_is_the_party_named_by_the_heading_above_it(heading: str, status: str, said: str) -> None:
    from poe_reviewer.documents.model import SignatureBlock

    doc = _scanned_form([
        ("Public Sector Disclosure", 100),
        ("The partner may receive fees, commissions or other compensation from Microsoft.", 130),
        (heading, 300),
        ("Customer acknowledges receipt of this disclosure of the potential fees, commission or", 330),
        ("Title Superintendent", 370),
        ("Signature", 400),
    ])  # fmt: skip
    doc.signature_blocks = [
        SignatureBlock(page=1, label="Signature", bbox=(55, 395, 470, 440), ink=True, source="scan", date="8/12/2026")
    ]
    r = run(doc)
    assert r.status == status, r.summary
    assert said in r.summary
    # a heading out of reach, above another block, names nobody's block
    doc.signature_blocks.insert(0, SignatureBlock(page=1, label="Signature", bbox=(55, 315, 470, 360), ink=False))
    assert "the printed name of the signature could not be read" in run(doc).summary


@pytest.mark.parametrize(
    ("row", "status"),
    [("Klant Hendrik Directeur", "pass"), ("Partner Sanne Projectleider", "fail"), ("Hendrik Directeur", "warn")],
)
def test_a_signature_in_a_sign_off_row_is_the_party_its_row_label_names(row: str, status: str) -> None:
    from poe_reviewer.documents.model import SignatureBlock

    # one row per party under a "Signature | Date" header: the row's first word says whose it is
    doc = _scanned_form([("Akkoord / Sign-off", 300), ("Signature Date", 330), (row, 362), ("Visafslag", 374)])
    doc.signature_blocks = [
        SignatureBlock(page=1, label="Signature", bbox=(240, 328, 480, 390), ink=True, ink_bbox=(250, 355, 320, 380),
                       source="scan", date="17-02-2026")
    ]  # fmt: skip
    r = run(doc)
    assert r.status == status, r.summary


def test_happy_for_the_partner_to_close_the_project_is_acceptance() -> None:
    mail = email_doc(
        "Morning Sophie,\n\nAll good from our side: the crew reads the safety notices in Viva Engage now. Happy for "
        "Fabrikam to close the Viva Engage and Viva Connections project.\n\nJohn"
    )
    r = run(mail)
    assert r.status == "pass", r.summary


TEAMS_CHAT = """28/04/2026, 10:05 Chat | Contoso - Intune handover | Microsoft Teams
Contoso - Intune handover
Chat · John Doe, Priya Kaur
PK Priya Kaur 24/04/2026 16:30
pkaur@fabrikam.com
Hi John, the deployment report is in the Files tab. Could you confirm acceptance here in the chat?
JD John Doe (External) 27/04/2026 09:02
john.doe@contoso.com
{words}
PK Priya Kaur 27/04/2026 09:20
pkaur@fabrikam.com
Thanks John!
https://teams.microsoft.com/v2/?chat=19:1f0ef55220551e00cf41e11c09a99243@unq.gbl.spaces 1/1"""


def test_a_customers_acceptance_in_a_printed_teams_chat_is_for_a_person_to_weigh() -> None:
    words = "Morning all. Confirmed – Contoso accepts the Intune and Defender for Endpoint for Business deployment."
    r = run(page_doc(TEAMS_CHAT.format(words=words), "POE/Teams chat - handover.pdf"))
    assert r.status == "warn", r.summary
    assert "chat message from John Doe <john.doe@contoso.com> on 2026-04-27" in r.summary
    assert "accepts the work in a chat" in r.summary
    assert "Priya Kaur" not in r.summary  # the partner's messages say nothing for the customer
    chat = next(f for f in r.facts if f.kind == "chat")
    assert chat.label.startswith("printed chat message"), chat.label
    # a customer's chat message that only thanks accepts nothing
    r = run(page_doc(TEAMS_CHAT.format(words="Thanks, received."), "POE/Teams chat - handover.pdf"))
    assert r.status == "fail", r.summary
    assert "only thanks or confirms receipt" in r.summary


def test_a_scanned_sign_off_whose_place_to_sign_ocr_lost_is_for_a_person_not_missing() -> None:
    from poe_reviewer.checks import acknowledgement_date

    # a phone photo of a signed acceptance: OCR read the values but lost the shaded label cells
    photo = page_doc(
        "Service Acceptance\nCustomer Breede River Citrus (Pty) Ltd\nReference KCS-DR-2026-014\nJohan Steyn\n"
        "IT Manager\n2026/04/14\nPieter van der Merwe\nSecurity Consultant\n2026/04/14",
        "POE/IMG_4471.jpg",
    )
    photo.segments[0].label = "ocr"
    r = run(photo)
    assert r.status == "warn", r.summary
    assert 'speaks of acceptance ("Service Acceptance") but OCR found no place to sign' in r.summary
    d = acknowledgement_date.run(context(CLAIM, photo))
    assert d.status == "warn", d.summary
    assert "neither its signature nor its date was read" in d.summary
    # a long scanned report that never speaks of acceptance is content, not a sign-off
    photo.segments[0].text = "Service Report\nCustomer Breede River Citrus (Pty) Ltd\nReference KCS-DR-2026-014"
    assert "no place to sign" not in run(photo).summary
    # the same page with a text layer is a born-digital document: nothing for a person to read off it
    photo.segments[0].label = "page"
    photo.segments[0].text = "Service Acceptance\nJohan Steyn\nIT Manager\n2026/04/14"
    assert "no place to sign" not in run(photo).summary


def test_a_bilingual_acceptance_names_the_work_in_its_other_half() -> None:
    # "the project" is said in Spanish; the English half states acceptance and what was done
    own = (
        "Hola Tomás,\n\nConfirmamos la recepción conforme del proyecto. / We confirm acceptance: Fabrikam put "
        "Teams on the 90 shared tablets in our 14 farming centres.\n\nSaludos cordiales,\nJohn"
    )
    asked = QuotedMessage(
        "Priya Kaur <pkaur@fabrikam.com>", "lunes, 1 de junio de 2026 09:00", "Entrega proyecto Teams",
        "Hola John,\nAdjunto el informe de entrega. ¿Nos confirmas la aceptación?\nPriya",
    )  # fmt: skip
    r = run(_reply(own, asked, subject="RE: Entrega proyecto Teams primera línea"))
    assert r.status == "pass", r.summary


def test_the_customer_accepting_the_delivery_by_its_short_name_accepts() -> None:
    own = (
        "Jelle asked me to reply for NZC. We checked the numbers in the Defender and Intune portals: 690 "
        "workstations onboarded, 830 devices in Intune. Akkoord – NZC accepts the delivery as described in WC-0311."
    )
    r = run(_reply(own, PARTNER_REPORT))
    assert r.status == "pass", r.summary


def test_a_signed_letter_that_says_the_engagement_ended_acknowledges_no_active_engagement() -> None:
    """A project reference the customer signs: past work, and in its own words the partner has no
    ongoing role. Signed or not, that is no acknowledgement of active engagement, and it outweighs the rest."""
    text = (
        "Contoso Ltd\nReference letter\n\nFabrikam, Inc. deployed Microsoft Intune on 900 devices between "
        "October 2024 and February 2025. Fabrikam's support contract with us ended on 31 March 2025, and "
        "Fabrikam, Inc. has no ongoing role in our Microsoft environment.\n\nSignature: John Doe\nCISO, Contoso Ltd\n"
        "Date: 16 February 2026"
    )
    doc = page_doc(text, "POE/reference.pdf")
    signed = [a for a in find_acknowledgements(context(make_claim(), doc)) if a.document == "POE/reference.pdf"]
    assert signed, "the letter's signature block is read"
    assert all(a.refused for a in signed if a.side != "partner")
    r = run(doc)
    assert r.status == "fail", r.summary
    assert r.reject
    assert "has no ongoing role" in r.summary
    # the same letter without the sentence is a signed acknowledgement as before
    still = text.replace(" Fabrikam's support contract with us ended on 31 March 2025, and Fabrikam, Inc. has no "
                         "ongoing role in our Microsoft environment.", "")  # fmt: skip
    assert not run(page_doc(still, "POE/reference.pdf")).reject


@pytest.mark.parametrize(
    ("own", "status"),
    [
        # only thanks, and puts the reading off till after the harvest: no acceptance in any language
        ("Hallo Herr Voigt,\n\nvielen Dank für die Zusammenfassung! Wir sind mitten in der Lese, ich schaue mir das "
         "in Ruhe an, wenn die Trauben im Keller sind.\n\nViele Grüße\nMatthias Köhler", "fail"),
        ("Bonjour Priya, merci beaucoup pour le rapport. Bonne journée, Jean", "fail"),
        # a word that accepts or approves: a reviewer reads it (the review supports English only)
        ("Hallo Herr Voigt, vielen Dank – die Abnahme bestätigen wir hiermit. Viele Grüße, Matthias Köhler", "warn"),
        ("Vielen Dank, sieht gut aus! Grüße, Matthias", "warn"),
        ("Merci Priya, c'est parfait pour nous. Jean", "warn"),
    ],
)  # fmt: skip
def test_a_short_reply_in_another_language_that_only_thanks_is_no_acceptance(own: str, status: str) -> None:
    r = run(_reply(own, PARTNER_REPORT, subject="AW: Abschluss M365-Projekt"))
    assert r.status == status, r.summary
    if status == "fail":
        assert "only thanks or confirms receipt" in r.summary
        assert "not in English" in r.summary


def test_the_customer_calling_the_partners_pack_an_accurate_account_accepts_it() -> None:
    own = (
        "Thanks – a good session. For the record: Fabrikam runs our 24/7 SOC on Defender XDR, and the Q1 pack is an "
        "accurate account of the service (176 incidents triaged, three hunts).\nJohn"
    )
    r = run(_reply(own, PARTNER_REPORT, subject="RE: Q1 2026 SOC service review pack"))
    assert r.status == "pass", r.summary


def test_a_signature_for_the_customer_by_someone_writing_from_the_partners_domain_is_the_partners() -> None:
    """A consultant seconded to the customer as its interim IT lead signs the acceptance "for the customer";
    the covering e-mail shows whose person he is (a scan reads his name "Kriiger")."""
    text = (
        "Acceptance protocol BW-2026-052\nCustomer: Contoso Ltd\nIntune rollout to 420 devices at 3 sites, "
        "May 4 - June 26, 2026.\nThe customer accepts the work as delivered.\n\nSignature: Sven Kriiger\n"
        "Interim IT Lead, Contoso Ltd\nDate: 29 June 2026"
    )
    from poe_reviewer.documents.model import SignatureBlock

    paper = page_doc(text, "POE/acceptance.pdf")
    paper.signature_blocks = [
        SignatureBlock(page=1, label="Signature", bbox=(70, 150, 500, 190), ink=True, source="scan",
                       name="Sven Kriiger", date="29 June 2026")
    ]  # fmt: skip
    cover = email_doc(
        "Hi John, attached is the signed acceptance protocol.\nSven Krüger\nSenior Consultant, Fabrikam, Inc.",
        sender="s.krueger@fabrikam.com",
        sender_name="Sven Krüger",
        subject="Acceptance BW-2026-052",
        to="john.doe@contoso.com",
    )
    claim = make_claim(submitted_at="2026-07-08T10:00:00Z")
    r = run(paper, cover, claim=claim)
    assert r.status == "fail", r.summary
    assert "writes from the partner's own domain" in r.summary
    # without the partner's e-mail nothing shows whose person the signatory is
    assert run(paper, claim=claim).status == "pass"
