import time

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from takedown.dashboard.middleware import SEEN_KEY
from takedown.dashboard.models import AuditEntry
from tests.staff import make_member

PASSWORD = "correct horse battery"


def code_for(user):
    device = TOTPDevice.objects.get(user=user)
    return f"{totp(device.bin_key, step=device.step, t0=device.t0):06d}"


@pytest.fixture
def member(db):
    from takedown.cases.models import Organization

    org = Organization.objects.create(name="Line", slug="line")
    return make_member("kim", org)


def sign_in(client, username, password, token):
    return client.post(
        reverse("dashboard:login"), {"username": username, "password": password, "token": token}
    )


def test_password_and_code_sign_in_to_the_home_page(client, member):
    response = sign_in(client, "kim", PASSWORD, code_for(member))
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard:home")
    assert client.get(reverse("dashboard:home")).status_code == 200
    assert AuditEntry.objects.filter(actor=member, what="sign_in").count() == 1


def test_a_wrong_code_does_not_sign_in(client, member):
    wrong = f"{(int(code_for(member)) + 1) % 1000000:06d}"
    response = sign_in(client, "kim", PASSWORD, wrong)
    assert response.status_code == 200
    assert "The username, password or code is not right." in response.text
    assert client.get(reverse("dashboard:home")).status_code == 302


def test_a_password_alone_does_not_open_the_dashboard(client, member):
    client.force_login(member)  # signed in, but no second factor
    response = client.get(reverse("dashboard:caseload"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("dashboard:login"))


def test_a_user_of_no_organisation_cannot_sign_in_even_with_a_device(client, db):
    make_member("loner", None)
    from django.contrib.auth import get_user_model

    loner = get_user_model().objects.get(username="loner")
    assert sign_in(client, "loner", PASSWORD, code_for(loner)).status_code == 200
    assert "_auth_user_id" not in client.session


def test_repeated_failures_lock_the_account_out(client, member, settings):
    limit = settings.AXES_FAILURE_LIMIT
    for _attempt in range(limit):
        sign_in(client, "kim", "wrong password", "000000")
    response = sign_in(client, "kim", PASSWORD, code_for(member))
    assert response.status_code in (403, 429)
    assert "_auth_user_id" not in client.session


def test_wrong_codes_count_towards_the_lockout(client, member, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "kim", PASSWORD, "000000")
    response = sign_in(client, "kim", PASSWORD, code_for(member))
    assert "_auth_user_id" not in client.session
    assert response.status_code in (403, 429)


def test_staff_sessions_are_short(client, member, settings):
    sign_in(client, "kim", PASSWORD, code_for(member))
    assert client.session.get_expiry_age() == settings.TAKEDOWN_STAFF_SESSION_SECONDS
    assert settings.TAKEDOWN_STAFF_SESSION_SECONDS < settings.SESSION_COOKIE_AGE


def test_an_idle_staff_session_ends(client, member, settings):
    sign_in(client, "kim", PASSWORD, code_for(member))
    session = client.session
    session[SEEN_KEY] = int(time.time()) - settings.TAKEDOWN_STAFF_SESSION_SECONDS - 5
    session.save()
    response = client.get(reverse("dashboard:home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("dashboard:login"))


def test_signing_out_takes_a_post(client, member):
    sign_in(client, "kim", PASSWORD, code_for(member))
    assert client.get(reverse("dashboard:logout")).status_code == 200
    assert "_auth_user_id" in client.session
    client.post(reverse("dashboard:logout"))
    assert "_auth_user_id" not in client.session


def test_next_goes_only_to_this_site(client, member):
    response = client.post(
        reverse("dashboard:login") + "?next=https://evil.example/",
        {"username": "kim", "password": PASSWORD, "token": code_for(member)},
    )
    assert response["Location"] == reverse("dashboard:home")


def test_a_member_signed_in_with_a_password_alone_reaches_no_case_or_report(client, db):
    from tests.authorization.world import build_world

    world = build_world()
    caseworker = world.users["caseworker_assigned"]
    client.force_login(caseworker)  # as the person's e-mail + password form would
    for url in (
        reverse("person:case", args=[world.case.reference]),
        reverse("reports:statistics", args=[world.organization.slug]),
        reverse("reports:evidence", args=[world.case.reference]),
        reverse("dashboard:case_detail", args=[world.case.reference]),
    ):
        client.force_login(caseworker)
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("dashboard:login")), url
        assert "_auth_user_id" not in client.session


def test_a_person_with_an_account_stays_signed_in(client, db):
    from tests.authorization.world import build_world

    world = build_world()
    client.force_login(world.users["person_a"])
    assert client.get(reverse("person:case", args=[world.case.reference])).status_code == 200
    assert "_auth_user_id" in client.session
