"""A team's imports over several machines: import jobs in the shared queue, taken by whichever worker
comes first; a worker that stops loses its job to another when the lease runs out; nothing is lost and no
claim imported twice."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.application.worker import run_worker
from poe_reviewer.cli import main
from poe_reviewer.storage import models as m
from poe_reviewer.storage.store_jobs import MAX_ATTEMPTS
from tests.test_storage import Clock, make_bundle, pg_database

pytest_plugins = ("tests.test_storage",)
LEASE = dt.timedelta(minutes=5)


def _claims(store: ReviewQueue) -> dict[str, int]:
    """Revisions stored by claim id."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(m.Claim.claim_id, func.count(m.ClaimRevision.id)).join(m.ClaimRevision).group_by(m.Claim.claim_id)
        ).all()
    return {str(c): int(n) for c, n in rows}


def test_a_worker_imports_every_queued_bundle_and_records_how_each_ended(store: ReviewQueue, tmp_path: Path) -> None:
    paths = [str(make_bundle(tmp_path / f"b{i}", f"W{i}")) for i in range(3)]
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "claim.json").write_text("{not json")
    store.add_import_jobs([*paths, str(broken)], "lead@example.com")
    assert store.import_job_counts()["queued"] == 4

    ended = list(run_worker(store, name="laptop-1", until_empty=True))

    assert [job.bundle_path for job, _ in ended] == [*paths, str(broken)]  # oldest first
    assert store.import_job_counts() == {"queued": 0, "running": 0, "done": 3, "failed": 1}
    assert _claims(store) == {"W0": 1, "W1": 1, "W2": 1}
    with store.engine.connect() as conn:
        failed = conn.execute(select(m.ImportJob.outcome).where(m.ImportJob.state == "failed")).scalar_one()
    assert "broken" in failed  # the reason names the bundle


def test_a_job_whose_worker_stopped_is_taken_again_when_its_lease_runs_out(
    store: ReviewQueue, tmp_path: Path, clock: Clock
) -> None:
    path = str(make_bundle(tmp_path / "b", "W1"))
    store.add_import_jobs([path], "lead@example.com")
    held = store.take_import_job("laptop-1", LEASE)  # laptop-1 is then switched off mid-import
    assert held is not None
    assert store.take_import_job("laptop-2", LEASE) is None  # held: nobody else takes it

    clock.advance(minutes=6)
    again = store.take_import_job("laptop-2", LEASE)
    assert again is not None
    assert (again.id, again.attempts) == (held.id, 2)
    assert store.finish_import_job(again, "laptop-2", "claim W1 r1 new", failed=False)
    # laptop-1 comes back late: its result does not overwrite the one that stands
    assert not store.finish_import_job(held, "laptop-1", "claim W1 r1 new", failed=False)
    assert not store.renew_import_job(held, "laptop-1", LEASE)
    assert store.import_job_counts()["done"] == 1


def test_a_bundle_that_stops_its_workers_again_and_again_is_given_up_with_the_reason(
    store: ReviewQueue, tmp_path: Path, clock: Clock
) -> None:
    store.add_import_jobs([str(tmp_path / "crashes-the-reader")], "lead@example.com")
    for _ in range(MAX_ATTEMPTS):
        assert store.take_import_job("laptop-1", LEASE) is not None
        clock.advance(minutes=6)
    assert store.take_import_job("laptop-1", LEASE) is None
    with store.engine.connect() as conn:
        outcome = conn.execute(select(m.ImportJob.outcome)).scalar_one()
    assert f"stopped {MAX_ATTEMPTS} times" in outcome
    assert store.import_job_counts()["failed"] == 1


def test_enqueue_then_worker_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    queue = tmp_path / "queue"
    for i in range(2):
        make_bundle(queue / f"b{i}", f"C{i}")
    assert main(["--db", db, "--create", "enqueue", str(queue)]) == 0
    assert "Queued 2 bundle(s)" in capsys.readouterr().err
    assert main(["--db", db, "worker", "--until-empty"]) == 0
    out = capsys.readouterr().out
    assert "claim C0 r1 new" in out
    assert "claim C1 r1 new" in out


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from pg_database()


def _worker(url: str, lease: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "poe_reviewer", "--db", url, "worker", "--until-empty", "--lease", str(lease),
         "--idle", "0.2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "POE_REVIEWER_ISOLATE": "0"},
    )  # fmt: skip


@pytest.mark.integration
def test_two_workers_on_postgresql_import_every_claim_once_though_one_is_killed(pg_url: str, tmp_path: Path) -> None:
    count = 24
    paths = [str(make_bundle(tmp_path / f"b{i:02d}", f"P{i:02d}")) for i in range(count)]
    with ReviewQueue(pg_url, actor="lead@example.com") as store:
        store.add_import_jobs(paths, "lead@example.com")
    lease = 3.0
    doomed, steady = _worker(pg_url, lease), _worker(pg_url, lease)
    with ReviewQueue(pg_url) as store:
        deadline = time.monotonic() + 120
        while store.import_job_counts()["done"] < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        doomed.send_signal(signal.SIGKILL)  # a laptop switched off mid-job: no goodbye
        doomed.wait(timeout=30)
        out, err = steady.communicate(timeout=240)
        assert steady.returncode == 0, err
        # the survivor waited for the killed worker's job to come back (its lease ran out) and imported it
        counts = store.import_job_counts()
        assert counts == {"queued": 0, "running": 0, "done": count, "failed": 0}, counts
        assert _claims(store) == {f"P{i:02d}": 1 for i in range(count)}  # none lost, none imported twice
    assert out.count("\tclaim P") >= count // 2  # the survivor did at least its share
