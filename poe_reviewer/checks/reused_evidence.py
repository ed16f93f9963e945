"""Check ``reused_evidence``: does this claim's evidence also appear on another claim of the queue?

The seed counts "generic POE templates submitted on other partner claims" as insufficient
material; reviewers also meet the same invoice filed twice and one signature image pasted into
many POE documents. Three things are compared with every OTHER claim (another claim id) of the
queue:

* POE text that survives small edits, reformatting and a changed customer name: text is folded
  to words, numbers and the claim's own party names are masked, Microsoft's template lines
  (``resources/policy/reuse.toml``) and e-signature platforms' boilerplate pages (DocuSign's
  Certificate of Completion, Adobe's audit report, the e-signature disclosure, identical in
  every envelope) are removed, and overlapping runs of words ("shingles") are
  hashed. A sample of the hashes goes into an inverted index, so a claim is compared with the
  few claims sharing its runs, never with every claim. Runs found in the POE of many partners
  are boilerplate and do not count;
* invoices: the same file, or the same invoice number with the same total (same partner);
* signature images: the same picture (sha256) or a near copy (perceptual hash within a few
  bits), found with a multi-block index on the hash.

The index is built once per queue and kept in ``ctx.queue.indexes["reused_evidence"]``; claims
added to the queue later are indexed on the next call. Severity follows the policy
(``reuse.toml``): another partner's evidence and the same partner's evidence for another
customer are fixable failures by default (the seed calls reused templates insufficient
material), the same partner and customer on another claim is a warning.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, examined, result
from poe_reviewer.findings.facts import SharedEvidenceFact
from poe_reviewer.findings.reuse.fingerprints import ClaimFingerprint, InvoicePrint, TextPrint
from poe_reviewer.findings.reuse.index import ClaimRef, ReuseIndex, party_key, phash_bits, queue_index, same_party
from poe_reviewer.findings.reuse.matches import (
    FORGED,
    Finding,
    PieceSide,
    all_docs,
    claim_label,
    classify,
    decided_by_names,
    file_findings,
    image_findings,
    image_severity,
    invoice_findings,
    invoice_severity,
    shared_piece_severity,
    text_findings,
    whose_page,
)
from poe_reviewer.findings.reuse.rules import SEVERITY_ORDER, ReuseRules, policy_rules
from poe_reviewer.findings.reuse.specific import corroborated, describe, judge_pair
from poe_reviewer.findings.reuse.words import shorten

CHECK_ID = "reused_evidence"
#: A stored passage: (page, box, the words as they stand in the document).
QuoteAt = tuple[int | None, tuple[float, float, float, float] | None, str]


def run(ctx: CheckContext) -> CheckResult:
    if ctx.queue is None:
        return result(CHECK_ID, "not_applicable", "A lone bundle: reuse is looked for in a queue of claims.")
    rules = policy_rules(ctx.policy["reuse"])
    index = queue_index(ctx, rules)
    others = len(index.claim_ids) - (1 if index.claim_ids.get(ctx.claim.claim_id) else 0)
    if not others:
        return result(CHECK_ID, "not_applicable", "The queue holds no other claim to compare with.")
    docs = all_docs(ctx.documents)
    findings = (
        text_findings(ctx, index, docs)
        + file_findings(ctx, index, docs)
        + invoice_findings(ctx, index, docs)
        + image_findings(ctx, index, docs)
    )
    findings = [f for f in findings if f.severity != "ignore"]
    compared = [d for d in docs if d.role in rules.text_roles]
    return _verdict(rules, findings, others, examined(compared), len(compared))


class FingerprintIndex:
    """The reuse index of a stored queue, built from fingerprints: hashes and short passages only.

    It asks the same questions as :class:`ReuseIndex` (shared sampled runs above the containment
    thresholds, runs common to many partners ignored, same file, same invoice of one partner, same or
    near signature picture) without any document. The longest-shared-passage test of the in-memory
    check needs both texts, so here the quote is one of the stored passages the two texts share.
    """

    def __init__(self, rules: ReuseRules) -> None:
        self.rules = rules
        self.prints: list[ClaimFingerprint] = []
        self._keys: list[str] = []
        self._helper = ReuseIndex(rules)  # for the image blocks and the common-run threshold
        self.postings: dict[int, list[tuple[int, int]]] = {}
        self.files: dict[str, list[int]] = {}
        self.invoices: dict[tuple[str, str], list[tuple[int, InvoicePrint]]] = {}
        self.image_by_sha: dict[str, list[tuple[int, int]]] = {}
        self.image_blocks: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.figure_postings: dict[str, list[tuple[int, int]]] = {}
        self._constant: frozenset[str] | None = None
        self._boiler: dict[int, bool] = {}

    @classmethod
    def for_policy(cls, policy: Mapping[str, Any]) -> FingerprintIndex:
        return cls(policy_rules(policy["reuse"]))

    def add(self, fp: ClaimFingerprint) -> None:
        ci = len(self.prints)
        self.prints.append(fp)
        self._keys.append(party_key(fp.partner))
        self._helper.partners.add(self._keys[-1])
        self._constant = None
        self._boiler.clear()
        for ti, t in enumerate(fp.texts):
            for h in t.sampled:
                self.postings.setdefault(h, []).append((ci, ti))
            for f in t.figures:
                self.figure_postings.setdefault(f, []).append((ci, ti))
        for sha, _path, _role in fp.files:
            holders = self.files.setdefault(sha, [])
            if ci not in holders:
                holders.append(ci)
        for inv in fp.invoices:
            self.invoices.setdefault((inv.number, inv.total), []).append((ci, inv))
        for ii, img in enumerate(fp.images):
            self.image_by_sha.setdefault(img.sha256, []).append((ci, ii))
            bits = phash_bits(img.phash)
            if self._helper._distinctive(bits):
                assert bits is not None
                for key in self._helper._blocks(bits):
                    self.image_blocks.setdefault(key, []).append((ci, ii))

    def sharing(self, fp: ClaimFingerprint) -> set[str]:
        """Every other claim sharing a sampled run, a file or a picture with ``fp``, boilerplate included:
        a claim added to the queue can turn what two claims shared into everyone's boilerplate, and the
        claims whose verdict rested on it must be checked again."""
        holders = {ci for t in fp.texts for h in t.sampled for ci, _ in self.postings.get(h, [])}
        holders |= {ci for sha, _path, _role in fp.files for ci in self.files.get(sha, [])}
        holders |= {ci for img in fp.images for ci, _ in self.image_by_sha.get(img.sha256, [])}
        return {self.prints[ci].claim_id for ci in holders} - {fp.claim_id}

    def _common(self, h: int) -> bool:
        posting = self.postings.get(h, [])
        limit = self._helper.common_threshold()
        return len(posting) >= limit and len({self._keys[ci] for ci, _ in posting}) >= limit

    def _boilerplate(self, h: int) -> bool:
        """A run on the POE of many different customers' claims: a template's words."""
        cached = self._boiler.get(h)
        if cached is None:
            posting = self.postings.get(h, [])
            limit = self.rules.boilerplate_customers
            cached = len(posting) >= limit and len({party_key(self.prints[ci].customer) for ci, _ in posting}) >= limit
            self._boiler[h] = cached
        return cached

    def _constant_figures(self) -> frozenset[str]:
        """Figures found on the claims of many different customers: a template's constants."""
        if self._constant is None:
            limit = self.rules.boilerplate_customers
            self._constant = frozenset(
                f
                for f, posting in self.figure_postings.items()
                if len({party_key(self.prints[ci].customer) for ci, _ in posting}) >= limit
            )
        return self._constant

    def _other(self, fp: ClaimFingerprint) -> ClaimRef:
        return ClaimRef(fp.claim_id, fp.partner, fp.customer, "", party_key(fp.partner), None, fp.submitted_at,
                        fp.related)  # fmt: skip

    def matches(self, fp: ClaimFingerprint) -> list[Finding]:
        """What the ``reused_evidence`` check finds for ``fp`` against every other claim of the index."""
        rules = self.rules
        this = fp
        findings: list[Finding] = []
        constant = self._constant_figures()
        for t in fp.texts:
            counts: Counter[tuple[int, int]] = Counter()
            for h in t.sampled:
                posting = self.postings.get(h, [])
                if len(posting) > rules.candidate_postings:
                    continue  # everyone's boilerplate: it makes no pair
                for ci, ti in posting:
                    if self.prints[ci].claim_id != fp.claim_id:
                        counts[(ci, ti)] += 1
            candidates = {key for key, n in counts.items() if n >= rules.min_shared}
            figure_counts: Counter[tuple[int, int]] = Counter()
            for f in t.figures:
                for ci, ti in self.figure_postings.get(f, []):
                    if self.prints[ci].claim_id != fp.claim_id:
                        figure_counts[(ci, ti)] += 1
            candidates |= {key for key, n in figure_counts.items() if n >= rules.min_shared_figures}
            mine = frozenset(t.sampled)
            done: set[str] = set()
            judged = []
            for ci, ti in candidates:
                other_text = self.prints[ci].texts[ti]
                verdict = judge_pair(mine, frozenset(other_text.sampled), t.figures, other_text.figures, rules,
                                     constant=constant, boilerplate=self._boilerplate)  # fmt: skip
                if verdict is not None:
                    judged.append((verdict.share, ci, ti, verdict))
            for _share, ci, ti, verdict in sorted(judged, key=lambda j: (-j[0], j[1], j[2])):
                other_fp = self.prints[ci]
                if other_fp.claim_id in done:
                    continue
                done.add(other_fp.claim_id)
                other_text = other_fp.texts[ti]
                other = self._other(other_fp)
                severity, whose = classify(this, other, rules)
                severity, added = shared_piece_severity(
                    severity, this, other, _side(t, fp), _side(other_text, other_fp), rules
                )
                if severity == "ignore":
                    continue
                theirs = set(other_text.sampled)
                quoted = self._best_quote(t.quotes, other_text.quotes, theirs)
                there = other_text.quotes.get(quoted[0]) if quoted is not None else None
                if quoted is not None:
                    page, bbox, quote = quoted[1]
                    ev = Evidence(t.path, quote, page, bbox)
                    said = f": '{shorten(quote)}'"
                else:
                    page, ev, said = None, Evidence(t.path, f"text also in claim {other.claim_id}"), ""
                fact = SharedEvidenceFact(
                    other.claim_id, severity, t.path, other_text.path, ev.page, ev.bbox,
                    ev.quote if quoted is not None else "", there[0] if there else None,
                    there[1] if there else None, there[2] if there else "",
                )  # fmt: skip
                where = f"{t.path} p.{page}" if page else t.path
                sentence = (
                    f"The POE text of {where} shares claim-specific content with {claim_label(other)}, {whose}: "
                    f"{describe(verdict)} of its {other_text.path}{said}{added}"
                )
                findings.append(Finding(severity, sentence, [ev], other.claim_id, fact))
        findings += self.file_findings(fp, this)
        findings += self.invoice_findings(fp, this)
        findings += self.image_findings(fp, this)
        return [f for f in findings if f.severity != "ignore"]

    def _best_quote(
        self, mine: Mapping[int, QuoteAt], their_quotes: Mapping[int, QuoteAt], theirs: set[int]
    ) -> tuple[int, QuoteAt] | None:
        """The stored passage to show of what two texts share: claim-specific (not a run the queue's
        boilerplate shares, with a number in it) before template wording, one both fingerprints
        quoted (so both sides can be shown) before one only this text quoted, the longer first."""
        shared = [(h, q) for h, q in mine.items() if h in theirs]
        if not shared:
            return None

        def rank(item: tuple[int, QuoteAt]) -> tuple[bool, bool, bool, int]:
            h, (_page, _bbox, quote) = item
            return (not self._boilerplate(h), any(c.isdigit() for c in quote), h in their_quotes, len(quote))

        return max(shared, key=rank)

    def file_findings(self, fp: ClaimFingerprint, this: ClaimFingerprint) -> list[Finding]:
        rules = self.rules
        findings: list[Finding] = []
        limit = self._helper.common_threshold()
        for sha, path, role in fp.files:
            holders = self.files.get(sha, [])
            others = [ci for ci in holders if self.prints[ci].claim_id != fp.claim_id]
            if not others or len({self._keys[ci] for ci in holders}) >= limit:
                continue
            other_fp = self.prints[others[0]]
            other = self._other(other_fp)
            severity, whose = classify(this, other, rules)
            other_path = next(p for s, p, _ in other_fp.files if s == sha)
            added = ""
            if role in rules.invoice_roles:
                severity, added = invoice_severity(
                    severity, path in fp.own_invoices, other_path in other_fp.own_invoices, rules
                )
            elif role in rules.text_roles:
                mine = next((t for t in fp.texts if t.path == path), None)
                theirs = next((t for t in other_fp.texts if t.path == other_path), None)
                if mine is not None:
                    severity, added = shared_piece_severity(
                        severity, this, other, _side(mine, fp), _side(theirs, other_fp) if theirs else None, rules
                    )
            if severity == "ignore":
                continue
            what = "invoice" if role in rules.invoice_roles else "file"
            sentence = f"The {what} {path} is the same file as {other_path} of {claim_label(other)}, {whose}{added}"
            fact = SharedEvidenceFact(other.claim_id, severity, path, other_path, quote="the same file")
            findings.append(Finding(severity, sentence, [Evidence(path, f"same file as claim {other.claim_id}")],
                                    other.claim_id, fact))  # fmt: skip
        return findings

    def invoice_findings(self, fp: ClaimFingerprint, this: ClaimFingerprint) -> list[Finding]:
        findings: list[Finding] = []
        for inv in fp.invoices:
            for ci, other_inv in self.invoices.get((inv.number, inv.total), []):
                other_fp = self.prints[ci]
                if other_fp.claim_id == fp.claim_id or other_inv.sha256 == inv.sha256:
                    continue
                if not same_party(fp.partner, other_fp.partner):
                    continue
                other = self._other(other_fp)
                sentence = (
                    f"Invoice {inv.number} (total {inv.total}) in {inv.path} is also filed on {claim_label(other)} "
                    f"({other_inv.path})"
                )
                findings.append(Finding(self.rules.same_partner_other_customer, sentence, [inv.evidence],
                                        other.claim_id))  # fmt: skip
                break
        return findings

    def image_findings(self, fp: ClaimFingerprint, this: ClaimFingerprint) -> list[Finding]:
        rules = self.rules
        findings: list[Finding] = []
        seen: set[tuple[str, str]] = set()
        for img in fp.images:
            found = set(self.image_by_sha.get(img.sha256, []))
            bits = phash_bits(img.phash)
            if bits is not None and self._helper._distinctive(bits):
                for key in self._helper._blocks(bits):
                    for ci, ii in self.image_blocks.get(key, []):
                        other_bits = phash_bits(self.prints[ci].images[ii].phash)
                        if other_bits is not None and bin(other_bits ^ bits).count("1") <= rules.max_hamming:
                            found.add((ci, ii))
            if len({self.prints[ci].claim_id for ci, _ in found}) > rules.common_claims:
                continue
            for ci, ii in sorted(found):
                other_fp = self.prints[ci]
                ref = other_fp.images[ii]
                if other_fp.claim_id == fp.claim_id or (img.path, other_fp.claim_id) in seen:
                    continue
                if ref.sha256 != img.sha256 and (img.page_sized or ref.page_sized):
                    continue
                other = self._other(other_fp)
                severity, whose, forged = image_severity(this, other, rules, img.page_sized or ref.page_sized)
                added = ""
                if forged and decided_by_names(img.names_customer, ref.names_customer):
                    forged, severity = False, rules.same_partner_other_customer
                if not forged:
                    severity, added = whose_page(severity, img.names_customer, ref.names_customer, other, rules)
                if severity == "ignore":
                    continue
                seen.add((img.path, other_fp.claim_id))
                same = "the same picture" if ref.sha256 == img.sha256 else "a near copy of the picture"
                here = f"{img.path} p.{img.page}" if img.page else img.path
                there = f"{ref.path} p.{ref.page}" if ref.page else ref.path
                sentence = f"The signature image in {here} is {same} in {there} of {claim_label(other)}, {whose}"
                sentence += FORGED if forged else added
                ev = Evidence(img.path, f"image also in claim {other.claim_id}", page=img.page, bbox=img.bbox)
                fact = SharedEvidenceFact(
                    other.claim_id, severity, img.path, ref.path, img.page, img.bbox, "signature image",
                    ref.page, ref.bbox, "signature image",
                )  # fmt: skip
                findings.append(Finding(severity, sentence, [ev], other.claim_id, fact, not_credible=forged))
        return findings

    def check(self, fp: ClaimFingerprint) -> CheckResult:
        """The ``reused_evidence`` result of ``fp``'s claim in this queue."""
        others = len({p.claim_id for p in self.prints} - {fp.claim_id})
        if not others:
            return result(CHECK_ID, "not_applicable", "The queue holds no other claim to compare with.")
        return _verdict(self.rules, self.matches(fp), others, [Evidence(t.path, "POE text compared") for t in fp.texts],
                        len(fp.texts))  # fmt: skip


def _side(text: TextPrint, fp: ClaimFingerprint) -> PieceSide:
    """What a stored text says of its claim (see :class:`PieceSide`)."""
    others = fp.figures_besides(text)
    return PieceSide(text.names_work, text.names_partner, bool(text.figures), fp.workloads, text.names_customer,
                     corroborated(text.figures, others))  # fmt: skip


def _verdict(
    rules: ReuseRules, findings: list[Finding], others: int, examined_evidence: Sequence[Evidence], compared: int
) -> CheckResult:
    notes = [f for f in findings if f.severity == "note"]
    findings = [f for f in findings if f.severity != "note"]
    if not findings:
        if notes:
            # evidence shared as claims may share it (one SOW for two workloads, this claim's original
            # copied onto another partner's claim): said, not flagged
            return result(
                CHECK_ID,
                "pass",
                "Shared with another claim, but not as reused evidence: "
                + "; ".join(f.sentence for f in notes[:4])
                + ".",
                [e for f in notes for e in f.evidence],
                facts=[f.fact for f in notes if f.fact is not None],
            )
        return result(
            CHECK_ID,
            "pass",
            f"No POE text, signature image or invoice of this claim ({compared} POE document(s)) appears on "
            f"any of the {others} other claim(s) of the queue.",
            list(examined_evidence),
        )
    findings = sorted(findings, key=lambda f: -SEVERITY_ORDER[f.severity])
    worst = findings[0].severity
    shown = "; ".join(f.sentence for f in findings[:4])
    if len(findings) > 4:
        shown += f"; and {len(findings) - 4} more"
    evidence = [e for f in findings for e in f.evidence]
    facts = [f.fact for f in (*findings, *notes) if f.fact is not None]
    if worst == "warn":
        return result(
            CHECK_ID,
            "warn",
            f"{shown}. The same evidence on two claims of one partner and customer can be legitimate: "
            "make sure the claims do not cover the same workloads.",
            evidence,
            facts=facts,
        )
    cite = f'(seed, "{rules.seed}": "{rules.rule}")'
    if worst == "reject" and any(f.severity == "reject" and f.not_credible for f in findings):
        tail = (
            "Evidence that is not credible cannot be fixed by the partner "
            f'(seed, "{rules.image_rule_seed}": "{rules.image_rule}").'
        )
    elif worst == "reject":
        tail = f"Evidence taken from another partner's claim cannot be fixed by the partner {cite}."
    else:
        tail = f"Ask the partner for POE that belongs to this claim and customer {cite}."
    return result(CHECK_ID, "fail", f"{shown}. {tail}", evidence, reject=worst == "reject", facts=facts)
