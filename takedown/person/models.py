from django.db import models
from django.utils.translation import gettext_lazy as _


class SignIn(models.Model):
    """One time someone opened the case (PIN or account), so the person can tell whether
    someone else got in. Coarse on purpose: no full IP address, no full browser string."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="sign_ins")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    method = models.CharField(max_length=10)  # "pin", "account" or "new"
    # "Chrome on Android": browser family and system only (signins.describe_device).
    device = models.CharField(_("device"), max_length=60)
    # A keyed hash of the network the address belongs to (/24 or /48), never the address:
    # it can say "the network you are on now" and nothing else (docs/privacy.md).
    network = models.CharField(max_length=16, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("sign-in")

    def __str__(self):
        return f"sign-in to {self.case_id} at {self.created_at:%Y-%m-%d %H:%M}"
