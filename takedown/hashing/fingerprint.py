"""Image bytes → a Fingerprint: the hashes we store instead of the image.

Reported images get the full set of variants (what a re-upload might have kept of them);
candidates, found on the web, get the cheaper set of regions that might be the reported
image (see variants.py). Neither keeps a pixel once the call returns.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from takedown.hashing import keypoints, perceptual, variants
from takedown.hashing.decode import MAX_BYTES, MAX_FRAMES, MAX_PIXELS, decode

# Features layout version, so stored fingerprints can be recomputed when it changes.
FEATURES_VERSION = 1
# Server-side reported PDQ is computed with JPEG decoding reduced to at least this size:
# a 12-megapixel photo decodes at 1000 x 750, within a few bits of full size
# (docs/browser-fingerprinting.md, "Very large photos": 1 MP, mean 2 bits) and over ten
# times faster. The browser hashes at full size; both are matched with the same margin.
REPORTED_DRAFT = 700
CANDIDATE_DRAFT = 448
# Other formats (PNG, HEIC) have no reduced decode; above this size they are resized
# before hashing: PDQ stays within 6 bits of full size at 2 megapixels
# (docs/browser-fingerprinting.md) and hashing a 20-megapixel PNG takes ten times less.
HASH_PIXELS = 2 * 1024 * 1024


@dataclass(frozen=True)
class Fingerprint:
    sha256: str
    pdq: str
    pdq_quality: int
    phash: str
    width: int
    height: int
    features: dict = field(default_factory=dict)
    low_information: bool = False

    @classmethod
    def from_fields(cls, *, sha256="", pdq, pdq_quality, phash="", width=0, height=0, features):
        """Rebuild from stored columns; low_information is derived, not stored."""
        features = features or {}
        return cls(
            sha256=sha256 or "",
            pdq=pdq,
            pdq_quality=int(pdq_quality or 0),
            phash=phash or "",
            width=int(width or 0),
            height=int(height or 0),
            features=features,
            low_information=bool(features.get("flat"))
            or int(pdq_quality or 0) < perceptual.PDQ_MIN_QUALITY,
        )


def fingerprint_reported(
    data: bytes, *, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS
) -> Fingerprint:
    """Everything needed to recognise this image after crops, flips, padding and overlays."""
    decoded = decode(data, max_bytes=max_bytes, max_pixels=max_pixels, draft_to=REPORTED_DRAFT)
    rgb = perceptual.shrink_to_pixels(decoded.frames[0], HASH_PIXELS)
    dihedral, quality = perceptual.pdq_dihedral(rgb)
    work = perceptual.shrink(rgb, variants.WORKING_SIZE)
    flat = perceptual.is_flat(work)
    features = {
        "version": FEATURES_VERSION,
        "flat": flat,
        "dihedral": dihedral,
        "phash_dihedral": perceptual.phash_dihedral(work),
        **variants.reported_variants(work),
        "keypoints": _keypoints([rgb], keypoints.MAX_REPORTED),
    }
    return Fingerprint(
        sha256=hashlib.sha256(data).hexdigest(),
        pdq=dihedral[0],
        pdq_quality=quality,
        phash=perceptual.phash(work),
        width=decoded.width,
        height=decoded.height,
        features=features,
        low_information=flat or quality < perceptual.PDQ_MIN_QUALITY,
    )


def fingerprint_candidate(
    data: bytes, *, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS
) -> Fingerprint:
    """The image found on the web and the regions of it that may be a reported image."""
    decoded = decode(
        data,
        max_bytes=max_bytes,
        max_pixels=max_pixels,
        max_frames=MAX_FRAMES,
        draft_to=CANDIDATE_DRAFT,
    )
    first = perceptual.shrink_to_pixels(decoded.frames[0], HASH_PIXELS)
    pdq, quality = perceptual.pdq(first)
    work = perceptual.shrink(first, variants.WORKING_SIZE)
    flat = perceptual.is_flat(work)
    cells = variants.cells(work)
    regions = variants.candidate_regions(work, cells)
    for index, frame in enumerate(decoded.frames[1:], start=1):
        frame_work = perceptual.shrink(frame, variants.WORKING_SIZE)
        for region in variants.candidate_regions(frame_work):
            regions.append({**region, "frame": index})
    features = {
        "version": FEATURES_VERSION,
        "flat": flat,
        "regions": regions,
        # Each whole frame's corners say which frame they are of: the first frame's are
        # what a photo reported without keypoints may take from a copy of it found whole
        # (takedown/cases/keypoint_learning.py).
        "keypoints": [
            {**points, "frame": index}
            for index, frame in enumerate(decoded.frames)
            if (points := keypoints.extract(frame, keypoints.MAX_CANDIDATE)) is not None
        ]
        # Each cell (a screenshot's photo, a collage's tile) at its own resolution and
        # with its own budget of corners.
        + _keypoints([variants.cut(first, cell) for cell in cells], keypoints.MAX_CELL),
    }
    return Fingerprint(
        sha256=hashlib.sha256(data).hexdigest(),
        pdq=pdq,
        pdq_quality=quality,
        phash=perceptual.phash(work),
        width=decoded.width,
        height=decoded.height,
        features=features,
        low_information=flat or quality < perceptual.PDQ_MIN_QUALITY,
    )


def _keypoints(frames, limit: int) -> list[dict]:
    found = (keypoints.extract(frame, limit) for frame in frames)
    return [points for points in found if points is not None]


def whole_image_keypoints(features: dict) -> dict | None:
    """The corners of a found image's first frame, whole (not of a cell); None if it has
    none or was fingerprinted before frames were labelled."""
    for points in (features or {}).get("keypoints", []):
        if points.get("frame") == 0:
            return {key: points[key] for key in ("w", "h", "xy", "d")}
    return None
