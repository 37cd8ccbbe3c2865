from functools import wraps

from django.views.decorators.cache import never_cache

from takedown.cases.access import get_visible_case


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
        return view(request, case, *args, **kwargs)

    return wrapper
