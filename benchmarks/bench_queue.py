"""The review queue at size: memory while importing 1,000 bundles, and listing 10,000 claims by due date.

1. Import N small bundles (one real one-page PDF each) through ``ReviewQueue.import_paths`` and
   sample the process's resident memory (current and peak RSS, from /proc and getrusage) along
   the way. Aim: memory does not grow with the count: the RSS at the end is within a few MB of
   the RSS after the first hundred bundles.
2. Grow the queue to M claims (the imported rows cloned with other ids and due dates, by SQL:
   importing 10,000 bundles would only measure importing again) and time
   ``ReviewQueue.list_claims()`` (every claim, soonest deadline first) against a raw
   ``SELECT * FROM claims ORDER BY sort_due`` of the same rows through the DB driver in the same
   run, so the ratio is comparable across machines. Aim: under 50 ms.

Run: ``.venv/bin/python benchmarks/bench_queue.py [--bundles 1000] [--claims 10000] [--db URL]``
(default: a temporary SQLite file; ``--db postgresql+psycopg://...`` for PostgreSQL, an empty
database).
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import itertools
import json
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pymupdf
from sqlalchemy import insert, select

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from poe_reviewer.application.queue import ReviewQueue  # noqa: E402
from poe_reviewer.storage import models as m  # noqa: E402
from tests.builders import CPOR_USAGE  # noqa: E402

LIST_BUDGET_MS = 50.0
MEMORY_BUDGET_MB = 16.0


def rss_mb() -> float:
    """Current resident set size in MB (Linux)."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # KiB on Linux


def write_bundles(root: Path, count: int) -> list[Path]:
    paths: list[Path] = []
    for i in range(count):
        b = root / f"b{i:05d}"
        (b / "POE").mkdir(parents=True)
        claim = copy.deepcopy(CPOR_USAGE)
        claim["claim_id"] = f"B{i:06d}"
        claim["customer"]["tenant_id"] = f"tenant-{i}"
        (b / "claim.json").write_text(json.dumps(claim))
        doc = pymupdf.open()
        page = doc.new_page()
        page.insert_text(
            (72, 72),
            f"Statement of work {i}: Fabrikam, Inc. deploys Microsoft Intune for Contoso Ltd,\n"
            f"{100 + i} devices, weeks 1-6. Signed John Doe, CISO, 2025-0{1 + i % 8}-1{i % 10}.",
        )
        (b / "POE" / "Contoso_Intune_POE_signed.pdf").write_bytes(doc.tobytes())
        doc.close()
        paths.append(b)
    return paths


def bench_import(store: ReviewQueue, paths: list[Path]) -> bool:
    marks = sorted({min(len(paths), x) for x in (100, len(paths) // 4, len(paths) // 2, len(paths))})
    samples: list[tuple[int, float, float, float]] = []
    start = time.perf_counter()
    for done, (_path, outcome) in enumerate(store.import_paths(paths), start=1):
        if isinstance(outcome, Exception):
            raise outcome
        if done in marks:
            samples.append((done, time.perf_counter() - start, rss_mb(), peak_rss_mb()))
    total = time.perf_counter() - start
    print(f"Imported {len(paths)} bundles in {total:.1f} s ({1000 * total / len(paths):.1f} ms per bundle)")
    print(f"{'bundles':>8}  {'seconds':>8}  {'RSS MB':>8}  {'peak RSS MB':>11}")
    for done, secs, rss, peak in samples:
        print(f"{done:8d}  {secs:8.1f}  {rss:8.1f}  {peak:11.1f}")
    growth = samples[-1][2] - samples[0][2]
    peak_growth = samples[-1][3] - samples[0][3]
    ok = growth < MEMORY_BUDGET_MB and peak_growth < MEMORY_BUDGET_MB
    print(
        f"RSS growth from bundle {samples[0][0]} to {samples[-1][0]}: {growth:+.1f} MB (peak {peak_growth:+.1f} MB); "
        f"budget {MEMORY_BUDGET_MB:.0f} MB: {'OK' if ok else 'GROWS WITH THE COUNT'}"
    )
    return ok


def grow_queue(store: ReviewQueue, target: int) -> None:
    """Clone imported claim rows (new ids, spread due dates) until the queue holds ``target`` claims."""
    with store.engine.begin() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(m.Claim.__table__))]
        have = len(rows)
        rng = random.Random(7)
        base = dt.date(2025, 9, 1)
        batch: list[dict[str, object]] = []
        for i in range(have, target):
            row = dict(rows[i % have])
            row.pop("id")
            row["claim_id"] = f"S{i:06d}"
            due = base + dt.timedelta(days=rng.randint(0, 120)) if rng.random() > 0.1 else None
            row["review_due"] = row["next_due"] = due
            row["next_clock"] = "review" if due else None
            row["sort_due"] = due or m.NO_DUE_DATE
            batch.append(row)
            if len(batch) == 1000:
                conn.execute(insert(m.Claim.__table__), batch)
                batch = []
        if batch:
            conn.execute(insert(m.Claim.__table__), batch)


def timed(fn: object, rounds: int) -> float:
    times: list[float] = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return 1000 * statistics.median(times)


def bench_list(store: ReviewQueue, rounds: int) -> bool:
    count = store.count_claims()
    # The baseline: the same query (columns, join, order) straight through the DB driver, no objects built.
    same_query = str(
        store.summary_select(store.now())
        .order_by(m.Claim.sort_due, m.Claim.id)
        .compile(store.engine, compile_kwargs={"literal_binds": True})
    )

    def raw(sql: str) -> None:
        conn = store.engine.raw_connection()
        try:
            cur = conn.cursor()
            cur.execute(sql)
            cur.fetchall()
            cur.close()
        finally:
            conn.close()

    def listing() -> None:
        claims = store.list_claims()
        assert len(claims) == count

    raw(same_query)
    listing()
    raw_ms = timed(lambda: raw(same_query), rounds)
    star_ms = timed(lambda: raw("SELECT * FROM claims ORDER BY sort_due, id"), rounds)
    list_ms = timed(listing, rounds)
    ordered = store.list_claims()
    assert all(
        a.next_due is None or b.next_due is None or a.next_due <= b.next_due for a, b in itertools.pairwise(ordered)
    )
    ok = list_ms < LIST_BUDGET_MS
    print(
        f"Listing {count} claims sorted by due date: {list_ms:.1f} ms (median of {rounds}); the same SELECT through "
        f"the driver: {raw_ms:.1f} ms, ratio {list_ms / raw_ms:.2f}x (SELECT * of the table: {star_ms:.1f} ms); "
        f"budget {LIST_BUDGET_MS:.0f} ms: {'OK' if ok else 'TOO SLOW'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundles", type=int, default=1000)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="poe-bench-queue-"))
    try:
        url = args.db or f"sqlite:///{work / 'bench.sqlite3'}"
        print(f"Writing {args.bundles} bundles ...", flush=True)
        paths = write_bundles(work / "queue", args.bundles)
        with ReviewQueue(url, actor="bench@example.com") as store:
            print(f"Database: {store.url}")
            memory_ok = bench_import(store, paths)
            grow_queue(store, args.claims)
            list_ok = bench_list(store, args.rounds)
        return 0 if memory_ok and list_ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
