"""Long documents read as well as short ones: a body written on one line, a document naming a company or a
workload thousands of times. (How fast is the benchmarks' business: benchmarks/bench_scaling.py.)"""

from __future__ import annotations

from poe_reviewer.checks import customer_acknowledgement as ca
from poe_reviewer.checks import workload_match
from poe_reviewer.documents.model import MAX_LINE, Hit, HitIndex, Segment, Word, wrap_long_lines
from poe_reviewer.documents.registry import extract_document
from poe_reviewer.findings.workloads import catalogue
from poe_reviewer.policy import load_policy
from tests.builders import context, make_claim, page_doc

SENTENCE = "We reviewed the Intune deployment report for the 96 laptops and the policies look right. "
ACCEPTANCE = "We accept the Intune deployment as complete and approve the close-out. "


def _eml(body: str) -> bytes:
    return (
        "From: John Doe <john.doe@contoso.com>\nTo: Priya Kaur <pkaur@fabrikam.com>\nSubject: RE: Intune close-out\n"
        "Date: Mon, 2 Jun 2025 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body
    ).encode()


def test_a_long_line_is_wrapped_where_a_sentence_ends_and_every_offset_stays() -> None:
    text = SENTENCE * 40  # 3,600 characters on one line
    wrapped = wrap_long_lines(text)
    assert len(wrapped) == len(text)
    assert wrapped.replace("\n", " ") == text  # only spaces became line breaks
    lines = wrapped.split("\n")
    assert len(lines) > 1
    assert all(len(line) <= MAX_LINE for line in lines)
    assert all(line.rstrip().endswith(".") for line in lines[:-1])  # broken after a sentence, not inside one
    assert wrap_long_lines("x" * 5000) == "x" * 5000  # a run with no space (an encoded blob) is left whole


def test_a_wrapped_line_of_words_keeps_every_word_on_its_box() -> None:
    words = [Word(f"w{i}", (float(i), 0.0, float(i) + 1, 10.0)) for i in range(600)]
    seg = Segment.from_lines([words], page=1)
    assert "\n" in seg.text
    for i in (0, 299, 599):
        start = seg.text.index(f"w{i} " if i < 599 else f"w{i}")
        assert seg.bbox_of(start, start + len(f"w{i}")) == words[i].bbox


def test_an_acceptance_in_the_middle_of_a_one_line_body_is_found_and_quoted_as_its_sentence() -> None:
    body = SENTENCE * 300 + ACCEPTANCE + SENTENCE * 300 + "\n"  # about 55 kB, one line
    doc = extract_document(_eml(body), "POE/RE_ Intune close-out.eml", "poe")
    result = ca.run(context(make_claim(), doc))
    assert result.status == "pass", result.summary
    quotes = [e.quote for e in result.evidence if "accept" in e.quote]
    assert quotes
    assert all(len(q) <= MAX_LINE for q in quotes)


def test_hits_near_a_position_come_from_their_own_segment_in_text_order() -> None:
    one, two = Segment("Contoso a Contoso b Contoso", page=1), Segment("Contoso", page=2)
    doc = page_doc(one.text)
    hits = [Hit.from_match(doc, seg, s, s + 7) for seg, s in ((one, 20), (two, 0), (one, 0), (one, 10))]
    index = HitIndex(hits)
    assert [h.start for h in index.starting(one, 0, 20)] == [0, 10]
    assert [h.start for h in index.starting(one, 10, 100)] == [10, 20]
    assert [h.start for h in index.starting(two, 0, 1)] == [0]
    assert index.starting(Segment("other"), 0, 100) == []


def test_a_workload_named_thousands_of_times_is_one_mention_per_place_and_never_under_a_longer_name() -> None:
    # "Microsoft Defender for Endpoint" holds "Defender"; each place is quoted by its longest name
    text = "\n".join(f"Row {i}: Microsoft Defender for Endpoint onboarded, Intune enrolled." for i in range(2000))
    policy = load_policy()
    entries = catalogue(policy)
    entry = next(e for e in entries if e.name == "MICROSOFT DEFENDER ENDPOINT")
    finding = workload_match.find_workload("MICROSOFT DEFENDER ENDPOINT", entry, entries, [page_doc(text)])
    assert len(finding.mentions) == 2000
    assert {m.hit.quote for m in finding.mentions} == {"Microsoft Defender for Endpoint"}
