"""Who decides: the reviewer's name and e-mail address, set on purpose and validated.

A decision, a notification, an undo and an export name a person the claims system and an auditor
can reach, never the operating system's login (``root`` in an export says nothing). The command line
takes ``--reviewer`` (and ``--reviewer-name``), else ``$POE_REVIEWER_EMAIL`` and
``$POE_REVIEWER_NAME`` for scripts, and refuses to decide without an address; the workbench asks on
first use. The name signs the comments sent to partners.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from poe_reviewer.errors import PoeReviewerError

EMAIL_VAR = "POE_REVIEWER_EMAIL"
NAME_VAR = "POE_REVIEWER_NAME"
#: A plain address: one "@", a dotted domain, no spaces or display-name parts ("Dana <d@x.com>").
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_MAX_EMAIL = 320


class IdentityError(PoeReviewerError):
    """The reviewer's identity is missing or not valid; the message says what to give."""


@dataclass(frozen=True)
class ReviewerIdentity:
    email: str
    name: str = ""


def email_problem(text: str) -> str | None:
    """Why ``text`` is not a reviewer's e-mail address, or None when it is one."""
    value = text.strip()
    if not value:
        return "no e-mail address was given"
    if len(value) > _MAX_EMAIL:
        return f"'{value[:40]}…' is longer than an e-mail address can be"
    if not _EMAIL.match(value):
        return f"'{value}' is not an e-mail address (expected name@company.com)"
    return None


def valid_email(text: str) -> str:
    """``text`` stripped, or :class:`IdentityError` naming what is wrong."""
    problem = email_problem(text)
    if problem:
        raise IdentityError(f"The reviewer must be an e-mail address: {problem}.")
    return text.strip()


def reviewer_from(email: str | None, name: str | None = None) -> ReviewerIdentity:
    """The reviewer given on the command line, else in ``$POE_REVIEWER_EMAIL``/``$POE_REVIEWER_NAME``;
    :class:`IdentityError` when there is no address (the login name is never used)."""
    chosen = (email or os.environ.get(EMAIL_VAR, "")).strip()
    if not chosen:
        raise IdentityError(
            "Who is deciding? Give your e-mail address with --reviewer you@company.com (and your name with "
            f"--reviewer-name the first time), or set ${EMAIL_VAR} and ${NAME_VAR} for scripts."
        )
    given_name = name if name is not None else os.environ.get(NAME_VAR, "")
    return ReviewerIdentity(valid_email(chosen), " ".join(given_name.split()))


def env_email() -> str | None:
    """``$POE_REVIEWER_EMAIL`` when it holds a valid address."""
    value = os.environ.get(EMAIL_VAR, "").strip()
    return value if value and email_problem(value) is None else None
