"""Results: first a content warning, then what was found, grouped by platform."""

from django.shortcuts import render
from django.utils.translation import get_language

from takedown.person.next_steps import routes_for
from takedown.person.notice_wizard import platform_for
from takedown.person.results import matches_by_platform
from takedown.person.status import case_status
from takedown.person.views.common import case_view, is_the_person


@case_view
def results_warning(request, case):
    return render(request, "person/results_warning.html", {"case": case})


@case_view
def results(request, case):
    groups = matches_by_platform(case)
    person = is_the_person(request, case)
    for group in groups:
        # The notice wizard writes to platforms in the registry; other hosts go to a caseworker.
        group["writable"] = person and platform_for(group["platform"]) is not None
    return render(request, "person/results.html", {"case": case, "groups": groups})


@case_view
def next_steps(request, case):
    language = (get_language() or "en")[:2]
    groups = matches_by_platform(case)
    for group in groups:
        group["routes"] = routes_for(group["platform"], language)
        group["writable"] = any(route.laws for route in group["routes"])
    context = {"case": case, "groups": groups, "is_person": is_the_person(request, case)}
    return render(request, "person/next_steps.html", context)


@case_view
def status(request, case):
    rows = case_status(case, language=(get_language() or "en")[:2])
    return render(request, "person/status.html", {"case": case, "rows": rows})
