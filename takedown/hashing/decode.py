"""Image bytes → upright 8-bit RGB pixels, in memory only, with caps on bytes and pixels.

Every way a file can fail ends in one `DecodeError` whose `reason` is stable (for code)
and whose message is a sentence a person understands (for the page that shows it).
"""

from __future__ import annotations

import contextlib
import io
import warnings
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from takedown.hashing import formats

# A 48-megapixel phone photo (8064 x 6048) fits; a decompression bomb does not. At 3 bytes
# a pixel the largest accepted image holds about 200 MiB while it is hashed.
MAX_PIXELS = 64_000_000
# Phone photos are 2 to 15 MB; a 50 MB cap leaves room for HEIC bursts and PNG screenshots.
MAX_BYTES = 50 * 1024 * 1024
# Animated images: frames spread over the animation, so a re-upload of any part is found.
MAX_FRAMES = 8

MESSAGES = {
    "empty": "The file is empty.",
    "too_large": "The file is larger than we can check ({limit} MB at most).",
    "too_many_pixels": (
        "The image is too large to check ({width} by {height} pixels; at most {limit} megapixels)."
    ),
    "truncated": "The image file is incomplete: it ends before the picture does.",
    "corrupt": "The image file is damaged and cannot be read.",
    "unsupported": "This is not an image format we can read.",
}


class DecodeError(ValueError):
    """An image that cannot be decoded. `reason` is one of the keys of MESSAGES."""

    def __init__(self, reason: str, message: str | None = None, **details):
        self.reason = reason
        super().__init__(message or MESSAGES[reason].format(**details))


@dataclass(frozen=True)
class Decoded:
    """The upright pixels of an image: `frames[0]` is the still (or first) frame."""

    frames: list[np.ndarray]  # each H x W x 3, uint8
    width: int  # upright size of the stored image, before any draft reduction
    height: int
    format: str


def decode(
    data: bytes,
    *,
    max_bytes: int = MAX_BYTES,
    max_pixels: int = MAX_PIXELS,
    max_frames: int = 1,
    draft_to: int | None = None,
) -> Decoded:
    """Decode `data` to 8-bit RGB frames.

    `draft_to` lets JPEG decode at 1/2, 1/4 or 1/8 scale while both sides stay at least
    that many pixels: far faster for 12-megapixel photos, and PDQ's 64 x 64 sampling
    barely moves (docs/browser-fingerprinting.md measures resizing).
    """
    if not data:
        raise DecodeError("empty")
    if len(data) > max_bytes:
        raise DecodeError("too_large", limit=max_bytes // (1024 * 1024))
    formats.register()
    try:
        with warnings.catch_warnings():
            # Our own cap below is the one that applies; Pillow's warning would only be noise.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as error:
        raise DecodeError(
            "too_many_pixels", str(_pixels_message(None, None, max_pixels))
        ) from error
    except UnidentifiedImageError as error:
        raise DecodeError("corrupt" if _looks_like_image(data) else "unsupported") from error
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise DecodeError("corrupt") from error
    with image:
        # The header gives the size before any pixel is decoded: a bomb stops here.
        width, height = image.size
        if width <= 0 or height <= 0:
            raise DecodeError("corrupt")
        if width * height > max_pixels:
            raise DecodeError("too_many_pixels", _pixels_message(width, height, max_pixels))
        try:
            with _truncation_is_an_error():
                frames = _frames(image, max_frames, draft_to)
        except DecodeError:
            raise
        except Image.DecompressionBombError as error:
            raise DecodeError(
                "too_many_pixels", _pixels_message(width, height, max_pixels)
            ) from error
        except (OSError, EOFError) as error:
            if _is_truncation(error):
                raise DecodeError("truncated") from error
            raise DecodeError("corrupt") from error
        except (SyntaxError, ValueError, TypeError, IndexError, MemoryError) as error:
            raise DecodeError("corrupt") from error
        orientation = image.getexif().get(0x0112, 1) if image.format != "GIF" else 1
        fmt = image.format or "unknown"
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    return Decoded(frames=frames, width=width, height=height, format=fmt)


def _pixels_message(width, height, limit) -> str:
    if width is None:
        return f"The image is too large to check (more than {limit // 1_000_000} megapixels)."
    return MESSAGES["too_many_pixels"].format(width=width, height=height, limit=limit // 1_000_000)


# Signatures of the formats we read: a file that starts like one but will not open is
# damaged, not of an unknown kind.
_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"II*\0", b"MM\0*", b"BM")


def _looks_like_image(data: bytes) -> bool:
    if data.startswith(_SIGNATURES):
        return True
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return True
    return data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"avif", b"msf1")


@contextlib.contextmanager
def _truncation_is_an_error():
    """WeasyPrint sets Pillow's process-wide LOAD_TRUNCATED_IMAGES on import, after which a
    cut-off JPEG decodes silently with its missing part grey. A worker that renders PDFs
    imports it, so the strict default is restored around every decode."""
    previous = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        yield
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = previous


def _is_truncation(error: Exception) -> bool:
    text = str(error).lower()
    return isinstance(error, EOFError) or "truncated" in text


def _frames(image: Image.Image, max_frames: int, draft_to: int | None) -> list[np.ndarray]:
    n_frames = getattr(image, "n_frames", 1) if max_frames > 1 else 1
    if n_frames <= 1:
        if draft_to and image.format == "JPEG":
            image.draft("RGB", (draft_to, draft_to))
        image.load()
        return [to_rgb(ImageOps.exif_transpose(image))]
    count = min(max_frames, n_frames)
    # Evenly spread, first and last included.
    indexes = sorted({round(i * (n_frames - 1) / max(count - 1, 1)) for i in range(count)})
    frames = []
    for index in indexes:
        image.seek(index)
        image.load()
        frames.append(to_rgb(image))
    return frames


def to_rgb(image: Image.Image) -> np.ndarray:
    """8-bit RGB pixels whatever the mode: alpha flattened onto black, 16-bit scaled down."""
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # Pillow's convert() would clip every value above 255 to white; scale instead.
        values = np.asarray(image).astype(np.uint32)
        gray = (values >> 8).astype(np.uint8) if values.max(initial=0) > 255 else values
        return _gray_to_rgb(np.asarray(gray, dtype=np.uint8))
    if mode == "F":
        values = np.asarray(image, dtype=np.float32)
        scale = 255.0 if values.max(initial=0) <= 1.0 else 1.0
        return _gray_to_rgb(np.clip(values * scale, 0, 255).astype(np.uint8))
    if mode in ("RGBA", "LA", "PA", "RGBa", "La") or (mode == "P" and "transparency" in image.info):
        rgba = np.asarray(image.convert("RGBA"), dtype=np.uint16)
        # Onto black: what a browser canvas gives for fully transparent pixels, so both
        # sides hash a cut-out the same.
        flat = (rgba[..., :3] * rgba[..., 3:4] + 127) // 255
        return np.ascontiguousarray(flat.astype(np.uint8))
    if mode == "RGB":
        return np.asarray(image)
    return np.asarray(image.convert("RGB"))


def _gray_to_rgb(gray: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(np.repeat(gray[:, :, None], 3, axis=2))
