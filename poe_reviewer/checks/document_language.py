"""Check ``document_language``: the documents the reviewer must read are in English.

The seed's reviewer comment (Comment history): "the POE review process does not support
documentation review in languages other than English ... Upload English language version
of documentation specified above." A non-English document is a fixable failure (Action
Required), never a reject.

Each document's text (e-mail headers aside) is cut into chunks of a few lines and each
chunk's language detected with langdetect, seeded so that the same text always gives the
same answer. A document is judged by the share of its letters in languages other than
the accepted ones: a short French disclaimer under an English e-mail does not make the
e-mail French. Documents with too little text to tell (a scan, a signature page) are
noted, not failed. An e-mail whose author wrote in English (or with a full English version) is
English, whatever language the earlier messages quoted below it are in. What a chunk leaves out
(numbers, addresses, lines of names) is :mod:`poe_reviewer.checks.language_chunks`'s. Thresholds
and accepted languages are in ``language.toml``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, result
from poe_reviewer.checks.language_chunks import (
    WORD_RX,
    Chunk,
    chunk,
    chunks,
    letters,
    spans,
    text_chunks,
    without_noise,
)
from poe_reviewer.documents.columns import split_columns
from poe_reviewer.documents.model import Document, Hit, Segment
from poe_reviewer.findings.acknowledgements import find_acknowledgements
from poe_reviewer.findings.document_kinds import classify, policy_rules

CHECK_ID = "document_language"


_MAX_CHUNKS = 10


@dataclass(frozen=True)
class Settings:
    cover_note_max_letters: int
    function_words: dict[str, frozenset[str]]
    function_word_share: float
    accepted: frozenset[str]
    roles: frozenset[str]
    min_letters: int
    min_letters_short: int
    chunk_chars: int
    min_chunk_letters: int
    max_chars: int
    fail_share: float
    warn_share: float
    bilingual_min_share: float
    bilingual_english_ratio: float
    bilingual_shared_names: float
    bilingual_column_ratio: float
    names: Mapping[str, str]
    seed: str
    comment: str

    @classmethod
    def from_policy(cls, section: Mapping[str, Any]) -> Settings:
        return cls(
            accepted=frozenset(str(x) for x in section.get("accepted_languages", ["en"])),
            roles=frozenset(str(x) for x in section.get("roles", ["poe", "supporting"])),
            min_letters=int(section.get("min_letters", 120)),
            min_letters_short=int(section.get("min_letters_short", 15)),
            chunk_chars=int(section.get("chunk_chars", 300)),
            min_chunk_letters=int(section.get("min_chunk_letters", 40)),
            max_chars=int(section.get("max_chars", 30000)),
            fail_share=float(section.get("fail_share", 0.5)),
            warn_share=float(section.get("warn_share", 0.2)),
            bilingual_min_share=float(section.get("bilingual_min_share", 0.35)),
            bilingual_english_ratio=float(section.get("bilingual_english_ratio", 0.7)),
            bilingual_shared_names=float(section.get("bilingual_shared_names", 0.6)),
            bilingual_column_ratio=float(section.get("bilingual_column_ratio", 0.5)),
            names={str(k): str(v) for k, v in dict(section.get("names", {})).items()},
            seed=str(section.get("seed", "")),
            comment=str(section.get("reviewer_comment", "")),
            function_words={
                str(lang): frozenset(str(w).casefold() for w in words)
                for lang, words in dict(section.get("function_words", {})).items()
            },
            function_word_share=float(section.get("function_word_share", 0.10)),
            cover_note_max_letters=int(section.get("cover_note_max_letters", 1500)),
        )

    def name(self, code: str) -> str:
        return self.names.get(code, code)


@dataclass
class DocumentLanguage:
    document: Document
    letters_by_language: Counter[str] = field(default_factory=Counter)
    #: One chunk per language, to quote.
    samples: dict[str, Chunk] = field(default_factory=dict)
    #: Numbers and capitalised names of each language's text: a translation carries the same ones.
    names_by_language: dict[str, set[str]] = field(default_factory=dict)

    @property
    def judged_letters(self) -> int:
        return sum(self.letters_by_language.values())

    def share_outside(self, accepted: frozenset[str]) -> float:
        total = self.judged_letters
        if not total:
            return 0.0
        return sum(n for lang, n in self.letters_by_language.items() if lang not in accepted) / total

    def main_other(self, accepted: frozenset[str]) -> str | None:
        others = [(n, lang) for lang, n in self.letters_by_language.items() if lang not in accepted]
        return max(others)[1] if others else None


def _bilingual(verdict: DocumentLanguage, other: str, settings: Settings) -> bool:
    """A document with a full English text beside its text in another language: English letters at least
    ``bilingual_english_ratio`` of the other language's (a translation is about as long) and at least
    ``bilingual_min_share`` of the whole."""
    english = sum(n for lang, n in verdict.letters_by_language.items() if lang in settings.accepted)
    foreign = verdict.letters_by_language[other]
    total = verdict.judged_letters
    if not (total > 0 and english / total >= settings.bilingual_min_share
            and english >= settings.bilingual_english_ratio * foreign):  # fmt: skip
        return False
    # the same text twice, not two texts: the other language's numbers and names are in the English one
    english_names = set().union(*(n for lang, n in verdict.names_by_language.items() if lang in settings.accepted))
    theirs = _name_numbers(verdict.names_by_language.get(other, set()))
    ours = _name_numbers(english_names)
    if theirs:
        return len(theirs & ours) / len(theirs) >= settings.bilingual_shared_names
    names = verdict.names_by_language.get(other, set())
    return bool(names) and len(names & english_names) / len(names) >= settings.bilingual_shared_names


def _side_by_side(doc: Document, settings: Settings) -> str | None:
    """The other language of a document that prints it and a full English text side by side, or None.

    Read line by line, such a page mixes both languages in every line ("Schulung von 25 Key-Usern.
    Training of 25 key users."). Read in columns, one column of the page is English and another the
    other language: across the document's pages the English columns are about as long as the other
    language's and carry their numbers, and the rest of the document (other pages, lines across the
    page) holds less of the other language than the paired columns (a translated table inside a
    foreign report is no English text).
    """
    paired_english = paired_foreign = 0
    foreign: Counter[str] = Counter()
    rest: Counter[str] = Counter()
    theirs: set[str] = set()
    ours: set[str] = set()
    budget = settings.max_chars
    for seg in doc.segments:
        if seg.label in ("headers", "filename") or not seg.text.strip() or budget <= 0:
            continue
        budget -= len(seg.text)
        split = split_columns(seg)
        if split is None:
            rest.update(_languages(seg.text, settings))
            continue
        pos = 0
        for start, end in [*split.covered, (len(seg.text), len(seg.text))]:
            if start > pos:
                rest.update(_languages(seg.text[pos:start], settings))
            pos = max(pos, end)
        columns = ["\n".join(line.text for line in column) for column in split.columns]
        judged = [_languages(raw, settings) for raw in columns]
        en = _column_in(judged, settings, english=True)
        fo = _column_in(judged, settings, english=False)
        if en is None or fo is None:
            for counter in judged:
                rest.update(counter)
            continue
        paired_english += judged[en][_main(judged[en])]
        paired_foreign += sum(judged[fo].values())
        foreign[_main(judged[fo])] += judged[fo][_main(judged[fo])]
        theirs |= _numbers(columns[fo])
        ours |= _numbers(columns[en])
        for n, counter in enumerate(judged):
            if n not in (en, fo):
                rest.update(counter)
    if not foreign or paired_english < settings.bilingual_column_ratio * paired_foreign:
        return None
    other = foreign.most_common(1)[0][0]
    if rest[other] > paired_english + paired_foreign:
        return None
    if theirs and len(theirs & ours) / len(theirs) < settings.bilingual_shared_names:
        return None
    return other


def _translation_of(
    verdict: DocumentLanguage, other: str, english: Sequence[DocumentLanguage], settings: Settings
) -> Document | None:
    """An English document of the bundle about as long as ``verdict``'s text and carrying its numbers
    (a translation keeps every count, date and amount)."""
    theirs = _name_numbers(verdict.names_by_language.get(other, set()))
    if len(theirs) < _MIN_TRANSLATED_NUMBERS:
        return None
    foreign = verdict.letters_by_language[other]
    for e in english:
        if e.document is verdict.document:
            continue
        ours = _name_numbers(n for lang, ns in e.names_by_language.items() if lang in settings.accepted for n in ns)
        letters = sum(n for lang, n in e.letters_by_language.items() if lang in settings.accepted)
        if (
            letters >= settings.bilingual_column_ratio * foreign
            and len(theirs & ours) / len(theirs) >= settings.bilingual_shared_names
        ):
            return e.document
    return None


def _number_key(number: str) -> str:  # "1.450" and "1,450" are one number
    return re.sub(r"[.,]", "", number)


def _name_numbers(names: Iterable[str]) -> set[str]:
    return {_number_key(n) for n in names if n[0].isdigit()}


_MIN_TRANSLATED_NUMBERS = 4  # fewer numbers tell no translation from another text


#: The separator of a bilingual form's pairs: "Opdrachtgever / Client", "Périmètre livré / Delivered scope".
_PAIR = re.compile(r"\s+/\s+")


def _slash_pairs(doc: Document, settings: Settings) -> str | None:
    """The other language of a form that writes everything twice, the other language, a slash, English
    ("Door ondertekening bevestigt ... / By signing, ..."), or None: read piece by piece (cut at the
    slashes and sentence ends), the English pieces are about as long as the other language's.

    Read once across line ends (a pair's halves wrapped over lines) and, failing that, line by line (a
    form of short "Libellé / Label" lines, where the text between two slashes runs from one line's English
    label into the next line's other-language one)."""
    texts = [seg.text for seg in doc.segments if seg.label not in ("headers", "filename") and seg.text.strip()]
    raw = "\n".join(texts)[: settings.max_chars]
    joined = " ".join(raw.split())
    if len(_PAIR.findall(joined)) < _MIN_PAIRS:
        return None
    across = _paired_language(_PIECE.split(joined), joined, settings)
    if across is not None:
        return across
    by_line = [piece for line in raw.splitlines() for piece in _PIECE.split(" ".join(line.split()))]
    return _paired_language(by_line, joined, settings)


def _paired_language(pieces: Iterable[str], joined: str, settings: Settings) -> str | None:
    found: Counter[str] = Counter()
    numbers: dict[bool, set[str]] = {True: set(), False: set()}
    for piece in pieces:
        cleaned = without_noise(piece)
        count = letters(cleaned)
        if count < _MIN_PIECE_LETTERS:
            continue
        lang = _by_function_words(cleaned, settings) or detect(cleaned)
        if lang is not None:
            found[lang] += count
            numbers[lang in settings.accepted] |= _numbers(piece)
    english = sum(n for lang, n in found.items() if lang in settings.accepted)
    others = [(n, lang) for lang, n in found.items() if lang not in settings.accepted]
    if not others:
        return None
    foreign, other = max(others)
    # against the two languages of the form: short pieces read as a third language are either's noise
    pair = english + foreign
    if english < settings.bilingual_column_ratio * foreign or english < settings.bilingual_min_share * pair:
        return None
    # the same text twice: the other language's numbers stand in the English pieces too, or twice in the
    # form (OCR reading a two-column table puts a row's two languages in one piece); identifiers (postcodes,
    # VAT and register numbers) are written once whatever the language
    counted = Counter(_number_key(n) for n in _NAMES.findall(joined) if n[0].isdigit())
    twice = {n for n, k in counted.items() if k >= 2}
    addresses = {_number_key(m.group("n") or m.group("p") or m.group("s")) for m in _ADDRESS_NUMBER.finditer(joined)}
    theirs = {n for n in numbers[False] if len(n) < _IDENTIFIER_DIGITS and n not in addresses}
    if theirs and len(theirs & (numbers[True] | twice)) / len(theirs) < settings.bilingual_shared_names:
        return None
    return other


_PIECE = re.compile(r"\s+/\s+|(?<=[.!?;])\s+(?=[A-ZÀ-Ý])")  # a bilingual form's pieces
_MIN_PIECE_LETTERS = 25  # shorter pieces are labels and names, not judged
_MIN_PAIRS = 4  # fewer "X / Y" lines: not a bilingual form
_IDENTIFIER_DIGITS = 5  # a number this long is an identifier (postcode, VAT number), not content
#: A number of an address, written once whatever the language: a street number ("Praterstraße 31", "Via Roma
#: 12", "ul. Długa 5") or a four- or five-digit postcode before its town ("1020 Wien", "5400 Hallein"), not a year.
_ADDRESS_NUMBER = re.compile(
    r"(?i:stra(?:ß|ss)e|str\.|gasse|weg|platz|laan|straat|street|st\.|road|avenue|rue|via|viale|calle|avenida|av\.|"
    r"rua|ul\.|cesta|utca|gatan|vej|veien)\s+(?P<n>\d{1,4})\b|(?<![\d.,/-])(?!(?:19|20)\d\d\b)(?P<p>\d{4,5})\s+(?=[A-ZÀ-Ý][a-zà-ÿß]{2,})"
    r"|(?<![\d.,/-])(?P<s>\d{1,4})[a-z]?,\s+(?=\d{4,5}\s+[A-ZÀ-Ý])"  # "Ballindamm 27, 20095 Hamburg"
)


def _languages(text: str, settings: Settings) -> Counter[str]:
    """Letters of ``text`` by language, judged in chunks of a few lines."""
    found: Counter[str] = Counter()
    for piece in text_chunks(text, settings.chunk_chars):
        cleaned = " ".join(without_noise(piece).split())
        count = letters(cleaned)
        if count < settings.min_chunk_letters:
            continue
        lang = _by_function_words(cleaned, settings) or detect(cleaned)
        if lang is not None:
            found[lang] += count
    return found


def _main(counter: Counter[str]) -> str:
    return counter.most_common(1)[0][0]


def _column_in(judged: list[Counter[str]], settings: Settings, *, english: bool) -> int | None:
    """The longest column mostly in an accepted language (``english``) or mostly in another one."""
    best: tuple[int, int] | None = None
    for n, counter in enumerate(judged):
        total = sum(counter.values())
        if not total:
            continue
        lang = _main(counter)
        if (lang in settings.accepted) != english or counter[lang] < _COLUMN_SHARE * total:
            continue
        if best is None or counter[lang] > best[0]:
            best = (counter[lang], n)
    return best[1] if best else None


def _numbers(text: str) -> set[str]:
    return _name_numbers(_NAMES.findall(text))


#: Share of a column's letters in one language for the column to be in that language.
_COLUMN_SHARE = 0.6


def detect(text: str) -> str | None:
    """The most probable language of ``text`` (langdetect code), or None when it cannot tell."""
    # imported on first use: its profiles take a fifth of a second to load, and most runs are
    # settled by the English function words before it is needed
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    # langdetect is randomised; a fixed seed makes the verdict reproducible.
    DetectorFactory.seed = 0
    try:
        found = detect_langs(text)
    except LangDetectException:
        return None
    if not found:
        return None
    return str(found[0].lang)


def _by_function_words(text: str, settings: Settings) -> str | None:
    """An accepted language recognised by its commonest words (the, and, of ...), without the
    slower statistical detector: prose in a language is full of its function words."""
    words = [w.casefold() for w in WORD_RX.findall(text)]
    if len(words) < 8:
        return None
    for lang, vocabulary in settings.function_words.items():
        if sum(1 for w in words if w in vocabulary) / len(words) >= settings.function_word_share:
            return lang
    return None


def judge_document(doc: Document, settings: Settings) -> DocumentLanguage:
    verdict = DocumentLanguage(doc)
    runs = list(spans(doc, settings.chunk_chars, settings.max_chars))
    if len(runs) > 2 * _MAX_CHUNKS:
        # A long document: an even sample of its text tells its language as well (and fast).
        step = len(runs) / (2 * _MAX_CHUNKS)
        runs = [runs[int(i * step)] for i in range(2 * _MAX_CHUNKS)]
    usable = [c for c in (chunk(*sp) for sp in runs) if c.letters >= settings.min_chunk_letters]
    if len(usable) > _MAX_CHUNKS:
        # A long document: an even sample of its chunks tells its language as well.
        step = len(usable) / _MAX_CHUNKS
        usable = [usable[int(i * step)] for i in range(_MAX_CHUNKS)]
    for c in usable:
        lang = _by_function_words(c.text, settings) or detect(c.text)
        if lang is None:
            continue
        verdict.letters_by_language[lang] += c.letters
        verdict.samples.setdefault(lang, c)
        verdict.names_by_language.setdefault(lang, set()).update(_NAMES.findall(c.segment.text[c.start : c.end]))
    return verdict


# Numbers ("1,200", "14") and capitalised names ("Intune", "Contoso") that a translation keeps as they are.
_NAMES = re.compile(r"\b\d[\d.,]*\d\b|\b\d\b|\b[A-Z][a-zA-Z]{2,}\b")


def judge_short(doc: Document, settings: Settings) -> tuple[str, Chunk] | None:
    """The language of a document with too little text for the chunked judgement, if it has any."""
    pieces = [c for c in chunks(doc, settings.chunk_chars, settings.max_chars) if c.letters]
    letters = sum(c.letters for c in pieces)
    if letters < settings.min_letters_short:
        return None
    lang = detect(" ".join(c.text for c in pieces))
    if lang is None:
        return None
    return lang, max(pieces, key=lambda c: c.letters)


def _own_words_english(doc: Document, settings: Settings) -> bool:
    """Whether an e-mail that quotes earlier messages has its author's own words in English, or with a
    full English version (judged apart from the quoted messages)."""
    if doc.email is None or not doc.email.quoted or not doc.email.own_text.strip():
        return False
    own = judge_document(replace(doc, segments=[Segment(doc.email.own_text, label="body")]), settings)
    if own.judged_letters < settings.min_letters:
        return False
    other = own.main_other(settings.accepted)
    share = own.share_outside(settings.accepted)
    return other is None or share < settings.warn_share or _bilingual(own, other, settings)


def _sample_evidence(doc: Document, c: Chunk) -> Evidence:
    """The chunk's first non-empty line, located."""
    text = c.segment.text
    m = re.compile(r"\S[^\n]*").search(text, c.start, c.end)
    start, end = (m.start(), m.end()) if m else (c.start, c.end)
    hit = Hit.from_match(doc, c.segment, start, end)
    quote = " ".join(text[start:end].split())
    return Evidence.from_hit(hit, quote[:140] + ("…" if len(quote) > 140 else ""))


def run(ctx: CheckContext) -> CheckResult:
    settings = Settings.from_policy(ctx.policy["language"])
    docs = [d for top in ctx.documents if top.role in settings.roles for d in top.walk()]
    if not docs:
        return result(CHECK_ID, "warn", "No POE document in the bundle to check the language of.")
    foreign: list[tuple[DocumentLanguage, str, float]] = []
    mixed: list[tuple[DocumentLanguage, str, float]] = []
    english: list[DocumentLanguage] = []
    too_short: list[Document] = []
    short_foreign: list[tuple[Document, str, Chunk]] = []
    short_english: list[tuple[Document, Chunk]] = []
    unreadable: list[Document] = []
    bilingual: list[tuple[DocumentLanguage, str]] = []
    quoted_other: list[tuple[DocumentLanguage, str]] = []
    # an out-of-office reply is no evidence of anything: its language asks nothing of the partner; nor does
    # a purchase order, quote or licence contract, which never counts as POE whatever its language
    not_asked = {a.document for a in find_acknowledgements(ctx) if a.automatic}
    never_poe = policy_rules(ctx.policy["unacceptable"])
    for d in docs:
        kind = classify(d, never_poe)
        if kind is not None and not kind.kind.exempt_if_acknowledged:
            not_asked.add(d.path)
    for doc in docs:
        if doc.error is not None:
            unreadable.append(doc)
            continue
        if doc.kind == "survey" or doc.path in not_asked:
            continue
        verdict = judge_document(doc, settings)
        if verdict.judged_letters < settings.min_letters:
            short_lang = judge_short(doc, settings)
            if short_lang is None:
                too_short.append(doc)
            elif short_lang[0] in settings.accepted:
                short_english.append((doc, short_lang[1]))
            else:
                short_foreign.append((doc, short_lang[0], short_lang[1]))
            continue
        share = verdict.share_outside(settings.accepted)
        other = verdict.main_other(settings.accepted)
        side_by_side = None
        if other is not None and share >= settings.warn_share and not _bilingual(verdict, other, settings):
            # two texts printed side by side read as one mixed text line by line: read the columns apart
            side_by_side = _side_by_side(doc, settings) or _slash_pairs(doc, settings)
        own_words = _own_words_english(doc, settings) if other is not None and share >= settings.warn_share else None
        if side_by_side is not None:
            bilingual.append((verdict, side_by_side))
            english.append(verdict)
        elif own_words and other is not None:
            # the author wrote in English (or with a full English version); the earlier messages quoted
            # below are the thread's history, not what this e-mail says
            quoted_other.append((verdict, other))
            english.append(verdict)
        elif other is not None and share >= settings.warn_share and _bilingual(verdict, other, settings):
            # a full English text beside the other language (side by side, or one after the other):
            # the reviewer reads the English one
            bilingual.append((verdict, other))
            english.append(verdict)
        elif other is not None and share >= settings.fail_share:
            foreign.append((verdict, other, share))
        elif other is not None and share >= settings.warn_share:
            mixed.append((verdict, other, share))
        else:
            english.append(verdict)

    # A short non-English cover e-mail whose attached POE is in English: the attachment is what the
    # reviewer reads, so the e-mail is flagged for a look rather than failed.
    english_docs = {id(v.document) for v in english}
    covers = [
        (v, lang, share)
        for v, lang, share in foreign
        if v.document.email is not None
        and v.judged_letters <= settings.cover_note_max_letters
        and any(id(c) in english_docs for c in v.document.walk() if c is not v.document)
    ]
    if covers:
        foreign = [f for f in foreign if all(f[0] is not c[0] for c in covers)]
        mixed.extend(covers)

    # another language with the partner's English translation beside it: the reviewer reads that
    translated: list[tuple[DocumentLanguage, str, Document]] = []
    for v, lang, _share in list(foreign) + list(mixed):
        version = _translation_of(v, lang, english, settings)
        if version is not None:
            translated.append((v, lang, version))
    if translated:
        done = {id(v) for v, _lang, _e in translated}
        foreign = [f for f in foreign if id(f[0]) not in done]
        mixed = [m for m in mixed if id(m[0]) not in done]
        english.extend(v for v, _lang, _e in translated)

    notes: list[str] = []
    if too_short:
        notes.append(
            f"too little text to tell the language of {', '.join(d.path for d in too_short[:5])}"
            + (f" and {len(too_short) - 5} more" if len(too_short) > 5 else "")
        )
    if unreadable:
        notes.append(f"could not read {', '.join(d.path for d in unreadable[:5])}")
    note = (" Note: " + "; ".join(notes) + ".") if notes else ""

    if foreign:
        parts = []
        evidence = []
        for v, lang, share in foreign:
            parts.append(f"{v.document.path} is in {settings.name(lang)} ({share:.0%} of its text)")
            evidence.append(_sample_evidence(v.document, v.samples[lang]))
        return result(
            CHECK_ID,
            "fail",
            "Documents not in English: " + "; ".join(parts) + ". The POE review does not support documentation "
            "in languages other than English: upload an English language version of these documents "
            f"(seed: {settings.seed}).{note}",
            evidence,
        )
    if mixed:
        parts = []
        evidence = []
        for v, lang, share in mixed:
            parts.append(f"{v.document.path} is partly in {settings.name(lang)} ({share:.0%} of its text)")
            evidence.append(_sample_evidence(v.document, v.samples[lang]))
        return result(
            CHECK_ID,
            "warn",
            "Partly not in English: " + "; ".join(parts) + "; check whether the parts the review needs are "
            f"in English.{note}",
            evidence,
        )
    if short_foreign:
        parts = [f"{d.path} has little text, and it looks {settings.name(lang)}" for d, lang, _ in short_foreign]
        return result(
            CHECK_ID,
            "warn",
            "; ".join(parts) + "; check whether an English version is needed." + note,
            [_sample_evidence(d, c) for d, _, c in short_foreign],
        )
    if short_english:
        notes.append("little text, but it reads as English, in " + ", ".join(d.path for d, _ in short_english[:5]))
        note = " Note: " + "; ".join(notes) + "."
    if not english and not short_english:
        return result(
            CHECK_ID,
            "warn",
            "No document has enough readable text to tell its language." + note,
        )
    evidence = [
        _sample_evidence(v.document, v.samples[v.letters_by_language.most_common(1)[0][0]]) for v in english[:4]
    ]
    evidence += [_sample_evidence(d, c) for d, c in short_english[: max(0, 4 - len(evidence))]]
    listed = ", ".join([v.document.path for v in english] + [d.path for d, _ in short_english])
    if bilingual:
        both = "; ".join(f"{v.document.path} in English and {settings.name(lang)}" for v, lang in bilingual)
        note = f" Bilingual, with a full English text: {both}.{note}"
    if quoted_other:
        quoted = "; ".join(
            f"{v.document.path} quotes earlier messages in {settings.name(lang)}" for v, lang in quoted_other
        )
        note = f" The author's own words are in English: {quoted}.{note}"
    if translated:
        pairs = "; ".join(f"{v.document.path} ({settings.name(lang)}) in {e.path}" for v, lang, e in translated)
        note = f" With their English translation: {pairs}.{note}"
    return result(CHECK_ID, "pass", f"The documents are in English ({listed}).{note}", evidence)
