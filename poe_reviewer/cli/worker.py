"""``poe-reviewer enqueue`` and ``poe-reviewer worker``: a team's imports spread over several machines."""

from __future__ import annotations

import argparse
import datetime as dt
import signal
import sys
from types import FrameType

from poe_reviewer.cli.check import expand
from poe_reviewer.cli.common import EXIT_BUNDLE_ERROR, EXIT_OK, open_store
from poe_reviewer.errors import BundleError


def cmd_enqueue(args: argparse.Namespace) -> int:
    from poe_reviewer.application.queue import default_actor

    paths = expand(args.bundles)
    with open_store(args) as store:
        added = store.add_import_jobs(paths, default_actor())
        counts = store.import_job_counts()
    print(
        f"Queued {added} bundle(s) for the workers; {counts['queued']} waiting, {counts['running']} being imported.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_worker(args: argparse.Namespace) -> int:
    from poe_reviewer.application.worker import outcome_text, run_worker

    stopping = [False]

    def stop(_signum: int, _frame: FrameType | None) -> None:
        # the job in hand is finished, then the worker stops (a second signal stops it at once)
        stopping[0] = True
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    bad = 0
    with open_store(args) as store:
        for job, outcome in run_worker(
            store,
            lease=dt.timedelta(seconds=args.lease),
            until_empty=args.until_empty,
            idle_seconds=args.idle,
            stop=lambda: stopping[0],
        ):
            bad += isinstance(outcome, BundleError)
            if not args.quiet or isinstance(outcome, BundleError):
                print(f"job {job.id}\t{outcome_text(outcome)}\t{job.bundle_path}", flush=True)
    return EXIT_BUNDLE_ERROR if bad else EXIT_OK
