from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from takedown.cases.encryption import EncryptedTextField


class AuthorisationMethod(models.TextChoices):
    SIGNED_FORM = "signed_form", _("Signed authorisation form")
    EMAIL = "email", _("E-mail from the person")
    IN_APP = "in_app", _("Given in this app by the person")
    PHONE = "phone", _("By telephone, recorded in a note")
    IN_PERSON = "in_person", _("In person")


class AuthorisationToAct(models.Model):
    """The person's permission for a helpline to send notices in their name.

    It must be on file, in scope and in force before a caseworker sends a notice on the
    person's behalf (`takedown.dashboard.authorisations.require_authorisation`).
    """

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="authorisations")
    organization = models.ForeignKey(
        "cases.Organization", on_delete=models.CASCADE, related_name="authorisations"
    )
    # Who gave it: the person, or a parent or guardian. A name, so encrypted.
    given_by = EncryptedTextField(_("given by"))
    method = models.CharField(_("how it was given"), max_length=20, choices=AuthorisationMethod)
    given_at = models.DateTimeField(_("given on"))
    # Empty means every platform, every legal basis.
    platforms = models.JSONField(_("platforms"), default=list, blank=True)
    legal_bases = models.JSONField(_("legal bases"), default=list, blank=True)
    # The statements the person confirmed to the caseworker (codes of
    # takedown.notices.facts.AFFIRMATIONS), which notices sent for them may then make.
    affirmations = models.JSONField(_("statements confirmed"), default=list, blank=True)
    expires_at = models.DateTimeField(_("expires on"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked on"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("authorisation to act")

    def __str__(self):
        return f"authorisation {self.pk} on {self.case_id}"

    def in_force(self, at=None) -> bool:
        at = at or timezone.now()
        if self.revoked_at is not None and self.revoked_at <= at:
            return False
        return self.expires_at is None or at < self.expires_at

    def covers(self, *, platform: str, legal_basis: str, at=None) -> bool:
        return (
            self.in_force(at)
            and (not self.platforms or platform in self.platforms)
            and (not self.legal_bases or legal_basis in self.legal_bases)
        )
