from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.db import models
from django.utils.translation import gettext_lazy as _

from takedown.cases.encryption import EncryptedTextField


class CaseStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    ACTIVE = "active", _("Active")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    CLOSED = "closed", _("Closed")


class Case(models.Model):
    """One person's request. Owned by a user account, or reached by reference + PIN alone."""

    reference = models.CharField(_("case number"), max_length=20, unique=True)
    # The PIN goes through Django's password hashers; it is never stored or shown again.
    pin_hash = models.CharField(max_length=128, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="owned_cases",
    )
    organization = models.ForeignKey(
        "cases.Organization", on_delete=models.PROTECT, null=True, blank=True, related_name="cases"
    )
    assignees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="assigned_cases",
        verbose_name=_("assigned to"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=CaseStatus.choices, default=CaseStatus.RECEIVED
    )
    language = models.CharField(_("language"), max_length=8, default="en")
    country = models.CharField(
        _("country of residence"), max_length=2, blank=True, help_text=_("ISO 3166 code")
    )
    contact_opt_in = models.BooleanField(_("may be contacted by e-mail"), default=False)

    # Personal data: encrypted at rest (DESIGN invariant 4).
    full_name = EncryptedTextField(_("full name"), blank=True)
    email = EncryptedTextField(_("e-mail"), blank=True)
    phone = EncryptedTextField(_("phone"), blank=True)
    postal_address = EncryptedTextField(_("postal address"), blank=True)
    signature = EncryptedTextField(_("signature"), blank=True)
    notes = EncryptedTextField(_("notes"), blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["organization", "status"]),
            # The caseload's default order (newest first, then oldest): a page of fifty
            # walks the index and stops instead of sorting the whole caseload.
            models.Index(fields=["created_at", "id"], name="case_created"),
        ]
        verbose_name = _("case")

    def __str__(self):
        return self.reference

    def set_pin(self, pin: str) -> None:
        self.pin_hash = make_password(pin)

    def check_pin(self, pin: str) -> bool:
        return bool(self.pin_hash) and check_password(pin, self.pin_hash)
