"""E-mail conversations (issue 14): every message of a thread once, oldest first, with the side that wrote it.

The e-mails are built here and split by the extractors' own code (``fill_email``), as a .msg or
.eml of a bundle would be. The claim is Contoso Ltd (customer, contoso.com, contact John Doe)
and Fabrikam, Inc. (partner, fabrikam.com, contact Priya Kaur).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from poe_reviewer.documents.eml import fill_email
from poe_reviewer.documents.model import Address, Document, EmailInfo
from poe_reviewer.findings.conversation import (
    Conversation,
    ConversationMessage,
    Sender,
    build_conversations,
    conversation_of,
    parse_sender,
    parse_sent,
    strip_subject_prefixes,
    subject_key,
    text_key,
)
from poe_reviewer.policy import load_policy
from tests.builders import make_claim

UTC = dt.UTC
CLAIM = make_claim()
POLICY = load_policy()


def mail(
    path: str,
    sender: str,
    subject: str,
    body: str,
    date: dt.datetime | None,
    *,
    children: tuple[Document, ...] = (),
) -> Document:
    """An e-mail as the extractors leave it: envelope, own words and quoted messages split from the body."""
    name, _, address = sender.partition(" <")
    doc = Document(path=path, role="poe", kind="msg", sha256="0" * 64)
    fill_email(doc, EmailInfo(sender=Address(name, address.rstrip(">")), date=date, subject=subject), body)
    doc.children = list(children)
    return doc


def only(conversations: list[Conversation]) -> Conversation:
    assert len(conversations) == 1, [c.subject for c in conversations]
    return conversations[0]


def words(conversation: Conversation) -> list[str]:
    """The first line of each message's own words, in the order shown."""
    return [m.text.strip().split("\n")[0] for m in conversation.messages]


# -- the pieces -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("RE: Abnahme", "Abnahme"),
        ("AW: WG: Abnahme", "Abnahme"),
        ("Fwd: Re: RE[2]: Abnahme", "Abnahme"),
        ("TR : RE : Réception des travaux", "Réception des travaux"),
        ("SV: VS: Leverans", "Leverans"),
        ("[External] RE: Abnahme", "Abnahme"),
        ("Abnahme", "Abnahme"),
        ("Return on investment", "Return on investment"),  # a word that starts like a prefix is kept
        ("", ""),
    ],
)
def test_reply_and_forward_prefixes_are_stripped_from_subjects(subject: str, expected: str) -> None:
    assert strip_subject_prefixes(subject) == expected


def test_subjects_compare_without_case_dashes_or_spacing() -> None:
    assert subject_key("RE: Intune deployment – Prepare  phase") == subject_key("intune deployment - prepare phase")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jan Petersen <jan.petersen@hanseatic-it.de>", Sender("Jan Petersen", "jan.petersen@hanseatic-it.de")),
        ("Doe, John [mailto:John.Doe@Contoso.com]", Sender("Doe, John", "john.doe@contoso.com")),
        ('"Kaur, Priya" <pkaur@fabrikam.com>', Sender("Kaur, Priya", "pkaur@fabrikam.com")),
        ("John Doe", Sender("John Doe", None)),
        ("pkaur@fabrikam.com", Sender(None, "pkaur@fabrikam.com")),
        (None, Sender(None, None)),
    ],
)
def test_quoted_senders_are_read_into_name_and_address(raw: str | None, expected: Sender) -> None:
    assert parse_sender(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Montag, 11. August 2025 16:40", dt.datetime(2025, 8, 11, 16, 40)),
        ("Dienstag, 3. Juni 2025 um 09:12 Uhr", dt.datetime(2025, 6, 3, 9, 12)),
        ("lundi 11 août 2025 16:40", dt.datetime(2025, 8, 11, 16, 40)),
        ("mardi 3 juin 2025 à 09:12", dt.datetime(2025, 6, 3, 9, 12)),
        ("Wednesday, September 10, 2025 4:12 PM", dt.datetime(2025, 9, 10, 16, 12)),
        ("sometime last week", None),
        (None, None),
    ],
)
def test_quoted_times_are_read_in_several_languages(raw: str | None, expected: dt.datetime | None) -> None:
    assert parse_sent(raw) == expected


def test_the_words_of_a_copy_compare_equal_despite_quoting_marks_wrapping_and_links() -> None:
    original = "Hi Priya,\n\nWe confirm the Intune work (john.doe@contoso.com) is complete. Thanks!"
    quoted = (
        "> Hi Priya,\n>\n> We confirm the Intune work\n"
        "> (john.doe@contoso.com<mailto:john.doe@contoso.com>)\n> is complete.  Thanks!"
    )
    assert text_key(original) == text_key(quoted)


# -- threads ------------------------------------------------------------------------------------------------
REQUEST = (
    "Hallo Herr Doe,\n\nanbei das Abnahmeprotokoll für das Intune-Projekt. Wir würden uns über Ihre "
    "Unterschrift freuen.\n\nViele Grüße\nPriya Kaur"
)
GERMAN_QUOTE = (
    "Von: Priya Kaur <pkaur@fabrikam.com>\nGesendet: Montag, 4. August 2025 09:12\n"
    "An: John Doe <john.doe@contoso.com>\nBetreff: Abnahme Intune\n\n" + REQUEST
)
FRENCH_REPLY = "Bonjour John,\n\nPourriez-vous nous renvoyer le procès-verbal signé ?\n\nCordialement,\nPriya Kaur"
FRENCH_QUOTE = (
    "De : Priya Kaur <pkaur@fabrikam.com>\nEnvoyé : lundi 11 août 2025 16:40\n"
    "À : John Doe <john.doe@contoso.com>\nObjet : RE: Abnahme Intune\n\n" + FRENCH_REPLY
)
CONFIRMATION = "Hello Priya,\n\nThe signed acceptance is attached: Fabrikam completed the Intune work.\n\nJohn"


def test_a_reply_quoting_a_french_header_quoting_a_german_one_reads_oldest_first() -> None:
    reply = mail(
        "POE/AW_ Abnahme.msg",
        "John Doe <john.doe@contoso.com>",
        "AW: RE: Abnahme Intune",
        f"{CONFIRMATION}\n\n{FRENCH_QUOTE}\n\n{GERMAN_QUOTE}",
        dt.datetime(2025, 8, 12, 12, 22, tzinfo=UTC),
    )
    thread = only(build_conversations(CLAIM, POLICY, [reply]))
    assert thread.subject == "Abnahme Intune"
    first, second, third = thread.messages
    assert [first.sent, second.sent, third.sent] == [
        dt.datetime(2025, 8, 4, 9, 12),
        dt.datetime(2025, 8, 11, 16, 40),
        dt.datetime(2025, 8, 12, 12, 22, tzinfo=UTC),
    ]
    assert first.text.startswith("Hallo Herr Doe")
    assert first.sent_as_written == "Montag, 4. August 2025 09:12"
    assert second.text.startswith("Bonjour John")
    assert second.sent_as_written == "lundi 11 août 2025 16:40"
    assert third.text == CONFIRMATION
    assert [m.side for m in thread.messages] == ["partner", "partner", "customer"]
    assert [m.kind for m in thread.messages] == ["reply", "reply", "sent"]
    assert first.sender == Sender("Priya Kaur", "pkaur@fabrikam.com")
    assert third.sender == Sender("John Doe", "john.doe@contoso.com")
    assert [(s.path, s.seen_as, s.position) for s in first.sources] == [("POE/AW_ Abnahme.msg", "quoted", 2)]
    assert third.sources[0].seen_as == "e-mail"
    assert third.email_paths == ("POE/AW_ Abnahme.msg",)


def test_a_forwarded_customer_note_is_the_customers_words_marked_forwarded() -> None:
    forward = mail(
        "POE/FW_ Purview.msg",
        "Priya Kaur <pkaur@fabrikam.com>",
        "FW: Purview project – thank you",
        "Hi team,\n\nPlease use the customer's note below.\n\nPriya\n\n"
        "---------- Forwarded message ---------\nFrom: John Doe <john.doe@contoso.com>\n"
        "Date: Fri, 12 Sep 2025 at 16:20\nSubject: Purview project – thank you\nTo: Priya Kaur <pkaur@fabrikam.com>\n\n"
        "Hi Priya,\n\nThank you to the Fabrikam team for the Purview work.\n\nJohn",
        dt.datetime(2025, 9, 16, 1, 5, tzinfo=UTC),
    )
    note, cover = only(build_conversations(CLAIM, POLICY, [forward])).messages
    assert note.kind == "forwarded"
    assert note.side == "customer"
    assert note.text.startswith("Hi Priya")
    assert note.sent == dt.datetime(2025, 9, 12, 16, 20)
    assert [(s.seen_as, s.position) for s in note.sources] == [("forwarded", 1)]
    assert note.email_paths == ()
    assert note.quoted_in == ("POE/FW_ Purview.msg",)
    assert cover.kind == "sent"
    assert cover.side == "partner"
    assert cover.text.startswith("Hi team")


def johns_reply(date: dt.datetime | None = None) -> Document:
    return mail(
        "POE/RE_ Intune.msg",
        "John Doe <john.doe@contoso.com>",
        "RE: Intune deployment",
        f"{CONFIRMATION}\n\nFrom: Priya Kaur <pkaur@fabrikam.com>\nSent: Wednesday, September 10, 2025 4:12 PM\n"
        f"To: John Doe\nSubject: Intune deployment\n\nHi John,\n\nThe Prepare phase is finished. Could you "
        f"please confirm the phase is complete so we can start Transform next week?\n\nPriya",
        date or dt.datetime(2025, 9, 11, 18, 47, tzinfo=UTC),
    )


def priyas_answer(reply: Document) -> Document:
    """The partner's answer, quoting John's whole reply as a plain-text client does: "> ", re-wrapped."""
    body = next(s.text for s in reply.segments if s.label == "body")
    quoted = "\n".join(f"> {line}".rstrip() for line in body.replace("is attached: ", "is attached:\n").split("\n"))
    return mail(
        "POE/Re_ Intune.eml",
        "Priya Kaur <pkaur@fabrikam.com>",
        "Re: RE: Intune deployment",
        f"Thanks John, Transform starts Monday.\n\nOn Thu, 11 Sep 2025 at 18:47, John Doe <john.doe@contoso.com> "
        f"wrote:\n{quoted}\n",
        dt.datetime(2025, 9, 12, 16, 5, tzinfo=UTC),
    )


def test_a_message_seen_as_an_email_and_quoted_under_later_replies_appears_once_with_all_its_sources() -> None:
    reply = johns_reply()
    answer = priyas_answer(reply)
    # the answer comes first in the bundle: the e-mail's own version is still the one kept
    thread = only(build_conversations(CLAIM, POLICY, [answer, reply]))
    assert words(thread) == ["Hi John,", "Hello Priya,", "Thanks John, Transform starts Monday."]
    request, confirmation, last = thread.messages
    assert confirmation.text == CONFIRMATION  # the e-mail's own words, not the "> " copy
    assert confirmation.kind == "sent"
    assert confirmation.side == "customer"
    assert confirmation.sent == dt.datetime(2025, 9, 11, 18, 47, tzinfo=UTC)
    assert [(s.path, s.seen_as) for s in confirmation.sources] == [
        ("POE/RE_ Intune.msg", "e-mail"),
        ("POE/Re_ Intune.eml", "quoted"),
    ]
    assert confirmation.quoted_in == ("POE/Re_ Intune.eml",)
    # the partner's request was quoted in both e-mails (under a header once, under "> " once)
    assert request.kind == "reply"
    assert request.side == "partner"
    assert set(request.paths) == {"POE/RE_ Intune.msg", "POE/Re_ Intune.eml"}
    assert all(s.seen_as == "quoted" for s in request.sources)
    assert last.kind == "sent"
    assert last.side == "partner"
    assert conversation_of([thread], "POE/Re_ Intune.eml") is thread


def test_an_undated_quote_sits_where_its_chain_puts_it() -> None:
    latest = mail(
        "POE/RE_ Intune.eml",
        "Priya Kaur <pkaur@fabrikam.com>",
        "RE: Intune deployment",
        "Great, thanks John.\n\nJohn Doe wrote:\n> We confirm the Intune work is complete.\n>\n"
        "> From: Priya Kaur <pkaur@fabrikam.com>\n> Sent: sometime last week\n> To: John Doe\n"
        "> Subject: Intune deployment\n>\n> Could you please confirm the Intune work is complete?\n>\n"
        "> On Mon, 1 Sep 2025 at 09:00, Aisha Bello <aisha.bello@contoso.com> wrote:\n"
        ">> Please send me the status of the Intune roll-out.\n",
        dt.datetime(2025, 9, 12, 8, 0, tzinfo=UTC),
    )
    thread = only(build_conversations(CLAIM, POLICY, [latest]))
    assert words(thread) == [
        "Please send me the status of the Intune roll-out.",
        "Could you please confirm the Intune work is complete?",
        "We confirm the Intune work is complete.",
        "Great, thanks John.",
    ]
    status, request, confirmation, _ = thread.messages
    assert status.sent == dt.datetime(2025, 9, 1, 9, 0)
    assert status.side == "customer"
    assert request.sent is None
    assert request.sent_as_written == "sometime last week"
    assert confirmation.sent is None
    assert confirmation.sent_as_written is None
    assert confirmation.sender == Sender("John Doe", None)
    assert confirmation.side == "customer"


def test_the_chain_wins_over_a_quoted_local_time_that_reads_later_than_the_reply() -> None:
    # sent at 9:30 in Berlin (07:30 UTC), quoted without a zone; the reply went out at 08:00 UTC
    reply = mail(
        "POE/RE_ Intune.msg",
        "John Doe <john.doe@contoso.com>",
        "RE: Intune",
        "Confirmed.\n\nFrom: Priya Kaur <pkaur@fabrikam.com>\nSent: Thursday, September 11, 2025 9:30 AM\n"
        "To: John Doe\nSubject: Intune\n\nPlease confirm.",
        dt.datetime(2025, 9, 11, 8, 0, tzinfo=UTC),
    )
    assert words(only(build_conversations(CLAIM, POLICY, [reply]))) == ["Please confirm.", "Confirmed."]


def test_emails_group_by_subject_without_prefixes_and_emails_attached_inside_emails_count() -> None:
    inner = mail(
        "POE/cover.msg!/AW_ Abnahme.msg",
        "John Doe <john.doe@contoso.com>",
        "AW: WG: Abnahme",
        "Abnahme erteilt.",
        dt.datetime(2025, 8, 12, tzinfo=UTC),
    )
    cover = mail(
        "POE/cover.msg",
        "Priya Kaur <pkaur@fabrikam.com>",
        "Invoice 4711",
        "The invoice, and the customer's acceptance attached.",
        dt.datetime(2025, 8, 13, tzinfo=UTC),
        children=(inner,),
    )
    request = mail(
        "POE/Abnahme.msg",
        "Priya Kaur <pkaur@fabrikam.com>",
        "Abnahme",
        "Bitte um Abnahme.",
        dt.datetime(2025, 8, 11, tzinfo=UTC),
    )
    conversations = build_conversations(CLAIM, POLICY, [cover, request])
    assert [c.subject for c in conversations] == ["Invoice 4711", "Abnahme"]
    acceptance = conversation_of(conversations, "POE/cover.msg!/AW_ Abnahme.msg")
    assert acceptance is conversations[1]
    assert words(acceptance) == ["Bitte um Abnahme.", "Abnahme erteilt."]
    assert conversation_of(conversations, "POE/other.pdf") is None


def test_emails_without_subjects_fall_back_to_one_conversation() -> None:
    first = mail("a.eml", "Priya Kaur <pkaur@fabrikam.com>", "", "Done?", dt.datetime(2025, 9, 1, tzinfo=UTC))
    second = mail("b.eml", "John Doe <john.doe@contoso.com>", "", "Done.", dt.datetime(2025, 9, 2, tzinfo=UTC))
    thread = only(build_conversations(CLAIM, POLICY, [second, first]))
    assert thread.subject == ""
    assert words(thread) == ["Done?", "Done."]


def test_different_words_or_different_senders_stay_different_messages() -> None:
    one = mail(
        "a.eml", "John Doe <john.doe@contoso.com>", "RE: X", "Thanks, all good.", dt.datetime(2025, 9, 1, tzinfo=UTC)
    )
    other = mail(
        "b.eml",
        "Aisha Bello <aisha.bello@contoso.com>",
        "RE: X",
        "Thanks, all good.",
        dt.datetime(2025, 9, 1, tzinfo=UTC),
    )
    later = mail(
        "c.eml",
        "John Doe <john.doe@contoso.com>",
        "RE: X",
        "Thanks, all good now.",
        dt.datetime(2025, 9, 9, tzinfo=UTC),
    )
    assert len(only(build_conversations(CLAIM, POLICY, [one, other, later])).messages) == 3


def test_sides_come_from_the_address_else_the_name() -> None:
    reply = mail(
        "POE/RE_ X.msg",
        "John Doe <john.doe@gmail.com>",  # the customer's contact, writing from a personal mailbox
        "RE: X",
        "Confirmed.\n\nFrom: Priya Kaur\nSent: Monday, September 1, 2025 9:00 AM\nTo: John Doe\nSubject: X\n\n"
        "Please confirm.",
        dt.datetime(2025, 9, 2, tzinfo=UTC),
    )
    request, confirmation = only(build_conversations(CLAIM, POLICY, [reply])).messages
    assert request.sender == Sender("Priya Kaur", None)
    assert request.side == "partner"
    assert confirmation.side == "unknown"  # an address elsewhere is not the customer's for its name
    unknown = only(build_conversations(None, None, [reply])).messages
    assert [m.side for m in unknown] == ["unknown", "unknown"]  # without the claim, no side is told


def test_the_model_is_frozen_and_an_empty_bundle_has_no_conversations() -> None:
    thread = only(build_conversations(CLAIM, POLICY, [johns_reply()]))
    with pytest.raises(dataclasses.FrozenInstanceError):
        thread.messages[0].text = "changed"  # type: ignore[misc]
    assert isinstance(thread.messages, tuple)
    assert isinstance(thread.messages[0], ConversationMessage)
    assert build_conversations(CLAIM, POLICY, [Document(path="a.pdf", role="poe", kind="pdf", sha256="0" * 64)]) == []
