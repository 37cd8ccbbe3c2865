"""The person's photos: the list, the page that fingerprints them on the device, and the
in-memory server fallback for photos the browser cannot read or browsers without JS."""

import json

from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from takedown.person.forms import PhotoUploadForm
from takedown.person.photos import (
    PhotoRefused,
    photo_add_from_upload,
    photo_remove,
    photos_add_from_browser,
)
from takedown.person.uploads import MemoryOnlyUploadHandler
from takedown.person.views.common import case_view

# A fingerprint is about 700 bytes of JSON; 100 photos fit in far less than this.
MAX_FINGERPRINT_BODY = 256 * 1024


@case_view
def photos(request, case):
    return render(
        request,
        "person/photos.html",
        {"case": case, "photos": case.reported_images.all()},
    )


@case_view
def photo_add(request, case):
    return render(request, "person/photo_add.html", {"case": case, "form": PhotoUploadForm()})


@case_view
def photo_fingerprints(request, case):
    """What the page's JavaScript posts: labels and fingerprints as JSON, no image."""
    if request.method != "POST":
        return redirect(reverse("person:photo_add", args=[case.reference]))
    if request.content_type != "application/json":
        return JsonResponse({"errors": [_("Send the fingerprints as JSON.")]}, status=415)
    if len(request.body) > MAX_FINGERPRINT_BODY:
        return JsonResponse({"errors": [_("Too many photos at once.")]}, status=413)
    try:
        body = json.loads(request.body)
        photos = body["photos"]
        if (
            not isinstance(photos, list)
            or not photos
            or not all(isinstance(p, dict) for p in photos)
        ):
            raise ValueError
    except (ValueError, KeyError, TypeError):
        return JsonResponse({"errors": [_("No photo fingerprints were received.")]}, status=400)
    try:
        added = photos_add_from_browser(case=case, photos=photos)
    except PhotoRefused as refused:
        return JsonResponse({"errors": [str(refused)]}, status=400)
    return JsonResponse(
        {
            "added": len(added),
            "low_information": [i.label for i in added if i.low_information],
            "next": reverse("person:photos", args=[case.reference]),
        }
    )


@csrf_exempt  # checked below, once our upload handler is in place
@case_view
def photo_upload(request, case):
    # Must be set before anything reads request.POST or request.FILES.
    request.upload_handlers = [MemoryOnlyUploadHandler(request)]
    return _photo_upload(request, case)


@csrf_protect
def _photo_upload(request, case):
    if request.method != "POST":
        return redirect(reverse("person:photo_add", args=[case.reference]))
    # The photo page's script uses this path too, for a photo the browser cannot read.
    wants_json = "application/json" in request.headers.get("Accept", "")
    form = PhotoUploadForm(request.POST, request.FILES)
    if getattr(request, "upload_too_large", False):
        form.is_valid()
        form.errors.pop("photo", None)
        form.add_error("photo", _("This photo is too large. Try a smaller copy of it."))
    elif form.is_valid():
        upload = form.cleaned_data["photo"]
        try:
            photo_add_from_upload(case=case, data=upload.read(), label=form.cleaned_data["label"])
        except PhotoRefused as refused:
            form.add_error("photo", str(refused))
        else:
            upload.close()
            if wants_json:
                return JsonResponse({"added": 1})
            return redirect(reverse("person:photos", args=[case.reference]))
    if wants_json:
        messages = [str(error) for errors in form.errors.values() for error in errors]
        return JsonResponse({"errors": messages}, status=400)
    return render(request, "person/photo_add.html", {"case": case, "form": form}, status=400)


@case_view
def photo_delete(request, case, image_id):
    if request.method != "POST":
        return redirect(reverse("person:photos", args=[case.reference]))
    photo_remove(case=case, image_id=image_id)
    return redirect(reverse("person:photos", args=[case.reference]))
