"""What the follow-up has already done, so that running a beat task twice does nothing new.

Each row hangs off a Notice with CASCADE, so deleting a case deletes them too.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NoticeReminder(models.Model):
    """A reminder sent for one notice at one offset from its deadline (hours; negative =
    before). The unique constraint is what makes a reminder go out at most once."""

    notice = models.ForeignKey("cases.Notice", on_delete=models.CASCADE, related_name="reminders")
    offset_hours = models.IntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["notice", "offset_hours"], name="one_reminder_per_notice_offset"
            )
        ]
        verbose_name = _("deadline reminder")

    def __str__(self):
        return f"reminder {self.offset_hours:+d}h for notice {self.notice_id}"


class EscalationKind(models.TextChoices):
    SECOND_NOTICE = "second-notice", _("Second notice")
    HOST_ABUSE = "host-abuse", _("Report to the hosting provider")
    DEINDEX = "deindex", _("Search-engine de-indexing")
    REGULATOR = "regulator-complaint", _("Complaint to the regulator")


class Escalation(models.Model):
    """One escalation step drafted for a notice whose deadline passed."""

    original = models.ForeignKey(
        "cases.Notice", on_delete=models.CASCADE, related_name="escalation_steps"
    )
    kind = models.CharField(max_length=24, choices=EscalationKind.choices)
    # Which search engine or regulator, where a kind has several.
    recipient = models.CharField(max_length=64, blank=True)
    draft = models.OneToOneField(
        "cases.Notice",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="escalation_step",
    )
    # Why no text could be drafted (a required element missing, no abuse contact…).
    problem = models.TextField(blank=True)
    # The hosting provider's abuse contact (RDAP), for a host-abuse step: a company's
    # mailbox, nothing about the person.
    host_name = models.CharField(max_length=200, blank=True)
    host_email = models.CharField(max_length=254, blank=True)
    host_url = models.URLField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["original", "kind", "recipient"], name="one_escalation_per_step"
            )
        ]
        verbose_name = _("escalation")

    def __str__(self):
        return f"{self.kind} for notice {self.original_id}"
