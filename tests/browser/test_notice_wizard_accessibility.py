"""The notice wizard in Chromium on a phone-sized screen, English and Spanish: every page
passes axe-core (WCAG 2.0, 2.1, 2.2 A and AA), from "Write the request" to the
confirmation, through e-mail (Reddit's contact address) and form assist (X's form).

With TAKEDOWN_SCREENSHOTS=1 it also writes docs/screenshots/wizard-*.png (compile the
Spanish catalogue first: scripts/translate_es.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.core import mail

from takedown.cases.models import Candidate, Match, Notice, ReportedImage, Target, TargetStatus
from tests.browser.test_person_accessibility import violations
from tests.browser.test_person_flow import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SUBMIT = "main form button[type=submit]"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
# The pages worth showing in the documentation, by the name `check` gives them.
SHOWN = {
    "reddit: the law": "wizard-1-law",
    "reddit: requester_email": "wizard-2-question",
    "reddit: check your answers": "wizard-3-check",
    "reddit: the exact text": "wizard-4-preview",
    "x: form assist": "wizard-5-form-assist",
    "reddit: confirmation": "wizard-6-sent",
}


def found_on(case, platform: str, url: str) -> None:
    photo = ReportedImage.objects.create(case=case, label="beach", pdq="0" * 64)
    target = Target.objects.create(
        case=case, url=url, platform=platform, status=TargetStatus.MATCHED
    )
    candidate = Candidate.objects.create(target=target, image_url=url + ".jpg", pdq="0" * 64)
    Match.objects.create(
        reported_image=photo, candidate=candidate, algorithm="PDQ", distance=2, confidence=0.97
    )


def answer(page, code: str) -> None:
    if code == "country":
        page.select_option("#id_answer", "US")
    elif code in ("took_photo", "under_18", "ai_made"):
        page.locator("#id_answer_1").check()  # "No"
    elif code.endswith("_statement"):
        page.locator("#id_answer").check()
    else:
        page.locator("#id_answer").fill(
            {"requester_name": "Alex Example", "requester_email": "alex@example.org"}.get(
                code, "Alex Example"
            )
        )
    page.locator(SUBMIT).click()


@pytest.mark.parametrize("locale", ["en-GB", "es-ES"])
def test_every_page_of_the_notice_wizard_passes_axe(browser, live_server, locale, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    context = browser.new_context(base_url=live_server.url, locale=locale, **PHONE)
    page = context.new_page()
    problems: dict[str, list[str]] = {}

    def check(name: str) -> None:
        if os.environ.get("TAKEDOWN_SCREENSHOTS") and name in SHOWN:
            path = SCREENSHOTS / f"{SHOWN[name]}-{locale[:2]}.png"
            page.screenshot(path=str(path), full_page=True)
        found = violations(page)
        if found:
            problems[name] = found

    try:
        page.goto("/start/")
        page.locator(SUBMIT).click()
        page.locator("#pin").wait_for()
        reference = page.locator("#reference").inner_text()
        page.locator("#id_saved").check()
        page.locator(SUBMIT).last.click()
        page.wait_for_url(f"**/case/{reference}/")
        from takedown.cases.models import Case

        case = Case.objects.get(reference=reference)
        found_on(case, "reddit", "https://www.reddit.com/r/x/comments/1")
        found_on(case, "x", "https://x.com/someone/status/1")

        page.goto("/notices/guide/")
        check("guide")
        for platform, last in (("reddit", "send"), ("x", "form")):
            page.goto(f"/case/{reference}/notice/{platform}/")
            check(f"{platform}: start")
            page.locator("main a.govuk-button--start").click()
            page.wait_for_url("**/question/*/")
            page.locator(SUBMIT).click()
            page.locator(".govuk-error-summary").wait_for()
            check(f"{platform}: a question, with errors")
            for _step in range(12):
                path = page.url.rstrip("/")
                if path.endswith("/law"):
                    check(f"{platform}: the law")
                    page.locator(SUBMIT).click()
                elif path.endswith("/check"):
                    break
                else:
                    code = path.rsplit("/", 1)[1]
                    check(f"{platform}: {code}")
                    answer(page, code)
                page.wait_for_load_state()
            check(f"{platform}: check your answers")
            page.locator("main a.govuk-button").click()
            page.wait_for_url("**/preview/")
            check(f"{platform}: the exact text")
            if last == "send":
                page.locator(SUBMIT).click()
            else:
                page.locator("main a.govuk-button").click()
                page.wait_for_url("**/form/")
                check(f"{platform}: form assist")
                page.locator(SUBMIT).click()
            page.wait_for_url("**/sent/*/")
            check(f"{platform}: confirmation")
    finally:
        context.close()
    assert not problems, "\n".join(f"{name}: {v}" for name, vs in problems.items() for v in vs)
    assert Notice.objects.filter(case__reference=reference, status="sent").count() == 2
    assert [m.to for m in mail.outbox] == [["contact@reddit.com"]]
