"""Decision export (spec section 4): building and validating it, and writing it atomically."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import random
import re
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from poe_reviewer import export
from poe_reviewer.export import (
    ExportError,
    build_export,
    export_bytes,
    read_receipt,
    write_atomically,
    write_export,
    write_new,
)
from poe_reviewer.policy import load_policy
from poe_reviewer.review import Decision, make_decision
from poe_reviewer.schemas import validation_errors
from tests.builders import PARTNER_ACTIVITIES, make_claim
from tests.conftest import REPO

EXPORTED_AT = dt.datetime(2025, 9, 20, 8, 0, tzinfo=dt.UTC)


def decision(claim_id: str = "3079758", minute: int = 0, verdict: Any = "approve", **kw: Any) -> Decision:
    base = PARTNER_ACTIVITIES if kw.pop("pa", False) else None
    claim = make_claim(base, claim_id=claim_id)
    args: dict[str, Any] = {
        "reviewer": "reviewer@example.com",
        "comment": "Dear Partner, please add the dates." if verdict != "approve" else "",
        "template_id": None,
        "workload_verdicts": None,
        "check_statuses": {"acknowledgement_date": "fail", "workload_match": "pass"},
        "bundle_sha256": f"{int(claim_id):064x}",
        "decided_at": dt.datetime(2025, 9, 19, 15, minute, tzinfo=dt.UTC),
        "policy": load_policy(),
        # the failed check of an approval, confirmed by hand (guarded approval)
        "resolutions": {"acknowledgement_date": "Dates read by hand on page 2"} if verdict == "approve" else None,
    }
    args.update(kw)
    return make_decision(claim, verdict, **args)


def test_build_export_is_valid_and_ordered() -> None:
    decisions = [
        decision("3079760", 30, "reject"),
        decision("3079758", 10, "action_required", workload_verdicts={"INTUNE": "approved"}),
        decision("3016006", 10, "action_required", pa=True),
    ]
    doc = build_export(decisions, exported_by=" reviewer@example.com ", exported_at=EXPORTED_AT)
    assert validation_errors("poe-decisions/1", doc) == []
    assert doc["format"] == "poe-decisions/1"
    assert doc["exported_at"] == "2025-09-20T08:00:00Z"
    assert doc["exported_by"] == "reviewer@example.com"
    assert [d["claim_id"] for d in doc["decisions"]] == ["3016006", "3079758", "3079760"]
    assert doc["decisions"][1]["decision"] == "action_required"  # approved + action required, as in the spec example
    assert doc["decisions"][0]["respond_by"] == "2025-10-29"
    # The same decisions in another order give the same bytes.
    again = build_export(list(reversed(decisions)), exported_by="reviewer@example.com", exported_at=EXPORTED_AT)
    assert export_bytes(again) == export_bytes(doc)
    assert json.loads(export_bytes(doc)) == doc


def test_empty_export_is_valid() -> None:
    doc = build_export([], exported_by="r", exported_at=EXPORTED_AT)
    assert doc["decisions"] == []
    assert validation_errors("poe-decisions/1", doc) == []


def test_the_export_id_and_the_chain_head_are_optional_fields_in_the_spec_order() -> None:
    head = "ab" * 32
    rejected = [decision(verdict="reject")]
    doc = build_export(
        rejected, exported_by="r", exported_at=EXPORTED_AT, export_id="EXP-20250920-0a1b2c3d", audit_chain_head=head
    )
    assert list(doc) == ["format", "export_id", "exported_at", "exported_by", "audit_chain_head", "decisions"]
    assert (doc["export_id"], doc["audit_chain_head"]) == ("EXP-20250920-0a1b2c3d", head)
    assert validation_errors("poe-decisions/1", doc) == []
    plain = build_export(rejected, exported_by="r", exported_at=EXPORTED_AT)
    assert list(plain) == ["format", "exported_at", "exported_by", "decisions"], "optional: absent unless given"
    assert validation_errors("poe-decisions/1", plain) == []
    with pytest.raises(ExportError, match="audit_chain_head"):
        build_export([], exported_by="r", exported_at=EXPORTED_AT, audit_chain_head="not a hash")
    with pytest.raises(ExportError, match="export_id"):
        build_export([], exported_by="r", exported_at=EXPORTED_AT, export_id="")


def test_a_decision_twice_is_refused() -> None:
    d = decision()
    with pytest.raises(ExportError, match="in the export twice"):
        build_export([d, d], exported_by="r", exported_at=EXPORTED_AT)
    # Two decisions on one claim (Action Required, then approval after resubmission) are both exported.
    later = decision(minute=40)
    assert len(build_export([d, later], exported_by="r", exported_at=EXPORTED_AT)["decisions"]) == 2


def test_schema_violations_are_refused() -> None:
    broken = dataclasses.replace(decision(), bundle_sha256="xyz", reviewer="")
    with pytest.raises(ExportError, match=r"does not match poe-decisions/1: .*bundle_sha256"):
        build_export([broken], exported_by="r", exported_at=EXPORTED_AT)
    with pytest.raises(ExportError, match="needs the name"):
        build_export([], exported_by=" ", exported_at=EXPORTED_AT)
    with pytest.raises(ValueError, match="timezone-aware"):
        build_export([], exported_by="r", exported_at=dt.datetime(2025, 9, 20))


# --- write_atomically ---------------------------------------------------------------------------


def test_write_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    write_atomically(target, b"old")
    assert target.read_bytes() == b"old"
    os.chmod(target, 0o640)
    write_atomically(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # permissions kept, not mkstemp's 0600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_write_export_round_trip(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    doc = write_export(target, [decision()], exported_by="r", exported_at=EXPORTED_AT)
    assert json.loads(target.read_text(encoding="utf-8")) == doc
    assert Decision.from_export_json(doc["decisions"][0]) == decision()


def test_write_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "export.json").write_bytes(b"old")
    link = tmp_path / "export.json"
    link.symlink_to(real / "export.json")
    write_atomically(link, b"new")
    assert link.is_symlink()
    assert (real / "export.json").read_bytes() == b"new"


def test_write_errors_are_messages(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_atomically(tmp_path / "missing" / "export.json", b"x")
    with pytest.raises(ExportError, match="is a directory"):
        write_atomically(tmp_path, b"x")


def test_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"old")
    real_write = os.write

    def disk_full(fd: int, data: Any) -> int:
        real_write(fd, bytes(data[:10]))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "write", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        write_atomically(target, b"new" * 1000)
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


# --- write_new: an export file is never overwritten ----------------------------------------------


def test_write_new_creates_a_readable_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    assert write_new(target, b"contents") is True
    assert target.read_bytes() == b"contents"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644, "the claims system's collector reads it"
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_write_new_leaves_a_file_with_the_same_bytes_alone(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    write_new(target, b"contents")
    before = target.stat()
    assert write_new(target, b"contents") is False
    after = target.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns), "not even rewritten"


@pytest.mark.parametrize("existing", [b"an export not collected yet", b"contents and more", b"cont", b""])
def test_write_new_never_overwrites_another_file(tmp_path: Path, existing: bytes) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(existing)
    with pytest.raises(ExportError) as info:
        write_new(target, b"contents")
    assert str(info.value) == (
        f"{target} already exists; choose another file name — an export file is never overwritten, "
        "the claims system may not have collected it yet."
    )
    assert target.read_bytes() == existing
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_write_new_refuses_a_dangling_link_and_bad_places(tmp_path: Path) -> None:
    link = tmp_path / "export.json"
    link.symlink_to(tmp_path / "nowhere.json")
    with pytest.raises(ExportError, match="already exists"):
        write_new(link, b"x")
    assert not (tmp_path / "nowhere.json").exists(), "nothing written through the link"
    with pytest.raises(ExportError, match="does not exist"):
        write_new(tmp_path / "missing" / "export.json", b"x")
    with pytest.raises(ExportError, match="is a directory"):
        write_new(tmp_path, b"x")


def test_write_new_loses_a_race_for_the_name_without_overwriting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.json"
    real_link = os.link

    def another_writer_first(src: Any, dst: Any) -> None:
        Path(dst).write_bytes(b"someone else's export")  # between the check and the link
        real_link(src, dst)

    monkeypatch.setattr(export.os, "link", another_writer_first)
    with pytest.raises(ExportError, match="already exists"):
        write_new(target, b"contents")
    assert target.read_bytes() == b"someone else's export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"], "the temporary file is removed"

    other = tmp_path / "same.json"

    def same_bytes_first(src: Any, dst: Any) -> None:
        Path(dst).write_bytes(b"contents")  # a concurrent run writing the very same export
        real_link(src, dst)

    monkeypatch.setattr(export.os, "link", same_bytes_first)
    assert write_new(other, b"contents") is False
    assert other.read_bytes() == b"contents"


@pytest.mark.skipif(os.name == "nt", reason="Windows falls back to its non-replacing rename")
def test_write_new_without_links_is_a_clear_error_not_an_overwrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: Any, dst: Any) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(export.os, "link", no_links)
    with pytest.raises(ExportError, match="cannot create the file without risking to replace another"):
        write_new(tmp_path / "export.json", b"contents")
    assert list(tmp_path.iterdir()) == []


def test_read_receipt(tmp_path: Path) -> None:
    receipt = tmp_path / "receipt.json"
    receipt.write_text('{"export_id": "EXP-20250920-0a1b2c3d", "received_at": "2025-09-20T09:00:00Z"}')
    assert read_receipt(receipt) == "EXP-20250920-0a1b2c3d"
    receipt.write_text("EXP-20250920-0a1b2c3d")
    with pytest.raises(ExportError, match=r"receipt.json is not JSON .*expected \{\"export_id\""):
        read_receipt(receipt)
    for wrong in ('{"id": "EXP-1"}', '["EXP-1"]', '{"export_id": 7}', '{"export_id": " "}'):
        receipt.write_text(wrong)
        with pytest.raises(ExportError, match='has no "export_id"'):
            read_receipt(receipt)
    with pytest.raises(ExportError, match="Cannot read the receipt"):
        read_receipt(tmp_path / "missing.json")


# --- kill -9 at any moment ------------------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import os, signal, sys, tempfile
    from pathlib import Path
    from poe_reviewer import export

    target, mode, old_path, new_path = sys.argv[1:5]
    new = Path(new_path).read_bytes()

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    def kill_on(module, name, call, after=False, partial=False):
        real = getattr(module, name)
        count = [0]
        def hook(*args, **kwargs):
            count[0] += 1
            if count[0] != call:
                return real(*args, **kwargs)
            if partial:  # the kernel took half of the bytes, then the process died
                fd, data = args
                real(fd, bytes(data[: len(data) // 2]))
                die()
            if not after:
                die()
            out = real(*args, **kwargs)
            die()
            return out
        setattr(module, name, hook)

    if mode == "loop":
        old = Path(old_path).read_bytes()
        sys.stdout.write("ready\\n")
        sys.stdout.flush()
        i = 0
        while True:
            export.write_atomically(Path(target), new if i % 2 == 0 else old)
            i += 1
    else:
        writer = export.write_atomically
        if mode.startswith("new:"):
            writer, mode = export.write_new, mode[4:]
        where, name, call, when = mode.split(":")
        module = tempfile if where == "tempfile" else os
        kill_on(module, name, int(call), after=when == "after", partial=when == "partial")
        writer(Path(target), new)
        sys.exit(3)  # the kill point was never reached
    """
)


@pytest.fixture(scope="module")
def payloads(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two large, different, valid exports (about 2 MB each)."""
    folder = tmp_path_factory.mktemp("payloads")
    base = [decision(str(3000000 + i), i % 60, "action_required") for i in range(300)]
    old_doc = build_export(base, exported_by="old@example.com", exported_at=EXPORTED_AT)
    new_doc = build_export(base[:-1], exported_by="new@example.com", exported_at=EXPORTED_AT)
    # Long comments make each write take several system calls' worth of time.
    for i, entry in enumerate(old_doc["decisions"]):
        entry["comment"] = f"old {i} " + "o" * 7000
    for i, entry in enumerate(new_doc["decisions"]):
        entry["comment"] = f"new {i} " + "n" * 7000
    old, new = folder / "old.json", folder / "new.json"
    old.write_bytes(export_bytes(old_doc))
    new.write_bytes(export_bytes(new_doc))
    assert old.stat().st_size > 2_000_000
    assert new.stat().st_size > 2_000_000
    return old, new


def run_writer(tmp_path: Path, mode: str, payloads: tuple[Path, Path]) -> tuple[Path, subprocess.Popen[bytes]]:
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    target = out / "export.json"
    if not target.exists() and not mode.startswith("new:"):
        target.write_bytes(payloads[0].read_bytes())  # the old export, there before the writer starts
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, str(script), str(target), mode, str(payloads[0]), str(payloads[1])],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    return target, proc


def assert_only_old_or_new(tmp_path: Path, target: Path, payloads: tuple[Path, Path]) -> bytes:
    content = target.read_bytes()  # never missing once it existed
    assert content in (payloads[0].read_bytes(), payloads[1].read_bytes()), "partial or foreign export"
    json.loads(content)
    # A temporary file may be left by the killed writer, but only next to the target.
    for path in tmp_path.rglob("*"):
        if path.is_file() and path not in (target, tmp_path / "writer.py"):
            assert path.parent == target.parent, f"stray file {path}"
            assert re.fullmatch(r"\.export\.json\..+\.tmp", path.name), path.name
    return content


@pytest.mark.parametrize(
    ("mode", "expect"),
    [
        ("tempfile:mkstemp:1:before", "old"),
        ("os:write:1:partial", "old"),  # half the bytes written
        ("os:write:1:after", "old"),  # all bytes written, not yet synced
        ("os:fsync:1:before", "old"),  # before the file is synced
        ("os:fsync:1:after", "old"),  # synced, not yet renamed
        ("os:replace:1:before", "old"),
        ("os:replace:1:after", "new"),  # renamed, directory not yet synced
        ("os:fsync:2:before", "new"),  # directory sync
        ("os:fsync:2:after", "new"),
    ],
)
def test_sigkill_at_each_step_leaves_old_or_complete_new(
    tmp_path: Path, payloads: tuple[Path, Path], mode: str, expect: str
) -> None:
    target, proc = run_writer(tmp_path, mode, payloads)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err.decode(errors="replace")
    content = assert_only_old_or_new(tmp_path, target, payloads)
    assert content == (payloads[0] if expect == "old" else payloads[1]).read_bytes()


@pytest.mark.parametrize(
    ("mode", "expect"),
    [
        ("new:tempfile:mkstemp:1:before", None),
        ("new:os:write:1:partial", None),  # half the bytes written
        ("new:os:fsync:1:after", None),  # synced, not yet linked
        ("new:os:link:1:before", None),
        ("new:os:link:1:after", "new"),  # linked, the temporary name not yet removed
        ("new:os:fsync:2:before", "new"),  # directory sync
        ("new:os:fsync:2:after", "new"),
    ],
)
def test_sigkill_at_each_step_of_a_new_export_leaves_no_file_or_the_complete_one(
    tmp_path: Path, payloads: tuple[Path, Path], mode: str, expect: str | None
) -> None:
    target, proc = run_writer(tmp_path, mode, payloads)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err.decode(errors="replace")
    if expect is None:
        assert not target.exists(), "no partial file under the export's name"
    else:
        assert target.read_bytes() == payloads[1].read_bytes()
    for path in (tmp_path / "out").iterdir():
        assert path == target or re.fullmatch(r"\.export\.json\..+\.tmp", path.name), path.name


def test_sigkill_at_random_moments_of_a_write_loop(tmp_path: Path, payloads: tuple[Path, Path]) -> None:
    rng = random.Random(20250919)
    seen: set[bytes] = set()
    for _ in range(12):
        target, proc = run_writer(tmp_path, "loop", payloads)
        assert proc.stdout is not None
        assert proc.stdout.readline() == b"ready\n", proc.stderr.read() if proc.stderr else b""
        deadline = time.monotonic() + rng.uniform(0.0, 0.15)
        # While the writer runs, a reader only ever sees a complete export.
        while time.monotonic() < deadline:
            assert_only_old_or_new(tmp_path, target, payloads)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        seen.add(assert_only_old_or_new(tmp_path, target, payloads))
    assert len(seen) == 2, "the loop never replaced the file: the test did not exercise the writer"
