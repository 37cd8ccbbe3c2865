"""A worker killed with SIGKILL in the middle of a scan: Redis hands its unacknowledged
tasks to the next worker, which finishes the scan with nothing counted or stored twice."""

import signal

import pytest
from django.conf import settings
from django.db import connection

from takedown.cases.models import Candidate, FetchRecord, Match, Target, TargetStatus
from takedown.cases.scanning import request_scan
from takedown.cases.services import case_create
from takedown.celery import app
from tests.integration.conftest import start_worker, stop_worker, wait_for
from tests.scanning.images import add_reported, jpeg, photo
from tests.scanning.site import Site

pytestmark = pytest.mark.integration

IMAGES = 6
# Seconds Redis waits before handing an unacknowledged task to another worker.
VISIBILITY = 4


@pytest.fixture
def slow_site(settings):
    site = Site()
    settings.TAKEDOWN_FETCH_ALLOW = [site.host]
    yield site
    site.close()


def test_a_scan_survives_a_worker_killed_mid_task(transactional_db, case, slow_site, monkeypatch):
    if not settings.CELERY_BROKER_URL:
        pytest.skip("CELERY_BROKER_URL is not set: run through scripts/test, which sets it.")
    if connection.vendor != "postgresql":
        pytest.skip("The worker shares the test database, which needs PostgreSQL.")
    case, _pin = case_create()
    original = jpeg(photo("astronaut"), quality=95)
    add_reported(case, original)
    others = [jpeg(photo(name)) for name in ("coffee", "chelsea", "rocket", "camera", "cat")]
    served = [jpeg(photo("astronaut"), quality=70, scale=0.6), *others][:IMAGES]
    # Every image takes a while to arrive, so the kill lands while checks are running.
    urls = [
        slow_site.image(f"/img/{index}.jpg", data, delay=1.5) for index, data in enumerate(served)
    ]
    page = slow_site.page("/gallery", urls)
    target = Target.objects.create(case=case, url=page)

    monkeypatch.setenv("CELERY_VISIBILITY_TIMEOUT", str(VISIBILITY))
    monkeypatch.setenv("TAKEDOWN_FETCH_ALLOW", slow_site.host)
    app.control.purge()
    worker = start_worker()
    try:
        request_scan(target)

        def some_but_not_all_checked():
            done = Candidate.objects.filter(target=target, fetched_at__isnull=False).count()
            return 0 < done < IMAGES and sum(slow_site.hits.values()) > done + 1

        assert wait_for(some_but_not_all_checked, timeout=90), stop_worker(worker)
    finally:
        killed_output = stop_worker(worker, signal.SIGKILL)
    target.refresh_from_db()
    assert target.status == TargetStatus.SCANNING
    assert target.images_done < IMAGES
    print("killed with", target.images_done, "of", IMAGES, "images checked")

    worker = start_worker()
    try:

        def finished():
            target.refresh_from_db()
            return target.status != TargetStatus.SCANNING

        assert wait_for(finished, timeout=120), stop_worker(worker)
    finally:
        output = stop_worker(worker)
    print(killed_output[-2000:], output[-4000:])

    target.refresh_from_db()
    assert target.status == TargetStatus.MATCHED
    assert target.images_total == target.images_done == IMAGES
    assert Candidate.objects.filter(target=target).count() == IMAGES
    assert not Candidate.objects.filter(target=target, fetched_at__isnull=True).exists()
    assert Match.objects.filter(candidate__target=target).count() == 1
    assert Match.objects.get().candidate.image_url == urls[0]
    images = FetchRecord.objects.filter(target=target, kind=FetchRecord.Kind.IMAGE)
    assert images.count() == IMAGES
    assert images.values("candidate").distinct().count() == IMAGES
