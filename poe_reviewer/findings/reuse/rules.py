"""The reused-evidence rules of ``resources/policy/reuse.toml``, loaded and typed."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from poe_reviewer.claim import Claim
from poe_reviewer.names import fold, mask_addresses

#: ``note``: shown in a passing result, never a flag.
Severity = Literal["reject", "fixable", "warn", "note", "ignore"]
SEVERITY_ORDER: dict[str, int] = {"reject": 4, "fixable": 3, "warn": 2, "note": 1, "ignore": 0}
TOKEN = re.compile(r"[^\W_]+")
SKIP_LABELS = ("headers", "filename")
#: The claim's own names to mask, by first word: (word sequence, placeholder), longest first.
PartyMasks = Mapping[str, list[tuple[tuple[str, ...], str]]]


# -- policy ------------------------------------------------------------------------------------------
_SUSPECT = re.compile(r"(?<!\S)[^\s.@:/]*[.@:/]\S*")
# A number standing alone: "1000 users" and "1200 users" are the same sentence.
_NUMBER = re.compile(r"(?<![^\W_])\d+(?![^\W_])")


def mask_suspects(text: str) -> str:
    return _SUSPECT.sub(lambda m: mask_addresses(m.group()), text)


def fold_text(text: str) -> str:
    """Folded (:func:`poe_reviewer.names.fold`), numbers as ``0`` (offsets are not kept)."""
    return _NUMBER.sub("0", fold(text))


def fold_tokens(text: str) -> list[str]:
    return TOKEN.findall(fold_text(mask_suspects(text)))


@dataclass(frozen=True)
class ReuseRules:
    seed: str
    rule: str
    other_partner: Severity
    same_partner_other_customer: Severity
    same_partner_same_customer: Severity
    same_pair_generic: Severity
    same_pair_different_work: Severity
    duplicate_later: Severity
    duplicate_first: Severity
    duplicate_within_days: int
    original_side: Severity
    image_same_customer: Severity
    #: one partner's signature picture above two different customers' signatories
    image_same_partner_other_customer: Severity
    image_rule_seed: str
    image_rule: str
    k: int
    modulus: int
    min_words: int
    min_shared: int
    min_containment: float
    passage_shared: int
    min_passage_words: int
    duplicate_containment: float
    duplicate_min_containment: float
    min_shared_figures: int
    boilerplate_customers: int
    #: a text copied to many claims keeps (nearly) all its figures: at least this many, this share
    copied_figures: int
    copied_figure_share: float
    candidate_postings: int
    scope_nouns: frozenset[str]
    figure_stop_words: frozenset[str]
    #: words before a number that make it part of a product's name ("Microsoft 365")
    figure_product_words: frozenset[str]
    common_partners: int
    common_partner_share: float
    text_roles: frozenset[str]
    max_markup: float
    #: folded template lines, by first word, longest first
    templates: dict[str, list[tuple[str, ...]]]
    #: where an e-signature platform's boilerplate (audit certificate, disclosure) starts on a page
    boilerplate: tuple[re.Pattern[str], ...]
    invoice_roles: frozenset[str]
    invoice_number: tuple[re.Pattern[str], ...]
    invoice_total: tuple[re.Pattern[str], ...]
    max_hamming: int
    signature_gap: float
    signature_labels: tuple[re.Pattern[str], ...]
    min_pixels: int
    min_bits: int
    common_claims: int
    letterhead_band: float
    #: first words of names that do not stand for the company alone ("City" of "City of Ashford")
    generic_first_words: frozenset[str] = frozenset()
    #: the claims system's comment that opens a claim as another's follow-up (group 1: that claim's id)
    follow_up: tuple[re.Pattern[str], ...] = ()

    def follow_up_of(self, claim: Claim) -> tuple[str, ...]:
        """The claims ``claim`` was opened to follow up (a partial approval's workloads not approved)."""
        found: list[str] = []
        for comment in claim.comments:
            if comment.author.casefold() == "partner":
                continue  # the claims system's word, not the partner's
            for rx in self.follow_up:
                m = rx.search(comment.text)
                if m and m.group(1) != claim.claim_id:
                    found.append(m.group(1))
        return tuple(dict.fromkeys(found))


def _severity(value: Any, default: Severity) -> Severity:
    text = str(value or default)
    if text not in SEVERITY_ORDER:
        return default
    return text  # type: ignore[return-value]  # checked against the known severities above


_CACHE: dict[int, tuple[Mapping[str, Any], ReuseRules]] = {}


def policy_rules(section: Mapping[str, Any]) -> ReuseRules:
    cached = _CACHE.get(id(section))
    if cached is not None and cached[0] is section:
        return cached[1]
    sev = section.get("severity", {})
    tx = section.get("text", {})
    inv = section.get("invoice", {})
    img = section.get("images", {})
    templates: dict[str, list[tuple[str, ...]]] = {}
    for line in tx.get("template_lines", []):
        seq = tuple(fold_tokens(str(line)))
        if seq:
            templates.setdefault(seq[0], []).append(seq)
    for seqs in templates.values():
        seqs.sort(key=len, reverse=True)
    compiled = ReuseRules(
        seed=str(section.get("seed", "")),
        rule=str(section.get("rule", "")),
        other_partner=_severity(sev.get("other_partner"), "reject"),
        same_partner_other_customer=_severity(sev.get("same_partner_other_customer"), "fixable"),
        same_partner_same_customer=_severity(sev.get("same_partner_same_customer"), "warn"),
        same_pair_generic=_severity(sev.get("same_pair_generic"), "fixable"),
        same_pair_different_work=_severity(sev.get("same_pair_different_work"), "note"),
        duplicate_later=_severity(sev.get("duplicate_later"), "fixable"),
        duplicate_first=_severity(sev.get("duplicate_first"), "note"),
        duplicate_within_days=int(sev.get("duplicate_within_days", 30)),
        original_side=_severity(sev.get("original_side"), "note"),
        image_same_customer=_severity(sev.get("image_same_customer"), "ignore"),
        image_same_partner_other_customer=_severity(sev.get("image_same_partner_other_customer"), "reject"),
        image_rule_seed=str(sev.get("image_rule_seed", "")),
        image_rule=str(sev.get("image_rule", "")),
        k=max(2, int(tx.get("shingle_words", 5))),
        modulus=max(1, int(tx.get("sample_modulus", 4))),
        min_words=int(tx.get("min_words", 40)),
        min_shared=max(1, int(tx.get("min_shared", 6))),
        min_containment=float(tx.get("min_containment", 0.5)),
        passage_shared=int(tx.get("passage_shared", 25)),
        min_passage_words=int(tx.get("min_passage_words", 25)),
        duplicate_containment=float(tx.get("duplicate_containment", 0.8)),
        duplicate_min_containment=float(tx.get("duplicate_min_containment", 0.5)),
        min_shared_figures=max(1, int(tx.get("min_shared_figures", 2))),
        boilerplate_customers=max(2, int(tx.get("boilerplate_customers", 3))),
        copied_figures=max(2, int(tx.get("copied_figures", 5))),
        copied_figure_share=float(tx.get("copied_figure_share", 0.8)),
        candidate_postings=max(2, int(tx.get("candidate_postings", 64))),
        scope_nouns=frozenset(str(w).lower() for w in tx.get("scope_nouns", [])),
        figure_stop_words=frozenset(str(w).lower() for w in tx.get("figure_stop_words", [])),
        figure_product_words=frozenset(str(w).lower() for w in tx.get("figure_product_words", [])),
        common_partners=int(tx.get("common_partners", 5)),
        common_partner_share=float(tx.get("common_partner_share", 0.02)),
        text_roles=frozenset(str(r) for r in tx.get("roles", ["poe", "supporting", "public_sector_disclosure"])),
        max_markup=float(tx.get("max_markup_share", 0.2)),
        templates=templates,
        boilerplate=tuple(re.compile(str(p), re.IGNORECASE) for p in tx.get("esignature_boilerplate", [])),
        invoice_roles=frozenset(str(r) for r in inv.get("roles", ["invoice"])),
        invoice_number=tuple(re.compile(str(p), re.IGNORECASE) for p in inv.get("number", [])),
        invoice_total=tuple(re.compile(str(p), re.IGNORECASE) for p in inv.get("total", [])),
        max_hamming=int(img.get("max_hamming", 4)),
        signature_gap=float(img.get("signature_gap_points", 150)),
        signature_labels=tuple(re.compile(str(p), re.IGNORECASE) for p in img.get("signature_labels", [])),
        min_pixels=int(img.get("min_pixels", 40)),
        min_bits=int(img.get("min_bits", 4)),
        common_claims=int(img.get("common_claims", 10)),
        letterhead_band=float(img.get("letterhead_band", 0.1)),
        generic_first_words=frozenset(
            str(w).casefold() for w in section.get("whose", {}).get("generic_first_words", [])
        ),
        follow_up=tuple(re.compile(str(p)) for p in sev.get("follow_up_comments", [])),
    )
    _CACHE[id(section)] = (section, compiled)
    return compiled
