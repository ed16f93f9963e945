"""Load a claim bundle (spec section 1) from a directory or a .zip file, safely.

A zip is expanded into a private temporary directory (mode 0700) and nowhere else.
Entries with absolute paths or ``..``, symbolic links that leave the bundle, encrypted
entries, and archives past the limits on expanded size and entry count are refused; the
sizes are counted while reading, never trusted from the zip headers. Every file is
identified by SHA-256, the bundle by a digest over its files.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from poe_reviewer.claim import Claim, check_format, parse_claim
from poe_reviewer.errors import BundleError, ClaimValidationError, UnsafeBundleError
from poe_reviewer.schemas import validation_errors

#: The format of claim.json (its schema lists every problem of a claim at once).
CLAIM_FORMAT = "poe-claim-bundle/1"

CLAIM_FILE = "claim.json"
GiB = 1024**3
#: Files that archivers and operating systems add; never evidence.
_JUNK_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}
_JUNK_DIRS = {"__macosx"}


@dataclass(frozen=True)
class BundleLimits:
    """Limits on what a bundle may expand to (configurable; defaults from the foundation issue)."""

    max_expanded_bytes: int = 2 * GiB
    max_entries: int = 20_000
    #: claim.json is a form, not a document: a few MiB hold the longest comment thread
    max_claim_bytes: int = 8 * 1024 * 1024
    #: how deep claim.json may nest (the format itself needs 4)
    max_claim_depth: int = 32
    #: one file larger than this is refused on its own (the rest of the bundle loads)
    max_file_bytes: int = 1 * GiB


@dataclass(frozen=True)
class BundleFile:
    """A file of the bundle: its path inside the bundle, where it lies on disk, its role."""

    path: str
    disk_path: Path
    size: int
    sha256: str
    role: str
    listed: bool
    #: Why this entry of a directory bundle was not read (a link, a device, too large, a name that is
    #: not text): the entry is that document's error, the rest of the bundle loads.
    refused: str | None = None

    def read(self) -> bytes:
        if self.refused is not None:
            raise OSError(self.refused)
        return self.disk_path.read_bytes()


@dataclass
class Bundle:
    """A loaded bundle. Use as a context manager (or call :meth:`close`) to remove temporary files."""

    source: Path
    claim: Claim
    files: list[BundleFile]
    #: Paths listed in claim.json that are not in the bundle.
    missing: list[str]
    digest: str
    claim_sha256: str
    _tempdir: Path | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return self.source.name

    def close(self) -> None:
        if self._tempdir is not None:
            shutil.rmtree(self._tempdir, ignore_errors=True)
            self._tempdir = None

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            h.update(chunk)
    return h.hexdigest()


def _norm(path: str) -> str:
    """Canonical bundle path: posix separators, NFC, no leading './'."""
    p = unicodedata.normalize("NFC", path.replace("\\", "/"))
    while p.startswith("./"):
        p = p[2:]
    return p


def _is_unsafe(path: str) -> bool:
    p = path.replace("\\", "/")
    if p.startswith("/") or (len(p) > 1 and p[1] == ":"):
        return True
    return ".." in PurePosixPath(p).parts


def _is_junk(rel: str) -> bool:
    parts = rel.lower().split("/")
    return parts[-1] in _JUNK_NAMES or parts[-1].startswith("._") or any(p in _JUNK_DIRS for p in parts[:-1])


def load_bundle(path: str | os.PathLike[str], limits: BundleLimits | None = None) -> Bundle:
    """Load and validate a bundle; raise :class:`BundleError` (naming the bundle) when it cannot be used."""
    source = Path(path)
    limits = limits or BundleLimits()
    label = str(path)
    if not source.exists():
        raise BundleError(label, "no such file or directory")
    if source.is_dir():
        return _load_dir(source, source, limits, label, tempdir=None)
    if zipfile.is_zipfile(source):
        tempdir = Path(tempfile.mkdtemp(prefix="poe-bundle-"))
        try:
            _expand_zip(source, tempdir, limits, label)
            root = _zip_root(tempdir, label)
            return _load_dir(source, root, limits, label, tempdir=tempdir)
        except BaseException:
            shutil.rmtree(tempdir, ignore_errors=True)
            raise
    raise BundleError(label, "not a claim bundle: expected a directory or a .zip file")


def _expand_zip(source: Path, dest: Path, limits: BundleLimits, label: str) -> None:
    try:
        zf = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleError(label, f"damaged zip archive ({exc})") from None
    except UnicodeDecodeError:
        # an entry flagged as UTF-8 whose name is not: zipfile cannot list the archive at all
        raise BundleError(label, "damaged zip archive (an entry name is marked UTF-8 but is not)") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_entries:
            raise UnsafeBundleError(label, f"archive holds {len(infos)} entries; the limit is {limits.max_entries}")
        total = 0
        seen: set[str] = set()
        for info in infos:
            name = info.filename
            if _is_unsafe(name):
                raise UnsafeBundleError(label, f"archive entry {name!r} points outside the bundle; refused")
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise UnsafeBundleError(label, f"archive entry {name!r} is a symbolic link; refused")
            if info.flag_bits & 0x1:
                raise BundleError(label, f"archive entry {name!r} is password-protected")
            rel = _norm(name)
            if info.is_dir() or rel.endswith("/"):
                continue
            if rel.lower() in seen:
                raise BundleError(label, f"archive holds {name!r} twice")
            seen.add(rel.lower())
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                with zf.open(info) as src, target.open("wb") as out:
                    while chunk := src.read(1024 * 1024):
                        total += len(chunk)
                        if total > limits.max_expanded_bytes:
                            raise UnsafeBundleError(
                                label,
                                f"archive expands to more than {limits.max_expanded_bytes} bytes; refused",
                            )
                        out.write(chunk)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError) as exc:
                raise BundleError(label, f"archive entry {name!r} cannot be read ({exc})") from None
            except RuntimeError as exc:  # zipfile raises RuntimeError for encrypted entries
                raise BundleError(label, f"archive entry {name!r} cannot be read ({exc})") from None
            except MemoryError:
                # a decompression bomb whose one block expands past memory (bzip2 does, in one call)
                raise UnsafeBundleError(label, f"archive entry {name!r} expands beyond memory; refused") from None


def _zip_root(tempdir: Path, label: str) -> Path:
    if (tempdir / CLAIM_FILE).is_file():
        return tempdir
    entries = [p for p in tempdir.iterdir() if not _is_junk(p.name) and p.name.lower() not in _JUNK_DIRS]
    if len(entries) == 1 and entries[0].is_dir() and (entries[0] / CLAIM_FILE).is_file():
        return entries[0]
    raise BundleError(label, "claim.json not found at the root of the archive or inside one single top-level folder")


def shown_name(rel: str) -> str:
    """A path as a person can read it: bytes that are not UTF-8 (kept by the file system's
    surrogate escapes) shown as \\xNN instead of breaking every print and database write."""
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _refusal(p: Path, rel: str, limits: BundleLimits, total: int) -> str | None:
    """Why an entry of a directory bundle is not read, or None to read it."""
    if shown_name(rel) != rel:
        return "its file name is not UTF-8 text; rename the file"
    if p.is_symlink():
        return "is a symbolic link; links in a bundle are not followed"
    st = p.lstat()
    if not stat.S_ISREG(st.st_mode):
        return "is not a regular file (a device, pipe or socket); not read"
    if st.st_size > limits.max_file_bytes:
        return f"is {st.st_size} bytes; one file may hold at most {limits.max_file_bytes}"
    if total + st.st_size > limits.max_expanded_bytes:
        return f"would take the bundle past {limits.max_expanded_bytes} bytes; not read"
    return None


def _walk(root: Path, limits: BundleLimits, label: str) -> Iterator[tuple[str, Path, int, str | None]]:
    """Every entry of a directory bundle: (path, file, size, why it is refused or None).

    A link, a special file, an oversized file or a name that is not text is refused on its own: it is
    listed with the reason, and the rest of the bundle loads (links to folders are not followed)."""
    count = 0
    total = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(dirpath)
        for d in list(dirnames):
            p = base / d
            if p.is_symlink():
                rel = _norm(p.relative_to(root).as_posix())
                yield shown_name(rel), p, 0, "is a symbolic link to a folder; links in a bundle are not followed"
        for fname in filenames:
            p = base / fname
            rel = _norm(p.relative_to(root).as_posix())
            count += 1
            if count > limits.max_entries:
                raise UnsafeBundleError(label, f"bundle holds more than {limits.max_entries} files; refused")
            try:
                refused = _refusal(p, rel, limits, total)
                size = 0 if refused and "link" in refused else p.lstat().st_size
            except OSError as exc:
                refused, size = f"cannot be read ({exc.strerror or exc})", 0
            if refused is None:
                total += size
            yield shown_name(rel), p, size, refused


#: The longest integer claim.json may hold (amounts and ids are far shorter; 5,000 digits is an attack).
_MAX_INT_DIGITS = 30


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise ValueError(f"a number with {len(text)} digits (at most {_MAX_INT_DIGITS})")
    return int(text)


def _read_claim(claim_path: Path, label: str, limits: BundleLimits) -> tuple[Claim, str]:
    try:
        size = claim_path.stat().st_size
        if size > limits.max_claim_bytes:
            raise ClaimValidationError(
                label, "$", f"claim.json is {size} bytes; the limit is {limits.max_claim_bytes}"
            )
        raw = claim_path.read_bytes()
    except OSError as exc:
        raise BundleError(label, f"claim.json cannot be read ({exc.strerror or exc})") from None
    try:
        data: Any = json.loads(raw.decode("utf-8-sig"), parse_int=_bounded_int)
    except UnicodeDecodeError:
        raise ClaimValidationError(label, "$", "claim.json is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ClaimValidationError(
            label, "$", f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise ClaimValidationError(label, "$", f"nested deeper than {limits.max_claim_depth} levels") from None
    except ValueError as exc:  # a number too long to be one (ours, or Python's own digit limit)
        raise ClaimValidationError(label, "$", f"not a valid claim: {exc}") from None
    problems = text_problems(data, limits.max_claim_depth)
    if not problems and isinstance(data, dict):
        check_format(label, data)
        # several fields wrong: all of them at once (one alone gets parse_claim's own sentence)
        found = validation_errors(CLAIM_FORMAT, data)
        problems = found if len(found) > 1 else []
    if problems:
        shown = "; ".join(problems[:10]) + (f"; and {len(problems) - 10} more" if len(problems) > 10 else "")
        raise ClaimValidationError(label, "$", f"{len(problems)} problems: {shown}" if len(problems) > 1 else shown)
    return parse_claim(data, label), hashlib.sha256(raw).hexdigest()


def text_problems(data: Any, max_depth: int) -> list[str]:
    """Every string of a parsed JSON value that no database or screen can hold (a NUL, a lone surrogate
    from a ``\\ud800`` escape), and nesting past ``max_depth``, each with its JSON path; all at once."""
    problems: list[str] = []
    stack: list[tuple[Any, str, int]] = [(data, "$", 0)]
    while stack and len(problems) < 50:
        value, path, depth = stack.pop()
        if depth > max_depth:
            problems.append(f"{path}: nested deeper than {max_depth} levels")
            continue
        if isinstance(value, str):
            problem = _string_problem(value)
            if problem:
                problems.append(f"{path}: {problem}")
        elif isinstance(value, dict):
            for key, item in reversed(list(value.items())):
                key_problem = _string_problem(key)
                shown = ascii(key)[1:-1] if key_problem else key
                if key_problem:
                    problems.append(f"{path}: the key '{shown}' {key_problem}")
                stack.append((item, f"{path}.{shown}", depth + 1))
        elif isinstance(value, list):
            for i in reversed(range(len(value))):
                stack.append((value[i], f"{path}[{i}]", depth + 1))
    return problems


def _string_problem(text: str) -> str | None:
    if "\x00" in text:
        return "holds a NUL character"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "holds a lone surrogate (an invalid \\uD800-\\uDFFF escape), which is not text"
    return None


def _load_dir(source: Path, root: Path, limits: BundleLimits, label: str, tempdir: Path | None) -> Bundle:
    claim_path = root / CLAIM_FILE
    if not claim_path.is_file():
        raise BundleError(label, "claim.json not found at the root of the bundle")
    claim, claim_sha = _read_claim(claim_path, label, limits)

    listed: dict[str, str] = {}
    for i, slot in enumerate(claim.documents):
        if _is_unsafe(slot.path):
            raise ClaimValidationError(label, f"$.documents[{i}].path", f"{slot.path!r} points outside the bundle")
        listed.setdefault(_norm(slot.path), slot.role)
    folded = {k.casefold(): k for k in listed}

    files: list[BundleFile] = []
    found: set[str] = set()
    for rel, disk, size, refused in _walk(root, limits, label):
        if rel == CLAIM_FILE or _is_junk(rel):
            continue
        key = rel if rel in listed else folded.get(rel.casefold())
        role = listed[key] if key is not None else "supporting"
        if key is not None:
            found.add(key)
        # a refused entry is never read: its digest names the entry and the reason, not its bytes
        if refused is None:
            digest = _sha256_file(disk)
        else:
            digest = hashlib.sha256(f"refused\0{rel}\0{refused}".encode()).hexdigest()
        files.append(BundleFile(rel, disk, size, digest, role, listed=key is not None, refused=refused))
    files.sort(key=lambda f: (_listed_order(f.path, listed), f.path))
    missing = [p for p in listed if p not in found]

    h = hashlib.sha256()
    h.update(f"{CLAIM_FILE}\0{claim_sha}\n".encode())
    for f in sorted(files, key=lambda f: f.path):
        h.update(f"{f.path}\0{f.sha256}\n".encode())
    return Bundle(source, claim, files, missing, h.hexdigest(), claim_sha, _tempdir=tempdir)


def _listed_order(path: str, listed: dict[str, str]) -> int:
    """Listed documents first, in claim.json order; then unlisted (supporting) files."""
    for i, key in enumerate(listed):
        if key == path or key.casefold() == path.casefold():
            return i
    return len(listed)
