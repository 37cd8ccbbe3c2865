"""The person's call site into scanning (takedown.cases.scanning, the pipeline's module)."""

from __future__ import annotations

from takedown.cases.models import Target, TargetStatus


def scan_targets(targets: list[Target]) -> None:
    from takedown.cases.scanning import request_scan

    for target in targets:
        request_scan(target)


def progress(case) -> list[dict]:
    from takedown.cases.scanning import target_progress

    return target_progress(case)


def still_running(rows: list[dict]) -> bool:
    return any(row["status"] in (TargetStatus.PENDING, TargetStatus.SCANNING) for row in rows)
