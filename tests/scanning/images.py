"""Test photographs (scikit-image's, never people) and reported images made from them."""

import functools
import io

import numpy as np
import skimage.data
from PIL import Image

from takedown.cases.models import ReportedImage
from takedown.hashing import fingerprint_reported


def jpeg(pixels: np.ndarray, *, quality: int = 90, scale: float = 1.0) -> bytes:
    image = Image.fromarray(pixels).convert("RGB")
    if scale != 1.0:
        image = image.resize((round(image.width * scale), round(image.height * scale)))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def photo(name: str) -> np.ndarray:
    """An ordinary photograph shipped with scikit-image (astronaut, chelsea, coffee, ...)."""
    return getattr(skimage.data, name)()


@functools.cache
def _fingerprint(data: bytes):
    # The full reported variant set takes a second or two; the same photo recurs in every test.
    return fingerprint_reported(data)


def add_reported(case, data: bytes, label="") -> ReportedImage:
    return store_reported(case, _fingerprint(data), label=label)


def store_reported(case, fp, *, label="", source=ReportedImage.Source.SERVER) -> ReportedImage:
    return ReportedImage.objects.create(
        case=case,
        label=label,
        source=source,
        **ReportedImage.columns_of(fp),
    )
