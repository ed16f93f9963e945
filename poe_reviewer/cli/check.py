"""``poe-reviewer check``: check bundles and print their reports (imports no Qt, no database)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from poe_reviewer.application.bundles import named_paths
from poe_reviewer.bundle import BundleLimits
from poe_reviewer.cli.common import EXIT_BUNDLE_ERROR, EXIT_OK
from poe_reviewer.errors import BundleError

if TYPE_CHECKING:
    from poe_reviewer.application.queue import ReviewQueue
    from poe_reviewer.application.returning import WhatChanged
    from poe_reviewer.report import Report


def expand(paths: Sequence[str]) -> list[str]:
    """Every bundle named (a queue folder stands for its entries); what is no bundle is left for the
    loader to explain, by name."""
    return [n.path for n in named_paths(paths)]


def cmd_check(args: argparse.Namespace) -> int:
    from poe_reviewer.conflicts.in_queue import settle
    from poe_reviewer.pipeline import check_paths, default_jobs

    limits = BundleLimits(max_expanded_bytes=args.max_bundle_bytes, max_entries=args.max_entries)
    paths = expand(args.bundles)
    reports: list[dict[str, object]] = []
    status = EXIT_OK
    first = True
    compare = bool(getattr(args, "db", None))
    store = _read_queue(args.db) if compare else None
    try:
        for _path, outcome in check_paths(
            paths, as_queue=args.queue, limits=limits, settle=settle, jobs=args.jobs or default_jobs()
        ):
            if isinstance(outcome, BundleError):
                print(f"poe-reviewer: {outcome}", file=sys.stderr)
                status = EXIT_BUNDLE_ERROR
                continue
            returning = _returning(store, outcome) if store is not None else None
            if args.json:
                data = outcome.to_json()
                if returning is not None:
                    # not a field of poe-check-report/1: readers that do not know it ignore it
                    data["returning"] = returning.to_json()
                reports.append(data)
            else:
                if not first:
                    print("\n" + "-" * 100 + "\n")
                print(outcome.to_text())
                if returning is not None:
                    print(returning_text(returning))
                first = False
    finally:
        if store is not None:
            store.close()
    if args.json:
        doc: object = reports[0] if len(args.bundles) == 1 and len(paths) == 1 and len(reports) == 1 else reports
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    return status


def _read_queue(db: str) -> ReviewQueue:
    from poe_reviewer.application.database import open_queue

    return open_queue(db, create=False)


def _returning(store: ReviewQueue, report: Report) -> WhatChanged | None:
    from poe_reviewer.application.returning import compare_report

    return compare_report(store, report)


def returning_text(changed: WhatChanged) -> str:
    """The comparison with the last decision, for the terminal."""
    from poe_reviewer.application.returning import REASON_LABELS

    d = changed.previous.decision
    lines = ["", f"  Returning claim: {changed.headline()}", f"  Last decision's comment: {d.comment[:300]}"]
    for r in changed.reasons:
        lines.append(f"    [{REASON_LABELS[r.state]}] {r.reason}: {r.summary[:160]}")
    for c in changed.changed_documents:
        was = f" (was {c.previous_path})" if c.previous_path and c.previous_path != c.path else ""
        lines.append(f"    {c.change}: {c.path}{was}")
    return "\n".join(lines)
