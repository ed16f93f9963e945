"""Warnings from libraries we use that say nothing to a reviewer, silenced by name at the entry points.

Each entry names one warning (its category, by class name, and the start of its message) from one
module; everything else still reaches stderr. Nothing here is a blanket ``ignore``: a new warning
from the same library, or the same warning from our own code, still shows.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass


@dataclass(frozen=True)
class KnownWarning:
    #: the warning's category, by class name (documentation: the filter uses ``base``, so that the
    #: library need not be imported at start-up just to name its warning class)
    category: str
    #: a built-in base class of that category
    base: type[Warning]
    #: the start of the message, literally
    message: str
    #: the module the warning is raised from (a regular expression, matched in full)
    module: str
    #: why it is not ours to fix
    why: str


KNOWN_WARNINGS: tuple[KnownWarning, ...] = (
    KnownWarning(
        category="CryptographyDeprecationWarning",
        base=UserWarning,
        message="DSA is deprecated",
        module=r"pyhanko\.sign\.signers\.pdf_cms",
        why="pyHanko imports cryptography's DSA key class at import time (cryptography ≥ 48 warns); "
        "we never sign, and DSA signatures on a POE are still validated, so the warning tells a reviewer nothing",
    ),
)


def silence_known_warnings() -> None:
    """Install the filters (idempotent). Called by every entry point before any library loads."""
    for known in KNOWN_WARNINGS:
        warnings.filterwarnings(
            "ignore",
            message=re.escape(known.message),
            category=known.base,
            module=known.module,
        )


#: Messages Qt prints that tell a reviewer nothing, dropped by the workbench's Qt message handler
#: (exact text, with why). Every other Qt message still reaches stderr.
KNOWN_QT_MESSAGES: dict[str, str] = {
    "This plugin does not support propagateSizeHints()": "the offscreen platform (--screenshot) cannot pass a "
    "window's size hints on; the picture is the same",
}
