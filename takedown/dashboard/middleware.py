"""Short sessions for caseworkers: a staff session ends after a spell of inactivity,
while the person's own session keeps Django's default."""

import time

from django.conf import settings
from django.contrib.auth import logout

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
