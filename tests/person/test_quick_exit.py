import pytest

PAGES = ["/", "/start/", "/return/", "/account/sign-in/"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_the_exit_button_and_the_hidden_exit_link(client, db, path):
    text = client.get(path).text
    assert 'data-module="govuk-exit-this-page"' in text
    assert text.count('href="/exit/"') == 2  # the button, and the screen-reader skip link
    assert "govuk-frontend.min.js" in text


def test_case_pages_have_the_exit_button(started):
    client, case, _pin = started
    for path in ["", "photos/", "photos/add/", "urls/", "results/", "contact/", "account/"]:
        text = client.get(f"/case/{case.reference}/{path}").text
        assert 'data-module="govuk-exit-this-page"' in text, path


def test_quick_exit_ends_the_session_and_goes_to_a_neutral_site(started, settings):
    client, case, _pin = started
    session_key = client.session.session_key
    response = client.get("/exit/")
    assert response.status_code == 302
    assert response["Location"] == settings.TAKEDOWN_QUICK_EXIT_URLS["en"]
    from django.contrib.sessions.models import Session

    assert not Session.objects.filter(session_key=session_key).exists()
    assert client.get(f"/case/{case.reference}/").status_code == 404


def test_quick_exit_in_spanish_goes_to_the_spanish_site(client, db, settings):
    settings.TAKEDOWN_QUICK_EXIT_URLS = {"en": "https://en.example/", "es": "https://es.example/"}
    response = client.get("/exit/", headers={"accept-language": "es"})
    assert response["Location"] == "https://es.example/"


def test_quick_exit_signs_out_an_account(client, django_user_model, db):
    user = django_user_model.objects.create_user("someone", password="x" * 12)
    client.force_login(user)
    client.get("/exit/")
    assert "_auth_user_id" not in client.session


def test_quick_exit_leaves_no_cookie_of_ours_behind(started):
    client, _case, _pin = started
    response = client.get("/exit/")
    for name in ("sessionid", "csrftoken", "django_language"):
        assert response.cookies[name].value == ""
        assert response.cookies[name]["max-age"] == 0


def test_quick_exit_is_not_cached(client, db):
    assert "no-store" in client.get("/exit/")["Cache-Control"]


def test_exit_button_texts_follow_the_language(client, db):
    text = client.get("/", headers={"accept-language": "es"}).text
    assert "Salir de esta página" in text
    assert 'data-i18n.press-two-more-times="' in text
