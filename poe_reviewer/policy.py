"""Program policy as data.

Every rule that changes from one fiscal year to the next (workload catalogue and
aliases, markets and rates, deadlines, public-sector rules, phrase lists, required
documents) lives in a TOML file under ``resources/policy/``; each entry names the
seed section it comes from in a ``seed`` key. Next year's rules are an edit to those
files, not to code.

:class:`Policy` is the parsed set of files, keyed by file stem
(``policy["workloads"]`` is ``resources/policy/workloads.toml``). Checks read their own
section through small typed accessors next to the check.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from poe_reviewer.errors import PolicyError
from poe_reviewer.resources import resource_path

T = TypeVar("T")


class Policy(Mapping[str, Mapping[str, Any]]):
    def __init__(self, sections: Mapping[str, Mapping[str, Any]], source: str = "") -> None:
        self._sections = dict(sections)
        self.source = source
        #: Set once every file has been read through its typed view (pipeline.validate_policy).
        self.validated = False
        self._views: dict[Callable[[Policy], Any], Any] = {}

    def __getstate__(self) -> dict[str, Any]:
        # the views are rebuilt where the policy goes (a checking process): some hold closures
        return {**self.__dict__, "_views": {}}

    def view(self, build: Callable[[Policy], T]) -> T:
        """``build(self)``, built once: a typed view of the policy that every claim of a queue reads."""
        try:
            return self._views[build]  # type: ignore[no-any-return]
        except KeyError:
            value = self._views[build] = build(self)
            return value

    def __getitem__(self, key: str) -> Mapping[str, Any]:
        try:
            return self._sections[key]
        except KeyError:
            raise PolicyError(f"policy file {key}.toml is missing from {self.source or 'the policy'}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._sections)

    def __len__(self) -> int:
        return len(self._sections)

    def get_list(self, section: str, key: str) -> list[Any]:
        value = self[section].get(key, [])
        if not isinstance(value, list):
            raise PolicyError(f"{section}.toml: {key} must be a list")
        return value

    @classmethod
    def from_dir(cls, directory: Path) -> Policy:
        if not directory.is_dir():
            raise PolicyError(f"policy directory {directory} does not exist")
        sections: dict[str, Mapping[str, Any]] = {}
        for path in sorted(directory.glob("*.toml")):
            try:
                sections[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise PolicyError(f"{path}: {exc}") from exc
        return cls(sections, source=str(directory))


@lru_cache(maxsize=4)
def _load(directory: str) -> Policy:
    return Policy.from_dir(Path(directory))


def load_policy(directory: Path | None = None) -> Policy:
    """The program policy (cached per directory)."""
    return _load(str(directory or resource_path("policy")))
