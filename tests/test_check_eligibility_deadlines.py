"""Tests of the ineligible_customer, public_sector and submission_window checks."""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from poe_reviewer.checks import ineligible_customer, public_sector, submission_window
from poe_reviewer.checks.base import CheckContext, CheckResult
from poe_reviewer.documents.model import Document
from poe_reviewer.policy import Policy, load_policy
from tests.builders import PARTNER_ACTIVITIES, context, email_doc, make_claim, page_doc
from tests.conftest import read_realworld

RULE_START = "Partners and Partner affiliate entities are not eligible to receive or retain incentives"


def with_policy(file: str, changes: dict[str, Any]) -> Policy:
    base = load_policy()
    section = copy.deepcopy(dict(base[file]))
    for key, value in changes.items():
        target = section
        parts = key.split(".")
        for p in parts[:-1]:
            target = target[p]
        target[parts[-1]] = value
    return Policy({**{k: base[k] for k in base}, file: section})


# -- ineligible_customer ----------------------------------------------------------------------------
def test_ordinary_customer_passes() -> None:
    r = ineligible_customer.run(context(make_claim()))
    assert r.status == "pass"
    assert "Contoso Ltd" in r.summary
    assert "Fabrikam, Inc." in r.summary
    assert all(e.document == "claim.json" and e.page is None for e in r.evidence)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"customer__name": "FABRIKAM INC."}, "is the partner itself"),
        ({"customer__name": "Fabrikam,\nIncorporated"}, "is the partner itself"),
        ({"customer__name": "Fabrikam Services GmbH"}, "share the distinctive name \u201cfabrikam\u201d"),
        ({"customer__name": "Fabrikam Consulting India Pvt Ltd"}, "share the distinctive name"),
        ({"customer__domain": "fabrikam.com"}, "is the partner's domain fabrikam.com"),
        ({"customer__domain": "emea.fabrikam.com"}, "is the partner's domain"),
    ],
)
def test_partner_or_affiliate_is_rejected(changes: dict[str, Any], words: str) -> None:
    r = ineligible_customer.run(context(make_claim(**changes)))
    assert r.status == "fail"
    assert r.reject
    assert words in r.summary
    assert RULE_START in r.summary
    assert any(e.document == "claim.json" for e in r.evidence)


def test_the_partners_name_inside_a_longer_name_of_the_customers_own_asks_a_person() -> None:
    # "Vistula Systems" and "Vistula Cold Logistics" may share a river's name and nothing else
    claim = make_claim(partner__name="Vistula Systems Sp. z o.o.", customer__name="Vistula Cold Logistics S.A.",
                       customer__domain="vistulacold.pl")  # fmt: skip
    r = ineligible_customer.run(context(claim, page_doc("Vistula Cold Logistics S.A. thanks its external IT partner.")))
    assert r.status == "warn", r.summary
    assert not r.reject
    assert "share the distinctive name \u201cvistula\u201d" in r.summary
    # with the papers saying one owner holds both, they are affiliates
    owned = "Vistula Systems Sp. z o.o. and Vistula Cold Logistics S.A. are both members of the Vistula group."
    r = ineligible_customer.run(context(claim, page_doc(owned)))
    assert (r.status, r.reject) == ("fail", True), r.summary


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("Fabrikam, Inc. acts as Contoso's appointed IT and licensing agent under our Agency Agreement dated "
         "3 March 2024: it procures our Microsoft subscriptions on our behalf.", True),
        ("Under the agency agreement of 2023, Fabrikam, Inc. buys and administers our licences.", True),
        ("Fabrikam, Inc. holds our tenant in a fiduciary capacity and reports to our board.", True),
        # software agents and agents of other companies are no agency of the partner
        ("Fabrikam, Inc. built a Copilot Studio agent as our first-line support agent for 300 staff.", False),
        ("Our licensing agent Northwind handles renewals. Fabrikam, Inc. deployed Intune on 420 laptops.", False),
    ],
)  # fmt: skip
def test_a_partner_that_is_the_customers_agent_is_rejected(text: str, rejected: bool) -> None:
    """Seed, "Claim rejection": no incentives for "a customer that the partner owes agency of fiduciary duty"."""
    r = ineligible_customer.run(context(make_claim(), page_doc(text)))
    assert r.reject is rejected, r.summary
    if rejected:
        assert r.status == "fail"
        assert "acts as the customer's agent" in r.summary
    else:
        assert r.status == "pass", r.summary


def test_the_partners_name_and_domain_under_another_countrys_ending_is_an_affiliate() -> None:
    claim = make_claim(
        partner__name="Lagos Bay Technologies Ltd", partner__domains=["lagosbaytech.com.ng"], partner__contact=None,
        customer__name="Lagos Bay Technologies Ghana Ltd", customer__domain="lagosbaytech.com.gh",
        customer__contact=None,
    )  # fmt: skip
    r = ineligible_customer.run(context(claim))
    assert r.status == "fail", r.summary
    assert r.reject
    assert "its domain name under another ending (lagosbaytech.com.ng)" in r.summary
    # the same words in the names but a domain of the customer's own: a person decides
    other = make_claim(
        partner__name="Lagos Bay Technologies Ltd", partner__domains=["lagosbaytech.com.ng"], partner__contact=None,
        customer__name="Lagos Bay Shipping Ghana Ltd", customer__domain="lbshipping.com.gh", customer__contact=None,
    )  # fmt: skip
    assert ineligible_customer.run(context(other)).status == "warn"


def test_customer_domain_in_partner_domains_list() -> None:
    claim = make_claim(
        partner__domains=["fabrikam.com", "northwind-it.com"],
        customer__domain="northwind-it.com",
        customer__name="Northwind IT",
    )
    r = ineligible_customer.run(context(claim))
    assert r.status == "fail"
    assert r.reject
    assert "northwind-it.com" in r.summary


@pytest.mark.parametrize(
    ("changes", "quote"),
    [
        ({"customer__name": "MICROSOFT"}, "customer.name: MICROSOFT"),
        ({"customer__name": "Microsoft India Pvt Limited"}, "customer.name: Microsoft India Pvt Limited"),
        (
            {"customer__name": "BRK AMBIENTAL", "customer__domain": "microsoft.com"},
            "customer.domain: microsoft.com",
        ),
    ],
)
def test_microsoft_as_customer_is_rejected(changes: dict[str, Any], quote: str) -> None:
    r = ineligible_customer.run(context(make_claim(**changes)))
    assert r.status == "fail"
    assert r.reject
    assert "The customer is Microsoft" in r.summary
    assert RULE_START in r.summary
    assert any(e.quote == quote for e in r.evidence)


def test_tenant_domain_is_not_microsoft() -> None:
    r = ineligible_customer.run(context(make_claim(customer__domain="contoso.onmicrosoft.com")))
    assert r.status == "pass", r.summary


@pytest.mark.parametrize(
    ("customer", "partner"),
    [
        ("Northwind Services", "Fabrikam Services"),
        ("Contoso Health", "Fabrikam Health Partners"),
        ("City of Springfield", "Fabrikam"),
        ("Blue Yonder Airlines", "Blue Ocean Consulting"),
    ],
)
def test_shared_generic_words_are_not_affiliates(customer: str, partner: str) -> None:
    r = ineligible_customer.run(context(make_claim(customer__name=customer, partner__name=partner)))
    assert r.status == "pass", r.summary


def test_customer_domain_resembling_partner_domain_warns() -> None:
    claim = make_claim(customer__name="FS Consulting GmbH", customer__domain="fabrikam-services.de")
    r = ineligible_customer.run(context(claim))
    assert r.status == "warn"
    assert "fabrikam-services.de resembles the partner's domain fabrikam.com" in r.summary


def test_customer_contact_at_partner_domain_warns() -> None:
    claim = make_claim(customer__contact={"name": "Priya Kaur", "email": "pkaur@fabrikam.com"})
    r = ineligible_customer.run(context(claim))
    assert r.status == "warn"
    assert "pkaur@fabrikam.com" in r.summary
    assert "partner's domain" in r.summary


@pytest.mark.parametrize(
    ("changes", "quote"),
    [
        ({"customer__name": "GitHub, Inc.", "customer__domain": "github.com"}, "customer.name: GitHub, Inc."),
        ({"customer__name": "LinkedIn Ireland Unlimited Company"}, "customer.name: LinkedIn Ireland Unlimited Company"),
        ({"customer__name": "ACTIVISION BLIZZARD INC"}, "customer.name: ACTIVISION BLIZZARD INC"),
        ({"customer__name": "Bethesda Softworks LLC"}, "customer.name: Bethesda Softworks LLC"),
        ({"customer__name": "Mojang AB"}, "customer.name: Mojang AB"),
        # an unfamiliar trading name, but Nuance's domain
        (
            {"customer__name": "NCI Healthcare Solutions", "customer__domain": "nuance.com"},
            "customer.domain: nuance.com",
        ),
    ],
)
def test_microsoft_subsidiary_as_customer_is_rejected(changes: dict[str, Any], quote: str) -> None:
    r = ineligible_customer.run(context(make_claim(**changes)))
    assert r.status == "fail", r.summary
    assert r.reject
    assert "is a Microsoft subsidiary" in r.summary
    assert RULE_START in r.summary
    assert any(e.quote == quote for e in r.evidence)
    section = load_policy()["eligibility"]["microsoft"]["subsidiaries"]
    assert section["seed"] == "Claim rejection"
    assert "aintained" in section["note"]


def test_poe_or_comment_calling_the_customer_a_microsoft_company_is_rejected() -> None:
    claim = make_claim(customer__name="Bluewater Speech Labs Ltd", customer__domain="bluewaterspeech.io")
    poe = page_doc(
        "Customer | Bluewater Speech Labs Ltd, a subsidiary of Microsoft Corporation\nPartner | Fabrikam, Inc."
    )
    r = ineligible_customer.run(context(claim, poe))
    assert r.status == "fail", r.summary
    assert r.reject
    assert "a subsidiary of Microsoft" in r.summary
    assert r.evidence[0].document == "POE/poe.pdf"
    assert r.evidence[0].page == 1
    commented = make_claim(
        customer__name="Bluewater Speech Labs Ltd",
        comments=[{"author": "pkaur@fabrikam.com", "at": "2025-09-15T17:02:00Z",
                   "text": "Bluewater Speech Labs is a Microsoft company since 2024."}],
    )
    r = ineligible_customer.run(context(commented, page_doc("Customer Bluewater Speech Labs Ltd")))
    assert r.status == "fail", r.summary
    assert r.reject
    assert r.evidence[0].quote.startswith("comment by pkaur@fabrikam.com")
    # the cue about someone else (the partner, a product) is not about the customer
    for text in (
        "Customer Bluewater Speech Labs Ltd. Partner Fabrikam, Inc., a Microsoft company since 2020.",
        "Bluewater Speech Labs Ltd uses Microsoft Teams.\n" + "x " * 150 + "LinkedIn, a Microsoft company, ...",
    ):
        r = ineligible_customer.run(context(make_claim(customer__name="Bluewater Speech Labs Ltd"), page_doc(text)))
        assert r.status == "pass", (text, r.summary)


@pytest.mark.parametrize(
    "text",
    [
        # a letterhead's footer: the affiliate under another name
        "HELIOS CONSEIL\nAcceptance of the work\nHelios Conseil SARL · wholly owned subsidiary of Fabrikam, Inc.",
        "Helios Conseil SARL is a member of the Fabrikam group since 2019.",
        "Helios Conseil SARL, a subsidiary of Fabrikam Holdings",
        # the partner itself under a trade name
        "Niamh\nOperations Manager\nHelios Conseil SARL is a trading name of Fabrikam, Inc., registered in Ireland",
        # a joint venture the partner holds a share of, first or second of its owners
        "Helios Conseil SARL is the joint venture that Fabrikam, Inc. and the Lyon Health Trust formed in 2024.",
        "Helios Conseil SARL, a joint venture of the Lyon Health Trust and Fabrikam, Inc.",
        # the other way round: the customer is the partner's parent company
        "Helios Conseil SARL\nLyon · helios-conseil.fr · Parent company of Fabrikam, Inc.",
        "Helios Conseil SARL confirms the work done by our subsidiary Fabrikam, Inc. under the group agreement.",
    ],
)
def test_customer_owned_by_the_partner_is_rejected(text: str) -> None:
    claim = make_claim(customer__name="Helios Conseil SARL", customer__domain="helios-conseil.fr")
    r = ineligible_customer.run(context(claim, page_doc(text)))
    assert r.status == "fail", r.summary
    assert r.reject
    assert "are parent and subsidiary" in r.summary
    assert "Helios Conseil SARL" in r.evidence[0].quote


@pytest.mark.parametrize(
    "text",
    [
        # owned by someone else, or the partner's own ownership, or the partner merely named nearby
        "Helios Conseil SARL · wholly owned subsidiary of Northwind Holdings SA",
        "Helios Conseil SARL. Partner: Fabrikam, Inc., a subsidiary of Fabrikam Holdings",
        "Helios Conseil SARL thanks Fabrikam, Inc. for the rollout.",
        "Helios Conseil SARL is the joint venture that Northwind SA and the Lyon Health Trust formed.",
        "Helios Conseil SARL · parent company of Northwind Retail SA",  # the customer's own subsidiary
    ],
)
def test_customer_owned_by_someone_else_is_no_affiliate(text: str) -> None:
    claim = make_claim(customer__name="Helios Conseil SARL", customer__domain="helios-conseil.fr")
    r = ineligible_customer.run(context(claim, page_doc(text)))
    assert r.status == "pass", (text, r.summary)


@pytest.mark.parametrize(
    "text",
    [
        "Fabrikam, Inc. and Helios Conseil SARL are both members of the Al Mansoori Holdings\ngroup. As the "
        "group's technology company, Fabrikam deployed Microsoft Intune under the shared-services agreement.",
        "Fabrikam, Inc. deployed Intune for Helios Conseil SARL (380 devices). Both companies belong to Al "
        "Mansoori Group S.A.; the work was delivered under the group's internal service agreement.",
        "Fabrikam, Inc. delivered the rollout to Helios Conseil SARL under an intra-group services agreement.",
        "Fabrikam, Inc. rolled out Intune at Helios Conseil SARL under the intra-group IT services agreement.",
    ],
)
def test_sister_companies_under_one_owner_are_affiliates(text: str) -> None:
    claim = make_claim(customer__name="Helios Conseil SARL", customer__domain="helios-conseil.fr")
    r = ineligible_customer.run(context(claim, page_doc(text)))
    assert r.status == "fail", r.summary
    assert r.reject
    assert "belong to one owner" in r.summary
    # one party alone in a group says nothing about the other
    alone = "Helios Conseil SARL and its sister brands are both members of the Al Mansoori Holdings group."
    assert ineligible_customer.run(context(claim, page_doc(alone))).status == "pass"


def test_customer_named_like_a_subsidiary_word_is_not_one() -> None:
    # list entries are matched as whole leading names: "King County" is not King Digital Entertainment
    for name in ("King County", "Nuance Hair Studio LLC", "Havoc Industries"):
        r = ineligible_customer.run(context(make_claim(customer__name=name, customer__domain="example.org")))
        assert r.status == "pass", (name, r.summary)


# -- public_sector ----------------------------------------------------------------------------------
def public(**changes: Any) -> Any:
    return make_claim(**{"customer__segment": "public_sector", **changes})


DISCLOSURE_TEXT = (
    "Public Sector Fee Disclosure\n"
    "Fabrikam, Inc. discloses that it may receive fees, commission or compensation from Microsoft\n"
    "in connection with the Microsoft products and services procured by the customer.\n"
)
# e-signed by the customer (the platform's envelope id and signer: a verifiable eSignature)
DISCLOSURE = DISCLOSURE_TEXT + (
    "DocuSign Envelope ID: 4F2A1B3C-1234-4ABC-9DEF-0123456789AB\n"
    "Customer acknowledgement\nDocuSigned by:\nJohn Doe\nJohn Doe, CISO, Contoso\nDate Signed: 8/1/2025"
)
# a name typed under the acknowledgement: no signature anyone could verify
TYPED = DISCLOSURE_TEXT + "Acknowledged by: John Doe, CISO, Contoso\nSignature: John Doe Date: 2025-08-01"
EMPTY = DISCLOSURE_TEXT + "Acknowledged by the customer:\nSignature: ____________\nName: ____________\nDate: ________"


def test_commercial_customer_not_applicable() -> None:
    assert public_sector.run(context(make_claim())).status == "not_applicable"


def test_us_security_usage_without_disclosure_fails() -> None:
    r = public_sector.run(context(public(), page_doc("Intune deployment for Contoso, signed by John Doe")))
    assert r.status == "fail"
    assert not r.reject
    assert "CPOR Security usage claim for a public-sector customer in US" in r.summary
    assert "no document with role 'public_sector_disclosure'" in r.summary
    assert "Puerto Rico and the United States" in r.summary


def test_disclosure_document_with_signature_passes() -> None:
    psd = page_doc(DISCLOSURE, "PSD.pdf", "public_sector_disclosure")
    r = public_sector.run(context(public(), page_doc("SOW"), psd))
    assert r.status == "pass", r.summary
    assert "PSD.pdf" in r.summary
    ev = r.evidence[0]
    assert ev.document == "PSD.pdf"
    assert ev.page == 1
    assert ev.bbox is not None
    assert "Microsoft" in ev.quote
    assert "acknowledged by the DocuSign" in r.summary


def test_a_disclosure_with_a_typed_name_needs_a_person_and_an_empty_block_fails() -> None:
    def run(text: str) -> CheckResult:
        psd = page_doc(text, "PSD.pdf", "public_sector_disclosure")
        return public_sector.run(context(public(), page_doc("SOW"), psd))

    typed = run(TYPED)
    assert typed.status == "warn"
    assert "Needs review" in typed.summary
    empty = run(EMPTY)
    assert empty.status == "fail"
    assert "is empty" in empty.summary


def test_a_disclosure_signed_by_hand_whose_date_is_unread_is_acknowledged_in_writing() -> None:
    from poe_reviewer.documents.model import ImageInfo, SignatureBlock

    text = DISCLOSURE_TEXT + "Acknowledged by the customer:\nName: John Doe\nSignature:\nDate:"
    psd = page_doc(text, "PSD.pdf", "public_sector_disclosure", kind="image")
    psd.segments[0].label = "ocr"
    psd.images = [ImageInfo("c" * 64, 1700, 2200, page=1, bbox=(0.0, 0.0, 612.0, 792.0))]  # a scanned page
    psd.signature_blocks = [
        SignatureBlock(page=1, label="Signature", bbox=(50, 270, 480, 360), ink=True, ink_bbox=(120, 300, 250, 325),
                       source="scan", name="John Doe", date=None, detail="3 strokes"),
    ]  # fmt: skip
    r = public_sector.run(context(public(), page_doc("SOW"), psd))
    assert r.status == "pass", r.summary
    assert "acknowledged by the physically signed paper" in r.summary
    assert "signatory John Doe (its date could not be read)" in r.summary


def test_disclosure_in_poe_without_acknowledgement_fails() -> None:
    text = "Fabrikam discloses that it will receive a commission from Microsoft for this deployment."
    r = public_sector.run(context(public(), page_doc(text)))
    assert r.status == "fail"
    assert "shows no written acknowledgement by the customer" in r.summary


@pytest.mark.parametrize(
    "text",
    [
        "The customer will receive Microsoft 365 licences purchased from Microsoft; fees are billed monthly.",
        "Customer bought licences from Microsoft. Fabrikam fees are paid by the customer.",
        "Microsoft Intune deployment, fees per device, signed by the customer.",
    ],
)
def test_fee_words_near_microsoft_are_not_a_disclosure(text: str) -> None:
    r = public_sector.run(context(public(), page_doc(text + "\nSigned: John Doe")))
    assert r.status == "fail"
    assert "missing the written disclosure" in r.summary


def test_disclosure_in_customer_email_counts_as_acknowledged() -> None:
    mail = email_doc(
        "Thanks. We note that Fabrikam will receive fees from Microsoft for this work; that is fine with us."
    )
    r = public_sector.run(context(public(), mail))
    assert r.status == "pass", r.summary
    assert "customer's e-mail" in r.summary
    # the same text sent by the partner is not acknowledged
    mail = email_doc("Fabrikam will receive fees from Microsoft for this work.", sender="pkaur@fabrikam.com")
    assert public_sector.run(context(public(), mail)).status == "fail"


def test_a_customer_reply_that_only_quotes_the_partners_disclosure_does_not_acknowledge_it() -> None:
    quoted = (
        "\n\nFrom: Priya Kaur <pkaur@fabrikam.com>\nSent: Monday, June 1, 2026 09:00\nTo: John Doe\n"
        "Subject: Close-out memo and disclosure\n\nAttached are the close-out memo and, as required for public-sector "
        "customers, our written disclosure of the compensation Fabrikam may receive from Microsoft. Could you confirm "
        "acceptance of the project and acknowledge the disclosure?"
    )
    own = "Hi Priya, we accept the project: 1,740 laptops in Intune."
    r = public_sector.run(context(public(), email_doc(own + quoted, own_text=own)))
    assert r.status == "fail", r.summary
    assert "does not acknowledge the disclosure it quotes" in r.summary
    own = "Hi Priya, we accept the project and acknowledge the fee disclosure."
    assert public_sector.run(context(public(), email_doc(own + quoted, own_text=own))).status == "pass"


def test_no_disclosure_needed_for_azure_or_pre_sales() -> None:
    r = public_sector.run(context(public(solution_area="Azure"), page_doc("SOW")))
    assert r.status == "pass"
    assert "no fee disclosure is required" in r.summary
    r = public_sector.run(context(public(claim_kind="pre_sales", transaction_date="2025-08-01"), page_doc("SOW")))
    assert r.status == "pass"


def test_partner_activities_in_india_need_disclosure() -> None:
    claim = make_claim(PARTNER_ACTIVITIES, customer__segment="public_sector", customer__country="IN")
    r = public_sector.run(context(claim, page_doc("Workshop delivered")))
    assert r.status == "fail"
    assert "Partner Activities claim for a public-sector customer in IN" in r.summary
    psd = page_doc(DISCLOSURE, "PSD.pdf", "public_sector_disclosure")
    assert public_sector.run(context(claim, page_doc("Workshop delivered"), psd)).status == "pass"


def test_country_list_not_on_file_warns_outside_known_countries() -> None:
    r = public_sector.run(context(public(customer__country="DE"), page_doc("SOW")))
    assert r.status == "warn"
    assert "Country Ineligibility List is not on file" in r.summary
    assert "DE" in r.summary


def test_country_list_rules_only_modern_work_and_security_usage_claims() -> None:
    """Seed: "Public Sector (only applicable for Modern Work & Security usage incentive claims ...)"."""
    policy = with_policy("public_sector", {"ineligible_countries.countries": ["RU"]})
    for claim in (
        make_claim(PARTNER_ACTIVITIES, customer__segment="public_sector", customer__country="NL"),
        public(customer__country="NL", solution_area="Azure"),
    ):
        r = public_sector.run(context(claim, page_doc("Workshop delivered")))
        assert r.status == "pass", r.summary
        assert "rules only Modern Work and Security usage claims" in r.summary
        restricted = replace(claim, customer=replace(claim.customer, country="RU"))
        r = public_sector.run(CheckContext(claim=restricted, documents=[page_doc("SOW")], policy=policy))
        assert r.status == "pass", r.summary
        assert not r.reject
    r = public_sector.run(context(public(customer__country="NL"), page_doc("SOW")))
    assert r.status == "warn", "a Modern Work usage claim is still checked against the list"


def test_restricted_country_is_rejected() -> None:
    policy = with_policy("public_sector", {"ineligible_countries.countries": ["RU"]})
    claim = public(customer__country="RU")
    r = public_sector.run(CheckContext(claim=claim, documents=[page_doc("SOW")], policy=policy))
    assert r.status == "fail"
    assert r.reject
    assert "Public Sector Country Ineligibility List" in r.summary
    # with the list on file, other countries are checked against it and pass
    r = public_sector.run(CheckContext(claim=public(customer__country="DE"), documents=[], policy=policy))
    assert r.status == "pass", r.summary


def test_unreadable_poe_and_no_disclosure_warns() -> None:
    broken = Document(path="POE/scan.pdf", role="poe", kind="pdf", sha256="0" * 64, error="the PDF is encrypted")
    r = public_sector.run(context(public(), broken))
    assert r.status == "warn"
    assert "POE/scan.pdf (the PDF is encrypted)" in r.summary


# -- submission_window -----------------------------------------------------------------------------
def pa(**changes: Any) -> Any:
    return make_claim(PARTNER_ACTIVITIES, **changes)


def test_cpor_not_applicable() -> None:
    assert submission_window.run(context(make_claim())).status == "not_applicable"


def test_within_standard_deadline_passes() -> None:
    r = submission_window.run(context(pa()))  # consent 2025-07-01, submitted 2025-09-15
    assert r.status == "pass"
    assert "76 days after customer consent on 2025-07-01" in r.summary
    assert "90 days" in r.summary
    assert {e.quote for e in r.evidence} >= {"consent_date: 2025-07-01"}


def test_late_submission_is_rejected_with_the_seed_wording() -> None:
    claim = pa(submitted_at="2025-11-02T10:00:00Z", history=[])
    r = submission_window.run(context(claim))
    assert r.status == "fail"
    assert r.reject
    assert r.summary.startswith(
        "Submitted 2025-11-02, 124 days after customer consent on 2025-07-01; the standard activity deadline is 90 days"
    )
    assert "Claim Expiration Timelines" in r.summary


@pytest.mark.parametrize(
    ("activity", "limit"),
    [("assessment", 60), ("standard", 90), ("xs_small", 120), ("medium", 200), ("large", 260)],
)
def test_deadline_boundaries(activity: str, limit: int) -> None:
    import datetime as dt

    consent = dt.date(2025, 3, 1)
    on_time = consent + dt.timedelta(days=limit)
    late = on_time + dt.timedelta(days=1)
    for day, status in ((on_time, "pass"), (late, "fail")):
        claim = pa(
            engagement__activity_type=activity,
            consent_date=consent.isoformat(),
            submitted_at=f"{day.isoformat()}T12:00:00+00:00",
            history=[],
        )
        r = submission_window.run(context(claim))
        assert r.status == status, (activity, day, r.summary)


def test_engagement_specific_deadline_from_summary_page() -> None:
    # AMMP Small: "Partner has 120 days from date of receiving customer consent" even if typed standard
    claim = pa(
        engagement__name="AMMP App/Data Modernization (Small)",
        engagement__activity_type="standard",
        submitted_at="2025-10-20T10:00:00Z",
        history=[],
    )
    r = submission_window.run(context(claim))
    assert r.status == "pass", r.summary
    assert "the deadline for AMMP App/Data Modernization (Small) of 120 days" in r.summary


def test_missing_consent_date_warns() -> None:
    r = submission_window.run(context(pa(consent_date=None)))
    assert r.status == "warn"
    assert "no customer consent date" in r.summary


def test_resubmission_after_action_required() -> None:
    history = [
        {"action": "submission", "at": "2025-08-01T10:00:00Z", "by": "pkaur@fabrikam.com"},
        {"action": "action_required", "at": "2025-08-05T10:00:00Z", "by": "reviewer"},
    ]
    ok = pa(submitted_at="2025-10-20T10:00:00Z", history=history, status="under_review")
    r = submission_window.run(context(ok))
    assert r.status == "pass", r.summary
    assert "Submitted 2025-08-01, 31 days" in r.summary
    assert "Resubmitted 2025-10-20" in r.summary
    late = pa(submitted_at="2025-11-15T10:00:00Z", history=history)
    r = submission_window.run(context(late))
    assert r.status == "fail"
    assert r.reject
    assert "Resubmitted 2025-11-15, 137 days" in r.summary
    assert "120 days" in r.summary


def test_submitted_before_consent_warns() -> None:
    r = submission_window.run(context(pa(consent_date="2025-10-01")))
    assert r.status == "warn"
    assert "before the customer consent" in r.summary


# -- every real-world document through these checks ------------------------------------------------
@pytest.mark.realworld
def test_realworld_documents_never_break_these_checks(realworld: Path) -> None:
    """Each real-world file as the POE (or the invoice) of a public-sector Partner Activities claim."""
    from poe_reviewer.checks import attestations, customer_domain, invoice, required_documents

    checks = (
        required_documents, customer_domain, ineligible_customer, public_sector, invoice, attestations,
        submission_window,
    )  # fmt: skip
    claim = make_claim(PARTNER_ACTIVITIES, customer__segment="public_sector", customer__country="US")
    unreadable = 0
    for path in sorted(p for p in realworld.rglob("*") if p.is_file() and p.suffix.lower() != ".md"):
        role = "invoice" if path.parent.name == "invoices" else "poe"
        doc = read_realworld(path, f"{path.parent.name}/{path.name}", role)
        known = {d.path for d in doc.walk()} | {"claim.json"}
        for check in checks:
            r = check.run(context(claim, doc))
            assert r.status in ("pass", "fail", "warn", "not_applicable"), (path.name, check.CHECK_ID)
            assert r.summary.strip(), (path.name, check.CHECK_ID)
            for e in r.evidence:
                assert e.document in known, (path.name, check.CHECK_ID, e.document)
                assert e.page is None or e.page >= 1
                assert e.bbox is None or len(e.bbox) == 4
        if doc.error is not None:
            unreadable += 1
            r = required_documents.run(context(claim, doc))
            name = "invoice" if role == "invoice" else "POE document"
            assert f"unreadable: {name} {doc.path} ({doc.error})".lower() in r.summary.lower(), path.name
    assert unreadable >= 5  # the corpus has broken, encrypted and truncated files


@pytest.mark.parametrize(
    ("customer_text", "partner_text"),
    [
        # each company's own letterhead footer names the same group
        ("Helios Conseil SARL · RCS 812 552 · A Tylos Group company", "Fabrikam, Inc. · a Tylos Group company"),
        # the customer signs its survey with its group, the partner's invoice says it is a member
        ("Signature: Niamh Byrne, Helios Conseil SARL (Lion City Group), CIO",
         "Fabrikam, Inc. is a member of the Lion City Group."),
    ],
)  # fmt: skip
def test_sister_companies_by_their_own_group_footers_are_affiliates(customer_text: str, partner_text: str) -> None:
    claim = make_claim(customer__name="Helios Conseil SARL", customer__domain="helios-conseil.fr")
    letter = page_doc(customer_text, "POE/acceptance.pdf")
    r = ineligible_customer.run(context(claim, letter, page_doc(partner_text, "Invoice.pdf", role="invoice")))
    assert r.status == "fail", r.summary
    assert r.reject
    assert "sister companies" in r.summary
    assert {e.document for e in r.evidence[:2]} == {"POE/acceptance.pdf", "Invoice.pdf"}
    # one group for the customer and another for the partner: no affiliates
    other = page_doc(partner_text.replace("Tylos", "Northwind").replace("Lion City", "Northwind"), "Invoice.pdf")
    assert ineligible_customer.run(context(claim, letter, other)).status == "pass"
    # the customer's group alone says nothing about the partner
    assert ineligible_customer.run(context(claim, letter)).status == "pass"


def test_the_partners_group_company_serving_the_partner_is_an_affiliate() -> None:
    claim = make_claim(customer__name="KPG Shared Services Ltd", customer__domain="kpgshared.co.uk")
    text = (
        "KPG Shared Services Ltd is the Fabrikam Group company that provides finance, HR and payroll to Fabrikam, "
        "Inc. and the group's other trading companies."
    )
    r = ineligible_customer.run(context(claim, page_doc(text)))
    assert r.status == "fail", r.summary
    assert "the Fabrikam Group company" in r.summary
    # another group's company says nothing about the partner
    other = text.replace("the Fabrikam Group company", "the Northwind Group company")
    assert ineligible_customer.run(context(claim, page_doc(other))).status == "pass"
    # a customer whose name is "The ... Company" is no cue (the partner's name just before it on a form)
    phone = make_claim(customer__name="The Phone Company", customer__domain="phoneco.com",
                       partner__name="Redwood Crest Consulting", partner__domains=["redwoodcrest.com"])  # fmt: skip
    form = page_doc("Partner Company Name Redwood Crest Consulting Customer Company Name The Phone Company")
    assert ineligible_customer.run(context(phone, form)).status == "pass"


def test_a_partner_that_is_part_of_the_customers_holding_is_an_affiliate() -> None:
    claim = make_claim(customer__name="Hollands Glorie Holding N.V.", customer__domain="hollandsglorie.nl")
    footer = "Fabrikam, Inc. · KvK 71228447 · onderdeel van Hollands Glorie Holding N.V. / part of Hollands Glorie"
    r = ineligible_customer.run(context(claim, page_doc(footer)))
    assert r.status == "fail", r.summary
    assert "are parent and subsidiary" in r.summary
    # "part of" a project, not of a company, is no ownership
    rollout = "Fabrikam, Inc. is part of the Hollands Glorie rollout team for Microsoft 365."
    assert ineligible_customer.run(context(claim, page_doc(rollout))).status == "pass"
