from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class FollowupConfig(AppConfig):
    name = "takedown.followup"
    label = "followup"
    verbose_name = _("Follow-up")

    def ready(self):
        from takedown.followup import signals

        post_migrate.connect(signals.schedules_after_migrate, sender=self)
