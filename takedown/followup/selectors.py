"""Which notices are still waiting on the recipient, and when their deadline falls."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from datetime import datetime

from django.db.models import Q, QuerySet

from takedown.cases.models import Notice, NoticeStatus
from takedown.notices import bases
from takedown.notices.basis import UnknownBasis

logger = logging.getLogger("takedown.followup")

# Sent and not yet answered for good: the recipient still owes a removal.
OPEN_STATUSES = (NoticeStatus.SENT, NoticeStatus.ACKNOWLEDGED, NoticeStatus.ESCALATED)


def open_notices() -> QuerySet[Notice]:
    return Notice.objects.filter(status__in=OPEN_STATUSES, sent_at__isnull=False)


def deadline_due_by(moment: datetime) -> Q:
    """Notices whose deadline falls at or before `moment`: a stored deadline, or none stored
    under a law that sets one (computed in Python by `deadline_of`)."""
    with_deadline = [slug for slug, basis in bases.BASES.items() if basis.deadline]
    return Q(deadline_at__lte=moment) | Q(deadline_at__isnull=True, legal_basis__in=with_deadline)


def deadline_of(notice: Notice) -> datetime | None:
    """The stored deadline, or the one the law sets from the time it was sent."""
    if notice.deadline_at:
        return notice.deadline_at
    try:
        deadline = bases.get(notice.legal_basis).deadline
    except UnknownBasis:
        return None
    return deadline.due(notice.sent_at) if deadline and notice.sent_at else None


@contextmanager
def each_notice(notice: Notice):
    """One notice that cannot be followed up (bad data, a template error) is logged and
    skipped, so it cannot stop the follow-up of every other notice on every run."""
    try:
        yield
    except Exception:
        logger.exception("Follow-up of notice %s failed", notice.pk)


@contextmanager
def each_target(target):
    try:
        yield
    except Exception:
        logger.exception("Follow-up of target %s failed", target.pk)
