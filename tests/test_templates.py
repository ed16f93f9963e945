"""Comment templates: the index, rendering for both programs, suggestions, and the sandbox."""

from __future__ import annotations

import copy
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from jinja2.exceptions import SecurityError

from poe_reviewer.checks import acknowledgement_date, customer_acknowledgement
from poe_reviewer.checks.base import CheckResult, result
from poe_reviewer.claim import Claim
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.policy import Policy, load_policy
from poe_reviewer.resources import resource_path
from poe_reviewer.templates import (
    TemplateError,
    TemplateLibrary,
    comment_templates,
    render_comment,
    suggest_template,
)
from tests.builders import PARTNER_ACTIVITIES, context, email_doc, make_claim, page_doc
from tests.conftest import SEED

REQUIRED_IDS = {
    "missing_dates",
    "missing_poe_details",
    "non_english",
    "partner_affiliate",
    "signature_older_than_12_months",
    "invoice_amount_or_currency",
    "missing_attestation_signature",
    "forwarded_email",
    "no_customer_acknowledgement",
    "workload_not_evidenced",
    "generic_activity_detail",
    "unacceptable_documents_only",
    "public_sector_disclosure_missing",
    "late_submission",
    "reused_evidence",
    "conflicting_claim",
    "approve",
    "other",
}

CPOR = make_claim()
PA = make_claim(PARTNER_ACTIVITIES)

FAILURES = [
    result(
        "acknowledgement_date",
        "fail",
        "Customer signature dated 2024-06-05 is older than 12 months before submission (2025-09-15) "
        "(seed: What constitutes valid proof of execution, item 5 (Dates)).",
    ),
    result("document_language", "fail", "POE/Vertrag.pdf is in German, not English."),
    result("workload_match", "fail", "MICROSOFT DEFENDER ENDPOINT is not connected to anything the POE describes."),
    result("required_documents", "warn", "poe.pdf may be the POE."),
    result("activity_detail", "pass", "Activities are stated in detail."),
]


def ids() -> list[str]:
    return [t.id for t in comment_templates()]


def test_index_has_every_template_the_reviewers_need() -> None:
    assert set(ids()) >= REQUIRED_IDS
    for t in comment_templates():
        assert t.verdict in ("approve", "reject", "action_required"), t.id
        assert t.title
        assert t.body
    verdicts = {t.id: t.verdict for t in comment_templates()}
    for tid in ("partner_affiliate", "late_submission", "reused_evidence", "conflicting_claim"):
        assert verdicts[tid] == "reject"
    assert verdicts["approve"] == "approve"
    assert verdicts["non_english"] == "action_required"


def test_every_seed_reference_is_a_section_of_the_seed() -> None:
    if not SEED.is_file():
        pytest.fail(f"seed not found at {SEED}")
    headings = {line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()}
    for t in comment_templates():
        assert t.seed in headings, f"{t.id}: seed section {t.seed!r} is not a line of the seed"


@pytest.mark.parametrize("claim", [CPOR, PA], ids=["cpor", "partner_activities"])
@pytest.mark.parametrize("template_id", sorted(REQUIRED_IDS | {"other_reject", "missing_documents"}))
def test_every_template_renders_for_both_programs(template_id: str, claim: Claim) -> None:
    for results in (FAILURES, []):
        text = render_comment(template_id, claim, results, reviewer_name="Ana Silva")
        assert text.startswith("Dear Partner,")
        assert re.search(r"\nBest regards,\nAna Silva\n.*POE Validation Team$", text), text[-200:]
        assert "{{" not in text
        assert "{%" not in text
        assert "None" not in text
        assert "seed:" not in text
        assert "\n\n\n" not in text
        assert claim.claim_id in text
        assert all(line == line.rstrip() for line in text.splitlines())


def test_all_templates_render() -> None:
    # Templates added later are covered too.
    for t in comment_templates():
        for claim in (CPOR, PA):
            assert render_comment(t.id, claim, FAILURES).endswith("POE Validation Team")


def test_action_required_comment_asks_for_resubmission_by_the_deadline() -> None:
    text = render_comment("non_english", CPOR, FAILURES, reviewer_name="Ana Silva", respond_by=dt.date(2025, 10, 3))
    assert "POE/Vertrag.pdf is in German, not English." in text
    assert "Upload English language version of documentation specified above." in text
    assert "Resubmit your claim (status will then change to Under Review)" in text
    assert "You have 14 calendar days, until October 3, 2025, to resubmit" in text
    # The other failures are listed once, the template's own finding is not repeated.
    assert "Please also address the following:" in text
    assert text.count("is in German") == 1
    assert "older than 12 months before submission (2025-09-15)." in text
    assert "CPOR - POE Validation Team" in text


def test_partner_activities_deadline_counts_from_consent() -> None:
    text = render_comment("missing_dates", PA, FAILURES)
    assert "within 120 days of customer consent (October 29, 2025)" in text
    assert "MCI Engagements - POE Validation Team" in text
    assert "Enable Frontline Workshop" in render_comment("approve", PA, [])


def test_rejection_comment() -> None:
    failing = [result("ineligible_customer", "fail", "The customer Fabrikam Services is the partner.", reject=True)]
    text = render_comment("partner_affiliate", CPOR, failing)
    assert "Partner affiliate entities are not eligible" in text
    assert "has been rejected" in text
    assert "- The customer Fabrikam Services is the partner." in text
    assert "servicerequests/create?category=incentives" in text
    assert "Resubmit" not in text
    assert "dispute" in render_comment("reused_evidence", CPOR, failing)


def test_reviewer_note_and_conflict_reason_from_extra() -> None:
    text = render_comment(
        "conflicting_claim",
        CPOR,
        [],
        extra={"note": "Please see page 3.", "reason": "The other partner deployed Intune for 900 devices."},
    )
    assert "Please see page 3." in text
    assert "The other partner deployed Intune for 900 devices." in text
    assert "Best regards,\nCPOR - POE Validation Team" in text  # no reviewer name: no empty line


def test_other_partners_details_never_reach_the_comment() -> None:
    reused = result(
        "reused_evidence",
        "fail",
        "The POE text of POE/poe.pdf is the same as claim 3011111 (Northwind Traders, partner Tailspin Toys).",
        reject=True,
    )
    for t in comment_templates():
        text = render_comment(t.id, CPOR, [reused, *FAILURES])
        for secret in ("Northwind", "Tailspin", "3011111"):
            assert secret not in text, t.id


def test_claim_data_is_never_compiled_as_template() -> None:
    claim = make_claim(customer__name="{{ 7*7 }} {% raw %}Contoso", partner__name="{{ ''.__class__ }}")
    text = render_comment("missing_poe_details", claim, [])
    assert "{{ 7*7 }} {% raw %}Contoso" in text
    assert "{{ ''.__class__ }}" in text
    assert "49" not in text


# --- suggestions -------------------------------------------------------------------------------


def fail(check_id: str, summary: str = "Something is wrong.", *, reject: bool = False) -> CheckResult:
    return result(check_id, "fail", summary, reject=reject)


def test_suggest_reject_class_first() -> None:
    results = [
        fail("document_language"),
        fail("ineligible_customer", "The customer is the partner.", reject=True),
        fail("workload_match"),
    ]
    assert suggest_template(results, CPOR) == "partner_affiliate"
    assert suggest_template([fail("submission_window", reject=True), fail("invoice")], PA) == "late_submission"
    assert suggest_template([fail("reused_evidence", reject=True)], CPOR) == "reused_evidence"
    assert suggest_template([fail("reused_evidence", reject=False)], CPOR) == "reused_evidence_resubmit"
    assert suggest_template([fail("public_sector", reject=True)], CPOR) == "public_sector_restricted_country"
    assert suggest_template([fail("public_sector")], CPOR) == "public_sector_disclosure_missing"
    # A reject-class failure without a template of its own still suggests a rejection.
    assert suggest_template([fail("activity_detail", reject=True)], CPOR) == "other_reject"


@pytest.mark.parametrize(
    ("check_id", "summary", "expected"),
    [
        ("document_language", "x", "non_english"),
        ("customer_acknowledgement", "Not valid: RE_ ack.msg is a forwarded e-mail.", "forwarded_email"),
        ("customer_acknowledgement", "No customer signature or acknowledgement found.", "no_customer_acknowledgement"),
        (
            "acknowledgement_date",
            "Signature dated 2024-01-02 is older than 12 months",
            "signature_older_than_12_months",
        ),
        ("acknowledgement_date", "No date of customer signature or acknowledgement found", "missing_dates"),
        ("acknowledgement_date", "is not before the transaction date (2025-08-01)", "pre_sales_engagement_date"),
        ("partner_customer_names", "x", "missing_poe_details"),
        ("workload_match", "x", "workload_not_evidenced"),
        ("activity_detail", "x", "generic_activity_detail"),
        ("unacceptable_documents", "x", "unacceptable_documents_only"),
        ("customer_domain", "x", "customer_domain_mismatch"),
        ("required_documents", "x", "missing_documents"),
        ("some_new_check", "x", "other"),
    ],
)
def test_suggest_fixable(check_id: str, summary: str, expected: str) -> None:
    assert suggest_template([fail(check_id, summary)], CPOR) == expected


def test_suggest_order_among_fixable_failures() -> None:
    results = [fail("workload_match"), fail("activity_detail"), fail("document_language")]
    assert suggest_template(results, CPOR) == "non_english"
    assert suggest_template([fail("invoice"), fail("attestations")], PA) == "invoice_amount_or_currency"
    assert suggest_template([fail("attestations")], PA) == "missing_attestation_signature"


def test_suggest_approve_only_when_every_check_had_its_say() -> None:
    passing = [result("workload_match", "pass", "ok"), result("invoice", "not_applicable", "CPOR")]
    assert suggest_template(passing, CPOR) == "approve"
    assert suggest_template([*passing, result("customer_domain", "warn", "cannot judge")], CPOR) is None
    assert suggest_template([*passing, result("customer_domain", "error", "crashed")], CPOR) is None
    assert suggest_template([], CPOR) is None


def test_suggestions_follow_the_real_checks_wording() -> None:
    claim = make_claim()
    old = page_doc("Fabrikam Contoso Intune deployment\nE-Signed by: John Doe\nSignature Date Signed 6/5/2024")
    undated = page_doc("Fabrikam Contoso Intune deployment for 900 devices")
    forwarded = email_doc(
        "FYI see below\n\nFrom: John Doe\nWe confirm Fabrikam deployed Intune for us.",
        subject="FW: Intune deployment",
        forwarded=True,
        sender="pkaur@fabrikam.com",
        sender_name="Priya Kaur",
    )
    r_old = acknowledgement_date.run(context(claim, old))
    r_undated = acknowledgement_date.run(context(claim, undated))
    r_forwarded = customer_acknowledgement.run(context(claim, forwarded))
    assert [r.status for r in (r_old, r_undated, r_forwarded)] == ["fail", "fail", "fail"]
    assert suggest_template([r_old], claim) == "signature_older_than_12_months"
    assert suggest_template([r_undated], claim) == "missing_dates"
    assert suggest_template([r_forwarded], claim) == "forwarded_email"
    text = render_comment("signature_older_than_12_months", claim, [r_old])
    assert "dated 2024-06-05 (" in text
    assert "is older than 12 months before submission (2025-09-15)" in text


# --- the sandbox and a broken index --------------------------------------------------------------


def library_with(tmp_path: Path, body: str) -> TemplateLibrary:
    directory = tmp_path / "templates"
    shutil.copytree(resource_path("templates"), directory)
    (directory / "evil.j2").write_text(body, encoding="utf-8")
    with (directory / "templates.toml").open("a", encoding="utf-8") as fh:
        fh.write(
            '\n[[template]]\nid = "evil"\ntitle = "t"\nverdict = "reject"\nseed = "Claim rejection"\nfile = "evil.j2"\n'
        )
    return TemplateLibrary(directory)


@pytest.mark.parametrize(
    "body",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ claim.__class__ }}",
        "{{ claim|attr('__class__') }}",
        "{{ cycler.__init__.__globals__.os }}",
        "{{ lipsum.__globals__['os'].popen('id').read() }}",
        "{{ self._TemplateReference__context }}",
        "{{ '{0.__class__}'.format(claim) }}",
        "{{ extra.update({'note': 'x'}) }}",
        "{{ claim.workloads.append('X') }}",
    ],
)
def test_templates_are_inert(tmp_path: Path, body: str) -> None:
    lib = library_with(tmp_path, "Dear Partner,\n" + body)
    with pytest.raises(SecurityError) as info:
        lib.render("evil", CPOR, FAILURES)
    assert isinstance(info.value, PoeReviewerError)  # the CLI and workbench show it as a message


def test_template_errors_are_messages(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="uses a value it is not given"):
        library_with(tmp_path / "a", "{{ claim.no_such_field }}").render("evil", CPOR, [])
    with pytest.raises(TemplateError, match="cannot be filled in"):
        library_with(tmp_path / "b", '{% include "../templates.toml" %}').render("evil", CPOR, [])
    with pytest.raises(TemplateError, match="cannot be filled in"):
        library_with(tmp_path / "c", "{% for i in range(10**9) %}{% endfor %}").render("evil", CPOR, [])
    with pytest.raises(TemplateError, match="no comment template 'nope'"):
        render_comment("nope", CPOR, [])


def entry(tid: str, file: str, verdict: str = "approve") -> str:
    return f'\n[[template]]\nid = "{tid}"\ntitle = "t"\nverdict = "{verdict}"\nseed = "s"\nfile = "{file}"\n'


@pytest.mark.parametrize(
    ("files", "index", "message"),
    [
        ({"a.j2": "{% if %}"}, entry("a", "a.j2"), "a.j2 line 1"),
        ({"a.j2": "ok"}, entry("a", "a.j2", verdict="maybe"), "verdict must be one of"),
        ({"a.j2": "ok"}, entry("a", "a.j2") + entry("a", "a.j2"), "listed twice"),
        ({"a.j2": "ok"}, entry("a", "missing.j2"), "is not a file of"),
        ({"a.j2": "ok"}, "[signature]\ncpor = 'x'\n", "no \\[\\[template\\]\\] entries"),
        ({"a.j2": "ok"}, entry("a", "a.j2") + 'summary = "(["\n', "not a regular expression"),
        ({"a.j2": "ok"}, entry("a", "a.j2") + 'programs = ["retail"]\n', "unknown program"),
        ({"a.j2": "ok"}, "[[template\n", "templates.toml"),
    ],
)
def test_broken_index_is_refused(tmp_path: Path, files: dict[str, str], index: str, message: str) -> None:
    for name, body in files.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    (tmp_path / "templates.toml").write_text(index, encoding="utf-8")
    with pytest.raises(TemplateError, match=message):
        TemplateLibrary(tmp_path)


def test_template_file_outside_the_folder_is_refused(tmp_path: Path) -> None:
    directory = tmp_path / "templates"
    shutil.copytree(resource_path("templates"), directory)
    (tmp_path / "outside.j2").write_text("x", encoding="utf-8")
    with (directory / "templates.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[template]]\nid = "x"\ntitle = "t"\nverdict = "approve"\nseed = "s"\nfile = "../outside.j2"\n')
    with pytest.raises(TemplateError, match="is not a file of"):
        TemplateLibrary(directory)


def test_day_counts_in_comments_come_from_policy() -> None:
    base = load_policy()
    deadlines = copy.deepcopy(dict(base["deadlines"]))
    deadlines["other"] = {**deadlines["other"], "dispute_days_after_rejection": 21}
    deadlines["cpor"] = {**deadlines["cpor"], "action_required_days": 10}
    policy = Policy({**{k: base[k] for k in base}, "deadlines": deadlines})
    assert "You have 21 days from this rejection" in render_comment("other_reject", CPOR, FAILURES, policy=policy)
    text = render_comment("missing_dates", CPOR, FAILURES, policy=policy, respond_by=dt.date(2025, 9, 29))
    assert "You have 10 calendar days, until September 29, 2025, to resubmit" in text
