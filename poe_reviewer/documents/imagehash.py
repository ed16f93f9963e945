"""A small perceptual hash to recognise the same picture pasted into several documents.

A signature image (or a company stamp) copied from one POE document into another keeps
its look but rarely its bytes: it is re-encoded, scaled or recompressed on the way. The
*difference hash* (dHash) survives that: the picture is reduced to 9x8 grey pixels and
each bit says whether a pixel is brighter than its left neighbour. Two hashes a few bits
apart (:func:`hamming`) are the same picture.

Only Pillow is needed. Images are measured from their header and refused before any
pixel is decoded when they are larger than the caller's limit (decompression bombs).
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

#: Width and height of the reduced picture: 9 columns give 8 differences per row.
_COLS, _ROWS = 9, 8


def _flatten(img: Image.Image) -> Image.Image:
    """Grey version of ``img``; transparent parts become white, as they look on paper."""
    has_alpha = img.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        img.mode == "P" and "transparency" in img.info
    )
    if has_alpha:
        rgba = img.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        background.alpha_composite(rgba)
        return background.convert("L")
    if img.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        # 16-bit or float scans: rescale to 8 bits so the comparison below stays meaningful
        extrema = img.getextrema()
        lo, hi = (float(extrema[0]), float(extrema[1])) if isinstance(extrema[0], int | float) else (0.0, 1.0)
        span = (hi - lo) or 1.0
        return img.point(lambda v: (v - lo) * 255.0 / span).convert("L")
    return img.convert("L")


def dhash_image(img: Image.Image) -> str:
    """64-bit difference hash of ``img`` as 16 hex characters."""
    # Shrink in two steps: a cheap reduction first keeps LANCZOS fast on big scans.
    if img.width > _COLS * 32 or img.height > _ROWS * 32:
        scale = min(_COLS * 32 / img.width, _ROWS * 32 / img.height)
        target = (max(_COLS, round(img.width * scale)), max(_ROWS, round(img.height * scale)))
        img = img.resize(target, Image.Resampling.BOX)
    small = _flatten(img).resize((_COLS, _ROWS), Image.Resampling.LANCZOS)
    pixels = small.tobytes()  # one byte per grey pixel, row by row
    bits = 0
    for row in range(_ROWS):
        base = row * _COLS
        for col in range(_COLS - 1):
            bits = (bits << 1) | (1 if pixels[base + col + 1] > pixels[base + col] else 0)
    return f"{bits:016x}"


def dhash_bytes(data: bytes, max_pixels: int) -> str | None:
    """dHash of an encoded image (PNG, JPEG, TIFF, ...), or None when it cannot be decoded.

    The size is read from the header and images over ``max_pixels`` are refused before
    their pixels are decoded. Only the first frame of a multi-frame image is hashed.
    """
    try:
        with warnings.catch_warnings():
            # our own limit below replaces Pillow's global one; its warning is noise here
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            width, height = img.size
            if width <= 0 or height <= 0 or width * height > max_pixels:
                return None
            # JPEG can decode straight at a fraction of its size: far less work for the same hash
            img.draft("L", (_COLS * 32, _ROWS * 32))
            img.load()
            return dhash_image(img)
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        OSError,
        ValueError,
        SyntaxError,  # Pillow raises it for some malformed headers
        EOFError,
        MemoryError,
    ):
        return None


def hamming(a: str, b: str) -> int:
    """Number of differing bits between two hashes of the same length."""
    if len(a) != len(b):
        raise ValueError(f"hashes of different lengths: {len(a)} and {len(b)} hex digits")
    return (int(a, 16) ^ int(b, 16)).bit_count()
