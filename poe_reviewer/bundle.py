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

from poe_reviewer.claim import Claim, parse_claim
from poe_reviewer.errors import BundleError, ClaimValidationError, UnsafeBundleError

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


@dataclass(frozen=True)
class BundleFile:
    """A file of the bundle: its path inside the bundle, where it lies on disk, its role."""

    path: str
    disk_path: Path
    size: int
    sha256: str
    role: str
    listed: bool

    def read(self) -> bytes:
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


def _zip_root(tempdir: Path, label: str) -> Path:
    if (tempdir / CLAIM_FILE).is_file():
        return tempdir
    entries = [p for p in tempdir.iterdir() if not _is_junk(p.name) and p.name.lower() not in _JUNK_DIRS]
    if len(entries) == 1 and entries[0].is_dir() and (entries[0] / CLAIM_FILE).is_file():
        return entries[0]
    raise BundleError(label, "claim.json not found at the root of the archive or inside one single top-level folder")


def _walk(root: Path, limits: BundleLimits, label: str) -> Iterator[tuple[str, Path, int]]:
    count = 0
    total = 0
    real_root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(dirpath)
        for d in list(dirnames):
            p = base / d
            if p.is_symlink():
                target = p.resolve()
                if not target.is_relative_to(real_root):
                    raise UnsafeBundleError(
                        label, f"{p.relative_to(root).as_posix()!r} links outside the bundle; refused"
                    )
        for fname in filenames:
            p = base / fname
            rel = _norm(p.relative_to(root).as_posix())
            if p.is_symlink():
                target = p.resolve()
                if not target.is_relative_to(real_root):
                    raise UnsafeBundleError(label, f"{rel!r} links outside the bundle; refused")
            if not p.is_file():
                continue
            count += 1
            if count > limits.max_entries:
                raise UnsafeBundleError(label, f"bundle holds more than {limits.max_entries} files; refused")
            size = p.stat().st_size
            total += size
            if total > limits.max_expanded_bytes:
                raise UnsafeBundleError(label, f"bundle is larger than {limits.max_expanded_bytes} bytes; refused")
            yield rel, p, size


def _read_claim(claim_path: Path, label: str) -> tuple[Claim, str]:
    try:
        raw = claim_path.read_bytes()
    except OSError as exc:
        raise BundleError(label, f"claim.json cannot be read ({exc.strerror or exc})") from None
    try:
        data: Any = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ClaimValidationError(label, "$", "claim.json is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ClaimValidationError(
            label, "$", f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    return parse_claim(data, label), hashlib.sha256(raw).hexdigest()


def _load_dir(source: Path, root: Path, limits: BundleLimits, label: str, tempdir: Path | None) -> Bundle:
    claim_path = root / CLAIM_FILE
    if not claim_path.is_file():
        raise BundleError(label, "claim.json not found at the root of the bundle")
    claim, claim_sha = _read_claim(claim_path, label)

    listed: dict[str, str] = {}
    for i, slot in enumerate(claim.documents):
        if _is_unsafe(slot.path):
            raise ClaimValidationError(label, f"$.documents[{i}].path", f"{slot.path!r} points outside the bundle")
        listed.setdefault(_norm(slot.path), slot.role)
    folded = {k.casefold(): k for k in listed}

    files: list[BundleFile] = []
    found: set[str] = set()
    for rel, disk, size in _walk(root, limits, label):
        if rel == CLAIM_FILE or _is_junk(rel):
            continue
        key = rel if rel in listed else folded.get(rel.casefold())
        role = listed[key] if key is not None else "supporting"
        if key is not None:
            found.add(key)
        files.append(BundleFile(rel, disk, size, _sha256_file(disk), role, listed=key is not None))
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
