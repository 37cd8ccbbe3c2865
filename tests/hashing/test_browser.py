import pytest

from takedown.hashing import fingerprint_from_browser

PDQ = "f" * 32 + "0" * 32
HASHES = [PDQ] + ["%064x" % (i * 12345) for i in range(1, 8)]


def payload(**changes):
    data = {"hash": PDQ, "quality": 88, "hashes": HASHES, "width": 4000, "height": 3000}
    data.update(changes)
    return data


def test_what_pdq_js_sends_becomes_a_fingerprint():
    fingerprint = fingerprint_from_browser(payload())
    assert fingerprint.pdq == PDQ
    assert fingerprint.pdq_quality == 88
    assert fingerprint.features["dihedral"] == HASHES
    assert (fingerprint.width, fingerprint.height) == (4000, 3000)
    assert not fingerprint.low_information
    assert fingerprint.sha256 == "" and fingerprint.phash == ""


def test_crop_hashes_are_kept_for_matching_crops():
    crops = HASHES[1:5]
    assert fingerprint_from_browser(payload(crops=crops)).features["crops"] == crops
    assert fingerprint_from_browser(payload()).features["crops"] == []


def test_phash_of_each_flip_is_kept_for_low_information_photos():
    phashes = ["%016x" % (i * 977) for i in range(8)]
    fingerprint = fingerprint_from_browser(payload(phash=phashes[0], phash_dihedral=phashes))
    assert fingerprint.phash == phashes[0]
    assert fingerprint.features["phash_dihedral"] == phashes


def test_upper_case_hex_is_accepted_and_normalised():
    upper = [h.upper() for h in HASHES]
    fingerprint = fingerprint_from_browser(payload(hash=PDQ.upper(), hashes=upper))
    assert fingerprint.pdq == PDQ


def test_low_quality_is_flagged():
    assert fingerprint_from_browser(payload(quality=20)).low_information


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"hash": "abc"}, "PDQ hash must be 64 hexadecimal digits"),
        ({"hash": None}, "PDQ hash is missing"),
        ({"hash": "g" * 64}, "PDQ hash must be 64"),
        ({"quality": 101}, "quality must be between 0 and 100"),
        ({"quality": "80"}, "quality must be a whole number"),
        ({"hashes": HASHES[:7]}, "list of 8"),
        ({"hashes": [HASHES[1], *HASHES[1:]]}, "first rotated hash"),
        ({"hashes": [*HASHES[:7], "xyz"]}, "rotated or flipped PDQ hash must be 64"),
        ({"width": 0}, "width must be between"),
        ({"height": 2.5}, "height must be a whole number"),
        ({"sha256": "12"}, "SHA-256 must be 64"),
        ({"crops": "f" * 64}, "list of at most 16"),
        ({"phash": "ab" * 8, "phash_dihedral": ["ab" * 8] * 7}, "list of 8 pHashes"),
        ({"phash": "ab" * 8, "phash_dihedral": ["cd" * 8] * 8}, "first rotated pHash"),
        ({"phash": "ab" * 8, "phash_dihedral": ["ab" * 8, *["x"] * 7]}, "rotated or flipped pHash"),
        ({"crops": [PDQ] * 17}, "list of at most 16"),
        ({"crops": [PDQ, "f" * 63]}, "crop's PDQ hash must be 64"),
    ],
)
def test_malformed_payload_is_refused_with_a_clear_message(changes, message):
    with pytest.raises(ValueError, match=message):
        fingerprint_from_browser(payload(**changes))


def test_not_an_object_is_refused():
    with pytest.raises(ValueError, match="JSON object"):
        fingerprint_from_browser(["not", "a", "dict"])
