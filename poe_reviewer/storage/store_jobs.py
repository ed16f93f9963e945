"""Import jobs: bundles a team adds to the shared queue, imported by whichever worker takes each first.

A worker takes the oldest job no one holds (PostgreSQL: ``FOR UPDATE SKIP LOCKED``, so two workers never
wait on or take the same row; SQLite: its one writer at a time) and holds it for a lease. A worker that
stops (killed, its machine gone) loses its jobs when their leases run out, and another takes them: no job
is lost. The import itself is idempotent by the bundle's digest, so a job imported again after its worker
stopped between saving and finishing changes nothing: no claim is imported twice. A bundle that stopped
its workers too many times is given up with that reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select, update

from poe_reviewer.storage import models as m
from poe_reviewer.storage.store_notes import NotesStore

#: A bundle whose workers stopped this many times while reading it is not tried again.
MAX_ATTEMPTS = 3
STATES = ("queued", "running", "done", "failed")


@dataclass(frozen=True)
class ImportJob:
    id: int
    bundle_path: str
    attempts: int


class JobsStore(NotesStore):
    """The queue's import jobs (``import_jobs``)."""

    def add_import_jobs(self, paths: Sequence[str], by: str) -> int:
        """Queue bundles for the workers; returns how many were added."""
        now = self.now()
        with self._write() as s:
            s.add_all(m.ImportJob(bundle_path=p, added_at=now, added_by=by, state="queued", attempts=0) for p in paths)
        return len(paths)

    def take_import_job(self, worker: str, lease: dt.timedelta) -> ImportJob | None:
        """The oldest job no worker holds (queued, or its worker's lease ran out), now held by ``worker``."""
        while True:
            with self._write() as s:
                now = self.now()
                free = or_(
                    m.ImportJob.state == "queued", and_(m.ImportJob.state == "running", m.ImportJob.lease_until < now)
                )
                query = select(m.ImportJob).where(free).order_by(m.ImportJob.id).limit(1)
                if self.is_postgresql:
                    query = query.with_for_update(skip_locked=True)
                row = s.scalars(query).first()
                if row is None:
                    return None
                if row.attempts >= MAX_ATTEMPTS:
                    row.state, row.finished_at, row.worker = "failed", now, worker
                    row.outcome = f"its workers stopped {row.attempts} times while importing it; not tried again"
                    continue
                row.state, row.worker, row.lease_until = "running", worker, now + lease
                row.attempts += 1
                return ImportJob(row.id, row.bundle_path, row.attempts)

    def renew_import_job(self, job: ImportJob, worker: str, lease: dt.timedelta) -> bool:
        """Hold the job longer (a long bundle); False when the worker lost it (its lease ran out, another took it)."""
        with self._write() as s:
            done = s.execute(
                update(m.ImportJob)
                .where(m.ImportJob.id == job.id, m.ImportJob.worker == worker, m.ImportJob.state == "running")
                .values(lease_until=self.now() + lease)
            )
        return bool(done.rowcount)  # type: ignore[attr-defined]

    def finish_import_job(self, job: ImportJob, worker: str, outcome: str, *, failed: bool) -> bool:
        """Record how the job ended; False when the worker no longer held it (another worker's result stands)."""
        with self._write() as s:
            done = s.execute(
                update(m.ImportJob)
                .where(m.ImportJob.id == job.id, m.ImportJob.worker == worker, m.ImportJob.state == "running")
                .values(state="failed" if failed else "done", finished_at=self.now(), outcome=outcome[:2000])
            )
        return bool(done.rowcount)  # type: ignore[attr-defined]

    def import_job_counts(self) -> dict[str, int]:
        """How many jobs are in each state."""
        with self._read() as s:
            rows = s.execute(select(m.ImportJob.state, func.count()).group_by(m.ImportJob.state)).all()
        found = {str(state): int(n) for state, n in rows}
        return {state: found.get(state, 0) for state in STATES}
