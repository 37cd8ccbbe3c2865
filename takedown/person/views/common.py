from functools import wraps

from django.conf import settings
from django.http import Http404
from django.views.decorators.cache import never_cache

from takedown.cases.access import get_visible_case, session_case_ids


def no_store(view):
    """Case pages, PINs and sign-in forms: never kept by the browser or a shared cache, so
    the back button after a quick exit shows nothing. (`never_cache` sends no-store.)"""
    return never_cache(view)


def case_view(view):
    """Resolves the case through the authorisation rule (DESIGN invariant 3): 404 for anyone
    who may not see it. The view gets the case instead of its number."""

    @no_store
    @wraps(view)
    def wrapper(request, reference, *args, **kwargs):
        case = get_visible_case(user=request.user, session=request.session, reference=reference)
        if case.pk in session_case_ids(request.session):
            keep_alive(request)
        return view(request, case, *args, **kwargs)

    return wrapper


def is_the_person(request, case) -> bool:
    """The person themself: the browser that proved the PIN, or the case's own account."""
    owner = request.user.is_authenticated and case.owner_id == request.user.pk
    return owner or case.pk in session_case_ids(request.session)


def person_view(view):
    """For what only the person decides (their consent to e-mail, an account, deleting the
    case): a caseworker the case is assigned to sees it but may not do it."""

    @case_view
    @wraps(view)
    def wrapper(request, case, *args, **kwargs):
        if not is_the_person(request, case):
            raise Http404("No such case")
        return view(request, case, *args, **kwargs)

    return wrapper


def keep_alive(request) -> None:
    """A person's case stays open in a browser only while it is used: after
    TAKEDOWN_PERSON_SESSION_SECONDS without a case page the session ends, so a phone
    left unlocked or shared later does not show the case."""
    request.session.set_expiry(settings.TAKEDOWN_PERSON_SESSION_SECONDS)
