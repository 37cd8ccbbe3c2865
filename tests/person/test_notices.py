import pytest
from django.db import connection

from takedown.cases.models import Candidate, Match, Notice, ReportedImage, Target, TargetStatus

ANSWERS = {
    "basis": "platform-policy",
    "full_name": "Alex Example",
    "email": "alex@example.org",
    "not_consensual": "on",
    "accurate": "on",
}


@pytest.fixture
def found_on_reddit(started):
    client, case, _pin = started
    photo = ReportedImage.objects.create(case=case, label="beach", pdq="0" * 64)
    target = Target.objects.create(
        case=case,
        url="https://www.reddit.com/r/x/comments/1",
        platform="reddit",
        status=TargetStatus.MATCHED,
    )
    candidate = Candidate.objects.create(
        target=target, image_url="https://i.redd.it/1.jpg", pdq="0" * 64, sha256="b" * 64
    )
    Match.objects.create(
        reported_image=photo, candidate=candidate, algorithm="pdq", distance=3, confidence=0.95
    )
    return client, case


def write(client, case, platform="reddit", **answers):
    return client.post(f"/case/{case.reference}/requests/{platform}/write/", answers)


def test_the_next_steps_page_offers_to_write_the_request(found_on_reddit):
    client, case = found_on_reddit
    text = client.get(f"/case/{case.reference}/results/next/").text
    assert f"/case/{case.reference}/requests/reddit/write/" in text


def test_the_form_offers_the_laws_the_website_takes_and_the_under_18_routes(found_on_reddit):
    client, case = found_on_reddit
    response = client.get(f"/case/{case.reference}/requests/reddit/write/")
    assert response.status_code == 200
    assert 'value="platform-policy"' in response.text
    assert "takeitdown.ncmec.org" in response.text
    assert "https://www.reddit.com/r/x/comments/1" in response.text


def test_writing_the_request_keeps_it_encrypted_and_shows_it(found_on_reddit):
    client, case = found_on_reddit
    response = write(client, case, **ANSWERS)
    assert response.status_code == 302, response.content
    notice = Notice.objects.get(case=case)
    assert notice.platform == "reddit" and notice.legal_basis == "platform-policy"
    assert "Alex Example" in notice.text
    assert "https://www.reddit.com/r/x/comments/1" in notice.text
    assert list(notice.targets.all()) == list(case.targets.all())
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM cases_notice WHERE id = %s", [notice.pk])
        assert "Alex Example" not in cursor.fetchone()[0]
    case.refresh_from_db()
    assert case.full_name == "" and case.email == ""  # kept only in the notice
    page = client.get(response["Location"])
    assert "Alex Example" in page.text
    assert "contact@reddit.com" in page.text
    assert 'href="mailto:contact@reddit.com?subject=' in page.text
    assert "&amp;body=" in page.text and "Alex%20Example" in page.text
    download = client.get(f"/case/{case.reference}/requests/{notice.pk}/download/")
    assert download["Content-Type"] == "text/plain; charset=utf-8"
    assert "attachment" in download["Content-Disposition"]
    assert "Alex Example" in download.content.decode()
    assert "no-store" in download["Cache-Control"]


def test_writing_again_replaces_the_draft(found_on_reddit):
    client, case = found_on_reddit
    write(client, case, **ANSWERS)
    write(client, case, **{**ANSWERS, "full_name": "Alex B. Example"})
    assert Notice.objects.filter(case=case).count() == 1
    assert "Alex B. Example" in Notice.objects.get(case=case).text


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("full_name", "This law needs your full name"),
        ("email", "This law needs an e-mail address"),
        ("not_consensual", "Confirm that the image was shared without your consent"),
    ],
)
def test_what_the_law_requires_is_asked_for_at_its_question(found_on_reddit, missing, message):
    client, case = found_on_reddit
    answers = {k: v for k, v in ANSWERS.items() if k != missing}
    response = write(client, case, **answers)
    assert response.status_code == 400
    assert message in response.text
    assert f'href="#id_{missing}"' in response.text  # the error summary links to it
    assert not Notice.objects.exists()


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"basis": ""}, "Choose the kind of request"),
        ({"basis": "take-it-down-nonsense"}, "Select a valid choice"),
        ({"email": "not-an-address"}, "Enter an e-mail address like"),
    ],
)
def test_bad_answers(found_on_reddit, answers, message):
    client, case = found_on_reddit
    response = write(client, case, **{**ANSWERS, **answers})
    assert response.status_code == 400
    assert message in response.text


def test_a_website_not_in_the_registry_has_no_form(found_on_reddit):
    client, case = found_on_reddit
    assert client.get(f"/case/{case.reference}/requests/no-such-site/write/").status_code == 404


def test_no_matched_page_no_request(started):
    client, case, _pin = started
    response = write(client, case, **ANSWERS)
    assert response.status_code == 400
    assert "There are no addresses with your photos on this website yet" in response.text


def test_another_cases_notice_is_not_found(found_on_reddit):
    client, case = found_on_reddit
    write(client, case, **ANSWERS)
    notice = Notice.objects.get()
    from tests.person.conftest import start_case

    client.logout()
    other, _pin = start_case(client)
    assert client.get(f"/case/{other.reference}/requests/{notice.pk}/").status_code == 404
    assert client.get(f"/case/{case.reference}/requests/{notice.pk}/").status_code == 404


def test_the_request_in_spanish(found_on_reddit):
    client, case = found_on_reddit
    response = client.post(
        f"/case/{case.reference}/requests/reddit/write/",
        ANSWERS,
        headers={"accept-language": "es"},
    )
    assert response.status_code == 302
    notice = Notice.objects.get()
    assert notice.language == "es"
    page = client.get(response["Location"], headers={"accept-language": "es"}).text
    assert "Descargar la solicitud" in page
