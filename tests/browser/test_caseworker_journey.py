"""A caseworker's day in Debian's Chromium: sign in with a password and a TOTP code, take a
case with the person's invitation code, draft the notice for every matched URL on a
platform, send it, and mark a URL removed. With TAKEDOWN_SCREENSHOTS=1 it also writes the
screenshots in docs/screenshots/dashboard-*.png."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.core import mail
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from takedown.cases.models import Case, NoticeStatus, Target, TargetStatus
from takedown.cases.services import case_create
from takedown.dashboard.assignment import invitation_create
from tests.authorization.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
DESKTOP = {"viewport": {"width": 1280, "height": 900}}


def a_person_asks_for_help(world) -> tuple[Case, str]:
    """A case with two matched Reddit URLs, and the code the person gives the helpline."""
    case, _pin = case_create(owner=world.users["person_b"])
    case.full_name = "Jo Person"
    case.country = "US"
    case.save()
    for n in range(2):
        Target.objects.create(
            case=case,
            url=f"https://www.reddit.com/r/example/comments/{n}",
            platform="reddit",
            status=TargetStatus.MATCHED,
        )
    return case, invitation_create(case=case)


def test_caseworker_journey(browser, live_server, settings, tmp_path):
    settings.TAKEDOWN_STAFF_SESSION_SECONDS = 600
    world = build_world()
    case, code = a_person_asks_for_help(world)
    caseworker = world.users["caseworker_same_org"]
    device = TOTPDevice.objects.get(user=caseworker)
    out = SCREENSHOTS if os.environ.get("TAKEDOWN_SCREENSHOTS") == "1" else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(base_url=live_server.url, locale="en-GB", **DESKTOP)
    page = context.new_page()

    def shot(name: str) -> None:
        page.screenshot(path=str(out / f"dashboard-{name}.png"), full_page=True)

    try:
        page.goto("/dashboard/")
        page.wait_for_url("**/dashboard/sign-in/**")
        page.get_by_label("Username").fill(caseworker.username)
        page.get_by_label("Password").fill("correct horse battery")
        token = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
        page.get_by_label("Code from your authenticator app").fill(f"{token:06d}")
        shot("1-sign-in")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/dashboard/")
        assert page.locator("#tile-open strong").inner_text() == "0"

        page.get_by_role("link", name="Accept an invitation").click()
        page.get_by_label("Invitation code from the person").fill(code)
        page.get_by_role("button", name="Take the case").click()
        page.wait_for_url(f"**/dashboard/cases/{case.reference}/")
        assert "Jo Person" in page.content()

        # The person's authorisation, as the caseworker records it from the signed form.
        page.get_by_role("link", name="Authorisations to act").click()
        page.get_by_label("Given by (full name)").fill("Jo Person")
        page.get_by_label("How it was given").select_option("signed_form")
        page.get_by_label("When (YYYY-MM-DD HH:MM)").fill("2026-11-01 10:00")
        page.get_by_label("The images were published without my consent").check()
        page.get_by_label("The information in the notice is accurate").check()
        page.get_by_role("button", name="Record").click()
        assert "The authorisation to act is on file." in page.content()
        page.get_by_role("link", name="Back to the case").click()
        shot("2-case")

        page.get_by_role("link", name="Draft the notice for all matched URLs").click()
        page.get_by_label("Sign with my name").check()
        page.get_by_role("button", name="Draft").click()
        page.get_by_text("Drafted").first.wait_for()
        shot("3-drafted")
        page.get_by_role("link", name="Send drafted notices").first.click()
        page.get_by_role("button", name="Send the chosen notices").click()
        page.get_by_text("Sent").first.wait_for()
        notice = case.notices.get()
        assert notice.status == NoticeStatus.SENT
        assert [m.to for m in mail.outbox] == [["contact@reddit.com"]]
        assert "authorised representative" in " ".join(mail.outbox[0].body.split())

        page.get_by_role("link", name="Back to the case").click()
        page.get_by_role("button", name="Mark removed").first.click()
        page.wait_for_url(f"**/dashboard/cases/{case.reference}/")
        assert case.targets.filter(status=TargetStatus.REMOVED).count() == 1
        shot("4-case-after")

        page.get_by_role("link", name="Caseload").click()
        assert case.reference in page.content()
        shot("5-caseload")
    finally:
        context.close()
