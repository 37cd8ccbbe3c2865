"""Where each address stands after the scan: found or not, the removal request sent for it
and the time its law gives the website, or "removed, checked on …"."""

from __future__ import annotations

from django.utils import timezone

from takedown.cases.models import Case, NoticeStatus, TargetStatus
from takedown.notices.bases import BASES


def _basis_title(slug: str, language: str) -> str:
    basis = BASES.get(slug)
    if basis is None:
        return slug
    return basis.title_es if language == "es" and basis.title_es else basis.title


def case_status(case: Case, *, language: str) -> list[dict]:
    now = timezone.now()
    rows = []
    for target in case.targets.prefetch_related("notices").order_by("created_at", "pk"):
        sent = sorted(
            (n for n in target.notices.all() if n.sent_at is not None),
            key=lambda n: n.sent_at,
        )
        notice = sent[-1] if sent else None
        row = {
            "url": target.url,
            "status": target.status,
            "status_label": TargetStatus(target.status).label,
            "removed": target.status == TargetStatus.REMOVED,
            "checked_at": target.removed_at or target.last_checked_at,
            "notice": None,
        }
        if notice is not None:
            deadline = notice.deadline_at
            row["notice"] = {
                "platform": notice.platform,
                "law": _basis_title(notice.legal_basis, language),
                "sent_at": notice.sent_at,
                "deadline_at": deadline,
                "overdue": bool(deadline and deadline < now and not row["removed"]),
                "removed": notice.status == NoticeStatus.REMOVED,
            }
        rows.append(row)
    return rows
