from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    name = "takedown.cases"
    verbose_name = _("Cases")

    def ready(self):
        from takedown.cases import checks  # noqa: F401  (registers system checks)
