from django.db import connection
from django.urls import reverse

from takedown.dashboard.models import CaseFlag, CaseNote


def test_a_note_is_encrypted_at_rest_and_on_the_timeline(cw_client, world):
    url = reverse("dashboard:case_note_add", args=[world.case.reference])
    cw_client.post(url, {"text": "She asked us to call after 6pm"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM dashboard_casenote")
        [(stored,)] = cursor.fetchall()
    assert "6pm" not in stored
    assert CaseNote.objects.get().text == "She asked us to call after 6pm"
    page = cw_client.get(reverse("dashboard:case_detail", args=[world.case.reference]))
    kinds = [kind for kind, _when, _item in page.context["timeline"]]
    assert "note" in kinds and "event" in kinds
    assert "She asked us to call after 6pm" in page.text


def test_a_flag_button_sets_and_clears(cw_client, world):
    url = reverse("dashboard:case_flag", args=[world.case.reference])
    cw_client.post(url, {"kind": "urgent"})
    assert list(CaseFlag.objects.values_list("kind", flat=True)) == ["urgent"]
    cw_client.post(url, {"kind": "urgent"})
    assert not CaseFlag.objects.exists()
    kinds = list(world.case.events.values_list("kind", flat=True))
    assert "flag_set" in kinds and "flag_cleared" in kinds


def test_notes_go_with_the_case(world, caseworker):
    from takedown.cases.services import case_delete
    from takedown.dashboard.notes import note_add

    note_add(case=world.case, author=caseworker, text="private")
    case_delete(case=world.case)
    assert not CaseNote.objects.exists()


def test_a_caseworker_marks_a_url_removed(cw_client, world):
    from takedown.cases.models import TargetStatus

    url = reverse("dashboard:target_removed", args=[world.case.reference, world.target.pk])
    cw_client.post(url)
    world.target.refresh_from_db()
    assert world.target.status == TargetStatus.REMOVED
    assert world.target.removed_at is not None
    event = world.case.events.get(kind="target_removed")
    assert event.detail == {"target": world.target.pk, "by_hand": True}
    cw_client.post(url)  # twice is once
    assert world.case.events.filter(kind="target_removed").count() == 1


def test_a_url_of_another_case_cannot_be_marked(cw_client, world):
    from takedown.cases.services import case_create

    mine, _pin = case_create(organization=world.organization)
    mine.assignees.add(world.users["caseworker_assigned"])
    other_target = world.other_case.targets.create(url="https://x.com/z", platform="x")
    url = reverse("dashboard:target_removed", args=[mine.reference, other_target.pk])
    assert cw_client.post(url).status_code == 404
