"""``note`` and ``notes``: a reviewer's notes and tags on claims (the team's own, never exported)."""

from __future__ import annotations

import argparse
import json

from poe_reviewer.cli.common import EXIT_OK, open_store
from poe_reviewer.cli.decide import reviewer_of


def bbox_arg(text: str) -> tuple[float, float, float, float]:
    parts = [p.strip() for p in text.split(",")]
    try:
        x0, y0, x1, y1 = (float(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: expected x0,y0,x1,y1 in PDF points") from None
    return x0, y0, x1, y1


def cmd_note(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        who = reviewer_of(args, store)
        if args.remove is not None:
            gone = store.remove_note(args.remove, by=who.email)
            print(f"Removed note {gone.id} on claim {gone.claim_id}.")
            return EXIT_OK
        if not args.claim_id:
            from poe_reviewer.application.queue import NoteError

            raise NoteError("Name the claim: poe-reviewer note CLAIM_ID TEXT [--tag TAG].")
        note = store.add_note(
            args.claim_id,
            args.text or "",
            by=who.email,
            tags=args.tag or (),
            document=args.document,
            page=args.page,
            bbox=args.bbox,
        )
    where = f" on {note.where()}" if note.where() else ""
    tags = f" [{', '.join('#' + t for t in note.tags)}]" if note.tags else ""
    print(f"Noted on claim {note.claim_id}{where}{tags} (note {note.id}; never exported).")
    return EXIT_OK


def cmd_notes(args: argparse.Namespace) -> int:
    from poe_reviewer.application.queue import normalize_tag

    with open_store(args) as store:
        if args.tag:
            tag = normalize_tag(args.tag)
            tagged = [c.claim_id for c in store.list_claims() if tag in c.tags.split(",")]
            notes = [n for cid in tagged for n in store.notes(cid) if tag in n.tags]
        else:
            notes = store.notes(args.claim_id) if args.claim_id else []
    if args.json:
        print(json.dumps([n.to_json() for n in notes], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not notes:
        print("No notes.")
    for n in notes:
        where = f" ({n.where()})" if n.where() else ""
        tags = f" [{', '.join('#' + t for t in n.tags)}]" if n.tags else ""
        print(f"{n.claim_id} #{n.id} {n.at:%Y-%m-%d %H:%M} {n.author}{where}{tags}: {n.text}")
    return EXIT_OK
