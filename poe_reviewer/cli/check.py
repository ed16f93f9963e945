"""``poe-reviewer check``: check bundles and print their reports (imports no Qt, no database)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from poe_reviewer.application.bundles import named_paths
from poe_reviewer.bundle import BundleLimits
from poe_reviewer.cli.common import EXIT_BUNDLE_ERROR, EXIT_OK
from poe_reviewer.errors import BundleError


def expand(paths: Sequence[str]) -> list[str]:
    """Every bundle named (a queue folder stands for its entries); what is no bundle is left for the
    loader to explain, by name."""
    return [n.path for n in named_paths(paths)]


def cmd_check(args: argparse.Namespace) -> int:
    from poe_reviewer.pipeline import check_paths

    limits = BundleLimits(max_expanded_bytes=args.max_bundle_bytes, max_entries=args.max_entries)
    paths = expand(args.bundles)
    reports: list[dict[str, object]] = []
    status = EXIT_OK
    first = True
    for _path, outcome in check_paths(paths, as_queue=args.queue, limits=limits):
        if isinstance(outcome, BundleError):
            print(f"poe-reviewer: {outcome}", file=sys.stderr)
            status = EXIT_BUNDLE_ERROR
            continue
        if args.json:
            reports.append(outcome.to_json())
        else:
            if not first:
                print("\n" + "-" * 100 + "\n")
            print(outcome.to_text())
            first = False
    if args.json:
        doc: object = reports[0] if len(args.bundles) == 1 and len(paths) == 1 and len(reports) == 1 else reports
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    return status
