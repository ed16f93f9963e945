"""``decide``, ``undo``, ``notify``, ``templates``, ``audit verify``: deciding from the command line,
with the same guards and the same default comment as the workbench."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from poe_reviewer.cli.common import EXIT_BUNDLE_ERROR, EXIT_OK, open_store
from poe_reviewer.identity import IdentityError, ReviewerIdentity, reviewer_from

if TYPE_CHECKING:
    from poe_reviewer.application.queue import ReviewQueue


def reviewer_of(args: argparse.Namespace, store: ReviewQueue) -> ReviewerIdentity:
    """The reviewer named by ``--reviewer``/``--reviewer-name`` or the environment, known by name: the name
    is asked for once (first use) and kept with the address."""
    who = reviewer_from(getattr(args, "reviewer", None), getattr(args, "reviewer_name", None))
    if who.name:
        store.register_reviewer(who.email, who.name)
        return who
    known = store.reviewer_name(who.email)
    if not known:
        raise IdentityError(
            f"{who.email} has not decided here before: give your name once with --reviewer-name \"Your Name\" "
            "(or $POE_REVIEWER_NAME); it signs the comments sent to partners."
        )
    return ReviewerIdentity(who.email, known)


def resolution_arg(text: str) -> tuple[str, str]:
    check, sep, note = text.partition("=")
    if not sep or not check.strip() or not note.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: expected CHECK=what you confirmed by hand")
    return check.strip(), note.strip()


def group_resolution_arg(text: str) -> tuple[str, str, str]:
    head, sep, note = text.partition("=")
    claim_id, colon, check = head.partition(":")
    if not sep or not colon or not claim_id.strip() or not check.strip() or not note.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: expected CLAIM_ID:CHECK=what you confirmed by hand")
    return claim_id.strip(), check.strip(), note.strip()


def cmd_decide(args: argparse.Namespace) -> int:
    from poe_reviewer.application.queue import UnresolvedChecksError
    from poe_reviewer.templates import default_template, render_comment

    verdict = args.verdict
    workloads: dict[str, Any] = dict(args.workload or [])
    with open_store(args) as store:
        who = reviewer_of(args, store)
        comment = args.comment
        template = args.template
        if comment is None:
            # the workbench's default: the suggested template of this verdict, else its catch-all
            detail = store.get_claim(args.claim_id)
            expired = detail.summary.expired(dt.date.today())
            template = template or default_template(verdict, detail.checks, detail.claim, expired=expired)
            if template:
                comment = render_comment(template, detail.claim, detail.checks, reviewer_name=who.name,
                                         policy=store.policy)  # fmt: skip
        try:
            saved = store.decide(
                args.claim_id,
                verdict,
                reviewer=who.email,
                comment=comment or "",
                template_id=template,
                workload_verdicts=workloads or None,
                expected_version=args.expect_version,
                replace=args.replace,
                resolutions=dict(args.resolve or []),
                override_conflict=args.override_conflict,
            )
        except UnresolvedChecksError as exc:
            detail = store.get_claim(args.claim_id)
            summaries = {c.id: c.summary for c in detail.checks}
            lines = [str(exc), "", "Open checks:"]
            for check, status in exc.checks.items():
                lines.append(f"  {check} ({status}): {summaries.get(check, '')}")
            first = next(iter(exc.checks))
            lines.append(f'Resolve each with --resolve {first}="what you confirmed by hand".')
            raise UnresolvedChecksError("\n".join(lines), exc.checks) from None
    d = saved.decision
    line = f"Saved: claim {d.claim_id} (revision {saved.revision}) {d.decision.replace('_', ' ')} by {d.reviewer}"
    if d.template_id:
        line += f", comment from template {d.template_id}"
    if d.resolutions:
        line += f", {len(d.resolutions)} check(s) resolved by hand"
    if d.respond_by:
        line += f"; the partner must respond by {d.respond_by.isoformat()}"
    print(line + ".")
    return EXIT_OK


def cmd_undo(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        who = reviewer_of(args, store)
        undone = store.undo_decision(args.claim_id, by=who.email)
        for d in undone:
            state = store.get_claim(d.decision.claim_id).summary.status.replace("_", " ")
            print(
                f"Undone: claim {d.decision.claim_id} {d.decision.decision.replace('_', ' ')} "
                f"(decided {d.decision.decided_at:%Y-%m-%d %H:%M} UTC); the claim is {state} again."
            )
    return EXIT_OK


def cmd_notify(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        who = reviewer_of(args, store)
        state = store.notify_conflict(args.group_id, how=args.how, by=who.email)
    assert state.notified_at is not None
    assert state.window_end is not None
    print(
        f"Recorded: the partners of {', '.join(state.group.claim_ids)} (group {state.group_id}) were notified by "
        f"{who.email} ({args.how}) on {state.notified_at:%Y-%m-%d %H:%M} UTC; the fourteen-day window ends "
        f"{state.window_end.isoformat()}."
    )
    return EXIT_OK


def cmd_templates(args: argparse.Namespace) -> int:
    from poe_reviewer.review import fitting_templates
    from poe_reviewer.templates import comment_templates, default_template

    templates = comment_templates()
    fitting: set[str] | None = None
    default: dict[str, str | None] = {}
    if args.claim:
        with open_store(args) as store:
            detail = store.get_claim(args.claim)
        verdicts = {args.verdict} if args.verdict else {"approve", "reject", "action_required"}
        fitting = {t.id for t in fitting_templates(verdicts, detail.check_statuses)}
        templates = [t for t in templates if t.id in fitting and detail.claim.program in t.programs]
        expired = detail.summary.expired(dt.date.today())
        default = {v: default_template(v, detail.checks, detail.claim, expired=expired) for v in verdicts}
    elif args.verdict:
        templates = [t for t in templates if t.verdict == args.verdict]
    if args.json:
        rows = [
            {"id": t.id, "verdict": t.verdict, "title": t.title, "checks": list(t.checks), "programs": list(t.programs),
             "seed": t.seed, "default": default.get(t.verdict) == t.id}
            for t in templates
        ]  # fmt: skip
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not templates:
        print("No template fits." if args.claim else "No template.")
        return EXIT_OK
    width = max(len(t.id) for t in templates)
    for t in templates:
        mark = "*" if default.get(t.verdict) == t.id else " "
        about = ", ".join(c for c in t.checks if c != "*") or "any claim"
        print(f"{mark} {t.id:<{width}}  {t.verdict:<15}  {t.title}  [for: {about}]")
    if args.claim:
        print(f"\nTemplates that fit claim {args.claim}; * the default comment for its verdict.")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        report = store.verify_trail()
    if args.json:
        print(json.dumps({
            "ok": report.ok, "events": report.events, "decisions": report.decisions, "claims": report.claims,
            "head": report.head, "problems": [{"claim_id": p.claim_id, "message": p.message} for p in report.problems],
        }, indent=2))  # fmt: skip
    elif report.ok:
        print(
            f"The audit trail is intact: {report.events} event(s) chained, {report.decisions} decision(s) and "
            f"{report.claims} claim(s) match it. Head: {report.head}"
        )
    else:
        print(f"The audit trail does NOT match ({len(report.problems)} problem(s)):")
        for p in report.problems:
            print(f"  - {p.message}")
        print("Claims affected: " + (", ".join(report.claim_ids) or "none named"))
    return EXIT_OK if report.ok else EXIT_BUNDLE_ERROR
