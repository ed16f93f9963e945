"""The e-mails of a claim as conversations: each message once, oldest first, with the side that wrote it.

Why: a bundle often carries several e-mails of one thread (``.msg``, ``.eml``, e-mails attached
inside e-mails, printed e-mails), and each quotes the earlier ones. Judging whether the customer
acknowledged the work needs the exchange in order, the customer's own words told apart from the
partner's, and each message once however many times it was quoted.

:func:`build_conversations` reads what the extractors already split (:class:`EmailInfo`: the
author's own words and the quoted messages, newest first) and

* groups the e-mails by subject with the reply and forward prefixes stripped (``RE:``, ``AW:``,
  ``FW:``, ``WG:``, ``TR:``, ``SV:``, ...); e-mails without a subject form one conversation, and
  e-mails that share a message join one conversation whatever their subjects;
* collapses duplicates: the same message seen as an e-mail and again quoted under a later reply
  (same sender, same words once quoting marks, line wrapping, case and punctuation are set
  aside) is one message listing every place it was seen; the e-mail's own version is kept over
  a quoted copy;
* orders each conversation oldest first: by the time sent where it could be read, and never
  against a quoted chain (a quoted message is older than the one quoting it), so a message whose
  date cannot be read sits where its chain puts it;
* says whose side wrote each message: the sender's address decides (the claim's customer or
  partner domains); a sender written without an address is judged by name (the claim's contacts,
  the company names). A known name at another domain stays ``unknown``: whether that address may
  speak for the customer is the ``customer_domain`` check's question, not the thread's.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from poe_reviewer.claim import Claim
from poe_reviewer.dates import dayfirst_for, parse_datetime_loose
from poe_reviewer.documents.model import Address, Document, EmailInfo
from poe_reviewer.domains import DomainRules, email_domain
from poe_reviewer.findings.parties import Parties, Side, same_person
from poe_reviewer.policy import Policy

#: ``sent``: the e-mail itself is in the bundle; ``reply``: known only as quoted under a reply;
#: ``forwarded``: known only as forwarded inside another e-mail.
MessageKind = Literal["sent", "reply", "forwarded"]
#: Where a message was seen: as the e-mail itself, quoted under a reply in it, or forwarded in it.
SeenAs = Literal["e-mail", "quoted", "forwarded"]

# Reply and forward prefixes in the languages mail clients write them, with counters ("RE[2]:")
# and list or warning tags ("[External]") in front.
_SUBJECT_PREFIX_RX = re.compile(
    r"^\s*(?:\[[^\]]{0,60}\]\s*|\((?:external|extern|externe)\)\s*|"
    r"(?:re|aw|antw|antwort|fw|fwd|wg|tr|sv|vs|vb|rv|enc|r|réf|ref|rif|odp|pd|fs|doorst|ynt|ilt|"
    r"答复|回复|回覆|转发|轉寄|件名)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)",
    re.IGNORECASE,
)
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "―": "-"})
_ADDRESS_RX = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# Words between a date and its time ("Dienstag, 3. Juni 2025 um 09:12 Uhr", "mardi 3 juin 2025 à 09:12")
# hide the time from the date reader.
_TIME_CONNECTOR_RX = re.compile(r"\s+(?:um|à|a las|alle|at|om|kl\.?|klo|о)\s+(?=\d)", re.IGNORECASE)
_UHR_RX = re.compile(r"(?<=\d)\s*Uhr\b", re.IGNORECASE)
# What quoting and plain-text conversion add to a copy of a message, not its words.
_ARTEFACT_RX = re.compile(r"<mailto:[^>]*>|\[mailto:[^\]]*\]|\[cid:[^\]]*\]|<https?://[^>]*>", re.IGNORECASE)
_QUOTE_MARKS_RX = re.compile(r"^(?:[ \t]*>)+[ \t]?", re.MULTILINE)
_WORD_RX = re.compile(r"\w+")
#: How much of a message's words identifies it (a quoted copy may be cut or carry a longer footer).
_KEY_CHARS = 200
#: Shorter than this, two messages' words must be equal, not merely one the start of the other.
_PREFIX_MIN = 24
#: Two readings of one message's time differ at most by this: quoted times are the writer's local
#: time without a zone, the e-mail's own is UTC.
_SAME_TIME_SLACK = dt.timedelta(hours=26)


@dataclass(frozen=True)
class Sender:
    """Who wrote a message: the display name and the address, as far as they were written."""

    name: str | None
    address: str | None

    def __str__(self) -> str:
        if self.name and self.address:
            return f"{self.name} <{self.address}>"
        return self.address or self.name or ""


@dataclass(frozen=True)
class MessageSource:
    """One place a message was seen: a document of the bundle, as the e-mail itself or inside it."""

    path: str
    seen_as: SeenAs
    #: 0 for the e-mail itself; n for the n-th message quoted in it (1 is the newest quoted).
    position: int = 0


@dataclass(frozen=True)
class ConversationMessage:
    """A message of a conversation, once, however many times it was seen."""

    sender: Sender
    #: When it was sent, where that could be read (aware for an e-mail's own header; a quoted
    #: header's time is the writer's local time, naive).
    sent: dt.datetime | None
    #: The quoted header's time as written ("Montag, 11. August 2025 16:40"), None for an e-mail's own.
    sent_as_written: str | None
    subject: str
    #: The author's own words: what was written above the messages it quotes.
    text: str
    kind: MessageKind
    side: Side
    #: Every place it was seen; the first is the version shown (the e-mail itself where there is one).
    sources: tuple[MessageSource, ...]

    @property
    def paths(self) -> tuple[str, ...]:
        """The documents it was seen in, each once."""
        return tuple(dict.fromkeys(s.path for s in self.sources))

    @property
    def email_paths(self) -> tuple[str, ...]:
        """The documents that are this message itself."""
        return tuple(dict.fromkeys(s.path for s in self.sources if s.seen_as == "e-mail"))

    @property
    def quoted_in(self) -> tuple[str, ...]:
        """The documents it was quoted or forwarded in (not those that are the message itself)."""
        own = set(self.email_paths)
        return tuple(p for p in dict.fromkeys(s.path for s in self.sources if s.seen_as != "e-mail") if p not in own)


@dataclass(frozen=True)
class Conversation:
    """The messages of one thread, oldest first."""

    #: The thread's subject without reply and forward prefixes ("" when no e-mail of it has one).
    subject: str
    messages: tuple[ConversationMessage, ...]

    @property
    def paths(self) -> tuple[str, ...]:
        """Every document a message of the conversation was seen in."""
        return tuple(dict.fromkeys(p for m in self.messages for p in m.paths))

    def includes(self, path: str) -> bool:
        return any(path in m.paths for m in self.messages)


# -- reading the pieces ---------------------------------------------------------------------------------
def subject_key(subject: str | None) -> str:
    """A subject compared across a thread: prefixes stripped, case, dashes and spaces made alike."""
    return " ".join(strip_subject_prefixes(subject).translate(_DASHES).casefold().split())


def strip_subject_prefixes(subject: str | None) -> str:
    """The subject without its reply and forward prefixes (``AW: WG: RE[2]: Abnahme`` -> ``Abnahme``)."""
    text = (subject or "").strip()
    while True:
        stripped = _SUBJECT_PREFIX_RX.sub("", text, count=1)
        if stripped == text:
            return text
        text = stripped.strip()


def parse_sender(raw: str | None) -> Sender:
    """A sender as a quoted header wrote it (``Jan Petersen <jan@hanseatic-it.de>``, ``Doe, John
    [mailto:john@contoso.com]``, ``John Doe``, ``john@contoso.com``)."""
    if not raw or not raw.strip():
        return Sender(None, None)
    m = _ADDRESS_RX.search(raw)
    address = m.group(0).strip(".'") if m else None
    name = raw
    if m:
        name = raw[: m.start()] + raw[m.end() :]
    name = re.sub(r"mailto:", "", name, flags=re.IGNORECASE)
    name = re.sub(r"[<>\[\]()]", " ", name)
    name = " ".join(name.split()).strip(" \"',;")
    return Sender(name or None, address.lower() if address else None)


def parse_sent(raw: str | None, *, dayfirst: bool = False) -> dt.datetime | None:
    """The time of a quoted header's ``Sent:``/``Gesendet:``/``Envoyé :`` value, or None."""
    if not raw or not raw.strip():
        return None
    text = _UHR_RX.sub("", _TIME_CONNECTOR_RX.sub(" ", raw))
    return parse_datetime_loose(text, dayfirst=dayfirst)


def text_key(text: str) -> str:
    """The start of a message's words, as compared between its copies: quoting marks, links added by
    plain-text conversion, line wrapping, case and punctuation set aside."""
    plain = _QUOTE_MARKS_RX.sub("", _ARTEFACT_RX.sub(" ", text))
    return " ".join(_WORD_RX.findall(plain.casefold()))[:_KEY_CHARS]


def sender_side(sender: Sender, parties: Parties | None) -> Side:
    """Whose side a sender is on: by address where there is one, else by name (see the module docstring)."""
    if parties is None:
        return "unknown"
    domain = email_domain(sender.address)
    if domain:
        return parties.domain_side(domain) or "unknown"
    if sender.name:
        return parties.name_side(sender.name) or parties.org_in(sender.name) or "unknown"
    return "unknown"


# -- what was seen, before duplicates are collapsed -----------------------------------------------------
@dataclass
class _Seen:
    path: str
    seen_as: SeenAs
    position: int
    sender: Sender
    sent: dt.datetime | None
    sent_as_written: str | None
    subject: str
    text: str
    key: str = ""

    def __post_init__(self) -> None:
        self.key = text_key(self.text)


@dataclass
class _Message:
    """A message being collapsed: the sightings of it, the first being the version shown."""

    seen: list[_Seen] = field(default_factory=list)

    @property
    def first(self) -> _Seen:
        return self.seen[0]


def _from_address(addr: Address | None) -> Sender:
    if addr is None:
        return Sender(None, None)
    return Sender(addr.name or None, addr.email.lower() if addr.email else None)


def _email_words(doc: Document, info: EmailInfo) -> str:
    if info.own_text.strip() or info.quoted:
        return info.own_text
    # an e-mail whose body was not split (nothing quoted, no own words recorded): its body is its words
    return next((s.text for s in doc.segments if s.label == "body"), "")


def _chain(doc: Document, info: EmailInfo, dayfirst: bool) -> list[_Seen]:
    """The e-mail itself, then the messages quoted in it, newest first."""
    chain = [
        _Seen(
            path=doc.path,
            seen_as="e-mail",
            position=0,
            sender=_from_address(info.sender),
            sent=info.date,
            sent_as_written=None,
            subject=info.subject or "",
            text=_email_words(doc, info),
        )
    ]
    for n, quoted in enumerate(info.quoted, start=1):
        chain.append(
            _Seen(
                path=doc.path,
                seen_as="forwarded" if quoted.kind == "forward" else "quoted",
                position=n,
                sender=parse_sender(quoted.sender),
                sent=parse_sent(quoted.sent, dayfirst=dayfirst),
                sent_as_written=quoted.sent,
                subject=quoted.subject or "",
                text=quoted.text,
            )
        )
    return chain


# -- collapsing duplicates ------------------------------------------------------------------------------
def _name_or_mailbox(sender: Sender) -> str | None:
    if sender.name:
        return sender.name
    if sender.address:
        # john.doe@contoso.com against a quote that names only "John Doe"
        return re.sub(r"[._-]+", " ", sender.address.split("@", 1)[0])
    return None


def _same_sender(a: Sender, b: Sender) -> bool:
    if not (a.name or a.address) or not (b.name or b.address):
        return True  # a quote without a sender: its words decide
    if a.address and b.address:
        return a.address == b.address
    return same_person(_name_or_mailbox(a), _name_or_mailbox(b))


def _same_words(a: str, b: str) -> bool:
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) < _PREFIX_MIN:
        return shorter == longer
    return longer.startswith(shorter)


def _utc_naive(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _far_apart(a: dt.datetime | None, b: dt.datetime | None) -> bool:
    """Two times that cannot be one message's (False when either is unknown)."""
    return a is not None and b is not None and abs(_utc_naive(a) - _utc_naive(b)) > _SAME_TIME_SLACK


def _same_message(m: _Message, s: _Seen) -> bool:
    for other in m.seen:
        if not _same_sender(other.sender, s.sender):
            return False
        if _far_apart(other.sent, s.sent):
            return False
    first = m.first
    if not first.key and not s.key:
        # no words of its own (a bare forward): the same only under the same subject
        return bool(first.subject) and subject_key(first.subject) == subject_key(s.subject)
    return bool(first.key) and bool(s.key) and _same_words(first.key, s.key)


def _collapse(chains: Sequence[list[_Seen]]) -> tuple[list[_Message], list[list[int]]]:
    """The distinct messages, and each chain as indices into them."""
    messages: list[_Message] = []
    index: dict[int, int] = {}
    # the e-mails themselves first, so that a message's shown version is its own e-mail where there is one
    order = [(c, i) for c, chain in enumerate(chains) for i in range(len(chain)) if i == 0]
    order += [(c, i) for c, chain in enumerate(chains) for i in range(1, len(chain))]
    for c, i in order:
        seen = chains[c][i]
        found = next((k for k, m in enumerate(messages) if _same_message(m, seen)), None)
        if found is None:
            messages.append(_Message([seen]))
            found = len(messages) - 1
        else:
            messages[found].seen.append(seen)
        index[id(seen)] = found
    return messages, [[index[id(s)] for s in chain] for chain in chains]


# -- grouping and ordering ------------------------------------------------------------------------------
def _groups(chains: Sequence[list[_Seen]], indices: Sequence[list[int]]) -> list[list[int]]:
    """Chains of one conversation: the same subject, or a message in common."""
    parent = list(range(len(chains)))

    def root(c: int) -> int:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    def join(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_subject: dict[str, int] = {}
    by_message: dict[int, int] = {}
    for c, chain in enumerate(chains):
        own = chain[0].subject or next((s.subject for s in chain[1:] if s.subject), "")
        join(c, by_subject.setdefault(subject_key(own), c))
        for k in indices[c]:
            join(c, by_message.setdefault(k, c))
    groups: dict[int, list[int]] = {}
    for c in range(len(chains)):
        groups.setdefault(root(c), []).append(c)
    return list(groups.values())


def _order(members: list[int], messages: Sequence[_Message], chains: Sequence[list[int]]) -> list[int]:
    """Oldest first: the quoted chains are the rule (a quoted message is older than the one quoting
    it), the time sent orders what the chains leave open; an undated message sits right below the
    newest message quoting it."""
    newer: dict[int, set[int]] = {k: set() for k in members}  # k -> messages that quote k (directly)
    for chain in chains:
        for newer_k, older_k in itertools.pairwise(chain):
            if newer_k != older_k:
                newer[older_k].add(newer_k)
    when: dict[int, dt.datetime] = {}
    for k in members:
        sent = next((s.sent for s in messages[k].seen if s.sent is not None), None)
        if sent is not None:
            when[k] = _utc_naive(sent)
    first_seen = {k: n for n, k in enumerate(members)}

    def estimate(k: int) -> tuple[dt.datetime, int]:
        if k in when:
            return when[k], 0
        # the nearest dated message quoting it, then how far below it this one was quoted
        for chain in chains:
            if k in chain:
                at = chain.index(k)
                for step, above in enumerate(reversed(chain[:at]), start=1):
                    if above in when:
                        return when[above], -step
        return dt.datetime.max, 0

    key = {k: (*estimate(k), first_seen[k]) for k in members}
    waiting = {k: sum(1 for n in members if k in newer[n]) for k in members}  # older messages still to place
    ready = [(key[k], k) for k in members if waiting[k] == 0]
    heapq.heapify(ready)
    placed: list[int] = []
    left = set(members)
    while left:
        if not ready:  # the chains contradict each other: place the earliest of what is left
            k = min(left, key=lambda n: key[n])
            ready.append((key[k], k))
        _, k = heapq.heappop(ready)
        if k not in left:
            continue
        placed.append(k)
        left.discard(k)
        for n in newer[k]:
            waiting[n] -= 1
            if waiting[n] == 0 and n in left:
                heapq.heappush(ready, (key[n], n))
    return placed


def _message(m: _Message, parties: Parties | None) -> ConversationMessage:
    shown = m.first
    name = shown.sender.name or next((s.sender.name for s in m.seen if s.sender.name), None)
    address = shown.sender.address or next((s.sender.address for s in m.seen if s.sender.address), None)
    sender = Sender(name, address)
    dated = next((s for s in m.seen if s.sent is not None), None)
    if any(s.seen_as == "e-mail" for s in m.seen):
        kind: MessageKind = "sent"
    elif any(s.seen_as == "forwarded" for s in m.seen):
        kind = "forwarded"
    else:
        kind = "reply"
    return ConversationMessage(
        sender=sender,
        sent=dated.sent if dated is not None else None,
        sent_as_written=(dated or shown).sent_as_written,
        subject=shown.subject or next((s.subject for s in m.seen if s.subject), ""),
        text=shown.text,
        kind=kind,
        side=sender_side(sender, parties),
        sources=tuple(MessageSource(s.path, s.seen_as, s.position) for s in m.seen),
    )


def _thread_subject(group: list[int], chains: Sequence[list[_Seen]]) -> str:
    for c in group:
        for seen in chains[c]:
            if seen.subject.strip():
                return strip_subject_prefixes(seen.subject)
    return ""


def build_conversations(
    claim: Claim | None,
    policy: Policy | None,
    documents: Iterable[Document],
) -> list[Conversation]:
    """The conversations of the bundle's e-mails (attachments included), in the order their first
    e-mail comes in the bundle. Without the claim and its policy every side is ``unknown``."""
    parties = Parties(claim, DomainRules.from_policy(policy)) if claim is not None and policy is not None else None
    dayfirst = dayfirst_for(claim.customer.country, policy) if claim is not None and policy is not None else False
    chains = [_chain(doc, doc.email, dayfirst) for top in documents for doc in top.walk() if doc.email is not None]
    if not chains:
        return []
    messages, indices = _collapse(chains)
    conversations: list[Conversation] = []
    for group in _groups(chains, indices):
        members = list(dict.fromkeys(k for c in group for k in indices[c]))
        ordered = _order(members, messages, [indices[c] for c in group])
        conversations.append(
            Conversation(
                subject=_thread_subject(group, chains),
                messages=tuple(_message(messages[k], parties) for k in ordered),
            )
        )
    return conversations


def conversation_of(conversations: Iterable[Conversation], path: str) -> Conversation | None:
    """The conversation a document (an e-mail of the bundle) belongs to."""
    return next((c for c in conversations if c.includes(path)), None)
