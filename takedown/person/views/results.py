"""Results: first a content warning, then what was found, grouped by platform."""

from django.shortcuts import render

from takedown.person.results import matches_by_platform
from takedown.person.views.common import case_view


@case_view
def results_warning(request, case):
    return render(request, "person/results_warning.html", {"case": case})


@case_view
def results(request, case):
    groups = matches_by_platform(case)
    return render(request, "person/results.html", {"case": case, "groups": groups})
