"""Building staff accounts and signing them in with both factors, for any test."""

from django.contrib.auth import get_user_model
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from takedown.cases.models import Membership


def make_member(username, organization, role=Membership.Role.CASEWORKER, **extra):
    user = get_user_model().objects.create_user(
        username=username,
        password="correct horse battery",
        email=f"{username}@example.org",
        **extra,
    )
    if organization is not None:
        Membership.objects.create(organization=organization, user=user, role=role)
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return user


def sign_in_verified(client, user) -> None:
    """As if the user had given their password and a right TOTP code."""
    client.force_login(user)
    device = TOTPDevice.objects.filter(user=user).first()
    if device is not None:
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()


def sign_in_as(client, user) -> None:
    """Sign anyone in as they would: a member of an organisation with both factors (a
    device is enrolled if they have none), anyone else with their password."""
    from takedown.cases.models import Membership

    if Membership.objects.filter(user=user).exists():
        TOTPDevice.objects.get_or_create(user=user, defaults={"name": "phone", "confirmed": True})
        sign_in_verified(client, user)
    else:
        client.force_login(user)
