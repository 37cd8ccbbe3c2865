from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from takedown.cases.models import Membership, Organization
from takedown.cases.references import new_pin
from takedown.dashboard.accounts import provisioning_text, staff_account_create


class Command(BaseCommand):
    help = (
        "Make (or reset) a local administrator account with a fresh password and print how to "
        "sign in. With --demo, also add a demonstration organisation."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--demo", action="store_true", help="Add a demo organisation.")
        parser.add_argument("--url", default="http://127.0.0.1:8000")

    @transaction.atomic
    def handle(self, *args, username, demo, url, **options):
        password = f"{new_pin()}-{new_pin()}"
        user, _created = get_user_model().objects.get_or_create(username=username)
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        # The admin site takes a TOTP code as well (takedown/urls.py); a new device each
        # run, like the password.
        TOTPDevice.objects.filter(user=user).delete()
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
        if demo:
            org, _ = Organization.objects.get_or_create(
                slug="demo-helpline", defaults={"name": "Demo helpline", "country": "US"}
            )
            # The site administrator is no member of any organisation: they run the site,
            # not its cases.
            Membership.objects.filter(organization=org, user=user).delete()
            self._demo_caseworker(org, url)
        self.stdout.write(
            self.style.SUCCESS(
                f"\nTakedown is starting at {url}/\n"
                f"Sign in to the admin at {url}/admin/ as '{username}' with password {password}\n"
                "and the code from an authenticator app set up with this (a new password and "
                "a new secret are made every time this runs):\n"
            )
        )
        self._write_device(device)

    def _demo_caseworker(self, org, url):
        """A caseworker, also the demo organisation's admin, who signs in to the dashboard
        with a password and a TOTP code."""
        _user, password, device = staff_account_create(
            organization=org,
            username="demo-caseworker",
            email="caseworker@example.org",
            role=Membership.Role.ADMIN,
        )
        self.stdout.write(
            f"\nDemo caseworker: sign in at {url}/dashboard/sign-in/ as 'demo-caseworker' "
            f"with password {password}\nand the code from an authenticator app set up with "
            "this (scan it, or enter the secret in the URI):\n"
        )
        self._write_device(device)

    def _write_device(self, device):
        self.stdout.write(provisioning_text(device))
        code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
        self.stdout.write(f"The code right now is {code:06d}; it changes every 30 seconds.\n")
