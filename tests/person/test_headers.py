import pytest

CASE_PATHS = [
    "",
    "photos/",
    "photos/add/",
    "urls/",
    "scan/",
    "results/",
    "results/found/",
    "contact/",
    "account/",
]


@pytest.mark.parametrize("path", CASE_PATHS)
def test_case_pages_are_never_stored(started, path):
    client, case, _pin = started
    response = client.get(f"/case/{case.reference}/{path}")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("path", ["/", "/start/", "/return/", "/account/sign-in/", "/exit/"])
def test_every_page_sends_no_referrer(client, db, path):
    assert client.get(path)["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("path", CASE_PATHS)
def test_case_pages_are_not_found_for_a_stranger(client, db, started, path):
    _owner, case, _pin = started
    from django.test import Client

    stranger = Client()
    assert stranger.get(f"/case/{case.reference}/{path}").status_code == 404


def test_language_switch_on_every_page_keeps_the_place(started):
    client, case, _pin = started
    text = client.get(f"/case/{case.reference}/photos/").text
    assert 'name="language" value="es"' in text
    assert f'name="next" value="/case/{case.reference}/photos/"' in text


def test_a_page_not_found_still_has_the_quick_exit(client, db, settings):
    settings.DEBUG = False
    response = client.get("/case/TD-0000-0000/")
    assert response.status_code == 404
    assert 'data-module="govuk-exit-this-page"' in response.text
    assert "Page not found" in response.text
    assert "TD-0000-0000" not in response.text
