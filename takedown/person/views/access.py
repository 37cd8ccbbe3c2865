"""Coming back to a case (number + PIN, or an account), leaving it, and the quick exit."""

from functools import cache

from django.conf import settings
from django.contrib.auth import login, logout
from django.contrib.auth.hashers import make_password
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from takedown.cases.access import grant_session_access, revoke_session_access, visible_cases
from takedown.cases.models import Case
from takedown.person import accounts
from takedown.person.forms import ReturnForm, SignInForm
from takedown.person.lockout import locked_out, pin_allowed, pin_failed
from takedown.person.signins import record_sign_in
from takedown.person.views.common import case_view, keep_alive, no_store


@cache
def _dummy_pin_hash() -> str:
    return make_password("not-a-pin")


def _check_pin_in_constant_time(case: Case | None, pin: str) -> bool:
    """A PIN check costs the same whether the case exists or not, so the time taken does
    not tell a stranger which case numbers are real."""
    if case is not None:
        return case.check_pin(pin)
    Case(pin_hash=_dummy_pin_hash()).check_pin(pin)
    return False


@no_store
def return_to_case(request):
    form = ReturnForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        reference = form.cleaned_data["reference"]
        if not pin_allowed(request, reference):
            return locked_out(request)
        case = Case.objects.filter(reference=reference).first()
        if _check_pin_in_constant_time(case, form.cleaned_data["pin"]):
            grant_session_access(request.session, case)
            keep_alive(request)
            record_sign_in(case=case, request=request, method="pin")
            return redirect(reverse("person:case", args=[case.reference]))
        pin_failed(request, reference)
        form.add_error(None, _("The case number or PIN is not right. Check both and try again."))
    status = 400 if form.is_bound else 200
    return render(request, "person/return.html", {"form": form}, status=status)


@no_store
def account_sign_in(request):
    form = SignInForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = accounts.sign_in(
            request, email=form.cleaned_data["username"], password=form.cleaned_data["password"]
        )
        if getattr(request, "axes_locked_out", False):
            return locked_out(request)
        if user is not None:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            for case in user.owned_cases.all():
                record_sign_in(case=case, request=request, method="account")
            return redirect("person:my_cases")
        form.add_error(None, _("The e-mail address or password is not right."))
    status = 400 if form.is_bound else 200
    return render(request, "person/sign_in.html", {"form": form}, status=status)


@no_store
def my_cases(request):
    cases = visible_cases(user=request.user, session=request.session)
    if not request.user.is_authenticated and not cases:
        return redirect("person:return")
    if len(cases) == 1:
        return redirect(reverse("person:case", args=[cases[0].reference]))
    return render(request, "person/my_cases.html", {"cases": cases})


@case_view
def sign_out(request, case):
    if request.method != "POST":
        return redirect(reverse("person:case", args=[case.reference]))
    revoke_session_access(request.session, case.pk)
    if request.user.is_authenticated:
        logout(request)  # also ends the session
    return redirect("person:signed_out")


@no_store
def signed_out(request):
    return render(request, "person/signed_out.html")


@no_store
def quick_exit(request):
    """The "Exit this page" target: end the session (every case it could see, any account
    sign-in), then go to a neutral site in the person's language. A GET, because the
    button is a link and Shift pressed three times follows it."""
    language = (get_language() or "en")[:2]
    request.session.flush()
    urls = settings.TAKEDOWN_QUICK_EXIT_URLS
    response = redirect(urls.get(language) or urls["en"])
    # Our other cookies go too: nothing of ours is left for someone who looks.
    response.delete_cookie(settings.LANGUAGE_COOKIE_NAME)
    response.delete_cookie(settings.CSRF_COOKIE_NAME)
    return response
