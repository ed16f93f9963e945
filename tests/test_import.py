"""Importing bundles into the review queue: idempotent by digest, revisions with history, bad bundles
skipped, badges, bounded memory, and the import/queue/decide/export commands."""

from __future__ import annotations

import datetime as dt
import gc
import json
import tracemalloc
from pathlib import Path

import pytest

from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.cli import main
from poe_reviewer.errors import BundleError
from poe_reviewer.review import checks_to_resolve
from poe_reviewer.schemas import validation_errors
from tests.test_bundle import write_bundle, zip_dir
from tests.test_storage import Clock, claim_data, make_bundle, pdf_bytes, table_counts

# the store fixtures (SQLite and PostgreSQL) of the storage tests
pytest_plugins = ("tests.test_storage",)


def test_the_same_bundle_again_changes_nothing(store: ReviewQueue, tmp_path: Path) -> None:
    root = make_bundle(tmp_path / "b", "A1")
    first = store.import_bundle(root)
    assert (first.outcome, first.revision) == ("new", 1)
    counts = table_counts(store)
    again = store.import_bundle(root)
    assert (again.outcome, again.revision, again.bundle_sha256) == ("unchanged", 1, first.bundle_sha256)
    # the same content zipped is the same evidence: same digest
    zipped = store.import_bundle(zip_dir(root, tmp_path / "b.zip", prefix="bundle/"))
    assert zipped.outcome == "unchanged"
    assert table_counts(store) == counts


def test_a_zip_bundle_keeps_its_claim_json(store: ReviewQueue, tmp_path: Path) -> None:
    root = make_bundle(tmp_path / "b", "Z1")
    result = store.import_bundle(zip_dir(root, tmp_path / "z.zip", prefix="top/"))
    assert result.outcome == "new"
    detail = store.get_claim("Z1")
    assert detail.claim.claim_id == "Z1"
    assert detail.revision.bundle_path.endswith("z.zip")


def test_new_evidence_is_a_new_revision_with_history_and_restarted_clocks(
    store: ReviewQueue, tmp_path: Path, clock: Clock
) -> None:
    store.import_bundle(make_bundle(tmp_path / "v1", "A1"))
    store.decide("A1", "action_required", reviewer="alice@example.com", comment="The POE has no dates.")
    assert store.get_claim("A1").clocks.respond_by is not None

    clock.advance(days=6)
    resubmitted = make_bundle(
        tmp_path / "v2",
        "A1",
        files={"POE/Contoso_Intune_POE_signed.pdf": pdf_bytes("Signed 2025-09-01 by John Doe, Contoso Ltd")},
        status="under_review",
    )
    result = store.import_bundle(resubmitted)
    assert (result.outcome, result.revision) == ("revision", 2)

    detail = store.get_claim("A1")
    assert [r.revision for r in detail.revisions] == [1, 2]
    assert detail.revision.source_status == "under_review"
    assert detail.summary.status == "to_review", "back in the queue"
    assert detail.summary.decided_by is None
    assert detail.clocks.respond_by is None
    assert detail.clocks.review_due is not None
    assert detail.clocks.review_due > clock.now.date(), "the review clock restarted at the resubmission"
    assert detail.summary.next_clock == "review"
    assert [(d.revision, d.decision.decision) for d in detail.decisions] == [(1, "action_required")]
    assert detail.current_decision is None
    assert [e.action for e in store.audit_trail("A1")] == ["import", "decision", "revision"]
    # the first revision's documents are still there
    assert store.load_documents("A1", revision=1)[0].error
    assert not store.load_documents("A1")[0].error


def test_a_bad_bundle_is_reported_and_skipped(store: ReviewQueue, tmp_path: Path) -> None:
    good1 = make_bundle(tmp_path / "q" / "a", "G1")
    bad = write_bundle(tmp_path / "q" / "b")
    (bad / "claim.json").write_text('{"format": "poe-claim-bundle/1"}')
    good2 = make_bundle(tmp_path / "q" / "c", "G2")
    outcomes = dict(store.import_paths([good1, bad, good2]))
    assert isinstance(outcomes[str(bad)], BundleError)
    assert {c.claim_id for c in store.list_claims()} == {"G1", "G2"}
    failed = [e for e in store.audit_trail() if e.action == "import_failed"]
    assert len(failed) == 1
    assert "claim_id" in failed[0].details["reason"]


def test_badges_public_sector_conflict_and_reuse(store: ReviewQueue, tmp_path: Path, clock: Clock) -> None:
    shared_pdf = pdf_bytes("Statement of work signed by the customer")
    store.import_bundle(
        make_bundle(tmp_path / "p", "P1", customer__segment="public_sector", customer__tenant_id="tenant-ps")
    )
    # two partners claim the same workload for the same customer tenant: a CPOR conflict
    store.import_bundle(make_bundle(tmp_path / "c1", "C1", files={"POE/Contoso_Intune_POE_signed.pdf": shared_pdf}))
    store.import_bundle(
        make_bundle(
            tmp_path / "c2",
            "C2",
            files={"POE/Contoso_Intune_POE_signed.pdf": shared_pdf},
            partner__location_id="999",
            partner__name="Northwind Traders",
            workloads=[{"name": "INTUNE", "subscription_id": None}],
        )
    )
    by_id = {c.claim_id: c for c in store.list_claims()}
    assert by_id["P1"].public_sector
    assert not by_id["C1"].public_sector
    assert by_id["C1"].conflict
    assert by_id["C2"].conflict
    assert not by_id["P1"].conflict, "another customer tenant"
    assert store.get_claim("C2").clocks.conflict_until is None, "no window before the partners are notified"
    (group,) = store.conflict_groups()
    store.notify_conflict(group.group_id, how="e-mail to both partners", by="alice@example.com")
    assert store.get_claim("C2").clocks.conflict_until == clock.now.date() + dt.timedelta(days=14)
    assert by_id["C1"].reused
    assert by_id["C2"].reused, "the same POE file on two claims"
    assert store.get_claim("C2").flags == {"reused_with": ["C1"], "same_files": ["C1"], "conflict_with": ["C1"]}
    assert store.get_claim("C1").flags["conflict_with"] == ["C2"]


@pytest.mark.slow
def test_importing_a_queue_does_not_keep_what_it_read(tmp_path: Path) -> None:
    """Traced memory after a few bundles and after many more is the same (documents are not kept)."""
    n = 24
    pdfs = [pdf_bytes(f"Statement of work number {i} for Contoso Ltd, Intune for {i * 10} devices") for i in range(n)]
    paths = [
        write_bundle(tmp_path / "q" / f"b{i:03d}", claim_data(f"M{i:03d}"), {"POE/poe.pdf": pdfs[i]}) for i in range(n)
    ]
    del pdfs
    with ReviewQueue(f"sqlite:///{tmp_path / 'm.sqlite3'}") as store:
        for _ in store.import_paths(paths[:4]):  # warm up: modules, policy, compiled statements
            pass
        tracemalloc.start()
        try:
            for _ in store.import_paths(paths[4:8]):
                pass
            gc.collect()
            early, _ = tracemalloc.get_traced_memory()
            for _ in store.import_paths(paths[8:]):
                pass
            gc.collect()
            late, _ = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert store.count_claims() == n
    print(f"traced memory after 4 bundles {early / 1e6:.2f} MB, after {n - 4}: {late / 1e6:.2f} MB")
    assert late - early < 300_000, f"memory grew by {(late - early) / 1e6:.2f} MB over {n - 8} bundles"


# -- the commands ---------------------------------------------------------------------------------------------
def test_import_queue_decide_export_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "cli.sqlite3")]
    queue = tmp_path / "queue"
    for cid in ("100", "101", "102"):
        make_bundle(queue / cid, cid)
    (queue / "broken.zip").write_bytes(b"not a zip")

    assert main([*db, "import", str(queue), "--create"]) == 1, "a bad bundle makes the exit status 1"
    out, err = capsys.readouterr()
    assert out.count("new claim") == 3
    assert "broken.zip" in err
    assert "3 new claim(s)" in err
    assert "1 bad bundle(s) skipped" in err

    assert main([*db, "import", str(queue / "100")]) == 0
    assert "unchanged" in capsys.readouterr().out

    assert main([*db, "queue"]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split()[:3] == ["CLAIM", "REV", "STATUS"]
    # submitted claims go under review when they enter the queue: five business days from today
    assert "OVERDUE" not in table
    assert "3 claim(s), 0 overdue." in table

    assert main([*db, "decide", "100", "--reject"]) == 1
    assert "Who is deciding?" in capsys.readouterr().err, "never the login name"
    assert main([*db, "decide", "100", "--reject", "--reviewer", "not an email"]) == 1
    assert "not an e-mail address" in capsys.readouterr().err
    assert main([*db, "decide", "100", "--reject", "--reviewer", "a@x.com"]) == 1
    assert "give your name once" in capsys.readouterr().err
    me = ["--reviewer", "a@x.com", "--reviewer-name", "Ann Example"]
    assert main([*db, "decide", "100", "--reject", "--comment", "", *me]) == 1
    assert "needs a comment" in capsys.readouterr().err
    decide_100 = ["decide", "100", "--action-required", "--template", "missing_dates", *me]
    assert main([*db, *decide_100]) == 0
    assert "Saved: claim 100" in capsys.readouterr().out
    partial = ["decide", "101", "--approve", "--workload", "INTUNE=approved", "--comment", "Not evidenced.",
               "--workload", "MICROSOFT DEFENDER ENDPOINT=rejected", "--reviewer", "a@x.com"]  # fmt: skip
    with ReviewQueue(db[1]) as store:
        open_checks = checks_to_resolve(store.get_claim("101").check_statuses, "partially_approved")
    if open_checks:
        assert main([*db, *partial]) == 1
        assert "cannot be partially approved yet" in capsys.readouterr().err
        partial += [f"--resolve={c}=Read the POE by hand" for c in open_checks]
    assert main([*db, *partial]) == 0
    assert "partially approved" in capsys.readouterr().out
    assert main([*db, "decide", "101", "--approve", "--reviewer", "a@x.com"]) == 1
    assert "already has a decision" in capsys.readouterr().err

    assert main([*db, "queue", "--status", "to_review", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [c["claim_id"] for c in listed] == ["102"]
    version = listed[0]["version"]
    assert main([*db, "decide", "102", "--approve", "--expect-version", str(version + 5), "--reviewer", "a@x.com"]) == 1
    assert "changed after you opened it" in capsys.readouterr().err

    out_file = tmp_path / "decisions.json"
    assert main([*db, "export", "--out", str(out_file), "--reviewer", "a@x.com"]) == 0
    said = capsys.readouterr().out
    assert "Exported 2 decision(s)" in said
    exported = json.loads(out_file.read_text())
    assert f"poe-reviewer export --ack {exported['export_id']}" in said
    assert validation_errors("poe-decisions/1", exported) == []
    by_claim = {d["claim_id"]: d for d in exported["decisions"]}
    assert by_claim["100"]["template_id"] == "missing_dates"
    assert "100" in by_claim["100"]["comment"], "the template was filled in from the claim"
    assert by_claim["101"]["decision"] == "partially_approved"
    assert main([*db, "export", "--out", str(out_file), "--reviewer", "a@x.com"]) == 0
    assert f"Resumed export {exported['export_id']} (2 decision(s)" in capsys.readouterr().out
    assert json.loads(out_file.read_text()) == exported
    assert main([*db, "export", "--all", "--out", str(tmp_path / "all.json"), "--reviewer", "a@x.com"]) == 0
    assert len(json.loads((tmp_path / "all.json").read_text())["decisions"]) == 2
    with pytest.raises(SystemExit) as info:
        main([*db, "export", "--since", "not-a-date", "--out", str(tmp_path / "x.json")])
    assert info.value.code == 2
    assert "is not a date" in capsys.readouterr().err


def test_db_comes_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POE_REVIEWER_DB", f"sqlite:///{tmp_path / 'env.sqlite3'}")
    make_bundle(tmp_path / "b", "E1")
    assert main(["import", "-q", str(tmp_path / "b")]) == 1, "a database named there is made only with --create"
    assert "there is no review database at" in capsys.readouterr().err
    assert main(["import", "-q", "--create", str(tmp_path / "b")]) == 0
    assert (tmp_path / "env.sqlite3").exists()
    capsys.readouterr()
    assert main(["queue", "--json"]) == 0
    assert [c["claim_id"] for c in json.loads(capsys.readouterr().out)] == ["E1"]


def test_a_newer_database_is_refused_by_the_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    path = tmp_path / "new.sqlite3"
    ReviewQueue(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0042'")
    assert main(["--db", str(path), "queue"]) == 1
    assert "written by a newer POE Reviewer (schema 0042)" in capsys.readouterr().err
