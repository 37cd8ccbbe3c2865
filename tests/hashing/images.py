"""Real photographs (scikit-image's) encoded in memory, for the hashing and matching tests."""

from __future__ import annotations

import io

import numpy as np
import skimage.data
from PIL import Image

# Ordinary photos only: a cat, coffee, a rocket, a motorbike, a camera man, an astronaut.
PHOTO_NAMES = ("chelsea", "coffee", "rocket", "motorcycle_left", "astronaut", "camera")


def photo(name: str = "chelsea") -> Image.Image:
    if name == "motorcycle_left":
        pixels = skimage.data.stereo_motorcycle()[0]
    else:
        pixels = getattr(skimage.data, name)()
    image = Image.fromarray(np.asarray(pixels))
    return image.convert("RGB")


def encode(image: Image.Image, fmt: str = "JPEG", **options) -> bytes:
    buffer = io.BytesIO()
    if fmt == "JPEG" and image.mode not in ("RGB", "L", "CMYK"):
        image = image.convert("RGB")
    image.save(buffer, fmt, **options)
    return buffer.getvalue()
