"""A worker killed with SIGKILL in the middle of a scan: its unacknowledged tasks are
delivered again and the scan finishes with nothing counted or stored twice.

Two ways to die: the whole worker (main process and pool), after which Redis hands the
tasks to the next worker once the visibility timeout passes; or only the pool processes
running the tasks, after which the surviving main process requeues them at once
(`task_reject_on_worker_lost`).
"""

import os
import signal
from pathlib import Path

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


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.parametrize("kill", ["worker", "pool"])
def test_a_scan_survives_a_worker_killed_mid_task(transactional_db, slow_site, monkeypatch, kill):
    if not settings.CELERY_BROKER_URL:
        pytest.skip("CELERY_BROKER_URL is not set: run through scripts/test, which sets it.")
    if connection.vendor != "postgresql":
        pytest.skip("The worker shares the test database, which needs PostgreSQL.")
    case, _pin = case_create()
    add_reported(case, jpeg(photo("astronaut"), quality=95))
    others = [jpeg(photo(name)) for name in ("coffee", "chelsea", "rocket", "camera", "cat")]
    served = [jpeg(photo("astronaut"), quality=70, scale=0.6), *others][:IMAGES]
    # Images arrive a second apart, so the kill lands while checks are running.
    urls = [
        slow_site.image(f"/img/{index}.jpg", data, delay=1.0 + index)
        for index, data in enumerate(served)
    ]
    target = Target.objects.create(case=case, url=slow_site.page("/gallery", urls))

    monkeypatch.setenv("CELERY_VISIBILITY_TIMEOUT", str(VISIBILITY))
    monkeypatch.setenv("TAKEDOWN_FETCH_ALLOW", slow_site.host)
    app.control.purge()
    worker = start_worker()
    outputs = []
    try:
        request_scan(target)

        def checking_some_but_not_all():
            done = Candidate.objects.filter(target=target, fetched_at__isnull=False).count()
            return 1 <= done <= IMAGES // 2

        assert wait_for(checking_some_but_not_all, timeout=90), stop_worker(worker)
        if kill == "worker":
            outputs.append(stop_worker(worker, signal.SIGKILL))
            worker = start_worker()
        else:
            for pid in children(worker.pid):
                os.kill(pid, signal.SIGKILL)
        target.refresh_from_db()
        assert target.status == TargetStatus.SCANNING and target.images_done < IMAGES

        def finished():
            target.refresh_from_db()
            return target.status != TargetStatus.SCANNING

        assert wait_for(finished, timeout=120), stop_worker(worker)
    finally:
        outputs.append(stop_worker(worker))
    print("\n".join(output[-3000:] for output in outputs))

    assert target.status == TargetStatus.MATCHED
    assert target.images_total == target.images_done == IMAGES
    assert Candidate.objects.filter(target=target).count() == IMAGES
    assert not Candidate.objects.filter(target=target, fetched_at__isnull=True).exists()
    assert Match.objects.filter(candidate__target=target).count() == 1
    assert Match.objects.get().candidate.image_url == urls[0]
    images = FetchRecord.objects.filter(target=target, kind=FetchRecord.Kind.IMAGE)
    assert images.count() == IMAGES
    assert images.values("candidate").distinct().count() == IMAGES
    if kill == "pool":
        assert "WorkerLostError" in outputs[-1] or "exited with 'signal 9" in outputs[-1]
