"""Adding the web addresses to check, and the scan's progress (done/total per address)."""

from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse

from takedown.cases.models import Target
from takedown.cases.services import event_record
from takedown.person.forms import UrlsForm
from takedown.person.scans import progress, scan_targets, still_running
from takedown.person.views.common import case_view
from takedown.platforms.resolver import resolve

# Without JavaScript the progress page reloads itself this often while a scan runs.
REFRESH_SECONDS = 10


@case_view
def urls_add(request, case):
    existing = set(case.targets.values_list("url", flat=True))
    form = UrlsForm(request.POST if request.method == "POST" else None, existing=existing)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            targets = [
                Target.objects.create(case=case, url=url, platform=_platform_slug(url))
                for url in form.cleaned_data["urls"]
            ]
            event_record(case=case, kind="targets_added", count=len(targets))
            scan_targets(targets)  # queued on commit
        return redirect(reverse("person:scan", args=[case.reference]))
    status = 400 if form.is_bound else 200
    return render(request, "person/urls_add.html", {"case": case, "form": form}, status=status)


def _platform_slug(url: str) -> str:
    platform = resolve(url)
    return platform.slug if platform else ""


@case_view
def scan(request, case):
    rows = progress(case)
    context = {
        "case": case,
        "rows": rows,
        "running": still_running(rows),
        "refresh_seconds": REFRESH_SECONDS,
    }
    if request.GET.get("part") == "progress":
        # What the page's script fetches to update itself without a reload.
        return render(request, "person/_progress.html", context)
    return render(request, "person/scan.html", context)
