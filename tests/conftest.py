"""Shared fixtures: where the real-world documents and samples live, and document builders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("POE_SHARED", REPO.parent / "shared"))
REALWORLD = SHARED / "realworld"
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
