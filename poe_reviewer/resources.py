"""Find the project's ``resources/`` folder from a source tree, an install or a frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` directory; ``POE_REVIEWER_RESOURCES`` overrides it (tests, next year's policy)."""
    override = os.environ.get("POE_REVIEWER_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
