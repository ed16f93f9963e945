"""The workload catalogue and how a workload's names are found in text.

``workloads.toml`` lists each workload the claims system knows with the names a claim gives it
and the names documents use for it (aliases, features, weak family names). The workload check
judges the mentions; the reuse finding asks whether a shared document names a claim's work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from poe_reviewer.documents.model import Document
from poe_reviewer.policy import Policy

PhraseKind = Literal["alias", "feature", "weak", "own"]


@dataclass(frozen=True)
class CatalogueEntry:
    """One workload of ``workloads.toml``."""

    name: str
    claim_names: tuple[str, ...] = ()
    claim_prefixes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    features: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    seed: str = ""
    #: True for a claimed name that is not in the catalogue (matched on its own words).
    unknown: bool = False
    #: What in the POE shows that the service described is not this workload as the guide defines it (a
    #: business-hours SOC is no managed security service), and the rule it breaks.
    disqualified_by: tuple[re.Pattern[str], ...] = ()
    disqualified_rule: str = ""
    #: What the POE must name for the service to be this workload at all (a SOC on another vendor's tools
    #: is no Microsoft managed security service), and the rule that asks for it.
    requires_any: tuple[re.Pattern[str], ...] = ()
    requires_rule: str = ""

    def phrases(self) -> list[tuple[str, PhraseKind]]:
        kinds: list[tuple[str, PhraseKind]] = []
        own: PhraseKind = "own" if self.unknown else "alias"
        kinds.extend((a, own) for a in self.aliases)
        kinds.extend((f, "feature") for f in self.features)
        kinds.extend((w, "weak") for w in self.weak)
        return kinds


def norm_workload(name: str) -> str:
    return " ".join(name.upper().replace("–", "-").split())


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise TypeError(f"workloads.toml: expected a list of strings, got {value!r}")
    return tuple(str(v) for v in value)


def catalogue(policy: Mapping[str, Mapping[str, Any]]) -> list[CatalogueEntry]:
    """The workload catalogue of ``workloads.toml`` (read once per policy)."""
    if isinstance(policy, Policy):
        return list(policy.view(_catalogue))
    return list(_catalogue(policy))


def _catalogue(policy: Mapping[str, Mapping[str, Any]]) -> tuple[CatalogueEntry, ...]:
    raw: list[Mapping[str, Any]] = list(policy["workloads"].get("workload", []))
    entries: list[CatalogueEntry] = []
    for item in raw:
        entries.append(
            CatalogueEntry(
                name=norm_workload(str(item["name"])),
                claim_names=tuple(norm_workload(n) for n in _strings(item.get("claim_names"))),
                claim_prefixes=tuple(norm_workload(n) for n in _strings(item.get("claim_prefixes"))),
                aliases=_strings(item.get("aliases")),
                features=_strings(item.get("features")),
                weak=_strings(item.get("weak")),
                seed=str(item.get("seed", "")),
                disqualified_by=tuple(re.compile(p, re.IGNORECASE) for p in _strings(item.get("disqualified_by"))),
                disqualified_rule=str(item.get("disqualified_rule", "")),
                requires_any=tuple(re.compile(p, re.IGNORECASE) for p in _strings(item.get("requires_any"))),
                requires_rule=str(item.get("requires_rule", "")),
            )
        )
    return tuple(entries)


def lookup(claimed: str, entries: Sequence[CatalogueEntry]) -> CatalogueEntry | None:
    """The catalogue entry of a claimed workload name: exact name first, then the longest prefix."""
    name = norm_workload(claimed)
    for e in entries:
        if name == e.name or name in e.claim_names:
            return e
    best: tuple[int, CatalogueEntry] | None = None
    for e in entries:
        for prefix in e.claim_prefixes:
            if (name == prefix or name.startswith(prefix + " ") or name.startswith(prefix + "-")) and (
                best is None or len(prefix) > best[0]
            ):
                best = (len(prefix), e)
    return best[1] if best else None


def unknown_entry(claimed: str, generic_words: Iterable[str]) -> CatalogueEntry:
    """An entry for a claimed name missing from the catalogue: its own words are its aliases."""
    generic = {g.upper() for g in generic_words}
    # Lower case: the claims system writes names in capitals, which would read as acronyms.
    words = re.findall(r"[a-z0-9&+]+", claimed.lower())
    aliases = [" ".join(words)] if words else [claimed]
    significant = [w for w in words if w.upper() not in generic and not w.isdigit()]
    if significant and significant != words:
        aliases.append(" ".join(significant))
    return CatalogueEntry(name=norm_workload(claimed), aliases=tuple(dict.fromkeys(aliases)), unknown=True)


@lru_cache(maxsize=4096)
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """Whole-word, spacing- and hyphen-tolerant pattern; acronyms (no lower case) are case-sensitive."""
    words = [w for w in re.split(r"[\s\-‐]+", phrase.strip()) if w]
    body = r"[\s\-‐]+".join(re.escape(w) for w in words)
    flags = 0 if phrase == phrase.upper() and any(c.isalpha() for c in phrase) else re.IGNORECASE
    return re.compile(rf"(?<![\w&]){body}(?![\w&])", flags)


def claimed_entries(claimed: Iterable[str], policy: Mapping[str, Mapping[str, Any]]) -> list[CatalogueEntry]:
    """The catalogue entries of a claim's workloads (a name missing from the catalogue: its own words)."""
    entries = catalogue(policy)
    generic = [str(w) for w in policy["workloads"].get("generic_words", [])]
    return [lookup(name, entries) or unknown_entry(name, generic) for name in claimed]


def names_workload(doc: Document, entries: Sequence[CatalogueEntry]) -> bool:
    """Whether ``doc`` names one of the workloads by a name of its own or a feature (not a family
    name such as "Teams" or "Copilot" alone)."""
    phrases = [p for e in entries for p, kind in e.phrases() if kind != "weak"]
    return any(phrase_pattern(p).search(seg.text) for seg in doc.segments if seg.label != "filename" for p in phrases)
