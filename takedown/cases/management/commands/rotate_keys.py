from django.core.management.base import BaseCommand, CommandError

from takedown.cases.keys import rotate_all, stale_tokens


class Command(BaseCommand):
    help = (
        "Re-encrypt all personal data under the first key of FIELD_ENCRYPTION_KEY. "
        "Afterwards the older keys can be removed from the environment."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only report what is still encrypted under an older key; exit 1 if anything is.",
        )

    def handle(self, *args, check=False, **options):
        if not check:
            rewritten = rotate_all()
            self.stdout.write(f"Re-encrypted {rewritten} value(s) under the newest key.")
        stale = stale_tokens()
        for column, count in stale.items():
            self.stdout.write(f"{column}: {count} value(s) still under an older key")
        if stale:
            raise CommandError("Some values are still encrypted under an older key.")
        self.stdout.write(
            self.style.SUCCESS("Every value is under the newest key; older keys may go.")
        )
