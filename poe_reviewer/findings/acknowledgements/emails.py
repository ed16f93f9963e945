"""Customer e-mails, as sent (.msg/.eml) and as printed into documents, judged on their own words."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Sequence
from dataclasses import dataclass

from poe_reviewer.dates import parse_datetime_loose
from poe_reviewer.documents.model import (
    Address,
    Document,
    QuotedMessage,
)
from poe_reviewer.documents.thread import split_thread
from poe_reviewer.findings.acknowledgements.located import DocText, locate, shorten
from poe_reviewer.findings.acknowledgements.model import EMAIL_RX, Acknowledgement, Verdict
from poe_reviewer.findings.acknowledgements.rules import Rules
from poe_reviewer.findings.parties import Parties


# -- e-mails -----------------------------------------------------------------------------------------
def _count(rxs: Sequence[re.Pattern[str]], text: str) -> int:
    return sum(len(rx.findall(text)) for rx in rxs)


def _first(rxs: Sequence[re.Pattern[str]], text: str) -> re.Match[str] | None:
    best: re.Match[str] | None = None
    for rx in rxs:
        m = rx.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


# The end of a sentence: a full stop before a capital letter or the end ("Fabrikam, Inc. has" goes on).
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\d]|\s*$)|\n")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: a line break ends one, so it is looked for on the line only."""
    line_start = text.rfind("\n", 0, pos) + 1
    return max((e.end() for e in _SENTENCE_END.finditer(text, line_start, pos)), default=line_start)


def sentence_around(text: str, m: re.Match[str]) -> str:
    """The sentence (or line) of ``text`` around the match ``m``."""
    end_m = _SENTENCE_END.search(text, m.end())
    end = end_m.end() if end_m else len(text)
    return text[_sentence_start(text, m.start()) : end].strip()


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but)\b")


def _acceptance(text: str, rules_: Rules) -> re.Match[str] | None:
    """The first acknowledgement wording of ``text`` that accepts something: not negated ("not yet
    approved", "before I sign off") and not in a sentence that only names the partner ("happy to
    confirm that Maplegate is our Microsoft partner": the seed's ambiguous acknowledgement)."""
    found = sorted((m for rx in rules_.acknowledge for m in rx.finditer(text)), key=lambda m: m.start())
    for m in found:
        lead = text[max(_sentence_start(text, m.start()), m.start() - rules_.negation_window) : m.start()]
        lead = _CLAUSE_BREAK.split(lead)[-1]  # "the issue was not critical, and we accept" accepts
        if any(rx.search(lead) for rx in rules_.negations):
            continue
        # what is confirmed is the partnership itself: the ambiguous wording follows the confirming one
        clause_end = _SENTENCE_END.search(text, m.end())
        after = text[m.start() : min(m.end() + 80, clause_end.start() if clause_end else len(text))]
        if any(rx.search(after) for rx in rules_.ambiguous):
            continue
        return m
    return None


def _is_english(text: str, rules_: Rules) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < rules_.english_min_words:
        return True  # too short to judge: let the wording decide
    share = sum(1 for w in words if w in rules_.english_words) / len(words)
    return share >= rules_.english_min_share


@dataclass
class _Message:
    """An e-mail as the check needs it, whether a .msg/.eml or one printed in a PDF."""

    doc: Document
    sender: Address | None
    subject: str
    own_text: str
    quoted: list[QuotedMessage]
    forwarded: bool
    date: dt.date | None
    printed: bool
    flat: bool = False
    #: Transport headers (a .msg or .eml); none for a printed e-mail.
    headers: tuple[tuple[str, str], ...] = ()
    #: How the customer's country writes numeric dates (quoted ``Sent:`` lines are text).
    dayfirst: bool = False
    #: The claim's POE proves pre-sales engagement: naming those activities in depth acknowledges them.
    engagement: bool = False
    #: A chat message (Microsoft Teams) printed to PDF, not an e-mail.
    chat: bool = False


def _address(raw: str | None) -> Address | None:
    if not raw:
        return None
    name, addr = email.utils.parseaddr(raw)
    if not addr or "@" not in addr:
        m = EMAIL_RX.search(raw)
        addr = m.group(0) if m else ""
        if not name:
            name = raw.replace(addr, "").strip(" <>[]()\"'") if addr else raw.strip()
    return Address(name or None, addr or None)


def auto_reply(rules_: Rules, subject: str, text: str, headers: Sequence[tuple[str, str]] = ()) -> str | None:
    """Why a message is an automatic reply (the header, subject or words that say so), or None."""
    for name, value in headers:
        key = name.lower()
        for wanted, rx in rules_.auto_headers:
            if key == wanted and rx.search(value):
                return f"its {name} header is {value.strip()!r}"
    for rx in rules_.auto_subjects:
        if rx.search(subject or ""):
            return f'its subject is "{shorten(subject, 60)}"'
    m = _first(rules_.auto_texts, text)
    if m:
        return f'it says "{shorten(sentence_around(text, m), 80)}"'
    return None


def judge_message(msg: _Message, rules_: Rules, parties: Parties) -> Acknowledgement:
    doc = msg.doc
    sender = msg.sender
    who = str(sender) if sender and str(sender) else "an unknown sender"
    domain = sender.domain if sender else None
    when = f" on {msg.date.isoformat()}" if msg.date else ""
    noun = "printed e-mail" if msg.printed else "e-mail"
    if msg.flat:
        noun = "picture of an e-mail"
    if msg.chat:
        noun = "chat message"
    desc = f"{noun} from {who}{when} in {doc.path}"
    ack = Acknowledgement(
        document=doc.path,
        kind="chat" if msg.chat else "printed_email" if msg.printed else "email",
        verdict="invalid",
        description=desc,
        signer=sender.name if sender else None,
        date=msg.date,
        seed=rules_.email_seed,
    )
    first_line = next((ln for ln in msg.own_text.splitlines() if len(ln.split()) >= 3), "")
    ack.evidence.append(locate(doc, shorten(first_line or msg.subject, 160)))
    side = parties.domain_side(domain)
    ack.side = side

    if msg.flat:
        ack.reason = f'is a flat image (seed: "{rules_.flat_rule}").'
        ack.seed = rules_.flat_seed
        return ack
    forwarded = msg.forwarded or bool(rules_.forward_subject.match(msg.subject or ""))
    if forwarded:
        fw_from = next((q.sender for q in msg.quoted if q.sender), None)
        origin = f" (forwarding {fw_from})" if fw_from else ""
        ack.reason = f"is a forwarded e-mail{origin}; forwarded e-mails are insufficient material."
        return ack

    automatic = auto_reply(rules_, msg.subject, msg.own_text, msg.headers)
    if automatic is not None and side != "partner":
        # an out-of-office printed on top of the thread takes nothing from the acceptance below it
        if _accepted_earlier(ack, msg, desc, rules_, parties):
            return ack
        ack.reason = f"is an automatic reply ({automatic}): {rules_.auto_rule}"
        ack.automatic = True
        return ack

    if side == "partner":
        quoted_ack = _quoted_customer_ack(msg, rules_, parties)
        if quoted_ack is not None:
            ack.verdict = "undecidable"
            ack.reason = (
                f"is the partner's; the customer's acknowledgement (\"{shorten(quoted_ack, 80)}\") appears "
                "only quoted inside it: ask for the customer's original e-mail or check the thread."
            )
            ack.evidence.append(locate(doc, quoted_ack))
            return ack
        ack.reason = "is the partner's own e-mail with no customer reply accepting the work."
        ack.seed = rules_.partner_seed
        return ack

    content = _judge_content(msg, rules_)
    if side is None:
        ack.verdict = "undecidable"
        ack.reason = "shows no sender address: the customer's domain cannot be checked."
        if content[0] == "invalid":
            ack.verdict, ack.reason = "invalid", content[1]
        return ack
    if side == "unknown":
        assert domain is not None
        expected = ", ".join(parties.customer_domains) or "unknown (the claim names no customer domain)"
        if not parties.customer_domains:
            ack.verdict = "undecidable" if content[0] != "invalid" else "invalid"
            ack.reason = (
                content[1]
                if content[0] == "invalid"
                else f"comes from {domain}; the claim names no customer domain to check it against."
            )
        elif parties.is_personal(domain):
            ack.reason = f"comes from a personal mailbox ({domain}), not the customer's domain {expected}."
        elif parties.resembles_customer(domain):
            ack.verdict = "undecidable"
            ack.reason = f"comes from {domain}, like the customer's name, but not from its domain {expected}."
        elif (group := parties.group_cue(msg.own_text)) is not None:
            ack.verdict = "undecidable"
            ack.reason = (
                f"comes from {domain}, a company its sender's signature places in the customer's group "
                f"('{group}'), not from the customer's domain {expected}: confirm that the domain is the customer's."
            )
        else:
            ack.reason = f"comes from {domain}, not the customer's domain {expected}."
        return ack

    verdict, reason, quote = content
    # An acceptance anywhere in the thread counts, even under a later customer message that
    # thanks, asks about a purchase order or fixes a meeting (the later words do not undo it).
    if verdict != "valid" and _accepted_earlier(ack, msg, desc, rules_, parties):
        return ack
    ack.verdict = verdict
    ack.reason = reason
    ack.licence_purchase = verdict == "invalid" and _about_licences(msg, rules_)
    refusal = _first(rules_.refusals, msg.own_text)
    if refusal is not None:
        sentence = sentence_around(msg.own_text, refusal)
        ack.verdict, ack.refused = "invalid", True
        ack.reason = f'refuses ("{shorten(sentence, 90)}"): {rules_.refusal_rule[:1].lower()}{rules_.refusal_rule[1:]}'
        quote = sentence
    if quote:
        ack.evidence = [locate(doc, quote)]
    if verdict == "valid" and msg.chat:
        # the guide names e-mails and signed documents; whether a chat counts is the reviewer's call
        ack.verdict = "undecidable"
        ack.reason = (
            f'accepts the work in a chat ("{shorten(quote or "", 90)}"); the guide names e-mails (.msg or PDF) and '
            "signed documents as acknowledgements, not chat messages: a person decides whether it counts."
        )
    elif verdict == "valid":
        ack.strength = 4
        ack.description = f'{desc}: "{shorten(quote or "", 100).rstrip(".")}"'
    return ack


def _accepts(text: str, subject: str, context: str, rules_: Rules) -> str | None:
    """The sentence of ``text`` that accepts the partner's work, or None (licence talk, no work named)."""
    m = _acceptance(text, rules_)
    if m is None:
        return None
    lic = _count(rules_.licence, text) + _count(rules_.licence, subject)
    work = _count(rules_.work, text) + _count(rules_.work, subject)
    if lic >= rules_.licence_min and lic > work:
        return None
    if not (work or _count(rules_.work, context)):
        return None
    return sentence_around(text, m)


def _accepted_earlier(ack: Acknowledgement, msg: _Message, desc: str, rules_: Rules, parties: Parties) -> bool:
    """Make ``ack`` the customer's acceptance an earlier message of the thread holds; False if none does."""
    earlier = _thread_acceptance(msg, rules_, parties)
    if earlier is None:
        return False
    q, sentence = earlier
    who_q = q.sender or "the customer"
    when_q = parse_datetime_loose(q.sent, dayfirst=msg.dayfirst) if q.sent else None
    ack.verdict = "valid"
    ack.reason = ""
    ack.accepted_in_thread = True
    ack.date = when_q.date() if when_q else None
    q_addr = _address(q.sender)
    ack.signer = (q_addr.name if q_addr else None) or ack.signer
    ack.evidence = [locate(msg.doc, sentence)]
    ack.strength = 4
    ack.description = (
        f"{desc}, whose thread holds the customer's acceptance by {who_q}"
        f'{" on " + when_q.date().isoformat() if when_q else ""}: "{shorten(sentence, 100).rstrip(".")}"'
    )
    return True


def _thread_acceptance(msg: _Message, rules_: Rules, parties: Parties) -> tuple[QuotedMessage, str] | None:
    """The newest earlier customer message of the thread that accepts the work, with its sentence."""
    for i, q in enumerate(msg.quoted):
        if q.kind == "forward":
            return None  # below a forward marker the thread is someone else's
        addr = _address(q.sender)
        if parties.domain_side(addr.domain if addr else None) != "customer":
            continue
        if auto_reply(rules_, q.subject or "", q.text) is not None:
            continue
        context = msg.quoted[i + 1].text if i + 1 < len(msg.quoted) else ""
        sentence = _accepts(q.text, q.subject or "", context, rules_)
        if sentence is not None:
            return q, sentence
    return None


def _about_licences(msg: _Message, rules_: Rules) -> bool:
    """The customer's own words are about buying licences, not about work (the seed's insufficient material)."""
    subject = msg.subject or ""
    lic = _count(rules_.licence, msg.own_text) + _count(rules_.licence, subject)
    work = _count(rules_.work, msg.own_text) + _count(rules_.work, subject)
    return lic >= rules_.licence_min and lic > work


def _judge_content(msg: _Message, rules_: Rules) -> tuple[Verdict, str, str | None]:
    """(verdict, reason, deciding quote) for the words of a customer's message."""
    own = msg.own_text.strip()
    if not own:
        return "invalid", "has no words of the customer's own (only quoted or forwarded text).", None
    if not _is_english(own, rules_):
        thanks = _only_thanks_elsewhere(own, rules_)
        if thanks is not None:
            return (
                "invalid",
                f'only thanks or confirms receipt ("{shorten(thanks, 80)}", not in English, and no word of it accepts '
                "or approves): it does not accept or approve the work.",
                thanks,
            )
        return "undecidable", "is not in English: a reviewer must read whether it acknowledges work.", None
    subject = msg.subject or ""
    work_own = _count(rules_.work, own) + _count(rules_.work, subject)
    context = msg.quoted[0].text if msg.quoted else ""
    work_ctx = _count(rules_.work, context)
    ack_m = _acceptance(own, rules_)
    amb_m = _first(rules_.ambiguous, own)
    if _about_licences(msg, rules_):
        quote = sentence_around(own, ack_m) if ack_m else None
        return "invalid", f'is about a licence purchase (seed: "{rules_.licence_rule}").', quote
    if ack_m and (work_own or work_ctx):
        return "valid", "", sentence_around(own, ack_m)
    engaged = _engagement(own, rules_) if msg.engagement else None
    if engaged is not None:
        return "valid", "", engaged
    if amb_m:
        sentence = sentence_around(own, amb_m)
        return (
            "invalid",
            f'is an ambiguous acknowledgement ("{shorten(sentence, 80)}") naming no work the partner did.',
            sentence,
        )
    if ack_m:
        sentence = sentence_around(own, ack_m)
        return "invalid", f'acknowledges ("{shorten(sentence, 60)}") without saying which work.', sentence
    courtesy_m = _first(rules_.courtesy, own)
    if courtesy_m and len(own.split()) <= rules_.courtesy_max_words:
        sentence = sentence_around(own, courtesy_m)
        return (
            "invalid",
            f'only thanks or confirms receipt ("{shorten(sentence, 80)}"): it does not accept or approve the work.',
            sentence,
        )
    if work_own:
        return (
            "undecidable",
            "mentions the work but uses no recognised acknowledgement wording: a reviewer must read it.",
            None,
        )
    return "invalid", "does not acknowledge or approve the partner's work.", None


def _only_thanks_elsewhere(own: str, rules_: Rules) -> str | None:
    """The sentence of a short reply in another language that only thanks, confirms receipt or puts the
    reading off, where no word of the reply accepts, confirms or approves in the languages listed; else None."""
    if len(own.split()) > rules_.courtesy_max_words or _first(rules_.acceptance_other_languages, own):
        return None
    m = _first(rules_.courtesy_other_languages, own)
    return sentence_around(own, m) if m else None


_DETAIL = re.compile(r"\d")


#: "the two demos", "both workshops", "3 sessions": one mention that names several activities.
_SEVERAL = re.compile(r"\b(?:both|two|three|four|several|multiple|[2-9])\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _activities(text: str, rules_: Rules) -> int:
    """How many pre-sales activities ``text`` names ("the two demos" names two)."""
    count = 0
    for rx in rules_.engagement_activities:
        for m in rx.finditer(text):
            count += 2 if _SEVERAL.search(text[max(0, m.start() - 24) : m.start()]) else 1
    return count


def _engagement(own: str, rules_: Rules) -> str | None:
    """The sentence in which a customer names the partner's pre-sales activities in depth (several
    of them, with a date or a figure in it or in the sentence after it), or None."""
    hits = sorted((m for rx in rules_.engagement_activities for m in rx.finditer(own)), key=lambda m: m.start())
    if _activities(own, rules_) < rules_.engagement_min_activities:
        return None
    for m in hits:
        sentence = sentence_around(own, m)
        if _activities(sentence, rules_) < rules_.engagement_min_activities:
            continue
        end = own.find(sentence) + len(sentence)
        following = _SENTENCE_END.search(own, end + 1)
        detail = own[own.find(sentence) : following.end() if following else len(own)]
        if _DETAIL.search(detail):
            return sentence
    return None


def _quoted_customer_ack(msg: _Message, rules_: Rules, parties: Parties) -> str | None:
    for q in msg.quoted:
        addr = _address(q.sender)
        if parties.domain_side(addr.domain if addr else None) != "customer":
            continue
        m = _acceptance(q.text, rules_)
        if m and (_count(rules_.work, q.text) or _count(rules_.work, q.subject or "")):
            return sentence_around(q.text, m)
    return None


def is_mail(doc: Document, rules_: Rules) -> bool:
    info = doc.email
    if info is None:
        return False
    cls = info.message_class
    return not cls or any(rx.search(cls) for rx in rules_.mail_classes)


def email_message(doc: Document, dayfirst: bool = False, engagement: bool = False) -> _Message:
    info = doc.email
    assert info is not None
    own = info.own_text
    if not own.strip() and not info.quoted:
        # the extractor did not split the body: the whole body is the author's
        own = "\n\n".join(s.text for s in doc.segments if s.label == "body")
    return _Message(
        doc=doc,
        sender=info.sender,
        subject=info.subject,
        own_text=own,
        quoted=list(info.quoted),
        forwarded=info.forwarded,
        date=info.date.date() if info.date else None,
        printed=False,
        headers=tuple(info.headers),
        dayfirst=dayfirst,
        engagement=engagement,
    )


def printed_messages(
    doc: Document, dt_: DocText, rules_: Rules, dayfirst: bool, engagement: bool = False
) -> list[_Message]:
    """E-mails printed into a PDF, Word file or picture (``From: … Sent: … Subject: …``).

    A printed ``Sent:`` line is text: its numeric date is read the customer's country's way.
    """
    # The newest message of a printed thread is judged as the e-mail; the ones below it are
    # what it quotes. A document with text of its own above the e-mail (a SOW with the
    # customer's approval pasted in) is judged the same way.
    _own, quoted = split_thread(dt_.text)
    quoted = [q for q in quoted if q.sender]
    if not quoted:
        return []
    top = quoted[0]
    flat = doc.kind == "image" or all(s.label == "ocr" for s in dt_.segments)
    sent = parse_datetime_loose(top.sent, dayfirst=dayfirst) if top.sent else None
    return [
        _Message(
            doc=doc,
            sender=_address(top.sender),
            subject=top.subject or "",
            own_text=top.text,
            quoted=quoted[1:],
            forwarded=top.kind == "forward",
            date=sent.date() if sent else None,
            printed=True,
            flat=flat,
            dayfirst=dayfirst,
            engagement=engagement,
        )
    ]


# A chat printed to PDF (Microsoft Teams): "Otieno Ochieng (External) 27/04/2026 09:02", the author's
# address on the next line, then the message.
_CHAT_MARKER = re.compile(r"\bMicrosoft\s+Teams\b|teams\.microsoft\.com/|^Chat\s*[·|-]", re.IGNORECASE | re.MULTILINE)
_CHAT_HEADER = re.compile(
    r"(?m)^(?:[A-Z]{1,3}[ \t]+)?(?P<name>[^\W\d_][^\n\d@]{1,60}?)(?:[ \t]+\((?:External|Extern|Externe|Externo)\))?"
    r"[ \t]+(?P<when>\d{1,2}[/.]\d{1,2}[/.]\d{4},?[ \t]+\d{1,2}:\d{2})[ \t]*\n[ \t]*"
    r"(?P<addr>[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)[ \t]*\n"
)


def chat_messages(doc: Document, dt_: DocText, dayfirst: bool) -> list[_Message]:
    """The messages of a chat printed to PDF, each with its author's address and time; [] for other documents."""
    text = dt_.text
    if not _CHAT_MARKER.search(text):
        return []
    heads = list(_CHAT_HEADER.finditer(text))
    messages = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        sent = parse_datetime_loose(m.group("when"), dayfirst=dayfirst)
        messages.append(
            _Message(
                doc=doc, sender=Address(m.group("name").strip(), m.group("addr")), subject="",
                own_text=text[m.end() : end].strip(), quoted=[], forwarded=False,
                date=sent.date() if sent else None, printed=True, dayfirst=dayfirst, chat=True,
            )
        )  # fmt: skip
    return messages
