"""Adding the person's photos to their case: as fingerprints made on their device, or, as a
fallback, as an upload fingerprinted in memory and dropped (DESIGN invariant 1)."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext as _

from takedown.cases.models import Case, ReportedImage
from takedown.cases.scanning import request_rematch
from takedown.cases.services import event_record
from takedown.hashing import DecodeError, fingerprint_from_browser, fingerprint_reported


class PhotoRefused(ValueError):
    """A photo we cannot add; the message is for the person, in their language."""


def _decode_message(error: DecodeError) -> str:
    messages = {
        "too_large": _("This photo is too large. Try a smaller copy of it."),
        "too_many_pixels": _("This photo has too many pixels. Try a smaller copy of it."),
        "truncated": _("This photo file is incomplete. Try copying it to your device again."),
        "corrupt": _("This file could not be read as a photo."),
        "unsupported": _("This kind of file is not supported. Try a JPEG or PNG copy of it."),
        "empty": _("The photo you chose is empty"),
    }
    return messages.get(error.reason, _("This file could not be read as a photo."))


def _room_check(case: Case, adding: int) -> None:
    limit = settings.TAKEDOWN_MAX_PHOTOS_PER_CASE
    if case.reported_images.count() + adding > limit:
        raise PhotoRefused(
            _("A case can hold %(limit)d photos. Remove one before adding another.")
            % {"limit": limit}
        )


def _store(case: Case, fingerprint, *, label: str, source: str) -> ReportedImage:
    image = ReportedImage.objects.create(
        case=case,
        label=label,
        source=source,
        **ReportedImage.columns_of(fingerprint),
    )
    event_record(case=case, kind="photo_added", image=image.pk, source=source)
    # Not a column: only for telling the person now that matching may miss this photo.
    image.low_information = fingerprint.low_information
    return image


def photos_add_from_browser(*, case: Case, photos: list[dict]) -> list[ReportedImage]:
    """`photos`: [{"label": str, "fingerprint": what pdq.js hashBlob returned}, …]. All or
    nothing: one bad fingerprint refuses the lot, so nothing is half-saved."""
    _room_check(case, len(photos))
    checked = []
    for number, photo in enumerate(photos, start=1):
        label = str(photo.get("label") or "").strip()
        if not label:
            raise PhotoRefused(
                _("Photo %(number)d: give it a name, so you can tell it from the others")
                % {"number": number}
            )
        if len(label) > 100:
            raise PhotoRefused(
                _("Photo %(number)d: the name must be 100 characters or fewer") % {"number": number}
            )
        try:
            fingerprint = fingerprint_from_browser(photo.get("fingerprint"))
        except ValueError as error:
            raise PhotoRefused(
                _("Photo %(number)d: its fingerprint was not accepted (%(reason)s)")
                % {"number": number, "reason": error}
            ) from error
        checked.append((label, fingerprint))
    stored = [
        _store(case, fingerprint, label=label, source=ReportedImage.Source.BROWSER)
        for label, fingerprint in checked
    ]
    request_rematch(case)  # pages already scanned are matched against the new photos
    return stored


def photo_add_from_upload(*, case: Case, data: bytes, label: str) -> ReportedImage:
    """Fingerprints the bytes in memory; the caller drops them. Nothing of the image but
    its fingerprint is kept."""
    _room_check(case, 1)
    try:
        fingerprint = fingerprint_reported(data, max_bytes=settings.TAKEDOWN_UPLOAD_MAX_BYTES)
    except DecodeError as error:
        raise PhotoRefused(_decode_message(error)) from error
    image = _store(case, fingerprint, label=label, source=ReportedImage.Source.SERVER)
    request_rematch(case)
    return image


def photo_remove(*, case: Case, image_id: int) -> bool:
    deleted, _rows = case.reported_images.filter(pk=image_id).delete()
    if deleted:
        event_record(case=case, kind="photo_removed", image=image_id)
        request_rematch(case)  # a page matched only by this photo is matched no more
    return bool(deleted)
