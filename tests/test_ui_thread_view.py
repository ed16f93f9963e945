"""The viewer's thread view (issue 14): an e-mail's whole conversation, oldest first, the customer's words marked.

The thread is the sample claim 3079758 (Contoso's CISO confirms the Intune phase, quoting the
partner's request) plus the partner's answer to it, written here as an .eml the way a mail client
quotes: "On ... wrote:" and every line of John's reply, Priya's request under it, re-wrapped and
marked "> ". So Priya's request is quoted in two e-mails, John's reply is an e-mail of its own and
quoted once: the reviewer must see each once, with where it was seen.
"""

from __future__ import annotations

import email.message
import email.policy
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import extract_document
from poe_reviewer.pipeline import LoadedClaim, load_claim
from poe_reviewer.policy import load_policy
from poe_reviewer.ui import settings
from poe_reviewer.ui.viewer import DocumentPane
from tests.conftest import SAMPLES
from tests.test_ui_viewer import make_pdf
from tests.test_ui_window import REVIEWER, WAIT, open_window

pytest_plugins = ("tests.test_ui_window",)
pytestmark = pytest.mark.gui

SAMPLE = SAMPLES / "3079758_Fabrikam_Contoso_Intune"
JOHNS_REPLY = "POE/RE_ Intune deployment – Prepare phase sign-off.msg"
PRIYAS_ANSWER = "POE/Re_ Transform phase.eml"
PDF = "POE/extra.pdf"


def body_of(doc: Document) -> str:
    return next(s.text for s in doc.segments if s.label == "body")


def priyas_answer(johns_reply: Document) -> bytes:
    """The partner's answer to John's reply, quoting all of it as a plain-text client does."""
    quoted: list[str] = []
    for line in body_of(johns_reply).split("\n"):
        wrapped = textwrap.wrap(line, 66) or [""]
        quoted.extend(f"> {part}".rstrip() for part in wrapped)
    msg = email.message.EmailMessage()
    msg["From"] = "Priya Kaur <pkaur@fabrikam.com>"
    msg["To"] = "John Doe <john.doe@contoso.com>"
    msg["Date"] = "Fri, 12 Sep 2025 09:05:00 -0700"
    msg["Subject"] = "Re: RE: Intune deployment – Prepare phase sign-off"
    body = (
        "Thanks John, we start the Transform phase on Monday.\n\nPriya\n\n"
        "On Thu, 11 Sep 2025 at 18:47, John Doe <john.doe@contoso.com> wrote:\n" + "\n".join(quoted) + "\n"
    )
    msg.set_content(body)
    return msg.as_bytes(policy=email.policy.SMTP)


@pytest.fixture(scope="module")
def sample() -> Iterator[LoadedClaim]:
    loaded = load_claim(SAMPLE)
    yield loaded
    loaded.bundle.close()


def thread_documents(loaded: LoadedClaim) -> list[Document]:
    reply = next(d for d in loaded.documents if d.path == JOHNS_REPLY)
    answer = extract_document(priyas_answer(reply), PRIYAS_ANSWER, "poe")
    pdf = extract_document(make_pdf(1), PDF, "poe")
    return [*loaded.documents, answer, pdf]


@pytest.fixture
def pane(qtbot: Any, sample: LoadedClaim) -> Iterator[DocumentPane]:
    widget = DocumentPane()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    files = {f.path: f.disk_path for f in sample.bundle.files}
    widget.set_claim("3079758", thread_documents(sample), files, claim=sample.bundle.claim, policy=load_policy())
    yield widget
    widget.clear()
    widget.renderer.shutdown()


def shown(pane: DocumentPane) -> str:
    return pane.browser.toPlainText()


def blocks(pane: DocumentPane) -> list[str]:
    """The message blocks of the thread view as the reviewer reads them, top to bottom."""
    text = shown(pane)
    starts = [i for i in range(len(text)) if text.startswith("#", i) and text[i + 1 : i + 2].isdigit()]
    # each block starts with its sender line, just above "#n"
    cut = [text.rfind("\n", 0, text.rfind("\n", 0, s)) + 1 for s in starts]
    return [text[a:b] for a, b in zip(cut, [*cut[1:], len(text)], strict=True)]


def test_the_thread_button_is_there_for_an_email_and_not_for_a_pdf(pane: DocumentPane) -> None:
    assert pane.open_document(PDF)
    assert pane.mode == "pages"
    assert not pane.thread_button.isVisible()
    assert pane.open_document(JOHNS_REPLY)
    assert pane.thread_button.isVisible()
    assert pane.thread_button.isEnabled()
    assert not pane.thread_button.isChecked()  # an e-mail opens as itself
    assert "From" in shown(pane)
    assert "Thread:" not in shown(pane)


def test_the_thread_lists_each_message_once_oldest_first_the_customers_reply_marked(pane: DocumentPane) -> None:
    assert pane.open_document(JOHNS_REPLY)
    pane.thread_button.click()
    assert pane.thread_button.isChecked()
    text = shown(pane)
    assert "Thread: Intune deployment – Prepare phase sign-off" in text
    assert "3 messages, oldest first" in text
    request, reply, answer = blocks(pane)
    # oldest first: the partner's request, the customer's confirmation, the partner's answer
    assert request.startswith("Priya Kaur")
    assert "We have finished the Prepare phase" in request
    assert reply.startswith("John Doe")
    assert "We confirm that Fabrikam has completed" in reply
    assert answer.startswith("Priya Kaur")
    assert "we start the Transform phase on Monday" in answer
    # whose words: the customer's reply is labelled and introduced as the customer's own words
    assert "CUSTOMER" in reply
    assert "The customer's own words" in reply
    assert "PARTNER" in request
    assert "PARTNER" in answer
    assert "customer's own words" not in request + answer
    # the request was quoted in both e-mails: shown once, both sources named
    assert text.count("We have finished the Prepare phase") == 1
    assert "Quoted in: POE/RE_ Intune deployment" in request
    assert "also quoted in: POE/Re_ Transform phase.eml" in request
    # John's reply is an e-mail of the bundle and quoted once more in Priya's answer
    assert text.count("We confirm that Fabrikam has completed") == 1
    assert "E-mail: POE/RE_ Intune deployment" in reply
    assert "also quoted in: POE/Re_ Transform phase.eml" in reply
    assert "this e-mail" in reply
    assert "the whole thread" in pane.status.text()


def test_the_customers_words_are_tinted_the_partners_are_not(pane: DocumentPane) -> None:
    assert pane.open_document(JOHNS_REPLY)
    pane.thread_button.setChecked(True)
    markup = pane.browser.toHtml()
    assert markup.count('bgcolor="#e8f5e9"') == 1  # one customer message, tinted
    assert markup.count('bgcolor="#f5f7fa"') == 2  # the partner's two, only set apart


def test_toggling_back_shows_the_single_message_and_another_email_opens_as_itself(pane: DocumentPane) -> None:
    assert pane.open_document(JOHNS_REPLY)
    pane.thread_button.setChecked(True)
    assert not pane.html_button.isEnabled()  # formatting applies to one message, not the thread
    pane.thread_button.setChecked(False)
    assert "Thread:" not in shown(pane)
    assert "We confirm that Fabrikam" in shown(pane)
    pane.thread_button.setChecked(True)
    assert pane.open_document(PRIYAS_ANSWER)
    assert not pane.thread_button.isChecked()
    assert "Thread:" not in shown(pane)
    pane.thread_button.setChecked(True)
    assert "this e-mail" in blocks(pane)[2]  # the answer is the message marked as open


def test_a_source_link_opens_that_email(pane: DocumentPane, qtbot: Any) -> None:
    assert pane.open_document(JOHNS_REPLY)
    pane.thread_button.setChecked(True)
    href = next(h for h in _hrefs(pane) if "Transform" in h)
    with qtbot.waitSignal(pane.documentOpened, timeout=WAIT) as opened:
        pane.browser.anchorClicked.emit(QUrl(href))
    assert opened.args == [PRIYAS_ANSWER]


def test_evidence_is_shown_in_the_message_itself(pane: DocumentPane) -> None:
    assert pane.open_document(JOHNS_REPLY)
    pane.thread_button.setChecked(True)
    assert pane.open_evidence(JOHNS_REPLY, None, None, "Please go ahead with the Transform phase")
    assert not pane.thread_button.isChecked()
    assert pane.browser.evidence


def test_without_the_claim_the_thread_still_reads_but_names_no_side(qtbot: Any, sample: LoadedClaim) -> None:
    widget = DocumentPane()
    qtbot.addWidget(widget)
    widget.set_claim("3079758", thread_documents(sample), {})
    assert widget.open_document(JOHNS_REPLY)
    widget.thread_button.setChecked(True)
    text = widget.browser.toPlainText()
    assert "3 messages" in text
    assert "CUSTOMER" not in text
    assert "UNKNOWN SIDE" in text
    widget.clear()
    widget.renderer.shutdown()


def _hrefs(pane: DocumentPane) -> list[str]:
    markup = pane.browser.toHtml()
    return [part.split('"', 1)[0] for part in markup.split('href="')[1:]]


def test_the_workbench_passes_the_claim_so_the_customer_is_told_apart(
    qtbot: Any, tmp_path: Path, ui_settings: settings.Settings, no_error_windows: list[Any]
) -> None:
    db = tmp_path / "queue.sqlite3"
    with ReviewQueue(str(db), actor=REVIEWER) as store:
        assert all(not isinstance(o, BaseException) for _p, o in store.import_paths([SAMPLE]))
    window = open_window(qtbot, db, ui_settings)
    viewer = window.viewer
    assert viewer.open_document(JOHNS_REPLY)
    viewer.thread_button.click()
    text = viewer.browser.toPlainText()
    assert "2 messages, oldest first" in text
    assert text.index("We have finished the Prepare phase") < text.index("We confirm that Fabrikam")
    assert "The customer's own words" in text
    assert "CUSTOMER" in text
    window.close()
    QApplication.processEvents()
