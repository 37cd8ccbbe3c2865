"""Statistics, the funder report, notice exports, the evidence package and the
organisation's retention settings. Thin: each parses the request and calls one module."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from takedown.cases.access import get_visible_case, visible_cases
from takedown.cases.models import Event, Notice
from takedown.cases.services import event_record
from takedown.dashboard.audit import audit_change, audit_export, audit_view
from takedown.dashboard.decorators import org_admin_required, staff_required
from takedown.dashboard.roles import is_staff_member
from takedown.reports import exports, funder, stats
from takedown.reports.access import member_organization
from takedown.reports.charts import bar_chart
from takedown.reports.evidence import evidence_package
from takedown.reports.forms import MONTHS, OrganizationSettingsForm, PeriodForm

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _attachment(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Exports hold case data: never in a shared cache.
    response["Cache-Control"] = "no-store"
    return response


def platform_name(slug: str) -> str:
    from takedown.platforms import get

    try:
        return get(slug).name
    except LookupError:
        return slug or _("(unknown)")


def basis_name(slug: str) -> str:
    from takedown.notices import bases
    from takedown.notices.basis import UnknownBasis

    try:
        basis = bases.get(slug)
    except UnknownBasis:
        return slug
    return basis.title_es if translation.get_language() == "es" else basis.title


def period_label(start, per: str) -> str:
    if per == "year":
        return f"{start:%Y}"
    if per == "quarter":
        return f"{start:%Y} Q{(start.month - 1) // 3 + 1}"
    return f"{start:%Y-%m}"


def _removal_section(title: str, rows: list[stats.RemovalRow], name) -> dict:
    rows = [replace(row, key=name(row.key)) for row in rows]
    return {
        "title": title,
        "rows": rows,
        "rate_chart": bar_chart(
            [(row.key, round(100 * row.rate) if row.rate is not None else None) for row in rows],
            title=_("%(title)s: removal rate") % {"title": title},
            unit="%",
            peak=100,
        ),
        "time_chart": bar_chart(
            [(row.key, row.median_hours) for row in rows],
            title=_("%(title)s: median hours to removal") % {"title": title},
            unit=" h",
        ),
    }


@staff_required
@require_GET
def statistics(request, slug):
    org = member_organization(request.user, slug)
    audit_view(request, "statistics", organization=org)
    period = PeriodForm(request.GET or None)
    start = end = None
    per = "month"
    if period.is_valid():
        start, end = period.cleaned_data["start"], period.cleaned_data["end"]
        per = period.cleaned_data["per"] or "month"
    months = stats.cases_per_period(org, per=per, start=start, end=end)
    context = {
        "organization": org,
        "period": period,
        "total": stats.removal_total(org, start=start, end=end),
        "sections": [
            _removal_section(
                _("By platform"),
                stats.removal_stats(org, by="platform", start=start, end=end),
                platform_name,
            ),
            _removal_section(
                _("By legal basis"),
                stats.removal_stats(org, by="legal_basis", start=start, end=end),
                basis_name,
            ),
        ],
        "months": [(period_label(row.period, per), row) for row in months],
        "opened_chart": bar_chart(
            [(period_label(row.period, per), row.opened) for row in months],
            title=_("Cases opened"),
        ),
        "closed_chart": bar_chart(
            [(period_label(row.period, per), row.closed) for row in months],
            title=_("Cases closed"),
        ),
    }
    return render(request, "reports/statistics.html", context)


@staff_required
@require_GET
def funder_report(request, slug):
    org = member_organization(request.user, slug)
    rows = funder.funder_report(org)
    if request.GET.get("format") == "csv":
        audit_export(request, "funder_report", organization=org, format="csv")
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(
            [
                _("Quarter"),
                _("Cases opened"),
                _("Cases closed"),
                _("Notices sent"),
                _("Notices complied with"),
                _("Removal rate"),
                _("Median hours to removal"),
            ]
        )
        for row in rows:
            writer.writerow(
                [
                    row.quarter.label(),
                    row.cases_opened,
                    row.cases_closed,
                    row.notices_sent,
                    row.notices_removed,
                    row.removal_rate,
                    row.median_hours,
                ]
            )
        return _attachment(
            buffer.getvalue().encode("utf-8"), CONTENT_TYPES["csv"], f"{org.slug}-funder-report.csv"
        )
    audit_view(request, "funder_report", organization=org)
    return render(
        request,
        "reports/funder.html",
        {
            "organization": org,
            "rows": rows,
            "threshold": funder.settings.TAKEDOWN_SMALL_NUMBER,
            "below": funder.settings.TAKEDOWN_SMALL_NUMBER - 1,
            "start_month": dict(MONTHS)[funder.fiscal_start_month(org)],
        },
    )


@staff_required
@require_GET
def notices_export(request, slug, fmt):
    """The organisation's notices in the cases this user may see (invariant 3 holds even
    for exports: an admin exports the cases assigned to them, not everyone's)."""
    org = member_organization(request.user, slug)
    cases = visible_cases(user=request.user, session=request.session).filter(organization=org)
    notices = Notice.objects.filter(case__in=cases)
    rows = list(exports.notice_rows(notices))
    content = exports.to_csv(rows) if fmt == "csv" else exports.to_xlsx(rows)
    per_case = list(_counts(notices))
    audit_export(
        request, "notices", organization=org, format=fmt, notices=len(rows), cases=len(per_case)
    )
    # And on each case's own timeline: its notices left the system.
    Event.objects.bulk_create(
        Event(
            case_id=case_id,
            actor=request.user,
            kind="notices_exported",
            detail={"format": fmt, "notices": count},
        )
        for case_id, count in per_case
    )
    stamp = timezone.now().strftime("%Y%m%d")
    return _attachment(content, CONTENT_TYPES[fmt], f"{org.slug}-notices-{stamp}.{fmt}")


def _verified(user) -> bool:
    return user.is_authenticated and getattr(user, "is_verified", lambda: False)()


def _counts(notices):
    from django.db.models import Count

    return notices.values_list("case_id").annotate(n=Count("pk")).values_list("case_id", "n")


@require_GET
def evidence(request, reference):
    """For the person whose case it is, and the caseworkers it is assigned to (signed in
    with both factors, like everywhere staff see a case)."""
    if is_staff_member(request.user) and not _verified(request.user):
        return redirect_to_login(request.get_full_path())
    case = get_visible_case(user=request.user, session=request.session, reference=reference)
    org_name = case.organization.name if case.organization else ""
    content = evidence_package(case, organization_name=org_name)
    event_record(
        case=case,
        kind="evidence_exported",
        actor=request.user if request.user.is_authenticated else None,
        bytes=len(content),
    )
    audit_export(request, "evidence_package", case=case, bytes=len(content))
    return _attachment(content, "application/zip", f"{case.reference}-evidence.zip")


@org_admin_required
@require_http_methods(["GET", "POST"])
def organization_settings(request, slug):
    org = member_organization(request.user, slug, admin=True)
    form = OrganizationSettingsForm(request.POST or None, instance=org)
    if request.method == "POST" and form.is_valid():
        form.save()
        audit_change(
            request,
            "organization_settings",
            organization=org,
            retention_days=org.retention_days,
            fiscal_year_start_month=org.fiscal_year_start_month,
        )
        messages.success(request, _("Settings saved."))
        return redirect("reports:organization_settings", slug=org.slug)
    return render(request, "reports/settings.html", {"organization": org, "form": form})
