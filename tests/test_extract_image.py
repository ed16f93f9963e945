"""The image extractor and the perceptual hash, on real-world pictures and generated ones.

Everything goes through the registry (``extract_document``), which never raises: an
image either yields pages (empty text until OCR) or an ``error`` sentence.
"""

from __future__ import annotations

import hashlib
import io
import struct
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from poe_reviewer.documents.imagehash import dhash_bytes, dhash_image, hamming
from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import ExtractContext, extract_document
from tests.conftest import HANG_SECONDS, REALWORLD

REAL_IMAGES = sorted([*(REALWORLD / "images").iterdir(), *(REALWORLD / "invoices").glob("*.png")])


def extract(data: bytes, name: str, ctx: ExtractContext | None = None) -> Document:
    # OCR has its own tests (test_ocr.py); these test decoding, frames and limits.
    return extract_document(data, name, "poe", ctx or ExtractContext(ocr=False))


def assert_readable(error: str | None) -> None:
    assert error is not None
    assert "Traceback" not in error
    assert "<class" not in error
    assert len(error) >= 20
    assert " " in error
    assert error[0].isalpha()


def encode(img: Image.Image, fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **options)
    return buf.getvalue()


def chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG that declares a huge picture: a decompression bomb's shape."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 4096))
        + chunk(b"IEND", b"")
    )


def picture(seed: int = 0) -> Image.Image:
    img = Image.new("RGB", (320, 200), "white")
    draw = ImageDraw.Draw(img)
    draw.ellipse((20 + seed * 40, 20, 180 + seed * 40, 180), fill="darkred")
    draw.rectangle((200 - seed * 150, 40, 300 - seed * 150, 160), fill="black")
    return img


# -- real-world pictures --------------------------------------------------------------------


@pytest.mark.realworld
@pytest.mark.parametrize("path", REAL_IMAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_real_image_gives_pages_or_a_readable_error(realworld: Path, path: Path) -> None:
    data = path.read_bytes()
    start = time.perf_counter()
    doc = extract(data, path.relative_to(realworld).as_posix())
    assert time.perf_counter() - start < HANG_SECONDS
    assert doc.kind == "image"
    if doc.error is not None:
        assert_readable(doc.error)
        return
    assert doc.page_count >= 1
    assert len(doc.page_sizes) == doc.page_count
    assert [s.page for s in doc.segments] == list(range(1, doc.page_count + 1))
    assert all(s.text == "" and s.label == "page" for s in doc.segments)
    assert any("no text yet" in w for w in doc.warnings)
    assert [i.page for i in doc.images] == list(range(1, doc.page_count + 1))
    for image, (width, height) in zip(doc.images, doc.page_sizes, strict=True):
        assert image.phash is not None
        assert len(image.phash) == 16
        assert image.bbox == (0.0, 0.0, width, height)
        assert width > 0
        assert height > 0


@pytest.mark.realworld
def test_multipage_tiff_gives_one_page_per_frame(realworld: Path) -> None:
    data = (realworld / "images/testTIFF_multipage.tif").read_bytes()
    doc = extract(data, "images/testTIFF_multipage.tif")
    assert doc.error is None
    assert doc.page_count == 2
    assert [s.page for s in doc.segments] == [1, 2]
    # 800x600 pixels at 96 dpi
    assert doc.page_sizes == [(600.0, 450.0), (600.0, 450.0)]
    first, second = doc.images
    assert (first.page, second.page) == (1, 2)
    file_sha = hashlib.sha256(data).hexdigest()
    assert first.sha256 != second.sha256
    assert file_sha not in (first.sha256, second.sha256)
    assert doc.metadata["frames"] == "2"


@pytest.mark.realworld
def test_single_frame_image_is_hashed_as_its_file(realworld: Path) -> None:
    data = (realworld / "images/phototest.tif").read_bytes()
    doc = extract(data, "images/phototest.tif")
    assert doc.images[0].sha256 == hashlib.sha256(data).hexdigest()
    # 640x480 pixels at 200 dpi
    assert doc.page_sizes == [(230.4, 172.8)]
    assert doc.metadata["format"] == "TIFF"


@pytest.mark.realworld
def test_image_without_resolution_is_72_dpi(realworld: Path) -> None:
    doc = extract((realworld / "images/testocr.png").read_bytes(), "images/testocr.png")
    assert doc.page_sizes == [(640.0, 480.0)]


@pytest.mark.realworld
def test_scan_upside_down_has_a_different_fingerprint(realworld: Path) -> None:
    upright = extract((realworld / "images/phototest.tif").read_bytes(), "a.tif").images[0].phash
    turned = extract((realworld / "images/phototest-rotated-180.png").read_bytes(), "b.png").images[0].phash
    assert upright is not None
    assert turned is not None
    assert hamming(upright, turned) > 10


# -- generated pictures ---------------------------------------------------------------------


def test_exif_orientation_is_noted_and_the_size_is_as_displayed() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x0131] = "Photo editor 2.0"
    data = encode(picture(), "JPEG", exif=exif, dpi=(144, 144))
    doc = extract(data, "photo.jpg")
    assert doc.error is None
    # 320x200 pixels at 144 dpi, turned a quarter for display
    assert doc.page_sizes == [(100.0, 160.0)]
    assert doc.metadata["exif_orientation"].startswith("6")
    assert doc.metadata["software"] == "Photo editor 2.0"
    assert any("EXIF orientation 6" in w for w in doc.warnings)
    # fingerprinted as displayed: the same as the picture turned by hand
    turned = dhash_image(picture().transpose(Image.Transpose.ROTATE_270))
    assert doc.images[0].phash is not None
    assert hamming(doc.images[0].phash, turned) <= 6


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "TIFF"])
def test_truncated_images_are_errors(fmt: str) -> None:
    data = encode(picture(), fmt)
    doc = extract(data[: len(data) * 2 // 3], f"cut.{fmt.lower()}")
    assert_readable(doc.error)
    assert doc.error is not None
    assert "truncated" in doc.error or "damaged" in doc.error or "cannot be decoded" in doc.error


def test_undecodable_image_is_an_error() -> None:
    doc = extract(b"\x89PNG\r\n\x1a\n" + b"not really a picture" * 20, "fake.png")
    assert_readable(doc.error)


def test_decompression_bomb_is_refused_before_decoding() -> None:
    start = time.perf_counter()
    doc = extract(png_header_only(100_000, 100_000), "bomb.png")
    assert time.perf_counter() - start < 1
    assert doc.error == "image too large (10,000,000,000 pixels): possible decompression bomb; not read"


def test_the_pixel_limit_comes_from_the_context() -> None:
    doc = extract(png_header_only(9_000, 9_500), "big.png")
    assert doc.error is not None
    assert doc.error.startswith("image too large (85,500,000 pixels)")
    small = encode(picture(), "PNG")
    assert extract(small, "ok.png").error is None
    refused = extract(small, "small-limit.png", ExtractContext(max_image_pixels=10_000))
    assert refused.error is not None
    assert refused.error.startswith("image too large (64,000 pixels)")


def test_animated_image_reads_its_first_frame() -> None:
    frames = [picture(0), picture(1), picture(0).transpose(Image.Transpose.FLIP_LEFT_RIGHT)]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    doc = extract(data, "anim.gif")
    assert doc.error is None
    assert doc.page_count == 1
    assert any("image with 3 frames" in w for w in doc.warnings)


def test_page_limit_applies_to_tiff_frames() -> None:
    frames = [picture(i % 2) for i in range(4)]
    data = encode(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    doc = extract(data, "scan.tif", ExtractContext(max_pages=3))
    assert doc.page_count == 3
    assert "only the first 3 of 4 pages were read (page limit)" in doc.warnings


# -- the perceptual hash ---------------------------------------------------------------------


def test_same_picture_reencoded_and_scaled_keeps_its_fingerprint() -> None:
    original = dhash_bytes(encode(picture(), "PNG"), 10_000_000)
    jpeg = dhash_bytes(encode(picture().resize((240, 150)), "JPEG", quality=60), 10_000_000)
    other = dhash_bytes(encode(picture(1), "PNG"), 10_000_000)
    assert original is not None
    assert jpeg is not None
    assert other is not None
    assert len(original) == 16
    assert int(original, 16) >= 0
    assert hamming(original, jpeg) <= 6
    assert hamming(original, other) > 10


def test_transparent_signature_is_hashed_as_ink_on_paper() -> None:
    sig = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(sig).line([(10, 80), (60, 10), (120, 90), (200, 20), (290, 70)], fill=(0, 0, 0, 255), width=5)
    on_white = Image.new("RGB", sig.size, "white")
    on_white.paste(sig, mask=sig)
    assert dhash_image(sig) == dhash_image(on_white)
    # ignoring transparency would hash black-on-black: nothing at all
    assert dhash_image(sig.convert("RGB")) == "0" * 16
    assert dhash_image(sig) != "0" * 16


def test_dhash_bytes_refuses_big_or_broken_images() -> None:
    start = time.perf_counter()
    assert dhash_bytes(png_header_only(100_000, 100_000), 80_000_000) is None
    assert dhash_bytes(png_header_only(5_000, 5_000), 1_000_000) is None
    assert time.perf_counter() - start < 1
    assert dhash_bytes(b"definitely not an image", 1_000_000) is None
    assert dhash_bytes(encode(picture(), "PNG"), 64_000) is not None
    assert dhash_bytes(encode(picture(), "PNG"), 63_999) is None


def test_dhash_bits_follow_brightness_left_to_right() -> None:
    rising = Image.linear_gradient("L").rotate(90).resize((90, 80))
    falling = rising.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    assert {dhash_image(rising), dhash_image(falling)} == {"f" * 16, "0" * 16}


def test_hamming_counts_differing_bits() -> None:
    assert hamming("0000000000000000", "0000000000000000") == 0
    assert hamming("ffffffffffffffff", "0000000000000000") == 64
    assert hamming("00000000000000f0", "0000000000000010") == 3
    with pytest.raises(ValueError, match="different lengths"):
        hamming("ff", "fff")
