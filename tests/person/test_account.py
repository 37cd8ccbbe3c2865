import pytest
from django.contrib.auth import get_user_model
from django.db import connection

from takedown.cases.models import Case

EMAIL = "Someone@Example.org"
PASSWORD = "correct horse battery"


def make_account(client, case, **extra):
    data = {"email": EMAIL, "password": PASSWORD, **extra}
    return client.post(f"/case/{case.reference}/account/", data)


def test_making_an_account_links_the_case(started):
    client, case, _pin = started
    response = make_account(client, case)
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.owner is not None
    assert not case.contact_opt_in and case.email == ""


def test_the_account_stores_no_readable_e_mail_address(started):
    client, case, _pin = started
    make_account(client, case)
    user = get_user_model().objects.get()
    assert "example" not in user.username.lower() and user.email == ""
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM auth_user")
        assert "example.org" not in str(cursor.fetchall()).lower()


def test_opting_in_keeps_the_address_encrypted_on_the_case(started):
    client, case, _pin = started
    make_account(client, case, contact_opt_in="on")
    case.refresh_from_db()
    assert case.contact_opt_in and case.email == EMAIL
    with connection.cursor() as cursor:
        cursor.execute("SELECT email FROM cases_case WHERE id = %s", [case.pk])
        assert "example.org" not in cursor.fetchone()[0].lower()


def test_signing_in_with_the_account_opens_the_case(started):
    client, case, _pin = started
    make_account(client, case)
    client.logout()
    assert client.get(f"/case/{case.reference}/").status_code == 404
    response = client.post(
        "/account/sign-in/", {"username": "someone@example.ORG ", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(response["Location"], follow=True).status_code == 200
    assert client.get(f"/case/{case.reference}/").status_code == 200
    assert case.sign_ins.filter(method="account").exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "", "password": PASSWORD}, "Enter your e-mail address"),
        ({"email": "not-an-address", "password": PASSWORD}, "Enter an e-mail address like"),
        ({"email": EMAIL, "password": ""}, "Choose a password"),
        ({"email": EMAIL, "password": "short"}, "at least 10 characters"),
    ],
)
def test_account_form_bad_input(started, data, message):
    client, case, _pin = started
    response = client.post(f"/case/{case.reference}/account/", data)
    assert response.status_code == 400
    assert message in response.text
    assert get_user_model().objects.count() == 0


def test_one_account_per_e_mail_address(client, db):
    from tests.person.conftest import start_case

    first, _ = start_case(client)
    make_account(client, first)
    client.logout()
    second, _ = start_case(client)
    response = make_account(client, second)
    assert response.status_code == 400
    assert "already an account with this e-mail address" in response.text
    assert Case.objects.get(pk=second.pk).owner is None


def test_a_case_with_an_account_says_so(started):
    client, case, _pin = started
    make_account(client, case)
    text = client.get(f"/case/{case.reference}/account/").text
    assert "This case has an account" in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"username": "", "password": ""}, "Enter your e-mail address"),
        ({"username": EMAIL, "password": ""}, "Enter your password"),
        ({"username": EMAIL, "password": "wrong password"}, "e-mail address or password is not"),
    ],
)
def test_sign_in_bad_input(client, db, data, message):
    response = client.post("/account/sign-in/", data)
    assert response.status_code == 400
    assert message in response.text


def test_guessing_passwords_is_locked_out(started, settings):
    client, case, _pin = started
    make_account(client, case)
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert (
            client.post(
                "/account/sign-in/", {"username": EMAIL, "password": "wrong password"}
            ).status_code
            == 400
        )
    response = client.post("/account/sign-in/", {"username": EMAIL, "password": "wrong"})
    assert response.status_code == 429
    response = client.post("/account/sign-in/", {"username": EMAIL, "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_pin_and_password_failures_count_together_per_address(started, settings):
    client, case, _pin = started
    make_account(client, case)
    client.logout()
    half = settings.AXES_FAILURE_LIMIT // 2
    for n in range(half):
        client.post("/return/", {"reference": f"TD-AAAA-{n:04d}", "pin": "1"})
    for _ in range(settings.AXES_FAILURE_LIMIT - half):
        response = client.post("/account/sign-in/", {"username": EMAIL, "password": "nope"})
    assert response.status_code == 429


def test_signing_out_closes_the_case_on_this_device(started):
    client, case, _pin = started
    response = client.post(f"/case/{case.reference}/sign-out/")
    assert response.status_code == 302
    assert client.get(f"/case/{case.reference}/").status_code == 404


def test_my_cases_without_anything_goes_to_the_return_form(client, db):
    response = client.get("/cases/")
    assert response.status_code == 302
    assert response["Location"] == "/return/"


def test_a_staff_account_cannot_sign_in_on_the_persons_page(client, db, django_user_model):
    from takedown.person.accounts import account_username

    django_user_model.objects.create_user(
        account_username("boss@example.org"), password=PASSWORD, is_staff=True
    )
    response = client.post(
        "/account/sign-in/", {"username": "boss@example.org", "password": PASSWORD}
    )
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session
