"""The optional account: an e-mail address and a password instead of a case number and PIN.

The e-mail address is not stored in the user table: the user name is a keyed hash of it, so
the address cannot be read back from the database (DESIGN invariant 4). If the person opts in
to e-mail, the case keeps the address encrypted, as all contact details.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.db import transaction
from django.utils.crypto import salted_hmac

from takedown.cases.models import Case
from takedown.cases.services import event_record

_SALT = "takedown.person.account"


class AccountExists(ValueError):
    pass


def _username(email: str, secret) -> str:
    return "p-" + salted_hmac(_SALT, email.strip().lower(), secret=secret).hexdigest()[:40]


def account_username(email: str) -> str:
    return _username(email, settings.SECRET_KEY)


def sign_in(request, *, email: str, password: str):
    """The user for this e-mail and password, or None. Also tries the user names made with
    SECRET_KEY_FALLBACKS, so rotating the secret key does not lock people out."""
    for secret in [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]:
        user = authenticate(request, username=_username(email, secret), password=password)
        if user is not None:
            # Only a person's own account: staff sign in on their own page, with 2FA.
            return user if _is_person_account(user) else None
        if getattr(request, "axes_locked_out", False):
            return None
    return None


def _is_person_account(user) -> bool:
    return user.username.startswith("p-") and not user.is_staff and not user.is_superuser


@transaction.atomic
def account_create(*, case: Case, email: str, password: str, contact_opt_in: bool):
    User = get_user_model()
    username = account_username(email)
    if User.objects.filter(username=username).exists():
        raise AccountExists(email)
    user = User.objects.create_user(username=username, password=password)
    case.owner = user
    case.contact_opt_in = contact_opt_in
    case.email = email if contact_opt_in else ""
    case.save(update_fields=["owner", "contact_opt_in", "email", "updated_at"])
    event_record(case=case, kind="account_created")
    return user


def contact_update(*, case: Case, contact_opt_in: bool, email: str) -> None:
    """E-mail only with consent: without it, no address is kept."""
    case.contact_opt_in = contact_opt_in
    case.email = email if contact_opt_in else ""
    case.save(update_fields=["contact_opt_in", "email", "updated_at"])
    event_record(case=case, kind="contact_changed", opted_in=contact_opt_in)
