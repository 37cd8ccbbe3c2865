"""The funder report: non-identifying aggregates per fiscal quarter.

Small-number suppression: a count from 1 to TAKEDOWN_SMALL_NUMBER - 1 is shown as "<5"
(for the default of 5), and a rate or time computed from such a count is not shown at all,
because with a handful of cases a funder who knows one of them could recognise it. Zero
stays zero: it says nothing about anyone.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.conf import settings

from takedown.cases.models import Organization
from takedown.reports.stats import case_months, outcomes

HIDDEN = "\N{EM DASH}"  # not shown: too few to publish


def fiscal_start_month(org: Organization | None) -> int:
    if org is not None and org.fiscal_year_start_month:
        return org.fiscal_year_start_month
    return settings.TAKEDOWN_FISCAL_YEAR_START


@dataclass(frozen=True, order=True)
class FiscalQuarter:
    year: int  # the calendar year the fiscal year starts in
    quarter: int  # 1..4
    start_month: int

    def label(self) -> str:
        if self.start_month == 1:
            return f"{self.year} Q{self.quarter}"
        return f"FY{self.year}/{(self.year + 1) % 100:02d} Q{self.quarter}"

    @property
    def first_day(self) -> date:
        month_index = self.start_month - 1 + (self.quarter - 1) * 3
        return date(self.year + month_index // 12, month_index % 12 + 1, 1)


def fiscal_quarter(day: date, start_month: int) -> FiscalQuarter:
    months_in = (day.month - start_month) % 12
    year = day.year if day.month >= start_month else day.year - 1
    return FiscalQuarter(year, months_in // 3 + 1, start_month)


def suppress(count: int, threshold: int | None = None) -> str:
    threshold = settings.TAKEDOWN_SMALL_NUMBER if threshold is None else threshold
    if 0 < count < threshold:
        return f"<{threshold}"
    return str(count)


@dataclass(frozen=True)
class QuarterRow:
    quarter: FiscalQuarter
    cases_opened: str
    cases_closed: str
    notices_sent: str
    notices_removed: str
    removal_rate: str
    median_hours: str


def funder_report(org: Organization, *, threshold: int | None = None) -> list[QuarterRow]:
    threshold = settings.TAKEDOWN_SMALL_NUMBER if threshold is None else threshold
    start_month = fiscal_start_month(org)
    opened: dict[FiscalQuarter, int] = defaultdict(int)
    closed: dict[FiscalQuarter, int] = defaultdict(int)
    sent: dict[FiscalQuarter, list] = defaultdict(list)
    for opened_month, closed_month in case_months(org):
        opened[fiscal_quarter(opened_month, start_month)] += 1
        if closed_month is not None:
            closed[fiscal_quarter(closed_month, start_month)] += 1
    for outcome in outcomes(org):
        sent[fiscal_quarter(outcome.sent_month, start_month)].append(outcome)
    rows = []
    for quarter in sorted(set(opened) | set(closed) | set(sent)):
        group = sent[quarter]
        removed = [o for o in group if o.removed]
        hours = [o.hours_to_removal for o in removed if o.hours_to_removal is not None]
        # A rate or median over fewer than `threshold` notices would point at individuals.
        shown = len(group) >= threshold
        rows.append(
            QuarterRow(
                quarter=quarter,
                cases_opened=suppress(opened[quarter], threshold),
                cases_closed=suppress(closed[quarter], threshold),
                notices_sent=suppress(len(group), threshold),
                notices_removed=suppress(len(removed), threshold),
                removal_rate=f"{len(removed) / len(group):.0%}" if shown else HIDDEN,
                median_hours=(
                    f"{statistics.median(hours):g}" if len(hours) >= threshold else HIDDEN
                ),
            )
        )
    return rows
