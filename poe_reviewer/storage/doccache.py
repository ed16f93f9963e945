"""Extracted documents as compact JSON, for the extraction cache keyed by file SHA-256 and extractor build.

Extraction depends on a file's bytes only (``sniff`` and the extractors never look at the
name or role), so a document read once can be reused for the same bytes under any path:
:func:`relocate` gives the cached tree the path and role it has in the new bundle.

The codec walks the dataclasses of :mod:`poe_reviewer.documents.model` by their type hints,
so fields added to the model later are stored without changes here. It never pickles: a
cache row is plain data, and one that cannot be decoded (written by another version) is a
cache miss, never an error.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import types
import typing
import zlib
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from poe_reviewer import __version__
from poe_reviewer import documents as documents_package
from poe_reviewer.documents.model import Document, Word
from poe_reviewer.documents.registry import ExtractContext

#: Bump when the stored form changes incompatibly (the version of the program is part of the key too).
CODEC_VERSION = 1


class CacheDecodeError(ValueError):
    """A cache payload that this program cannot read back (treated as a cache miss)."""


@cache
def extractor_fingerprint() -> str:
    """A digest of the program version, the extractor code and the libraries it reads files with.

    A document cached by another build of the extractors is read again, not served stale: the
    version number alone does not change while the extractors are being developed.
    """
    h = hashlib.sha256(f"{__version__}/{CODEC_VERSION}".encode())
    package = Path(documents_package.__file__).resolve().parent
    sources = sorted(package.glob("*.py")) + sorted(package.parent.glob("signatures.py"))
    for path in sources:
        try:
            h.update(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:  # a frozen build without sources: the version must do
            h.update(path.name.encode())
    for dist in ("pymupdf", "extract-msg", "python-docx", "pillow", "pyhanko"):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=-".encode())
    return h.hexdigest()[:24]


def options_key(ctx: ExtractContext) -> str:
    """What, besides the bytes, decides an extraction: the extractors' build and their limits."""
    key = f"{extractor_fingerprint()}/d{ctx.max_depth}/p{ctx.max_pages}/i{ctx.max_image_pixels}/o{int(ctx.ocr)}"
    return key[:64]


# -- encoding --------------------------------------------------------------------------------------------
def _encode(value: Any) -> Any:
    if isinstance(value, Word):
        return [value.text, *value.bbox]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            if f.name.startswith("_"):
                continue  # derived caches (Segment._offsets)
            v = getattr(value, f.name)
            if _is_default(f, v):
                continue
            out[f.name] = _encode(v)
        return out
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    return value


def _is_default(f: dataclasses.Field[Any], value: Any) -> bool:
    if f.default is not dataclasses.MISSING:
        return bool(value == f.default)
    if f.default_factory is not dataclasses.MISSING:
        return bool(value == f.default_factory())
    return False


def encode_document(doc: Document) -> bytes:
    """The document tree as zlib-compressed JSON."""
    body = json.dumps({"v": CODEC_VERSION, "doc": _encode(doc)}, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(body.encode("utf-8"), 6)


# -- decoding --------------------------------------------------------------------------------------------
Decoder = Callable[[Any], Any]


def _decoder(tp: Any) -> Decoder:
    """A function turning the JSON form back into a value of type ``tp``."""
    if tp is Any or tp is object:
        return lambda v: v
    if tp is Word:
        return lambda v: Word(str(v[0]), (float(v[1]), float(v[2]), float(v[3]), float(v[4])))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    if tp is dt.datetime:
        return lambda v: dt.datetime.fromisoformat(v)
    if tp is dt.date:
        return lambda v: dt.date.fromisoformat(v)
    if tp in (str, int, bool):
        return lambda v: v
    if tp is float:
        return lambda v: float(v)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Literal:
        return lambda v: v
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in args if a is not type(None)]
        if len(inner) == 1:
            sub = _decoder(inner[0])
            return lambda v: None if v is None else sub(v)
        return lambda v: v
    if origin is list:
        item = _decoder(args[0]) if args else _decoder(Any)
        return lambda v: [item(x) for x in v]
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda v: tuple(item(x) for x in v)
        subs = [_decoder(a) for a in args]
        return lambda v: tuple(s(x) for s, x in zip(subs, v, strict=True))
    if origin is dict:
        val = _decoder(args[1]) if len(args) == 2 else _decoder(Any)
        return lambda v: {k: val(x) for k, x in v.items()}
    raise CacheDecodeError(f"cannot decode type {tp!r}")


@cache
def _dataclass_decoder(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    # decoders are built lazily: Document holds Documents
    fields = {f.name: f for f in dataclasses.fields(cls) if not f.name.startswith("_") and f.init}
    built: dict[str, Decoder] = {}

    def decode(v: Any) -> Any:
        if not isinstance(v, dict):
            raise CacheDecodeError(f"{cls.__name__}: expected an object")
        kwargs: dict[str, Any] = {}
        for name, raw in v.items():
            if name not in fields:
                raise CacheDecodeError(f"{cls.__name__} has no field {name!r}")
            dec = built.get(name)
            if dec is None:
                dec = built[name] = _decoder(hints[name])
            kwargs[name] = dec(raw)
        return cls(**kwargs)

    return decode


def decode_document(payload: bytes) -> Document:
    """The document tree of :func:`encode_document`; :class:`CacheDecodeError` when it cannot be read."""
    try:
        data = json.loads(zlib.decompress(payload).decode("utf-8"))
        if not isinstance(data, dict) or data.get("v") != CODEC_VERSION:
            raise CacheDecodeError("cache entry of another codec version")
        doc = _dataclass_decoder(Document)(data["doc"])
    except CacheDecodeError:
        raise
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError, IndexError) as exc:
        raise CacheDecodeError(f"damaged cache entry ({type(exc).__name__}: {exc})") from exc
    if not isinstance(doc, Document):  # pragma: no cover - the decoder builds Documents
        raise CacheDecodeError("not a document")
    return doc


def relocate(doc: Document, path: str, role: str) -> Document:
    """Give a cached tree the path and role of the file in the bundle at hand (children follow their parent)."""
    old = doc.path
    for d in doc.walk():
        if d.path == old:
            d.path = path
        elif d.path.startswith(old + "!/"):
            d.path = path + d.path[len(old) :]
        d.role = role
    return doc
