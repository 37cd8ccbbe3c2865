"""The beat schedule, written to django-celery-beat's tables.

Idempotent: run after every migrate (see apps.py) and by `manage.py setup_schedules`; it
updates the intervals when the settings change and never duplicates a task.
"""

from django.conf import settings
from django.db import transaction

# Task name → how it is scheduled. Names are stable: they are the rows' keys.
RECHECKS = "takedown: recheck URLs under open notices"
FOLLOW_UP = "takedown: deadlines, removals and reminders"
RETENTION = "takedown: purge closed cases past retention"


@transaction.atomic
def setup_schedules() -> list[str]:
    """Create or update the periodic tasks; returns their names."""
    from django_celery_beat.models import (
        CrontabSchedule,
        IntervalSchedule,
        PeriodicTask,
    )

    # Hourly, in batches (rechecks.py); each URL comes due every TAKEDOWN_RECHECK_HOURS.
    recheck_every, _ = IntervalSchedule.objects.get_or_create(
        every=1, period=IntervalSchedule.HOURS
    )
    follow_up_every, _ = IntervalSchedule.objects.get_or_create(
        every=settings.TAKEDOWN_FOLLOWUP_MINUTES, period=IntervalSchedule.MINUTES
    )
    # At night in the server's zone, when nobody is working cases.
    nightly, _ = CrontabSchedule.objects.get_or_create(
        minute="30",
        hour="3",
        day_of_week="*",
        day_of_month="*",
        month_of_year="*",
        timezone=settings.TIME_ZONE,
    )
    wanted = {
        RECHECKS: ("takedown.followup.tasks.recheck_open_notices", {"interval": recheck_every}),
        FOLLOW_UP: ("takedown.followup.tasks.follow_up_notices", {"interval": follow_up_every}),
        RETENTION: ("takedown.cases.tasks.purge_expired_cases", {"crontab": nightly}),
    }
    for name, (task, schedule) in wanted.items():
        PeriodicTask.objects.update_or_create(
            name=name,
            defaults={
                "task": task,
                "interval": schedule.get("interval"),
                "crontab": schedule.get("crontab"),
                "queue": "default",
            },
        )
    return list(wanted)
