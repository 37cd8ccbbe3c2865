"""What was reported, where we looked, what we found there. Fingerprints only, never pixels."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from takedown.cases.encryption import EncryptedTextField


class Fingerprinted(models.Model):
    """The fingerprint columns shared by reported and found images."""

    sha256 = models.CharField(max_length=64, blank=True)
    pdq = models.CharField(max_length=64, blank=True)
    pdq_quality = models.PositiveSmallIntegerField(null=True, blank=True)
    phash = models.CharField(max_length=16, blank=True)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    # Variant hashes (flips, crops, regions) as the matching engine defines them.
    features = models.JSONField(default=dict, blank=True)

    class Meta:
        abstract = True

    @staticmethod
    def columns_of(fingerprint) -> dict:
        """A takedown.hashing.Fingerprint as these columns (scanning.fingerprint_of reads
        them back); low_information is derived, so it has none."""
        return {
            "sha256": fingerprint.sha256,
            "pdq": fingerprint.pdq,
            "pdq_quality": fingerprint.pdq_quality,
            "phash": fingerprint.phash,
            "width": fingerprint.width,
            "height": fingerprint.height,
            "features": fingerprint.features,
        }


class ReportedImage(Fingerprinted):
    class Source(models.TextChoices):
        BROWSER = "browser", _("Fingerprinted on the person's device")
        SERVER = "server", _("Fingerprinted in server memory")

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="reported_images")
    # A label the person chooses ("beach photo"): free text, so encrypted.
    label = EncryptedTextField(_("label"), blank=True)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.SERVER)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("reported image")

    def __str__(self):
        return f"reported image {self.pk} of {self.case_id}"


class TargetStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be checked")
    SCANNING = "scanning", _("Being checked")
    MATCHED = "matched", _("Your image was found")
    NO_MATCH = "no_match", _("Not found")
    ERROR = "error", _("Could not be checked")
    REMOVED = "removed", _("Removed")


class Target(models.Model):
    """A URL the person or caseworker submitted."""

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="targets")
    url = models.URLField(_("URL"), max_length=2048)
    platform = models.CharField(_("platform"), max_length=64, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=TargetStatus.choices, default=TargetStatus.PENDING
    )
    error = models.TextField(_("what went wrong"), blank=True)
    images_total = models.PositiveIntegerField(default=0)
    images_done = models.PositiveIntegerField(default=0)
    images_skipped = models.PositiveIntegerField(default=0)
    first_checked_at = models.DateTimeField(null=True, blank=True)
    last_checked_at = models.DateTimeField(null=True, blank=True)
    removed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [models.UniqueConstraint(fields=["case", "url"], name="one_target_per_url")]
        indexes = [
            models.Index(fields=["platform", "status"]),
            # The caseload's platform filter reads (platform, case) from the index alone.
            models.Index(fields=["platform", "case"], name="target_platform_case"),
            # Matched URLs by case, for "matched URLs without a notice": a small slice of
            # the table, with the ids the anti-join on notices needs.
            models.Index(
                fields=["case", "id"],
                condition=models.Q(status=TargetStatus.MATCHED),
                name="target_matched_case",
            ),
        ]
        verbose_name = _("target")

    def __str__(self):
        return self.url


class Candidate(Fingerprinted):
    """An image found at a target."""

    target = models.ForeignKey(Target, on_delete=models.CASCADE, related_name="candidates")
    image_url = models.TextField(_("image URL"))
    size = models.PositiveIntegerField(_("bytes"), null=True, blank=True)
    error = models.TextField(_("what went wrong"), blank=True)
    fetched_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["target", "image_url"], name="one_candidate_per_image_url"
            ),
        ]
        verbose_name = _("candidate")

    def __str__(self):
        return self.image_url


class Match(models.Model):
    reported_image = models.ForeignKey(
        ReportedImage, on_delete=models.CASCADE, related_name="matches"
    )
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="matches")
    algorithm = models.CharField(max_length=32)
    distance = models.PositiveIntegerField()
    confidence = models.FloatField(default=0.0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["reported_image", "candidate"], name="one_match_per_image_pair"
            ),
        ]
        verbose_name = _("match")
        verbose_name_plural = _("matches")

    def __str__(self):
        return f"{self.reported_image_id} ~ {self.candidate_id} ({self.algorithm} {self.distance})"


class FetchRecord(models.Model):
    """Evidence of one fetch: enough to show what the server said, with no image bytes."""

    class Kind(models.TextChoices):
        PAGE = "page", _("Page")
        IMAGE = "image", _("Image")
        RECHECK = "recheck", _("Recheck")

    target = models.ForeignKey(Target, on_delete=models.CASCADE, related_name="fetches")
    candidate = models.ForeignKey(
        Candidate, on_delete=models.CASCADE, null=True, blank=True, related_name="fetches"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    fetched_at = models.DateTimeField()
    url = models.TextField()
    final_url = models.TextField(blank=True)
    redirects = models.JSONField(default=list, blank=True)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    headers = models.JSONField(default=dict, blank=True)
    server_ip = models.GenericIPAddressField(null=True, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    title = models.TextField(blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["fetched_at"]
        verbose_name = _("fetch record")

    def __str__(self):
        return f"{self.kind} {self.url} at {self.fetched_at:%Y-%m-%d %H:%M}"
