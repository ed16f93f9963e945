"""The command line's arguments: one sub-command per task, each with its help."""

from __future__ import annotations

import argparse

from poe_reviewer import __version__
from poe_reviewer.bundle import BundleLimits
from poe_reviewer.cli.admin import cmd_backup
from poe_reviewer.cli.check import cmd_check
from poe_reviewer.cli.conflicts import cmd_conflicts, cmd_decide_group, uncontested_arg, winner_arg
from poe_reviewer.cli.decide import (
    cmd_audit,
    cmd_decide,
    cmd_notify,
    cmd_templates,
    cmd_undo,
    group_resolution_arg,
    resolution_arg,
)
from poe_reviewer.cli.gui import cmd_gui
from poe_reviewer.cli.notes import bbox_arg, cmd_note, cmd_notes
from poe_reviewer.cli.qc import cmd_qc
from poe_reviewer.cli.queue import cmd_export, cmd_import, cmd_queue, date_arg, workload_arg
from poe_reviewer.cli.stats import cmd_stats
from poe_reviewer.cli.worker import cmd_enqueue, cmd_worker


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of jobs (1 or more)")
    return value


def _jobs_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="read N bundles at once, each in its own process (default: one per core; 1 reads one at a time)",
    )


def _reviewer_options(parser: argparse.ArgumentParser, who: str) -> None:
    parser.add_argument(
        "--reviewer", metavar="EMAIL", help=f"{who}: your e-mail address (default: $POE_REVIEWER_EMAIL)"
    )
    parser.add_argument("--reviewer-name", metavar="NAME", help="your name, needed once (default: $POE_REVIEWER_NAME)")


def _verdict_options(parser: argparse.ArgumentParser) -> None:
    """--approve, --reject or --action-required: one of them (decide, qc overturn)."""
    verdict = parser.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--approve", dest="verdict", action="store_const", const="approve")
    verdict.add_argument("--reject", dest="verdict", action="store_const", const="reject")
    verdict.add_argument("--action-required", dest="verdict", action="store_const", const="action_required")


#: Commands that use no database: they accept --db/--create (before or after the command) and ignore them.
_NO_DATABASE = frozenset({"check"})
_DB_HELP = (
    "review database: an SQLite file path or a URL such as postgresql+psycopg://user@host/db "
    "(default: $POE_REVIEWER_DB, else an SQLite file in your data folder, made on first run)"
)
_CREATE_HELP = "start a new review database where --db (or $POE_REVIEWER_DB) points, if there is none"


def _database_options(parser: argparse.ArgumentParser, *, hidden: bool = False, top: bool = False) -> None:
    """--db and --create, on the top-level parser (with the defaults) and after every command (with
    no default, so an option given before the command is kept when it is not repeated after)."""
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None if top else argparse.SUPPRESS,
        help=argparse.SUPPRESS if hidden else _DB_HELP,
    )
    parser.add_argument(
        "--create",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help=argparse.SUPPRESS if hidden else _CREATE_HELP,
    )


def window_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a window size (WIDTHxHEIGHT, e.g. 1366x768)") from None
    if not (640 <= width <= 7680 and 480 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"{text!r}: a window from 640x480 to 7680x4320")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="poe-reviewer",
        description="Review Proof of Execution (POE) of Microsoft partner incentive claims.",
    )
    parser.add_argument("--version", action="version", version=f"poe-reviewer {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    _database_options(parser, top=True)
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
    check.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=(
            "compare each report with the review database's last decision on the same claim (a returning claim: "
            "what changed, each reason given then met or not); the database is only read"
        ),
    )
    _jobs_option(check)
    # accepted like every command's, so scripts can pass the same options; check never makes a database
    check.add_argument("--create", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    check.set_defaults(func=cmd_check)

    imp = sub.add_parser(
        "import",
        help="import and check bundles into the review queue",
        description=(
            "Import claim bundles (directories, .zip files, or a queue directory of them) into the review "
            "database and check them. The same bundle again changes nothing; the same claim with new evidence "
            "becomes a new revision. A bad bundle is reported and skipped; exit 1 when there was one."
        ),
    )
    imp.add_argument("bundles", nargs="+", metavar="BUNDLE", help="bundle directory, .zip file or queue directory")
    imp.add_argument("-q", "--quiet", action="store_true", help="print only the summary and errors")
    imp.add_argument(
        "--max-bundle-bytes", type=int, default=BundleLimits().max_expanded_bytes, metavar="N", help=argparse.SUPPRESS
    )
    imp.add_argument("--max-entries", type=int, default=BundleLimits().max_entries, metavar="N", help=argparse.SUPPRESS)
    _jobs_option(imp)
    imp.set_defaults(func=cmd_import)

    enqueue = sub.add_parser(
        "enqueue",
        help="queue bundles for the workers to import (a team queue)",
        description=(
            "Add claim bundles to the shared queue's import jobs; `poe-reviewer worker` on any machine that "
            "can read the same paths imports them. Paths are stored as given: use paths every worker can read."
        ),
    )
    enqueue.add_argument("bundles", nargs="+", metavar="BUNDLE", help="bundle directory, .zip file or queue directory")
    enqueue.set_defaults(func=cmd_enqueue)

    worker = sub.add_parser(
        "worker",
        help="import queued bundles, one after another, with other workers",
        description=(
            "Take import jobs from the queue (the oldest no other worker holds), import each as `import` does, "
            "and record how it ended. Run one per core, on as many machines as share the queue. A worker that "
            "is stopped loses its job when the lease runs out, and another worker takes it. Ctrl-C or SIGTERM "
            "finishes the job in hand and stops."
        ),
    )
    worker.add_argument("--until-empty", action="store_true", help="stop when no job is queued or held (default: wait)")
    worker.add_argument(
        "--lease", type=float, default=300.0, metavar="SECONDS", help="hold a job this long between renewals"
    )
    worker.add_argument("--idle", type=float, default=5.0, metavar="SECONDS", help="wait this long when idle")
    worker.add_argument("-q", "--quiet", action="store_true", help="print only the errors")
    worker.set_defaults(func=cmd_worker)

    queue = sub.add_parser(
        "queue", help="list the review queue", description="List the claims, the soonest deadline first."
    )
    queue.add_argument(
        "--status",
        action="append",
        choices=("to_review", "approved", "rejected", "action_required", "partially_approved"),
        help="only claims in this review state (repeatable)",
    )
    queue.add_argument(
        "--due",
        choices=("overdue", "today", "week"),
        help="only claims whose next deadline is past, today or within a week",
    )
    queue.add_argument("--limit", type=int, metavar="N", help="at most N claims")
    queue.add_argument("--json", action="store_true", help="print JSON instead of a table")
    queue.set_defaults(func=cmd_queue)

    decide = sub.add_parser(
        "decide",
        help="record a decision on a claim",
        description=(
            "Record a decision on the current revision of a claim. Without --comment the comment is filled in "
            "from --template, else from the template the workbench would choose (the suggested one of this "
            "verdict). A template must fit the decision (`poe-reviewer templates --claim ID`). Approving over a "
            "check that warned, erred (or, for the whole claim, failed) needs --resolve CHECK=NOTE for each. A "
            "claim of an undecided conflict group is decided with `decide-group`, or alone with --override-conflict."
        ),
    )
    decide.add_argument("claim_id", metavar="CLAIM_ID")
    _verdict_options(decide)
    decide.add_argument("--template", metavar="ID", help="comment template id (resources/templates)")
    decide.add_argument("--comment", metavar="TEXT", help="comment for the partner (overrides the template's text)")
    decide.add_argument(
        "--workload",
        action="append",
        type=workload_arg,
        metavar="NAME=DECISION",
        help="per-workload decision for CPOR claims: approved, rejected or action_required (repeatable)",
    )
    _reviewer_options(decide, "who decides")
    decide.add_argument(
        "--resolve",
        action="append",
        type=resolution_arg,
        metavar="CHECK=NOTE",
        help="an open check you confirmed by hand, and what you confirmed (repeatable; needed to approve)",
    )
    decide.add_argument(
        "--override-conflict",
        metavar="REASON",
        help="decide a claim of an undecided conflict group alone, for this reason (recorded and exported)",
    )
    decide.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help="refuse to save if the claim changed since version N (the queue's --json shows it)",
    )
    decide.add_argument("--replace", action="store_true", help="replace the claim's existing decision")
    decide.set_defaults(func=cmd_decide)

    export = sub.add_parser(
        "export",
        help="write the decision export (poe-decisions/1) for the claims system, or acknowledge one",
        description=(
            "Write decisions as poe-decisions/1 JSON to a new file (an existing file is never overwritten). "
            "By default every decision in no export yet; each export has an id (in the file), and stays "
            "pending until the claims system acknowledges it (--ack, --receipt). Running it again meanwhile "
            "with nothing new writes the same export again, same id, same bytes; new decisions go into a new "
            "export. --since and --all write copies, with ids of their own, that change no decision's delivery."
        ),
    )
    task = export.add_mutually_exclusive_group(required=True)
    task.add_argument("--out", metavar="FILE", help="the new export file to write")
    task.add_argument("--ack", metavar="EXPORT_ID", help="record that the claims system has this export")
    task.add_argument(
        "--receipt", metavar="FILE", help='acknowledge the export named by a receipt file ({"export_id": ...})'
    )
    which = export.add_mutually_exclusive_group()
    which.add_argument("--undelivered", action="store_true", help="decisions in no export yet (default)")
    which.add_argument(
        "--since", type=date_arg, metavar="DATE", help="a copy of the decisions made on or after DATE (UTC)"
    )
    which.add_argument("--all", action="store_true", help="a copy of every decision")
    export.add_argument(
        "--reviewer",
        metavar="EMAIL",
        help="who exports or acknowledges: your e-mail address (default: $POE_REVIEWER_EMAIL)",
    )
    export.set_defaults(func=cmd_export)

    conflicts_ = sub.add_parser(
        "conflicts",
        help="list conflicting CPOR claims (the same customer and workload claimed by several partners)",
        description=(
            "List the groups of conflicting CPOR claims: different partners claiming the same customer (tenant, "
            "else domain) and workload (and subscription, for Business Applications), also against associations "
            "already approved. Shows who was notified when, the fourteen-day window, and the suggested winner "
            "(seed: Conflicting Claims - CPOR). A group found for the first time is recorded now."
        ),
    )
    conflicts_.add_argument("--group", metavar="GROUP_ID", help="compare this group's claims criterion by criterion")
    conflicts_.add_argument("--all", action="store_true", help="also decided groups whose losing claims have left")
    conflicts_.add_argument("--json", action="store_true", help="print JSON instead of text")
    conflicts_.set_defaults(func=cmd_conflicts)

    group = sub.add_parser(
        "decide-group",
        help="decide a group of conflicting CPOR claims as one",
        description=(
            "Decide a conflict group as one: the winning claim is approved for the contested workloads it "
            "claimed (--workload names another winner for one workload); the other claims' contested workloads "
            "are rejected, or put in Action Required until the end of the fourteen-day window. The reason goes "
            "into every claim's comment (it must not name the partners) and every decision's conflict block. "
            "All decisions are saved, or none."
        ),
    )
    group.add_argument("group_id", metavar="GROUP_ID")
    group.add_argument(
        "--winner", required=True, metavar="CLAIM_ID", help="the claim whose partner drove the most influence"
    )
    group.add_argument(
        "--workload",
        action="append",
        type=winner_arg,
        metavar="NAME=CLAIM_ID",
        help="the winner of one contested workload, if not --winner (NAME@SUBSCRIPTION_ID for one subscription)",
    )
    group.add_argument(
        "--others",
        choices=("reject", "action_required"),
        default="reject",
        help="what happens to the other claims' contested workloads (default: reject; action_required only while "
        "the window is open)",
    )
    group.add_argument("--reason", required=True, metavar="TEXT", help="why the winner was chosen (no partner names)")
    group.add_argument(
        "--uncontested",
        action="append",
        type=uncontested_arg,
        metavar="CLAIM_ID:NAME=DECISION",
        help="decision for a workload of a group claim that no other partner claims (default: approved when the "
        "claim's checks recommend approval)",
    )
    group.add_argument(
        "--early-reason",
        metavar="TEXT",
        help="why the other claims are rejected before the fourteen-day window ends (recorded and exported)",
    )
    group.add_argument(
        "--resolve",
        action="append",
        type=group_resolution_arg,
        metavar="CLAIM_ID:CHECK=NOTE",
        help="an open check of an approved claim that you confirmed by hand (repeatable)",
    )
    _reviewer_options(group, "who decides")
    group.add_argument("--replace", action="store_true", help="replace the group's earlier decision")
    group.add_argument("--dry-run", action="store_true", help="print the decisions and comments without saving")
    group.set_defaults(func=cmd_decide_group)

    notify = sub.add_parser(
        "notify",
        help="record that both partners of a conflict group were notified (starts the fourteen-day window)",
        description=(
            "Record that you notified the partners of a conflict group, and how: the fourteen-day window for "
            "an up-to-date POE starts now (seed: Conflicting Claims - CPOR). Finding a group notifies nobody; a "
            "group is decided only after its partners were notified."
        ),
    )
    notify.add_argument("group_id", metavar="GROUP_ID")
    notify.add_argument("--how", required=True, metavar="TEXT", help="how they were told, e.g. 'e-mail to both'")
    _reviewer_options(notify, "who notified them")
    notify.set_defaults(func=cmd_notify)

    undo = sub.add_parser(
        "undo",
        help="take back a decision that was not exported yet",
        description=(
            "Take back the last decision you saved (or CLAIM_ID's): the claim is back to what it was before. "
            "A group decision is taken back as a whole. A decision already exported cannot be undone; decide "
            "again with --replace. The undo is recorded in the audit trail."
        ),
    )
    undo.add_argument("claim_id", metavar="CLAIM_ID", nargs="?", help="the claim (default: your last decision)")
    _reviewer_options(undo, "who undoes it")
    undo.set_defaults(func=cmd_undo)

    templates = sub.add_parser(
        "templates",
        help="list the comment templates (those that fit a claim with --claim)",
        description="List the comment templates: id, verdict, title and the checks each one answers.",
    )
    templates.add_argument("--claim", metavar="CLAIM_ID", help="only the templates that fit this claim's checks")
    templates.add_argument("--verdict", choices=("approve", "reject", "action_required"), help="only this verdict")
    templates.add_argument("--json", action="store_true", help="print JSON instead of text")
    templates.set_defaults(func=cmd_templates)

    audit = sub.add_parser(
        "audit",
        help="verify the audit trail (hash chain, decisions and statuses)",
        description=(
            "`audit verify` walks the audit trail's hash chain and checks every decision and claim status "
            "against it; exit 1 naming the claims when anything was changed outside the program."
        ),
    )
    audit.add_argument("action", choices=("verify",), metavar="verify")
    audit.add_argument("--json", action="store_true", help="print JSON instead of text")
    audit.set_defaults(func=cmd_audit)

    gui = sub.add_parser(
        "gui",
        help="open the workbench window",
        description=(
            "Open the workbench on the review database: the queue, the documents with the evidence "
            "highlighted, the checks and the decision on one screen, driven from the keyboard ('?' lists the keys)."
        ),
    )
    gui.add_argument(
        "--sample-queue",
        action="store_true",
        help="work on the sample queue (sample_poe/), imported into its own SQLite file in your data folder",
    )
    gui.add_argument(
        "--as-of",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="with --sample-queue: the day its clocks count back from when it is first imported (default: today)",
    )
    gui.add_argument("--claim", metavar="ID", help="open this claim first")
    gui.add_argument(
        "--screenshot",
        metavar="FILE",
        help="render the window offscreen (queue loaded, a claim open) into a PNG file and exit",
    )
    gui.add_argument(
        "--size",
        type=window_size,
        default=(1600, 1000),
        metavar="WxH",
        help="with --screenshot: the window's size in pixels (default 1600x1000; a laptop: 1366x768)",
    )
    gui.set_defaults(func=cmd_gui)

    backup = sub.add_parser(
        "backup",
        help="copy the review database to a new file (PostgreSQL: prints the pg_dump command)",
        description=(
            "Copy the SQLite review database, consistently while others keep working, to a new file (by default "
            "backups/NAME-YYYYMMDD-HHMMSS.sqlite3 beside it; never over an existing file), check the copy's "
            "integrity and print where it is. A damaged database names the newest of these backups. For "
            "PostgreSQL, print the pg_dump command to run and do nothing else."
        ),
    )
    backup.add_argument("--out", metavar="FILE", help="write the copy to this new file")
    backup.set_defaults(func=cmd_backup)

    qc = sub.add_parser(
        "qc",
        help="second-level QC: decisions waiting for a second reviewer, agree, overturn, overturn rates",
        description=(
            "Second-level quality control (resources/policy/qc.toml draws the decisions): a drawn decision is "
            "exported only after a second reviewer agrees with it or overturns it with a decision of their own. "
            "Nobody checks their own decision (four eyes)."
        ),
    )
    qc_sub = qc.add_subparsers(dest="qc_action", metavar="ACTION", required=True)
    qc_list = qc_sub.add_parser("list", help="decisions waiting for QC that you may check")
    qc_list.add_argument("--all", action="store_true", help="every decision waiting for QC, your own too")
    qc_list.add_argument("--json", action="store_true", help="print JSON instead of text")
    _reviewer_options(qc_list, "who checks")
    qc_agree = qc_sub.add_parser("agree", help="agree with the decision under QC: it may be exported")
    qc_agree.add_argument("claim_id", metavar="CLAIM_ID")
    qc_agree.add_argument("--note", metavar="TEXT", help="a note for the record")
    _reviewer_options(qc_agree, "who checks")
    qc_over = qc_sub.add_parser("overturn", help="replace the decision under QC with yours, and say why")
    qc_over.add_argument("claim_id", metavar="CLAIM_ID")
    _verdict_options(qc_over)
    qc_over.add_argument("--reason", required=True, metavar="TEXT", help="why the decision is overturned")
    qc_over.add_argument("--template", metavar="ID", help="comment template id (resources/templates)")
    qc_over.add_argument("--comment", metavar="TEXT", help="comment for the partner")
    qc_over.add_argument(
        "--resolve", action="append", type=resolution_arg, metavar="CHECK=NOTE",
        help="an open check you confirmed by hand (repeatable; needed to approve over open checks)",
    )  # fmt: skip
    _reviewer_options(qc_over, "who checks")
    qc_stats = qc_sub.add_parser("stats", help="overturn rates per reviewer and per check")
    qc_stats.add_argument("--json", action="store_true", help="print JSON instead of text")
    for action in (qc_list, qc_agree, qc_over, qc_stats):
        _database_options(action)
    qc.set_defaults(func=cmd_qc)

    note = sub.add_parser(
        "note",
        help="keep a note (and tags) on a claim or a page region: the team's own, never exported",
        description=(
            "Keep a reviewer's note on a claim, or on a page or region of one of its documents, with tags "
            "(--tag escalate --tag 'ask the PDM'). Notes and tags are recorded in the audit trail and never "
            "exported to the partner. --remove ID takes back one of your notes."
        ),
    )
    note.add_argument("claim_id", metavar="CLAIM_ID", nargs="?")
    note.add_argument("text", metavar="TEXT", nargs="?", help="the note")
    note.add_argument("--tag", action="append", metavar="TAG", help="a tag (repeatable)")
    note.add_argument("--document", metavar="PATH", help="the document the note is about (its path in the bundle)")
    note.add_argument("--page", type=int, metavar="N", help="the page of that document")
    note.add_argument("--bbox", type=bbox_arg, metavar="X0,Y0,X1,Y1", help="a region of that page (PDF points)")
    note.add_argument("--remove", type=int, metavar="NOTE_ID", help="take back one of your notes")
    _reviewer_options(note, "who notes")
    note.set_defaults(func=cmd_note)

    notes = sub.add_parser("notes", help="a claim's notes, or every note with a tag")
    notes.add_argument("claim_id", metavar="CLAIM_ID", nargs="?")
    notes.add_argument("--tag", metavar="TAG", help="every note with this tag, on any claim")
    notes.add_argument("--json", action="store_true", help="print JSON instead of text")
    notes.set_defaults(func=cmd_notes)

    stats = sub.add_parser(
        "stats",
        help="reviewer metrics: pace, time to decision, overridden suggestions per check, QC, due dates",
        description=(
            "Reviewer metrics from the decisions the queue keeps: decisions per day and per hour (of the hours "
            "worked), the median time from a revision's import to its decision, the suggestions overridden and "
            "the checks reviewers disagree with most (failed, approved all the same), second-level QC overturn "
            "rates, and the claims still to review by deadline."
        ),
    )
    stats.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD", help="only decisions made from this day (UTC)")
    stats.add_argument("--json", action="store_true", help="print JSON instead of text")
    stats.set_defaults(func=cmd_stats)

    for name, command in sub.choices.items():
        if name in _NO_DATABASE:
            continue  # its own --db (read only), no --create
        _database_options(command)
    return parser
