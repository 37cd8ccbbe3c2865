"""Starting a case without an account: the quick-exit interruption page, then the case
number and PIN shown once, then the "I have saved them" step."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language

from takedown.cases.access import grant_session_access
from takedown.cases.services import case_create, event_record
from takedown.person.forms import SavedForm
from takedown.person.signins import record_sign_in, too_many_new_cases
from takedown.person.views.common import case_view, keep_alive, no_store


@no_store
def before_start(request):
    """The interruption page: how the quick exit works, and what it cannot do. Starting
    is a POST from here, so a case is never opened by a crawler or a prefetch."""
    if request.method == "POST":
        if too_many_new_cases(request):
            return render(request, "person/too_many_cases.html", status=429)
        case, pin = case_create(language=(get_language() or "en")[:2])
        grant_session_access(request.session, case)
        keep_alive(request)
        record_sign_in(case=case, request=request, method="new")
        # Shown in this response only: the PIN is in no session, log or redirect.
        return render(request, "person/saved.html", {"case": case, "pin": pin, "form": None})
    return render(request, "person/before_start.html")


@case_view
def saved(request, case):
    if request.method != "POST":
        return redirect(reverse("person:case", args=[case.reference]))
    pin = request.POST.get("pin", "")
    if not case.check_pin(pin):
        # Not a guess (this session already sees the case) but an altered form: never echo
        # back a PIN that is not the case's own.
        return redirect(reverse("person:case", args=[case.reference]))
    form = SavedForm(request.POST)
    if not form.is_valid():
        return render(
            request, "person/saved.html", {"case": case, "pin": pin, "form": form}, status=400
        )
    event_record(case=case, kind="pin_saved")
    return redirect(reverse("person:case", args=[case.reference]))
