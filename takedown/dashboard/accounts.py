"""Staff accounts: an organisation's members, each with a TOTP device from the start."""

import io
import secrets

import segno
from django.contrib.auth import get_user_model
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from takedown.cases.models import Membership, Organization


@transaction.atomic
def staff_account_create(
    *, organization: Organization, username: str, email: str = "", role=Membership.Role.CASEWORKER
):
    """A member with a fresh password and a confirmed TOTP device. Returns (user, password,
    device); the password and the device's secret are shown once by the caller."""
    password = secrets.token_urlsafe(12)
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": email}
    )
    user.set_password(password)
    if email:
        user.email = email
    user.save()
    Membership.objects.update_or_create(
        organization=organization, user=user, defaults={"role": role}
    )
    # A new device replaces any old one: re-running the command re-enrols the phone.
    TOTPDevice.objects.filter(user=user).delete()
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    return user, password, device


def provisioning_text(device: TOTPDevice) -> str:
    """The otpauth:// URI and the same as a QR code drawn in text, for a terminal."""
    uri = device.config_url
    buffer = io.StringIO()
    segno.make(uri, error="m").terminal(out=buffer, compact=True)
    return f"{uri}\n{buffer.getvalue()}"
