"""The ``poe-reviewer`` command line.

``poe-reviewer check BUNDLE... [--json] [--queue]`` prints check reports. The ``check``
path imports no Qt at all (the workbench is imported only by ``gui``). Errors a user
can cause are printed as one line on stderr naming the bundle and the reason; exit
status 0 means every report was produced (failing checks included), 1 that at least
one bundle could not be loaded, 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from poe_reviewer import __version__
from poe_reviewer.bundle import CLAIM_FILE, BundleLimits
from poe_reviewer.errors import BundleError, PoeReviewerError

EXIT_OK = 0
EXIT_BUNDLE_ERROR = 1
EXIT_USAGE = 2


def _expand(paths: Sequence[str]) -> list[str]:
    """A directory without claim.json is a queue (spec section 2): its entries are bundles."""
    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir() and not (p / CLAIM_FILE).exists():
            entries = sorted(
                e for e in p.iterdir() if (e.is_dir() or e.suffix.lower() == ".zip") and not e.name.startswith(".")
            )
            if entries:
                out.extend(str(e) for e in entries)
                continue
        out.append(raw)
    return out


def _cmd_check(args: argparse.Namespace) -> int:
    from poe_reviewer.pipeline import check_paths

    limits = BundleLimits(max_expanded_bytes=args.max_bundle_bytes, max_entries=args.max_entries)
    paths = _expand(args.bundles)
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="poe-reviewer",
        description="Review Proof of Execution (POE) of Microsoft partner incentive claims.",
    )
    parser.add_argument("--version", action="version", version=f"poe-reviewer {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser(
        "check",
        help="check claim bundles and print their reports",
        description=(
            "Check claim bundles (directories or .zip files; a directory without claim.json is a queue of "
            "bundles) and print one report per bundle. Exit 0 when every report was produced, failing checks "
            "included; 1 when a bundle could not be loaded."
        ),
    )
    check.add_argument("bundles", nargs="+", metavar="BUNDLE", help="bundle directory, .zip file or queue directory")
    check.add_argument("--json", action="store_true", help="print the poe-check-report/1 JSON (an array for several)")
    check.add_argument(
        "--queue", action="store_true", help="check the bundles as one queue (finds evidence reused across claims)"
    )
    check.add_argument(
        "--max-bundle-bytes",
        type=int,
        default=BundleLimits().max_expanded_bytes,
        metavar="N",
        help="refuse a bundle that expands to more than N bytes (default: 2 GiB)",
    )
    check.add_argument(
        "--max-entries",
        type=int,
        default=BundleLimits().max_entries,
        metavar="N",
        help="refuse a bundle with more than N files (default: 20000)",
    )
    check.set_defaults(func=_cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.CRITICAL, format="%(levelname)s %(name)s: %(message)s"
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        code: int = args.func(args)
    except PoeReviewerError as exc:
        print(f"poe-reviewer: {exc}", file=sys.stderr)
        return EXIT_BUNDLE_ERROR
    except KeyboardInterrupt:
        print("poe-reviewer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code
