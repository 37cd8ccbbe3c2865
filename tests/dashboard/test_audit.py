from datetime import timedelta

from django.db import connection
from django.urls import reverse
from django.utils import timezone

from takedown.cases.services import case_delete
from takedown.dashboard.models import AuditEntry
from tests.staff import sign_in_verified


def test_viewing_a_case_is_recorded(cw_client, world, caseworker):
    cw_client.get(reverse("dashboard:case_detail", args=[world.case.reference]))
    entry = AuditEntry.objects.get(what="case_detail")
    assert (entry.actor, entry.case, entry.action) == (caseworker, world.case, "view")
    assert entry.organization == world.organization


def test_changes_are_recorded(cw_client, world):
    cw_client.post(
        reverse("dashboard:case_note_add", args=[world.case.reference]), {"text": "Called back"}
    )
    assert AuditEntry.objects.filter(action="change", what="note_added", case=world.case).exists()


def test_a_refused_view_records_nothing_about_the_case(client, world):
    sign_in_verified(client, world.users["caseworker_same_org"])
    client.get(reverse("dashboard:case_detail", args=[world.case.reference]))
    assert not AuditEntry.objects.filter(case=world.case).exists()


def test_the_admin_filters_the_log_by_user_and_date(client, world):
    AuditEntry.objects.create(
        actor=world.users["caseworker_assigned"],
        organization=world.organization,
        action="view",
        what="home",
    )
    old = AuditEntry.objects.create(
        actor=world.users["caseworker_same_org"],
        organization=world.organization,
        action="view",
        what="caseload",
    )
    AuditEntry.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=10))
    AuditEntry.objects.create(
        actor=world.users["caseworker_other_org"],
        organization=world.users["caseworker_other_org"].memberships.get().organization,
        action="view",
        what="home",
    )
    sign_in_verified(client, world.users["org_admin"])
    url = reverse("dashboard:audit_log")

    def whats(**params):
        page = client.get(url, params).context["page"]
        return [(e.actor.username, e.what) for e in page if e.what != "audit_log"]

    everything = whats()
    assert ("caseworker_other_org", "home") not in everything  # another organisation's
    assert ("caseworker_same_org", "caseload") in everything
    assert whats(user=world.users["caseworker_same_org"].pk) == [
        ("caseworker_same_org", "caseload")
    ]
    since = (timezone.now() - timedelta(days=2)).date().isoformat()
    assert ("caseworker_same_org", "caseload") not in whats(date_from=since)
    until = (timezone.now() - timedelta(days=5)).date().isoformat()
    assert whats(date_to=until) == [("caseworker_same_org", "caseload")]


def test_audit_rows_identify_no_one_once_the_case_is_deleted(cw_client, world):
    reference = world.case.reference
    cw_client.get(reverse("dashboard:case_detail", args=[reference]))
    cw_client.post(reverse("dashboard:case_note_add", args=[reference]), {"text": "Alex called"})
    cw_client.post(reverse("dashboard:case_flag", args=[reference]), {"kind": "urgent"})
    case_id = world.case.pk
    before = AuditEntry.objects.filter(case_id=case_id).count()
    assert before >= 3

    case_delete(case=world.case)

    assert AuditEntry.objects.filter(case__isnull=True, detail__had_case=True).count() == before
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM dashboard_auditentry")
        dump = repr(cursor.fetchall())
    for secret in (reference, "Alex", "alex@example.org", "reddit.com"):
        assert secret not in dump
    # The page still lists them, as about a deleted case.
    client = cw_client
    sign_in_verified(client, world.users["org_admin"])
    assert "(deleted case)" in client.get(reverse("dashboard:audit_log")).text


def test_exports_are_recorded(cw_client, world):
    response = cw_client.get(
        reverse("reports:notices_export", args=[world.organization.slug, "csv"])
    )
    assert response.status_code == 200
    entry = AuditEntry.objects.get(what="notices")
    assert (entry.action, entry.actor, entry.organization) == (
        "export",
        world.users["caseworker_assigned"],
        world.organization,
    )
    assert entry.detail["format"] == "csv"


def test_the_person_acting_on_their_own_case_is_not_named_in_the_log(world):
    from takedown.dashboard.audit import audit_record

    entry = audit_record(
        actor=world.users["person_a"], action="export", what="evidence_package", case=world.case
    )
    assert entry.actor is None
    assert entry.detail["by_owner"] is True
