from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "takedown.reports"
    label = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from django.db.models.signals import pre_delete

        from takedown.cases.models import Case
        from takedown.reports.signals import case_deleted

        pre_delete.connect(case_deleted, sender=Case, dispatch_uid="reports_case_tally")
