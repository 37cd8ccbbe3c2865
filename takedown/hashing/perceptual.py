"""The perceptual hashes themselves: PDQ (Meta, 256 bits, with quality) and pHash (64 bits)."""

from __future__ import annotations

import imagehash
import numpy as np
import pdqhash
from PIL import Image

from takedown.hashing.hexbits import bits_to_hex

# Meta's PDQ documentation: hashes of quality below 50 come from featureless images and
# should not be matched on.
PDQ_MIN_QUALITY = 50
# Luminance standard deviation (0-255) under which an image is flat: blank, one colour,
# or a smooth gradient, whatever its PDQ quality says.
FLAT_STDDEV = 4.0
# Order of pdqhash.compute_dihedral and pdq.js DIHEDRAL_TRANSFORMS.
DIHEDRAL = (
    "original",
    "rotate90",
    "rotate180",
    "rotate270",
    "flipX",
    "flipY",
    "flipPlus1",
    "flipMinus1",
)


def pdq(rgb: np.ndarray) -> tuple[str, int]:
    bits, quality = pdqhash.compute(np.ascontiguousarray(rgb))
    return bits_to_hex(bits), int(quality)


def pdq_dihedral(rgb: np.ndarray) -> tuple[list[str], int]:
    """The eight rotations and flips from one DCT, in DIHEDRAL order; the first is the PDQ."""
    variants, quality = pdqhash.compute_dihedral(np.ascontiguousarray(rgb))
    return [bits_to_hex(bits) for bits in variants], int(quality)


def phash(rgb: np.ndarray) -> str:
    return str(imagehash.phash(Image.fromarray(rgb)))


# numpy views of each DIHEDRAL transform (docs/browser-fingerprinting.md measured them).
_TRANSFORMS = (
    lambda a: a,
    lambda a: np.rot90(a, 1),
    lambda a: np.rot90(a, 2),
    lambda a: np.rot90(a, 3),
    lambda a: a[::-1],
    lambda a: a[:, ::-1],
    lambda a: a.swapaxes(0, 1),
    lambda a: np.rot90(a, 2).swapaxes(0, 1),
)


def phash_dihedral(rgb: np.ndarray) -> list[str]:
    """pHash of each of PDQ's eight rotations and flips, in DIHEDRAL order."""
    return [phash(np.ascontiguousarray(transform(rgb))) for transform in _TRANSFORMS]


def luminance(rgb: np.ndarray) -> np.ndarray:
    """PDQ's luminance weights, float32."""
    rgb = rgb.astype(np.float32)
    return rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114


def is_flat(rgb: np.ndarray) -> bool:
    return float(luminance(rgb).std()) < FLAT_STDDEV


def shrink(rgb: np.ndarray, longest: int) -> np.ndarray:
    """Area-resample so the longest side is at most `longest` pixels."""
    height, width = rgb.shape[:2]
    scale = longest / max(height, width)
    if scale >= 1:
        return rgb
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return np.asarray(Image.fromarray(rgb).resize(size, Image.Resampling.BOX))


def shrink_to_pixels(rgb: np.ndarray, pixels: int) -> np.ndarray:
    """Area-resample so the image has at most `pixels` pixels."""
    height, width = rgb.shape[:2]
    if height * width <= pixels:
        return rgb
    scale = (pixels / (height * width)) ** 0.5
    return shrink(rgb, max(1, int(max(height, width) * scale)))
