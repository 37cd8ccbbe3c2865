from datetime import date, timedelta

from takedown.cases.models import NoticeOutcome, NoticeStatus
from takedown.cases.services import case_delete
from takedown.reports.stats import cases_per_month, percentile, removal_stats, removal_total
from tests.followup import factories
from tests.followup.factories import SENT_AT


def notice(case, *, platform, basis, hours):
    target = factories.matched_target(
        case, url=f"https://{platform}.example/{case.targets.count()}", platform=platform
    )
    sent = factories.sent_notice(case, [target], platform=platform, basis=basis)
    if hours is not None:
        sent.status = NoticeStatus.REMOVED
        sent.removed_at = SENT_AT + timedelta(hours=hours)
        sent.save()
    return sent


def test_percentile_is_nearest_rank():
    assert percentile([], 0.9) is None
    assert percentile([5], 0.9) == 5
    assert percentile(list(range(1, 11)), 0.9) == 9
    assert percentile(list(range(1, 11)), 0.5) == 5


def test_removal_rate_median_and_p90_per_platform_and_basis(org):
    case = factories.person_case(org)
    for hours in (10, 20, 30, None):
        notice(case, platform="x", basis="take-it-down", hours=hours)
    notice(case, platform="reddit", basis="platform-policy", hours=100)
    by_platform = {row.key: row for row in removal_stats(org, by="platform")}
    x = by_platform["x"]
    assert (x.sent, x.removed, x.rate) == (4, 3, 0.75)
    assert (x.median_hours, x.p90_hours) == (20, 30)
    assert by_platform["reddit"].median_hours == 100
    by_basis = {row.key: row for row in removal_stats(org, by="legal_basis")}
    assert by_basis["take-it-down"].sent == 4
    total = removal_total(org)
    assert (total.sent, total.removed) == (5, 4)


def test_deleted_cases_still_count_through_their_anonymous_outcomes(org):
    case = factories.person_case(org)
    notice(case, platform="x", basis="take-it-down", hours=12)
    notice(case, platform="x", basis="take-it-down", hours=None)
    before = removal_stats(org, by="platform")
    case_delete(case=case)
    assert NoticeOutcome.objects.count() == 2
    assert removal_stats(org, by="platform") == before


def test_other_organisations_are_not_counted(org):
    other = factories.organization("elsewhere")
    notice(factories.person_case(other), platform="x", basis="take-it-down", hours=1)
    assert removal_stats(org, by="platform") == []


def test_period_filter_uses_the_month_sent(org):
    notice(factories.person_case(org), platform="x", basis="take-it-down", hours=1)
    assert removal_total(org, start=date(2026, 3, 1), end=date(2026, 4, 1)).sent == 1
    assert removal_total(org, start=date(2026, 4, 1)).sent == 0


def test_cases_opened_and_closed_per_month(org):
    from django.utils import timezone

    from takedown.cases.services import case_close

    first = factories.person_case(org)
    factories.person_case(org)
    case_close(case=first)
    this_month = timezone.now().date().replace(day=1)
    assert [(r.period, r.opened, r.closed) for r in cases_per_month(org)] == [(this_month, 2, 1)]


def test_deleted_cases_stay_in_the_counts_of_cases_opened_and_closed(org):
    from django.utils import timezone

    from takedown.cases.services import case_close
    from takedown.reports.models import CaseTally

    factories.person_case(org)
    gone = factories.person_case(org)
    case_close(case=gone)
    before = cases_per_month(org)
    case_delete(case=gone)
    assert cases_per_month(org) == before
    tally = CaseTally.objects.get()
    month = timezone.now().date().replace(day=1)
    assert (tally.opened_month, tally.closed_month) == (month, month)
    # Nothing in it points back at the case.
    assert {f.name for f in CaseTally._meta.fields} == {
        "id",
        "organization",
        "opened_month",
        "closed_month",
    }


def test_cases_per_quarter_and_year():
    from takedown.reports.stats import period_start

    assert period_start(date(2026, 5, 1), "quarter") == date(2026, 4, 1)
    assert period_start(date(2026, 12, 1), "quarter") == date(2026, 10, 1)
    assert period_start(date(2026, 5, 1), "year") == date(2026, 1, 1)
    assert period_start(date(2026, 5, 1), "month") == date(2026, 5, 1)
