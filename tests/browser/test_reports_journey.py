"""A caseworker in Debian's Chromium opens the statistics and the funder report from the
dashboard, and downloads a case's evidence package. With TAKEDOWN_SCREENSHOTS=1 it writes
docs/screenshots/reports-*.png."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from takedown.cases.models import NoticeStatus
from tests.authorization.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_statistics_and_evidence_from_the_dashboard(browser, live_server, tmp_path):
    world = build_world()
    sent = timezone.now() - timedelta(days=3)
    notice = world.notice
    notice.status, notice.sent_at, notice.removed_at = (
        NoticeStatus.REMOVED,
        sent,
        sent + (timedelta(hours=30)),
    )
    notice.save()
    caseworker = world.users["caseworker_assigned"]
    device = TOTPDevice.objects.get(user=caseworker)
    out = SCREENSHOTS if os.environ.get("TAKEDOWN_SCREENSHOTS") == "1" else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(
        base_url=live_server.url,
        locale="en-GB",
        viewport={"width": 1280, "height": 900},
        accept_downloads=True,
    )
    page = context.new_page()
    try:
        page.goto("/dashboard/")
        page.wait_for_url("**/dashboard/sign-in/**")
        page.get_by_label("Username").fill(caseworker.username)
        page.get_by_label("Password").fill("correct horse battery")
        token = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
        page.get_by_label("Code from your authenticator app").fill(f"{token:06d}")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/dashboard/")

        page.get_by_role("link", name="Statistics").click()
        page.wait_for_url(f"**/reports/{world.organization.slug}/statistics/")
        assert page.locator("svg.chart").count() == 6
        assert "1 of 1 notice sent led to removal." in page.content()
        assert "Half were removed within 30 hours" in page.content()
        page.screenshot(path=str(out / "reports-1-statistics.png"), full_page=True)

        page.get_by_role("link", name="Funder report").click()
        assert "<5" in page.inner_text("table")
        page.screenshot(path=str(out / "reports-2-funder.png"), full_page=True)

        page.goto(f"/dashboard/cases/{world.case.reference}/")
        with page.expect_download() as download:
            page.get_by_role("link", name="Download the evidence package (zip)").click()
        path = download.value.path()
        names = zipfile.ZipFile(io.BytesIO(Path(path).read_bytes())).namelist()
        assert f"{world.case.reference}/manifest-sha256.txt" in names
        assert f"{world.case.reference}/data/summary.pdf" in names
    finally:
        context.close()
