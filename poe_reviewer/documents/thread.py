"""Split an email body into the author's own words and the earlier messages quoted below them.

Why this matters: a customer's reply acknowledging the work is valid proof of execution,
but the partner's text quoted under that reply is not the customer's word, and a mail
the partner merely forwarded is no acknowledgement at all. So every email body is cut
at the first quoted or forwarded message:

* Outlook header blocks (``From: … Sent: … To: … Subject: …``, also localized:
  ``Von:/Gesendet:``, ``De :/Envoyé :``, ``Da:/Inviato:``, ...), optionally under a
  ``-----Original Message-----`` line or an underscore rule;
* ``On <date>, <name> wrote:`` attributions (and their translations), usually followed by
  ``> `` quoted lines;
* ``> `` quoted lines on their own;
* forward markers (``---------- Forwarded message ---------``,
  ``Begin forwarded message:``, ``-----Forwarded Message-----``, ...).

:func:`split_thread` returns the own words and the quoted messages newest first;
:func:`is_forward` tells whether the message as a whole forwards another one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from poe_reviewer.documents.model import QuotedMessage

# -- header keys of quoted header blocks, by meaning -------------------------------------------
_KEYS: dict[str, tuple[str, ...]] = {
    "from": (
        "from",
        "von",
        "de",
        "da",
        "van",
        "fra",
        "från",
        "od",
        "от",
        "lähettäjä",
        "kimden",
        "feladó",
        "afzender",
        "remetente",
        "发件人",
        "寄件者",
        "差出人",
        "보낸 사람",
    ),
    "sent": (
        "sent",
        "date",
        "gesendet",
        "datum",
        "envoyé",
        "envoye",
        "enviado",
        "enviada",
        "fecha",
        "inviato",
        "data",
        "verzonden",
        "skickat",
        "sendt",
        "wysłano",
        "отправлено",
        "lähetetty",
        "tarih",
        "dátum",
        "odesláno",
        "verstuurd",
        "发送时间",
        "寄件日期",
        "送信日時",
        "날짜",
        "보낸 날짜",
    ),
    "to": (
        "to",
        "an",
        "à",
        "a",
        "para",
        "aan",
        "til",
        "till",
        "do",
        "кому",
        "vastaanottaja",
        "kime",
        "címzett",
        "komu",
        "收件人",
        "收件者",
        "宛先",
        "받는 사람",
    ),
    "cc": ("cc", "kopie", "copie à", "copie", "copia", "kopia", "копия", "抄送", "副本"),
    "subject": (
        "subject",
        "betreff",
        "objet",
        "asunto",
        "oggetto",
        "onderwerp",
        "emne",
        "ämne",
        "temat",
        "тема",
        "assunto",
        "aihe",
        "konu",
        "tárgy",
        "předmět",
        "主题",
        "主旨",
        "件名",
        "제목",
    ),
    "other": (
        "bcc",
        "reply-to",
        "importance",
        "wichtigkeit",
        "priorität",
        "priority",
        "attachments",
        "anlagen",
        "pièces jointes",
        "anexos",
        "allegati",
        "bijlagen",
        "priorité",
    ),
}
_CANON = {key: canon for canon, keys in _KEYS.items() for key in keys}

_HEADER_RX = re.compile(
    r"^[ \t]*\*{0,2}(?P<key>[^\W\d_][\w .'-]{0,24}?)\*{0,2}[ \t]*[:：][ \t]*\*{0,2}[ \t]*(?P<value>.*?)\s*$"
)
_FORWARD_MARKER_RX = re.compile(
    r"^[ \t]*(?:-{2,}|={2,})[ \t]*(?:forwarded message|forwarded e-?mail|weitergeleitete nachricht|"
    r"message transf[ée]r[ée]|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|"
    r"mensagem encaminhada|videresendt (?:meddelelse|melding)|vidarebefordrat meddelande|"
    r"wiadomość przekazana|пересылаемое сообщение|転送されたメッセージ)[ \t]*(?:-{2,}|={2,})?[ \t]*$",
    re.IGNORECASE,
)
_BEGIN_FORWARD_RX = re.compile(
    r"^[ \t]*(?:begin forwarded message|anfang der weitergeleiteten nachricht|"
    r"d[ée]but du message r[ée]exp[ée]di[ée]|inicio del mensaje reenviado|inizio messaggio inoltrato|"
    r"begin doorgestuurd bericht|início da mensagem reencaminhada)[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
_ORIGINAL_MARKER_RX = re.compile(
    r"^[ \t]*-{2,}[ \t]*(?:original message|ursprüngliche nachricht|originalnachricht|"
    r"message d['’]origine|mensaje original|messaggio originale|oorspronkelijk bericht|"
    r"mensagem original|oprindelig meddelelse|opprinnelig melding|ursprungligt meddelande|"
    r"alkuperäinen viesti|wiadomość oryginalna|исходное сообщение|原始邮件|元のメッセージ)"
    r"[ \t]*-{2,}[ \t]*$",
    re.IGNORECASE,
)
#: "On <when>, <who> wrote:" - the verb comes last.
_ATTRIBUTION_LAST_RX = re.compile(
    r"^[ \t]*(?:On|Le|El|Il giorno|Il|Em|W dniu|Dne|Den|På)\s+(?P<body>.{3,400}?)\s*"
    r"(?:wrote|a écrit|escribió|ha scritto|escreveu|napisał\(a\)|napisał|napsal\(a\)|napsal|skrev)"
    r"[ \t]*[:：][ \t]*$",
    re.IGNORECASE,
)
#: "Am <when> schrieb <who>:" - the verb comes between date and name.
_ATTRIBUTION_MIDDLE_RX = re.compile(
    r"^[ \t]*(?:Am|Op|Den)\s+(?P<when>.{3,200}?)\s+(?:schrieb|schreef|skrev)\s+"
    r"(?P<who>.{1,200}?)[ \t]*[:：][ \t]*$",
    re.IGNORECASE,
)
#: "<who> wrote:" on its own, trusted only when quoted lines follow.
_BARE_WROTE_RX = re.compile(
    r"^[ \t]*(?P<who>\S.{0,150}?)\s+(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu)"
    r"[ \t]*[:：][ \t]*$",
    re.IGNORECASE,
)
_TIME_RX = re.compile(
    r"\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s*(?:UTC|GMT|[A-Z]{3,4}|[+-]\d{2}:?\d{2}))?"
)
#: Header keys that start a new field inside a header block flattened onto one line.
_INLINE_KEYS_RX = re.compile(
    r"\s+(?=\*{0,2}(?:Sent|Date|To|Cc|CC|Subject|Gesendet|An|Betreff|Envoyé|À|Objet|Enviado|Para|Asunto|"
    r"Inviato|Oggetto|Verzonden|Aan|Onderwerp)\*{0,2}[ \t]?[:：]\s)"
)
_QUOTE_RX = re.compile(r"^[ \t]{0,2}>")
_UNQUOTE_RX = re.compile(r"^[ \t]{0,2}> ?")
_SEPARATOR_RX = re.compile(r"^[ \t]*(?:_{4,}|-{4,}|={4,}|\*{4,}|—{2,})[ \t]*$")
_FORWARD_SUBJECT_RX = re.compile(
    r"^\s*(?:\[[^\]]{0,60}\]\s*)*(?:FW|FWD|TR|WG|RV|ENC|Doorst|VB|VL|RIF)\s*(?:\[\d+\])?\s*[:：]",
    re.IGNORECASE,
)
#: Quoting deeper than this is left as text (each level is a recursion).
_MAX_DEPTH = 30


@dataclass
class _Boundary:
    """Where a quoted message starts, what its header said, and where its text starts."""

    kind: str  # "forward", "original", "header", "attribution", "quote"
    start: int
    end: int  # first line after the header (for "quote": after the quoted block)
    body_start: int = 0  # "quote": first quoted line
    sender: str | None = None
    sent: str | None = None
    subject: str | None = None


def _canon(key: str) -> str | None:
    return _CANON.get(" ".join(key.lower().split()))


def _header_field(line: str) -> tuple[str, str] | None:
    m = _HEADER_RX.match(line)
    if not m:
        return None
    canon = _canon(m.group("key"))
    if canon is None:
        return None
    return canon, m.group("value").strip().strip("*").strip()


def _header_block(lines: list[str], i: int) -> _Boundary | None:
    """An Outlook-style header block starting at line ``i`` (which must be its From line).

    A block flattened onto one line ("From: A Sent: Monday To: B Subject: C", as some
    converters and printouts write it) is read as if it had one line per field.
    """
    pieces = _INLINE_KEYS_RX.split(lines[i])
    if len(pieces) > 1 and all(_header_field(p) is not None for p in pieces):
        block = _parse_block([*pieces, *lines[i + 1 :]], 0)
        if block is not None:
            block.start = i
            block.end = i + 1 + max(0, block.end - len(pieces))
        return block
    return _parse_block(lines, i)


def _parse_block(lines: list[str], i: int) -> _Boundary | None:
    first = _header_field(lines[i])
    if first is None or first[0] != "from":
        return None
    fields: dict[str, str] = {"from": first[1]}
    last = "from"
    j = i + 1
    n = len(lines)
    while j < n and j - i < 25:
        line = lines[j]
        if not line.strip():
            # converters sometimes leave a blank line between header lines
            nxt = _header_field(lines[j + 1]) if "subject" not in fields and j + 1 < n else None
            if nxt is not None and nxt[0] != "from":
                j += 1
                continue
            break
        field = _header_field(line)
        if field is not None:
            canon, value = field
            if canon in fields and canon != "other":
                break
            fields[canon] = value
            last = canon
            j += 1
            continue
        if last in ("from", "to", "cc") and "subject" not in fields:
            fields[last] = f"{fields[last]} {line.strip()}".strip()  # a wrapped recipient list
            j += 1
            continue
        break
    if not ("sent" in fields or ("to" in fields and "subject" in fields)):
        return None
    return _Boundary(
        kind="header",
        start=i,
        end=j,
        sender=fields.get("from") or None,
        sent=fields.get("sent") or None,
        subject=fields.get("subject") if "subject" in fields else None,
    )


def _split_attribution(body: str) -> tuple[str | None, str | None]:
    """(sent, sender) of the middle of an "On <when>, <who> wrote:" line."""
    body = body.strip().strip(",")
    times = list(_TIME_RX.finditer(body))
    if times:
        cut = times[-1].end()
        sent, sender = body[:cut], body[cut:]
    elif "," in body:
        sent, sender = body.rsplit(",", 1)
    else:
        return None, body or None
    sent = sent.strip(" ,")
    sender = sender.strip(" ,")
    return sent or None, sender or None


def _attribution(lines: list[str], i: int) -> tuple[int, str | None, str | None] | None:
    """An attribution line (possibly wrapped over up to 3 lines) at ``i``: (lines, sent, sender)."""
    if not lines[i].strip():
        return None
    for k in range(1, 4):
        if i + k > len(lines):
            break
        chunk = lines[i : i + k]
        if k > 1 and not chunk[-1].strip():
            break
        joined = " ".join(part.strip() for part in chunk)
        if len(joined) > 450:
            break
        m = _ATTRIBUTION_LAST_RX.match(joined)
        if m:
            sent, sender = _split_attribution(m.group("body"))
            return k, sent, sender
        m2 = _ATTRIBUTION_MIDDLE_RX.match(joined)
        if m2:
            return k, m2.group("when").strip(" ,") or None, m2.group("who").strip() or None
    return None


def _quote_block_end(lines: list[str], i: int) -> int:
    """First line after the run of ``>`` lines starting at ``i`` (short blank gaps included)."""
    n = len(lines)
    j = i
    while j < n:
        if _QUOTE_RX.match(lines[j]):
            j += 1
            continue
        if not lines[j].strip():
            k = j
            while k < n and not lines[k].strip() and k - j < 2:
                k += 1
            if k < n and _QUOTE_RX.match(lines[k]):
                j = k
                continue
        break
    return j


def _next_nonblank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _boundary_at(lines: list[str], i: int) -> _Boundary | None:
    line = lines[i]
    if not line.strip():
        return None
    if _QUOTE_RX.match(line):
        return _Boundary(kind="quote", start=i, end=_quote_block_end(lines, i), body_start=i)
    for rx, kind in (
        (_FORWARD_MARKER_RX, "forward"),
        (_BEGIN_FORWARD_RX, "forward"),
        (_ORIGINAL_MARKER_RX, "original"),
    ):
        if rx.match(line):
            nxt = _next_nonblank(lines, i + 1)
            block = _header_block(lines, nxt) if nxt < len(lines) else None
            if block is not None:
                block.kind = kind
                block.start = i
                return block
            return _Boundary(kind=kind, start=i, end=i + 1)
    block = _header_block(lines, i)
    if block is not None:
        return block
    attribution = _attribution(lines, i)
    bare = None if attribution else _BARE_WROTE_RX.match(line)
    if attribution is not None or bare is not None:
        if attribution is not None:
            count, sent, sender = attribution
        else:
            assert bare is not None
            count, sent, sender = 1, None, bare.group("who").strip()
        nxt = _next_nonblank(lines, i + count)
        if nxt < len(lines) and _QUOTE_RX.match(lines[nxt]):
            end = _quote_block_end(lines, nxt)
            return _Boundary(kind="quote", start=i, end=end, body_start=nxt, sender=sender, sent=sent)
        if attribution is not None:
            return _Boundary(kind="attribution", start=i, end=i + count, sender=sender, sent=sent)
    return None


def _clean(lines: list[str]) -> str:
    """Lines as text: trailing spaces, separator rules at either end and repeated blank lines dropped."""
    out: list[str] = []
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            if out and out[-1] == "":
                continue
            line = ""
        out.append(line)
    while out and (not out[0] or _SEPARATOR_RX.match(out[0])):
        out.pop(0)
    while out and (not out[-1] or _SEPARATOR_RX.match(out[-1])):
        out.pop()
    return "\n".join(out)


def _split(lines: list[str], depth: int) -> tuple[list[str], list[QuotedMessage]]:
    # buckets: the author's own lines first, then one per header-introduced quoted message;
    # each bucket also collects the ">"-quoted messages found inside it
    buckets: list[tuple[_Boundary | None, list[str], list[QuotedMessage]]] = [(None, [], [])]
    i = 0
    n = len(lines)
    while i < n:
        boundary = _boundary_at(lines, i) if depth < _MAX_DEPTH else None
        if boundary is None:
            buckets[-1][1].append(lines[i])
            i += 1
            continue
        if boundary.kind == "quote":
            inner = [_UNQUOTE_RX.sub("", line, count=1) for line in lines[boundary.body_start : boundary.end]]
            inner_own, inner_quoted = _split(inner, depth + 1)
            buckets[-1][2].append(
                QuotedMessage(sender=boundary.sender, sent=boundary.sent, subject=None, text=_clean(inner_own))
            )
            buckets[-1][2].extend(inner_quoted)
            i = max(boundary.end, i + 1)
            continue
        buckets.append((boundary, [], []))
        i = max(boundary.end, i + 1)
    own_lines = buckets[0][1]
    quoted: list[QuotedMessage] = list(buckets[0][2])
    for boundary, body, inner_quoted in buckets[1:]:
        assert boundary is not None
        quoted.append(
            QuotedMessage(
                sender=boundary.sender,
                sent=boundary.sent,
                subject=boundary.subject,
                text=_clean(body),
                kind="forward" if boundary.kind == "forward" else "reply",
            )
        )
        quoted.extend(inner_quoted)
    return own_lines, quoted


def _lines(body: str) -> list[str]:
    return body.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def split_thread(body: str) -> tuple[str, list[QuotedMessage]]:
    """The author's own words and the earlier messages quoted below them, newest first.

    Own words are the text above the first quoted or forwarded message, plus any unquoted
    text the author wrote between ``>`` quoted passages (bottom or inline posting).
    """
    own, quoted = _split(_lines(body), 0)
    return _clean(own), quoted


def is_forward(subject: str, body: str) -> bool:
    """True when the message forwards another one rather than speaking for its sender.

    A forward has a FW:/Fwd:/TR:/WG: (and similar) subject, or its body starts, with no
    words of the sender above it, with a forward marker, an ``-----Original Message-----``
    line or an Outlook ``From: … Sent: …`` header block.
    """
    if _FORWARD_SUBJECT_RX.match(subject or ""):
        return True
    lines = _lines(body)
    i = 0
    while i < len(lines) and (not lines[i].strip() or _SEPARATOR_RX.match(lines[i])):
        i += 1
    if i >= len(lines):
        return False
    boundary = _boundary_at(lines, i)
    return boundary is not None and boundary.kind in ("forward", "original", "header")
