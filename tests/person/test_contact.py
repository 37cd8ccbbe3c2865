import pytest

from takedown.cases.models import Event


def test_no_e_mail_unless_the_person_opts_in(started):
    client, case, _pin = started
    assert not case.contact_opt_in and case.email == ""
    response = client.post(f"/case/{case.reference}/contact/", {"email": "me@example.org"})
    assert response.status_code == 302
    case.refresh_from_db()
    assert not case.contact_opt_in
    assert case.email == ""  # an address without consent is not kept


def test_opting_in_and_out(started):
    client, case, _pin = started
    client.post(
        f"/case/{case.reference}/contact/", {"email": "me@example.org", "contact_opt_in": "on"}
    )
    case.refresh_from_db()
    assert case.contact_opt_in and case.email == "me@example.org"
    client.post(f"/case/{case.reference}/contact/", {"email": "me@example.org"})
    case.refresh_from_db()
    assert not case.contact_opt_in and case.email == ""
    assert Event.objects.filter(case=case, kind="contact_changed").count() == 2
    assert "me@example.org" not in str(list(Event.objects.values_list("detail", flat=True)))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"contact_opt_in": "on", "email": ""}, "Enter the e-mail address we may write to"),
        ({"contact_opt_in": "on", "email": "nope"}, "Enter an e-mail address like"),
    ],
)
def test_contact_bad_input(started, data, message):
    client, case, _pin = started
    response = client.post(f"/case/{case.reference}/contact/", data)
    assert response.status_code == 400
    assert message in response.text
    case.refresh_from_db()
    assert not case.contact_opt_in
