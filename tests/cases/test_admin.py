from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.staff import sign_in_verified

NAME = "Valentina Ortega"


def test_the_admin_never_shows_a_persons_details(client, case):
    case.full_name = NAME
    case.email = "valentina@example.org"
    case.save()
    root = get_user_model().objects.create_superuser("root", password="x")
    TOTPDevice.objects.create(user=root, name="phone", confirmed=True)
    sign_in_verified(client, root)
    page = client.get(f"/admin/cases/case/{case.pk}/change/")
    assert page.status_code == 200
    assert case.reference in page.text
    assert NAME not in page.text
    assert "valentina@example.org" not in page.text


def test_the_admin_refuses_a_superuser_signed_in_without_a_code(client, db):
    """A superuser reads every organisation's cases: a password alone must not do."""
    root = get_user_model().objects.create_superuser("root", password="x")
    TOTPDevice.objects.create(user=root, name="phone", confirmed=True)
    client.force_login(root)
    assert client.get("/admin/cases/case/").status_code == 302
    assert "otp_token" in client.get("/admin/login/").text
