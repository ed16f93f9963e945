"""Crashes: a decision reported saved survives ``kill -9`` right after; an export killed at any point
leaves its file missing or complete, never loses a decision, and running it again delivers the same
export (the same id, the very same bytes) rather than a second one (SQLite, real processes)."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.schemas import validation_errors
from tests.conftest import REPO
from tests.test_storage import make_bundle

# whole processes or the OCR engine: not in the fast lane (make test-fast)
pytestmark = pytest.mark.integration

CHILD_PRELUDE = """
import os, sys, time
from poe_reviewer.application.queue import ReviewQueue
import poe_reviewer.application.queue as store_module
store = ReviewQueue(sys.argv[1], actor="alice@example.com")
"""


def spawn(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD_PRELUDE + code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )


def kill_when(proc: subprocess.Popen[str], marker: str, timeout: float = 60.0) -> str:
    """Read the child's output until ``marker``, then SIGKILL it at once; the line that had it."""
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            line = proc.stdout.readline()
            if marker in line:
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=10)
                return line
            if not line and proc.poll() is not None:
                break
    proc.kill()
    _, err = proc.communicate(timeout=10)
    pytest.fail(f"child never printed {marker!r}: {err[-2000:]}")


@pytest.fixture
def queue_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'durable.sqlite3'}"
    with ReviewQueue(url, actor="importer@example.com") as store:
        for cid in ("D1", "D2", "D3"):
            store.import_bundle(make_bundle(tmp_path / "bundles" / cid, cid))
    return url


def test_a_decision_reported_saved_survives_kill_9(queue_db: str) -> None:
    proc = spawn(
        """
notes = {c.id: "Confirmed by hand" for c in store.get_claim(sys.argv[2]).checks
         if c.status in ("warn", "error", "fail")}
saved = store.decide(sys.argv[2], "approve", reviewer="alice@example.com", resolutions=notes)
print("SAVED", saved.id, flush=True)
time.sleep(120)
""",
        queue_db,
        "D1",
    )
    line = kill_when(proc, "SAVED")
    assert proc.returncode == -signal.SIGKILL
    decision_id = int(line.split()[1])
    with ReviewQueue(queue_db) as store:
        detail = store.get_claim("D1")
        assert [d.id for d in detail.decisions] == [decision_id]
        assert detail.summary.status == "approved"
        assert any(e.action == "decision" and e.claim_id == "D1" for e in store.audit_trail())


def test_a_decision_the_command_reported_saved_survives_kill_9(queue_db: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "POE_REVIEWER_EMAIL": "alice@example.com",
           "POE_REVIEWER_NAME": "Alice Example"}  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "poe_reviewer", "--db", queue_db, "decide", "D2", "--reject", "--comment", "Affiliate."],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    kill_when(proc, "Saved:")
    with ReviewQueue(queue_db) as store:
        assert store.get_claim("D2").summary.status == "rejected"


REJECT = 'store.decide("{cid}", "reject", reviewer="alice@example.com", comment="The customer is an affiliate.")'


def test_an_export_killed_after_its_commit_before_its_file_is_resumed_with_the_same_id(
    queue_db: str, tmp_path: Path
) -> None:
    first_out, out = tmp_path / "first.json", tmp_path / "decisions.json"
    with ReviewQueue(queue_db) as store:
        store.decide("D1", "reject", reviewer="alice@example.com", comment="The customer is an affiliate.")
        first = store.export(first_out)
        old = first_out.read_bytes()
    proc = spawn(
        REJECT.format(cid="D2")
        + """
def hang(path, data):
    print("COMMITTED", flush=True)
    time.sleep(120)
store_module.write_new = hang
store.export(sys.argv[2])
""",
        queue_db,
        str(out),
    )
    kill_when(proc, "COMMITTED")
    assert not out.exists(), "killed before any byte was written"
    assert first_out.read_bytes() == old, "the earlier export is intact"
    with ReviewQueue(queue_db) as store:
        assert store.undelivered_count() == 0, "the decision is in the export that was recorded"
        pending = [p.export_uid for p in store.pending_exports()]
        assert len(pending) == 2
        assert pending[0] == first.export_uid
        again = store.export(out)
    assert again.resumed
    assert again.export_uid == pending[1]
    assert [d.claim_id for d in again.decisions] == ["D2"]
    written = json.loads(out.read_text())
    assert written["export_id"] == pending[1]
    assert validation_errors("poe-decisions/1", written) == []


def test_an_export_killed_before_its_file_is_linked_leaves_no_file_and_loses_nothing(
    queue_db: str, tmp_path: Path
) -> None:
    out = tmp_path / "decisions.json"
    proc = spawn(
        REJECT.format(cid="D2")
        + """
def hang(src, dst):
    print("LINKING", flush=True)
    time.sleep(120)
os.link = hang
store.export(sys.argv[2])
""",
        queue_db,
        str(out),
    )
    kill_when(proc, "LINKING")
    assert not out.exists(), "no partial file under the export's name"
    with ReviewQueue(queue_db) as store:
        (pending,) = store.pending_exports()
        again = store.export(out)
        assert store.undelivered_count() == 0
    assert (again.resumed, again.file_written, again.export_uid) == (True, True, pending.export_uid)
    assert [d.claim_id for d in again.decisions] == ["D2"]
    assert validation_errors("poe-decisions/1", json.loads(out.read_text())) == []


def test_an_export_killed_after_its_file_is_written_resumes_with_the_same_bytes(queue_db: str, tmp_path: Path) -> None:
    out = tmp_path / "decisions.json"
    proc = spawn(
        REJECT.format(cid="D3")
        + """
real = store_module.write_new
def then_hang(path, data):
    real(path, data)
    print("WRITTEN", flush=True)
    time.sleep(120)
store_module.write_new = then_hang
store.export(sys.argv[2])
""",
        queue_db,
        str(out),
    )
    kill_when(proc, "WRITTEN")
    content = out.read_bytes()
    written = json.loads(content)
    assert [d["claim_id"] for d in written["decisions"]] == ["D3"], "the new file is complete"
    with ReviewQueue(queue_db) as store:
        assert store.undelivered_count() == 0
        again = store.export(out)
        assert (again.resumed, again.file_written) == (True, False), "the file is already there: left alone"
        assert again.export_uid == written["export_id"]
        assert [d.claim_id for d in again.decisions] == ["D3"]
        assert store.export(tmp_path / "elsewhere.json").export_uid == written["export_id"]
    assert out.read_bytes() == content
    assert (tmp_path / "elsewhere.json").read_bytes() == content, "the very same bytes, not a new export"
