"""Who may open a dashboard page: a member of an organisation, signed in with both factors."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from takedown.dashboard.roles import is_org_admin, is_staff_member


def _verified(user) -> bool:
    return user.is_authenticated and getattr(user, "is_verified", lambda: False)()


def staff_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _verified(request.user):
            return redirect_to_login(request.get_full_path())
        if not is_staff_member(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def org_admin_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _verified(request.user):
            return redirect_to_login(request.get_full_path())
        if not is_org_admin(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
