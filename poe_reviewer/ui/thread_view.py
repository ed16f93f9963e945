"""The thread view of the document viewer: the messages of an e-mail conversation, oldest first.

Why: a reviewer judging a customer's acknowledgement must see who said what and when, not one
e-mail with its history folded under it. Each message of the conversation
(:mod:`poe_reviewer.findings.conversation`) is one block: the sender with a badge for the side
(customer, partner, unknown), the time, whether it is an e-mail of the bundle, a quoted reply or a
forwarded message, the author's own words, and where it was seen. The customer's own words are
tinted and labelled, so they stand out from the partner's text quoted around them.

Rich text for the viewer's :class:`~poe_reviewer.ui.viewer_text.DocumentBrowser` (which loads
nothing): every value is escaped; the only links are ``poe-open:`` links to the bundle's own
documents. Colours are set for text and background together, so a block reads the same whatever
the theme's text colour.
"""

from __future__ import annotations

import datetime as dt
import html
from urllib.parse import quote

from poe_reviewer.documents.eml import format_date
from poe_reviewer.findings.conversation import Conversation, ConversationMessage, subject_key
from poe_reviewer.ui.viewer_tree import display_name

#: Own words longer than this are cut for display, with a note (the single message view shows all).
MAX_MESSAGE_CHARS = 40_000

# (strip, tint, badge background, badge text) per side: the customer's green and tinted, the
# partner's blue and an unknown sender's grey on a near-white that only sets the blocks apart.
_SIDE_COLOURS = {
    "customer": ("#2e7d32", "#e8f5e9", "#1b5e20", "customer"),
    "partner": ("#3b6fb6", "#f5f7fa", "#2a5291", "partner"),
    "unknown": ("#8a8a8a", "#f5f7fa", "#5f5f5f", "unknown side"),
}
_KIND_TEXT = {
    "sent": "e-mail in the bundle",
    "reply": "quoted reply",
    "forwarded": "forwarded",
}
_TEXT = "#1d1d1d"
_MUTED = "#5a5a5a"

_STYLE = f"""
<style>
body {{ font-size: 10.5pt; }}
p.thread {{ color: {_MUTED}; margin: 2px 0 8px 0; }}
p.who {{ margin: 0; }}
p.meta {{ color: {_MUTED}; font-size: 9pt; margin: 2px 0 0 0; }}
p.words {{ color: {_TEXT}; margin: 6px 0 4px 0; white-space: pre-wrap; }}
p.seen {{ color: {_MUTED}; font-size: 9pt; margin: 4px 0 0 0; }}
a {{ color: #1f4e9a; }}
</style>
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _link(path: str) -> str:
    return f'<a href="poe-open:{quote(path, safe="")}">{_esc(display_name(path))}</a>'


def _links(paths: tuple[str, ...]) -> str:
    return "; ".join(_link(p) for p in paths)


def _time(moment: dt.datetime) -> str:
    # as the e-mail's header block writes it; a quoted header's time names no zone: none is made up
    return format_date(moment) if moment.tzinfo is not None else f"{moment:%Y-%m-%d %H:%M}"


def _when(message: ConversationMessage) -> str:
    written = message.sent_as_written
    if message.sent is not None:
        shown = _esc(_time(message.sent))
        if written and written.strip():
            # the quoted header's own words: the reader checks the date was read right
            shown += f' <span style="color: {_MUTED};">(written “{_esc(written.strip())}”)</span>'
        return shown
    if written and written.strip():
        return f"{_esc(written.strip())} <i>(date not read)</i>"
    return "<i>undated</i>"


def _badge(side: str) -> str:
    _strip, _tint, background, label = _SIDE_COLOURS.get(side, _SIDE_COLOURS["unknown"])
    return (
        f'<span style="background-color: {background}; color: #ffffff; font-weight: bold; font-size: 9pt;">'
        f"&nbsp;{_esc(label.upper())}&nbsp;</span>"
    )


def _sender(message: ConversationMessage) -> str:
    name, address = message.sender.name, message.sender.address
    if name and address:
        return f'<b>{_esc(name)}</b> <span style="color: {_MUTED};">&lt;{_esc(address)}&gt;</span>'
    if address:
        return f"<b>{_esc(address)}</b>"
    if name:
        return f'<b>{_esc(name)}</b> <span style="color: {_MUTED};"><i>(no address)</i></span>'
    return "<i>(sender not written)</i>"


def _seen(message: ConversationMessage) -> str:
    if message.email_paths:
        where = f"E-mail: {_links(message.email_paths)}"
        others = message.quoted_in
    else:
        first = message.sources[0]
        verb = "Forwarded in" if first.seen_as == "forwarded" else "Quoted in"
        where = f"{verb}: {_link(first.path)}"
        others = tuple(p for p in message.quoted_in if p != first.path)
    if others:
        where += f" &nbsp;·&nbsp; <b>also quoted in:</b> {_links(others)}"
    return where


def _words(message: ConversationMessage) -> str:
    text = message.text.strip("\n")
    if not text.strip():
        return f'<p class="words"><i style="color: {_MUTED};">(no words of its own)</i></p>'
    note = ""
    if len(text) > MAX_MESSAGE_CHARS:
        text = text[:MAX_MESSAGE_CHARS]
        note = f'<p class="meta"><i>Only the first {MAX_MESSAGE_CHARS:,} characters are shown.</i></p>'
    return f'<p class="words">{_esc(text)}</p>{note}'


def _block(message: ConversationMessage, number: int, thread_subject: str, current_path: str | None) -> str:
    strip, tint, _badge_bg, _label = _SIDE_COLOURS.get(message.side, _SIDE_COLOURS["unknown"])
    kind = _KIND_TEXT[message.kind]
    if message.kind == "forwarded":
        kind = f"<b>{kind}</b> (only a forwarded copy is in the bundle)"
    this = current_path is not None and current_path in message.email_paths
    marks = [f"#{number}", _when(message), kind]
    if this:
        marks.append("<b>this e-mail</b>")
    meta = " &nbsp;·&nbsp; ".join(marks)
    subject = ""
    if message.subject.strip() and subject_key(message.subject) != subject_key(thread_subject):
        subject = f'<p class="meta">Subject: {_esc(message.subject.strip())}</p>'
    own = ""
    if message.side == "customer":
        own = '<p class="meta" style="color: #1b5e20;"><b>The customer\'s own words:</b></p>'
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin: 0 0 10px 0;"><tr>'
        f'<td width="5" bgcolor="{strip}">&nbsp;</td>'
        f'<td bgcolor="{tint}" style="padding: 6px 10px 6px 10px; color: {_TEXT};">'
        f'<p class="who">{_sender(message)} &nbsp;{_badge(message.side)}</p>'
        f'<p class="meta">{meta}</p>{subject}{own}{_words(message)}'
        f'<p class="seen">{_seen(message)}</p>'
        "</td></tr></table>"
    )


def thread_html(conversation: Conversation, current_path: str | None = None) -> str:
    """The conversation as HTML, one block per message, oldest first; ``current_path`` marks the open e-mail."""
    count = len(conversation.messages)
    customer = sum(1 for m in conversation.messages if m.side == "customer")
    subject = conversation.subject
    title = _esc(subject) if subject else "<i>(no subject)</i>"
    summary = f"{count} message{'s' if count != 1 else ''}, oldest first"
    if customer:
        summary += f"; {customer} from the customer's side, tinted green"
    else:
        summary += "; none from the customer's side"
    # the title in the theme's own text colour: it sits on the view's background, not on a tinted block
    head = f'<p style="margin: 0;"><b style="font-size: 11pt;">Thread: {title}</b></p><p class="thread">{summary}.</p>'
    blocks = [_block(m, n, subject, current_path) for n, m in enumerate(conversation.messages, start=1)]
    return _STYLE + head + "".join(blocks)
