from datetime import UTC, datetime

import pytest

from takedown.notices.draft import draft
from takedown.notices.escalation import (
    NoRegulator,
    draft_deindex,
    draft_host_abuse,
    draft_regulator_complaint,
    draft_second_notice,
)
from takedown.notices.facts import Recipient
from takedown.notices.render import render_text
from tests.notices.factories import NOW, complete_facts

SENT = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
HOST = Recipient(platform_name="Example Hosting", kind="abuse", email="abuse@host.test")


def _flat(text):
    return " ".join(text.split())


def _notice(slug, language="en"):
    return draft(slug, facts=complete_facts(slug), language=language, now=NOW)


def test_second_notice_names_the_passed_deadline_and_repeats_the_notice():
    text = _flat(
        render_text(draft_second_notice(_notice("take-it-down"), sent_at=SENT, reference="T-991"))
    )
    assert text.count("Second notice") == 1
    assert "ended on 22 November 2026, 10:00 UTC" in text  # sent + 48 hours
    assert "your reference T-991" in text
    assert "Federal Trade Commission" in text
    assert "> 4. Signature" in render_text(
        draft_second_notice(_notice("take-it-down"), sent_at=SENT)
    )


def test_second_notice_in_spanish_for_a_basis_without_deadline():
    text = _flat(render_text(draft_second_notice(_notice("uk", "es"), sent_at=SENT)))
    assert text.startswith("Para:")
    assert "Segundo aviso" in text and "les obliga a retirar con rapidez" in text
    assert "Han transcurrido 4 días desde entonces" in text


@pytest.mark.parametrize(
    ("slug", "language", "addressee", "right"),
    [
        ("take-it-down", "en", "To the US Federal Trade Commission (FTC)", "47 U.S.C. 223a(b)"),
        ("gdpr-17", "es", "A la Agencia Española de Protección de Datos (AEPD)", "artículo 77"),
        ("esafety", "en", "To the eSafety Commissioner (Australia)", "section 32"),
        (
            "dsa-16",
            "es",
            "Al Coordinador de Servicios Digitales de España",
            "artículo 53",
        ),
    ],
)
def test_regulator_complaint_goes_to_the_laws_regulator(slug, language, addressee, right):
    text = _flat(render_text(draft_regulator_complaint(_notice(slug, language), sent_at=SENT)))
    assert addressee in text and right in text
    assert "> " in render_text(draft_regulator_complaint(_notice(slug, language), sent_at=SENT))


def test_no_regulator_no_complaint():
    with pytest.raises(NoRegulator):
        draft_regulator_complaint(_notice("platform-policy"), sent_at=SENT)


def test_host_abuse_report_cites_the_ignored_notice():
    report = draft_host_abuse(_notice("dsa-16"), host=HOST, sent_at=SENT, now=NOW)
    text = _flat(render_text(report))
    assert report.basis.slug == "host-abuse"
    assert "On 20 November 2026, 10:00 UTC I sent Example Social" in text
    assert "tell me who that provider is" in text


def test_deindex_request_keeps_the_approved_facts():
    engine = Recipient(platform_name="Example Search", kind="deindex-form")
    request = draft_deindex(_notice("gdpr-17", "es"), search_engine=engine, now=NOW)
    text = _flat(render_text(request))
    assert "Example Search" in text and "C-131/12" in text
    assert "https://www.example-social.test/p/Cx8fK2mQ/" in text


def test_a_complaint_is_addressed_to_the_regulator_not_the_platform():
    from takedown.notices.mail import build_email

    complaint = draft_regulator_complaint(
        draft(
            "take-it-down",
            facts=complete_facts("take-it-down", recipient="example-tube"),
            language="en",
            now=NOW,
        ),
        sent_at=SENT,
    )
    assert render_text(complaint).startswith(
        "To: The US Federal Trade Commission (FTC) <https://reportfraud.ftc.gov/>"
    )
    assert build_email(complaint).to == []
