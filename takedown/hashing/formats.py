"""Formats beyond Pillow's own: HEIC/HEIF, the iPhone's default, through pillow-heif.

Pillow itself reads JPEG, PNG, WebP, GIF, TIFF, BMP and AVIF.
"""

from __future__ import annotations

import functools


@functools.cache
def register() -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()
