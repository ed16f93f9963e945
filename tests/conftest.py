"""Shared fixtures: where the real-world documents and samples live, and document builders."""

from __future__ import annotations

import copy
import functools
import os
from pathlib import Path

import pytest

from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import extract_document

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("POE_SHARED", REPO.parent / "shared"))
REALWORLD = SHARED / "realworld"
# A real-world file that takes this long to read has hung, not merely slowed down: the suite runs on
# every core at once, so a wall-clock budget here only catches hangs. How fast reading is, is measured
# by benchmarks/, against a baseline in the same run.
HANG_SECONDS = 30.0
SEED = SHARED / "seed" / "000_522f59b57b561f49.txt"
SAMPLES = REPO / "sample_poe"


@pytest.fixture(scope="session")
def realworld() -> Path:
    """The shared real-world documents; CI lays shared/ beside the clone, so a missing folder is an error."""
    if not REALWORLD.is_dir():
        pytest.fail(f"real-world documents not found at {REALWORLD} (set POE_SHARED)")
    return REALWORLD


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


@functools.cache
def _read_once(path: Path, name: str, role: str) -> Document:
    return extract_document(path.read_bytes(), name, role)


def read_realworld(path: Path, name: str, role: str = "poe") -> Document:
    """A real-world document as the reader gives it: read once per test run (reading the whole corpus
    takes half a minute, and the tests of several checks sweep it), a fresh copy for every caller."""
    return copy.deepcopy(_read_once(path, name, role))
