from io import StringIO

from django.core.management import call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from takedown.cases.models import Membership, Organization


def test_create_organization_makes_its_admin_with_a_totp_device(db):
    out = StringIO()
    call_command(
        "create_organization", "Safe Line", "--admin", "ana", "--country", "es", stdout=out
    )
    org = Organization.objects.get(slug="safe-line")
    assert org.country == "ES"
    membership = Membership.objects.get(organization=org)
    assert (membership.user.username, membership.role) == ("ana", Membership.Role.ADMIN)
    device = TOTPDevice.objects.get(user=membership.user, confirmed=True)
    assert device.config_url in out.getvalue()
    assert "otpauth://totp/" in out.getvalue()


def test_add_caseworker(db):
    call_command("create_organization", "Safe Line", "--admin", "ana", stdout=StringIO())
    out = StringIO()
    call_command("add_caseworker", "safe-line", "ben", stdout=out)
    assert Membership.objects.get(user__username="ben").role == Membership.Role.CASEWORKER
    assert "otpauth://totp/" in out.getvalue()


def test_quickstart_demo_makes_a_caseworker_who_can_sign_in(db, client):
    import re

    out = StringIO()
    call_command("quickstart", "--demo", stdout=out)
    text = out.getvalue()
    assert "demo-caseworker" in text
    password = re.search(r"as 'demo-caseworker' with password (\S+)", text).group(1)
    code = re.search(r"The code right now is (\d{6})", text).group(1)
    response = client.post(
        "/dashboard/sign-in/",
        {"username": "demo-caseworker", "password": password, "token": code},
    )
    assert response.status_code == 302
    assert client.get("/dashboard/").status_code == 200
    assert client.get("/dashboard/organisation/queue/").status_code == 200
    # The site administrator signs in to the admin site with a password and a code too.
    admin_password = re.search(r"as 'admin' with password (\S+)", text).group(1)
    admin_code = re.findall(r"The code right now is (\d{6})", text)[-1]
    client.logout()
    client.post("/admin/login/", {"username": "admin", "password": admin_password})
    assert client.get("/admin/").status_code == 302  # back to the sign-in: no code given
    # django-otp's admin form lists the user's devices once the password is right.
    page = client.post("/admin/login/", {"username": "admin", "password": admin_password})
    device = re.search(r'<option value="([^"]+)"', page.text).group(1)
    client.post(
        "/admin/login/",
        {
            "username": "admin",
            "password": admin_password,
            "otp_device": device,
            "otp_token": admin_code,
        },
    )
    assert client.get("/admin/").status_code == 200
    assert not Membership.objects.filter(user__username="admin").exists()
