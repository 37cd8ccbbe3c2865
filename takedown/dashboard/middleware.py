"""Staff sessions: a member of an organisation counts as signed in only with both factors,
wherever they sign in, and their session ends after a spell of inactivity; the person's
own session keeps Django's defaults."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login

from takedown.dashboard.roles import is_staff_member

STAFF_SESSION_KEY = "takedown_staff"
SEEN_KEY = "takedown_staff_seen"
# Refreshing the expiry writes the session; once a minute is precise enough.
REFRESH_EVERY = 60


def start_staff_session(request) -> None:
    request.session[STAFF_SESSION_KEY] = True
    request.session[SEEN_KEY] = int(time.time())
    request.session.set_expiry(settings.TAKEDOWN_STAFF_SESSION_SECONDS)


class StaffSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not user.is_verified()
            and is_staff_member(user)
        ):
            # A caseworker who signed in with a password alone (the person's sign-in form
            # takes any account) would reach case pages and reports without a second factor:
            # sign them out and send them to the sign-in that asks for it.
            logout(request)
            return redirect_to_login(request.get_full_path())
        session = getattr(request, "session", None)
        if session is not None and session.get(STAFF_SESSION_KEY):
            now = int(time.time())
            idle = now - session.get(SEEN_KEY, 0)
            if idle > settings.TAKEDOWN_STAFF_SESSION_SECONDS:
                # The store may keep an expired row a little longer; never honour it.
                logout(request)
            elif idle > REFRESH_EVERY:
                session[SEEN_KEY] = now
                session.set_expiry(settings.TAKEDOWN_STAFF_SESSION_SECONDS)
        return self.get_response(request)
