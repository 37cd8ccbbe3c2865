"""Reads for the caseworker's home and caseload: one query per page, whatever the size.

Every list starts from `takedown.cases.access.visible_cases`, so a caseworker only ever
counts or lists the cases assigned to them. Conditions on related rows are EXISTS
subqueries, not joins, so no case is repeated and no DISTINCT is needed on top.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from takedown.cases.access import visible_cases
from takedown.cases.models import Case, CaseStatus, Notice, NoticeStatus, Target, TargetStatus
from takedown.dashboard.models import CaseFlag

OPEN_STATUSES = (CaseStatus.RECEIVED, CaseStatus.ACTIVE)
AWAITING_REPLY = (NoticeStatus.SENT, NoticeStatus.ACKNOWLEDGED)
SORTS = {
    "newest": ("-created_at", "-pk"),
    "oldest": ("created_at", "pk"),
    "updated": ("-updated_at", "-pk"),
    "reference": ("reference",),
}


def overdue_notices(now=None) -> QuerySet[Notice]:
    return Notice.objects.filter(
        status__in=AWAITING_REPLY, deadline_at__lt=now or timezone.now(), removed_at__isnull=True
    )


def unnoticed_matches() -> QuerySet[Target]:
    """Matched URLs that no notice covers yet: the work waiting to be drafted."""
    return Target.objects.filter(status=TargetStatus.MATCHED, notices__isnull=True)


@dataclass(frozen=True)
class CaseloadFilters:
    status: str = ""  # a CaseStatus value, or "open"
    platform: str = ""
    legal_basis: str = ""
    overdue: bool = False
    unnoticed: bool = False
    flag: str = ""
    assignee: str = ""  # "me", "none" or a user id
    created_from: date | None = None
    created_to: date | None = None
    reference: str = ""
    sort: str = "newest"


def caseload(*, user, filters: CaseloadFilters) -> QuerySet[Case]:
    cases = Case.objects.filter(pk__in=visible_cases(user=user).values("pk"))
    if filters.status == "open":
        cases = cases.filter(status__in=OPEN_STATUSES)
    elif filters.status:
        cases = cases.filter(status=filters.status)
    if filters.platform:
        cases = cases.filter(
            Exists(Target.objects.filter(case=OuterRef("pk"), platform=filters.platform))
        )
    if filters.legal_basis:
        cases = cases.filter(
            Exists(Notice.objects.filter(case=OuterRef("pk"), legal_basis=filters.legal_basis))
        )
    if filters.overdue:
        cases = cases.filter(Exists(overdue_notices().filter(case=OuterRef("pk"))))
    if filters.unnoticed:
        cases = cases.filter(Exists(unnoticed_matches().filter(case=OuterRef("pk"))))
    if filters.flag:
        cases = cases.filter(
            Exists(CaseFlag.objects.filter(case=OuterRef("pk"), kind=filters.flag))
        )
    if filters.assignee == "me":
        cases = cases.filter(
            Exists(Case.assignees.through.objects.filter(case=OuterRef("pk"), user=user))
        )
    elif filters.assignee == "none":
        cases = cases.filter(~Exists(Case.assignees.through.objects.filter(case=OuterRef("pk"))))
    elif filters.assignee.isdigit():
        cases = cases.filter(
            Exists(
                Case.assignees.through.objects.filter(
                    case=OuterRef("pk"), user_id=int(filters.assignee)
                )
            )
        )
    if filters.created_from:
        cases = cases.filter(created_at__date__gte=filters.created_from)
    if filters.created_to:
        cases = cases.filter(created_at__date__lte=filters.created_to)
    if filters.reference:
        # Names, e-mails and notes are encrypted with random nonces: the database cannot
        # search them, so the case number is the only thing to search by.
        cases = cases.filter(reference__icontains=filters.reference.strip())
    return cases.order_by(*SORTS.get(filters.sort, SORTS["newest"]))


def with_summary(cases: QuerySet[Case]) -> QuerySet[Case]:
    """What each row of the list shows, as subqueries on the page's cases only."""

    def count(queryset):
        return Coalesce(
            Subquery(
                queryset.filter(case=OuterRef("pk"))
                .order_by()
                .values("case")
                .annotate(n=Count("pk"))
                .values("n")
            ),
            0,
        )

    return cases.annotate(
        targets_count=count(Target.objects.all()),
        matched_count=count(Target.objects.filter(status=TargetStatus.MATCHED)),
        overdue_count=count(overdue_notices()),
        next_deadline=Subquery(
            Notice.objects.filter(
                case=OuterRef("pk"), status__in=AWAITING_REPLY, deadline_at__isnull=False
            )
            .order_by("deadline_at")
            .values("deadline_at")[:1]
        ),
    ).prefetch_related("assignees", "flags")


@dataclass(frozen=True)
class HomeCounts:
    open_cases: int
    overdue_notices: int
    unnoticed_matches: int
    waiting_for_person: int
    unassigned: int | None = None  # organisation admins only


def home_counts(*, user, admin_of=None) -> HomeCounts:
    mine = Case.objects.filter(assignees=user)
    open_mine = mine.filter(status__in=OPEN_STATUSES)
    counts = open_mine.aggregate(
        open_cases=Count("pk", distinct=True),
        waiting=Count("pk", distinct=True, filter=Q(flags__kind="waiting_for_person")),
    )
    return HomeCounts(
        open_cases=counts["open_cases"],
        overdue_notices=overdue_notices().filter(case__in=mine.values("pk")).count(),
        unnoticed_matches=unnoticed_matches().filter(case__in=open_mine.values("pk")).count(),
        waiting_for_person=counts["waiting"],
        unassigned=(
            Case.objects.filter(organization__in=admin_of, assignees__isnull=True)
            .exclude(status=CaseStatus.CLOSED)
            .count()
            if admin_of is not None
            else None
        ),
    )
