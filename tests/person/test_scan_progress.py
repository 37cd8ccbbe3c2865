from takedown.cases.models import Target, TargetStatus


def make_targets(case):
    return [
        Target.objects.create(
            case=case,
            url="https://example.com/a",
            status=TargetStatus.SCANNING,
            images_total=40,
            images_done=12,
        ),
        Target.objects.create(
            case=case, url="https://example.org/b", status=TargetStatus.ERROR, error="Timed out."
        ),
    ]


def test_progress_shows_done_of_total_per_address(started):
    client, case, _pin = started
    make_targets(case)
    response = client.get(f"/case/{case.reference}/scan/")
    assert response.status_code == 200
    assert "12 of 40 images checked" in response.text
    assert "https://example.org/b" in response.text
    assert "Being checked" in response.text


def test_progress_reloads_itself_without_javascript_while_running(started):
    client, case, _pin = started
    make_targets(case)
    text = client.get(f"/case/{case.reference}/scan/").text
    assert '<noscript><meta http-equiv="refresh"' in text
    assert "person/progress.js" in text
    assert ">Refresh</a>" in text


def test_progress_stops_reloading_when_done(started):
    client, case, _pin = started
    Target.objects.create(case=case, url="https://example.com/a", status=TargetStatus.NO_MATCH)
    text = client.get(f"/case/{case.reference}/scan/").text
    assert 'http-equiv="refresh"' not in text
    assert "All addresses checked" in text


def test_progress_fragment_for_the_page_script(started):
    client, case, _pin = started
    make_targets(case)
    response = client.get(f"/case/{case.reference}/scan/?part=progress")
    assert response.status_code == 200
    assert "<html" not in response.text
    assert 'data-running="true"' in response.text
    assert "12 of 40 images checked" in response.text
    assert "no-store" in response["Cache-Control"]


def test_progress_in_spanish(started):
    client, case, _pin = started
    make_targets(case)
    text = client.get(f"/case/{case.reference}/scan/", headers={"accept-language": "es"}).text
    assert "12 de 40 imágenes revisadas" in text
