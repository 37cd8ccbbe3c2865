from email import message_from_bytes, policy

import pytest
from django.core import mail

from takedown.notices.draft import draft
from takedown.notices.mail import NoEmailChannel, build_email, send_notice, to_eml
from tests.notices.factories import NOW, complete_facts


def _notice(language="en", recipient="example-tube"):
    facts = complete_facts("take-it-down", recipient=recipient)
    return draft("take-it-down", facts=facts, language=language, now=NOW)


def test_email_has_subject_text_and_html_parts_and_replies_go_to_the_person():
    message = build_email(_notice(), from_email="notices@takedown.example")
    assert message.subject.startswith("TAKE IT DOWN Act removal request")
    assert message.to == ["legal@exampletube.test"]
    assert message.reply_to == ["lucia.f@example.org"]
    assert "https://www.exampletube.test/watch?v=q3Zr8TnV0aE" in message.body
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html" and "<h1>" in html
    assert not message.attachments


def test_eml_is_a_multipart_message_in_the_notice_language():
    parsed = message_from_bytes(to_eml(_notice("es")), policy=policy.default)
    assert parsed.get_content_type() == "multipart/alternative"
    assert parsed["Content-Language"] == "es"
    assert "Solicitud de retirada" in parsed["Subject"]
    plain = parsed.get_body(preferencelist=("plain",)).get_content()
    html = parsed.get_body(preferencelist=("html",)).get_content()
    assert "consentimiento" in plain and "consentimiento" in html


@pytest.mark.django_db
def test_sending_goes_through_django_email_backend(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    assert send_notice(_notice()) == 1
    assert mail.outbox[0].to == ["legal@exampletube.test"]


def test_sending_works_through_an_anymail_provider_backend(settings):
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    mail.outbox = []
    send_notice(_notice())
    sent = mail.outbox[0]
    assert sent.anymail_status.status == {"sent"}
    assert sent.anymail_test_params["subject"].startswith("TAKE IT DOWN Act")


def test_a_form_only_channel_cannot_be_e_mailed():
    with pytest.raises(NoEmailChannel):
        send_notice(_notice(recipient="example-social"))
