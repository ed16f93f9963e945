"""unacceptable_documents (documents that never count) and reused_evidence (the queue index)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from poe_reviewer.checks import reused_evidence as reuse
from poe_reviewer.checks import unacceptable_documents as unacceptable
from poe_reviewer.checks.base import CheckResult, QueueEntry, QueueView
from poe_reviewer.claim import Claim
from poe_reviewer.documents.model import Address, Document, ImageInfo
from poe_reviewer.findings import document_kinds
from poe_reviewer.findings.reuse.fingerprints import fingerprint
from poe_reviewer.findings.reuse.index import ReuseIndex
from poe_reviewer.findings.reuse.rules import policy_rules as reuse_rules
from poe_reviewer.findings.reuse.words import compared_text
from poe_reviewer.policy import load_policy
from tests.builders import PARTNER_ACTIVITIES, context, email_doc, make_claim, page_doc
from tests.conftest import read_realworld

CLAIM = make_claim()

PURCHASE_ORDER = """Contoso Ltd
PURCHASE ORDER
PO Number: 4500012345
Date: 2025-06-01
Vendor: Fabrikam, Inc.
Ship To: Contoso Ltd, 1 Main St
Bill To: Contoso Ltd
Item Description Qty Unit Price Total
1 Microsoft 365 E5 licenses 500 $57.00 $28,500.00
Payment Terms: Net 30"""

QUOTE = """QUOTATION
Quote #: Q-2025-118
Quote Date: May 2, 2025   Valid until: June 1, 2025
Customer: Contoso Ltd
SKU Description Qty Unit Price
AAA-12345 Microsoft 365 E3 300 $36.00
Subtotal $10,800.00"""

LICENSING = """Microsoft Enterprise Agreement
Enrollment Number: 87654321
This Enterprise Agreement enrollment is entered into by Contoso Ltd through its Licensing Solution Partner.
Product Selection Form: Microsoft 365 E5, 500 licenses, annual commitment. Software Assurance included.
Subscription term start 2025-07-01, end 2028-06-30."""

MSA = """MASTER SERVICES AGREEMENT
This Master Services Agreement is entered into between Fabrikam, Inc. and Contoso Ltd.
1. Term and Termination. 2. Confidentiality. 3. Limitation of Liability. 4. Indemnification.
5. Governing Law. 6. Entire Agreement."""

ECIF = """ECIF Statement of Work
End Customer Investment Funds - Microsoft funded engagement
Scope of Work: deploy Intune to 900 devices in three phases with a pilot of 50 users."""

SOW = """Statement of Work - Intune deployment for Contoso Ltd
Scope of Work: Fabrikam will deploy Microsoft Intune for Contoso's 900 Windows devices.
Phase 1 assessment, Phase 2 pilot with 50 users, Phase 3 rollout to all devices.
Deliverables: configuration profiles, compliance policies, enrollment of 900 devices.
Timeline: June 1 - September 10, 2025. Invoiced against PO Number 4500012345."""


def check(*docs: Document) -> CheckResult:
    return unacceptable.run(context(CLAIM, *docs))


# -- unacceptable_documents -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (PURCHASE_ORDER, "a purchase order"),
        (QUOTE, "a pricing quote"),
        (LICENSING, "a licensing contract"),
        (MSA, "a master services agreement"),
        (ECIF, "an ECIF document without customer acknowledgement"),
    ],
)
def test_a_never_counting_document_alone_fails(text: str, label: str) -> None:
    r = check(page_doc(text, "POE/upload.pdf"))
    assert r.status == "fail"
    assert not r.reject
    assert f"The only POE evidence is {label}: POE/upload.pdf is {label}" in r.summary
    assert "These documents will not be accepted as proof of execution" in r.summary
    assert r.evidence
    assert all(e.document == "POE/upload.pdf" and e.page == 1 and e.bbox for e in r.evidence)


def test_recognised_by_content_not_by_file_name() -> None:
    assert check(page_doc(PURCHASE_ORDER, "POE/signed_sow_final.pdf")).status == "fail"
    assert check(page_doc(SOW, "POE/PO_4500012345.pdf")).status == "pass"


def test_sow_quoting_its_po_number_is_not_a_purchase_order() -> None:
    r = check(page_doc(SOW, "POE/sow.pdf"))
    assert r.status == "pass"
    assert r.summary == "No unacceptable document types found in 1 POE document(s)."


def test_invoice_mentioning_a_po_number_is_not_a_purchase_order() -> None:
    invoice = "INVOICE\nInvoice No: 1001\nPO Number: 4500012345\nBill To: Contoso\nShip To: Contoso\nQty 1"
    assert check(page_doc(invoice, "POE/inv.pdf")).status == "pass"


def test_title_and_its_veto_read_the_real_title_not_the_body() -> None:
    """A body sentence ("send the invoice to ap@...") does not veto a "Purchase Order Confirmation"
    e-mail, and a body that mentions a purchase order does not make a SOW e-mail an order."""
    po_mail = email_doc(
        "Hello Kevin,\n\nPlease find below our purchase order confirmation.\n\n"
        "PO number: 4500087712\nVendor: Fabrikam, Inc.\n"
        "Line 1: Microsoft Defender for Office 365 (Plan 2) – 900 licences – USD 5.00 per user per month\n"
        "Payment terms: net 45\n\nPlease confirm the order and send the invoice to ap@contoso.com.\n\n"
        "Regards,\nAngela Ruiz\nProcurement Manager, Contoso Ltd",
        subject="Purchase Order Confirmation – PO 4500087712",
        path="POE/po_confirmation.msg",
    )
    r = check(po_mail)
    assert r.status == "fail", r.summary
    assert "POE/po_confirmation.msg is a purchase order" in r.summary
    # the same words under a subject that is no order: the body alone does not make it one
    status_mail = email_doc(po_mail.segments[1].text, subject="RE: Intune deployment status", path="POE/status.msg")
    assert document_kinds.classify(status_mail, document_kinds.policy_rules(load_policy()["unacceptable"])) is None
    # a page whose heading is a purchase order, with an invoice mentioned further down, is still one
    page = PURCHASE_ORDER + "\n" + "Please send your invoice, quoting the PO number, to ap@contoso.com. " * 3
    assert check(page_doc(page, "POE/po.pdf")).status == "fail"
    # ... also when the heading stands in capitals under a letterhead of several lines
    letterhead = "Contoso Ltd\n1 Main Street\nReading RG1 1AA\nTel +44 118 000 0000\n"
    letterhead += PURCHASE_ORDER.split("\n", 1)[1]
    assert check(page_doc(letterhead, "POE/po.pdf")).status == "fail"
    # ... and when its number follows the heading on the same line
    numbered = letterhead.replace("PURCHASE ORDER\nPO Number: 4500012345", "PURCHASE ORDER No. 4500012345")
    assert check(page_doc(numbered, "POE/po.pdf")).status == "fail"


def test_mixed_with_real_poe_passes_with_a_note() -> None:
    r = check(page_doc(PURCHASE_ORDER, "POE/po.pdf"), page_doc(SOW, "POE/sow.pdf"))
    assert r.status == "pass"
    assert r.summary.startswith("POE/po.pdf is a purchase order ('PURCHASE ORDER'")
    assert "the other POE (POE/sow.pdf) is reviewed on its own" in r.summary


def test_a_customer_email_about_buying_licences_is_no_other_poe_beside_a_quote() -> None:
    purchase = email_doc(
        "Hi Priya, thanks for the proposal. We will go ahead with the purchase of 300 Microsoft 365 E5 licences "
        "at the quoted price; our PO follows today and the subscription should start on the 14th. Please send "
        "the invoice to accounts payable and confirm the seats are assigned once the order is placed.\nJohn",
        subject="RE: Microsoft 365 E5 proposal",
        path="POE/RE proposal.msg",
    )
    order = page_doc(
        "Order confirmation\nPartner Center · CSP order\nCustomer Contoso Ltd\nOrder ID 8B2696710B4F\n"
        "Offer Microsoft 365 E5 (NCE, annual, monthly billing)\nQuantity 300\nStart 2026-08-14",
        "POE/CSP_order_confirmation.pdf",
    )
    r = check(page_doc(QUOTE, "POE/quote.pdf"), order, purchase)
    assert r.status == "fail", r.summary
    assert "POE/CSP_order_confirmation.pdf is a licensing contract" in r.summary
    assert "POE/RE proposal.msg is a customer e-mail about buying licences" in r.summary


def test_a_cover_email_is_not_other_poe() -> None:
    cover = email_doc("Please find the PO attached.", sender="pkaur@fabrikam.com", path="POE/cover.msg")
    cover.children = [page_doc(QUOTE, "POE/cover.msg!/quote.pdf")]
    r = check(cover)
    assert r.status == "fail"
    assert "POE/cover.msg!/quote.pdf is a pricing quote" in r.summary


def test_msa_with_a_recent_customer_acknowledgement_passes() -> None:
    ack = email_doc("We confirm that Fabrikam has deployed Intune to all 900 devices.")
    r = check(page_doc(MSA, "POE/msa.pdf"), ack)
    assert r.status == "pass"
    assert "POE/msa.pdf is a master services agreement" in r.summary


def test_ecif_paper_carrying_the_customer_esignature_is_acceptable() -> None:
    signed = ECIF + "\nE-Signed by: John Doe\nDate Signed 6/5/2025\n098C77187874542ABA164484C281E7731"
    r = check(page_doc(signed, "POE/ecif.pdf"))
    assert r.status == "pass"
    assert "ECIF with its own customer acknowledgement" in r.summary


def test_only_other_poe_unreadable_is_a_warning() -> None:
    scan = Document(path="POE/scan.jpg", role="poe", kind="image", sha256="9" * 64)
    scan.images = [ImageInfo("9" * 64, 2480, 3508, page=1)]
    r = check(page_doc(QUOTE, "POE/q.pdf"), scan)
    assert r.status == "warn"
    assert "cannot be read as text" in r.summary


def test_invoice_slot_is_not_poe() -> None:
    r = check(page_doc(PURCHASE_ORDER, "invoice.pdf", role="invoice"), page_doc(SOW, "POE/sow.pdf"))
    assert r.summary.startswith("No unacceptable document types found")


def test_no_poe_at_all_is_not_applicable() -> None:
    assert check().status == "not_applicable"


@pytest.mark.realworld
def test_real_invoices_and_odd_pdfs_load_and_are_judged(realworld: Path) -> None:
    for folder in ("invoices", "pdf_odd"):
        for path in sorted((realworld / folder).iterdir()):
            doc = read_realworld(path, f"POE/{path.name}", "poe")
            r = check(doc)
            assert r.status in ("pass", "fail", "warn"), (path, r)
            # a real invoice is neither a purchase order nor a quote
            if folder == "invoices":
                assert r.status != "fail", (path, r.summary)


# -- reused_evidence --------------------------------------------------------------------------------
TEMPLATE = """Section 1 (Required): Select product(s)/workload(s) and activity type
Section 2 (Required): Scope of Work Details
Describe in detail the work performed following the product and activity selection in Section 1:
Generic high-level descriptions will not be accepted."""

INTUNE_SOW = """{customer} is using an endpoint management solution but not leveraging MDM features.
All mobile devices are issued, but users can use them as personal devices.
No protection is in place for corporate data on mobile devices (both user-owned and corporate-owned).
Plans are in place to retire the current endpoint management tool and replace it with a modern solution,
i.e. Microsoft Intune. Approximately {users} users: ~900 Windows 10 workstations.
Prepare Phase (weeks 6-9): complete deployment and configuration of systems, provide input to the test plan,
jointly track and resolve issues, manage Hybrid Azure AD join and Group Policy for Windows 10 enrollment.
Transform Phase (weeks 10-13): confirmation of pilot users and all end-user communications."""

TEAMS_SOW = """Teams Phone rollout for the {customer} call center with 300 agents: call queues, auto attendants,
direct routing through two session border controllers, number porting of 1,200 numbers, emergency calling
policies per site, and training for 25 supervisors. Pilot in Lisbon in July, wave 2 in Porto in August,
cut-over of the remaining sites before the end of September with hypercare for two weeks."""


def _claim(claim_id: str, partner: str, customer: str, **more: Any) -> Claim:
    slug = customer.lower().split()[0]
    return make_claim(
        claim_id=claim_id,
        partner__name=partner,
        partner__location_id=f"L{abs(hash(partner)) % 10**7}",
        partner__domains=[partner.lower().split()[0] + ".com"],
        partner__contact=None,
        customer__name=customer,
        customer__domain=more.pop("customer__domain", f"{slug}.com"),
        customer__tenant_id=None,
        customer__contact=None,
        **more,
    )


def _queue(*entries: tuple[Claim, list[Document]]) -> QueueView:
    q = QueueView()
    q.entries = [QueueEntry(c, docs, f"bundles/{c.claim_id}") for c, docs in entries]
    return q


def _stored_verdicts(*entries: tuple[Claim, list[Document]]) -> dict[str, CheckResult]:
    """What the stored queue's fingerprints (not the documents) make of each claim, by claim ID."""
    policy = load_policy()
    index = reuse.FingerprintIndex.for_policy(policy)
    prints = {c.claim_id: fingerprint(c, d, policy) for c, d in entries}
    for fp in prints.values():
        index.add(fp)
    return {claim_id: index.check(fp) for claim_id, fp in prints.items()}


def reuse_check(claim: Claim, docs: list[Document], queue: QueueView | None) -> CheckResult:
    return reuse.run(context(claim, *docs, queue=queue))


def test_lone_bundle_is_not_applicable() -> None:
    r = reuse_check(CLAIM, [page_doc(INTUNE_SOW.format(customer="Contoso", users=1000))], None)
    assert r.status == "not_applicable"


def test_copied_text_with_changed_customer_name_from_another_partner_fails_naming_the_claim() -> None:
    a = _claim("3079758", "Fabrikam", "Contoso Ltd")
    b = _claim("3080001", "Litware", "Northwind Traders")
    da = [page_doc(TEMPLATE + "\n" + INTUNE_SOW.format(customer="Contoso", users=1000), "POE/sow.pdf")]
    # reformatted (one line), a number and a word changed, another customer's name
    copied = INTUNE_SOW.format(customer="Northwind", users=1200).replace("\n", " ").replace("retire", "replace")
    db = [page_doc(TEMPLATE + "\n" + copied, "POE/northwind.pdf")]
    q = _queue((a, da), (b, db))
    r = reuse_check(a, da, q)
    assert r.status == "fail"
    assert not r.reject, "the seed calls reused templates insufficient material: fixable (policy reuse.toml)"
    assert r.summary.startswith(
        "The POE text of POE/sow.pdf p.1 shares claim-specific content with claim 3080001 "
        "(Northwind Traders, partner Litware), another partner's claim: a near copy"
    )
    assert "generic POE templates submitted on other partner claims" in r.summary
    # the quote is the longest shared passage, located in this claim's document
    passage = r.evidence[0]
    assert passage.document == "POE/sow.pdf"
    assert passage.page == 1
    assert passage.bbox is not None
    assert len(passage.quote.split()) >= 20
    assert passage.quote.rstrip("…")[:60] in " ".join(da[0].text.split())
    assert isinstance(q.indexes["reused_evidence"], ReuseIndex)


def test_same_partner_other_customer_is_fixable_and_same_customer_a_warning() -> None:
    a = _claim("1", "Fabrikam", "Contoso Ltd")
    b = _claim("2", "Fabrikam", "Northwind Traders")
    c = _claim("3", "Fabrikam", "Contoso Ltd", solution_area="Modern Work")
    text = INTUNE_SOW.format(customer="Contoso", users=1000)
    da, db, dc = [page_doc(text, "POE/a.pdf")], [page_doc(text, "POE/b.pdf")], [page_doc(text, "POE/c.pdf")]
    fixable = reuse_check(b, db, _queue((a, da), (b, db)))
    assert fixable.status == "fail"
    assert not fixable.reject
    assert "this partner's claim for another customer" in fixable.summary
    same_customer = reuse_check(c, dc, _queue((a, da), (c, dc)))
    assert same_customer.status == "warn"
    assert "same customer" in same_customer.summary


def test_resubmission_of_the_same_claim_id_is_not_reuse() -> None:
    a = _claim("42", "Fabrikam", "Contoso Ltd")
    b = _claim("77", "Litware", "Adatum")
    d1 = [page_doc(INTUNE_SOW.format(customer="Contoso", users=1000), "POE/v1.pdf")]
    d2 = [page_doc(INTUNE_SOW.format(customer="Contoso", users=1000), "POE/v2.pdf")]
    d3 = [page_doc(TEAMS_SOW.format(customer="Adatum"), "POE/teams.pdf")]
    r = reuse_check(a, d2, _queue((a, d1), (a, d2), (b, d3)))
    assert r.status == "pass"
    assert "any of the 1 other claim(s)" in r.summary


def test_template_boilerplate_alone_is_not_reuse() -> None:
    a = _claim("1", "Fabrikam", "Contoso Ltd")
    b = _claim("2", "Litware", "Adatum")
    da = [page_doc(TEMPLATE + "\n" + INTUNE_SOW.format(customer="Contoso", users=1000), "POE/a.pdf")]
    db = [page_doc(TEMPLATE + "\n" + TEAMS_SOW.format(customer="Adatum"), "POE/b.pdf")]
    assert reuse_check(a, da, _queue((a, da), (b, db))).status == "pass"


DOCUSIGN_CERTIFICATE = """Docusign Envelope ID: {envelope}
Certificate Of Completion
Envelope Id: {envelope_bare}
Subject: Complete with Docusign: {file}
Source Envelope:
Document Pages: 1 Signatures: 1 Initials: 0
Certificate Pages: 1 AutoNav: Enabled EnvelopeId Stamping: Enabled
Time Zone: (UTC-08:00) Pacific Time (US & Canada)
Status: Completed
Envelope Originator: {originator}
Record Tracking
Status: Original Holder: {originator} Location: DocuSign
Signer Events Signature Timestamp
{signer} DocuSigned by: Sent: 7/24/2025 | 09:02
{email} {signer} AM
Security Level: Email, Account Authentication Signature Adoption: Pre-selected 09:30 AM
(None) Style Signed: 7/24/2025 | Using IP Address: 198.51.100.63 09:31 AM
In Person Signer Events Signature Timestamp
Editor Delivery Events Status Timestamp
Carbon Copy Events Status Timestamp
Envelope Summary Events Status Timestamps
Envelope Sent Hashed/Encrypted 7/24/2025 | 09:02 AM
Signing Complete Security Checked 7/24/2025 | 09:31 AM
Completed Security Checked 7/24/2025 | 09:31 AM
Payment Events Status Timestamps
Electronic Record and Signature Disclosure
From time to time, the sender may be required by law to provide to you certain written notices or disclosures.
Described below are the terms and conditions for providing to you such notices and disclosures electronically
through the DocuSign system. Please read the information below carefully and thoroughly, and if you can access
this information electronically to your satisfaction and agree to this Electronic Record and Signature
Disclosure, please confirm your agreement by selecting the check-box next to I agree to use electronic records
and signatures before clicking CONTINUE within the DocuSign system.
Withdrawing your consent
If you decide to receive notices and disclosures from us electronically, you may at any time change your mind
and tell us that thereafter you want to receive required notices and disclosures only in paper format."""


def _signed_poe(path: str, poe: str, **certificate: str) -> Document:
    """A DocuSign-signed PDF: the POE page, then the platform's certificate page."""
    doc = page_doc(poe, path)
    doc.segments.append(page_doc(DOCUSIGN_CERTIFICATE.format(**certificate), path, page=2).segments[0])
    doc.page_count = 2
    return doc


def test_esignature_certificate_pages_are_not_reuse() -> None:
    """Every DocuSign envelope ends with the same Certificate of Completion and disclosure text."""
    a = _claim("1", "Bellwether", "Munsons Pickles")
    b = _claim("2", "Apex Ridge", "Sterling Row")
    da = [
        _signed_poe(
            "POE/munsons.pdf",
            INTUNE_SOW.format(customer="Munsons", users=1150),
            envelope="D216FFC3-AD79-5DEF-88A8-173669F95BC5",
            envelope_bare="D216FFC3AD795DEF88A8173669F95BC5",
            file="Munsons.pdf",
            originator="Jamal Reed, jreed@bellwether.com",
            signer="Carla Munson",
            email="carla@munsons.com",
        )
    ]
    db = [
        _signed_poe(
            "POE/sterling.pdf",
            TEAMS_SOW.format(customer="Sterling Row"),
            envelope="50FE5576-4A9D-5694-96B5-F6375E6A594B",
            envelope_bare="50FE55764A9D569496B5F6375E6A594B",
            file="SterlingRow.pdf",
            originator="Cody Sandoval, cody@apex.com",
            signer="Kara Lindholm",
            email="kara@apex.com",
        )
    ]
    q = _queue((a, da), (b, db))
    r = reuse_check(a, da, q)
    assert r.status == "pass", r.summary
    # the POE page itself is still compared: a copied POE under another envelope is reuse
    dc = [
        _signed_poe(
            "POE/copy.pdf",
            INTUNE_SOW.format(customer="Sterling Row", users=1200),
            envelope="11111111-2222-3333-4444-555555555555",
            envelope_bare="11111111222233334444555555555555",
            file="Copy.pdf",
            originator="Cody Sandoval, cody@apex.com",
            signer="Kara Lindholm",
            email="kara@apex.com",
        )
    ]
    r = reuse_check(b, dc, _queue((a, da), (b, dc)))
    assert r.status == "fail", r.summary
    assert "p.1" in r.summary
    # a partner's own "Certificate of Completion" (no envelope id) is POE text, compared as such
    rules = reuse_rules(load_policy()["reuse"])
    own = "Certificate of Completion\nIntune deployment for Contoso, 900 devices enrolled."
    assert compared_text(own, rules) == own


def test_same_invoice_on_another_claim() -> None:
    a = make_claim(PARTNER_ACTIVITIES, claim_id="3016006")
    b = make_claim(PARTNER_ACTIVITIES, claim_id="3016007", customer__name="Northwind", customer__domain="nw.com")
    text = "INVOICE\nInvoice No: INV-2025-0042\nClaim ID 3016006\nTotal: USD 5,000.00"
    ia = page_doc(text, "invoice.pdf", role="invoice")
    ib = page_doc(text + "\nThank you for your business", "invoice.pdf", role="invoice")  # other bytes
    r = reuse_check(b, [ib], _queue((a, [ia]), (b, [ib])))
    assert r.status == "fail"
    assert "Invoice INV-2025-0042 (total 5000.00) in invoice.pdf is also filed on claim 3016006" in r.summary
    same_file = page_doc(text, "invoice.pdf", role="invoice")
    r2 = reuse_check(b, [same_file], _queue((a, [ia]), (b, [same_file])))
    assert "The invoice invoice.pdf is the same file as invoice.pdf of claim 3016006" in r2.summary


def test_the_claim_an_invoice_bills_holds_its_original_and_the_copy_fails() -> None:
    a = make_claim(PARTNER_ACTIVITIES, claim_id="3016006")
    b = make_claim(PARTNER_ACTIVITIES, claim_id="3016007", customer__name="Northwind", customer__domain="nw.com")
    invoice = page_doc(
        "INVOICE\nInvoice No: INV-2025-0042\nClaim ID 3016006\nTotal: USD 5,000.00", "inv.pdf", role="invoice"
    )
    copy = page_doc(invoice.segments[0].text, "Invoice_Northwind.pdf", role="invoice")
    copy.sha256 = invoice.sha256  # the very same file, renamed
    q = _queue((a, [invoice]), (b, [copy]))
    original = reuse_check(a, [invoice], q)
    assert original.status == "pass", original.summary
    assert "it shows this claim's ID" in original.summary
    copied = reuse_check(b, [copy], q)
    assert copied.status == "fail", copied.summary
    assert "is the same file as inv.pdf of claim 3016006" in copied.summary


def test_signature_image_near_copy_on_another_customers_claim() -> None:
    a = _claim("1", "Fabrikam", "Contoso Ltd")
    b = _claim("2", "Litware", "Northwind Traders")
    c = _claim("3", "Tailspin", "Contoso Ltd")

    def signed(path: str, sha: str, phash: str, body: str) -> Document:
        doc = page_doc(body + "\nCustomer Signature:", path)
        doc.images = [ImageInfo(sha, 400, 120, page=1, bbox=(72.0, 100.0, 272.0, 160.0), phash=phash)]
        return doc

    da = [signed("POE/a.pdf", "a" * 64, "f0e1d2c3b4a59687", INTUNE_SOW.format(customer="Contoso", users=1))]
    db = [signed("POE/b.pdf", "b" * 64, "f0e1d2c3b4a59686", TEAMS_SOW.format(customer="Northwind"))]
    dc = [signed("POE/c.pdf", "c" * 64, "f0e1d2c3b4a59687", "Short note for Contoso Ltd. " * 3)]
    q = _queue((a, da), (b, db), (c, dc))
    r = reuse_check(b, db, q)
    assert r.status == "fail"
    assert not r.reject  # policy reuse.toml: fixable by default
    assert "The signature image in POE/b.pdf p.1 is a near copy of the picture in POE/a.pdf p.1 of claim 1" in r.summary
    assert r.evidence[0].bbox == (72.0, 100.0, 272.0, 160.0)
    # the same customer's signatory signing for two partners is not reuse
    assert reuse_check(c, dc, _queue((a, da), (c, dc))).status == "pass"


def test_one_partners_signature_picture_for_two_customers_is_not_credible_and_rejected() -> None:
    # the same pasted picture above the signatories of two different customers of one partner
    a = _claim("21", "Fabrikam", "Contoso Ltd")
    b = _claim("22", "Fabrikam", "Northwind Traders")

    def signed(path: str, body: str) -> Document:
        doc = page_doc(body + "\nCustomer Signature:", path)
        doc.images = [ImageInfo("d" * 64, 400, 120, page=1, bbox=(72.0, 100.0, 272.0, 160.0), phash="f0e1d2c3b4a59687")]
        return doc

    da = [signed("POE/a.pdf", INTUNE_SOW.format(customer="Contoso", users=1))]
    db = [signed("POE/b.pdf", TEAMS_SOW.format(customer="Northwind"))]
    for claim, docs in ((a, da), (b, db)):
        r = reuse_check(claim, docs, _queue((a, da), (b, db)))
        assert r.status == "fail", r.summary
        assert r.reject
        assert "stands for the signatories of two different customers" in r.summary
        assert '"Copying/pasting physical signatures."' in r.summary


def test_the_partners_logo_near_the_sign_off_is_letterhead_not_a_signature() -> None:
    # one partner's report template for two customers: its logo heads every page, and on the
    # last page it sits just above the signature table
    a = _claim("23", "Fabrikam", "Contoso Ltd")
    b = _claim("24", "Fabrikam", "Northwind Traders")

    def report(path: str, body: str, logo_y: float) -> Document:
        doc = page_doc(body, path)
        doc.segments += page_doc("Acceptance\n\n\n\n\nCustomer Signature:", page=2).segments
        doc.page_sizes = [(612.0, 792.0), (612.0, 792.0)]
        logo = ("e" * 64, 236, 68)
        doc.images = [
            ImageInfo(*logo, page=1, bbox=(40.0, logo_y, 158.0, logo_y + 34.0), phash="f0e1d2c3b4a59687"),
            ImageInfo(*logo, page=2, bbox=(40.0, logo_y, 158.0, logo_y + 34.0), phash="f0e1d2c3b4a59687"),
        ]
        return doc

    for logo_y in (18.0, 120.0):  # in the header band; lower down but on every page
        da = [report("POE/a.pdf", INTUNE_SOW.format(customer="Contoso", users=1), logo_y)]
        db = [report("POE/b.pdf", TEAMS_SOW.format(customer="Northwind"), logo_y)]
        for claim, docs in ((a, da), (b, db)):
            r = reuse_check(claim, docs, _queue((a, da), (b, db)))
            assert r.status == "pass", (logo_y, r.summary)


# -- the queue index at scale -----------------------------------------------------------------------
_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "do", "gu", "be", "fi", "ho", "ja"]


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _synthetic_queue(n: int) -> tuple[QueueView, dict[str, set[str]]]:
    """``n`` claims of 200 distinct words each, 40 planted copies and a boilerplate paragraph
    that 200 claims of many partners share. Returns the queue and the planted pairs."""
    rng = random.Random(20250915)
    vocab = _vocabulary(rng, 4000)
    boiler = " ".join(rng.choice(vocab) for _ in range(60))
    texts: list[str] = []
    claims: list[Claim] = []
    for i in range(n):
        partner = f"Partner{i % 300:03d}"
        customer = f"Customer{i:05d}"
        body = " ".join(rng.choice(vocab) for _ in range(200))
        if i % 10 == 0:
            body = boiler + " " + body
        texts.append(f"{customer} engagement.\n{TEMPLATE}\n{body}")
        claims.append(_claim(str(5_000_000 + i), partner, customer))
    planted: dict[str, set[str]] = {}
    for j in range(40):
        src, dst = 2 * j + 1, n - 1 - 3 * j
        words = texts[src].replace(claims[src].customer.name, claims[dst].customer.name).split()
        for pos in rng.sample(range(20, len(words)), 4):  # small edits
            words[pos] = rng.choice(vocab)
        texts[dst] = "\n".join(" ".join(words[k : k + 9]) for k in range(0, len(words), 9))  # reflowed
        a, b = claims[src].claim_id, claims[dst].claim_id
        planted.setdefault(a, set()).add(b)
        planted.setdefault(b, set()).add(a)
    q = QueueView()
    for c, text in zip(claims, texts, strict=True):
        q.entries.append(QueueEntry(c, [page_doc(text, f"POE/{c.claim_id}.pdf")], f"bundles/{c.claim_id}"))
    return q, planted


@pytest.mark.slow
def test_index_finds_planted_copies_among_2000_claims() -> None:
    q, planted = _synthetic_queue(2000)
    found: dict[str, set[str]] = {}
    for entry in q.entries:
        r = reuse.run(context(entry.claim, *entry.documents, queue=q))
        if r.status != "pass":
            others = {e.claim.claim_id for e in q.entries if f"claim {e.claim.claim_id} " in r.summary}
            found[entry.claim.claim_id] = others
    # every planted copy is found, nothing else is (the shared boilerplate paragraph included)
    assert found == planted
    index = q.indexes["reused_evidence"]
    assert isinstance(index, ReuseIndex)
    assert len(index.claims) == 2000  # built once, not once per claim


def test_index_picks_up_claims_added_to_the_queue_later() -> None:
    a = _claim("1", "Fabrikam", "Contoso Ltd")
    b = _claim("2", "Litware", "Northwind Traders")
    da = [page_doc(INTUNE_SOW.format(customer="Contoso", users=1000), "POE/a.pdf")]
    db = [page_doc(INTUNE_SOW.format(customer="Northwind", users=1000), "POE/b.pdf")]
    q = _queue((a, da))
    assert reuse_check(a, da, q).status == "not_applicable"
    q.entries.append(QueueEntry(b, db, "bundles/2"))
    assert reuse_check(a, da, q).status == "fail"


def test_scans_of_the_same_printed_template_are_not_reused_images() -> None:
    """Two customers' scans of Microsoft's POE template look alike page for page: only the very same
    file counts for whole pages, near copies only for signature-sized pictures."""
    a = _claim("11", "Fabrikam", "Contoso Ltd")
    b = _claim("12", "Litware", "Northwind Traders")

    def scan(path: str, sha: str, phash: str, text: str) -> Document:
        doc = page_doc(text, path)
        doc.segments[0].label = "ocr"  # an image-only page read by OCR
        doc.images = [ImageInfo(sha, 1700, 2200, page=1, bbox=(0.0, 0.0, 612.0, 792.0), phash=phash)]
        return doc

    da = [scan("POE/a.pdf", "a" * 64, "f0e1d2c3b4a59687", INTUNE_SOW.format(customer="Contoso", users=1))]
    db = [scan("POE/b.pdf", "b" * 64, "f0e1d2c3b4a59686", TEAMS_SOW.format(customer="Northwind"))]
    assert reuse_check(b, db, _queue((a, da), (b, db))).status == "pass"
    # the very same scanned file on another partner's claim is reuse
    dc = [scan("POE/c.pdf", "a" * 64, "f0e1d2c3b4a59687", TEAMS_SOW.format(customer="Northwind"))]
    assert reuse_check(b, dc, _queue((a, da), (b, dc))).status == "fail"


def test_a_signed_page_copied_onto_another_customers_claim_belongs_to_the_customer_it_names() -> None:
    # the scanned acceptance page of Harlow & Finch's report appended to Whitfield's report
    harlow = _claim("25", "Lakeshore Cloud", "Harlow & Finch LLP")
    whitfield = _claim("26", "Lakeshore Cloud", "Whitfield Community Bank")
    acceptance = (
        "6. Acceptance\nBy signing below, Harlow & Finch LLP confirms that the work described in this report has "
        "been delivered by Lakeshore Cloud Partners LLC and accepts the project as complete.\nSignature: Date:"
    )

    def scan(path: str) -> Document:
        doc = page_doc(acceptance, path)
        doc.sha256 = f"{abs(hash(path)):064x}"[:64]  # two files, one scanned page
        doc.segments[0].label = "ocr"  # an image-only page read by OCR
        doc.images = [ImageInfo("7" * 64, 1700, 2200, page=1, bbox=(0.0, 0.0, 612.0, 792.0), phash="f0e1d2c3b4a59687")]
        return doc

    dh, dw = [scan("POE/harlow_signed.pdf")], [scan("POE/whitfield_signed.pdf")]
    q = _queue((harlow, dh), (whitfield, dw))
    original = reuse_check(harlow, dh, q)
    assert original.status == "pass", original.summary
    assert "this claim holds the original, the other claim a copy" in original.summary
    copy = reuse_check(whitfield, dw, q)
    assert copy.status == "fail", copy.summary
    assert "the page names the customer of claim 25, not this claim's" in copy.summary
    # the stored queue's fingerprints judge it alike
    stored = _stored_verdicts((harlow, dh), (whitfield, dw))
    assert stored["25"].status == "pass"
    assert stored["26"].status == "fail"


# -- recognised by what they say (issue 11, class 5) -----------------------------------------------------------
LICENCE_ORDER = """Licence Order Form – Contoso Ltd
Please provision the following subscriptions under our CSP agreement:
Microsoft 365 E3 – 500 seats; Intune Suite add-on – 500 seats.
Billing: monthly, payment by invoice within 30 days.
Authorised signatory: John Doe, Procurement Manager. Signed 03/04/2026
"""
PROPOSAL = """Commercial Proposal
Prepared for Contoso Ltd by Fabrikam Inc., valid for 30 days
Item            Quantity   Price
Microsoft 365 E5   800      $57.00 per user/month
Subtotal $45,600.00 per month; taxes excluded. Prices subject to change.
To accept this proposal please sign below.
Customer signature: John Doe   Date: 4/2/2026
"""
ENROLLMENT_REPORT = """Intune Enrollment – Completion Report
Fabrikam enrolled 1,200 Windows devices of Contoso into Microsoft Intune between May and July 2025:
autopilot profiles, compliance policies and app protection policies were configured and tested in a
pilot of 50 devices, then deployed in three phases. Customer sign-off: John Doe, 14 July 2025.
"""


@pytest.mark.parametrize(("text", "kind"), [(LICENCE_ORDER, "licensing contract"), (PROPOSAL, "pricing quote")])
def test_a_customer_signed_order_form_or_proposal_under_a_neutral_name_is_not_poe(text: str, kind: str) -> None:
    r = unacceptable.run(context(make_claim(), page_doc(text, "POE/POE_final.pdf")))
    assert r.status == "fail"
    assert f"is a {kind}" in r.summary


def test_a_report_on_enrolling_devices_is_not_an_enrollment_contract() -> None:
    r = unacceptable.run(context(make_claim(), page_doc(ENROLLMENT_REPORT, "POE/Enrollment.pdf")))
    assert r.status == "pass"


# -- shared boilerplate is not reuse; shared claim-specific content is (issue 11, class 1) --------------------
ASHGROVE_METHOD = """Ashgrove Consulting Closure Report
Our methodology follows four stages. In the discovery stage we interview the service owners, review the
current configuration baseline and agree success criteria with the customer's project sponsor. In the build
stage we configure the tenant in a pilot ring, validate every policy against the agreed baseline and record
the results in the change log. In the rollout stage we move users and devices in waves, monitor health daily
and hold a go or no-go review before each wave. In the handover stage we train the operations team, hand over
the runbooks and close every open risk with the customer.
Standard activities: kick-off; discovery interviews; baseline review; pilot ring; policy validation; wave
planning; rollout waves; daily health checks; operations training; runbook handover; risk closure; sign-off.
This report is confidential and intended only for the named customer. Ashgrove Consulting Ltd, registered in
England and Wales. All rights reserved.
"""
NARRATIVES = {
    "Marlow Freight": "Marlow Freight enrolled 1,840 devices across 22 depots; compliance reached 97 percent.",
    "Pinecrest Dental": "Pinecrest Dental labelled 310 mailboxes and 46 sites with sensitivity labels in three waves.",
    "Kettering Tool": "Kettering Tool moved 620 users to risk-based conditional access and PIM for 14 admins.",
    "Silverline Credit": "Silverline Credit onboarded 95 servers and 1,200 endpoints to Defender in two waves.",
}


def _template_queue() -> tuple[QueueView, list[tuple[Claim, list[Document]]]]:
    entries = []
    for i, (customer, narrative) in enumerate(NARRATIVES.items()):
        claim = _claim(str(4301000 + i), "Ashgrove Consulting", customer)
        entries.append((claim, [page_doc(ASHGROVE_METHOD + narrative, f"POE/report_{i}.pdf")]))
    return _queue(*entries), entries


def test_a_partners_own_template_for_its_different_customers_is_not_reuse() -> None:
    q, entries = _template_queue()
    for claim, docs in entries:
        assert reuse_check(claim, docs, q).status == "pass", claim.customer.name


def test_one_template_filled_in_for_two_customers_is_not_reuse_even_without_a_third() -> None:
    """Only two claims share the template: nothing measures it as boilerplate, but their scope figures differ."""
    q, entries = _template_queue()
    q.entries = q.entries[:2]
    for claim, docs in entries[:2]:
        assert reuse_check(claim, docs, q).status == "pass"


def test_the_same_report_with_the_customer_name_swapped_is_reuse_even_among_template_siblings() -> None:
    q, _entries = _template_queue()
    thief = _claim("4301999", "Ashgrove Consulting", "Oriel Freight")
    copied = (ASHGROVE_METHOD + NARRATIVES["Marlow Freight"]).replace("Marlow Freight", "Oriel Freight")
    docs = [page_doc(copied, "POE/oriel.pdf")]
    q.entries.append(QueueEntry(thief, docs, "bundles/oriel"))
    r = reuse_check(thief, docs, q)
    assert r.status == "fail"
    assert "claim 4301000" in r.summary
    assert "'1840 devices'" in r.summary
    assert "claim 4301001" not in r.summary  # the template siblings share only boilerplate


def test_one_narrative_copied_onto_three_customers_numbers_and_all_is_reuse() -> None:
    # every word is on three customers' claims (it would measure as a template), but a template is
    # filled in with each customer's own numbers, and these keep every figure (a report number differs)
    story = (
        "Delivery report no. {number} summary. The head office in Gothenburg and the Malmo terminal moved "
        "1,240 mailboxes and 310 terminal workers to Exchange Online and Teams; 42 SharePoint sites replaced "
        "the G:\\Drift share, 86 shared mailboxes were migrated, 28 security groups were cleaned up and "
        "2.3 TB of files were moved in three waves with a weekend cutover and a two week hypercare."
    )
    entries = []
    for i, customer in enumerate(["Kattegatt Shipping", "Lindqvist Bygg", "Ekholm Retail"]):
        claim = _claim(str(4307000 + i), "Sigma Nordic", customer)
        text = f"{customer}\n" + story.format(number=(31, 47, 19)[i])
        entries.append((claim, [page_doc(text, f"POE/report_{i}.pdf")]))
    q = _queue(*entries)
    for claim, docs in entries:
        r = reuse_check(claim, docs, q)
        assert r.status == "fail", (claim.customer.name, r.summary)
    # the partner's template with each customer's own numbers stays boilerplate (see above)
    tq, template_entries = _template_queue()
    assert all(reuse_check(c, d, tq).status == "pass" for c, d in template_entries)


def test_a_narrative_with_its_figures_pasted_into_another_partners_report_is_reuse() -> None:
    q, _entries = _template_queue()
    other = _claim("4302999", "Brightline IT", "Oriel Freight")
    narrative = NARRATIVES["Marlow Freight"].replace("Marlow Freight", "Oriel Freight")
    text = ("Brightline IT status report\nWe met the customer weekly and reported progress to the steering group. "
            + narrative + " Devices were enrolled with Autopilot and the helpdesk was trained on the new process.\n"
            + " ".join(f"Week {w}: enrolment wave {w} completed and verified." for w in range(1, 9)))  # fmt: skip
    docs = [page_doc(ASHGROVE_METHOD.split("Standard activities")[0] + text, "POE/brightline.pdf")]
    q.entries.append(QueueEntry(other, docs, "bundles/brightline"))
    r = reuse_check(other, docs, q)
    assert r.status == "fail"
    assert "claim 4301000" in r.summary


def test_the_disclosure_wording_every_public_sector_claim_carries_is_not_reuse() -> None:
    wording = (
        "Public Sector Fee Disclosure. The Partner named above discloses to the Customer named above that the "
        "Partner may receive fees, commissions, incentives or other compensation from Microsoft Corporation or "
        "its affiliates in connection with the Microsoft products and services the Customer procures or uses. "
        "The Customer acknowledges this disclosure and confirms that it has been made before any purchase "
        "decision. This disclosure is provided to comply with the public sector rules that apply to the Customer."
    )
    entries = []
    for i, (partner, customer) in enumerate([("Redwood Civic", "Marin Valley Water"), ("Blue Heron", "St Brendan"),
                                             ("Northgate", "Lakewood College")]):  # fmt: skip
        claim = _claim(str(4306000 + i), partner, customer)
        psd = page_doc(f"{wording}\nCustomer: {customer}\nSigned by the customer", f"PSD/{i}.pdf",
                       "public_sector_disclosure")  # fmt: skip
        entries.append((claim, [psd]))
    q = _queue(*entries)
    assert [reuse_check(c, d, q).status for c, d in entries] == ["pass", "pass", "pass"]


# -- one partner and customer, two claims sharing one piece (issue 11) ---------------------------------------
GENERIC_SIGNOFF = """Customer Sign-off
The customer confirms that the services described in the accompanying report were delivered to its
satisfaction and accepts them. This sign-off applies to the report it is attached to. Questions about the
services should be raised with the partner's engagement lead before this page is signed and returned.
Signature: John Doe     Name: John Doe     Title: CISO"""


def _pair(text_a: str, text_b: str, work_a: str, work_b: str) -> tuple[CheckResult, CheckResult]:
    a = _claim("11", "Fabrikam", "Contoso Ltd", workloads=[{"name": work_a, "subscription_id": None}])
    b = _claim("12", "Fabrikam", "Contoso Ltd", workloads=[{"name": work_b, "subscription_id": None}])
    da, db = [page_doc(text_a, "POE/a.pdf")], [page_doc(text_b, "POE/b.pdf")]
    q = _queue((a, da), (b, db))
    return reuse_check(a, da, q), reuse_check(b, db, q)


def test_one_generic_signoff_acknowledging_two_claims_of_one_customer_fails_both() -> None:
    for r in _pair(GENERIC_SIGNOFF, GENERIC_SIGNOFF, "INTUNE", "MICROSOFT PURVIEW INFORMATION PROTECTION"):
        assert r.status == "fail", r.summary
        assert not r.reject
        assert "names the work of neither claim" in r.summary


def test_one_signed_sow_covering_two_different_workloads_is_noted_not_flagged() -> None:
    sow = INTUNE_SOW.format(customer="Contoso", users=1000) + "\n" + TEAMS_SOW.format(customer="Contoso")
    for r in _pair(sow, sow, "INTUNE", "TEAMS PHONE ENABLED USERS"):
        assert r.status == "pass", r.summary
        assert "different workloads" in r.summary
        assert "claim 1" in r.summary  # the other claim (11 or 12) is named
    # the same workload claimed twice on one SOW is for a person to look at
    for r in _pair(sow, sow, "INTUNE", "INTUNE"):
        assert r.status == "warn", r.summary


def test_a_partners_letterhead_numbers_are_no_scope_figures() -> None:
    """Tax and register numbers, postcodes and reference numbers identify the partner, on every claim it files."""
    from poe_reviewer.findings.reuse.specific import scope_figures

    rules = reuse_rules(load_policy()["reuse"])
    letterhead = "Lanna Cloud Ltd · Tax ID 0505564012873 Scope · Ringstraße 44, 3500 Krems · ref 011 Darling Downs"
    assert scope_figures([letterhead], rules) == frozenset()
    counts = "Intune on 1,200 devices, 1200 laptops and 340 users; 38 sites and 12400 mailboxes"
    assert scope_figures([counts], rules) >= {"1200 devices", "1200 laptops", "340 users", "38 sites"}
    # a number in a product's name counts nothing: two go-live papers for Dynamics 365 share no scope
    products = "Dynamics 365 Customer Engagement, Microsoft 365 partners, Windows 11 laptops for 96 laptops"
    assert scope_figures([products], rules) == {"96 laptops"}


def test_a_claim_submitted_twice_is_the_later_submissions_duplicate() -> None:
    # one partner, one customer, the same workloads and the same report two days apart: the first
    # submission is the claim, the second repeats it
    sow = INTUNE_SOW.format(customer="Contoso", users=1000)
    work = [{"name": "INTUNE", "subscription_id": None}]
    first = _claim("11", "Fabrikam", "Contoso Ltd", workloads=work, submitted_at="2026-05-18T09:00:00Z")
    again = _claim("12", "Fabrikam", "Contoso Ltd", workloads=work, submitted_at="2026-05-20T09:00:00Z")
    da, db = [page_doc(sow, "POE/a.pdf")], [page_doc(sow, "POE/b.pdf")]
    q = _queue((first, da), (again, db))
    original, duplicate = reuse_check(first, da, q), reuse_check(again, db, q)
    assert original.status == "pass", original.summary
    assert "claim 12, for the same workloads, was submitted later (2026-05-20)" in original.summary
    assert duplicate.status == "fail", duplicate.summary
    assert not duplicate.reject
    assert "claim 11 was submitted first (2026-05-18): this claim repeats it" in duplicate.summary
    # a claim created again months later (after an expiry or a rejection) is a new claim, for a person to look at
    later = _claim("13", "Fabrikam", "Contoso Ltd", workloads=work, submitted_at="2026-09-20T09:00:00Z")
    dc = [page_doc(sow, "POE/c.pdf")]
    q = _queue((first, da), (later, dc))
    assert reuse_check(later, dc, q).status == "warn"


# -- two partners, one piece: the side whose partner it names holds the original (issue 11) --------------------
ACCEPTANCE_TO = """Hi {partner_contact},
For the record: Contoso accepts the Microsoft Intune rollout delivered by {partner} - 1,200 Windows laptops
enrolled through Autopilot across the Lisbon, Porto and Braga offices, compliance policies enforced for all
devices, the legacy management agent removed, and the help desk trained on the new enrolment process during
the four-week engagement that closed with the acceptance meeting on Friday. Thank you to the {partner} team.
John Doe, CISO, Contoso Ltd"""


def _two_partners(text_a: str, text_b: str) -> tuple[CheckResult, CheckResult]:
    a = _claim("21", "Fabrikam", "Contoso Ltd")
    b = _claim("22", "Litware", "Contoso Ltd")
    da, db = [page_doc(text_a, "POE/a.pdf")], [page_doc(text_b, "POE/b.pdf")]
    q = _queue((a, da), (b, db))
    return reuse_check(a, da, q), reuse_check(b, db, q)


def test_an_email_to_one_partner_on_another_partners_claim_is_that_claims_copy_not_the_originals() -> None:
    original = ACCEPTANCE_TO.format(partner="Fabrikam", partner_contact="Priya")
    mine, copy = _two_partners(original, original)
    assert mine.status == "pass", mine.summary
    assert "this claim holds the original" in mine.summary
    assert copy.status == "fail", copy.summary
    assert "another partner's claim" in copy.summary
    # each side names its own partner (the names swapped): nobody can tell the original, both are flagged
    swapped = ACCEPTANCE_TO.format(partner="Litware", partner_contact="Sam")
    first, second = _two_partners(original, swapped)
    assert first.status == "fail", first.summary
    assert second.status == "fail", second.summary


def test_a_customers_email_to_the_partner_thanking_its_subcontractor_is_the_partners_original() -> None:
    # the customer writes to Fabrikam, copies Litware (Fabrikam's subcontractor) and thanks it in the body;
    # Litware uploads the same e-mail on its own claim: the e-mail is Fabrikam's, whoever it thanks
    body = ACCEPTANCE_TO.format(partner="Fabrikam", partner_contact="Priya") + (
        "\nThanks also to Sam from your subcontractor Litware for staging the 320 laptops."
    )

    def mail(path: str) -> Document:
        doc = email_doc(body, sender="john.doe@contoso.com", to="priya@fabrikam.com", path=path)
        assert doc.email is not None
        doc.email.cc = [Address("Sam", "sam@litware.com")]
        doc.sha256 = "d" * 64  # the same file on both claims
        return doc

    a, b = _claim("21", "Fabrikam", "Contoso Ltd"), _claim("22", "Litware", "Contoso Ltd")
    da, db = [mail("POE/RE acceptance.eml")], [mail("POE/RE acceptance.eml")]
    q = _queue((a, da), (b, db))
    mine, copy = reuse_check(a, da, q), reuse_check(b, db, q)
    assert mine.status == "pass", mine.summary
    assert "this claim holds the original" in mine.summary
    assert copy.status == "fail", copy.summary
    # a greeting to both partners ("Priya, Sam, thank you both") makes it both partners' e-mail: nobody's original
    body = "Priya, Sam,\nThank you both. " + body
    da, db = [mail("POE/RE acceptance.eml")], [mail("POE/RE acceptance.eml")]
    q = _queue((a, da), (b, db))
    assert reuse_check(a, da, q).status == "fail"
    assert reuse_check(b, db, q).status == "fail"


def test_a_customers_email_belongs_to_the_claim_of_the_company_it_was_sent_from() -> None:
    # one partner, two customers with alike names; the co-operative's acceptance e-mail, uploaded again on
    # the logistics company's claim, is the co-operative's: it was sent from ddgrain.com.au
    def claim(claim_id: str, name: str, domain: str) -> Claim:
        return make_claim(claim_id=claim_id, customer__name=name, customer__domain=domain, customer__tenant_id=None,
                          customer__contact=None)  # fmt: skip

    coop = claim("31", "Darling Downs Grain Co-operative Ltd", "ddgrain.com.au")
    logistics = claim("32", "Darling Downs Grain Logistics Pty Ltd", "ddglogistics.com.au")
    body = (
        "Hi Priya, the numbers match what we see: 412 Windows devices and the 38 silo scanners in Intune, 464 "
        "devices and servers in Defender, ASR in block mode since 16 February. Darling Downs Grain accepts the "
        "Intune and Defender for Endpoint services as delivered by Fabrikam. Thanks to the team for the "
        "harvest-site pilot at Dalby and Goondiwindi. Bronwyn Pearce, IT Manager, Darling Downs Grain"
    )

    def mail() -> Document:
        doc = email_doc(body, sender="bronwyn.pearce@ddgrain.com.au", path="POE/RE acceptance.msg")
        doc.sha256 = "b" * 64
        return doc

    da, db = [mail()], [mail()]
    q = _queue((coop, da), (logistics, db))
    mine, copy = reuse_check(coop, da, q), reuse_check(logistics, db, q)
    assert mine.status == "pass", mine.summary
    assert "this claim holds the original" in mine.summary
    assert copy.status == "fail", copy.summary


# -- two customers, one document: it belongs to the claim whose customer it names (issue 11) -----------------
_DISCLOSURE = (
    "Public Sector Disclosure\nCustomer: {customer}\nThe Customer acknowledges that Partner may receive fees, "
    "commissions or other compensation from Microsoft for the services delivered under this engagement, and "
    "that the Customer has reviewed the applicable procurement rules governing such compensation before the "
    "engagement began.\nAcknowledged by the customer's authorised signatory.\nSignature:"
)


def _disclosure(path: str, customer: str) -> Document:
    doc = page_doc(_DISCLOSURE.format(customer=customer), path)
    doc.role = "public_sector_disclosure"
    doc.sha256 = "e" * 64  # one file uploaded twice
    doc.images = [ImageInfo("9" * 64, 400, 120, page=1, bbox=(72.0, 300.0, 272.0, 360.0), phash="f0e1d2c3b4a59687")]
    return doc


def test_one_customers_signed_document_on_another_customers_claim_is_a_copy_not_a_forgery() -> None:
    """The county's signed disclosure uploaded again on the school district's claim: the county's claim
    holds the original (it names the county), the district's copy is the wrong customer's evidence,
    fixable, not a signature pasted for two signatories."""
    county = _claim("31", "Lakeshore Systems", "Northwoods County")
    district = _claim("32", "Lakeshore Systems", "School District of Menominee Falls")
    dc, dd = (
        [_disclosure("POE/disclosure_county.pdf", "Northwoods County")],
        [_disclosure("POE/d.pdf", "Northwoods County")],
    )
    q = _queue((county, dc), (district, dd))
    original = reuse_check(county, dc, q)
    assert original.status == "pass", original.summary
    assert "names this claim's customer and not the customer of claim 32" in original.summary
    copy = reuse_check(district, dd, q)
    assert copy.status == "fail", copy.summary
    assert not copy.reject, "another customer's document is fixable: the partner uploads the district's own"
    assert "names the customer of claim 31, not this claim's" in copy.summary
    # the stored queue's fingerprints judge it alike
    stored = _stored_verdicts((county, dc), (district, dd))
    assert stored["31"].status == "pass"
    assert stored["32"].status == "fail"
    assert not stored["32"].reject


def test_a_scanned_name_misread_after_its_first_word_still_names_the_customer() -> None:
    herning = _claim("33", "Nordhavn Cloud", "Herning Tekstilvæveri A/S")
    vestkyst = _claim("34", "Nordhavn Cloud", "Vestkyst Havne I/S")
    dh = [_disclosure("POE/protocol_signed.pdf", "Herning Tekstilveeveri A/S")]  # OCR: "æ" read as "ee"
    dv = [_disclosure("POE/signature_page.pdf", "Herning Tekstilveeveri A/S")]
    q = _queue((herning, dh), (vestkyst, dv))
    assert reuse_check(herning, dh, q).status == "pass"
    assert reuse_check(vestkyst, dv, q).status == "fail"
    # the first word going on as another company's full name is that company, not this customer: the
    # acceptance of Orchid Bay Hotels uploaded again for its sister Orchid Bay Residences
    hotels = _claim("37", "Tamarind Cloud", "Orchid Bay Hotels Pte. Ltd.", customer__domain="orchidbayhotels.sg")
    residences = _claim(
        "38", "Tamarind Cloud", "Orchid Bay Residences Management Pte. Ltd.", customer__domain="orchidbayresidences.sg"
    )
    dh = [_disclosure("POE/acceptance_signed.pdf", "Orchid Bay Hotels Pte. Ltd.")]
    dr = [_disclosure("POE/OBR_acceptance_signed.pdf", "Orchid Bay Hotels Pte. Ltd.")]
    q = _queue((hotels, dh), (residences, dr))
    assert reuse_check(hotels, dh, q).status == "pass"
    assert reuse_check(residences, dr, q).status == "fail"
    # a first word that names nobody alone ("County") does not stand for the customer
    one = _claim("35", "Lakeshore Systems", "County of Ashford")
    two = _claim("36", "Lakeshore Systems", "County of Brenton")
    da, db = [_disclosure("POE/a.pdf", "the County")], [_disclosure("POE/b.pdf", "the County")]
    q = _queue((one, da), (two, db))
    assert reuse_check(one, da, q).status == "fail"
    assert reuse_check(two, db, q).status == "fail"
