from django.db import models

from takedown.cases.encryption import EncryptedTextField


class NoticeChoices(models.Model):
    """What the caseworker chose when drafting a notice (AI-made? signed? address?), so
    that sending can draft it again from the case's current facts and check it once more.

    JSON in an encrypted column: a description of the work or an address is personal data.
    """

    notice = models.OneToOneField(
        "cases.Notice", on_delete=models.CASCADE, related_name="dashboard_choices"
    )
    choices = EncryptedTextField()

    def __str__(self):
        return f"choices for notice {self.notice_id}"
