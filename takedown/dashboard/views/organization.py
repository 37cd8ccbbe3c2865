"""The organisation admin's pages: the queue of cases nobody has taken, assigning them,
and the audit log.

The admin is not assigned to these cases and so cannot open them (DESIGN invariant 3):
these pages show a case's number, dates, status and assignees, never its content.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from takedown.cases.models import Case, CaseStatus
from takedown.dashboard.assignment import AssignmentError, case_assign, case_transfer
from takedown.dashboard.audit import audit_change, audit_view
from takedown.dashboard.decorators import org_admin_required
from takedown.dashboard.forms import AssignForm, AuditFilterForm
from takedown.dashboard.models import AuditEntry
from takedown.dashboard.roles import admin_organizations, colleagues


def _org_cases(user):
    # Only columns that say nothing about the person.
    return Case.objects.filter(organization__in=admin_organizations(user)).only(
        "reference", "status", "created_at", "organization"
    )


@org_admin_required
def org_queue(request):
    cases = (
        _org_cases(request.user)
        .filter(assignees__isnull=True)
        .exclude(status=CaseStatus.CLOSED)
        .order_by("created_at")
    )
    page = Paginator(cases, 50).get_page(request.GET.get("page"))
    audit_view(request, "org_queue")
    return render(request, "dashboard/org_queue.html", {"page": page})


@org_admin_required
@require_http_methods(["GET", "POST"])
def org_case_assign(request, reference):
    case = _org_cases(request.user).filter(reference=reference).first()
    if case is None:
        raise Http404("No such case")
    audit_view(request, "org_case_assign", case=case)
    form = AssignForm(request.POST or None, colleagues=colleagues(case.organization))
    if request.method == "POST" and form.is_valid():
        user, transfer = form.cleaned_data["user"], form.cleaned_data["transfer"]
        try:
            if transfer:
                case_transfer(case=case, to=user, actor=request.user)
            else:
                case_assign(case=case, assignee=user, actor=request.user)
        except AssignmentError as error:
            form.add_error(None, str(error))
        else:
            audit_change(request, "case_assigned", case=case, assignee=user.pk)
            messages.success(request, _("The case is assigned to %(user)s.") % {"user": user})
            return redirect("dashboard:org_queue")
    return render(
        request,
        "dashboard/org_assign.html",
        {"case": case, "form": form, "assignees": case.assignees.all()},
    )


@org_admin_required
def audit_log(request):
    form = AuditFilterForm(request.GET or None)
    entries = AuditEntry.objects.filter(
        organization__in=admin_organizations(request.user)
    ).select_related("actor", "case")
    if form.is_valid():
        data = form.cleaned_data
        if data["user"]:
            entries = entries.filter(actor_id=data["user"])
        if data["date_from"]:
            entries = entries.filter(created_at__date__gte=data["date_from"])
        if data["date_to"]:
            entries = entries.filter(created_at__date__lte=data["date_to"])
    page = Paginator(entries, 100).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    audit_view(request, "audit_log")
    return render(
        request,
        "dashboard/audit_log.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "members": colleagues(admin_organizations(request.user).first()),
        },
    )
