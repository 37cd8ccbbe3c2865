import pytest

from takedown.cases.models import Candidate, Match, ReportedImage, Target, TargetStatus


@pytest.fixture
def found(started):
    client, case, _pin = started
    photo = ReportedImage.objects.create(case=case, label="beach photo", pdq="0" * 64)
    other = ReportedImage.objects.create(case=case, label="mirror", pdq="f" * 64)
    for url, platform, confidence, photos in [
        ("https://www.reddit.com/r/x/1", "reddit", 0.99, [photo, other]),
        ("https://www.reddit.com/r/x/2", "reddit", 0.85, [photo]),
        ("https://unknown-host.example/p", "", 0.6, [other]),
        ("https://unknown-host.example/q", "", 0.3, [other]),
    ]:
        target = Target.objects.create(
            case=case, url=url, platform=platform, status=TargetStatus.MATCHED
        )
        for n, reported in enumerate(photos):
            candidate = Candidate.objects.create(
                target=target, image_url=f"{url}/img{n}.jpg", pdq="0" * 64
            )
            Match.objects.create(
                reported_image=reported,
                candidate=candidate,
                algorithm="pdq",
                distance=4,
                confidence=confidence,
            )
    return client, case


def test_results_start_with_a_content_warning(found):
    client, case = found
    text = client.get(f"/case/{case.reference}/results/").text
    assert "Before you see the results" in text
    assert "reddit.com" not in text
    assert f"/case/{case.reference}/results/found/" in text


def test_results_group_matches_by_platform_with_words_for_certainty(found):
    client, case = found
    text = client.get(f"/case/{case.reference}/results/found/").text
    assert text.index('<h2 class="govuk-heading-m">Reddit</h2>') < text.index("unknown-host")
    assert "https://www.reddit.com/r/x/1" in text
    assert "Almost certainly your photo" in text
    assert "Very likely your photo" in text
    assert "Likely your photo, perhaps edited or cropped" in text
    assert "Possibly your photo" in text
    assert "beach photo, mirror" in text
    assert "What to do next:" in text


def test_results_show_no_images(found):
    client, case = found
    text = client.get(f"/case/{case.reference}/results/found/").text
    assert "<img" not in text
    assert "img0.jpg" not in text  # not even the image addresses


def test_results_when_nothing_was_found(started):
    client, case, _pin = started
    text = client.get(f"/case/{case.reference}/results/found/").text
    assert "We have not found any of your photos so far." in text


def test_results_are_not_found_for_a_stranger(found):
    _client, case = found
    from django.test import Client

    assert Client().get(f"/case/{case.reference}/results/found/").status_code == 404


def test_results_in_spanish(found):
    client, case = found
    text = client.get(
        f"/case/{case.reference}/results/found/", headers={"accept-language": "es"}
    ).text
    assert "Casi seguro que es tu foto" in text


def test_results_link_to_how_to_ask_each_platform(found):
    client, case = found
    text = client.get(f"/case/{case.reference}/results/found/").text
    assert f'href="/case/{case.reference}/results/next/#reddit"' in text


def test_next_steps_list_each_platforms_channels_and_laws(found):
    client, case = found
    response = client.get(f"/case/{case.reference}/results/next/")
    assert response.status_code == 200
    text = response.text
    assert 'id="reddit"' in text
    assert "Reddit contact address for involuntary pornography reports" in text
    assert "2 pages to remove" in text
    # The unknown site has no registry entry: its host is the way, through a caseworker.
    assert "company that hosts it" in text
    assert "<img" not in text


def test_next_steps_in_spanish_use_the_spanish_titles_of_the_laws(found):
    client, case = found
    from takedown.notices.bases import get

    text = client.get(
        f"/case/{case.reference}/results/next/", headers={"accept-language": "es"}
    ).text
    assert "Pide a cada sitio web que retire tus fotos" in text
    assert get("platform-policy").title_es in text
