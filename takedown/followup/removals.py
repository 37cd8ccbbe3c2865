"""A notice is complied with once every URL it covers is gone: record when, and how long
it took (the time to removal that the statistics report)."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from takedown.cases.models import Notice, NoticeStatus, TargetStatus
from takedown.cases.services import event_record
from takedown.followup.selectors import each_notice, open_notices


def hours_between(start, end) -> int:
    return int((end - start).total_seconds() // 3600)


@transaction.atomic
def notice_check_removed(notice: Notice, *, now=None) -> bool:
    """Mark the notice removed if all its targets are; True when this call marked it."""
    notice = Notice.objects.select_for_update().get(pk=notice.pk)
    if notice.status not in (NoticeStatus.SENT, NoticeStatus.ACKNOWLEDGED, NoticeStatus.ESCALATED):
        return False
    targets = notice.targets.all()
    if not targets.exists() or targets.exclude(status=TargetStatus.REMOVED).exists():
        return False
    # The removal is as late as the last URL to go; a target without a time (marked by
    # hand) counts from now.
    last = targets.aggregate(last=Max("removed_at"))["last"]
    removed_at = last or now or timezone.now()
    notice.status = NoticeStatus.REMOVED
    notice.removed_at = removed_at
    notice.save(update_fields=["status", "removed_at"])
    event_record(
        case=notice.case,
        kind="notice_removed",
        notice=notice.pk,
        platform=notice.platform,
        hours_to_removal=hours_between(notice.sent_at, removed_at) if notice.sent_at else None,
    )
    return True


def record_removals(*, now=None) -> int:
    candidates = open_notices().exclude(targets__status__in=_not_removed()).distinct()
    marked = 0
    for notice in candidates:
        with each_notice(notice):
            marked += notice_check_removed(notice, now=now)
    return marked


def _not_removed():
    return [s for s in TargetStatus.values if s != TargetStatus.REMOVED]
