"""The decision export for the claims system (spec section 4, ``poe-decisions/1``), written so that it
is never lost, never half-written and never overwritten.

:func:`build_export` assembles the document and validates it against
``resources/schemas/poe-decisions-1.schema.json``; anything that breaks the schema raises
:class:`ExportError` instead of reaching the claims system. Decisions are ordered by decision time
and claim id, so exporting the same decisions again gives the same file. The document may carry
two optional fields of the format: ``export_id``, the export's own id (the claims system drops a
file whose id it has seen, so a file delivered twice is applied once), and ``audit_chain_head``,
the audit trail's last hash when the export was made.

:func:`write_new` writes an export file that must not replace anything: an export the claims
system may not have collected yet is never overwritten. The bytes go to a temporary file in the
target's own directory, are flushed and fsynced, and are hard-linked under the target's name
(``os.link`` fails when the name is taken, which a rename would silently replace); the directory
is then fsynced so that the new name is durable. A reader therefore sees no file or the complete
one. A target that already holds exactly these bytes is left alone (writing the same export
again is harmless); one that holds anything else is refused with :class:`ExportError`.

:func:`write_atomically` replaces the target file so that an interruption at any moment (a crash,
``kill -9``, a power cut after the rename) leaves either the complete old file or the complete new
one, for files that may be replaced.

:func:`read_receipt` reads the claims system's receipt for an export (``{"export_id": ...}``).
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


def build_export(
    decisions: Sequence[Decision],
    *,
    exported_by: str,
    exported_at: dt.datetime,
    export_id: str | None = None,
    audit_chain_head: str | None = None,
) -> dict[str, Any]:
    """The ``poe-decisions/1`` document of ``decisions``, validated against its schema.

    ``export_id`` and ``audit_chain_head`` are included when given (optional fields of the format).
    """
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
    document: dict[str, Any] = {"format": EXPORT_FORMAT}
    if export_id is not None:
        document["export_id"] = export_id
    document["exported_at"] = format_datetime(exported_at.replace(microsecond=0))
    document["exported_by"] = exported_by.strip()
    if audit_chain_head is not None:
        document["audit_chain_head"] = audit_chain_head
    document["decisions"] = [d.to_export_json() for d in ordered]
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


def _refuse_taken(path: Path) -> ExportError:
    return ExportError(
        f"{path} already exists; choose another file name — an export file is never overwritten, "
        "the claims system may not have collected it yet."
    )


def _target_of(path: Path) -> tuple[Path, Path]:
    """The target and its directory, or ExportError when no file can be created there."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(f"Cannot write the export to {path}: it is a directory.")
    if not directory.is_dir():
        raise ExportError(f"Cannot write the export to {path}: the folder {directory} does not exist.")
    return target, directory


def check_target(path: Path, data: bytes) -> bool:
    """Whether ``path`` may receive the export ``data``: False when there is no such file yet (write
    it), True when the file already holds exactly ``data`` (nothing to write); :class:`ExportError`
    when it holds anything else, or when no file can be created there."""
    target, _ = _target_of(path)
    if not os.path.lexists(target):
        return False
    try:
        with open(target, "rb") as f:  # at most one byte more than data: enough to tell
            existing = f.read(len(data) + 1)
    except OSError:
        # a dangling link, a file we may not read: taken all the same
        raise _refuse_taken(Path(path)) from None
    if existing == data:
        return True
    raise _refuse_taken(Path(path))


def write_new(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` as a new file, never replacing one; True when it was written, False
    when ``path`` already held exactly ``data``. :class:`ExportError` when ``path`` holds anything
    else or cannot be written.

    Readers see no file or the complete one: the bytes are fsynced in a temporary file that is then
    linked under the target's name (a link, unlike a rename, fails when the name is taken, even when
    another writer took it a moment ago), and the directory is fsynced so that the name is durable.
    """
    if check_target(path, data):
        return False
    target, directory = _target_of(path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=directory)
    except OSError as exc:
        raise ExportError(f"Cannot write the export to {path}: {exc.strerror or exc}.") from exc
    temp = Path(temp_name)
    try:
        try:
            _write_all(fd, data)
            if os.name != "nt":
                os.fchmod(fd, 0o644)  # mkstemp creates 0600; the claims system's collector must read it
            os.fsync(fd)
        finally:
            os.close(fd)
        _link_new(temp, target, path)
    except FileExistsError:
        # another writer took the name since the check: fine only if it wrote these very bytes
        if check_target(path, data):
            return False
        raise _refuse_taken(Path(path)) from None
    except OSError as exc:
        raise ExportError(f"Cannot write the export to {path}: {exc.strerror or exc}.") from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    try:
        _fsync_directory(directory)
    except OSError as exc:
        raise ExportError(f"The export {path} was written but may not survive a power cut: {exc}.") from exc
    return True


def _link_new(temp: Path, target: Path, shown: Path) -> None:
    """Give ``temp`` the name ``target`` unless the name is taken (FileExistsError)."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if os.name == "nt":
            # Windows' rename never replaces an existing file (FileExistsError), and works where
            # links do not (FAT drives); the temporary file is then gone, which the caller tolerates.
            os.rename(temp, target)
            return
        raise ExportError(
            f"Cannot write the export to {shown}: this file system cannot create the file without "
            f"risking to replace another ({exc.strerror or exc}); choose a folder on a local disk."
        ) from exc


def read_receipt(path: Path) -> str:
    """The export id of the claims system's receipt file ``path`` (JSON ``{"export_id": "..."}``)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExportError(f"Cannot read the receipt {path}: {getattr(exc, 'strerror', None) or exc}.") from exc
    try:
        receipt = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportError(
            f"The receipt {path} is not JSON ({exc.msg}, line {exc.lineno}); expected "
            '{"export_id": "EXP-..."} from the claims system.'
        ) from None
    export_id = receipt.get("export_id") if isinstance(receipt, dict) else None
    if not isinstance(export_id, str) or not export_id.strip():
        raise ExportError(
            f'The receipt {path} has no "export_id"; expected {{"export_id": "EXP-..."}} from the claims system.'
        )
    return export_id.strip()


def write_export(
    path: Path, decisions: Sequence[Decision], *, exported_by: str, exported_at: dt.datetime
) -> dict[str, Any]:
    """Build, validate and atomically write an export; returns the document written."""
    document = build_export(decisions, exported_by=exported_by, exported_at=exported_at)
    write_atomically(path, export_bytes(document))
    return document
