"""Bulk work on one case or on one platform across the caseworker's cases."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from takedown.cases.access import visible_cases
from takedown.cases.models import Case, NoticeStatus, Target, TargetStatus
from takedown.dashboard.audit import audit_change, audit_view
from takedown.dashboard.bulk import (
    draft_platform_notices,
    live_targets,
    recheck,
    send_notices,
)
from takedown.dashboard.decorators import staff_required
from takedown.dashboard.facts import DraftOptions, lookup_platform
from takedown.dashboard.forms import DraftForm
from takedown.dashboard.views.common import visible_case
from takedown.notices import bases


def _basis_choices(platform_slug: str):
    platform = lookup_platform(platform_slug)
    accepted = (
        {basis for channel in platform.channels for basis in channel.legal_bases}
        if platform
        else set(bases.BASES)
    )
    return [(slug, bases.BASES[slug].title) for slug in sorted(accepted) if slug in bases.BASES]


def _options(form: DraftForm) -> DraftOptions:
    data = form.cleaned_data
    return DraftOptions(
        language=data["language"],
        ai_made=data["ai_made"],
        took_photo=data["took_photo"],
        work_description=data["work_description"],
        sign=data["sign"],
        postal_address=data["postal_address"],
    )


def _recheck_message(request, count: int) -> None:
    messages.success(
        request,
        ngettext("%(n)d URL will be checked again.", "%(n)d URLs will be checked again.", count)
        % {"n": count},
    )


@staff_required
@require_http_methods(["GET", "POST"])
def case_recheck(request, reference):
    case = visible_case(request, reference, what="case_recheck")
    targets = live_targets(case.targets.all())
    if request.method == "POST":
        count = recheck(targets)
        audit_change(request, "recheck", case=case, targets=count)
        _recheck_message(request, count)
        return redirect("dashboard:case_detail", reference=case.reference)
    return render(request, "dashboard/recheck.html", {"case": case, "count": targets.count()})


@staff_required
@require_http_methods(["GET", "POST"])
def case_platform_draft(request, reference, platform):
    case = visible_case(request, reference, what="case_platform_draft")
    form = DraftForm(request.POST or None, basis_choices=_basis_choices(platform))
    results = None
    if request.method == "POST" and form.is_valid():
        results = draft_platform_notices(
            cases=[case],
            platform_slug=platform,
            basis_slug=form.cleaned_data["legal_basis"],
            actor=request.user,
            options=_options(form),
        )
        audit_change(request, "notices_drafted", case=case, platform=platform)
    return render(
        request,
        "dashboard/draft.html",
        {"case": case, "platform": platform, "form": form, "results": results},
    )


@staff_required
@require_http_methods(["GET", "POST"])
def case_send(request, reference):
    case = visible_case(request, reference, what="case_send")
    drafts = case.notices.filter(status=NoticeStatus.DRAFTED)
    results = None
    if request.method == "POST":
        chosen = drafts.filter(pk__in=request.POST.getlist("notice"))
        results = send_notices(notices=list(chosen), actor=request.user)
        audit_change(request, "notices_sent", case=case, sent=sum(r.sent for r in results))
    return render(
        request, "dashboard/send.html", {"case": case, "drafts": drafts, "results": results}
    )


def _platform_cases(user, platform: str):
    """The caseworker's open cases with matched URLs on the platform."""
    return (
        Case.objects.filter(pk__in=visible_cases(user=user).values("pk"))
        .filter(
            pk__in=Target.objects.filter(platform=platform, status=TargetStatus.MATCHED).values(
                "case"
            )
        )
        .exclude(status="closed")
        .order_by("created_at")
    )


@staff_required
@require_http_methods(["GET", "POST"])
def platform_work(request, platform):
    """One platform across all the caseworker's cases: recheck, draft, send."""
    cases = _platform_cases(request.user, platform)
    form = DraftForm(
        request.POST if request.POST.get("action") == "draft" else None,
        basis_choices=_basis_choices(platform),
    )
    drafted = sent = None
    action = request.POST.get("action")
    if action == "recheck":
        targets = live_targets(
            Target.objects.filter(
                platform=platform, case__in=visible_cases(user=request.user).values("pk")
            )
        )
        count = recheck(targets)
        audit_change(request, "platform_recheck", platform=platform, targets=count)
        _recheck_message(request, count)
        return redirect("dashboard:platform_work", platform=platform)
    if action == "draft" and form.is_valid():
        drafted = draft_platform_notices(
            cases=list(cases),
            platform_slug=platform,
            basis_slug=form.cleaned_data["legal_basis"],
            actor=request.user,
            options=_options(form),
        )
        audit_change(request, "platform_draft", platform=platform, cases=len(drafted))
    elif action == "send":
        notices = [
            notice
            for case in cases
            for notice in case.notices.filter(platform=platform, status=NoticeStatus.DRAFTED)
        ]
        sent = send_notices(notices=notices, actor=request.user)
        audit_change(request, "platform_send", platform=platform, sent=sum(r.sent for r in sent))
    elif request.method == "GET":
        audit_view(request, "platform_work", platform=platform)
    if request.method == "POST" and action not in ("draft", "send"):
        messages.error(request, _("Choose what to do."))
    return render(
        request,
        "dashboard/platform.html",
        {
            "platform": platform,
            "platform_info": lookup_platform(platform),
            "cases": cases,
            "form": form,
            "drafted": drafted,
            "sent": sent,
        },
    )
