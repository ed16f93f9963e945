"""The review database: opening and migrating, refusing newer schemas, decisions with optimistic locking,
leases, export modes, the audit trail, the extraction cache. Runs on SQLite and on PostgreSQL.

PostgreSQL comes from ``POE_TEST_PG_URL`` (``make test`` starts a throw-away server with
tools/pg_test_server.py). Each test gets a database of its own on it.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import DBAPIError

from poe_reviewer import clocks
from poe_reviewer.application.queue import AlreadyDecidedError, ReviewQueue, StaleDecisionError, UnknownClaimError
from poe_reviewer.documents.registry import ExtractContext, extract_document
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.review import DecisionError
from poe_reviewer.schemas import validation_errors
from poe_reviewer.storage import db as dbmod
from poe_reviewer.storage import models as m
from poe_reviewer.storage.doccache import decode_document, encode_document, relocate
from tests.builders import CPOR_USAGE
from tests.test_bundle import write_bundle

PG_URL = os.environ.get("POE_TEST_PG_URL", "")
PG_SKIP_REASON = (
    "POE_TEST_PG_URL is not set, so the PostgreSQL half of these tests cannot run; `make test` starts a "
    "throw-away server (tools/pg_test_server.py) and sets it"
)
T0 = dt.datetime(2025, 9, 20, 9, 0, tzinfo=dt.UTC)


# -- fixtures shared by the storage test files -------------------------------------------------------------
def require_pg() -> str:
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("POE_TEST_PG_URL is not set on CI: run the tests through `make test`")
        pytest.skip(PG_SKIP_REASON)
    return PG_URL


def pg_database() -> Iterator[str]:
    """A fresh database on the test server, dropped afterwards."""
    import psycopg

    base = require_pg()
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = base.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = base.rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'review.sqlite3'}"
    else:
        yield from pg_database()


class Clock:
    """A settable clock for the store (leases, review clocks)."""

    def __init__(self, start: dt.datetime = T0) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(db_url: str, clock: Clock) -> Iterator[ReviewQueue]:
    with ReviewQueue(db_url, actor="importer@example.com", now=clock) as s:
        yield s


def claim_data(claim_id: str, **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(CPOR_USAGE)
    data["claim_id"] = claim_id
    for key, value in changes.items():
        target = data
        parts = key.split("__")
        for p in parts[:-1]:
            target = target[p]
        target[parts[-1]] = value
    return data


def pdf_bytes(text_: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), text_)
    data: bytes = doc.tobytes()
    doc.close()
    return data


def make_bundle(root: Path, claim_id: str, files: dict[str, bytes] | None = None, **changes: Any) -> Path:
    return write_bundle(root, claim_data(claim_id, **changes), files)


def confirmed(store: ReviewQueue, claim_id: str) -> dict[str, str]:
    """A reviewer's note for every check an approval of the claim must resolve by hand (guarded approval)."""
    return {c.id: "Confirmed by hand in the POE" for c in store.get_claim(claim_id).checks
            if c.status in ("warn", "error", "fail")}  # fmt: skip


def table_counts(store: ReviewQueue) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
            for t in m.Base.metadata.sorted_tables
        }


def imported(store: ReviewQueue, tmp_path: Path, *ids: str, **changes: Any) -> list[str]:
    for cid in ids:
        store.import_bundle(make_bundle(tmp_path / "bundles" / cid, cid, **changes))
    return list(ids)


# -- opening the database -------------------------------------------------------------------------------
def test_sqlite_is_wal_with_foreign_keys_and_full_sync(tmp_path: Path) -> None:
    engine = dbmod.open_engine(str(tmp_path / "r.sqlite3"))
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert dbmod.current_revision(conn) == (dbmod.head_revision(),)
    finally:
        engine.dispose()


def test_default_database_is_in_the_user_data_dir_and_env_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(dbmod.ENV_VAR, raising=False)
    url = dbmod.resolve_url(None)
    assert url.startswith("sqlite:///")
    assert "poe-reviewer" in url
    monkeypatch.setenv(dbmod.ENV_VAR, "postgresql+psycopg://u@db.example/q")
    assert dbmod.resolve_url(None) == "postgresql+psycopg://u@db.example/q"
    assert dbmod.resolve_url("sqlite:///x.db") == "sqlite:///x.db", "--db wins over the environment"
    assert dbmod.resolve_url("relative.db").endswith("/relative.db")


def test_a_newer_database_is_refused_and_left_alone(db_url: str) -> None:
    ReviewQueue(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    with pytest.raises(dbmod.NewerDatabaseError) as info:
        ReviewQueue(db_url)
    message = str(info.value)
    assert "newer POE Reviewer (schema 0999)" in message
    assert f"knows up to {dbmod.head_revision()}" in message
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0999"
    engine.dispose()


def test_unusable_url_is_a_clear_error() -> None:
    with pytest.raises(dbmod.DatabaseError, match="cannot use the database"):
        dbmod.open_engine("nosuchdriver://x/y")


def test_reopening_an_up_to_date_database_runs_no_migration(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    ReviewQueue(db_url).close()

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("upgrade must not run on an up-to-date database")

    monkeypatch.setattr(dbmod.command, "upgrade", boom)
    ReviewQueue(db_url).close()


# -- the audit trail -----------------------------------------------------------------------------------------
def test_audit_trail_is_append_only_in_the_database(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "A1")
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_events")).scalar() == 1
    for statement in ("UPDATE audit_events SET actor = 'mallory'", "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as conn:
            conn.execute(text(statement))
    assert [e.actor for e in store.audit_trail()] == ["importer@example.com"]


def test_everything_that_changes_the_queue_is_audited(store: ReviewQueue, tmp_path: Path, clock: Clock) -> None:
    imported(store, tmp_path, "A1", "A2")
    store.next_claim("alice@example.com")
    store.decide("A1", "approve", reviewer="alice@example.com", resolutions=confirmed(store, "A1"))
    store.recheck("A2")
    store.export(tmp_path / "out.json", exported_by="alice@example.com")
    trail = store.audit_trail()
    # the recheck judges reuse against the stored queue: A1 and A2 share their (synthetic) POE text
    actions = ["import", "import", "lease", "decision", "recheck", "reuse_check", "reuse_check", "export"]
    assert [e.action for e in trail] == actions
    decision = trail[3]
    assert decision.actor == "alice@example.com"
    assert decision.claim_id == "A1"
    assert decision.details["decision"] == "approved"
    assert trail[-1].details["count"] == 1
    assert [e.action for e in store.audit_trail("A1")] == ["import", "lease", "decision", "reuse_check"]
    assert all(e.at == clock.now for e in trail)


# -- decisions ------------------------------------------------------------------------------------------------
def test_decision_is_saved_with_checks_digest_and_clocks(store: ReviewQueue, tmp_path: Path, clock: Clock) -> None:
    imported(store, tmp_path, "A1")
    before = store.get_claim("A1")
    saved = store.decide("A1", "action_required", reviewer="alice@example.com", comment="Please add the dates.")
    d = saved.decision
    assert d.decision == "action_required"
    assert d.bundle_sha256 == before.revision.bundle_sha256
    assert dict(d.checks) == before.check_statuses
    assert d.respond_by == clock.now.date() + dt.timedelta(days=14)
    after = store.get_claim("A1")
    assert after.summary.status == "action_required"
    assert after.summary.version == before.summary.version + 1
    assert after.clocks.review_due is None, "the review clock stops with the decision"
    assert after.clocks.respond_by == d.respond_by
    assert after.summary.next_due == d.respond_by
    assert after.summary.next_clock == "respond"
    assert after.current_decision is not None
    assert after.current_decision.decision == d


def test_rejection_without_comment_writes_nothing(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "A1")
    counts = table_counts(store)
    with pytest.raises(DecisionError, match="rejection needs a comment"):
        store.decide("A1", "reject", reviewer="alice@example.com")
    assert table_counts(store) == counts


def test_unknown_claim(store: ReviewQueue) -> None:
    with pytest.raises(UnknownClaimError, match="no claim 404"):
        store.decide("404", "approve")


def test_two_saves_on_one_claim_exactly_one_wins(db_url: str, tmp_path: Path, clock: Clock) -> None:
    with (
        ReviewQueue(db_url, now=clock) as alice_store,
        ReviewQueue(db_url, now=clock) as bob_store,
    ):
        imported(alice_store, tmp_path, "A1")
        seen_by_alice = alice_store.get_claim("A1").summary.version
        seen_by_bob = bob_store.get_claim("A1").summary.version
        alice_store.decide("A1", "approve", reviewer="alice@example.com", expected_version=seen_by_alice,
                          resolutions=confirmed(alice_store, "A1"))  # fmt: skip
        with pytest.raises(StaleDecisionError) as info:
            bob_store.decide(
                "A1", "reject", reviewer="bob@example.com", comment="Not valid.", expected_version=seen_by_bob
            )
        message = str(info.value)
        assert "changed after you opened it" in message
        assert "approved by alice@example.com" in message
        assert "not saved" in message
        # without a version, the second save is refused because a decision exists
        with pytest.raises(AlreadyDecidedError, match="already has a decision"):
            bob_store.decide("A1", "reject", reviewer="bob@example.com", comment="Not valid.")
        detail = bob_store.get_claim("A1")
        assert [x.decision.decision for x in detail.decisions] == ["approved"]
        assert detail.summary.decided_by == "alice@example.com", "a reviewer sees the other's decision"


def test_replacing_a_decision_keeps_the_old_one_and_exports_only_the_new(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "A1")
    first = store.decide("A1", "approve", reviewer="alice@example.com", resolutions=confirmed(store, "A1"))
    second = store.decide("A1", "reject", reviewer="alice@example.com", comment="Affiliate.", replace=True)
    detail = store.get_claim("A1")
    assert [(x.id, x.superseded_by) for x in detail.decisions] == [(first.id, second.id), (second.id, None)]
    result = store.export(tmp_path / "out.json")
    assert [d.decision for d in result.decisions] == ["rejected"]


def test_partial_approval_per_workload(store: ReviewQueue, tmp_path: Path, clock: Clock) -> None:
    imported(store, tmp_path, "A1")
    saved = store.decide(
        "A1",
        "approve",
        reviewer="alice@example.com",
        comment="Defender is not evidenced.",
        workload_verdicts={"INTUNE": "approved", "MICROSOFT DEFENDER ENDPOINT": "rejected"},
        resolutions=confirmed(store, "A1"),
    )
    assert saved.decision.decision == "partially_approved"
    detail = store.get_claim("A1")
    assert detail.summary.status == "partially_approved"
    assert detail.clocks.dispute_until == clock.now.date() + dt.timedelta(days=30), "rejected workloads: disputable"


# -- the queue -------------------------------------------------------------------------------------------------
def test_queue_sorted_by_next_deadline_with_filters(store: ReviewQueue, tmp_path: Path, clock: Clock) -> None:
    # set under review on different days: the review clock (5 business days) starts then
    for cid, day in (("C3", 17), ("C1", 8), ("C2", 11)):
        at = f"2025-09-{day:02d}T10:00:00Z"
        history = [{"action": "submission", "at": at, "by": None}, {"action": "Set under review", "at": at, "by": None}]
        store.import_bundle(make_bundle(tmp_path / cid, cid, submitted_at=at, status="under_review", history=history))
    listed = store.list_claims()
    assert [c.claim_id for c in listed] == ["C1", "C2", "C3"]
    assert [c.next_due for c in listed] == [dt.date(2025, 9, 15), dt.date(2025, 9, 18), dt.date(2025, 9, 24)]
    assert [store.get_claim(c.claim_id).clocks.review_due for c in listed] == [c.next_due for c in listed]
    today = dt.date(2025, 9, 18)
    assert [c.claim_id for c in store.list_claims(due="overdue", today=today)] == ["C1"]
    assert [c.claim_id for c in store.list_claims(due="today", today=today)] == ["C1", "C2"]
    assert [c.claim_id for c in store.list_claims(due="week", today=today)] == ["C1", "C2", "C3"]
    assert listed[0].overdue(today)
    assert not listed[1].overdue(today)
    assert listed[0].next_clock == "review"

    store.decide("C1", "approve", reviewer="alice@example.com", resolutions=confirmed(store, "C1"))
    assert [c.claim_id for c in store.list_claims()] == ["C2", "C3", "C1"], "no running clock sorts last"
    assert [c.claim_id for c in store.list_claims(status="to_review")] == ["C2", "C3"]
    assert [c.claim_id for c in store.list_claims(status=["approved"])] == ["C1"]
    with pytest.raises(PoeReviewerError, match="unknown status"):
        store.list_claims(status="done")


def test_a_submitted_claim_goes_under_review_when_it_enters_the_queue(
    store: ReviewQueue, tmp_path: Path, clock: Clock
) -> None:
    # seed: "a response within five business days after your claim status is changed to Under Review"
    store.import_bundle(make_bundle(tmp_path / "S1", "S1", submitted_at="2025-06-02T10:00:00Z"))
    detail = store.get_claim("S1")
    assert detail.clocks.review_due == clocks.add_business_days(clock.now.date(), 5)
    assert not detail.summary.overdue(clock.now.date())


def test_next_claim_hands_each_reviewer_a_different_claim_until_the_lease_expires(
    store: ReviewQueue, tmp_path: Path, clock: Clock
) -> None:
    imported(store, tmp_path, "A1", "A2")
    a = store.next_claim("alice@example.com")
    b = store.next_claim("bob@example.com")
    assert a is not None
    assert b is not None
    assert {a.claim_id, b.claim_id} == {"A1", "A2"}
    assert a.leased_by == "alice@example.com"
    assert store.next_claim("carol@example.com") is None, "both claims are leased"
    again = store.next_claim("alice@example.com")
    assert again is not None
    assert again.claim_id == a.claim_id, "a reviewer gets back the claim she holds"
    clock.advance(minutes=31)
    carol = store.next_claim("carol@example.com")
    assert carol is not None, "expired leases free their claims"
    store.decide(carol.claim_id, "approve", reviewer="carol@example.com",
                     resolutions=confirmed(store, carol.claim_id))  # fmt: skip
    nxt = store.next_claim("carol@example.com")
    assert nxt is not None
    assert nxt.claim_id != carol.claim_id, "a decided claim is not handed out again"
    assert store.release(nxt.claim_id, "carol@example.com")
    assert not store.release(nxt.claim_id, "carol@example.com")


# -- export ----------------------------------------------------------------------------------------------------
def test_export_modes_never_duplicate_or_drop(store: ReviewQueue, tmp_path: Path, clock: Clock) -> None:
    imported(store, tmp_path, "A1", "A2", "A3")
    out = tmp_path / "decisions.json"
    store.decide("A1", "action_required", reviewer="alice@example.com", comment="Dates missing.")
    clock.advance(days=1)
    store.decide("A2", "reject", reviewer="alice@example.com", comment="The customer is an affiliate.")

    first = store.export(out, exported_by="alice@example.com")
    assert first.written
    assert (first.state, first.resumed, first.file_written) == ("pending", False, True)
    data = json.loads(out.read_text())
    assert validation_errors("poe-decisions/1", data) == []
    assert [d["claim_id"] for d in data["decisions"]] == ["A1", "A2"]
    assert data["exported_by"] == "alice@example.com"
    assert data["export_id"] == first.export_uid

    again = store.export(out)
    assert again.resumed, "nothing new, the pending export again"
    assert (again.export_uid, again.count, again.file_written) == (first.export_uid, 2, False)
    assert json.loads(out.read_text()) == data, "the file is left alone"

    clock.advance(days=1)
    store.decide("A3", "action_required", reviewer="bob@example.com", comment="Dates missing.")
    assert store.undelivered_count() == 1
    third = store.export(tmp_path / "decisions-2.json")
    assert [d.claim_id for d in third.decisions] == ["A3"]
    assert third.export_uid != first.export_uid
    assert third.pending == (first.export_uid,), "the first export still waits for its acknowledgement"
    assert store.undelivered_count() == 0

    everything = store.export(tmp_path / "all.json", "all")
    assert [d.claim_id for d in everything.decisions] == ["A1", "A2", "A3"]
    since = store.export(tmp_path / "since.json", "since", since=(T0 + dt.timedelta(days=1)).date())
    assert [d.claim_id for d in since.decisions] == ["A2", "A3"]
    assert (everything.state, since.state) == ("copy", "copy")
    assert [e[4] for e in store.exports()] == ["undelivered", "undelivered", "all", "since"]
    assert [p.export_uid for p in store.pending_exports()] == [first.export_uid, third.export_uid]
    with store.engine.connect() as conn:
        items = conn.execute(text("SELECT count(*) FROM export_items")).scalar()
        delivered = conn.execute(text("SELECT count(DISTINCT export_id) FROM decisions")).scalar()
    assert items == 2 + 1 + 3 + 2
    assert delivered == 2, "a decision keeps the export that first delivered it"


def test_a_taken_file_name_is_refused_before_anything_is_recorded(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "A1")
    store.decide("A1", "reject", reviewer="alice@example.com", comment="The customer is an affiliate.")
    out = tmp_path / "decisions.json"
    out.write_text("old export\n")
    with pytest.raises(PoeReviewerError, match=r"decisions\.json already exists; choose another file name"):
        store.export(out)
    assert out.read_text() == "old export\n"
    assert store.undelivered_count() == 1
    assert store.exports() == []
    assert [e.action for e in store.audit_trail()][-1] == "decision"


def test_a_failed_export_write_leaves_the_export_pending_and_the_next_run_writes_it(
    store: ReviewQueue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import poe_reviewer.application.queue as store_module

    imported(store, tmp_path, "A1")
    store.decide("A1", "reject", reviewer="alice@example.com", comment="The customer is an affiliate.")
    out = tmp_path / "decisions.json"

    def disk_full(path: Path, data: bytes) -> bool:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "write_new", disk_full)
    with pytest.raises(PoeReviewerError, match=r"No space left.*is recorded and waits to be written") as info:
        store.export(out)
    assert not out.exists()
    (pending,) = store.pending_exports()
    assert pending.export_uid in str(info.value)
    assert store.undelivered_count() == 0, "the decision is in the pending export"
    monkeypatch.undo()
    resumed = store.export(out)
    assert resumed.resumed
    assert resumed.file_written
    assert resumed.export_uid == pending.export_uid
    assert [d.claim_id for d in resumed.decisions] == ["A1"]
    assert json.loads(out.read_text())["export_id"] == pending.export_uid


# -- documents: the extraction cache -------------------------------------------------------------------------
def test_reopening_a_claim_reads_documents_from_the_cache(
    store: ReviewQueue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import poe_reviewer.documents.pdf as pdf_module

    calls: list[int] = []
    real = pdf_module.extract

    def counting(*args: Any) -> None:
        calls.append(1)
        real(*args)

    monkeypatch.setattr(pdf_module, "extract", counting)
    # counted here, in this process: read the documents in-process for this test
    monkeypatch.setenv("POE_REVIEWER_ISOLATE", "0")
    pdf = pdf_bytes("Statement of work for Contoso Ltd by Fabrikam, Inc.: Intune for 500 devices.")
    root = make_bundle(tmp_path / "b", "A1", files={"POE/Contoso_Intune_POE_signed.pdf": pdf})
    store.import_bundle(root)
    assert len(calls) == 1
    docs = store.load_documents("A1")
    assert len(calls) == 1, "reopening reads no file"
    assert [d.path for d in docs] == ["POE/Contoso_Intune_POE_signed.pdf"]
    assert "500 devices" in docs[0].text
    assert docs[0].segments[0].words, "word boxes survive the cache"
    # the same file in another claim, under another name: extracted once
    other = make_bundle(tmp_path / "c", "A2", files={"evidence/sow.pdf": pdf}, documents=[])
    store.import_bundle(other)
    assert len(calls) == 1
    docs2 = store.load_documents("A2")
    assert [(d.path, d.role) for d in docs2] == [("evidence/sow.pdf", "supporting")]


@pytest.mark.realworld
def test_document_cache_round_trips_real_world_files(realworld: Path) -> None:
    picked: list[Path] = []
    for folder in sorted(p for p in realworld.iterdir() if p.is_dir()):
        picked += sorted(p for p in folder.iterdir() if p.is_file())[:3]
    assert len(picked) >= 15
    for path in picked:
        doc = extract_document(path.read_bytes(), f"docs/{path.name}", "poe", ExtractContext())
        back = decode_document(encode_document(doc))
        assert back == doc, path.name
        moved = relocate(decode_document(encode_document(doc)), "elsewhere/x.bin", "supporting")
        assert all(d.path.startswith("elsewhere/x.bin") and d.role == "supporting" for d in moved.walk())
        assert len(list(moved.walk())) == len(list(doc.walk()))


# -- a reusable helper for the other storage test files ------------------------------------------------------
def decide_all(store: ReviewQueue, reviewer: str, on_claim: Callable[[str], None] | None = None) -> list[str]:
    """Take claims with next_claim and approve each until none is left; the claim ids decided."""
    done: list[str] = []
    while True:
        claim = store.next_claim(reviewer)
        if claim is None:
            return done
        if on_claim:
            on_claim(claim.claim_id)
        store.decide(claim.claim_id, "approve", reviewer=reviewer, expected_version=claim.version,
                     resolutions=confirmed(store, claim.claim_id))  # fmt: skip
        done.append(claim.claim_id)


# -- typed facts of check results ---------------------------------------------------------------------------
def test_check_results_keep_their_typed_facts_in_the_queue(db_url: str) -> None:
    from poe_reviewer.findings.facts import AcknowledgementDateFact, AcknowledgementFact
    from tests.conftest import SAMPLES

    with ReviewQueue(db_url, actor="importer@example.com") as store:
        store.import_bundle(SAMPLES / "3079758_Fabrikam_Contoso_Intune")
        checks = {c.id: c for c in store.get_claim("3079758").checks}
    ack = checks["customer_acknowledgement"]
    assert ack.status == "pass"
    assert ack.facts
    best = max((f for f in ack.facts if isinstance(f, AcknowledgementFact)), key=lambda f: f.strength)
    assert best.label == "eSignature (DocuSign)"
    assert best.date == dt.date(2025, 6, 5)
    dated = checks["acknowledgement_date"].facts
    assert dated
    # the date the summary names ("Customer signature dated 2025-09-11 (Sign-off date September 11, 2025)")
    assert [(f.date, f.source) for f in dated if isinstance(f, AcknowledgementDateFact)] == [
        (dt.date(2025, 9, 11), "Sign-off date September 11, 2025")
    ]


def test_results_stored_before_facts_existed_upgrade_as_not_recorded(tmp_path: Path) -> None:
    from alembic import command

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    with ReviewQueue(url, actor="importer@example.com") as store:
        store.import_bundle(write_bundle(tmp_path / "b", claim_data("OLD1")))
    engine = create_engine(url)
    with engine.begin() as conn:
        command.downgrade(dbmod.alembic_config(conn), "0003")
    engine.dispose()
    with ReviewQueue(url, actor="importer@example.com") as store:  # migrates to the head again
        checks = store.get_claim("OLD1").checks
    assert checks
    assert all(c.facts is None for c in checks)
