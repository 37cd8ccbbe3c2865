from datetime import timedelta

import pytest
from django.utils import timezone

from takedown.cases.models import Case, CaseStatus, Organization
from takedown.cases.services import case_create
from takedown.cases.tasks import purge_expired_cases

pytestmark = pytest.mark.integration


def test_a_real_worker_runs_the_retention_task(celery_worker):
    org = Organization.objects.create(name="Helpline", slug="helpline", retention_days=1)
    case, _ = case_create(organization=org)
    Case.objects.filter(pk=case.pk).update(
        status=CaseStatus.CLOSED, closed_at=timezone.now() - timedelta(days=2)
    )
    result = purge_expired_cases.delay()
    assert result.get(timeout=60) == 1
    assert not Case.objects.filter(pk=case.pk).exists()
    print("integration: retention task ran in a real Celery worker on", result.backend.url)
