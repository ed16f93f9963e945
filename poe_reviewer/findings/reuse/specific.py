"""Shared boilerplate or shared claim-specific content: when two POE texts are reuse.

Many claims share words without sharing proof: a partner's own report template used for each of its
customers, the disclosure wording every public-sector claim must carry, a programme's standard
activity list. The seed's concern is the same proof standing in for customer-specific execution, so
two texts are reuse only when they share what is specific to a claim: the whole text (a near copy,
the customer's name swapped), or its scope figures ("1,200 devices", "14 sites") in a shared passage.
Both the in-memory queue index and the stored fingerprints ask :func:`judge_pair`, so the two agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from poe_reviewer.documents.model import Document
from poe_reviewer.findings.reuse.rules import SKIP_LABELS, ReuseRules
from poe_reviewer.findings.reuse.words import compared_text

# A number ("1,200", "1 200", "3.5", "14") and the word after it.
_FIGURE = re.compile(r"(?<![\w.,])(\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+(?:\.\d+)?)\s*(?:\+\s*)?([^\W\d_]+)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w]*)\s*$")


def document_figures(doc: Document, rules: ReuseRules) -> frozenset[str]:
    """The scope figures of a document's compared text (what the reuse check reads of it)."""
    return scope_figures(
        (compared_text(seg.text, rules) for seg in doc.segments if seg.text and seg.label not in SKIP_LABELS), rules
    )


def scope_figures(texts: Iterable[str], rules: ReuseRules) -> frozenset[str]:
    """The scope figures of a text, normalised ("1,200 devices" -> "1200 devices"): a number of 10 or
    more (not a year) with the word after it, unless that word measures time or a share ("12 months",
    "97 percent"); a smaller number (2 to 9) only before a scope noun ("4 sites", not "4 stages")."""
    found: set[str] = set()
    for text in texts:
        for m in _FIGURE.finditer(text):
            number = re.sub(r"[,\u202f\u00a0 ]", "", m.group(1))
            noun = m.group(2).lower()
            if _YEAR.fullmatch(number) or noun in rules.figure_stop_words or _identifier(m.group(1), m.group(2)):
                continue
            before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if before is not None and before.group(1).lower() in rules.figure_product_words:
                continue  # "Microsoft 365 Customer Engagement": a product's name
            try:
                value = float(number)
            except ValueError:
                continue
            if value < 2 or (value < 10 and noun not in rules.scope_nouns):
                continue
            found.add(f"{number} {noun}")
    return frozenset(found)


def corroborated(shared: frozenset[str], others: Iterable[frozenset[str]]) -> bool | None:
    """Whether a shared text's scope figures recur in its claim's other POE documents (a service schedule
    stating the 1,180 endpoints its report counts): the claim whose own papers bear the figures out holds
    the original, a copy made for another customer does not ("85 endpoints" in its own schedule). None
    where it cannot be told: the text states no figure, or the claim has no other document stating one."""
    numbers = {f.split(" ", 1)[0] for f in shared}
    theirs = [{f.split(" ", 1)[0] for f in o} for o in others if o]
    if not numbers or not theirs:
        return None
    return any(numbers & t for t in theirs)


def _identifier(number: str, word: str) -> bool:
    """A number that identifies rather than counts: a reference with a leading zero ("011"), a tax or
    register number or postcode written without separators ("0505564012873", "50200"), a four-digit
    postcode before its town ("3500 Krems"). A partner's letterhead prints them on every claim."""
    if number.isdigit():
        if (len(number) > 1 and number[0] == "0") or len(number) >= 5:
            return True
        if len(number) == 4 and word[:1].isupper():
            return True
    return False


Kind = Literal["copy", "figures"]


@dataclass(frozen=True)
class PairVerdict:
    kind: Kind
    #: the share of this text's sampled runs found in the other one
    share: float
    #: the scope figures both state (not the queue's template constants)
    figures: tuple[str, ...]


def judge_pair(
    mine: frozenset[int] | set[int],
    theirs: frozenset[int] | set[int],
    my_figures: frozenset[str],
    their_figures: frozenset[str],
    rules: ReuseRules,
    *,
    constant: frozenset[str] = frozenset(),
    boilerplate: Callable[[int], bool] = lambda _h: False,
) -> PairVerdict | None:
    """Whether two texts (their sampled runs and scope figures) share claim-specific content.

    ``constant``: figures found on the claims of many customers (a template's "up to 2,500 seats").
    ``boilerplate``: whether a sampled run is on the claims of many customers (a template's words):
    how much of the texts is shared is measured without them. Texts with nothing else are boilerplate,
    unless their figures are the very same (one text copied to many claims).
    """
    if not mine or not theirs:
        return None
    shared_all = mine & theirs
    own_mine = {h for h in mine if not boilerplate(h)}
    own_theirs = {h for h in theirs if not boilerplate(h)}
    if len(own_mine) >= rules.min_shared and len(own_theirs) >= rules.min_shared:
        both = len(own_mine & own_theirs)
        share, their_share = both / len(own_mine), both / len(own_theirs)
    elif _same_figures(my_figures, their_figures, rules):
        # (almost) all words many claims share, and (nearly) the very same figures: one text copied to
        # many claims, numbers and all (a template is filled in with each customer's own numbers)
        share, their_share = len(shared_all) / len(mine), len(shared_all) / len(theirs)
    else:
        return None  # only words many claims share (mandated wording, a blank template): boilerplate
    agreeing = sorted((my_figures & their_figures) - constant)
    # one template filled in for two customers: both state their scope, and no figure agrees
    filled_differently = bool(my_figures and their_figures and not (my_figures & their_figures))
    near_copy = max(share, their_share) >= rules.duplicate_containment and min(share, their_share) >= (
        rules.duplicate_min_containment
    )
    if near_copy and not filled_differently:
        return PairVerdict("copy", share, tuple(agreeing))
    if len(agreeing) >= rules.min_shared_figures and len(shared_all) >= rules.min_shared:
        return PairVerdict("figures", share, tuple(agreeing))
    return None


def _same_figures(mine: frozenset[str], theirs: frozenset[str], rules: ReuseRules) -> bool:
    """The very same figures, or nearly (a document number differs): at least `copied_figures` of them
    and `copied_figure_share` of the shorter list."""
    if not mine or not theirs:
        return False
    if mine == theirs:
        return True
    both = len(mine & theirs)
    return both >= rules.copied_figures and both >= rules.copied_figure_share * min(len(mine), len(theirs))


def describe(verdict: PairVerdict) -> str:
    """What the two texts share, in a reviewer's words."""
    figures = ", ".join(f"'{f}'" for f in verdict.figures[:4])
    if verdict.kind == "copy":
        same = f", with the same scope figures ({figures})" if figures else ""
        return f"a near copy ({round(100 * verdict.share)}% of its text{same})"
    return f"the same scope figures ({figures}) in shared text"
