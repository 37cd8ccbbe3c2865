import hashlib

import numpy as np
from PIL import Image, ImageOps

from takedown.hashing import Fingerprint, fingerprint_candidate, fingerprint_reported
from takedown.hashing.fingerprint import whole_image_keypoints
from takedown.hashing.hexbits import hamming
from takedown.hashing.perceptual import pdq_dihedral
from tests.hashing.images import encode, photo


def test_reported_fingerprint_has_every_hash():
    data = encode(photo("chelsea"), quality=95)
    fingerprint = fingerprint_reported(data)
    assert fingerprint.sha256 == hashlib.sha256(data).hexdigest()
    assert len(fingerprint.pdq) == 64 and len(fingerprint.phash) == 16
    assert (fingerprint.width, fingerprint.height) == (451, 300)
    assert fingerprint.pdq_quality >= 50 and not fingerprint.low_information
    assert len(fingerprint.features["dihedral"]) == 8
    assert fingerprint.features["dihedral"][0] == fingerprint.pdq
    assert len(fingerprint.features["crops"]) >= 5
    assert len(fingerprint.features["phash_dihedral"]) == 8
    assert fingerprint.features["keypoints"]


def test_pdq_is_pdqhash_canonical_hex_of_the_upright_pixels():
    image = photo("coffee")
    data = encode(image, "PNG")
    expected, quality = pdq_dihedral(np.asarray(image))
    fingerprint = fingerprint_reported(data)
    assert fingerprint.pdq == expected[0]
    assert fingerprint.features["dihedral"] == expected
    assert fingerprint.pdq_quality == quality


def test_dihedral_variant_of_mirror_is_close_to_the_mirror_pdq():
    image = photo("rocket")
    mirrored = fingerprint_reported(encode(ImageOps.mirror(image), "PNG"))
    original = fingerprint_reported(encode(image, "PNG"))
    flip_y = original.features["dihedral"][5]
    assert hamming(flip_y, mirrored.pdq) <= 32
    assert hamming(original.pdq, mirrored.pdq) > 64


def test_flat_image_is_low_information():
    data = encode(Image.new("RGB", (300, 200), (200, 30, 30)), "PNG")
    assert fingerprint_reported(data).low_information
    assert fingerprint_candidate(data).low_information


def test_candidate_fingerprint_has_regions_with_dihedral_hashes():
    fingerprint = fingerprint_candidate(encode(photo("astronaut")))
    regions = fingerprint.features["regions"]
    assert regions[0]["box"] == [0.0, 0.0, 1.0, 1.0]
    assert all(len(region["pdq"]) == 8 for region in regions)


def test_from_fields_derives_low_information():
    fingerprint = fingerprint_reported(encode(photo("chelsea")))
    stored = Fingerprint.from_fields(
        sha256=fingerprint.sha256,
        pdq=fingerprint.pdq,
        pdq_quality=fingerprint.pdq_quality,
        phash=fingerprint.phash,
        width=fingerprint.width,
        height=fingerprint.height,
        features=fingerprint.features,
    )
    assert stored == fingerprint
    assert Fingerprint.from_fields(pdq="0" * 64, pdq_quality=10, features={}).low_information


def test_whole_frame_keypoints_are_told_from_a_cells():
    """A screenshot's found image has corners of the whole frame and of each cell; only
    the first frame's whole corners describe the image as a whole."""
    canvas = Image.new("RGB", (540, 1170), "white")
    canvas.paste(photo("coffee").resize((540, 360)), (0, 200))
    candidate = fingerprint_candidate(encode(canvas, "PNG"))
    sets = candidate.features["keypoints"]
    assert sets[0]["frame"] == 0
    assert any("frame" not in s for s in sets)  # the photo's cell
    whole = whole_image_keypoints(candidate.features)
    assert whole == {key: sets[0][key] for key in ("w", "h", "xy", "d")}
    assert whole_image_keypoints({"keypoints": [{**sets[0], "frame": 1}]}) is None
    assert whole_image_keypoints({}) is None
