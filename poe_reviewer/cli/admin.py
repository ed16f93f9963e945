"""``backup``: a copy of the review database to restore when the file is lost or damaged.

An SQLite database is copied with SQLite's online backup API (consistent while reviewers keep
working), by default into ``backups/`` beside it as ``<name>-YYYYMMDD-HHMMSS.sqlite3``, never over
an existing file, and the copy's integrity is checked before its path is printed. A damaged
database names the newest of these copies when it is refused. PostgreSQL is backed up with its own
``pg_dump``: the command prints it (password left out) and does nothing else.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from poe_reviewer.cli.common import EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from poe_reviewer.application.database import backup

    done = backup(args.db, Path(args.out) if args.out else None)
    if done.command is not None:
        print(
            f"The review database {done.database} is on PostgreSQL: back it up with PostgreSQL's own tool "
            "(it asks for the password), for example:"
        )
        print(f"  {done.command}")
        return EXIT_OK
    print(f"Backed up the review database {done.database} to {done.copy} (integrity checked).")
    return EXIT_OK
