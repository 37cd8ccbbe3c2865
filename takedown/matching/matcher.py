"""Which reported images does a candidate contain? Conservative by construction.

A false match accuses a stranger's image, so every rule below is a threshold measured
on non-matching pairs (benchmarks/robustness.py) with a margin. Rules are tried from the
cheapest and most exact (same file) to the most general (corners in the same layout).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from takedown.hashing import Fingerprint, keypoints
from takedown.hashing.hexbits import distances, hamming, hex_to_words
from takedown.hashing.perceptual import PDQ_MIN_QUALITY
from takedown.matching.geometry import KeypointSets

# Whole image against whole image with PDQ's eight rotations and flips: Meta's own
# operating point for PDQ is 31 of 256 bits. Over 107,000 non-matching pairs of real
# photos the closest was 86 bits.
PDQ_WHOLE = 31
# A crop of the reported image against a region of the candidate (a dozen crops times a
# few regions times eight flips per pair): the closest non-matching pair was 70 bits.
PDQ_REGION = 31
# Two hashes that agree: PDQ and pHash both close on the whole image (a photo under a
# heavy tiled watermark). Each bound alone is far inside what unrelated photos reach
# (PDQ 86 bits, pHash 20 at the closest); both at once, further still.
PDQ_AGREE = 64
PHASH_AGREE = 10
# A low-information image (flat, or PDQ quality under 50) is matched on hashes only when
# both say so, tightly, for the same rotation or flip.
PDQ_LOW_INFO = 16
PHASH_LOW_INFO = 4
# Keypoints: this many distinct corners agreeing on one similarity transform, with
# descriptors close, and at least MIN_COVERAGE of the reported image inside the
# candidate (a crop keeps at least a quarter of it). Over 107,000 non-matching pairs the
# most corners that agreed was 10; true re-uploads have 20 to 400.
MIN_INLIERS = 20
MIN_COVERAGE = 0.2
# The agreeing corners must span a box of at least this share of the reported image, so
# that a small shared element (a site's logo, an app's status bar) is never enough. The
# smallest span of a true match we measured was 0.024, on a watermarked copy.
MIN_SPREAD = 0.02
# Median descriptor distance of the agreeing corners: the same corner re-encoded differs
# by 10 to 35 bits of 256; look-alike corners of unrelated photos by 45 or more.
MAX_MEDIAN_DISTANCE = 40


@dataclass(frozen=True)
class MatchResult:
    reported_id: int | str
    algorithm: str  # "sha256", "pdq", "pdq+phash", "pdq_region", "keypoints"
    # Bits apart: PDQ distance for the hash rules; for "keypoints", the median distance
    # (of 256 bits) between the descriptors of the agreeing corners.
    distance: int
    confidence: float


@dataclass
class _Reported:
    id: int | str
    fingerprint: Fingerprint
    whole: np.ndarray  # dihedral PDQ of the whole image, words
    crops: np.ndarray  # PDQ of the whole image and of its crops, words


class Matcher:
    def __init__(self, reported: Iterable[tuple[int | str, Fingerprint]]):
        self._reported: list[_Reported] = []
        point_sets = []
        for reported_id, fingerprint in reported:
            features = fingerprint.features or {}
            whole = [fingerprint.pdq] if fingerprint.pdq else []
            self._reported.append(
                _Reported(
                    id=reported_id,
                    fingerprint=fingerprint,
                    whole=hex_to_words(features.get("dihedral") or whole, 32),
                    crops=hex_to_words(whole + list(features.get("crops", [])), 32),
                )
            )
            index = len(self._reported) - 1
            point_sets += [(index, keypoints.load(k)) for k in features.get("keypoints", [])]
        self._points = KeypointSets(point_sets)

    def match(self, candidate: Fingerprint) -> list[MatchResult]:
        """The best match per reported image, most confident first; empty when none."""
        best: dict[int, MatchResult] = {}
        regions = _region_words(candidate)
        for index, reported in enumerate(self._reported):
            result = _match_hashes(reported, candidate, regions)
            if result is not None:
                best[index] = result
        for index, result in self._match_keypoints(candidate, skip=set(best)):
            if index not in best or result.confidence > best[index].confidence:
                best[index] = result
        return sorted(best.values(), key=lambda r: (-r.confidence, str(r.reported_id)))

    def _match_keypoints(self, candidate: Fingerprint, skip: set[int]):
        for stored in (candidate.features or {}).get("keypoints", []):
            for index, agreement in self._points.agreements(keypoints.load(stored), MIN_INLIERS):
                if (
                    index not in skip
                    and agreement.inliers >= MIN_INLIERS
                    and agreement.coverage >= MIN_COVERAGE
                    and agreement.median_distance <= MAX_MEDIAN_DISTANCE
                    and agreement.spread >= MIN_SPREAD
                ):
                    confidence = min(0.99, 0.6 + agreement.inliers / (10 * MIN_INLIERS))
                    yield (
                        index,
                        MatchResult(
                            self._reported[index].id,
                            "keypoints",
                            agreement.median_distance,
                            round(confidence, 3),
                        ),
                    )


def _match_hashes(reported: _Reported, candidate: Fingerprint, regions) -> MatchResult | None:
    fp = reported.fingerprint
    if fp.sha256 and fp.sha256 == candidate.sha256:
        return MatchResult(reported.id, "sha256", 0, 1.0)
    if not candidate.pdq or not len(reported.whole):
        return None
    per_transform = distances(reported.whole, hex_to_words([candidate.pdq], 32))[:, 0]
    whole = int(per_transform.min())
    if fp.low_information or candidate.low_information:
        # Never on PDQ alone: flat images all look alike to it. Both hashes must agree,
        # on the same rotation or flip.
        phashes = (fp.features or {}).get("phash_dihedral") or ([fp.phash] if fp.phash else [])
        for pdq_distance, reported_phash in zip(per_transform, phashes, strict=False):
            if (
                candidate.phash
                and pdq_distance <= PDQ_LOW_INFO
                and hamming(reported_phash, candidate.phash) <= PHASH_LOW_INFO
            ):
                return _result(reported, "pdq+phash", int(pdq_distance))
        return None
    if whole <= PDQ_WHOLE:
        return _result(reported, "pdq", whole)
    phash = hamming(fp.phash, candidate.phash) if fp.phash and candidate.phash else None
    if phash is not None and whole <= PDQ_AGREE and phash <= PHASH_AGREE:
        return _result(reported, "pdq+phash", whole)
    if len(regions) and len(reported.crops):
        region = int(distances(reported.crops, regions).min())
        if region <= PDQ_REGION:
            return _result(reported, "pdq_region", region)
    return None


def _result(reported: _Reported, algorithm: str, distance: int) -> MatchResult:
    """Confidence 1 for identical hashes, falling linearly to 0 at 64 bits."""
    return MatchResult(reported.id, algorithm, distance, round(max(0.0, 1 - distance / 64), 3))


def _region_words(candidate: Fingerprint) -> np.ndarray:
    """Every dihedral hash of every informative region of the candidate, as words."""
    hexes = [
        pdq
        for region in (candidate.features or {}).get("regions", [])
        if region.get("q", 0) >= PDQ_MIN_QUALITY
        for pdq in region.get("pdq", [])
    ]
    return hex_to_words(hexes, 32)
