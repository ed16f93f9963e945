"""The decision export for the claims system (spec section 4, ``poe-decisions/1``), written atomically.

:func:`build_export` assembles the document and validates it against
``resources/schemas/poe-decisions-1.schema.json``; anything that breaks the schema raises
:class:`ExportError` instead of reaching the claims system. Decisions are ordered by decision time
and claim id, so exporting the same decisions again gives the same file.

:func:`write_atomically` replaces the target file so that an interruption at any moment (a crash,
``kill -9``, a power cut after the rename) leaves either the complete old file or the complete new
one: the bytes go to a temporary file in the target's own directory (a rename is only atomic
within one file system), are flushed and fsynced, the temporary file is renamed over the target,
and the directory is fsynced so that the rename itself is durable.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.review import Decision, format_datetime
from poe_reviewer.schemas import validation_errors

EXPORT_FORMAT = "poe-decisions/1"
#: Temporary files are ``.<target name>.<random>.tmp`` next to the target.
TEMP_SUFFIX = ".tmp"


class ExportError(PoeReviewerError):
    """The export is invalid or cannot be written; the message says which and why."""


def build_export(decisions: Sequence[Decision], *, exported_by: str, exported_at: dt.datetime) -> dict[str, Any]:
    """The ``poe-decisions/1`` document of ``decisions``, validated against its schema."""
    if not exported_by.strip():
        raise ExportError("An export needs the name or e-mail address of the reviewer exporting it.")
    if exported_at.tzinfo is None:
        raise ValueError("exported_at must be timezone-aware")
    seen: dict[tuple[str, str, str], Decision] = {}
    for d in decisions:
        key = (d.claim_id, format_datetime(d.decided_at), d.bundle_sha256)
        if key in seen:
            # Two entries for one decision would make the claims system apply it twice.
            raise ExportError(
                f"Decision on claim {d.claim_id} of {key[1]} is in the export twice; each decision is exported once."
            )
        seen[key] = d
    ordered = sorted(decisions, key=lambda d: (format_datetime(d.decided_at), d.claim_id))
    document: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "exported_at": format_datetime(exported_at.replace(microsecond=0)),
        "exported_by": exported_by.strip(),
        "decisions": [d.to_export_json() for d in ordered],
    }
    problems = validation_errors(EXPORT_FORMAT, document)
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        raise ExportError(f"The export does not match {EXPORT_FORMAT}: {shown}")
    return document


def export_bytes(document: dict[str, Any]) -> bytes:
    """The export as the bytes written to disk: UTF-8 JSON, indented, ending with a newline."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_directory(directory: Path) -> None:
    # Without this the rename may be lost on power failure; Windows cannot open directories.
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers only ever see the old or the complete new file."""
    target = Path(path)
    if target.is_symlink():
        # Replace the file the link points to, and keep the link.
        target = target.resolve()
    directory = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(f"Cannot write the export to {path}: it is a directory.")
    if not directory.is_dir():
        raise ExportError(f"Cannot write the export to {path}: the folder {directory} does not exist.")
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o644
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=directory)
    except OSError as exc:
        raise ExportError(f"Cannot write the export to {path}: {exc.strerror or exc}.") from exc
    temp = Path(temp_name)
    try:
        try:
            _write_all(fd, data)
            if os.name != "nt":
                os.fchmod(fd, mode)  # mkstemp creates 0600; keep the old file's permissions
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise ExportError(f"Cannot write the export to {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    try:
        _fsync_directory(directory)
    except OSError as exc:
        raise ExportError(f"The export {path} was written but may not survive a power cut: {exc}.") from exc


def write_export(
    path: Path, decisions: Sequence[Decision], *, exported_by: str, exported_at: dt.datetime
) -> dict[str, Any]:
    """Build, validate and atomically write an export; returns the document written."""
    document = build_export(decisions, exported_by=exported_by, exported_at=exported_at)
    write_atomically(path, export_bytes(document))
    return document
