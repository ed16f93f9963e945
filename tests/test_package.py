"""The packaged app (``make package``: build.spec's one-folder build) does what the source does, on its own:
it checks a scanned bundle with the OCR engine it carries (no engine on the PATH) and draws the workbench.

Built into a temporary folder from this checkout, so the test proves that the spec builds what is here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCANNED = REPO / "sample_poe" / "3110204_Trailhead_NodPublishers_ScannedPaper"

pytestmark = [pytest.mark.slow, pytest.mark.integration]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not Path("/usr/bin/tesseract").exists():
        pytest.skip("no OCR engine to package (`make package` installs it)")
    built = tmp_path_factory.mktemp("package")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(built / "dist"), "--workpath", str(built / "work"), str(REPO / "build.spec")],
        capture_output=True, text=True, timeout=900, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    program = built / "dist" / "poe-reviewer" / "poe-reviewer"
    assert program.is_file()
    return program


def _run(program: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    # nothing of the machine's: no engine on the PATH, no venv, a home of its own
    env = {"PATH": "/nonexistent", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run([str(program), *args], capture_output=True, text=True, timeout=300, env=env, cwd=home)


def test_the_packaged_app_reads_a_scan_with_the_engine_it_carries(app: Path, tmp_path: Path) -> None:
    done = _run(app, "check", str(SCANNED), "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    # read without OCR the scan has no text and the suggestion is "review"
    assert report["recommendation"] == "approve", [(c["id"], c["summary"]) for c in report["checks"]]


def test_the_packaged_app_imports_and_draws_the_workbench(app: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'queue.sqlite3'}"
    done = _run(app, "--db", db, "--create", "import", str(SCANNED), home=tmp_path)
    assert done.returncode == 0, done.stderr
    shot = tmp_path / "window.png"
    done = _run(app, "--db", db, "gui", "--claim", "3110204", "--screenshot", str(shot), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 20_000  # a drawn window, not an empty picture
    # a new user's first look: the sample queue comes with the app
    sample = tmp_path / "sample.png"
    done = _run(app, "gui", "--sample-queue", "--screenshot", str(sample), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert sample.stat().st_size > 20_000
    assert os.access(app, os.X_OK)
