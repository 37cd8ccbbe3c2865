"""The reports views against every role of the authorisation matrix, plus what they write."""

import io
import zipfile

import pytest
from django.urls import reverse
from django.utils import timezone

from takedown.cases.models import Event
from takedown.dashboard.models import AuditEntry
from takedown.notices.pdf import weasyprint_available
from tests.authorization.rows_followup import ROWS
from tests.authorization.world import build_world
from tests.followup import factories


@pytest.fixture
def world(db):
    """The authorisation matrix's world (tests/authorization/world.py), with a sent notice."""
    world = build_world()
    world.notice.status, world.notice.sent_at = "sent", factories.SENT_AT
    world.notice.save()
    return world.organization, world.case, world


def signed_in(client, world, role):
    world.sign_in(client, role)
    return world.users[role]


def test_the_matrix_covers_every_reports_url():
    # The matrix itself runs in tests/authorization/test_matrix.py, over these rows.
    names = {name for name in ROWS}
    assert names == {
        "reports:statistics",
        "reports:funder_report",
        "reports:notices_export",
        "reports:evidence",
        "reports:organization_settings",
    }


@pytest.mark.parametrize(
    "name", ["reports:statistics", "reports:funder_report", "reports:organization_settings"]
)
def test_staff_without_the_second_factor_are_sent_to_sign_in(client, world, name):
    org, _case, world = world
    client.force_login(world.users["org_admin"])  # password only
    response = client.get(reverse(name, args=[org.slug]))
    assert (response.status_code == 302 and "sign-in" in response["Location"]) or (
        response.status_code == 302 and "login" in response["Location"]
    )


def test_an_unverified_caseworker_cannot_download_the_evidence(client, world):
    _org, case, world = world
    client.force_login(world.users["caseworker_assigned"])  # password only
    response = client.get(reverse("reports:evidence", args=[case.reference]))
    # The staff session middleware signs a one-factor caseworker out before the view runs
    # and sends them to the sign-in with both factors, whether or not the case exists.
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("dashboard:login"))
    assert "_auth_user_id" not in client.session


def test_export_lists_only_the_cases_the_member_may_see(client, world):
    org, case, world = world
    signed_in(client, world, "caseworker_same_org")
    response = client.get(reverse("reports:notices_export", args=[org.slug, "csv"]))
    assert response.status_code == 200
    assert case.reference not in response.content.decode()
    assigned = signed_in(client, world, "caseworker_assigned")
    response = client.get(reverse("reports:notices_export", args=[org.slug, "xlsx"]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Cache-Control"] == "no-store"
    event = Event.objects.get(case=case, kind="notices_exported")
    assert event.actor == assigned
    assert event.detail == {"format": "xlsx", "notices": 1}
    audit = AuditEntry.objects.get(action="export", what="notices", actor=assigned)
    assert audit.organization_id == org.pk
    assert audit.detail["cases"] == 1


@pytest.mark.skipif(not weasyprint_available(), reason="needs WeasyPrint")
def test_evidence_download_is_audited(client, world):
    _org, case, world = world
    assigned = signed_in(client, world, "caseworker_assigned")
    response = client.get(reverse("reports:evidence", args=[case.reference]))
    assert response["Content-Disposition"] == (
        f'attachment; filename="{case.reference}-evidence.zip"'
    )
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert f"{case.reference}/manifest-sha256.txt" in names
    event = Event.objects.get(case=case, kind="evidence_exported")
    assert event.actor == assigned
    assert event.detail["bytes"] == len(response.content)
    assert AuditEntry.objects.filter(action="export", what="evidence_package", case=case).exists()


def test_statistics_page_shows_charts_and_tables(client, world):
    org, _case, world = world
    signed_in(client, world, "caseworker_same_org")
    page = client.get(reverse("reports:statistics", args=[org.slug])).content.decode()
    assert page.count("<svg") == 6
    assert page.count("<table") == 3
    assert '<th scope="row">Reddit</th>' in page
    yearly = client.get(reverse("reports:statistics", args=[org.slug]), {"per": "year"})
    this_year = f'<th scope="row">{timezone.now():%Y}</th>'
    assert this_year in yearly.content.decode()
    assert "Report under your policy on non-consensual intimate imagery</th>" in page


def test_funder_report_csv(client, world):
    org, _case, world = world
    signed_in(client, world, "org_admin")
    response = client.get(reverse("reports:funder_report", args=[org.slug]), {"format": "csv"})
    lines = response.content.decode().splitlines()
    assert lines[0].startswith("Quarter,Cases opened")
    # The notice went out in March 2026; the case was opened today.
    assert lines[1].split(",")[:5] == ["2026 Q1", "0", "0", "<5", "0"]
    assert lines[-1].split(",")[1] == "<5"


def test_admin_sets_retention_and_fiscal_year(client, world):
    org, _case, world = world
    signed_in(client, world, "org_admin")
    url = reverse("reports:organization_settings", args=[org.slug])
    response = client.post(url, {"retention_days": "0", "fiscal_year_start_month": "4"})
    assert "at least one day" in response.content.decode()
    response = client.post(url, {"retention_days": "365", "fiscal_year_start_month": "4"})
    assert response.status_code == 302
    org.refresh_from_db()
    assert (org.retention_days, org.fiscal_year_start_month) == (365, 4)
    assert (
        AuditEntry.objects.get(action="change", what="organization_settings").detail[
            "retention_days"
        ]
        == 365
    )


def test_link_snippets_render_for_the_dashboard(world):
    from django.template.loader import render_to_string

    from takedown.cases.models import Membership

    org, case, world = world
    admin = Membership.objects.get(user=world.users["org_admin"])
    links = render_to_string("reports/_organization_links.html", {"membership": admin})
    assert reverse("reports:organization_settings", args=[org.slug]) in links
    worker = Membership.objects.get(user=world.users["caseworker_same_org"])
    links = render_to_string("reports/_organization_links.html", {"membership": worker})
    assert reverse("reports:statistics", args=[org.slug]) in links
    assert "settings" not in links
    evidence = render_to_string("reports/_case_links.html", {"case": case})
    assert reverse("reports:evidence", args=[case.reference]) in evidence
