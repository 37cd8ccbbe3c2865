"""Image bytes → fingerprints (PDQ with quality, pHash, SHA-256 and variants). No Django."""

from takedown.hashing.browser import fingerprint_from_browser
from takedown.hashing.decode import DecodeError
from takedown.hashing.fingerprint import Fingerprint, fingerprint_candidate, fingerprint_reported

__all__ = [
    "DecodeError",
    "Fingerprint",
    "fingerprint_candidate",
    "fingerprint_from_browser",
    "fingerprint_reported",
]
