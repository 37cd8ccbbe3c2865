from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardConfig(AppConfig):
    name = "takedown.dashboard"
    verbose_name = _("Caseworker dashboard")
    default_auto_field = "django.db.models.BigAutoField"
