"""Which of the paths a reviewer names are claim bundles (spec section 2).

A folder with ``claim.json`` or a ``.zip`` is a bundle; a folder without ``claim.json`` is a queue
whose entries (folders and ``.zip`` files, hidden ones aside) are bundles. The command line and the
workbench (File ▸ Import, drag and drop) read paths by this one rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from poe_reviewer.bundle import CLAIM_FILE


@dataclass(frozen=True)
class NamedPath:
    #: the path as given (or resolved, see :func:`expand_bundle_paths`)
    path: str
    #: whether it looks like a bundle; a path that does not is left for the loader to explain
    bundle: bool


def _queue_entries(folder: Path) -> list[Path]:
    return sorted(
        e for e in folder.iterdir() if (e.is_dir() or e.suffix.lower() == ".zip") and not e.name.startswith(".")
    )


def named_paths(paths: Iterable[str | Path], *, resolve: bool = False) -> Iterator[NamedPath]:
    """Every path, a queue folder replaced by its entries, in order (resolved, or as given)."""

    def shown(q: Path) -> str:
        return str(q.resolve()) if resolve else str(q)

    for raw in paths:
        p = Path(raw)
        if p.is_dir() and not (p / CLAIM_FILE).exists():
            entries = _queue_entries(p)
            if entries:
                yield from (NamedPath(shown(e), True) for e in entries)
                continue
            yield NamedPath(str(raw), False)
            continue
        is_bundle = p.is_dir() or (p.is_file() and p.suffix.lower() == ".zip")
        yield NamedPath(shown(p) if is_bundle and resolve else str(raw), is_bundle)


def expand_bundle_paths(paths: Iterable[str | Path]) -> tuple[list[str], list[str]]:
    """Bundles among dropped or chosen paths (resolved), and the paths that are not bundles."""
    found = list(named_paths(paths, resolve=True))
    return [n.path for n in found if n.bundle], [n.path for n in found if not n.bundle]
