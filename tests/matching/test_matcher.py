from PIL import Image, ImageOps

from takedown.hashing import (
    Fingerprint,
    fingerprint_candidate,
    fingerprint_from_browser,
    fingerprint_reported,
)
from takedown.hashing.browser import browser_payload
from takedown.matching import Matcher
from tests.hashing.images import PHOTO_NAMES, encode, photo


def reported_matcher(*names):
    return Matcher([(name, fingerprint_reported(encode(photo(name), "PNG"))) for name in names])


def test_re_encoded_copy_matches_its_own_reported_image_only():
    matcher = reported_matcher(*PHOTO_NAMES)
    for name in PHOTO_NAMES:
        results = matcher.match(fingerprint_candidate(encode(photo(name), quality=70)))
        assert [r.reported_id for r in results] == [name]
        assert 0.5 < results[0].confidence <= 1.0


def test_identical_file_matches_by_sha256():
    data = encode(photo("coffee"), "PNG")
    results = Matcher([(7, fingerprint_reported(data))]).match(fingerprint_candidate(data))
    assert results[0].algorithm == "sha256" and results[0].distance == 0


def test_mirror_matches():
    matcher = reported_matcher("rocket")
    results = matcher.match(fingerprint_candidate(encode(ImageOps.mirror(photo("rocket")))))
    assert [r.reported_id for r in results] == ["rocket"]


def test_letterboxed_copy_matches():
    image = photo("chelsea")
    canvas = Image.new("RGB", (image.width, image.width * 16 // 9), "black")
    canvas.paste(image, (0, (canvas.height - image.height) // 2))
    results = reported_matcher("chelsea").match(fingerprint_candidate(encode(canvas)))
    assert [r.reported_id for r in results] == ["chelsea"]


def test_unrelated_photos_do_not_match():
    matcher = reported_matcher("chelsea", "coffee", "rocket")
    for name in ("astronaut", "camera", "motorcycle_left"):
        assert matcher.match(fingerprint_candidate(encode(photo(name)))) == []


def test_flat_images_never_match_each_other_on_pdq():
    grey = encode(Image.new("RGB", (200, 200), (128, 128, 128)), "PNG")
    white = encode(Image.new("RGB", (300, 300), (250, 250, 250)), "PNG")
    assert Matcher([(1, fingerprint_reported(grey))]).match(fingerprint_candidate(white)) == []


def test_browser_fingerprint_matches_a_re_upload():
    reported = fingerprint_reported(encode(photo("astronaut"), "PNG"))
    browser = fingerprint_from_browser(browser_payload(reported, crops=False, phash=False))
    candidate = fingerprint_candidate(encode(ImageOps.mirror(photo("astronaut")), quality=60))
    assert [r.reported_id for r in Matcher([(3, browser)]).match(candidate)] == [3]


def test_browser_fingerprint_with_crops_matches_a_square_crop():
    """pdq.js sends the PDQ of the crops variants.reported_variants lists, so a square
    re-upload is found even though the browser sends no keypoints."""
    image = photo("astronaut").crop((0, 0, 512, 384))
    reported = fingerprint_reported(encode(image, "PNG"))
    square = encode(image.crop((64, 0, 448, 384)), quality=80)
    without_crops = fingerprint_from_browser(browser_payload(reported, crops=False))
    with_crops = fingerprint_from_browser(browser_payload(reported))
    assert Matcher([(1, without_crops)]).match(fingerprint_candidate(square)) == []
    assert [
        r.algorithm for r in Matcher([(1, with_crops)]).match(fingerprint_candidate(square))
    ] == ["pdq_region"]


def test_browser_fingerprint_with_phash_matches_when_pdq_moved_but_phash_held():
    """pdq.js sends pHash too, so the rule "both hashes agree" (a photo under a heavy
    tiled watermark: PDQ 40 bits off, pHash close) applies to browser prints."""
    image = photo("chelsea")
    reported = fingerprint_reported(encode(image, "PNG"))
    found = fingerprint_candidate(encode(image, quality=80))
    moved = "%064x" % (int(found.pdq, 16) ^ ((1 << 40) - 1))
    candidate = Fingerprint.from_fields(
        pdq=moved, pdq_quality=found.pdq_quality, phash=found.phash, features={}
    )
    without_phash = fingerprint_from_browser(browser_payload(reported, phash=False))
    assert Matcher([(1, without_phash)]).match(candidate) == []
    matched = Matcher([(1, fingerprint_from_browser(browser_payload(reported)))]).match(candidate)
    assert [r.algorithm for r in matched] == ["pdq+phash"]
