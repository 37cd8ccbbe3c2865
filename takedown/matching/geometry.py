"""Keypoint agreement: do enough local features of a reported image land where one
rotation, scale and shift of it would put them in the candidate?

Unrelated photos share a few similar corners by chance, scattered; a re-upload shares
dozens that all obey the same transform. The thresholds are in matcher.py.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import cv2
import numpy as np

# Lowe's ratio test: a correspondence counts only when its best descriptor match in that
# reported image is clearly better than the second best there.
RATIO = 0.8
# Descriptors further apart than this (of 256 bits) are not the same corner.
MAX_DESCRIPTOR_DISTANCE = 64
# Neighbours fetched per candidate corner across all reported images at once.
NEIGHBOURS = 4
# OpenCV's matcher indexes at most 2**18 rows of one train set; larger sets of reported
# images are searched in blocks of this many rows and the neighbours merged.
BLOCK_ROWS = 200_000
# RANSAC tolerance, as a fraction of the candidate's longer side.
REPROJECTION = 0.012
# A re-upload is the reported image shrunk or enlarged, not by more than this.
MIN_SCALE, MAX_SCALE = 0.08, 12.0


@dataclass(frozen=True)
class Agreement:
    inliers: int  # distinct candidate corners that obey the transform
    median_distance: int  # of the agreeing descriptors, 0..256
    coverage: float  # share of the reported image that lies inside the candidate
    spread: float  # share of the reported image inside the box around the agreeing corners


class KeypointSets:
    """Every keypoint set of every reported image, searchable in one pass."""

    def __init__(self, sets: list[tuple[object, tuple]]):
        """sets: (owner, keypoints.load() tuple) pairs."""
        self.owners = [owner for owner, _ in sets]
        self.sets = [points for _, points in sets]
        self._matcher = cv2.BFMatcher(cv2.NORM_HAMMING)
        if self.sets:
            self._train = np.ascontiguousarray(np.concatenate([p[1] for p in self.sets]))
            self._set_of_row = np.concatenate(
                [np.full(len(p[1]), i, dtype=np.int32) for i, p in enumerate(self.sets)]
            )
            starts = np.cumsum([0] + [len(p[1]) for p in self.sets])
            self._start = starts[:-1]

    def agreements(self, candidate: tuple, min_pairs: int) -> list[tuple[object, Agreement]]:
        """(owner, Agreement) for every reported set with enough corner pairs to test."""
        if not self.sets or len(candidate[1]) < 2:
            return []
        c_xy, c_desc, c_w, c_h = candidate
        pairs = defaultdict(list)  # set index -> [(query, row, distance)]
        for neighbours in self._neighbours(c_desc):
            _good_per_set(neighbours, self._set_of_row, pairs)
        found = []
        for index, matches in pairs.items():
            if len(matches) < min_pairs:
                continue
            r_xy, _, r_w, r_h = self.sets[index]
            rows = np.array([m[1] for m in matches]) - self._start[index]
            queries = np.array([m[0] for m in matches])
            result = verify(
                r_xy[rows],
                c_xy[queries],
                queries,
                np.array([m[2] for m in matches]),
                (r_w, r_h),
                (c_w, c_h),
            )
            if result is not None:
                found.append((self.owners[index], result))
        return found

    def _neighbours(self, descriptors: np.ndarray) -> list[list[tuple[int, int, float]]]:
        """Each candidate corner's nearest rows as (query, row, distance), nearest first."""
        merged: list[list[tuple[int, int, float]]] = [[] for _ in range(len(descriptors))]
        for start in range(0, len(self._train), BLOCK_ROWS):
            block = self._train[start : start + BLOCK_ROWS]
            k = min(NEIGHBOURS, len(block))
            for query, found in enumerate(self._matcher.knnMatch(descriptors, block, k=k)):
                merged[query] += [(m.queryIdx, m.trainIdx + start, m.distance) for m in found]
        if len(self._train) > BLOCK_ROWS:
            merged = [sorted(found, key=lambda m: m[2])[:NEIGHBOURS] for found in merged]
        return merged


def _good_per_set(neighbours, set_of_row, pairs) -> None:
    """Ratio test within each reported set among one candidate corner's neighbours."""
    if not neighbours:
        return
    last = neighbours[-1][2]
    best: dict[int, tuple] = {}
    second: dict[int, float] = {}
    for query, row, distance in neighbours:
        index = int(set_of_row[row])
        if index not in best:
            best[index] = (query, row, distance)
        elif index not in second:
            second[index] = distance
    full = len(neighbours) == NEIGHBOURS
    for index, (query, row, distance) in best.items():
        if distance > MAX_DESCRIPTOR_DISTANCE:
            continue
        # Without a second neighbour from the same set among those fetched, the last
        # fetched one bounds it from below (or there is no second at all).
        runner_up = second.get(index, last if full else float("inf"))
        if distance < RATIO * runner_up:
            pairs[index].append((query, row, distance))


def verify(src, dst, queries, distances, reported_size, candidate_size) -> Agreement | None:
    """RANSAC a similarity transform (rotation, uniform scale, shift) from src to dst."""
    r_w, r_h = reported_size
    c_w, c_h = candidate_size
    transform, mask = cv2.estimateAffinePartial2D(
        np.float32(src),
        np.float32(dst),
        method=cv2.RANSAC,
        ransacReprojThreshold=REPROJECTION * max(c_w, c_h),
        maxIters=2000,
        confidence=0.995,
        refineIters=10,
    )
    if transform is None:
        return None
    scale = float(np.hypot(transform[0, 0], transform[1, 0]))
    if not MIN_SCALE <= scale <= MAX_SCALE:
        return None
    inlier = mask.ravel().astype(bool)
    if not inlier.any():
        return None
    agreeing = np.float32(src)[inlier]
    span = agreeing.max(axis=0) - agreeing.min(axis=0)
    return Agreement(
        # Several reported corners matched to one candidate corner are one piece of evidence.
        inliers=len(set(queries[inlier].tolist())),
        median_distance=int(np.median(distances[inlier])),
        coverage=_coverage(transform, r_w, r_h, c_w, c_h),
        spread=float(span[0] * span[1]) / (r_w * r_h),
    )


def _coverage(transform: np.ndarray, r_w: int, r_h: int, c_w: int, c_h: int) -> float:
    """Share of the reported frame that the transform puts inside the candidate frame."""
    xs, ys = np.meshgrid(np.linspace(0, r_w, 16), np.linspace(0, r_h, 16))
    grid = np.stack([xs.ravel(), ys.ravel()], axis=1)
    mapped = grid @ transform[:, :2].T + transform[:, 2]
    inside = (
        (mapped[:, 0] >= 0) & (mapped[:, 0] <= c_w) & (mapped[:, 1] >= 0) & (mapped[:, 1] <= c_h)
    )
    return float(inside.mean())
