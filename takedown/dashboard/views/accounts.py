"""Caseworker sign-in: password and a TOTP code on one form, then a short session."""

import django_otp
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_otp.plugins.otp_totp.models import TOTPDevice

from takedown.dashboard.audit import audit_record
from takedown.dashboard.forms import SignInForm
from takedown.dashboard.middleware import start_staff_session
from takedown.dashboard.models import AuditAction
from takedown.dashboard.roles import is_staff_member


def _verify_token(user, token: str):
    for device in TOTPDevice.objects.devices_for_user(user, confirmed=True):
        if device.verify_token(token):
            return device
    return None


@require_http_methods(["GET", "POST"])
def sign_in(request):
    form = SignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        # Goes through django-axes, which counts failures and refuses a locked-out user.
        user = authenticate(request, username=data["username"], password=data["password"])
        device = _verify_token(user, data["token"].strip()) if user is not None else None
        if user is not None and device is None:
            # A right password with a wrong code is a failure too, so lockout counts it.
            user_login_failed.send(
                sender=__name__, credentials={"username": data["username"]}, request=request
            )
        if device is not None and is_staff_member(user):
            login(request, user)
            django_otp.login(request, device)
            start_staff_session(request)
            audit_record(actor=user, action=AuditAction.SIGN_IN, what="sign_in")
            target = request.GET.get("next", "")
            if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
                target = "dashboard:home"
            return redirect(target or "dashboard:home")
        # One message whichever part was wrong.
        form.add_error(None, _("The username, password or code is not right."))
    return render(request, "dashboard/sign_in.html", {"form": form})


@require_http_methods(["GET", "POST"])
def sign_out(request):
    # Signing out changes state, so only a POST (with its CSRF token) does it.
    if request.method == "GET":
        return render(request, "dashboard/sign_out.html")
    logout(request)
    messages.info(request, _("You have signed out."))
    return redirect("dashboard:login")
