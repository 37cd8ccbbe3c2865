"""Every decoder limit and error path, on real files made in the test."""

import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from takedown.hashing import DecodeError, fingerprint_candidate, fingerprint_reported
from takedown.hashing.decode import decode
from takedown.hashing.hexbits import hamming
from takedown.hashing.perceptual import pdq
from tests.hashing.images import encode, photo

# Re-encoding moves a few PDQ bits; a different image moves about 128.
SAME_IMAGE_BITS = 20


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_header_only(width: int, height: int, *, crc_ok: bool = True) -> bytes:
    """A tiny PNG whose IHDR claims the given size: a decompression bomb's header."""
    ihdr = png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    if not crc_ok:
        ihdr = ihdr[:-4] + b"\0\0\0\0"
    idat = png_chunk(b"IDAT", zlib.compress(b"\0" * 64))
    return b"\x89PNG\r\n\x1a\n" + ihdr + idat + png_chunk(b"IEND", b"")


def pdq_of(image: Image.Image) -> str:
    return pdq(np.asarray(image.convert("RGB")))[0]


def test_jpeg_decodes_to_rgb_pixels():
    decoded = decode(encode(photo("chelsea")))
    assert decoded.format == "JPEG"
    assert decoded.frames[0].shape == (300, 451, 3) and decoded.frames[0].dtype == np.uint8


def test_exif_rotation_is_applied():
    image = photo("rocket")  # landscape
    sideways = image.rotate(90, expand=True)  # stored portrait, as a phone does
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 clockwise to display"
    decoded = decode(encode(sideways, exif=exif.tobytes(), quality=95))
    assert (decoded.width, decoded.height) == image.size
    assert decoded.frames[0].shape[:2] == (image.height, image.width)
    assert hamming(pdq(decoded.frames[0])[0], pdq_of(image)) <= SAME_IMAGE_BITS


def test_cmyk_jpeg_hashes_like_the_rgb_photo():
    image = photo("coffee")
    decoded = decode(encode(image.convert("CMYK"), quality=95))
    assert decoded.frames[0].shape == (image.height, image.width, 3)
    assert hamming(pdq(decoded.frames[0])[0], pdq_of(image)) <= SAME_IMAGE_BITS


def test_16_bit_png_is_scaled_not_clipped():
    gray = np.asarray(photo("camera").convert("L"), dtype=np.uint16)
    data = encode(Image.fromarray(gray * 257), "PNG")  # 0..65535
    assert Image.open(__import__("io").BytesIO(data)).mode.startswith("I")
    fingerprint = fingerprint_reported(data)
    assert fingerprint.pdq_quality >= 50
    assert hamming(fingerprint.pdq, pdq_of(photo("camera"))) <= SAME_IMAGE_BITS


def test_alpha_is_flattened_onto_black():
    image = photo("chelsea").convert("RGBA")
    alpha = np.full((image.height, image.width), 255, dtype=np.uint8)
    alpha[:, : image.width // 2] = 0
    image.putalpha(Image.fromarray(alpha))
    pixels = decode(encode(image, "PNG")).frames[0]
    assert pixels[:, : image.width // 2].max() == 0
    assert pixels[:, image.width // 2 :].mean() > 50


@pytest.mark.parametrize(
    ("fmt", "options"),
    [
        ("PNG", {}),
        ("WEBP", {"quality": 80}),
        ("TIFF", {}),
        ("BMP", {}),
        ("AVIF", {"quality": 80}),
        ("HEIF", {"quality": 80}),
        ("GIF", {}),
    ],
)
def test_every_accepted_format_decodes_to_the_same_picture(fmt, options):
    image = photo("astronaut")
    decoded = decode(encode(image, fmt, **options))
    assert decoded.frames[0].shape == (image.height, image.width, 3)
    assert hamming(pdq(decoded.frames[0])[0], pdq_of(image)) <= SAME_IMAGE_BITS


def test_heic_from_an_iphone_is_fingerprinted():
    fingerprint = fingerprint_reported(encode(photo("coffee"), "HEIF", quality=90))
    assert fingerprint.pdq_quality >= 50
    assert hamming(fingerprint.pdq, pdq_of(photo("coffee"))) <= SAME_IMAGE_BITS


def test_animated_gif_gives_frames_spread_over_the_animation():
    frames = [photo(name).resize((300, 200)) for name in ("chelsea", "coffee", "rocket")]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    decoded = decode(data, max_frames=8)
    assert len(decoded.frames) == 3
    for frame, image in zip(decoded.frames, frames, strict=True):
        assert hamming(pdq(frame)[0], pdq_of(image)) <= 40
    assert len(decode(data).frames) == 1


def test_animated_frames_are_capped_and_sampled():
    frames = [photo("chelsea").resize((60, 40)).rotate(i * 3) for i in range(30)]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=50)
    assert len(decode(data, max_frames=8).frames) == 8


def test_animated_candidate_has_regions_from_later_frames():
    frames = [photo(name).resize((300, 200)) for name in ("chelsea", "coffee")]
    data = encode(frames[0], "WEBP", save_all=True, append_images=frames[1:], duration=100)
    regions = fingerprint_candidate(data).features["regions"]
    assert {region.get("frame", 0) for region in regions} == {0, 1}


def test_header_claiming_50000_by_50000_pixels_is_refused_before_decoding():
    data = png_header_only(50_000, 50_000)
    assert len(data) < 200
    with pytest.raises(DecodeError) as caught:
        decode(data)
    assert caught.value.reason == "too_many_pixels"
    assert "too large" in str(caught.value)


def test_pixel_cap_applies_to_our_own_limit():
    with pytest.raises(DecodeError) as caught:
        decode(encode(photo("chelsea"), "PNG"), max_pixels=100_000)
    assert caught.value.reason == "too_many_pixels"
    assert "451 by 300 pixels" in str(caught.value)


def test_byte_cap():
    with pytest.raises(DecodeError) as caught:
        fingerprint_reported(encode(photo("chelsea")), max_bytes=1000)
    assert caught.value.reason == "too_large"


def test_truncated_jpeg():
    data = encode(photo("coffee"), quality=95)
    with pytest.raises(DecodeError) as caught:
        decode(data[: len(data) // 2])
    assert caught.value.reason == "truncated"
    assert str(caught.value) == "The image file is incomplete: it ends before the picture does."


def test_truncated_png():
    data = encode(photo("coffee"), "PNG")
    with pytest.raises(DecodeError) as caught:
        decode(data[: len(data) // 2])
    assert caught.value.reason == "truncated"


def test_png_with_a_broken_header_is_corrupt():
    with pytest.raises(DecodeError) as caught:
        decode(png_header_only(100, 100, crc_ok=False))
    assert caught.value.reason == "corrupt"


@pytest.mark.parametrize("data", [b"this is not an image", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" * 20])
def test_bad_bytes_are_unsupported(data):
    with pytest.raises(DecodeError) as caught:
        fingerprint_candidate(data)
    assert caught.value.reason == "unsupported"
    assert str(caught.value) == "This is not an image format we can read."


def test_empty_file():
    with pytest.raises(DecodeError) as caught:
        fingerprint_reported(b"")
    assert caught.value.reason == "empty"


def test_decode_error_is_a_value_error():
    assert issubclass(DecodeError, ValueError)


def test_png_with_garbage_image_data_is_corrupt():
    ihdr = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0))
    idat = png_chunk(b"IDAT", b"\x78\x9c" + bytes(range(256)) * 4)
    data = b"\x89PNG\r\n\x1a\n" + ihdr + idat + png_chunk(b"IEND", b"")
    with pytest.raises(DecodeError) as caught:
        decode(data)
    assert caught.value.reason == "corrupt"


def test_truncated_jpeg_is_refused_after_weasyprint_is_imported(monkeypatch):
    import weasyprint  # noqa: F401  (it turns on LOAD_TRUNCATED_IMAGES for the whole process)
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    data = encode(photo("coffee"), quality=95)
    with pytest.raises(DecodeError) as caught:
        decode(data[: len(data) // 2])
    assert caught.value.reason == "truncated"
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True
