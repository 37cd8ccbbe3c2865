from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Event(models.Model):
    """The case timeline and audit trail. Deleted with the case."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    kind = models.CharField(_("what happened"), max_length=40)
    # Structured facts (IDs, counts, status codes), never personal data or image content.
    detail = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("event")

    def __str__(self):
        return f"{self.kind} on {self.case_id}"
