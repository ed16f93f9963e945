"""Typed errors of the core.

Every error a user can cause (a bad bundle, an unreadable document) is a
:class:`PoeReviewerError` whose ``str()`` is a complete sentence naming the file and
the problem. The command line and the workbench translate these in one place each;
anything else escaping the core is a bug.
"""

from __future__ import annotations

from typing import Any


class PoeReviewerError(Exception):
    """Base of every expected, user-facing error."""

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt as it was, whatever its constructor asks: a bundle's error comes back from a checking process
        return (_rebuilt, (type(self), self.args, self.__dict__))


def _rebuilt(cls: type[PoeReviewerError], args: tuple[Any, ...], state: dict[str, Any]) -> PoeReviewerError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class BundleError(PoeReviewerError):
    """A claim bundle cannot be loaded at all; nothing of it is used."""

    def __init__(self, bundle: str, reason: str) -> None:
        self.bundle = bundle
        self.reason = reason
        super().__init__(f"{bundle}: {reason}")


class UnsafeBundleError(BundleError):
    """The archive tries to escape its directory, is too large, or holds too many entries."""


class ClaimValidationError(BundleError):
    """claim.json breaks the ``poe-claim-bundle/1`` format; ``field`` is a JSON path."""

    def __init__(self, bundle: str, field: str, reason: str) -> None:
        self.field = field
        super().__init__(bundle, f"claim.json: {field}: {reason}")


class ExtractionError(PoeReviewerError):
    """One document could not be read; the rest of the bundle is still checked."""

    def __init__(self, document: str, reason: str) -> None:
        self.document = document
        self.reason = reason
        super().__init__(f"{document}: {reason}")


class PolicyError(PoeReviewerError):
    """A policy data file in ``resources/policy`` is missing or malformed."""
