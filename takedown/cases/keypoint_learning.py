"""Keypoints for photos fingerprinted on the person's device, learned from a copy found whole.

pdq.js sends PDQ with its flips, the crop grid and pHash, but no keypoints (they need
OpenCV), so a browser print finds re-encodes, flips, the crops its grid covers and photos
inside bars or screenshots, but not an arbitrary crop, a tilt or a collage tile. The
first time a found image matches such a photo as a whole frame (the same file, or PDQ of
the whole image within the Matcher's threshold), that image is the person's photo as
the web serves it: the corners already stored with it become the reported image's, and
what the case's scans found so far is matched again with them.

Only a whole-frame match teaches: its geometry is the reported image's own. A match on a
region or on corners shows only part of the photo, and a photo with little detail is
never matched whole on PDQ alone, so neither can teach anything wrong.
"""

from __future__ import annotations

from django.db import transaction

from takedown.cases.models import ReportedImage
from takedown.hashing.fingerprint import whole_image_keypoints
from takedown.matching.matcher import MatchResult

WHOLE_FRAME = frozenset({"sha256", "pdq"})


def learn_keypoints(candidate_id: int, features: dict, results: list[MatchResult]) -> list[int]:
    """Give the found image's corners to each reported image it matched whole that has
    none of its own. Returns the reported images that learned them."""
    wanting = [r.reported_id for r in results if r.algorithm in WHOLE_FRAME]
    if not wanting:
        return []
    points = whole_image_keypoints(features)
    if points is None:
        return []
    learned = []
    with transaction.atomic():
        for image in ReportedImage.objects.select_for_update().filter(pk__in=wanting):
            current = image.features or {}
            if current.get("keypoints"):
                continue
            image.features = {**current, "keypoints": [points], "keypoints_from": candidate_id}
            image.save(update_fields=["features"])
            learned.append(image.pk)
    return learned
