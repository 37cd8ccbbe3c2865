"""A caseworker sends the escalation drafts through the dashboard's send path: each goes
out as its own kind of document, never as a copy of the first notice."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail

from takedown.cases.models import NoticeStatus
from takedown.dashboard.authorisations import authorisation_record
from takedown.dashboard.bulk import notice_send
from takedown.followup.models import Escalation, EscalationKind
from takedown.followup.tasks import follow_up_notices
from tests.followup import factories
from tests.followup.factories import SENT_AT


@pytest.fixture
def overdue(org, worker):
    """A notice to Reddit under its policy, with a deadline the helpline set, now passed."""
    case = factories.person_case(org, assignee=worker)
    target = factories.matched_target(case, url="https://www.reddit.com/r/a/1", platform="reddit")
    notice = factories.sent_notice(case, [target], basis="platform-policy", platform="reddit")
    notice.deadline_at = SENT_AT + timedelta(days=7)
    notice.save()
    authorisation_record(
        case=case,
        organization=org,
        given_by="Alex Example",
        method="signed_form",
        given_at=SENT_AT - timedelta(days=1),
        actor=worker,
        affirmations=["not-consensual", "accurate"],
    )
    with time_machine.travel(SENT_AT + timedelta(days=8), tick=False):
        follow_up_notices()
    mail.outbox.clear()
    return notice


def step(notice, kind):
    return Escalation.objects.get(original=notice, kind=kind).draft


def test_second_notice_goes_out_as_a_second_notice(overdue, worker):
    result = notice_send(notice=step(overdue, EscalationKind.SECOND_NOTICE), actor=worker)
    assert result.sent, (result.problem, result.missing)
    (message,) = mail.outbox
    assert message.subject.startswith("Second notice")
    assert "https://www.reddit.com/r/a/1" in message.body
    sent = step(overdue, EscalationKind.SECOND_NOTICE)
    assert sent.status == NoticeStatus.SENT and sent.subject.startswith("Second notice")


def test_host_report_goes_to_the_abuse_mailbox(overdue, worker):
    result = notice_send(notice=step(overdue, EscalationKind.HOST_ABUSE), actor=worker)
    assert result.sent, (result.problem, result.missing)
    (message,) = mail.outbox
    assert message.to == ["abuse@hosting.example"]


def test_the_case_timeline_names_the_follow_up_events(overdue, worker, client):
    from django.urls import reverse

    from tests.staff import sign_in_as

    sign_in_as(client, worker)
    page = client.get(reverse("dashboard:case_detail", args=[overdue.case.reference]))
    assert page.status_code == 200
    body = page.content.decode()
    assert "Escalation drafted" in body and "Deadline reminder sent" in body
    assert reverse("reports:evidence", args=[overdue.case.reference]) in body
    home = client.get(reverse("dashboard:home")).content.decode()
    assert reverse("reports:statistics", args=[overdue.case.organization.slug]) in home
