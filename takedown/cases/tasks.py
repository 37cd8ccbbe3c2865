"""Celery tasks. They take IDs only, never personal data or image bytes, and call services."""

from celery import shared_task

from takedown.cases.retention import purge_due_cases


@shared_task(acks_late=True)
def purge_expired_cases() -> int:
    """Daily: delete closed cases past their organisation's retention period."""
    return purge_due_cases()
