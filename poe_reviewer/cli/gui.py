"""``gui``: the one command that imports Qt, and only when it runs."""

from __future__ import annotations

import argparse


def cmd_gui(args: argparse.Namespace) -> int:
    # Imported here, and only here: every other command runs without Qt.
    from poe_reviewer.ui.app import run_gui

    return run_gui(
        args.db, screenshot=args.screenshot, claim=args.claim, sample_queue=args.sample_queue, create=args.create,
        as_of=args.as_of, size=args.size,
    )  # fmt: skip
