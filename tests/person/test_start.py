from django.contrib.auth.hashers import identify_hasher

from takedown.cases.models import Case, Event
from takedown.person.models import SignIn
from tests.person.conftest import start_case


def test_interruption_page_explains_quick_exit_and_that_history_stays(client, db):
    response = client.get("/start/")
    assert response.status_code == 200
    assert "press the Shift key three times" in response.text
    assert "does not erase your browser history" in response.text
    assert Case.objects.count() == 0  # looking at the page opens nothing


def test_interruption_page_in_spanish(client, db):
    response = client.get("/start/", headers={"accept-language": "es"})
    assert '<html lang="es"' in response.text
    assert "no borra el historial" in response.text


def test_starting_shows_number_and_pin_once(client, db):
    case, pin = start_case(client)
    assert len(pin) == 8 and pin.isdigit()
    assert case.check_pin(pin)
    identify_hasher(case.pin_hash)  # stored hashed, never in clear
    assert pin not in case.pin_hash
    assert client.session.get("takedown_case_ids") == [case.pk]
    # The PIN is nowhere but in that one response: not in the session, not in an event.
    assert pin not in str(dict(client.session))
    assert not any(pin in str(e.detail) for e in Event.objects.all())


def test_start_page_offers_the_pair_to_password_managers(client, db):
    response = client.post("/start/")
    assert 'autocomplete="username"' in response.text
    assert 'autocomplete="new-password"' in response.text
    assert "cannot recover it" in response.text
    assert "no-store" in response["Cache-Control"]


def test_a_get_never_opens_a_case(client, db):
    client.get("/start/")
    client.head("/start/")
    assert Case.objects.count() == 0


def test_saved_step_requires_the_confirmation(started):
    client, case, pin = started
    response = client.post(f"/case/{case.reference}/saved/", {"pin": pin})
    assert response.status_code == 400
    assert "Confirm that you have saved your case number and PIN" in response.text
    assert 'class="govuk-error-summary"' in response.text
    assert pin in response.text  # still shown, so they can save it now


def test_saved_step_continues_to_the_case(started):
    client, case, pin = started
    response = client.post(f"/case/{case.reference}/saved/", {"pin": pin, "saved": "on"})
    assert response.status_code == 302
    assert response["Location"] == f"/case/{case.reference}/"


def test_saved_step_never_echoes_a_pin_that_is_not_the_cases(started):
    client, case, _pin = started
    response = client.post(f"/case/{case.reference}/saved/", {"pin": "12345678"})
    assert response.status_code == 302
    assert "12345678" not in response.text


def test_saved_step_is_for_the_cases_session_only(client, db):
    case, pin = start_case(client)
    client.logout()
    response = client.post(f"/case/{case.reference}/saved/", {"pin": pin, "saved": "on"})
    assert response.status_code == 404


def test_starting_records_the_first_sign_in(client, db):
    case, _pin = start_case(client)
    sign_in = SignIn.objects.get(case=case)
    assert sign_in.method == "new"


def test_a_pin_session_ends_after_a_while_without_use(client, db, settings):
    settings.TAKEDOWN_PERSON_SESSION_SECONDS = 600
    case, _pin = start_case(client)
    assert client.session.get_expiry_age() == 600
    assert not client.session.get_expire_at_browser_close()
    assert client.get(f"/case/{case.reference}/").status_code == 200
    assert client.session.get_expiry_age() == 600  # renewed by each case page


def test_one_network_can_open_only_so_many_cases_an_hour(client, db, settings):
    settings.TAKEDOWN_NEW_CASES_PER_HOUR = 2
    for n in range(2):
        assert client.post("/start/", REMOTE_ADDR=f"198.51.100.{n}").status_code == 200
    response = client.post("/start/", REMOTE_ADDR="198.51.100.77")
    assert response.status_code == 429
    assert "Too many new cases" in response.text
    assert Case.objects.count() == 2
    assert client.post("/start/", REMOTE_ADDR="203.0.113.1").status_code == 200
