import base64
import json

import numpy as np

from takedown.hashing import keypoints
from tests.hashing.images import photo


def test_stored_keypoints_are_positions_and_descriptors_only():
    stored = keypoints.extract(np.asarray(photo("astronaut")), keypoints.MAX_REPORTED)
    assert set(stored) == {"w", "h", "xy", "d"}
    json.dumps(stored)
    positions, descriptors, width, height = keypoints.load(stored)
    assert 100 <= len(descriptors) <= keypoints.MAX_REPORTED
    assert descriptors.shape[1] == 32  # 256 bits each, nothing else per point
    assert len(base64.b64decode(stored["xy"])) == 4 * len(descriptors)  # two uint16
    assert (positions[:, 0] < width).all() and (positions[:, 1] < height).all()


def test_keypoints_are_spread_over_the_image():
    stored = keypoints.extract(np.asarray(photo("astronaut")), keypoints.MAX_REPORTED)
    positions, _, width, height = keypoints.load(stored)
    quadrants = {(x * 2 // width, y * 2 // height) for x, y in positions.astype(int)}
    assert len(quadrants) == 4


def test_featureless_image_has_no_keypoints():
    assert keypoints.extract(np.full((300, 300, 3), 128, dtype=np.uint8), 100) is None


def test_thumbnails_are_enlarged_for_detection():
    small = np.asarray(photo("chelsea").resize((150, 100)))
    stored = keypoints.extract(small, keypoints.MAX_CANDIDATE)
    assert stored is not None and stored["w"] > 150


def test_a_dark_low_contrast_photo_still_has_corners():
    """A night or storm photo spans a few dozen grey levels: its corners are faint but
    they are there, and a crop of it must still find them."""
    dark = (np.asarray(photo("chelsea"), dtype=np.float32) * 0.15 + 20).astype(np.uint8)
    stored = keypoints.extract(dark, keypoints.MAX_REPORTED)
    assert stored is not None
    assert len(keypoints.load(stored)[1]) >= keypoints.MAX_REPORTED // 2
