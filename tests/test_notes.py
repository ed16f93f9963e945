"""Notes and tags (issue 14): a reviewer's note on a claim or a page region, with tags the queue searches and
shows; recorded in the trail; never exported to the partner. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from poe_reviewer.application.queue import NoteError, ReviewQueue, normalize_tag
from poe_reviewer.cli import main
from tests.test_storage import imported

pytest_plugins = ("tests.test_storage",)

ALICE, BOB = "alice@example.com", "bob@example.com"


def test_notes_and_tags_are_kept_searchable_and_never_exported(store: ReviewQueue, tmp_path: Path) -> None:
    imported(store, tmp_path, "N1", "N2")
    first = store.add_note("N1", "The signature date on p.2 looks altered.", by=ALICE, tags=["#Escalate"],
                           document="POE/poe.pdf", page=2, bbox=(72, 600, 220, 614))  # fmt: skip
    store.add_note("N1", "Asked Jordan (PDM) for the customer's contact.", by=BOB, tags=["ask the  PDM"])
    assert [(n.author, n.tags) for n in store.notes("N1")] == [(ALICE, ("escalate",)), (BOB, ("ask the pdm",))]
    assert first.where() == "POE/poe.pdf p.2"
    assert first.bbox == (72.0, 600.0, 220.0, 614.0)
    tags = {c.claim_id: c.tags for c in store.list_claims()}
    assert tags == {"N1": "ask the pdm,escalate", "N2": ""}
    # only the author takes a note back; the claim's tags follow
    with pytest.raises(NoteError, match="only its author"):
        store.remove_note(first.id, by=BOB)
    store.remove_note(first.id, by=ALICE)
    assert store.get_claim("N1").summary.tags == "ask the pdm"
    trail = [(e.action, e.details.get("removed", False)) for e in store.audit_trail("N1") if e.action == "note"]
    assert trail == [("note", False), ("note", False), ("note", True)]
    # the decision export carries decisions only
    store.decide("N1", "action_required", reviewer=ALICE, comment="Please send a dated acknowledgement.")
    result = store.export(tmp_path / "out.json")
    text = result.path.read_text(encoding="utf-8")
    assert "PDM" not in text
    assert "altered" not in text
    assert "escalate" not in text


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": "  ", "tags": []}, "needs some words or a tag"),
        ({"text": "x" * 4001}, "at most 4000 characters"),
        ({"text": "Look", "page": 2}, "names the document"),
        ({"text": "Look", "tags": ["not/a tag"]}, "is not a tag"),
    ],
)
def test_a_note_the_queue_cannot_keep_is_refused(
    store: ReviewQueue, tmp_path: Path, kwargs: dict[str, object], message: str
) -> None:
    imported(store, tmp_path, "N1")
    given = dict(kwargs)  # the parameters are shared by the SQLite and PostgreSQL runs
    text = str(given.pop("text"))
    with pytest.raises(NoteError, match=message):
        store.add_note("N1", text, by=ALICE, **given)  # type: ignore[arg-type]
    assert store.notes("N1") == []


def test_a_tag_is_kept_in_one_spelling() -> None:
    assert normalize_tag("#Ask the  PDM ") == "ask the pdm"
    assert normalize_tag("escalate") == "escalate"


def test_notes_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'notes.sqlite3'}"
    with ReviewQueue(db, actor="importer@example.com") as store:
        imported(store, tmp_path, "N1", "N2")
        store.register_reviewer(ALICE, "Alice Moreau")
    base = ["--db", db, "--reviewer", ALICE]
    assert main(["note", "N1", "Customer contact left; ask the PDM.", "--tag", "ask the PDM", *base]) == 0
    assert "Noted on claim N1 [#ask the pdm]" in capsys.readouterr().out
    assert main(["note", "N2", "Date looks altered.", "--tag", "escalate", "--document", "POE/poe.pdf",
                 "--page", "1", "--bbox", "72,600,220,614", *base]) == 0  # fmt: skip
    assert "on POE/poe.pdf p.1" in capsys.readouterr().out
    assert main(["notes", "--tag", "Escalate", "--json", "--db", db]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(n["claim_id"], n["page"], n["bbox"]) for n in listed] == [("N2", 1, [72.0, 600.0, 220.0, 614.0])]
