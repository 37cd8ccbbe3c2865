import io
import json
import os
import tempfile
from pathlib import Path

import numpy as np
import pytest
import skimage.data
from PIL import Image

from takedown.cases.models import ReportedImage
from takedown.hashing import perceptual

SKIMAGE = Path(skimage.data.__file__).parent


def jpeg_bytes(name: str = "astronaut.png", *, quality: int = 90) -> bytes:
    out = io.BytesIO()
    Image.open(SKIMAGE / name).convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


def browser_fingerprint(name: str = "chelsea.png") -> dict:
    """What pdq.js's hashBlob gives for this photo (the parity tests prove they agree)."""
    rgb = np.asarray(Image.open(SKIMAGE / name).convert("RGB"))
    hashes, quality = perceptual.pdq_dihedral(rgb)
    return {
        "hash": hashes[0],
        "quality": quality,
        "hashes": hashes,
        "width": rgb.shape[1],
        "height": rgb.shape[0],
    }


def post_fingerprints(client, case, photos, **extra):
    return client.post(
        f"/case/{case.reference}/photos/fingerprints/",
        data=json.dumps({"photos": photos}),
        content_type="application/json",
        **extra,
    )


def test_photo_page_fingerprints_in_the_browser_and_keeps_a_fallback(started):
    client, case, _pin = started
    text = client.get(f"/case/{case.reference}/photos/add/").text
    assert "cases/js/pdq.js" in text
    assert "person/photos.js" in text
    # The browser's picker has no name, so a photo can never be submitted with a form.
    assert 'id="photo-picker" type="file"' in text
    assert 'name="photo"' in text  # the no-JavaScript form
    assert 'enctype="multipart/form-data"' in text


def test_fingerprints_from_the_browser_are_stored_with_their_labels(started):
    client, case, _pin = started
    response = post_fingerprints(
        client,
        case,
        [
            {"label": "beach photo", "fingerprint": browser_fingerprint("chelsea.png")},
            {"label": "mirror", "fingerprint": browser_fingerprint("coffee.png")},
        ],
    )
    assert response.status_code == 200, response.content
    assert response.json()["added"] == 2
    images = list(case.reported_images.order_by("pk"))
    assert [i.label for i in images] == ["beach photo", "mirror"]
    assert images[0].source == ReportedImage.Source.BROWSER
    assert images[0].pdq == browser_fingerprint("chelsea.png")["hash"]
    assert len(images[0].features["dihedral"]) == 8
    listing = client.get(f"/case/{case.reference}/photos/").text
    assert "beach photo" in listing and "Fingerprinted on your device" in listing


@pytest.mark.parametrize(
    ("photos", "message"),
    [
        ([{"label": "", "fingerprint": None}], "give it a name"),
        ([{"label": "x" * 101, "fingerprint": None}], "100 characters or fewer"),
        ([{"label": "a", "fingerprint": {"hash": "zz", "quality": 50}}], "not accepted"),
        ([{"label": "a", "fingerprint": "not an object"}], "not accepted"),
    ],
)
def test_bad_fingerprints_are_refused_with_a_message_and_nothing_saved(started, photos, message):
    client, case, _pin = started
    good = {"label": "good", "fingerprint": browser_fingerprint()}
    response = post_fingerprints(client, case, [good, *photos])
    assert response.status_code == 400
    assert message in response.json()["errors"][0]
    assert case.reported_images.count() == 0


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        ("not json", "application/json", 400),
        ("{}", "application/json", 400),
        ('{"photos": []}', "application/json", 400),
        ('{"photos": [1, 2]}', "application/json", 400),
        ("photos=1", "application/x-www-form-urlencoded", 415),
    ],
)
def test_malformed_fingerprint_posts_are_refused(started, body, content_type, status):
    client, case, _pin = started
    response = client.post(
        f"/case/{case.reference}/photos/fingerprints/", data=body, content_type=content_type
    )
    assert response.status_code == status
    assert response.json()["errors"]


def test_fingerprint_post_too_large_is_refused(started):
    client, case, _pin = started
    photos = [{"label": "x" * 90, "fingerprint": browser_fingerprint()}] * 400
    response = post_fingerprints(client, case, photos)
    assert response.status_code == 413


def test_photo_limit_per_case(started, settings):
    client, case, _pin = started
    settings.TAKEDOWN_MAX_PHOTOS_PER_CASE = 1
    photo = {"label": "one", "fingerprint": browser_fingerprint()}
    assert post_fingerprints(client, case, [photo]).status_code == 200
    response = post_fingerprints(client, case, [photo])
    assert response.status_code == 400
    assert "can hold 1 photos" in response.json()["errors"][0]


def test_fingerprints_need_the_csrf_token(started):
    _client, case, _pin = started
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.cookies = _client.cookies
    response = post_fingerprints(
        strict, case, [{"label": "x", "fingerprint": browser_fingerprint()}]
    )
    assert response.status_code == 403


def test_server_fallback_fingerprints_in_memory_and_keeps_no_file(started, settings, tmp_path):
    client, case, _pin = started
    # Anything Django or Python would spill to disk lands here; it must stay empty.
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024  # the default handlers would spill at 1 KiB
    previous = tempfile.tempdir
    tempfile.tempdir = str(tmp_path)
    try:
        data = jpeg_bytes()
        assert len(data) > 50_000
        response = client.post(
            f"/case/{case.reference}/photos/upload/",
            {"label": "holiday", "photo": _upload(data)},
        )
    finally:
        tempfile.tempdir = previous
    assert response.status_code == 302, response.content
    assert os.listdir(tmp_path) == []
    image = case.reported_images.get()
    assert image.source == ReportedImage.Source.SERVER
    assert image.label == "holiday"
    assert len(image.pdq) == 64 and image.sha256
    assert image.features


def test_server_fallback_answers_the_page_script_in_json(started):
    client, case, _pin = started
    response = client.post(
        f"/case/{case.reference}/photos/upload/",
        {"label": "heic", "photo": _upload(jpeg_bytes())},
        headers={"accept": "application/json"},
    )
    assert response.json() == {"added": 1}
    response = client.post(
        f"/case/{case.reference}/photos/upload/",
        {"label": "", "photo": _upload(b"")},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["errors"]


def test_server_fallback_refuses_a_photo_too_large_without_reading_it_all(started, settings):
    client, case, _pin = started
    settings.TAKEDOWN_UPLOAD_MAX_BYTES = 10_000
    response = client.post(
        f"/case/{case.reference}/photos/upload/", {"label": "big", "photo": _upload(jpeg_bytes())}
    )
    assert response.status_code == 400
    assert "This photo is too large" in response.text
    assert case.reported_images.count() == 0


@pytest.mark.parametrize(
    ("data", "label", "message"),
    [
        (b"", "x", "The photo you chose is empty"),
        (b"%PDF-1.4 not a photo", "x", "This kind of file is not supported"),
        (None, "x", "Choose a photo"),
        ("jpeg", "", "Give the photo a name"),
        ("truncated", "x", "This photo file is incomplete"),
    ],
)
def test_server_fallback_bad_input(started, data, label, message):
    client, case, _pin = started
    form = {"label": label}
    if data == "jpeg":
        data = jpeg_bytes()
    elif data == "truncated":
        data = jpeg_bytes()[:20_000]
    if data is not None:
        form["photo"] = _upload(data)
    response = client.post(f"/case/{case.reference}/photos/upload/", form)
    assert response.status_code == 400
    assert message in response.text
    assert 'class="govuk-error-summary"' in response.text
    assert case.reported_images.count() == 0


def test_upload_needs_the_csrf_token(started):
    client, case, _pin = started
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.cookies = client.cookies
    response = strict.post(
        f"/case/{case.reference}/photos/upload/", {"label": "x", "photo": _upload(jpeg_bytes())}
    )
    assert response.status_code == 403
    assert case.reported_images.count() == 0


def test_a_stranger_cannot_add_photos(started):
    _client, case, _pin = started
    from django.test import Client

    stranger = Client()
    response = stranger.post(
        f"/case/{case.reference}/photos/upload/", {"label": "x", "photo": _upload(jpeg_bytes())}
    )
    assert response.status_code == 404
    response = post_fingerprints(
        stranger, case, [{"label": "x", "fingerprint": browser_fingerprint()}]
    )
    assert response.status_code == 404
    assert case.reported_images.count() == 0


def test_removing_a_photo(started):
    client, case, _pin = started
    post_fingerprints(client, case, [{"label": "one", "fingerprint": browser_fingerprint()}])
    image = case.reported_images.get()
    response = client.post(f"/case/{case.reference}/photos/{image.pk}/delete/")
    assert response.status_code == 302
    assert case.reported_images.count() == 0


def test_no_image_bytes_reach_the_database(started, django_db_blocker):
    client, case, _pin = started
    data = jpeg_bytes()
    client.post(f"/case/{case.reference}/photos/upload/", {"label": "x", "photo": _upload(data)})
    from django.db import connection

    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - our own table names
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        assert data[200:264] not in bytes(value)
                    elif isinstance(value, str):
                        assert data[200:264].hex() not in value


def _upload(data: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("IMG_0001.jpg", data, content_type="image/jpeg")


def test_removing_another_cases_photo_does_nothing(started):
    client, case, _pin = started
    from takedown.cases.services import case_create

    other, _ = case_create()
    theirs = ReportedImage.objects.create(case=other, label="theirs", pdq="a" * 64)
    response = client.post(f"/case/{case.reference}/photos/{theirs.pk}/delete/")
    assert response.status_code == 302
    assert ReportedImage.objects.filter(pk=theirs.pk).exists()
