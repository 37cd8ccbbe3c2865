from django.db import models
from django.utils.translation import gettext_lazy as _


class HelplineInvitation(models.Model):
    """A code the person gives a helpline so that it can take on their case.

    Only a digest of the code is kept: the code is high-entropy and shown once.
    """

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="invitations")
    code_digest = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        "cases.Organization", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("helpline invitation")

    def __str__(self):
        return f"invitation {self.pk} to {self.case_id}"
