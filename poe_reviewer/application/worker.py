"""A worker: imports the bundles a team queued (``poe-reviewer enqueue``), one job at a time, from the shared
queue. Several workers (two reviewers' laptops, a small server pool, or one process per core) share one
PostgreSQL queue: each takes the oldest job nobody holds (storage/store_jobs.py), imports it as ``import``
does, and records how it ended. A worker that is stopped loses its job when the lease runs out, and
another takes it; the import is idempotent by digest, so nothing is lost and nothing imported twice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator

from poe_reviewer.application.imports import REUSE_EVERY, ImportingQueue
from poe_reviewer.errors import BundleError
from poe_reviewer.storage.store import ImportResult
from poe_reviewer.storage.store_jobs import ImportJob

#: How long a worker holds a job without renewing it (it renews a third of the way through).
LEASE = dt.timedelta(minutes=5)


def worker_name() -> str:
    """This worker as the jobs record it: its machine and process."""
    return f"{socket.gethostname()}:{os.getpid()}"


def outcome_text(outcome: ImportResult | BundleError) -> str:
    if isinstance(outcome, BundleError):
        return str(outcome)
    return f"claim {outcome.claim_id} r{outcome.revision} {outcome.outcome} ({outcome.recommendation})"


@contextlib.contextmanager
def _held(store: ImportingQueue, job: ImportJob, name: str, lease: dt.timedelta) -> Iterator[None]:
    """Renew the job's lease while it is being imported (a long scan outlasts one lease)."""
    done = threading.Event()

    def renew() -> None:
        while not done.wait(lease.total_seconds() / 3) and store.renew_import_job(job, name, lease):
            pass

    keeper = threading.Thread(target=renew, name=f"lease-{job.id}", daemon=True)
    keeper.start()
    try:
        yield
    finally:
        done.set()
        keeper.join()


def run_worker(
    store: ImportingQueue,
    *,
    name: str | None = None,
    lease: dt.timedelta = LEASE,
    until_empty: bool = False,
    idle_seconds: float = 5.0,
    stop: Callable[[], bool] = lambda: False,
) -> Iterator[tuple[ImportJob, ImportResult | BundleError]]:
    """Take and import jobs until ``stop`` says so (or, ``until_empty``, until none is queued or held); yield each
    job with its outcome. The queue-wide reuse check runs every :data:`REUSE_EVERY` imports, when the
    queue is idle and at the end."""
    name = name or worker_name()
    since = 0
    try:
        while not stop():
            job = store.take_import_job(name, lease)
            if job is None:
                if since:
                    store.catch_up_reuse()
                    since = 0
                # another worker's job may come back to the pool (its worker stopped): empty is none held either
                if until_empty and not store.import_job_counts()["running"]:
                    return
                time.sleep(idle_seconds)
                continue
            with _held(store, job, name, lease):
                outcome = store.import_one(job.bundle_path)
            store.finish_import_job(job, name, outcome_text(outcome), failed=isinstance(outcome, BundleError))
            yield job, outcome
            if isinstance(outcome, ImportResult) and outcome.outcome != "unchanged":
                since += 1
            if since >= REUSE_EVERY:
                store.catch_up_reuse()
                since = 0
    finally:
        if since:
            store.catch_up_reuse()
