"""Invariant 1: after a full scan, no image content is in the database or a temp dir."""

import base64
import io
import json
import tempfile
from pathlib import Path

import pytest
from django.core.management import call_command

from takedown.cases.models import Target, TargetStatus
from takedown.cases.tasks import scan_target

pytestmark = pytest.mark.django_db


def fragments(data: bytes) -> list[bytes]:
    """Pieces of an image any stored copy would contain, raw, hex, or base64 at any offset."""
    middle = len(data) // 2
    piece = data[middle : middle + 48]
    pieces = [piece, piece.hex().encode()]
    # base64 maps 3 bytes to 4 characters: one of three shifts lines up with any copy.
    pieces += [base64.b64encode(data[middle + k : middle + k + 48])[4:60] for k in range(3)]
    return pieces


def test_the_search_finds_a_copy_in_any_of_those_forms(photos):
    data = photos["reupload"]
    for copy in (
        json.dumps({"image": base64.b64encode(data).decode()}).encode(),
        json.dumps({"image": "data:image/jpeg;base64," + base64.b64encode(data).decode()}),
        data.hex().encode(),
        b"prefix" + data,
    ):
        copy = copy if isinstance(copy, bytes) else copy.encode()
        assert any(piece in copy for piece in fragments(data))


def files_under(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()]


def test_a_full_scan_leaves_no_image_bytes_anywhere(
    case, reported, site, photos, tmp_path, monkeypatch, settings
):
    # Anything in this process that spools to a temporary file would do it here.
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    served = {name: photos[name] for name in ("reupload", "coffee", "chelsea")}
    urls = [site.image(f"/img/{name}.jpg", data) for name, data in served.items()]
    inline = "data:image/jpeg;base64," + base64.b64encode(photos["rocket"]).decode()
    page = site.page("/gallery", [*urls, inline])
    direct = site.image("/direct.jpg", photos["original"])

    for url in (page, direct):
        target = Target.objects.create(case=case, url=url)
        scan_target.delay(target.pk)
        target.refresh_from_db()
        assert target.status == TargetStatus.MATCHED

    dump = io.StringIO()
    call_command("dumpdata", stdout=dump)
    text = dump.getvalue().encode()
    assert b"sha256" in text  # the dump does hold the scan
    images = [*served.values(), photos["rocket"], photos["original"]]
    for data in images:
        for piece in fragments(data):
            assert piece not in text
    # Nor was anything spooled to disk on the way.
    media = Path(settings.MEDIA_ROOT) if getattr(settings, "MEDIA_ROOT", "") else None
    for path in files_under(spool) + (files_under(media) if media and media.is_dir() else []):
        content = path.read_bytes()
        for data in images:
            assert not any(piece in content for piece in fragments(data)), path
