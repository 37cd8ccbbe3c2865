"""Removal statistics of one organisation: from its notices, and from the anonymous
NoticeOutcome rows that stay when a case is deleted, so deleting cases does not bend the
numbers."""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from takedown.cases.models import Case, Notice, NoticeOutcome, NoticeStatus, Organization
from takedown.reports.models import CaseTally

GROUPINGS = ("platform", "legal_basis")


@dataclass(frozen=True)
class Outcome:
    platform: str
    legal_basis: str
    sent_month: date
    removed: bool
    hours_to_removal: int | None


@dataclass(frozen=True)
class RemovalRow:
    key: str
    sent: int
    removed: int
    median_hours: float | None
    p90_hours: float | None

    @property
    def rate(self) -> float | None:
        return self.removed / self.sent if self.sent else None


def percentile(values: list[float], fraction: float) -> float | None:
    """Nearest-rank percentile: an hour count some notice really took, never interpolated."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def outcomes(org: Organization, *, start: date | None = None, end: date | None = None):
    """Every sent notice of the organisation as an Outcome, live cases and deleted alike.

    `start`/`end` select by the month the notice was sent (end exclusive).
    """
    live = Notice.objects.filter(case__organization=org, sent_at__isnull=False)
    kept = NoticeOutcome.objects.filter(organization=org)
    if start:
        live = live.filter(sent_at__date__gte=start)
        kept = kept.filter(sent_month__gte=start.replace(day=1))
    if end:
        live = live.filter(sent_at__date__lt=end)
        kept = kept.filter(sent_month__lt=end)
    for platform, basis, status, sent_at, removed_at in live.values_list(
        "platform", "legal_basis", "status", "sent_at", "removed_at"
    ).iterator():
        removed = status == NoticeStatus.REMOVED
        hours = (
            int((removed_at - sent_at).total_seconds() // 3600) if removed and removed_at else None
        )
        yield Outcome(platform, basis, sent_at.date().replace(day=1), removed, hours)
    for platform, basis, month, removed, hours in kept.values_list(
        "platform", "legal_basis", "sent_month", "removed", "hours_to_removal"
    ).iterator():
        yield Outcome(platform, basis, month, removed, hours)


def summarise(rows, key) -> list[RemovalRow]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in rows:
        groups[key(outcome)].append(outcome)
    result = []
    for name, group in groups.items():
        hours = [o.hours_to_removal for o in group if o.removed and o.hours_to_removal is not None]
        result.append(
            RemovalRow(
                key=name,
                sent=len(group),
                removed=sum(o.removed for o in group),
                median_hours=statistics.median(hours) if hours else None,
                p90_hours=percentile(hours, 0.9),
            )
        )
    return sorted(result, key=lambda row: (-row.sent, row.key))


def removal_stats(org: Organization, *, by: str, start=None, end=None) -> list[RemovalRow]:
    if by not in GROUPINGS:
        raise ValueError(f"group by one of {GROUPINGS}")
    return summarise(outcomes(org, start=start, end=end), key=lambda o: getattr(o, by))


def removal_total(org: Organization, *, start=None, end=None) -> RemovalRow:
    rows = summarise(outcomes(org, start=start, end=end), key=lambda o: "all")
    return rows[0] if rows else RemovalRow("all", 0, 0, None, None)


@dataclass(frozen=True)
class PeriodRow:
    period: date
    opened: int
    closed: int


def case_months(org: Organization) -> Iterator[tuple[date, date | None]]:
    """(month opened, month closed or None) of every case of the organisation: those it
    holds, and the tallies deleted ones left (takedown/reports/signals.py)."""
    held = Case.objects.filter(organization=org).values_list("created_at", "closed_at")
    for created, closed in held.iterator():
        yield _month(created), _month(closed)
    kept = CaseTally.objects.filter(organization=org).values_list("opened_month", "closed_month")
    yield from kept.iterator()


PERIODS = ("month", "quarter", "year")


def period_start(month: date, per: str) -> date:
    if per == "year":
        return month.replace(month=1)
    if per == "quarter":
        return month.replace(month=(month.month - 1) // 3 * 3 + 1)
    return month


def cases_per_period(org: Organization, *, per="month", start=None, end=None) -> list[PeriodRow]:
    """Cases opened and closed per calendar month, quarter or year, deleted cases included."""
    if per not in PERIODS:
        raise ValueError(f"per one of {PERIODS}")
    counts: dict[date, list[int]] = defaultdict(lambda: [0, 0])

    def within(month):
        return (start is None or month >= start.replace(day=1)) and (end is None or month < end)

    for opened, closed in case_months(org):
        if within(opened):
            counts[period_start(opened, per)][0] += 1
        if closed is not None and within(closed):
            counts[period_start(closed, per)][1] += 1
    return [PeriodRow(period, *counts[period]) for period in sorted(counts)]


def cases_per_month(org: Organization, *, start=None, end=None) -> list[PeriodRow]:
    return cases_per_period(org, per="month", start=start, end=end)


def _month(moment) -> date | None:
    if moment is None:
        return None
    # UTC months, as NoticeOutcome keeps them.
    return moment.date().replace(day=1)
