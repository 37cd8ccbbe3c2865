"""Reminders to the assigned caseworkers before and after a notice's legal deadline.

Each (notice, offset) is reminded once: the NoticeReminder row, unique per notice and
offset, is written in the same transaction as the e-mail is sent, so a task that runs
twice, or two workers at once, send one e-mail, and a mail server that fails leaves the
reminder to the next run.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from takedown.cases.models import Notice
from takedown.cases.services import event_record
from takedown.followup.models import NoticeReminder
from takedown.followup.selectors import (
    deadline_due_by,
    deadline_of,
    each_notice,
    open_notices,
)


def reminder_subject(notice: Notice, offset_hours: int) -> str:
    if offset_hours < 0:
        return _("Deadline in %(hours)d hours: notice to %(platform)s, case %(case)s") % {
            "hours": -offset_hours,
            "platform": notice.platform,
            "case": notice.case.reference,
        }
    if offset_hours == 0:
        return _("Deadline passed: notice to %(platform)s, case %(case)s") % {
            "platform": notice.platform,
            "case": notice.case.reference,
        }
    return _("%(hours)d hours past the deadline: notice to %(platform)s, case %(case)s") % {
        "hours": offset_hours,
        "platform": notice.platform,
        "case": notice.case.reference,
    }


def reminder_body(notice: Notice, deadline) -> str:
    # Nothing about the person: the case number is enough to open the case.
    return _(
        "The %(basis)s notice to %(platform)s in case %(case)s was sent on %(sent)s. "
        "Its deadline is %(deadline)s. The content has not been confirmed removed.\n\n"
        "Open the case to recheck the URLs, send the escalation drafted for you, or record "
        "the platform's answer."
    ) % {
        "basis": notice.legal_basis,
        "platform": notice.platform,
        "case": notice.case.reference,
        "sent": f"{notice.sent_at:%Y-%m-%d %H:%M} UTC",
        "deadline": f"{deadline:%Y-%m-%d %H:%M} UTC",
    }


def _claim(notice: Notice, offset_hours: int) -> bool:
    try:
        with transaction.atomic():
            NoticeReminder.objects.create(notice=notice, offset_hours=offset_hours)
    except IntegrityError:
        return False
    return True


def remind(notice: Notice, *, now=None) -> list[int]:
    """Send what is due for this notice; returns the offsets it sent reminders for."""
    now = now or timezone.now()
    deadline = deadline_of(notice)
    if deadline is None:
        return []
    passed = sorted(
        offset
        for offset in settings.TAKEDOWN_REMINDER_OFFSETS_HOURS
        if now >= deadline + timedelta(hours=offset)
    )
    already = set(notice.reminders.values_list("offset_hours", flat=True))
    new = [offset for offset in passed if offset not in already]
    if not new:
        return []
    # When beat was down over several thresholds, only the latest is worth a message;
    # the earlier ones are recorded so that they never go out late.
    for offset in new[:-1]:
        _claim(notice, offset)
    latest = new[-1]
    recipients = [u.email for u in notice.case.assignees.all() if u.email]
    with translation.override(settings.LANGUAGE_CODE):
        subject = reminder_subject(notice, latest)
        body = reminder_body(notice, deadline)
    # Claim, send and record in one transaction: if the mail server fails, the claim rolls
    # back and the next run tries again; a second worker waits on the claim and skips.
    try:
        with transaction.atomic():
            NoticeReminder.objects.create(notice=notice, offset_hours=latest)
            if recipients:
                send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
            event_record(
                case=notice.case,
                kind="deadline_reminder",
                notice=notice.pk,
                offset_hours=latest,
                deadline=deadline.isoformat(),
                emailed=len(recipients),
            )
    except IntegrityError:
        return []
    return [latest]


def send_due_reminders(*, now=None) -> int:
    now = now or timezone.now()
    offsets = settings.TAKEDOWN_REMINDER_OFFSETS_HOURS
    if not offsets:
        return 0
    # Only notices whose first reminder is due (or whose deadline the law computes) and
    # that still lack one: with thousands of open notices most are skipped in SQL.
    due = (
        open_notices()
        .filter(deadline_due_by(now - timedelta(hours=min(offsets))))
        .annotate(reminded=Count("reminders"))
        .filter(reminded__lt=len(set(offsets)))
        .select_related("case")
    )
    sent = 0
    for notice in due.iterator():
        with each_notice(notice):
            sent += len(remind(notice, now=now))
    return sent
