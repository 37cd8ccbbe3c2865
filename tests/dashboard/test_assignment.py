from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from takedown.cases.models import Event
from takedown.cases.services import case_create
from takedown.dashboard.assignment import (
    AssignmentError,
    case_assign,
    case_transfer,
    invitation_accept,
    invitation_create,
)
from takedown.dashboard.models import HelplineInvitation
from tests.staff import sign_in_verified


def test_an_assigned_caseworker_adds_a_colleague(world):
    case, me = world.case, world.users["caseworker_assigned"]
    colleague = world.users["caseworker_same_org"]
    case_assign(case=case, assignee=colleague, actor=me)
    assert set(case.assignees.all()) == {me, colleague}
    assert Event.objects.filter(case=case, kind="case_assigned").exists()


def test_transfer_takes_the_previous_caseworker_off(world):
    case, me = world.case, world.users["caseworker_assigned"]
    case_transfer(case=case, to=world.users["caseworker_same_org"], actor=me)
    assert list(case.assignees.all()) == [world.users["caseworker_same_org"]]


def test_a_case_cannot_go_to_another_organisation(world):
    with pytest.raises(AssignmentError, match="not a member"):
        case_assign(
            case=world.case,
            assignee=world.users["caseworker_other_org"],
            actor=world.users["caseworker_assigned"],
        )


def test_a_caseworker_not_on_the_case_cannot_assign_it(world):
    with pytest.raises(AssignmentError):
        case_assign(
            case=world.case,
            assignee=world.users["caseworker_same_org"],
            actor=world.users["caseworker_same_org"],
        )


def test_the_org_admin_assigns_from_the_queue_without_seeing_the_case(client, world):
    case, _pin = case_create(organization=world.organization)
    case.full_name = "Robin Private"
    case.save()
    admin = world.users["org_admin"]
    sign_in_verified(client, admin)
    queue = client.get(reverse("dashboard:org_queue"))
    assert case.reference in queue.text
    page = client.get(reverse("dashboard:org_case_assign", args=[case.reference]))
    assert "Robin Private" not in page.text
    response = client.post(
        reverse("dashboard:org_case_assign", args=[case.reference]),
        {"user": world.users["caseworker_same_org"].pk},
    )
    assert response.status_code == 302
    assert list(case.assignees.all()) == [world.users["caseworker_same_org"]]
    # Still not the admin's to open.
    assert client.get(reverse("dashboard:case_detail", args=[case.reference])).status_code == 404


def test_transfer_through_the_page(cw_client, world):
    response = cw_client.post(
        reverse("dashboard:case_assign", args=[world.case.reference]),
        {"user": world.users["caseworker_same_org"].pk, "transfer": "on"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard:home")
    detail = cw_client.get(reverse("dashboard:case_detail", args=[world.case.reference]))
    assert detail.status_code == 404


def test_a_person_invites_a_helpline_with_a_code(world):
    case, _pin = case_create(owner=world.users["person_b"])
    code = invitation_create(case=case)
    assert code not in str(HelplineInvitation.objects.values_list("code_digest", flat=True)[0])
    accepted = invitation_accept(
        code=code.lower(),
        caseworker=world.users["caseworker_same_org"],
        organization=world.organization,
    )
    assert accepted == case
    case.refresh_from_db()
    assert case.organization == world.organization
    assert list(case.assignees.all()) == [world.users["caseworker_same_org"]]


def test_a_code_works_once(world):
    case, _pin = case_create()
    code = invitation_create(case=case)
    invitation_accept(
        code=code, caseworker=world.users["caseworker_assigned"], organization=world.organization
    )
    with pytest.raises(AssignmentError, match="not valid"):
        invitation_accept(
            code=code,
            caseworker=world.users["caseworker_assigned"],
            organization=world.organization,
        )


def test_an_expired_code_is_refused(world):
    case, _pin = case_create()
    code = invitation_create(case=case)
    HelplineInvitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(AssignmentError, match="not valid"):
        invitation_accept(
            code=code,
            caseworker=world.users["caseworker_assigned"],
            organization=world.organization,
        )


def test_a_case_with_one_helpline_cannot_be_taken_by_another(world):
    code = invitation_create(case=world.case)  # the case is with organisation 1
    other = world.users["caseworker_other_org"]
    with pytest.raises(AssignmentError, match="another organisation"):
        invitation_accept(
            code=code, caseworker=other, organization=other.memberships.get().organization
        )


def test_the_person_makes_a_code_and_the_caseworker_takes_the_case(client, world):
    case, _pin = case_create(owner=world.users["person_b"])
    client.force_login(world.users["person_b"])
    page = client.post(reverse("dashboard:case_invite", args=[case.reference]))
    code = page.context["code"]
    assert code in page.text
    client.logout()
    sign_in_verified(client, world.users["caseworker_same_org"])
    response = client.post(reverse("dashboard:invitation_accept"), {"code": code})
    assert response["Location"] == reverse("dashboard:case_detail", args=[case.reference])
    assert client.get(response["Location"]).status_code == 200


def test_a_wrong_code_says_so(cw_client):
    response = cw_client.post(reverse("dashboard:invitation_accept"), {"code": "AAAA-BBBB-CCCC"})
    assert "This code is not valid" in response.text
