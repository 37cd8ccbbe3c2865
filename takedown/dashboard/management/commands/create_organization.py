"""Create a helpline organisation and its first admin, who signs in with a TOTP code."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify

from takedown.cases.models import Membership, Organization
from takedown.dashboard.accounts import provisioning_text, staff_account_create


class Command(BaseCommand):
    help = "Create an organisation and its first organisation admin (prints a TOTP QR code)."

    def add_arguments(self, parser):
        parser.add_argument("name", help="the organisation's name")
        parser.add_argument("--admin", required=True, help="username of the first admin")
        parser.add_argument("--email", default="")
        parser.add_argument("--country", default="", help="ISO 3166 code")
        parser.add_argument("--slug", default="")

    def handle(self, *args, name, admin, email, country, slug, **options):
        slug = slug or slugify(name)
        if not slug:
            raise CommandError("Give the organisation a name with letters or digits.")
        organization, created = Organization.objects.get_or_create(
            slug=slug, defaults={"name": name, "country": country.upper()}
        )
        user, password, device = staff_account_create(
            organization=organization, username=admin, email=email, role=Membership.Role.ADMIN
        )
        verb = "Created" if created else "Found"
        self.stdout.write(f"{verb} organisation '{organization.name}' ({organization.slug}).")
        self.stdout.write(f"Admin '{user.username}', password: {password}")
        self.stdout.write("Add this to an authenticator app (scan the code or open the URI):")
        self.stdout.write(provisioning_text(device))
