from datetime import timedelta

from django.utils import timezone

from takedown.cases.models import Case, CaseStatus, Organization
from takedown.cases.retention import purge_due_cases
from takedown.cases.services import case_create


def closed_case(org, days_ago):
    case, _ = case_create(organization=org)
    case.status = CaseStatus.CLOSED
    case.closed_at = timezone.now() - timedelta(days=days_ago)
    case.save()
    return case


def test_purge_deletes_closed_cases_past_retention_only(db):
    org = Organization.objects.create(name="Helpline", slug="helpline", retention_days=30)
    old = closed_case(org, days_ago=31)
    recent = closed_case(org, days_ago=29)
    open_case, _ = case_create(organization=org)
    assert purge_due_cases() == 1
    assert set(Case.objects.values_list("pk", flat=True)) == {recent.pk, open_case.pk}
    assert not Case.objects.filter(pk=old.pk).exists()


def test_purge_keeps_everything_when_no_retention_is_set(db):
    org = Organization.objects.create(name="Keeper", slug="keeper")
    closed_case(org, days_ago=3650)
    assert purge_due_cases() == 0
