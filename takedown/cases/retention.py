"""Closed cases are kept only as long as their organisation says (Organization.retention_days)."""

from datetime import timedelta

from django.utils import timezone

from takedown.cases.models import Case, CaseStatus, Organization
from takedown.cases.services import case_delete


def cases_due_for_purge(*, now=None):
    """Closed or withdrawn cases older than their organisation's retention period.

    One query per organisation that sets a period: portable across SQLite and PostgreSQL,
    and organisations are few.
    """
    now = now or timezone.now()
    due = Case.objects.none()
    for org in Organization.objects.filter(retention_days__isnull=False):
        due |= Case.objects.filter(
            organization=org,
            status__in=[CaseStatus.CLOSED, CaseStatus.WITHDRAWN],
            closed_at__lte=now - timedelta(days=org.retention_days),
        )
    return due


def purge_due_cases(*, now=None) -> int:
    purged = 0
    for case in cases_due_for_purge(now=now):
        case_delete(case=case)
        purged += 1
    return purged
