"""The words a claim's POE is compared by: masked for the parties, folded, numbered, shingled."""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from poe_reviewer.claim import Claim
from poe_reviewer.documents.model import Document
from poe_reviewer.domains import normalize_domain, within_any
from poe_reviewer.findings.reuse.rules import (
    SKIP_LABELS,
    TOKEN,
    PartyMasks,
    ReuseRules,
    fold_text,
    fold_tokens,
    mask_suspects,
)
from poe_reviewer.names import find_name, tokens


# -- words ----------------------------------------------------------------------------------------------
# Chunks that may hold an e-mail address, a web address or a file name: names.mask_addresses run
# over a whole long page is slow, and none of those contain spaces, so only these chunks are masked.
def names_party(doc: Document, name: str, domains: Sequence[str]) -> bool:
    """Whether ``doc`` names the party: its name, or one of its domains (an address at it)."""
    if find_name(doc, name):
        return True
    wanted = [d for d in (normalize_domain(x) for x in domains) if d]
    return any(d in seg.text.casefold() for d in wanted for seg in doc.segments if seg.label != "filename")


def names_partner(doc: Document, name: str, domains: Sequence[str]) -> bool:
    """Whether ``doc`` is the partner's: a document that names it, or an e-mail it wrote or received.
    An e-mail is its correspondents' (From, To, and a Cc its greeting addresses: "Lena, Raj, thank you
    both"), whoever else its body thanks: a customer's acceptance sent to the partner that also thanks
    the partner's subcontractor, copied in, is the partner's, not the subcontractor's."""
    info = doc.email
    if info is None or not domains:
        return names_party(doc, name, domains)
    wanted = {d for d in (normalize_domain(x) for x in domains) if d}
    greeting = next((ln for ln in info.own_text.splitlines() if ln.strip()), "")
    greeted_words = {w.casefold() for w in re.findall(r"[^\W\d_]+", greeting)}
    greeted = [a for a in info.cc if a.name and a.name.split()[0].casefold() in greeted_words]
    return any(within_any(a.domain, wanted) for a in (info.sender, *info.to, *greeted) if a is not None)


def party_masks(claim: Claim) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The claim's own names as word sequences to replace by a placeholder, by first word."""
    masks: dict[str, list[tuple[tuple[str, ...], str]]] = {}

    def add(seq: Sequence[str], placeholder: str) -> None:
        if seq:
            masks.setdefault(seq[0], []).append((tuple(seq), placeholder))

    for party, placeholder in ((claim.customer, "\x00customer"), (claim.partner, "\x00partner")):
        words = fold_tokens(" ".join(tokens(party.name)))
        add(words, placeholder)
        if len(words) > 1 and len(words[0]) >= 4:
            add(words[:1], placeholder)  # "Northwind" for "Northwind Traders"
        if party.contact:
            add(fold_tokens(party.contact.name), "\x00person")
    for seqs in masks.values():
        seqs.sort(key=lambda item: len(item[0]), reverse=True)
    return masks


def _normalize(words: list[str], masks: PartyMasks, templates: Mapping[str, list[tuple[str, ...]]]) -> set[int]:
    """Positions of ``words`` to drop (template lines, the tails of masked names).

    Masked names are replaced in place by their placeholder. Only positions whose word can
    start a template line or a name are looked at: most words are neither.
    """
    starts = masks.keys() | templates.keys()
    drop: set[int] = set()
    skip_to = 0
    for i in [i for i, w in enumerate(words) if w in starts]:
        if i < skip_to:
            continue
        w = words[i]
        matched = next((seq for seq in templates.get(w, ()) if tuple(words[i : i + len(seq)]) == seq), None)
        if matched is not None:
            drop.update(range(i, i + len(matched)))
            skip_to = i + len(matched)
            continue
        for seq, placeholder in masks.get(w, ()):
            if tuple(words[i : i + len(seq)]) == seq:
                words[i] = placeholder
                drop.update(range(i + 1, i + len(seq)))
                skip_to = i + len(seq)
                break
    return drop


@dataclass
class _Located:
    """A document's normalised words with where each stands (segment, start, end)."""

    words: list[str]
    spans: list[tuple[int, int, int]]
    segments: list[Any]


def compared_text(text: str, rules: ReuseRules) -> str:
    """The part of a page compared between claims: up to where e-signature boilerplate starts.

    A DocuSign Certificate of Completion, an Adobe Acrobat Sign audit report or the electronic
    record and signature disclosure is the same text in every envelope of that platform, whoever
    signed what: it is no POE text of anyone's, so it never counts as reuse.
    """
    cut = len(text)
    for rx in rules.boilerplate:
        m = rx.search(text, 0, cut)
        if m is not None:
            cut = m.start()
    return text[:cut]


def located_words(doc: Document, masks: PartyMasks, rules: ReuseRules) -> _Located:
    """The same words as :func:`doc_words`, with their places (slower; used to quote a passage)."""
    raw: list[str] = []
    spans: list[tuple[int, int, int]] = []
    segments = [s for s in doc.segments if s.text and s.label not in SKIP_LABELS]
    for si, seg in enumerate(segments):
        for m in TOKEN.finditer(mask_suspects(compared_text(seg.text, rules))):
            for word in TOKEN.findall(fold_text(m.group())):
                raw.append(word)
                spans.append((si, m.start(), m.end()))
    drop = _normalize(raw, masks, rules.templates)
    kept = [i for i in range(len(raw)) if i not in drop]
    return _Located([raw[i] for i in kept], [spans[i] for i in kept], segments)


def doc_words(doc: Document, masks: PartyMasks, rules: ReuseRules) -> list[str]:
    raw: list[str] = []
    for seg in doc.segments:
        if seg.text and seg.label not in SKIP_LABELS:
            raw.extend(fold_tokens(compared_text(seg.text, rules)))
    drop = _normalize(raw, masks, rules.templates)
    return [w for i, w in enumerate(raw) if i not in drop] if drop else raw


class WordIds:
    """A stable number for each word, so that shingle hashes are the same in every run.

    Python's string hash changes from one process to the next; the same queue must give the
    same verdicts every time, so words are numbered by CRC-32 and runs of numbers hashed as
    tuples of ints (whose hash is fixed).
    """

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def __call__(self, words: Sequence[str]) -> list[int]:
        ids = self._ids
        out: list[int] = []
        append = out.append
        for w in words:
            n = ids.get(w)
            if n is None:
                n = ids[w] = zlib.crc32(w.encode("utf-8", "surrogatepass"))
            append(n)
        return out


def shingles(ids: Sequence[int], k: int) -> list[int]:
    if len(ids) < k:
        return []
    return [hash(s) for s in zip(*(ids[j:] for j in range(k)), strict=False)]


def shorten(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
