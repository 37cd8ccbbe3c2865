import io

from django.core.management import call_command
from django_celery_beat.models import PeriodicTask

from takedown.followup.schedules import setup_schedules


def test_schedules_are_created_once_and_follow_the_settings(db, settings):
    settings.TAKEDOWN_FOLLOWUP_MINUTES = 30
    setup_schedules()
    out = io.StringIO()
    call_command("setup_schedules", stdout=out)
    assert "recheck" in out.getvalue()
    tasks = {t.task: t for t in PeriodicTask.objects.all()}
    assert set(tasks) == {
        "takedown.followup.tasks.recheck_open_notices",
        "takedown.followup.tasks.follow_up_notices",
        "takedown.cases.tasks.purge_expired_cases",
    }
    assert PeriodicTask.objects.count() == 3
    recheck = tasks["takedown.followup.tasks.recheck_open_notices"]
    assert (recheck.interval.every, recheck.interval.period) == (1, "hours")
    follow_up = tasks["takedown.followup.tasks.follow_up_notices"]
    assert (follow_up.interval.every, follow_up.interval.period) == (30, "minutes")
    assert tasks["takedown.cases.tasks.purge_expired_cases"].crontab.hour == "3"
    settings.TAKEDOWN_FOLLOWUP_MINUTES = 10
    setup_schedules()
    assert PeriodicTask.objects.get(name=follow_up.name).interval.every == 10


def test_scheduled_task_names_are_registered_celery_tasks(db):
    from takedown.celery import app

    setup_schedules()
    app.loader.import_default_modules()
    for name in PeriodicTask.objects.values_list("task", flat=True):
        assert name in app.tasks, name
