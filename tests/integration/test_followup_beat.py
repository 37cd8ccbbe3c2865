"""Celery beat with the database scheduler, and a real worker, drive the follow-up: the
deadline has passed, the task fires again and again, the escalation drafts and the
reminder appear once."""

import subprocess
import sys
from datetime import timedelta

import pytest
from django.utils import timezone
from django_celery_beat.models import IntervalSchedule, PeriodicTask

from takedown.cases.models import Event
from takedown.followup.models import Escalation, NoticeReminder
from tests.followup import factories
from tests.integration.conftest import _worker_env, stop_worker, wait_for

pytestmark = pytest.mark.integration


def start_beat(tmp_path, log) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "takedown",
            "beat",
            "-S",
            "django",
            "--loglevel=INFO",
            "--max-interval=1",
            # beat's own state file; the schedule itself is in the database.
            f"--pidfile={tmp_path / 'beat.pid'}",
        ],
        env=_worker_env(),
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


SENT = "Sending due task follow-up, every second"


def test_beat_runs_the_follow_up_and_it_acts_once(celery_worker, tmp_path):
    org = factories.organization()
    case = factories.person_case(org, assignee=factories.caseworker(org=org))
    # A loopback URL: the hosting-provider lookup refuses it without touching the network.
    target = factories.matched_target(case, url="http://127.0.0.1:9/post/1")
    factories.sent_notice(case, [target], sent_at=timezone.now() - timedelta(hours=60))
    every_second, _ = IntervalSchedule.objects.get_or_create(
        every=1, period=IntervalSchedule.SECONDS
    )
    PeriodicTask.objects.all().delete()
    PeriodicTask.objects.create(
        name="follow-up, every second",
        task="takedown.followup.tasks.follow_up_notices",
        interval=every_second,
        queue="default",
    )
    log_path = tmp_path / "beat.log"
    with log_path.open("w") as log:
        beat = start_beat(tmp_path, log)
        try:
            assert wait_for(lambda: Escalation.objects.count() >= 5, timeout=60)
            # Let beat fire the task a few more times after the first run did the work.
            assert wait_for(lambda: log_path.read_text().count(SENT) >= 4, timeout=60)
        finally:
            stop_worker(beat)
    print(log_path.read_text())
    assert Escalation.objects.count() == 5
    assert NoticeReminder.objects.filter(offset_hours=0).count() == 1
    assert Event.objects.filter(case=case, kind="deadline_reminder").count() == 1
    host = Escalation.objects.get(kind="host-abuse")
    assert "private or reserved network" in host.problem
