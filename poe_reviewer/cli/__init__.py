"""The ``poe-reviewer`` command line.

``poe-reviewer check BUNDLE... [--json] [--queue]`` prints check reports. The ``check``
path imports no Qt at all (the workbench is imported only by ``gui``). Errors a user
can cause are printed as one line on stderr naming the bundle and the reason; exit
status 0 means every report was produced (failing checks included), 1 that at least
one bundle could not be loaded, 2 a usage error.

The review queue lives in a database (``--db URL``, else ``POE_REVIEWER_DB``, else an
SQLite file in the user's data directory), the same one the workbench opens. ``--db`` and
``--create`` are accepted before or after any command (``check`` ignores them). A database is
opened on purpose:

* only the default one is made on first run; anywhere else a database that is not there (a
  missing SQLite file, a PostgreSQL database without the program's tables) is refused unless
  ``--create`` asks for a new one, and no folder is made for it;
* a value that is not a database URL or file path, a scheme other than SQLite and PostgreSQL,
  or a driver that is not installed is refused;
* a damaged SQLite file is refused before anything is written to it, naming the newest backup;
* a PostgreSQL server that does not answer within the connect timeout, a write that waits too
  long for another reviewer's lock, or one that runs out of time, is refused with a sentence
  saying so, nothing saved.

Each of these is one line on stderr (``poe-reviewer: ...``, passwords hidden) and exit status
1, never a traceback. The commands:

* ``import QUEUE_DIR|BUNDLE...`` imports and checks bundles (a progress bar on stderr);
  a bad bundle is reported and skipped, exit 1 when there was one;
* ``queue [--status S] [--due overdue|today|week]`` lists the queue, soonest deadline first;
* ``decide CLAIM_ID --approve|--reject|--action-required ...`` records a decision;
* ``export --out FILE [--undelivered|--since DATE|--all]`` writes the decision export;
* ``conflicts [--group ID] [--all] [--json]`` lists the groups of conflicting CPOR claims, with
  their window and suggested winner; ``decide-group GROUP_ID --winner CLAIM_ID --reason TEXT ...``
  decides a group as one;
* ``backup [--out FILE]`` copies an SQLite database (consistent, integrity-checked, never over a
  file; by default into ``backups/`` beside it), or prints the ``pg_dump`` command for PostgreSQL;
* ``gui [--sample-queue] [--claim ID] [--screenshot FILE]`` opens the workbench (the only
  command that imports Qt).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from poe_reviewer.cli.common import EXIT_BUNDLE_ERROR, EXIT_OK, EXIT_USAGE
from poe_reviewer.cli.parser import build_parser
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.third_party import silence_known_warnings

__all__ = ["EXIT_BUNDLE_ERROR", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    silence_known_warnings()
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
