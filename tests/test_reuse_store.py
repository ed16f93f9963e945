"""Reused evidence across the stored queue: fingerprints kept at import, the check run after import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from sqlalchemy import func, select

from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.storage import models as m
from tests.test_bundle import write_bundle
from tests.test_storage import claim_data

POE = (
    "Proof of execution for {customer}. The consultants ran the Intune deployment workshop on site, "
    "enrolled four hundred Windows laptops into Microsoft Intune, wrote the compliance baseline for the "
    "finance and engineering teams, set conditional access for unmanaged devices, and trained the help desk "
    "staff of {customer} on the new enrollment process during a two week engagement that ended with an "
    "acceptance meeting where the security lead signed off the configuration and the rollout plan for the "
    "remaining branch offices in the spring."
)
OTHER = (
    "Statement of work completion for {customer}. Our team migrated seventeen mailboxes to Exchange Online, "
    "moved the shared calendars, configured retention labels for the legal department, documented the "
    "hybrid connector removal, reviewed the spam filtering rules with the messaging administrator and held "
    "a closing review in which the operations director confirmed the cutover of every regional site and the "
    "decommissioning of the old servers at the data centre outside the city."
)


def poe_pdf(text: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(72, 72, 540, 770), text, fontsize=11)
    data: bytes = doc.tobytes()
    doc.close()
    return data


def bundle(root: Path, claim_id: str, text: str, customer: str, **changes: Any) -> Path:
    data = claim_data(claim_id, customer__name=customer, **changes)
    files = {"POE/Contoso_Intune_POE_signed.pdf": poe_pdf(text.format(customer=customer))}
    return write_bundle(root / claim_id, data, files)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ReviewQueue]:
    with ReviewQueue(f"sqlite:///{tmp_path / 'queue.db'}", actor="importer@example.com") as s:
        yield s


def reuse_result(store: ReviewQueue, claim_id: str) -> tuple[str, str]:
    detail = store.get_claim(claim_id)
    found = next(c for c in detail.checks if c.id == "reused_evidence")
    return found.status, found.summary


def test_same_poe_text_of_two_partners_imported_apart_fails_both(store: ReviewQueue, tmp_path: Path) -> None:
    first = bundle(tmp_path, "A-1", POE, "Contoso Ltd")
    second = bundle(
        tmp_path,
        "B-2",
        POE,
        "Northwind Traders",
        customer__tenant_id="11111111-2222-3333-4444-555555555555",
        customer__domain="northwind.com",
        customer__contact={"name": "Ann Lee", "email": "ann@northwind.com", "title": "CIO"},
        partner__name="Adventure Works Cycles",
        partner__location_id="9990001",
        partner__domains=["adventure-works.com"],
        partner__contact={"name": "Sam Roe", "email": "sam@adventure-works.com"},
    )
    third = bundle(tmp_path, "C-3", OTHER, "Tailspin Toys", customer__tenant_id="99999999-2222-3333-4444-555555555555")
    list(store.import_paths([first]))
    assert reuse_result(store, "A-1")[0] == "not_applicable"  # alone in the queue
    list(store.import_paths([second]))
    list(store.import_paths([third]))

    status_a, summary_a = reuse_result(store, "A-1")
    status_b, summary_b = reuse_result(store, "B-2")
    assert status_a == "fail", summary_a
    assert "B-2" in summary_a
    assert status_b == "fail", summary_b
    assert "A-1" in summary_b
    assert "another partner" in summary_b
    found_b = next(c for c in store.get_claim("B-2").checks if c.id == "reused_evidence")
    assert any(e.page == 1 and e.quote for e in found_b.evidence)  # located, quoted
    assert reuse_result(store, "C-3")[0] == "pass"

    summaries = {c.claim_id: c for c in store.list_claims()}
    assert summaries["A-1"].reused
    assert summaries["B-2"].reused
    assert not summaries["C-3"].reused
    assert "B-2" in store.get_claim("A-1").flags.get("reused_with", [])
    events = [e for e in store.audit_trail() if e.action == "reuse_check"]
    assert {e.claim_id for e in events} >= {"A-1", "B-2"}

    # the fingerprints hold hashes and short passages, not the documents' text
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.ReuseFingerprintRow)).scalar_one() == 3
        for (fp,) in conn.execute(select(m.ReuseFingerprintRow.fingerprint)):
            assert len(str(fp)) < 20_000
            assert all(len(q[3]) <= 120 for t in fp["texts"] for q in t["quotes"])


# -- resumable: what the reuse check owes survives a crash ------------------------------------------------------
def _pair(tmp_path: Path) -> list[Path]:
    """Two partners' claims sharing one POE text, and one claim with its own."""
    return [
        bundle(tmp_path, "A-1", POE, "Contoso Ltd"),
        bundle(
            tmp_path, "B-2", POE, "Northwind Traders",
            customer__tenant_id="11111111-2222-3333-4444-555555555555", customer__domain="northwind.com",
            customer__contact={"name": "Ann Lee", "email": "ann@northwind.com", "title": "CIO"},
            partner__name="Adventure Works Cycles", partner__location_id="9990001",
            partner__domains=["adventure-works.com"],
            partner__contact={"name": "Sam Roe", "email": "sam@adventure-works.com"},
        ),
        bundle(tmp_path, "C-3", OTHER, "Tailspin Toys", customer__tenant_id="99999999-2222-3333-4444-555555555555"),
    ]  # fmt: skip


def test_a_text_that_later_imports_make_everyones_boilerplate_no_longer_flags_the_first_claims(tmp_path: Path) -> None:
    # two claims share a text; four more claims with the same text arrive in a later import, which makes it
    # boilerplate: the first two lose their flag and badge, as one import of all six would have left them
    paths = _pair(tmp_path / "bundles")
    paths += [bundle(tmp_path / "bundles", f"D-{i}", OTHER, f"Customer {i}",
                     customer__tenant_id=f"{i:08d}-2222-3333-4444-555555555555") for i in range(5)]  # fmt: skip
    with ReviewQueue(f"sqlite:///{tmp_path / 'once.db'}", actor="importer@example.com") as once:
        list(once.import_paths(paths))
        wanted = verdicts(once)
    with ReviewQueue(f"sqlite:///{tmp_path / 'twice.db'}", actor="importer@example.com") as twice:
        list(twice.import_paths(paths[:4]))
        assert verdicts(twice)["D-0"][0] == "fail"  # two claims sharing a text: reuse, for now
        list(twice.import_paths(paths))
        assert verdicts(twice) == wanted
        assert "reused_with" not in twice.get_claim("D-0").flags


def verdicts(store: ReviewQueue) -> dict[str, tuple[str, str, bool]]:
    return {c.claim_id: (*reuse_result(store, c.claim_id)[:1], c.recommendation, c.reused) for c in store.list_claims()}


def test_an_import_stopped_before_its_reuse_check_is_caught_up_by_the_next(store: ReviewQueue, tmp_path: Path) -> None:
    paths = _pair(tmp_path)
    with ReviewQueue(f"sqlite:///{tmp_path / 'clean.db'}", actor="importer@example.com") as clean:
        list(clean.import_paths(paths))
        wanted = verdicts(clean)
    assert wanted["A-1"][0] == wanted["B-2"][0] == "fail"
    # a crash right after the bundles were saved: each claim alone was checked, not the queue
    for p in paths:
        store.import_bundle(p)
    assert set(store.pending_reuse()) == {"A-1", "B-2", "C-3"}
    assert reuse_result(store, "B-2")[0] != "fail", "not known yet"
    # the same bundles again: 'unchanged', and the reuse check the queue owed runs
    outcomes = list(store.import_paths(paths))
    assert all(o.outcome == "unchanged" for _p, o in outcomes)  # type: ignore[union-attr]
    assert store.pending_reuse() == []
    assert verdicts(store) == wanted


def test_an_import_abandoned_midway_still_checks_what_came_in(store: ReviewQueue, tmp_path: Path) -> None:
    paths = _pair(tmp_path)
    for _done in store.import_paths(paths[:2]):
        break  # the caller stops after the first bundle (a cancelled import)
    list(store.import_paths(paths[1:2]))
    assert store.pending_reuse() == []
    assert reuse_result(store, "A-1")[0] == "fail"


def test_claims_stored_without_fingerprints_get_them_back(store: ReviewQueue, tmp_path: Path) -> None:
    paths = _pair(tmp_path)
    list(store.import_paths(paths))
    with store.engine.begin() as conn:  # a database from before fingerprints were kept (schema 0002)
        conn.execute(m.ReuseFingerprintRow.__table__.delete())
    assert len(store.revisions_without_fingerprint()) == 3
    store.catch_up_reuse()
    assert store.revisions_without_fingerprint() == []
    assert reuse_result(store, "A-1")[0] == "fail"


@pytest.mark.slow
def test_killing_an_import_at_random_moments_and_running_it_again_leaves_every_reuse_check_current(
    tmp_path: Path,
) -> None:
    import os
    import random
    import signal
    import subprocess
    import sys

    from tests.conftest import REPO

    paths = _pair(tmp_path / "bundles")
    paths += [bundle(tmp_path / "bundles", f"D-{i}", OTHER, f"Customer {i}",
                     customer__tenant_id=f"{i:08d}-2222-3333-4444-555555555555") for i in range(5)]  # fmt: skip
    with ReviewQueue(f"sqlite:///{tmp_path / 'clean.db'}", actor="importer@example.com") as clean:
        list(clean.import_paths(paths))
        wanted = verdicts(clean)
    url = f"sqlite:///{tmp_path / 'killed.db'}"
    ReviewQueue(url).close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    rng = random.Random(7)
    for _attempt in range(2):
        proc = subprocess.Popen(
            [sys.executable, "-m", "poe_reviewer", "--db", url, "import", "-q", *map(str, paths)],
            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            proc.wait(timeout=rng.uniform(0.8, 4.0))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
    done = subprocess.run(
        [sys.executable, "-m", "poe_reviewer", "--db", url, "import", "-q", *map(str, paths)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with ReviewQueue(url) as store:
        assert store.pending_reuse() == []
        assert verdicts(store) == wanted


SIGNOFF = (
    "Customer Sign-off. The customer confirms that the services described in the accompanying report were "
    "delivered to its satisfaction and accepts them. This sign-off applies to the report it is attached to. "
    "Questions about the services should be raised with the partner's engagement lead before this page is "
    "signed and returned to the partner's office. Signature: John Doe. Name: John Doe. Title: CISO."
)
EXCHANGE_AND_INTUNE = POE + " " + OTHER


@pytest.mark.parametrize(
    ("text", "work", "status", "says"),
    [
        (SIGNOFF, ("INTUNE", "EXCHANGE ONLINE"), "fail", "names the work of neither claim"),
        (EXCHANGE_AND_INTUNE, ("INTUNE", "EXCHANGE ONLINE"), "pass", "different workloads"),
        (EXCHANGE_AND_INTUNE, ("INTUNE", "INTUNE"), "warn", "same customer"),
    ],
)
def test_one_piece_on_two_claims_of_one_partner_and_customer_is_judged_as_in_memory(
    store: ReviewQueue, tmp_path: Path, text: str, work: tuple[str, str], status: str, says: str
) -> None:
    # the stored queue (fingerprints) reaches the verdict the in-memory queue reaches
    paths = [
        bundle(tmp_path, claim_id, text, "Contoso Ltd", workloads=[{"name": w, "subscription_id": None}])
        for claim_id, w in (("P-1", work[0]), ("P-2", work[1]))
    ]
    list(store.import_paths(paths))
    for claim_id in ("P-1", "P-2"):
        found, summary = reuse_result(store, claim_id)
        assert found == status, summary
        assert says in summary


def test_the_original_of_a_piece_on_two_partners_claims_is_judged_as_in_memory(
    store: ReviewQueue, tmp_path: Path
) -> None:
    # Fabrikam's (the default partner's) report, copied onto another partner's claim for the same customer
    own = POE.replace("The consultants", "Fabrikam, Inc. consultants")
    first = bundle(tmp_path, "O-1", own, "Contoso Ltd")
    copy = bundle(
        tmp_path,
        "O-2",
        own,
        "Contoso Ltd",
        partner__name="Adventure Works Cycles",
        partner__location_id="9990001",
        partner__domains=["adventure-works.com"],
        partner__contact={"name": "Sam Roe", "email": "sam@adventure-works.com"},
    )
    list(store.import_paths([first, copy]))
    status, summary = reuse_result(store, "O-1")
    assert status == "pass", summary
    assert "this claim holds the original" in summary
    status, summary = reuse_result(store, "O-2")
    assert status == "fail", summary


def test_a_claim_submitted_twice_is_the_later_ones_duplicate_in_the_stored_queue(
    store: ReviewQueue, tmp_path: Path
) -> None:
    # the fingerprints keep when each claim was submitted: the later one (imported first) is the duplicate
    later = bundle(tmp_path, "D-2", POE, "Contoso Ltd", submitted_at="2025-09-17T09:00:00Z")
    list(store.import_paths([later]))
    list(store.import_paths([bundle(tmp_path, "D-1", POE, "Contoso Ltd", submitted_at="2025-09-15T09:00:00Z")]))
    status, summary = reuse_result(store, "D-1")
    assert status == "pass", summary
    assert "claim D-2, for the same workloads, was submitted later (2025-09-17)" in summary
    status, summary = reuse_result(store, "D-2")
    assert status == "fail", summary
    assert "claim D-1 was submitted first (2025-09-15): this claim repeats it" in summary


def _signed_letter(text: str, customer: str, signatory: str) -> bytes:
    """An acceptance letter with the partner's one signature picture pasted above ``signatory``."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (480, 120), "white")
    ImageDraw.Draw(img).line([(10, 90), (120, 20), (200, 100), (300, 30), (460, 80)], fill=(20, 20, 90), width=5)
    buf = __import__("io").BytesIO()
    img.save(buf, "PNG")
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(72, 72, 540, 400), text.format(customer=customer), fontsize=11)
    page.insert_text((72, 470), "Customer Signature:", fontsize=11)
    page.insert_image(pymupdf.Rect(200, 430, 360, 470), stream=buf.getvalue())
    page.insert_text((72, 500), f"Name: {signatory}", fontsize=11)
    data: bytes = doc.tobytes()
    doc.close()
    return data


def test_one_signature_picture_for_two_customers_is_rejected_in_the_stored_queue(
    store: ReviewQueue, tmp_path: Path
) -> None:
    paths = []
    two = (("S-1", POE, "Contoso Ltd", "John Doe"), ("S-2", OTHER, "Northwind Traders", "Ana Ruiz"))
    for claim_id, text, customer, signatory in two:
        slug = customer.split()[0].lower()
        data = claim_data(
            claim_id, customer__name=customer, customer__domain=f"{slug}.com", customer__tenant_id=f"tenant-{slug}"
        )
        files = {"POE/acceptance_signed.pdf": _signed_letter(text, customer, signatory)}
        paths.append(write_bundle(tmp_path / claim_id, data, files))
    list(store.import_paths(paths))
    for claim_id in ("S-1", "S-2"):
        status, summary = reuse_result(store, claim_id)
        assert status == "fail", summary
        assert "stands for the signatories of two different customers" in summary
        assert store.get_claim(claim_id).summary.recommendation == "reject"


def test_the_claim_an_invoice_bills_holds_its_original_in_the_stored_queue(store: ReviewQueue, tmp_path: Path) -> None:
    invoice = poe_pdf(
        "INVOICE\nInvoice No: INV-2026-0041\nClaim ID I-1\nAzure migration assessment\nTotal: USD 3,600.00"
    )
    paths = []
    for claim_id, text, customer in (("I-1", POE, "Contoso Ltd"), ("I-2", OTHER, "Northwind Traders")):
        slug = customer.split()[0].lower()
        documents = [{"path": "POE/report.pdf", "role": "poe"}, {"path": "Invoice/invoice.pdf", "role": "invoice"}]
        data = claim_data(claim_id, customer__name=customer, customer__domain=f"{slug}.com",
                          customer__tenant_id=f"tenant-{slug}", documents=documents)  # fmt: skip
        files = {"POE/report.pdf": poe_pdf(text.format(customer=customer)), "Invoice/invoice.pdf": invoice}
        paths.append(write_bundle(tmp_path / claim_id, data, files))
    list(store.import_paths(paths))
    status, summary = reuse_result(store, "I-1")
    assert status == "pass", summary
    assert "it shows this claim's ID" in summary
    status, summary = reuse_result(store, "I-2")
    assert status == "fail", summary
    assert "is the same file as Invoice/invoice.pdf of claim I-1" in summary


REPORT = (
    "Managed detection and response monthly report for {customer}, July 2026. The SOC triaged 214 alerts from "
    "Defender XDR and Sentinel across 1,180 endpoints, contained a contractor account that signed in from an "
    "overseas VPN at the weighbridge within 11 minutes, tuned 12 analytics rules and ran four threat hunts on the "
    "quarry sites. The root cause, a reused password, was closed with the IT team of {customer}."
)


def _report_claim(root: Path, claim_id: str, customer: str, endpoints: str | None, submitted: str) -> Path:
    scope = f"Scope {endpoints} endpoints" if endpoints else "Scope as agreed in the order"
    files = {
        "POE/MDR_Report_2026-07.pdf": poe_pdf(REPORT.format(customer="Moreton Bay Aggregates")),
        "POE/MDR_Service_Schedule.pdf": poe_pdf(
            f"MDR service schedule for {customer}. {scope}, Sentinel workspace, 24x7 triage, "
            "monthly service report, signed by the customer's chief financial officer."
        ),
    }
    if customer != "Moreton Bay Aggregates":  # the copy: the first customer's name swapped for this one's
        files["POE/MDR_Report_2026-07.pdf"] = poe_pdf(REPORT.format(customer=customer))
    domain = customer.split()[0].lower() + ".com.au"
    data = claim_data(
        claim_id, customer__name=customer, customer__domain=domain, customer__tenant_id=None,
        customer__contact={"name": "Lisa Tran", "email": f"lisa@{domain}", "title": "CFO"},
        submitted_at=submitted, documents=[{"path": p, "role": "poe"} for p in files],
    )  # fmt: skip
    return write_bundle(root / claim_id, data, files)


def test_a_report_copied_for_another_customer_is_the_copy_where_its_figures_are_not_borne_out(
    store: ReviewQueue, tmp_path: Path
) -> None:
    from poe_reviewer.pipeline import check_paths

    # both copies name their own customer; only the original's own schedule states its 1,180 endpoints
    paths = [
        _report_claim(tmp_path, "R-1", "Moreton Bay Aggregates", "1,180", "2026-08-03T09:00:00Z"),
        _report_claim(tmp_path, "R-2", "Whitsunday Marine Supplies", "85", "2026-08-01T09:00:00Z"),
    ]
    list(store.import_paths(paths))
    status, summary = reuse_result(store, "R-1")
    assert status == "pass", summary
    assert "its figures recur in this claim's other documents" in summary
    status, summary = reuse_result(store, "R-2")
    assert status == "fail", summary
    assert "its figures recur in the other documents of claim R-1, not in this claim's" in summary
    # the in-memory queue reaches the same verdicts
    found = {str(p): r for p, r in check_paths(paths, as_queue=True)}
    assert found[str(paths[0])].status_of("reused_evidence") == "pass"
    assert found[str(paths[1])].status_of("reused_evidence") == "fail"


def test_a_copy_whose_own_papers_state_no_figure_is_the_copy_of_the_report_they_bear_out(
    store: ReviewQueue, tmp_path: Path
) -> None:
    # the copy's schedule states no count at all; the original's states the report's 1,180 endpoints
    paths = [
        _report_claim(tmp_path, "R-1", "Moreton Bay Aggregates", "1,180", "2026-08-03T09:00:00Z"),
        _report_claim(tmp_path, "R-2", "Whitsunday Marine Supplies", None, "2026-08-01T09:00:00Z"),
    ]
    list(store.import_paths(paths))
    assert reuse_result(store, "R-1")[0] == "pass"
    status, summary = reuse_result(store, "R-2")
    assert status == "fail", summary
    assert "its figures recur in the other documents of claim R-1, not in this claim's" in summary
