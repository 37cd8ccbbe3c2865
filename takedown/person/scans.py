"""The person's call site into scanning (takedown.cases.scanning, the pipeline's module)."""

from __future__ import annotations

from takedown.cases.models import Target, TargetStatus
from takedown.cases.scanning import request_scan, target_progress


def scan_targets(targets: list[Target]) -> None:
    """Queues each target's scan for when the current transaction commits."""
    for target in targets:
        request_scan(target)


def progress(case) -> list[dict]:
    return target_progress(case)


def still_running(rows: list[dict]) -> bool:
    return any(row["status"] in (TargetStatus.PENDING, TargetStatus.SCANNING) for row in rows)
