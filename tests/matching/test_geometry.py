"""The keypoint agreement on its own, with synthetic corner sets where the answer is known."""

import numpy as np

from takedown.matching.geometry import KeypointSets

RNG = np.random.default_rng(3)


def corner_set(n=200, size=(800, 600)):
    xy = RNG.uniform(0, 1, (n, 2)).astype(np.float32) * np.float32(size)
    descriptors = RNG.integers(0, 256, (n, 32), dtype=np.uint8)
    return xy, descriptors, size[0], size[1]


def flip_bits(descriptors, bits):
    noisy = descriptors.copy()
    for row in noisy:
        for bit in RNG.choice(256, bits, replace=False):
            row[bit // 8] ^= 1 << (bit % 8)
    return noisy


def test_scaled_rotated_and_shifted_copy_agrees():
    xy, descriptors, w, h = corner_set()
    angle = np.deg2rad(5)
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    moved = (xy @ rotation.T) * 0.5 + np.array([40, 30])
    candidate = (moved.astype(np.float32), flip_bits(descriptors, 20), 500, 400)
    found = KeypointSets([("a", (xy, descriptors, w, h))]).agreements(candidate, 6)
    assert len(found) == 1
    owner, agreement = found[0]
    assert owner == "a"
    assert agreement.inliers >= 180
    assert agreement.median_distance == 20
    assert agreement.spread > 0.8


def test_same_descriptors_in_a_random_layout_do_not_agree():
    xy, descriptors, w, h = corner_set()
    scattered = RNG.permutation(xy)
    candidate = (scattered, descriptors, w, h)
    found = KeypointSets([("a", (xy, descriptors, w, h))]).agreements(candidate, 6)
    assert all(agreement.inliers < 10 for _, agreement in found)


def test_a_corner_that_looks_alike_in_two_reported_images_still_counts_for_each():
    xy, descriptors, w, h = corner_set()
    twin = (xy.copy(), descriptors.copy(), w, h)
    candidate = (xy.copy(), flip_bits(descriptors, 10), w, h)
    found = dict(
        KeypointSets([("a", (xy, descriptors, w, h)), ("b", twin)]).agreements(candidate, 6)
    )
    assert found["a"].inliers >= 180 and found["b"].inliers >= 180


def test_more_reported_corners_than_opencv_indexes_at_once(monkeypatch):
    from takedown.matching import geometry

    monkeypatch.setattr(geometry, "BLOCK_ROWS", 300)
    sets = [(f"other-{i}", corner_set()) for i in range(3)]
    xy, descriptors, w, h = corner_set()
    sets.insert(2, ("target", (xy, descriptors, w, h)))
    candidate = (xy.copy(), flip_bits(descriptors, 12), w, h)
    found = dict(KeypointSets(sets).agreements(candidate, 6))
    assert found["target"].inliers >= 180
    assert all(agreement.inliers < 10 for owner, agreement in found.items() if owner != "target")
