"""Which parts of an image get their own hash.

A re-upload keeps only part of the reported image (a crop to a square or 9:16) or shows
it inside something else (black bars, a blurred copy of itself, an app's screenshot, a
collage). PDQ of the whole image then says nothing. So the reported side hashes a grid
of crops of itself, and the candidate side hashes the regions of itself that may be the
reported image: the whole, the content inside uniform or blurred borders, and the
rectangles that straight edges cut out of it (screenshots, collage tiles).
"""

from __future__ import annotations

import itertools

import numpy as np

from takedown.hashing import perceptual

# Crops and regions are hashed on a copy whose longest side is this many pixels: PDQ
# reduces every image to 64 x 64 anyway, and a 9:16 crop of a landscape photo still
# spans well over 64 pixels.
WORKING_SIZE = 384
# A region or crop smaller than this fraction of a side is not worth a hash.
MIN_SIDE_FRACTION = 0.2


# PDQ moves about 30 bits when the frame moves by 1 %, so a crop grid cannot follow
# arbitrary crops (keypoints.py does). It covers the crops sites make most: the centred
# square, 9:16 and 4:5 (and their landscape forms), and an even trim of every side.
ASPECTS = (1.0, 9 / 16, 4 / 5, 16 / 9, 5 / 4)
EVEN_TRIMS = (0.05, 0.1, 0.15, 0.2)


def reported_variants(work: np.ndarray) -> dict:
    """PDQ of the crops a site is likely to make of the reported image."""
    height, width = work.shape[:2]
    boxes = [(t, t, 1 - t, 1 - t) for t in EVEN_TRIMS]
    boxes += [box for aspect in ASPECTS for box in _aspect_boxes(width, height, aspect)]
    crops = []
    for box in boxes:
        region = cut(work, box)
        if min(region.shape[:2]) < 16:
            continue
        pdq, quality = perceptual.pdq(region)
        if quality >= perceptual.PDQ_MIN_QUALITY:
            crops.append(pdq)
    return {"crops": crops}


def _aspect_boxes(width: int, height: int, aspect: float):
    """The centred box of the given width/height ratio, as large as fits."""
    if width / height > aspect:
        fraction = aspect * height / width
        if fraction > 0.95:
            return
        x0 = round((1 - fraction) / 2, 3)
        yield (x0, 0.0, round(x0 + fraction, 3), 1.0)
    else:
        fraction = width / aspect / height
        if fraction > 0.95:
            return
        y0 = round((1 - fraction) / 2, 3)
        yield (0.0, y0, 1.0, round(y0 + fraction, 3))


def cut(work: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    height, width = work.shape[:2]
    x0, y0, x1, y1 = box
    return work[round(y0 * height) : round(y1 * height), round(x0 * width) : round(x1 * width)]


def candidate_regions(work: np.ndarray, cells: list | None = None) -> list[dict]:
    """The whole candidate and its sub-regions, each with PDQ's eight dihedral hashes."""
    boxes = [(0.0, 0.0, 1.0, 1.0)]
    inner = content_box(work)
    if inner is not None:
        boxes.append(inner)
    boxes += cells if cells is not None else line_cells(work)
    regions = []
    seen = set()
    for box in boxes:
        key = tuple(round(v, 2) for v in box)
        if key in seen:
            continue
        seen.add(key)
        region = cut(work, box)
        if min(region.shape[:2]) < 16:
            continue
        dihedral, quality = perceptual.pdq_dihedral(region)
        regions.append({"box": [round(v, 3) for v in box], "q": quality, "pdq": dihedral})
    return regions


def content_box(work: np.ndarray) -> tuple[float, float, float, float] | None:
    """The box inside uniform or blurred borders (letterbox, pillarbox, blurred padding)."""
    lum = perceptual.luminance(work)
    height, width = lum.shape
    if height < 16 or width < 16:
        return None
    # Activity: how much each row and column changes across itself. Bars of one colour
    # have none; a blurred copy of the image has little.
    dx = np.abs(np.diff(lum, axis=1))
    dy = np.abs(np.diff(lum, axis=0))
    rows = dx.mean(axis=1)
    cols = dy.mean(axis=0)
    y0, y1 = _active_span(rows)
    x0, x1 = _active_span(cols)
    if (y1 - y0) < MIN_SIDE_FRACTION * height or (x1 - x0) < MIN_SIDE_FRACTION * width:
        return None
    box = (x0 / width, y0 / height, x1 / width, y1 / height)
    if box[0] < 0.02 and box[1] < 0.02 and box[2] > 0.98 and box[3] > 0.98:
        return None
    return box


def _active_span(activity: np.ndarray) -> tuple[int, int]:
    n = len(activity)
    middle = activity[n // 4 : n - n // 4]
    level = float(np.median(middle)) if len(middle) else 0.0
    if level <= 0:
        return 0, n
    active = np.flatnonzero(activity > 0.25 * level)
    if len(active) == 0:
        return 0, n
    return int(active[0]), int(active[-1]) + 1


# A straight boundary: a row (or column) where at least LINE_SHARE of the pixels step by
# more than LINE_STEP grey levels from the row before. Photos rarely have one across
# their whole width; screenshots (the photo's top and bottom edge), collages (between
# tiles), captions and borders always do.
LINE_STEP = 12
LINE_SHARE = 0.5
# Lines closer than this fraction of the side are one boundary (both sides of a gap).
LINE_MERGE = 0.03
MAX_CELLS = 4


def cells(work: np.ndarray) -> list[tuple[float, float, float, float]]:
    """The rectangles of the candidate that may each be a whole picture: those between
    straight boundaries and those laid on a uniform backdrop, without repeats."""
    found = []
    for box in line_cells(work) + backdrop_cells(work):
        if all(max(abs(a - b) for a, b in zip(box, seen, strict=True)) > 0.02 for seen in found):
            found.append(box)
    return found


def line_cells(work: np.ndarray) -> list[tuple[float, float, float, float]]:
    """The rectangles between straight full-width and full-height boundaries, largest
    first: the photo inside a screenshot, the tiles of a collage."""
    lum = perceptual.luminance(work)
    height, width = lum.shape
    if height < 32 or width < 32:
        return []
    ys = _lines(np.abs(np.diff(lum, axis=0)) > LINE_STEP, axis=1, size=height)
    xs = _lines(np.abs(np.diff(lum, axis=1)) > LINE_STEP, axis=0, size=width)
    if len(ys) == 2 and len(xs) == 2:
        return []
    cells = []
    for y0, y1 in itertools.pairwise(ys):
        for x0, x1 in itertools.pairwise(xs):
            if y1 - y0 < MIN_SIDE_FRACTION * height or x1 - x0 < MIN_SIDE_FRACTION * width:
                continue
            if (y1 - y0) * (x1 - x0) > 0.9 * height * width:
                continue
            if lum[y0:y1, x0:x1].std() < perceptual.FLAT_STDDEV:
                continue
            cells.append((x0 / width, y0 / height, x1 / width, y1 / height))
    cells.sort(key=lambda b: -(b[2] - b[0]) * (b[3] - b[1]))
    return cells[:MAX_CELLS]


# An app's screenshot is mostly one backdrop colour (white, black) with a photo laid on
# it: rows where under BACKDROP_SHARE of the pixels are within BACKDROP_TOLERANCE of
# that colour belong to the photo, whatever its edges look like (soft, dark, faded into
# white). The commonest colour counts as a backdrop only if it covers BACKDROP_MIN of the
# image and fills BACKDROP_ROWS of the rows from side to side, as an app's margins, gaps
# and bars do and a photo's sky does not.
BACKDROP_TOLERANCE = 10
BACKDROP_SHARE = 0.6
BACKDROP_MIN = 0.2
BACKDROP_ROWS = 0.1
# A run of photo rows shorter than this fraction of the height is a header or a banner.
BACKDROP_MIN_RUN = 0.1


def backdrop_cells(work: np.ndarray) -> list[tuple[float, float, float, float]]:
    """The rectangles laid on a uniform backdrop, largest first: the photo of a post in
    a screenshot of an app, even where its edges are too soft for line_cells."""
    height, width = work.shape[:2]
    if height < 32 or width < 32 or work.ndim != 3:
        return []
    pixels = work[:, :, :3].astype(np.int16)
    coarse = pixels // 16
    colour = coarse[:, :, 0] * 256 + coarse[:, :, 1] * 16 + coarse[:, :, 2]
    counts = np.bincount(colour.ravel(), minlength=4096)
    if counts.max() < BACKDROP_MIN * height * width:
        return []
    backdrop = np.median(pixels[colour == counts.argmax()], axis=0)
    on_backdrop = np.all(np.abs(pixels - backdrop) <= BACKDROP_TOLERANCE, axis=2)
    share = on_backdrop.mean(axis=1)
    if np.mean(share > 0.98) < BACKDROP_ROWS:
        return []
    photo_rows = share < BACKDROP_SHARE
    found = []
    for y0, y1 in _runs(photo_rows):
        if y1 - y0 < BACKDROP_MIN_RUN * height:
            continue
        columns = np.flatnonzero(on_backdrop[y0:y1].mean(axis=0) < BACKDROP_SHARE)
        if len(columns) == 0:
            continue
        x0, x1 = int(columns[0]), int(columns[-1]) + 1
        if x1 - x0 < MIN_SIDE_FRACTION * width or (y1 - y0) * (x1 - x0) > 0.9 * height * width:
            continue
        found.append((x0 / width, y0 / height, x1 / width, y1 / height))
    found.sort(key=lambda b: -(b[2] - b[0]) * (b[3] - b[1]))
    return found[:MAX_CELLS]


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of True."""
    edges = np.flatnonzero(np.diff(np.concatenate([[0], flags.astype(np.int8), [0]])))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def _lines(steps: np.ndarray, axis: int, size: int) -> list[int]:
    """Positions of boundaries (image edges included), near ones merged."""
    share = steps.mean(axis=axis)
    found = [int(i) + 1 for i in np.flatnonzero(share >= LINE_SHARE)]
    merged: list[int] = []
    for position in found:
        if merged and position - merged[-1] < LINE_MERGE * size:
            continue
        merged.append(position)
    lines = [0, *merged, size]
    # Drop boundaries hugging an image edge: they make slivers, not cells.
    return sorted(
        {p for p in lines if p in (0, size) or LINE_MERGE * size < p < size * (1 - LINE_MERGE)}
    )
