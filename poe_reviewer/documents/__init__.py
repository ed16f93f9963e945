"""Documents of a claim bundle: one model for every format, one extractor per format."""

from poe_reviewer.documents.model import (
    Address,
    BBox,
    Document,
    EmailInfo,
    FormField,
    Hit,
    ImageInfo,
    Segment,
    SignatureField,
    Word,
)

__all__ = [
    "Address",
    "BBox",
    "Document",
    "EmailInfo",
    "FormField",
    "Hit",
    "ImageInfo",
    "Segment",
    "SignatureField",
    "Word",
]
