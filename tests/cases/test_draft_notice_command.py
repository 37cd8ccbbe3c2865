import io
from email import message_from_bytes, policy

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from takedown.notices.pdf import weasyprint_available

URL = "https://x.com/someone/status/1850000000000000001"


def _run(*args):
    out = io.StringIO()
    call_command("draft_notice", *args, stdout=out)
    return out.getvalue()


COMPLETE = (
    "--platform", "x", "--basis", "take-it-down", "--url", URL,
    "--url", "https://pbs.twimg.com/media/GabcdEFXkAA1b2c.jpg",
    "--name", "Lucía Fernández", "--email", "lucia@example.org",
    "--sign", "--confirm", "not-consensual",
)  # fmt: skip


def test_prints_a_complete_notice_to_the_platforms_channel():
    text = " ".join(_run(*COMPLETE).split())
    assert text.startswith("To: X")
    assert "Report non-consensual intimate content under the US Take It Down Act" in text
    assert URL in text and "/s/ Lucía Fernández" in text


def test_missing_elements_are_listed_with_the_option_for_each_and_exit_2():
    out = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command(
            "draft_notice", "--platform", "x", "--basis", "take-it-down", "--url", URL,
            "--name", "Lucía Fernández", "--email", "lucia@example.org", stdout=out,
        )  # fmt: skip
    assert raised.value.returncode == 2
    listing = out.getvalue()
    assert "signature:" in listing and "[--sign]" in listing
    assert "not_consensual_statement:" in listing and "--confirm not-consensual" in listing


def test_agent_acts_for_the_named_person_and_needs_an_authority():
    with pytest.raises(CommandError):
        _run(*COMPLETE, "--agent", "Sam Rivera")
    text = " ".join(
        _run(*COMPLETE, "--agent", "Sam Rivera", "--authority", "signed mandate on file").split()
    )
    assert "on behalf of Lucía Fernández" in text and "/s/ Sam Rivera" in text


def test_spanish_ai_made_notice():
    text = _run(*COMPLETE, "--ai-made", "--language", "es")
    assert "falsificaciones digitales" in text


def test_eml_output_is_a_message():
    text = _run(*COMPLETE, "--format", "eml")
    parsed = message_from_bytes(text.encode(), policy=policy.default)
    assert "TAKE IT DOWN Act" in parsed["Subject"]
    assert parsed.get_content_type() == "multipart/alternative"


def test_unknown_platform_and_basis_without_channel_are_clear_errors():
    with pytest.raises(CommandError, match="Unknown platform"):
        _run("--platform", "nowhere-social", "--basis", "dmca", "--url", URL)
    with pytest.raises(CommandError, match="has no channel for esafety"):
        _run("--platform", "reddit", "--basis", "esafety", "--url", URL)


@pytest.mark.skipif(not weasyprint_available(), reason="WeasyPrint's system libraries absent")
def test_pdf_output_to_a_file(tmp_path):
    target = tmp_path / "notice.pdf"
    _run(*COMPLETE, "--format", "pdf", "--output", str(target))
    assert target.read_bytes().startswith(b"%PDF-")


def test_a_caseworker_can_name_the_channel():
    text = _run(
        "--platform", "reddit", "--basis", "gdpr-17", "--channel", "contact-email",
        "--url", "https://www.reddit.com/r/x/comments/abc/", "--name", "Ana Pérez",
        "--email", "ana@example.org", "--country", "ES", "--confirm", "not-consensual",
    )  # fmt: skip
    assert text.startswith("To: Reddit") and "contact@reddit.com" in text
