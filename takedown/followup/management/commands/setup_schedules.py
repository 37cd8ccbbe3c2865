from django.core.management.base import BaseCommand

from takedown.followup.schedules import setup_schedules


class Command(BaseCommand):
    help = "Create or update the Celery beat schedule (rechecks, follow-up, retention)."

    def handle(self, *args, **options):
        for name in setup_schedules():
            self.stdout.write(name)
