"""A target scanned through the tasks (eager, in-process) against a local site."""

import hashlib

import pytest

from takedown.cases import problems, scanning
from takedown.cases.models import Candidate, Event, FetchRecord, Match, Target, TargetStatus
from takedown.cases.scanning import request_scan, target_progress
from takedown.cases.tasks import check_candidates, scan_target
from takedown.fetching import messages
from tests.scanning.images import jpeg, photo

pytestmark = pytest.mark.django_db


def gallery(site, photos, *names, path="/gallery"):
    urls = [site.image(f"/img/{name}.jpg", photos[name]) for name in names]
    return site.page(path, urls, title="Holiday gallery"), urls


def test_a_reuploaded_image_is_found_among_others(case, reported, site, photos):
    page, urls = gallery(site, photos, "coffee", "reupload", "chelsea")
    target = Target.objects.create(case=case, url=page)

    scan_target.delay(target.pk)

    target.refresh_from_db()
    assert target.status == TargetStatus.MATCHED
    assert (target.images_total, target.images_done, target.images_skipped) == (3, 3, 0)
    assert target.first_checked_at and target.last_checked_at
    match = Match.objects.get()
    assert match.reported_image == reported
    assert match.candidate.image_url == urls[1]
    assert match.candidate.sha256 == hashlib.sha256(photos["reupload"]).hexdigest()
    assert match.candidate.size == len(photos["reupload"])
    assert match.distance <= 31
    # Unrelated photos on the same page are checked and left alone.
    assert set(Candidate.objects.values_list("image_url", flat=True)) == set(urls)
    assert Candidate.objects.filter(fetched_at__isnull=True).count() == 0


def test_the_page_fetch_is_recorded_as_evidence(case, reported, site, photos):
    page, urls = gallery(site, photos, "reupload")
    site.redirect("/short", "/gallery")
    target = Target.objects.create(case=case, url=site.url("/short"))

    scan_target.delay(target.pk)

    record = FetchRecord.objects.get(kind=FetchRecord.Kind.PAGE)
    body = site.routes["/gallery"].body
    assert record.url == site.url("/short")
    assert record.final_url == page
    assert record.redirects == [page]
    assert record.status_code == 200
    assert record.sha256 == hashlib.sha256(body).hexdigest()
    assert record.title == "Holiday gallery"
    assert record.server_ip == "127.0.0.1"
    assert "text/html" in str(record.headers).lower()
    assert record.fetched_at.utcoffset().total_seconds() == 0
    image = FetchRecord.objects.get(kind=FetchRecord.Kind.IMAGE)
    assert image.candidate.image_url == urls[0]
    assert image.sha256 == hashlib.sha256(photos["reupload"]).hexdigest()


def test_a_target_that_is_itself_an_image_is_its_one_candidate(case, reported, site, photos):
    url = site.image("/direct.jpg", photos["reupload"])
    target = Target.objects.create(case=case, url=url)

    scan_target.delay(target.pk)

    target.refresh_from_db()
    assert target.status == TargetStatus.MATCHED
    assert (target.images_total, target.images_done) == (1, 1)
    assert Match.objects.get().candidate.image_url == url
    # Fetched once: the page fetch already brought the bytes.
    assert site.hits["/direct.jpg"] == 1


def test_no_match_when_the_page_shows_other_photos(case, reported, site, photos):
    page, _ = gallery(site, photos, "coffee", "chelsea", "rocket")
    target = Target.objects.create(case=case, url=page)

    scan_target.delay(target.pk)

    target.refresh_from_db()
    assert target.status == TargetStatus.NO_MATCH
    assert target.images_done == target.images_total == 3
    assert not Match.objects.exists()


def test_partial_failure_keeps_the_results_that_worked(case, reported, site, photos):
    good = site.image("/img/good.jpg", photos["reupload"])
    broken = site.image("/img/broken.jpg", photos["coffee"][: len(photos["coffee"]) // 3])
    missing = site.url("/img/missing.jpg")
    page = site.page("/mixed", [good, broken, missing])
    target = Target.objects.create(case=case, url=page)

    scan_target.delay(target.pk)

    target.refresh_from_db()
    assert target.status == TargetStatus.MATCHED
    assert target.images_done == target.images_total == 3
    errors = dict(Candidate.objects.values_list("image_url", "error"))
    assert errors[good] == ""
    assert errors[broken] in (problems.DECODE["truncated"], problems.DECODE["corrupt"])
    assert errors[missing] == messages.BY_STATUS[404]
    # The detail (the status code, the decoder's own words) is in the evidence.
    details = dict(
        FetchRecord.objects.filter(kind="image").values_list("candidate__image_url", "error")
    )
    assert "404" in details[missing] and details[broken] and not details[good]
    [row] = target_progress(case)
    assert row["failed"] == 2 and row["matches"] == 1 and row["done"] == 3


def test_every_image_failing_is_an_error_in_words(case, reported, site):
    page = site.page("/dead", [site.url("/a.jpg"), site.url("/b.jpg")])
    target = Target.objects.create(case=case, url=page)

    scan_target.delay(target.pk)

    target.refresh_from_db()
    assert target.status == TargetStatus.ERROR
    assert target.error == scanning.NO_IMAGE_CHECKED
    assert target_progress(case)[0]["error"] == "None of the images on this page could be checked."


def test_a_dead_page_is_an_error_with_its_evidence(case, reported, site):
    target = Target.objects.create(case=case, url=site.url("/gone"))

    scan_target.delay(target.pk)

    target.refresh_from_db()
    assert target.status == TargetStatus.ERROR
    assert target.error == messages.BY_STATUS[404]
    record = FetchRecord.objects.get()
    assert record.status_code == 404 and "404" in record.error


def test_images_past_the_limit_are_counted_as_skipped(case, reported, site, photos, settings):
    settings.TAKEDOWN_FETCH_MAX_IMAGES_PER_PAGE = 2
    page, _ = gallery(site, photos, "coffee", "chelsea", "rocket", "reupload")
    target = Target.objects.create(case=case, url=page)

    scan_target.delay(target.pk)

    target.refresh_from_db()
    assert (target.images_total, target.images_skipped) == (2, 2)
    assert target_progress(case)[0]["skipped"] == 2


def test_an_image_written_into_the_page_is_matched_without_keeping_it(case, reported, site, photos):
    import base64

    inline = "data:image/jpeg;base64," + base64.b64encode(photos["reupload"]).decode()
    page = site.page("/inline", [inline])
    target = Target.objects.create(case=case, url=page)

    scan_target.delay(target.pk)

    target.refresh_from_db()
    assert target.status == TargetStatus.MATCHED
    candidate = Candidate.objects.get()
    digest = hashlib.sha256(photos["reupload"]).hexdigest()
    assert candidate.image_url == f"data:image/jpeg;sha256={digest}"
    assert candidate.sha256 == digest


def test_progress_counts_each_image_as_it_is_checked(case, reported, site, photos):
    page, _ = gallery(site, photos, "coffee", "reupload", "chelsea")
    target = Target.objects.create(case=case, url=page)

    todo = scanning.scan_page(target.pk)

    [row] = target_progress(case)
    assert (row["status"], row["done"], row["total"]) == ("scanning", 0, 3)
    assert row["status_label"] == "Being checked"
    scanning.check_candidates(todo[:1])
    assert target_progress(case)[0]["done"] == 1
    scanning.check_candidates(todo[1:])
    [row] = target_progress(case)
    assert (row["status"], row["done"], row["matches"]) == ("matched", 3, 1)


def test_a_redelivered_scan_adds_nothing_twice(case, reported, site, photos):
    page, _ = gallery(site, photos, "coffee", "reupload", "chelsea")
    target = Target.objects.create(case=case, url=page)
    # The first delivery made the candidates and checked one, then its worker died.
    first = scanning.scan_page(target.pk)
    scanning.check_candidates([first[1]])

    # Redelivered: the page again, then the image tasks, some images twice over.
    assert scan_target.delay(target.pk).get() == 2
    check_candidates.delay(first)
    check_candidates.delay(first[:2])

    target.refresh_from_db()
    assert target.status == TargetStatus.MATCHED
    assert target.images_total == target.images_done == 3
    assert Candidate.objects.count() == 3
    assert Match.objects.count() == 1
    assert FetchRecord.objects.filter(kind=FetchRecord.Kind.IMAGE).count() == 3
    assert Event.objects.filter(kind="scan_finished").count() == 1
    assert Event.objects.filter(kind="scan_started").count() == 1


def test_a_finished_scan_delivered_again_does_nothing(case, reported, site, photos):
    page, _ = gallery(site, photos, "reupload")
    target = Target.objects.create(case=case, url=page)
    scan_target.delay(target.pk)
    hits = dict(site.hits)

    scan_target.delay(target.pk)

    assert dict(site.hits) == hits
    assert Candidate.objects.count() == Match.objects.count() == 1


def test_request_scan_runs_after_commit_and_rescans_afresh(
    case, reported, site, photos, django_capture_on_commit_callbacks
):
    page, _ = gallery(site, photos, "coffee", "reupload")
    target = Target.objects.create(case=case, url=page)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        request_scan(target)
        assert target.status == TargetStatus.PENDING
        assert site.hits["/gallery"] == 0  # nothing before the commit
    assert len(callbacks) == 1
    target.refresh_from_db()
    assert target.status == TargetStatus.MATCHED

    # The re-upload is taken down and another photo put in its place.
    site.image("/img/reupload.jpg", photos["rocket"])
    with django_capture_on_commit_callbacks(execute=True):
        request_scan(target)
    target.refresh_from_db()
    assert target.status == TargetStatus.NO_MATCH
    assert target.images_done == 2
    assert Candidate.objects.count() == 2 and not Match.objects.exists()


def test_scan_case_queues_only_pending_targets(
    case, reported, site, photos, django_capture_on_commit_callbacks
):
    page, _ = gallery(site, photos, "reupload")
    pending = Target.objects.create(case=case, url=page)
    done = Target.objects.create(case=case, url=site.url("/other"), status=TargetStatus.NO_MATCH)
    with django_capture_on_commit_callbacks(execute=True):
        scanning.scan_case(case)
    pending.refresh_from_db()
    done.refresh_from_db()
    assert pending.status == TargetStatus.MATCHED
    assert done.status == TargetStatus.NO_MATCH and site.hits["/other"] == 0


def test_the_timeline_says_what_happened_without_personal_data(case, reported, site, photos):
    page, _ = gallery(site, photos, "reupload", "coffee")
    target = Target.objects.create(case=case, url=page)

    scan_target.delay(target.pk)

    events = {e.kind: e.detail for e in Event.objects.filter(case=case)}
    assert events["scan_started"] == {"target": target.pk}
    assert events["scan_finished"]["status"] == "matched"
    assert events["scan_finished"]["images"] == 2
    assert events["matches_found"] == {"target": target.pk, "count": 1}
    text = str(list(Event.objects.values_list("detail", flat=True)))
    assert site.host not in text and "beach" not in text


def test_platform_is_resolved_from_the_url(case, reported, site, photos):
    target = Target.objects.create(case=case, url="https://www.reddit.com/r/x/comments/abc/")
    scanning.request_scan(target)
    assert target.platform == "reddit"


def test_transient_failures_are_left_for_a_retry(case, reported, site):
    site.add("/busy", b"try later", "text/plain", status=503)
    target = Target.objects.create(case=case, url=site.url("/busy"))

    with pytest.raises(scanning.RetryLater):
        scanning.scan_page(target.pk, can_retry=True)
    target.refresh_from_db()
    assert target.status == TargetStatus.SCANNING and not target.error

    scanning.scan_page(target.pk, can_retry=False)
    target.refresh_from_db()
    assert target.status == TargetStatus.ERROR and target.error == messages.BY_STATUS[503]


def test_a_case_deleted_mid_scan_is_left_alone(case, reported, site, photos):
    from takedown.cases.services import case_delete

    page, _ = gallery(site, photos, "reupload")
    target = Target.objects.create(case=case, url=page)
    todo = scanning.scan_page(target.pk)
    case_delete(case=case)

    scanning.check_candidates(todo)
    scan_target.delay(target.pk)
    assert not Candidate.objects.exists()


def test_photos_used_here_do_not_match_each_other(photos):
    """Guards the test data: the no-match tests mean something only if this holds."""
    from takedown.hashing import fingerprint_candidate, fingerprint_reported
    from takedown.matching import Matcher

    matcher = Matcher([("original", fingerprint_reported(photos["original"]))])
    assert matcher.match(fingerprint_candidate(photos["reupload"]))
    for name in ("coffee", "chelsea", "rocket"):
        assert not matcher.match(fingerprint_candidate(photos[name]))
    assert not matcher.match(fingerprint_candidate(jpeg(photo("camera"))))


def test_an_image_reported_later_is_matched_without_fetching_again(
    case, site, photos, django_capture_on_commit_callbacks
):
    from tests.scanning.images import add_reported

    page, urls = gallery(site, photos, "coffee", "reupload")
    target = Target.objects.create(case=case, url=page)
    scan_target.delay(target.pk)
    target.refresh_from_db()
    assert target.status == TargetStatus.NO_MATCH  # nothing reported yet
    hits = dict(site.hits)

    reported = add_reported(case, photos["original"])
    with django_capture_on_commit_callbacks(execute=True):
        scanning.request_rematch(case)

    target.refresh_from_db()
    assert target.status == TargetStatus.MATCHED
    match = Match.objects.get()
    assert (match.reported_image, match.candidate.image_url) == (reported, urls[1])
    assert dict(site.hits) == hits
    assert Event.objects.get(kind="matches_found").detail == {"target": target.pk, "count": 1}
    assert scanning.rematch(case.pk) == 0  # once is enough
    assert Match.objects.count() == 1


def test_a_page_without_images_is_not_matched(case, reported, site):
    target = Target.objects.create(case=case, url=site.page("/text", []))
    scan_target.delay(target.pk)
    target.refresh_from_db()
    assert target.status == TargetStatus.NO_MATCH
    assert (target.images_total, target.images_done) == (0, 0)


def test_images_that_failed_transiently_are_returned_for_a_retry(case, reported, site, photos):
    busy = site.add("/img/busy.jpg", b"later", "text/plain", status=503)
    page = site.page("/p", [site.image("/img/reupload.jpg", photos["reupload"]), busy])
    target = Target.objects.create(case=case, url=page)
    todo = scanning.scan_page(target.pk)

    retry = scanning.check_candidates(todo, can_retry=True)

    assert retry == [Candidate.objects.get(image_url=busy).pk]
    target.refresh_from_db()
    assert (target.status, target.images_done) == (TargetStatus.SCANNING, 1)
    assert scanning.check_candidates(retry) == []
    target.refresh_from_db()
    assert (target.status, target.images_done) == (TargetStatus.MATCHED, 2)
    assert Candidate.objects.get(image_url=busy).error == messages.BY_STATUS[503]


def test_with_a_broker_the_task_retries_those_images_later_with_backoff(
    case, reported, site, photos, monkeypatch
):
    from celery.exceptions import Retry

    from takedown.cases import tasks

    busy = site.add("/img/busy.jpg", b"later", "text/plain", status=503)
    page = site.page("/p", [site.image("/img/reupload.jpg", photos["reupload"]), busy])
    target = Target.objects.create(case=case, url=page)
    todo = scanning.scan_page(target.pk)
    asked = {}

    def retry(**options):
        asked.update(options)
        return Retry()

    monkeypatch.setattr(tasks.check_candidates, "retry", retry)
    # As a worker runs it: not eager, on its second attempt.
    tasks.check_candidates.push_request(is_eager=False, retries=1)
    try:
        with pytest.raises(Retry):
            tasks.check_candidates.run(todo)
    finally:
        tasks.check_candidates.pop_request()

    assert asked["args"] == ([Candidate.objects.get(image_url=busy).pk],)
    assert 60 <= asked["countdown"] <= 90
    target.refresh_from_db()
    assert target.images_done == 1 and target.status == TargetStatus.SCANNING


def test_removing_the_only_matching_photo_unmatches_the_page(
    case, reported, site, photos, django_capture_on_commit_callbacks
):
    from takedown.person.photos import photo_remove

    page, _ = gallery(site, photos, "reupload")
    target = Target.objects.create(case=case, url=page)
    scan_target.delay(target.pk)
    target.refresh_from_db()
    assert target.status == TargetStatus.MATCHED

    with django_capture_on_commit_callbacks(execute=True):
        photo_remove(case=case, image_id=reported.pk)

    target.refresh_from_db()
    assert target.status == TargetStatus.NO_MATCH and not Match.objects.exists()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://10.0.0.1/gallery", messages.BLOCKED_ADDRESS),
        ("ftp://example.org/a.jpg", messages.BAD_SCHEME),
        ("http://user:secret@example.org/", messages.CREDENTIALS),
    ],
)
def test_a_refused_address_is_explained(case, reported, url, message):
    target = Target.objects.create(case=case, url=url)
    scan_target.delay(target.pk)
    target.refresh_from_db()
    assert target.status == TargetStatus.ERROR and target.error == message
    assert FetchRecord.objects.get(target=target).error
