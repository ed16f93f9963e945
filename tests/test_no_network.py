"""The program makes no network attempt, ever, and writes nowhere but its own folders.

A reviewer's machine holds customers' documents. The whole day is run here as a reviewer runs it
— import the sample queue, check the real-world documents, open claims in the workbench
(offscreen), decide, export — under strace, which sees every process and native code as well as
Python (see tests/syscall_trace.py). Any socket of the internet families, any connection, any
name look-up fails the test, and so does a file written outside the data folder, the settings
folder, the temporary work folder and the export the reviewer asked for.

The last tests prove the trap can spring: a Python connection, a look-up from native code (glibc's
resolver called through ctypes, invisible to a Python audit hook) and a cache written under ``~``
are each caught.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import CPOR_USAGE
from tests.conftest import REPO
from tests.syscall_trace import Trace, strace_available, traced_run

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not strace_available() and not os.environ.get("CI"),
        reason="strace is not installed (make test installs it)",
    ),
]

CLAIM = "3079758"
#: A claim decided on its own (CLAIM is in a conflict group, decided with its group).
ALONE = "3081102"


class Sandbox:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home"
        self.work = root / "work"  # the temporary work folder (TMPDIR)
        self.out = root / "out"  # where the reviewer asks for screenshots and exports
        self.input = root / "input"
        for d in (self.home, self.work, self.out, self.input):
            d.mkdir(parents=True)
        self.data = self.home / ".local" / "share" / "poe-reviewer"
        self.config = self.home / ".config" / "POE Reviewer"
        self.env = {
            "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
            "HOME": str(self.home),
            "TMPDIR": str(self.work),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            # our own bytecode is not the question here (make compiles it at install)
            "PYTHONDONTWRITEBYTECODE": "1",
            "POE_REVIEWER_EMAIL": "reviewer@example.com",
            "POE_REVIEWER_NAME": "Test Reviewer",
        }
        self.traces: dict[str, Trace] = {}
        self._runs = 0

    def run(self, name: str, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        self._runs += 1
        done, trace = traced_run(
            [sys.executable, "-m", "poe_reviewer", *args],
            env=self.env,
            cwd=self.out,
            log=self.root / "traces" / f"{self._runs:02d}-{name}",
            timeout=timeout,
        )
        self.traces[name] = trace
        return done

    @property
    def allowed(self) -> list[Path]:
        return [self.data, self.config, self.work, self.out]


def _realworld_bundle(realworld: Path, root: Path) -> Path:
    slots = []
    for p in sorted(realworld.rglob("*")):
        if p.is_file() and p.name != "SOURCES.md":
            rel = f"POE/{p.parent.name}/{p.name}"
            (root / "POE" / p.parent.name).mkdir(parents=True, exist_ok=True)
            shutil.copy(p, root / rel)
            slots.append({"path": rel, "role": "poe"})
    (root / "claim.json").write_text(json.dumps(dict(CPOR_USAGE, documents=slots)), encoding="utf-8")
    return root


def _covering_queue(src: Path, dst: Path, keep: tuple[str, ...]) -> Path:
    """The sample bundles that together hold every kind of file of the sample queue, a scanned paper
    among them, and the claims ``keep`` names: every reader runs under the trace at a fraction of the
    whole queue's cost."""
    seen: set[str] = set()
    scanned = False
    for bundle in sorted(p for p in src.iterdir() if p.name[:1].isdigit()):
        files = [bundle] if bundle.is_file() else [p for p in bundle.rglob("*") if p.is_file()]
        kinds = {f.suffix.lower() for f in files}
        scan = "scan" in bundle.name.lower() and not scanned
        if bundle.name.startswith(keep) or not kinds <= seen or scan:
            seen |= kinds
            scanned = scanned or scan
            target = dst / bundle.name
            shutil.copytree(bundle, target) if bundle.is_dir() else shutil.copy2(bundle, target)
    return dst


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory, realworld: Path) -> Sandbox:
    """A reviewer's day, every command traced."""
    box = Sandbox(tmp_path_factory.mktemp("day"))
    bundle = _realworld_bundle(realworld, box.input / "realworld")
    queue = _covering_queue(REPO / "sample_poe", box.input / "queue", (CLAIM, ALONE))
    assert len(list(queue.iterdir())) < len(list((REPO / "sample_poe").iterdir())) / 2
    done = box.run("import", "import", str(queue))
    assert done.returncode == 0, done.stderr
    done = box.run("check", "check", "--json", str(bundle))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    shot = box.out / "window.png"
    # the workbench on the queue the traced import filled (the sample queue's own import is the same
    # import service; tracing it a second time only doubled the cost of this test)
    done = box.run("gui", "gui", "--claim", CLAIM, "--screenshot", str(shot))
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", "the workbench printed on stderr (a library's message reaching the reviewer)"
    assert shot.stat().st_size > 10_000
    done = box.run("decide", "decide", ALONE, "--action-required", "--comment", "Please add the signed POE.")
    assert done.returncode == 0, done.stderr
    done = box.run("export", "export", "--out", str(box.out / "decisions.json"))
    assert done.returncode == 0, done.stderr
    assert json.loads((box.out / "decisions.json").read_text(encoding="utf-8"))["decisions"]
    return box


@pytest.mark.parametrize("step", ["import", "check", "gui", "decide", "export"])
def test_no_step_of_a_reviewers_day_touches_the_network(day: Sandbox, step: str) -> None:
    trace = day.traces[step]
    assert trace.network == [], "\n".join(trace.network[:10])
    assert trace.lookups == [], "\n".join(trace.lookups[:10])


@pytest.mark.parametrize("step", ["import", "check", "gui", "decide", "export"])
def test_no_step_writes_outside_the_data_settings_and_work_folders(day: Sandbox, step: str) -> None:
    outside = day.traces[step].writes_outside(day.allowed)
    assert outside == [], "\n".join(outside[:20])


def test_no_third_party_cache_is_left_in_the_home_folder(day: Sandbox) -> None:
    found = sorted(str(p.relative_to(day.home)) for p in day.home.rglob("*") if p.is_file())
    assert found, "the day left no data at all: the sandbox is not where the program writes"
    stray = [f for f in found if not f.startswith((".local/share/poe-reviewer/", ".config/POE Reviewer/"))]
    assert stray == []


# -- the trap springs --------------------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


LEAKS = {
    "python connects": f"import socket\ntry:\n socket.create_connection(('127.0.0.1', {_closed_port()}), 2)\n"
    "except OSError:\n pass",
    # glibc's resolver through ctypes: native code, below any Python audit hook
    "native code resolves a host": "import ctypes\nres = ctypes.c_void_p()\n"
    "ctypes.CDLL(None).getaddrinfo(b'telemetry.invalid', b'443', None, ctypes.byref(res))",
    "a cache under the home folder": "import os, pathlib\np = pathlib.Path(os.environ['HOME'], '.cache', 'lib')\n"
    "p.mkdir(parents=True)\n(p / 'blob').write_text('x')",
}


@pytest.mark.parametrize("leak", sorted(LEAKS))
def test_the_trap_catches_a_program_that_leaks(tmp_path: Path, leak: str) -> None:
    box = Sandbox(tmp_path)
    done, trace = traced_run(
        [sys.executable, "-c", LEAKS[leak]], env=box.env, cwd=box.out, log=tmp_path / "trace", timeout=60
    )
    assert done.returncode == 0, done.stderr
    caught = trace.network + trace.lookups + trace.writes_outside(box.allowed)
    assert caught, f"{leak}: not caught"
    if leak == "native code resolves a host":
        assert trace.lookups
    elif leak == "python connects":
        assert any("connect(" in line for line in trace.network)
    else:
        assert any("/.cache/lib" in w for w in trace.writes_outside(box.allowed))
