"""Celery tasks. They take IDs only, never personal data or image bytes, and call services.

Scanning fans out: `scan_target` (queue `default`) fetches the page and queues
`check_candidates` on `fetch` for every few images, which fetches, fingerprints and
matches each image in one call, so the bytes never leave the process that downloaded
them. `rematch_case` (queue `hash`) matches stored fingerprints again when a reported
image is added (docs/architecture.md explains the split).
"""

import random

from celery import shared_task

from takedown.cases import scanning
from takedown.cases.retention import purge_due_cases

# Transient fetch failures (timeouts, 429, 5xx) are asked again this many times, after
# about 30 s, 1 min and 2 min (the fetcher has already honoured a short Retry-After).
FETCH_RETRIES = 3
RETRY_BASE_SECONDS = 30
RETRY_MAX_SECONDS = 3600
# Images per `check_candidates` task. Its fetches overlap up to the fetcher's per-host
# limit (4), so a prefork process waits on four servers at once instead of one, while a
# task stays short enough that a redelivery repeats little.
CHECK_BATCH = 8


def _can_retry(task) -> bool:
    # In-process (eager) tasks run inside a request: a countdown would not be honoured,
    # and the fetcher has already retried 429/5xx itself.
    return not task.request.is_eager and task.request.retries < task.max_retries


def _countdown(task) -> float:
    backoff = RETRY_BASE_SECONDS * 2**task.request.retries
    backoff += random.uniform(0, backoff / 2)  # noqa: S311 -- spread retries of one outage apart
    return min(backoff, RETRY_MAX_SECONDS)


@shared_task(acks_late=True)
def purge_expired_cases() -> int:
    """Daily: delete closed cases past their organisation's retention period."""
    return purge_due_cases()


@shared_task(bind=True, acks_late=True, max_retries=FETCH_RETRIES)
def scan_target(self, target_id: int) -> int:
    """Fetch a target's page, record its candidates, queue checks of them in batches."""
    try:
        todo = scanning.scan_page(target_id, can_retry=_can_retry(self))
    except scanning.RetryLater as later:
        raise self.retry(countdown=_countdown(self)) from later
    for start in range(0, len(todo), CHECK_BATCH):
        check_candidates.delay(todo[start : start + CHECK_BATCH])
    return len(todo)


@shared_task(bind=True, acks_late=True, max_retries=FETCH_RETRIES)
def check_candidates(self, candidate_ids: list[int]) -> int:
    """Fetch, fingerprint (in memory) and match a few images found at a target."""
    retry = scanning.check_candidates(candidate_ids, can_retry=_can_retry(self))
    if retry:
        # Only the images that failed transiently go round again.
        raise self.retry(args=(retry,), countdown=_countdown(self))
    return len(candidate_ids)


@shared_task(bind=True, acks_late=True, max_retries=FETCH_RETRIES)
def recheck_target(self, target_id: int) -> bool:
    """Fetch a target again; record whether the matched content is gone."""
    try:
        return scanning.recheck(target_id, can_retry=_can_retry(self)).removed
    except scanning.RetryLater as later:
        raise self.retry(countdown=_countdown(self)) from later


@shared_task(acks_late=True)
def rematch_case(case_id: int) -> int:
    """Match a case's found images against its reported images again; no fetching."""
    return scanning.rematch(case_id)
