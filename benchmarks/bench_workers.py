"""A team's imports over several workers: N one-page claims queued once, imported by one worker process and
by two (``poe-reviewer worker --until-empty``), on one PostgreSQL queue, in the same run.

Run: ``.venv/bin/python tools/pg_test_server.py --install -- .venv/bin/python benchmarks/bench_workers.py
[--claims 300] [--workers 2]`` (the server script starts a throw-away PostgreSQL on loopback and sets
``POE_TEST_PG_URL``); or set ``POE_TEST_PG_URL`` to a database you may create databases from.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.bench_scaling import write_queue  # noqa: E402
from poe_reviewer.application.queue import ReviewQueue  # noqa: E402


def fresh_database(base: str) -> str:
    import psycopg

    name = f"bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base.replace("postgresql+psycopg://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return base.rsplit("/", 1)[0] + f"/{name}"


def drain(url: str, paths: list[Path], workers: int) -> float:
    with ReviewQueue(url, actor="lead@example.com") as store:
        store.add_import_jobs([str(p) for p in paths], "lead@example.com")
    command = [sys.executable, "-m", "poe_reviewer", "--db", url, "worker", "--until-empty", "--quiet", "--idle", "0.2"]
    t0 = time.perf_counter()
    running = [subprocess.Popen(command) for _ in range(workers)]
    for process in running:
        if process.wait() != 0:
            raise SystemExit(f"a worker failed (exit {process.returncode})")
    seconds = time.perf_counter() - t0
    with ReviewQueue(url) as store:
        counts = store.import_job_counts()
    if counts["done"] != len(paths):
        raise SystemExit(f"not every job was done: {counts}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    base = os.environ.get("POE_TEST_PG_URL")
    if not base:
        print("POE_TEST_PG_URL is not set: run through tools/pg_test_server.py (see the docstring)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_queue(Path(tmp), args.claims)
        # interleaved, twice each: the faster of two
        times: dict[int, list[float]] = {1: [], args.workers: []}
        for _ in range(2):
            for n in times:
                times[n].append(drain(fresh_database(base), paths, n))
    one, many = min(times[1]), min(times[args.workers])
    print(f"{args.claims} one-page claims queued, imported by worker processes on one PostgreSQL queue")
    print(f"  1 worker : {one:6.1f} s  {args.claims / one:5.1f} claims/s")
    print(f"  {args.workers} workers: {many:6.1f} s  {args.claims / many:5.1f} claims/s   speed-up {one / many:.2f}x")
    print(f"  a day (8 h) at this rate: {8 * 3600 * args.claims / many:,.0f} claims with {args.workers} workers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
