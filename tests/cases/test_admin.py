from django.contrib.auth import get_user_model

NAME = "Valentina Ortega"


def test_the_admin_never_shows_a_persons_details(client, case):
    case.full_name = NAME
    case.email = "valentina@example.org"
    case.save()
    client.force_login(get_user_model().objects.create_superuser("root", password="x"))
    page = client.get(f"/admin/cases/case/{case.pk}/change/")
    assert page.status_code == 200
    assert case.reference in page.text
    assert NAME not in page.text
    assert "valentina@example.org" not in page.text
