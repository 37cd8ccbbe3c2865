"""One case: its timeline, notes, flags, assignment and authorisations to act."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_http_methods

from takedown.cases.models import TargetStatus
from takedown.dashboard.assignment import AssignmentError, case_assign, case_transfer
from takedown.dashboard.audit import audit_change
from takedown.dashboard.authorisations import authorisation_record, authorisation_revoke
from takedown.dashboard.decorators import staff_required
from takedown.dashboard.forms import AssignForm, AuthorisationForm, FlagForm, NoteForm
from takedown.dashboard.models import AuthorisationToAct, FlagKind
from takedown.dashboard.notes import flag_clear, flag_set, note_add, target_mark_removed
from takedown.dashboard.roles import colleagues
from takedown.dashboard.views.common import visible_case

EVENT_LABELS = {
    "case_created": _lazy("Case opened"),
    "case_closed": _lazy("Case closed"),
    "scan_started": _lazy("Check started"),
    "scan_finished": _lazy("Check finished"),
    "matches_found": _lazy("Images found"),
    "recheck": _lazy("URL checked again"),
    "recheck_failed": _lazy("URL could not be checked again"),
    "target_removed": _lazy("Removed"),
    "target_back_up": _lazy("Back online"),
    "case_assigned": _lazy("Caseworker added"),
    "case_transferred": _lazy("Case transferred"),
    "helpline_invited": _lazy("Helpline invitation made"),
    "helpline_accepted": _lazy("Helpline took the case"),
    "authorisation_recorded": _lazy("Authorisation to act recorded"),
    "authorisation_revoked": _lazy("Authorisation to act revoked"),
    "notice_drafted": _lazy("Notice drafted"),
    "notice_sent": _lazy("Notice sent"),
    "note_added": _lazy("Note added"),
    "flag_set": _lazy("Flag set"),
    "flag_cleared": _lazy("Flag cleared"),
    # Written by the follow-up (takedown/followup) and the reports (takedown/reports).
    "notice_removed": _lazy("Notice complied with: all its URLs removed"),
    "deadline_reminder": _lazy("Deadline reminder sent"),
    "escalation_drafted": _lazy("Escalation drafted"),
    "reupload_detected": _lazy("Re-upload found"),
    "notices_exported": _lazy("Notices exported"),
    "evidence_exported": _lazy("Evidence package downloaded"),
}


def timeline(case):
    """Events and notes in one list, oldest first."""
    events = list(case.events.select_related("actor"))
    for event in events:
        event.label = EVENT_LABELS.get(event.kind, event.kind.replace("_", " "))
    items = [("event", e.created_at, e) for e in events]
    items += [("note", n.created_at, n) for n in case.case_notes.select_related("author")]
    return sorted(items, key=lambda item: item[1])


@staff_required
def case_detail(request, reference):
    case = visible_case(request, reference, what="case_detail")
    platforms = case.targets.values("platform").annotate(total=Count("pk")).order_by("platform")
    matched = dict(
        case.targets.filter(status=TargetStatus.MATCHED)
        .values_list("platform")
        .annotate(n=Count("pk"))
    )
    return render(
        request,
        "dashboard/case_detail.html",
        {
            "case": case,
            "platforms": [{**row, "matched": matched.get(row["platform"], 0)} for row in platforms],
            "targets": case.targets.all(),
            "notices": case.notices.all(),
            "flags": {flag.kind for flag in case.flags.all()},
            "flag_kinds": FlagKind.choices,
            "assignees": case.assignees.all(),
            "authorisations": case.authorisations.all(),
            "timeline": timeline(case),
            "note_form": NoteForm(),
        },
    )


@staff_required
@require_http_methods(["GET", "POST"])
def case_note_add(request, reference):
    case = visible_case(request, reference, what="case_note_add")
    form = NoteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        note_add(case=case, author=request.user, text=form.cleaned_data["text"])
        audit_change(request, "note_added", case=case)
    return redirect("dashboard:case_detail", reference=case.reference)


@staff_required
@require_http_methods(["GET", "POST"])
def case_flag(request, reference):
    case = visible_case(request, reference, what="case_flag")
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        kind = form.cleaned_data["kind"]
        if case.flags.filter(kind=kind).exists():
            flag_clear(case=case, kind=kind, actor=request.user)
            audit_change(request, "flag_cleared", case=case, flag=kind)
        else:
            flag_set(case=case, kind=kind, actor=request.user)
            audit_change(request, "flag_set", case=case, flag=kind)
    return redirect("dashboard:case_detail", reference=case.reference)


@staff_required
@require_http_methods(["GET", "POST"])
def case_assign_view(request, reference):
    case = visible_case(request, reference, what="case_assign")
    if case.organization_id is None:
        raise PermissionDenied
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
            audit_change(request, "case_transferred" if transfer else "case_assigned", case=case)
            messages.success(request, _("The case is assigned to %(user)s.") % {"user": user})
            # After a transfer the case may no longer be ours to see.
            if case.assignees.filter(pk=request.user.pk).exists():
                return redirect("dashboard:case_detail", reference=case.reference)
            return redirect("dashboard:home")
    return render(request, "dashboard/case_assign.html", {"case": case, "form": form})


@staff_required
@require_http_methods(["GET", "POST"])
def case_authorisations(request, reference):
    case = visible_case(request, reference, what="case_authorisations")
    if case.organization_id is None:
        raise PermissionDenied
    form = AuthorisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        authorisation_record(
            case=case,
            organization=case.organization,
            given_by=data["given_by"],
            method=data["method"],
            given_at=data["given_at"],
            platforms=data["platforms"],
            legal_bases=data["legal_bases"],
            affirmations=data["affirmations"],
            expires_at=data["expires_at"],
            actor=request.user,
        )
        audit_change(request, "authorisation_recorded", case=case)
        messages.success(request, _("The authorisation to act is on file."))
        return redirect("dashboard:case_authorisations", reference=case.reference)
    return render(
        request,
        "dashboard/case_authorisations.html",
        {"case": case, "form": form, "authorisations": case.authorisations.all()},
    )


@staff_required
@require_http_methods(["GET", "POST"])
def authorisation_revoke_view(request, reference, authorisation_id):
    case = visible_case(request, reference, what="authorisation_revoke")
    authorisation = get_object_or_404(AuthorisationToAct, case=case, pk=authorisation_id)
    if request.method == "POST":
        authorisation_revoke(authorisation=authorisation, actor=request.user)
        audit_change(request, "authorisation_revoked", case=case, authorisation=authorisation_id)
        messages.success(request, _("The authorisation is revoked."))
    return redirect("dashboard:case_authorisations", reference=case.reference)


@staff_required
@require_http_methods(["GET", "POST"])
def target_removed_view(request, reference, target_id):
    case = visible_case(request, reference, what="target_removed")
    target = get_object_or_404(case.targets, pk=target_id)
    if request.method == "POST" and target_mark_removed(target=target, actor=request.user):
        audit_change(request, "target_removed", case=case, target=target.pk)
        messages.success(request, _("Marked as removed."))
    return redirect("dashboard:case_detail", reference=case.reference)
