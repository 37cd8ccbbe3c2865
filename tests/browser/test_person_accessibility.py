"""axe-core (vendored, scripts/vendor_axe.sh) on every page of the person's flow, in English
and Spanish, on a phone-sized screen: no violation of WCAG 2.0, 2.1 or 2.2 at levels A
and AA."""

from __future__ import annotations

from pathlib import Path

import pytest

from takedown.cases.models import Candidate, Match, ReportedImage, Target, TargetStatus
from tests.browser.test_person_flow import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def violations(page) -> list[str]:
    page.add_script_tag(content=AXE.read_text())
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


def found_something(case) -> None:
    photo = ReportedImage.objects.create(case=case, label="beach", pdq="0" * 64)
    for url, platform, status in [
        ("https://www.reddit.com/r/x/1", "reddit", TargetStatus.MATCHED),
        ("https://unknown.example/p", "", TargetStatus.SCANNING),
    ]:
        target = Target.objects.create(
            case=case, url=url, platform=platform, status=status, images_total=4, images_done=2
        )
        candidate = Candidate.objects.create(target=target, image_url=url + ".jpg", pdq="0" * 64)
        Match.objects.create(
            reported_image=photo, candidate=candidate, algorithm="pdq", distance=2, confidence=0.97
        )


@pytest.mark.parametrize("locale", ["en-GB", "es-ES"])
def test_every_page_of_the_flow_passes_axe(browser, live_server, locale):
    context = browser.new_context(base_url=live_server.url, locale=locale, **PHONE)
    page = context.new_page()
    problems: dict[str, list[str]] = {}

    def check(name: str) -> None:
        found = violations(page)
        if found:
            problems[name] = found

    try:
        for path in ["/", "/start/", "/return/", "/account/sign-in/"]:
            page.goto(path)
            check(path)
        page.goto("/return/")
        page.locator("main form button[type=submit]").click()
        page.locator(".govuk-error-summary").wait_for()
        check("/return/ with errors")

        page.goto("/start/")
        page.locator("main form button[type=submit]").click()
        page.locator("#pin").wait_for()
        check("save your number and PIN")
        page.locator("main form button[type=submit]").last.click()
        page.locator(".govuk-error-summary").wait_for()
        check("save your number and PIN, with errors")
        reference = page.locator("#reference").inner_text()
        page.locator("#id_saved").check()
        page.locator("main form button[type=submit]").last.click()
        page.wait_for_url(f"**/case/{reference}/")

        from takedown.cases.models import Case

        case = Case.objects.get(reference=reference)
        found_something(case)
        for path in [
            "",
            "photos/",
            "photos/add/",
            "urls/",
            "scan/",
            "results/",
            "results/found/",
            "results/next/",
            "status/",
            "contact/",
            "account/",
            "delete/",
        ]:
            page.goto(f"/case/{reference}/{path}")
            check(f"/case/…/{path}")
        page.goto(f"/case/{reference}/requests/reddit/write/")
        check("write a request")
        page.locator("main form button[type=submit]").click()
        page.locator(".govuk-error-summary").wait_for()
        check("write a request, with errors")
        page.locator("#id_full_name").fill("Alex Example")
        page.locator("#id_email").fill("alex@example.org")
        page.locator("#id_not_consensual").check()
        page.locator("main form button[type=submit]").click()
        page.wait_for_url("**/requests/*/")
        check("the request")
        page.goto(f"/case/{reference}/urls/")
        page.locator("textarea").fill("ftp://example.com/x")
        page.locator("main form button[type=submit]").click()
        page.locator(".govuk-error-summary").wait_for()
        check("addresses with errors")
        page.goto(f"/case/{reference}/photos/add/")
        page.locator("#photo-app").wait_for(state="visible")
        page.locator("#photo-picker").set_input_files(
            files=[{"name": "x.png", "mimeType": "image/png", "buffer": b"not a png"}]
        )
        page.locator("#photo-list .govuk-button--secondary").wait_for()
        check("photo that the browser cannot read")
        page.goto(f"/case/{reference}/delete/")
        page.locator("#id_confirm").check()
        page.locator("main form button[type=submit]").click()
        page.wait_for_url("**/deleted/")
        check("/deleted/")
    finally:
        context.close()
    assert not problems, "\n".join(f"{name}: {v}" for name, vs in problems.items() for v in vs)
