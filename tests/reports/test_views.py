"""The reports views against every role of the authorisation matrix, plus what they write."""

import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from takedown.cases.models import Event, Membership
from takedown.notices.pdf import weasyprint_available
from tests.authorization.rows_followup import ROWS
from tests.followup import factories

User = get_user_model()


@pytest.fixture
def world(db):
    org = factories.organization("helpline")
    other = factories.organization("elsewhere")
    users = {
        "person_a": User.objects.create_user("person_a"),
        "person_b": User.objects.create_user("person_b"),
        "caseworker_assigned": factories.caseworker("assigned", org=org),
        "caseworker_same_org": factories.caseworker("same", org=org),
        "caseworker_other_org": factories.caseworker("other", org=other),
        "org_admin": factories.caseworker("admin", org=org, role=Membership.Role.ADMIN),
        "superuser": User.objects.create_superuser("root", "root@example.org", "pw"),
    }
    case = factories.person_case(org, assignee=users["caseworker_assigned"])
    case.owner = users["person_a"]
    case.save()
    target = factories.matched_target(case)
    factories.sent_notice(case, [target])
    return org, case, users


def url_for(name, org, case):
    kwargs = {"slug": org.slug}
    if name == "reports:evidence":
        kwargs = {"reference": case.reference}
    elif name == "reports:notices_export":
        kwargs["fmt"] = "csv"
    return reverse(name, kwargs=kwargs)


CASES = [
    (name, role, outcome)
    for name, row in ROWS.items()
    for role, outcome in row.items()
    if not role.startswith("_")
]


@pytest.mark.parametrize(("name", "role", "outcome"), CASES)
def test_matrix(client, world, name, role, outcome):
    if name == "reports:evidence" and outcome == "allow" and not weasyprint_available():
        pytest.skip("needs WeasyPrint")
    org, case, users = world
    if role != "anonymous":
        client.force_login(users[role])
    response = client.get(url_for(name, org, case))
    if outcome == "allow":
        assert response.status_code == 200
    else:
        # Anonymous: the login redirect, or 404 where a PIN session could have given access.
        assert response.status_code in ((302, 404) if role == "anonymous" else (404,))
        assert case.reference.encode() not in response.content


def test_export_lists_only_the_cases_the_member_may_see(client, world):
    org, case, users = world
    client.force_login(users["caseworker_same_org"])
    response = client.get(reverse("reports:notices_export", args=[org.slug, "csv"]))
    assert case.reference not in response.content.decode()
    client.force_login(users["caseworker_assigned"])
    response = client.get(reverse("reports:notices_export", args=[org.slug, "xlsx"]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Cache-Control"] == "no-store"
    event = Event.objects.get(case=case, kind="notices_exported")
    assert event.actor == users["caseworker_assigned"]
    assert event.detail == {"format": "xlsx", "notices": 1}


@pytest.mark.skipif(not weasyprint_available(), reason="needs WeasyPrint")
def test_evidence_download_is_audited(client, world):
    _org, case, users = world
    client.force_login(users["caseworker_assigned"])
    response = client.get(reverse("reports:evidence", args=[case.reference]))
    assert response["Content-Disposition"] == (
        f'attachment; filename="{case.reference}-evidence.zip"'
    )
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert f"{case.reference}/manifest-sha256.txt" in names
    event = Event.objects.get(case=case, kind="evidence_exported")
    assert event.actor == users["caseworker_assigned"]
    assert event.detail["bytes"] == len(response.content)


def test_statistics_page_shows_charts_and_tables(client, world):
    org, _case, users = world
    client.force_login(users["caseworker_same_org"])
    page = client.get(reverse("reports:statistics", args=[org.slug])).content.decode()
    assert page.count("<svg") == 6
    assert page.count("<table") == 3
    assert '<th scope="row">X (formerly Twitter)</th>' in page
    yearly = client.get(reverse("reports:statistics", args=[org.slug]), {"per": "year"})
    this_year = f'<th scope="row">{timezone.now():%Y}</th>'
    assert this_year in yearly.content.decode()
    assert '<th scope="row">TAKE IT DOWN Act notice-and-removal request</th>' in page


def test_funder_report_csv(client, world):
    org, _case, users = world
    client.force_login(users["org_admin"])
    response = client.get(reverse("reports:funder_report", args=[org.slug]), {"format": "csv"})
    lines = response.content.decode().splitlines()
    assert lines[0].startswith("Quarter,Cases opened")
    # The notice went out in March 2026; the case was opened today.
    assert lines[1].split(",")[:5] == ["2026 Q1", "0", "0", "<5", "0"]
    assert lines[-1].split(",")[1] == "<5"


def test_admin_sets_retention_and_fiscal_year(client, world):
    org, _case, users = world
    client.force_login(users["org_admin"])
    url = reverse("reports:organization_settings", args=[org.slug])
    response = client.post(url, {"retention_days": "0", "fiscal_year_start_month": "4"})
    assert "at least one day" in response.content.decode()
    response = client.post(url, {"retention_days": "365", "fiscal_year_start_month": "4"})
    assert response.status_code == 302
    org.refresh_from_db()
    assert (org.retention_days, org.fiscal_year_start_month) == (365, 4)
