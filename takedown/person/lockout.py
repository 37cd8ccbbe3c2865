"""Brute-force protection for the case number + PIN form, through django-axes like every
password sign-in: the same failure limit, cool-off and lockout page."""

from datetime import timedelta

from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.crypto import salted_hmac

_SALT = "takedown.person.lockout"


def _credentials(reference: str) -> dict:
    # axes keeps the user name of a failed attempt in clear until its cool-off ends: a keyed
    # hash of the case number, so its table never holds a real one. The prefix keeps it
    # apart from account user names.
    return {"username": "case:" + salted_hmac(_SALT, reference).hexdigest()[:24]}


def pin_allowed(request, reference: str) -> bool:
    return AxesProxyHandler.is_allowed(request, _credentials(reference))


def pin_failed(request, reference: str) -> None:
    """Counts a wrong PIN; at the limit axes marks the request and its middleware answers
    with `locked_out`."""
    user_login_failed.send(sender=__name__, credentials=_credentials(reference), request=request)


def recent_wrong_pins(reference: str) -> int:
    """Wrong PINs typed for this case that axes still remembers (within the cool-off): the
    case page tells the person, since someone else may be trying."""
    since = timezone.now() - timedelta(hours=settings.AXES_COOLOFF_TIME)
    attempts = AccessAttempt.objects.filter(**_credentials(reference), attempt_time__gte=since)
    total = attempts.aggregate(total=Sum("failures_since_start"))["total"]
    return total or 0


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the page for a locked-out browser, in the person's language."""
    hours = settings.AXES_COOLOFF_TIME
    response = render(request, "person/locked_out.html", {"cooloff_hours": hours}, status=429)
    response["Cache-Control"] = "no-store"
    return response
