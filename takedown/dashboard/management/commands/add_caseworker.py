"""Add a caseworker (or another admin) to an organisation, with a TOTP device."""

from django.core.management.base import BaseCommand, CommandError

from takedown.cases.models import Membership, Organization
from takedown.dashboard.accounts import provisioning_text, staff_account_create


class Command(BaseCommand):
    help = "Add a member to an organisation and print their password and TOTP QR code."

    def add_arguments(self, parser):
        parser.add_argument("organization", help="the organisation's slug")
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument("--admin", action="store_true", help="an organisation admin")

    def handle(self, *args, organization, username, email, admin, **options):
        try:
            org = Organization.objects.get(slug=organization)
        except Organization.DoesNotExist:
            raise CommandError(f"No organisation with slug {organization!r}.") from None
        role = Membership.Role.ADMIN if admin else Membership.Role.CASEWORKER
        user, password, device = staff_account_create(
            organization=org, username=username, email=email, role=role
        )
        self.stdout.write(f"'{user.username}' is a {role.label} of {org.name}.")
        self.stdout.write(f"Password: {password}")
        self.stdout.write(provisioning_text(device))
