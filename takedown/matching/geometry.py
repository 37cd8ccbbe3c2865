"""Keypoint agreement: do enough local features of a reported image land where one
rotation, scale and shift of it would put them in the candidate?

Unrelated photos share a few similar corners by chance, scattered; a re-upload shares
dozens that all obey the same transform. The thresholds are in matcher.py.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

# Lowe's ratio test: a correspondence counts only when its best descriptor match is
# clearly better than the second best.
RATIO = 0.8
# Descriptors further apart than this (of 256 bits) are not the same corner.
MAX_DESCRIPTOR_DISTANCE = 64
# RANSAC tolerance, as a fraction of the candidate's longer side.
REPROJECTION = 0.012
# A re-upload is the reported image shrunk or enlarged, not by more than this.
MIN_SCALE, MAX_SCALE = 0.08, 12.0

_MATCHER = cv2.BFMatcher(cv2.NORM_HAMMING)


@dataclass(frozen=True)
class Agreement:
    inliers: int
    median_distance: int  # of the agreeing descriptors, 0..256
    coverage: float  # share of the reported image that lies inside the candidate
    spread: float  # share of the reported image spanned by the agreeing points


def agreement(reported, candidate) -> Agreement | None:
    """reported, candidate: keypoints.load() tuples. None when there is nothing to test."""
    r_xy, r_desc, r_w, r_h = reported
    c_xy, c_desc, c_w, c_h = candidate
    if len(r_desc) < 2 or len(c_desc) < 2:
        return None
    pairs = _MATCHER.knnMatch(c_desc, r_desc, k=2)
    good = [
        p[0]
        for p in pairs
        if len(p) == 2
        and p[0].distance <= MAX_DESCRIPTOR_DISTANCE
        and p[0].distance < RATIO * p[1].distance
    ]
    if len(good) < 6:
        return None
    src = np.float32([r_xy[m.trainIdx] for m in good])
    dst = np.float32([c_xy[m.queryIdx] for m in good])
    transform, mask = cv2.estimateAffinePartial2D(
        src,
        dst,
        method=cv2.RANSAC,
        ransacReprojThreshold=REPROJECTION * max(c_w, c_h),
        maxIters=2000,
        confidence=0.995,
        refineIters=10,
    )
    if transform is None:
        return None
    inlier = mask.ravel().astype(bool)
    scale = float(np.hypot(transform[0, 0], transform[1, 0]))
    if not MIN_SCALE <= scale <= MAX_SCALE:
        return None
    # Several correspondences onto one candidate point are one piece of evidence.
    unique = len({good[i].queryIdx for i in np.flatnonzero(inlier)})
    inlier_src = src[inlier]
    spread = 0.0
    if len(inlier_src) >= 3:
        span = inlier_src.max(axis=0) - inlier_src.min(axis=0)
        spread = float(span[0] * span[1] / (r_w * r_h))
    distances = [good[i].distance for i in np.flatnonzero(inlier)]
    return Agreement(
        inliers=unique,
        median_distance=int(np.median(distances)) if distances else 256,
        coverage=_coverage(transform, r_w, r_h, c_w, c_h),
        spread=spread,
    )


def _coverage(transform: np.ndarray, r_w: int, r_h: int, c_w: int, c_h: int) -> float:
    """Share of the reported frame that the transform puts inside the candidate frame."""
    grid = np.stack(np.meshgrid(np.linspace(0, r_w, 16), np.linspace(0, r_h, 16)), axis=-1).reshape(
        -1, 2
    )
    mapped = grid @ transform[:, :2].T + transform[:, 2]
    inside = (
        (mapped[:, 0] >= 0) & (mapped[:, 0] <= c_w) & (mapped[:, 1] >= 0) & (mapped[:, 1] <= c_h)
    )
    return float(inside.mean())
