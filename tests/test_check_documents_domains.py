"""Tests of the required_documents and customer_domain checks and the shared domain helpers."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from poe_reviewer.checks import customer_domain, required_documents
from poe_reviewer.checks.base import CheckContext
from poe_reviewer.documents.model import Address, Document, QuotedMessage
from poe_reviewer.documents.registry import extract_document
from poe_reviewer.domains import DomainRules, email_address, email_domain, normalize_domain
from poe_reviewer.policy import Policy, load_policy
from tests.builders import PARTNER_ACTIVITIES, context, email_doc, make_claim, page_doc
from tests.conftest import read_realworld


@pytest.fixture(scope="module")
def rules() -> DomainRules:
    return DomainRules.from_policy(load_policy())


def survey_doc(respondent: str = "customer", path: str | None = None, role: str | None = None) -> Document:
    import json

    data = {
        "format": "poe-attestation/1",
        "claim_id": "3016006",
        "respondent": respondent,
        "completed_at": "2025-07-02T10:11:00Z",
        "answers": [{"question": "Delivered?", "answer": "Yes"}],
        "signature": {"full_name": "Susie Jones", "company": "Contoso Ltd", "job_title": "IT Administrator"},
    }
    return extract_document(
        json.dumps(data).encode(), path or f"{respondent}_survey.json", role or f"{respondent}_attestation"
    )


def full_partner_activities_docs() -> list[Document]:
    return [
        page_doc("CLAIM INVOICE 3016006 Fabrikam $1,000.00 USD", "invoice.pdf", "invoice"),
        page_doc("Enable Frontline Workshop delivered for Contoso", "poe.pdf", "poe"),
        survey_doc("customer"),
        survey_doc("partner"),
    ]


# -- domains.py -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"Doe, John" <John.Doe@Contoso.com>', "john.doe@contoso.com"),
        ("mailto:jane@it.contoso.com", "jane@it.contoso.com"),
        ("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=JDOE", None),
        ("Myriam VAREME", None),
        ("", None),
        (None, None),
    ],
)
def test_email_address(value: str | None, expected: str | None) -> None:
    assert email_address(value) == expected


def test_normalize_domain_and_registrable(rules: DomainRules) -> None:
    assert normalize_domain("https://www.Contoso.com/about") == "contoso.com"
    assert normalize_domain("not a domain") is None
    assert email_domain("a@IT.Contoso.COM") == "it.contoso.com"
    assert rules.registrable("it.emea.contoso.co.uk") == "contoso.co.uk"
    assert rules.registrable("it.contoso.com") == "contoso.com"
    # a customer's tenant domain belongs to the customer, not to Microsoft
    assert rules.registrable("contoso.onmicrosoft.com") == "contoso.onmicrosoft.com"
    assert rules.registrable("contoso.mail.onmicrosoft.com") == "contoso.mail.onmicrosoft.com"
    assert rules.belongs_to("it.contoso.com", ["contoso.com"]) == "contoso.com"
    assert rules.belongs_to("contoso.com", ["it.contoso.com"]) == "it.contoso.com"
    assert rules.belongs_to("contoso.co.uk", ["contoso.com"]) is None


@pytest.mark.parametrize(
    ("domain", "consumer"),
    [
        ("gmail.com", True),
        ("hotmail.fr", True),
        ("yahoo.co.uk", True),
        ("mail.yahoo.com", True),
        ("outlook.de", True),
        ("qq.com", True),
        ("contoso.com", False),
        ("outlookconsulting.com", False),
        ("contoso.onmicrosoft.com", False),
    ],
)
def test_consumer_domains(rules: DomainRules, domain: str, consumer: bool) -> None:
    assert rules.is_consumer(domain) is consumer


@pytest.mark.parametrize(
    ("domain", "strong", "reason_part"),
    [
        ("c0ntoso.com", True, "look-alike characters"),
        ("contoso-corp.com", True, "adds other words"),
        ("contosocorp.com", True, "adds other words"),
        ("contoso.co", True, "ending .co instead of .com"),
        ("contoso.cm", True, "ending"),
        ("contosso.com", True, "typo"),
        ("cotnoso.com", True, "typo"),
        ("cοntoso.com", True, "look-alike characters"),  # Greek omicron
        ("сontoso.com", True, "look-alike characters"),  # Cyrillic es
        ("contoso.com.evil.net", True, "in front of another domain"),
        ("contoso.de", False, "another ending"),
        ("contoso.co.uk", False, "another ending"),
    ],
)
def test_lookalikes(rules: DomainRules, domain: str, strong: bool, reason_part: str) -> None:
    la = rules.lookalike(domain, "contoso.com")
    assert la is not None, domain
    assert la.strong is strong
    assert reason_part in la.reason


def test_lookalike_rn_for_m_and_punycode(rules: DomainRules) -> None:
    la = rules.lookalike("rnicrosoft.com", "microsoft.com")
    assert la is not None
    assert la.strong
    puny = "сontoso.com".encode("idna").decode("ascii")  # Cyrillic с as punycode xn--...
    assert puny.startswith("xn--")
    domain = normalize_domain(f"j@{puny}")
    assert domain is not None
    la = rules.lookalike(domain, "contoso.com")
    assert la is not None
    assert la.strong


@pytest.mark.parametrize("domain", ["contoso.com", "it.contoso.com", "fabrikam.com", "northwind.com", "cont.com"])
def test_not_lookalikes(rules: DomainRules, domain: str) -> None:
    assert rules.lookalike(domain, "contoso.com") is None


# -- required_documents ----------------------------------------------------------------------------
def test_partner_activities_all_components_pass() -> None:
    claim = make_claim(PARTNER_ACTIVITIES)
    r = required_documents.run(context(claim, *full_partner_activities_docs()))
    assert r.status == "pass", r.summary
    assert "invoice (invoice.pdf)" in r.summary
    assert "customer attestation (customer_survey.json)" in r.summary
    assert {e.document for e in r.evidence} >= {"invoice.pdf", "poe.pdf"}


def test_missing_invoice_fails_fixable() -> None:
    claim = make_claim(
        PARTNER_ACTIVITIES, documents=[d for d in PARTNER_ACTIVITIES["documents"] if d["role"] != "invoice"]
    )
    docs = [d for d in full_partner_activities_docs() if d.role != "invoice"]
    r = required_documents.run(context(claim, *docs))
    assert r.status == "fail"
    assert not r.reject
    assert "Missing: invoice (no document with role 'invoice')" in r.summary


def test_listed_but_missing_file_is_named() -> None:
    claim = make_claim(PARTNER_ACTIVITIES)
    docs = [d for d in full_partner_activities_docs() if d.role != "customer_attestation"]
    r = required_documents.run(context(claim, *docs, missing=["customer_survey.json"]))
    assert r.status == "fail"
    assert "customer_survey.json is listed in claim.json but not in the bundle" in r.summary
    assert "customer attestation" in r.summary


def test_unreadable_document_fails_naming_file_and_error() -> None:
    claim = make_claim(PARTNER_ACTIVITIES)
    docs = full_partner_activities_docs()
    broken = extract_document(b"%PDF-1.4 garbage", "invoice.pdf", "invoice")
    assert broken.error
    docs[0] = broken
    r = required_documents.run(context(claim, *docs))
    assert r.status == "fail"
    assert "Unreadable: invoice invoice.pdf" in r.summary
    assert broken.error in r.summary
    assert "upload" in r.summary


def test_cpor_needs_one_poe_document() -> None:
    claim = make_claim()
    assert required_documents.run(context(claim, page_doc("SOW signed by Contoso"))).status == "pass"
    r = required_documents.run(context(claim))
    assert r.status == "fail"
    assert "POE document" in r.summary
    # only a supporting document: someone has to look at it
    r = required_documents.run(context(claim, page_doc("SOW", "extra.pdf", "supporting")))
    assert r.status == "warn"
    assert "extra.pdf" in r.summary
    # CPOR does not need an invoice or surveys
    r = required_documents.run(context(claim, page_doc("SOW")))
    assert "invoice" not in r.summary


def test_public_sector_disclosure_required_in_india() -> None:
    claim = make_claim(PARTNER_ACTIVITIES, customer__segment="public_sector", customer__country="IN")
    r = required_documents.run(context(claim, *full_partner_activities_docs()))
    assert r.status == "fail"
    assert "Missing: public sector disclosure" in r.summary
    psd = page_doc("Public Sector Disclosure form\nSigned by customer", "psd.pdf", "public_sector_disclosure")
    r = required_documents.run(context(claim, *full_partner_activities_docs(), psd))
    assert r.status == "pass", r.summary
    assert "public sector disclosure (psd.pdf)" in r.summary
    # commercial customers in India need none
    claim = make_claim(PARTNER_ACTIVITIES, customer__country="IN")
    assert required_documents.run(context(claim, *full_partner_activities_docs())).status == "pass"
    # public-sector customers in Germany need none either
    claim = make_claim(PARTNER_ACTIVITIES, customer__segment="public_sector", customer__country="DE")
    assert required_documents.run(context(claim, *full_partner_activities_docs())).status == "pass"


def test_public_sector_disclosure_inside_the_poe_counts() -> None:
    claim = make_claim(PARTNER_ACTIVITIES, customer__segment="public_sector", customer__country="US")
    docs = full_partner_activities_docs()
    docs[1] = page_doc(
        "Enable Frontline Workshop delivered for Contoso\n"
        "Fabrikam discloses that it will receive fees from Microsoft for this engagement.\n"
        "Acknowledged and signed by John Doe, Contoso, 2025-08-01",
        "poe.pdf",
        "poe",
    )
    r = required_documents.run(context(claim, *docs))
    assert r.status == "pass", r.summary
    assert "public sector disclosure (in poe.pdf)" in r.summary


def test_waiver_from_policy_skips_customer_attestation() -> None:
    base = load_policy()
    section = copy.deepcopy(dict(base["required_documents"]))
    section["partner_activities"]["waivers"] = [
        {
            "component": "customer_attestation",
            "engagements": ["Enable Frontline Workshop"],
            "activity_types": [],
        }
    ]
    policy = Policy({**{k: base[k] for k in base}, "required_documents": section})
    claim = make_claim(PARTNER_ACTIVITIES)
    docs = [d for d in full_partner_activities_docs() if d.role != "customer_attestation"]
    r = required_documents.run(CheckContext(claim=claim, documents=docs, policy=policy))
    assert r.status == "pass", r.summary
    assert "Customer attestation not required for engagement Enable Frontline Workshop" in r.summary
    # the shipped policy waives nothing
    assert load_policy()["required_documents"]["partner_activities"]["waivers"] == []


# -- customer_domain -------------------------------------------------------------------------------
def test_no_emails_is_not_applicable() -> None:
    r = customer_domain.run(context(make_claim(), page_doc("Signed SOW")))
    assert r.status == "not_applicable"
    assert r.summary == "No acknowledgement e-mails in the POE."


def test_customer_email_passes_with_located_evidence() -> None:
    r = customer_domain.run(context(make_claim(), email_doc("We confirm the Intune rollout.")))
    assert r.status == "pass", r.summary
    assert "john.doe@contoso.com (POE/ack.msg)" in r.summary
    assert r.evidence[0].document == "POE/ack.msg"
    assert "john.doe@contoso.com" in r.evidence[0].quote
    assert r.evidence[0].page is None


@pytest.mark.parametrize("sender", ["jane@it.contoso.com", "jane@CONTOSO.COM", "ops@emea.it.contoso.com"])
def test_customer_subdomains_pass(sender: str) -> None:
    r = customer_domain.run(context(make_claim(), email_doc("OK", sender=sender)))
    assert r.status == "pass", r.summary


def test_customer_contact_domain_counts() -> None:
    claim = make_claim(customer__contact={"name": "Jane", "email": "jane@contoso-health.org"})
    r = customer_domain.run(context(claim, email_doc("OK", sender="jane@contoso-health.org")))
    assert r.status == "pass", r.summary


@pytest.mark.parametrize(
    ("sender", "words"),
    [
        ("john.doe@gmail.com", "consumer mail address"),
        ("john.doe@hotmail.co.uk", "consumer mail address"),
        ("john.doe@c0ntoso.com", "look-alike characters"),
        ("john.doe@contoso-corp.com", "adds other words"),
        ("john.doe@contoso.co", "instead of .com"),
        ("john.doe@cοntoso.com", "look-alike characters"),
    ],
)
def test_consumer_and_lookalike_senders_fail(sender: str, words: str) -> None:
    r = customer_domain.run(context(make_claim(), email_doc("Approved.", sender=sender)))
    assert r.status == "fail"
    assert not r.reject
    assert sender.lower() in r.summary
    assert words in r.summary
    assert r.evidence
    assert r.evidence[0].document == "POE/ack.msg"


def test_bad_sender_fails_even_next_to_a_good_one() -> None:
    good = email_doc("Approved.")
    bad = email_doc("Approved too.", sender="john@gmail.com", path="POE/other.msg")
    r = customer_domain.run(context(make_claim(), good, bad))
    assert r.status == "fail"
    assert "john@gmail.com (POE/other.msg)" in r.summary


def test_partner_only_emails_are_not_applicable() -> None:
    r = customer_domain.run(context(make_claim(), email_doc("Here is our plan.", sender="pkaur@fabrikam.com")))
    assert r.status == "not_applicable"
    assert "partner only" in r.summary
    assert "pkaur@fabrikam.com" in r.summary


def test_unrelated_domain_only_fails() -> None:
    r = customer_domain.run(context(make_claim(), email_doc("Looks good.", sender="bob@northwind.com")))
    assert r.status == "fail"
    assert "bob@northwind.com" in r.summary
    assert "contoso.com" in r.summary


def test_unrelated_domain_next_to_customer_is_only_noted() -> None:
    r = customer_domain.run(
        context(make_claim(), email_doc("OK"), email_doc("FYI", sender="bob@northwind.com", path="POE/b.msg"))
    )
    assert r.status == "pass"
    assert "bob@northwind.com" in r.summary
    assert "not counted" in r.summary


def test_regional_domain_of_customer_name_warns() -> None:
    r = customer_domain.run(context(make_claim(), email_doc("OK", sender="jan@contoso.de")))
    assert r.status == "warn"
    assert "jan@contoso.de" in r.summary


def test_exchange_internal_sender_warns() -> None:
    doc = email_doc("Approved")
    assert doc.email is not None
    doc.email.sender = Address("Myriam VAREME", "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=MVAREME")
    r = customer_domain.run(context(make_claim(), doc))
    assert r.status == "warn"
    assert "Myriam VAREME" in r.summary
    assert "Exchange-internal" in r.summary


def test_quoted_lookalike_sender_in_partner_thread_fails() -> None:
    doc = email_doc("Forwarding the customer's approval.", sender="pkaur@fabrikam.com")
    assert doc.email is not None
    doc.email.quoted = [QuotedMessage("John Doe <john.doe@contoso-it.com>", "1 Aug 2025", "RE: plan", "Approved")]
    r = customer_domain.run(context(make_claim(), doc))
    assert r.status == "fail"
    assert "john.doe@contoso-it.com (quoted in POE/ack.msg)" in r.summary


def test_attached_message_inside_pdf_is_checked() -> None:
    parent = page_doc("Project summary for Contoso")
    child = email_doc("Approved", sender="john@yahoo.com", path="POE/poe.pdf!/approval.msg")
    parent.children.append(child)
    r = customer_domain.run(context(make_claim(), parent))
    assert r.status == "fail"
    assert "POE/poe.pdf!/approval.msg" in r.summary


def test_printed_email_in_pdf_is_checked_with_location() -> None:
    pdf = page_doc(
        "From: John Doe <john.doe@gmail.com>\nSent: Friday, August 1, 2025 9:30 AM\nTo: Priya Kaur\n"
        "Subject: RE: Intune\nWe approve the work.",
        "POE/printed.pdf",
    )
    r = customer_domain.run(context(make_claim(), pdf))
    assert r.status == "fail"
    ev = r.evidence[0]
    assert ev.page == 1
    assert ev.bbox is not None
    assert "john.doe@gmail.com" in ev.quote
    # a form with a "From:" field but no e-mail header block is not an e-mail
    form = page_doc("Request form\nFrom: contoso@gmail.com\nBudget: 100", "POE/form.pdf")
    assert customer_domain.run(context(make_claim(), form)).status == "not_applicable"


def test_unreadable_email_warns() -> None:
    broken = Document(path="POE/broken.msg", role="poe", kind="msg", sha256="0" * 64, error="the file is corrupt")
    r = customer_domain.run(context(make_claim(), broken))
    assert r.status == "warn"
    assert "POE/broken.msg could not be read" in r.summary


def test_claim_without_customer_domain_warns() -> None:
    claim = make_claim(customer__domain=None, customer__contact={"name": "J", "email": "j@gmail.com"})
    r = customer_domain.run(context(claim, email_doc("OK", sender="j@contoso.com")))
    assert r.status == "warn"
    assert "no customer domain" in r.summary


@pytest.mark.realworld
def test_realworld_messages_never_crash(realworld: Path) -> None:
    claim = make_claim()
    statuses = {}
    for path in sorted((realworld / "msg").glob("*.msg")) + sorted((realworld / "eml").glob("*.eml")):
        doc = read_realworld(path, f"POE/{path.name}", "poe")
        r = customer_domain.run(context(claim, doc))
        assert r.status in ("pass", "fail", "warn", "not_applicable"), path.name
        assert r.summary
        statuses[path.name] = r
    # real senders are neither Contoso nor Fabrikam
    assert statuses["TxtSampleEmail.msg"].status == "fail"
    assert "chris.wilson@leeds.gov.uk" in statuses["TxtSampleEmail.msg"].summary
    assert statuses["unicode.msg"].status == "fail"
    assert "consumer mail" in statuses["unicode.msg"].summary  # brizhou@gmail.com
    # Exchange-internal sender without an SMTP address cannot be judged
    assert statuses["sender_not_found_from_exchange.msg"].status == "warn"
    # a corrupt message is reported, not raised
    fuzz = statuses["clusterfuzz-testcase-minimized-POIHSMFFuzzer-5336473854148608.msg"]
    assert fuzz.status == "warn"
    assert "could not be read" in fuzz.summary


def test_one_domain_matcher_for_every_part() -> None:
    from poe_reviewer.domains import within_any
    from poe_reviewer.findings.parties import domain_of

    assert domain_of("John Doe <John.Doe@IT.Contoso.com>") == "it.contoso.com"
    assert domain_of("no address here") is None
    assert within_any("it.contoso.com", ["Contoso.com "])
    assert within_any("contoso.com", ["contoso.com"])
    assert not within_any("contosso.com", ["contoso.com"])
    assert not within_any("notcontoso.com", ["contoso.com"])
    assert not within_any(None, ["contoso.com"])
    assert not within_any("contoso.com", ["", "  "])


def test_a_group_companys_domain_is_for_a_person_to_confirm() -> None:
    # the sender's own signature places its company in the customer's group: not the customer's
    # domain as written, not a stranger's either
    body = "I'm good to call phase 2 complete.\n\nDevon\nDirector IT\nNorthwind Drilling Ltd. - a Contoso company"
    grouped = email_doc(body, sender="devon@northwinddrilling.com")
    r = customer_domain.run(context(make_claim(), grouped))
    assert r.status == "warn", r.summary
    assert "places in the customer's group ('a Contoso company')" in r.summary
    from poe_reviewer.checks import customer_acknowledgement

    ack = customer_acknowledgement.run(context(make_claim(), grouped))
    assert ack.status == "warn", ack.summary
    assert "confirm that the domain is the customer's" in ack.summary
    # without the words, another company's domain fails as before
    stranger = email_doc("I'm good to call phase 2 complete.\nDevon", sender="devon@northwinddrilling.com")
    assert customer_domain.run(context(make_claim(), stranger)).status == "fail"
