"""The claim's second life, read from its bundle: is this a first submission, a resubmission after
Action Required or a dispute of a rejection, which return it answers, and which revision it is.

Seed, "Status of a claim": after Partner Action Required the partner has "fourteen calendar days to
resubmit your claim with the requested information or it is automatically rejected"; a rejected
claim "can be disputed up to 30 days after rejection"; "Disputing a rejection": the dispute must be
submitted "within 30 days of your original rejection" or the claim expires, and "if your submitted
dispute is rejected, this is a final decision". "Claim rejection": disputes are not accepted for a
claim rejected because the customer consented to another partner's claim, nor ("Disputed") for a
disassociated claim.

The claims system writes the claim's life into ``claim.json``'s ``history``; the words it uses for
each step are policy (``resources/policy/deadlines.toml``, ``[history]``). The revision counts as the
spec's decision export does: 1 for the first submission, +1 for each resubmission or dispute.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from poe_reviewer.claim import Claim
from poe_reviewer.errors import PolicyError
from poe_reviewer.policy import Policy

EventKind = Literal["submission", "action_required", "rejection", "final_rejection", "dispute", "other"]
LifeKind = Literal["first", "resubmission", "dispute"]

#: History kinds, most specific first ("rejected final" before "rejected").
_KINDS: tuple[EventKind, ...] = ("final_rejection", "rejection", "action_required", "dispute", "submission")
_RETURNS = ("action_required", "rejection", "final_rejection")


@dataclass(frozen=True)
class LifeEvent:
    """One entry of the claim's history, with what it means for the clocks."""

    kind: EventKind
    at: dt.datetime
    #: the entry's action as the claims system wrote it (the evidence quote)
    action: str
    by: str | None


@dataclass(frozen=True)
class ClaimLife:
    """Where the submission under review stands in the claim's life."""

    kind: LifeKind
    #: 1 for the first submission, +1 for each resubmission or dispute
    revision: int
    #: the Action Required or rejection this submission answers (None for a first submission, or a
    #: dispute whose history does not say when the claim was rejected)
    answers: LifeEvent | None
    #: when the partner opened the dispute (the Dispute button), if the history says
    dispute_opened: LifeEvent | None
    #: why the rejection answered cannot be disputed (a ``reason`` of ``[[history.not_disputable]]``)
    not_disputable: str | None
    #: the text that says so (history entry or comment)
    not_disputable_quote: str | None
    #: a final rejection came before this submission ("Rejected final": nothing can follow it)
    final_rejection: LifeEvent | None
    submitted_at: dt.datetime
    events: tuple[LifeEvent, ...] = ()

    @property
    def returning(self) -> bool:
        return self.kind != "first"

    @property
    def is_dispute(self) -> bool:
        return self.kind == "dispute"


@dataclass(frozen=True)
class HistoryWords:
    """``deadlines.toml`` ``[history]``: the claims system's words for each step of a claim's life."""

    words: dict[str, EventKind]
    not_disputable: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]

    @classmethod
    def from_policy(cls, policy: Policy) -> HistoryWords:
        """The words of ``policy`` (compiled once per policy)."""
        section = policy["deadlines"].get("history", {})
        cached = _CACHE.get(id(section))
        if cached is not None and cached[0] is section:
            return cached[1]
        words = cls._compile(section)
        _CACHE[id(section)] = (section, words)
        return words

    @classmethod
    def _compile(cls, section: object) -> HistoryWords:
        if not isinstance(section, dict):
            raise PolicyError("deadlines.toml: [history] must be a table")
        words: dict[str, EventKind] = {}
        for kind in _KINDS:
            listed = section.get(kind, [])
            if not isinstance(listed, list):
                raise PolicyError(f"deadlines.toml: [history] {kind} must be a list of words")
            for word in listed:
                words.setdefault(_fold(str(word)), kind)
        rules = section.get("not_disputable", [])
        reasons: list[tuple[str, tuple[re.Pattern[str], ...]]] = []
        for rule in rules if isinstance(rules, list) else ():
            patterns = rule.get("patterns") if isinstance(rule, dict) else None
            if not isinstance(patterns, list) or not rule.get("reason"):
                raise PolicyError("deadlines.toml: each [[history.not_disputable]] needs a reason and patterns")
            flags = re.IGNORECASE | re.DOTALL
            reasons.append((str(rule["reason"]), tuple(re.compile(str(p), flags) for p in patterns)))
        return cls(words, tuple(reasons))

    def kind_of(self, action: str) -> EventKind:
        return self.words.get(_fold(action), "other")

    def why_not_disputable(self, texts: list[str]) -> tuple[str, str] | None:
        for key, patterns in self.not_disputable:
            for text in texts:
                for rx in patterns:
                    found = rx.search(text)
                    if found:
                        return key, text
        return None


_CACHE: dict[int, tuple[object, HistoryWords]] = {}


def _fold(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


def _answered(returns: list[LifeEvent], submissions: list[LifeEvent], submitted_at: dt.datetime) -> int:
    """How many returns a later submission answered (an Action Required left unanswered until the
    automatic rejection is not a revision of its own)."""
    count = 0
    for i, r in enumerate(returns):
        until = returns[i + 1].at if i + 1 < len(returns) else submitted_at
        if any(r.at < s.at <= until for s in submissions) or (i + 1 == len(returns) and r.at < submitted_at):
            count += 1
    return count


def claim_life(claim: Claim, policy: Policy) -> ClaimLife:
    """Where ``claim``'s current submission stands, from its history and status."""
    words = HistoryWords.from_policy(policy)
    ordered = sorted(enumerate(claim.history), key=lambda item: (item[1].at, item[0]))
    events = tuple(LifeEvent(words.kind_of(h.action), h.at, h.action, h.by) for _, h in ordered)
    now = claim.submitted_at
    returns = [e for e in events if e.kind in _RETURNS and e.at < now]
    submissions = [e for e in events if e.kind == "submission"]
    revision = 1 + _answered(returns, submissions, now)
    last = returns[-1] if returns else None
    final = next((e for e in returns if e.kind == "final_rejection"), None)
    kind: LifeKind = "first"
    if last is not None:
        kind = "resubmission" if last.kind == "action_required" and claim.status != "disputed" else "dispute"
    elif claim.status == "disputed":
        kind = "dispute"
    answers = last
    if kind == "dispute" and last is not None and last.kind == "action_required":
        # disputed after an unanswered Action Required: the automatic rejection is not in the history
        answers = None
    opened = None
    if kind == "dispute":
        after = answers.at if answers is not None else dt.datetime.min.replace(tzinfo=now.tzinfo)
        opened = next((e for e in reversed(events) if e.kind == "dispute" and after <= e.at <= now), None)
    reason = None
    if kind == "dispute" and answers is not None:
        texts = [answers.action]
        # what the claims system or the review team wrote about the rejection (not the partner's plea)
        texts += [
            c.text
            for c in claim.comments
            if c.author.casefold() != "partner" and abs((c.at - answers.at).total_seconds()) <= 86400
        ]
        reason = words.why_not_disputable(texts)
    return ClaimLife(
        kind=kind,
        revision=max(revision, 2) if kind != "first" else revision,
        answers=answers,
        dispute_opened=opened,
        not_disputable=reason[0] if reason else None,
        not_disputable_quote=reason[1] if reason else None,
        final_rejection=final,
        submitted_at=now,
        events=events,
    )
