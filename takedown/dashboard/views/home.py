from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse

from takedown.dashboard.audit import audit_view
from takedown.dashboard.decorators import staff_required
from takedown.dashboard.roles import admin_organizations, memberships
from takedown.dashboard.selectors import home_counts


def _caseload_url(**params) -> str:
    return f"{reverse('dashboard:caseload')}?{urlencode(params)}"


@staff_required
def home(request):
    admin_of = admin_organizations(request.user)
    counts = home_counts(user=request.user, admin_of=admin_of if admin_of.exists() else None)
    tiles = [
        (counts.open_cases, "open", _caseload_url(assignee="me", status="open")),
        (counts.overdue_notices, "overdue", _caseload_url(assignee="me", overdue="on")),
        (counts.unnoticed_matches, "unnoticed", _caseload_url(assignee="me", unnoticed="on")),
        (
            counts.waiting_for_person,
            "waiting",
            _caseload_url(assignee="me", status="open", flag="waiting_for_person"),
        ),
    ]
    audit_view(request, "home")
    return render(
        request,
        "dashboard/home.html",
        {
            "tiles": tiles,
            "counts": counts,
            "memberships": memberships(request.user),
            "is_admin": counts.unassigned is not None,
        },
    )
