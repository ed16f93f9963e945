"""Check acknowledgement_date (seed: valid proof of execution, item 5 "Dates")."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pymupdf
import pytest

from poe_reviewer.checks import acknowledgement_date as check
from poe_reviewer.checks.acknowledgement_date import months_before
from poe_reviewer.documents.model import Document, ImageInfo, QuotedMessage, SignatureField
from poe_reviewer.documents.registry import extract_document
from tests.builders import PARTNER_ACTIVITIES, context, email_doc, make_claim, page_doc
from tests.conftest import read_realworld

# The seed's Valid POE example, Section 3 (submission of the default claim: 2025-09-15).
SEED_VALID_ACK = """Section 3. (Required): Partner and Customer Contact Information
Partner Company Name Fabrikam
Customer Company Name Contoso
Customer Signatory Name (printed) John Doe
Customer Signatory Role or Job Title Chief Information Security Officer
Engagement Start and End Date June 1, 2025 – September 10, 2025
Section 3.1 (Required): Customer Acknowledgment*
*Customer acknowledgement must be dated within 12 months of claim submission. Applicable for Dates Signed field below.
E-Signed by: John Doe
Signature Date Signe {date}
098C77187874542ABA164484C281E7731"""

# The seed's Invalid POE example: a screenshot-like e-mail without a dated acknowledgement.
SEED_INVALID_EMAIL = """Hello,
We agree that Fabrikam will be our partner on M365 solutions.
Best,
John Doe
Chief Information Security Officer
Contoso
Reply Forward
Tue 6/10/2025 9:35 AM"""

DOCUSIGN_CERTIFICATE = """Certificate Of Completion
Envelope Id: 8C1A2B3C4D5E6F708192A3B4C5D6E7F8 Status: Completed
Signer Events Signature Timestamp
John Doe DocuSigned by: Sent: 5/28/2025 8:00:12 AM
john.doe@contoso.com John Doe Viewed: 6/4/2025 4:10:02 PM
CISO Signed: 6/5/2025 9:21:33 AM
Envelope Summary Events Status Timestamps
Envelope Sent Hashed/Encrypted 5/28/2025 8:00:12 AM
Completed Security Checked 6/5/2025 9:21:33 AM"""


def ack_page(date: str, path: str = "POE/Contoso_Intune_POE_signed.pdf") -> Document:
    return page_doc(SEED_VALID_ACK.format(date=date), path=path)


def scan_doc(path: str = "POE/scan.pdf") -> Document:
    return Document(path=path, role="poe", kind="pdf", sha256="0" * 64, page_count=1, page_sizes=[(612.0, 792.0)])


def test_seed_valid_example_passes_with_the_located_signature_date() -> None:
    r = check.run(context(make_claim(), ack_page("6/5/2025")))
    assert r.status == "pass"
    assert r.summary.startswith("Customer signature dated 2025-06-05")
    assert "within 12 months before submission (2025-09-15)" in r.summary
    [ev] = r.evidence
    assert ev.quote == "Signature Date Signe 6/5/2025"
    assert ev.page == 1
    assert ev.bbox is not None


def test_signature_older_than_twelve_months_fails() -> None:
    r = check.run(context(make_claim(), ack_page("6/5/2024")))
    assert r.status == "fail"
    assert r.summary.startswith(
        "Customer signature dated 2024-06-05 ('Signature Date Signe 6/5/2024', read month-first) is older than "
        "12 months before submission (2025-09-15)"
    )
    assert r.evidence[0].quote == "Signature Date Signe 6/5/2024"
    assert not r.reject


def test_old_signature_rescued_by_recent_customer_email() -> None:
    mail = email_doc(
        "Confirming Fabrikam is still running our Intune rollout this quarter.",
        date=dt.datetime(2025, 8, 20, 14, 5, tzinfo=dt.UTC),
    )
    r = check.run(context(make_claim(), ack_page("6/5/2024"), mail))
    assert r.status == "pass"
    assert "Customer signature dated 2024-06-05" in r.summary
    assert "customer e-mail of 2025-08-20" in r.summary
    assert "confirms active engagement" in r.summary
    assert {e.document for e in r.evidence} == {"POE/ack.msg", "POE/Contoso_Intune_POE_signed.pdf"}


def test_old_signature_is_not_rescued_by_the_partners_own_email() -> None:
    mail = email_doc("Reminder of our ongoing work.", sender="pkaur@fabrikam.com", sender_name="Priya Kaur")
    r = check.run(context(make_claim(), ack_page("6/5/2024"), mail))
    assert r.status == "fail"


@pytest.mark.parametrize(
    ("date", "status"),
    [("9/15/2024", "pass"), ("9/14/2024", "fail"), ("9/15/2025", "pass"), ("9/16/2025", "pass")],
)
def test_twelve_month_boundary(date: str, status: str) -> None:
    # 2025-09-16 is within the one-day tolerance for time zones after a 2025-09-15 submission.
    assert check.run(context(make_claim(), ack_page(date))).status == status


def test_engagement_dates_are_not_the_acknowledgement() -> None:
    # The seed's template with an empty "Date Signed": only engagement start/end dates remain.
    doc = page_doc(SEED_VALID_ACK.format(date=""))
    r = check.run(context(make_claim(), doc))
    assert r.status == "fail"
    assert r.summary.startswith("No date of customer signature or acknowledgement found in the POE")


def test_seed_invalid_example_has_no_acknowledgement_date() -> None:
    r = check.run(context(make_claim(), page_doc(SEED_INVALID_EMAIL, path="POE/screenshot.pdf")))
    assert r.status == "fail"
    assert "No date of customer signature or acknowledgement found" in r.summary


def test_printed_customer_email_is_dated_by_its_sent_line() -> None:
    doc = page_doc(
        "From: John Doe <john.doe@contoso.com>\nSent: Tuesday, June 10, 2025 9:35 AM\n"
        "To: Priya Kaur <pkaur@fabrikam.com>\nSubject: RE: Intune\nWe confirm the Intune work."
    )
    r = check.run(context(make_claim(), doc))
    assert r.status == "pass"
    assert "Customer e-mail dated 2025-06-10" in r.summary
    assert r.evidence[0].quote.startswith("From: John Doe <john.doe@contoso.com>; Sent: Tuesday, June 10, 2025")


def test_printed_partner_email_is_not_an_acknowledgement() -> None:
    doc = page_doc("From: Priya Kaur <pkaur@fabrikam.com>\nSent: Tuesday, June 10, 2025 9:35 AM\nPlease confirm.")
    assert check.run(context(make_claim(), doc)).status == "fail"


def test_docusign_certificate_uses_the_signed_date_not_the_sent_date() -> None:
    r = check.run(context(make_claim(), page_doc(DOCUSIGN_CERTIFICATE, path="POE/certificate.pdf")))
    assert r.status == "pass"
    assert "dated 2025-06-05" in r.summary


def test_docusign_signed_long_ago_fails_even_if_sent_recently() -> None:
    text = DOCUSIGN_CERTIFICATE.replace("6/5/2025", "6/5/2024").replace("6/4/2025", "6/4/2024")
    r = check.run(context(make_claim(), page_doc(text)))
    assert r.status == "fail"
    assert "2024-06-05" in r.summary


def test_physically_signed_form_date_next_to_signature() -> None:
    doc = page_doc("Customer signature: ______________ Date: 07/01/2025\nInvoice Date: 08/01/2025")
    r = check.run(context(make_claim(), doc))
    assert r.status == "pass"
    assert "dated 2025-07-01" in r.summary


def test_a_bare_date_label_without_a_signature_does_not_count() -> None:
    doc = page_doc("Meeting notes\nDate: 07/01/2025\nAttendees: Contoso IT")
    assert check.run(context(make_claim(), doc)).status == "fail"


def test_bare_date_field_above_the_signature_counts() -> None:
    """Paper forms: "Place, date Stuttgart, 09/10/2024" with "Signature (customer)" on the next line."""
    form = (
        "Acceptance\nThe customer confirms that the services above were performed and accepts them.\n"
        "Place, date Stuttgart, 09/10/2024\nSignature (customer)\nName, title Jürgen Baumann, Head of IT"
    )
    claim = make_claim(customer__country="DE", submitted_at="2025-08-01T10:00:00Z")
    r = check.run(context(claim, page_doc(form)))
    assert r.status == "pass", r.summary
    assert "dated 2024-10-09" in r.summary
    # a date field with nothing signed near it still does not count, nor an engagement date above a signature
    notes = page_doc("Meeting notes\nDate: 07/01/2025\nAttendees: Contoso IT")
    assert check.run(context(make_claim(), notes)).status == "fail"
    engagement = page_doc("Engagement date: 07/01/2025\nCustomer signature")
    assert check.run(context(make_claim(), engagement)).status != "pass"
    # the signature cue must be close: three lines further down it is another block
    far = page_doc("Date: 07/01/2025\nAgenda\nAttendees\nNotes\nSignature")
    assert check.run(context(make_claim(), far)).status != "pass"


def test_dayfirst_country_reads_numeric_dates_day_first() -> None:
    claim = make_claim(customer__country="DE")
    r = check.run(context(claim, page_doc("Date signed: 05/06/2025")))
    assert r.status == "pass"
    assert "dated 2025-06-05" in r.summary


def test_only_date_after_submission_warns() -> None:
    r = check.run(context(make_claim(), ack_page("12/5/2025")))
    assert r.status == "warn"
    assert "after the submission (2025-09-15)" in r.summary


def test_unlabelled_dates_in_a_signed_document_warn() -> None:
    doc = page_doc("Customer signature\nJohn Doe, CISO\n14 July 2025")
    r = check.run(context(make_claim(), doc))
    assert r.status == "warn"
    assert "'14 July 2025'" in r.summary


def test_customer_digital_signature_dates_the_acknowledgement() -> None:
    doc = page_doc("Statement of work")
    doc.signatures = [
        SignatureField("Signature1", True, page=1, bbox=(72, 700, 200, 740), signer="John Doe",
                       signing_time=dt.datetime(2025, 7, 2, 10, 0, tzinfo=dt.UTC)),
    ]  # fmt: skip
    r = check.run(context(make_claim(), doc))
    assert r.status == "pass"
    assert r.summary.startswith("Digital signature dated 2025-07-02")
    assert r.evidence[0].page == 1
    assert r.evidence[0].bbox == (72, 700, 200, 740)


def test_partner_digital_signature_is_not_the_customers() -> None:
    doc = page_doc("Statement of work")
    doc.signatures = [
        SignatureField("Signature1", True, signer="Priya Kaur", signing_time=dt.datetime(2025, 7, 2, tzinfo=dt.UTC))
    ]
    assert check.run(context(make_claim(), doc)).status == "fail"


def test_quoted_customer_message_in_a_partner_email() -> None:
    mail = email_doc("Forwarding the customer's confirmation.", sender="pkaur@fabrikam.com", sender_name="Priya Kaur")
    assert mail.email is not None
    mail.email.quoted.append(
        QuotedMessage("John Doe <john.doe@contoso.com>", "Tue 6/10/2025 9:35 AM", "RE: Intune", "We agree.")
    )
    r = check.run(context(make_claim(), mail))
    assert r.status == "pass"
    assert "2025-06-10" in r.summary


def test_esignature_completion_notice() -> None:
    mail = email_doc(
        "All parties have completed Please DocuSign: Contoso SOW.",
        sender="dse_na2@docusign.net",
        sender_name="DocuSign",
        subject="Completed: Please DocuSign: Contoso SOW.pdf",
        date=dt.datetime(2025, 6, 5, 9, 21, tzinfo=dt.UTC),
    )
    r = check.run(context(make_claim(), mail))
    assert r.status == "pass"
    assert r.summary.startswith("E-signature completion notice dated 2025-06-05")


def test_pre_sales_needs_proof_before_the_transaction() -> None:
    ok = make_claim(claim_kind="pre_sales", transaction_date="2025-07-01")
    r = check.run(context(ok, ack_page("6/5/2025")))
    assert r.status == "pass"
    assert "predates the transaction (2025-07-01)" in r.summary
    late = make_claim(claim_kind="pre_sales", transaction_date="2025-05-01")
    r = check.run(context(late, ack_page("6/5/2025")))
    assert r.status == "fail"
    assert "is not before the transaction date (2025-05-01)" in r.summary
    no_date = make_claim(claim_kind="pre_sales")
    assert check.run(context(no_date, ack_page("6/5/2025"))).status == "warn"


@pytest.mark.parametrize(
    "new_partner",
    [
        "Partner (new partner of record) Sableridge",
        "Since February Sableridge has taken over our Dynamics 365 environment, previously supported by another "
        "partner, and leads its expansion from 50 to 200 licences.",
        "Sableridge took over the Dynamics 365 environment in May (previous partner left).",
        "Sableridge became our partner, replacing our previous implementation partner.",
    ],
)
def test_pre_sales_upsell_the_poe_says_a_new_partner_of_record_drives_passes(new_partner: str) -> None:
    """Seed item 5: upsells driven by a new POR are approved even without prior proof of engagement."""
    late = make_claim(claim_kind="pre_sales", transaction_date="2025-07-01")
    upsell = page_doc(
        f"Upsell Engagement Summary – Dynamics 365 Sales\n{new_partner}\n"
        "Upsell +150 seats, ordered July 1, 2025\nE-Signed by: John Doe\nDate Signed 7/22/2025\n"
        "098C77187874542ABA164484C281E7731"
    )
    r = check.run(context(late, upsell))
    assert r.status == "pass", r.summary
    assert "upsell" in r.summary
    assert "driven by a new partner of record" in r.summary


def test_pre_sales_upsell_without_a_new_partner_of_record_warns_instead_of_failing() -> None:
    late = make_claim(claim_kind="pre_sales", transaction_date="2025-07-01")
    upsell = page_doc(
        "Upsell Engagement Summary – Dynamics 365 Sales\nUpsell +150 seats, ordered July 1, 2025\n"
        "E-Signed by: John Doe\nDate Signed 7/22/2025\n098C77187874542ABA164484C281E7731"
    )
    r = check.run(context(late, upsell))
    assert r.status == "warn", r.summary
    assert "new partner of record" in r.summary
    assert any("Upsell" in e.quote for e in r.evidence)
    # the same cue in the claim's comments
    commented = make_claim(
        claim_kind="pre_sales",
        transaction_date="2025-07-01",
        comments=[{"author": "pkaur@fabrikam.com", "at": "2025-08-01T10:00:00Z",
                   "text": "We are the new partner of record; this is an upsell of 150 additional seats."}],
    )
    r = check.run(context(commented, ack_page("7/22/2025")))
    assert r.status == "warn", r.summary
    assert r.evidence[0].document == "claim.json"
    # the comment's upsell with the customer's own letter saying a new partner drives it
    letter = page_doc("We confirm Sableridge became our partner in June, replacing our previous partner.\n"
                      "E-Signed by: John Doe\nDate Signed 7/22/2025\n098C77187874542ABA164484C281E7731")  # fmt: skip
    r = check.run(context(commented, letter))
    assert r.status == "pass", r.summary
    assert "the claim speaks of an upsell" in r.summary
    # without an upsell cue the rule stands
    assert check.run(context(late, ack_page("7/22/2025"))).status == "fail"


def test_pre_sales_without_any_date_fails() -> None:
    claim = make_claim(claim_kind="pre_sales", transaction_date="2025-07-01")
    assert check.run(context(claim, page_doc("We agree."))).status == "fail"


def test_managed_security_services_follow_the_usage_rule() -> None:
    claim = make_claim(claim_kind="managed_security_services")
    assert check.run(context(claim, ack_page("6/5/2024"))).status == "fail"


@pytest.mark.parametrize("claim", [make_claim(claim_kind="revenue"), make_claim(PARTNER_ACTIVITIES)])
def test_not_applicable_without_a_date_rule(claim: object) -> None:
    r = check.run(context(claim, ack_page("6/5/2020")))  # type: ignore[arg-type]
    assert r.status == "not_applicable"


def test_scan_without_text_warns_instead_of_failing() -> None:
    r = check.run(context(make_claim(), scan_doc()))
    assert r.status == "warn"
    assert "POE/scan.pdf could not be read" in r.summary


def test_no_poe_document_warns() -> None:
    assert check.run(context(make_claim())).status == "warn"


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2025, 9, 15), 12, dt.date(2024, 9, 15)),
        (dt.date(2024, 2, 29), 12, dt.date(2023, 2, 28)),
        (dt.date(2025, 3, 31), 1, dt.date(2025, 2, 28)),
        (dt.date(2025, 1, 10), 1, dt.date(2024, 12, 10)),
    ],
)
def test_months_before(day: dt.date, months: int, expected: dt.date) -> None:
    assert months_before(day, months) == expected


@pytest.mark.realworld
def test_realworld_customer_email_date(realworld: Path) -> None:
    """A real .msg from leeds.gov.uk sent 2017-10-23: recent for an early-2018 claim, stale in 2025."""
    doc = extract_document((realworld / "msg/TxtSampleEmail.msg").read_bytes(), "POE/TxtSampleEmail.msg", "poe")
    recent = make_claim(submitted_at="2018-01-10T10:00:00Z", customer__domain="leeds.gov.uk")
    r = check.run(context(recent, doc))
    assert r.status == "pass"
    assert "Customer e-mail dated 2017-10-23" in r.summary
    stale = make_claim(customer__domain="leeds.gov.uk")
    r = check.run(context(stale, doc))
    assert r.status == "fail"
    assert r.summary.startswith("Customer e-mail dated 2017-10-23 (")
    assert "is older than 12 months before submission" in r.summary


@pytest.mark.realworld
def test_realworld_pdfs_never_crash(realworld: Path) -> None:
    """Every real-world PDF and e-mail as POE gives a verdict (no exception)."""
    for path in sorted(
        [*realworld.glob("signed_pdf/*.pdf"), *realworld.glob("pdf_odd/*.pdf"), *realworld.glob("eml/*")]
    ):
        if path.name.startswith("bomb"):
            continue
        doc = read_realworld(path, f"POE/{path.name}", "poe")
        r = check.run(context(make_claim(), doc))
        assert r.status in ("pass", "fail", "warn"), path.name


def seed_pdf(*pages: str) -> Document:
    """The seed's example pages as a real PDF, extracted by the registry."""
    pdf = pymupdf.open()
    for text in pages:
        page = pdf.new_page()
        body = "".join(f"<p style='font-size:8px;margin:0'>{html.escape(line)}</p>" for line in text.splitlines())
        page.insert_htmlbox(pymupdf.Rect(40, 40, 570, 800), body)
    return extract_document(pdf.tobytes(), "POE/seed_example.pdf", "poe")


def test_seed_examples_as_real_pdfs_are_separated() -> None:
    valid = check.run(context(make_claim(), seed_pdf(SEED_VALID_ACK.format(date="6/5/2025"))))
    assert valid.status == "pass"
    assert valid.evidence[0].page == 1
    assert valid.evidence[0].bbox is not None
    invalid = check.run(context(make_claim(), seed_pdf(SEED_VALID_ACK.format(date=""), SEED_INVALID_EMAIL)))
    assert invalid.status == "fail"


# -- one finder: the pieces and their dates agree ------------------------------------------------------
def test_a_licence_purchase_email_dates_nothing_in_either_view() -> None:
    from poe_reviewer.findings.acknowledgements import acknowledgement_dates, find_acknowledgements

    mail = email_doc("Please send the quote for 500 E5 licences so we can raise the purchase order.",
                     subject="Licence purchase")  # fmt: skip
    ctx = context(make_claim(), mail)
    pieces = find_acknowledgements(ctx)
    assert [(a.kind, a.verdict) for a in pieces] == [("email", "invalid")]
    assert acknowledgement_dates(ctx) == []
    assert check.run(ctx).status == "fail"


def test_the_partner_contact_signing_digitally_is_the_partner_in_both_views() -> None:
    """The partner's contact (Priya Kaur of Fabrikam) signing the POE is no customer acknowledgement:
    the date finder and the acknowledgement finder use the same parties."""
    from poe_reviewer.findings.acknowledgements import acknowledgement_dates, find_acknowledgements

    doc = page_doc("Statement of work")
    doc.signatures = [
        SignatureField("Signature1", True, page=1, bbox=(72, 700, 200, 740), signer="KAUR, PRIYA",
                       signing_time=dt.datetime(2025, 7, 2, 10, 0, tzinfo=dt.UTC)),
    ]  # fmt: skip
    ctx = context(make_claim(), doc)
    assert acknowledgement_dates(ctx) == []
    assert all(a.side != "customer" for a in find_acknowledgements(ctx))


# -- dates with provenance (issue 11, class 9) ----------------------------------------------------------------
def test_a_date_whose_reading_decides_the_verdict_is_flagged_beside_it() -> None:
    """03/10/2024 for a GB customer is 3 October 2024 (within 12 months of 2025-09-15); month-first it is
    10 March 2024 (older): the verdict follows the country's way and says what the other way would decide."""
    claim = make_claim(customer__country="GB")
    r = check.run(context(claim, page_doc("Customer signature\nDate signed: 03/10/2024")))
    assert r.status == "pass"
    assert "Check the date: 'signed: 03/10/2024' in POE/poe.pdf is read as 2024-10-03" in r.summary
    assert "(read day-first, as GB writes dates); read the other way it is 2024-03-10" in r.summary
    assert "the verdict would be fail" in r.summary


def test_a_date_read_either_way_with_the_same_verdict_passes_and_says_how_it_was_read() -> None:
    claim = make_claim(customer__country="GB")
    r = check.run(context(claim, page_doc("Customer signature\nDate signed: 03/07/2025")))
    assert r.status == "pass"
    assert "('signed: 03/07/2025', read day-first)" in r.summary


def test_a_weekday_settles_the_reading() -> None:
    from poe_reviewer.dates import find_dates

    [m] = find_dates("Sent: Tue 6/10/2025 9:35 AM", dayfirst=True)
    assert m.date == dt.date(2025, 6, 10)  # a Tuesday; 6 October 2025 is a Monday
    assert m.other is None
    assert m.reading == "read by its weekday"


def test_a_document_that_shows_how_it_writes_dates_settles_the_reading() -> None:
    """'27/09/2024' can only be day-first: the same document's '03/10/2024' is 3 October, for any country."""
    form = "Kick-off 27/09/2024\nCustomer signature\nDate signed: 03/10/2024"
    r = check.run(context(make_claim(customer__country="US", submitted_at="2025-09-22T10:00:00Z"), page_doc(form)))
    assert r.status == "pass", r.summary
    assert "dated 2024-10-03" in r.summary
    assert "read day-first, as the document writes '27/09/2024'" in r.summary


@pytest.mark.parametrize(
    ("date_line", "raw"),
    [("30 July 2025", "30 July 2025"), ("Lisboa, 30 de julho de 2025 / July 30, 2025", "July 30, 2025")],
)
def test_a_letter_signed_by_hand_is_dated_by_its_date_line(date_line: str, raw: str) -> None:
    from poe_reviewer.checks import customer_acknowledgement
    from poe_reviewer.documents.model import SignatureBlock

    letter = page_doc(
        f"Contoso Ltd\nOne Contoso Way, Redmond\n{date_line}\nFabrikam, Inc.\nAcceptance of the Intune deployment\n"
        "Contoso confirms that Fabrikam deployed Microsoft Intune to our 1,200 devices. We accept the work.\n"
        "Name: John Doe\nTitle: CISO\nSignature:",
        "POE/letter_signed.jpg",
        kind="image",
    )
    letter.segments[0].label = "ocr"
    letter.images = [ImageInfo("c" * 64, 1700, 2200, page=1, bbox=(0.0, 0.0, 612.0, 792.0))]  # a scanned page
    letter.signature_blocks = [
        SignatureBlock(page=1, label="Signature", bbox=(50, 270, 480, 360), ink=True, ink_bbox=(120, 300, 250, 325),
                       source="scan", name="John Doe", company=None, date=None, typed=None, detail="1 stroke"),
    ]  # fmt: skip
    ctx = context(make_claim(), letter)
    r = check.run(ctx)
    assert r.status == "pass", r.summary
    assert r.summary.startswith(f"Signed letter dated 2025-07-30 ('{raw}', the letter's date line")
    ack = customer_acknowledgement.run(ctx)
    assert ack.status == "pass", ack.summary
    assert f"on 2025-07-30 (the letter's date: '{raw}')" in ack.summary


@pytest.mark.parametrize(
    "text",
    [
        "Customer acceptance Pending – requested by e-mail on September 30, 2025",
        "The deployment was completed (August 10 – September 2, 2025) as planned.",
    ],
)
def test_a_pending_acceptance_or_a_sentence_of_prose_dates_no_signature(text: str) -> None:
    r = check.run(context(make_claim(), page_doc(text)))
    assert r.status != "pass", r.summary


def test_a_one_word_label_heading_a_field_still_dates_the_signature() -> None:
    r = check.run(context(make_claim(), page_doc("Customer sign-off\nAccepted: 2 September 2025\nJohn Doe, CISO")))
    assert r.status == "pass", r.summary


# -- a handwritten signature on a scan: the date the ink reader read beside it --------------------------------
SCANNED_ACCEPTANCE = (
    "Customer Acceptance\nContoso Ltd accepts the Intune roll-out delivered by Fabrikam, Inc. as complete.\n"
    "Signature\nJohn Doe\nCISO {date}"
)


def _scan_with_block(date: str | None, more: str = "") -> Document:
    from poe_reviewer.documents.model import SignatureBlock

    doc = page_doc(SCANNED_ACCEPTANCE.format(date=date or "") + more, path="POE/scan.pdf")
    doc.signature_blocks.append(
        SignatureBlock(
            page=1, label="Signature", bbox=(72, 300, 400, 340), ink=True, ink_bbox=(80, 305, 200, 330),
            source="scan", name="John Doe", date=date,
        )
    )  # fmt: skip
    return doc


def test_the_date_beside_a_handwritten_signature_dates_it() -> None:
    # "13/08/2025" is beside the block, unlabelled: the ink reader tied it to the signature
    r = check.run(context(make_claim(), _scan_with_block("13/08/2025")))
    assert r.status == "pass", r.summary
    assert "Handwritten signature dated 2025-08-13 ('13/08/2025'" in r.summary


def test_a_handwritten_signature_whose_date_could_not_be_read_is_for_a_person() -> None:
    r = check.run(context(make_claim(), _scan_with_block(None)))
    assert r.status == "warn", r.summary
    assert "date could not be read" in r.summary


def test_an_undated_handwritten_signature_is_dated_by_the_latest_day_its_page_reports() -> None:
    # the reader lost the date beside the signature, but the signed page says when the rollout went
    # live: it was signed on or after that day, so within 12 months before submission
    doc = _scan_with_block(None, "\nThe roll-out went live on May 12, 2026 for all 420 users.")
    r = check.run(context(make_claim(submitted_at="2026-06-01T10:00:00Z"), doc))
    assert r.status == "pass", r.summary
    assert "could not be read, but the signed page reports 'May 12, 2026' (2026-05-12)" in r.summary
    # a day the page reports too long ago decides nothing: the signature may be older still
    r = check.run(context(make_claim(submitted_at="2027-08-01T10:00:00Z"), doc))
    assert r.status == "warn", r.summary
    # nor does a day its line puts in the future when the paper was written
    planned = _scan_with_block(None, "\nNext review planned for May 12, 2026.")
    r = check.run(context(make_claim(submitted_at="2026-06-01T10:00:00Z"), planned))
    assert r.status == "warn", r.summary
    # a pre-sales claim needs a day before the transaction, which a lower bound never shows
    pre = make_claim(submitted_at="2026-06-01T10:00:00Z", claim_kind="pre_sales", transaction_date="2026-05-20")
    assert check.run(context(pre, doc)).status != "pass"


def test_the_date_under_an_esignature_signer_dates_it() -> None:
    # "Date:" is no signing label of its own; under the customer's "DocuSigned by:" it dates that signature
    page = page_doc(
        "Docusign Envelope ID: 74835AC5-6382-520A-BB8D-8D9CDAE0F809\nDelivery acceptance - Intune\n"
        "Contoso Ltd confirms that Fabrikam delivered the Intune rollout and accepts the delivery.\n"
        "DocuSigned by:\nJohn Doe\n1C1A8A16DAD2C7D...\nJohn Doe, Head of Technology, Contoso Ltd\nDate: 6/25/2025"
    )
    r = check.run(context(make_claim(), page))
    assert r.status == "pass", r.summary
    assert r.summary.startswith("The customer's e-signature dated 2025-06-25 ('6/25/2025')")
