import pytest
from axes.models import AccessAttempt

from takedown.person.models import SignIn
from tests.person.conftest import start_case

PHONE = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Mobile Safari/537.36"
)


@pytest.fixture
def case_and_pin(client, db):
    case, pin = start_case(client)
    client.logout()  # a fresh session: the case is reached by number and PIN alone
    return case, pin


def test_return_form_helps_password_managers_and_paste(client, db):
    response = client.get("/return/")
    assert response.status_code == 200
    assert 'autocomplete="username"' in response.text
    assert 'autocomplete="current-password"' in response.text
    assert "onpaste" not in response.text
    assert "no-store" in response["Cache-Control"]


def test_return_with_number_and_pin_opens_the_case(client, case_and_pin):
    case, pin = case_and_pin
    assert client.get(f"/case/{case.reference}/").status_code == 404
    response = client.post("/return/", {"reference": case.reference, "pin": pin})
    assert response.status_code == 302
    assert response["Location"] == f"/case/{case.reference}/"
    assert client.get(response["Location"]).status_code == 200


def test_return_accepts_what_people_paste(client, case_and_pin):
    case, pin = case_and_pin
    typed = " " + case.reference.lower().replace("-", " ") + " "
    response = client.post("/return/", {"reference": typed, "pin": f"{pin[:4]} {pin[4:]}"})
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"reference": "", "pin": ""}, "Enter your case number"),
        ({"reference": "TD-AAAA-BBBB", "pin": ""}, "Enter your PIN"),
        ({"reference": "TD-AAAA-BBBB", "pin": "00000000"}, "The case number or PIN is not right"),
        ({"reference": "x" * 41, "pin": "00000000"}, "at most 40 characters"),
    ],
)
def test_return_with_bad_input_says_what_to_fix(client, db, data, message):
    response = client.post("/return/", data)
    assert response.status_code == 400
    assert message in response.text
    assert 'class="govuk-error-summary"' in response.text


def test_wrong_pin_says_the_same_as_an_unknown_case(client, case_and_pin):
    case, _pin = case_and_pin
    wrong = client.post("/return/", {"reference": case.reference, "pin": "00000000"})
    unknown = client.post("/return/", {"reference": "TD-0000-0000", "pin": "00000000"})
    assert "The case number or PIN is not right" in wrong.text
    assert "The case number or PIN is not right" in unknown.text


def test_guessing_pins_is_locked_out_even_with_the_right_pin(client, case_and_pin, settings):
    case, pin = case_and_pin
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post("/return/", {"reference": case.reference, "pin": "11111111"})
        assert response.status_code == 400
    response = client.post("/return/", {"reference": case.reference, "pin": "11111111"})
    assert response.status_code == 429
    assert "Too many tries" in response.text
    response = client.post("/return/", {"reference": case.reference, "pin": pin})
    assert response.status_code == 429
    assert "takedown_case_ids" not in client.session


def test_lockout_stores_neither_the_pin_nor_the_case_number_typed(client, case_and_pin):
    case, _pin = case_and_pin
    client.post("/return/", {"reference": case.reference, "pin": "11112222"})
    attempt = AccessAttempt.objects.get()
    assert "11112222" not in attempt.post_data
    assert case.reference not in attempt.post_data
    assert case.reference not in attempt.username


def test_one_address_trying_many_cases_is_locked_out(client, db, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        response = client.post("/return/", {"reference": f"TD-AAAA-{n:04d}", "pin": "11111111"})
    assert response.status_code == 429


def test_many_addresses_trying_one_case_are_locked_out(client, case_and_pin, settings):
    case, pin = case_and_pin
    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            "/return/",
            {"reference": case.reference, "pin": "11111111"},
            REMOTE_ADDR=f"198.51.100.{n + 1}",
        )
    response = client.post(
        "/return/", {"reference": case.reference, "pin": pin}, REMOTE_ADDR="203.0.113.9"
    )
    assert response.status_code == 429


def test_lockout_page_speaks_spanish(client, db, settings):
    settings.AXES_FAILURE_LIMIT = 1
    response = client.post(
        "/return/",
        {"reference": "TD-AAAA-BBBB", "pin": "1"},
        headers={"accept-language": "es"},
    )
    assert response.status_code == 429
    assert "Demasiados intentos" in response.text


def test_sign_in_is_listed_with_a_coarse_device_and_no_address(client, case_and_pin):
    case, pin = case_and_pin
    client.post(
        "/return/",
        {"reference": case.reference, "pin": pin},
        HTTP_USER_AGENT=PHONE,
        REMOTE_ADDR="203.0.113.77",
    )
    sign_in = SignIn.objects.filter(case=case, method="pin").get()
    assert sign_in.device == "Chrome/Android"
    assert "203.0.113" not in sign_in.network
    page = client.get(f"/case/{case.reference}/", REMOTE_ADDR="203.0.113.5")
    assert "Chrome on Android" in page.text
    assert "The network you are on now" in page.text
    other = client.get(f"/case/{case.reference}/", REMOTE_ADDR="192.0.2.5")
    assert "Another network" in other.text
    assert "203.0.113" not in page.text


@pytest.mark.parametrize("path", ["/return/", "/account/sign-in/"])
def test_an_empty_post_is_an_error_not_a_blank_form(client, db, path):
    response = client.post(path, {})
    assert response.status_code == 400
    assert 'class="govuk-error-summary"' in response.text


def test_other_sign_ins_are_locked_out_with_a_page_that_mentions_no_case(client, db, settings):
    settings.AXES_FAILURE_LIMIT = 2
    for _ in range(2):
        response = client.post(
            "/admin/login/", {"username": "someone", "password": "wrong password"}
        )
    assert response.status_code == 429
    assert "Too many tries" in response.text
    assert "case number" not in response.text


def test_the_case_page_tells_of_wrong_pins_typed_for_it(client, case_and_pin):
    case, pin = case_and_pin
    for _ in range(3):
        client.post("/return/", {"reference": case.reference, "pin": "99999999"})
    client.post("/return/", {"reference": "TD-0000-0000", "pin": "99999999"})  # another case
    client.post("/return/", {"reference": case.reference, "pin": pin})
    text = client.get(f"/case/{case.reference}/").text
    assert "A wrong PIN was typed for this case 3 times recently" in text
