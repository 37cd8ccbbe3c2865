"""What the person's browser sends (pdq.js `hashBlob`) → a Fingerprint, validated.

The browser never sends pixels, so this is all we will ever know of the image: its PDQ,
quality, the eight dihedral hashes, the PDQ of the crops a site is likely to make, the
pHash of each rotation and flip, and its size. Anything malformed is refused with a
message that says which value is wrong.
"""

from __future__ import annotations

import re

from takedown.hashing import perceptual
from takedown.hashing.fingerprint import FEATURES_VERSION, Fingerprint

_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX16 = re.compile(r"[0-9a-f]{16}")
# Larger than any camera; a size beyond it is a malformed payload, not a photo.
_MAX_SIDE = 100_000
# pdq.js hashes the crops variants.reported_variants lists: 4 trims and at most 4
# aspect windows (a photo already near one aspect skips it).
MAX_CROPS = 16


def fingerprint_from_browser(payload: dict) -> Fingerprint:
    if not isinstance(payload, dict):
        raise ValueError("The fingerprint must be a JSON object.")
    pdq = _hex(payload.get("pdq", payload.get("hash")), _HEX64, "PDQ hash", 64)
    quality = _int(payload.get("pdq_quality", payload.get("quality")), "PDQ quality", 0, 100)
    hashes = payload.get("hashes")
    if hashes is None:
        dihedral = [pdq]
    else:
        if not isinstance(hashes, list) or len(hashes) != len(perceptual.DIHEDRAL):
            raise ValueError("The rotated and flipped hashes must be a list of 8 PDQ hashes.")
        dihedral = [_hex(h, _HEX64, "rotated or flipped PDQ hash", 64) for h in hashes]
        if dihedral[0] != pdq:
            raise ValueError("The first rotated hash must be the PDQ hash itself.")
    width = _int(payload.get("width"), "width", 1, _MAX_SIDE)
    height = _int(payload.get("height"), "height", 1, _MAX_SIDE)
    sha256 = payload.get("sha256") or ""
    if sha256:
        sha256 = _hex(sha256, re.compile(r"[0-9a-f]{64}"), "SHA-256", 64)
    phash = payload.get("phash") or ""
    if phash:
        phash = _hex(phash, _HEX16, "pHash", 16)
    phashes = payload.get("phash_dihedral") or []
    if phashes:
        if not isinstance(phashes, list) or len(phashes) != len(perceptual.DIHEDRAL):
            raise ValueError("The rotated and flipped pHashes must be a list of 8 pHashes.")
        phashes = [_hex(h, _HEX16, "rotated or flipped pHash", 16) for h in phashes]
        if phashes[0] != phash:
            raise ValueError("The first rotated pHash must be the pHash itself.")
    crops = payload.get("crops") or []
    if not isinstance(crops, list) or len(crops) > MAX_CROPS:
        raise ValueError(f"The crop hashes must be a list of at most {MAX_CROPS} PDQ hashes.")
    crops = [_hex(h, _HEX64, "crop's PDQ hash", 64) for h in crops]
    return Fingerprint(
        sha256=sha256,
        pdq=pdq,
        pdq_quality=quality,
        phash=phash,
        width=width,
        height=height,
        features={
            "version": FEATURES_VERSION,
            "flat": False,
            "dihedral": dihedral,
            "crops": crops,
            "phash_dihedral": phashes,
        },
        low_information=quality < perceptual.PDQ_MIN_QUALITY,
    )


def browser_payload(fingerprint: Fingerprint, *, crops: bool = True, phash: bool = True) -> dict:
    """What pdq.js sends for a photo the server has fingerprinted too: the same hashes,
    which tests/browser/test_pdq_parity.py holds pdq.js to (PDQ and its flips exactly, crop
    hashes within 10 bits, pHashes within 6). For tests and benchmarks of browser prints;
    `crops` and `phash` leave those parts out, as an older pdq.js did."""
    payload = {
        "hash": fingerprint.pdq,
        "quality": fingerprint.pdq_quality,
        "hashes": fingerprint.features["dihedral"],
        "width": fingerprint.width,
        "height": fingerprint.height,
    }
    if crops:
        payload["crops"] = fingerprint.features["crops"]
    if phash:
        payload["phash"] = fingerprint.phash
        payload["phash_dihedral"] = fingerprint.features["phash_dihedral"]
    return payload


def _hex(value, pattern: re.Pattern, name: str, length: int) -> str:
    if not isinstance(value, str):
        raise ValueError(f"The {name} is missing.")
    value = value.strip().lower()
    if not pattern.fullmatch(value):
        raise ValueError(f"The {name} must be {length} hexadecimal digits.")
    return value


def _int(value, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise ValueError(f"The {name} must be a whole number.")
    value = int(value)
    if not low <= value <= high:
        raise ValueError(f"The {name} must be between {low} and {high}.")
    return value
