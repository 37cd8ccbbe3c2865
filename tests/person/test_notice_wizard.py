"""The notice wizard: from "Write the request" to a sent notice, for the person."""

import datetime
import html
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client

from takedown.cases.models import (
    Candidate,
    Event,
    Match,
    Notice,
    NoticeStatus,
    ReportedImage,
    Target,
    TargetStatus,
)
from takedown.platforms import Channel, Platform

URLS = ("https://pics.example/p/1", "https://pics.example/p/2")

ANSWERS = {
    "country": "US",
    "took_photo": "no",
    "under_18": "no",
    "ai_made": "no",
    "requester_name": "Robin Example",
    "requester_email": "robin@example.net",
    "postal_address": "PO Box 12, Springfield, IL 62701, USA",
    "copyright_work": "A photo I took of myself in 2024",
    "signature": "Robin Example",
    "not_consensual_statement": "on",
    "accuracy_statement": "on",
    "good_faith_statement": "on",
    "perjury_statement": "on",
}


def _channel(slug, kind, bases, email=None, url=None):
    return Channel(
        slug=slug,
        kind=kind,
        name=f"{slug} channel",
        url=url,
        email=email,
        legal_bases=tuple(bases),
        fields=(),
        fields_known=False,
        language="en",
        source="https://pics.example/legal",
        checked=datetime.date(2026, 11, 1),
    )


PICS = Platform(
    slug="pics",
    name="Pics",
    operator="Pics Inc.",
    domains=("pics.example",),
    channels=(
        _channel("removals", "email", ["take-it-down", "platform-policy"], "removals@pics.example"),
        _channel("copyright", "dmca-agent", ["dmca"], "dmca@pics.example"),
    ),
    country="US",
    source="https://pics.example/legal",
    checked=datetime.date(2026, 11, 1),
)


@pytest.fixture
def pics(monkeypatch):
    """An e-mail platform that takes TAKE IT DOWN requests (the registry has none yet)."""
    from takedown.person import notice_wizard

    real = notice_wizard.lookup_platform
    monkeypatch.setattr(
        notice_wizard, "lookup_platform", lambda slug: PICS if slug == "pics" else real(slug)
    )
    return PICS


def _found(case, platform, urls):
    photo = ReportedImage.objects.create(case=case, label="beach photo", pdq="0" * 64)
    for url in urls:
        target = Target.objects.create(
            case=case, url=url, platform=platform, status=TargetStatus.MATCHED
        )
        candidate = Candidate.objects.create(
            target=target, image_url=f"{url}/i.jpg", sha256="c" * 64, pdq="0" * 64
        )
        Match.objects.create(
            reported_image=photo, candidate=candidate, algorithm="PDQ", distance=6, confidence=0.97
        )


def _base(case, platform):
    return f"/case/{case.reference}/notice/{platform}/"


def _answer_until(client, response, stop, answers=ANSWERS):
    """Follow the wizard, answering each question it asks, until a page path ends with
    `stop`. Returns the question codes asked, in order, and the last response."""
    asked = []
    for _step in range(20):
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 200:
            return asked, response
        path = urlsplit(response["Location"]).path
        if path.endswith(stop):
            return asked, client.get(path)
        if "/question/" in path:
            code = path.rstrip("/").rsplit("/", 1)[1]
            asked.append(code)
            assert client.get(path).status_code == 200
            response = client.post(path, {"answer": answers[code]})
        else:
            response = client.get(path)
    raise AssertionError(f"the wizard did not reach {stop}: asked {asked}")


def _choose_law(client, case, platform, slug):
    base = _base(case, platform)
    asked, page = _answer_until(client, client.get(f"{base}next/"), "/law/")
    assert asked == ["country", "took_photo", "under_18", "ai_made"]
    return page, client.post(f"{base}law/", {"basis": slug})


@pytest.mark.django_db
def test_take_it_down_by_email_from_results_to_confirmation(started, pics, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    client, case, _pin = started
    _found(case, "pics", URLS)
    base = _base(case, "pics")

    results = client.get(f"/case/{case.reference}/results/found/").text
    assert base in results  # "Write the request to Pics"
    start = client.get(base)
    assert start.status_code == 200 and URLS[0] in start.text
    assert "no-store" in start["Cache-Control"]

    law_page, chosen = _choose_law(client, case, "pics", "take-it-down")
    # Suggested for someone in the US; copyright is not offered to someone who did not
    # take the photo.
    assert law_page.text.index('value="take-it-down"') < law_page.text.index("platform-policy")
    assert 'value="dmca"' not in law_page.text
    assert "/notices/guide/" in law_page.text
    asked, check = _answer_until(client, chosen, "/check/")
    assert asked == [
        "requester_name",
        "requester_email",
        "not_consensual_statement",
        "signature",
    ]
    assert "Robin Example" in check.text and "robin@example.net" in check.text

    preview = client.get(f"{base}preview/")
    assert preview.status_code == 200
    assert "<img" not in preview.text
    drafted = Notice.objects.get(case=case, platform="pics")
    assert drafted.status == NoticeStatus.DRAFTED and drafted.legal_basis == "take-it-down"
    assert drafted.targets.count() == 2

    sent = client.post(f"{base}send/")
    assert sent.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["removals@pics.example"]
    assert message.reply_to == ["robin@example.net"]
    body = message.body
    for element in (
        "Robin Example",  # name and the typed signature
        "robin@example.net",  # contact information
        *URLS,  # identification and location of the depiction
        "without",  # the good-faith statement that it is not consensual
        "48 hours",
    ):
        assert element in body, element
    # What was sent is what the person read.
    assert message.subject in html.unescape(preview.text)
    assert body.split("\n\n")[-1].strip() in html.unescape(preview.text)

    drafted.refresh_from_db()
    assert drafted.status == NoticeStatus.SENT
    assert drafted.deadline_at - drafted.sent_at == datetime.timedelta(hours=48)
    kinds = list(Event.objects.filter(case=case).values_list("kind", flat=True))
    assert "notice_drafted" in kinds and "notice_sent" in kinds

    confirmation = client.get(sent["Location"])
    assert confirmation.status_code == 200
    assert f"{case.reference}-{drafted.pk}" in confirmation.text
    assert "What happens next" in confirmation.text
    assert f"/case/{case.reference}/requests/{drafted.pk}/" in confirmation.text
    status = client.get(f"/case/{case.reference}/status/").text
    assert "TAKE IT DOWN Act notice-and-removal request" in status
    assert str(drafted.deadline_at.year) in confirmation.text
    # The person's details went into the notice only: not onto the case (they did not opt
    # in to contact), and never into the session in clear.
    case.refresh_from_db()
    assert (case.full_name, case.email, case.signature) == ("", "", "")
    assert case.country == "US"
    assert "Robin" not in str(dict(client.session))
    choices = drafted.dashboard_choices.choices
    assert "robin@example.net" in choices


@pytest.mark.django_db
def test_a_missing_element_blocks_the_preview_and_the_form_asks_for_exactly_it(started, pics):
    client, case, _pin = started
    _found(case, "pics", URLS[:1])
    base = _base(case, "pics")
    _choose_law(client, case, "pics", "take-it-down")
    answers = {**ANSWERS}
    _asked, _check = _answer_until(client, client.get(f"{base}next/"), "/check/", answers)

    from takedown.person import notice_wizard

    state = notice_wizard.load_state(client.session, case, "pics")
    state["email"] = ""  # the e-mail address goes missing
    session = client.session
    notice_wizard.save_state(session, case, "pics", state)
    session.save()
    preview = client.get(f"{base}preview/")
    assert preview.status_code == 302
    assert preview["Location"].endswith("/question/requester_email/")
    assert not Notice.objects.filter(case=case).exists()
    assert client.post(f"{base}send/")["Location"].endswith("/question/requester_email/")
    assert len(mail.outbox) == 0

    page = client.get(preview["Location"])
    assert "What e-mail address should the website answer to?" in page.text
    assert page.text.count('name="answer"') == 1
    refused = client.post(preview["Location"], {"answer": "not an address"})
    assert refused.status_code == 400
    assert "There is a problem" in refused.text
    after = client.post(preview["Location"], {"answer": "robin@example.net"})
    assert after["Location"].endswith("/check/")


@pytest.mark.django_db
def test_dmca_is_refused_to_someone_who_did_not_take_the_photo(started, pics):
    client, case, _pin = started
    _found(case, "pics", URLS[:1])
    law_page, refused = _choose_law(client, case, "pics", "dmca")
    assert 'value="dmca"' not in law_page.text
    assert "only the person who took the photo" in law_page.text
    assert refused.status_code == 400
    assert "only for the person who took the photo" in refused.text
    # No law was chosen, so nothing can be previewed.
    preview = client.get(f"/case/{case.reference}/notice/pics/preview/")
    assert preview["Location"].endswith("/law/")


@pytest.mark.django_db
def test_dmca_for_the_photographer_warns_and_asks_for_its_six_elements(started, pics):
    client, case, _pin = started
    _found(case, "pics", URLS[:1])
    base = _base(case, "pics")
    answers = {**ANSWERS, "took_photo": "yes"}
    _asked, law_page = _answer_until(client, client.get(f"{base}next/"), "/law/", answers)
    assert 'value="dmca"' in law_page.text
    assert "published in public databases" in law_page.text
    asked, _check = _answer_until(
        client, client.post(f"{base}law/", {"basis": "dmca"}), "/check/", answers
    )
    assert set(asked) == {
        "requester_name",
        "requester_email",
        "postal_address",
        "copyright_work",
        "good_faith_statement",
        "perjury_statement",
        "signature",
    }
    preview = client.get(f"{base}preview/")
    assert "PO Box 12" in preview.text
    assert "published in public databases" in preview.text


@pytest.mark.django_db
def test_the_notice_is_written_in_spanish_for_a_spanish_speaker(started, pics, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    client, case, _pin = started
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    _found(case, "pics", URLS[:1])
    base = _base(case, "pics")
    _choose_law(client, case, "pics", "take-it-down")
    _answer_until(client, client.get(f"{base}next/"), "/check/")
    preview = client.get(f"{base}preview/")
    assert preview.status_code == 200
    assert 'lang="es"' in preview.text
    assert "Salir de esta página" in preview.text
    client.post(f"{base}send/")
    message = mail.outbox[0]
    assert message.subject.startswith("Solicitud de retirada (TAKE IT DOWN Act)")
    assert "48 horas" in message.body
    assert Notice.objects.get(case=case).language == "es"


@pytest.mark.django_db
def test_a_form_only_platform_gets_a_form_assist_page(started):
    """X takes TAKE IT DOWN requests only through its web form (the real registry)."""
    client, case, _pin = started
    _found(case, "x", ("https://x.com/someone/status/1",))
    base = _base(case, "x")
    _choose_law(client, case, "x", "take-it-down")
    _answer_until(client, client.get(f"{base}next/"), "/check/")
    preview = client.get(f"{base}preview/")
    assert f"{base}form/" in preview.text
    assert f"{base}send/" not in preview.text

    page = client.get(f"{base}form/")
    assert page.status_code == 200
    assert "takedown-copy" in page.text and "person/copy.js" in page.text
    assert "https://x.com/someone/status/1" in page.text
    assert "Robin Example" in page.text

    done = client.post(f"{base}form/")
    notice = Notice.objects.get(case=case)
    assert notice.status == NoticeStatus.SENT
    assert len(mail.outbox) == 0
    assert Event.objects.get(case=case, kind="notice_sent").detail["via"] == "web-form"
    assert "Your request is recorded" in client.get(done["Location"]).text


@pytest.mark.django_db
def test_a_stranger_gets_404_everywhere(started, pics):
    client, case, _pin = started
    _found(case, "pics", URLS[:1])
    base = _base(case, "pics")
    _choose_law(client, case, "pics", "take-it-down")
    stranger = Client()
    for path in ("", "next/", "law/", "question/requester_name/", "check/", "preview/", "form/"):
        assert stranger.get(f"{base}{path}").status_code == 404, path
    assert stranger.post(f"{base}send/").status_code == 404
    assert not Notice.objects.filter(case=case).exists()


@pytest.mark.django_db
def test_a_platform_with_nothing_found_has_no_wizard(started, pics):
    client, case, _pin = started
    _found(case, "pics", URLS[:1])
    assert client.get(_base(case, "reddit")).status_code == 404
    assert client.get(_base(case, "no-such-platform")).status_code == 404


@pytest.mark.django_db
def test_someone_under_18_is_shown_ncmec_first(started, pics):
    client, case, _pin = started
    _found(case, "pics", URLS[:1])
    base = _base(case, "pics")
    answers = {**ANSWERS, "under_18": "yes"}
    _asked, page = _answer_until(client, client.get(f"{base}next/"), "/under-18/", answers)
    assert "https://takeitdown.ncmec.org/" in page.text
    assert "https://report.cybertip.org/" in page.text
    assert client.get(f"{base}law/")["Location"].endswith("/under-18/")
    _asked, law = _answer_until(client, client.post(f"{base}under-18/"), "/law/", answers)
    assert 'value="take-it-down"' in law.text


@pytest.mark.django_db
def test_the_request_can_be_downloaded_as_text_email_and_pdf(started, pics):
    from takedown.notices.pdf import weasyprint_available

    client, case, _pin = started
    _found(case, "pics", URLS[:1])
    base = _base(case, "pics")
    # Nothing to download before the request is complete: the wizard asks first.
    assert client.get(f"{base}download/txt/")["Location"].endswith("/question/country/")
    _choose_law(client, case, "pics", "take-it-down")
    _answer_until(client, client.get(f"{base}next/"), "/check/")
    text = client.get(f"{base}download/txt/")
    assert text["Content-Disposition"].startswith("attachment;")
    assert "no-store" in text["Cache-Control"]
    assert URLS[0] in text.content.decode() and "Robin Example" in text.content.decode()
    eml = client.get(f"{base}download/eml/").content
    assert b"Reply-To: robin@example.net" in eml and b"To: removals@pics.example" in eml
    if weasyprint_available():
        assert client.get(f"{base}download/pdf/").content.startswith(b"%PDF")
    assert client.get(f"{base}download/docx/").status_code == 404


def test_someone_living_elsewhere_is_not_offered_a_notice_that_names_their_country():
    from takedown.person.notice_wizard import ELSEWHERE, law_choices

    eu_platform = Platform(
        slug="eu-pics",
        name="EU Pics",
        operator="EU Pics BV",
        domains=("eu-pics.example",),
        channels=(_channel("legal", "web-form", ["dsa-16", "gdpr-17", "platform-policy"]),),
        country="NL",
        source="https://eu-pics.example/legal",
        checked=datetime.date(2026, 11, 1),
    )
    in_spain = [
        c.slug for c in law_choices(eu_platform, country="ES", took_photo=False, language="en")
    ]
    assert in_spain == ["gdpr-17", "dsa-16", "platform-policy"]
    elsewhere = law_choices(eu_platform, country=ELSEWHERE, took_photo=False, language="en")
    assert [c.slug for c in elsewhere] == ["platform-policy", "gdpr-17"]
    assert elsewhere[0].suggested and not elsewhere[1].suggested


@pytest.mark.django_db
def test_a_mail_failure_sends_nothing_and_says_so(started, pics, monkeypatch):
    from takedown.person.views import notice_wizard as views

    def refuse(_notice):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr(views, "send_notice", refuse)
    client, case, _pin = started
    _found(case, "pics", URLS[:1])
    base = _base(case, "pics")
    _choose_law(client, case, "pics", "take-it-down")
    _answer_until(client, client.get(f"{base}next/"), "/check/")
    failed = client.post(f"{base}send/")
    assert failed.status_code == 503
    assert "We could not send the e-mail just now" in failed.text
    assert Notice.objects.get(case=case).status == NoticeStatus.DRAFTED
    assert not Event.objects.filter(case=case, kind="notice_sent").exists()


@pytest.mark.django_db
def test_an_ai_made_image_gets_the_digital_forgery_wording(started, pics):
    client, case, _pin = started
    _found(case, "pics", URLS[:1])
    base = _base(case, "pics")
    answers = {**ANSWERS, "ai_made": "yes"}
    _answer_until(client, client.get(f"{base}next/"), "/law/", answers)
    _answer_until(client, client.post(f"{base}law/", {"basis": "take-it-down"}), "/check/", answers)
    preview = " ".join(html.unescape(client.get(f"{base}preview/").text).split())
    assert "digital forgeries within the meaning of 47 U.S.C. 223(h)(1)(B)" in preview
