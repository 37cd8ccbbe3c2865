import json

from django.contrib.auth import get_user_model
from django.core import serializers

from takedown.cases.models import Case, ReportedImage, Target
from takedown.person.models import SignIn


def test_deleting_needs_the_confirmation(started):
    client, case, _pin = started
    response = client.post(f"/case/{case.reference}/delete/", {})
    assert response.status_code == 400
    assert "Tick the box to confirm" in response.text
    assert Case.objects.filter(pk=case.pk).exists()


def test_deleting_removes_the_case_and_everything_that_names_it(started):
    client, case, _pin = started
    ReportedImage.objects.create(case=case, label="beach", pdq="a" * 64)
    Target.objects.create(case=case, url="https://example.com/p")
    client.post(
        f"/case/{case.reference}/account/",
        {"email": "me@example.org", "password": "a long password", "contact_opt_in": "on"},
    )
    response = client.post(f"/case/{case.reference}/delete/", {"confirm": "on"})
    assert response.status_code == 302
    assert response["Location"] == "/deleted/"
    assert not Case.objects.filter(pk=case.pk).exists()
    assert not SignIn.objects.exists()
    assert not get_user_model().objects.exists()  # the account made for this case
    dump = json.dumps(
        [
            serializers.serialize("json", model.objects.all())
            for model in (Case, ReportedImage, Target, SignIn, get_user_model())
        ]
    )
    assert case.reference not in dump and "a" * 64 not in dump
    assert "sessionid" not in client.cookies or client.cookies["sessionid"].value == ""
    assert "Your case is deleted" in client.get("/deleted/").text


def test_a_caseworker_cannot_delete_the_persons_case(started, django_user_model):
    _client, case, _pin = started
    from django.test import Client

    worker = django_user_model.objects.create_user("worker", password="x" * 12)
    case.assignees.add(worker)
    other = Client()
    other.force_login(worker)
    assert other.get(f"/case/{case.reference}/").status_code == 200
    assert other.post(f"/case/{case.reference}/delete/", {"confirm": "on"}).status_code == 404
    assert Case.objects.filter(pk=case.pk).exists()


def test_a_stranger_cannot_delete(started):
    _client, case, _pin = started
    from django.test import Client

    assert Client().post(f"/case/{case.reference}/delete/", {"confirm": "on"}).status_code == 404
    assert Case.objects.filter(pk=case.pk).exists()


def test_a_caseworker_cannot_give_consent_or_make_an_account_for_the_person(
    started, django_user_model
):
    _client, case, _pin = started
    from django.test import Client

    worker = django_user_model.objects.create_user("worker", password="x" * 12)
    case.assignees.add(worker)
    other = Client()
    other.force_login(worker)
    response = other.post(
        f"/case/{case.reference}/contact/", {"contact_opt_in": "on", "email": "w@example.org"}
    )
    assert response.status_code == 404
    response = other.post(
        f"/case/{case.reference}/account/",
        {"email": "w@example.org", "password": "a long password"},
    )
    assert response.status_code == 404
    case.refresh_from_db()
    assert case.owner is None and not case.contact_opt_in


def test_the_caseworkers_view_of_the_case_page_offers_none_of_the_persons_choices(
    started, django_user_model
):
    client, case, _pin = started
    from django.test import Client

    worker = django_user_model.objects.create_user("worker", password="x" * 12)
    case.assignees.add(worker)
    other = Client()
    other.force_login(worker)
    text = other.get(f"/case/{case.reference}/").text
    assert f"/case/{case.reference}/delete/" not in text
    assert f"/case/{case.reference}/account/" not in text
    assert f"/case/{case.reference}/delete/" in client.get(f"/case/{case.reference}/").text
