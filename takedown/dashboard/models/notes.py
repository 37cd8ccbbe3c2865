from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from takedown.cases.encryption import EncryptedTextField


class CaseNote(models.Model):
    """A caseworker's note on a case. Free text about a person: encrypted."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="case_notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = EncryptedTextField(_("note"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("note")

    def __str__(self):
        return f"note {self.pk} on {self.case_id}"


class FlagKind(models.TextChoices):
    URGENT = "urgent", _("Urgent")
    SAFETY = "safety", _("Safety concern")
    WAITING_FOR_PERSON = "waiting_for_person", _("Waiting for the person")
    LEGAL_ADVICE = "legal_advice", _("Needs legal advice")
    POLICE = "police", _("Police involved")


class CaseFlag(models.Model):
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="flags")
    kind = models.CharField(_("flag"), max_length=24, choices=FlagKind)
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "kind"], name="one_flag_per_kind")]
        indexes = [models.Index(fields=["kind", "case"])]
        verbose_name = _("flag")

    def __str__(self):
        return f"{self.kind} on {self.case_id}"
