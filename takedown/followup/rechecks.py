"""Periodic rechecks of every URL still under an open notice, to notice its removal.

Beat runs this every hour and each run queues at most TAKEDOWN_RECHECK_BATCH URLs, the
longest unchecked first: the day's rechecks spread over the day instead of hitting every
platform at once, which platforms answer with rate limits.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from takedown.cases.models import Target, TargetStatus
from takedown.followup.selectors import OPEN_STATUSES

# Beat fires on the interval, but a task queued late should not skip a URL that was
# checked a little less than an interval ago.
SLACK = timedelta(minutes=10)


def request_recheck(target: Target) -> None:
    from takedown.cases.scanning import request_recheck as queue_recheck

    queue_recheck(target)


def targets_due_for_recheck(*, now=None):
    now = now or timezone.now()
    checked_before = now - timedelta(hours=settings.TAKEDOWN_RECHECK_HOURS) + SLACK
    return (
        Target.objects.filter(
            notices__status__in=OPEN_STATUSES,
            notices__sent_at__isnull=False,
        )
        .exclude(status__in=[TargetStatus.REMOVED, TargetStatus.PENDING, TargetStatus.SCANNING])
        .filter(Q(last_checked_at__isnull=True) | Q(last_checked_at__lte=checked_before))
        .distinct()
    )


def recheck_open_notices(*, now=None, batch: int | None = None) -> int:
    batch = settings.TAKEDOWN_RECHECK_BATCH if batch is None else batch
    due = targets_due_for_recheck(now=now).order_by(
        F("last_checked_at").asc(nulls_first=True), "pk"
    )[:batch]
    queued = 0
    for target in due:
        request_recheck(target)
        queued += 1
    return queued
