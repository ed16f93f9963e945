"""The OCR engine (Tesseract) as the rest of the program sees it: whether it is installed, its
languages, and the ``[engine]`` and ``[ink]`` settings of ``resources/policy/ocr.toml``.

Kept apart from :mod:`poe_reviewer.documents.ocr` so that deciding whether OCR is on (every
extraction does) costs no numpy, PyMuPDF or Pillow import: a one-bundle check opens its first
file before those load.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from poe_reviewer.policy import load_policy

#: The engine's program name, found on PATH (``TESSERACT`` overrides it).
ENGINE = "Tesseract"
_PROGRAM = "tesseract"
#: Environment switch: ``0``/``off``/``false``/``no`` turns OCR off by default.
ENV_SWITCH = "POE_REVIEWER_OCR"


# -- the engine ----------------------------------------------------------------------------------


#: Where the packaged app keeps its own engine and models (build.spec), under the app's folder.
BUNDLED = "tesseract"


def _bundled() -> Path | None:
    """The engine the packaged app carries, if this is the packaged app and it carries one."""
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or base is None:
        return None
    program = Path(base) / BUNDLED / _PROGRAM
    return program if program.is_file() else None


def program_path() -> str | None:
    if "TESSERACT" not in os.environ and (bundled := _bundled()) is not None:
        return str(bundled)
    return shutil.which(os.environ.get("TESSERACT", _PROGRAM))


def engine_env() -> dict[str, str]:
    """The environment the engine runs in: the packaged app's engine finds its models and libraries in the app."""
    env = {**os.environ}
    bundled = _bundled() if "TESSERACT" not in os.environ else None
    if bundled is not None:
        env["TESSDATA_PREFIX"] = str(bundled.parent / "tessdata")
        env["LD_LIBRARY_PATH"] = os.pathsep.join(
            p for p in (str(bundled.parent.parent), env.get("LD_LIBRARY_PATH")) if p
        )
    return env


@cache
def engine_version() -> str | None:
    """``tesseract 5.3.0``, or None when the engine is not installed or does not run."""
    program = program_path()
    if program is None:
        return None
    try:
        done = subprocess.run(
            [program, "--version"], capture_output=True, text=True, timeout=20, check=False, env=engine_env()
        )
    except (OSError, subprocess.SubprocessError):
        return None
    lines = (done.stdout or done.stderr).strip().splitlines()
    return lines[0].strip() if done.returncode == 0 and lines else None


@cache
def installed_languages() -> frozenset[str]:
    """The language models the engine finds (``eng``, ``osd``, ...)."""
    program = program_path()
    if program is None:
        return frozenset()
    try:
        done = subprocess.run(
            [program, "--list-langs"], capture_output=True, text=True, timeout=20, check=False, env=engine_env()
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (done.stdout or "").splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip() and " " not in line.strip())


def engine_available() -> bool:
    """The engine runs and has at least one of the configured languages."""
    return engine_version() is not None and bool(usable_languages())


def default_enabled() -> bool:
    """Whether extraction reads scans by default: the engine is there and not switched off."""
    if os.environ.get(ENV_SWITCH, "").strip().lower() in ("0", "off", "false", "no"):
        return False
    return engine_available()


def usable_languages() -> list[str]:
    have = installed_languages()
    return [lang for lang in settings().languages if lang in have]


# -- settings ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """The ``[engine]`` section of ``resources/policy/ocr.toml``."""

    languages: tuple[str, ...] = ("eng",)
    dpi: float = 300.0
    max_pixels: int = 12_000_000
    min_line_pixels: float = 24.0
    max_upscale: float = 3.0
    max_skew: float = 12.0
    timeout: float = 60.0
    min_confidence: float = 45.0
    scan_image_share: float = 0.5
    scan_max_text_words: int = 12
    min_picture_pixels: int = 40_000
    max_pages: int = 60

    @classmethod
    def from_policy(cls, section: Mapping[str, Any]) -> Settings:
        return cls(
            languages=tuple(str(v) for v in section.get("languages", ["eng"])),
            dpi=float(section.get("dpi", 300)),
            max_pixels=int(section.get("max_pixels", 12_000_000)),
            min_line_pixels=float(section.get("min_line_pixels", 24)),
            max_upscale=float(section.get("max_upscale", 3.0)),
            max_skew=float(section.get("max_skew_degrees", 12)),
            timeout=float(section.get("timeout_seconds", 60)),
            min_confidence=float(section.get("min_word_confidence", 45)),
            scan_image_share=float(section.get("scan_image_share", 0.5)),
            scan_max_text_words=int(section.get("scan_max_text_words", 12)),
            min_picture_pixels=int(section.get("min_picture_pixels", 40_000)),
            max_pages=int(section.get("max_pages_per_document", 60)),
        )


@cache
def settings() -> Settings:
    return Settings.from_policy(load_policy()["ocr"].get("engine", {}))


# -- the ink detector's settings ------------------------------------------------------------------
@dataclass(frozen=True)
class InkRules:
    """The ``[ink]`` settings of ``resources/policy/ocr.toml``, compiled."""

    labels: tuple[re.Pattern[str], ...]
    sign_line: re.Pattern[str]
    left: float
    right: float
    above: float
    below: float
    stroke_width: float
    stroke_height: float
    max_fill: float
    mask_conf: float
    name_labels: tuple[re.Pattern[str], ...]
    company_labels: tuple[re.Pattern[str], ...]
    date_labels: tuple[re.Pattern[str], ...]
    fields_below: float
    #: the name labels anywhere on a line, with their colon: a sign-off row read as one line
    #: ("Greywell Name: Callum Reid Signature: ... Date: ...")
    name_fields: tuple[re.Pattern[str], ...] = ()
    #: the date labels anywhere on a line, with their colon ("Signature: <strokes> | Date: 03.06.2026")
    date_fields: tuple[re.Pattern[str], ...] = ()


def _rx_list(values: Iterable[Any]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(str(v), re.IGNORECASE) for v in values)


def compile_rules(section: Mapping[str, Any]) -> InkRules:
    def label_rx(values: Iterable[Any]) -> tuple[re.Pattern[str], ...]:
        # a field label starts its line; a colon, the end of the line or the value follows
        return tuple(re.compile(rf"^\W{{0,3}}(?:{v})\s*[:.]?", re.IGNORECASE) for v in values)

    return InkRules(
        labels=_rx_list(rf"(?<!\w)(?:{v})(?![^\W\d_])" for v in section.get("labels", [])),
        sign_line=re.compile(str(section.get("sign_line", r"^_{4,}$"))),
        left=float(section.get("search_left", 2.0)),
        right=float(section.get("search_right", 28.0)),
        above=float(section.get("search_above", 4.0)),
        below=float(section.get("search_below", 4.0)),
        stroke_width=float(section.get("stroke_min_width", 1.6)),
        stroke_height=float(section.get("stroke_min_height", 1.4)),
        max_fill=float(section.get("stroke_max_fill", 0.35)),
        mask_conf=float(section.get("mask_word_confidence", 60)),
        name_labels=label_rx(section.get("name_labels", [])),
        company_labels=label_rx(section.get("company_labels", [])),
        date_labels=label_rx(section.get("date_labels", [])),
        fields_below=float(section.get("fields_below", 8.0)),
        name_fields=_rx_list(rf"(?<!\w)(?:{v})\s*:" for v in section.get("name_labels", [])),
        date_fields=_rx_list(rf"(?<!\w)(?:{v})\s*:" for v in section.get("date_labels", [])),
    )
