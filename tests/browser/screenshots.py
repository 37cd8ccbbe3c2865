"""Takes the screenshots in docs/screenshots/ (phone size, English and Spanish). Not part of
the test run (the file name does not start with test_); run it by name:

    .venv/bin/pytest tests/browser/screenshots.py -p no:cacheprovider
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.test_person_accessibility import found_something
from tests.browser.test_person_flow import PHONE, start_case

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.mark.parametrize("language", ["en", "es"])
def test_screenshots(browser, live_server, language):
    locale = {"en": "en-GB", "es": "es-ES"}[language]
    context = browser.new_context(base_url=live_server.url, locale=locale, **PHONE)
    page = context.new_page()
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        page.screenshot(path=str(OUT / f"{name}-{language}.png"), full_page=True)

    try:
        page.goto("/")
        shot("1-start")
        page.goto("/start/")
        shot("2-before-you-start")
        page.locator("main form button[type=submit]").click()
        page.locator("#pin").wait_for()
        shot("3-save-number-and-pin")
        page.goto("/start/")
        case = start_case(page) if language == "en" else None
        if case is None:
            page.locator("main form button[type=submit]").click()
            reference = page.locator("#reference").inner_text()
            page.locator("#id_saved").check()
            page.locator("main form button[type=submit]").last.click()
            page.wait_for_url(f"**/case/{reference}/")
            from takedown.cases.models import Case

            case = Case.objects.get(reference=reference)
        found_something(case)
        page.goto(f"/case/{case.reference}/")
        shot("4-case")
        page.goto(f"/case/{case.reference}/photos/add/")
        shot("5-add-photos")
        page.goto(f"/case/{case.reference}/scan/")
        shot("6-progress")
        page.goto(f"/case/{case.reference}/results/")
        shot("7-content-warning")
        page.goto(f"/case/{case.reference}/results/found/")
        shot("8-results")
        page.goto(f"/case/{case.reference}/results/next/")
        shot("9-what-to-do-next")
        page.goto(f"/case/{case.reference}/requests/reddit/write/")
        shot("10-write-a-request")
    finally:
        context.close()
