"""Reads for the caseworker's home and caseload: a fixed number of queries per page, whatever
the size of the caseload.

Every list starts from `takedown.cases.access.visible_cases`, so a caseworker only ever
counts or lists the cases assigned to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from takedown.cases.access import visible_cases
from takedown.cases.models import Case, CaseStatus, Notice, NoticeStatus, Target, TargetStatus
from takedown.dashboard.models import CaseFlag, FlagKind

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
    # NOT EXISTS rather than a LEFT JOIN ... IS NULL: the database runs it as an anti-join.
    covered = Notice.targets.through.objects.filter(target_id=OuterRef("pk"))
    return Target.objects.filter(status=TargetStatus.MATCHED).filter(~Exists(covered))


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


def _day_start(day: date) -> datetime:
    # A range on the column itself, not a date() of it, so the database can use an index.
    return timezone.make_aware(datetime.combine(day, time.min))


def caseload(*, user, filters: CaseloadFilters) -> QuerySet[Case]:
    """The caseworker's cases, filtered and sorted.

    Conditions on related rows are `pk IN (SELECT case_id ...)` over an indexed column:
    the subquery runs once for the whole list, not once per case, and repeats no case.
    """
    cases = visible_cases(user=user)
    if filters.status == "open":
        cases = cases.filter(status__in=OPEN_STATUSES)
    elif filters.status:
        cases = cases.filter(status=filters.status)
    if filters.platform:
        cases = cases.filter(
            pk__in=Target.objects.filter(platform=filters.platform).values("case_id")
        )
    if filters.legal_basis:
        cases = cases.filter(
            pk__in=Notice.objects.filter(legal_basis=filters.legal_basis).values("case_id")
        )
    if filters.overdue:
        cases = cases.filter(pk__in=overdue_notices().values("case_id"))
    if filters.unnoticed:
        cases = cases.filter(pk__in=unnoticed_matches().values("case_id"))
    if filters.flag:
        cases = cases.filter(pk__in=CaseFlag.objects.filter(kind=filters.flag).values("case_id"))
    assignments = Case.assignees.through.objects
    if filters.assignee == "me":
        cases = cases.filter(pk__in=assignments.filter(user=user).values("case_id"))
    elif filters.assignee == "none":
        cases = cases.exclude(pk__in=assignments.values("case_id"))
    elif filters.assignee.isdigit():
        cases = cases.filter(
            pk__in=assignments.filter(user_id=int(filters.assignee)).values("case_id")
        )
    if filters.created_from:
        cases = cases.filter(created_at__gte=_day_start(filters.created_from))
    if filters.created_to:
        cases = cases.filter(created_at__lt=_day_start(filters.created_to + timedelta(days=1)))
    if filters.reference:
        # Names, e-mails and notes are encrypted with random nonces: the database cannot
        # search them, so the case number is the only thing to search by.
        cases = cases.filter(reference__icontains=filters.reference.strip())
    return cases.order_by(*SORTS.get(filters.sort, SORTS["newest"]))


def summarise(case_ids: list[int]) -> list[Case]:
    """The rows of one page of the list, with what each shows, in the page's order.

    A few grouped queries over the page's cases: correlated subqueries in the list query
    itself would be computed for every matching case before the sort picks fifty.
    """
    cases = {
        case.pk: case
        for case in Case.objects.filter(pk__in=case_ids)
        # The list shows no personal data, so it never loads (and decrypts) any.
        .only("reference", "status", "created_at", "updated_at")
    }
    assignees: dict[int, list[str]] = {}
    for case_id, username in (
        Case.assignees.through.objects.filter(case_id__in=case_ids)
        .order_by("user__username")
        .values_list("case_id", "user__username")
    ):
        assignees.setdefault(case_id, []).append(username)
    flags: dict[int, list[str]] = {}
    flag_label = {kind: str(label) for kind, label in FlagKind.choices}  # translated once
    for case_id, kind in CaseFlag.objects.filter(case_id__in=case_ids).values_list(
        "case_id", "kind"
    ):
        flags.setdefault(case_id, []).append(flag_label[kind])
    targets = {
        row["case_id"]: row
        for row in Target.objects.filter(case_id__in=case_ids)
        .values("case_id")
        .annotate(total=Count("pk"), matched=Count("pk", filter=Q(status=TargetStatus.MATCHED)))
    }
    # The page's open notices in one query by case; overdue and next deadline from them.
    now = timezone.now()
    overdue: dict[int, int] = {}
    deadlines: dict[int, datetime] = {}
    for case_id, deadline, removed_at in Notice.objects.filter(
        case_id__in=case_ids, status__in=AWAITING_REPLY, deadline_at__isnull=False
    ).values_list("case_id", "deadline_at", "removed_at"):
        deadlines[case_id] = min(deadline, deadlines.get(case_id, deadline))
        if deadline < now and removed_at is None:
            overdue[case_id] = overdue.get(case_id, 0) + 1
    rows = []
    for pk in case_ids:
        case = cases.get(pk)
        if case is None:
            continue
        case.targets_count = targets.get(pk, {}).get("total", 0)
        case.matched_count = targets.get(pk, {}).get("matched", 0)
        case.overdue_count = overdue.get(pk, 0)
        case.next_deadline = deadlines.get(pk)
        case.assignee_names = assignees.get(pk, [])
        case.flag_labels = flags.get(pk, [])
        rows.append(case)
    return rows


@dataclass(frozen=True)
class HomeCounts:
    open_cases: int
    overdue_notices: int
    unnoticed_matches: int
    waiting_for_person: int
    unassigned: int | None = None  # organisation admins only


def home_counts(*, user, admin_of=None) -> HomeCounts:
    # Subqueries on the assignment table rather than joins: no DISTINCT to sort away the
    # rows a join repeats, and the notice count needs no case row at all.
    assigned = Case.assignees.through.objects.filter(user=user).values("case_id")
    open_mine = Case.objects.filter(status__in=OPEN_STATUSES, pk__in=assigned)
    waiting = CaseFlag.objects.filter(kind=FlagKind.WAITING_FOR_PERSON).values("case_id")
    counts = open_mine.aggregate(
        open_cases=Count("pk"), waiting=Count("pk", filter=Q(pk__in=waiting))
    )
    return HomeCounts(
        open_cases=counts["open_cases"],
        overdue_notices=overdue_notices().filter(case_id__in=assigned).count(),
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
