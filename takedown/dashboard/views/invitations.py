"""A person invites a helpline to their case; the helpline accepts with the code."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from takedown.cases.access import get_visible_case, session_case_ids
from takedown.dashboard.assignment import AssignmentError, invitation_accept, invitation_create
from takedown.dashboard.audit import audit_change
from takedown.dashboard.decorators import staff_required
from takedown.dashboard.forms import InvitationAcceptForm
from takedown.dashboard.roles import memberships


@require_http_methods(["GET", "POST"])
def case_invite(request, reference):
    """For the person only: their account owns the case, or this session proved its PIN."""
    case = get_visible_case(user=request.user, session=request.session, reference=reference)
    is_owner = request.user.is_authenticated and case.owner_id == request.user.pk
    if not is_owner and case.pk not in session_case_ids(request.session):
        raise PermissionDenied
    code = None
    if request.method == "POST":
        code = invitation_create(case=case, actor=request.user if is_owner else None)
    return render(request, "dashboard/invite.html", {"case": case, "code": code})


@staff_required
@require_http_methods(["GET", "POST"])
def invitation_accept_view(request):
    form = InvitationAcceptForm(request.POST or None)
    member_of = list(memberships(request.user))
    if request.method == "POST" and form.is_valid():
        organization = member_of[0].organization
        chosen = request.POST.get("organization")
        for membership in member_of:
            if str(membership.organization_id) == chosen:
                organization = membership.organization
        try:
            case = invitation_accept(
                code=form.cleaned_data["code"], caseworker=request.user, organization=organization
            )
        except AssignmentError as error:
            form.add_error("code", str(error))
        else:
            audit_change(request, "invitation_accepted", case=case)
            messages.success(request, _("The case is now yours."))
            return redirect("dashboard:case_detail", reference=case.reference)
    return render(
        request, "dashboard/invitation_accept.html", {"form": form, "memberships": member_of}
    )
