"""`manage.py scan`: the pipeline from the command line, recording nothing unless --case."""

import io
import json

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError

from takedown.cases.models import Match, ReportedImage, Target, TargetStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def files(tmp_path, photos):
    paths = {}
    for name in ("original", "coffee"):
        path = tmp_path / f"{name}.jpg"
        path.write_bytes(photos[name])
        paths[name] = str(path)
    return paths


def scan(*args):
    out = io.StringIO()
    call_command("scan", *args, stdout=out)
    return out.getvalue()


def json_lines(text):
    return [json.loads(line) for line in text.splitlines()]


def row_counts():
    return {model.__name__: model.objects.count() for model in apps.get_models()}


def test_json_lines_for_matches_and_targets_and_nothing_recorded(files, site, photos):
    image_urls = [site.image(f"/img/{n}.jpg", photos[n]) for n in ("chelsea", "reupload")]
    page = site.page("/gallery", image_urls)
    empty = site.page("/empty", [site.image("/img/rocket.jpg", photos["rocket"])])
    dead = site.url("/nowhere")
    before = row_counts()

    lines = json_lines(
        scan("--image", files["original"], "--image", files["coffee"],
             "--url", page, "--url", empty, "--url", dead, "--json")
    )  # fmt: skip

    assert row_counts() == before
    assert lines[0] == {
        "type": "match",
        "url": page,
        "image_url": image_urls[1],
        "reported": files["original"],
        "algorithm": lines[0]["algorithm"],
        "distance": lines[0]["distance"],
        "platform": None,
    }
    assert lines[0]["algorithm"] in ("sha256", "pdq", "pdq_region", "pdq+phash")
    assert 0 <= lines[0]["distance"] <= 31
    assert lines[1] == {
        "type": "target",
        "url": page,
        "status": "matched",
        "images_checked": 2,
        "error": None,
    }
    assert lines[2] == {
        "type": "target",
        "url": empty,
        "status": "no_match",
        "images_checked": 1,
        "error": None,
    }
    assert lines[3]["type"] == "target" and lines[3]["status"] == "error"
    assert lines[3]["images_checked"] == 0 and "404" in lines[3]["error"]
    assert len(lines) == 4


def test_a_direct_image_url_and_a_broken_image(files, site, photos):
    direct = site.image("/direct.jpg", photos["reupload"])
    broken = site.image("/broken.jpg", b"\xff\xd8\xff not really a jpeg")
    page = site.page("/p", [broken, site.url("/img/missing.jpg")])

    lines = json_lines(scan("--image", files["original"], "--url", direct, "--url", page, "--json"))

    assert lines[0]["type"] == "match" and lines[0]["image_url"] == direct
    assert lines[1]["status"] == "matched" and lines[1]["images_checked"] == 1
    assert lines[2] == {
        "type": "target",
        "url": page,
        "status": "error",
        "images_checked": 2,
        "error": "None of the images on this page could be checked.",
    }


def test_human_readable_output(files, site, photos):
    page = site.page("/g", [site.image("/img/reupload.jpg", photos["reupload"])])
    text = scan("--image", files["original"], "--url", page)
    assert f"{page}: FOUND (1 image(s) checked)" in text
    assert f"matches {files['original']}" in text


def test_with_a_case_the_scan_is_recorded(case, files, site, photos):
    page = site.page("/g", [site.image("/img/reupload.jpg", photos["reupload"])])
    args = ("--image", files["original"], "--url", page, "--case", str(case.pk), "--json")

    first = json_lines(scan(*args))
    again = json_lines(scan(*args))

    assert first == again
    assert first[0]["reported"] == files["original"]
    assert first[1]["status"] == "matched"
    target = Target.objects.get(case=case)
    assert target.status == TargetStatus.MATCHED and target.url == page
    assert ReportedImage.objects.filter(case=case).count() == 1
    assert Match.objects.count() == 1


def test_case_by_reference_without_new_images(case, reported, site, photos):
    page = site.page("/g", [site.image("/img/reupload.jpg", photos["reupload"])])
    lines = json_lines(scan("--url", page, "--case", case.reference, "--json"))
    assert lines[0]["reported"] == f"reported-image:{reported.pk}"


def test_clear_errors_for_bad_input(tmp_path, site):
    not_image = tmp_path / "notes.txt"
    not_image.write_text("hello")
    with pytest.raises(CommandError, match=r"notes\.txt: "):
        scan("--image", str(not_image), "--url", site.url("/"))
    with pytest.raises(CommandError, match=r"missing\.jpg"):
        scan("--image", str(tmp_path / "missing.jpg"), "--url", site.url("/"))
    with pytest.raises(CommandError, match="at least one --image"):
        scan("--url", site.url("/"))
    with pytest.raises(CommandError, match="No case 999999"):
        scan("--url", site.url("/"), "--case", "999999")


def test_a_match_names_the_platform_of_the_page(files, site, photos, monkeypatch):
    from takedown.cases import scanning

    page = site.page("/g", [site.image("/img/reupload.jpg", photos["reupload"])])
    monkeypatch.setattr(
        scanning, "resolve", lambda url: type("P", (), {"slug": "reddit"}) if "/g" in url else None
    )
    [match, target] = json_lines(scan("--image", files["original"], "--url", page, "--json"))
    assert match["platform"] == "reddit" and target["status"] == "matched"


def test_with_a_case_a_dead_url_gives_the_same_details(case, files, site):
    dead = site.url("/nowhere")
    without = json_lines(scan("--image", files["original"], "--url", dead, "--json"))
    within = json_lines(
        scan("--image", files["original"], "--url", dead, "--case", str(case.pk), "--json")
    )
    assert without == within
    assert "404" in within[0]["error"]
