from django.db import models
from django.utils.translation import gettext_lazy as _

from takedown.cases.encryption import EncryptedTextField


class NoticeStatus(models.TextChoices):
    DRAFTED = "drafted", _("Drafted")
    SENT = "sent", _("Sent")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    REMOVED = "removed", _("Removed")
    REFUSED = "refused", _("Refused")
    ESCALATED = "escalated", _("Escalated")


class Notice(models.Model):
    """A takedown request to one platform under one legal basis, covering its targets."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="notices")
    platform = models.CharField(_("platform"), max_length=64)
    channel = models.CharField(_("channel"), max_length=64, blank=True)
    legal_basis = models.CharField(_("legal basis"), max_length=32)
    language = models.CharField(_("language"), max_length=8, default="en")
    targets = models.ManyToManyField("cases.Target", related_name="notices", blank=True)
    # The rendered notice names the person and their contact details: encrypted.
    subject = EncryptedTextField(_("subject"), blank=True)
    text = EncryptedTextField(_("text"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=NoticeStatus.choices, default=NoticeStatus.DRAFTED
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    deadline_at = models.DateTimeField(null=True, blank=True)
    removed_at = models.DateTimeField(null=True, blank=True)
    reference = models.CharField(_("platform's reference"), max_length=200, blank=True)
    escalates = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="escalations"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status", "deadline_at"]),
            # The caseload's legal-basis filter, from the index alone.
            models.Index(fields=["legal_basis", "case"], name="notice_basis_case"),
        ]
        verbose_name = _("notice")

    def __str__(self):
        return f"{self.legal_basis} notice to {self.platform}"


class NoticeOutcome(models.Model):
    """What survives a deleted case for statistics: no link to it, nothing about the person.

    Dates are kept to the month so an outcome cannot be lined up with a case's timeline.
    """

    organization = models.ForeignKey(
        "cases.Organization", on_delete=models.SET_NULL, null=True, blank=True
    )
    platform = models.CharField(max_length=64)
    legal_basis = models.CharField(max_length=32)
    sent_month = models.DateField(null=True, blank=True)
    removed = models.BooleanField(default=False)
    hours_to_removal = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("notice outcome")

    def __str__(self):
        return f"{self.legal_basis} notice to {self.platform}, {self.sent_month:%Y-%m}"
