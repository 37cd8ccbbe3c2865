"""A photo fingerprinted in the browser has no keypoints; it learns them from a copy of
itself found whole, and then finds the crops an earlier scan had missed."""

import pytest

from takedown.cases.models import Match, ReportedImage, Target, TargetStatus
from takedown.cases.scanning import request_scan
from takedown.hashing import fingerprint_from_browser, fingerprint_reported
from takedown.hashing.browser import browser_payload
from tests.scanning.images import jpeg, photo, store_reported

pytestmark = pytest.mark.django_db


def browser_print(data: bytes):
    """What pdq.js sends for this photo: PDQ and flips, crops and pHash, but no keypoints."""
    return fingerprint_from_browser(browser_payload(fingerprint_reported(data)))


@pytest.fixture
def browser_reported(case):
    fp = browser_print(jpeg(photo("astronaut"), quality=95))
    return store_reported(case, fp, label="photo", source=ReportedImage.Source.BROWSER)


def scan(page: str, case, capture) -> Target:
    target = Target.objects.create(case=case, url=page)
    with capture(execute=True):
        request_scan(target)
    target.refresh_from_db()
    return target


def test_a_crop_missed_before_is_found_once_the_photo_is_found_whole(
    case, site, browser_reported, django_capture_on_commit_callbacks
):
    astronaut = photo("astronaut")
    height, width = astronaut.shape[:2]
    # Cut off 18 % on the left and 12 % at the top: not a frame the crop grid covers.
    cropped = jpeg(astronaut[int(height * 0.12) :, int(width * 0.18) :], quality=85)
    crop_page = site.page("/crop", [site.image("/crop.jpg", cropped)])
    whole_page = site.page(
        "/whole", [site.image("/whole.jpg", jpeg(astronaut, quality=75, scale=0.7))]
    )

    missed = scan(crop_page, case, django_capture_on_commit_callbacks)
    assert missed.status == TargetStatus.NO_MATCH

    found = scan(whole_page, case, django_capture_on_commit_callbacks)
    assert found.status == TargetStatus.MATCHED
    browser_reported.refresh_from_db()
    assert len(browser_reported.features["keypoints"]) == 1
    whole_match = Match.objects.get(candidate__target=found)
    assert browser_reported.features["keypoints_from"] == whole_match.candidate_id

    missed.refresh_from_db()
    assert missed.status == TargetStatus.MATCHED
    crop_match = Match.objects.get(candidate__target=missed)
    assert crop_match.algorithm == "keypoints"


def test_a_match_on_part_of_the_photo_teaches_nothing(
    case, site, browser_reported, django_capture_on_commit_callbacks
):
    astronaut = photo("astronaut")
    height, width = astronaut.shape[:2]
    # 10 % off every side, a frame the crop grid covers: a region of the photo, matched
    # by its PDQ, whose corners are not the whole photo's.
    trim = jpeg(astronaut[height // 10 : height - height // 10, width // 10 : width - width // 10])
    target = scan(
        site.page("/trim", [site.image("/trim.jpg", trim)]),
        case,
        django_capture_on_commit_callbacks,
    )
    assert target.status == TargetStatus.MATCHED
    assert Match.objects.get(candidate__target=target).algorithm == "pdq_region"
    browser_reported.refresh_from_db()
    assert "keypoints" not in browser_reported.features
