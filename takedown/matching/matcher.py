"""Which reported images does a candidate contain? Conservative by construction.

A false match accuses a stranger's image, so every rule below is a threshold measured
on non-matching pairs (benchmarks/robustness.py) with a margin, and the more hashes a
rule compares, the tighter its threshold: comparing 150 crops with 100 regions is
15,000 chances for two unrelated photos to look alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from takedown.hashing import Fingerprint, keypoints
from takedown.hashing.hexbits import distances, hamming, hex_to_words
from takedown.hashing.perceptual import PDQ_MIN_QUALITY
from takedown.matching import geometry

# Whole image against whole image with PDQ's eight rotations and flips: Meta's own
# operating point for PDQ is 31 of 256 bits; ThreatExchange reports it near-free of
# false positives on natural photos.
PDQ_WHOLE = 31
# A crop of the reported image against a region of the candidate: thousands of
# comparisons per pair, so tighter.
PDQ_REGION = 24
# Two hashes that agree: PDQ and pHash both close on the whole image. Each alone is
# loose; unrelated photos rarely come close on both.
PDQ_AGREE = 52
PHASH_AGREE = 10
# A low-information image (flat, or PDQ quality under 50) is matched only when both
# hashes say so, and tightly.
PDQ_LOW_INFO = 16
PHASH_LOW_INFO = 4
# Keypoints: this many distinct corners agreeing on one similarity transform, and the
# reported image mostly inside the candidate.
MIN_INLIERS = 20
MIN_COVERAGE = 0.2
# Median descriptor distance of the agreeing corners: the same corner re-encoded differs
# by 10 to 35 bits of 256; look-alike corners of unrelated photos by 45 or more.
MAX_MEDIAN_DISTANCE = 40


@dataclass(frozen=True)
class MatchResult:
    reported_id: int | str
    algorithm: str  # "sha256", "pdq", "pdq_region", "pdq+phash"
    distance: int
    confidence: float


@dataclass
class _Reported:
    id: int | str
    fingerprint: Fingerprint
    whole: np.ndarray  # dihedral PDQ of the whole image, words
    crops: np.ndarray  # PDQ of crops (whole image first), words
    keypoints: list


class Matcher:
    def __init__(self, reported: Iterable[tuple[int | str, Fingerprint]]):
        self._reported = []
        for reported_id, fingerprint in reported:
            features = fingerprint.features or {}
            dihedral = features.get("dihedral") or ([fingerprint.pdq] if fingerprint.pdq else [])
            crops = ([fingerprint.pdq] if fingerprint.pdq else []) + list(features.get("crops", []))
            self._reported.append(
                _Reported(
                    id=reported_id,
                    fingerprint=fingerprint,
                    whole=hex_to_words(dihedral, 32),
                    crops=hex_to_words(crops, 32),
                    keypoints=[keypoints.load(k) for k in features.get("keypoints", [])],
                )
            )

    def match(self, candidate: Fingerprint) -> list[MatchResult]:
        """The best match per reported image, most confident first; empty when none."""
        regions = _regions(candidate)
        candidate_points = [
            keypoints.load(k) for k in (candidate.features or {}).get("keypoints", [])
        ]
        results = []
        for reported in self._reported:
            result = self._match_one(reported, candidate, regions, candidate_points)
            if result is not None:
                results.append(result)
        results.sort(key=lambda r: (-r.confidence, str(r.reported_id)))
        return results

    def _match_one(
        self, reported: _Reported, candidate: Fingerprint, regions, candidate_points
    ) -> MatchResult | None:
        fp = reported.fingerprint
        if fp.sha256 and fp.sha256 == candidate.sha256:
            return MatchResult(reported.id, "sha256", 0, 1.0)
        found = []
        if candidate.pdq and len(reported.whole):
            found = self._match_hashes(reported, candidate, regions)
        if found:
            algorithm, distance = min(found, key=lambda item: item[1])
            return MatchResult(reported.id, algorithm, distance, _confidence(distance))
        return _match_keypoints(reported, candidate_points)

    @staticmethod
    def _match_hashes(reported: _Reported, candidate: Fingerprint, regions) -> list:
        fp = reported.fingerprint
        per_transform = distances(reported.whole, hex_to_words([candidate.pdq], 32))[:, 0]
        whole = int(per_transform.min())
        phash = hamming(fp.phash, candidate.phash) if fp.phash and candidate.phash else None
        if fp.low_information or candidate.low_information:
            # Never on PDQ alone: flat images all look alike to it. Both hashes must
            # agree, on the same rotation or flip.
            phashes = (fp.features or {}).get("phash_dihedral") or [fp.phash] * bool(fp.phash)
            if not candidate.phash:
                return []
            for pdq_distance, reported_phash in zip(per_transform, phashes, strict=False):
                phash_distance = hamming(reported_phash, candidate.phash)
                if pdq_distance <= PDQ_LOW_INFO and phash_distance <= PHASH_LOW_INFO:
                    return [("pdq+phash", int(pdq_distance))]
            return []
        found = []
        if whole <= PDQ_WHOLE:
            found.append(("pdq", whole))
        if phash is not None and whole <= PDQ_AGREE and phash <= PHASH_AGREE:
            found.append(("pdq+phash", whole))
        region_words, _ = regions
        if len(region_words) and len(reported.crops):
            region = int(distances(reported.crops, region_words).min())
            if region <= PDQ_REGION:
                found.append(("pdq_region", region))
        return found


def _match_keypoints(reported: _Reported, candidate_points) -> MatchResult | None:
    best = None
    for r_points in reported.keypoints:
        for c_points in candidate_points:
            found = geometry.agreement(r_points, c_points)
            if (
                found is not None
                and found.inliers >= MIN_INLIERS
                and found.coverage >= MIN_COVERAGE
                and found.median_distance <= MAX_MEDIAN_DISTANCE
                and (best is None or found.inliers > best.inliers)
            ):
                best = found
    if best is None:
        return None
    confidence = round(min(1.0, 0.5 + best.inliers / (8 * MIN_INLIERS)), 3)
    return MatchResult(reported.id, "keypoints", best.median_distance, confidence)


def _regions(candidate: Fingerprint):
    """Every dihedral hash of every informative region of the candidate, as words."""
    hexes, boxes = [], []
    for region in (candidate.features or {}).get("regions", []):
        if region.get("q", 0) < PDQ_MIN_QUALITY:
            continue
        for pdq in region.get("pdq", []):
            hexes.append(pdq)
            boxes.append(region.get("box"))
    return hex_to_words(hexes, 32), boxes


def _confidence(pdq_distance: int) -> float:
    """1 for identical hashes, falling linearly to 0 at 64 bits (a quarter of PDQ)."""
    return round(max(0.0, 1.0 - pdq_distance / 64), 3)
