"""Rechecks: is the matched content still at the target, or gone?"""

import pytest

from takedown.cases import scanning
from takedown.cases.models import Event, FetchRecord, Target, TargetStatus
from takedown.cases.tasks import recheck_target, scan_target

pytestmark = pytest.mark.django_db


@pytest.fixture
def matched(case, reported, site, photos):
    """A gallery where the re-upload was found."""
    urls = [site.image(f"/img/{n}.jpg", photos[n]) for n in ("coffee", "reupload")]
    page = site.page("/posts/42", urls)
    target = Target.objects.create(case=case, url=page)
    scan_target.delay(target.pk)
    target.refresh_from_db()
    assert target.status == TargetStatus.MATCHED
    return target


def removed_event(target):
    return Event.objects.filter(kind="target_removed", detail__target=target.pk).first()


def test_still_up_when_the_image_is_still_there(matched, site):
    assert recheck_target.delay(matched.pk).get() is False
    matched.refresh_from_db()
    assert matched.status == TargetStatus.MATCHED and matched.removed_at is None
    assert matched.last_checked_at > matched.first_checked_at
    assert FetchRecord.objects.filter(kind=FetchRecord.Kind.RECHECK).exists()
    assert Event.objects.filter(kind="recheck", detail__removed=False).exists()


@pytest.mark.parametrize("status", [404, 410, 451])
def test_removed_when_the_page_answers_gone(matched, site, status):
    site.add("/posts/42", b"gone", "text/plain", status=status)

    assert recheck_target.delay(matched.pk).get() is True

    matched.refresh_from_db()
    assert matched.status == TargetStatus.REMOVED and matched.removed_at is not None
    assert removed_event(matched).detail == {
        "target": matched.pk,
        "reason": "status",
        "status_code": status,
    }
    record = FetchRecord.objects.filter(kind=FetchRecord.Kind.RECHECK).get()
    assert record.status_code == status


def test_removed_when_the_page_no_longer_shows_the_image(matched, site, photos):
    site.page("/posts/42", [site.url("/img/coffee.jpg")])

    assert scanning.recheck(matched.pk).removed

    matched.refresh_from_db()
    assert matched.status == TargetStatus.REMOVED
    assert removed_event(matched).detail["reason"] == "image_gone"


def test_removed_when_the_image_file_was_replaced(matched, site, photos):
    site.image("/img/reupload.jpg", photos["rocket"])
    assert scanning.recheck(matched.pk).removed


def test_removed_when_redirected_to_the_front_page(matched, site, photos):
    # The front page happens to show the image; a takedown redirect is still a takedown.
    site.page("/", [site.url("/img/reupload.jpg")])
    site.redirect("/posts/42", "/")

    outcome = scanning.recheck(matched.pk)

    assert outcome.removed and outcome.reason == "redirected_home"


def test_removed_when_redirected_elsewhere_without_the_image(matched, site):
    site.page("/removed-content", [site.url("/img/coffee.jpg")], title="Content removed")
    site.redirect("/posts/42", "/removed-content")

    outcome = scanning.recheck(matched.pk)

    assert outcome.removed and outcome.reason == "redirected"


def test_a_moved_page_that_still_shows_the_image_is_up(matched, site):
    site.page("/posts/42-new-title", [site.url("/img/reupload.jpg")])
    site.redirect("/posts/42", "/posts/42-new-title", status=301)

    assert not scanning.recheck(matched.pk).removed


def test_an_unreachable_site_decides_nothing(matched, site):
    site.add("/posts/42", b"down", "text/plain", status=503)

    with pytest.raises(scanning.RetryLater):
        scanning.recheck(matched.pk, can_retry=True)
    outcome = scanning.recheck(matched.pk)

    matched.refresh_from_db()
    assert not outcome.removed and matched.status == TargetStatus.MATCHED
    assert Event.objects.filter(kind="recheck_failed").exists()


def test_back_up_after_removal_is_noticed(matched, site):
    site.add("/posts/42", b"gone", "text/plain", status=404)
    scanning.recheck(matched.pk)
    del site.routes["/posts/42"]
    site.page("/posts/42", [site.url("/img/reupload.jpg")])

    assert not scanning.recheck(matched.pk).removed

    matched.refresh_from_db()
    assert matched.status == TargetStatus.MATCHED and matched.removed_at is None
    assert Event.objects.get(kind="target_back_up").detail == {
        "target": matched.pk,
        "matched": True,
    }


def test_a_target_where_nothing_matched_is_gone_only_by_status_or_redirect(
    case, reported, site, photos
):
    site.page("/thread", [site.image("/img/coffee.jpg", photos["coffee"])])
    target = Target.objects.create(case=case, url=site.url("/thread"))
    scan_target.delay(target.pk)
    target.refresh_from_db()
    assert target.status == TargetStatus.NO_MATCH
    image_hits = site.hits["/img/coffee.jpg"]

    # Up, and nothing to compare: it stays as it was, and its images are not fetched.
    assert not scanning.recheck(target.pk).removed
    target.refresh_from_db()
    assert target.status == TargetStatus.NO_MATCH and target.last_checked_at
    assert site.hits["/img/coffee.jpg"] == image_hits

    site.add("/thread", b"gone", "text/plain", status=410)
    assert scanning.recheck(target.pk).removed
    target.refresh_from_db()
    assert target.status == TargetStatus.REMOVED


def test_a_target_being_scanned_is_not_rechecked(case, reported, site):
    target = Target.objects.create(case=case, url=site.url("/gone"), status=TargetStatus.SCANNING)
    assert not scanning.recheck(target.pk).removed
    target.refresh_from_db()
    assert target.status == TargetStatus.SCANNING and site.hits["/gone"] == 0


def test_a_rescan_that_finds_a_removed_image_again_clears_the_removal(
    matched, site, django_capture_on_commit_callbacks
):
    site.add("/posts/42", b"gone", "text/plain", status=404)
    scanning.recheck(matched.pk)
    matched.refresh_from_db()
    assert matched.removed_at is not None
    del site.routes["/posts/42"]
    site.page("/posts/42", [site.url("/img/reupload.jpg")])

    with django_capture_on_commit_callbacks(execute=True):
        scanning.request_scan(matched)

    matched.refresh_from_db()
    assert matched.status == TargetStatus.MATCHED and matched.removed_at is None
