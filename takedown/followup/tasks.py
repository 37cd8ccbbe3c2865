"""Beat tasks (scheduled by takedown/followup/schedules.py). IDs only; safe to run twice."""

from celery import shared_task

from takedown.followup.escalations import escalate_overdue
from takedown.followup.rechecks import recheck_open_notices as queue_rechecks
from takedown.followup.reminders import send_due_reminders
from takedown.followup.removals import record_removals
from takedown.followup.reuploads import on_new_match, sweep_reuploads


@shared_task(acks_late=True)
def recheck_open_notices() -> int:
    """Queue a recheck of every URL under an open notice not checked for an interval."""
    return queue_rechecks()


@shared_task(acks_late=True)
def follow_up_notices() -> dict:
    """Record removals first, so a notice removed just before its deadline is not chased."""
    return {
        "removed": record_removals(),
        "reminded": send_due_reminders(),
        "escalated": escalate_overdue(),
        "reuploaded": sweep_reuploads(),
    }


@shared_task(acks_late=True)
def check_reupload(match_id: int) -> int | None:
    """After a scan stores a new match: open a re-upload draft if it is one (its id)."""
    notice = on_new_match(match_id)
    return notice.pk if notice else None
