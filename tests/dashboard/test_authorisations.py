from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from takedown.cases.models import NoticeStatus
from takedown.dashboard.authorisations import (
    NotAuthorisedToAct,
    authorisation_record,
    authorisation_revoke,
    require_authorisation,
)
from takedown.dashboard.bulk import draft_platform_notices, notice_send
from takedown.dashboard.facts import DraftOptions
from takedown.dashboard.models import AuthorisationToAct

BASIS = "platform-policy"  # Reddit's e-mail channel takes notices under its own policy


@pytest.fixture
def unauthorised(world):
    AuthorisationToAct.objects.all().delete()
    return world


def record(world, **scope):
    return authorisation_record(
        case=world.case,
        organization=world.organization,
        given_by="Alex Example",
        method="email",
        given_at=timezone.now() - timedelta(hours=1),
        actor=world.users["caseworker_assigned"],
        affirmations=["not-consensual", "accurate"],
        **scope,
    )


def check(world, platform="reddit", basis=BASIS):
    return require_authorisation(
        case=world.case,
        actor=world.users["caseworker_assigned"],
        platform=platform,
        legal_basis=basis,
    )


def test_without_an_authorisation_a_caseworker_may_not_send(unauthorised):
    with pytest.raises(NotAuthorisedToAct, match="No authorisation to act"):
        check(unauthorised)


def test_the_person_needs_no_authorisation_to_send_their_own(unauthorised):
    assert (
        require_authorisation(
            case=unauthorised.case,
            actor=unauthorised.users["person_a"],
            platform="reddit",
            legal_basis=BASIS,
        )
        is None
    )


def test_scope_limits_platforms_and_laws(unauthorised):
    authorisation = record(unauthorised, platforms=["x"], legal_bases=["take-it-down"])
    assert check(unauthorised, platform="x", basis="take-it-down") == authorisation
    with pytest.raises(NotAuthorisedToAct):
        check(unauthorised, platform="reddit", basis="take-it-down")
    with pytest.raises(NotAuthorisedToAct):
        check(unauthorised, platform="x", basis="dmca")


def test_an_expired_authorisation_does_not_count(unauthorised):
    record(unauthorised, expires_at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(NotAuthorisedToAct):
        check(unauthorised)


def test_a_revoked_authorisation_does_not_count(unauthorised):
    authorisation = record(unauthorised)
    assert check(unauthorised) == authorisation
    authorisation_revoke(
        authorisation=authorisation, actor=unauthorised.users["caseworker_assigned"]
    )
    with pytest.raises(NotAuthorisedToAct):
        check(unauthorised)


def test_another_organisations_authorisation_does_not_count(unauthorised):
    from takedown.cases.models import Organization

    authorisation_record(
        case=unauthorised.case,
        organization=Organization.objects.get(slug="helpline-two"),
        given_by="Alex Example",
        method="email",
        given_at=timezone.now(),
        actor=unauthorised.users["caseworker_other_org"],
    )
    with pytest.raises(NotAuthorisedToAct):
        check(unauthorised)


def test_given_by_is_encrypted_at_rest(world):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT given_by FROM dashboard_authorisationtoact")
        stored = [row[0] for row in cursor.fetchall()]
    assert stored
    assert all("Alex Example" not in value for value in stored)


def drafted_notice(world):
    options = DraftOptions(sign=True)
    [result] = draft_platform_notices(
        cases=[world.case],
        platform_slug="reddit",
        basis_slug=BASIS,
        actor=world.users["caseworker_assigned"],
        options=options,
    )
    assert result.notice is not None, (result.missing, result.problem)
    return result.notice


def test_sending_is_refused_without_an_authorisation_and_nothing_goes_out(world):
    notice = drafted_notice(world)
    AuthorisationToAct.objects.update(revoked_at=timezone.now())
    result = notice_send(notice=notice, actor=world.users["caseworker_assigned"])
    assert not result.sent
    assert "No authorisation to act" in result.problem
    assert mail.outbox == []
    notice.refresh_from_db()
    assert notice.status == NoticeStatus.DRAFTED


def test_a_notice_sent_for_the_person_uses_the_representative_wording(world):
    notice = drafted_notice(world)
    result = notice_send(notice=notice, actor=world.users["caseworker_assigned"])
    assert result.sent, (result.problem, result.missing)
    [message] = mail.outbox
    assert message.to == ["contact@reddit.com"]
    body = " ".join(message.body.split())  # the text is wrapped
    assert "on behalf of Alex Example, the person depicted, as their authorised representative" in (
        body
    )
    assert "signed written authorisation dated" in body
    assert "https://www.reddit.com/r/example/comments/1" in message.body
    notice.refresh_from_db()
    assert notice.status == NoticeStatus.SENT
    assert notice.sent_at is not None
    assert notice.case.events.filter(kind="notice_sent").exists()


def test_a_sent_notice_is_not_sent_twice(world):
    notice = drafted_notice(world)
    notice_send(notice=notice, actor=world.users["caseworker_assigned"])
    again = notice_send(notice=notice, actor=world.users["caseworker_assigned"])
    assert not again.sent
    assert len(mail.outbox) == 1


def test_record_and_revoke_through_the_page(cw_client, unauthorised):
    from django.urls import reverse

    url = reverse("dashboard:case_authorisations", args=[unauthorised.case.reference])
    response = cw_client.post(
        url,
        {
            "given_by": "Alex Example",
            "method": "signed_form",
            "given_at": "2026-11-01 10:00",
            "platforms": "reddit, x",
            "legal_bases": ["platform-policy"],
            "affirmations": ["not-consensual", "accurate"],
        },
    )
    assert response.status_code == 302
    authorisation = AuthorisationToAct.objects.get()
    assert authorisation.platforms == ["reddit", "x"]
    assert authorisation.legal_bases == ["platform-policy"]
    assert authorisation.organization == unauthorised.organization
    assert check(unauthorised) == authorisation
    cw_client.post(
        reverse(
            "dashboard:authorisation_revoke",
            args=[unauthorised.case.reference, authorisation.pk],
        )
    )
    authorisation.refresh_from_db()
    assert authorisation.revoked_at is not None
    assert "revoked" in cw_client.get(url).text


def test_an_authorisation_of_another_case_cannot_be_revoked_through_this_one(cw_client, world):
    from django.urls import reverse

    from takedown.cases.services import case_create

    mine, _pin = case_create(organization=world.organization)
    mine.assignees.add(world.users["caseworker_assigned"])
    response = cw_client.post(
        reverse("dashboard:authorisation_revoke", args=[mine.reference, world.authorisation.pk])
    )
    assert response.status_code == 404
    world.authorisation.refresh_from_db()
    assert world.authorisation.revoked_at is None
