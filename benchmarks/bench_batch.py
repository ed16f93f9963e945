"""A batch decision at size: 500 claims selected and rejected at once, in the real window (offscreen).

The reviewer selects every claim of the queue (Ctrl+A) and presses R: the plan is read in the background
(each claim under the guards of a single decision), shown, confirmed, and the decisions are saved on the
writer thread one task per claim while the rows update. Measured, in the same run:

* **the batch**: from R to the last decision saved and shown (planning + confirming + saving);
* **baseline**: the same number of claims decided one by one through ``ReviewQueue.decide`` alone (no plan,
  no window), on a copy of the same database: what the storage costs anyway;
* **the event loop**: a 10 ms QTimer on the GUI thread records the longest gap between its ticks while the
  batch runs. Aim: the batch under 10 s on SQLite and no gap over 100 ms.

Run: ``.venv/bin/python benchmarks/bench_batch.py [--claims 500]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.bench_queue import write_bundles  # noqa: E402
from benchmarks.bench_ui import STALL_BUDGET_MS, GapMeter, wait_for  # noqa: E402
from poe_reviewer.application.queue import ReviewQueue  # noqa: E402
from poe_reviewer.ui import errors, settings  # noqa: E402
from poe_reviewer.ui.app import settle_interpreter  # noqa: E402
from poe_reviewer.ui.main_window import MainWindow  # noqa: E402

BATCH_BUDGET_S = 10.0
REVIEWER = "bench.reviewer@example.com"
COMMENT = "Dear Partner, the POE does not show the customer's acknowledgement of the work."


def baseline(db: Path, ids: list[str]) -> float:
    """Seconds to decide ``ids`` one by one through the store alone."""
    with ReviewQueue(str(db), actor=REVIEWER) as store:
        started = time.perf_counter()
        for claim_id in ids:
            store.decide(claim_id, "reject", reviewer=REVIEWER, comment=COMMENT)
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=500)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    errors.set_error_windows(False)
    with tempfile.TemporaryDirectory(prefix="poe-bench-batch-") as raw:
        tmp = Path(raw)
        settings.configure("POE Reviewer Bench", "workbench", tmp / "config")
        ui = settings.Settings()
        ui.set(settings.REVIEWER_EMAIL, REVIEWER)
        ui.set(settings.REVIEWER_NAME, "Bench Reviewer")
        db = tmp / "queue.sqlite3"
        started = time.perf_counter()
        with ReviewQueue(str(db)) as store:
            list(store.import_paths(write_bundles(tmp / "bundles", args.claims)))
            ids = [c.claim_id for c in store.list_claims()]
        print(f"Queue: {len(ids)} claims imported in {time.perf_counter() - started:.0f} s")
        copy = tmp / "baseline.sqlite3"
        shutil.copy(db, copy)
        base = baseline(copy, ids)

        window = MainWindow(ReviewQueue(str(db)), ui)
        settle_interpreter()  # as the workbench does once its window is built
        window.resize(1600, 1000)
        window.show()
        if not wait_for(app, lambda: window.current_claim_id is not None):
            raise SystemExit("the queue did not load")
        window.table.selectAll()
        meter = GapMeter()
        meter.start()
        began = time.perf_counter()
        window.start_decision("reject")
        if not wait_for(app, lambda: window.batch.dialog is not None and window.batch.dialog.isVisible(), 120):
            raise SystemExit(f"no plan was shown: {window.message_bar.text()}")
        planned = time.perf_counter() - began
        dialog = window.batch.dialog
        assert dialog is not None
        to_decide = len(dialog.plan.to_decide)
        dialog.accept()
        wait_for(app, lambda: window.batch.running is None, 300)
        took = time.perf_counter() - began
        meter.stop()
        gaps = meter.gaps[1:]
        worst = max(gaps)
        window.close()
        with ReviewQueue(str(db)) as store:
            decided = sum(1 for c in store.list_claims() if c.status == "rejected")
    print(f"Batch reject of {len(ids)} selected claims ({to_decide} decidable, {decided} saved)")
    each = 1000 * took / max(decided, 1)
    print(f"   plan read and shown: {planned:.2f} s; the whole batch: {took:.2f} s ({each:.1f} ms a claim)")
    print(f"   baseline, ReviewQueue.decide alone, one by one: {base:.2f} s; ratio {took / base:.1f}x")
    print(f"   longest gap between event-loop ticks: {worst:.0f} ms")
    fast, smooth = took < BATCH_BUDGET_S, worst < STALL_BUDGET_MS
    print(f"   aim < {BATCH_BUDGET_S:.0f} s: {'OK' if fast else 'SLOW'}; aim < {STALL_BUDGET_MS:.0f} ms: "
          f"{'OK' if smooth else 'STALLS'}")  # fmt: skip
    if errors.unexpected:
        print("unexpected errors:", *(m.text for m in errors.unexpected), sep="\n  ")
        return 1
    return 0 if fast and smooth and decided == len(ids) else 1


if __name__ == "__main__":
    sys.exit(main())
