from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseTally(models.Model):
    """What a deleted case leaves for the counts of cases opened and closed: its
    organisation and two months, nothing else (like NoticeOutcome for notices), so that
    purging old cases does not rewrite last year's funder report."""

    organization = models.ForeignKey(
        "cases.Organization", on_delete=models.SET_NULL, null=True, blank=True
    )
    opened_month = models.DateField()
    closed_month = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = _("deleted case tally")

    def __str__(self):
        return f"case opened {self.opened_month:%Y-%m}"
