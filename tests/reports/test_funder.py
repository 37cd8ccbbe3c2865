from datetime import date

from takedown.cases.models import NoticeOutcome
from takedown.reports.funder import FiscalQuarter, fiscal_quarter, funder_report, suppress
from tests.followup import factories


def test_fiscal_quarters_follow_the_start_month():
    assert fiscal_quarter(date(2026, 1, 15), 1) == FiscalQuarter(2026, 1, 1)
    assert fiscal_quarter(date(2026, 12, 31), 1) == FiscalQuarter(2026, 4, 1)
    # A UK charity year from April: March 2027 is the last quarter of FY2026/27.
    assert fiscal_quarter(date(2027, 3, 31), 4) == FiscalQuarter(2026, 4, 4)
    assert fiscal_quarter(date(2026, 4, 1), 4) == FiscalQuarter(2026, 1, 4)
    assert fiscal_quarter(date(2026, 7, 1), 7).label() == "FY2026/27 Q1"
    assert FiscalQuarter(2026, 3, 4).first_day == date(2026, 10, 1)
    assert FiscalQuarter(2026, 4, 4).first_day == date(2027, 1, 1)


def test_small_numbers_are_suppressed_but_zero_is_not():
    assert [suppress(n, 5) for n in (0, 1, 4, 5, 120)] == ["0", "<5", "<5", "5", "120"]


def outcomes(org, month, count, removed, hours=24):
    NoticeOutcome.objects.bulk_create(
        NoticeOutcome(
            organization=org,
            platform="x",
            legal_basis="take-it-down",
            sent_month=month,
            removed=index < removed,
            hours_to_removal=hours if index < removed else None,
        )
        for index in range(count)
    )


def test_report_per_quarter_with_suppression(org):
    org.fiscal_year_start_month = 4
    org.save()
    outcomes(org, date(2026, 5, 1), count=10, removed=8)  # FY2026/27 Q1
    outcomes(org, date(2026, 2, 1), count=3, removed=1)  # FY2025/26 Q4
    rows = {row.quarter.label(): row for row in funder_report(org, threshold=5)}
    big = rows["FY2026/27 Q1"]
    assert (big.notices_sent, big.notices_removed, big.removal_rate, big.median_hours) == (
        "10",
        "8",
        "80%",
        "24",
    )
    small = rows["FY2025/26 Q4"]
    assert (small.notices_sent, small.notices_removed) == ("<5", "<5")
    assert small.removal_rate == small.median_hours == "\N{EM DASH}"


def test_report_counts_cases_of_this_organisation_only(org):
    for _ in range(6):
        factories.person_case(org)
    factories.person_case(factories.organization("other"))
    (row,) = funder_report(org, threshold=5)
    assert row.cases_opened == "6"
    assert row.notices_sent == "0"
