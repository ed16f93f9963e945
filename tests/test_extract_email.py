"""Email extraction: Outlook .msg, .eml, HTML bodies and the own-words / quoted-history split."""

from __future__ import annotations

import datetime as dt
import functools
import time
from email.message import EmailMessage
from pathlib import Path

import pymupdf
import pytest

from poe_reviewer.documents import registry
from poe_reviewer.documents.htmltext import html_to_text
from poe_reviewer.documents.model import Document
from poe_reviewer.documents.msg import rtf_to_text
from poe_reviewer.documents.thread import is_forward, split_thread
from tests.conftest import HANG_SECONDS, REALWORLD

MSG_FILES = sorted(p.name for p in (REALWORLD / "msg").glob("*.msg"))
EML_FILES = sorted(p.name for p in (REALWORLD / "eml").glob("*.eml"))


@functools.cache
def _extract(folder: str, name: str) -> tuple[Document, float]:
    data = (REALWORLD / folder / name).read_bytes()
    start = time.perf_counter()
    doc = registry.extract_document(data, f"POE/{name}", "poe")
    return doc, time.perf_counter() - start


def _load(realworld: Path, folder: str, name: str) -> Document:
    assert (realworld / folder / name).is_file()
    return _extract(folder, name)[0]


def _assert_clean(doc: Document) -> None:
    """Content or a one-line reason, for the document and every descendant."""
    for d in doc.walk():
        if d.error is not None:
            assert d.error.strip()
            assert "Traceback" not in d.error
            assert 'File "' not in d.error
            assert "\n" not in d.error
        for w in d.warnings:
            assert "Traceback" not in w


# -- every real-world file ----------------------------------------------------------------------
@pytest.mark.realworld
@pytest.mark.parametrize("name", MSG_FILES)
def test_every_outlook_message_loads_or_fails_clearly(realworld: Path, name: str) -> None:
    _load(realworld, "msg", name)
    doc, seconds = _extract("msg", name)
    assert seconds < HANG_SECONDS, f"{name} took {seconds:.1f} s"
    _assert_clean(doc)
    if doc.error is None:
        assert doc.kind == "msg"
        assert doc.email is not None
        labels = [s.label for s in doc.segments]
        assert labels == ["headers", "body"]
        assert doc.segments[0].text.splitlines()[-1].startswith("Subject:")
        assert all(s.page is None for s in doc.segments)
        assert doc.has_text or doc.children or doc.warnings


@pytest.mark.realworld
@pytest.mark.parametrize("name", EML_FILES)
def test_every_eml_loads_or_fails_clearly(realworld: Path, name: str) -> None:
    _load(realworld, "eml", name)
    doc, seconds = _extract("eml", name)
    assert seconds < HANG_SECONDS, f"{name} took {seconds:.1f} s"
    _assert_clean(doc)
    assert doc.error is None
    assert doc.has_text


# -- Outlook specifics ---------------------------------------------------------------------------
@pytest.mark.realworld
def test_sender_smtp_address_and_envelope(realworld: Path) -> None:
    doc = _load(realworld, "msg", "TxtSampleEmail.msg")
    assert doc.email is not None
    assert doc.email.sender is not None
    assert doc.email.sender.email == "Chris.Wilson@leeds.gov.uk"
    assert doc.email.sender.name == "Wilson, Chris"
    assert doc.email.sender.domain == "leeds.gov.uk"
    assert doc.email.date == dt.datetime(2017, 10, 23, 7, 31, 27, tzinfo=dt.UTC)
    assert doc.email.body_format == "text"
    assert doc.email.subject == "TxtSampleEmail"
    assert doc.email.to
    assert doc.email.to[0].email == "Chris.Wilson@leeds.gov.uk"
    headers = doc.segments[0].text
    assert "From: Wilson, Chris <Chris.Wilson@leeds.gov.uk>" in headers
    assert "Sent: 2017-10-23 07:31 UTC" in headers
    assert any(name.lower() == "received" for name, _ in doc.email.headers)
    assert doc.search(r"Genoa and Lucca")
    assert not doc.email.forwarded


@pytest.mark.realworld
def test_exchange_sender_without_smtp_keeps_x500_with_warning_and_forward_is_detected(
    realworld: Path,
) -> None:
    doc = _load(realworld, "msg", "sender_not_found_from_exchange.msg")
    info = doc.email
    assert info is not None
    assert info.sender is not None
    assert info.sender.name == "Myriam VAREME"
    assert info.sender.email is not None
    assert info.sender.email.upper().startswith("/O=EXCHANGELABS")
    assert info.sender.domain is None
    assert any("SMTP address is not stored" in w for w in doc.warnings)
    # "TR:" is a French forward: the quoted partner mail is not the sender's word
    assert info.forwarded
    assert info.quoted
    assert info.quoted[0].kind == "forward"
    assert info.quoted[0].sender is not None
    assert "Cathy GRIMONET" in info.quoted[0].sender
    assert info.quoted[0].subject == "CHANTIER ST CHEF"
    assert "Bonjour" not in info.own_text
    assert "Cordialement" in info.own_text


@pytest.mark.realworld
def test_nested_embedded_messages_three_levels(realworld: Path) -> None:
    doc = _load(realworld, "msg", "msgInMsgInMsg.msg")
    level2 = [c for c in doc.children if c.kind == "msg"]
    assert len(level2) == 1
    assert level2[0].error is None
    assert level2[0].path.startswith("POE/msgInMsgInMsg.msg!/")
    level3 = [c for c in level2[0].children if c.kind == "msg"]
    assert len(level3) == 1
    assert level3[0].error is None
    assert level3[0].email is not None
    assert "テスト" in level3[0].email.subject
    assert level3[0].email.sender is not None
    assert level3[0].email.sender.email == "xmailuser@xmailserver.test"
    names = {c.path.rsplit("!/", 1)[1] for c in doc.walk() if c is not doc}
    assert {"blue.png", "green.png"} <= names


@pytest.mark.realworld
def test_embedded_message_and_pdf_attachment(realworld: Path) -> None:
    doc = _load(realworld, "msg", "attachment_msg_pdf.msg")
    kinds = sorted(c.kind for c in doc.children)
    assert kinds == ["msg", "pdf"]
    inner = next(c for c in doc.children if c.kind == "msg")
    assert inner.email is not None
    assert inner.email.subject == "Test Attachment"
    assert inner.path.endswith("!/Test Attachment.msg")
    outer = _load(realworld, "msg", "EmailWithInnerMailAndAttachments.msg")
    assert sorted(c.path.rsplit("!/", 1)[1] for c in outer.children) == [
        "Inner mail.msg",
        "OUTER 1.pdf",
        "OUTER 2.pdf",
    ]
    inner2 = next(c for c in outer.children if c.kind == "msg")
    assert sorted(c.kind for c in inner2.children) == ["pdf", "pdf"]


@pytest.mark.realworld
def test_inline_image_is_marked_inline(realworld: Path) -> None:
    doc = _load(realworld, "msg", "attachAndInline.msg")
    by_name = {c.path.rsplit("!/", 1)[1]: c for c in doc.children}
    assert set(by_name) == {"attach.png", "image001.png"}
    assert by_name["image001.png"].metadata.get("disposition") == "inline"
    assert "disposition" not in by_name["attach.png"].metadata


@pytest.mark.realworld
def test_calendar_item_is_read_with_a_warning(realworld: Path) -> None:
    doc = _load(realworld, "msg", "testMSG_Appointment.msg")
    assert doc.error is None
    assert "calendar item (IPM.Appointment), not an email" in doc.warnings
    assert doc.email is not None
    assert doc.email.message_class == "IPM.Appointment"
    assert doc.search("meeting to discuss jumping")


@pytest.mark.realworld
def test_fuzzed_message_is_a_clear_error(realworld: Path) -> None:
    name = next(n for n in MSG_FILES if n.startswith("clusterfuzz"))
    doc = _load(realworld, "msg", name)
    assert doc.error is not None
    assert doc.error.startswith("damaged Outlook message:")


@pytest.mark.realworld
def test_ansi_stores_decode_with_their_code_page(realworld: Path) -> None:
    jp = _load(realworld, "msg", "nonUnicodeCP932.msg")
    assert jp.email is not None
    assert jp.email.subject == "日本語 Non Unicode タイトル"
    assert "日本語 Non Unicode 本文" in jp.email.own_text
    assert jp.metadata["code_page"] == "cp932"
    # the HTML body property raises inside extract-msg for this one: the rest must survive
    tw = _load(realworld, "msg", "testMSG_chinese.msg")
    assert tw.error is None
    assert tw.email is not None
    assert tw.email.subject == "Alfresco MSG format testing ( MSG 格式測試 )"
    assert tw.email.sender is not None
    assert tw.email.sender.name == "Tests Chang@FT (張毓倫)"
    assert tw.email.html is not None
    assert "<HTML>" in tw.email.html.upper()
    assert tw.search("中文測試")
    # an "-----Original Message-----" history is split off
    assert tw.email.quoted
    assert tw.email.quoted[0].sender == "Jane Chen@FT (陳惠珍)"
    fr = _load(realworld, "msg", "EmailWithSpecialCharsInSubject.msg")
    assert fr.email is not None
    assert fr.email.subject.startswith("Un sujet bien défini Àéroport mañana")


@pytest.mark.realworld
def test_html_only_body_in_its_own_code_page(realworld: Path) -> None:
    doc = _load(realworld, "msg", "HTMLBodyBinary_CP1251.msg")
    assert doc.email is not None
    assert doc.email.body_format == "html"
    assert doc.segments[1].text == "HTML автоматически"
    assert doc.email.subject == "Subject öäü Subject"


@pytest.mark.realworld
def test_rtf_and_html_stored_bodies(realworld: Path) -> None:
    rtf_only = _load(realworld, "msg", "RtfWithShortRussianString.msg")
    assert rtf_only.search("Имя пользователя")
    empty = _load(realworld, "msg", "200_recipients.msg")
    assert empty.email is not None
    assert len(empty.email.to) == 200
    assert empty.email.body_format == "rtf"
    assert empty.email.html is not None
    assert "the message has no text body" in empty.warnings
    assert any("unsent draft" in w for w in empty.warnings)
    assert empty.email.date is None


@pytest.mark.realworld
def test_signed_messages_record_their_signature_instead_of_a_child(realworld: Path) -> None:
    smime = _load(realworld, "msg", "logsat.com_signatures_valid.msg")
    assert smime.metadata.get("email_signature") == "S/MIME"
    assert smime.children == []
    assert smime.search("valid digitally signed email")
    pgp = _load(realworld, "msg", "gpg_signed.msg")
    assert pgp.metadata.get("email_signature") == "PGP"


def test_rtf_reader_handles_code_pages_unicode_and_skipped_groups() -> None:
    rtf = (
        rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\*\generator Riched20;}"
        rb"Caf\'e9 \u8364? done\par Second line{\*\htmltag <b>}\tab end}"
    )
    assert rtf_to_text(rtf) == "Café € done\nSecond line\tend"
    jp = rb"{\rtf1\ansi\ansicpg932 \'93\'fa\'96\'7b\'8c\'ea\par}"
    assert rtf_to_text(jp) == "日本語\n"


# -- .eml specifics -------------------------------------------------------------------------------
@pytest.mark.realworld
def test_broken_header_folding_and_split_encoded_words_are_repaired(realworld: Path) -> None:
    doc = _load(realworld, "eml", "UTF-8_Test.eml")
    assert doc.kind == "eml"  # sniffed as text (long header block) and handed to the email reader
    info = doc.email
    assert info is not None
    assert info.sender is not None
    assert info.sender.name == "設備予約systemシステム"
    assert info.sender.email == "system@example.com"
    assert info.subject == "【要確認】●普通自転車（ノーパンクタイヤ） 再予約通知 2023/11/29 12:00 - 13:00"
    assert info.date == dt.datetime(2024, 1, 30, 5, 36, 6, tzinfo=dt.UTC)
    assert any("not folded correctly" in w for w in doc.warnings)


@pytest.mark.realworld
def test_eml_attachments_inline_images_and_attached_messages(realworld: Path) -> None:
    doc = _load(realworld, "eml", "TestWithAttachmentsAndInlines.eml")
    info = doc.email
    assert info is not None
    assert info.sender is not None
    assert info.sender.name == "Müller Peter"
    assert info.html is not None
    assert info.body_format == "text"
    names = [c.path.rsplit("!/", 1)[1] for c in doc.children]
    assert "Outlook-facebook.png" in names
    assert "attachment1f.txt" in names
    png = next(c for c in doc.children if c.path.endswith("Outlook-facebook.png"))
    assert png.metadata.get("disposition") == "inline"
    attached = [c for c in doc.children if c.path.rsplit("!/", 1)[1].startswith("attached-message")]
    assert len(attached) == 2
    assert all(c.has_text and "Attachment Content" in c.text for c in attached)
    mbox = _load(realworld, "eml", "testEmailWithPNGAtt.eml")
    assert mbox.kind == "eml"
    assert [c.kind for c in mbox.children] == ["image"]


@pytest.mark.realworld
def test_eml_signature_and_missing_date(realworld: Path) -> None:
    signed = _load(realworld, "eml", "gpg_signed.eml")
    assert signed.metadata.get("email_signature") == "PGP"
    assert signed.children == []  # the RTF alternative is the same body, not an attachment
    assert signed.text.count("This is yet another test.") == 1
    undated = _load(realworld, "eml", "testRFC822_multipart_attachments.eml")
    assert "the email has no Date header" in undated.warnings
    assert undated.email is not None
    assert undated.email.date is None
    assert sorted(c.path.rsplit("!/", 1)[1] for c in undated.children) == ["Test TxtA.txt", "Test TxtB.txt"]


def _pdf_bytes(text: str) -> bytes:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 72), text)
    data: bytes = pdf.tobytes()
    pdf.close()
    return data


def test_built_eml_reply_with_history_and_pdf() -> None:
    msg = EmailMessage()
    msg["From"] = "John Doe <john.doe@contoso.com>"
    msg["To"] = "Priya Kaur <pkaur@fabrikam.com>, =?utf-8?q?J=C3=BCrgen?= <j@fabrikam.com>"
    msg["Cc"] = "ops@contoso.com"
    msg["Subject"] = "RE: Intune deployment sign-off"
    msg["Date"] = "Tue, 03 Jun 2025 09:15:00 +0200"
    msg.set_content(
        "Hi Priya,\n\nWe confirm Fabrikam completed the Intune deployment for 900 devices.\n\nJohn\n\n"
        "From: Priya Kaur <pkaur@fabrikam.com>\n"
        "Sent: Monday, June 2, 2025 10:14 AM\n"
        "To: John Doe <john.doe@contoso.com>\n"
        "Subject: Intune deployment sign-off\n\n"
        "Hi John, please confirm the deployment is complete.\n"
    )
    msg.add_attachment(_pdf_bytes("Statement of work"), maintype="application", subtype="pdf", filename="SOW.pdf")
    doc = registry.extract_document(msg.as_bytes(), "POE/reply.eml", "poe")
    assert doc.error is None
    assert doc.kind == "eml"
    info = doc.email
    assert info is not None
    assert info.sender is not None
    assert info.sender.domain == "contoso.com"
    assert [a.email for a in info.to] == ["pkaur@fabrikam.com", "j@fabrikam.com"]
    assert info.to[1].name == "Jürgen"
    assert [a.email for a in info.cc] == ["ops@contoso.com"]
    assert info.date == dt.datetime(2025, 6, 3, 7, 15, tzinfo=dt.UTC)
    assert info.own_text == (
        "Hi Priya,\n\nWe confirm Fabrikam completed the Intune deployment for 900 devices.\n\nJohn"
    )
    assert len(info.quoted) == 1
    quoted = info.quoted[0]
    assert quoted.sender == "Priya Kaur <pkaur@fabrikam.com>"
    assert quoted.sent == "Monday, June 2, 2025 10:14 AM"
    assert quoted.subject == "Intune deployment sign-off"
    assert quoted.text == "Hi John, please confirm the deployment is complete."
    assert quoted.kind == "reply"
    assert not info.forwarded
    assert [c.kind for c in doc.children] == ["pdf"]
    assert doc.children[0].path == "POE/reply.eml!/SOW.pdf"
    assert doc.segments[0].label == "headers"
    assert "Sent: 2025-06-03 09:15 +02:00" in doc.segments[0].text
    hits = doc.search(r"completed the Intune deployment")
    assert hits
    assert hits[0].page is None
    assert hits[0].bbox is None
    assert hits[0].segment.label == "body"


def test_built_eml_forward_html_only_and_bad_headers() -> None:
    msg = EmailMessage()
    msg["From"] = "Priya Kaur <pkaur@fabrikam.com>"
    msg["Subject"] = "=?utf-8?b?RlcgOiBBY2NlcHRhdGlvbg==?="  # "FW : Acceptation"
    msg.set_content(
        "<html><body><div><b>De :</b> John Doe &lt;john.doe@contoso.com&gt;<br>"
        "<b>Envoyé :</b> lundi 2 juin 2025 10:14<br><b>À :</b> Priya<br><b>Objet :</b> Recette</div>"
        "<p>Nous acceptons les livrables.</p><img src='https://tracker.example/p.gif' alt=''>"
        "<script>alert(1)</script></body></html>",
        subtype="html",
    )
    doc = registry.extract_document(msg.as_bytes(), "POE/fw.eml", "poe")
    info = doc.email
    assert info is not None
    assert info.subject == "FW : Acceptation"
    assert info.body_format == "html"
    assert info.html is not None
    assert info.forwarded
    assert info.own_text == ""
    assert info.quoted[0].kind == "forward"
    assert info.quoted[0].sender == "John Doe <john.doe@contoso.com>"
    assert "alert" not in doc.text
    assert "tracker" not in doc.text
    assert "the email has no Date header" in doc.warnings


def test_text_without_headers_is_not_an_email_but_still_reads() -> None:
    doc = registry.extract_document(b"From: nobody\nThis is not a valid eml.\n", "POE/x.eml", "poe")
    assert doc.error is None
    assert "This is not a valid eml." in doc.text


# -- thread splitting ---------------------------------------------------------------------------
OUTLOOK_CHAIN = """Hi Priya,

Confirmed - Intune is deployed to all 900 devices.

Regards,
John

________________________________
From: Priya Kaur <pkaur@fabrikam.com>
Sent: Monday, June 2, 2025 10:14 AM
To: John Doe <john.doe@contoso.com>; Alice <a@contoso.com>;
 Bob <b@contoso.com>
Subject: Intune deployment sign-off

Hi John, please confirm.

-----Original Message-----
From: John Doe
Sent: Friday, May 30, 2025 9:00 AM
To: Priya Kaur
Subject: RE: kickoff

Earlier text.
"""


def test_split_outlook_reply_chain_newest_first() -> None:
    own, quoted = split_thread(OUTLOOK_CHAIN)
    assert own == "Hi Priya,\n\nConfirmed - Intune is deployed to all 900 devices.\n\nRegards,\nJohn"
    assert [q.sender for q in quoted] == ["Priya Kaur <pkaur@fabrikam.com>", "John Doe"]
    assert [q.sent for q in quoted] == ["Monday, June 2, 2025 10:14 AM", "Friday, May 30, 2025 9:00 AM"]
    assert [q.subject for q in quoted] == ["Intune deployment sign-off", "RE: kickoff"]
    assert [q.text for q in quoted] == ["Hi John, please confirm.", "Earlier text."]
    assert not is_forward("RE: Intune deployment sign-off", OUTLOOK_CHAIN)


def test_split_gmail_attribution_with_nested_quotes() -> None:
    body = (
        "Thanks, all good on our side.\n\n"
        "On Mon, Jun 2, 2025 at 10:14 AM Priya Kaur <pkaur@fabrikam.com>\nwrote:\n\n"
        "> Hi John,\n> please confirm.\n>\n> On Fri, May 30, 2025, John Doe wrote:\n> > older\n"
    )
    own, quoted = split_thread(body)
    assert own == "Thanks, all good on our side."
    assert quoted[0].sender == "Priya Kaur <pkaur@fabrikam.com>"
    assert quoted[0].sent == "Mon, Jun 2, 2025 at 10:14 AM"
    assert quoted[0].text == "Hi John,\nplease confirm."
    assert (quoted[1].sender, quoted[1].sent, quoted[1].text) == ("John Doe", "Fri, May 30, 2025", "older")


def test_split_localized_headers_and_attributions() -> None:
    german = (
        "Passt so.\n\nVon: Priya Kaur <p@fabrikam.com>\nGesendet: Montag, 2. Juni 2025 10:14\n"
        "An: John\nBetreff: Abnahme\n\nBitte bestätigen.\n"
    )
    own, quoted = split_thread(german)
    assert own == "Passt so."
    assert (quoted[0].sender, quoted[0].subject, quoted[0].text) == (
        "Priya Kaur <p@fabrikam.com>",
        "Abnahme",
        "Bitte bestätigen.",
    )
    french = (
        "Bien reçu.\n\nDe : Priya Kaur\nEnvoyé : lundi 2 juin 2025 10:14\nÀ : John Doe\n"
        "Objet : Recette\n\nMerci de confirmer.\n"
    )
    own, quoted = split_thread(french)
    assert own == "Bien reçu."
    assert quoted[0].sent == "lundi 2 juin 2025 10:14"
    assert quoted[0].subject == "Recette"
    am = "Danke!\n\nAm 02.06.2025 um 10:14 schrieb Priya Kaur <p@fabrikam.com>:\n> Bitte bestätigen.\n"
    own, quoted = split_thread(am)
    assert own == "Danke!"
    assert quoted[0].sender == "Priya Kaur <p@fabrikam.com>"
    assert quoted[0].text == "Bitte bestätigen."
    le = "Oui.\n\nLe lun. 2 juin 2025 à 10:14, Priya Kaur <p@fabrikam.com> a écrit :\n> Confirmez ?\n"
    own, quoted = split_thread(le)
    assert own == "Oui."
    assert quoted[0].sender == "Priya Kaur <p@fabrikam.com>"


def test_bottom_posted_reply_keeps_the_authors_words() -> None:
    own, quoted = split_thread("On Mon, Jun 2, 2025, Priya wrote:\n> Please confirm.\n\nConfirmed, thanks.\n")
    assert own == "Confirmed, thanks."
    assert quoted[0].text == "Please confirm."


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "FYI\n\n---------- Forwarded message ---------\nFrom: John Doe <john.doe@contoso.com>\n"
            "Date: Mon, Jun 2, 2025 at 10:14 AM\nSubject: Acceptance\nTo: Priya <p@fabrikam.com>\n\n"
            "We accept.\n",
            "John Doe <john.doe@contoso.com>",
        ),
        (
            "Begin forwarded message:\n\nFrom: John Doe <john.doe@contoso.com>\nSubject: Acceptance\n"
            "Date: 2 June 2025 at 10:14:00 BST\nTo: Priya <p@fabrikam.com>\n\nWe accept.\n",
            "John Doe <john.doe@contoso.com>",
        ),
        (
            "-----Forwarded Message-----\nFrom: John Doe\nSent: Monday\nTo: Priya\nSubject: A\n\nWe accept.\n",
            "John Doe",
        ),
    ],
)
def test_forward_markers(body: str, sender: str) -> None:
    own, quoted = split_thread(body)
    assert quoted[0].kind == "forward"
    assert quoted[0].sender == sender
    assert quoted[0].text == "We accept."
    assert "We accept" not in own


def test_is_forward_by_subject_and_by_top_of_body() -> None:
    for subject in (
        "FW: Sign-off",
        "Fwd: Sign-off",
        "TR: Recette",
        "WG: Abnahme",
        "[EXTERNAL] FW: x",
        "fw : x",
    ):
        assert is_forward(subject, "text")
    assert not is_forward("RE: FW: Sign-off", "We confirm.")  # a reply to a forward speaks for its sender
    assert not is_forward("Sign-off", "We confirm the work.\n\nFrom: A\nSent: Monday\nTo: B\nSubject: C\n\nx")
    assert is_forward("Sign-off", "\n________________\nFrom: A <a@b.com>\nSent: Monday\nTo: B\nSubject: C\n\nx")
    assert is_forward("Sign-off", "---------- Forwarded message ---------\nFrom: A\nDate: Monday\n\nx")
    assert is_forward("Sign-off", "Von: A\nGesendet: Montag\nAn: B\nBetreff: C\n\nx")
    assert not is_forward("Sign-off", "On Mon, Jun 2, 2025, Priya wrote:\n> x")


def test_no_false_split_on_ordinary_text() -> None:
    body = "Engagement period\nFrom: 1 June 2025\nTo: 10 September 2025\n\nWe confirm the deployment."
    own, quoted = split_thread(body)
    assert quoted == []
    assert "From: 1 June 2025" in own


# -- HTML to text ---------------------------------------------------------------------------------
def test_html_to_text_keeps_quotes_links_and_cells_and_drops_scripts() -> None:
    html = (
        "<html><head><title>T</title><style>p{color:red}</style></head><body>"
        "<p>We confirm the <a href='https://x.example'>Intune deployment</a>.<br>Thanks"
        "<img src='cid:logo' alt='Contoso logo'></p>"
        "<blockquote>quoted line<br>second<blockquote>deeper</blockquote></blockquote>"
        "<table>\n <tr>\n  <td> Customer </td>\n  <td>Contoso&nbsp;Ltd</td>\n </tr>\n</table>"
        "<ol><li>one</li><li>two</li></ol><script>alert(1)</script></body></html>"
    )
    text = html_to_text(html)
    lines = text.splitlines()
    assert lines[0] == "We confirm the Intune deployment."
    assert lines[1] == "Thanks Contoso logo"
    assert "> quoted line" in lines
    assert "> second" in lines
    assert "> > deeper" in lines
    assert "Customer | Contoso Ltd" in lines
    assert "1. one" in lines
    assert "2. two" in lines
    assert "alert" not in text
    assert "color" not in text
    assert "https://" not in text


def test_header_block_flattened_onto_one_line() -> None:
    own, quoted = split_thread(
        "Approved.\n\nFrom: Priya Kaur <p@fabrikam.com> Sent: Monday, June 2, 2025 10:14 AM "
        "To: John Doe Subject: Sign-off\n\nPlease approve."
    )
    assert own == "Approved."
    assert quoted[0].sender == "Priya Kaur <p@fabrikam.com>"
    assert quoted[0].sent == "Monday, June 2, 2025 10:14 AM"
    assert quoted[0].subject == "Sign-off"
    assert quoted[0].text == "Please approve."
    assert split_thread("From: the partner side we sent three engineers")[1] == []


# -- sniffing: a container at byte 0 is a container, whatever it carries ------------------------
def _ole_with_stream_at_sector_0(stream_name: str, payload: bytes) -> bytes:
    """A minimal compound (OLE, v3) file whose one stream fills sectors 0-7, right after the header.

    Outlook stores attachment bytes in such streams: a PDF attachment can start at byte 512.
    """
    import struct

    end, free, fat_sect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    data = payload.ljust(4096, b"\0")[:4096]  # >= the mini-stream cutoff: stored in regular sectors
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 9, 0, 4096, end, 0, end, 0)
    struct.pack_into("<I", header, 76, 8)  # the FAT is sector 8
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, free)
    fat = [*range(1, 8), end, fat_sect, end] + [free] * (128 - 10)

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        raw[: len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, nostream, nostream, child)
        struct.pack_into("<II", raw, 116, start, size)
        return bytes(raw)

    directory = (
        entry("Root Entry", 5, 1, end, 0)
        + entry(stream_name, 2, nostream, 0, 4096)
        + entry("", 0, nostream, 0, 0) * 2
    )
    return bytes(header) + data + struct.pack("<128I", *fat) + directory


def test_sniff_reads_the_container_at_byte_0_before_a_pdf_inside_it() -> None:
    import io
    import zipfile

    from poe_reviewer.documents.filetypes import sniff

    pdf = _pdf_bytes("Signed acceptance")
    msg = _ole_with_stream_at_sector_0("__properties_version1.0", pdf)
    assert msg.index(b"%PDF-") == 512  # where a plain search of the first 1024 bytes finds a "PDF"
    assert sniff(msg, "mail.msg") == ("msg", None)
    # a zip (a .docx) whose first entry is a stored PDF: "%PDF-" sits a few bytes after "PK"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("word/media/scan.pdf"), pdf)  # stored, not deflated
        zf.writestr("word/document.xml", "<w:document/>")
    data = buf.getvalue()
    assert data.index(b"%PDF-") < 1024
    assert sniff(data, "poe.docx")[0] == "docx"
    # a PDF with a few bytes of junk before its header is still a PDF
    assert sniff(b"\r\n" * 20 + pdf, "poe.pdf") == ("pdf", None)
