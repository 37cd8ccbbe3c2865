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
