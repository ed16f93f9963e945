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
    "Proof of execution for {customer}. Fabrikam consultants ran the Intune deployment workshop on site, "
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
