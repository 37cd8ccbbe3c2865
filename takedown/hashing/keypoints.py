"""Local features: what survives a crop, a screenshot, a collage or a tilt.

PDQ describes the whole frame, so moving the frame by 1 % flips about 30 of its 256 bits;
a crop of 10 % is a different hash. ORB keypoints (corners, each with a 256-bit binary
descriptor of the patch around it) stay put when the frame moves, and a set of them that
agrees on one geometric transform is strong evidence that two images show the same
pixels.

What is stored, and why it cannot rebuild the picture (docs/privacy.md): at most
MAX_REPORTED points, each its position quantised to a grid of POSITION_STEPS per side and
its descriptor (256 "is this point brighter than that one" comparisons). Not the
keypoint's scale or orientation, without which a descriptor cannot even be laid out in
the image, and no pixel values.
"""

from __future__ import annotations

import base64

import cv2
import numpy as np

# The hash queue runs one worker process per core; OpenCV's own threads would fight them.
cv2.setNumThreads(1)

# ORB is computed on a copy of about this many pixels: a 12-megapixel photo and its
# thumbnail then yield comparable points, and detection stays near 10 ms.
DETECT_PIXELS = 400_000
# More points for the reported image: a 25 % crop of every side keeps a quarter of them.
MAX_REPORTED = 500
MAX_CANDIDATE = 700
MAX_CELL = 400
# Positions are stored as integers in [0, POSITION_STEPS) along each side.
POSITION_STEPS = 1024


# Corners are first over-detected with a low contrast threshold, then thinned to the
# strongest few of each cell of a GRID x GRID grid, so that a caption, a watermark or an
# app's text cannot take every point for itself. The threshold is 3 grey levels because
# a dark or misty photo (a storm sky, a night scene) spans a few dozen levels: at 8 it
# had a dozen corners and none of its crops matched; a sharp photo has more corners
# than its budget either way, and the strongest are the same.
OVERDETECT = 4
FAST_THRESHOLD = 3
GRID = 8
DETECT_CELLS = 4
CELL_MARGIN = 24
# Thumbnails are enlarged for detection up to this factor: a 160-pixel re-upload still
# has corners at the scales ORB looks at.
MAX_UPSCALE = 4.0


def _orb(n: int):
    return cv2.ORB_create(
        nfeatures=n,
        scaleFactor=1.2,
        nlevels=8,
        edgeThreshold=19,
        patchSize=31,
        fastThreshold=FAST_THRESHOLD,
    )


def gray_for_detection(rgb: np.ndarray) -> np.ndarray:
    gray = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY)
    height, width = gray.shape
    scale = min((DETECT_PIXELS / (height * width)) ** 0.5, MAX_UPSCALE)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    if scale < 0.95:
        gray = cv2.resize(gray, size, interpolation=cv2.INTER_AREA)
    elif scale > 1.05:
        gray = cv2.resize(gray, size, interpolation=cv2.INTER_CUBIC)
    return gray


def _detect_per_cell(gray: np.ndarray, total: int) -> list:
    """Detect in each cell of a DETECT_CELLS grid with its own budget: ORB keeps the
    strongest corners of the whole image, and one busy part (a textured tile of a
    collage, an app's text) would otherwise leave none for a smoother photo beside it."""
    height, width = gray.shape
    orb = _orb(max(16, total // (DETECT_CELLS * DETECT_CELLS)))
    points = []
    for row in range(DETECT_CELLS):
        for column in range(DETECT_CELLS):
            x0, x1 = width * column // DETECT_CELLS, width * (column + 1) // DETECT_CELLS
            y0, y1 = height * row // DETECT_CELLS, height * (row + 1) // DETECT_CELLS
            # A margin so that corners near the cell's edge are found, then kept only
            # by the cell that owns them.
            ax, ay = max(0, x0 - CELL_MARGIN), max(0, y0 - CELL_MARGIN)
            bx, by = min(width, x1 + CELL_MARGIN), min(height, y1 + CELL_MARGIN)
            for point in orb.detect(gray[ay:by, ax:bx], None):
                x, y = point.pt[0] + ax, point.pt[1] + ay
                if x0 <= x < x1 and y0 <= y < y1:
                    point.pt = (x, y)
                    points.append(point)
    return points


def _spread(points, limit: int, width: int, height: int):
    """The strongest points of each grid cell first, then the strongest of the rest."""
    if len(points) <= limit:
        return list(points)
    order = sorted(range(len(points)), key=lambda i: -points[i].response)
    per_cell = max(1, limit // (GRID * GRID))
    counts: dict[tuple[int, int], int] = {}
    chosen, rest = [], []
    for i in order:
        x, y = points[i].pt
        cell = (min(GRID - 1, int(x * GRID / width)), min(GRID - 1, int(y * GRID / height)))
        if counts.get(cell, 0) < per_cell:
            counts[cell] = counts.get(cell, 0) + 1
            chosen.append(points[i])
        else:
            rest.append(points[i])
    return (chosen + rest)[:limit]


def extract(rgb: np.ndarray, limit: int) -> dict | None:
    """Keypoints of an image as JSON-ready strings; None when it has too few to use."""
    gray = gray_for_detection(rgb)
    height, width = gray.shape
    if min(height, width) < 40:
        return None
    orb = _orb(limit)
    points = _spread(_detect_per_cell(gray, limit * OVERDETECT), limit, width, height)
    points, descriptors = orb.compute(gray, points)
    if descriptors is None or len(points) < 8:
        return None
    xy = np.array([p.pt for p in points], dtype=np.float64)
    steps = np.empty_like(xy)
    steps[:, 0] = xy[:, 0] / width * POSITION_STEPS
    steps[:, 1] = xy[:, 1] / height * POSITION_STEPS
    positions = np.clip(np.floor(steps), 0, POSITION_STEPS - 1).astype("<u2")
    return {
        "w": width,
        "h": height,
        "xy": base64.b64encode(positions.tobytes()).decode("ascii"),
        "d": base64.b64encode(np.ascontiguousarray(descriptors).tobytes()).decode("ascii"),
    }


def load(stored: dict) -> tuple[np.ndarray, np.ndarray, int, int]:
    """(positions in pixels of the detection copy, descriptors uint8 n x 32, width, height)."""
    width, height = int(stored["w"]), int(stored["h"])
    steps = np.frombuffer(base64.b64decode(stored["xy"]), dtype="<u2").reshape(-1, 2)
    descriptors = np.frombuffer(base64.b64decode(stored["d"]), dtype=np.uint8).reshape(-1, 32)
    if len(steps) != len(descriptors):
        raise ValueError("keypoint positions and descriptors differ in number")
    positions = (steps.astype(np.float32) + 0.5) / POSITION_STEPS
    positions[:, 0] *= width
    positions[:, 1] *= height
    return positions, descriptors, width, height
